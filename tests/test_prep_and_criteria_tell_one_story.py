"""The prep plan and the criteria page agree with the evidence they show.

1. A win brought to the talk that no review judged yet is not contradicted by a
   question saying there is nothing to show for its dimension.
2. A criterion whose linked evidence no review called next-level says so, as the
   gap view counts none of it yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import DataTable

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain import prep
from careerclimb_tui.domain.criteria import (
    STATUS_GROWING,
    STATUS_MET,
    STATUS_OPEN,
    Criterion,
    evidence_standing,
)
from careerclimb_tui.domain.gaps import DimensionGap, GapStatus, GapView
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import FRAMING_IMPACT, Measure, Win
from careerclimb_tui.domain.review import VerdictKind, finish, start_review
from careerclimb_tui.store import Store, criteria_docs
from tests.helpers import make_app, wait_until

TODAY = dt.date(2026, 11, 18)
MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
REVIEW_WAIT = Measure(before=48, after=6, unit="hours", label="time to first review")
COLLAB = "Collaboration and influence"


def _win(number: int, **fields: object) -> Win:
    values: dict[str, object] = {
        "title": "Cut the time to first review from 48 to 6 hours",
        "date": dt.date(2026, 11, 10),
        "what_changed": "Pull requests get a first review the same day",
        "measure": REVIEW_WAIT,
        "dimensions": ("collaboration_influence",),
        "framing": FRAMING_IMPACT,
        "id": number,
    }
    values.update(fields)
    return Win(**values)  # type: ignore[arg-type]  # test data, typed above


def _view(status: GapStatus) -> GapView:
    gap = DimensionGap(
        dimension_id="collaboration_influence",
        name=COLLAB,
        next_level_wins=0,
        latest_next_level=None,
        current_level_wins=0,
        criteria=(),
        status=status,
    )
    return GapView(
        today=TODAY,
        dimensions=(gap,),
        focus=gap,
        focus_reason="",
        cycle_closes=None,
        weeks_remaining=None,
        trend=(),
    )


# --- 1. The prep plan -----------------------------------------------------------

BROUGHT_LINE = (
    "My strongest work on Collaboration and influence is not reviewed yet: #15 "
    "“Cut the time to first review from 48 to 6 hours”. Would it count at the "
    "next level?"
)

# (case, the gap's status, the wins brought not judged yet, the question expected)
BROUGHT = [
    ("missing, one brought", GapStatus.MISSING, [_win(15)], BROUGHT_LINE),
    ("thin, one brought", GapStatus.THIN, [_win(15)], BROUGHT_LINE),
    (
        "brought, other dimension",
        GapStatus.MISSING,
        [_win(15, dimensions=("execution",))],
        "I have no next-level work to show for Collaboration and influence yet. "
        "What would it look like on our team, concretely, and is there something "
        "coming up I could take?",
    ),
]


@pytest.mark.parametrize(
    ("status", "brought", "expected"),
    [case[1:] for case in BROUGHT],
    ids=[case[0] for case in BROUGHT],
)
def test_a_gap_a_brought_unreviewed_win_speaks_to_asks_whether_it_counts(
    status: GapStatus, brought: list[Win], expected: str
) -> None:
    questions = prep.gap_questions(_view(status), brought=brought)

    assert questions[0] == expected


def test_a_brought_win_tagged_with_two_gaps_is_asked_about_once() -> None:
    focus = _view(GapStatus.MISSING).dimensions[0]
    other = replace(focus, dimension_id="mentoring", name="Mentoring")
    view = replace(_view(GapStatus.MISSING), dimensions=(focus, other))
    both = _win(15, dimensions=("collaboration_influence", "mentoring"))

    questions = prep.gap_questions(view, brought=[both])

    # Once, naming both gaps: neither is left out of the plan.
    assert questions == [
        "My strongest work on 2 gaps (Collaboration and influence; Mentoring) is "
        "not reviewed yet: #15 “Cut the time to first review from 48 to 6 "
        "hours”. Would it count at the next level on each?"
    ]


def test_only_wins_no_finished_review_holds_are_not_yet_judged() -> None:
    judged, waiting = _win(1), _win(2)
    review = finish(start_review(Quarter(2026, 4), [judged], MOMENT), now=MOMENT)
    started = start_review(Quarter(2026, 4), [waiting], MOMENT)

    assert prep.not_yet_judged([judged, waiting], [review, started]) == [waiting]


def test_the_prep_brings_a_fresh_win_and_does_not_say_nothing_shows_it(
    tmp_path: Path, clock: FixedClock
) -> None:
    from careerclimb_tui.ladders import load_shelf
    from careerclimb_tui.queries import current_gaps

    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    reviewed = store.add_win(_win(0, title="Wrote the deploy runbook", id=None))
    store.save_review(
        finish(start_review(Quarter(2026, 4), [reviewed], MOMENT), now=MOMENT)
    )
    # Logged after the quarter's review finished, in the focus dimension.
    fresh = store.add_win(_win(0, id=None, dimensions=("scope_impact",)))
    ladder = load_shelf().get(DEMO_PROFILE.ladder_id)
    assert ladder is not None
    view = current_gaps(store, ladder, DEMO_PROFILE, TODAY)

    plan = criteria_docs.prep_plan_from_store(store, ladder, DEMO_PROFILE, view, TODAY)

    brought = [line for line in plan.evidence if line.win_id == fresh.id]
    assert brought and brought[0].text.endswith("(not reviewed yet)")
    assert all("to show for Scope and impact" not in q for q in plan.questions)
    assert plan.questions[0].startswith(
        f"My strongest work on Scope and impact is not reviewed yet: #{fresh.id}"
    )


# --- 2. The criteria page -------------------------------------------------------

# (case, status, linked win ids, problem linked, flagged as not next-level yet)
JUDGED = [
    ("an unreviewed win", STATUS_GROWING, (15,), False, True),
    ("an unreviewed win and the problem", STATUS_GROWING, (15,), True, True),
    ("the problem alone", STATUS_GROWING, (), True, True),
    ("a next-level win among others", STATUS_GROWING, (15, 3), False, False),
    ("no evidence", STATUS_OPEN, (), False, False),
    ("met by the manager's word", STATUS_MET, (15,), False, False),
]


@pytest.mark.parametrize(
    ("status", "wins", "problem", "flagged"),
    [case[1:] for case in JUDGED],
    ids=[case[0] for case in JUDGED],
)
def test_evidence_no_review_called_next_level_is_told_as_such(
    status: str, wins: tuple[int, ...], problem: bool, flagged: bool
) -> None:
    criterion = Criterion(
        text="Own a change across teams",
        status=status,
        win_ids=wins,
        initiative_id=4 if problem else None,
    )
    on_record = {3: _win(3), 15: _win(15)}

    standing = evidence_standing(
        criterion, on_record, {3: VerdictKind.NEXT_LEVEL}, problem=None
    )

    assert bool(standing.short_text) is flagged


async def test_the_criteria_page_says_an_unreviewed_wins_evidence_is_not_reviewed(
    tmp_path: Path, clock: FixedClock
) -> None:
    from careerclimb_tui.domain.criteria import Conversation, link_evidence
    from careerclimb_tui.screens.manager_criteria import CriteriaScreen

    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    fresh = store.add_win(_win(0, id=None))
    assert fresh.id is not None
    draft = Criterion(text="Own a change across teams", created_at=MOMENT)
    criteria_docs.record_conversation(
        store,
        Conversation(date=TODAY),
        [link_evidence(draft, MOMENT, [fresh.id])],
    )

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(CriteriaScreen())
        await wait_until(pilot, lambda: bool(app.screen.query("#criteria-table")))
        table = app.screen.query_one("#criteria-table", DataTable)
        await wait_until(pilot, lambda: table.row_count == 1)
        cell = str(table.get_row_at(0)[-1])
        detail = " ".join(
            str(app.screen.query_one("#criterion-detail").render()).split()
        )

    assert cell == "1 win\nnot reviewed yet"
    assert "Not judged next-level yet" in detail


# --- 3. The link-evidence dialog --------------------------------------------------

LONG_CRITERION = (
    "Own the on-call health of the payments platform end to end, including the "
    "runbooks, the alert thresholds, the escalation paths and the quarterly "
    "reliability report that goes to the directors and the VP of engineering"
)


async def test_the_link_dialog_keeps_the_criterion_in_view_above_a_long_list(
    tmp_path: Path, clock: FixedClock
) -> None:
    from careerclimb_tui.domain.criteria import Conversation
    from careerclimb_tui.screens.manager_criteria import CriteriaScreen
    from careerclimb_tui.screens.manager_dialogs import EvidencePickerDialog

    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    for number in range(20):
        store.add_win(_win(0, id=None, title=f"Win number {number}"))
    draft = Criterion(text=LONG_CRITERION, created_at=MOMENT)
    criteria_docs.record_conversation(store, Conversation(date=TODAY), [draft])

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(CriteriaScreen())
        await wait_until(pilot, lambda: bool(app.screen.query("#criteria-table")))
        await pilot.press("l")
        await wait_until(pilot, lambda: isinstance(app.screen, EvidencePickerDialog))
        await pilot.pause()
        await pilot.pause()
        dialog = app.screen.query_one("#evidence-dialog")
        title = app.screen.query_one("#evidence-title")
        shown = str(title.render())
        title_region, dialog_region = title.region, dialog.region

    assert title_region.height in (1, 2)
    assert dialog_region.contains_region(title_region)
    assert shown.startswith("Evidence for: Own the on-call health")
    assert shown.rstrip().endswith("…")
