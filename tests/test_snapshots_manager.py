"""One picture per manager conversation screen and dialog, at 100×30 and 80×24.

Update the pictures after an intended change with ``pytest --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_manager_demo
from careerclimb_tui.screens.manager_rehearsal import RehearsalScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app

SIZES = [(100, 30), (80, 24)]
SIZE_IDS = ["100x30", "80x24"]
SEED = 4

Steps = Callable[[Pilot[None]], Awaitable[None]]


def keys(*pressed: str) -> Steps:
    async def press(pilot: Pilot[None]) -> None:
        await pilot.press(*pressed)
        await pilot.pause()

    return press


async def rehearse(pilot: Pilot[None], lines: tuple[str, ...]) -> None:
    pilot.app.push_screen(RehearsalScreen(seed=SEED))
    await pilot.pause()
    await pilot.press("s")
    for line in lines:
        pilot.app.screen.query_one("#say", Input).value = line
        await pilot.press("enter")
    await pilot.pause()


async def rehearsal_under_way(pilot: Pilot[None]) -> None:
    await rehearse(
        pilot,
        (
            "What would I need to demonstrate, specifically, for senior in March?",
            "ok thanks, sounds good",
        ),
    )


async def rehearsal_scored(pilot: Pilot[None]) -> None:
    await rehearse(
        pilot,
        (
            "What would I need to demonstrate, specifically, for senior in March?",
            "Can you give me an example of the kind of work that would count?",
            "Let's check in on this in two weeks.",
            "That's all from me, thanks.",
        ),
    )


NOTES = (
    "Lead a design review that another team builds on, e.g. the billing API\n"
    "Keep doing what you are doing\n"
    "Mentor two engineers through their first on-call incident\n"
)


async def notes_typed(pilot: Pilot[None]) -> None:
    await pilot.press("m", "n")
    pilot.app.screen.query_one("#talk-notes", TextArea).text = NOTES
    await pilot.pause()


async def drafts_marked(pilot: Pilot[None]) -> None:
    await notes_typed(pilot)
    await pilot.press("ctrl+s")
    await pilot.pause()


SCREENS: dict[str, Steps] = {
    "hub": keys("m"),
    "prep": keys("m", "p"),
    "rehearsal_setup": keys("m", "r"),
    "rehearsal_under_way": rehearsal_under_way,
    "rehearsal_scorecard": rehearsal_scored,
    "record_notes": notes_typed,
    "record_criteria": drafts_marked,
    "criteria": keys("m", "c"),
    "line_dialog": keys("m", "p", "a"),
    "choice_dialog": keys("m", "c", "s"),
    "evidence_dialog": keys("m", "c", "l"),
    "prep_evidence_dialog": keys("m", "p", "c"),
    "conversation_dialog": keys("m", "tab", "down", "enter"),
}


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_manager_screen(
    snap_compare: Any,
    store: Store,
    clock: FixedClock,
    size: tuple[int, int],
    screen: str,
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    assert snap_compare(
        make_app(store, clock), terminal_size=size, run_before=SCREENS[screen]
    )
