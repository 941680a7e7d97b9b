"""Looking at the data file, its folder, its lock and its backups without changing them.

The doctor decides what is healthy; this module only gathers the facts, since the
store package is the only code that opens the data file. Encrypted files are opened
with the passphrase when one is given, and otherwise only their headers are read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from careerclimb_tui import catalogue
from careerclimb_tui.clock import Clock
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import crypto
from careerclimb_tui.store.migrations import SCHEMA_VERSION
from careerclimb_tui.store.repository import (
    WINS,
    Store,
    StoreProblem,
    lock_path,
    process_alive,
    recorded_holder,
)
from careerclimb_tui.store.storage import (
    FILE_MODE,
    DataFileDamaged,
    PassphraseNeeded,
    PassphraseRefused,
    SealDamaged,
    parse_data_file,
    schema_version_of,
)

DAILY = "daily"
PRE_MIGRATION = "pre-migration"

_DAILY_NAME = re.compile(r"careerclimb-(\d{8})\.json")
_UPGRADE_NAME = re.compile(
    r"careerclimb\.v(\d+)-pre-migration-(\d{8})-(\d{6})(?:-\d+)?\.json"
)


@dataclass(frozen=True)
class FileHealth:
    """The facts about the data file and its folder."""

    path: Path
    exists: bool
    """False before anything was ever saved."""
    mode: int | None
    """The permission bits of the file, when it exists."""
    folder_mode: int | None
    """The permission bits of the data folder, when it exists."""
    damage: str | None
    """Why the file cannot be read at all, or None."""
    schema_version: int | None
    """The format the file is in, when it can be read."""
    wins: int | None
    """How many win records the file holds, readable or not."""
    problems: tuple[StoreProblem, ...]
    """Records that are kept in the file but cannot be read."""
    sealed: bool = False
    """True when the file is encrypted with a passphrase."""
    unopened: str | None = None
    """Why an encrypted file was not opened (no passphrase was given), or None.
    Only its header was checked; its contents may well be sound."""
    size: int | None = None
    """The size of the file in bytes, when it exists."""
    wins_before_damage: int | None = None
    """For a file that cannot be read, the whole win records found before the
    damage, or None when none could be told apart."""

    @property
    def too_new(self) -> bool:
        """True when a newer app wrote the file."""
        return (self.schema_version or 0) > SCHEMA_VERSION


@dataclass(frozen=True)
class BackupHealth:
    """The facts about one backup."""

    path: Path
    kind: str
    """``daily`` or ``pre-migration``."""
    taken: dt.date | dt.datetime | None
    """When it was taken, as its name says: a day, or a UTC moment."""
    mode: int
    schema_version: int | None
    wins: int | None
    damage: str | None
    """Why it cannot be read (or restored), or None."""
    sealed: bool = False
    """True when the backup is encrypted with a passphrase."""
    unopened: str | None = None
    """Why an encrypted backup was not opened (no passphrase was given, or it is
    on another one), or None. It is not known to be damaged."""

    @property
    def readable(self) -> bool:
        """True when the backup could be put back in place of the data file."""
        return self.damage is None and self.unopened is None


@dataclass(frozen=True)
class LockHealth:
    """Who, if anyone, holds the write lock."""

    held: bool
    """True when a process holds the lock right now."""
    holder: int | None
    """The running process that holds it, when it is known."""
    stale_holder: int | None
    """A process named in a holder file although it holds nothing (it was killed)."""


PassphraseAsker = Callable[[], "str | None"]
"""Asks for the passphrase of encrypted files; None when none can be had."""


class SealKeys:
    """Opens encrypted files with one passphrase, asked for when first needed.

    The passphrase is asked for at most once, and each key made from it is kept:
    the data file and its backups normally share one key, so its slow derivation
    is paid once. A copy left by a passphrase change that was cut short has a
    salt of its own, and gets a key of its own.
    """

    def __init__(self, ask: PassphraseAsker | None = None) -> None:
        """Keep the way to ask; nothing is asked yet.

        Args:
            ask: returns the passphrase, or None when there is nobody to ask;
                without it, encrypted files stay unopened.
        """
        self._ask = ask
        self._asked = False
        self._passphrase: str | None = None
        self._keys: dict[crypto.KdfParams, crypto.MasterKey | None] = {}

    @property
    def passphrase(self) -> str | None:
        """The passphrase, asked for on first use; None when none was given."""
        if not self._asked:
            self._asked = True
            self._passphrase = self._ask() if self._ask is not None else None
        return self._passphrase

    def open(self, raw: bytes) -> bytes:
        """The plain bytes of an encrypted file.

        Args:
            raw: the whole file, as read.

        Returns:
            The JSON bytes inside it.

        Raises:
            crypto.SealError: when its header or data was changed or cut short.
            PassphraseNeeded: when no passphrase was given.
            crypto.WrongPassphrase: when the passphrase given does not open it.
        """
        header = crypto.read_header(raw)
        if header.kdf not in self._keys:
            passphrase = self.passphrase
            if passphrase is None:
                raise PassphraseNeeded()
            try:
                self._keys[header.kdf] = crypto.key_for(passphrase, header.raw)
            except crypto.WrongPassphrase:
                self._keys[header.kdf] = None
        key = self._keys[header.kdf]
        if key is None or not key.opens(header):
            raise crypto.WrongPassphrase()
        return crypto.unseal(key, raw)


def permission_bits(path: Path) -> int | None:
    """The permission bits of ``path``, or None when it does not exist."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return None


