"""Quarter arithmetic: calendar and fiscal quarters, their edges, and their names."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.domain.quarters import Quarter, parse_quarter, quarter_of
from careerclimb_tui.errors import CareerClimbError

D = dt.date

QUARTER_OF = [
    # day, fiscal year start month, expected quarter
    (D(2026, 1, 1), 1, "2026Q1"),
    (D(2026, 3, 31), 1, "2026Q1"),
    (D(2026, 4, 1), 1, "2026Q2"),
    (D(2026, 8, 15), 1, "2026Q3"),
    (D(2026, 12, 31), 1, "2026Q4"),
    # February start: FY2027 runs from February 2026 to January 2027.
    (D(2026, 1, 31), 2, "2026Q4"),
    (D(2026, 2, 1), 2, "2027Q1"),
    (D(2026, 5, 1), 2, "2027Q2"),
    (D(2026, 10, 31), 2, "2027Q3"),
    (D(2026, 12, 31), 2, "2027Q4"),
    (D(2027, 1, 1), 2, "2027Q4"),
    # April start: FY2027 runs from April 2026 to March 2027.
    (D(2026, 3, 31), 4, "2026Q4"),
    (D(2026, 4, 1), 4, "2027Q1"),
    (D(2026, 7, 1), 4, "2027Q2"),
    (D(2026, 12, 31), 4, "2027Q3"),
    (D(2027, 1, 1), 4, "2027Q4"),
    # July start: FY2027 runs from July 2026 to June 2027.
    (D(2026, 6, 30), 7, "2026Q4"),
    (D(2026, 7, 1), 7, "2027Q1"),
    (D(2026, 12, 31), 7, "2027Q2"),
    (D(2027, 1, 1), 7, "2027Q3"),
    (D(2027, 4, 1), 7, "2027Q4"),
    # October start: FY2027 runs from October 2026 to September 2027.
    (D(2026, 9, 30), 10, "2026Q4"),
    (D(2026, 10, 1), 10, "2027Q1"),
    (D(2026, 12, 31), 10, "2027Q1"),
    (D(2027, 1, 1), 10, "2027Q2"),
    (D(2027, 9, 30), 10, "2027Q4"),
    # A leap day sits in the quarter that holds February.
    (D(2028, 2, 29), 1, "2028Q1"),
    (D(2028, 2, 29), 2, "2029Q1"),
]


@pytest.mark.parametrize(
    "day, start_month, expected",
    QUARTER_OF,
    ids=[f"{day}-start{month}" for day, month, _ in QUARTER_OF],
)
def test_quarter_of_names_the_fiscal_quarter_a_day_falls_in(
    day: dt.date, start_month: int, expected: str
) -> None:
    quarter = quarter_of(day, start_month)

    assert str(quarter) == expected
    assert quarter.start_month == start_month
    assert quarter.contains(day)


def test_last_day_of_the_year_is_q4_and_the_next_day_is_next_years_q1() -> None:
    assert quarter_of(D(2026, 12, 31)) == Quarter(2026, 4)
    assert quarter_of(D(2027, 1, 1)) == Quarter(2027, 1)


EDGES = [
    # quarter, first day, last day
    (Quarter(2026, 1), D(2026, 1, 1), D(2026, 3, 31)),
    (Quarter(2026, 2), D(2026, 4, 1), D(2026, 6, 30)),
    (Quarter(2026, 3), D(2026, 7, 1), D(2026, 9, 30)),
    (Quarter(2026, 4), D(2026, 10, 1), D(2026, 12, 31)),
    (Quarter(2028, 1), D(2028, 1, 1), D(2028, 3, 31)),
    (Quarter(2027, 1, 2), D(2026, 2, 1), D(2026, 4, 30)),
    (Quarter(2027, 4, 2), D(2026, 11, 1), D(2027, 1, 31)),
    (Quarter(2029, 1, 2), D(2028, 2, 1), D(2028, 4, 30)),
    (Quarter(2027, 1, 4), D(2026, 4, 1), D(2026, 6, 30)),
    (Quarter(2027, 4, 4), D(2027, 1, 1), D(2027, 3, 31)),
    (Quarter(2027, 1, 7), D(2026, 7, 1), D(2026, 9, 30)),
    (Quarter(2027, 2, 7), D(2026, 10, 1), D(2026, 12, 31)),
    (Quarter(2027, 3, 7), D(2027, 1, 1), D(2027, 3, 31)),
    (Quarter(2027, 4, 7), D(2027, 4, 1), D(2027, 6, 30)),
    (Quarter(2027, 1, 10), D(2026, 10, 1), D(2026, 12, 31)),
    (Quarter(2027, 4, 10), D(2027, 7, 1), D(2027, 9, 30)),
]


@pytest.mark.parametrize(
    "quarter, first, last", EDGES, ids=[repr(q) for q, _, _ in EDGES]
)
def test_quarter_knows_its_first_and_last_day(
    quarter: Quarter, first: dt.date, last: dt.date
) -> None:
    assert (quarter.first_day, quarter.last_day) == (first, last)
    assert quarter_of(first, quarter.start_month) == quarter
    assert quarter_of(last, quarter.start_month) == quarter
    assert not quarter.contains(first - dt.timedelta(days=1))
    assert not quarter.contains(last + dt.timedelta(days=1))


@pytest.mark.parametrize("start_month", range(1, 13))
def test_quarters_of_a_fiscal_year_tile_it_without_gaps(start_month: int) -> None:
    quarter = Quarter(2027, 1, start_month)

    for _ in range(8):
        following = quarter.next()
        assert following.first_day == quarter.last_day + dt.timedelta(days=1)
        quarter = following


STEPS = [
    # quarter, the one after it
    (Quarter(2026, 1), Quarter(2026, 2)),
    (Quarter(2026, 3), Quarter(2026, 4)),
    (Quarter(2026, 4), Quarter(2027, 1)),
    (Quarter(2027, 4, 7), Quarter(2028, 1, 7)),
    (Quarter(1999, 4, 10), Quarter(2000, 1, 10)),
]


@pytest.mark.parametrize("quarter, after", STEPS, ids=[str(q) for q, _ in STEPS])
def test_next_and_previous_step_across_years(quarter: Quarter, after: Quarter) -> None:
    assert quarter.next() == after
    assert after.previous() == quarter
    assert quarter.next().previous() == quarter


def test_quarters_sort_in_time_order() -> None:
    shuffled = [Quarter(2027, 1), Quarter(2026, 4), Quarter(2026, 2)]

    assert sorted(shuffled) == [Quarter(2026, 2), Quarter(2026, 4), Quarter(2027, 1)]


@pytest.mark.parametrize("start_month", [0, 13, -1])
def test_quarter_of_refuses_a_month_that_does_not_exist(start_month: int) -> None:
    with pytest.raises(ValueError):
        quarter_of(D(2026, 5, 5), start_month)


@pytest.mark.parametrize(
    "text", ["2026Q3", "2026q3", "2026-Q3", "2026-q3", " 2026Q3 ", "2026 Q3"]
)
def test_parse_quarter_reads_the_usual_spellings(text: str) -> None:
    assert parse_quarter(text) == Quarter(2026, 3)


def test_parse_quarter_keeps_the_fiscal_start() -> None:
    quarter = parse_quarter("2027Q1", start_month=7)

    assert quarter == Quarter(2027, 1, 7)
    assert quarter.first_day == D(2026, 7, 1)


@pytest.mark.parametrize(
    "text", ["2026Q5", "2026Q0", "Q3", "", "   ", "26Q3", "2026", "2026Q3x", "Q3 2026"]
)
def test_parse_quarter_refuses_what_is_not_a_quarter(text: str) -> None:
    with pytest.raises(CareerClimbError) as caught:
        parse_quarter(text)

    assert "2026Q3" in caught.value.message
    assert caught.value.exit_code == 2
