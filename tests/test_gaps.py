"""The gap view: dimension statuses, the focus, the weeks left and the trend."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_full_demo
from careerclimb_tui.domain.criteria import Criterion as StoredCriterion
from careerclimb_tui.domain.gaps import (
    GapStatus,
    GapView,
    gap_view,
    latest_verdicts,
    status_of,
    weeks_until,
)
from careerclimb_tui.domain.ladder import Dimension, Expectation, Ladder, Level
from careerclimb_tui.domain.quarters import Quarter, quarter_of
from careerclimb_tui.domain.records import FRAMING_IMPACT, Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    Review,
    VerdictKind,
    answer,
    override,
    start_review,
)
from careerclimb_tui.gap_text import criteria_cell
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.criteria_docs import criteria_home_line, save_criterion
from tests.helpers import make_app, wait_until

D = dt.date
NEXT = VerdictKind.NEXT_LEVEL
CURRENT = VerdictKind.CURRENT_LEVEL
UNCLEAR = VerdictKind.UNCLEAR
COVERED, THIN, MISSING = GapStatus.COVERED, GapStatus.THIN, GapStatus.MISSING
MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)

SCOPE = "scope_impact"
TECH = "technical_direction"
EXECUTION = "execution"
MENTORING = "mentoring"
COLLAB = "collaboration"


@dataclass(frozen=True)
class Criterion:
    """A manager's criterion as the gap view sees it."""

    dimension: str
    status: str
    text: str


def make_ladder() -> Ladder:
    names = [
        (SCOPE, "Scope and impact"),
        (TECH, "Technical direction"),
        (EXECUTION, "Execution"),
        (MENTORING, "Mentoring"),
        (COLLAB, "Collaboration"),
    ]
    expected = Expectation("Expected.", ("Solid work.",), ("A next-level signal.",))
    level = Level(
        "senior",
        "Senior engineer",
        "Several teams.",
        expectations={key: expected for key, _ in names},
    )
    return Ladder(
        id="test",
        title="Test ladder",
        track="software engineer",
        dimensions=tuple(Dimension(key, name) for key, name in names),
        levels=(level,),
    )


# How each verdict is reached through real answers, not by writing the verdict in.
ANSWERS_FOR: dict[VerdictKind, dict[str, Any]] = {
    NEXT: {
        "peer_could": "no",
        "choice": "chose",
        "change": ChangeAnswer("Failures fell from 12% to 1%", measured=True),
        "noticed": Noticed.by("platform team"),
    },
    CURRENT: {
        "peer_could": "yes",
        "choice": "assigned",
        "change": ChangeAnswer("The rota had cover", measured=False),
        "noticed": Noticed.nobody(),
    },
    UNCLEAR: {},
}

Judged = tuple[int, dt.date, tuple[str, ...], VerdictKind]
"""A win's id, date, dimensions and the verdict its answers lead to."""


def judge(judged: Sequence[Judged]) -> tuple[list[Win], list[Review]]:
    """Wins, and one review per quarter, still in progress, answering them as
    given: a win given no answers is not reviewed yet until its run is finished."""
    wins = [
        Win(
            title=f"Win {win_id}",
            date=day,
            id=win_id,
            dimensions=dims,
            framing=FRAMING_IMPACT,
        )
        for win_id, day, dims, _ in judged
    ]
    kinds = {win_id: kind for win_id, _, _, kind in judged}
    reviews: list[Review] = []
    for quarter in sorted({quarter_of(w.date) for w in wins}):
        review = start_review(quarter, wins, MOMENT)
        for win_id in review.win_ids:
            review = answer(review, win_id, now=MOMENT, **ANSWERS_FOR[kinds[win_id]])
        reviews.append(review)
    return wins, reviews


