"""Next-level wins with no dimension are named, the trend starts at the first win,
and a Tab kept on the override's note says nothing about the walk."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.gaps import (
    gap_view,
    is_before_first_win,
    review_coverage,
)
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import (
    Review,
    VerdictKind,
    answer,
    finish,
    start_review,
    summarise,
    untagged_next_level,
    untagged_text,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.gaps import GapScreen, trend_lines
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.screens.review_summary import ReviewSummaryScreen, summary_text
from careerclimb_tui.screens.review_walk import OverrideDialog, ReviewWalkScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, notices, type_text, wait_until
from tests.test_gaps import ANSWERS_FOR, MOMENT, NEXT, SCOPE, judge, make_ladder
from tests.test_review_flow import seed_quarter

D = dt.date
CURRENT = VerdictKind.CURRENT_LEVEL
TARGET = ("scope_impact", "technical_direction")
"""The target level's dimensions in the rule's table."""

# --- Next-level wins that count for no dimension ---------------------------------

UNTAGGED_CASES = [
    pytest.param((), NEXT, True, id="next-level, no dimension: named"),
    pytest.param(("scope_impact",), NEXT, False, id="next-level, tagged: counted"),
    pytest.param(
        ("mentoring",), NEXT, True, id="next-level, only a dimension the level lacks"
    ),
    pytest.param((), CURRENT, False, id="current-level, no dimension: not evidence"),
    pytest.param((), None, False, id="never reviewed: not evidence yet"),
]


@pytest.mark.parametrize("dimensions, kind, named", UNTAGGED_CASES)
def test_a_next_level_win_with_no_dimension_of_the_level_is_named(
    dimensions: tuple[str, ...], kind: VerdictKind | None, named: bool
) -> None:
    win = Win(title="Win", date=D(2026, 10, 5), id=7, dimensions=dimensions)
    verdicts = {} if kind is None else {7: kind}

    assert untagged_next_level([win], verdicts, TARGET) == ((7,) if named else ())


@pytest.mark.parametrize(
    "count, text",
    [
        (0, ""),
        (1, "1 next-level win has no dimension: tag it (d)."),
        (2, "2 next-level wins have no dimension: tag them (d)."),
    ],
)
def test_the_untagged_wins_are_told_with_the_key_that_tags_them(
    count: int, text: str
) -> None:
    assert untagged_text(count, "d") == text


# Three next-level wins of 2026Q4, two of them with no dimension ticked.
THREE_NEXT_LEVEL = [
    (1, D(2026, 10, 5), (SCOPE,), NEXT),
    (2, D(2026, 10, 12), (), NEXT),
    (3, D(2026, 10, 19), (), NEXT),
]
UNTAGGED_TWO = "2 next-level wins have no dimension: tag them (j journal, Ctrl+E edit)."
# The summary follows a walk that tags a win with d, so it offers the way back too.
UNTAGGED_SUMMARY = (
    "{count} next-level {wins} no dimension: tag {them} "
    "(b back to the walk and d, or j journal and Ctrl+E)."
)
UNTAGGED_TWO_SUMMARY = UNTAGGED_SUMMARY.format(count=2, wins="wins have", them="them")
UNTAGGED_ONE_SUMMARY = UNTAGGED_SUMMARY.format(count=1, wins="win has", them="it")


def test_the_review_summary_names_next_level_wins_with_no_dimension() -> None:
    wins, [review] = judge(THREE_NEXT_LEVEL)
    ladder = make_ladder()

    summary = summarise(review, wins, ladder, "senior")

    assert (summary.next_level, summary.untagged) == (3, 2)
    coverage = review_coverage(review, [review], wins, ladder, "senior")
    assert UNTAGGED_TWO_SUMMARY in summary_text(
        summary, ladder.dimension_name, coverage
    )


def test_the_gap_view_names_next_level_wins_with_no_dimension(
    clock: FixedClock,
) -> None:
    wins, reviews = judge(THREE_NEXT_LEVEL)

    view = gap_view(make_ladder(), "senior", wins, reviews, [], clock.today(), None)

    assert view.untagged == 2


def save_untagged_quarter(store: Store) -> Review:
    """Three next-level wins of 2026Q4 in the store, two with no dimension, and
    a finished review that judged them; returns the review."""
    store.save_profile(DEMO_PROFILE)
    wins = [
        store.add_win(framed(Win(title=f"Win {n}", date=day, dimensions=dims)))
        for n, day, dims, _ in THREE_NEXT_LEVEL
    ]
    review = start_review(Quarter(2026, 4), wins, MOMENT)
    for win_id in review.win_ids:
        review = answer(review, win_id, now=MOMENT, **ANSWERS_FOR[NEXT])
    return store.save_review(finish(review, now=MOMENT))


async def test_the_gap_view_tells_how_to_tag_them_and_j_opens_the_journal(
    store: Store, clock: FixedClock
) -> None:
    save_untagged_quarter(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        line = str(app.screen.query_one("#gaps-untagged", Static).render())
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))

    assert line == UNTAGGED_TWO


async def test_the_review_summary_tells_how_to_tag_them_and_j_opens_the_journal(
    store: Store, clock: FixedClock
) -> None:
    review = save_untagged_quarter(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ReviewSummaryScreen(review))
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewSummaryScreen))
        await wait_until(pilot, lambda: bool(app.screen.query(Static)))
        shown = [str(s.render()) for s in app.screen.query(Static)]
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))

    assert UNTAGGED_TWO_SUMMARY in shown


async def test_b_on_the_summary_opens_the_walk_on_an_untagged_win_for_d_to_tag(
    store: Store, clock: FixedClock
) -> None:
    review = save_untagged_quarter(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ReviewSummaryScreen(review))
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewSummaryScreen))
        summary = app.screen

        def shown() -> list[str]:
            return [str(s.render()) for s in summary.query(Static)]

        await wait_until(pilot, lambda: UNTAGGED_TWO_SUMMARY in shown())
        await pilot.press("b")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewWalkScreen))
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        walked_on = walk.win
        note = str(walk.query_one("#verdict", Static).content)

        # The first dimension of the ladder, ticked and saved; then back.
        await pilot.press("d", "space", "ctrl+s")
        await wait_until(pilot, lambda: app.screen is walk)
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is summary)
        await wait_until(pilot, lambda: UNTAGGED_ONE_SUMMARY in shown())
        left = [n.message for n in app._notifications]

    # The first win of the run with no dimension, not the tagged one before it.
    assert walked_on is not None and walked_on.title == "Win 2"
    assert catalogue.WALK_UNTAGGED in note
    assert catalogue.WALK_LEFT.format(quarter="2026Q4") not in left
    [tagged] = [w for w in Store(store.path, clock=clock).wins() if w.title == "Win 2"]
    assert tagged.dimensions


async def test_the_walk_says_a_next_level_win_has_no_dimension_until_tagged(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    measure = Measure(before=12, after=1, unit="%", label="flaky runs")
    store.add_win(
        framed(
            Win(
                title="Drove the flaky-test clean-up",
                date=D(2026, 10, 5),
                measure=measure,
            )
        )
    )
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s", "n", "c", "enter", "y", *"SRE", "enter")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)

        def verdict() -> str:
            return str(walk.query_one("#verdict", Static).content)

        await wait_until(pilot, lambda: "next-level" in verdict().casefold())
        untold = catalogue.WALK_UNTAGGED not in verdict()
        # The first dimension of the ladder, ticked and saved.
        await pilot.press("d", "space", "ctrl+s")
        await wait_until(pilot, lambda: app.screen is walk)
        await wait_until(pilot, lambda: catalogue.WALK_UNTAGGED not in verdict())
        await pilot.press("escape")

    assert not untold
    [win] = Store(store.path, clock=clock).wins()
    assert win.dimensions


# --- The trend starts at the first win -------------------------------------------

Q = Quarter
BEFORE_FIRST_CASES = [
    pytest.param(Q(2026, 2), Q(2026, 4), D(2026, 8, 10), True, id="ended before"),
    pytest.param(Q(2026, 3), Q(2026, 4), D(2026, 8, 10), False, id="holds the first"),
    pytest.param(Q(2026, 3), Q(2026, 4), D(2026, 7, 1), False, id="first on day one"),
    pytest.param(Q(2026, 3), Q(2026, 4), None, True, id="no wins: a past quarter"),
    pytest.param(Q(2026, 4), Q(2026, 4), None, False, id="no wins: the current one"),
]


@pytest.mark.parametrize("quarter, current, first, before", BEFORE_FIRST_CASES)
def test_a_quarter_that_ended_before_the_first_win_is_before_it(
    quarter: Quarter, current: Quarter, first: dt.date | None, before: bool
) -> None:
    assert is_before_first_win(quarter, current, first) is before


def test_the_trend_says_once_which_quarters_came_before_the_first_win(
    clock: FixedClock,
) -> None:
    wins, reviews = judge([(1, D(2026, 8, 10), (SCOPE,), NEXT)])

    view = gap_view(make_ladder(), "senior", wins, reviews, [], clock.today(), None)
    lines = trend_lines(view)

    assert [p.before_first_win for p in view.trend] == [True, True, False, False]
    assert lines[0] == "2026Q1–2026Q2 before your first win"
    assert [line[:6] for line in lines[1:]] == ["2026Q3", "2026Q4"]
    assert not any(line.startswith(("2026Q1 ", "2026Q2 ")) for line in lines)


def test_with_no_wins_the_trend_shows_the_current_quarter_alone(
    clock: FixedClock,
) -> None:
    view = gap_view(make_ladder(), "senior", [], [], [], clock.today(), None)

    lines = trend_lines(view)

    assert lines[0] == "2026Q1–2026Q3: no wins yet"
    assert [line[:6] for line in lines[1:]] == ["2026Q4"]


# --- A Tab kept on the override's note ------------------------------------------


async def test_saving_an_override_after_a_tab_tells_nothing_about_the_walk(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s", "o")
        assert isinstance(app.screen, OverrideDialog)
        note = app.screen.query_one("#override-note", Input)
        await pilot.press("up", "up", "up", "enter", "tab")
        # The Tab still keeps the focus on the note, where it was aimed.
        assert app.focused is note
        await type_text(pilot, "Unblocked the launch")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewWalkScreen))
        told_after_save = notices(app)
        # In the walk itself, a Tab straight after an answer is still held and told.
        await pilot.press("y", "tab")
        told_in_walk = notices(app)
        await pilot.press("escape")

    assert catalogue.ANSWER_MOVED_ON not in told_after_save
    assert catalogue.ANSWER_MOVED_ON in told_in_walk
    [review] = Store(store.path, clock=clock).reviews()
    assert review.entries_in_order()[0].override_note == "Unblocked the launch"
