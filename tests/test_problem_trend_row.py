"""The problem page draws its readings' trend in one row, between the first and
the latest value, and says which way is better."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    add_reading,
    start_initiative,
)
from careerclimb_tui.screens.problem_text import trend_blocks, trend_row
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, open_problem_page, save_driving

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("values", "cells", "blocks"),
    [
        ((), 24, ""),
        ((60, 50, 40, 30), 24, "█▆▃▁"),
        ((3, 12, 20), 24, "▁▅█"),
        ((5, 5, 5), 24, "▅▅▅"),
        # More readings than cells: sampled evenly, the first and last kept.
        ((0, 1, 2, 3, 4, 5, 6, 7), 3, "▁▅█"),
    ],
)
def test_trend_blocks_put_the_lowest_value_lowest(
    values: tuple[float, ...], cells: int, blocks: str
) -> None:
    assert trend_blocks(values, cells) == blocks


def measured(better: str, *values: float) -> Initiative:
    """A problem with readings a week apart, the first as the baseline."""
    problem = start_initiative("CI reruns eat the afternoon", NOW)
    problem = problem.with_changes(metric="CI reruns", better=better)
    for index, value in enumerate(values):
        taken = NOW.date() - dt.timedelta(days=7 * (len(values) - index))
        problem = add_reading(problem, Reading(value, "per week", taken), NOW)
    return problem


@pytest.mark.parametrize(
    ("better", "row"),
    [
        ("lower", "60 per week █▆▃▁ 30 per week (lower is better)"),
        ("higher", "60 per week █▆▃▁ 30 per week (higher is better)"),
        ("", "60 per week █▆▃▁ 30 per week"),
    ],
)
def test_the_trend_row_names_its_ends_and_which_way_is_better(
    better: str, row: str
) -> None:
    problem = measured(better, 60, 50, 40, 30)
    assert trend_row(problem) == row


async def test_the_page_shows_the_trend_as_one_readable_row(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    problem = save_driving(store, clock, "CI reruns eat the afternoon", "flaky-tests")
    problem = problem.with_changes(metric="CI reruns", better="lower")
    for index, value in enumerate((60, 50, 40, 30)):
        taken = clock.today() - dt.timedelta(days=7 * (4 - index))
        problem = add_reading(problem, Reading(value, "per week", taken), clock.now())
    save_initiative(store, problem)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        await pilot.pause()
        row = page.query_one("#tracker-spark", Static)
        shown = str(row.render())
        height = row.size.height

    assert shown == "60 per week █▆▃▁ 30 per week (lower is better)"
    assert height == 1