# The clock fixture stands on 2026-11-18, in 2026Q4: Q4 and Q3 are "recent".
HISTORY: list[Judged] = [
    (4, D(2026, 2, 10), (EXECUTION,), NEXT),
    (5, D(2026, 5, 12), (EXECUTION,), NEXT),
    (1, D(2026, 8, 10), (SCOPE,), NEXT),
    (6, D(2026, 9, 1), (COLLAB,), CURRENT),
    (2, D(2026, 10, 5), (SCOPE,), NEXT),
    (7, D(2026, 10, 20), (COLLAB, EXECUTION), CURRENT),
    (3, D(2026, 11, 2), (TECH,), NEXT),
    (8, D(2026, 11, 10), (MENTORING,), UNCLEAR),
]
CRITERIA = [
    Criterion(MENTORING, "met", "Pair with the new hire on their first incident"),
    Criterion(COLLAB, "open", "Lead a design review with another team"),
    Criterion(COLLAB, "evidence growing", "Write the cross-team on-call guide"),
    Criterion("", "open", "Be visible in the architecture forum"),
]
CYCLE_CLOSES = D(2027, 3, 17)


@pytest.fixture
def view(clock: FixedClock) -> GapView:
    wins, reviews = judge(HISTORY)
    return gap_view(
        make_ladder(), "senior", wins, reviews, CRITERIA, clock.today(), CYCLE_CLOSES
    )


def test_each_dimension_gets_its_status_in_ladder_order(view: GapView) -> None:
    statuses = [(gap.dimension_id, gap.status) for gap in view.dimensions]

    assert statuses == [
        (SCOPE, COVERED),  # two next-level wins, the newest this quarter
        (TECH, THIN),  # a single next-level win
        (EXECUTION, THIN),  # two, but the newest is from 2026Q2
        (MENTORING, MISSING),  # only an unclear win
        (COLLAB, MISSING),  # only current-level wins
    ]


def test_each_dimension_counts_its_wins_and_dates_its_newest(view: GapView) -> None:
    counts = {
        gap.dimension_id: (
            gap.next_level_wins,
            gap.latest_next_level,
            gap.current_level_wins,
        )
        for gap in view.dimensions
    }

    assert counts == {
        SCOPE: (2, D(2026, 10, 5), 0),
        TECH: (1, D(2026, 11, 2), 0),
        EXECUTION: (2, D(2026, 5, 12), 1),
        MENTORING: (0, None, 0),
        COLLAB: (0, None, 2),
    }


def test_each_dimension_lists_the_managers_criteria_for_it(view: GapView) -> None:
    by_dimension = {gap.dimension_id: gap for gap in view.dimensions}

    assert [c.text for c in by_dimension[COLLAB].criteria] == [
        "Lead a design review with another team",
        "Write the cross-team on-call guide",
    ]
    assert [c.text for c in by_dimension[COLLAB].open_criteria] == [
        "Lead a design review with another team"
    ]
    assert by_dimension[SCOPE].criteria == ()
    assert [c.text for c in view.unplaced_criteria] == [
        "Be visible in the architecture forum"
    ]


def test_a_missing_dimension_the_manager_asked_for_is_the_focus(
    view: GapView,
) -> None:
    assert view.focus is not None
    assert view.focus.dimension_id == COLLAB
    assert view.focus_reason == asked_tie(
        "Collaboration", "Mentoring", "Lead a design review with another team"
    )


def test_the_home_line_sums_up_coverage_focus_and_weeks(view: GapView) -> None:
    assert view.covered == 1
    assert view.weeks_remaining == 17
    assert view.summary_line() == (
        "1 of 5 dimensions covered by reviewed wins · focus: Collaboration"
        " · 17 weeks to the cycle"
    )
    # Home says how long is left on a line of its own.
    assert view.summary_line(with_cycle=False) == (
        "1 of 5 dimensions covered by reviewed wins · focus: Collaboration"
    )


def test_the_trend_shows_each_quarters_share_and_coverage(view: GapView) -> None:
    rows = [
        (
            str(p.quarter),
            p.wins,
            p.next_level,
            p.next_level_share,
            p.dimensions_covered,
        )
        for p in view.trend
    ]

    assert rows == [
        ("2026Q1", 1, 1, 1.0, 0),  # execution has one win: thin
        ("2026Q2", 1, 1, 1.0, 1),  # execution has two, the newest this quarter
        ("2026Q3", 2, 1, 0.5, 1),  # execution's newest is the quarter before
        ("2026Q4", 4, 2, 0.5, 1),  # execution has aged out; scope is covered
    ]


