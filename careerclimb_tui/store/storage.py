"""A TinyDB storage that keeps the data in memory and writes it atomically.

Reads come from memory until the file changes on disk (another process wrote), then
the file is read again. Writes made inside a transaction are held in memory and
written once, when the transaction ends, through a temporary file in the same folder
that is flushed, fsync'd and renamed over the old one, so a crash at any moment
leaves either the old file or the new one.

A file sealed with a passphrase (see ``crypto``) is opened with the key given for the
session and written sealed again, under a fresh per-write key, on every save.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from tinydb.storages import Storage

from careerclimb_tui import catalogue
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import crypto

log = logging.getLogger(__name__)

FILE_MODE = 0o600
DIR_MODE = 0o700

META = "meta"
"""The table that describes the file itself: its format version and id counters."""
META_KEY = "1"
"""The key of the one record of the meta table."""

RACY_NS = 2_000_000_000
"""How long after a write a file's stat signature cannot be trusted on its own.

Some file systems keep modification times to the second, or even to two seconds, so
two writes within that span can leave the same size and times behind.
"""


class DataFileDamaged(CareerClimbError):
    """The data file exists but cannot be read; it is left untouched."""

    exit_code = 3
    next_step = catalogue.DATA_FILE_DAMAGED_NEXT

    def __init__(self, path: Path, reason: str, line: int = 1, column: int = 1):
        super().__init__(
            catalogue.DATA_FILE_DAMAGED.format(
                path=path, reason=reason, line=line, column=column
            ),
            title=catalogue.DATA_FILE_DAMAGED_TITLE,
        )
        self.path = path
        self.reason = reason
        self.line = line
        self.column = column


class DataFileTooNew(CareerClimbError):
    """A newer app wrote the data file, in a format this one does not know."""

    exit_code = 3

    def __init__(self, path: Path, found: int, known: int):
        super().__init__(
            catalogue.DATA_FILE_TOO_NEW.format(path=path, found=found, known=known),
            title=catalogue.DATA_FILE_TOO_NEW_TITLE,
        )
        self.path = path
        self.found = found
        self.known = known


class DataFileLocked(CareerClimbError):
    """Another process holds the write lock for longer than we wait."""

    exit_code = 4


class CannotSave(CareerClimbError):
    """The data could not be turned into JSON; nothing was written."""


class PassphraseNeeded(CareerClimbError):
    """The data file is sealed and no passphrase for it was given."""

    exit_code = 5

    def __init__(self, message: str = catalogue.PRIVACY_PASSPHRASE_NEEDED):
        super().__init__(message, title=catalogue.PRIVACY_LOCKED_TITLE)


class PassphraseRefused(CareerClimbError):
    """The passphrase given does not open the data file; nothing was changed."""

    exit_code = 5

    def __init__(self) -> None:
        super().__init__(
            catalogue.PRIVACY_WRONG_PASSPHRASE, title=catalogue.PRIVACY_WRONG_TITLE
        )


class SealDamaged(DataFileDamaged):
    """A sealed file whose header or data was changed or cut short."""

    def __init__(self, path: Path, reason: str):
        CareerClimbError.__init__(
            self,
            catalogue.PRIVACY_SEAL_DAMAGED.format(path=path, reason=reason),
            title=catalogue.DATA_FILE_DAMAGED_TITLE,
        )
        self.path = path
        self.reason = reason
        self.line = 1
        self.column = 1


class DataFileSealed(DataFileDamaged):
    """A sealed file was handed to code that reads only plain JSON (the doctor)."""

    next_step = ""

    def __init__(self, path: Path):
        CareerClimbError.__init__(
            self,
            catalogue.PRIVACY_SEALED_MESSAGE.format(path=path),
            title=catalogue.PRIVACY_LOCKED_TITLE,
        )
        self.path = path
        self.reason = catalogue.PRIVACY_SEALED_REASON
        self.line = 1
        self.column = 1


def ensure_private_dir(folder: Path) -> None:
    """Create a folder readable only by its owner, if it does not exist yet.

    Folders above it that are missing are created private too: ``mkdir -p`` would
    give them the umask's mode, usually readable by everyone.
    """
    missing: list[Path] = []
    current = folder
    while not current.exists() and current.parent != current:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue
    folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temp_prefix(path: Path) -> str:
    """The name every temporary file written on the way to ``path`` starts with."""
    return f".{path.name}."


def write_temp_beside(path: Path, data: bytes) -> Path:
    """Write ``data`` durably to a new temporary file next to ``path``.

    The file is private to the user (mode 0600) from the start, and named so that
    :func:`remove_leftover_temp_files` finds it if the writer is killed.

    Args:
        path: the file the temporary one will replace.
        data: the new content.

    Returns:
        The temporary file, to be renamed over ``path``.
    """
    ensure_private_dir(path.parent)
    fd, tmp_name = tempfile.mkstemp(
        prefix=temp_prefix(path), suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return Path(tmp_name)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that no reader ever sees half a file.

    The temporary file is created private to the user (mode 0600) from the start.

    Args:
        path: the file to replace.
        data: its new content.
    """
    tmp_name = write_temp_beside(path, data)
    try:
        os.replace(tmp_name, path)
    except BaseException:
        tmp_name.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def remove_leftover_temp_files(folder: Path) -> list[Path]:
    """Delete temporary files that a killed writer left in ``folder``.

    Only call this while holding the write lock: every temporary file is written by
    the lock holder, so any other one belongs to a writer that died.

    Args:
        folder: the data folder or the backups folder.

    Returns:
        The files removed.
    """
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for leftover in folder.glob(".careerclimb*.tmp"):
        try:
            leftover.unlink()
        except FileNotFoundError:
            continue
        removed.append(leftover)
        log.debug("removed %s, left by a writer that was stopped", leftover)
    return removed


