"""The CareerClimb app: routing between screens, global keys, the shared services."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from textual.app import App
from textual.binding import Binding

from careerclimb_tui.clock import Clock, SystemClock
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.records import Profile
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.ladders import LadderShelf
from careerclimb_tui.store import Store

T = TypeVar("T")

DEFAULT_LADDER = "software-engineer"


class CareerClimbApp(App[None]):
    """The promotion coach. The store, ladders and clock are handed in, never found."""

    TITLE = "CareerClimb"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", id="app.quit", show=False, priority=True),
    ]

    def __init__(self, store: Store, shelf: LadderShelf, clock: Clock | None = None):
        """Create the app.

        Args:
            store: where the user's data lives.
            shelf: the ladders found at start-up.
            clock: the source of today's date (tests pass a fixed one).
        """
        super().__init__()
        self.store = store
        self.shelf = shelf
        self.clock: Clock = clock or SystemClock()
        self._profile: Profile | None = None

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
        from careerclimb_tui.screens.home import HomeScreen
        from careerclimb_tui.screens.setup import SetupScreen

        self.push_screen(HomeScreen())
        if self.profile is None:
            self.push_screen(SetupScreen(first_run=True))

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
