"""What the gap view and the problem finder tell the user, read off the screen."""

from __future__ import annotations

import re

from textual.widgets import DataTable, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_full_demo
from careerclimb_tui.domain.criteria import next_check_in
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.problem_finder import (
    ProblemFinderScreen,
    progress_marks,
)
from careerclimb_tui.store import Store
from careerclimb_tui.store.criteria_docs import criteria
from tests.helpers import make_app, type_text, wait_until


async def test_the_gap_view_flags_the_criterion_the_check_in_advice_names(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    advice = next_check_in(criteria(store), store.wins(), clock.today())
    named = re.search(r"Criterion (\d+) has had no evidence", advice)
    assert named is not None
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        table = app.screen.query_one("#gap-table", DataTable)
        rows = [[str(cell) for cell in table.get_row_at(row)] for row in range(6)]
        lines = [str(s.render()) for s in app.screen.query(".gaps-flagged")]

    flagged_rows = [row for row in rows if row[-1].endswith("⚑")]
    assert [(row[0], row[-1]) for row in flagged_rows] == [
        ("Mentoring and growing others", "0/1 met ⚑")
    ]
    assert len(lines) == 1
    assert lines[0].startswith(
        f"⚑ Criterion {named[1]} (Mentoring and growing others), “Mentor"
    )
    assert re.search(r"recorded (\d+) weeks ago\.$", lines[0])


async def test_the_trend_counts_the_thin_dimensions_the_table_shows(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        table = app.screen.query_one("#gap-table", DataTable)
        statuses = [str(table.get_row_at(row)[1]) for row in range(table.row_count)]
        trend = app.screen.query_one("#trend-lines")
        this_quarter = str(list(trend.query(Static))[-1].render())

    thin, covered = statuses.count("thin"), statuses.count("covered")
    assert thin
    assert this_quarter.endswith(f"· {covered} covered so far, {thin} thin")


def test_the_progress_marks_show_the_answered_ones_and_the_current_one() -> None:
    line = progress_marks([True, False, False, False, False, False], 5)

    assert line.plain == "Question 6 of 6   ●  ○  ○  ○  ○ [○]  1 of 6 answered"


async def test_the_finder_marks_where_you_are_apart_from_what_you_answered(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "f")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemFinderScreen))
        await type_text(pilot, "slow deploys")
        progress = app.screen.query_one("#finder-progress", Static)
        first = str(progress.render())
        await pilot.press(*["pagedown"] * 5)
        await pilot.pause()
        last = str(progress.render())

    assert first.startswith("Question 1 of 6  [●] ○  ○  ○  ○  ○ ")
    assert last.startswith("Question 6 of 6   ●  ○  ○  ○  ○ [○] ")
    assert last.endswith("1 of 6 answered")
