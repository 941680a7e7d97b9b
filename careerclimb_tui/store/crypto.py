"""Sealing the data file with a passphrase: the file format and the cipher.

A sealed file is a short header followed by the JSON bytes encrypted with
AES-256-GCM. The header says what the file is (magic bytes and a format version),
how the key was derived from the passphrase (the KDF and its parameters and salt),
and carries the per-write salt and nonce. The whole header is authenticated along
with the data, so changing a single byte of either makes the file refuse to open.

Pure functions over bytes: nothing here opens a file.
"""

from __future__ import annotations

import hmac
import os
import struct
import unicodedata
from dataclasses import dataclass, field

# The cryptography package is imported where a key is made or used, not here:
# most data files are plain, and every start-up imports this module.

MAGIC = b"CareerClimb sealed data\n"
"""How every sealed file starts, so that ``head -1`` says what it is."""
FORMAT_VERSION = 1

SCRYPT = 1
ARGON2ID = 2
KDF_NAMES = {SCRYPT: "scrypt", ARGON2ID: "Argon2id"}

SALT_BYTES = 16
NONCE_BYTES = 12
CHECK_BYTES = 16
KEY_BYTES = 32

# magic, then: version, KDF, three KDF numbers, KDF salt, key check, write salt,
# nonce. Big-endian, fixed size, so that the header can be read without parsing.
_LAYOUT = struct.Struct(f">BBIII{SALT_BYTES}s{CHECK_BYTES}s{SALT_BYTES}s{NONCE_BYTES}s")
HEADER_BYTES = len(MAGIC) + _LAYOUT.size

# Labels that keep the keys drawn from one master key apart from each other.
_DATA_KEY_LABEL = b"careerclimb data key v1"
_CHECK_LABEL = b"careerclimb passphrase check v1"

MIN_PASSPHRASE_CHARACTERS = 8

# The largest work a header may ask for: a file is refused rather than let a
# damaged or hostile header make the app take minutes or gigabytes to open it.
_MAX_MEMORY_KIB = 1024 * 1024
_MAX_ROUNDS = 64
_MAX_LANES = 64


class SealError(Exception):
    """A sealed file cannot be opened: its header or its data is damaged."""


class WrongPassphrase(Exception):
    """The passphrase does not open this file."""


@dataclass(frozen=True)
class KdfSettings:
    """How hard the passphrase is stretched into a key.

    For Argon2id: memory in KiB, iterations and lanes. For scrypt: the cost ``n``,
    the block size ``r`` and the parallelism ``p``.
    """

    kind: int
    cost: int
    rounds: int
    lanes: int


ARGON2ID_DEFAULT = KdfSettings(ARGON2ID, cost=64 * 1024, rounds=3, lanes=4)
"""The second recommended option of RFC 9106: 64 MiB, 3 passes, 4 lanes; about a
third of a second on a laptop, paid once when the file is unlocked."""
SCRYPT_DEFAULT = KdfSettings(SCRYPT, cost=2**17, rounds=8, lanes=1)
"""For a ``cryptography`` built against an OpenSSL without Argon2id."""

DEFAULT_KDF = ARGON2ID_DEFAULT
"""What a newly sealed file uses."""


@dataclass(frozen=True)
class KdfParams:
    """The settings and the salt a file's master key was derived with."""

    settings: KdfSettings
    salt: bytes


@dataclass(frozen=True)
class Header:
    """The parsed header of a sealed file."""

    version: int
    kdf: KdfParams
    check: bytes
    """Proof that a key is the right one, without decrypting anything."""
    write_salt: bytes
    nonce: bytes
    raw: bytes
    """The header's bytes, authenticated along with the data."""


@dataclass(frozen=True)
class MasterKey:
    """The key derived from a passphrase, kept in memory for the session."""

    secret: bytes = field(repr=False)
    kdf: KdfParams
    check: bytes = field(repr=False)

    def opens(self, header: Header) -> bool:
        """True when this key was derived the way ``header`` says, and is right."""
        return self.kdf == header.kdf and hmac.compare_digest(self.check, header.check)


def is_sealed(raw: bytes) -> bool:
    """True when ``raw`` starts like a sealed file (it may still be damaged)."""
    return raw.startswith(MAGIC)


def passphrase_bytes(passphrase: str) -> bytes:
    """The bytes a passphrase stands for, the same however it was typed.

    Unicode text can spell one character in several ways (é as one code point or
    as e plus an accent); NFC makes them one, so the passphrase typed on another
    keyboard still opens the file.
    """
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def new_passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """Say what is wrong with a passphrase chosen for sealing, if anything.

    Args:
        passphrase: the new passphrase.
        repeated: the same passphrase typed a second time.

    Returns:
        A key into the catalogue's wording (``"short"`` or ``"mismatch"``), or
        None when the passphrase can be used.
    """
    if len(passphrase) < MIN_PASSPHRASE_CHARACTERS:
        return "short"
    if passphrase != repeated:
        return "mismatch"
    return None


def read_header(raw: bytes) -> Header:
    """Parse the header of a sealed file.

    Args:
        raw: the whole file, or at least its first ``HEADER_BYTES``.

    Returns:
        The header.

    Raises:
        SealError: when the file is not sealed, is cut short, comes from a newer
            app, or asks for more work than any file this app writes.
    """
    if not is_sealed(raw):
        raise SealError("it is not a sealed CareerClimb file")
    if len(raw) < HEADER_BYTES:
        raise SealError("the sealed file is cut short")
    fields = _LAYOUT.unpack_from(raw, len(MAGIC))
    version, kind, cost, rounds, lanes, salt, check, write_salt, nonce = fields
    if version != FORMAT_VERSION:
        raise SealError(f"it is sealed in format {version}, which this app predates")
    settings = KdfSettings(kind, cost, rounds, lanes)
    _check_settings(settings)
    return Header(
        version,
        KdfParams(settings, salt),
        check,
        write_salt,
        nonce,
        raw[:HEADER_BYTES],
    )


