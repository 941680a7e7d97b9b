"""A win whose only change is a measure with no before gets one story from the
coach; evidence only linked to a criterion is shown apart from reviewed evidence.

Rules are tested as tables on the domain; the log-a-win form and the gap view
are driven as a person would use them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from textual.widgets import DataTable, Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.framing import is_partial_measure, read_win
from careerclimb_tui.domain.gaps import (
    GapStatus,
    gap_view,
    review_coverage,
    unreviewed_dimensions,
    with_linked_dimension,
)
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import (
    FRAMING_ACTIVITY,
    FRAMING_IMPACT,
    Measure,
    Win,
)
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    Review,
    answer,
    finish,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

DAY = dt.date(2026, 3, 2)
ACTIVITY_TITLE = "Worked on the deploy pipeline"
DROP = Measure(change_pct=-40)
NAMED_DROP = Measure(change_pct=-40, label="deploy time")
SAVED_MINUTES = Measure(amount=-3, unit="minutes", label="deploy time")
FULL = Measure(before=20, after=12, unit="minutes", label="deploy time")


# --- 1. A change measured with no before is a partial measure ------------------------


@pytest.mark.parametrize(
    ("measure", "partial"),
    [
        (DROP, True),
        (SAVED_MINUTES, True),
        (FULL, False),
        (Measure(change_pct=0), False),
        (Measure(after=3, unit="minutes"), False),
        (Measure(before=20, after=12, change_pct=-40), False),
        (Measure(amount=-40_000, unit="$/year", label="cloud spend"), False),
        (Measure(amount=-2, unit="hours/week", label="toil"), False),
    ],
    ids=[
        "percent alone",
        "amount alone",
        "before and after",
        "no change",
        "after",
        "both",
        "money saved",
        "time saved per week",
    ],
)
def test_a_change_with_no_before_is_a_partial_measure(
    measure: Measure, partial: bool
) -> None:
    assert is_partial_measure(measure) is partial


@pytest.mark.parametrize(
    ("title", "what_changed", "measure", "framing", "partial"),
    [
        (ACTIVITY_TITLE, "", NAMED_DROP, FRAMING_IMPACT, True),
        (ACTIVITY_TITLE, "", DROP, FRAMING_ACTIVITY, False),
        (ACTIVITY_TITLE, "", SAVED_MINUTES, FRAMING_IMPACT, True),
        (ACTIVITY_TITLE, "deploy time -40%", None, FRAMING_IMPACT, True),
        (ACTIVITY_TITLE, "-40%", None, FRAMING_ACTIVITY, False),
        (ACTIVITY_TITLE, "", FULL, FRAMING_IMPACT, False),
        (ACTIVITY_TITLE, "Deploy failures dropped 40%", None, FRAMING_IMPACT, False),
        ("Deploy failures dropped 40%", "", None, FRAMING_IMPACT, False),
        (ACTIVITY_TITLE, "", None, FRAMING_ACTIVITY, False),
        (ACTIVITY_TITLE, "", Measure(after=3, unit="minutes"), FRAMING_ACTIVITY, False),
    ],
    ids=[
        "typed percent",
        "typed percent of nothing named",
        "typed amount",
        "percent in the change",
        "percent of nothing named in the change",
        "typed before and after",
        "change in words",
        "title states the change",
        "no measure",
        "after alone",
    ],
)
def test_the_label_and_the_coach_tell_one_story(
    title: str,
    what_changed: str,
    measure: Measure | None,
    framing: str,
    partial: bool,
) -> None:
    reading = read_win(title, what_changed, measure)
    saved = framed(
        Win(title=title, date=DAY, what_changed=what_changed, measure=measure)
    )

    assert reading.label == framing == saved.framing
    assert reading.partial_measure is partial
    said = " ".join(reading.hints).casefold()
    if partial:
        assert "reads as activity" not in said, reading.hints
        assert "the measure carries the impact" in said
        assert catalogue.FRAMING_ASK_MISSING_BEFORE in reading.hints


@pytest.mark.parametrize(
    ("measure", "example"),
    [
        (NAMED_DROP, "“deploy time −40%”"),
        (SAVED_MINUTES, "“deploy time −3 minutes”"),
    ],
)
def test_the_title_hint_shows_the_measure_it_would_lead_with(
    measure: Measure, example: str
) -> None:
    reading = read_win(ACTIVITY_TITLE, "", measure)

    assert reading.hints[0].endswith(example), reading.hints[0]
    assert reading.hints[1] == catalogue.FRAMING_ASK_MISSING_BEFORE


async def test_the_form_calls_an_after_alone_impact_carried_by_its_measure(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        await type_text(pilot, ACTIVITY_TITLE)
        form.query_one("#metric", Input).value = "deploy time"
        form.query_one("#after", Input).value = "-40%"
        expected = f"{catalogue.COACH_IMPACT} {catalogue.COACH_PARTIAL_MEASURE}"
        await wait_until(pilot, lambda: verdict_of(form) == expected)
        hints = " ".join(str(form.query_one("#coach-hints").render()).split())
        assert "The title still reads as activity" not in hints
        assert "The measure carries the impact" in hints
        assert "The before is missing" in hints

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

    [win] = store.wins()
    assert win.framing == FRAMING_IMPACT


def verdict_of(form: LogWinScreen) -> str:
    """The coach's verdict line as shown, on one line."""
    return " ".join(str(form.query_one("#coach-verdict").render()).split())


