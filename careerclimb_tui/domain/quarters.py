"""Quarter arithmetic, calendar or fiscal.

A fiscal year that starts in a month other than January is named after the calendar
year in which it ends: with a July start, July 2026 falls in 2027Q1.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from careerclimb_tui import catalogue
from careerclimb_tui.domain.dates import EARLIEST_WIN_YEAR
from careerclimb_tui.errors import CareerClimbError

_QUARTER_RE = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*$")


@dataclass(frozen=True, order=True)
class Quarter:
    """One quarter of a (possibly fiscal) year."""

    year: int
    """The fiscal year's name: the calendar year in which it ends."""
    number: int
    """1 to 4."""
    start_month: int = 1
    """The month the fiscal year starts in; 1 for calendar quarters."""

    def __str__(self) -> str:
        return f"{self.year:04d}Q{self.number}"

    @property
    def first_day(self) -> dt.date:
        """The first calendar day of the quarter."""
        month_index = (self.start_month - 1) + (self.number - 1) * 3
        year = self.year - (1 if self.start_month != 1 else 0)
        year += month_index // 12
        return dt.date(year, month_index % 12 + 1, 1)

    @property
    def last_day(self) -> dt.date:
        """The last calendar day of the quarter."""
        return self.next().first_day - dt.timedelta(days=1)

    def contains(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day

    def next(self) -> Quarter:
        if self.number == 4:
            return Quarter(self.year + 1, 1, self.start_month)
        return Quarter(self.year, self.number + 1, self.start_month)

    def previous(self) -> Quarter:
        if self.number == 1:
            return Quarter(self.year - 1, 4, self.start_month)
        return Quarter(self.year, self.number - 1, self.start_month)


def quarter_of(day: dt.date, start_month: int = 1) -> Quarter:
    """Return the quarter a calendar day falls in.

    Args:
        day: a local calendar date.
        start_month: the month (1–12) the fiscal year starts in.

    Returns:
        The quarter, named by its fiscal year.
    """
    if not 1 <= start_month <= 12:
        raise ValueError(f"start_month must be 1..12, not {start_month}")
    months_in = (day.month - start_month) % 12
    number = months_in // 3 + 1
    year = day.year
    if start_month != 1 and day.month >= start_month:
        year += 1
    return Quarter(year, number, start_month)


def parse_quarter(text: str, start_month: int = 1) -> Quarter:
    """Read a quarter written as ``2026Q3`` (also ``2026-q3``).

    Raises:
        CareerClimbError: when the text is not a quarter.
    """
    match = _QUARTER_RE.match(text)
    if not match:
        raise CareerClimbError(
            f"{text!r} is not a quarter; write it like 2026Q3.", exit_code=2
        )
    quarter = Quarter(int(match.group(1)), int(match.group(2)), start_month)
    try:
        # Year 0000, or a quarter ending after 9999, has days no date can hold.
        _ = (quarter.first_day, quarter.last_day)
    except (ValueError, OverflowError):
        raise CareerClimbError(
            catalogue.QUARTER_OUT_OF_CALENDAR.format(text=text.strip()), exit_code=2
        ) from None
    return quarter


class QuarterTiming(enum.Enum):
    """Where a quarter stands on a given day, as far as reviewing it goes."""

    BEFORE_WINS = "before_wins"
    """Ended before the earliest year a win can be dated: it can hold none."""
    ENDED = "ended"
    NOW = "now"
    """Under way: started, not yet ended."""
    NOT_STARTED = "not_started"


def quarter_timing(quarter: Quarter, today: dt.date) -> QuarterTiming:
    """Say whether a quarter is over, under way or still to come.

    Args:
        quarter: the quarter.
        today: the user's local date.

    Returns:
        The quarter's timing; a quarter over before wins can be dated is
        ``BEFORE_WINS`` rather than ``ENDED``.
    """
    if quarter.first_day > today:
        return QuarterTiming.NOT_STARTED
    if quarter.last_day >= today:
        return QuarterTiming.NOW
    if quarter.last_day.year < EARLIEST_WIN_YEAR:
        return QuarterTiming.BEFORE_WINS
    return QuarterTiming.ENDED


def lines_up(start_month: int, other: int) -> bool:
    """True when the quarters of two year starts cover the same months.

    Args:
        start_month: the month (1–12) one year starts in.
        other: the month (1–12) the other year starts in.

    Returns:
        Whether the two starts are a whole number of quarters apart, so that
        every quarter of one is a quarter of the other under another name.
    """
    return (start_month - other) % 3 == 0


def renamed(quarter: Quarter, start_month: int) -> Quarter | None:
    """The same months, named as a quarter of another year start.

    Args:
        quarter: a quarter, named under its own year start.
        start_month: the month (1–12) the other year starts in.

    Returns:
        The quarter of ``start_month`` covering exactly the same months, such as
        2027Q3 for the calendar's 2026Q4 with an April start; None when the two
        year starts do not line up (``lines_up``).
    """
    if not lines_up(quarter.start_month, start_month):
        return None
    return quarter_of(quarter.first_day, start_month)


def months_in_words(quarter: Quarter) -> str:
    """The months a quarter covers, as a sentence says them: "Oct–Dec 2026".

    Args:
        quarter: the quarter.

    Returns:
        Its first and last month with the year, both years when it spans two
        ("Dec 2026–Feb 2027").
    """
    first, last = quarter.first_day, quarter.last_day
    if first.year == last.year:
        return catalogue.QUARTER_MONTHS.format(
            first=first.strftime("%b"), last=last.strftime("%b"), year=last.year
        )
    return catalogue.QUARTER_MONTHS_TWO_YEARS.format(
        first=first.strftime("%b"),
        first_year=first.year,
        last=last.strftime("%b"),
        last_year=last.year,
    )
