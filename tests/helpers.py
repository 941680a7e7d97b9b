"""Small helpers shared by the Pilot-driven tests."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import Input

from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import Clock
from careerclimb_tui.domain.initiative import (
    Initiative,
    Stage,
    advance,
    start_initiative,
)
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store


def make_app(store: Store, clock: Clock) -> CareerClimbApp:
    """The app as the CLI builds it, on a test store and clock."""
    return CareerClimbApp(store, load_shelf(), clock=clock)


async def wait_until(
    pilot: Pilot, condition: Callable[[], bool], tries: int = 200
) -> None:
    """Let the app run until ``condition`` holds (saves run off the event loop)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("the app never reached the expected state")


async def type_text(pilot: Pilot, text: str) -> None:
    """Type text key by key, as a person would."""
    keys = {" ": "space", "\n": "enter"}
    await pilot.press(*[keys.get(char, char) for char in text])


def save_driving(
    store: Store, clock: Clock, title: str, problem_id: str = "slow-ci"
) -> Initiative:
    """A problem taken through proposal and buy-in, now being driven; stored."""
    from careerclimb_tui.store.initiative_docs import save_initiative

    now = clock.now()
    initiative = start_initiative(title, now, problem_id=problem_id)
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING):
        initiative = advance(initiative, stage, now)
    return save_initiative(store, initiative)


async def answer_up_to_the_change(pilot: Pilot) -> Input:
    """Open the review walk, answer questions 1 and 2, and return question 3's
    field once it has the focus."""
    from careerclimb_tui.screens.review_walk import ReviewWalkScreen

    await pilot.press("r", "s", "n", "c")
    walk = pilot.app.screen
    assert isinstance(walk, ReviewWalkScreen)
    field = walk.query_one("#q3", Input)
    await wait_until(pilot, lambda: pilot.app.focused is field)
    return field