def test_the_trend_length_can_be_chosen_and_a_quiet_quarter_has_no_share(
    clock: FixedClock,
) -> None:
    wins, reviews = judge(HISTORY)

    view = gap_view(
        make_ladder(),
        "senior",
        wins,
        reviews,
        [],
        clock.today(),
        None,
        trend_quarters=6,
    )

    assert [str(p.quarter) for p in view.trend][:2] == ["2025Q3", "2025Q4"]
    assert view.trend[0].wins == 0
    assert view.trend[0].next_level_share is None


def test_the_latest_run_of_a_quarter_counts_even_unfinished(
    clock: FixedClock,
) -> None:
    wins, reviews = judge(HISTORY)
    q4 = next(r for r in reviews if r.quarter == "2026Q4")
    rerun = start_review(Quarter(2026, 4), wins, MOMENT, earlier=reviews)
    rerun = answer(rerun, 2, now=MOMENT, **ANSWERS_FOR[CURRENT])

    view = gap_view(
        make_ladder(), "senior", wins, [*reviews, rerun], [], clock.today(), None
    )

    scope = view.dimensions[0]
    assert rerun.finished_at is None and rerun.run == 2
    assert (scope.next_level_wins, scope.current_level_wins) == (1, 1)
    assert scope.status is THIN
    assert q4.entry(2).kind is NEXT  # the first run is kept as it was


def test_an_override_counts_as_the_wins_verdict(clock: FixedClock) -> None:
    wins, reviews = judge(HISTORY)
    reviews = [
        override(r, 6, NEXT, "My manager counts it", now=MOMENT)
        if r.quarter == "2026Q3"
        else r
        for r in reviews
    ]

    view = gap_view(make_ladder(), "senior", wins, reviews, [], clock.today(), None)

    collab = view.dimensions[-1]
    assert (collab.next_level_wins, collab.status) == (1, THIN)
    assert latest_verdicts(reviews)[6] is NEXT


def test_unreviewed_and_deleted_wins_count_for_nothing(clock: FixedClock) -> None:
    wins, reviews = judge(HISTORY)
    never_reviewed = Win(
        title="Logged after the review", date=D(2026, 11, 17), id=99, dimensions=(TECH,)
    )
    without_win_3 = [w for w in wins if w.id != 3]

    view = gap_view(
        make_ladder(),
        "senior",
        [*without_win_3, never_reviewed],
        reviews,
        [],
        clock.today(),
        None,
    )

    tech = view.dimensions[1]
    assert (tech.next_level_wins, tech.status) == (0, MISSING)


# --- The two-quarter age rule ---------------------------------------------------------

STATUS_OF = [
    # next-level dates, as of quarter, expected status
    ([], Quarter(2026, 4), MISSING),
    ([D(2026, 11, 1)], Quarter(2026, 4), THIN),
    ([D(2026, 7, 1), D(2026, 8, 1)], Quarter(2026, 4), COVERED),
    ([D(2026, 6, 30), D(2026, 4, 1)], Quarter(2026, 4), THIN),
    ([D(2025, 1, 5), D(2026, 10, 1)], Quarter(2026, 4), COVERED),
    ([D(2026, 9, 30), D(2026, 5, 1), D(2026, 1, 1)], Quarter(2026, 4), COVERED),
    ([D(2025, 11, 1), D(2025, 12, 1)], Quarter(2026, 1), COVERED),  # over year end
    ([D(2025, 9, 30), D(2025, 8, 1)], Quarter(2026, 1), THIN),
    # July fiscal start: 2027Q2 is Oct–Dec 2026, so July 2026 (2027Q1) is recent.
    ([D(2026, 7, 1), D(2026, 7, 2)], Quarter(2027, 2, 7), COVERED),
    ([D(2026, 6, 30), D(2026, 6, 29)], Quarter(2027, 2, 7), THIN),
]


@pytest.mark.parametrize(
    "dates, as_of, expected",
    STATUS_OF,
    ids=[f"{len(d)}-wins-as-of-{q}-{s}" for d, q, s in STATUS_OF],
)
def test_a_dimension_needs_two_wins_the_newest_within_two_quarters(
    dates: list[dt.date], as_of: Quarter, expected: GapStatus
) -> None:
    assert status_of(dates, as_of) is expected