# --- telling whether the file changed ---------------------------------------------
#
# A process keeps the file in memory and must notice when another process replaced
# it. A stat signature alone can be fooled: inode numbers are reused as soon as a
# rename frees one, and coarse modification times make two quick writes look alike.
# So the signature is backed by a hash of the bytes:
#
# * Under the write lock, before every change, the file is always hashed when its
#   signature looks unchanged. This is what makes "a save never overwrites another
#   process's write" hold, at the price of reading the file once per save (a few
#   milliseconds even for thousands of wins, far less than writing it).
# * Outside the lock (plain reads) the signature is trusted, unless the file was
#   written less than RACY_NS ago, when a second write could share its timestamps;
#   then the bytes are hashed too. Any later write gets a later modification time,
#   and the change time (which no program can set back) is compared as well.
#
# A generation counter inside the file would not help: reading it means reading and
# parsing the file, which costs more than hashing it.


Signature = tuple[int, int, int, int, int]


def _signature_of(stat: os.stat_result) -> Signature:
    return (
        stat.st_dev,
        stat.st_ino,
        stat.st_size,
        stat.st_mtime_ns,
        stat.st_ctime_ns,
    )


def _signature(path: Path) -> Signature | None:
    try:
        return _signature_of(path.stat())
    except FileNotFoundError:
        return None


def _digest(raw: bytes) -> bytes:
    # SHA-256 runs on the CPU's own instructions on most machines: several times
    # faster than BLAKE2 over a whole data file, on every read and every save.
    return hashlib.sha256(raw).digest()[:16]


def _is_racy(signature: Signature) -> bool:
    """True when another write could still leave this same signature behind."""
    return time.time_ns() - signature[3] < RACY_NS


@dataclass(frozen=True)
class _Snapshot:
    """The bytes of the file and the signature they were read under."""

    raw: bytes
    signature: Signature


