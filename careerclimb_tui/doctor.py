"""``careerclimb doctor``: is the data file healthy, and which backup could replace it.

The store gathers the facts (it alone opens the data file); this module judges them,
picks the backup to put back, and words the report for a person or a script.
"""

from __future__ import annotations

import datetime as dt
import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careerclimb_tui import catalogue
from careerclimb_tui.clock import Clock
from careerclimb_tui.domain.review import counted
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import Store
from careerclimb_tui.store.health import (
    BackupHealth,
    FileHealth,
    LockHealth,
    SealKeys,
    inspect_backup,
    inspect_backups,
    inspect_data_file,
    inspect_lock,
    permission_bits,
)
from careerclimb_tui.store.migrations import SCHEMA_VERSION
from careerclimb_tui.store.storage import PassphraseNeeded

OK = "ok"
WARNING = "warning"
PROBLEM = "problem"

EXIT_HEALTHY = 0
EXIT_NEEDS_ATTENTION = 1

# Permission bits that let anyone but the owner in.
_OPEN_TO_OTHERS = 0o077


@dataclass(frozen=True)
class Finding:
    """One line of the report: how a check went, in words."""

    status: str
    """``ok``, ``warning`` (worth knowing, nothing to fix) or ``problem``."""
    message: str


@dataclass(frozen=True)
class Restored:
    """What a restore did."""

    backup: Path
    """The backup that was put back (it is still in the backups folder)."""
    set_aside: Path | None
    """Where the replaced data file was kept, or None when there was none."""
    wins: int | None = None
    """How many wins the backup put back holds."""
    replaced_wins: int | None = None
    """How many wins the replaced file held; None when it could not be read."""


Confirm = Callable[[FileHealth, BackupHealth], bool]
"""Asked before a readable data file is replaced: True to go on."""


def replaces_readable(file: FileHealth) -> bool:
    """True when a restore would replace a data file that can still be read.

    Such a file may hold wins the backup lacks, so the user is asked first; a
    missing or unreadable one is replaced without asking.

    Args:
        file: the facts about the data file.

    Returns:
        Whether the data file exists and could be read (or was not opened).
    """
    return file.exists and file.damage is None


def replace_question(file: FileHealth, backup: BackupHealth) -> str:
    """What the user is told, and asked, before a readable file is replaced.

    Args:
        file: the data file now.
        backup: the backup that would replace it.

    Returns:
        The counts of both and the question, ending "[y/N]".
    """
    return catalogue.DOCTOR_RESTORE_ASK.format(
        now=held_text(file), name=backup.path.name, wins=wins_text(backup.wins)
    )


def held_text(file: FileHealth) -> str:
    """How many wins the data file holds, in words, or that it was not counted."""
    if file.wins is None:
        return catalogue.DOCTOR_WINS_NOT_COUNTED
    return wins_text(file.wins)


@dataclass(frozen=True)
class Report:
    """Everything the doctor found."""

    data_file: FileHealth
    lock: LockHealth
    backups: tuple[BackupHealth, ...]
    findings: tuple[Finding, ...]
    restored: Restored | None = None

    @property
    def healthy(self) -> bool:
        """True when no finding is a problem."""
        return all(finding.status != PROBLEM for finding in self.findings)

    @property
    def exit_code(self) -> int:
        """What ``careerclimb doctor`` exits with: 0 when healthy, else 1.

        After a restore it says whether the restore worked, which it did once
        there is a report: what is still found (a folder others can read) is
        told, but does not make the command look failed.
        """
        if self.restored is not None or self.healthy:
            return EXIT_HEALTHY
        return EXIT_NEEDS_ATTENTION


def _mode_text(mode: int) -> str:
    return f"{mode:04o}"


def wins_text(count: int | None) -> str:
    """How many wins a file holds, in words: "1 win", "12 wins"."""
    if count == 1:
        return catalogue.DOCTOR_WINS_ONE
    return catalogue.DOCTOR_WINS_MANY.format(count=count or 0)


def needs_restoring(file: FileHealth) -> bool:
    """True when the data file is missing, unreadable, too new or has lost records.

    An encrypted file that was not opened is not known to need anything.

    Args:
        file: the facts about the data file.

    Returns:
        Whether ``--restore`` without a backup name may replace it.
    """
    return file.unopened is None and (
        not file.exists
        or file.damage is not None
        or file.too_new
        or bool(file.problems)
    )


