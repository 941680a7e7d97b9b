"""A problem's result win starts the quarterly review from what the problem's
up-front check answered to questions 1 and 2, and says so on its card; other
wins linked to the problem by hand are the user's to answer."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    add_reading,
    check_answers,
    start_initiative,
    with_check_answers,
)
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import Measure, Win
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
BASELINE = Reading(30, "%", dt.date(2026, 9, 1))
"""The problem's baseline: the result win's before → after starts from it."""

WINS = (
    Win(
        title="Reruns down",
        date=dt.date(2026, 10, 5),
        measure=Measure(before=30, after=5, unit="%"),
        id=RESULT_WIN,
    ),
    Win(title="Docs", date=dt.date(2026, 10, 6), id=OTHER_WIN),
)


def _problem(
    peer_could: bool | None, chosen: bool | None, linked: tuple[int, ...] = ()
) -> Initiative:
    """A problem whose check gave these answers, with RESULT_WIN as its result
    and the wins ``linked`` by hand beside it."""
    started = start_initiative("Flaky CI", NOW, problem_id="slow-ci")
    measured = add_reading(started, BASELINE, NOW)
    return with_check_answers(measured, peer_could, chosen).with_changes(
        win_ids=(RESULT_WIN, *linked)
    )


def _run() -> Review:
    """A run of 2026Q4 just started over RESULT_WIN and another win."""
    return start_review(parse_quarter("2026Q4"), WINS, NOW)


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
        (_problem(False, True, linked=(OTHER_WIN,)), OTHER_WIN, None, None, ""),
        (
            _problem(False, True, linked=(OTHER_WIN,)),
            RESULT_WIN,
            PeerAnswer.NO,
            Choice.CHOSE,
            catalogue.WALK_FROM_CHECK_BOTH,
        ),
    ],
    ids=[
        "both answered: both pre-answered",
        "assigned work stays assigned",
        "an older problem keeps no answers: nothing pre-answered",
        "started anyway after a peer-would verdict: only what was said",
        "a win that is no problem's result: nothing pre-answered",
        "a win linked by hand: the user answers it",
        "the result win beside a win linked by hand: pre-answered",
    ],
)
def test_a_run_starts_from_the_checks_answers_for_a_result_win(
    problem: Initiative,
    win_id: int,
    peer: PeerAnswer | None,
    choice: Choice | None,
    said: str,
) -> None:
    review = pre_answer_from_checks(_run(), [problem], WINS, now=NOW)

    entry = review.entry(win_id)
    assert entry.answers.peer_could is peer
    assert entry.answers.choice is choice
    assert from_check_text(entry, [problem], WINS) == said


def test_answers_given_before_are_kept_and_a_change_drops_the_line() -> None:
    problem = _problem(False, True)
    carried = answer(_run(), RESULT_WIN, now=NOW, peer_could="not_sure")

    review = pre_answer_from_checks(carried, [problem], WINS, now=NOW)

    entry = review.entry(RESULT_WIN)
    assert entry.answers.peer_could is PeerAnswer.NOT_SURE
    assert entry.answers.choice is Choice.CHOSE
    assert from_check_text(entry, [problem], WINS) == catalogue.WALK_FROM_CHECK_Q2


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


def _seed_result_win(store: Store, *linked: Win) -> Win:
    """Save a problem whose check said "no" and "chose", its result win, and
    the ``linked`` wins linked to it by hand."""
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(
        framed(
            Win(
                title="Flaky reruns cut",
                date=dt.date(2026, 10, 5),
                what_changed="Reruns from 30% of builds to 5%",
                measure=Measure(before=30, after=5, unit="%"),
            )
        )
    )
    assert win.id is not None
    others = tuple(store.add_win(framed(other)).id for other in linked)
    started = start_initiative("Flaky CI", NOW, problem_id="slow-ci")
    problem = with_check_answers(add_reading(started, BASELINE, NOW), False, True)
    save_initiative(store, problem.with_changes(win_ids=(win.id, *others)))
    return win


async def test_the_walk_opens_a_result_win_on_question_3_and_says_why(
    store: Store, clock: FixedClock
) -> None:
    _seed_result_win(store)
    async with run_app(store, clock, size=(80, 24)) as (app, pilot):
        await pilot.press("r", "s")
        await wait_until(pilot, lambda: app.focused is app.screen.query_one("#q3"))
        walk = app.screen
        status = walk.query_one("#walk-carried", Static)
        assert walk.query_one("#q1", QuestionRow).value == "no"
        assert walk.query_one("#q2", QuestionRow).value == "chose"
        assert str(status.render()) == (
            "Questions 1 and 2 answered in the problem's up-front check; "
            "you are on question 3."
        )

        # Changing question 1 in the walk is kept; the line says what is left.
        await pilot.press("shift+tab", "shift+tab", "y")
        await wait_until(
            pilot, lambda: walk.query_one("#q1", QuestionRow).value == "yes"
        )
        await wait_until(
            pilot, lambda: str(status.render()) == catalogue.WALK_FROM_CHECK_Q2
        )


async def test_a_win_linked_by_hand_is_walked_from_question_1(
    store: Store, clock: FixedClock
) -> None:
    guide = Win(
        title="Wrote the guide to quarantining a flaky test",
        date=dt.date(2026, 10, 2),
        what_changed="New joiners quarantine flaky tests without asking",
    )
    _seed_result_win(store, guide)
    async with run_app(store, clock, size=(80, 24)) as (app, pilot):
        await pilot.press("r", "s")
        await wait_until(pilot, lambda: app.focused is app.screen.query_one("#q1"))
        walk = app.screen
        card = str(walk.query_one("#win-card", Static).render())

        assert "Wrote the guide" in card
        assert walk.query_one("#q1", QuestionRow).value is None
        assert walk.query_one("#q2", QuestionRow).value is None
        assert not walk.query_one("#walk-carried", Static).display
