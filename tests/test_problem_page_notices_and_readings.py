"""The problem page after a save: a notice never moves or cuts the page, which is
drawn whole once the notice goes."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Static

# Not exported by textual.widgets: the widgets the footer and notices draw with.
from textual.widgets._footer import FooterKey
from textual.widgets._toast import Toast

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    FORWARD,
    Reading,
    Stage,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_dialogs import ReadingDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, notices, open_problem_page, save_driving, wait_until


def measured_problem(store: Store, clock: FixedClock) -> None:
    """A problem being driven, with a baseline taken a month ago; stored."""
    store.save_profile(DEMO_PROFILE)
    problem = save_driving(store, clock, "CI reruns eat the afternoon", "flaky-tests")
    earlier = clock.today() - dt.timedelta(days=30)
    problem = problem.with_changes(metric="CI reruns")
    problem = add_reading(
        problem, Reading(60, "reruns/week", earlier, "CI dashboard, Oct"), clock.now()
    )
    save_initiative(store, problem)


def shown_height(page: InitiativeScreen, selector: str) -> int:
    """How many rows of the part of the page ``selector`` names are on screen."""
    return page.find_widget(page.query_one(selector)).visible_region.height


async def test_the_page_is_drawn_whole_while_a_notice_shows_and_after_it_goes(
    store: Store, clock: FixedClock
) -> None:
    measured_problem(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        page = await open_problem_page(pilot)
        tracker = page.query_one("#tracker", VerticalScroll)
        await pilot.pause()
        before = tracker.region

        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        await pilot.pause()
        await pilot.press("4", "0", "ctrl+s")
        await wait_until(pilot, lambda: app.screen is page and bool(page.query(Toast)))
        await pilot.pause()
        said = notices(app)
        while_told = tracker.region

        # The user clicks the notice away, as its timer would take it down.
        await pilot.click(Toast)
        await wait_until(pilot, lambda: not page.query(Toast))
        await pilot.pause()
        after = tracker.region
        people = shown_height(page, "#tracker-people")
        log = shown_height(page, "#tracker-log")

    assert said[0].startswith("Reading saved")
    assert before == while_told == after
    assert after.bottom == 23
    assert people and log


# --- a page that asks for a baseline keeps m at hand ---------------------------------


@pytest.mark.parametrize("stage", [s for s in Stage if s is not Stage.DROPPED])
async def test_a_page_without_a_baseline_names_m_and_keeps_it_in_the_footer(
    store: Store, clock: FixedClock, stage: Stage
) -> None:
    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    problem = start_initiative("Releases need someone watching them", now)
    if stage is Stage.PAUSED:
        path: tuple[Stage, ...] = (Stage.PROPOSED, Stage.PAUSED)
    else:
        path = FORWARD[1 : FORWARD.index(stage) + 1]
    for target in path:
        problem = advance(problem, target, now)
    saved = save_initiative(store, problem)
    assert saved.id is not None
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(InitiativeScreen(saved.id))
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        page = app.screen
        await wait_until(pilot, lambda: bool(page.query(FooterKey)))
        await pilot.pause()
        measure = str(page.query_one("#tracker-measure", Static).render())
        shown = {key.key_display for key in page.query(FooterKey)}
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))

    assert "Press m" in measure
    assert "m" in shown