# --- Choosing the focus ---------------------------------------------------------------

OPEN_COLLAB = Criterion(COLLAB, "open", "Lead a design review with another team")
MET_COLLAB = Criterion(COLLAB, "met", "Lead a design review with another team")
GROWING_COLLAB = Criterion(COLLAB, "evidence growing", "Lead a design review")


def covered(win_id: int, dimension: str) -> list[Judged]:
    """Two recent next-level wins for a dimension."""
    return [
        (win_id, D(2026, 10, 1), (dimension,), NEXT),
        (win_id + 1, D(2026, 11, 1), (dimension,), NEXT),
    ]


MISSING_TECH_TIED = " ".join(
    [
        catalogue.GAP_FOCUS_MISSING.format(dimension="Technical direction"),
        catalogue.GAP_FOCUS_TIED_LADDER.format(others="3 other dimensions"),
    ]
)

RELEASE_CRITERION = Criterion(EXECUTION, "open", "Own the release train")


def asked_tie(dimension: str, others: str, criterion: str) -> str:
    """A missing focus chosen over others tied with it because it was asked for."""
    return " ".join(
        [
            catalogue.GAP_FOCUS_MISSING.format(dimension=dimension),
            catalogue.GAP_FOCUS_TIED_ASKED.format(others=others, criterion=criterion),
        ]
    )


