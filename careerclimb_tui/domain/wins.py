"""Rules about wins: framing them on save, finding them, and summing up a quarter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from careerclimb_tui import catalogue
from careerclimb_tui.domain.framing import read_win
from careerclimb_tui.domain.quarters import Quarter, quarter_of
from careerclimb_tui.domain.records import Win, fold_for_search


def framed(win: Win) -> Win:
    """Return the win ready to save: framed, and measured when its text says how.

    The framing comes from the coach's reading. When no measure was typed and the
    text states exactly one complete before → after or change ("in 3 minutes
    instead of 30"), that measure is kept, so the change shows in the journal. The
    numbers are the user's own; nothing is invented.
    """
    reading = read_win(
        win.title, win.what_changed, win.measure, win.beneficiaries, win.noticed_by
    )
    changes: dict[str, object] = {"framing": reading.framing}
    if win.measure is None:
        found = [m for m in reading.measures if m.is_complete]
        if len(found) == 1:
            changes["measure"] = found[0]
    return win.with_changes(**changes)


def clean_list(values: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, non-empty, de-duplicated values in their first order."""
    seen: dict[str, None] = {}
    for value in values:
        value = value.strip()
        if value and value not in seen:
            seen[value] = None
    return tuple(seen)


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as one line, separated by commas or spaces."""
    return clean_list(text.replace(",", " ").split())


def matches(win: Win, query: str) -> bool:
    """True when every word of the query appears somewhere in the win."""
    haystack = win.search_text()
    return all(word in haystack for word in fold_for_search(query).split())


def filter_wins(
    wins: Sequence[Win],
    query: str = "",
    quarter: Quarter | None = None,
) -> list[Win]:
    """The wins that match a search and fall in a quarter, in their given order.

    Args:
        wins: the wins to look through.
        query: words that must all appear in a win; empty matches every win.
        quarter: when given, only wins dated inside it.

    Returns:
        The matching wins.
    """
    found: list[Win] = []
    for win in wins:
        if quarter is not None and not quarter.contains(win.date):
            continue
        if query and not matches(win, query):
            continue
        found.append(win)
    return found


def quarters_with_wins(wins: Iterable[Win], start_month: int = 1) -> list[Quarter]:
    """Every quarter that holds at least one win, newest first."""
    return sorted({quarter_of(w.date, start_month) for w in wins}, reverse=True)


@dataclass(frozen=True)
class QuarterTally:
    """How the wins of one quarter read."""

    quarter: Quarter
    total: int
    impact: int

    @property
    def activity(self) -> int:
        return self.total - self.impact


def tally_quarter(wins: Iterable[Win], quarter: Quarter) -> QuarterTally:
    """Count a quarter's wins and how many of them are framed as impact."""
    inside = [w for w in wins if quarter.contains(w.date)]
    return QuarterTally(quarter, len(inside), sum(1 for w in inside if w.is_impact))


def next_step(wins: Sequence[Win], today: dt.date, start_month: int = 1) -> str:
    """The one thing most worth doing next, from the wins logged so far.

    Args:
        wins: every win.
        today: the user's local date.
        start_month: the month the user's fiscal year starts in.

    Returns:
        A short suggestion for the home screen.
    """
    if not wins:
        return catalogue.NEXT_LOG_FIRST_WIN
    tally = tally_quarter(wins, quarter_of(today, start_month))
    if tally.total == 0:
        return catalogue.NEXT_LOG_THIS_QUARTER
    if tally.activity:
        noun = "win" if tally.activity == 1 else "wins"
        verb = "is" if tally.activity == 1 else "are"
        return catalogue.NEXT_REFRAME.format(count=tally.activity, noun=noun, verb=verb)
    latest = max(w.date for w in wins)
    if (today - latest).days >= 14:
        return catalogue.NEXT_LOG_AGAIN.format(days=(today - latest).days)
    return catalogue.NEXT_ALL_IMPACT