def _read_snapshot(path: Path) -> _Snapshot | None:
    """Read the file with a signature that belongs to exactly these bytes."""
    for _ in range(5):
        try:
            with open(path, "rb") as handle:
                before = _signature_of(os.fstat(handle.fileno()))
                raw = handle.read()
                after = _signature_of(os.fstat(handle.fileno()))
        except FileNotFoundError:
            return None
        # A program that rewrites the file in place could change it while we read.
        if before == after:
            return _Snapshot(raw, after)
    return _Snapshot(raw, after)


# --- turning the data into bytes and back -------------------------------------------


# One encoder for the whole file: building one per record costs more than encoding.
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


def _json(value: Any) -> str:
    return _ENCODER.encode(value)


Rows = dict[tuple[str, str], tuple[Any, str]]
"""Each record's line in the file, by table and id, with the record it was made from.

A line is reused for as long as the very same record object is in the data and
nobody has touched it (see :mod:`careerclimb_tui.store.tracked`):
encoding ten thousand records anew costs far more than writing them."""


def _lines(data: dict[str, Any], known: Rows, made: Rows) -> Iterator[str]:
    # One record per line: the C encoder does the work (an indented dump runs in
    # pure Python, several times slower), and the file stays readable and diffable.
    names = list(data)
    yield "{"
    for number, name in enumerate(names):
        comma = "," if number < len(names) - 1 else ""
        table = data[name]
        if not table:
            yield f" {_json(name)}: {{}}{comma}"
            continue
        yield f" {_json(name)}: {{"
        lines = []
        for key, record in table.items():
            key = str(key)
            row = known.get((name, key))
            if row is None or row[0] is not record:
                row = (record, f"  {_json(key)}: {_json(record)}")
            made[name, key] = row
            lines.append(row[1])
        yield ",\n".join(lines)
        yield f" }}{comma}"
    yield "}"


def serialise(
    data: dict[str, Any], known: Rows | None = None, made: Rows | None = None
) -> bytes:
    """Turn the whole database into the bytes of the data file.

    Args:
        data: the tables.
        known: lines made before for records that have not changed since.
        made: filled with the line of every record written, for the next time.

    Raises:
        CannotSave: when a value cannot be written as JSON, naming where it is.
    """
    try:
        lines = _lines(data, known or {}, {} if made is None else made)
        text = "\n".join(lines) + "\n"
        # A lone surrogate (undecodable bytes from a command line) fails only here.
        return text.encode("utf-8")
    except (TypeError, ValueError, RecursionError) as error:
        reason = unsaveable_reason(data) or str(error)
        raise CannotSave(catalogue.CANNOT_SERIALISE.format(reason=reason)) from None


_OUTSIDE_TABLES = ("{", "}", "", " }", " },")


def rows_of(text: str, data: dict[str, Any]) -> Rows:
    """The line of every record in a file laid out as :func:`serialise` lays it.

    Reusing the lines read saves encoding every record again on the first save.
    Any line out of that layout (a file indented by hand, say) gives no lines at
    all, and every record is then encoded when the file is next written.

    Args:
        text: the file's text.
        data: the tables parsed from that same text.

    Returns:
        The lines by table and id, each with its record in ``data``.
    """
    rows: Rows = {}
    table: dict[str, Any] | None = None
    name = ""
    for line in text.split("\n"):
        if line.startswith('  "'):
            end = line.find('": {', 3)
            key = line[3:end]
            row = line[:-1] if line.endswith("},") else line
            if table is None or end < 0 or not row.endswith("}") or key not in table:
                return {}
            rows[name, key] = (table[key], row)
        elif line.startswith(' "') and line.endswith(": {"):
            name = line[2 : line.find('"', 2)]
            table = data.get(name)
        elif line in _OUTSIDE_TABLES or (
            line.startswith(' "') and line.endswith((": {}", ": {},"))
        ):
            table = None
        else:
            return {}
    return rows


def unsaveable_reason(data: Any) -> str | None:
    """Say where in ``data`` the first value is that the data file cannot hold.

    Args:
        data: the tables, as TinyDB hands them to the storage.

    Returns:
        A sentence for the user, or None when everything can be saved.
    """
    try:
        found = _find_unsaveable(data, (), set())
    except RecursionError:
        return catalogue.STORE_TOO_DEEP
    if found is None:
        return None
    where, what = found
    place = " › ".join(where) or "the data"
    return catalogue.STORE_CANNOT_HOLD.format(where=place, what=what)


