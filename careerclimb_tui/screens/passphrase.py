"""The passphrase dialog: unlock the encrypted data at start, or seal, reseal, unseal.

Stretching a passphrase into a key is slow on purpose, so the work runs off the
event loop while the dialog says it is checking. A wrong passphrase is said in the
dialog itself, which stays open with nothing changed.
"""

from __future__ import annotations

import asyncio
from enum import Enum

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from careerclimb_tui import catalogue
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.paths import shown_path
from careerclimb_tui.store import Store, crypto
from careerclimb_tui.store.repository import Resealed
from careerclimb_tui.store.storage import PassphraseRefused
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.text import markup_safe as escape


class Mode(str, Enum):
    """What the dialog is for."""

    UNLOCK = "unlock"
    ENCRYPT = "encrypt"
    CHANGE = "change"
    DECRYPT = "decrypt"


CURRENT = "current"
NEW = "new"
AGAIN = "again"

# (title, intro, field ids, submit button) for each mode.
_LAYOUT: dict[Mode, tuple[str, str, tuple[str, ...], str]] = {
    Mode.UNLOCK: (
        catalogue.PRIVACY_UNLOCK_TITLE,
        catalogue.PRIVACY_UNLOCK_INTRO,
        (CURRENT,),
        catalogue.PRIVACY_UNLOCK_BUTTON,
    ),
    Mode.ENCRYPT: (
        catalogue.PRIVACY_ENCRYPT_TITLE,
        catalogue.PRIVACY_ENCRYPT_INTRO,
        (NEW, AGAIN),
        catalogue.PRIVACY_ENCRYPT_BUTTON,
    ),
    Mode.CHANGE: (
        catalogue.PRIVACY_CHANGE_TITLE,
        catalogue.PRIVACY_CHANGE_INTRO,
        (CURRENT, NEW, AGAIN),
        catalogue.PRIVACY_CHANGE_BUTTON,
    ),
    Mode.DECRYPT: (
        catalogue.PRIVACY_DECRYPT_TITLE,
        catalogue.PRIVACY_DECRYPT_INTRO,
        (CURRENT,),
        catalogue.PRIVACY_DECRYPT_BUTTON,
    ),
}


def _field_label(field: str, mode: Mode) -> str:
    if field == NEW:
        return catalogue.PRIVACY_FIELD_NEW.format(
            count=crypto.MIN_PASSPHRASE_CHARACTERS
        )
    if field == AGAIN:
        return catalogue.PRIVACY_FIELD_AGAIN
    if mode is Mode.CHANGE:
        return catalogue.PRIVACY_FIELD_CURRENT
    return catalogue.PRIVACY_FIELD_PASSPHRASE