def fullest_readable(backups: Sequence[BackupHealth]) -> BackupHealth | None:
    """The readable backup holding the most wins; of those, the newest.

    Args:
        backups: the backups, newest first.

    Returns:
        The backup ``--restore`` puts back when none is named, or None.
    """
    best: BackupHealth | None = None
    for backup in backups:
        if backup.readable and (best is None or (backup.wins or 0) > (best.wins or 0)):
            best = backup
    return best


# A backup is taken before the first save of a day, so it may well lack that day's
# wins; only a loss both large and more than half of the file counts as too much.
_FEW_WINS_LOST = 3
_SIZE_SLACK = 4096


def backup_loses_data(file: FileHealth, backup: BackupHealth) -> str | None:
    """Why putting a backup back would lose much of what the data file holds.

    Args:
        file: the facts about the data file to be replaced.
        backup: the backup that would replace it.

    Returns:
        The evidence in words, or None when the backup holds about as much.
    """
    expected = file.wins if file.damage is None else file.wins_before_damage
    held = backup.wins or 0
    if (
        expected is not None
        and expected - held >= _FEW_WINS_LOST
        and held * 2 < expected
    ):
        counted_text = (
            catalogue.DOCTOR_FILE_HELD_WINS
            if file.damage is None
            else catalogue.DOCTOR_FILE_HELD_WINS_BEFORE_DAMAGE
        )
        return counted_text.format(wins=wins_text(expected))
    try:
        backup_size = backup.path.stat().st_size
    except OSError:
        return None
    if file.size is not None and file.size > 2 * backup_size + _SIZE_SLACK:
        return catalogue.DOCTOR_FILE_MUCH_BIGGER.format(
            size=_size_text(file.size), backup_size=_size_text(backup_size)
        )
    return None


def _size_text(size: int) -> str:
    if size < 1024:
        return catalogue.DOCTOR_SIZE_BYTES.format(size=size)
    return catalogue.DOCTOR_SIZE_KIB.format(size=round(size / 1024))


def folder_finding(folder: Path, mode: int) -> Finding:
    """Judge who may look into the data folder.

    Args:
        folder: the folder that holds the data file.
        mode: its permission bits.

    Returns:
        A problem, with the command that fixes it, when anyone but the owner may
        look in; else an ok.
    """
    if mode & _OPEN_TO_OTHERS:
        message = catalogue.DOCTOR_FOLDER_OPEN.format(
            path=folder, mode=_mode_text(mode), typed=shlex.quote(str(folder))
        )
        return Finding(PROBLEM, message)
    return Finding(OK, catalogue.DOCTOR_FOLDER_PRIVATE.format(path=folder))


def folder_warning(folder: Path) -> str | None:
    """What to tell the user when others may look into the data folder.

    Args:
        folder: the folder that holds the data file.

    Returns:
        The doctor's words for the problem, or None when the folder is private
        or missing.
    """
    try:
        mode = permission_bits(folder)
    except OSError:
        return None
    if mode is None:
        return None
    finding = folder_finding(folder, mode)
    return finding.message if finding.status == PROBLEM else None


def file_findings(file: FileHealth) -> list[Finding]:
    """Judge the data file and its folder.

    Args:
        file: the facts gathered by the store.

    Returns:
        The findings, in the order a person would check them.
    """
    findings: list[Finding] = []
    folder = file.path.parent
    if file.folder_mode is None:
        return [Finding(OK, catalogue.DOCTOR_NO_DATA_YET.format(path=file.path))]
    findings.append(folder_finding(folder, file.folder_mode))
    if not file.exists or file.mode is None:
        findings.append(
            Finding(OK, catalogue.DOCTOR_NO_DATA_YET.format(path=file.path))
        )
        return findings
    if file.mode & _OPEN_TO_OTHERS:
        mode = _mode_text(file.mode)
        findings.append(
            Finding(
                PROBLEM,
                catalogue.DOCTOR_FILE_OPEN.format(
                    path=file.path, mode=mode, typed=shlex.quote(str(file.path))
                ),
            )
        )
    else:
        findings.append(Finding(OK, catalogue.DOCTOR_FILE_PRIVATE))
    if file.damage is not None:
        findings.append(Finding(PROBLEM, file.damage))
        return findings
    if file.unopened is not None:
        findings.append(Finding(WARNING, catalogue.DOCTOR_SEALED_NOT_CHECKED))
        return findings
    if file.too_new:
        message = catalogue.DOCTOR_TOO_NEW.format(
            found=file.schema_version, known=SCHEMA_VERSION
        )
        findings.append(Finding(PROBLEM, message))
        return findings
    readable = (
        catalogue.DOCTOR_READABLE_SEALED if file.sealed else catalogue.DOCTOR_READABLE
    )
    findings.append(
        Finding(
            OK,
            readable.format(version=file.schema_version, wins=wins_text(file.wins)),
        )
    )
    if (file.schema_version or SCHEMA_VERSION) < SCHEMA_VERSION:
        message = catalogue.DOCTOR_OLDER_FORMAT.format(
            found=file.schema_version, known=SCHEMA_VERSION
        )
        findings.append(Finding(WARNING, message))
    for problem in file.problems:
        message = catalogue.DOCTOR_UNREADABLE_RECORD.format(
            table=problem.table, id=problem.record_id, reason=problem.reason
        )
        findings.append(Finding(PROBLEM, message))
    return findings