def _printable(name: str) -> str:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return ascii(name)
    return name


def _find_unsaveable(
    value: Any, where: tuple[str, ...], seen: set[int]
) -> tuple[tuple[str, ...], str] | None:
    if value is None or isinstance(value, (bool, int)):
        return None
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            return where, catalogue.STORE_BAD_TEXT.format(position=error.start + 1)
        return None
    if isinstance(value, float):
        if math.isfinite(value):
            return None
        return where, catalogue.STORE_BAD_NUMBER.format(value=value)
    if not isinstance(value, (dict, list, tuple)):
        return where, catalogue.STORE_BAD_VALUE.format(kind=type(value).__name__)
    if id(value) in seen:
        return where, catalogue.STORE_LOOP
    seen.add(id(value))
    items: list[tuple[str, Any]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key is not None and not isinstance(key, (str, int, float, bool)):
                kind = type(key).__name__
                return where, catalogue.STORE_BAD_KEY.format(kind=kind)
            name = _printable(str(key))
            if isinstance(key, str) and name != key:
                return (*where, name), catalogue.STORE_BAD_NAME
            items.append((name, item))
    else:
        items = [(str(index), item) for index, item in enumerate(value)]
    for name, item in items:
        found = _find_unsaveable(item, (*where, name), seen)
        if found is not None:
            return found
    seen.discard(id(value))
    return None


def parse_data_file(path: Path, raw: bytes) -> dict[str, Any]:
    """Read the bytes of a data file, refusing anything that is not a clean one.

    Raises:
        DataFileDamaged: with the line and column of the problem.
    """
    return _parse_data_text(path, raw)[0]


def _parse_data_text(path: Path, raw: bytes) -> tuple[dict[str, Any], str]:
    """The tables in a data file's bytes, and its text.

    Raises:
        DataFileDamaged: with the line and column of the problem.
    """
    if not raw.strip():
        raise DataFileDamaged(path, "the file is empty")
    if crypto.is_sealed(raw):
        raise DataFileSealed(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise DataFileDamaged(path, "it is not UTF-8 text", line, column) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DataFileDamaged(path, error.msg, error.lineno, error.colno) from None
    except RecursionError:
        raise DataFileDamaged(path, catalogue.STORE_TOO_DEEP) from None
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) for table in data.values()
    ):
        raise DataFileDamaged(path, "it does not hold CareerClimb tables")
    for name, table in data.items():
        for key, record in table.items():
            # int() would refuse digits such as "²" that str.isdigit() accepts.
            if not (key.isascii() and key.isdigit()):
                raise DataFileDamaged(path, f"table {name!r} has a bad id {key!r}")
            if not isinstance(record, dict):
                raise DataFileDamaged(
                    path, f"table {name!r} record {key} is not a JSON object"
                )
    reason = meta_problem(data)
    if reason is not None:
        raise DataFileDamaged(path, reason)
    return data, text


