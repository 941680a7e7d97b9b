"""A unit names what the numbers count: one typed as a number ("800", "1.5") is
refused, under the unit in the win form, as a usage error by the command, and
for a problem's readings too."""

from __future__ import annotations

import io

import pytest
from textual.widgets import Input

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.numbers import is_number_unit, measure_from_fields
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives
from careerclimb_tui.widgets.fields import FieldError
from tests.helpers import make_app, save_driving, type_text, wait_until

# (case, unit as typed, names nothing)
UNITS = [
    ("a whole number", "800", True),
    ("a decimal", "1.5", True),
    ("digits and spaces", " 8 00 ", True),
    ("a dash alone", "-", True),
    ("a number with a comma", "1,000", True),
    ("blank", "", False),
    ("spaces", "   ", False),
    ("a word", "minutes", False),
    ("letters short", "ms", False),
    ("percent", "%", False),
    ("per mille", "‰", False),
    ("a money sign", "$", False),
    ("degrees", "°C", False),
    ("a rate", "deploys/week", False),
    ("digits in a word", "2xx errors", False),
]


@pytest.mark.parametrize(
    ("unit", "refused"),
    [case[1:] for case in UNITS],
    ids=[case[0] for case in UNITS],
)
def test_a_unit_with_no_letter_or_sign_names_nothing(unit: str, refused: bool) -> None:
    assert is_number_unit(unit) is refused


def test_a_measure_with_a_number_for_unit_is_refused_as_a_usage_error() -> None:
    with pytest.raises(CareerClimbError) as raised:
        measure_from_fields("latency", "805", "800", "800")

    assert raised.value.exit_code == 2
    assert "'800' is not a unit" in raised.value.message


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    try:
        return main(list(argv), clock=clock, out=io.StringIO()), ""
    except SystemExit as stopped:
        return int(stopped.code or 0), ""


def test_log_refuses_a_number_for_unit(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(
        clock, "log", "Cut p95 latency", "--before", "805", "--after", "800",
        "--unit", "800",
    )  # fmt: skip

    assert code == 2
    assert "'800' is not a unit" in capsys.readouterr().err
    assert store.wins() == []


def test_a_problem_reading_refuses_a_number_for_unit(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    save_driving(store, clock, "Cut CI time")

    code, _ = run(
        clock, "problem", "measure", "1", "30", "--unit", "1.5",
        "--metric", "CI time", "--better", "lower",
    )  # fmt: skip

    assert code == 2
    assert "'1.5' is not a unit" in capsys.readouterr().err
    assert all(problem.baseline is None for problem in initiatives(store))


async def test_the_win_form_says_it_under_the_unit_and_focuses_it(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("k")
        screen = app.screen
        assert isinstance(screen, LogWinScreen)
        await type_text(pilot, "Cut p95 latency of the search page")
        for field, value in [("#unit", "800"), ("#before", "805"), ("#after", "5")]:
            screen.query_one(field, Input).value = value
        await pilot.pause()
        await pilot.press("ctrl+s")
        error = screen.query_one("#measure-error", FieldError)
        await wait_until(pilot, lambda: bool(error.message))

        assert error.message == catalogue.NUMBER_UNIT_NAMES_NOTHING.format(unit="800")
        assert app.focused is screen.query_one("#unit", Input)
        assert store.wins() == []
