"""A run counts a win as answered for its four answers or a call with a reason."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import DataTable

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Noticed,
    ReviewEntry,
    VerdictKind,
    WinAnswers,
    answer,
    answered_count,
    is_answered,
    override,
    read_change,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.review_walk import OverrideDialog, ReviewWalkScreen
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.store import Store
from tests.helpers import notices, run_app, seed_win, wait_until

ALL_FOUR = WinAnswers(
    peer_could="no",
    choice="chose",
    change=read_change("Reruns per week went from 30 to 8"),
    noticed=Noticed.nobody(),
)
THREE = WinAnswers(peer_could="no", choice="chose", noticed=Noticed.nobody())
NEXT = VerdictKind.NEXT_LEVEL

ANSWERED = [
    # answers, own call, note, answered
    (WinAnswers(), None, "", False),
    (THREE, None, "", False),
    (ALL_FOUR, None, "", True),
    (WinAnswers(), NEXT, "", False),
    (WinAnswers(), NEXT, "   ", False),
    (WinAnswers(), NEXT, "Two other teams adopted it", True),
    (THREE, NEXT, "", False),
    (ALL_FOUR, NEXT, "", True),
    (WinAnswers(), None, "A note beside the questions' verdict", False),
]


@pytest.mark.parametrize(("answers", "call", "note", "answered"), ANSWERED)
def test_a_win_is_answered_by_four_answers_or_a_call_with_a_reason(
    answers: WinAnswers, call: VerdictKind | None, note: str, answered: bool
) -> None:
    entry = ReviewEntry(
        win_id=1, answers=answers, override_kind=call, override_note=note
    )
    assert is_answered(entry) is answered


def test_a_run_counts_only_its_answered_wins() -> None:
    now = dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc)
    wins = [
        Win(id=number, title=f"Win {number}", date=dt.date(2026, 10, number))
        for number in (1, 2, 3)
    ]
    review = start_review(parse_quarter("2026Q4"), wins, now)
    review = override(review, 1, NEXT, now=now)
    review = override(review, 2, NEXT, "Adopted by two teams", now=now)

    assert answered_count(review) == 1
    review = answer(review, 3, now=now, peer_could="no", choice="chose")
    assert answered_count(review) == 1


async def test_the_reviews_list_does_not_count_a_call_without_a_reason(
    store: Store, clock: FixedClock
) -> None:
    first = seed_win(store)
    second = store.add_win(
        framed(Win(title="Flaky test fixed", date=dt.date(2026, 10, 9)))
    )
    now = clock.now()
    review = start_review(parse_quarter("2026Q4"), store.wins(), now)
    review = override(review, first.id or 0, NEXT, now=now)
    review = answer(
        review,
        second.id or 0,
        now=now,
        peer_could="no",
        choice="chose",
        change=read_change("Failures went from 9 to 0 a week"),
        noticed=Noticed.nobody(),
    )
    store.save_review(review)

    async with run_app(store, clock) as (app, pilot):
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        table = app.screen.query_one("#runs", DataTable)
        assert table.get_row_at(0)[-1] == "1 of 2"


async def test_a_call_without_a_reason_says_it_is_not_counted_as_answered(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("r", "s", "o")
        await wait_until(pilot, lambda: isinstance(app.screen, OverrideDialog))
        walk = app.screen_stack[-2]
        assert isinstance(walk, ReviewWalkScreen)
        # From "use the four questions' verdict" up to next-level, then save.
        await pilot.press("up", "up", "up", "enter", "ctrl+s")
        await wait_until(pilot, lambda: app.screen is walk)

        kept = catalogue.WALK_OVERRIDE_KEPT_NO_REASON.format(kind="next-level")
        await wait_until(pilot, lambda: kept in notices(app))
        verdict = str(walk.query_one("#verdict").render())
        assert catalogue.WALK_OVERRIDE_NO_REASON in " ".join(verdict.split())
        entry = walk.review.entry(win.id or 0)
        assert entry.override_kind is NEXT and not is_answered(entry)
