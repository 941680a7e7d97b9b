"""The privacy screen: is the data encrypted, what is stored where, how to wipe it.

From here the user encrypts the data file, changes its passphrase or decrypts it;
each opens the passphrase dialog, which does the work.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Static

from careerclimb_tui import catalogue
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.screens.passphrase import Mode, PassphraseScreen, shown_path
from careerclimb_tui.store import crypto
from careerclimb_tui.store.storage import SealDamaged
from careerclimb_tui.widgets.text import markup_safe as escape

DEBUG_LOG_NAME = "careerclimb-debug.log"
"""Where ``--debug`` writes, in the data folder."""


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
            yield DataTable(id="privacy-files", cursor_type="none", zebra_stripes=True)
            yield Static(
                catalogue.PRIVACY_PLAIN_NOTE, id="privacy-note", classes="hint"
            )
            yield Static(id="privacy-wipe", classes="hint")
        yield Footer()

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
        self.query_one("#privacy-state", Static).update(state)
        folder = shown_path(store.path.parent)
        self.query_one("#privacy-folder", Static).update(
            escape(catalogue.PRIVACY_FOLDER.format(folder=folder))
        )
        self._fill_table()
        self.query_one("#privacy-wipe", Static).update(
            escape(catalogue.PRIVACY_WIPE.format(folder=_typed(store.path.parent)))
        )
        self.refresh_bindings()

    def _fill_table(self) -> None:
        store = self.store
        copies = store.copies()
        sealed = len(store.sealed_copies())
        if not copies:
            backups = "—"
        elif sealed == len(copies):
            backups = catalogue.PRIVACY_YES
        elif sealed == 0:
            backups = catalogue.PRIVACY_NO
        else:
            backups = catalogue.PRIVACY_MIXED
        rows = [
            (
                catalogue.PRIVACY_ROW_DATA,
                store.path.name,
                catalogue.PRIVACY_YES if self.encrypted else catalogue.PRIVACY_NO,
            ),
            (
                catalogue.PRIVACY_ROW_BACKUPS.format(count=len(copies)),
                f"{store.backups_dir.name}/",
                backups,
            ),
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
        """Offer encrypting a plain file, and changing or removing a passphrase."""
        if action == "encrypt":
            return not self.encrypted and not self.store.read_only
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


def _typed(folder: Path) -> str:
    """The folder as a shell would take it: quoted, with ``~`` left to expand."""
    shown = shown_path(folder)
    if shown.startswith("~/"):
        return "~/" + shlex.quote(shown[2:])
    return shlex.quote(shown)
