"""An ask in the user's own words that leaves out the level or what to show is
saved, and the coach says what it leaves out."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.conversation import ask_coaching
from careerclimb_tui.screens.manager_dialogs import LineDialog
from careerclimb_tui.screens.manager_prep import PrepScreen
from careerclimb_tui.store import Store, criteria_docs
from tests.helpers import notices, run_app, wait_until

NAMES = ("Senior engineer", "senior", "L5")
TITLE = "Senior engineer"

# (case, ask, what the coach says)
ASKS = [
    ("how am I doing", "How am I doing? 😀", catalogue.PREP_ASK_NAMES_NEITHER),
    ("any feedback", "Any feedback for me?", catalogue.PREP_ASK_NAMES_NEITHER),
    (
        "the level but nothing to show",
        "Can I be promoted to senior this year?",
        catalogue.PREP_ASK_NAMES_NOTHING_TO_SHOW,
    ),
    (
        "what to show but no level",
        "What would I need to demonstrate, specifically?",
        catalogue.PREP_ASK_NAMES_NO_LEVEL,
    ),
    ("the suggested wording", "What would I need to demonstrate to reach L5?", ""),
    (
        "the standard ask",
        catalogue.CONVO_ASK_FOR_LEVEL.format(level=TITLE),
        "",
    ),
    (
        "own words, with the level and the bar",
        "What would *I* need to show [concretely] to reach senior by March?",
        "",
    ),
]


@pytest.mark.parametrize(
    ("ask", "said"),
    [case[1:] for case in ASKS],
    ids=[case[0] for case in ASKS],
)
def test_an_ask_without_the_level_or_what_to_show_is_coached(
    ask: str, said: str
) -> None:
    expected = said.format(level=TITLE) if said else ""

    assert ask_coaching(ask, NAMES, TITLE) == expected


async def reword_ask(store: Store, clock: FixedClock, ask: str) -> list[str]:
    """Reword the ask on the prep page; the notices shown once it is saved."""
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("m", "p")
        await wait_until(pilot, lambda: isinstance(app.screen, PrepScreen))
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, LineDialog))
        app.screen.query_one(Input).value = ask
        await pilot.press("enter")
        await wait_until(pilot, lambda: criteria_docs.prep_choices(store).ask == ask)
        await wait_until(
            pilot, lambda: any(catalogue.MANAGER_ASK_SAVED in n for n in notices(app))
        )
        return notices(app)


async def test_a_vague_ask_is_saved_and_coached(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())

    said = await reword_ask(store, clock, "How am I doing? 😀")

    [notice] = [n for n in said if catalogue.MANAGER_ASK_SAVED in n]
    assert catalogue.PREP_ASK_NAMES_NEITHER.split("—")[0].strip() in notice
    assert "'What would I need to demonstrate to reach " in notice


async def test_a_specific_ask_is_only_saved(store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())

    said = await reword_ask(
        store, clock, "What would I need to demonstrate to reach Senior?"
    )

    assert catalogue.MANAGER_ASK_SAVED in said
