"""A reading typed wrong is caught the same way in the app and on the command line,
a thousand times too small as well as too large, and one that got through can be
put right or removed from the problem page and with `problem readings`."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from textual.widgets import Input, OptionList

from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    add_reading,
    correct_reading,
    correction_jump,
    reading_jump,
    remove_reading,
    start_initiative,
)
from careerclimb_tui.domain.numbers import is_share, refuse_past_whole
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_dialogs import ReadingFixDialog, ReadingsDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, type_text, wait_until

NOW = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)
DAY = dt.date(2026, 11, 2)


def measured(metric: str, unit: str, *values: float) -> Initiative:
    """An initiative measuring ``metric``, its readings a week apart."""
    initiative = start_initiative("Flaky builds", NOW).with_changes(
        metric=metric, better="lower"
    )
    for offset, value in enumerate(values):
        day = DAY + dt.timedelta(days=7 * offset)
        initiative = add_reading(initiative, Reading(value, unit, day), NOW)
    return initiative


def values_of(initiative: Initiative) -> list[float]:
    """The baseline's value, then each later reading's."""
    first = [initiative.baseline.value] if initiative.baseline else []
    return [*first, *(reading.value for reading in initiative.readings)]


# --- a share of things counted in the name ------------------------------------------


@pytest.mark.parametrize(
    ("unit", "metric", "share"),
    [
        ("%", "builds retried", True),
        ("%", "Tests passing", True),
        ("percent", "Deploys that fail", True),
        ("% of builds", "", True),
        ("%", "Revenue growth", False),
        ("%", "Increase in sign-ups", False),
        ("%", "Story points", False),
        ("%", "Lead time for changes", False),
        ("%", "", False),
        ("hours", "builds retried", False),
    ],
)
def test_a_bare_percentage_of_things_counted_is_a_share(
    unit: str, metric: str, share: bool
) -> None:
    assert is_share(unit, metric) is share


@pytest.mark.parametrize(
    ("metric", "value", "refused"),
    [
        ("builds retried", 150, True),
        ("builds retried", 31_000, True),
        ("builds retried", 100, False),
        ("Revenue growth", 150, False),
    ],
)
def test_a_share_of_things_counted_stops_at_a_hundred_percent(
    metric: str, value: float, refused: bool
) -> None:
    if not refused:
        refuse_past_whole(value, "%", metric)
        return
    with pytest.raises(CareerClimbError, match="more than all of it"):
        refuse_past_whole(value, "%", metric)


# --- a thousand times smaller --------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "new", "questioned"),
    [
        ((30,), 0.03, True),
        ((30,), 0.031, False),
        ((31, 31_000), 0.01, True),
        ((31, 20), 0.03, False),
        ((30,), 0, False),
        ((0,), 0.0001, False),
        ((30, 0), 0.001, False),
        ((30,), -0.01, True),
        ((), 0.0001, False),
    ],
    ids=[
        "a thousandth of 30",
        "just over a thousandth",
        "after a jump up",
        "a thousandth of one only",
        "down to zero",
        "zero baseline",
        "zero last reading",
        "tiny below zero",
        "the baseline itself",
    ],
)
def test_a_reading_a_thousand_times_smaller_is_questioned(
    values: tuple[float, ...], new: float, questioned: bool
) -> None:
    said = reading_jump(measured("Release slip", "days late", *values), new)

    assert bool(said) is questioned
    if questioned:
        assert "at most a thousandth of the baseline" in said
        assert "Check the number" in said and said.endswith(".")


def test_the_cli_holds_a_reading_to_the_apps_rules(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    problem = save_initiative(store, start_initiative("Flaky builds", clock.now()))
    ident = str(problem.id)
    out = io.StringIO()
    baseline = ["--metric", "builds retried", "--better", "lower", "--unit", "%"]
    first = main(["problem", "measure", ident, "31", *baseline], clock=clock, out=out)
    assert first == 0
    assert main(["problem", "measure", ident, "31000"], clock=clock) == 2
    assert "more than all of it" in capsys.readouterr().err
    assert main(["problem", "measure", ident, "31000", "--yes"], clock=clock) == 2
    assert main(["problem", "measure", ident, "0.03"], clock=clock) == 2
    err = capsys.readouterr().err
    assert "a thousandth of the baseline (31%)" in err and "--yes" in err
    assert not initiatives(store)[0].readings

    kept = main(["problem", "measure", ident, "0.03", "--yes"], clock=clock, out=out)

    assert kept == 0
    assert values_of(initiatives(store)[0]) == [31, 0.03]


# --- correcting and removing readings ----------------------------------------------


@pytest.mark.parametrize(
    ("values", "number", "left"),
    [
        ((31, 31_000, 20), 2, [31, 20]),
        ((31, 31_000, 20), 3, [31, 31_000]),
        ((31, 40, 20), 1, [40, 20]),
        ((31,), 1, []),
    ],
    ids=["a middle reading", "the latest", "the baseline", "the only one"],
)
def test_removing_a_reading_keeps_the_others_in_order(
    values: tuple[float, ...], number: int, left: list[float]
) -> None:
    removed = remove_reading(measured("Reruns", "reruns", *values), number, NOW)

    assert values_of(removed) == left


@pytest.mark.parametrize("number", [0, 4, -1])
def test_a_reading_number_not_listed_is_refused(number: int) -> None:
    with pytest.raises(CareerClimbError, match="numbered from 1, the baseline, to 3"):
        remove_reading(measured("Reruns", "reruns", 31, 40, 20), number, NOW)


@pytest.mark.parametrize(
    ("number", "value", "offset", "refused"),
    [
        (2, 3.1, 7, ""),
        (1, 30, 0, ""),
        (1, 30, -3, ""),
        (2, 150, 7, "more than all of it"),
        (3, -1, 14, "below zero"),
        (1, 30, 8, "The baseline cannot be dated"),
        (3, 20, -1, "comes before the baseline"),
    ],
    ids=[
        "a later number",
        "the baseline's number",
        "the baseline earlier",
        "past the whole",
        "below zero",
        "baseline after a reading",
        "reading before the baseline",
    ],
)
def test_a_corrected_reading_follows_the_rules_of_a_new_one(
    number: int, value: float, offset: int, refused: str
) -> None:
    shown = measured("builds retried", "%", 31, 40, 20)
    wanted = Reading(value, "", DAY + dt.timedelta(days=offset), "CI")

    if refused:
        with pytest.raises(CareerClimbError, match=refused):
            correct_reading(shown, number, wanted, NOW)
        return
    fixed = correct_reading(shown, number, wanted, NOW)
    readings = [fixed.baseline, *fixed.readings]
    assert readings[number - 1] == Reading(value, "%", wanted.date, "CI")
    assert {reading.unit for reading in readings} == {"%"}


def test_a_correction_moved_past_a_later_reading_takes_its_place_by_date() -> None:
    shown = measured("Reruns", "reruns", 31, 40, 20)

    fixed = correct_reading(shown, 2, Reading(45, "", DAY + dt.timedelta(days=20)), NOW)

    assert values_of(fixed) == [31, 20, 45]


def test_a_correction_out_of_proportion_with_the_other_readings_is_questioned() -> None:
    slipped = measured("Reruns", "reruns", 30, 31_000, 20)
    shown = measured("Reruns", "reruns", 30, 20, 25)

    assert correction_jump(slipped, 2, 25) == ""
    assert "at least a thousand times" in correction_jump(shown, 3, 31_000)
    assert "a thousandth" in correction_jump(shown, 3, 0.01)


def test_the_cli_lists_corrects_and_removes_readings(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    earlier = clock.today() - dt.timedelta(days=14)
    problem = measured("Reruns", "reruns/week", 31).with_changes(
        baseline=Reading(31, "reruns/week", earlier, "CI")
    )
    problem = add_reading(problem, Reading(31_000, "reruns/week", clock.today()), NOW)
    problem = add_reading(problem, Reading(20, "reruns/week", clock.today()), NOW)
    ident = str(save_initiative(store, problem).id)

    def run(*args: str) -> int:
        return main(["problem", "readings", ident, *args], clock=clock)

    assert run() == 0
    listed = capsys.readouterr().out
    assert "1  " + earlier.isoformat() + "  31 reruns/week  baseline  (CI)" in listed
    assert f"readings {ident} --delete N" in listed

    assert run("--correct", "3", "0.001") == 2
    assert "--yes" in capsys.readouterr().err
    assert run("--delete", "4") == 1
    assert run("--delete", "two") == 2
    assert values_of(initiatives(store)[0]) == [31, 31_000, 20]

    assert run("--correct", "2", "25") == 0
    assert "Reading 2 of problem" in capsys.readouterr().out
    assert values_of(initiatives(store)[0]) == [31, 25, 20]
    assert initiatives(store)[0].readings[0].date == clock.today()

    assert run("--delete", "1") == 0
    said = capsys.readouterr().out
    assert "The baseline is now 25 reruns/week" in said
    assert values_of(initiatives(store)[0]) == [25, 20]


# --- on the problem page -------------------------------------------------------------


def measured_app(store: Store, clock: FixedClock) -> tuple[int, CareerClimbApp]:
    """Store a problem with a baseline of 31% and two later readings; the app."""
    store.save_profile(DEMO_PROFILE)
    problem = measured("builds retried", "%", 31)
    for value in (99, 0.03):
        problem = add_reading(problem, Reading(value, "%", DAY), NOW)
    saved = save_initiative(store, problem)
    assert saved.id is not None
    return saved.id, make_app(store, clock)


async def test_the_page_removes_a_reading_once_the_user_says_yes(
    store: Store, clock: FixedClock
) -> None:
    ident, app = measured_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(InitiativeScreen(ident))
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        page = app.screen
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingsDialog))
        listed = app.screen.query_one(OptionList)
        assert listed.highlighted == 2
        await pilot.press("up", "d")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert "99% on 2 Nov 2026" in app.screen.question
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingsDialog))
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is page)
        assert values_of(initiatives(store)[0]) == [31, 99, 0.03]

        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingsDialog))
        await pilot.press("up", "delete")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: len(initiatives(store)[0].readings) == 1)

    assert values_of(initiatives(store)[0]) == [31, 0.03]


async def test_the_page_corrects_the_latest_reading_typed_over(
    store: Store, clock: FixedClock
) -> None:
    ident, app = measured_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(InitiativeScreen(ident))
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingsDialog))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingFixDialog))
        field = app.screen.query_one("#field-value", Input)
        await wait_until(pilot, lambda: app.focused is field)
        assert field.value == "0.03"
        await type_text(pilot, "3")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: initiatives(store)[0].readings[-1].value == 3)

    assert values_of(initiatives(store)[0]) == [31, 99, 3]
