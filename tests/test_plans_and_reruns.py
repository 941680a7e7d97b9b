"""Plans are not results, and a re-run's unanswered wins keep their earlier verdicts.

A change put in the future ("build time will fall from 20 to 5 minutes") is read as
a plan wherever a change is read: the coach, question 3 of the review, the verdict,
the pitch and the command line. A win left unanswered in a later run of a quarter's
review keeps the verdict an earlier run gave it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.framing import FRAMING_PLAN, read_statement
from careerclimb_tui.domain.gaps import gap_view, latest_verdicts
from careerclimb_tui.domain.ladder import Dimension, Expectation, Ladder, Level
from careerclimb_tui.domain.pitch import build_pitch
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import FRAMING_IMPACT, Measure, Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Choice,
    Noticed,
    PeerAnswer,
    Review,
    ReviewEntry,
    VerdictKind,
    WinAnswers,
    answer,
    as_counted,
    change_coach_text,
    finish,
    latest_entries,
    override,
    read_change,
    start_review,
    unanswered_message,
    verdict_for,
)
from careerclimb_tui.domain.wins import QuarterTally, framed, tally_text
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, type_text, wait_until

NEXT = VerdictKind.NEXT_LEVEL
CURRENT = VerdictKind.CURRENT_LEVEL
UNCLEAR = VerdictKind.UNCLEAR
Q3 = parse_quarter("2026Q3")
PLAN_TITLE = "We plan to migrate the build to Bazel next quarter"
WILL_FALL = "Build time will fall from 20 to 5 minutes"
FELL = "Build time fell from 20 to 5 minutes"
SEEN = Noticed.by("CTO")


# --- Reading a change stated ahead of time ----------------------------------------

# text, read as a plan, measured
CHANGES = {
    "a change in the future tense": (WILL_FALL, True, False),
    "an intent with the change": (
        "We plan to cut build time from 20 to 5 minutes",
        True,
        False,
    ),
    "should drop": ("Latency should drop 40%", True, False),
    "expected after a lead-in": (
        "After the freeze, p99 is expected to fall from 300 to 100 ms",
        True,
        False,
    ),
    "will now": ("Deploys will now take 5 minutes", True, False),
    "we'll": ("We'll cut on-call pages in half", True, False),
    "the same change, happened": (FELL, False, True),
    "a future after the change": (
        "Cut build time from 20 to 5 minutes, which will let us ship daily",
        False,
        True,
    ),
    "Will is a colleague": (
        "Paired with Will to cut build time from 20 to 5 minutes",
        False,
        True,
    ),
    "Will opens the sentence with a partner": (
        "Will and I cut build time from 20 to 5 minutes",
        False,
        True,
    ),
    "Will opens the sentence in a past tense": (
        "Will halved build time from 20 to 10 minutes",
        False,
        True,
    ),
    "will opens the sentence as a future": (
        "Will cut build time from 20 to 5 minutes next quarter",
        True,
        False,
    ),
}


@pytest.mark.parametrize("case", CHANGES.values(), ids=CHANGES.keys())
def test_a_change_stated_ahead_is_read_as_a_plan_not_a_measured_change(
    case: tuple[str, bool, bool],
) -> None:
    text, planned, measured = case

    change = read_change(text)
    reading = read_statement(text)

    assert change.planned is planned
    assert change.measured is measured
    assert (reading.label == FRAMING_PLAN) is planned
    assert change.framing == reading.label
    coach = change_coach_text(change)
    assert ("reads as a plan" in coach) is planned
    assert ("not measured" in coach) is (not planned and not measured)


@pytest.mark.parametrize(
    ("text", "win_framing", "expected"),
    [
        ("", FRAMING_IMPACT, catalogue.WALK_READING_EMPTY),
        ("   ", "activity", catalogue.WALK_READING_EMPTY),
        ("", FRAMING_PLAN, catalogue.WALK_READING_PLAN),
    ],
)
def test_an_empty_answer_to_question_three_is_named_as_naming_no_change(
    text: str, win_framing: str, expected: str
) -> None:
    assert change_coach_text(read_change(text), win_framing) == expected


@pytest.mark.parametrize(
    ("text", "win_framing", "plan"),
    [
        ("", FRAMING_PLAN, True),
        ("", FRAMING_IMPACT, False),
        (FELL, FRAMING_PLAN, False),
    ],
)
def test_question_three_names_a_plan_win_a_plan_until_a_change_is_typed(
    text: str, win_framing: str, plan: bool
) -> None:
    coach = change_coach_text(read_change(text), win_framing)

    assert (coach == catalogue.WALK_READING_PLAN) is plan


# --- The verdict ------------------------------------------------------------------

STRONG = WinAnswers(
    peer_could=PeerAnswer.NO,
    choice=Choice.CHOSE,
    change=ChangeAnswer(WILL_FALL, measured=True),
    noticed=SEEN,
)

# win framing, win measured, confirmed change, expected kind
ENTRIES = {
    "a plan win with a change still to come": (
        FRAMING_PLAN,
        False,
        read_change(WILL_FALL),
        UNCLEAR,
    ),
    "an impact win whose confirmed change is a plan": (
        FRAMING_IMPACT,
        True,
        read_change(WILL_FALL),
        UNCLEAR,
    ),
    "a plan win confirmed with an empty change": (
        FRAMING_PLAN,
        False,
        read_change(""),
        UNCLEAR,
    ),
    "a plan win whose change has happened": (
        FRAMING_PLAN,
        False,
        read_change(FELL),
        NEXT,
    ),
}


@pytest.mark.parametrize("case", ENTRIES.values(), ids=ENTRIES.keys())
def test_a_plan_is_never_next_level_and_the_verdict_says_why(
    case: tuple[str, bool, ChangeAnswer, VerdictKind],
) -> None:
    win_framing, measured, change, expected = case
    entry = ReviewEntry(
        win_id=1,
        win_framing=win_framing,
        win_has_metric=measured,
        answers=WinAnswers(PeerAnswer.NO, Choice.CHOSE, change, SEEN),
    )

    assert entry.kind is expected
    if expected is UNCLEAR:
        assert entry.verdict.reason == catalogue.REVIEW_VERDICT_PLAN
        assert "has not happened yet" in entry.verdict.reason
        assert not entry.measured


def test_a_plan_framing_outweighs_a_measure_in_the_rule_table() -> None:
    verdict = verdict_for(STRONG, FRAMING_PLAN, True, True)

    assert verdict.kind is UNCLEAR
    assert verdict.reason == catalogue.REVIEW_VERDICT_PLAN


@pytest.mark.parametrize(
    ("what_changed", "framing", "measure"),
    [
        (WILL_FALL, FRAMING_PLAN, None),
        (
            FELL,
            FRAMING_IMPACT,
            Measure(before=20, after=5, unit="minutes", label="Build time"),
        ),
    ],
)
def test_writing_the_review_change_back_keeps_a_plan_a_plan(
    what_changed: str, framing: str, measure: Measure | None
) -> None:
    plan = framed(Win(title=PLAN_TITLE, date=dt.date(2026, 8, 3), id=1))
    assert plan.framing == FRAMING_PLAN

    saved = framed(plan.with_changes(what_changed=what_changed))

    assert saved.framing == framing
    assert saved.measure == measure


# --- The pitch --------------------------------------------------------------------


def _plan_review(plan_id: int, other_id: int, wins: list[Win]) -> Review:
    now = dt.datetime(2026, 9, 30, 12, tzinfo=dt.timezone.utc)
    review = start_review(Q3, wins, now)
    review = answer(
        review,
        plan_id,
        now=now,
        peer_could=PeerAnswer.NO,
        choice=Choice.CHOSE,
        change=read_change(WILL_FALL),
        noticed=SEEN,
    )
    review = override(review, other_id, CURRENT, now=now)
    return finish(review, now=now)


@pytest.mark.parametrize("saved_as", [FRAMING_PLAN, FRAMING_IMPACT])
def test_a_plan_never_enters_the_pitch_as_a_result(saved_as: str) -> None:
    plan = Win(
        title=PLAN_TITLE,
        date=dt.date(2026, 8, 3),
        id=1,
        what_changed=WILL_FALL,
        # A measure saved before plans were read as plans.
        measure=Measure(before=20, after=5, unit="minutes", label="Build time"),
        framing=saved_as,
        noticed_by="CTO",
    )
    other = Win(title="Reviewed 200 PRs", date=dt.date(2026, 8, 4), id=2)
    review = _plan_review(1, 2, [plan, other])

    draft = build_pitch([plan, other], [review], [], dt.date(2026, 10, 5))

    assert 1 not in draft.win_ids
    assert "went from" not in draft.text
    assert "20 minutes" not in draft.text


# --- The command line and home ----------------------------------------------------


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def test_check_and_log_agree_that_a_plan_is_a_plan(
    clock: FixedClock, isolated_home: Path
) -> None:
    text = "We plan to migrate the build next quarter"

    _, checked = run(clock, "check", text)
    _, as_json = run(clock, "check", text, "--json")
    _, logged = run(clock, "log", text)

    assert checked.splitlines()[0] == catalogue.COACH_PLAN
    assert "activity" not in checked.splitlines()[0]
    assert json.loads(as_json)["framing"] == "plan"
    assert json.loads(as_json)["planned"] is True
    assert "(plan)" in logged


@pytest.mark.parametrize(
    ("impact", "planned", "total", "said"),
    [
        (2, 1, 7, "7 wins · 2 framed as impact · 4 activity-only · 1 plan"),
        (1, 2, 3, "3 wins · 1 framed as impact · 0 activity-only · 2 plans"),
        (2, 0, 6, "6 wins · 2 framed as impact · 4 activity-only"),
    ],
)
def test_home_counts_plans_so_the_numbers_add_up(
    impact: int, planned: int, total: int, said: str
) -> None:
    text = tally_text(QuarterTally(Q3, total, impact, planned))

    assert text.endswith(said)
    assert ("plan" in text) is bool(planned)


# --- Re-runs ----------------------------------------------------------------------

NEXT_LEVEL_ANSWERS: dict[str, Any] = {
    "peer_could": PeerAnswer.NO,
    "choice": Choice.CHOSE,
    "change": read_change(FELL),
    "noticed": SEEN,
}
CURRENT_LEVEL_ANSWERS: dict[str, Any] = {
    "peer_could": PeerAnswer.YES,
    "choice": Choice.ASSIGNED,
    "change": read_change(FELL),
    "noticed": Noticed.nobody(),
}


def _ladder() -> Ladder:
    dimensions = (Dimension("scope", "Scope"), Dimension("craft", "Craft"))
    expectation = Expectation("Leads work.", (), ())
    everything = {d.id: expectation for d in dimensions}
    return Ladder(
        id="t",
        title="T",
        track="software engineer",
        dimensions=dimensions,
        levels=(
            Level("mid", "Engineer", "A team.", expectations=everything),
            Level("senior", "Senior", "Teams.", expectations=everything),
        ),
    )


WINS = [
    Win(title="Cut build time", date=dt.date(2026, 7, 10), id=1, dimensions=("scope",)),
    Win(
        title="Fixed flaky tests", date=dt.date(2026, 8, 1), id=2, dimensions=("craft",)
    ),
]
FIRST_DAY = dt.datetime(2026, 10, 1, 9, tzinfo=dt.timezone.utc)
LATER = dt.datetime(2026, 10, 9, 9, tzinfo=dt.timezone.utc)


def _first_run() -> Review:
    review = start_review(Q3, WINS, FIRST_DAY)
    for win_id in (1, 2):
        review = answer(review, win_id, now=FIRST_DAY, **NEXT_LEVEL_ANSWERS)
    return finish(review, now=FIRST_DAY)


def _rerun(given: dict[str, Any] | None, finished: bool) -> tuple[Review, Review]:
    """The first run, and a second that does ``given`` to win 1 and no more."""
    first = _first_run()
    second = start_review(Q3, WINS, LATER, earlier=[first])
    if given and "override" in given:
        second = override(second, 1, given["override"], now=LATER)
    elif given:
        second = answer(second, 1, now=LATER, **given)
    if finished:
        second = finish(second, now=LATER)
    return first, second


# What the second run does to win 1, whether it is finished, the kind that counts.
RERUNS: dict[str, tuple[dict[str, Any] | None, bool, VerdictKind]] = {
    "left unanswered, run finished": (None, True, NEXT),
    "left unanswered, run in progress": (None, False, NEXT),
    "half answered, run finished": ({"peer_could": PeerAnswer.YES}, True, NEXT),
    "settled anew": (CURRENT_LEVEL_ANSWERS, True, CURRENT),
    "settled by the user's own call": ({"override": CURRENT}, True, CURRENT),
}


@pytest.mark.parametrize("case", RERUNS.values(), ids=RERUNS.keys())
def test_a_win_left_open_in_a_rerun_keeps_its_earlier_verdict(
    case: tuple[dict[str, Any] | None, bool, VerdictKind],
) -> None:
    given, finished, expected = case
    first, second = _rerun(given, finished)

    assert latest_entries([first, second])[1].kind is expected
    assert latest_verdicts([second, first])[1] is expected
    assert latest_verdicts([first, second])[2] is NEXT  # never touched again


def test_an_unanswered_rerun_leaves_the_gaps_covered() -> None:
    first = _first_run()
    blank = finish(start_review(Q3, WINS, LATER, earlier=[first]), now=LATER)
    today = dt.date(2026, 10, 12)

    before = gap_view(_ladder(), "senior", WINS, [first], [], today, None)
    after = gap_view(_ladder(), "senior", WINS, [first, blank], [], today, None)

    assert after.summary_line() == before.summary_line()
    assert [d.next_level_wins for d in after.dimensions] == [1, 1]


def test_a_win_never_settled_keeps_the_answers_given_in_an_earlier_run() -> None:
    first = start_review(Q3, WINS, FIRST_DAY)
    first = finish(answer(first, 1, now=FIRST_DAY, peer_could="no"), now=FIRST_DAY)
    blank = finish(start_review(Q3, WINS, LATER, earlier=[first]), now=LATER)

    kept = latest_entries([first, blank])[1]

    assert kept.answers.peer_could is PeerAnswer.NO


def _third_run(
    settled_first: tuple[int, ...], settled_second: tuple[int, ...]
) -> tuple[Review, list[Review]]:
    """A third run of the quarter left all open, after two that settled some wins."""
    third_day = LATER + dt.timedelta(days=1)
    first = start_review(Q3, WINS, FIRST_DAY)
    for win_id in settled_first:
        first = answer(first, win_id, now=FIRST_DAY, **NEXT_LEVEL_ANSWERS)
    first = finish(first, now=FIRST_DAY)
    second = start_review(Q3, WINS, LATER, earlier=[first])
    for win_id in settled_second:
        second = answer(second, win_id, now=LATER, **CURRENT_LEVEL_ANSWERS)
    second = finish(second, now=LATER)
    third = start_review(Q3, WINS, third_day, earlier=[first, second])
    return finish(third, now=third_day), [first, second, third]


def _summary_case(name: str) -> tuple[Review, list[Review]]:
    if name == "third run, kept from two runs":
        return _third_run(settled_first=(1,), settled_second=(2,))
    if name == "third run, kept from the second":
        return _third_run(settled_first=(), settled_second=(1, 2))
    if name == "third run, one kept from the first":
        return _third_run(settled_first=(1,), settled_second=())
    first = _first_run()
    if name == "first run, two left open":
        only = finish(start_review(Q3, WINS, FIRST_DAY), now=FIRST_DAY)
        return only, [only]
    if name == "first run, one answered in part":
        only = start_review(Q3, WINS, FIRST_DAY)
        only = answer(only, WINS[0].id or 0, now=FIRST_DAY, **NEXT_LEVEL_ANSWERS)
        only = answer(only, WINS[1].id or 0, now=FIRST_DAY, peer_could=PeerAnswer.NO)
        only = finish(only, now=FIRST_DAY)
        return only, [only]
    later_win = Win(title="Logged late", date=dt.date(2026, 9, 2), id=3)
    second = start_review(Q3, [*WINS, later_win], LATER, earlier=[first])
    if name == "rerun in progress":
        return second, [first, second]
    if name == "rerun, one settled":
        second = answer(second, 3, now=LATER, **CURRENT_LEVEL_ANSWERS)
    second = finish(second, now=LATER)
    return second, [first, second]


SUMMARIES = {
    "first run, two left open": (
        "2 wins not fully answered: they stay unclear until you answer them."
    ),
    # A win with only question 1 answered is not called unanswered.
    "first run, one answered in part": (
        "1 win not fully answered: it stays unclear until you answer it."
    ),
    "rerun, all left open": (
        "2 wins not fully answered: their verdicts from run 1 still count. 1 more "
        "had no earlier verdict and stays unclear until you answer it."
    ),
    "rerun, one settled": (
        "2 wins not fully answered: their verdicts from run 1 still count."
    ),
    # Each kept verdict is named by the run it comes from.
    "third run, kept from two runs": (
        "2 wins not fully answered: their verdicts from runs 1 and 2 still count."
    ),
    "third run, kept from the second": (
        "2 wins not fully answered: their verdicts from run 2 still count."
    ),
    "third run, one kept from the first": (
        "1 win not fully answered: its verdict from run 1 still counts. 1 more had "
        "no earlier verdict and stays unclear until you answer it."
    ),
    "rerun in progress": "",
}


@pytest.mark.parametrize(("name", "said"), SUMMARIES.items(), ids=SUMMARIES.keys())
def test_finishing_a_run_with_wins_left_open_says_what_still_counts(
    name: str, said: str
) -> None:
    review, reviews = _summary_case(name)

    assert unanswered_message(review, reviews) == said


def test_the_review_print_says_which_wins_were_left_open(
    clock: FixedClock, isolated_home: Path
) -> None:
    from careerclimb_tui.paths import DATA_FILE_NAME
    from careerclimb_tui.store import Store

    store = Store(isolated_home / DATA_FILE_NAME, clock=clock)
    saved = [store.add_win(framed(win.with_changes(id=None))) for win in WINS]
    first = start_review(Q3, saved, FIRST_DAY)
    for win in saved:
        first = answer(first, win.id or 0, now=FIRST_DAY, **NEXT_LEVEL_ANSWERS)
    first = store.save_review(finish(first, now=FIRST_DAY))
    store.save_review(
        finish(start_review(Q3, saved, LATER, earlier=[first]), now=LATER)
    )

    _, printed = run(clock, "review", "--print", "--quarter", "2026Q3")

    said = "2 wins not fully answered: their verdicts from run 1 still count."
    assert said in printed
    # ...and the counts and the wins for the manager are the ones that count.
    assert "2 next-level" in printed
    assert "No win is next-level yet" not in printed
    assert "wins to put in front of your manager" in printed


@pytest.mark.parametrize("case", RERUNS.values(), ids=RERUNS.keys())
def test_a_reruns_summary_adds_up_the_verdicts_that_still_count(
    case: tuple[dict[str, Any] | None, bool, VerdictKind],
) -> None:
    given, finished, expected = case
    first, second = _rerun(given, finished)

    counted = as_counted(second, [first, second])

    assert counted.entries[1].kind is expected
    assert counted.entries[2].kind is NEXT
    assert counted.win_ids == second.win_ids
    assert counted.is_finished is second.is_finished


async def test_home_names_the_plans_among_the_quarters_wins(
    tmp_path: Path, clock: FixedClock
) -> None:
    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    store.add_win(framed(Win(title=PLAN_TITLE, date=clock.today())))
    store.add_win(framed(Win(title="Reviewed 40 pull requests", date=clock.today())))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await home_read(pilot)
        line = str(home.query_one("#quarter-line", Static).content)

    assert "2 wins" in line
    assert "1 activity-only" in line
    assert line.endswith("· 1 plan")


async def test_the_walk_names_a_plan_as_a_plan_under_question_three(
    tmp_path: Path, clock: FixedClock
) -> None:
    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    store.add_win(framed(Win(title=PLAN_TITLE, date=clock.today())))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewWalkScreen))
        await pilot.press("n", "c")
        await type_text(pilot, "Build time will fall from 20 to 5 minutes")
        await pilot.pause()
        coach = str(app.screen.query_one("#q3-reading", Static).content)

    assert coach == catalogue.WALK_READING_PLAN