def _is_count(value: Any) -> bool:
    """True for a whole number from 1 (JSON's true and false are not numbers)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def meta_problem(data: dict[str, Any]) -> str | None:
    """Say what is wrong with the meta record of parsed data, if anything.

    Args:
        data: the tables of a data file.

    Returns:
        The reason the file cannot be trusted, or None when the meta record is fine
        (or absent, as in files from before it existed).
    """
    meta = data.get(META, {}).get(META_KEY)
    if meta is None:
        return None
    version = meta.get("schema_version", 1)
    if not _is_count(version):
        return catalogue.STORE_BAD_SCHEMA_VERSION.format(value=_json_or_repr(version))
    counters = meta.get("next_ids", {})
    if not isinstance(counters, dict):
        return catalogue.STORE_BAD_NEXT_IDS.format(value=_json_or_repr(counters))
    for table, counter in counters.items():
        if not _is_count(counter):
            return catalogue.STORE_BAD_NEXT_ID.format(
                table=table, value=_json_or_repr(counter)
            )
    return None


def _json_or_repr(value: Any) -> str:
    try:
        return _json(value)
    except (TypeError, ValueError):
        return repr(value)


def schema_version_of(data: dict[str, Any] | None, newest: int) -> int:
    """The format version of parsed data.

    Args:
        data: the tables of a data file, or None when there is no file yet.
        newest: the version the app writes, given to a file that holds nothing.

    Returns:
        The version in the meta record; 1 for a file written before the meta record
        existed; ``newest`` for a missing or empty file.
    """
    if not data or not any(data.values()):
        return newest
    meta = data.get(META, {}).get(META_KEY)
    if meta is None:
        return 1
    version = meta.get("schema_version", 1)
    return version if _is_count(version) else 1


def read_head(path: Path) -> bytes | None:
    """The first bytes of a file, enough to hold a seal's header; None if missing."""
    try:
        with open(path, "rb") as handle:
            return handle.read(crypto.HEADER_BYTES)
    except FileNotFoundError:
        return None


def read_seal(path: Path) -> crypto.Header | None:
    """The seal's header of ``path``, or None when the file is plain or missing.

    Raises:
        SealDamaged: when the file starts like a sealed one but its header is bad.
    """
    head = read_head(path)
    if head is None or not crypto.is_sealed(head):
        return None
    try:
        return crypto.read_header(head)
    except crypto.SealError as error:
        raise SealDamaged(path, str(error)) from None


