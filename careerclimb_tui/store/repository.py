"""The store: profile and wins on disk, one writer at a time, never a torn file.

Every change runs as a transaction: take the inter-process lock, read the file again
if another process changed it, apply the change in memory, write the whole file once
atomically, release the lock. Reads re-read the file only when it changed on disk. A
file in an older format is upgraded the first time it is opened, after a copy of it
is put in the backups folder; a file in a newer format is refused and left alone.

The file may be sealed with a passphrase: the key is derived once, when the store is
unlocked, and kept in memory. Sealing, unsealing and changing the passphrase rewrite
the backups first and the data file last, so the data file is always whole and opens
with either the old passphrase or the new one.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.table import Document

from careerclimb_tui import catalogue
from careerclimb_tui.clock import Clock, SystemClock
from careerclimb_tui.domain.records import Profile, Win
from careerclimb_tui.domain.review import Review, named_under
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import convert, crypto, tables
from careerclimb_tui.store.migrations import SCHEMA_VERSION, migrate, next_ids
from careerclimb_tui.store.review_docs import (
    renamed_for_year_start,
    review_from_json,
    review_to_json,
)
from careerclimb_tui.store.storage import (
    FILE_MODE,
    CannotSave,
    DataFileDamaged,
    DataFileLocked,
    DataFileTooNew,
    DurableStorage,
    PassphraseRefused,
    SealDamaged,
    atomic_write,
    ensure_private_dir,
    fsync_dir,
    parse_data_file,
    read_head,
    read_seal,
    remove_leftover_temp_files,
    schema_version_of,
    write_temp_beside,
)
from careerclimb_tui.store.tracked import Database

log = logging.getLogger(__name__)

BACKUPS_KEPT = 10
LOCK_WAIT_SECONDS = 5.0

META = "meta"
PROFILE = "profile"
WINS = "wins"
REVIEWS = "reviews"
_META_ID = 1
_PROFILE_ID = 1

DAILY_BACKUP_NAME = re.compile(r"careerclimb-\d{8}\.json")
"""Daily backups: ``careerclimb-YYYYmmdd.json``, the ten newest kept. Only names
of exactly this form count, so a file of the user's own that happens to sit in the
backups folder is never listed, pruned or wiped as a backup."""
MIGRATION_BACKUP_GLOB = "careerclimb.v*-pre-migration-*.json"
"""Copies taken before an upgrade, kept until the user removes them."""
STAMP_FORMAT = "%Y%m%d-%H%M%S"
"""How moments are written in file names (UTC, so that names sort in time order)."""
# Where an unreadable profile goes when a new one replaces it, so it is not lost.
_EARLIER_PROFILE = "unreadable_earlier_profile"

PassphraseSource = Callable[[], str]
"""Asks for the passphrase when a sealed file is first read (the command line's
prompt); raises PassphraseNeeded when there is no one to ask."""


@dataclass(frozen=True)
class Resealed:
    """What sealing, unsealing or changing the passphrase did to the copies."""

    backups: int
    """Backups (the files in the backups folder) rewritten with the data file."""
    damaged: int
    """Damaged files set aside beside the data file, rewritten with it too."""
    left_as_they_were: tuple[Path, ...]
    """Copies sealed with a passphrase that was not given, or damaged; untouched."""

    @property
    def copies(self) -> int:
        """Every copy rewritten: the backups and the damaged files set aside."""
        return self.backups + self.damaged


@dataclass(frozen=True)
class StoreProblem:
    """A record that is in the file but could not be read; it is kept as it is."""

    table: str
    record_id: int
    reason: str


def lock_path(path: Path) -> Path:
    """The lock file that one writer at a time holds while saving to ``path``."""
    return Path(str(path) + ".lock")


def holder_path(path: Path) -> Path:
    """The file that names the process holding the lock, while it holds it."""
    return Path(str(path) + ".lock.pid")


def process_alive(pid: int) -> bool:
    """True when a process with this id is running (possibly another user's)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def recorded_holder(path: Path) -> int | None:
    """The process id written in the holder file of ``path``, alive or not."""
    try:
        text = holder_path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isascii() and text.isdigit() else None


def stamp(moment: dt.datetime) -> str:
    """A moment as it appears in backup names: UTC, to the second."""
    return moment.astimezone(dt.timezone.utc).strftime(STAMP_FORMAT)


def unused_name(path: Path) -> Path:
    """``path`` itself, or a numbered variant if that name is taken already."""
    base, suffix = path.name, ""
    if base.endswith(".json"):
        base, suffix = base[: -len(".json")], ".json"
    candidate = path
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{base}-{number}{suffix}")
        number += 1
    return candidate


class Store:
    """The user's data: one TinyDB file, written durably by one process at a time."""

    def __init__(
        self,
        path: Path,
        clock: Clock | None = None,
        *,
        read_only: bool = False,
        passphrase: PassphraseSource | None = None,
    ):
        """Open (not yet read) the data file at ``path``.

        Args:
            path: the data file; its folder is created private by the first
                write, so that only reading it leaves no trace on disk.
            clock: the source of timestamps and of today's date.
            read_only: refuse every change, never upgrade the file on disk, never
                create a file or folder.
            passphrase: asked once, when a sealed file is first read and the store
                was not unlocked; without it such a read raises PassphraseNeeded.
        """
        self.path = path
        self.passphrase_source = passphrase
        self.clock: Clock = clock or SystemClock()
        self.problems: list[StoreProblem] = []
        self._read_only = read_only
        self._storage = DurableStorage(path)
        self._storage.newest = SCHEMA_VERSION
        self._db = Database(storage=lambda: self._storage)
        self._lock = FileLock(
            str(lock_path(path)), timeout=LOCK_WAIT_SECONDS, mode=FILE_MODE
        )
        self._holder_file = holder_path(path)
        self._thread_lock = threading.RLock()
        self.on_damage: Callable[[DataFileDamaged | DataFileTooNew], None] | None = None
        """Called, from whichever thread read the file, each time a read finds it
        damaged (or in a newer app's format) after a good read; the data read
        before goes on being shown."""

    @classmethod
    def open_read_only(cls, path: Path, clock: Clock | None = None) -> Store:
        """A store that reads ``path`` and refuses every change.

        Used to look at a backup, or at a file that must not be touched. A file in
        an older format is upgraded in memory only.

        Args:
            path: the data file or a backup of it.
            clock: the source of today's date.

        Returns:
            The read-only store.
        """
        return cls(path, clock=clock, read_only=True)

    @property
    def read_only(self) -> bool:
        """True when every change is refused."""
        return self._read_only

    @property
    def damage(self) -> DataFileDamaged | DataFileTooNew | None:
        """What the last read found wrong with the file (damage, or a newer
        app's format), while the data read before it goes on being shown; None
        when it read cleanly."""
        return self._storage.damage

    @property
    def backups_dir(self) -> Path:
        return self.path.parent / "backups"

    # --- reading -------------------------------------------------------------------

    def _fresh(self, locked: bool = False) -> TinyDB:
        """The database, re-read first if another process wrote the file.

        Args:
            locked: the write lock is held, so the bytes are compared even when the
                file looks unchanged, and an older file is upgraded right here.

        Raises:
            DataFileDamaged: when the file cannot be read, at the first read or
                with the lock held; a later read goes on with what was read
                before and tells :attr:`on_damage`.
            DataFileTooNew: when a newer app wrote the file; after a good read,
                only with the lock held, as for damage.
        """
        if not locked:
            self._unlock_when_asked()
        if self._storage.reload_if_changed(verify=locked):
            # Table objects cache query results and the next id; start clean.
            self._db = Database(storage=lambda: self._storage)
        damage = self._storage.damage
        if damage is not None and self.on_damage is not None:
            self.on_damage(damage)
        data = self._storage.read()
        version = schema_version_of(data, SCHEMA_VERSION)
        if version == SCHEMA_VERSION or data is None:
            return self._db
        if version > SCHEMA_VERSION:
            # Forget it, so that every later call refuses it too.
            self._storage.forget()
            raise DataFileTooNew(self.path, version, SCHEMA_VERSION)
        if self._read_only:
            self._storage.replace_in_memory(migrate(data, version))
            self._db = Database(storage=lambda: self._storage)
        elif locked:
            self._upgrade(data, version)
        else:
            with self._locked():
                self._fresh(locked=True)
        return self._db

    def changed_on_disk(self) -> bool:
        """True when another process wrote the file since this store last read it.

        Cheap (a stat), so screens may ask it on a timer.
        """
        with self._thread_lock:
            return self._storage.changed_on_disk()

    # --- the shared record tables (see store.tables) --------------------------------

    def documents(self, table: str) -> list[tuple[int, dict[str, Any]]]:
        """Every document of a table as (id, document), in id order."""
        with self._thread_lock:
            rows = self._fresh().table(table).all()
        return sorted((int(doc.doc_id), dict(doc)) for doc in rows)

    def note_problems(self, table: str, problems: list[tuple[int, str]]) -> None:
        """Replace what is known to be unreadable in one table."""
        self.problems = [p for p in self.problems if p.table != table] + [
            StoreProblem(table, record_id, reason) for record_id, reason in problems
        ]

    def transaction(self) -> AbstractContextManager[TinyDB]:
        """The write transaction, for code that keeps its own kind of record."""
        return self._transaction()

    def fresh_id(self, db: TinyDB, table: str) -> int:
        """A new id for a table, never one used before (inside a transaction)."""
        return self._next_id(db, table)

    def reviews(self) -> list[Review]:
        """Every quarterly review run, in the order they were first saved.

        Each run is named by the quarters of the profile's year start where its
        own year start lines up with it (``named_under``), so that a copy saved
        by a window opened before the year start changed reads as the others.
        """
        profile = self.profile()
        start_month = profile.fiscal_year_start_month if profile else 1

        def read(doc: dict[str, Any], doc_id: int) -> Review:
            return review_from_json(doc, doc_id, start_month)

        runs = tables.records(self, REVIEWS, read)
        return [named_under(run, start_month) for run in runs]

    def save_review(self, review: Review) -> Review:
        """Insert or update one review run.

        Raises:
            RecordChangedElsewhere: when another window changed it meanwhile.
        """
        return tables.save_record(self, REVIEWS, review, review_to_json)

    def check(self) -> None:
        """Read the file now, so that a damaged file is reported at start-up.

        A sealed file whose passphrase was not given yet has only its header
        checked; the rest is read when it is unlocked.

        Raises:
            DataFileDamaged: when the file cannot be read.
            DataFileTooNew: when a newer app wrote the file.
        """
        with self._thread_lock:
            if self.passphrase_source is None and self._storage.needs_key():
                read_seal(self.path)
                return
            self._fresh()

    # --- the passphrase --------------------------------------------------------------

    @property
    def encrypted(self) -> bool:
        """True when the data file on disk is sealed with a passphrase.

        Only the first bytes are read: a sealed file whose header is damaged
        still counts, and is reported when it is opened.
        """
        head = read_head(self.path)
        return head is not None and crypto.is_sealed(head)

    def seal_header(self) -> crypto.Header | None:
        """The header of the sealed data file, or None when it is plain or missing.

        Raises:
            SealDamaged: when the header itself is damaged.
        """
        return read_seal(self.path)

    @property
    def needs_passphrase(self) -> bool:
        """True when the file is sealed and this store cannot open it yet."""
        with self._thread_lock:
            return self._storage.needs_key()

    def unlock(self, passphrase: str) -> bool:
        """Derive the key for the sealed file once and keep it for the session.

        Slow on purpose (a fraction of a second): call it off the event loop.

        Args:
            passphrase: what the user typed.

        Returns:
            True when the file was sealed and is now open; False when it is plain
            or missing (there is nothing to unlock).

        Raises:
            PassphraseRefused: when the passphrase does not open the file; nothing
                changes.
            DataFileDamaged: when the sealed file was changed or cut short.
            DataFileTooNew: when a newer app wrote the file.
        """
        with self._thread_lock:
            header = read_seal(self.path)
            if header is None:
                return False
            self._storage.use_key(self._key_for(passphrase, header))
            self._db = Database(storage=lambda: self._storage)
            self._fresh()
        log.debug("unlocked the sealed data file")
        return True

    def _key_for(self, passphrase: str, header: crypto.Header) -> crypto.MasterKey:
        try:
            return crypto.key_for(passphrase, header.raw)
        except crypto.WrongPassphrase:
            raise PassphraseRefused() from None
        except crypto.SealError as error:
            raise SealDamaged(self.path, str(error)) from None

    def _unlock_when_asked(self) -> None:
        """Ask the passphrase source, once, when a sealed file meets no key."""
        if self.passphrase_source is not None and self._storage.needs_key():
            self.unlock(self.passphrase_source())

    def encrypt(
        self, passphrase: str, settings: crypto.KdfSettings | None = None
    ) -> Resealed:
        """Seal the data file and every copy of it with a new passphrase.

        Args:
            passphrase: the new passphrase, at least
                ``crypto.MIN_PASSPHRASE_CHARACTERS`` long.
            settings: how hard to stretch it (default: ``crypto.DEFAULT_KDF``).

        Returns:
            What happened to the backups and set-aside copies.

        Raises:
            CareerClimbError: when the file is sealed already, or read-only.
            CannotSave: when the disk refuses; the file stays as it was.
        """
        self._refuse_read_only()
        with self._thread_lock:
            if self.encrypted:
                raise CareerClimbError(catalogue.PRIVACY_ALREADY_ENCRYPTED)
            key = self._new_key(passphrase, settings)
            return self._reseal(key, [passphrase], expect_sealed=False)

    def decrypt(self, passphrase: str) -> Resealed:
        """Turn the data file and its copies back into plain JSON.

        The passphrase is asked again even when the store is unlocked, so that a
        screen left open cannot be used to strip the seal.

        Raises:
            CareerClimbError: when the file is not sealed, or read-only.
            PassphraseRefused: when the passphrase is wrong; nothing changes.
            CannotSave: when the disk refuses; the file stays as it was.
        """
        self._refuse_read_only()
        with self._thread_lock:
            self._check_passphrase(passphrase)
            return self._reseal(None, [passphrase], expect_sealed=True)

    def change_passphrase(
        self,
        current: str,
        new: str,
        settings: crypto.KdfSettings | None = None,
    ) -> Resealed:
        """Seal the data file and its copies again under a new passphrase.

        A crash at any moment leaves the data file whole, opening with the current
        passphrase until the very last step and with the new one after it.

        Raises:
            CareerClimbError: when the file is not sealed, or read-only.
            PassphraseRefused: when ``current`` is wrong; nothing changes.
            CannotSave: when the disk refuses; the file stays as it was.
        """
        self._refuse_read_only()
        with self._thread_lock:
            self._check_passphrase(current)
            key = self._new_key(new, settings)
            return self._reseal(key, [current, new], expect_sealed=True)

    def _refuse_read_only(self) -> None:
        if self._read_only:
            raise CareerClimbError(
                catalogue.STORE_READ_ONLY.format(path=self.path),
                title=catalogue.STORE_READ_ONLY_TITLE,
            )

    def _new_key(
        self, passphrase: str, settings: crypto.KdfSettings | None
    ) -> crypto.MasterKey:
        if len(passphrase) < crypto.MIN_PASSPHRASE_CHARACTERS:
            raise CareerClimbError(
                catalogue.PRIVACY_SHORT.format(count=crypto.MIN_PASSPHRASE_CHARACTERS)
            )
        try:
            return crypto.new_key(passphrase, settings)
        except crypto.SealError as error:
            raise CareerClimbError(str(error)) from None

    def _check_passphrase(self, passphrase: str) -> None:
        """Make sure ``passphrase`` opens the sealed file, and use its key."""
        header = read_seal(self.path)
        if header is None:
            raise CareerClimbError(catalogue.PRIVACY_NOT_ENCRYPTED)
        key = self._key_for(passphrase, header)
        if self._storage.key != key:
            self._storage.use_key(key)
            self._db = Database(storage=lambda: self._storage)

    def _reseal(
        self,
        key: crypto.MasterKey | None,
        passphrases: list[str],
        *,
        expect_sealed: bool,
    ) -> Resealed:
        """Rewrite every copy, then the data file, sealed with ``key`` (or plain).

        The copies are written to temporary files and renamed into place before
        the data file, which is replaced last, in one rename: until that rename
        the data file opens with the old passphrase, after it with the new one.
        A copy left half-way opens with the old passphrase or the new one, and
        running the same change again finishes it.
        """
        with self._locked():
            self._fresh(locked=True)
            if self._storage.sealed != expect_sealed:
                message = (
                    catalogue.PRIVACY_NOT_ENCRYPTED
                    if expect_sealed
                    else catalogue.PRIVACY_ALREADY_ENCRYPTED
                )
                raise CareerClimbError(message)
            ring = _KeyRing(passphrases, self._storage.key)
            prepared: list[tuple[Path, Path]] = []
            skipped: list[Path] = []
            try:
                for copy in self.copies():
                    plain = ring.open(copy)
                    if plain is None:
                        skipped.append(copy)
                        continue
                    content = plain if key is None else crypto.seal(key, plain)
                    prepared.append((write_temp_beside(copy, content), copy))
                for temp, copy in prepared:
                    os.replace(temp, copy)
            except OSError as error:
                for temp, _ in prepared:
                    temp.unlink(missing_ok=True)
                raise _cannot_save(error) from None
            if prepared:
                fsync_dir(self.backups_dir)
                fsync_dir(self.path.parent)
            self._storage.rewrite(key)
        for copy in skipped:
            log.info("left %s as it was: no passphrase given opens it", copy.name)
        aside = set(self.damaged_copies())
        damaged = sum(1 for _, copy in prepared if copy in aside)
        return Resealed(len(prepared) - damaged, damaged, tuple(skipped))

    def copies(self) -> list[Path]:
        """Every file that holds a copy of the data: backups and set-aside files."""
        return [*self.all_backups(), *self.damaged_copies()]

    def damaged_copies(self) -> list[Path]:
        """The damaged files set aside beside the data file, oldest first.

        They are not backups (those are the files in the backups folder), but
        they hold the data too, so they are encrypted along with it.
        """
        aside = self.path.parent.glob(f"{self.path.name}.damaged-*")
        return sorted(path for path in aside if path.is_file())

    def sealed_copies(self) -> list[Path]:
        """The copies that are sealed (whatever their passphrase)."""
        return [copy for copy in self.copies() if _head_of(copy)[0]]

    def copies_out_of_step(self) -> list[Path]:
        """Copies not sealed the way the data file is.

        That is a plain copy beside a sealed data file, a sealed one beside a
        plain file, or one sealed under another passphrase: what an encryption,
        decryption or change of passphrase that was cut short leaves behind.
        A copy whose seal is damaged is not counted.

        Returns:
            The copies, in the order of :meth:`copies`.
        """
        data_sealed, data_kdf = _head_of(self.path)
        found: list[Path] = []
        for copy in self.copies():
            sealed, kdf = _head_of(copy)
            if sealed and kdf is None:
                continue
            if sealed != data_sealed or (sealed and kdf != data_kdf):
                found.append(copy)
        return found

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

    def win_ids(self) -> set[int]:
        """The id of every win in the file, readable or not, without reading any.

        What links to a win (a criterion, a review run) counts it while this
        holds its id: an unreadable win is still there to be mended.
        """
        with self._thread_lock:
            self._fresh()
            table = (self._storage.read() or {}).get(WINS) or {}
        return {int(key) for key in table}

    def newest_wins(self, limit: int) -> list[Win]:
        """The ``limit`` newest readable wins, in the order of :meth:`wins`.

        Only the wins shown are turned into records, which makes ``careerclimb
        wins -n 10`` quick with years of wins; the records looked at and found
        unreadable are reported in ``problems`` (the app and ``doctor`` check
        every one).
        """
        with self._thread_lock:
            self._fresh()
            table = list(((self._storage.read() or {}).get(WINS) or {}).items())
        dated: list[tuple[str, int, dict[str, Any]]] = []
        odd: list[tuple[int, dict[str, Any]]] = []
        for key, doc in table:
            day = doc.get("date") if isinstance(doc, dict) else None
            # An ISO date sorts as its text; anything else is read to find out.
            if isinstance(day, str) and _ISO_DAY.fullmatch(day):
                dated.append((day, int(key), doc))
            else:
                odd.append((int(key), doc))
        dated.sort(key=lambda item: (item[0], item[1]), reverse=True)
        wins: list[Win] = []
        problems: list[StoreProblem] = []

        def read(doc_id: int, doc: dict[str, Any]) -> None:
            try:
                wins.append(convert.win_from_json(dict(doc), doc_id))
            except convert.UnreadableRecord as error:
                problems.append(StoreProblem(WINS, doc_id, str(error)))

        for doc_id, doc in odd:
            read(doc_id, doc)
        readable_dated = 0
        for _, doc_id, doc in dated:
            if readable_dated >= limit:
                break
            before = len(wins)
            read(doc_id, doc)
            readable_dated += len(wins) - before
        self.problems = [p for p in self.problems if p.table != WINS] + problems
        wins.sort(key=lambda w: (w.date, w.id or 0), reverse=True)
        return wins[:limit]

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
        """The format version of the file as it is now on disk (after any upgrade).

        Returns:
            The version, or the one this app writes when there is no file yet.
        """
        with self._thread_lock:
            self._fresh()
            return schema_version_of(self._storage.read(), SCHEMA_VERSION)

    # --- writing -------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the write lock, with this process named as its holder."""
        with self._thread_lock:
            # The lock file lives in the data folder, which the first write makes.
            ensure_private_dir(self.path.parent)
            try:
                self._lock.acquire()
            except Timeout:
                raise self._locked_error() from None
            try:
                self._name_holder()
                # Only a lock holder writes temporary files; any found now were
                # left by a writer that was killed, and would only gather.
                remove_leftover_temp_files(self.path.parent)
                remove_leftover_temp_files(self.backups_dir)
                yield
            finally:
                # Before the release, so that the next holder's name is never
                # removed by us.
                self._holder_file.unlink(missing_ok=True)
                self._lock.release()

    def _name_holder(self) -> None:
        try:
            fd = os.open(
                self._holder_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE
            )
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(str(os.getpid()))
        except OSError as error:
            # The note only lets a blocked writer name us; saving goes on without.
            log.debug("could not name the lock holder: %s", error)

    @contextmanager
    def _transaction(self) -> Iterator[TinyDB]:
        """Hold the write lock, work on fresh data, and write once at the end."""
        self._refuse_read_only()
        # Ask for a passphrase before taking the lock, never while holding it.
        with self._thread_lock:
            self._unlock_when_asked()
        with self._locked():
            db = self._fresh(locked=True)
            self._backup_before_first_write_today()
            self._storage.begin()
            try:
                yield db
                self._ensure_meta(db)
            except BaseException:
                self._storage.rollback()
                raise
            self._storage.commit()

    def _locked_error(self) -> DataFileLocked:
        pid = recorded_holder(self.path)
        # A holder file left by a killed process names nobody; never blame it.
        if pid is not None and process_alive(pid):
            message = catalogue.DATA_FILE_LOCKED.format(pid=pid, path=self.path)
        else:
            message = catalogue.DATA_FILE_LOCKED_UNKNOWN.format(path=self.path)
        return DataFileLocked(message, title="Data file busy")

    def _upgrade(self, data: dict[str, Any], version: int) -> None:
        """Back the file up, then bring it to the current format (lock held)."""
        backup = self._backup_before_upgrade(version)
        upgraded = migrate(data, version)
        self._storage.write(upgraded)
        self._db = Database(storage=lambda: self._storage)
        log.info(
            "upgraded %s from format %d to %d; the old file is in %s",
            self.path,
            version,
            SCHEMA_VERSION,
            backup,
        )

    def _ensure_meta(self, db: TinyDB) -> None:
        """Keep the version and the id counters in the meta record up to date."""
        meta = db.table(META)
        wanted = {
            "schema_version": SCHEMA_VERSION,
            "next_ids": next_ids(self._storage.read() or {}),
        }
        current = meta.get(doc_id=_META_ID)
        if current is None:
            meta.insert(Document(wanted, doc_id=_META_ID))
        elif any(current.get(key) != value for key, value in wanted.items()):
            meta.update(wanted, doc_ids=[_META_ID])

    def _next_id(self, db: TinyDB, table: str) -> int:
        """A fresh id for ``table``: never one used before, even if deleted since."""
        counters = next_ids(self._storage.read() or {})
        candidate = counters.get(table, 1)
        counters[table] = candidate + 1
        meta = db.table(META)
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
        """Create or replace the profile; returns it with its timestamps.

        A stored profile this app cannot read is kept inside the new one (under
        ``unreadable_earlier_profile``), so that saving never loses it.
        """
        now = self.clock.now()
        saved = Profile(
            **{
                **profile.__dict__,
                "created_at": profile.created_at or now,
                "updated_at": now,
            }
        )
        with self._transaction() as db:
            table = db.table(PROFILE)
            document = convert.profile_to_json(saved)
            current = table.get(doc_id=_PROFILE_ID)
            if current is not None and _unreadable_profile(dict(current)):
                document[_EARLIER_PROFILE] = dict(current)
            table.upsert(Document(document, doc_id=_PROFILE_ID))
            was = _year_start_of(current)
            if saved.fiscal_year_start_month != was:
                _rename_reviews(db, was, saved.fiscal_year_start_month)
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
            RecordChangedElsewhere: when another window deleted the win, or changed
                it after this version was read; nothing is written.
        """
        if win.id is None:
            raise ValueError("update_win needs a saved win")
        with self._transaction() as db:
            table = db.table(WINS)
            current = table.get(doc_id=win.id)
            if current is None:
                raise tables.RecordChangedElsewhere(catalogue.RECORD_DELETED_ELSEWHERE)
            stored_at = _updated(current)
            if stored_at and win.updated_at and stored_at > win.updated_at:
                raise tables.RecordChangedElsewhere(catalogue.RECORD_CHANGED_ELSEWHERE)
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
        day = self.clock.today().strftime("%Y%m%d")
        folder = self.backups_dir
        target = folder / f"careerclimb-{day}.json"
        if target.exists():
            return
        ensure_private_dir(folder)
        # Through a temporary file: a backup cut short by a kill would otherwise
        # count as the day's backup and never be taken again.
        _copy_file(self.path, target)
        for old in self.backups()[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)
        log.debug("backed up the data file to %s", target)

    def _backup_before_upgrade(self, version: int) -> Path:
        """Copy the file, in the format it has now, into the backups folder."""
        folder = self.backups_dir
        ensure_private_dir(folder)
        name = f"careerclimb.v{version}-pre-migration-{stamp(self.clock.now())}.json"
        target = unused_name(folder / name)
        _copy_file(self.path, target)
        return target

    def backups(self) -> list[Path]:
        """The daily backups kept, newest last."""
        folder = self.backups_dir
        if not folder.is_dir():
            return []
        return sorted(
            path
            for path in folder.iterdir()
            if DAILY_BACKUP_NAME.fullmatch(path.name) and path.is_file()
        )

    def all_backups(self) -> list[Path]:
        """Every backup in the backups folder: daily ones and pre-upgrade copies."""
        folder = self.backups_dir
        found = set(self.backups())
        found.update(folder.glob(MIGRATION_BACKUP_GLOB))
        return sorted(found)

    def restore_backup(
        self, backup: Path, passphrase: str | None = None
    ) -> Path | None:
        """Put a backup back in place of the data file, atomically.

        The file it replaces is first copied aside as
        ``careerclimb.json.damaged-YYYYmmdd-HHMMSS`` (UTC) next to it; nothing is
        deleted. The backup itself stays where it is.

        An encrypted backup is put back encrypted. It is opened with the key
        this store holds; when that key does not open it (the data file is
        missing, plain, damaged, or on another passphrase), ``passphrase`` opens
        it, and the store goes on with the backup's key.

        Args:
            backup: a readable backup of this data file.
            passphrase: opens an encrypted backup the store's own key does not.

        Returns:
            Where the replaced file was copied, or None when there was none.

        Raises:
            CareerClimbError: when the store is read-only.
            DataFileDamaged: when the backup cannot be read (nothing is changed).
            DataFileTooNew: when a newer app wrote the backup.
            PassphraseNeeded: when the backup is encrypted and no key opens it.
            PassphraseRefused: when ``passphrase`` does not open it.
            CannotSave: when the disk refuses the copy.
        """
        if self._read_only:
            raise CareerClimbError(
                catalogue.STORE_READ_ONLY.format(path=self.path),
                title=catalogue.STORE_READ_ONLY_TITLE,
            )
        try:
            raw = backup.read_bytes()
        except OSError as error:
            raise DataFileDamaged(backup, error.strerror or str(error)) from None
        # A sealed backup is put back sealed; it is opened only to check it.
        key = self._backup_key(backup, raw, passphrase)
        if key is not None:
            try:
                plain = crypto.unseal(key, raw)
            except crypto.SealError as error:
                raise SealDamaged(backup, str(error)) from None
        elif crypto.is_sealed(raw):
            plain = self._storage.unseal(backup, raw)
        else:
            plain = raw
        version = schema_version_of(parse_data_file(backup, plain), SCHEMA_VERSION)
        if version > SCHEMA_VERSION:
            raise DataFileTooNew(backup, version, SCHEMA_VERSION)
        with self._locked():
            set_aside: Path | None = None
            if self.path.exists():
                name = f"{self.path.name}.damaged-{stamp(self.clock.now())}"
                set_aside = unused_name(self.path.with_name(name))
                _copy_file(self.path, set_aside)
            try:
                atomic_write(self.path, raw)
            except OSError as error:
                raise _cannot_save(error) from None
            if key is not None:
                self._storage.use_key(key)
            self._storage.forget()
            self._db = Database(storage=lambda: self._storage)
            self.problems = []
        log.info("restored %s from %s", self.path, backup)
        return set_aside

    def _backup_key(
        self, backup: Path, raw: bytes, passphrase: str | None
    ) -> crypto.MasterKey | None:
        """A key for a sealed backup that the store's own key does not open."""
        if passphrase is None or not crypto.is_sealed(raw):
            return None
        try:
            header = crypto.read_header(raw)
        except crypto.SealError as error:
            raise SealDamaged(backup, str(error)) from None
        held = self._storage.key
        if held is not None and held.opens(header):
            return None
        return self._key_for(passphrase, header)

    def _note_problem(self, table: str, record_id: int, reason: str) -> None:
        self.problems = [
            p for p in self.problems if (p.table, p.record_id) != (table, record_id)
        ] + [StoreProblem(table, record_id, reason)]


def _cannot_save(error: OSError) -> CannotSave:
    reason = error.strerror or str(error)
    return CannotSave(catalogue.CANNOT_SERIALISE.format(reason=reason))


def _copy_file(source: Path, target: Path) -> None:
    """Copy a file durably and atomically, private to the user.

    Raises:
        CannotSave: when the disk refuses (the save that needed the copy is off).
    """
    try:
        atomic_write(target, source.read_bytes())
    except OSError as error:
        raise _cannot_save(error) from None


def _head_of(path: Path) -> tuple[bool, crypto.KdfParams | None]:
    """Whether a file is sealed, and the key derivation its header names.

    A missing file counts as plain; a sealed one whose header is damaged gives
    ``(True, None)``.
    """
    try:
        header = read_seal(path)
    except SealDamaged:
        return True, None
    except OSError:
        return False, None
    return (header is not None, None if header is None else header.kdf)


class _KeyRing:
    """The keys that may open the copies of a file, derived at most once each.

    Copies normally share the data file's key. One left half-way by an earlier
    change that was cut short has another salt; the passphrases given are tried on
    it, so that running the change again finishes the job.
    """

    def __init__(self, passphrases: list[str], known: crypto.MasterKey | None):
        self._passphrases = passphrases
        self._keys: dict[crypto.KdfParams, list[crypto.MasterKey]] = {}
        if known is not None:
            self._keys[known.kdf] = [known]

    def open(self, path: Path) -> bytes | None:
        """The plain bytes of a copy, or None when no key opens it."""
        raw = path.read_bytes()
        if not crypto.is_sealed(raw):
            return raw
        try:
            header = crypto.read_header(raw)
        except crypto.SealError:
            return None
        for key in self._candidates(header):
            if key.opens(header):
                try:
                    return crypto.unseal(key, raw)
                except crypto.SealError:
                    return None
        return None

    def _candidates(self, header: crypto.Header) -> Iterator[crypto.MasterKey]:
        known = self._keys.get(header.kdf)
        if known is not None:
            yield from known
            return
        derived: list[crypto.MasterKey] = []
        self._keys[header.kdf] = derived
        for passphrase in self._passphrases:
            try:
                key = crypto.derive_key(passphrase, header.kdf)
            except crypto.SealError:
                return
            derived.append(key)
            yield key


def _year_start_of(doc: dict[str, Any] | None) -> int:
    """The year start a stored profile names; 1, as reviews are read, when there
    is no readable profile."""
    if doc is None:
        return 1
    try:
        return convert.profile_from_json(dict(doc)).fiscal_year_start_month
    except convert.UnreadableRecord:
        return 1


def _rename_reviews(db: TinyDB, was: int, now: int) -> None:
    """Keep every review run on the months it judged as the year start moves
    from ``was`` to ``now`` (``renamed_for_year_start``); inside a transaction."""
    rows = db.table(REVIEWS)
    for doc in rows.all():
        changed = renamed_for_year_start(dict(doc), was, now)
        if changed is not None:
            rows.upsert(Document(changed, doc_id=doc.doc_id))


def _unreadable_profile(doc: dict[str, Any]) -> bool:
    try:
        convert.profile_from_json(doc)
    except convert.UnreadableRecord:
        return True
    return False


def _updated(doc: dict[str, Any]) -> dt.datetime | None:
    try:
        return convert.moment_from_json(doc.get("updated_at"))
    except convert.UnreadableRecord:
        return None


def _created(doc: dict[str, Any]) -> dt.datetime | None:
    try:
        return convert.moment_from_json(doc.get("created_at"))
    except convert.UnreadableRecord:
        return None


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


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