def lock_findings(lock: LockHealth) -> list[Finding]:
    """Judge the write lock: a held lock is worth knowing, a stale note is harmless.

    Args:
        lock: who holds the lock, and any holder note left by a killed process.

    Returns:
        One or two findings, never a problem (a stale note never blocks a save).
    """
    findings: list[Finding] = []
    if lock.held and lock.holder is not None:
        message = catalogue.DOCTOR_LOCK_HELD.format(pid=lock.holder)
        findings.append(Finding(WARNING, message))
    elif lock.held:
        findings.append(Finding(WARNING, catalogue.DOCTOR_LOCK_HELD_UNKNOWN))
    else:
        findings.append(Finding(OK, catalogue.DOCTOR_LOCK_FREE))
    if lock.stale_holder is not None:
        message = catalogue.DOCTOR_LOCK_STALE.format(pid=lock.stale_holder)
        findings.append(Finding(WARNING, message))
    return findings


def backup_findings(file: FileHealth, backups: Sequence[BackupHealth]) -> list[Finding]:
    """Judge the backups: private, and at least one to fall back on when needed.

    Args:
        file: the facts about the data file.
        backups: the backups, newest first.

    Returns:
        The findings about the backups as a whole.
    """
    findings: list[Finding] = []
    for backup in backups:
        if backup.mode & _OPEN_TO_OTHERS:
            message = catalogue.DOCTOR_BACKUP_OPEN.format(
                path=backup.path,
                mode=_mode_text(backup.mode),
                typed=shlex.quote(str(backup.path)),
            )
            findings.append(Finding(PROBLEM, message))
    best = fullest_readable(backups)
    unopened = [backup for backup in backups if backup.unopened is not None]
    if needs_restoring(file) and file.exists:
        if best is None and unopened:
            # They may well be sound: not knowing is worth a note, not a problem.
            message = counted(
                len(unopened),
                catalogue.DOCTOR_BACKUPS_NOT_OPENED_ONE,
                catalogue.DOCTOR_BACKUPS_NOT_OPENED,
                reason=unopened[0].unopened,
            )
            findings.append(Finding(WARNING, message))
        elif best is None:
            findings.append(Finding(PROBLEM, catalogue.DOCTOR_NO_GOOD_BACKUP))
        elif (loss := backup_loses_data(file, best)) is not None:
            message = catalogue.DOCTOR_RESTORE_WOULD_LOSE_HINT.format(
                name=best.path.name, wins=wins_text(best.wins), evidence=loss
            )
            findings.append(Finding(WARNING, message))
        else:
            hint = catalogue.DOCTOR_RESTORE_HINT.format(
                name=best.path.name, wins=wins_text(best.wins)
            )
            findings.append(Finding(WARNING, hint))
    elif not backups and file.exists:
        findings.append(Finding(OK, catalogue.DOCTOR_NO_BACKUPS_YET))
    return findings


def examine(
    path: Path,
    clock: Clock,
    restored: Restored | None = None,
    keys: SealKeys | None = None,
) -> Report:
    """Check the data file, its lock and its backups, changing nothing.

    Args:
        path: the data file.
        clock: the clock a read-only store is opened with.
        restored: what a restore just did, to include in the report.
        keys: open encrypted files; without a passphrase they are noted as
            encrypted and not checked.

    Returns:
        The report; ``report.healthy`` is False when something needs fixing.

    Raises:
        PassphraseRefused: when the passphrase given does not open the data file.
    """
    file = inspect_data_file(path, clock, keys)
    lock = inspect_lock(path)
    backups = tuple(inspect_backups(path, keys))
    findings = [
        *file_findings(file),
        *lock_findings(lock),
        *backup_findings(file, backups),
    ]
    return Report(file, lock, backups, tuple(findings), restored)


