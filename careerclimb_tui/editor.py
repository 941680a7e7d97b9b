"""Editing a long text in the user's own editor ($VISUAL or $EDITOR), safely.

The text goes into a file only its owner can read (0600), inside a fresh folder
only its owner can enter, and both are removed afterwards whatever happens. An
editor that hands back control at once without waiting (``code`` without
``--wait``) would otherwise look like "no change" and leave the user typing into
a file nobody reads; that case is detected and reported. The caller suspends the
TUI around ``edit_text``; nothing here knows about Textual.
"""

from __future__ import annotations

import logging
import os
import re
import shlex
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from careerclimb_tui import catalogue
from careerclimb_tui.errors import CareerClimbError

log = logging.getLogger(__name__)

QUICK_RETURN_SECONDS = 1.0
"""An editor that returns this fast without a change most likely did not wait."""

FILE_MODE = 0o600
DIR_PREFIX = "careerclimb-edit-"
DEFAULT_NAME = "text"
"""The file's name when the caller gives none, or none that survives cleaning."""
NAME_LIMIT = 40
FALLBACK_EDITOR = "vi"
"""The editor used when neither $VISUAL nor $EDITOR is set, if it is installed."""

Runner = Callable[[Sequence[str]], int]
"""Runs a command in the foreground and returns its exit status."""


@dataclass(frozen=True)
class EditResult:
    """What came back from the editor."""

    text: str
    """The text as the editor left it (the original when nothing changed)."""
    changed: bool
    """True when the user changed the text."""
    returned_at_once: bool
    """True when the editor came back at once with no change: it did not wait."""


def editor_command(
    environ: Mapping[str, str],
    which: Callable[[str], str | None] = shutil.which,
) -> list[str] | None:
    """The user's editor as a command line, from $VISUAL, else $EDITOR, else vi.

    Args:
        environ: the environment to read (``os.environ`` in the app).
        which: finds a program on the PATH (tests pass a fake).

    Returns:
        The command split as a shell would split it; ``vi`` when neither is set
        and vi is installed, as git does; None otherwise.

    Raises:
        CareerClimbError: when the variable cannot be split (an open quote).
    """
    for name in ("VISUAL", "EDITOR"):
        value = environ.get(name, "").strip()
        if not value:
            continue
        try:
            parts = shlex.split(value)
        except ValueError as error:
            raise CareerClimbError(
                catalogue.EDITOR_BAD_COMMAND.format(value=value, reason=error)
            ) from None
        if parts:
            return parts
    if which(FALLBACK_EDITOR):
        return [FALLBACK_EDITOR]
    return None


def _run_in_foreground(command: Sequence[str]) -> int:
    """Run the editor on the terminal the app handed over, and wait for it.

    Ctrl+C or Ctrl+\\ pressed in the editor reaches this process too, since both
    share the terminal; the editor decides what the keys mean, so this process
    ignores them until the editor has finished. A Python handler, unlike
    ``SIG_IGN``, is reset to the default in the editor when it starts.
    """
    kept: dict[int, object] = {}
    try:
        for number in (signal.SIGINT, signal.SIGQUIT):
            kept[number] = signal.signal(number, _ignore_signal)
    except ValueError:
        # Signal handlers can be set from the main thread only; elsewhere the
        # keys keep their usual meaning.
        pass
    try:
        return subprocess.run(list(command), check=False).returncode
    finally:
        for number, handler in kept.items():
            signal.signal(number, handler)  # type: ignore[arg-type]


def _ignore_signal(number: int, frame: object) -> None:
    """A signal handler that does nothing (see ``_run_in_foreground``)."""


def file_name_stem(name: str) -> str:
    """A file name made from a field's name: lower-case letters, digits, hyphens.

    The editor shows the name in its title, so it says what is being edited;
    anything else (slashes, dots, spaces) is turned into a hyphen, so the name
    can never point outside the private folder.

    Args:
        name: what is edited, as the caller names it ("What you did").

    Returns:
        The stem, e.g. ``what-you-did``; ``DEFAULT_NAME`` when nothing is left.
    """
    stem = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return stem[:NAME_LIMIT].strip("-") or DEFAULT_NAME


def _private_file(folder: Path, text: str, name: str, suffix: str) -> Path:
    """Write the text to a new file in ``folder`` that only its owner can read."""
    path = folder / f"{file_name_stem(name)}{suffix}"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(text if text.endswith("\n") else text + "\n")
    return path


def _start_failure(error: OSError) -> str:
    """Why a program could not be started, in a few plain words."""
    if isinstance(error, FileNotFoundError):
        return catalogue.EDITOR_REASON_NOT_FOUND
    if isinstance(error, PermissionError):
        return catalogue.EDITOR_REASON_NOT_ALLOWED
    return (error.strerror or str(error)).lower()


def edit_text(
    text: str,
    command: Sequence[str],
    *,
    name: str = DEFAULT_NAME,
    suffix: str = ".md",
    run: Runner = _run_in_foreground,
    monotonic: Callable[[], float] = time.monotonic,
) -> EditResult:
    """Let the user edit ``text`` in their editor and return what they left.

    Args:
        text: the text to edit.
        command: the editor command (see ``editor_command``); the file's path is
            added as its last argument.
        name: what is edited; the file is named after it (see ``file_name_stem``).
        suffix: the file's extension, so the editor picks the right mode.
        run: runs the command and returns its exit status (tests pass a fake).
        monotonic: the clock that times the editor (tests pass a fake).

    Returns:
        The edited text, whether it changed, and whether the editor came back
        at once without a change.

    Raises:
        CareerClimbError: when the editor cannot be started, exits with an error,
            or leaves a file that is not UTF-8 text. The text in the app is then
            left as it was.
    """
    try:
        folder = Path(tempfile.mkdtemp(prefix=DIR_PREFIX))
    except OSError as error:
        raise CareerClimbError(
            catalogue.EDITOR_NO_FILE.format(reason=error.strerror or error)
        ) from None
    try:
        # mkdtemp makes the folder 0700 already; say so in case a umask or a
        # platform thinks otherwise.
        os.chmod(folder, 0o700)
        try:
            path = _private_file(folder, text, name, suffix)
        except OSError as error:
            raise CareerClimbError(
                catalogue.EDITOR_NO_FILE.format(reason=error.strerror or error)
            ) from None
        started = monotonic()
        log.info("editor: running %s", shlex.join([*command, str(path)]))
        try:
            status = run([*command, str(path)])
        except OSError as error:
            log.info("editor: could not start %s: %s", command[0], error)
            raise CareerClimbError(
                catalogue.EDITOR_NOT_FOUND.format(
                    command=shlex.join(command), reason=_start_failure(error)
                )
            ) from None
        elapsed = monotonic() - started
        log.info("editor: exited with status %s after %.1fs", status, elapsed)
        if status != 0:
            raise CareerClimbError(catalogue.EDITOR_FAILED.format(status=status))
        try:
            edited = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise CareerClimbError(catalogue.EDITOR_NOT_UTF8) from None
        except OSError:
            raise CareerClimbError(catalogue.EDITOR_FILE_GONE) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    # Editors add a final newline; it is not a change the user made.
    edited = edited.replace("\r\n", "\n").rstrip("\n")
    changed = edited != text.rstrip("\n")
    quick = not changed and elapsed < QUICK_RETURN_SECONDS
    return EditResult(
        text=edited if changed else text, changed=changed, returned_at_once=quick
    )
