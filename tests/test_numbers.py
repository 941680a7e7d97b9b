"""Reading the numbers typed for a measure, signs included, and what they add up to."""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.domain.numbers import (
    AFTER,
    BEFORE,
    measure_from_fields,
    measure_value_at_fault,
    parse_amount,
)
from careerclimb_tui.domain.records import Measure, describe_measure
from careerclimb_tui.errors import CareerClimbError


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("12", 12.0),
        ("-5", -5.0),
        ("+8", 8.0),
        ("\u22123", -3.0),  # minus sign
        ("\u20133", -3.0),  # en dash, as phones and word processors type it
        ("\uff0d3", -3.0),  # full-width hyphen-minus
        ("- 12", -12.0),
        ("\u2212 12", -12.0),
        ("-0.5", -0.5),
        ("-40%", -40.0),
        ("\u221240 %", -40.0),
        ("-1,200", -1200.0),
        ("+1,200.5", 1200.5),
        ("  -7  ", -7.0),
        ("", None),
        ("   ", None),
    ],
)
def test_a_typed_amount_is_read_with_its_sign(typed: str, value: float | None) -> None:
    assert parse_amount(typed, "before") == value


@pytest.mark.parametrize(
    "typed",
    ["2-3", "5-", "+-5", "--5", "-", "- -5", "x-5", "Q3-2026", "-1,5", "−1e13"],
)
def test_a_range_or_a_stray_dash_is_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(CareerClimbError) as caught:
        parse_amount(typed, "before")

    assert "before" in caught.value.message
    assert caught.value.exit_code == 2


NOT_A_NUMBER = catalogue.NUMBER_NOT_A_NUMBER
AMBIGUOUS = catalogue.NUMBER_DECIMAL_COMMA

REFUSED_FIGURES = [
    # typed, the message it gets
    ("abc", NOT_A_NUMBER),
    ("8Every engineer on the team, release managers", NOT_A_NUMBER),
    ("QA, release managers", NOT_A_NUMBER),
    ("12 minutes", NOT_A_NUMBER),
    ("1,5 days", NOT_A_NUMBER),
    ("1,5", AMBIGUOUS),
    ("-1,5", AMBIGUOUS),
    ("1,5%", AMBIGUOUS),
    ("1,50", AMBIGUOUS),
    ("1.000", AMBIGUOUS),
    ("12.500", AMBIGUOUS),
    ("1.000.000", AMBIGUOUS),
    ("1.000,5", AMBIGUOUS),
    ("1,2,3", AMBIGUOUS),
]


@pytest.mark.parametrize(("typed", "message"), REFUSED_FIGURES)
def test_only_a_figure_that_reads_two_ways_gets_the_decimals_hint(
    typed: str, message: str
) -> None:
    with pytest.raises(CareerClimbError) as caught:
        parse_amount(typed, "after")

    assert caught.value.message == message.format(field="after", text=typed)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1,000", 1000.0),
        ("1,000,000", 1e6),
        ("1,000.5", 1000.5),
        ("1.5", 1.5),
        ("0.250", 0.25),
        ("1234.567", 1234.567),
        ("12.25", 12.25),
    ],
)
def test_a_figure_that_reads_one_way_is_taken(typed: str, value: float) -> None:
    assert parse_amount(typed, "after") == value


@pytest.mark.parametrize(
    ("before", "after", "unit", "expected"),
    [
        ("-5", "0", "%", Measure(before=-5, after=0, unit="%")),
        ("\u221212", "+8", "", Measure(before=-12, after=8)),
        ("", "-40%", "", Measure(change_pct=-40)),
        ("", "\u221240", "%", Measure(change_pct=-40)),
        ("", "+12%", "", Measure(change_pct=12)),
        ("3", "-2", "days late", Measure(before=3, after=-2, unit="days late")),
    ],
)
def test_a_measure_keeps_the_signs_typed_in_the_form(
    before: str, after: str, unit: str, expected: Measure
) -> None:
    assert measure_from_fields("", before, after, unit) == expected


def test_a_signed_after_alone_without_a_percent_is_half_a_measure() -> None:
    with pytest.raises(CareerClimbError):
        measure_from_fields("NPS", "", "-12", "")


@pytest.mark.parametrize(
    ("label", "after", "unit", "expected", "shown"),
    [
        (
            "CI bill",
            "-40000",
            "$ a year",
            Measure(amount=-40000, unit="$ a year", label="CI bill"),
            "saved $40k a year on CI bill",
        ),
        (
            "review wait",
            "\u22122.5",
            "points",
            Measure(amount=-2.5, unit="points", label="review wait"),
            "review wait −2.5 points",
        ),
        (
            "",
            "-1.5",
            "hours per engineer per week",
            Measure(amount=-1.5, unit="hours per engineer per week"),
            "saved 1.5 hours per engineer per week",
        ),
        (
            "p95 latency",
            "-300",
            "ms",
            Measure(amount=-300, unit="ms", label="p95 latency"),
            "p95 latency −300 ms",
        ),
        (
            "NPS",
            "+12",
            "points",
            Measure(amount=12, unit="points", label="NPS"),
            "NPS +12 points",
        ),
    ],
)
def test_a_signed_after_alone_with_a_unit_is_an_amount_of_change(
    label: str, after: str, unit: str, expected: Measure, shown: str
) -> None:
    measure = measure_from_fields(label, "", after, unit)

    assert measure == expected
    assert measure.is_complete
    assert describe_measure(measure) == shown


def test_an_amount_of_no_change_is_no_measure_of_a_change() -> None:
    assert not Measure(amount=0, unit="$").is_complete


