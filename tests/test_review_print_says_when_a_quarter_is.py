"""A printed review of a quarter with no run says where that quarter stands:
still to come, under way, over, or over before any win can be dated."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.quarters import (
    Quarter,
    QuarterTiming,
    parse_quarter,
    quarter_timing,
)
from careerclimb_tui.errors import CareerClimbError

D = dt.date

TIMING = [
    # quarter, year start month, today, timing
    ("2031Q1", 1, D(2026, 11, 18), QuarterTiming.NOT_STARTED),
    ("2027Q1", 1, D(2026, 12, 31), QuarterTiming.NOT_STARTED),
    ("2027Q1", 1, D(2027, 1, 1), QuarterTiming.NOW),
    ("2026Q4", 1, D(2026, 12, 31), QuarterTiming.NOW),
    ("2026Q4", 1, D(2027, 1, 1), QuarterTiming.ENDED),
    ("1970Q1", 1, D(2026, 11, 18), QuarterTiming.ENDED),
    ("1969Q4", 1, D(2026, 11, 18), QuarterTiming.BEFORE_WINS),
    # With a July start, 2027Q1 runs from July to September 2026.
    ("2027Q1", 7, D(2026, 6, 30), QuarterTiming.NOT_STARTED),
    ("2027Q1", 7, D(2026, 9, 30), QuarterTiming.NOW),
    ("2027Q2", 7, D(2026, 9, 30), QuarterTiming.NOT_STARTED),
]


@pytest.mark.parametrize(("name", "start_month", "today", "timing"), TIMING)
def test_a_quarter_is_told_to_come_under_way_or_over(
    name: str, start_month: int, today: dt.date, timing: QuarterTiming
) -> None:
    quarter = parse_quarter(name, start_month)
    assert quarter_timing(quarter, today) is timing


@pytest.mark.parametrize(
    ("text", "start_month"), [("0000Q1", 1), ("0001Q1", 7), ("9999Q4", 1)]
)
def test_a_quarter_with_days_outside_the_calendar_is_refused_by_name(
    text: str, start_month: int
) -> None:
    with pytest.raises(CareerClimbError) as raised:
        parse_quarter(text, start_month)
    assert raised.value.message.startswith(text)


def test_the_last_quarter_the_calendar_holds_is_read() -> None:
    assert parse_quarter("9999Q3") == Quarter(9999, 3)


def printed(clock: FixedClock, quarter: str) -> int:
    """Run ``careerclimb review --print --quarter QUARTER``; its exit code."""
    out = io.StringIO()
    return main(["review", "--print", "--quarter", quarter], clock=clock, out=out)


@pytest.fixture
def said(capsys: pytest.CaptureFixture[str]) -> Callable[[], str]:
    """What the command said on standard error, on one line."""

    def read() -> str:
        return " ".join(capsys.readouterr().err.split())

    return read


def test_a_future_quarter_is_not_started_and_asks_for_no_logging(
    clock: FixedClock, said: Callable[[], str]
) -> None:
    code = printed(clock, "2031Q1")

    told = said()
    assert code == 2
    assert "2031Q1 has not started yet: it begins on 1 Jan 2031" in told
    assert "under way now is 2026Q4" in told
    assert "careerclimb log" not in told and "2031-" not in told


def test_the_quarter_under_way_says_when_it_ends(
    clock: FixedClock, said: Callable[[], str]
) -> None:
    code = printed(clock, "2026Q4")

    told = said()
    assert code == 1
    assert "2026Q4 is under way until 31 Dec 2026 and holds no wins yet" in told
    # Any day suggested for --date has already come.
    assert "--date 2026-10-01" in told


def test_a_quarter_before_wins_can_be_dated_asks_to_check_the_year(
    clock: FixedClock, said: Callable[[], str]
) -> None:
    code = printed(clock, "1969Q4")

    told = said()
    assert code == 1
    assert "1969Q4 ended before 1970" in told and "Check the year" in told
    assert "careerclimb log" not in told


def test_a_past_quarter_without_wins_still_asks_for_its_wins(
    clock: FixedClock, said: Callable[[], str]
) -> None:
    code = printed(clock, "1999Q1")

    told = said()
    assert code == 1
    assert '`careerclimb log "TEXT" --date 1999-01-01`' in told


def test_a_quarter_of_year_zero_is_refused_without_a_traceback(
    clock: FixedClock, said: Callable[[], str]
) -> None:
    code = printed(clock, "0000Q1")

    assert code == 2
    assert "0000Q1 has days no calendar date can hold" in said()
