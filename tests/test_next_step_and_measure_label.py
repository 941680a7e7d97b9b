"""Home's next step after a review that found no next-level win, and the name a
before → after read from a win's text is saved with.

The rules are tested as tables on the domain; home is driven once with a
finished review, and the measure is read back from what a saved win holds.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import (
    FRAMING_ACTIVITY,
    FRAMING_IMPACT,
    Win,
    describe_measure,
)
from careerclimb_tui.domain.review import (
    Choice,
    Noticed,
    PeerAnswer,
    answer,
    finish,
    read_change,
    start_review,
)
from careerclimb_tui.domain.wins import ReviewFinding, framed, next_step, saved_note
from careerclimb_tui.queries import current_gaps
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app

TODAY = dt.date(2026, 11, 18)
"""In 2026Q4; the quarter before it is 2026Q3."""
REVIEWED = dt.datetime(2026, 11, 16, 17, 0, tzinfo=dt.timezone.utc)
BEFORE_REVIEW = REVIEWED - dt.timedelta(days=3)
AFTER_REVIEW = REVIEWED + dt.timedelta(days=1)

# --- 1. The next step after a review ------------------------------------------------


def win(
    framing: str,
    *,
    id: int = 1,
    logged: dt.datetime = BEFORE_REVIEW,
    day: dt.date = TODAY,
    what_changed: str = "",
) -> Win:
    """A saved win with the given framing, logged at ``logged``."""
    return Win(
        id=id,
        title="A win",
        date=day,
        framing=framing,
        what_changed=what_changed,
        created_at=logged,
    )


def found(
    next_level: int = 0, quarter: str = "2026Q4", focus: str = "Technical direction"
) -> ReviewFinding:
    return ReviewFinding(quarter, REVIEWED, next_level, focus)


def aim(quarter: str = "2026Q4", dimension: str = "Technical direction") -> str:
    return catalogue.NEXT_REVIEW_FOCUS.format(quarter=quarter, dimension=dimension)


IMPACT, ACTIVITY = FRAMING_IMPACT, FRAMING_ACTIVITY
REFRAME_ONE = catalogue.NEXT_REFRAME.format(count=1, noun="win", verb="is")
REFRAME_TWO = catalogue.NEXT_REFRAME.format(count=2, noun="wins", verb="are")

# The wins, what a review confirmed for them (win id → framing), what the latest
# finished review found, and the step home gives.
STEPS = [
    ("no review: all impact", [win(IMPACT)], {}, None, catalogue.NEXT_ALL_IMPACT),
    ("right after a review with no next-level win", [win(IMPACT)], {}, found(), aim()),
    (
        "right after it, activity left waits: the review just judged it",
        [win(ACTIVITY)],
        {},
        found(),
        aim(),
    ),
    (
        "a review of last quarter still speaks",
        [win(IMPACT, day=dt.date(2026, 9, 30))],
        {},
        found(quarter="2026Q3"),
        aim("2026Q3"),
    ),
    (
        "every dimension covered: no dimension to name",
        [win(IMPACT)],
        {},
        found(focus=""),
        catalogue.NEXT_REVIEW_NO_FOCUS.format(quarter="2026Q4"),
    ),
    (
        "a win logged since: its framing comes first",
        [win(ACTIVITY, id=2, logged=AFTER_REVIEW), win(IMPACT)],
        {},
        found(),
        REFRAME_ONE,
    ),
    (
        "a win logged since, all impact: the focus instead of keep capturing",
        [win(IMPACT, id=2, logged=AFTER_REVIEW), win(IMPACT)],
        {},
        found(),
        aim(),
    ),
    (
        "the review found a next-level win",
        [win(IMPACT)],
        {},
        found(next_level=1),
        catalogue.NEXT_ALL_IMPACT,
    ),
    (
        "a review two quarters old no longer speaks",
        [win(IMPACT)],
        {},
        found(quarter="2026Q2"),
        catalogue.NEXT_ALL_IMPACT,
    ),
    (
        "confirmed as impact by the review: not asked to reframe",
        [win(ACTIVITY, id=1), win(ACTIVITY, id=2), win(ACTIVITY, id=3)],
        {1: IMPACT, 2: IMPACT, 3: IMPACT},
        None,
        catalogue.NEXT_ALL_IMPACT,
    ),
    (
        "confirmed as activity by the review: asked to reframe",
        [win(IMPACT, id=1), win(IMPACT, id=2), win(IMPACT, id=3)],
        {1: ACTIVITY, 2: ACTIVITY},
        None,
        REFRAME_TWO,
    ),
]


@pytest.mark.parametrize(
    ("wins", "framings", "review", "step"),
    [row[1:] for row in STEPS],
    ids=[row[0] for row in STEPS],
)
def test_the_next_step_follows_what_the_review_found(
    wins: list[Win],
    framings: dict[int, str],
    review: ReviewFinding | None,
    step: str,
) -> None:
    assert next_step(wins, TODAY, 1, framings, review) == step


def _review_with_no_next_level_win(store: Store, clock: FixedClock) -> None:
    """Two impact wins of the quarter, walked and judged current-level."""
    today = clock.today()
    titles = [
        "Deploys now take 4 minutes, down from 45",
        "Checkout errors dropped 30%",
    ]
    wins = [
        store.add_win(framed(Win(title=title, date=today, dimensions=("execution",))))
        for title in titles
    ]
    now = clock.now()
    review = start_review(quarter_of(today), wins, now)
    for saved, title in zip(wins, titles, strict=True):
        assert saved.id is not None
        review = answer(
            review,
            saved.id,
            now=now,
            peer_could=PeerAnswer.YES,
            choice=Choice.ASSIGNED,
            change=read_change(title),
            noticed=Noticed.nobody(),
        )
    store.save_review(finish(review, now=now))


async def test_home_points_at_the_focus_after_a_review_without_next_level_wins(
    tmp_path: Path, clock: FixedClock
) -> None:
    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    _review_with_no_next_level_win(store, clock)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await home_read(pilot)
        step = str(home.query_one("#next-step", Static).content)
        focus = current_gaps(store, app.ladder, DEMO_PROFILE, clock.today()).focus

    assert focus is not None
    assert focus.name in step
    assert "found no next-level win" in step
    assert "Keep capturing" not in step


# --- 2. A before → after read from a win's text is saved with its name ----------

RELEASES = "releases took 3 days, now take 1 day"

# The title, what changed, and the name the saved measure carries ("" for none).
NAMES = [
    ("subject that took", "Cut release lead time", RELEASES, "release time"),
    (
        "subject before from",
        "Faster releases",
        "lead time went from 3 days to 1",
        "lead time",
    ),
    (
        "took, then now",
        "Faster releases",
        "releases took 3 days, now 1",
        "release time",
    ),
    (
        "subject that fell",
        "Faster builds",
        "build time fell from 20 to 5 minutes",
        "build time",
    ),
    (
        "words right before",
        "Tuned the checkout",
        "p95 latency 800ms -> 200ms",
        "p95 latency",
    ),
    ("after a verb that cuts", "Reduced MTTR from 30 to 3 minutes", "", "MTTR"),
    (
        "with per",
        "Quieter on-call",
        "pages per week went from 30 to 5",
        "pages per week",
    ),
    (
        "after a lead-in",
        "Sped things up",
        "After the freeze, error rate dropped from 4% to 1%",
        "error rate",
    ),
    (
        "now take, down from",
        "Deploys",
        "builds now take 20 minutes, down from 2 hours",
        "build time",
    ),
    (
        "the title ends in a metric",
        "Cut release lead time",
        "from 3 days to 1 day",
        "release lead time",
    ),
    ("nothing names it", "Improved it", "from 3 days to 1 day", ""),
    (
        "what was done, not measured",
        "Moved the team from 2 releases a month to 8",
        "",
        "",
    ),
    ("who, not what", "Our team went from 2 deploys a week to 10", "", ""),
    (
        "what the subject was",
        "Onboarding",
        "new hires were productive in week 2 instead of week 6",
        "",
    ),
    (
        "a title counting work is no metric",
        "Closed 40 tickets",
        "from 3 days to 1 day",
        "",
    ),
    ("was, now with no subject", "Sped things up", "was 25 minutes, now 12", ""),
]


@pytest.mark.parametrize(
    ("title", "what_changed", "name"),
    [row[1:] for row in NAMES],
    ids=[row[0] for row in NAMES],
)
def test_a_before_and_after_read_from_the_text_is_saved_with_its_name(
    title: str, what_changed: str, name: str
) -> None:
    saved = framed(Win(title=title, date=TODAY, what_changed=what_changed))

    assert saved.measure is not None
    assert saved.measure.is_complete
    assert saved.measure.label == name


def test_the_journal_shows_what_the_release_measure_is_of() -> None:
    saved = framed(
        Win(title="Cut release lead time", date=TODAY, what_changed=RELEASES)
    )

    assert saved.measure is not None
    assert describe_measure(saved.measure) == "release time 3 days → 1 day"


@pytest.mark.parametrize(
    ("title", "what_changed", "unnamed"),
    [
        ("Cut release lead time", RELEASES, False),
        ("Improved it", "from 3 days to 1 day", True),
        ("Sped things up", "was 25 minutes, now 12", True),
        ("Reviewed 12 pull requests", "", False),
    ],
)
def test_the_save_note_says_how_to_name_a_measure_saved_without_one(
    title: str, what_changed: str, unnamed: bool
) -> None:
    saved = framed(Win(title=title, date=TODAY, what_changed=what_changed))
    note = saved_note(saved.with_changes(id=7))

    assert note.startswith(catalogue.LOG_SAVED.format(id=7, framing=saved.framing))
    assert ("has no name" in note) is unnamed
    assert ("journal (j)" in note) is unnamed
    if unnamed:
        assert saved.measure is not None
        assert f"({describe_measure(saved.measure)})" in note