FOCUS = [
    # name, history, criteria, focus dimension, focus reason
    (
        "asked-for missing beats an earlier plain missing and says so",
        covered(1, SCOPE),
        [OPEN_COLLAB],
        COLLAB,
        asked_tie("Collaboration", "3 other dimensions", OPEN_COLLAB.text),
    ),
    (
        "the only missing dimension asked for names the criterion",
        [*covered(1, SCOPE), *covered(3, TECH), *covered(5, EXECUTION)]
        + covered(7, MENTORING),
        [GROWING_COLLAB],
        COLLAB,
        catalogue.GAP_FOCUS_ASKED_FOR.format(
            dimension="Collaboration", criterion=GROWING_COLLAB.text
        ),
    ),
    (
        "plain missing goes to ladder order",
        covered(1, SCOPE),
        [],
        TECH,
        MISSING_TECH_TIED,
    ),
    (
        "a met criterion is not an open one",
        covered(1, SCOPE),
        [MET_COLLAB],
        TECH,
        MISSING_TECH_TIED,
    ),
    (
        "a criterion with evidence growing is still asked for",
        covered(1, SCOPE),
        [GROWING_COLLAB],
        COLLAB,
        asked_tie("Collaboration", "3 other dimensions", GROWING_COLLAB.text),
    ),
    (
        "of two thin with one win each, the one asked for is chosen",
        [
            *covered(1, SCOPE),
            (3, D(2026, 11, 1), (TECH,), NEXT),
            (4, D(2026, 11, 2), (EXECUTION,), NEXT),
            *covered(5, MENTORING),
            *covered(7, COLLAB),
        ],
        [RELEASE_CRITERION],
        EXECUTION,
        " ".join(
            [
                catalogue.GAP_FOCUS_THIN_ONE.format(dimension="Execution"),
                catalogue.GAP_FOCUS_TIED_ASKED.format(
                    others="Technical direction", criterion=RELEASE_CRITERION.text
                ),
            ]
        ),
    ),
    (
        "fewer next-level wins come before the manager's ask",
        [
            *covered(1, SCOPE),
            (3, D(2026, 3, 1), (TECH,), NEXT),
            (4, D(2026, 4, 1), (TECH,), NEXT),
            (5, D(2026, 11, 2), (EXECUTION,), NEXT),
            *covered(6, MENTORING),
            *covered(8, COLLAB),
        ],
        [Criterion(TECH, "open", "Write the storage design")],
        EXECUTION,
        " ".join(
            [
                catalogue.GAP_FOCUS_THIN_ONE.format(dimension="Execution"),
                catalogue.GAP_FOCUS_TIED_FEWER.format(
                    status="thin", others="Technical direction"
                ),
            ]
        ),
    ),
    (
        "of two asked-for missing beside a plain one, the ask then the ladder",
        [*covered(1, SCOPE), *covered(3, TECH)],
        [Criterion(MENTORING, "open", "Mentor a new hire"), OPEN_COLLAB],
        MENTORING,
        " ".join(
            [
                catalogue.GAP_FOCUS_MISSING.format(dimension="Mentoring"),
                catalogue.GAP_FOCUS_TIED_ASKED_LADDER.format(
                    others="2 other dimensions", criterion="Mentor a new hire"
                ),
            ]
        ),
    ),
    (
        "missing beats thin earlier in the ladder",
        [
            *covered(1, SCOPE),
            (3, D(2026, 11, 1), (TECH,), NEXT),
            *covered(4, EXECUTION),
            *covered(6, MENTORING),
        ],
        [],
        COLLAB,
        catalogue.GAP_FOCUS_MISSING.format(dimension="Collaboration"),
    ),
    (
        "a single next-level win is thin",
        [
            *covered(1, SCOPE),
            *covered(3, EXECUTION),
            (5, D(2026, 11, 1), (TECH,), NEXT),
            *covered(6, MENTORING),
            *covered(8, COLLAB),
        ],
        [OPEN_COLLAB],
        TECH,
        catalogue.GAP_FOCUS_THIN_ONE.format(dimension="Technical direction"),
    ),
    (
        "evidence older than two quarters is thin",
        [
            *covered(1, SCOPE),
            *covered(3, TECH),
            (5, D(2026, 3, 1), (EXECUTION,), NEXT),
            (6, D(2026, 4, 1), (EXECUTION,), NEXT),
            *covered(7, MENTORING),
            *covered(9, COLLAB),
        ],
        [],
        EXECUTION,
        catalogue.GAP_FOCUS_THIN_OLD.format(dimension="Execution"),
    ),
    (
        "of two thin with one win each, the first on the ladder is chosen",
        [
            *covered(1, SCOPE),
            (3, D(2026, 11, 1), (TECH,), NEXT),
            (4, D(2026, 11, 2), (EXECUTION,), NEXT),
            *covered(5, MENTORING),
            *covered(7, COLLAB),
        ],
        [],
        TECH,
        " ".join(
            [
                catalogue.GAP_FOCUS_THIN_ONE.format(dimension="Technical direction"),
                catalogue.GAP_FOCUS_TIED_LADDER.format(others="Execution"),
            ]
        ),
    ),
    (
        "of two thin, the one with fewer wins is chosen though later on the ladder",
        [
            *covered(1, SCOPE),
            (3, D(2026, 3, 1), (TECH,), NEXT),
            (4, D(2026, 4, 1), (TECH,), NEXT),
            (5, D(2026, 11, 2), (EXECUTION,), NEXT),
            *covered(6, MENTORING),
            *covered(8, COLLAB),
        ],
        [],
        EXECUTION,
        " ".join(
            [
                catalogue.GAP_FOCUS_THIN_ONE.format(dimension="Execution"),
                catalogue.GAP_FOCUS_TIED_FEWER.format(
                    status="thin", others="Technical direction"
                ),
            ]
        ),
    ),
    (
        "two asked-for missing go to ladder order and say so",
        [*covered(1, SCOPE), *covered(3, TECH), *covered(5, EXECUTION)],
        [Criterion(MENTORING, "open", "Mentor a new hire"), OPEN_COLLAB],
        MENTORING,
        " ".join(
            [
                catalogue.GAP_FOCUS_ASKED_FOR.format(
                    dimension="Mentoring", criterion="Mentor a new hire"
                ),
                catalogue.GAP_FOCUS_TIED_LADDER.format(others="Collaboration"),
            ]
        ),
    ),
    (
        "everything covered leaves no focus",
        [
            *covered(1, SCOPE),
            *covered(3, TECH),
            *covered(5, EXECUTION),
            *covered(7, MENTORING),
            *covered(9, COLLAB),
        ],
        [OPEN_COLLAB],
        None,
        catalogue.GAP_FOCUS_NONE,
    ),
]


