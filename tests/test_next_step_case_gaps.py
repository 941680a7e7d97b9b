"""Home's next step points at what the case has no evidence for at all.

Once the quarter's wins need nothing more, "keep capturing" gives way to a
manager's criterion with nothing linked, then to a dimension of the target level
with no next-level win, then to one with thin evidence, each with the key that
opens it. Every more urgent step keeps its place. The rule is a table on the
domain; home is driven twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.criteria import Criterion
from careerclimb_tui.domain.framing import FRAMING_PLAN
from careerclimb_tui.domain.gaps import (
    CRITERION_GROWING,
    CRITERION_MET,
    CRITERION_OPEN,
    DimensionGap,
    GapStatus,
    GapView,
)
from careerclimb_tui.domain.records import FRAMING_ACTIVITY, FRAMING_IMPACT, Win
from careerclimb_tui.domain.wins import (
    CaseGaps,
    ReviewFinding,
    case_gaps,
    framed,
    next_step,
)
from careerclimb_tui.store import Store
from careerclimb_tui.store.criteria_docs import save_criterion
from tests.helpers import make_app, wait_until

TODAY = dt.date(2026, 11, 18)
"""In 2026Q4; the quarter before it is 2026Q3."""
LOGGED = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.timezone.utc)
REVIEWED = dt.datetime(2026, 11, 12, 17, 0, tzinfo=dt.timezone.utc)
WEEKS_AGO = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.timezone.utc)

IMPACT, ACTIVITY, PLAN = FRAMING_IMPACT, FRAMING_ACTIVITY, FRAMING_PLAN


def win(
    framing: str = IMPACT, day: dt.date = TODAY, logged: dt.datetime = LOGGED
) -> Win:
    """A saved win of the given framing, dated ``day``, written down ``logged``."""
    return Win(id=1, title="A win", date=day, framing=framing, created_at=logged)


MISSING = CaseGaps(missing_dimension="Mentoring")
ONE_BARE = CaseGaps(bare_criteria=1)
BOTH = CaseGaps(missing_dimension="Mentoring", bare_criteria=2)

ALL_IMPACT = catalogue.NEXT_ALL_IMPACT
AIM_MISSING = catalogue.NEXT_MISSING_DIMENSION.format(dimension="Mentoring")
LINK_ONE = catalogue.NEXT_BARE_CRITERIA.format(count=1, noun="criterion", verb="has")
LINK_TWO = catalogue.NEXT_BARE_CRITERIA.format(count=2, noun="criteria", verb="have")

# The wins, what the case lacks, the latest review's finding, the quarters
# reviewed, and the step home gives.
STEPS = [
    ("all impact, nothing known", [win()], None, None, set(), ALL_IMPACT),
    ("all impact, nothing lacking", [win()], CaseGaps(), None, set(), ALL_IMPACT),
    ("a dimension with no next-level win", [win()], MISSING, None, set(), AIM_MISSING),
    ("a criterion with no evidence", [win()], ONE_BARE, None, set(), LINK_ONE),
    (
        "the manager's criteria before the dimension",
        [win()],
        BOTH,
        None,
        set(),
        LINK_TWO,
    ),
    ("no win at all comes first", [], BOTH, None, set(), catalogue.NEXT_LOG_FIRST_WIN),
    (
        "an ended quarter left unreviewed comes first",
        [win(day=dt.date(2026, 9, 1))],
        BOTH,
        None,
        set(),
        catalogue.NEXT_REVIEW_ENDED.format(
            quarter="2026Q3", count=1, noun="win", pronoun="it"
        ),
    ),
    (
        "no win this quarter comes first",
        [win(day=dt.date(2026, 9, 1))],
        BOTH,
        None,
        {"2026Q3"},
        catalogue.NEXT_LOG_THIS_QUARTER,
    ),
    (
        "an activity-only win comes first",
        [win(ACTIVITY)],
        BOTH,
        None,
        set(),
        catalogue.NEXT_REFRAME.format(count=1, noun="win", verb="is"),
    ),
    (
        "two weeks without a win comes first",
        [win(day=dt.date(2026, 11, 1), logged=WEEKS_AGO)],
        BOTH,
        None,
        set(),
        catalogue.NEXT_LOG_AGAIN.format(days=17),
    ),
    (
        "a plan still to land comes first",
        [win(PLAN)],
        BOTH,
        None,
        set(),
        catalogue.NEXT_PLAN_LANDED.format(count=1, noun="win", verb="is"),
    ),
    (
        "the dimension a review asked to aim at comes first",
        [win()],
        BOTH,
        ReviewFinding("2026Q4", REVIEWED, 0, "Technical direction"),
        set(),
        catalogue.NEXT_REVIEW_FOCUS.format(
            quarter="2026Q4", dimension="Technical direction"
        ),
    ),
]


@pytest.mark.parametrize(
    ("wins", "case", "review", "reviewed", "step"),
    [row[1:] for row in STEPS],
    ids=[row[0] for row in STEPS],
)
def test_the_next_step_points_at_what_the_case_lacks(
    wins: list[Win],
    case: CaseGaps | None,
    review: ReviewFinding | None,
    reviewed: set[str],
    step: str,
) -> None:
    assert next_step(wins, TODAY, 1, {}, review, reviewed, case) == step


# --- What the gap view says the case lacks ------------------------------------------


@dataclass(frozen=True)
class Said:
    """A manager's criterion as the gap view reads it."""

    status: str
    dimension: str = "mentoring"
    text: str = "Run the design review"


