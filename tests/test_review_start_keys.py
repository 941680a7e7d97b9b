"""The review start screen: its quarter list stops at its ends, a key line names
what Enter does from the focused control, and the focused control stands out."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Select, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import finish, start_review
from careerclimb_tui.screens.review_summary import ReviewSummaryScreen
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app


def seed_two_quarters(store: Store, clock: FixedClock, *, reviewed: bool) -> None:
    """A win in 2026Q3 and one in 2026Q4 (the clock's quarter), each quarter
    with a finished review when ``reviewed``."""
    store.save_profile(DEMO_PROFILE)
    for day, title in [
        (dt.date(2026, 8, 12), "Cut the nightly build from 40 to 12 minutes"),
        (dt.date(2026, 10, 14), "Led the on-call rotation redesign"),
    ]:
        store.add_win(Win(title=title, date=day))
    if not reviewed:
        return
    for name in ("2026Q3", "2026Q4"):
        review = start_review(parse_quarter(name), store.wins(), clock.now())
        store.save_review(finish(review, now=clock.now()))


def keys_line(pilot: Pilot[None]) -> str:
    return str(pilot.app.screen.query_one("#reviews-keys", Static).content)


def chosen(pilot: Pilot[None]) -> object:
    return pilot.app.screen.query_one("#review-quarter", Select).value


@pytest.mark.parametrize(
    ("pressed", "expected"),
    [
        pytest.param(("down",), "2026Q3", id="down-from-the-last-stays"),
        pytest.param(("up", "up"), "2026Q4", id="up-stops-at-the-first"),
        pytest.param(("up", "down", "down"), "2026Q3", id="down-stops-at-the-last"),
    ],
)
async def test_the_open_quarter_list_stops_at_its_ends(
    store: Store, clock: FixedClock, pressed: tuple[str, ...], expected: str
) -> None:
    seed_two_quarters(store, clock, reviewed=False)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ReviewsScreen)
        # 2026Q3 ended with a win and no review, so it is offered first.
        assert chosen(pilot) == "2026Q3"

        await pilot.press("enter", *pressed, "enter")
        await pilot.pause()

        assert chosen(pilot) == expected
        state = app.screen.query_one("#quarter-state", Static).content
        assert str(state).startswith(expected)


async def test_the_key_line_follows_the_focus(store: Store, clock: FixedClock) -> None:
    seed_two_quarters(store, clock, reviewed=True)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        summary_q4 = catalogue.REVIEWS_KEYS_SUMMARY.format(quarter="2026Q4", run=1)
        assert keys_line(pilot) == (
            catalogue.REVIEWS_KEYS_QUARTER.format(start=summary_q4)
            + catalogue.REVIEWS_KEYS_TO_RUNS
        )

        await pilot.press("enter")
        await pilot.pause()
        assert keys_line(pilot) == catalogue.REVIEWS_KEYS_LIST.format(quarter="2026Q4")

        await pilot.press("down", "enter")
        await pilot.pause()
        summary_q3 = catalogue.REVIEWS_KEYS_SUMMARY.format(quarter="2026Q3", run=1)
        assert summary_q3 in keys_line(pilot)

        await pilot.press("shift+tab")
        await pilot.pause()
        assert keys_line(pilot) == catalogue.REVIEWS_KEYS_RUN_SUMMARY.format(
            quarter="2026Q3", run=1
        )

        await pilot.press("up")
        await pilot.pause()
        assert keys_line(pilot) == catalogue.REVIEWS_KEYS_RUN_SUMMARY.format(
            quarter="2026Q4", run=1
        )


async def test_a_picked_quarter_is_the_one_enter_opens_from_the_runs(
    store: Store, clock: FixedClock
) -> None:
    seed_two_quarters(store, clock, reviewed=True)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "enter", "down", "down", "enter", "shift+tab")
        await pilot.pause()
        assert app.screen.focused is app.screen.query_one("#runs", DataTable)

        await pilot.press("enter")
        await pilot.pause()

        assert isinstance(app.screen, ReviewSummaryScreen)
        assert app.screen.review.quarter == "2026Q3"


async def test_only_the_focused_control_carries_the_focus_bar(
    store: Store, clock: FixedClock
) -> None:
    seed_two_quarters(store, clock, reviewed=True)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        select = app.screen.query_one("#review-quarter", Select)
        runs = app.screen.query_one("#runs", DataTable)
        assert select.styles.border_left[0] == "outer"
        assert runs.styles.border_left[0] == "blank"

        await pilot.press("tab")
        await pilot.pause()
        assert select.styles.border_left[0] == "blank"
        assert runs.styles.border_left[0] == "outer"


async def test_the_past_reviews_are_reached_by_scrolling_at_40_by_12(
    store: Store, clock: FixedClock
) -> None:
    seed_two_quarters(store, clock, reviewed=True)
    app = make_app(store, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewsScreen)
        runs = screen.query_one("#runs", DataTable)
        runs.focus()
        await pilot.pause()
        await pilot.pause()
        body = screen.query_one("#reviews-body").region
        shown = runs.region.intersection(body)

    assert runs.row_count >= 1
    assert shown.height >= 3, "the runs table is on screen, with rows to read"