def inspect_data_file(
    path: Path, clock: Clock, keys: SealKeys | None = None
) -> FileHealth:
    """Gather the facts about a data file, changing nothing.

    Args:
        path: the data file.
        clock: the clock a read-only store is opened with.
        keys: opens the file when it is encrypted; without them, or without a
            passphrase, only the header of an encrypted file is checked.

    Returns:
        What the doctor needs: modes, readability, format and unreadable records.

    Raises:
        PassphraseRefused: when the passphrase given does not open the file.
    """
    folder_mode = permission_bits(path.parent)
    mode = permission_bits(path)
    if mode is None:
        return FileHealth(path, False, None, folder_mode, None, None, None, ())
    try:
        raw = path.read_bytes()
    except OSError as error:
        damage = DataFileDamaged(path, error.strerror or str(error)).message
        return FileHealth(path, True, mode, folder_mode, damage, None, None, ())
    size = len(raw)
    sealed = crypto.is_sealed(raw)
    if sealed:
        try:
            raw = (keys or SealKeys()).open(raw)
        except crypto.SealError as error:
            damage = SealDamaged(path, str(error)).message
            return FileHealth(
                path, True, mode, folder_mode, damage, None, None, (), sealed=True
            )
        except PassphraseNeeded:
            unopened = catalogue.DOCTOR_NO_PASSPHRASE_GIVEN
            return FileHealth(
                path, True, mode, folder_mode, None, None, None, (), True, unopened
            )
        except crypto.WrongPassphrase:
            raise PassphraseRefused() from None
    try:
        data = parse_data_file(path, raw)
    except CareerClimbError as error:
        return FileHealth(
            path,
            True,
            mode,
            folder_mode,
            error.message,
            None,
            None,
            (),
            sealed,
            size=size,
            wins_before_damage=wins_before_damage(raw),
        )
    version = schema_version_of(data, SCHEMA_VERSION)
    wins = len(data.get(WINS, {}))
    if version > SCHEMA_VERSION:
        return FileHealth(
            path, True, mode, folder_mode, None, version, wins, (), sealed
        )
    reader = Store.open_read_only(path, clock=clock)
    if sealed and keys is not None and keys.passphrase is not None:
        # The records are read through the store, which needs its own key; the
        # passphrase is known to open the file by now.
        reader.unlock(keys.passphrase)
    reader.profile()
    reader.wins()
    problems = tuple(sorted(reader.problems, key=lambda p: (p.table, p.record_id)))
    return FileHealth(
        path, True, mode, folder_mode, None, version, wins, problems, sealed
    )


_WINS_TABLE = re.compile(r'"wins"\s*:\s*\{')


def wins_before_damage(raw: bytes) -> int | None:
    """Count the whole win records at the start of a data file cut short or damaged.

    The wins table is read record by record until the first one that does not
    parse, so a file cut in half still tells roughly how much it held.

    Args:
        raw: the plain bytes of the damaged file.

    Returns:
        The most whole win records found in a wins table, or None when no wins
        table could be found.
    """
    text = raw.decode("utf-8", errors="replace")
    decoder = json.JSONDecoder()
    best: int | None = None
    for table in _WINS_TABLE.finditer(text):
        count = 0
        at = table.end()
        while True:
            at = _skip_space(text, at)
            try:
                _key, at = decoder.raw_decode(text, at)
                at = _skip_space(text, at)
                if not text.startswith(":", at):
                    break
                record, at = decoder.raw_decode(text, _skip_space(text, at + 1))
            except (ValueError, RecursionError):
                break
            if not isinstance(record, dict):
                break
            count += 1
            at = _skip_space(text, at)
            if not text.startswith(",", at):
                break
            at += 1
        best = max(best or 0, count)
    return best


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    return at


