"""Gentle reminders shown when the app opens, worked out from the user's own data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from careerclimb_tui import catalogue
from careerclimb_tui.domain.dates import weeks_away_in_words
from careerclimb_tui.domain.initiative import Initiative, active_initiative, is_stale
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Profile, Win
from careerclimb_tui.domain.review import Review
from careerclimb_tui.domain.wins import last_logged_day

QUIET_DAYS = 14
"""A win logged within this many days keeps the capture reminder quiet."""
QUARTER_END_DAYS = 10
"""How close to the end of a quarter the review reminder starts."""
CYCLE_WEEKS = 8
"""How many weeks before the cycle closes the countdown starts, on home and in the
reminder."""
PACKET_WEEKS = 4
"""With fewer weeks than this left, the advice turns from the gaps to the packet:
too late to start work that fills a gap, and about when a manager writes the
case."""

NO_RECENT_WIN = "no_recent_win"
QUARTER_ENDING = "quarter_ending"
STALE_INITIATIVE = "stale_initiative"
CYCLE_CLOSING = "cycle_closing"

REMINDER_KEYS: tuple[str, ...] = (
    NO_RECENT_WIN,
    QUARTER_ENDING,
    STALE_INITIATIVE,
    CYCLE_CLOSING,
)
"""Every kind of reminder, in the order they are shown; each can be turned off."""

REMINDER_LABELS: dict[str, str] = {
    NO_RECENT_WIN: catalogue.REMIND_LABEL_NO_RECENT_WIN,
    QUARTER_ENDING: catalogue.REMIND_LABEL_QUARTER_ENDING,
    STALE_INITIATIVE: catalogue.REMIND_LABEL_STALE_INITIATIVE,
    CYCLE_CLOSING: catalogue.REMIND_LABEL_CYCLE_CLOSING,
}


@dataclass(frozen=True)
class Reminder:
    """One reminder: which kind, and what to say."""

    key: str
    text: str


def reminders_for(
    wins: Sequence[Win],
    reviews: Iterable[Review],
    initiatives: Iterable[Initiative],
    profile: Profile | None,
    today: dt.date,
    turned_off: Iterable[str] = (),
) -> list[Reminder]:
    """The reminders worth showing today.

    Args:
        wins: every win.
        reviews: every review run.
        initiatives: every initiative.
        profile: the profile, for the cycle date and fiscal year; None before set-up.
        today: the user's local date.
        turned_off: reminder keys the user switched off.

    Returns:
        The reminders, in ``REMINDER_KEYS`` order; empty before set-up.
    """
    if profile is None:
        return []
    off = set(turned_off)
    found: list[Reminder] = []

    if wins:
        quiet = (today - last_logged_day(wins)).days
        if quiet >= QUIET_DAYS:
            found.append(
                Reminder(
                    NO_RECENT_WIN, catalogue.REMIND_NO_RECENT_WIN.format(days=quiet)
                )
            )

    quarter = quarter_of(today, profile.fiscal_year_start_month)
    left = (quarter.last_day - today).days
    reviewed = any(review.period == quarter for review in reviews)
    if left <= QUARTER_END_DAYS and not reviewed:
        found.append(
            Reminder(
                QUARTER_ENDING,
                catalogue.REMIND_QUARTER_ENDING.format(quarter=quarter, days=left),
            )
        )

    active = active_initiative(initiatives)
    if active is not None and is_stale(active, today):
        found.append(
            Reminder(
                STALE_INITIATIVE,
                catalogue.REMIND_STALE_INITIATIVE.format(title=active.title),
            )
        )

    if profile.cycle_closes is not None:
        advice = cycle_advice(profile.cycle_closes, today, bool(wins))
        if advice is not None:
            found.append(Reminder(CYCLE_CLOSING, advice))
    return [reminder for reminder in found if reminder.key not in off]


def cycle_advice(cycle_closes: dt.date, today: dt.date, has_wins: bool) -> str | None:
    """What to do as the promotion cycle draws near, by the weeks left.

    The one rule for home's line and the reminder, so they never disagree. While
    there is time to fill a gap, the advice is the gap view; in the last
    ``PACKET_WEEKS`` weeks it is to export the promotion packet, unless no win is
    logged, when a packet would be empty and the gaps say what is missing.

    Args:
        cycle_closes: when the promotion cycle closes.
        today: the user's local date.
        has_wins: whether any win is logged.

    Returns:
        The advice, or None more than ``CYCLE_WEEKS`` weeks before the cycle
        closes and once it has closed.
    """
    days = (cycle_closes - today).days
    if days < 0 or days > CYCLE_WEEKS * 7:
        return None
    when = weeks_away_in_words(days)
    if days // 7 >= PACKET_WEEKS or not has_wins:
        return catalogue.CYCLE_ADVICE_GAPS.format(when=when)
    return catalogue.CYCLE_ADVICE_PACKET.format(when=when)