@pytest.mark.parametrize(
    ("measure", "percent"),
    [
        (Measure(before=10, after=6), -40.0),
        (Measure(before=-10, after=-5), 50.0),
        (Measure(before=-5, after=0), 100.0),
        (Measure(before=-12, after=8), None),  # crosses zero
        (Measure(before=8, after=-2), None),  # crosses zero
        (Measure(before=0, after=5), None),
        (Measure(change_pct=-40), -40.0),
    ],
)
def test_a_percentage_is_only_given_where_it_means_something(
    measure: Measure, percent: float | None
) -> None:
    assert measure.percent_change == percent


def test_a_negative_measure_is_described_with_its_signs() -> None:
    measure = Measure(before=-12, after=8, unit="points", label="NPS")

    assert describe_measure(measure) == "NPS \u221212 → 8 points"


@pytest.mark.parametrize(
    ("before", "after", "unit", "expected", "described"),
    [
        (
            "20",
            "-40%",
            "per week",
            Measure(before=20, after=12, unit="per week", change_pct=-40),
            "20 → 12 per week, −40%",
        ),
        (
            "8",
            "+25%",
            "deploys",
            Measure(before=8, after=10, unit="deploys", change_pct=25),
            "8 → 10 deploys, +25%",
        ),
        (
            "30",
            "\u221210 %",
            "",
            Measure(before=30, after=27, change_pct=-10),
            "30 → 27, −10%",
        ),
        ("20", "3%", "%", Measure(before=20, after=3, unit="%"), "20% → 3%"),
        ("20%", "3%", "", Measure(before=20, after=3, unit="%"), "20% → 3%"),
        ("20", "3", "per week", Measure(before=20, after=3, unit="per week"), ""),
    ],
)
def test_a_percentage_after_beside_a_before_keeps_the_change(
    before: str, after: str, unit: str, expected: Measure, described: str
) -> None:
    measure = measure_from_fields("", before, after, unit)

    assert measure == expected
    if described:
        assert describe_measure(measure) == described


@pytest.mark.parametrize(
    ("before", "after", "unit", "field"),
    [
        ("20", "40%", "per week", "after"),  # a new value, or a rise of 40%?
        ("20%", "-40%", "", "after"),  # a rate of -40%, or 40% lower?
        ("20", "+5%", "%", "after"),
        ("20%", "12", "per week", "before"),
    ],
)
def test_a_percentage_that_reads_two_ways_is_refused_naming_the_field(
    before: str, after: str, unit: str, field: str
) -> None:
    with pytest.raises(CareerClimbError) as caught:
        measure_from_fields("flaky failures", before, after, unit)

    assert caught.value.message.startswith(f"The {field} value")
    assert caught.value.exit_code == 2


@pytest.mark.parametrize(
    ("measure", "described"),
    [
        (
            Measure(before=14, after=9, unit="failures/week", label="failures"),
            "failures 14 → 9 per week",
        ),
        (
            Measure(before=8, after=10, unit="deploys", label="Weekly deploys"),
            "Weekly deploys 8 → 10",
        ),
        (
            Measure(before=30, after=3, unit="minutes", label="MTTR"),
            "MTTR 30 → 3 minutes",
        ),
        (
            Measure(before=20, after=12, unit="pages/week", label="on-call load"),
            "on-call load 20 → 12 pages/week",
        ),
        (Measure(after=40, unit="teams", label="teams"), "teams 40"),
        (
            Measure(before=5, after=2, unit="%", label="error rate"),
            "error rate 5% → 2%",
        ),
    ],
)
def test_a_measure_never_says_its_name_twice(measure: Measure, described: str) -> None:
    assert describe_measure(measure) == described


@pytest.mark.parametrize(
    ("measure", "named", "unnamed"),
    [
        (
            Measure(before=12000, after=8500, unit="$/month", label="cloud bill"),
            "cloud bill $12,000 → $8,500 per month",
            "$12,000 → $8,500 per month",
        ),
        (
            Measure(before=12000, after=8500, unit="$/month", label="bill per month"),
            "bill per month $12,000 → $8,500",
            "$12,000 → $8,500 per month",
        ),
        (
            Measure(before=1.5, after=0.75, unit="€", label="cost per build"),
            "cost per build €1.50 → €0.75",
            "€1.50 → €0.75",
        ),
        (
            Measure(after=40000, unit="£ a year", label="licences"),
            "licences £40k a year",
            "£40k a year",
        ),
        (
            Measure(before=-300, after=200, unit="$", label="margin"),
            "margin −$300 → $200",
            "−$300 → $200",
        ),
    ],
)
def test_money_is_written_with_its_sign_on_every_amount(
    measure: Measure, named: str, unnamed: str
) -> None:
    assert describe_measure(measure) == named
    assert describe_measure(measure, named=False) == unnamed


@pytest.mark.parametrize(
    ("before", "after", "unit", "at_fault"),
    [
        ("abc", "3", "", BEFORE),  # not a number
        ("8", "lots", "", AFTER),
        ("abc", "xyz", "", BEFORE),  # both: the first one
        ("1,5", "3", "", BEFORE),  # a decimal comma is not read
        ("8", "", "", AFTER),  # half a before → after: the blank half
        ("", "3", "", BEFORE),
        ("20%", "-5%", "", AFTER),  # a signed percentage after a rate
        ("20%", "12", "ms", BEFORE),  # a rate before, in a unit that is not one
        ("-3", "5", "pages", BEFORE),  # below zero where a count starts at zero
    ],
)
def test_the_value_to_fix_in_a_refused_measure_is_named(
    before: str, after: str, unit: str, at_fault: str
) -> None:
    with pytest.raises(CareerClimbError):
        measure_from_fields("Pages", before, after, unit)
    assert measure_value_at_fault(before, after) == at_fault
