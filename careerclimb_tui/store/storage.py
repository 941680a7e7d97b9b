"""A TinyDB storage that keeps the data in memory and writes it atomically.

Reads come from memory until the file changes on disk (another process wrote), then
the file is read again. Writes made inside a transaction are held in memory and
written once, when the transaction ends, through a temporary file in the same folder
that is flushed, fsync'd and renamed over the old one, so a crash at any moment
leaves either the old file or the new one.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from careerclimb_tui import catalogue
from careerclimb_tui.errors import CareerClimbError

log = logging.getLogger(__name__)

FILE_MODE = 0o600
DIR_MODE = 0o700


class DataFileDamaged(CareerClimbError):
    """The data file exists but cannot be read; it is left untouched."""

    exit_code = 3

    def __init__(self, path: Path, reason: str, line: int = 1, column: int = 1):
        super().__init__(
            catalogue.DATA_FILE_DAMAGED.format(
                path=path, reason=reason, line=line, column=column
            ),
            title="Data file damaged",
        )
        self.path = path
        self.reason = reason
        self.line = line
        self.column = column


class DataFileLocked(CareerClimbError):
    """Another process holds the write lock for longer than we wait."""

    exit_code = 4


class CannotSave(CareerClimbError):
    """The data could not be turned into JSON; nothing was written."""


def ensure_private_dir(folder: Path) -> None:
    """Create a folder readable only by its owner, if it does not exist yet."""
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


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that no reader ever sees half a file.

    The temporary file is created private to the user (mode 0600) from the start.

    Args:
        path: the file to replace.
        data: its new content.
    """
    ensure_private_dir(path.parent)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    fsync_dir(path.parent)


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def serialise(data: dict[str, Any]) -> bytes:
    """Turn the whole database into the bytes of the data file.

    Raises:
        CannotSave: when a value cannot be written as JSON.
    """
    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False, indent=1)
        # A lone surrogate (undecodable bytes from a command line) fails only here.
        return text.encode("utf-8")
    except (TypeError, ValueError) as error:
        raise CannotSave(catalogue.CANNOT_SERIALISE.format(reason=error)) from None


def parse_data_file(path: Path, raw: bytes) -> dict[str, Any]:
    """Read the bytes of a data file, refusing anything that is not a clean one.

    Raises:
        DataFileDamaged: with the line and column of the problem.
    """
    if not raw.strip():
        raise DataFileDamaged(path, "the file is empty")
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
    return data


class DurableStorage(Storage):
    """TinyDB storage over one JSON file, cached in memory, written atomically."""

    def __init__(self, path: Path):
        self.path = path
        self._data: dict[str, Any] | None = None
        self._signature: tuple[int, int, int] | None = None
        self._loaded = False
        self._deferring = False
        self._dirty = False

    def changed_on_disk(self) -> bool:
        """True when the file is not the one last read or written."""
        return not self._loaded or _signature(self.path) != self._signature

    def reload_if_changed(self) -> bool:
        """Read the file again if another process changed it.

        Returns:
            True when the data in memory was replaced.

        Raises:
            DataFileDamaged: when the file on disk cannot be read.
        """
        if not self.changed_on_disk():
            return False
        signature = _signature(self.path)
        if signature is None:
            self._data = None
        else:
            self._data = parse_data_file(self.path, self.path.read_bytes())
        self._signature = signature
        self._loaded = True
        return True

    def read(self) -> dict[str, Any] | None:
        if not self._loaded:
            self.reload_if_changed()
        return self._data

    def write(self, data: dict[str, Any]) -> None:
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
        self._loaded = False
        self._data = None

    def _flush(self) -> None:
        data = self._data or {}
        try:
            payload = serialise(data)
            atomic_write(self.path, payload)
        except BaseException as error:
            # Forget the change, so that reads never show what is not on disk.
            self.rollback()
            if isinstance(error, OSError):
                reason = error.strerror or str(error)
                message = catalogue.CANNOT_SERIALISE.format(reason=reason)
                raise CannotSave(message) from None
            raise
        self._signature = _signature(self.path)
        self._loaded = True
        log.debug("wrote %d bytes to the data file", len(payload))

    def close(self) -> None:
        pass
