"""The review walk says what it did: a run left before any answer is not kept,
and an empty answer to question 3, once Enter records it, is told as recorded."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Choice,
    Noticed,
    PeerAnswer,
    Review,
    answer,
    finish,
    is_kept,
    left_message,
    read_change,
    read_walk_change,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import answer_up_to_the_change, make_app, run_app, wait_until

Q4 = Quarter(2026, 4)
FIRST = dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc)
WIN = Win(id=1, title="Worked on the billing migration", date=dt.date(2026, 10, 5))

# --- Leaving a run --------------------------------------------------------------


def _run(run: int, *, saved: bool = False, finished: bool = False) -> Review:
    review = replace(start_review(Q4, [WIN], FIRST), run=run)
    if saved:
        review = replace(review, id=7)
    return finish(review, now=FIRST) if finished else review


# (case, the run as left, kept, what the walk says)
LEAVING = [
    (
        "a first run left before any answer",
        _run(1),
        False,
        "Nothing was answered, so no run of 2026Q4 was kept.",
    ),
    (
        "a re-run left before any answer",
        _run(2),
        False,
        "Nothing was answered, so run 2 of 2026Q4 was not kept; the earlier runs "
        "stand as they were.",
    ),
    (
        "a run saved with its first answer",
        _run(2, saved=True),
        True,
        "Saved. The 2026Q4 review resumes where you left it.",
    ),
    (
        "a finished run",
        _run(1, saved=True, finished=True),
        True,
        "Saved. The 2026Q4 review stays finished.",
    ),
]


@pytest.mark.parametrize(
    ("review", "kept", "told"),
    [case[1:] for case in LEAVING],
    ids=[case[0] for case in LEAVING],
)
def test_leaving_a_run_says_whether_it_was_kept(
    review: Review, kept: bool, told: str
) -> None:
    assert is_kept(review) is kept
    assert left_message(review) == told


async def test_a_rerun_left_at_once_says_it_was_not_kept(
    tmp_path: Path, clock: FixedClock
) -> None:
    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    wins = [
        store.add_win(Win(title=title, date=dt.date(2026, 10, day)))
        for day, title in [(2, "Cut CI reruns"), (6, "Moved to canary deploys")]
    ]
    run_1 = start_review(Q4, wins, FIRST)
    for win in wins:
        run_1 = answer(
            run_1,
            win.id or 0,
            now=FIRST,
            peer_could=PeerAnswer.NO,
            choice=Choice.CHOSE,
            change=read_change("Reruns fell from 12 to 2 a week"),
            noticed=Noticed.nobody(),
        )
    store.save_review(finish(run_1, now=FIRST))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        # Yes, then Escape straight away, before anything is answered.
        await pilot.press("y", "escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        state = app.screen.query_one("#quarter-state", Static)
        told = catalogue.WALK_LEFT_UNSTARTED.format(run=2, quarter="2026Q4")
        await wait_until(pilot, lambda: str(state.render()).startswith(told))
        assert not any(isinstance(s, ReviewWalkScreen) for s in app.screen_stack)

    assert [run.run for run in Store(store.path, clock=clock).reviews()] == [1]


# --- An empty answer to question 3 ----------------------------------------------

KEPT_EMPTY = read_change("")
KEPT_CHANGE = read_change("Invoices went out in 1 day instead of 4")

# (case, typed, kept answer, how the coach's line starts)
COACH: list[tuple[str, str, ChangeAnswer | None, str]] = [
    ("nothing typed, nothing kept", "", None, catalogue.WALK_READING_EMPTY),
    (
        "nothing typed, empty answer kept",
        "",
        KEPT_EMPTY,
        catalogue.WALK_READING_EMPTY_KEPT,
    ),
    (
        "blanks typed, empty answer kept",
        "  ",
        KEPT_EMPTY,
        catalogue.WALK_READING_EMPTY_KEPT,
    ),
    (
        "nothing typed, a change kept",
        "",
        KEPT_CHANGE,
        catalogue.WALK_READING_EMPTY,
    ),
    (
        "a change typed over an empty answer kept",
        "Invoices went out in 1 day instead of 4",
        KEPT_EMPTY,
        "Coach: reads as",
    ),
]


@pytest.mark.parametrize(
    ("typed", "kept", "coach"),
    [case[1:] for case in COACH],
    ids=[case[0] for case in COACH],
)
def test_the_coach_tells_an_empty_answer_kept_as_recorded(
    typed: str, kept: ChangeAnswer | None, coach: str
) -> None:
    _, said = read_walk_change(WIN, typed, kept)
    assert said.startswith(coach)


async def test_enter_on_an_empty_change_says_what_it_recorded_and_how_to_change_it(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(framed(replace(WIN, id=None)))
    async with run_app(store, clock) as (app, pilot):
        field = await answer_up_to_the_change(pilot)
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        reading = walk.query_one("#q3-reading", Static)
        assert field.value == ""
        assert str(reading.render()) == catalogue.WALK_READING_EMPTY

        await pilot.press("enter")
        await wait_until(pilot, lambda: walk.query_one("#q4").has_focus)
        assert str(reading.render()) == catalogue.WALK_READING_EMPTY_KEPT
        change = walk.review.entries_in_order()[0].answers.change
        assert change is not None and change.text == ""


# --- The reviews screen at 40×12 ------------------------------------------------


async def test_the_reviews_screen_at_40_by_12_keeps_title_picker_and_way_out(
    store: Store, clock: FixedClock
) -> None:
    from textual.widgets._footer import FooterKey

    store.save_profile(DEMO_PROFILE)
    win = store.add_win(framed(replace(WIN, id=None)))
    store.save_review(finish(start_review(Q4, [win], FIRST), now=FIRST))
    async with run_app(store, clock, size=(40, 12)) as (app, pilot):
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        screen = app.screen
        # The footer drops what does not fit once laid out: Escape stays.
        await wait_until(
            pilot,
            lambda: any(
                key.key == "escape" and key.display and key.region.width
                for key in screen.query(FooterKey)
            ),
        )
        await pilot.pause()

        # Both in sight at once, above the keys docked at the foot of the page.
        body = screen.query_one("#reviews-body").region
        keys_top = screen.query_one("#reviews-keys").region.y
        for name in ("#reviews-title", "#review-quarter"):
            shown = screen.query_one(name).region
            assert body.contains_region(shown), name
            assert shown.bottom <= keys_top, name
