"""Finishing a run with wins still unanswered is asked, never done in passing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Noticed,
    Review,
    ReviewEntry,
    WinAnswers,
    finish_question,
    first_unanswered,
    read_change,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.review_summary import ReviewSummaryScreen
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import run_app, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)

ALL_FOUR = WinAnswers(
    peer_could="no",
    choice="chose",
    change=read_change("Deploys take 4 minutes, down from 45"),
    noticed=Noticed.nobody(),
)
ONLY_Q1 = WinAnswers(peer_could="no")
OPEN = WinAnswers()


def run_of(*answers: WinAnswers, run: int = 1, finished: bool = False) -> Review:
    """A run of 2026Q4 over wins 1, 2, … holding ``answers`` in that order."""
    ids = tuple(range(1, len(answers) + 1))
    return Review(
        quarter="2026Q4",
        started_at=NOW,
        updated_at=NOW,
        win_ids=ids,
        entries={
            win_id: ReviewEntry(win_id=win_id, answers=given)
            for win_id, given in zip(ids, answers, strict=True)
        },
        run=run,
        finished_at=NOW if finished else None,
    )


def asked(fate: str, number: int, total: int = 3, run: int = 1) -> str:
    return catalogue.WALK_FINISH_CONFIRM.format(
        run=run, quarter="2026Q4", fate=fate, number=number, total=total
    )


UNCLEAR_ONE = catalogue.SUMMARY_UNANSWERED_ONE
UNCLEAR_TWO = catalogue.SUMMARY_UNANSWERED_MANY.format(count=2)
UNCLEAR_THREE = catalogue.SUMMARY_UNANSWERED_MANY.format(count=3)
KEPT_AND_NEW = (
    f"{catalogue.SUMMARY_UNANSWERED_KEPT_ONE.format(run=1)} "
    f"{catalogue.SUMMARY_UNANSWERED_MORE_ONE}"
)

# (what the run holds, the quarter's earlier runs, the question, first open win)
FINISH_CASES = [
    pytest.param(run_of(ALL_FOUR, ALL_FOUR, ALL_FOUR), [], "", None, id="answered"),
    pytest.param(run_of(OPEN, OPEN, OPEN), [], asked(UNCLEAR_THREE, 1), 1, id="none"),
    pytest.param(
        run_of(ALL_FOUR, ONLY_Q1, OPEN),
        [],
        asked(UNCLEAR_TWO, 2),
        2,
        id="answered-in-part-is-open",
    ),
    pytest.param(
        run_of(ALL_FOUR, ALL_FOUR, OPEN),
        [],
        asked(UNCLEAR_ONE, 3),
        3,
        id="only-the-last",
    ),
    pytest.param(
        run_of(ALL_FOUR, OPEN, OPEN, finished=True),
        [],
        "",
        2,
        id="already-finished",
    ),
    pytest.param(
        run_of(ALL_FOUR, OPEN, OPEN, run=2),
        [run_of(ALL_FOUR, ALL_FOUR, OPEN, finished=True)],
        asked(KEPT_AND_NEW, 2, run=2),
        2,
        id="rerun-keeps-an-earlier-verdict",
    ),
]


@pytest.mark.parametrize(("review", "earlier", "question", "first"), FINISH_CASES)
def test_finishing_with_wins_open_is_asked_first(
    review: Review, earlier: list[Review], question: str, first: int | None
) -> None:
    assert finish_question(review, earlier) == question
    # The first open win in walk order, wherever the walk stands.
    assert first_unanswered(replace(review, position=2)) == first


def seed_three(store: Store) -> None:
    """Three wins of 2026Q4 on a demo profile, stored."""
    store.save_profile(DEMO_PROFILE)
    for day, title in (
        (5, "Deploys take 4 minutes, down from 45"),
        (12, "Checkout errors dropped 30%"),
        (19, "Invoices now go out the same day"),
    ):
        store.add_win(framed(Win(title=title, date=dt.date(2026, 10, day))))


async def try_to_go_past_the_last(
    pilot: Pilot[None], *, button: bool = False
) -> ReviewWalkScreen:
    """Answer win 1 in full, page to the last win and try to go past it, with
    the page key or the Finish button; return the walk once the question shows."""
    app = pilot.app
    await pilot.press("r", "s", "n", "y", "enter", "n")
    walk = app.screen
    assert isinstance(walk, ReviewWalkScreen)
    await wait_until(
        pilot, lambda: walk.review.entry(walk.review.win_ids[0]).is_settled
    )
    await pilot.press("pagedown", "pagedown")
    await wait_until(pilot, lambda: walk.review.position == 2)
    if button:
        walk.query_one("#next").focus()
        await pilot.press("enter")
    else:
        await pilot.press("pagedown")
    await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
    return walk


@pytest.mark.parametrize("button", [False, True], ids=["page-key", "finish-button"])
async def test_no_goes_back_to_the_first_win_unanswered(
    store: Store, clock: FixedClock, button: bool
) -> None:
    seed_three(store)
    async with run_app(store, clock) as (app, pilot):
        walk = await try_to_go_past_the_last(pilot, button=button)
        question = app.screen.query_one(Static).render()
        assert "2 wins not fully answered" in str(question)

        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is walk)
        await wait_until(pilot, lambda: walk.review.position == 1)
        await walk.saved()

    (review,) = store.reviews()
    assert not review.is_finished
    assert review.position == 1


async def test_yes_finishes_the_run_and_shows_its_summary(
    store: Store, clock: FixedClock
) -> None:
    seed_three(store)
    async with run_app(store, clock) as (app, pilot):
        walk = await try_to_go_past_the_last(pilot)
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewSummaryScreen))
        await walk.saved()

    (review,) = store.reviews()
    assert review.is_finished
