"""Every table of the data file at once, and the files that exports are written to.

A complete dump must hold every table, those this version of the app does not
know included, so the tables are read here as the store holds them (already
decoded and upgraded) rather than one known table at a time. Export files are
written private to their owner, and never over an existing file unless asked.
"""

from __future__ import annotations

import copy
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB
from tinydb.table import Document

from careerclimb_tui import catalogue
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store.migrations import SCHEMA_VERSION
from careerclimb_tui.store.storage import FILE_MODE, META, META_KEY, atomic_write

if TYPE_CHECKING:
    from careerclimb_tui.store.repository import Store

log = logging.getLogger(__name__)

Tables = dict[str, dict[str, dict[str, Any]]]
"""Table name → document id (as text, as in the file) → document."""

MAX_IMPORT_BYTES = 64 * 1024 * 1024
"""The largest file an import reads; anything bigger is not a career's worth."""


def all_tables(store: Store) -> Tables:
    """Every table of the data file as the store reads it now, copied.

    Args:
        store: the user's data.

    Returns:
        The tables, meta record included; empty when there is no data file yet.

    Raises:
        DataFileDamaged: when the file cannot be read.
        DataFileTooNew: when a newer app wrote the file.
    """
    # check() re-reads a file another process changed and upgrades an old one.
    store.check()
    # No public call of the store names every table. Its storage holds the tables
    # as read (decoded, upgraded), which is exactly what a dump must show.
    with store._thread_lock:
        data = store._storage.read() or {}
        return copy.deepcopy(data)


def tables_in(db: TinyDB) -> Tables:
    """Every table of a database open in a transaction, copied.

    Args:
        db: the database handed out by ``store.transaction()``.

    Returns:
        The tables with their documents.
    """
    return {
        name: {str(doc.doc_id): copy.deepcopy(dict(doc)) for doc in db.table(name)}
        for name in sorted(db.tables())
    }


def insert_document(db: TinyDB, table: str, doc_id: int, doc: dict[str, Any]) -> None:
    """Add one document under an id chosen by the caller (inside a transaction).

    Raises:
        ValueError: when the id is taken; the transaction then writes nothing.
    """
    db.table(table).insert(Document(doc, doc_id=doc_id))


def raise_counters(db: TinyDB, counters: dict[str, int]) -> None:
    """Make sure each table's next id is at least the one given.

    Counters only ever go up, so no id is handed out twice.

    Args:
        db: the database handed out by ``store.transaction()``.
        counters: table name → the lowest id the next new record may get.
    """
    if not counters:
        return
    meta = db.table(META)
    current = meta.get(doc_id=int(META_KEY))
    record = dict(current) if isinstance(current, dict) else {}
    kept = dict(record.get("next_ids") or {})
    for table, counter in counters.items():
        kept[table] = max(int(kept.get(table, 1)), counter)
    if current is None:
        record = {"schema_version": SCHEMA_VERSION, "next_ids": kept}
        meta.insert(Document(record, doc_id=int(META_KEY)))
    else:
        meta.update({"next_ids": kept}, doc_ids=[int(META_KEY)])


# --- export files ---------------------------------------------------------------


class ExportFileExists(CareerClimbError):
    """The export would replace a file and was not asked to."""


def write_private_file(path: Path, text: str, *, overwrite: bool = False) -> None:
    """Write an export, readable only by its owner (mode 0600).

    Args:
        path: where to write; its folder must exist.
        text: the whole file.
        overwrite: replace a file already there (atomically); otherwise refuse.

    Raises:
        ExportFileExists: when the file exists and ``overwrite`` is off.
        CareerClimbError: when the folder is missing, or when the disk refuses
            the write.
    """
    data = text.encode("utf-8")
    if not path.parent.is_dir():
        raise CareerClimbError(catalogue.EXPORT_NO_FOLDER.format(folder=path.parent))
    if path.is_dir():
        raise CareerClimbError(catalogue.EXPORT_IS_FOLDER.format(path=path))
    try:
        if overwrite:
            atomic_write(path, data)
        else:
            _write_new(path, data)
    except FileExistsError:
        raise ExportFileExists(catalogue.EXPORT_FILE_EXISTS.format(path=path)) from None
    except OSError as error:
        raise CareerClimbError(
            catalogue.EXPORT_CANNOT_WRITE.format(
                path=path, reason=error.strerror or error
            )
        ) from None
    log.info("wrote the export %s (%d bytes)", path, len(data))


def _write_new(path: Path, data: bytes) -> None:
    """Create ``path`` and write it; refuse, atomically, if it already exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        # The mode given to open() is narrowed by the umask, never widened.
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        # Half a file would pass for an export; take it away.
        path.unlink(missing_ok=True)
        raise


def read_import_file(path: Path) -> str:
    """The text of a file to import.

    Args:
        path: the file.

    Returns:
        Its text, decoded as UTF-8 (a byte-order mark is dropped).

    Raises:
        CareerClimbError: when the file is missing, too big, unreadable or not
            UTF-8 text.
    """
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise CareerClimbError(
                catalogue.IMPORT_TOO_BIG.format(
                    path=path, megabytes=MAX_IMPORT_BYTES // (1024 * 1024)
                ),
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CareerClimbError(catalogue.IMPORT_NO_FILE.format(path=path)) from None
    except IsADirectoryError:
        raise CareerClimbError(catalogue.IMPORT_IS_FOLDER.format(path=path)) from None
    except OSError as error:
        raise CareerClimbError(
            catalogue.IMPORT_CANNOT_READ.format(
                path=path, reason=error.strerror or error
            ),
        ) from None
    return decode_import(raw, str(path))


def decode_import(raw: bytes, name: str) -> str:
    """Decode the bytes of a file to import.

    Raises:
        CareerClimbError: when they are not UTF-8 text.
    """
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise CareerClimbError(
            catalogue.IMPORT_NOT_UTF8.format(path=name, line=line)
        ) from None
