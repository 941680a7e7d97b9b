"""The one-line notes the home screen shows under the quarter's tally.

Each note is a function of the store, the ladder, the profile and today's date that
returns a line, or None when it has nothing to say. A feature adds its note to
``HOME_LINES`` (or, for a warning that must lead the screen, to ``BANNER_LINES``);
the home screen shows them in order.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence

from careerclimb_tui import catalogue, queries
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Profile, Win
from careerclimb_tui.domain.review import counted, counted_framings
from careerclimb_tui.domain.wins import next_step, tally_quarter, tally_text
from careerclimb_tui.queries import current_gaps
from careerclimb_tui.store import Store

HomeLine = Callable[[Store, Ladder, "Profile | None", dt.date], "str | None"]

DEMO_ENV = "CAREERCLIMB_DEMO"
"""Set (to anything but empty) by ``careerclimb demo`` while the sample career is
open, so that home says the data is a throw-away demo."""


def gap_line(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> str | None:
    """Dimensions covered, the one to work on, weeks to the cycle."""
    view = current_gaps(store, ladder, profile, today)
    # The weeks to the cycle are on home's own line about the cycle.
    return catalogue.HOME_GAP_LINE.format(line=view.summary_line(with_cycle=False))


def read_only_line(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> str | None:
    """A warning while the app shows a backup that cannot be changed."""
    return catalogue.HOME_READ_ONLY if store.read_only else None


def quarter_line(
    store: Store, wins: Sequence[Win], today: dt.date, start_month: int = 1
) -> str:
    """The quarter's tally for home: its wins, how many impact, activity, plans.

    A reviewed win counts with the framing its review confirmed, as the review
    summary counts it, so both screens give the same quarter the same numbers.

    Args:
        store: the data shown.
        wins: every win of it.
        today: the user's local date.
        start_month: the month the user's fiscal year starts in.

    Returns:
        The line, such as "This quarter (2026Q3): 4 wins · 2 framed as impact ·
        2 activity-only".
    """
    framings = counted_framings(wins, queries.reviews(store))
    return tally_text(tally_quarter(wins, quarter_of(today, start_month), framings))


def next_step_line(
    store: Store, wins: Sequence[Win], today: dt.date, start_month: int = 1
) -> str:
    """The one thing most worth doing next, for the "Next:" line of home.

    A backup opened read-only cannot take a new win, so the step there is to
    repair the data file rather than to log or reframe anything.

    Args:
        store: the data shown.
        wins: every win of it.
        today: the user's local date.
        start_month: the month the user's fiscal year starts in.

    Returns:
        The step, as one sentence.
    """
    if store.read_only:
        return catalogue.NEXT_READ_ONLY
    return next_step(wins, today, start_month)


def demo_line(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> str | None:
    """A banner while the app shows the sample career of ``careerclimb demo``."""
    return catalogue.HOME_DEMO if os.environ.get(DEMO_ENV, "").strip() else None


def privacy_line(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> str | None:
    """Backups left behind by an encryption or passphrase change cut short."""
    count = len(store.copies_out_of_step())
    if not count:
        return None
    return counted(
        count, catalogue.HOME_PRIVACY_STRAGGLER, catalogue.HOME_PRIVACY_STRAGGLERS
    )


def problem_line(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> str | None:
    """The next-level problem being driven: stage, last update, next step."""
    # Imported on first use, as screens are, to keep loading the notes light.
    from careerclimb_tui.screens.problem_text import home_line
    from careerclimb_tui.store.initiative_docs import initiatives

    return home_line(initiatives(store), today)


def criteria_line(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> str | None:
    """The manager's criteria still to meet, and the flagged ones or the check-in."""
    from careerclimb_tui.store.criteria_docs import criteria_home_line

    return criteria_home_line(store, ladder, profile, today)


def peers_line(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> str | None:
    """The pattern across promoted peers: first what most did and the user lacks."""
    from careerclimb_tui.domain.gaps import latest_verdicts
    from careerclimb_tui.domain.peers import pattern_view
    from careerclimb_tui.store.peers_docs import peers

    recorded = peers(store)
    if not recorded:
        return None
    view = pattern_view(
        recorded,
        ladder,
        queries.wins(store),
        latest_verdicts(queries.reviews(store)),
    )
    headline = view.brief_headline
    return catalogue.HOME_PEERS_LINE.format(headline=headline) if headline else None


def export_line(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> str | None:
    """In the last weeks before the cycle closes: export the promotion packet."""
    from careerclimb_tui.export.packet import packet_reminder

    if profile is None or profile.cycle_closes is None:
        return None
    # The wins read for home are kept (queries.wins); reading them again here
    # would double what home costs with thousands of wins.
    return packet_reminder(profile.cycle_closes, today, bool(queries.wins(store)))


BANNER_LINES: list[HomeLine] = [demo_line, read_only_line, privacy_line]
"""Notes that must be read before anything else on home: they lead the screen."""

HOME_LINES: list[HomeLine] = [
    gap_line,
    problem_line,
    criteria_line,
    peers_line,
    export_line,
]
"""Notes on the user's case, shown under the quarter's tally and the next step."""