def _taken(path: Path) -> tuple[str, dt.date | dt.datetime | None]:
    daily = _DAILY_NAME.fullmatch(path.name)
    if daily:
        try:
            return DAILY, dt.datetime.strptime(daily[1], "%Y%m%d").date()
        except ValueError:
            return DAILY, None
    upgrade = _UPGRADE_NAME.fullmatch(path.name)
    if upgrade:
        try:
            moment = dt.datetime.strptime(upgrade[2] + upgrade[3], "%Y%m%d%H%M%S")
        except ValueError:
            return PRE_MIGRATION, None
        return PRE_MIGRATION, moment.replace(tzinfo=dt.timezone.utc)
    return DAILY, None


def inspect_backup(path: Path, keys: SealKeys | None = None) -> BackupHealth:
    """Gather the facts about one backup file.

    Args:
        path: the backup.
        keys: opens the backup when it is encrypted; without them, or without a
            passphrase, an encrypted backup is left unopened (not damaged).

    Returns:
        Its kind, date, format, number of wins and whether it can be put back.
    """
    kind, taken = _taken(path)
    mode = permission_bits(path) or 0
    sealed = False
    try:
        raw = path.read_bytes()
        sealed = crypto.is_sealed(raw)
        data = parse_data_file(path, (keys or SealKeys()).open(raw) if sealed else raw)
    except DataFileDamaged as error:
        reason = catalogue.STORE_DAMAGE_SHORT.format(
            reason=error.reason, line=error.line, column=error.column
        )
        return BackupHealth(path, kind, taken, mode, None, None, reason, sealed)
    except crypto.SealError as error:
        return BackupHealth(path, kind, taken, mode, None, None, str(error), sealed)
    except PassphraseNeeded:
        unopened = catalogue.DOCTOR_NO_PASSPHRASE_GIVEN
        return BackupHealth(path, kind, taken, mode, None, None, None, True, unopened)
    except crypto.WrongPassphrase:
        unopened = catalogue.DOCTOR_OTHER_PASSPHRASE
        return BackupHealth(path, kind, taken, mode, None, None, None, True, unopened)
    except OSError as error:
        reason = error.strerror or str(error)
        return BackupHealth(path, kind, taken, mode, None, None, reason)
    version = schema_version_of(data, SCHEMA_VERSION)
    wins = len(data.get(WINS, {}))
    damage = None
    if version > SCHEMA_VERSION:
        damage = catalogue.STORE_TOO_NEW_SHORT.format(
            found=version, known=SCHEMA_VERSION
        )
    return BackupHealth(path, kind, taken, mode, version, wins, damage, sealed)


def _day(backup: BackupHealth) -> dt.date:
    if isinstance(backup.taken, dt.datetime):
        return backup.taken.date()
    return backup.taken or dt.date.min


def inspect_backups(
    data_file: Path, keys: SealKeys | None = None
) -> list[BackupHealth]:
    """Every backup of a data file, newest first.

    Args:
        data_file: the data file whose ``backups`` folder is listed.
        keys: opens the encrypted backups, as in :func:`inspect_backup`.

    Returns:
        The backups, ordered by the day in their names, then by when they were
        written.
    """
    found = Store.open_read_only(data_file).all_backups()
    backups = [inspect_backup(path, keys) for path in found]

    def newest_first(backup: BackupHealth) -> tuple[dt.date, int, str]:
        try:
            written = backup.path.stat().st_mtime_ns
        except FileNotFoundError:
            written = 0
        return (_day(backup), written, backup.path.name)

    return sorted(backups, key=newest_first, reverse=True)


def inspect_lock(data_file: Path) -> LockHealth:
    """Find out whether a process holds the write lock, without waiting for it.

    Args:
        data_file: the data file the lock guards.

    Returns:
        Whether the lock is held, by whom, and any holder file a killed process left.
    """
    recorded = recorded_holder(data_file)
    held = False
    if lock_path(data_file).exists():
        probe = FileLock(str(lock_path(data_file)), timeout=0, mode=FILE_MODE)
        try:
            probe.acquire()
        except Timeout:
            held = True
        else:
            probe.release()
    alive = recorded is not None and process_alive(recorded)
    holder = recorded if held and alive else None
    stale = recorded if recorded is not None and holder is None else None
    return LockHealth(held, holder, stale)
