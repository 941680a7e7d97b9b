"""Rules a profile's fields must meet before the profile is saved."""

from __future__ import annotations

import datetime as dt

from careerclimb_tui import catalogue
from careerclimb_tui.domain.dates import day_in_words
from careerclimb_tui.errors import CareerClimbError

NAME_MAX_CHARS = 80
"""The longest name the app addresses the user by; longer is not a name."""


def read_profile_name(text: str) -> str:
    """Check the name typed into the profile.

    Args:
        text: the name as typed; it may be blank, the name being optional.

    Returns:
        The name without spaces around it; empty when none was typed.

    Raises:
        CareerClimbError: when the name is longer than ``NAME_MAX_CHARS``.
    """
    name = text.strip()
    if len(name) > NAME_MAX_CHARS:
        raise CareerClimbError(
            catalogue.SETUP_NAME_TOO_LONG.format(count=len(name), limit=NAME_MAX_CHARS)
        )
    return name


CYCLE_MAX_YEARS = 2
"""How far ahead a promotion cycle may close; later is a mistyped year."""


def read_cycle_closes(day: dt.date | None, today: dt.date) -> dt.date | None:
    """Check the date the promotion cycle closes.

    Args:
        day: the date as read from the form; None when left blank.
        today: the user's local date.

    Returns:
        The date, or None when none was given.

    Raises:
        CareerClimbError: when the date has passed, or is more than
            ``CYCLE_MAX_YEARS`` years ahead, as a mistyped year would be.
    """
    if day is None:
        return None
    if day < today:
        raise CareerClimbError(catalogue.SETUP_CYCLE_PASSED.format(date=day))
    if day > _years_after(today, CYCLE_MAX_YEARS):
        years = day.year - today.year
        if (day.month, day.day) < (today.month, today.day):
            years -= 1
        # Just past the bound, "2 years away" would read as allowed.
        told = (
            str(years)
            if years > CYCLE_MAX_YEARS
            else catalogue.SETUP_CYCLE_TOO_FAR_MORE_THAN.format(limit=CYCLE_MAX_YEARS)
        )
        raise CareerClimbError(
            catalogue.SETUP_CYCLE_TOO_FAR.format(
                date=day_in_words(day), years=told, limit=CYCLE_MAX_YEARS
            )
        )
    return day


def _years_after(day: dt.date, years: int) -> dt.date:
    """The same day some years later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
