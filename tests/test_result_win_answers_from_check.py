"""A problem's result win starts the quarterly review from what the problem's
up-front check answered to questions 1 and 2, and says so on its card."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    check_answers,
    start_initiative,
    with_check_answers,
)
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Choice,
    PeerAnswer,
    Review,
    answer,
    from_check_text,
    pre_answer_from_checks,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.question import QuestionRow
from tests.helpers import (
    open_catalogue_check,
    run_app,
    type_text,
    wait_until,
)

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
RESULT_WIN = 7
OTHER_WIN = 8


def _problem(peer_could: bool | None, chosen: bool | None) -> Initiative:
    """A problem whose check gave these answers, with RESULT_WIN as its result."""
    started = start_initiative("Flaky CI", NOW, problem_id="slow-ci")
    return with_check_answers(started, peer_could, chosen).with_changes(
        win_ids=(RESULT_WIN,)
    )


def _run() -> Review:
    """A run of 2026Q4 just started over RESULT_WIN and another win."""
    wins = [
        Win(title=title, date=dt.date(2026, 10, day), id=win_id)
        for title, day, win_id in (
            ("Reruns down", 5, RESULT_WIN),
            ("Docs", 6, OTHER_WIN),
        )
    ]
    return start_review(parse_quarter("2026Q4"), wins, NOW)


# --- the rule -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("problem", "win_id", "peer", "choice", "said"),
    [
        (
            _problem(False, True),
            RESULT_WIN,
            PeerAnswer.NO,
            Choice.CHOSE,
            catalogue.WALK_FROM_CHECK_BOTH,
        ),
        (
            _problem(False, False),
            RESULT_WIN,
            PeerAnswer.NO,
            Choice.ASSIGNED,
            catalogue.WALK_FROM_CHECK_BOTH,
        ),
        (_problem(None, None), RESULT_WIN, None, None, ""),
        (
            _problem(True, None),
            RESULT_WIN,
            PeerAnswer.YES,
            None,
            catalogue.WALK_FROM_CHECK_Q1,
        ),
        (_problem(False, True), OTHER_WIN, None, None, ""),
    ],
    ids=[
        "both answered: both pre-answered",
        "assigned work stays assigned",
        "an older problem keeps no answers: nothing pre-answered",
        "started anyway after a peer-would verdict: only what was said",
        "a win that is no problem's result: nothing pre-answered",
    ],
)
def test_a_run_starts_from_the_checks_answers_for_a_result_win(
    problem: Initiative,
    win_id: int,
    peer: PeerAnswer | None,
    choice: Choice | None,
    said: str,
) -> None:
    review = pre_answer_from_checks(_run(), [problem], now=NOW)

    entry = review.entry(win_id)
    assert entry.answers.peer_could is peer
    assert entry.answers.choice is choice
    assert from_check_text(entry, [problem]) == said


def test_answers_given_before_are_kept_and_a_change_drops_the_line() -> None:
    problem = _problem(False, True)
    carried = answer(_run(), RESULT_WIN, now=NOW, peer_could="not_sure")

    review = pre_answer_from_checks(carried, [problem], now=NOW)

    entry = review.entry(RESULT_WIN)
    assert entry.answers.peer_could is PeerAnswer.NOT_SURE
    assert entry.answers.choice is Choice.CHOSE
    assert from_check_text(entry, [problem]) == catalogue.WALK_FROM_CHECK_Q2


# --- the check keeps its answers --------------------------------------------------


async def test_the_check_keeps_its_answers_to_questions_1_and_2(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        await open_catalogue_check(pilot)
        await pilot.press("n", "y")
        await type_text(pilot, "Reruns from 30% to 5%")
        await pilot.press("enter", "enter", "ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))

    [started] = initiatives(store)
    assert check_answers(started) == (False, True)


async def test_a_problem_started_anyway_keeps_only_what_the_check_said(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        await open_catalogue_check(pilot)
        # "A peer would do it anyway" settles the check before question 2.
        await pilot.press("y")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))

    [started] = initiatives(store)
    assert check_answers(started) == (True, None)


# --- the walk -------------------------------------------------------------------


def _seed_result_win(store: Store) -> Win:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(
        framed(
            Win(
                title="Flaky reruns cut",
                date=dt.date(2026, 10, 5),
                what_changed="Reruns from 30% of builds to 5%",
            )
        )
    )
    assert win.id is not None
    problem = with_check_answers(
        start_initiative("Flaky CI", NOW, problem_id="slow-ci"), False, True
    )
    save_initiative(store, problem.with_changes(win_ids=(win.id,)))
    return win


async def test_the_walk_opens_a_result_win_on_question_3_and_says_why(
    store: Store, clock: FixedClock
) -> None:
    _seed_result_win(store)
    async with run_app(store, clock, size=(80, 24)) as (app, pilot):
        await pilot.press("r", "s")
        await wait_until(pilot, lambda: app.focused is app.screen.query_one("#q3"))
        walk = app.screen
        card = walk.query_one("#win-card", Static)
        assert walk.query_one("#q1", QuestionRow).value == "no"
        assert walk.query_one("#q2", QuestionRow).value == "chose"
        assert catalogue.WALK_FROM_CHECK_BOTH in str(card.render())

        # Changing question 1 in the walk is kept; the card says what is left.
        await pilot.press("shift+tab", "shift+tab", "y")
        await wait_until(
            pilot, lambda: walk.query_one("#q1", QuestionRow).value == "yes"
        )
        await wait_until(
            pilot, lambda: catalogue.WALK_FROM_CHECK_Q2 in str(card.render())
        )
