"""A result holds only once better readings after the change span four weeks;
an impossible date is called impossible; a percentage of counted things is told
as their share.
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual.content import Content
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.dates import parse_date
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    Stakeholders,
    add_reading,
    advance,
    leave_stage_question,
    result_held,
    result_title,
    result_what_changed,
    start_initiative,
    step_after_result_win,
)
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import home_read, make_app, open_problem_page, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
BASELINE_DAY = dt.date(2026, 10, 1)


def measuring(
    readings: tuple[tuple[dt.date, float], ...],
    metric: str = "PRs needing a rerun",
    unit: str = "%",
) -> Initiative:
    """A problem at measuring with a 30 baseline and the given later readings."""
    initiative = start_initiative("Flaky tests that everyone reruns", NOW)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, forward, NOW)
    initiative = add_reading(initiative, Reading(30, unit, BASELINE_DAY), NOW)
    for day, value in readings:
        initiative = add_reading(initiative, Reading(value, unit, day), NOW)
    return initiative.with_changes(
        metric=metric, better="lower", stakeholders=Stakeholders(agreed=("EM",))
    )


def holds_on(day: str) -> str:
    return catalogue.INITIATIVE_STEP_RESULT_HOLDS_ON.format(day=day)


TODAY = NOW.date()
WEEK = dt.timedelta(days=7)


@pytest.mark.parametrize(
    ("readings", "held", "step"),
    [
        # One reading today, however long after the baseline.
        (((TODAY, 4),), False, holds_on("16 Dec 2026")),
        # Two better readings a week apart: four weeks from the first.
        (((TODAY - WEEK, 5), (TODAY, 4)), False, holds_on("9 Dec 2026")),
        # Two better readings five weeks apart.
        (
            ((TODAY - 5 * WEEK, 5), (TODAY, 4)),
            True,
            catalogue.INITIATIVE_STEP_RESULT_HELD,
        ),
        # A worse reading on the way starts the count again.
        (
            ((TODAY - 5 * WEEK, 5), (TODAY - WEEK, 35), (TODAY, 4)),
            False,
            holds_on("16 Dec 2026"),
        ),
    ],
)
def test_a_result_holds_once_better_readings_span_four_weeks(
    readings: tuple[tuple[dt.date, float], ...], held: bool, step: str
) -> None:
    initiative = measuring(readings)

    assert result_held(initiative) is held
    assert step_after_result_win(initiative) == step


def test_a_later_reading_worse_than_the_baseline_has_not_held() -> None:
    initiative = measuring(((TODAY - 5 * WEEK, 5), (TODAY, 35)))

    assert not result_held(initiative)
    assert leave_stage_question(initiative) == ""


def test_done_before_the_result_held_asks_first_and_names_the_day() -> None:
    young = measuring(((TODAY, 4),))
    held = measuring(((TODAY - 5 * WEEK, 5), (TODAY, 4)))

    question = leave_stage_question(young)
    assert (
        "The result counts as held once better readings span four weeks, and "
        "better readings began on 18 Nov 2026: a reading on or after 16 Dec 2026 "
        "can show it holds"
    ) in question
    assert question.endswith("Move to Done anyway?")
    assert leave_stage_question(held) == ""


async def test_problem_page_warns_before_done_and_home_says_when(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    initiative = measuring(((TODAY, 4),))
    save_initiative(
        store, initiative.with_changes(next_step=step_after_result_win(initiative))
    )
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await home_read(pilot)
        notes = pilot.app.screen.query_one("#home-notes", Static)
        plain = " ".join(Content.from_markup(str(notes.content)).plain.split())
        assert "take another reading on or after 16 Dec 2026 to show it holds" in (
            plain
        )

        await open_problem_page(pilot)
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "on or after 16 Dec 2026" in dialog.question


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2027-02-30", "There is no 30 February 2027: February 2027 has 28 days."),
        ("31/04/2027", "There is no 31 April 2027: April 2027 has 30 days."),
        ("2028-02-30", "There is no 30 February 2028: February 2028 has 29 days."),
        ("2026-13-01", "'2026-13-01' names month 13, and there is no such month"),
        ("2027-2-3x", "is not a date I can read without guessing"),
    ],
)
def test_an_impossible_date_is_called_impossible(text: str, said: str) -> None:
    with pytest.raises(CareerClimbError) as raised:
        parse_date(text, TODAY)

    assert said in str(raised.value)


@pytest.mark.parametrize(
    ("metric", "title", "changed"),
    [
        (
            "PRs needing a rerun",
            "Cut the share of PRs needing a rerun from 30% to 4%",
            "The share of PRs needing a rerun went from 30% to 4%",
        ),
        (
            "Builds that fail",
            "Cut the share of builds that fail from 30% to 4%",
            "The share of builds that fail went from 30% to 4%",
        ),
        (
            "change failure rate",
            "Cut the change failure rate from 30% to 4%",
            "The change failure rate went from 30% to 4%",
        ),
        (
            "share of deploys rolled back",
            "Cut the share of deploys rolled back from 30% to 4%",
            "The share of deploys rolled back went from 30% to 4%",
        ),
        (
            "% of PRs rerun",
            "Cut the % of PRs rerun from 30% to 4%",
            "The % of PRs rerun went from 30% to 4%",
        ),
    ],
)
def test_a_percentage_of_counted_things_is_told_as_their_share(
    metric: str, title: str, changed: str
) -> None:
    initiative = measuring(((TODAY, 4),), metric=metric)

    assert result_title(initiative) == title
    assert result_what_changed(initiative) == changed


def test_counted_things_in_their_own_unit_are_not_a_share() -> None:
    initiative = measuring(((TODAY, 4),), metric="PRs needing a rerun", unit="PRs")

    assert "share" not in result_title(initiative)
