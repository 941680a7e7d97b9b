"""Landing on a problem's result win, the walk passes over the answers the
problem's check filled in: its status line says which, and which question the
focus is on, so answer keys typed as for other wins are not a surprise."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Reading,
    add_reading,
    start_initiative,
    with_check_answers,
)
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import (
    from_check_text,
    pre_answer_from_checks,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import run_app, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
BASELINE = Reading(30, "%", dt.date(2026, 9, 1))
RESULT = Win(
    id=7,
    title="Flaky reruns cut",
    date=dt.date(2026, 10, 5),
    what_changed="Reruns from 30% of builds to 5%",
    measure=Measure(before=30, after=5, unit="%"),
)
LANDED = (
    "Questions 1 and 2 answered in the problem's up-front check; you are on question 3."
)


ON_QUESTION: list[tuple[str, bool | None, bool | None, int | None, str]] = [
    # (case, check's question 1, check's question 2, focus on, said)
    ("both filled in, on question 3", False, True, 3, LANDED),
    ("both filled in, focus unsaid", False, True, None, catalogue.WALK_FROM_CHECK_BOTH),
    (
        "only question 1 filled in, on question 2",
        True,
        None,
        2,
        "Question 1 answered in the problem's up-front check; you are on question 2.",
    ),
    ("nothing filled in", None, None, 1, ""),
]


@pytest.mark.parametrize(
    ("peer_could", "chosen", "on_question", "said"),
    [row[1:] for row in ON_QUESTION],
    ids=[row[0] for row in ON_QUESTION],
)
def test_the_line_names_the_question_the_focus_landed_on(
    peer_could: bool | None, chosen: bool | None, on_question: int | None, said: str
) -> None:
    started = start_initiative("Flaky CI", NOW, problem_id="slow-ci")
    measured = add_reading(started, BASELINE, NOW)
    problem = with_check_answers(measured, peer_could, chosen)
    problem = problem.with_changes(win_ids=(RESULT.id,))
    run = start_review(parse_quarter("2026Q4"), [RESULT], NOW)
    run = pre_answer_from_checks(run, [problem], [RESULT], now=NOW)

    entry = run.entry(7)
    assert from_check_text(entry, [problem], [RESULT], on_question) == said


def _seed(store: Store) -> None:
    """A problem whose check said "no" and "chose", and its result win."""
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(framed(RESULT.with_changes(id=None)))
    started = start_initiative("Flaky CI", NOW, problem_id="slow-ci")
    problem = with_check_answers(add_reading(started, BASELINE, NOW), False, True)
    save_initiative(store, problem.with_changes(win_ids=(win.id,)))


async def test_landing_on_a_result_win_says_where_the_focus_is(
    store: Store, clock: FixedClock
) -> None:
    _seed(store)
    async with run_app(store, clock, size=(80, 24)) as (app, pilot):
        await pilot.press("r", "s")
        await wait_until(pilot, lambda: app.focused is app.screen.query_one("#q3"))
        walk = app.screen
        status = walk.query_one("#walk-carried", Static)
        assert status.display
        assert str(status.render()) == LANDED
        # Said once, above the questions, not again on the card.
        assert "up-front check" not in str(walk.query_one("#win-card").render())

        # Confirming question 3 moves the focus on: the check's answers are
        # still said, where the focus went no longer needs to be.
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.focused is walk.query_one("#q4"))
        await wait_until(
            pilot, lambda: str(status.render()) == catalogue.WALK_FROM_CHECK_BOTH
        )


async def test_moving_the_focus_away_drops_where_it_landed(
    store: Store, clock: FixedClock
) -> None:
    _seed(store)
    async with run_app(store, clock, size=(80, 24)) as (app, pilot):
        await pilot.press("r", "s")
        await wait_until(pilot, lambda: app.focused is app.screen.query_one("#q3"))
        status = app.screen.query_one("#walk-carried", Static)
        assert str(status.render()) == LANDED

        await pilot.press("shift+tab")
        await wait_until(
            pilot, lambda: str(status.render()) == catalogue.WALK_FROM_CHECK_BOTH
        )
