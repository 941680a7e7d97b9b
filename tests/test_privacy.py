"""Private by default: encryption at rest, file modes, and nothing leaking around.

Covers the store (encrypt, use, decrypt, a wrong passphrase, a passphrase change
cut short by a kill), the command line (``encrypt``, ``decrypt``, ``passphrase``,
the prompt and the environment variable), the modes of every file the app writes,
and the debug log.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import io
import json
import logging
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from careerclimb_tui import catalogue, cli, cli_privacy
from careerclimb_tui.cli import build_parser, main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Win
from careerclimb_tui.home_lines import privacy_line
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.paths import DATA_FILE_NAME
from careerclimb_tui.store import CannotSave, Store, crypto, storage
from careerclimb_tui.store.repository import holder_path, lock_path
from careerclimb_tui.store.storage import (
    PassphraseNeeded,
    PassphraseRefused,
    SealDamaged,
)

CHEAP = crypto.KdfSettings(crypto.ARGON2ID, cost=8, rounds=1, lanes=1)
OLD = "old passphrase"
NEW = "new passphrase"
SECRET = "Cut checkout latency from 900 ms to 250 ms"
"""Win text that must never be found in the clear once the data is encrypted."""
REPO = Path(__file__).parents[1]


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stretch passphrases cheaply: these tests are about files, not KDF cost."""
    monkeypatch.setattr(crypto, "DEFAULT_KDF", CHEAP)
    monkeypatch.delenv(catalogue.PRIVACY_PASSPHRASE_ENV, raising=False)
    monkeypatch.delenv(catalogue.PRIVACY_NEW_PASSPHRASE_ENV, raising=False)


def win(title: str, day: int = 3) -> Win:
    return Win(title, dt.date(2026, 11, day))


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def seeded_over_three_days(store: Store, clock: FixedClock) -> None:
    """Wins saved on three days, so that two daily backups exist."""
    store.add_win(win(SECRET, 3))
    clock.advance(days=1)
    store.add_win(win("Ran the incident review for the payments outage", 4))
    clock.advance(days=1)
    store.add_win(win("Mentored two new engineers through their first on-call", 5))


def titles(store: Store) -> list[str]:
    return sorted(w.title for w in store.wins())


# --- encrypt → use → decrypt -----------------------------------------------------