# --- 2. Evidence only linked to a criterion is kept apart from reviewed evidence ----

SCOPE = "scope_impact"
TECH = "technical_direction"
REVIEWED = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.timezone.utc)
BEFORE_REVIEW = dt.datetime(2026, 11, 5, 9, 0, tzinfo=dt.timezone.utc)
AFTER_REVIEW = dt.datetime(2026, 11, 12, 9, 0, tzinfo=dt.timezone.utc)
NEXT_LEVEL_ANSWERS: dict[str, Any] = {
    "peer_could": "no",
    "choice": "chose",
    "change": ChangeAnswer("Failures fell from 12% to 1%", measured=True),
    "noticed": Noticed.by("platform team"),
}


def judged_wins(
    count: int, linked_at: dt.datetime | None, finished: bool = True
) -> tuple[list[Win], list[Review]]:
    """Next-level wins filed under scope, reviewed on ``REVIEWED``; each then
    linked to a technical-direction criterion at ``linked_at``, if given."""
    wins = [
        Win(title=f"Win {n}", date=dt.date(2026, 10, n), id=n, dimensions=(SCOPE,))
        for n in range(1, count + 1)
    ]
    review = start_review(quarter_of(dt.date(2026, 10, 1)), wins, REVIEWED)
    for win in wins:
        review = answer(review, win.id or 0, now=REVIEWED, **NEXT_LEVEL_ANSWERS)
    if finished:
        review = finish(review, now=REVIEWED)
    if linked_at is not None:
        wins = [with_linked_dimension(win, TECH, linked_at) for win in wins]
    return wins, [review]


@pytest.mark.parametrize(
    ("count", "linked_at", "finished", "tech", "linked", "covered"),
    [
        (1, None, True, GapStatus.MISSING, 0, False),
        (1, AFTER_REVIEW, True, GapStatus.MISSING, 1, False),
        (2, AFTER_REVIEW, True, GapStatus.MISSING, 2, False),
        (1, BEFORE_REVIEW, True, GapStatus.THIN, 0, False),
        (2, BEFORE_REVIEW, True, GapStatus.COVERED, 0, True),
        (1, BEFORE_REVIEW, False, GapStatus.MISSING, 1, False),
    ],
    ids=[
        "never linked",
        "linked after the review",
        "two linked after the review",
        "linked before the review finished",
        "two judged with the dimension",
        "the review is not finished",
    ],
)
def test_a_dimension_only_linked_closes_no_gap(
    clock: FixedClock,
    count: int,
    linked_at: dt.datetime | None,
    finished: bool,
    tech: GapStatus,
    linked: int,
    covered: bool,
) -> None:
    wins, reviews = judged_wins(count, linked_at, finished)
    ladder = load_shelf().get("software-engineer")

    view = gap_view(ladder, "senior", wins, reviews, [], clock.today(), None)
    coverage = review_coverage(reviews[0], reviews, wins, ladder, "senior")

    [gap] = [g for g in view.dimensions if g.dimension_id == TECH]
    [scope] = [g for g in view.dimensions if g.dimension_id == SCOPE]
    assert (gap.status, gap.pending) == (tech, linked)
    assert scope.next_level_wins == count
    # The review summary counts by the same rule as the gap view and home.
    assert (TECH in coverage.covered) is covered
    assert (TECH in coverage.missing) is (tech is GapStatus.MISSING)
    assert len(coverage.covered) == view.covered


def test_linking_marks_the_dimension_and_keeps_a_dimension_already_there() -> None:
    [win], _ = judged_wins(1, None)

    linked = with_linked_dimension(win, TECH, AFTER_REVIEW)

    assert linked.dimensions == (SCOPE, TECH)
    assert unreviewed_dimensions(linked, REVIEWED) == {TECH}
    assert unreviewed_dimensions(linked, None) == {TECH}
    assert with_linked_dimension(win, SCOPE, AFTER_REVIEW) == win
    assert unreviewed_dimensions(win, None) == frozenset()


async def test_the_gap_view_shows_linked_evidence_apart(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    wins, [review] = judged_wins(1, None)
    [win] = [store.add_win(w) for w in wins]
    store.save_review(review)
    store.update_win(with_linked_dimension(win, TECH, AFTER_REVIEW))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        table = app.screen.query_one("#gap-table", DataTable)
        row = [str(cell) for cell in table.get_row(TECH)]
        note = str(app.screen.query_one("#gaps-added-after", Static).render())

    assert row[1] == catalogue.GAP_STATUS_MISSING
    assert row[2] == "0 +1↻"
    assert note.startswith("↻ added after review (Technical direction)")
