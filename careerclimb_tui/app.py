"""The CareerClimb app: routing between screens, global keys, the shared services."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from textual import events
from textual.app import App
from textual.binding import Binding

from careerclimb_tui import catalogue, queries
from careerclimb_tui.clock import Clock, SystemClock
from careerclimb_tui.commands import commands_provider
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.records import Profile
from careerclimb_tui.domain.reminders import reminders_for
from careerclimb_tui.domain.settings import Settings
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.ladders import LadderShelf
from careerclimb_tui.queries import stored_initiatives
from careerclimb_tui.routes import ROUTES
from careerclimb_tui.store import Store
from careerclimb_tui.store.settings_docs import load_settings, save_settings

T = TypeVar("T")

DEFAULT_LADDER = "software-engineer"


class CareerClimbApp(App[None]):
    """The promotion coach. The store, ladders and clock are handed in, never found."""

    TITLE = "CareerClimb"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", id="app.quit", show=False, priority=True),
        Binding("f1", "help", "Help", id="app.help", show=False, priority=True),
        Binding("question_mark", "help", "Help", id="app.help_key", show=False),
    ]
    COMMANDS = App.COMMANDS | {commands_provider}

    def __init__(
        self,
        store: Store,
        shelf: LadderShelf,
        clock: Clock | None = None,
        start: str | None = None,
        problem: CareerClimbError | None = None,
    ):
        """Create the app.

        Args:
            store: where the user's data lives.
            shelf: the ladders found at start-up.
            clock: the source of today's date (tests pass a fixed one).
            start: an action to open on top of home once the app is up (such as
                "review"), for sub-commands that open the app on one screen.
            problem: why the data file could not be read, when it could not; the
                app then offers the ways out instead of opening home.
        """
        super().__init__()
        self.store = store
        self.shelf = shelf
        self.clock: Clock = clock or SystemClock()
        self._profile: Profile | None = None
        self._start = start
        self._problem = problem
        self.settings = Settings()

    @property
    def profile(self) -> Profile | None:
        """The saved profile, read once and kept until it is saved again."""
        if self._profile is None:
            self._profile = self.store.profile()
        return self._profile

    @property
    def ladder(self) -> Ladder:
        """The ladder of the profile, or the bundled one before set-up."""
        profile = self.profile
        ladder = self.shelf.get(profile.ladder_id) if profile else None
        ladder = ladder or self.shelf.get(DEFAULT_LADDER)
        if ladder is None:
            ladder = next(iter(self.shelf.ladders.values()))
        return ladder

    def on_mount(self) -> None:
        if self._problem is not None:
            from careerclimb_tui.screens.damaged import DamagedFileScreen

            self.push_screen(DamagedFileScreen(self._problem))
            return
        self._open_home()

    def on_resize(self, event: events.Resize) -> None:
        """Cover the app while the terminal is too small, and uncover it after."""
        from careerclimb_tui.screens.too_small import TooSmallScreen, too_small

        small = too_small(event.size.width, event.size.height)
        showing = isinstance(self.screen, TooSmallScreen)
        if small and not showing:
            self.push_screen(TooSmallScreen())
        elif not small and showing:
            self.pop_screen()

    def open_store(self, store: Store) -> None:
        """Switch to another store (a restored file, or a backup read-only)."""
        self.store = store
        self._profile = None
        self._problem = None
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self._open_home()

    def _open_home(self) -> None:
        from careerclimb_tui.screens.home import HomeScreen
        from careerclimb_tui.screens.setup import SetupScreen

        if self.store.needs_passphrase:
            # Nothing can be read before the passphrase is given; home comes after.
            from careerclimb_tui.screens.passphrase import PassphraseScreen

            self.push_screen(PassphraseScreen(), lambda _: self._open_home())
            return
        self.settings = load_settings(self.store)
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.push_screen(HomeScreen())
        if self.profile is None:
            self.push_screen(SetupScreen(first_run=True))
        elif self._start:
            self.call_after_refresh(self.run_action, self._start)
        # Both read every record: do it once home is on screen, not before.
        self.call_after_refresh(self._report_problems)
        self.call_after_refresh(self._remind)

    def _remind(self) -> None:
        """Show the reminders the user's data calls for, unless turned off."""
        found = reminders_for(
            queries.wins(self.store),
            queries.reviews(self.store),
            stored_initiatives(self.store),
            self.profile,
            self.clock.today(),
            self.settings.reminders_off,
        )
        for reminder in found:
            self.notify(reminder.text, title=catalogue.REMIND_TITLE, timeout=10)

    def watch_theme(self, theme: str) -> None:
        """Remember the theme picked from the palette or the settings screen."""
        settings = getattr(self, "settings", None)
        if settings is None or settings.theme == theme or self.store.read_only:
            return
        self.settings = replace(settings, theme=theme)
        self.run_worker(self._save_settings(), exclusive=True, group="settings")

    async def _save_settings(self) -> None:
        saved = await self.run_store(
            lambda: save_settings(self.store, self.settings),
            failure=catalogue.SETTINGS_NOT_SAVED,
        )
        if saved is not None:
            self.settings = saved

    def _report_problems(self) -> None:
        """Tell the user, once, about ladders or records that could not be read."""
        for broken in self.shelf.broken:
            self.notify(
                broken.message,
                title=catalogue.APP_BROKEN_LADDER,
                severity="warning",
                timeout=12,
            )
        queries.wins(self.store)
        if self.store.problems:
            self.notify(
                catalogue.APP_UNREADABLE_RECORDS.format(count=len(self.store.problems)),
                severity="warning",
                timeout=12,
            )

    # --- navigation: reachable from home keys, the palette and any screen ----------

    def action_go_home(self) -> None:
        """Close every screen above the home screen."""
        from careerclimb_tui.screens.home import HomeScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()

    def action_log_win(self) -> None:
        """Open the guided form for a new win."""
        from careerclimb_tui.screens.log_win import LogWinScreen

        self.push_screen(LogWinScreen())

    def action_quick_win(self) -> None:
        """Open the one-line form for a thirty-second capture."""
        from careerclimb_tui.screens.log_win import LogWinScreen

        self.push_screen(LogWinScreen(quick=True))

    def action_ladder(self) -> None:
        """Open the ladder browser on the profile's current and target levels."""
        from careerclimb_tui.screens.ladder_browser import LadderScreen

        ladder = self.ladder
        profile = self.profile
        current = profile.current_level if profile else ladder.levels[0].id
        if profile is not None:
            target = profile.target_level
        else:
            target = (ladder.level_after(current) or ladder.levels[0]).id
        self.push_screen(LadderScreen(ladder, current, target))

    def action_edit_profile(self) -> None:
        """Open the profile form."""
        from careerclimb_tui.screens.setup import SetupScreen

        self.push_screen(SetupScreen(first_run=self.profile is None))

    def action_open(self, name: str) -> None:
        """Open a screen listed in ``routes.ROUTES`` by its name."""
        route = ROUTES[name]
        module = importlib.import_module(route.module)
        self.push_screen(getattr(module, route.screen)())

    def action_help(self) -> None:
        """Explain the current screen and list its keys."""
        from careerclimb_tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    async def action_quit(self) -> None:
        """Quit, asking first when a form holds typing that was never saved."""
        from careerclimb_tui.widgets.confirm import ConfirmDialog

        unsaved = any(
            getattr(screen, "is_dirty", lambda: False)() for screen in self.screen_stack
        )
        if not unsaved:
            self.exit()
            return

        def answered(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self.exit()

        if not isinstance(self.screen, ConfirmDialog):
            self.push_screen(ConfirmDialog(catalogue.QUIT_DISCARD), answered)

    def profile_saved(self, profile: Profile) -> None:
        """Remember a newly saved profile; screens read it from here."""
        self._profile = profile

    async def run_store(self, action: Callable[[], T], *, failure: str) -> T | None:
        """Run a store call off the event loop; tell the user if it fails.

        Args:
            action: the call to make.
            failure: the title of the message shown when it fails.

        Returns:
            What the call returned, or None when it failed.
        """
        try:
            return await asyncio.to_thread(action)
        except CareerClimbError as error:
            self.notify(error.message, title=error.title or failure, severity="error")
            return None