@pytest.mark.parametrize(
    "history, criteria, focus, reason",
    [row[1:] for row in FOCUS],
    ids=[row[0] for row in FOCUS],
)
def test_the_focus_is_the_dimension_most_worth_working_on(
    history: list[Judged],
    criteria: list[Criterion],
    focus: str | None,
    reason: str,
    clock: FixedClock,
) -> None:
    wins, reviews = judge(history)

    view = gap_view(
        make_ladder(), "senior", wins, reviews, criteria, clock.today(), None
    )

    assert (view.focus.dimension_id if view.focus else None) == focus
    assert view.focus_reason == reason


def test_with_nothing_missing_the_home_line_says_so(clock: FixedClock) -> None:
    history = [*covered(1, SCOPE), *covered(3, TECH), *covered(5, EXECUTION)]
    history += [*covered(7, MENTORING), *covered(9, COLLAB)]
    wins, reviews = judge(history)

    view = gap_view(make_ladder(), "senior", wins, reviews, [], clock.today(), None)

    assert (
        view.summary_line()
        == "5 of 5 dimensions covered by reviewed wins · nothing missing"
    )


# --- Weeks before the cycle closes ----------------------------------------------------

TODAY = D(2026, 11, 18)
WEEKS = [
    # cycle closes, weeks remaining, end of the home line
    (None, None, "focus: Scope and impact"),
    (D(2026, 11, 17), 0, "the cycle has closed"),
    (D(2026, 11, 18), 0, "under a week to the cycle"),
    (D(2026, 11, 24), 0, "under a week to the cycle"),
    (D(2026, 11, 25), 1, "1 week to the cycle"),
    (D(2026, 12, 1), 1, "1 week to the cycle"),
    (D(2026, 12, 2), 2, "2 weeks to the cycle"),
    (D(2027, 3, 17), 17, "17 weeks to the cycle"),
]


@pytest.mark.parametrize(
    "closes, weeks, line_end",
    WEEKS,
    ids=[str(closes) for closes, _, _ in WEEKS],
)
def test_weeks_remaining_count_whole_weeks_and_stop_at_zero(
    closes: dt.date | None, weeks: int | None, line_end: str
) -> None:
    view = gap_view(make_ladder(), "senior", [], [], [], TODAY, closes)

    assert weeks_until(closes, TODAY) == weeks
    assert view.weeks_remaining == weeks
    assert view.summary_line().endswith(line_end)


def test_a_fiscal_year_shapes_the_trend_quarters(clock: FixedClock) -> None:
    view = gap_view(make_ladder(), "senior", [], [], [], clock.today(), None, 7)

    assert [str(p.quarter) for p in view.trend] == [
        "2026Q3",
        "2026Q4",
        "2027Q1",
        "2027Q2",
    ]
    assert view.trend[-1].quarter.contains(clock.today())


MET, GROWING, OPEN = "met", "evidence growing", "open"


@pytest.mark.parametrize(
    ("statuses", "cell"),
    [
        ((), "—"),
        ((MET,), "1/1 met"),
        ((OPEN,), "0/1 met"),
        ((GROWING,), "0/1 met"),
        ((MET, GROWING, OPEN), "1/3 met"),
        ((MET, MET), "2/2 met"),
    ],
)
def test_the_criteria_column_counts_the_met_ones_of_all(
    statuses: tuple[str, ...], cell: str
) -> None:
    criteria = [Criterion(SCOPE, s, f"ask {n}") for n, s in enumerate(statuses)]
    assert criteria_cell(criteria) == cell


