"""Time as the app sees it, injectable so that tests never depend on today's date."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    """Something that tells the time."""

    def now(self) -> dt.datetime:
        """The current moment, timezone-aware, in UTC."""
        ...

    def today(self) -> dt.date:
        """The user's local calendar date."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)

    def today(self) -> dt.date:
        return dt.date.today()


class FixedClock:
    """A clock stopped at one moment; tests move it by hand."""

    def __init__(self, moment: dt.datetime, local_date: dt.date | None = None):
        self.moment = moment.astimezone(dt.timezone.utc)
        self.local_date = local_date or moment.date()

    def now(self) -> dt.datetime:
        return self.moment

    def today(self) -> dt.date:
        return self.local_date

    def advance(self, **delta: float) -> None:
        """Move the clock forward by a timedelta's worth of keyword arguments."""
        step = dt.timedelta(**delta)
        self.moment += step
        self.local_date = (
            dt.datetime.combine(self.local_date, dt.time()) + step
        ).date()
