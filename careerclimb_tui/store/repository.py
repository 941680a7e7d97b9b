"""The store: profile and wins on disk, one writer at a time, never a torn file.

Every change runs as a transaction: take the inter-process lock, read the file again
if another process changed it, apply the change in memory, write the whole file once
atomically, release the lock. Reads re-read the file only when it changed on disk.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.table import Document

from careerclimb_tui import catalogue
from careerclimb_tui.clock import Clock, SystemClock
from careerclimb_tui.domain.records import Profile, Win
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import convert
from careerclimb_tui.store.storage import (
    FILE_MODE,
    DataFileLocked,
    DurableStorage,
    ensure_private_dir,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
BACKUPS_KEPT = 10
LOCK_WAIT_SECONDS = 5.0

META = "meta"
PROFILE = "profile"
WINS = "wins"
_META_ID = 1
_PROFILE_ID = 1


@dataclass(frozen=True)
class StoreProblem:
    """A record that is in the file but could not be read; it is kept as it is."""

    table: str
    record_id: int
    reason: str


class Store:
    """The user's data: one TinyDB file, written durably by one process at a time."""

    def __init__(self, path: Path, clock: Clock | None = None):
        """Open (not yet read) the data file at ``path``.

        Args:
            path: the data file; its folder is created private if missing.
            clock: the source of timestamps and of today's date.
        """
        self.path = path
        self.clock: Clock = clock or SystemClock()
        self.problems: list[StoreProblem] = []
        ensure_private_dir(path.parent)
        self._storage = DurableStorage(path)
        self._db = TinyDB(storage=lambda: self._storage)
        self._lock = FileLock(
            str(path) + ".lock", timeout=LOCK_WAIT_SECONDS, mode=FILE_MODE
        )
        self._holder_file = Path(str(path) + ".lock.pid")
        self._thread_lock = threading.RLock()

    @property
    def backups_dir(self) -> Path:
        return self.path.parent / "backups"

    # --- reading -------------------------------------------------------------------

    def _fresh(self) -> TinyDB:
        """The database, re-read first if another process wrote the file."""
        if self._storage.reload_if_changed():
            # Table objects cache query results and the next id; start clean.
            self._db = TinyDB(storage=lambda: self._storage)
        return self._db

    def check(self) -> None:
        """Read the file now, so that a damaged file is reported at start-up.

        Raises:
            DataFileDamaged: when the file cannot be read.
        """
        with self._thread_lock:
            self._fresh()

    def profile(self) -> Profile | None:
        """The user's profile, or None before set-up."""
        with self._thread_lock:
            doc = self._fresh().table(PROFILE).get(doc_id=_PROFILE_ID)
        if doc is None:
            return None
        try:
            return convert.profile_from_json(dict(doc))
        except convert.UnreadableRecord as error:
            self._note_problem(PROFILE, _PROFILE_ID, str(error))
            return None

    def wins(self) -> list[Win]:
        """Every readable win, newest first (by date, then by id)."""
        with self._thread_lock:
            documents = self._fresh().table(WINS).all()
        wins: list[Win] = []
        problems: list[StoreProblem] = []
        for doc in documents:
            try:
                wins.append(convert.win_from_json(dict(doc), doc.doc_id))
            except convert.UnreadableRecord as error:
                problems.append(StoreProblem(WINS, doc.doc_id, str(error)))
        self.problems = [p for p in self.problems if p.table != WINS] + problems
        wins.sort(key=lambda w: (w.date, w.id or 0), reverse=True)
        return wins

    def win(self, win_id: int | str) -> Win:
        """One win by id (an int or its text).

        Raises:
            CareerClimbError: when there is no such win.
        """
        doc_id = _as_id(win_id)
        with self._thread_lock:
            doc = self._fresh().table(WINS).get(doc_id=doc_id)
        if doc is None:
            raise CareerClimbError(catalogue.UNKNOWN_WIN.format(id=win_id))
        try:
            return convert.win_from_json(dict(doc), doc_id)
        except convert.UnreadableRecord as error:
            raise CareerClimbError(f"Win {doc_id} cannot be read: {error}") from None

    def schema_version(self) -> int:
        with self._thread_lock:
            meta = self._fresh().table(META).get(doc_id=_META_ID)
        return int(meta.get("schema_version", 0)) if meta else 0

    # --- writing -------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[TinyDB]:
        """Hold the write lock, work on fresh data, and write once at the end."""
        with self._thread_lock:
            try:
                self._lock.acquire()
            except Timeout:
                raise self._locked_error() from None
            try:
                self._holder_file.write_text(str(os.getpid()), encoding="utf-8")
                db = self._fresh()
                self._backup_before_first_write_today()
                self._storage.begin()
                try:
                    yield db
                    self._ensure_meta(db)
                except BaseException:
                    self._storage.rollback()
                    raise
                self._storage.commit()
            finally:
                self._lock.release()

    def _locked_error(self) -> DataFileLocked:
        try:
            pid = self._holder_file.read_text(encoding="utf-8").strip()
        except OSError:
            pid = ""
        if pid.isdigit():
            message = catalogue.DATA_FILE_LOCKED.format(pid=pid, path=self.path)
        else:
            message = catalogue.DATA_FILE_LOCKED_UNKNOWN.format(path=self.path)
        return DataFileLocked(message, title="Data file busy")

    def _ensure_meta(self, db: TinyDB) -> None:
        meta = db.table(META)
        if meta.get(doc_id=_META_ID) is None:
            meta.insert(Document({"schema_version": SCHEMA_VERSION}, doc_id=_META_ID))

    def _next_id(self, db: TinyDB, table: str) -> int:
        """A fresh id for ``table``: never one used before, even if deleted since."""
        meta = db.table(META)
        doc = meta.get(doc_id=_META_ID) or {}
        counters: dict[str, int] = dict(doc.get("next_ids", {}))
        existing = [int(d.doc_id) for d in db.table(table).all()]
        candidate = max([counters.get(table, 1), *(i + 1 for i in existing)])
        counters[table] = candidate + 1
        if meta.get(doc_id=_META_ID) is None:
            meta.insert(
                Document(
                    {"schema_version": SCHEMA_VERSION, "next_ids": counters},
                    doc_id=_META_ID,
                )
            )
        else:
            meta.update({"next_ids": counters}, doc_ids=[_META_ID])
        return candidate

    def save_profile(self, profile: Profile) -> Profile:
        """Create or replace the profile; returns it with its timestamps."""
        now = self.clock.now()
        saved = Profile(
            **{
                **profile.__dict__,
                "created_at": profile.created_at or now,
                "updated_at": now,
            }
        )
        with self._transaction() as db:
            db.table(PROFILE).upsert(
                Document(convert.profile_to_json(saved), doc_id=_PROFILE_ID)
            )
        return saved

    def add_win(self, win: Win) -> Win:
        """Store a new win and return it with its id and timestamps."""
        now = self.clock.now()
        with self._transaction() as db:
            win_id = self._next_id(db, WINS)
            saved = win.with_changes(id=win_id, created_at=now, updated_at=now)
            db.table(WINS).insert(Document(convert.win_to_json(saved), doc_id=win_id))
        return saved

    def update_win(self, win: Win) -> Win:
        """Replace a stored win with this version of it.

        Raises:
            CareerClimbError: when the win no longer exists (another window deleted it).
        """
        if win.id is None:
            raise ValueError("update_win needs a saved win")
        with self._transaction() as db:
            table = db.table(WINS)
            current = table.get(doc_id=win.id)
            if current is None:
                raise CareerClimbError(catalogue.UNKNOWN_WIN.format(id=win.id))
            saved = win.with_changes(
                created_at=win.created_at or _created(current),
                updated_at=self.clock.now(),
            )
            table.upsert(Document(convert.win_to_json(saved), doc_id=win.id))
        return saved

    def delete_win(self, win_id: int | str) -> Win:
        """Delete a win and return it, so that the deletion can be undone.

        Raises:
            CareerClimbError: when there is no such win.
        """
        doc_id = _as_id(win_id)
        with self._transaction() as db:
            table = db.table(WINS)
            doc = table.get(doc_id=doc_id)
            if doc is None:
                raise CareerClimbError(catalogue.UNKNOWN_WIN.format(id=win_id))
            removed = convert.win_from_json(dict(doc), doc_id)
            table.remove(doc_ids=[doc_id])
        return removed

    def restore_win(self, win: Win) -> Win:
        """Put a deleted win back under its own id (the undo of a delete)."""
        if win.id is None:
            raise ValueError("restore_win needs the deleted win")
        with self._transaction() as db:
            db.table(WINS).upsert(Document(convert.win_to_json(win), doc_id=win.id))
        return win

    # --- backups -------------------------------------------------------------------

    def _backup_before_first_write_today(self) -> None:
        """Copy the current file aside before the first write of each day."""
        if not self.path.exists():
            return
        stamp = self.clock.today().strftime("%Y%m%d")
        folder = self.backups_dir
        if folder.is_dir() and any(folder.glob(f"careerclimb-{stamp}*.json")):
            return
        ensure_private_dir(folder)
        target = folder / f"careerclimb-{stamp}.json"
        with open(self.path, "rb") as source:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
            with os.fdopen(fd, "wb") as copy:
                shutil.copyfileobj(source, copy)
                copy.flush()
                os.fsync(copy.fileno())
        backups = sorted(folder.glob("careerclimb-*.json"))
        for old in backups[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)
        log.debug("backed up the data file to %s", target)

    def backups(self) -> list[Path]:
        """The backups kept, newest last."""
        return sorted(self.backups_dir.glob("careerclimb-*.json"))

    def _note_problem(self, table: str, record_id: int, reason: str) -> None:
        self.problems = [
            p for p in self.problems if (p.table, p.record_id) != (table, record_id)
        ] + [StoreProblem(table, record_id, reason)]


def _created(doc: dict[str, Any]) -> dt.datetime | None:
    try:
        return convert._moment_from_json(doc.get("created_at"))
    except convert.UnreadableRecord:
        return None


def _as_id(value: int | str) -> int:
    """Accept ids as integers or as their text, as they come from the UI or CLI."""
    if isinstance(value, bool):
        raise CareerClimbError(catalogue.UNKNOWN_WIN.format(id=value))
    if isinstance(value, int):
        return value
    text = str(value).strip().lstrip("#")
    if not (text.isascii() and text.isdigit()):
        raise CareerClimbError(catalogue.UNKNOWN_WIN.format(id=value))
    return int(text)
