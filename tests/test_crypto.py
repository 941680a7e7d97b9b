"""The sealed file format: what a header holds, and what refuses to open."""

from __future__ import annotations

import struct

import pytest

from careerclimb_tui.store import crypto

# Cheap settings: the format is what is tested here, not the cost of the KDF.
CHEAP_ARGON2 = crypto.KdfSettings(crypto.ARGON2ID, cost=8, rounds=1, lanes=1)
CHEAP_SCRYPT = crypto.KdfSettings(crypto.SCRYPT, cost=2**4, rounds=8, lanes=1)
PLAIN = b'{\n "wins": {\n  "1": {"title": "Cut deploy failures 40%"}\n }\n}\n'
PASSPHRASE = "correct horse battery"


@pytest.fixture(params=[CHEAP_ARGON2, CHEAP_SCRYPT], ids=["argon2id", "scrypt"])
def key(request: pytest.FixtureRequest) -> crypto.MasterKey:
    return crypto.new_key(PASSPHRASE, request.param)


def test_sealed_bytes_open_again_with_the_same_key(key: crypto.MasterKey) -> None:
    sealed = crypto.seal(key, PLAIN)

    assert crypto.is_sealed(sealed)
    assert crypto.unseal(key, sealed) == PLAIN


def test_the_passphrase_alone_opens_a_sealed_file(key: crypto.MasterKey) -> None:
    sealed = crypto.seal(key, PLAIN)

    again = crypto.key_for(PASSPHRASE, sealed)

    assert crypto.unseal(again, sealed) == PLAIN


def test_sealed_bytes_hold_none_of_the_plain_text(key: crypto.MasterKey) -> None:
    sealed = crypto.seal(key, PLAIN)

    assert b"deploy" not in sealed
    assert b"wins" not in sealed


def test_the_header_says_what_the_file_is(key: crypto.MasterKey) -> None:
    sealed = crypto.seal(key, PLAIN)

    header = crypto.read_header(sealed)

    assert sealed.startswith(b"CareerClimb sealed data\n")
    assert header.version == crypto.FORMAT_VERSION
    assert header.kdf == key.kdf
    assert len(header.kdf.salt) == crypto.SALT_BYTES


def test_every_write_gets_a_fresh_salt_and_nonce(key: crypto.MasterKey) -> None:
    first = crypto.read_header(crypto.seal(key, PLAIN))
    second = crypto.read_header(crypto.seal(key, PLAIN))

    assert first.write_salt != second.write_salt
    assert first.nonce != second.nonce
    # The passphrase is stretched once: the KDF salt stays for the session.
    assert first.kdf == second.kdf


def test_a_new_key_gets_a_fresh_kdf_salt() -> None:
    first = crypto.new_key(PASSPHRASE, CHEAP_ARGON2)
    second = crypto.new_key(PASSPHRASE, CHEAP_ARGON2)

    assert first.kdf.salt != second.kdf.salt
    assert first.secret != second.secret


@pytest.mark.parametrize(
    "wrong",
    ["correct horse batterY", "correct horse battery ", "", "🐎"],
    ids=["one letter", "trailing space", "empty", "emoji"],
)
def test_a_wrong_passphrase_is_refused(key: crypto.MasterKey, wrong: str) -> None:
    sealed = crypto.seal(key, PLAIN)

    with pytest.raises(crypto.WrongPassphrase):
        crypto.key_for(wrong, sealed)


def test_a_key_for_another_salt_is_refused_before_decrypting(
    key: crypto.MasterKey,
) -> None:
    other = crypto.new_key(PASSPHRASE, key.kdf.settings)

    with pytest.raises(crypto.WrongPassphrase):
        crypto.unseal(other, crypto.seal(key, PLAIN))


def test_one_changed_byte_anywhere_makes_the_file_refuse_to_open(
    key: crypto.MasterKey,
) -> None:
    sealed = crypto.seal(key, PLAIN)
    # The magic, the KDF fields and the key check fail as the wrong key or a bad
    # header; the write salt, nonce, ciphertext and tag fail authentication.
    for position in range(len(sealed)):
        changed = bytearray(sealed)
        changed[position] ^= 0x01
        with pytest.raises((crypto.SealError, crypto.WrongPassphrase)):
            crypto.unseal(key, bytes(changed))


def test_a_file_cut_short_refuses_to_open(key: crypto.MasterKey) -> None:
    sealed = crypto.seal(key, PLAIN)

    for length in (len(crypto.MAGIC) + 3, crypto.HEADER_BYTES, len(sealed) - 1):
        with pytest.raises(crypto.SealError):
            crypto.unseal(key, sealed[:length])


def _header(
    version: int = crypto.FORMAT_VERSION,
    kind: int = crypto.ARGON2ID,
    cost: int = 8,
    rounds: int = 1,
    lanes: int = 1,
) -> bytes:
    salt = bytes(crypto.SALT_BYTES)
    layout = struct.Struct(
        f">BBIII{crypto.SALT_BYTES}s{crypto.CHECK_BYTES}s"
        f"{crypto.SALT_BYTES}s{crypto.NONCE_BYTES}s"
    )
    return crypto.MAGIC + layout.pack(
        version,
        kind,
        cost,
        rounds,
        lanes,
        salt,
        bytes(crypto.CHECK_BYTES),
        salt,
        bytes(crypto.NONCE_BYTES),
    )


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        (b'{"wins": {}}', "not a sealed"),
        (crypto.MAGIC + b"\x01\x02", "cut short"),
        (_header(version=2), "format 2"),
        (_header(kind=9), "does not know"),
        (_header(cost=4 * 1024 * 1024), "out of range"),
        (_header(rounds=0), "out of range"),
        (_header(lanes=0), "out of range"),
        (_header(kind=crypto.SCRYPT, cost=1000), "out of range"),
        (_header(kind=crypto.SCRYPT, cost=2**20, rounds=32), "out of range"),
    ],
    ids=[
        "plain json",
        "cut short",
        "newer format",
        "unknown kdf",
        "argon2 memory too large",
        "no passes",
        "no lanes",
        "scrypt cost not a power of two",
        "scrypt memory too large",
    ],
)
def test_a_header_that_cannot_be_trusted_is_refused(header: bytes, reason: str) -> None:
    with pytest.raises(crypto.SealError, match=reason):
        crypto.read_header(header)


def test_a_passphrase_typed_in_another_unicode_form_opens_the_file() -> None:
    composed = "caf\u00e9 au lait"
    decomposed = "cafe\u0301 au lait"
    key = crypto.new_key(composed, CHEAP_ARGON2)
    sealed = crypto.seal(key, PLAIN)

    assert crypto.unseal(crypto.key_for(decomposed, sealed), sealed) == PLAIN


@pytest.mark.parametrize(
    ("new", "again", "problem"),
    [
        ("seven77", "seven77", "short"),
        ("long enough", "long enough!", "mismatch"),
        ("long enough", "long enough", None),
        ("ééééééé€", "ééééééé€", None),
    ],
    ids=["too short", "typed differently", "fine", "eight characters, more bytes"],
)
def test_a_new_passphrase_must_be_long_enough_and_typed_twice_alike(
    new: str, again: str, problem: str | None
) -> None:
    assert crypto.new_passphrase_problem(new, again) == problem


def test_the_key_never_shows_its_secret_when_printed(key: crypto.MasterKey) -> None:
    assert key.secret.hex() not in repr(key)
    assert repr(key.secret) not in repr(key)
