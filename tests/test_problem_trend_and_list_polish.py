"""The problem page names the trend it draws, the problems list reads right
(sample problems show their own age, a long change is never cut bare), and the
stage dialog says it moves the problem into a stage."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.app import App
from textual.widgets import DataTable, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.initiative import (
    Reading,
    Stage,
    add_note,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.screens.problem_dialogs import StageDialog
from careerclimb_tui.screens.problem_hub import ProblemHubScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from tests.helpers import make_app, open_problem_page, save_driving, wait_until


def problem_with_readings(store: Store, clock: FixedClock, count: int) -> None:
    """A problem being driven with ``count`` weekly readings, the baseline first."""
    store.save_profile(DEMO_PROFILE)
    problem = save_driving(store, clock, "CI reruns eat the afternoon", "flaky-tests")
    problem = problem.with_changes(metric="CI reruns", better="lower")
    for index in range(count):
        taken = clock.today() - dt.timedelta(days=7 * (count - index))
        reading = Reading(60 - 10 * index, "per week", taken, "CI dashboard")
        problem = add_reading(problem, reading, clock.now())
    save_initiative(store, problem)


@pytest.mark.parametrize("count", [3, 4])
async def test_the_trend_chart_is_captioned_only_when_it_shows(
    store: Store, clock: FixedClock, count: int
) -> None:
    problem_with_readings(store, clock, count)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        await pilot.pause()
        chart = page.query_one("#tracker-spark", Static)
        caption = page.query_one("#tracker-spark-caption", Static)
        chart_shown = chart.display
        caption_shown = caption.display
        said = str(caption.render())

    assert chart_shown is (count >= 4)
    assert caption_shown is (count >= 4)
    if count >= 4:
        assert said == "CI reruns: trend of the 4 readings, oldest to newest"


async def problems_list(app: App[None]) -> dict[str, list[str]]:
    """Open the problems list from home; each row's cells by problem title."""
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))
        await pilot.pause()
        table = app.screen.query_one("#hub-list", DataTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(2)]
    return {row[1]: row for row in rows}


def updated_cell(rows: dict[str, list[str]], title_start: str) -> str:
    """The Updated column of the row whose title starts with ``title_start``."""
    return next(row[3] for title, row in rows.items() if title.startswith(title_start))


async def test_sample_problems_read_as_changed_when_their_story_changed_them(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())

    rows = await problems_list(make_app(store, clock))

    # Dropped 104 days ago; the one being measured got its result win 2 days ago.
    assert updated_cell(rows, "Flaky integration") == "104 days ago"
    assert updated_cell(rows, "Releases fail") == "2 days ago"


async def test_a_save_after_the_sample_is_written_is_stamped_now(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    dropped = next(i for i in initiatives(store) if i.title.startswith("Flaky"))
    save_initiative(store, add_note(dropped, "Checked in again.", clock.now()))

    rows = await problems_list(make_app(store, clock))

    assert updated_cell(rows, "Flaky integration") == "today"


def many_problems_with_a_long_change(store: Store, clock: FixedClock) -> None:
    """The sample career, its release problem down to 4 %, and fourteen dropped
    problems more: the list and the screen then both scroll."""
    seed_full_demo(store, clock.today())
    releases = next(i for i in initiatives(store) if i.title.startswith("Releases"))
    latest = Reading(4, "%", clock.today(), "deploy dashboard")
    save_initiative(store, add_reading(releases, latest, clock.now()))
    for number in range(14):
        tried = start_initiative(f"Problem tried once, number {number}", clock.now())
        save_initiative(store, advance(tried, Stage.DROPPED, clock.now(), "Moved on."))


async def releases_row_and_fit(
    store: Store, clock: FixedClock, width: int
) -> tuple[str, bool]:
    """Open the problems list at ``width``×24: the release problem's row as shown,
    and whether every column fits the list's width."""
    app = make_app(store, clock)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))
        await pilot.pause()
        table = app.screen.query_one("#hub-list", DataTable)
        fits = table.virtual_size.width <= table.scrollable_content_region.width
        strips = app.screen._compositor.render_strips()
        # The list's row, not the card of the problem in progress above it.
        row = next(
            s.text for s in strips if "Measuring" in s.text and "│" not in s.text
        )
    return row.rstrip(), fits


async def test_the_change_column_shows_a_change_whole_at_80_columns(
    store: Store, clock: FixedClock
) -> None:
    many_problems_with_a_long_change(store, clock)

    row, fits = await releases_row_and_fit(store, clock, 80)

    assert row.endswith("today         20% → 4%, −16 points")
    assert fits


async def test_a_change_cut_to_fit_ends_with_an_ellipsis(
    store: Store, clock: FixedClock
) -> None:
    many_problems_with_a_long_change(store, clock)

    row, fits = await releases_row_and_fit(store, clock, 58)

    assert row.endswith("today         20% → …")
    assert fits


@pytest.mark.parametrize(
    ("paused", "target", "title"),
    [
        (False, Stage.BUY_IN, "Move this problem to the Buy-in stage"),
        (True, Stage.PROPOSED, "Resume this problem at the Proposed stage"),
    ],
)
async def test_the_stage_dialog_title_says_the_problem_moves_into_the_stage(
    store: Store, clock: FixedClock, paused: bool, target: Stage, title: str
) -> None:
    problem = start_initiative("Deploys need a babysitter", clock.now())
    problem = advance(problem, Stage.PROPOSED, clock.now())
    if paused:
        problem = advance(problem, Stage.PAUSED, clock.now(), "Release freeze.")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(StageDialog(problem, target, clock.now()))
        await pilot.pause()
        shown = str(app.screen.query_one(".dialog-title", Static).render())

    assert shown == title
