"""The one-line notes the home screen shows under the quarter's tally.

Each note is a function of the store, the ladder, the profile and today's date that
returns a line, or None when it has nothing to say. A feature adds its note to
``HOME_LINES``; the home screen shows them in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from careerclimb_tui import catalogue
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.records import Profile
from careerclimb_tui.queries import current_gaps
from careerclimb_tui.store import Store

HomeLine = Callable[[Store, Ladder, "Profile | None", dt.date], "str | None"]


def gap_line(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> str | None:
    """Dimensions covered, the one to work on, weeks to the cycle."""
    view = current_gaps(store, ladder, profile, today)
    return catalogue.HOME_GAP_LINE.format(line=view.summary_line())


def read_only_line(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> str | None:
    """A warning while the app shows a backup that cannot be changed."""
    return catalogue.HOME_READ_ONLY if store.read_only else None


HOME_LINES: list[HomeLine] = [read_only_line, gap_line]
