"""Questions the screens and the command line both ask, answered the same way.

Each function reads what it needs from the store and hands it to the domain, so the
TUI and the CLI never disagree about a number.

Turning thousands of stored wins and reviews into records takes a noticeable moment,
so :func:`wins` and :func:`reviews` keep what they read for each store and hand it
out again until the data file changes.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from careerclimb_tui.domain import gaps
from careerclimb_tui.domain.gaps import Coverage, CriterionLike, GapView, gap_view
from careerclimb_tui.domain.initiative import Initiative
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.links import WinLinks
from careerclimb_tui.domain.links import links_to_win as count_links
from careerclimb_tui.domain.pitch import (
    InitiativeFacts,
    RecordedNumbers,
    numbers_on_record,
    on_record,
)
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Profile, Win
from careerclimb_tui.domain.review import QuarterSummary, Review, summarise
from careerclimb_tui.store import Store, initiative_docs

T = TypeVar("T")

RACY_NS = 2_000_000_000
"""How long after a write a coarse file time cannot tell two versions apart."""


@dataclass(frozen=True)
class _Held:
    """Records read from one version of the data file."""

    version: tuple[int, ...]
    records: tuple[Any, ...]


_held: weakref.WeakKeyDictionary[Store, dict[str, _Held]] = weakref.WeakKeyDictionary()
_held_lock = threading.Lock()


def _file_version(store: Store) -> tuple[int, ...] | None:
    """What tells this version of the data file from any other, if anything can.

    Every save replaces the file by renaming a new one over it, so the inode, size
    and times change together. Only a file system that keeps times to the
    millisecond or coarser could show two quick saves alike; while such a file is
    younger than ``RACY_NS`` its version is not trusted (None), and records are
    read again.

    Args:
        store: the store whose file is looked at (a stat, no read).

    Returns:
        The version, or None when there is no file or its stat cannot be trusted.
    """
    # The store keeps no version number of its data; a stat of its file is one
    # that every writer, in this process or another, moves on.
    try:
        stat = os.stat(store.path)
    except OSError:
        return None
    coarse = stat.st_mtime_ns % 1_000_000 == 0
    if coarse and time.time_ns() - stat.st_mtime_ns < RACY_NS:
        return None
    return (
        stat.st_dev,
        stat.st_ino,
        stat.st_size,
        stat.st_mtime_ns,
        stat.st_ctime_ns,
    )


def _read_once(store: Store, table: str, read: Callable[[], list[T]]) -> list[T]:
    """The records of one table, read again only when the data file changed.

    Args:
        store: the user's data.
        table: the name the records are kept under.
        read: reads them from the store.

    Returns:
        A new list each time (the records themselves are frozen and shared).
    """
    version = _file_version(store)
    with _held_lock:
        held = _held.get(store, {}).get(table)
    if version is not None and held is not None and held.version == version:
        return list(held.records)

    records = read()
    # Kept only when no other process replaced the file while it was being read.
    if version is not None and _file_version(store) == version:
        with _held_lock:
            _held.setdefault(store, {})[table] = _Held(version, tuple(records))
    return records


def wins(store: Store) -> list[Win]:
    """Every readable win, newest first, as ``Store.wins`` gives them.

    Args:
        store: the user's data.

    Returns:
        The wins; read from the store only when its file changed since last time.
    """
    return _read_once(store, "wins", store.wins)


def reviews(store: Store) -> list[Review]:
    """Every review run, as ``Store.reviews`` gives them.

    Args:
        store: the user's data.

    Returns:
        The reviews; read from the store only when its file changed since last time.
    """
    return _read_once(store, "reviews", store.reviews)


def target_level(profile: Profile | None, ladder: Ladder) -> str:
    """The level the user works towards; the ladder's second level before set-up."""
    if profile is not None:
        return profile.target_level
    return ladder.levels[min(1, len(ladder.levels) - 1)].id


def criteria_of(store: Store) -> list[CriterionLike]:
    """The manager's criteria, oldest first, as recorded after each conversation."""
    # Imported on first use: only the gap view and the home note ask for criteria.
    from careerclimb_tui.store.criteria_docs import criteria

    return list(criteria(store))


def stored_initiatives(store: Store) -> list[Initiative]:
    """Every initiative the store keeps."""
    return list(initiative_docs.initiatives(store))


def pitch_numbers(
    store: Store,
    wins: list[Win],
    reviews: list[Review],
    facts: list[InitiativeFacts],
) -> RecordedNumbers:
    """Every number a pitch may state: the wins, reviews, criteria and initiatives.

    Args:
        store: where the criteria and whole initiatives are read from.
        wins: every win, as already read by the caller.
        reviews: every review, as already read by the caller.
        facts: the initiatives' facts, as already read by the caller.
    """
    from careerclimb_tui.store.criteria_docs import criteria

    also = on_record(criteria(store), stored_initiatives(store))
    return numbers_on_record(wins, reviews, facts, also)


def links_to_win(store: Store, win_id: int) -> WinLinks:
    """The criteria, problems and review runs that point at one win.

    Args:
        store: the user's data.
        win_id: the win, on record (a deleted win's links are not counted).

    Returns:
        The counts, as ``domain.links.links_to_win`` makes them.
    """
    from careerclimb_tui.store.criteria_docs import criteria

    return count_links(
        win_id,
        (criterion.win_ids for criterion in criteria(store)),
        (initiative.win_ids for initiative in stored_initiatives(store)),
        (review.entries for review in reviews(store)),
    )


def current_gaps(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> GapView:
    """The gap view as of today, from every win, review and criterion stored.

    Args:
        store: the user's data.
        ladder: the profile's ladder.
        profile: the profile, or None before set-up.
        today: the user's local date.

    Returns:
        The gap view.
    """
    return gap_view(
        ladder,
        target_level(profile, ladder),
        wins(store),
        reviews(store),
        criteria_of(store),
        today,
        profile.cycle_closes if profile else None,
        profile.fiscal_year_start_month if profile else 1,
    )


def latest_review(store: Store, quarter: Quarter) -> Review | None:
    """The newest run of a quarter's review, or None when it was never reviewed.

    Only a run of the same months counts: one of an earlier year start that does
    not line up with the quarter's judged other months, whatever its name.
    """
    runs = [r for r in reviews(store) if r.period == quarter]
    return max(runs, key=lambda r: r.run) if runs else None


def review_summary(
    store: Store, review: Review, ladder: Ladder, profile: Profile | None
) -> QuarterSummary:
    """What one run of a review adds up to, over the months the run judged."""
    return summarise(
        review, wins(store), ladder, target_level(profile, ladder), reviews(store)
    )


def review_coverage(
    store: Store, review: Review, ladder: Ladder, profile: Profile | None
) -> Coverage:
    """The target level's dimensions as one run of a review leaves them."""
    return gaps.review_coverage(
        review, store.reviews(), wins(store), ladder, target_level(profile, ladder)
    )
