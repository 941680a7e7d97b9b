"""Enter on a row of the gap view lists the wins filed under its dimension, each
read as the row counts it, with the manager's criteria for it."""

from __future__ import annotations

import datetime as dt

import pytest
from rich.cells import cell_len
from textual.widgets import OptionList, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.criteria import Criterion
from careerclimb_tui.domain.gaps import (
    FiledReading,
    gap_view,
    wins_filed_under,
    with_linked_dimension,
)
from careerclimb_tui.domain.review import finish
from careerclimb_tui.screens.gap_dialogs import DimensionWinsDialog
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.criteria_docs import save_criterion
from tests.helpers import make_app, wait_until
from tests.test_gaps import (
    COLLAB,
    CURRENT,
    EXECUTION,
    HISTORY,
    MENTORING,
    MOMENT,
    NEXT,
    SCOPE,
    TECH,
    D,
    judge,
    make_ladder,
)
from tests.test_snapshots import two_wins_reviewed

AFTER = MOMENT + dt.timedelta(days=1)
"""A moment after every review of ``judge`` finished."""


@pytest.mark.parametrize(
    ("dimension", "expected"),
    [
        (SCOPE, [(2, FiledReading.NEXT_LEVEL), (1, FiledReading.NEXT_LEVEL)]),
        (
            COLLAB,
            [(7, FiledReading.CURRENT_LEVEL), (6, FiledReading.CURRENT_LEVEL)],
        ),
        (MENTORING, [(8, FiledReading.UNCLEAR)]),
        (TECH, [(3, FiledReading.NEXT_LEVEL)]),
    ],
    ids=["next-level", "current-level", "unclear", "one win"],
)
def test_a_dimension_lists_its_wins_newest_first_with_their_reading(
    dimension: str, expected: list[tuple[int, FiledReading]]
) -> None:
    wins, reviews = judge(HISTORY)
    # A finished run judges a win it was finished without answering unclear.
    reviews = [finish(review, now=MOMENT) for review in reviews]

    filed = wins_filed_under(dimension, wins, reviews)

    assert [(each.win.id, each.reading) for each in filed] == expected


@pytest.mark.parametrize(
    ("finished", "expected"),
    [
        (False, FiledReading.AWAITING_REVIEW),
        (True, FiledReading.ADDED_AFTER_REVIEW),
    ],
    ids=["linked before any review finished", "linked after its review"],
)
def test_a_win_linked_to_a_dimension_waits_for_a_review_there(
    finished: bool, expected: FiledReading
) -> None:
    wins, reviews = judge([(1, D(2026, 10, 5), (SCOPE,), NEXT)])
    if finished:
        reviews = [finish(review, now=MOMENT) for review in reviews]
    wins = [with_linked_dimension(wins[0], TECH, AFTER)]

    [linked] = wins_filed_under(TECH, wins, reviews)
    [own] = wins_filed_under(SCOPE, wins, reviews)

    assert linked.reading is expected
    assert own.reading is FiledReading.NEXT_LEVEL


def test_a_win_no_review_judged_is_not_reviewed_yet() -> None:
    wins, _ = judge([(1, D(2026, 10, 5), (SCOPE,), CURRENT)])

    [filed] = wins_filed_under(SCOPE, wins, [])

    assert filed.reading is FiledReading.AWAITING_REVIEW
    assert filed.reading.label == "not reviewed yet"


def test_the_readings_add_up_to_the_rows_counts(clock: FixedClock) -> None:
    wins, reviews = judge(HISTORY)
    reviews = [finish(review, now=MOMENT) for review in reviews]
    wins = [with_linked_dimension(wins[0], TECH, AFTER), *wins[1:]]
    wins.append(judge([(9, D(2026, 11, 12), (SCOPE, TECH), NEXT)])[0][0])
    view = gap_view(make_ladder(), "senior", wins, reviews, [], clock.today(), None)

    assert sum(gap.pending for gap in view.dimensions) == 3, "both kinds of pending"
    for gap in view.dimensions:
        readings = [
            each.reading for each in wins_filed_under(gap.dimension_id, wins, reviews)
        ]
        pending = {FiledReading.AWAITING_REVIEW, FiledReading.ADDED_AFTER_REVIEW}
        assert readings.count(FiledReading.NEXT_LEVEL) == gap.next_level_wins
        assert readings.count(FiledReading.CURRENT_LEVEL) == gap.current_level_wins
        assert sum(reading in pending for reading in readings) == gap.pending


async def test_enter_on_a_row_lists_its_wins_and_escape_closes(
    store: Store, clock: FixedClock
) -> None:
    two_wins_reviewed(store, clock)
    save_criterion(
        store, Criterion("Ship the deploy pipeline to every team", dimension=EXECUTION)
    )
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        await pilot.press("down", "down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, DimensionWinsDialog))
        dialog = app.screen
        listed = dialog.query_one("#gap-wins-list", OptionList)
        await wait_until(pilot, lambda: listed.option_count > 0)
        lines = [
            str(listed.get_option_at_index(index).prompt)
            for index in range(listed.option_count)
        ]
        width = listed.scrollable_content_region.width
        title = str(dialog.query_one("#gap-wins-title", Static).render())
        criteria = [str(s.render()) for s in dialog.query(".gap-wins-criterion")]

        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))

    assert title == "Wins filed under Execution and delivery"
    [line] = lines
    assert line.startswith("18 Nov 2026  Moved every service of the payments")
    assert "…" in line, "the long title is cut"
    assert line.endswith("· next-level")
    assert cell_len(line) <= width
    assert criteria == ["• Ship the deploy pipeline to every team  (open)"]


async def test_enter_on_a_row_without_wins_says_so(
    store: Store, clock: FixedClock
) -> None:
    two_wins_reviewed(store, clock)
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, DimensionWinsDialog))
        said = str(app.screen.query_one("#gap-wins-none", Static).render())
        listed = app.screen.query("#gap-wins-list")

    assert said == "No wins filed under Scope and impact yet."
    assert said == catalogue.GAPS_WINS_NONE.format(dimension="Scope and impact")
    assert not listed