class DurableStorage(Storage):
    """TinyDB storage over one JSON file, cached in memory, written atomically.

    When the file is sealed, the master key given for the session opens it, and
    every write seals it again; a plain file stays plain.
    """

    def __init__(self, path: Path):
        self.path = path
        self._data: dict[str, Any] | None = None
        self._signature: Signature | None = None
        self._digest: bytes | None = None
        self._racy = False
        self._loaded = False
        self._deferring = False
        self._dirty = False
        self._key: crypto.MasterKey | None = None
        self._sealed = False
        self._rows: Rows = {}
        # The text last read, kept until the first save turns it into lines (most
        # sessions only read), and the records touched before that save.
        self._read_text: str | None = None
        self._reached: set[tuple[str, str]] = set()
        self._touched_only = False
        self.damage: DataFileDamaged | DataFileTooNew | None = None
        """What is wrong with the file on disk, while the data read before it
        was damaged (or replaced by a newer app's format) is still shown; None
        once the file reads cleanly again."""
        self.newest: int | None = None
        """The newest format this app reads; a file in a newer one is refused
        as :class:`DataFileTooNew`. None reads any format."""

    # --- the seal --------------------------------------------------------------------

    @property
    def key(self) -> crypto.MasterKey | None:
        """The master key given for this session, if any."""
        return self._key

    @property
    def sealed(self) -> bool:
        """True when the file, as last read or written, is sealed."""
        return self._sealed

    def use_key(self, key: crypto.MasterKey) -> None:
        """Open the file with ``key`` from now on (it is read again)."""
        self._key = key
        self.forget()

    def needs_key(self) -> bool:
        """True when the file on disk is sealed and no key given opens it.

        A damaged header counts as needing a key only while none was given, so
        that the damage is reported when the file is read, not hidden.
        """
        head = read_head(self.path)
        if head is None or not crypto.is_sealed(head):
            return False
        if self._key is None:
            return True
        try:
            header = crypto.read_header(head)
        except crypto.SealError:
            return False
        return not self._key.opens(header)

    def unseal(self, path: Path, raw: bytes) -> bytes:
        """The plain bytes of a sealed file (the data file or a copy of it).

        Raises:
            PassphraseNeeded: when no key was given, or the one given is for
                another passphrase (the file was sealed anew elsewhere).
            SealDamaged: when the file was changed or cut short.
        """
        try:
            header = crypto.read_header(raw)
        except crypto.SealError as error:
            raise SealDamaged(path, str(error)) from None
        if self._key is None:
            raise PassphraseNeeded()
        if not self._key.opens(header):
            raise PassphraseNeeded(catalogue.PRIVACY_SEALED_ELSEWHERE)
        try:
            return crypto.unseal(self._key, raw)
        except crypto.SealError as error:
            raise SealDamaged(path, str(error)) from None

    def _decode(self, raw: bytes) -> tuple[dict[str, Any], bool, str]:
        """The tables in the file's bytes, whether they were sealed, their text."""
        sealed = crypto.is_sealed(raw)
        plain = self.unseal(self.path, raw) if sealed else raw
        data, text = _parse_data_text(self.path, plain)
        return data, sealed, text

    def _encode(
        self, data: dict[str, Any], key: crypto.MasterKey | None, made: Rows
    ) -> bytes:
        if self._read_text is not None:
            rows = rows_of(self._read_text, data)
            for reached in self._reached:
                rows.pop(reached, None)
            self._rows = rows
            self._forget_read_text()
        payload = serialise(data, self._rows, made)
        return payload if key is None else crypto.seal(key, payload)

    def _forget_read_text(self) -> None:
        self._read_text = None
        self._reached = set()

    def touched(self, table: str, keys: set[str]) -> None:
        """Say which records of ``table`` the write that follows may have changed.

        Their lines are made anew; every other record's line is reused. A write
        that comes without this call makes every line anew.
        """
        for key in keys:
            self._rows.pop((table, key), None)
            if self._read_text is not None:
                self._reached.add((table, key))
        self._touched_only = True

    def rewrite(self, key: crypto.MasterKey | None) -> None:
        """Write the data in memory again, sealed with ``key`` or plain if None.

        Nothing changes in memory unless the file was written: on failure the
        old file, key and seal stay as they were.

        Raises:
            CannotSave: when the disk refuses the write.
        """
        data = self._data or {}
        made: Rows = {}
        payload = self._encode(data, key, made)
        try:
            atomic_write(self.path, payload)
        except OSError as error:
            reason = error.strerror or str(error)
            raise CannotSave(catalogue.CANNOT_SERIALISE.format(reason=reason)) from None
        if key is not None:
            self._key = key
        self._sealed = key is not None
        self._rows = made
        self._adopt(self._data, _signature(self.path), _digest(payload))
        log.debug("wrote %d bytes to the data file", len(payload))

    # --- reading and writing ---------------------------------------------------------

    def changed_on_disk(self, verify: bool = False) -> bool:
        """True when the file is not the one last read or written.

        Args:
            verify: compare the bytes even when the stat signature is unchanged.
        """
        return self._changed_snapshot(verify) is not False

    def _changed_snapshot(self, verify: bool) -> _Snapshot | None | Literal[False]:
        """False when unchanged; else the bytes already read, or None to read them."""
        if not self._loaded:
            return None
        signature = _signature(self.path)
        if signature != self._signature:
            return None
        if signature is None or not (verify or self._racy):
            return False
        snapshot = _read_snapshot(self.path)
        if snapshot is None or _digest(snapshot.raw) != self._digest:
            return snapshot
        self._signature = snapshot.signature
        self._racy = _is_racy(snapshot.signature)
        return False

    def reload_if_changed(self, verify: bool = False) -> bool:
        """Read the file again if another process changed it.

        Args:
            verify: compare the bytes even when the stat signature is unchanged;
                done under the write lock, before every change.

        Returns:
            True when the data in memory was replaced.

        Raises:
            DataFileDamaged: when the file on disk cannot be read, and either
                nothing was read before or ``verify`` is set (a save is coming).
                A plain read after a good one keeps the data read and sets
                :attr:`damage` instead, so that screens go on drawing.
            DataFileTooNew: the same, for a file a newer app wrote in a format
                newer than :attr:`newest`.
        """
        snapshot = self._changed_snapshot(verify)
        if snapshot is False:
            return False
        if snapshot is None:
            snapshot = _read_snapshot(self.path)
        if snapshot is None:
            self.damage = None
            self._adopt(None, None, None)
            self._sealed = False
            self._rows = {}
            self._forget_read_text()
        else:
            try:
                data, sealed, text = self._decode(snapshot.raw)
                self._refuse_too_new(data)
            except PassphraseNeeded:
                if not self._loaded:
                    raise
                # Another window sealed the file, or sealed it anew, since this
                # one read it. Screens go on showing what was read; every save
                # stops and says why, rather than the app falling over.
                if verify:
                    raise PassphraseNeeded(catalogue.PRIVACY_SEALED_ELSEWHERE) from None
                log.info("the data file was sealed elsewhere; showing what was read")
                return False
            except (DataFileDamaged, DataFileTooNew) as error:
                if not self._loaded:
                    self.forget()
                    raise
                # Damaged, or rewritten by a newer app, behind this window's
                # back. What was read stays in memory, since the screens showing
                # it must not fall over, and nothing is written over the file:
                # every save still stops here.
                self.damage = error
                if verify:
                    raise
                log.info("the data file cannot be read now; showing what was read")
                return False
            self.damage = None
            self._adopt(data, snapshot.signature, _digest(snapshot.raw))
            self._sealed = sealed
            self._rows = {}
            self._read_text = text
            self._reached = set()
        return True

    def _refuse_too_new(self, data: dict[str, Any]) -> None:
        """Raise DataFileTooNew when ``data`` is in a format newer than known."""
        if self.newest is None:
            return
        version = schema_version_of(data, self.newest)
        if version > self.newest:
            raise DataFileTooNew(self.path, version, self.newest)

    def _adopt(
        self,
        data: dict[str, Any] | None,
        signature: Signature | None,
        digest: bytes | None,
    ) -> None:
        self._data = data
        self._signature = signature
        self._digest = digest
        self._racy = signature is not None and _is_racy(signature)
        self._loaded = True

    def replace_in_memory(self, data: dict[str, Any]) -> None:
        """Show ``data`` to readers without writing it (an upgrade seen read-only)."""
        self._data = data
        self._rows = {}
        self._forget_read_text()

    def read(self) -> dict[str, Any] | None:
        if not self._loaded:
            self.reload_if_changed()
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        if not self._touched_only:
            # Written by other means than a tracked table (an upgrade, a dropped
            # table): any record may have changed in place.
            self._rows = {}
            self._forget_read_text()
        self._touched_only = False
        self._data = data
        if self._deferring:
            self._dirty = True
            return
        self._flush()

    def begin(self) -> None:
        """Hold writes in memory until :meth:`commit`."""
        self._deferring = True
        self._dirty = False

    def commit(self) -> None:
        """Write what the transaction changed, once, atomically."""
        self._deferring = False
        if self._dirty:
            self._dirty = False
            self._flush()

    def rollback(self) -> None:
        """Forget what the transaction changed; the next read goes to disk."""
        self._deferring = False
        self._dirty = False
        self.forget()

    def forget(self) -> None:
        """Drop the data in memory, so that the next read goes to disk."""
        self._loaded = False
        self._data = None
        self._signature = None
        self._digest = None
        self._rows = {}
        self._forget_read_text()
        self._touched_only = False

    def _flush(self) -> None:
        data = self._data or {}
        made: Rows = {}
        try:
            payload = self._encode(data, self._key if self._sealed else None, made)
            atomic_write(self.path, payload)
        except BaseException as error:
            # Forget the change, so that reads never show what is not on disk.
            self.rollback()
            if isinstance(error, OSError):
                reason = error.strerror or str(error)
                message = catalogue.CANNOT_SERIALISE.format(reason=reason)
                raise CannotSave(message) from None
            raise
        self._rows = made
        self._adopt(self._data, _signature(self.path), _digest(payload))
        log.debug("wrote %d bytes to the data file", len(payload))

    def close(self) -> None:
        pass
