"""Reading dates typed by a person, without guessing, and saying them in words."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from careerclimb_tui import catalogue
from careerclimb_tui.errors import CareerClimbError

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(text: str, today: dt.date) -> dt.date:
    """Read a date written as YYYY-MM-DD, DD/MM/YYYY, "today" or "yesterday".

    Anything else, including two-digit years and impossible days, is refused rather
    than silently replaced by today.

    Args:
        text: what the user typed.
        today: the user's local date, for the words "today" and "yesterday".

    Returns:
        The date.

    Raises:
        CareerClimbError: when the text is not a date in one of those forms.
    """
    cleaned = text.strip().lower()
    if cleaned in {"", "today"}:
        return today
    if cleaned == "yesterday":
        return today - dt.timedelta(days=1)
    iso = _ISO.match(cleaned)
    day_first = _DAY_FIRST.match(cleaned)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif day_first:
        day, month, year = (int(part) for part in day_first.groups())
    else:
        raise CareerClimbError(catalogue.BAD_DATE.format(text=text), exit_code=2)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CareerClimbError(
            no_such_day(text, year, month, day), exit_code=2
        ) from None


def no_such_day(text: str, year: int, month: int, day: int) -> str:
    """Why a date in a readable form names no real day, in words.

    Args:
        text: what the user typed.
        year: the year it names.
        month: the month it names.
        day: the day of the month it names.

    Returns:
        "There is no 30 February 2027: February 2027 has 28 days.", or the
        same for a month outside 1–12; the plain refusal for anything else.
    """
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return catalogue.BAD_DATE.format(text=text)
    if not 1 <= month <= 12:
        return catalogue.BAD_DATE_NO_SUCH_MONTH.format(text=text, month=month)
    name = dt.date(year, month, 1).strftime("%B")
    days = calendar.monthrange(year, month)[1]
    return catalogue.BAD_DATE_NO_SUCH_DAY.format(
        day=day, month=name, year=year, days=days
    )


EARLIEST_WIN_YEAR = 1970


def parse_win_date(text: str, today: dt.date) -> dt.date:
    """Read the date of a win: a real day, not in the future, not before 1970.

    Args:
        text: what the user typed; blank means today.
        today: the user's local date.

    Returns:
        The date.

    Raises:
        CareerClimbError: when the text is not a date, or not a plausible one.
    """
    day = parse_date(text, today)
    if day > today:
        raise CareerClimbError(
            catalogue.DATE_IN_FUTURE.format(day=day_in_words(day)), exit_code=2
        )
    if day.year < EARLIEST_WIN_YEAR:
        raise CareerClimbError(catalogue.DATE_TOO_OLD.format(day=day), exit_code=2)
    return day


def day_in_words(day: dt.date, with_year: bool = True, full_month: bool = False) -> str:
    """A day as a sentence says it: "5 Dec 2026", "5 Dec", or "5 December".

    Args:
        day: the day to say.
        with_year: whether to say the year.
        full_month: the month's whole name, for text read aloud.
    """
    month = day.strftime("%B" if full_month else "%b")
    if with_year:
        return catalogue.DAY_IN_WORDS.format(day=day.day, month=month, year=day.year)
    return catalogue.DAY_IN_WORDS_NO_YEAR.format(day=day.day, month=month)


_ISO_IN_TEXT = re.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])")


def dates_in_words(text: str) -> str:
    """A short text with each ISO date in it said as a sentence says a day.

    A criterion's cycle is named by its closing date ("cycle closing
    2027-03-15"); beside other days in words it reads "cycle closing 15 Mar
    2027". What is not a day of the calendar is left as written.

    Args:
        text: a phrase such as a cycle's name.

    Returns:
        The text with every real YYYY-MM-DD date in words.
    """

    def said(found: re.Match[str]) -> str:
        try:
            day = dt.date(*(int(part) for part in found.groups()))
        except ValueError:
            return found.group(0)
        return day_in_words(day)

    return _ISO_IN_TEXT.sub(said, text)


def first_day_in_words(start: dt.date, end: dt.date, full_month: bool = False) -> str:
    """The first day of a span, saying only what differs from its last day.

    "2" for 2 to 5 Dec 2026, "29 Nov" for 29 Nov to 5 Dec 2026, and the whole
    day when the year differs too.
    """
    if start.year != end.year:
        return day_in_words(start, full_month=full_month)
    if start.month != end.month:
        return day_in_words(start, with_year=False, full_month=full_month)
    return str(start.day)


FAR_DAYS = 365
"""From this many days on, a distance is told in years and months, not weeks."""


def span_in_words(days: int) -> str:
    """A long distance in years and months, as a sentence says it.

    Months are counted on the average month, so the span is approximate; the
    months are left out from two years on, where they no longer matter.

    Args:
        days: whole days, at least ``FAR_DAYS``.

    Returns:
        "about 1 year", "about 1 year and 3 months" or "about 73 years".
    """
    years, months = divmod(round(days / 30.4375), 12)
    years_text = (
        catalogue.SPAN_ONE_YEAR
        if years == 1
        else catalogue.SPAN_YEARS.format(years=years)
    )
    if months == 0 or years >= 2:
        return catalogue.SPAN_ABOUT.format(span=years_text)
    months_text = (
        catalogue.SPAN_ONE_MONTH
        if months == 1
        else catalogue.SPAN_MONTHS.format(months=months)
    )
    return catalogue.SPAN_ABOUT.format(
        span=catalogue.SPAN_YEARS_AND_MONTHS.format(
            years=years_text, months=months_text
        )
    )


def weeks_away_in_words(days: int) -> str:
    """How far off a day is, in whole weeks, as a sentence says it.

    Args:
        days: whole days from today to the day, never negative.

    Returns:
        "within a week", "in 1 week" or "in 16 weeks"; from ``FAR_DAYS`` on,
        "in about 2 years".
    """
    if days >= FAR_DAYS:
        return catalogue.CYCLE_IN_SPAN.format(span=span_in_words(days))
    weeks = days // 7
    if weeks == 0:
        return catalogue.CYCLE_WITHIN_A_WEEK
    if weeks == 1:
        return catalogue.CYCLE_IN_ONE_WEEK
    return catalogue.CYCLE_IN_WEEKS.format(weeks=weeks)


def time_ago_in_words(days: int) -> str:
    """How long ago a day was, in days under a week and in whole weeks after.

    Args:
        days: whole days from the day to today; a day ahead counts as today.

    Returns:
        "today", "yesterday", "3 days ago", "1 week ago" or "6 weeks ago".
    """
    if days <= 0:
        return catalogue.AGO_TODAY
    if days == 1:
        return catalogue.AGO_YESTERDAY
    if days < 7:
        return catalogue.AGO_DAYS.format(days=days)
    weeks = days // 7
    if weeks == 1:
        return catalogue.AGO_ONE_WEEK
    return catalogue.AGO_WEEKS.format(weeks=weeks)