def _named_backup(path: Path, name: str, keys: SealKeys) -> BackupHealth:
    folder = Store.open_read_only(path).backups_dir
    for candidate in (folder / name, Path(name).expanduser()):
        if candidate.is_file():
            return inspect_backup(candidate, keys)
    raise CareerClimbError(
        catalogue.DOCTOR_NO_SUCH_BACKUP.format(name=name, folder=folder),
    )


def restore(
    path: Path,
    clock: Clock,
    name: str | None = None,
    keys: SealKeys | None = None,
    confirm: Confirm | None = None,
) -> Restored:
    """Put a backup back in place of the data file, keeping the old file aside.

    Without a name, the readable backup with the most wins (the newest of those)
    is used, and only when the data file needs it (missing, unreadable, too new,
    or with records that cannot be read): a healthy file is never rolled back
    unless the user names the backup, and neither is a damaged file that appears
    to hold much more than that backup. An
    encrypted backup is put back as it is, still encrypted, once the passphrase
    has opened it.

    Args:
        path: the data file.
        clock: the clock that stamps the name of the set-aside copy.
        name: a backup's file name in the backups folder, or a path to one.
        keys: open encrypted files (the data file and the backups).
        confirm: asked before a data file that can still be read is replaced
            (``replaces_readable``); a no leaves it untouched. None replaces it
            without asking.

    Returns:
        The backup used and where the replaced file was kept.

    Raises:
        CareerClimbError: when there is no such backup, it cannot be read, no
            backup is readable, the data file does not need restoring, or the
            backup would lose much of what the data file appears to hold, or
            ``confirm`` said no.
        PassphraseNeeded: when an encrypted file had to be opened and no
            passphrase opened it.
        PassphraseRefused: when the passphrase given does not open the data file.
    """
    keys = keys or SealKeys()
    file = inspect_data_file(path, clock, keys)
    if name:
        backup = _named_backup(path, name, keys)
    else:
        if file.unopened is not None:
            raise PassphraseNeeded(catalogue.DOCTOR_RESTORE_NEEDS_PASSPHRASE)
        best = fullest_readable(inspect_backups(path, keys))
        if not needs_restoring(file):
            example = best.path.name if best else "careerclimb-YYYYmmdd.json"
            raise CareerClimbError(
                catalogue.DOCTOR_RESTORE_NOT_NEEDED.format(example=example)
            )
        if best is None:
            raise CareerClimbError(catalogue.DOCTOR_NO_GOOD_BACKUP)
        loss = backup_loses_data(file, best)
        if loss is not None:
            raise CareerClimbError(
                catalogue.DOCTOR_RESTORE_WOULD_LOSE.format(
                    name=best.path.name, wins=wins_text(best.wins), evidence=loss
                ),
            )
        backup = best
    if backup.unopened is not None:
        raise PassphraseNeeded(
            catalogue.DOCTOR_BACKUP_NOT_OPENED.format(
                name=backup.path.name, reason=backup.unopened
            )
        )
    if not backup.readable:
        raise CareerClimbError(
            catalogue.DOCTOR_BACKUP_UNREADABLE.format(
                name=backup.path.name, reason=backup.damage
            )
        )
    readable = replaces_readable(file)
    if readable and confirm is not None and not confirm(file, backup):
        raise CareerClimbError(catalogue.DOCTOR_RESTORE_DECLINED)
    store = Store(path, clock=clock)
    passphrase = keys.passphrase if backup.sealed else None
    set_aside = store.restore_backup(backup.path, passphrase)
    replaced = file.wins if readable else None
    return Restored(backup.path, set_aside, backup.wins, replaced)


def _taken_text(taken: dt.date | dt.datetime | None) -> str | None:
    if taken is None:
        return None
    if isinstance(taken, dt.datetime):
        return taken.strftime("%Y-%m-%d %H:%M:%S UTC")
    return taken.isoformat()


