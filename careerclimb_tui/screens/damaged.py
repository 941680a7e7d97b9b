"""Shown instead of home when the data file cannot be read.

The file is never touched here unless the user asks: they can put back the backup
``careerclimb doctor --restore`` would choose (the damaged file is kept aside), look
at that backup read-only, or quit and use ``careerclimb doctor``. A backup holding
far less than the damaged file is put back only after the user confirms.
"""

from __future__ import annotations

import asyncio

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from careerclimb_tui import catalogue, doctor
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import Store
from careerclimb_tui.store.health import (
    BackupHealth,
    inspect_backups,
    inspect_data_file,
)
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.text import markup_safe as escape


class DamagedFileScreen(Screen[None]):
    """Explains what is wrong with the data file and offers the ways out."""

    CSS_PATH = "damaged.tcss"
    COMMAND_CATEGORY = "Data file"
    BINDINGS = [
        Binding("r", "restore", "Restore backup", id="damaged.restore"),
        Binding("o", "open_read_only", "Open backup read-only", id="damaged.open"),
        Binding("q", "app.quit", "Quit", id="damaged.quit"),
    ]

    def __init__(self, problem: CareerClimbError) -> None:
        super().__init__()
        self.problem = problem
        self.backup: BackupHealth | None = None
        self.loss: str | None = None
        """Why putting the backup back would lose much, or None when it would not."""

    def compose(self) -> ComposeResult:
        from careerclimb_tui.app import CareerClimbApp

        app = self.app
        assert isinstance(app, CareerClimbApp)
        backups = inspect_backups(app.store.path)
        # The same choice and the same caution as `careerclimb doctor --restore`.
        self.backup = doctor.fullest_readable(backups)
        if self.backup is not None:
            damaged = inspect_data_file(app.store.path, app.clock)
            self.loss = doctor.backup_loses_data(damaged, self.backup)
        # An encrypted backup is not opened here: without its passphrase it is
        # neither readable nor known to be damaged, and the doctor can ask for it.
        sealed = next((b for b in backups if b.sealed and b.unopened), None)
        with VerticalScroll(id="damaged"):
            yield Static(catalogue.DAMAGED_TITLE, id="damaged-title")
            yield Static(escape(self.problem.message), id="damaged-message")
            if self.backup is None and sealed is not None:
                yield Static(
                    catalogue.DAMAGED_SEALED_BACKUP.format(
                        backup=escape(sealed.path.name), taken=sealed.taken or "—"
                    )
                )
            elif self.backup is None:
                yield Static(catalogue.DAMAGED_NO_BACKUP, classes="hint")
            else:
                # How many wins it holds tells the user what putting it back
                # would lose, against what the damaged file still shows.
                choices = (
                    catalogue.DAMAGED_CHOICES
                    if self.loss is None
                    else catalogue.DAMAGED_CHOICES_WOULD_LOSE
                )
                yield Static(
                    choices.format(
                        backup=escape(self.backup.path.name),
                        taken=self.backup.taken or "—",
                        wins=doctor.wins_text(self.backup.wins),
                        evidence=escape(self.loss or ""),
                    ),
                    id="damaged-choices",
                )
            yield Static(catalogue.DAMAGED_DOCTOR, classes="hint")
        yield SteadyFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Restoring and opening need a readable backup; without one, hide them."""
        if action in {"restore", "open_read_only"} and self.backup is None:
            return False
        return True

    async def action_restore(self) -> None:
        """Put the backup back; one holding far less is put back only if confirmed."""
        backup = self.backup
        if backup is None:
            return
        if self.loss is None:
            await self._restore(None)
            return

        async def answered(anyway: bool | None) -> None:
            if anyway:
                await self._restore(backup.path.name)

        question = catalogue.DAMAGED_RESTORE_ANYWAY.format(
            backup=backup.path.name,
            wins=doctor.wins_text(backup.wins),
            evidence=self.loss,
        )
        self.app.push_screen(ConfirmDialog(question), answered)

    async def _restore(self, name: str | None) -> None:
        """Restore as the doctor does: by its own rules, or the backup named."""
        from careerclimb_tui.app import CareerClimbApp

        app = self.app
        assert isinstance(app, CareerClimbApp)
        try:
            restored = await asyncio.to_thread(
                doctor.restore, app.store.path, app.clock, name
            )
        except CareerClimbError as error:
            app.notify(
                error.message, title=catalogue.DAMAGED_NOT_RESTORED, severity="error"
            )
            return
        kept = restored.set_aside.name if restored.set_aside else "—"
        app.notify(
            catalogue.DAMAGED_RESTORED.format(
                backup=restored.backup.name,
                wins=doctor.wins_text(restored.wins),
                kept=kept,
            )
        )
        app.open_store(Store(app.store.path, clock=app.clock))

    def action_open_read_only(self) -> None:
        from careerclimb_tui.app import CareerClimbApp

        app = self.app
        assert isinstance(app, CareerClimbApp)
        if self.backup is None:
            return
        app.open_store(Store.open_read_only(self.backup.path, clock=app.clock))
