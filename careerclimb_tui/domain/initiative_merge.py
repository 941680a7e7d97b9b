"""Putting one window's change to an initiative onto the copy another window saved.

A dialog is filled from the initiative as it was when it opened. When the saved
copy changed meanwhile, what the dialog added (a note, a reading, a move) can
still go on top of it: only a field both windows changed to different values
is a clash.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from careerclimb_tui.domain.initiative import Initiative

_ADDED_TO = ("history", "notes", "readings", "win_ids")
"""Fields that grow entry by entry: each side's new entries are kept."""

_STAMPS = ("id", "created_at", "updated_at", "extra")
"""Fields the store keeps: the saved copy's are taken as they are."""


def _added(base: tuple[Any, ...], changed: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """The entries ``changed`` added to ``base``; None when it also took some out."""
    left = Counter(base)
    added = []
    for entry in changed:
        if left[entry]:
            left[entry] -= 1
        else:
            added.append(entry)
    if any(left.values()):
        return None
    return tuple(added)


def _merged_entries(
    name: str, base: tuple[Any, ...], mine: tuple[Any, ...], theirs: tuple[Any, ...]
) -> tuple[Any, ...] | None:
    """Their entries with mine added after them; None when mine took one out."""
    if mine == base:
        return theirs
    if theirs == base:
        return mine
    added = _added(base, mine)
    if added is None:
        return None
    kept = (*theirs, *(e for e in added if e not in theirs))
    if name == "readings":
        # Readings are kept in date order; sorting is stable for one day's.
        kept = tuple(sorted(kept, key=lambda reading: reading.date))
    return kept


def merged_onto(
    base: Initiative, mine: Initiative, theirs: Initiative
) -> Initiative | None:
    """Apply the change from ``base`` to ``mine`` onto ``theirs``.

    Args:
        base: the initiative as this window read it before changing it.
        mine: the initiative as this window changed it.
        theirs: the initiative as another window saved it since.

    Returns:
        ``theirs`` with this window's change on it, or None when both changed
        one field to different values, or this window took out an entry the
        other window's copy no longer holds as it was.
    """
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(Initiative):
        name = field.name
        if name in _STAMPS:
            continue
        was = getattr(base, name)
        now_mine = getattr(mine, name)
        now_theirs = getattr(theirs, name)
        if name in _ADDED_TO:
            entries = _merged_entries(name, was, now_mine, now_theirs)
            if entries is None:
                return None
            changes[name] = entries
        elif now_mine != was and now_theirs != was and now_mine != now_theirs:
            return None
        elif now_mine != was:
            changes[name] = now_mine
    return theirs.with_changes(**changes)