def report_json(report: Report) -> dict[str, Any]:
    """The report as plain JSON values, for scripts.

    Args:
        report: what the doctor found.

    Returns:
        A mapping with ``healthy``, the data file, the lock, every check, the
        unreadable records, the backups (newest first) and any restore.
    """
    file = report.data_file
    return {
        "healthy": report.healthy,
        "data_file": {
            "path": str(file.path),
            "exists": file.exists,
            "mode": None if file.mode is None else _mode_text(file.mode),
            "folder_mode": None
            if file.folder_mode is None
            else _mode_text(file.folder_mode),
            # Unknown (null) for an encrypted file that was not opened.
            "readable": None
            if file.unopened is not None
            else file.exists and file.damage is None and not file.too_new,
            "encrypted": file.sealed,
            "checked": file.exists and file.unopened is None,
            "damage": file.damage,
            "schema_version": file.schema_version,
            "app_schema_version": SCHEMA_VERSION,
            "wins": file.wins,
        },
        "unreadable_records": [
            {"table": p.table, "id": p.record_id, "reason": p.reason}
            for p in file.problems
        ],
        "lock": {
            "held": report.lock.held,
            "holder_pid": report.lock.holder,
            "stale_pid": report.lock.stale_holder,
        },
        "checks": [{"status": f.status, "message": f.message} for f in report.findings],
        "backups": [
            {
                "name": b.path.name,
                "path": str(b.path),
                "kind": b.kind,
                "taken": _taken_text(b.taken),
                "wins": b.wins,
                "schema_version": b.schema_version,
                "readable": None if b.unopened is not None else b.readable,
                "encrypted": b.sealed,
                "checked": b.unopened is None,
                "reason": b.damage or b.unopened,
                "mode": _mode_text(b.mode),
            }
            for b in report.backups
        ],
        "restored": None
        if report.restored is None
        else {
            "backup": str(report.restored.backup),
            "set_aside": None
            if report.restored.set_aside is None
            else str(report.restored.set_aside),
        },
    }


def report_lines(report: Report) -> list[str]:
    """The report as lines of text for a person.

    Args:
        report: what the doctor found.

    Returns:
        The lines: the checks, the backups newest first, any restore, a verdict.
    """
    lines = [catalogue.DOCTOR_HEADING.format(path=report.data_file.path)]
    if report.restored is not None:
        restored = report.restored
        wins = wins_text(restored.wins)
        if restored.set_aside is None:
            lines.append(
                catalogue.DOCTOR_RESTORED.format(name=restored.backup.name, wins=wins)
            )
        elif restored.replaced_wins is not None:
            # Said with its count: the wins the backup lacks are only there now.
            lines.append(
                catalogue.DOCTOR_RESTORED_AND_KEPT_WINS.format(
                    name=restored.backup.name,
                    kept=restored.set_aside,
                    wins=wins,
                    replaced=wins_text(restored.replaced_wins),
                )
            )
        else:
            lines.append(
                catalogue.DOCTOR_RESTORED_AND_KEPT.format(
                    name=restored.backup.name, kept=restored.set_aside, wins=wins
                )
            )
    width = max(len(status) for status in catalogue.DOCTOR_STATUS.values())
    for finding in report.findings:
        label = catalogue.DOCTOR_STATUS[finding.status]
        lines.append(f"  {label:<{width}}  {finding.message}")
    lines.append("")
    if not report.backups:
        lines.append(catalogue.DOCTOR_BACKUPS_NONE)
    else:
        lines.append(catalogue.DOCTOR_BACKUPS_HEADING)
        name_width = max(len(b.path.name) for b in report.backups)
        for backup in report.backups:
            taken = _taken_text(backup.taken) or catalogue.DOCTOR_BACKUP_UNDATED
            if backup.readable:
                readable = (
                    catalogue.DOCTOR_BACKUP_READABLE_SEALED
                    if backup.sealed
                    else catalogue.DOCTOR_BACKUP_READABLE
                )
                state = readable.format(wins=wins_text(backup.wins))
            elif backup.unopened is not None:
                state = catalogue.DOCTOR_BACKUP_NOT_OPENED_SHORT.format(
                    reason=backup.unopened
                )
            else:
                state = catalogue.DOCTOR_BACKUP_UNREADABLE_SHORT.format(
                    reason=backup.damage
                )
            lines.append(f"  {taken:<23}  {backup.path.name:<{name_width}}  {state}")
    lines.append("")
    problems = sum(1 for f in report.findings if f.status == PROBLEM)
    if problems == 0 and report.data_file.unopened is not None:
        lines.append(catalogue.DOCTOR_HEALTHY_UNCHECKED)
    elif problems == 0:
        lines.append(catalogue.DOCTOR_HEALTHY)
    elif problems == 1:
        lines.append(catalogue.DOCTOR_UNHEALTHY_ONE)
    else:
        lines.append(catalogue.DOCTOR_UNHEALTHY_MANY.format(count=problems))
    return lines