def _check_settings(settings: KdfSettings) -> None:
    kind, cost, rounds, lanes = (
        settings.kind,
        settings.cost,
        settings.rounds,
        settings.lanes,
    )
    if kind == ARGON2ID:
        sane = (
            1 <= lanes <= _MAX_LANES
            and 1 <= rounds <= _MAX_ROUNDS
            and 8 * lanes <= cost <= _MAX_MEMORY_KIB
        )
    elif kind == SCRYPT:
        power_of_two = cost >= 2 and cost & (cost - 1) == 0
        sane = (
            power_of_two
            and 1 <= rounds <= 32
            and 1 <= lanes <= 16
            and 128 * cost * rounds <= _MAX_MEMORY_KIB * 1024
        )
    else:
        raise SealError(f"it names a key derivation this app does not know ({kind})")
    if not sane:
        raise SealError("its key derivation settings are out of range")


def derive_key(passphrase: str, kdf: KdfParams) -> MasterKey:
    """Stretch a passphrase into the master key, the slow way on purpose.

    Args:
        passphrase: what the user typed.
        kdf: the settings and salt to derive with (a file's, or fresh ones).

    Returns:
        The master key, with the check value that proves it right.

    Raises:
        SealError: when the settings are out of range or not supported here.
    """
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    _check_settings(kdf.settings)
    settings = kdf.settings
    secret_input = passphrase_bytes(passphrase)
    try:
        if settings.kind == ARGON2ID:
            from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

            secret = Argon2id(
                salt=kdf.salt,
                length=KEY_BYTES,
                iterations=settings.rounds,
                lanes=settings.lanes,
                memory_cost=settings.cost,
            ).derive(secret_input)
        else:
            secret = Scrypt(
                salt=kdf.salt,
                length=KEY_BYTES,
                n=settings.cost,
                r=settings.rounds,
                p=settings.lanes,
            ).derive(secret_input)
    except (ImportError, UnsupportedAlgorithm):
        name = KDF_NAMES.get(settings.kind, str(settings.kind))
        raise SealError(f"this system's cryptography library lacks {name}") from None
    return MasterKey(secret, kdf, _subkey(secret, kdf.salt, _CHECK_LABEL)[:CHECK_BYTES])


def new_key(passphrase: str, settings: KdfSettings | None = None) -> MasterKey:
    """Derive a master key with a fresh salt, for sealing a file anew.

    Args:
        passphrase: the new passphrase.
        settings: how hard to stretch it (default: ``DEFAULT_KDF``, falling back
            to scrypt where the library lacks Argon2id).

    Returns:
        The master key.
    """
    chosen = settings or DEFAULT_KDF
    salt = os.urandom(SALT_BYTES)
    try:
        return derive_key(passphrase, KdfParams(chosen, salt))
    except SealError:
        if settings is not None or chosen.kind != ARGON2ID:
            raise
        return derive_key(passphrase, KdfParams(SCRYPT_DEFAULT, salt))


def _subkey(master: bytes, salt: bytes, label: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=label
    ).derive(master)


# Why a subkey per write: the passphrase is stretched once per session, which takes
# a noticeable fraction of a second on purpose, so it cannot be done again on every
# save. Each write instead draws a fresh random salt and derives that write's AES
# key from the master key with HKDF, which costs microseconds. Every file written
# is then encrypted under a key used exactly once, so a random 96-bit nonce can
# never repeat under the same key, however many saves a long career makes.


def seal(key: MasterKey, plain: bytes) -> bytes:
    """Encrypt the bytes of a data file under ``key``.

    Args:
        key: the session's master key.
        plain: the JSON bytes.

    Returns:
        The sealed file: header, then ciphertext and tag.
    """
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    settings = key.kdf.settings
    write_salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    header = MAGIC + _LAYOUT.pack(
        FORMAT_VERSION,
        settings.kind,
        settings.cost,
        settings.rounds,
        settings.lanes,
        key.kdf.salt,
        key.check,
        write_salt,
        nonce,
    )
    data_key = _subkey(key.secret, write_salt, _DATA_KEY_LABEL)
    return header + AESGCM(data_key).encrypt(nonce, plain, header)


def unseal(key: MasterKey, raw: bytes) -> bytes:
    """Decrypt a sealed file.

    Args:
        key: the master key for the file's passphrase and salt.
        raw: the whole sealed file.

    Returns:
        The JSON bytes.

    Raises:
        WrongPassphrase: when ``key`` is not the file's key.
        SealError: when the header or the data was changed or cut short.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = read_header(raw)
    if not key.opens(header):
        raise WrongPassphrase()
    data_key = _subkey(key.secret, header.write_salt, _DATA_KEY_LABEL)
    try:
        return AESGCM(data_key).decrypt(header.nonce, raw[HEADER_BYTES:], header.raw)
    except InvalidTag:
        raise SealError(
            "the sealed data does not match its seal (changed or cut short)"
        ) from None


def key_for(passphrase: str, raw: bytes) -> MasterKey:
    """Derive the key a sealed file needs, and check that it is the right one.

    Args:
        passphrase: what the user typed.
        raw: the sealed file, or at least its header.

    Returns:
        The master key.

    Raises:
        WrongPassphrase: when the passphrase does not open the file.
        SealError: when the header is damaged.
    """
    header = read_header(raw)
    key = derive_key(passphrase, header.kdf)
    if not key.opens(header):
        raise WrongPassphrase()
    return key
