"""The privacy screen: is the data encrypted, what is stored where, how to wipe it.

It also warns, in the doctor's words, when other users can look into the data
folder.

From here the user encrypts the data file, changes its passphrase or decrypts it;
each opens the passphrase dialog, which does the work. In ``careerclimb demo`` it
says the folder shown is the demo's throw-away one, and offers no wipe command.
"""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.doctor import folder_warning
from careerclimb_tui.home_lines import DEMO_ENV
from careerclimb_tui.paths import is_own_folder, shown_path
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.screens.passphrase import Mode, PassphraseScreen
from careerclimb_tui.store import Store, crypto
from careerclimb_tui.store.repository import holder_path, lock_path
from careerclimb_tui.store.storage import SealDamaged, temp_prefix
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.text import markup_safe as escape

DEBUG_LOG_NAME = "careerclimb-debug.log"
"""Where ``--debug`` writes, in the data folder."""
WIPE_WIDTH = 70
"""The widest line of the wipe command, so that it fits an 80-column terminal."""


class PrivacyScreen(CoachScreen[None]):
    """Shows how the data is kept and offers to encrypt or decrypt it."""

    CSS_PATH = "privacy.tcss"
    COMMAND_CATEGORY = "Privacy"
    BINDINGS = [
        Binding("e", "encrypt", catalogue.PRIVACY_KEY_ENCRYPT, id="privacy.encrypt"),
        Binding("c", "change", catalogue.PRIVACY_KEY_CHANGE, id="privacy.change"),
        Binding("d", "decrypt", catalogue.PRIVACY_KEY_DECRYPT, id="privacy.decrypt"),
        Binding("escape", "back", catalogue.PRIVACY_KEY_BACK, id="privacy.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.encrypted = False

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="privacy-body"):
            yield Static(catalogue.PRIVACY_TITLE, id="privacy-title")
            yield Static(id="privacy-state")
            yield Static(catalogue.PRIVACY_WHERE_TITLE, classes="section-title")
            yield Static(id="privacy-folder")
            yield Static(id="privacy-open")
            yield DataTable(id="privacy-files", cursor_type="none", zebra_stripes=True)
            yield Static(
                catalogue.PRIVACY_PLAIN_NOTE, id="privacy-note", classes="hint"
            )
            yield Static(id="privacy-wipe", classes="hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#privacy-files", DataTable)
        for column in catalogue.PRIVACY_COLUMNS:
            table.add_column(column, key=column)
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Look at the files again and redraw the state, the table and the keys."""
        store = self.store
        try:
            seal = store.seal_header()
        except SealDamaged:
            seal = None
            self.encrypted = True
        else:
            self.encrypted = seal is not None
        if seal is not None:
            kdf = crypto.KDF_NAMES.get(seal.kdf.settings.kind, "?")
            state = catalogue.PRIVACY_STATE_ENCRYPTED.format(kdf=kdf)
        elif self.encrypted:
            state = catalogue.PRIVACY_STATE_ENCRYPTED.format(kdf="?")
        elif store.path.exists():
            state = catalogue.PRIVACY_STATE_PLAIN
        else:
            state = catalogue.PRIVACY_STATE_MISSING
        demo = showing_demo()
        if demo:
            # The sample data is not the user's: saying how it is kept would
            # read as a statement about their own data. The encrypt key is not
            # offered here, so the screen says why in its place.
            state = catalogue.PRIVACY_STATE_DEMO + (
                f"\n{state}"
                if self.encrypted
                else f"\n\n{catalogue.PRIVACY_ENCRYPT_DEMO}"
            )
        self.query_one("#privacy-state", Static).update(state)
        folder = shown_path(store.path.parent)
        where = catalogue.PRIVACY_FOLDER_DEMO if demo else catalogue.PRIVACY_FOLDER
        self.query_one("#privacy-folder", Static).update(
            escape(where.format(folder=folder))
        )
        # The same check as the doctor's; the demo's folder goes when it quits.
        warning = None if demo else folder_warning(store.path.parent)
        open_note = self.query_one("#privacy-open", Static)
        open_note.update(escape(warning or ""))
        open_note.display = warning is not None
        self._fill_table()
        # The demo's folder goes when it quits: a command to wipe it would only
        # teach the user to paste a command for nothing.
        wipe = catalogue.PRIVACY_WIPE_DEMO if demo else wipe_text(store)
        self.query_one("#privacy-wipe", Static).update(escape(wipe))
        self.refresh_bindings()

    def _fill_table(self) -> None:
        store = self.store
        backups = store.all_backups()
        damaged = store.damaged_copies()
        sealed = set(store.sealed_copies())
        rows = [
            (
                catalogue.PRIVACY_ROW_DATA,
                store.path.name,
                catalogue.PRIVACY_YES if self.encrypted else catalogue.PRIVACY_NO,
            ),
            (
                catalogue.PRIVACY_ROW_BACKUPS.format(count=len(backups)),
                f"{store.backups_dir.name}/",
                _how_sealed(backups, sealed),
            ),
        ]
        if damaged:
            # Set aside by a restore, beside the data file: not backups, but
            # copies of the data all the same, encrypted along with it.
            rows.append(
                (
                    catalogue.PRIVACY_ROW_DAMAGED.format(count=len(damaged)),
                    catalogue.PRIVACY_ROW_DAMAGED_WHERE.format(name=store.path.name),
                    _how_sealed(damaged, sealed),
                )
            )
        rows += [
            (catalogue.PRIVACY_ROW_LOG, DEBUG_LOG_NAME, catalogue.PRIVACY_NO),
            (
                catalogue.PRIVACY_ROW_EXPORTS,
                catalogue.PRIVACY_ROW_EXPORTS_WHERE,
                catalogue.PRIVACY_NO,
            ),
        ]
        table = self.query_one("#privacy-files", DataTable)
        table.clear()
        for what, where, how in rows:
            # Text cells: a path may hold square brackets, which are not markup.
            table.add_row(Text(what), Text(where), Text(how))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer encrypting a plain file, and changing or removing a passphrase.

        The demo offers no encryption at all: a passphrase on a folder removed
        at quit protects nothing. The key leaves the footer and the palette, and
        the screen says why.
        """
        if action == "encrypt":
            return not (self.encrypted or self.store.read_only or showing_demo())
        if action in {"change", "decrypt"}:
            return self.encrypted and not self.store.read_only
        return True

    def _open(self, mode: Mode) -> None:
        # The screen redraws itself when the dialog closes (on_screen_resume).
        self.app.push_screen(PassphraseScreen(mode))

    def action_encrypt(self) -> None:
        """Choose a passphrase and encrypt the data file and its backups."""
        self._open(Mode.ENCRYPT)

    def action_change(self) -> None:
        """Encrypt everything again under a new passphrase."""
        self._open(Mode.CHANGE)

    def action_decrypt(self) -> None:
        """Store the data file and its backups as plain JSON again."""
        self._open(Mode.DECRYPT)

    def action_back(self) -> None:
        self.dismiss()


def _how_sealed(copies: list[Path], sealed: set[Path]) -> str:
    """Whether ``copies`` are encrypted: yes, no, some, or a dash for none."""
    count = sum(1 for copy in copies if copy in sealed)
    if not copies:
        return "—"
    if count == len(copies):
        return catalogue.PRIVACY_YES
    if count == 0:
        return catalogue.PRIVACY_NO
    return catalogue.PRIVACY_MIXED


def showing_demo() -> bool:
    """True while the app shows the throw-away sample career of the demo."""
    return bool(os.environ.get(DEMO_ENV, "").strip())


def _typed(folder: Path) -> str:
    """The folder as a shell would take it: quoted, with ``~`` left to expand."""
    shown = shown_path(folder)
    if shown == "~":
        return shown
    if shown.startswith("~/"):
        return "~/" + shlex.quote(shown[2:])
    return shlex.quote(shown)


@dataclass(frozen=True)
class Wipe:
    """How to remove CareerClimb's files from the data folder, and nothing else."""

    lines: tuple[str, ...]
    """The shell command, one step or part of a step a line, ready to paste."""
    removes_folder: bool
    """True when CareerClimb made the folder and it holds nothing but its files."""
    folder_chosen: bool
    """True when the user named the folder, which therefore always stays."""


def kept_files(store: Store) -> list[str]:
    """Every file CareerClimb keeps in the data folder, relative to that folder.

    The data file, its lock files and the debug log are named even when they do
    not exist (``rm -f`` passes over them). Set-aside copies, backups and the
    leftovers of a save cut short are named as they are found.

    Args:
        store: the store whose folder is looked at.

    Returns:
        The names, as ``rm`` takes them from inside the data folder.
    """
    path = store.path
    folder = path.parent
    backups = store.backups_dir
    names = [path.name, lock_path(path).name, holder_path(path).name, DEBUG_LOG_NAME]
    found = [
        *folder.glob(f"{path.name}.damaged-*"),
        *folder.glob(f"{temp_prefix(path)}*.tmp"),
        *store.all_backups(),
        *backups.glob(".careerclimb*.tmp"),
    ]
    names += sorted(p.relative_to(folder).as_posix() for p in found if p.is_file())
    return names


def wipe_for(store: Store) -> Wipe:
    """The command that removes CareerClimb's files, and its folders left empty.

    A folder is removed only when it holds nothing else: ``backups/`` in the
    data folder may be the user's own. The data folder itself goes only when it
    is the one CareerClimb makes for itself; one named with ``--data-dir`` or
    ``CAREERCLIMB_HOME`` may have been made by the user, so it always stays.

    Args:
        store: the store whose files are to go.

    Returns:
        The command and whether it removes the data folder itself.
    """
    folder = store.path.parent
    backups = store.backups_dir
    names = kept_files(store)
    ours = {folder / name for name in names}
    backups_go = backups.is_dir() and _holds_only(backups, ours)
    if backups_go:
        ours.add(backups)
    chosen = not is_own_folder(folder)
    folder_go = (
        not chosen
        and folder.is_dir()
        and folder != Path.home()
        and _holds_only(folder, ours)
    )

    steps = [[f"cd {_typed(folder)}"], _wrapped(["rm", "-f", *map(shlex.quote, names)])]
    if backups_go:
        steps.append([f"rmdir {shlex.quote(backups.name)}"])
    if folder_go:
        steps.append([f"cd .. && rmdir {shlex.quote(folder.name)}"])
    lines: list[str] = []
    for number, step in enumerate(steps):
        last = number == len(steps) - 1
        lines += step[:-1] + [step[-1] if last else f"{step[-1]} &&"]
    return Wipe(tuple(lines), folder_go, chosen)


def wipe_text(store: Store) -> str:
    """What the privacy screen says about wiping: the command, and what it leaves."""
    wipe = wipe_for(store)
    command = "\n".join(f"  {line}" for line in wipe.lines)
    if wipe.removes_folder:
        return catalogue.PRIVACY_WIPE_WITH_FOLDER.format(command=command)
    text = catalogue.PRIVACY_WIPE.format(command=command)
    if wipe.folder_chosen:
        stays = catalogue.PRIVACY_WIPE_CHOSEN_FOLDER_STAYS.format(
            typed=_typed(store.path.parent)
        )
    else:
        stays = catalogue.PRIVACY_WIPE_FOLDER_STAYS
    return f"{text}\n{stays}"


def _holds_only(folder: Path, allowed: set[Path]) -> bool:
    try:
        return all(entry in allowed for entry in folder.iterdir())
    except OSError:
        return False


def _wrapped(words: list[str]) -> list[str]:
    """One shell command over several lines, each but the last ending in ``\\``."""
    lines = [words[0]]
    for word in words[1:]:
        if len(lines[-1]) + 1 + len(word) + 2 > WIPE_WIDTH:
            lines[-1] += " \\"
            lines.append(f"  {word}")
        else:
            lines[-1] += f" {word}"
    return lines