async def test_the_gap_view_and_home_count_the_same_criteria_still_to_meet(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        table = app.screen.query_one("#gap-table", DataTable)
        cells = [str(table.get_row_at(row)[-1]) for row in range(table.row_count)]
        assert not app.screen.query("#gaps-unplaced")
    counts = [
        re.fullmatch(r"(\d+)/(\d+) met( ⚑)?", cell) for cell in cells if cell != "—"
    ]
    assert counts and all(counts)
    met = sum(int(found[1]) for found in counts if found)
    total = sum(int(found[2]) for found in counts if found)

    home = criteria_home_line(store, app.ladder, store.profile(), clock.today())
    assert home is not None
    assert home.startswith(f"Criteria: {total - met} of {total} still to meet")


async def test_criteria_outside_the_levels_dimensions_are_still_counted(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    save_criterion(store, StoredCriterion("Speak at the architecture forum"))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        line = app.screen.query_one("#gaps-unplaced", Static).render()
    assert "1 of your manager's criteria (0 met)" in str(line)


def test_a_quarter_nobody_reviewed_has_no_share_rather_than_none_next_level(
    clock: FixedClock,
) -> None:
    wins, reviews = judge(HISTORY)
    unreviewed = [r for r in reviews if r.quarter != "2026Q3"]

    view = gap_view(make_ladder(), "senior", wins, unreviewed, [], clock.today(), None)

    q3 = next(p for p in view.trend if str(p.quarter) == "2026Q3")
    assert (q3.wins, q3.reviewed, q3.next_level_share) == (2, 0, None)
    q4 = next(p for p in view.trend if str(p.quarter) == "2026Q4")
    assert q4.next_level_share == 0.5
    from careerclimb_tui.screens.gaps import trend_lines

    [q3_line] = [line for line in trend_lines(view) if line.startswith("2026Q3")]
    assert "not reviewed yet (2 wins)" in q3_line and "0%" not in q3_line


def test_the_trend_counts_thin_dimensions_apart_from_covered_ones(
    view: GapView,
) -> None:
    from careerclimb_tui.screens.gaps import trend_lines

    counts = [
        (str(p.quarter), p.dimensions_covered, p.dimensions_thin) for p in view.trend
    ]

    assert counts == [
        ("2026Q1", 0, 1),  # execution's one win
        ("2026Q2", 1, 0),
        ("2026Q3", 1, 1),  # scope's first win
        ("2026Q4", 1, 2),  # execution aged out, technical direction's first win
    ]
    lines = trend_lines(view)
    assert lines[0].endswith("· 0 covered by then, 1 thin")
    assert lines[1].endswith("· 1 covered by then")
    assert lines[3].endswith("· 1 covered so far, 2 thin")


def recorded(text: str, weeks_ago: int, clock: FixedClock, **fields: Any) -> Any:
    """A stored criterion recorded some weeks before the clock's day."""
    when = clock.now() - dt.timedelta(weeks=weeks_ago)
    return StoredCriterion(text, created_at=when, updated_at=when, **fields)


def test_a_criterion_without_evidence_for_six_weeks_is_flagged_in_its_dimension(
    clock: FixedClock,
) -> None:
    from careerclimb_tui.domain.criteria import needs_evidence

    criteria = [
        recorded("Lead a design review", 9, clock, dimension=COLLAB),
        recorded("Write the on-call guide", 5, clock, dimension=COLLAB),
        recorded("Mentor the new hire", 8, clock, dimension=MENTORING, win_ids=(8,)),
        recorded("Set the testing strategy", 6, clock, dimension=TECH),
        recorded("Speak at the architecture forum", 7, clock),
    ]
    wins, reviews = judge(HISTORY)

    view = gap_view(
        make_ladder(), "senior", wins, reviews, criteria, clock.today(), None
    )

    flagged = [(f.number, f.criterion.text, f.weeks) for f in view.flagged_criteria]
    assert flagged == [
        (1, "Lead a design review", 9),
        (4, "Set the testing strategy", 6),
        (5, "Speak at the architecture forum", 7),
    ]
    # The criteria screen and home flag exactly the same ones.
    assert [f.criterion for f in view.flagged_criteria] == [
        c for c in criteria if needs_evidence(c, clock.today())
    ]
    by_dimension = {
        gap.dimension_id: [c.text for c in gap.flagged_criteria]
        for gap in view.dimensions
    }
    assert by_dimension[COLLAB] == ["Lead a design review"]
    assert by_dimension[TECH] == ["Set the testing strategy"]
    assert by_dimension[MENTORING] == []


def test_the_criteria_column_flags_a_dimension_waiting_for_evidence() -> None:
    criteria = [Criterion(SCOPE, OPEN, "ask"), Criterion(SCOPE, MET, "done")]

    assert criteria_cell(criteria, flagged=True) == "1/2 met ⚑"
    assert criteria_cell(criteria) == "1/2 met"
