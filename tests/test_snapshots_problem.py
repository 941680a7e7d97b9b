"""Pictures of every next-level problem screen and dialog, at 100×30 and 80×24.

Update them after an intended change with ``pytest --snapshot-update`` and look
at the new pictures before keeping them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo, seed_problem_demo
from careerclimb_tui.store import Store
from tests.helpers import make_app, save_driving

SIZES = [(100, 30), (80, 24)]
IDS = ["100x30", "80x24"]


def seed_career(store: Store, clock: FixedClock) -> None:
    """The sample career, with its problem being measured and one dropped."""
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())


def seed_unmeasured(store: Store, clock: FixedClock) -> None:
    """A problem being driven that has no baseline yet."""
    store.save_profile(DEMO_PROFILE)
    save_driving(
        store, clock, "Merged changes wait two days for a deploy", "slow-deploys"
    )


async def put_text(pilot: Pilot[None], text: str) -> None:
    """Put text into the focused field in one edit."""
    focused = pilot.app.focused
    if isinstance(focused, Input):
        focused.insert_text_at_cursor(text)
    elif isinstance(focused, TextArea):
        focused.insert(text)
    await pilot.pause()


def keys(*pressed: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """A run-before that presses keys, then lets the screen settle."""

    async def run(pilot: Pilot[None]) -> None:
        await pilot.press(*pressed)
        await pilot.pause()

    return run


async def answered_questionnaire(pilot: Pilot[None]) -> None:
    await pilot.press("o", "f")
    await put_text(pilot, "Deploys wait for the one person who knows the checklist")
    await pilot.press("enter")


async def ranked_catalogue(pilot: Pilot[None]) -> None:
    await answered_questionnaire(pilot)
    await pilot.press("ctrl+r")
    await pilot.pause()


async def check_of_current_level_work(pilot: Pilot[None]) -> None:
    # y: go on to the questions although the sample problem is in progress.
    await pilot.press("o", "c", "t", "y", "shift+tab")
    await put_text(pilot, "Releases wait for one person with a checklist.")
    await pilot.press("tab", "y", "y")
    await pilot.pause()


async def one_active_question(pilot: Pilot[None]) -> None:
    await pilot.press("o", "w", "y")
    await put_text(pilot, "On-call pages for alerts that need nothing")
    await pilot.press("tab", "tab", "n", "y")
    await put_text(pilot, "Pages a week from 40 to 10")
    await pilot.press("enter")
    await put_text(pilot, "The SRE team")
    await pilot.press("enter", "ctrl+s")
    await pilot.pause()


SCREENS: dict[str, Callable[[Pilot[None]], Awaitable[None]]] = {
    "hub": keys("o"),
    "finder": answered_questionnaire,
    "catalog": ranked_catalogue,
    "check": check_of_current_level_work,
    "tracker": keys("o", "enter"),
    "proposal": keys("o", "enter", "p"),
}


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_problem_screen(
    snap_compare: Any,
    store: Store,
    clock: FixedClock,
    screen: str,
    size: tuple[int, int],
) -> None:
    seed_career(store, clock)
    assert snap_compare(
        make_app(store, clock), terminal_size=size, run_before=SCREENS[screen]
    )


DIALOGS: dict[str, Callable[[Pilot[None]], Awaitable[None]]] = {
    "leave_measuring": keys("o", "enter", "a"),
    "stage": keys("o", "enter", "a", "y"),
    "note": keys("o", "enter", "n"),
    "reading": keys("o", "enter", "m"),
    "people": keys("o", "enter", "k"),
    "details": keys("o", "enter", "e"),
    "link_wins": keys("o", "enter", "l"),
    "export": keys("o", "enter", "p", "f3"),
    "one_active": one_active_question,
}


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_problem_dialog(
    snap_compare: Any,
    store: Store,
    clock: FixedClock,
    dialog: str,
    size: tuple[int, int],
) -> None:
    seed_career(store, clock)
    assert snap_compare(
        make_app(store, clock), terminal_size=size, run_before=DIALOGS[dialog]
    )


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_baseline_dialog(
    snap_compare: Any, store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    seed_unmeasured(store, clock)
    assert snap_compare(
        make_app(store, clock), terminal_size=size, run_before=keys("o", "enter", "m")
    )
