"""Questions the screens and the command line both ask, answered the same way.

Each function reads what it needs from the store and hands it to the domain, so the
TUI and the CLI never disagree about a number.
"""

from __future__ import annotations

import datetime as dt

from careerclimb_tui.domain.gaps import CriterionLike, GapView, gap_view
from careerclimb_tui.domain.initiative import Initiative
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.records import Profile
from careerclimb_tui.domain.review import QuarterSummary, Review, summarise
from careerclimb_tui.store import Store


def target_level(profile: Profile | None, ladder: Ladder) -> str:
    """The level the user works towards; the ladder's second level before set-up."""
    if profile is not None:
        return profile.target_level
    return ladder.levels[min(1, len(ladder.levels) - 1)].id


def criteria_of(store: Store) -> list[CriterionLike]:
    """The manager's criteria, when the store keeps them."""
    # TODO: read criteria from the store — nothing records them yet.
    return []


def stored_initiatives(store: Store) -> list[Initiative]:
    """Every initiative the store keeps."""
    try:
        from careerclimb_tui.store import initiative_docs
    except ImportError:
        # TODO: read initiatives directly once their table ships with the store.
        return []
    return list(initiative_docs.initiatives(store))


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
        store.wins(),
        store.reviews(),
        criteria_of(store),
        today,
        profile.cycle_closes if profile else None,
        profile.fiscal_year_start_month if profile else 1,
    )


def latest_review(store: Store, quarter: str) -> Review | None:
    """The newest run of a quarter's review, or None when it was never reviewed."""
    runs = [r for r in store.reviews() if r.quarter == quarter]
    return max(runs, key=lambda r: r.run) if runs else None


def review_summary(
    store: Store, review: Review, ladder: Ladder, profile: Profile | None
) -> QuarterSummary:
    """What one run of a review adds up to."""
    return summarise(review, store.wins(), ladder, target_level(profile, ladder))
