"""A problem's result win ticks only ownership for the user, and says so where
it shows at 80×24, above the list further down the form."""

from __future__ import annotations

import datetime as dt

from textual.widgets import SelectionList, Static

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
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, open_problem_page, wait_until


def review_waits(clock: FixedClock) -> Initiative:
    """Review waits, from the catalogue, measured from 48 down to 6 hours."""
    now = clock.now()
    problem = start_initiative("Reviews wait", now, problem_id="review-bottleneck")
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        problem = advance(problem, stage, now)
    problem = problem.with_changes(metric="Time to first review", better="lower")
    for days_ago, value in ((14, 48.0), (0, 6.0)):
        day = clock.today() - dt.timedelta(days=days_ago)
        problem = add_reading(problem, Reading(value, "hours", day), now)
    return problem


async def test_the_result_win_names_the_one_dimension_it_ticked_in_sight(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, review_waits(clock))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        await pilot.pause()
        dimensions = form.query_one("#dimensions", SelectionList)
        line = form.query_one("#log-ticked", Static)
        ticked = list(dimensions.selected)
        said = str(line.render())
        shown = line.region
        in_sight = bool(shown.height) and form.region.contains_region(shown)

        dimensions.deselect("ownership_initiative")
        dimensions.select("collaboration_influence")
        await pilot.pause()
        said_after = str(line.render())

    assert ticked == ["ownership_initiative"]
    assert in_sight
    assert "Ownership and initiative" in said
    assert "Collaboration and influence" in said_after
    assert "Ownership" not in said_after