def test_encrypted_data_round_trips_through_use_and_decryption(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(win(SECRET))
    store.encrypt(OLD)
    store.add_win(win("Wrote the on-call handbook", 4))

    reopened = Store(store.path, clock=clock)
    assert reopened.encrypted and reopened.needs_passphrase
    reopened.unlock(OLD)
    assert titles(reopened) == sorted([SECRET, "Wrote the on-call handbook"])
    reopened.decrypt(OLD)

    assert not reopened.encrypted
    assert json.loads(store.path.read_text(encoding="utf-8"))["wins"]
    assert titles(Store(store.path, clock=clock)) == titles(reopened)


def test_encrypting_seals_the_data_file_and_every_copy_of_it(
    store: Store, clock: FixedClock
) -> None:
    seeded_over_three_days(store, clock)
    aside = store.path.with_name(f"{DATA_FILE_NAME}.damaged-20261101-000000")
    shutil.copyfile(store.path, aside)
    assert len(store.copies()) == 3

    done = store.encrypt(OLD)

    assert done.copies == 3 and done.left_as_they_were == ()
    for path in [store.path, *store.copies()]:
        raw = path.read_bytes()
        assert crypto.is_sealed(raw), path
        assert SECRET.encode() not in raw
    assert store.copies_out_of_step() == []


def test_backups_taken_after_encrypting_are_encrypted_too(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(win(SECRET))
    store.encrypt(OLD)
    clock.advance(days=1)

    store.add_win(win("Another day, another win", 4))

    [backup] = store.backups()
    assert crypto.is_sealed(backup.read_bytes())


def test_an_encrypted_backup_is_restored_with_the_session_key(
    store: Store, clock: FixedClock
) -> None:
    seeded_over_three_days(store, clock)
    store.encrypt(OLD)
    first_backup = store.backups()[0]

    store.restore_backup(first_backup)

    assert crypto.is_sealed(store.path.read_bytes())
    assert titles(store) == [SECRET]


def test_a_store_that_was_not_unlocked_reads_nothing(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(win(SECRET))
    store.encrypt(OLD)
    locked = Store(store.path, clock=clock)

    with pytest.raises(PassphraseNeeded):
        locked.wins()
    with pytest.raises(PassphraseNeeded):
        locked.add_win(win("never saved"))

    locked.unlock(OLD)
    assert titles(locked) == [SECRET]


def test_the_passphrase_source_is_asked_once_when_a_sealed_file_is_first_read(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(win(SECRET))
    store.encrypt(OLD)
    asked: list[str] = []

    def source() -> str:
        asked.append("asked")
        return OLD

    reader = Store(store.path, clock=clock, passphrase=source)
    reader.wins()
    reader.add_win(win("second"))
    reader.wins()

    assert asked == ["asked"]


def test_checking_a_locked_file_at_start_reads_only_its_header(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(win(SECRET))
    store.encrypt(OLD)
    Store(store.path, clock=clock).check()

    raw = bytearray(store.path.read_bytes())
    raw[len(crypto.MAGIC)] = 7
    store.path.write_bytes(bytes(raw))
    with pytest.raises(SealDamaged, match="format 7"):
        Store(store.path, clock=clock).check()


# --- a wrong passphrase --------------------------------------------------------


def test_a_wrong_passphrase_says_so_and_changes_nothing(
    store: Store, clock: FixedClock
) -> None:
    seeded_over_three_days(store, clock)
    store.encrypt(OLD)
    before = {path: digest(path) for path in files_under(store.path.parent)}
    locked = Store(store.path, clock=clock)

    with pytest.raises(PassphraseRefused, match="does not open"):
        locked.unlock("not the passphrase")
    with pytest.raises(PassphraseRefused):
        locked.decrypt("not the passphrase")
    with pytest.raises(PassphraseRefused):
        locked.change_passphrase("not the passphrase", NEW)

    assert locked.needs_passphrase
    after = {path: digest(path) for path in files_under(store.path.parent)}
    assert after == before


def test_an_unlocked_store_still_asks_the_passphrase_before_decrypting(
    store: Store,
) -> None:
    store.add_win(win(SECRET))
    store.encrypt(OLD)

    with pytest.raises(PassphraseRefused):
        store.decrypt("anyone at the keyboard")

    assert store.encrypted


def test_encrypting_twice_or_decrypting_a_plain_file_is_refused(
    store: Store,
) -> None:
    store.add_win(win(SECRET))
    with pytest.raises(Exception, match="not encrypted"):
        store.decrypt(OLD)
    store.encrypt(OLD)
    with pytest.raises(Exception, match="encrypted already"):
        store.encrypt(NEW)


# --- changing the passphrase ---------------------------------------------------


def test_after_a_change_only_the_new_passphrase_opens_the_data_and_backups(
    store: Store, clock: FixedClock
) -> None:
    seeded_over_three_days(store, clock)
    store.encrypt(OLD)

    done = store.change_passphrase(OLD, NEW)

    assert done.copies == 2
    for path in [store.path, *store.copies()]:
        with pytest.raises(crypto.WrongPassphrase):
            crypto.key_for(OLD, path.read_bytes())
        key = crypto.key_for(NEW, path.read_bytes())
        assert crypto.unseal(key, path.read_bytes())
    reopened = Store(store.path, clock=clock)
    reopened.unlock(NEW)
    assert len(reopened.wins()) == 3


def test_another_window_changing_the_passphrase_stops_this_one_from_reading(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(win(SECRET))
    store.encrypt(OLD)
    other = Store(store.path, clock=clock)
    other.unlock(OLD)

    other.change_passphrase(OLD, NEW)

    with pytest.raises(PassphraseNeeded, match="another window"):
        store.add_win(win("saved with a stale key"))
    # Reads go on showing what was read before, rather than failing mid-screen.
    assert titles(store) == [SECRET]
    store.unlock(NEW)
    assert titles(store) == [SECRET]


def test_a_change_that_fails_on_the_data_file_leaves_everything_on_the_old_one(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeded_over_three_days(store, clock)
    store.encrypt(OLD)
    data_before = digest(store.path)

    real_write = storage.atomic_write

    def full_disk(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage, "atomic_write", full_disk)
    with pytest.raises(CannotSave, match="No space left"):
        store.change_passphrase(OLD, NEW)
    monkeypatch.setattr(storage, "atomic_write", real_write)

    assert digest(store.path) == data_before
    assert len(store.wins()) == 3
    reopened = Store(store.path, clock=clock)
    reopened.unlock(OLD)
    assert len(reopened.wins()) == 3
    # The backups went first and are on the new passphrase: doing the change
    # again with the same passphrases brings everything onto it.
    assert len(reopened.copies_out_of_step()) == 2
    reopened.change_passphrase(OLD, NEW)
    assert reopened.copies_out_of_step() == []
    assert not list(store.path.parent.rglob("*.tmp"))


# Changes the passphrase in a process of its own that is killed (os._exit, so no
# clean-up runs, as with SIGKILL) just before its rename number ``stop``.
KILLED_CHANGE = """
import os
import sys
from pathlib import Path

from careerclimb_tui.store import Store, crypto

crypto.DEFAULT_KDF = crypto.KdfSettings(crypto.ARGON2ID, cost=8, rounds=1, lanes=1)
path, stop = Path(sys.argv[1]), int(sys.argv[2])
renames = 0
real_replace = os.replace


def replace(source, target):
    global renames
    if renames == stop:
        os._exit(9)
    renames += 1
    real_replace(source, target)


os.replace = replace
store = Store(path)
store.unlock(sys.argv[3])
store.change_passphrase(sys.argv[3], sys.argv[4])
print(renames)
"""


def run_killed_change(path: Path, stop: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", KILLED_CHANGE, str(path), str(stop), OLD, NEW],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )


def test_a_change_killed_between_any_two_steps_leaves_the_data_readable(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seeded_over_three_days(store, clock)
    store.encrypt(OLD)
    wins_before = titles(store)
    # Every rename: the two backups, then the data file.
    steps = len(store.copies()) + 1

    for stop in range(steps + 1):
        home = tmp_path / f"killed-{stop}"
        shutil.copytree(store.path.parent, home)
        path = home / DATA_FILE_NAME

        result = run_killed_change(path, stop)

        finished = stop == steps
        assert result.returncode == (0 if finished else 9), result.stderr
        opens_with = NEW if finished else OLD
        reopened = Store(path, clock=clock)
        with pytest.raises(PassphraseRefused):
            reopened.unlock(OLD if finished else NEW)
        reopened.unlock(opens_with)
        assert titles(reopened) == wins_before

        # Doing the same change again finishes it, and sweeps the leftovers.
        if not finished:
            reopened.change_passphrase(OLD, NEW)
        assert reopened.copies_out_of_step() == []
        assert not list(home.rglob("*.tmp"))


# --- files the app writes are private --------------------------------------------


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that lets everyone read: the modes must not depend on it."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def quiet_debug_log() -> Iterator[None]:
    """Take away the handler ``--debug`` adds, so that later tests log nothing."""
    logger = logging.getLogger("careerclimb_tui")
    handlers, level = list(logger.handlers), logger.level
    try:
        yield
    finally:
        for handler in logger.handlers[len(handlers) :]:
            handler.close()
        logger.handlers = handlers
        logger.setLevel(level)


def run_cli(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), clock=clock, out=out), out.getvalue()


def test_every_file_and_folder_the_app_writes_is_private(
    tmp_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    open_umask: None,
    quiet_debug_log: None,
) -> None:
    home = tmp_path / "not-yet" / "created" / "home"
    monkeypatch.setenv("CAREERCLIMB_HOME", str(home))
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, OLD)
    holder_modes: list[int] = []
    name_holder = Store._name_holder

    def noting_holder(self: Store) -> None:
        name_holder(self)
        holder_modes.append(mode_of(holder_path(self.path)))

    monkeypatch.setattr(Store, "_name_holder", noting_holder)

    assert run_cli(clock, "--debug", "log", SECRET)[0] == 0
    clock.advance(days=1)
    assert run_cli(clock, "--debug", "encrypt")[0] == 0
    assert run_cli(clock, "--debug", "log", "A second win")[0] == 0
    monkeypatch.setenv(catalogue.PRIVACY_NEW_PASSPHRASE_ENV, NEW)
    assert run_cli(clock, "--debug", "passphrase")[0] == 0

    files = files_under(home)
    assert {p.name for p in files} >= {
        DATA_FILE_NAME,
        lock_path(home / DATA_FILE_NAME).name,
        "careerclimb-debug.log",
        "careerclimb-20261119.json",
    }
    assert {str(p): mode_of(p) for p in files} == {str(p): 0o600 for p in files}
    folders = [home, home / "backups", home.parent, home.parent.parent]
    assert [mode_of(f) for f in folders] == [0o700] * 4
    assert holder_modes and set(holder_modes) == {0o600}
    assert not holder_path(home / DATA_FILE_NAME).exists()


def test_temporary_files_are_private_and_removed_after_use(
    store: Store, clock: FixedClock, open_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeded_over_three_days(store, clock)
    seen: list[tuple[str, int]] = []
    write_temp = storage.write_temp_beside

    def noting(path: Path, data: bytes) -> Path:
        temp = write_temp(path, data)
        seen.append((temp.name, mode_of(temp)))
        return temp

    monkeypatch.setattr(storage, "write_temp_beside", noting)
    monkeypatch.setattr("careerclimb_tui.store.repository.write_temp_beside", noting)

    store.encrypt(OLD)
    store.change_passphrase(OLD, NEW)
    store.decrypt(NEW)

    assert len(seen) >= 9
    assert {mode for _, mode in seen} == {0o600}
    assert not list(store.path.parent.rglob("*.tmp"))


def test_the_debug_log_never_holds_win_text_or_the_passphrase(
    isolated_home: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    quiet_debug_log: None,
) -> None:
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, OLD)

    assert run_cli(clock, "--debug", "log", SECRET, "--changed", "p95 fell")[0] == 0
    assert run_cli(clock, "--debug", "encrypt")[0] == 0
    assert run_cli(clock, "--debug", "wins", "--search", "checkout")[0] == 0
    assert run_cli(clock, "--debug", "log", "Second secret win text")[0] == 0

    text = (isolated_home / "careerclimb-debug.log").read_text(encoding="utf-8")
    assert "wrote" in text and "unlocked" in text
    for secret in (SECRET, "checkout", "p95 fell", "Second secret", OLD):
        assert secret not in text


def test_the_log_command_help_warns_about_shell_history_and_offers_stdin(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["log", "--help"])

    assert exited.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())

    assert "shell history" in help_text
    assert "standard input" in help_text
    assert "- reads stdin" in help_text


# --- the command line ----------------------------------------------------------


def test_scripts_encrypt_use_and_decrypt_through_the_environment(
    clock: FixedClock, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_cli(clock, "log", SECRET)[0] == 0
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, OLD)

    code, output = run_cli(clock, "encrypt", "--json")
    assert code == 0
    assert json.loads(output)["encrypted"] is True
    assert run_cli(clock, "log", "Logged while encrypted")[0] == 0
    code, output = run_cli(clock, "wins", "--json")
    assert code == 0
    assert {w["title"] for w in json.loads(output)} == {
        SECRET,
        "Logged while encrypted",
    }

    code, output = run_cli(clock, "decrypt")
    assert code == 0
    assert "plain JSON again" in output
    assert not crypto.is_sealed((isolated_home / DATA_FILE_NAME).read_bytes())


def test_a_script_without_the_passphrase_is_told_how_to_give_it(
    clock: FixedClock,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.add_win(win(SECRET))
    store.encrypt(OLD)
    monkeypatch.setattr(cli_privacy, "_has_terminal", lambda: False)

    code, output = run_cli(clock, "wins")

    assert code == 5
    assert output == ""
    assert "CAREERCLIMB_PASSPHRASE" in capsys.readouterr().err


def test_a_wrong_passphrase_on_the_command_line_exits_with_five(
    clock: FixedClock,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.add_win(win(SECRET))
    store.encrypt(OLD)
    before = digest(store.path)
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, "guessing")

    for command in (["wins"], ["log", "nope"], ["decrypt"]):
        assert run_cli(clock, *command)[0] == 5
        assert "does not open" in capsys.readouterr().err

    assert digest(store.path) == before


def test_the_terminal_prompt_asks_for_a_new_passphrase_twice_once_long_enough(
    clock: FixedClock,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.add_win(win(SECRET))
    monkeypatch.setattr(cli_privacy, "_has_terminal", lambda: True)
    answers = iter(["short", "long enough", "long enouhg"])
    prompts: list[str] = []

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(getpass, "getpass", typed)

    assert run_cli(clock, "encrypt")[0] == 2
    assert "at least 8" in capsys.readouterr().err
    assert run_cli(clock, "encrypt")[0] == 2
    assert "differ" in capsys.readouterr().err
    assert prompts == [
        catalogue.PRIVACY_PROMPT_NEW,
        catalogue.PRIVACY_PROMPT_NEW,
        catalogue.PRIVACY_PROMPT_AGAIN,
    ]
    assert not store.encrypted


def test_a_short_new_passphrase_is_refused_before_it_is_asked_again(
    clock: FixedClock,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.add_win(win(SECRET))
    store.encrypt(OLD)
    monkeypatch.setattr(cli_privacy, "_has_terminal", lambda: True)
    answers = iter([OLD, "ab"])
    prompts: list[str] = []

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(getpass, "getpass", typed)

    assert run_cli(clock, "passphrase")[0] == 2
    assert "at least 8" in capsys.readouterr().err
    assert catalogue.PRIVACY_PROMPT_AGAIN not in prompts


def test_changing_the_passphrase_from_the_terminal(
    clock: FixedClock, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add_win(win(SECRET))
    store.encrypt(OLD)
    monkeypatch.setattr(cli_privacy, "_has_terminal", lambda: True)
    answers = iter([OLD, NEW, NEW])
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: next(answers))

    code, output = run_cli(clock, "passphrase")

    assert code == 0
    assert "Changed the passphrase" in output
    reopened = Store(store.path, clock=clock)
    reopened.unlock(NEW)
    assert titles(reopened) == [SECRET]


def test_the_app_gets_a_store_that_never_prompts_on_the_terminal(
    clock: FixedClock, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerclimb_tui import app as app_module

    store.add_win(win(SECRET))
    store.encrypt(OLD)
    handed: list[Store] = []

    class NotRun:
        def __init__(
            self, given: Callable[[], Store], *args: object, **kwargs: object
        ) -> None:
            # The command line hands the app a function that opens the store,
            # so that the app can draw before the file is read.
            handed.append(given())
            self.return_code = 0

        def run(self) -> None:
            pass

    monkeypatch.setattr(app_module, "CareerClimbApp", NotRun)
    monkeypatch.setattr(cli_privacy, "_has_terminal", lambda: True)
    monkeypatch.setattr(cli, "_on_a_terminal", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: pytest.fail("prompted"))

    assert run_cli(clock)[0] == 0
    [given] = handed
    assert given.passphrase_source is None and given.needs_passphrase


# --- the home note ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "disk_full_at", "note"),
    [(False, None, None), (True, 1, "1 backup is not"), (True, None, None)],
    ids=["no change", "change cut after one backup", "change finished"],
)
def test_home_notes_backups_left_behind_by_a_change_cut_short(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    change: bool,
    disk_full_at: int | None,
    note: str | None,
) -> None:
    seeded_over_three_days(store, clock)
    store.encrypt(OLD)
    renames = 0
    real_replace = os.replace

    def replace(source: str | Path, target: str | Path) -> None:
        nonlocal renames
        if renames == disk_full_at:
            raise OSError(28, "No space left on device")
        renames += 1
        real_replace(source, target)

    if change:
        monkeypatch.setattr(os, "replace", replace)
        try:
            store.change_passphrase(OLD, NEW)
        except CannotSave:
            pass
        monkeypatch.setattr(os, "replace", real_replace)
    ladder = next(iter(load_shelf().ladders.values()))

    line = privacy_line(store, ladder, None, clock.today())

    if note is None:
        assert line is None
    else:
        assert line is not None and note in line


def test_code_that_reads_only_plain_json_says_the_file_is_encrypted(
    store: Store,
) -> None:
    store.add_win(win(SECRET))
    store.encrypt(OLD)

    with pytest.raises(storage.DataFileSealed, match="encrypted with a passphrase"):
        storage.parse_data_file(store.path, store.path.read_bytes())


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, None), (1, "1 backup is not"), (3, "3 backups are not")],
)
def test_home_counts_the_backups_left_behind_in_words(
    count: int, expected: str | None
) -> None:
    from types import SimpleNamespace

    from careerclimb_tui.home_lines import privacy_line

    store = SimpleNamespace(copies_out_of_step=lambda: ["copy"] * count)
    line = privacy_line(store, None, None, None)  # type: ignore[arg-type]
    assert (line is None) if expected is None else (expected in (line or ""))
