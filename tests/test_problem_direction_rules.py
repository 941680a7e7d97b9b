"""Which way is better: read from the user's own words, turned at any reading,
and obeyed by the result win."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    add_note,
    add_reading,
    advance,
    better_contradiction,
    offers_result_win,
    result_win,
    result_win_refusal,
    start_initiative,
    stated_direction,
    suggested_better,
)
from careerclimb_tui.errors import CareerClimbError

DAY = dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("said", "direction"),
    [
        ("CI red-run rate: 20% -> 2%", "lower"),
        ("from 20% to 2%", "lower"),
        ("Reruns from 30% to under 5% of builds, measured weekly", "lower"),
        ("p95 from 800ms to 200ms", "lower"),
        ("deploys per week 2 → 10", "higher"),
        ("from 1,200 to 3,000 sign-ups", "higher"),
        ("Lead time 3 days => 1 day", "lower"),
        # Units are made one before the numbers are compared.
        ("review wait: 3 days → 4 hours", "lower"),
        ("builds 2 minutes -> 30 seconds", "lower"),
        ("focus time 45 minutes → 2 hours", "higher"),
        # What would change is often said as a change still ahead.
        ("Review wait should drop from 3 days to 4 hours", "lower"),
        ("Nobody reruns the pipeline any more", ""),
        ("Pages halved", ""),
        ("from 5 to 5", ""),
        ("", ""),
    ],
)
def test_a_stated_change_implies_which_way_is_better(said: str, direction: str) -> None:
    assert stated_direction(said) == direction


def checked(clock: FixedClock, said: str, better: str = "") -> Initiative:
    """A problem whose up-front check said ``said`` would change, now measuring."""
    note = catalogue.PROBLEM_CHECK_NOTE_CHANGE.format(text=said)
    initiative = add_note(
        start_initiative("Flaky tests", clock.now()), note, clock.now()
    )
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, stage, clock.now())
    return initiative.with_changes(metric="CI red-run rate", better=better)


@pytest.mark.parametrize(
    ("said", "chosen", "suggested"),
    [
        ("CI red-run rate: 20% -> 2%", "", "lower"),
        ("CI red-run rate: 20% -> 2%", "higher", "higher"),
        ("Nobody reruns the pipeline", "", ""),
    ],
)
def test_the_direction_is_suggested_from_the_check_until_chosen(
    said: str, chosen: str, suggested: str, clock: FixedClock
) -> None:
    assert suggested_better(checked(clock, said, chosen)) == suggested


@pytest.mark.parametrize(
    ("said", "chosen", "warned"),
    [
        ("CI red-run rate: 20% -> 2%", "higher", True),
        ("CI red-run rate: 20% -> 2%", "lower", False),
        ("CI red-run rate: 20% -> 2%", "", False),
        ("Nobody reruns the pipeline", "higher", False),
    ],
)
def test_a_direction_against_the_stated_change_is_named(
    said: str, chosen: str, warned: bool, clock: FixedClock
) -> None:
    notice = better_contradiction(checked(clock, said, chosen))

    assert bool(notice) is warned
    if warned:
        assert "higher is better" in notice and "20% -> 2%" in notice
        assert "lower is better" in notice and "press m" in notice


def measured(clock: FixedClock, better: str, values: tuple[float, ...]) -> Initiative:
    initiative = checked(clock, "CI red-run rate: 20% -> 2%", better)
    for offset, value in enumerate(values):
        day = clock.today() + offset * DAY
        initiative = add_reading(initiative, Reading(value, "%", day), clock.now())
    return initiative


@pytest.mark.parametrize(
    ("better", "values", "offered"),
    [
        ("higher", (20, 4), False),
        ("lower", (20, 4), True),
        ("higher", (20, 30), True),
        ("lower", (20, 30), False),
        ("", (20, 4), True),
    ],
    ids=[
        "worse when higher is better",
        "better when lower is better",
        "better when higher is better",
        "worse when lower is better",
        "no direction to judge by",
    ],
)
def test_the_result_win_is_offered_only_for_a_better_reading(
    better: str, values: tuple[float, ...], offered: bool, clock: FixedClock
) -> None:
    initiative = measured(clock, better, values)

    assert offers_result_win(initiative, {}) is offered
    assert bool(result_win_refusal(initiative)) is not offered


def test_a_worse_reading_is_not_drafted_as_a_win_and_says_what_to_do(
    clock: FixedClock,
) -> None:
    initiative = measured(clock, "higher", (20, 4))

    with pytest.raises(CareerClimbError) as refused:
        result_win(initiative, clock.today())

    said = refused.value.message
    assert "20% → 4%" in said and "higher is better" in said
    assert "reading (m)" in said and "which way is better" in said
