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
from careerclimb_tui.domain.gaps import GapView
from careerclimb_tui.domain.target import levels_judged_apart
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Profile, Win
from careerclimb_tui.domain.review import (
    as_counted,
    counted,
    counted_framings,
    judged_under_other_starts,
    left_out_counts,
    run_label,
    runs_in_progress,
    runs_named_under,
)
from careerclimb_tui.domain.wins import (
    ReviewFinding,
    case_gaps,
    next_step,
    tally_quarter,
    tally_text,
)
from careerclimb_tui.paths import DEMO_ENV
from careerclimb_tui.queries import current_gaps
from careerclimb_tui.store import Store

HomeLine = Callable[[Store, Ladder, "Profile | None", dt.date], "str | None"]


def gap_line(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> str | None:
    """Dimensions covered, the one to work on, weeks to the cycle."""
    view = current_gaps(store, ladder, profile, today)
    # The weeks to the cycle are on home's own line about the cycle.
    line = catalogue.HOME_GAP_LINE.format(line=view.summary_line(with_cycle=False))
    if profile is None:
        return line
    apart = levels_judged_apart(
        ladder, profile.current_level, profile.target_level, queries.reviews(store)
    )
    if apart:
        # The counts are evidence for the levels the reviews judged, not the target.
        names = catalogue.GAPS_JUDGED_LEVELS_JOIN.join(level.title for level in apart)
        line += catalogue.HOME_GAP_JUDGED_FOR.format(level=names)
    return line


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
    store: Store,
    wins: Sequence[Win],
    today: dt.date,
    start_month: int = 1,
    ladder: Ladder | None = None,
    profile: Profile | None = None,
) -> str:
    """The one thing most worth doing next, for the "Next:" line of home.

    A backup opened read-only cannot take a new win, so the step there is to
    repair the data file rather than to log or reframe anything. Reviewed wins
    count with the framing their review confirmed, as in the quarter's tally.
    Only a finished review makes its quarter reviewed: a quarter of the last
    twelve months that ended with wins and none, or a quarter whose latest
    finished run leaves wins out, is named first, whichever has more wins
    waiting; a run of it still in progress is named to resume instead.

    Args:
        store: the data shown.
        wins: every win of it.
        today: the user's local date.
        start_month: the month the user's fiscal year starts in.
        ladder: the profile's ladder; with it, the step can point at the
            dimension to work on after a review that found no next-level win,
            and at what the case has no evidence for at all.
        profile: the profile, or None before set-up.

    Returns:
        The step, as one sentence.
    """
    if store.read_only:
        return catalogue.NEXT_READ_ONLY
    reviews = queries.reviews(store)
    framings = counted_framings(wins, reviews)
    # A run of an earlier year start that does not line up reviewed no quarter
    # named now, even one of the same name.
    named = runs_named_under(reviews, start_month)
    reviewed = {review.quarter for review in named if review.is_finished}
    left_out = left_out_counts(reviews, wins, start_month)
    running = runs_in_progress(named, wins)
    # Such a run's answers still judged its wins: those wait for no review.
    judged = judged_under_other_starts(reviews, start_month)
    if ladder is None:
        return next_step(
            wins,
            today,
            start_month,
            framings,
            None,
            reviewed,
            left_out=left_out,
            running=running,
            judged=judged,
        )

    view = current_gaps(store, ladder, profile, today)
    finding = review_finding(store, ladder, profile, today, view)
    case = case_gaps(view)
    return next_step(
        wins,
        today,
        start_month,
        framings,
        finding,
        reviewed,
        case,
        left_out,
        running,
        judged,
    )


def review_finding(
    store: Store,
    ladder: Ladder,
    profile: Profile | None,
    today: dt.date,
    view: GapView | None = None,
) -> ReviewFinding | None:
    """What the review finished last found: its next-level wins, and the focus.

    The next-level wins are counted as its summary counts them; the focus is the
    dimension the gap view names, worked out only when the review found none.

    Args:
        store: the data shown.
        ladder: the profile's ladder.
        profile: the profile, or None before set-up.
        today: the user's local date.
        view: the gap view as of today, when already worked out.

    Returns:
        The finding, or None when no review was ever finished.
    """
    reviews = queries.reviews(store)
    finished = [(r.finished_at, r.run, r) for r in reviews if r.finished_at]
    if not finished:
        return None
    finished_at, _, latest = max(finished, key=lambda found: found[:2])
    summary = queries.review_summary(
        store, as_counted(latest, reviews), ladder, profile
    )
    focus = ""
    if not summary.next_level:
        if view is None:
            view = current_gaps(store, ladder, profile, today)
        gap = view.focus
        focus = gap.name if gap is not None else ""
    start_month = profile.fiscal_year_start_month if profile else 1
    label = run_label(latest, start_month)
    return ReviewFinding(label, finished_at, summary.next_level, focus)


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
    """The next-level problem being driven: stage, last update, next step.

    The step is said without the tracker's keys, which mean other things on
    home, and the line ends with home's own key for the problem.
    """
    # Imported on first use, as screens are, to keep loading the notes light.
    from textual.binding import Binding

    from careerclimb_tui.domain.initiative import step_without_keys
    from careerclimb_tui.screens.home import HomeScreen
    from careerclimb_tui.screens.problem_text import home_line
    from careerclimb_tui.store.initiative_docs import initiatives

    found = [
        shown.with_changes(next_step=step_without_keys(shown.next_step))
        for shown in initiatives(store)
    ]
    line = home_line(found, today)
    if line is None:
        return None
    key = next(
        b.key
        for b in HomeScreen.BINDINGS
        if isinstance(b, Binding) and b.id == "home.open_problem"
    )
    return catalogue.PROBLEM_HOME_OPEN.format(line=line, key=key)


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
    headline = view.home_note
    return catalogue.HOME_PEERS_LINE.format(headline=headline) if headline else None


def export_line(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> str | None:
    """In the weeks before the cycle closes: the gaps first, then the packet."""
    from careerclimb_tui.domain.reminders import cycle_advice

    if profile is None or profile.cycle_closes is None:
        return None
    # The wins read for home are kept (queries.wins); reading them again here
    # would double what home costs with thousands of wins.
    return cycle_advice(profile.cycle_closes, today, bool(queries.wins(store)))


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
