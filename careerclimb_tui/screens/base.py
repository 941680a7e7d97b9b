"""What every CareerClimb screen can reach: the store, the clock, the ladder."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual import on
from textual.screen import Screen
from textual.widgets import Button

if TYPE_CHECKING:
    from careerclimb_tui.app import CareerClimbApp
    from careerclimb_tui.clock import Clock
    from careerclimb_tui.domain.ladder import Ladder
    from careerclimb_tui.domain.records import Profile
    from careerclimb_tui.store import Store

ResultType = TypeVar("ResultType")


class CoachScreen(Screen[ResultType]):
    """A screen of the CareerClimb app, with typed access to its services."""

    @property
    def careerclimb(self) -> CareerClimbApp:
        from careerclimb_tui.app import CareerClimbApp

        assert isinstance(self.app, CareerClimbApp)
        return self.app

    @property
    def store(self) -> Store:
        return self.careerclimb.store

    @property
    def clock(self) -> Clock:
        return self.careerclimb.clock

    @property
    def profile(self) -> Profile | None:
        return self.careerclimb.profile

    @property
    def ladder(self) -> Ladder:
        return self.careerclimb.ladder


class FormScreen(CoachScreen[ResultType]):
    """A screen holding a form: its Save and Cancel buttons run its actions.

    Subclasses define ``action_save`` and ``action_cancel``; the buttons with ids
    ``save`` and ``cancel`` call them, so mouse and keyboard do the same thing.
    """

    IS_FORM = True

    @on(Button.Pressed, "#save")
    async def _save_pressed(self) -> None:
        await self.run_action("save")

    @on(Button.Pressed, "#cancel")
    async def _cancel_pressed(self) -> None:
        await self.run_action("cancel")
