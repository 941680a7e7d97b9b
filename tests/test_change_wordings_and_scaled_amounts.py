"""The coach reads a change however its before and after are ordered, and an
amount may be typed as it is written: 40k, $1.5m, -$40k.

1. "down to 8 minutes from 20", "40 before, 6 after", "is 0.5% now, down from
   3%" and "98% of the time, up from 70%" are before → after measures, the
   right way round and in their unit; a destination, a version or a ceiling
   is not.
2. The log form and `careerclimb log` read "40k", "1.5m", "2bn" and a leading
   money sign, which becomes the unit when there is none.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from textual.widgets import Input

from careerclimb_tui import catalogue
from careerclimb_tui.cli import attach_signed_values, main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.framing import read_statement, read_win
from careerclimb_tui.domain.initiative import Reading, reading_value
from careerclimb_tui.domain.numbers import (
    AFTER,
    BEFORE,
    measure_from_fields,
    measure_value_at_fault,
    parse_amount,
    read_amount,
)
from careerclimb_tui.domain.records import Measure, describe_measure
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

# --- 1. Before → after in any order -------------------------------------------------

# (the statement, before, after, unit, what it names)
CHANGES = [
    ("Build time down to 8 minutes from 20", 20, 8, "minutes", "Build time"),
    ("Error rate down to 0.5% from 3%", 3, 0.5, "%", "Error rate"),
    ("On-call pages per week: 40 before, 6 after", 40, 6, "", ""),
    ("Error rate is 0.5% now, down from 3%", 3, 0.5, "%", "Error rate"),
    ("Pass rate is now 98%, up from 70%", 70, 98, "%", "Pass rate"),
    ("Build time went from 20 to 8 minutes", 20, 8, "minutes", "Build time"),
    ("Cut build time to 8 minutes from 20", 20, 8, "minutes", "build time"),
    ("Review wait is down to 4 hours from 30.", 30, 4, "hours", "Review wait"),
    ("p95 latency fell to 200ms from 0.8s", 800, 200, "ms", "p95 latency"),
    ("Flaky tests dropped to 2 from 30", 30, 2, "", "Flaky tests"),
    ("Deploys cut to 5 minutes from 45", 45, 5, "minutes", "Deploy time"),
    ("Coverage rose to 80% from 55%", 55, 80, "%", "Coverage"),
    ("Pages: 6 after, 40 before", 40, 6, "", ""),
    ("Before: 40 pages, after: 6", 40, 6, "pages", ""),
    ("Grew from 2 to 3 teams", 2, 3, "teams", ""),
]


@pytest.mark.parametrize(
    ("text", "before", "after", "unit", "name"),
    CHANGES,
    ids=[row[0] for row in CHANGES],
)
def test_a_change_is_read_as_a_before_and_an_after_whatever_its_order(
    text: str, before: float, after: float, unit: str, name: str
) -> None:
    reading = read_statement(text)

    assert reading.is_impact
    assert reading.has_metric
    assert reading.measures == (Measure(before=before, after=after, unit=unit),)
    assert reading.measure_names == (name,)


NOT_CHANGES = [
    # where something went, not how much it changed
    "Moved the service from team A to team B",
    "Moved to 5 teams from 3 offices",
    # a version is a name, not an amount
    "Upgraded Python from 3.8 to 3.11",
    "Upgraded Python to 3.11 from 3.8",
    # "up to" a ceiling, of one thing from another
    "Supports up to 500 requests from 20 clients",
    # a pair that goes against its own word of change
    "Pass rate up to 70% from 98%",
    # times around an event
    "Shipped 2 days before the deadline, 3 after launch",
]


@pytest.mark.parametrize("text", NOT_CHANGES)
def test_a_wording_that_only_looks_like_a_change_is_no_measure(text: str) -> None:
    assert read_statement(text).measures == ()


def checked(clock: FixedClock, text: str) -> list[str]:
    out = io.StringIO()
    assert main(["check", text], clock=clock, out=out) == 0
    return out.getvalue().splitlines()


@pytest.mark.parametrize(
    "text",
    [
        "Build time down to 8 minutes from 20",
        "Error rate down to 0.5% from 3%",
        "On-call pages per week: 40 before, 6 after",
        "Error rate is 0.5% now, down from 3%",
    ],
)
def test_check_calls_each_wording_impact_measured(
    clock: FixedClock, isolated_home: object, text: str
) -> None:
    assert checked(clock, text)[0] == "Reads as impact, measured."


def test_a_share_of_the_time_in_what_changed_measures_the_win() -> None:
    reading = read_win(
        "Fixed the flaky test harness",
        "Test runs now pass first time 98% of the time, up from 70%",
    )

    assert reading.is_impact
    assert reading.keeps_measure
    assert reading.measures == (Measure(before=70, after=98, unit="%"),)


# --- 2. Amounts typed with a scale and a money sign ---------------------------------

# (typed, unit of the measure, value, money sign)
AMOUNTS = [
    ("40k", "", 40_000, ""),
    ("40K", "", 40_000, ""),
    ("1.1k", "", 1_100, ""),
    ("1,200k", "", 1_200_000, ""),
    ("1.5m", "", 1_500_000, ""),
    ("2bn", "", 2_000_000_000, ""),
    ("40 thousand", "", 40_000, ""),
    ("$40k", "", 40_000, "$"),
    ("-$40k", "", -40_000, "$"),
    ("$-40k", "", -40_000, "$"),
    ("\u2212 \u00a3 3.5M", "", -3_500_000, "\u00a3"),
    ("\u20ac2.5 million", "", 2_500_000, "\u20ac"),
    ("$1,200", "", 1_200, "$"),
    ("20m", "deploys a month", 20_000_000, ""),
    ("30", "minutes", 30, ""),
]


@pytest.mark.parametrize(("typed", "unit", "value", "currency"), AMOUNTS)
def test_an_amount_is_read_as_it_is_written(
    typed: str, unit: str, value: float, currency: str
) -> None:
    assert read_amount(typed, "after", unit) == (value, currency)
    assert parse_amount(typed, "after", unit) == value


@pytest.mark.parametrize(
    ("typed", "unit"),
    [
        ("20m", "minutes"),  # twenty minutes, or twenty million?
        ("2m", "hours a week"),
        ("abc", ""),
        ("$", ""),
        ("12 minutes", ""),
        ("40kk", ""),
        ("saved $40k a year", ""),
    ],
)
def test_a_value_that_is_no_amount_says_how_amounts_are_written(
    typed: str, unit: str
) -> None:
    with pytest.raises(CareerClimbError) as caught:
        parse_amount(typed, "after", unit)

    assert caught.value.message == catalogue.NUMBER_NOT_A_NUMBER.format(
        field="after", text=typed
    )
    assert "40k" in caught.value.message
    assert caught.value.exit_code == 2


def test_a_scaled_figure_that_reads_two_ways_is_still_refused() -> None:
    with pytest.raises(CareerClimbError) as caught:
        parse_amount("1,5k", "after")

    assert caught.value.message == catalogue.NUMBER_DECIMAL_COMMA.format(
        field="after", text="1,5k"
    )


def test_a_scaled_figure_beyond_any_measure_is_refused() -> None:
    with pytest.raises(CareerClimbError):
        parse_amount("2000bn", "after")


# (label, before, after, unit, the measure, as described)
MONEY = [
    (
        "CI bill",
        "",
        "-$40k",
        "a year",
        Measure(amount=-40_000, unit="$ a year", label="CI bill"),
        "saved $40k a year on CI bill",
    ),
    (
        "CI bill",
        "",
        "-40k",
        "$ a year",
        Measure(amount=-40_000, unit="$ a year", label="CI bill"),
        "saved $40k a year on CI bill",
    ),
    ("", "", "-$40k", "", Measure(amount=-40_000, unit="$"), "saved $40k"),
    ("", "$120k", "$80k", "", Measure(before=120_000, after=80_000, unit="$"), ""),
    (
        "",
        "120k",
        "$80k",
        "/month",
        Measure(before=120_000, after=80_000, unit="$/month"),
        "",
    ),
    ("", "$5k", "$4k", "$", Measure(before=5_000, after=4_000, unit="$"), ""),
    (
        "",
        "$5k",
        "$4k",
        "USD",
        Measure(before=5_000, after=4_000, unit="USD"),
        "",
    ),
]


@pytest.mark.parametrize(
    ("label", "before", "after", "unit", "expected", "described"), MONEY
)
def test_a_money_sign_typed_with_a_value_becomes_the_unit(
    label: str,
    before: str,
    after: str,
    unit: str,
    expected: Measure,
    described: str,
) -> None:
    measure = measure_from_fields(label, before, after, unit)

    assert measure == expected
    if described:
        assert describe_measure(measure) == described


@pytest.mark.parametrize(
    ("before", "after", "unit", "at_fault"),
    [
        ("$120k", "\u20ac80k", "", AFTER),
        ("\u20ac120k", "80k", "$", BEFORE),
        ("120k", "\u00a380k", "$ a year", AFTER),
    ],
)
def test_two_currencies_in_one_measure_are_refused_naming_the_value(
    before: str, after: str, unit: str, at_fault: str
) -> None:
    with pytest.raises(CareerClimbError) as caught:
        measure_from_fields("CI bill", before, after, unit)

    assert caught.value.message.startswith(f"The {at_fault} value")
    assert measure_value_at_fault(before, after, unit) == at_fault


def test_an_unsigned_amount_alone_still_asks_for_its_sign() -> None:
    with pytest.raises(CareerClimbError) as caught:
        measure_from_fields("CI bill", "", "$40k", "a year")

    assert caught.value.message == catalogue.LOG_MEASURE_INCOMPLETE
    assert "-$40k" in caught.value.message


def test_a_saving_typed_with_its_money_sign_is_logged_from_the_command_line(
    store: Store, clock: FixedClock
) -> None:
    argv = ["log", "Moved CI to spot instances", "--after", "-$40k"]
    assert attach_signed_values(argv)[-1] == "--after=-$40k"

    out = io.StringIO()
    code = main(
        [*argv, "--unit", "a year", "--metric", "CI bill"], clock=clock, out=out
    )

    assert code == 0
    [win] = store.wins()
    assert win.measure == Measure(amount=-40_000, unit="$ a year", label="CI bill")


async def test_the_form_saves_an_amount_typed_with_a_scale_and_money_sign(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        await type_text(pilot, "Moved CI to spot instances")
        form.query_one("#metric", Input).value = "CI bill"
        form.query_one("#after", Input).value = "-$40k"
        form.query_one("#unit", Input).value = "a year"

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

    [win] = store.wins()
    assert win.measure == Measure(amount=-40_000, unit="$ a year", label="CI bill")
    assert describe_measure(win.measure) == "saved $40k a year on CI bill"


def test_a_problem_reading_in_time_refuses_an_m_that_may_be_minutes() -> None:
    day = dt.date(2026, 11, 2)
    in_hours = Reading(value=6, unit="hours", date=day)
    in_dollars = Reading(value=90_000, unit="$ a month", date=day)

    assert reading_value("40k", "reading", in_dollars) == 40_000
    assert reading_value("1.5m", "reading", in_dollars) == 1_500_000
    with pytest.raises(CareerClimbError):
        reading_value("20m", "reading", in_hours)