class PassphraseScreen(ModalScreen[bool]):
    """Asks for a passphrase; dismisses with True once the work is done on disk.

    In unlock mode it stands before home and cannot be dismissed: Escape quits.
    """

    CSS_PATH = "passphrase.tcss"
    COMMAND_CATEGORY = "Passphrase"
    # Going elsewhere from the palette would read data that is still locked.
    IS_FORM = True
    # One submit key per mode, so that the footer names what it does here; only
    # the mode's own is active (see check_action).
    BINDINGS = [
        # Enter is taken before the field sees it, so the footer can offer it; it
        # does what Enter in the only field would do anyway.
        Binding(
            "enter",
            f"submit('{Mode.UNLOCK.value}')",
            catalogue.PRIVACY_UNLOCK_BUTTON,
            id="passphrase.unlock",
            priority=True,
        ),
        Binding(
            "ctrl+s,f2",
            f"submit('{Mode.UNLOCK.value}')",
            catalogue.PRIVACY_UNLOCK_BUTTON,
            id="passphrase.unlock_save",
            show=False,
        ),
        Binding(
            "ctrl+s,f2",
            f"submit('{Mode.ENCRYPT.value}')",
            catalogue.PRIVACY_ENCRYPT_BUTTON,
            id="passphrase.encrypt",
        ),
        Binding(
            "ctrl+s,f2",
            f"submit('{Mode.CHANGE.value}')",
            catalogue.PRIVACY_CHANGE_BUTTON,
            id="passphrase.change",
        ),
        Binding(
            "ctrl+s,f2",
            f"submit('{Mode.DECRYPT.value}')",
            catalogue.PRIVACY_DECRYPT_BUTTON,
            id="passphrase.decrypt",
        ),
        Binding(
            "escape", "cancel", catalogue.PRIVACY_KEY_CANCEL, id="passphrase.cancel"
        ),
        # Before home there is nothing to go back to: Escape quits, and the
        # footer has to say so.
        Binding(
            "escape", "quit_unlocked", catalogue.PRIVACY_KEY_QUIT, id="passphrase.quit"
        ),
    ]

    def __init__(self, mode: Mode = Mode.UNLOCK, note: str = "") -> None:
        """Create the dialog.

        Args:
            mode: what the passphrase is for.
            note: a problem to say at once under the field, such as a passphrase
                given in the environment that did not open the file.
        """
        super().__init__()
        self.mode = mode
        self.note = note
        self.busy = False
        # Held only while the work runs, then dropped.
        self._current = ""
        self._new = ""

    @property
    def store(self) -> Store:
        from careerclimb_tui.app import CareerClimbApp

        app = self.app
        assert isinstance(app, CareerClimbApp)
        return app.store

    def compose(self) -> ComposeResult:
        title, intro, fields, submit = _LAYOUT[self.mode]
        with VerticalScroll(id="passphrase-dialog"):
            yield Static(title, id="passphrase-title")
            yield Static(
                escape(intro.format(path=shown_path(self.store.path))),
                id="passphrase-intro",
                classes="hint",
            )
            for field in fields:
                yield Label(_field_label(field, self.mode))
                yield Input(password=True, id=field)
            yield Static("", id="passphrase-status")
            with Horizontal(id="passphrase-buttons"):
                yield Button(submit, variant="primary", id="submit")
                cancel = (
                    catalogue.PRIVACY_QUIT_BUTTON
                    if self.mode is Mode.UNLOCK
                    else catalogue.CANCEL_BUTTON
                )
                yield Button(cancel, id="cancel")
        # Its own footer, over the screen's behind: only this dialog's keys work.
        yield SteadyFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the mode's own submit key; Escape quits before home, cancels after."""
        if action == "submit" and parameters:
            if parameters[0] != self.mode.value:
                return False
            # Enter on the Quit button quits: the unlock key stands back there.
            return self.mode is not Mode.UNLOCK or isinstance(self.focused, Input)
        if action == "cancel":
            return self.mode is not Mode.UNLOCK
        if action == "quit_unlocked":
            return self.mode is Mode.UNLOCK
        return True

    def on_mount(self) -> None:
        self._say(self.note, error=bool(self.note))
        self.query(Input).first().focus()

    def is_dirty(self) -> bool:
        """Typed passphrases are never worth keeping: leaving asks nothing."""
        return False

    def _value(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value

    def _say(self, text: str, error: bool = False) -> None:
        status = self.query_one("#passphrase-status", Static)
        status.update(escape(text))
        status.set_class(error, "error")
        # Hidden while empty, so that the dialog fits a 24-line terminal.
        status.display = bool(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (*self.query(Input), *self.query(Button)):
            widget.disabled = busy

    @on(Input.Submitted)
    async def _next_field(self, event: Input.Submitted) -> None:
        """Enter moves to the next field, and submits from the last one."""
        inputs = list(self.query(Input))
        position = inputs.index(event.input)
        if position < len(inputs) - 1:
            inputs[position + 1].focus()
            return
        await self.action_submit()

    @on(Button.Pressed, "#submit")
    async def _submit_pressed(self) -> None:
        await self.action_submit()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def _problem(self) -> str | None:
        """What is wrong with the typing, before any slow work is done."""
        fields = _LAYOUT[self.mode][2]
        if CURRENT in fields and not self._value(CURRENT):
            return catalogue.PRIVACY_NO_INPUT
        if NEW in fields:
            problem = crypto.new_passphrase_problem(
                self._value(NEW), self._value(AGAIN)
            )
            if problem == "short":
                return catalogue.PRIVACY_SHORT.format(
                    count=crypto.MIN_PASSPHRASE_CHARACTERS
                )
            if problem == "mismatch":
                return catalogue.PRIVACY_MISMATCH
        return None

    def _work(self) -> Resealed | bool:
        """The store call this dialog exists for (run off the event loop)."""
        store = self.store
        if self.mode is Mode.UNLOCK:
            return store.unlock(self._current)
        if self.mode is Mode.ENCRYPT:
            return store.encrypt(self._new)
        if self.mode is Mode.CHANGE:
            return store.change_passphrase(self._current, self._new)
        return store.decrypt(self._current)

    async def action_submit(self, mode: str | None = None) -> None:
        """Check the typing, do the work off the event loop, then close.

        Args:
            mode: the mode a key was bound for; only used to pick the key.
        """
        if self.busy:
            return
        problem = self._problem()
        if problem is not None:
            self._say(problem, error=True)
            return
        fields = _LAYOUT[self.mode][2]
        self._current = self._value(CURRENT) if CURRENT in fields else ""
        self._new = self._value(NEW) if NEW in fields else ""

        self._set_busy(True)
        self._say(catalogue.PRIVACY_WORKING)
        try:
            done = await asyncio.to_thread(self._work)
        except (CareerClimbError, OSError) as error:
            self._set_busy(False)
            message = (
                error.message
                if isinstance(error, CareerClimbError)
                else error.strerror or str(error)
            )
            if isinstance(error, PassphraseRefused) and self.mode is Mode.UNLOCK:
                message = catalogue.PRIVACY_UNLOCK_WRONG
            self._say(message, error=True)
            self._clear()
            return
        finally:
            self._current = self._new = ""

        if isinstance(done, Resealed):
            self._tell(done)
        self.dismiss(True)

    def _clear(self) -> None:
        for field in self.query(Input):
            field.value = ""
        self.query(Input).first().focus()

    def _tell(self, done: Resealed) -> None:
        from careerclimb_tui.cli_privacy import copies_text

        template = {
            Mode.ENCRYPT: catalogue.PRIVACY_DONE_ENCRYPTED,
            Mode.CHANGE: catalogue.PRIVACY_DONE_CHANGED,
            Mode.DECRYPT: catalogue.PRIVACY_DONE_DECRYPTED,
        }[self.mode]
        copies = copies_text(done.backups, done.damaged)
        self.app.notify(template.format(copies=copies))
        for path in done.left_as_they_were:
            self.app.notify(
                catalogue.PRIVACY_LEFT_AS_THEY_WERE.format(name=path.name),
                severity="warning",
                timeout=12,
            )

    def action_quit_unlocked(self) -> None:
        """Quit the app from the unlock prompt, as its Quit button does."""
        self.action_cancel()

    def action_cancel(self) -> None:
        """Close without changing anything; before home, quit the app."""
        if self.busy:
            return
        if self.mode is Mode.UNLOCK:
            self.app.exit()
            return
        self.dismiss(False)