def gap(name: str, status: GapStatus, *criteria: Said) -> DimensionGap:
    wins = {GapStatus.MISSING: 0, GapStatus.THIN: 1, GapStatus.COVERED: 2}[status]
    return DimensionGap(name.lower(), name, wins, None, 0, criteria, status)


def view(
    focus: DimensionGap | None, *others: DimensionGap, unplaced: tuple[Said, ...] = ()
) -> GapView:
    dimensions = ((focus,) if focus else ()) + others
    return GapView(TODAY, dimensions, focus, "", None, None, (), unplaced)


READINGS = [
    (
        "a missing focus is named",
        view(gap("Mentoring", GapStatus.MISSING)),
        CaseGaps("Mentoring", 0),
    ),
    (
        "a thin focus is named as thin",
        view(gap("Mentoring", GapStatus.THIN)),
        CaseGaps(thin_dimension="Mentoring"),
    ),
    (
        "all covered: nothing named",
        view(None, gap("Scope", GapStatus.COVERED)),
        CaseGaps(),
    ),
    (
        "only open criteria lack evidence, placed or not",
        view(
            gap("Mentoring", GapStatus.THIN, Said(CRITERION_OPEN), Said(CRITERION_MET)),
            gap("Scope", GapStatus.COVERED, Said(CRITERION_GROWING)),
            unplaced=(Said(CRITERION_OPEN, dimension="hiring"),),
        ),
        CaseGaps(bare_criteria=2, thin_dimension="Mentoring"),
    ),
]


@pytest.mark.parametrize(
    ("gaps", "case"), [row[1:] for row in READINGS], ids=[row[0] for row in READINGS]
)
def test_the_case_lacks_what_the_gap_view_shows_without_evidence(
    gaps: GapView, case: CaseGaps
) -> None:
    assert case_gaps(gaps) == case


# --- Home --------------------------------------------------------------------------


async def _home_step(store: Store, clock: FixedClock) -> str:
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        shown = app.screen.query_one("#next-step", Static)
        await wait_until(pilot, lambda: "Next:" in str(shown.content))
        return str(shown.content)


def _impact_wins(store: Store, clock: FixedClock) -> None:
    store.save_profile(DEMO_PROFILE)
    for title in ("Deploys now take 4 minutes, down from 45", "Pages fell 40%"):
        store.add_win(framed(Win(title=title, date=clock.today())))


async def test_home_points_new_wins_at_a_dimension_with_no_evidence(
    store: Store, clock: FixedClock
) -> None:
    _impact_wins(store, clock)

    step = await _home_step(store, clock)

    assert step == (
        "Next: Aim a next-level win at Scope and impact: none judged next-level"
        " yet (g)."
    )


async def test_home_points_at_the_manager_criterion_with_no_evidence(
    store: Store, clock: FixedClock
) -> None:
    _impact_wins(store, clock)
    save_criterion(store, Criterion("Lead the design review", created_at=clock.now()))

    step = await _home_step(store, clock)

    assert (
        step == "Next: 1 manager criterion has no evidence yet: link a win (m, then c)."
    )
