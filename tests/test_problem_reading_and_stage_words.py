"""Small wording and layout on the problem tracker: which way is better reads on
one line in the reading dialog, and a stage said as a state is lower case."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Select

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.domain.problems import BETTER_HIGHER, BETTER_LOWER
from careerclimb_tui.screens.problem_dialogs import ReadingDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, open_problem_page, wait_until


def measured(clock: FixedClock, stage: Stage) -> Initiative:
    """Review waits at ``stage``, with a baseline of 48 hours."""
    now = clock.now()
    problem = start_initiative("Reviews wait", now)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        problem = advance(problem, forward, now)
        if forward is stage:
            break
    problem = problem.with_changes(metric="Time to first review", better="lower")
    day = clock.today() - dt.timedelta(days=7)
    return add_reading(problem, Reading(48, "hours", day), now)


@pytest.mark.parametrize("better", [BETTER_LOWER, BETTER_HIGHER])
async def test_each_direction_fits_on_one_line_beside_the_number_and_unit(
    store: Store, clock: FixedClock, better: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measured(clock, Stage.MEASURING))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        select = app.screen.query_one("#field-better", Select)
        select.value = better
        await pilot.pause()
        label = select.query_one("#label")
        shown = str(label.render())
        box = label.region

    said = {
        BETTER_LOWER: catalogue.PROBLEM_BETTER_LOWER,
        BETTER_HIGHER: catalogue.PROBLEM_BETTER_HIGHER,
    }[better]
    assert shown == said
    assert box.height == 1 and box.width >= len(said)


@pytest.mark.parametrize(
    ("stage", "said"),
    [
        (Stage.PAUSED, "paused"),
        (Stage.DONE, "done"),
        (Stage.DROPPED, "dropped"),
        (Stage.BUY_IN, "buy-in"),
    ],
)
def test_a_stage_said_as_a_state_is_an_ordinary_word(stage: Stage, said: str) -> None:
    assert stage.in_sentence == said
    assert stage.label[0].isupper()
