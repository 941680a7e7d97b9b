"""A "yes" to question 4 that names nobody is no answer: notice outside the team
counts only once someone is named, in the verdict, the print and the walk."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import FRAMING_IMPACT, Measure, Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Choice,
    Noticed,
    PeerAnswer,
    VerdictKind,
    WinAnswers,
    start_review,
    verdict_for,
)
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.review_docs import review_from_json, review_to_json
from careerclimb_tui.widgets.question import QuestionRow
from tests.helpers import (
    answer_up_to_the_names,
    notices,
    run_app,
    type_text,
    wait_until,
)

MEASURED = ChangeAnswer("Checkout outage fell from 120 to 20 minutes", measured=True)
TITLE = "Cut the checkout outage time"


@pytest.mark.parametrize(
    ("given", "kept", "kind", "reason_part"),
    [
        (
            Noticed(outside=True),
            None,
            VerdictKind.UNCLEAR,
            catalogue.REVIEW_MISSING_NOTICED,
        ),
        (
            Noticed.by("  ", ""),
            None,
            VerdictKind.UNCLEAR,
            catalogue.REVIEW_MISSING_NOTICED,
        ),
        (
            Noticed.by("Payments team"),
            Noticed.by("Payments team"),
            VerdictKind.NEXT_LEVEL,
            catalogue.REVIEW_SIGNAL_NOTICED,
        ),
        (Noticed.nobody(), Noticed.nobody(), VerdictKind.NEXT_LEVEL, "measured"),
        (None, None, VerdictKind.UNCLEAR, catalogue.REVIEW_MISSING_NOTICED),
    ],
    ids=[
        "yes without names",
        "yes with blank names",
        "yes with a name",
        "nobody",
        "unanswered",
    ],
)
def test_notice_counts_only_with_someone_named(
    given: Noticed | None,
    kept: Noticed | None,
    kind: VerdictKind,
    reason_part: str,
) -> None:
    answers = WinAnswers(PeerAnswer.NO, Choice.CHOSE, MEASURED, given)

    verdict = verdict_for(answers, FRAMING_IMPACT, True, True)

    assert answers.noticed == kept
    assert verdict.kind is kind
    assert reason_part in verdict.reason
    if kept is None:
        assert catalogue.REVIEW_SIGNAL_NOTICED not in verdict.reason


def test_a_run_saved_with_a_yes_and_no_names_reads_back_unanswered(
    clock: FixedClock,
) -> None:
    win = Win(title=TITLE, date=dt.date(2026, 10, 5), id=1)
    review = start_review(parse_quarter("2026Q4"), [win], clock.now())
    doc = review_to_json(review)
    entry_doc = next(iter(doc["entries"].values()))
    entry_doc["answers"]["noticed"] = {"outside": True, "who": []}

    read = review_from_json(doc, 1)

    assert read.entry(1).answers.noticed is None


def seed_measured_win(store: Store, title: str = TITLE) -> Win:
    """The win of the quarter, measured, with nobody on record as noticing it."""
    store.save_profile(DEMO_PROFILE)
    measure = Measure(before=120, after=20, unit="minutes", label="checkout outage")
    win = store.add_win(
        framed(Win(title=title, date=dt.date(2026, 10, 5), measure=measure))
    )
    assert win.id is not None
    return win


def stored_noticed(store: Store) -> Noticed | None:
    (review,) = store.reviews()
    return review.entries_in_order()[0].answers.noticed


async def test_moving_on_from_a_yes_without_names_leaves_question_4_open(
    store: Store, clock: FixedClock
) -> None:
    seed_measured_win(store)
    async with run_app(store, clock) as (app, pilot):
        await answer_up_to_the_names(pilot)
        await pilot.press("pagedown")
        await wait_until(pilot, lambda: not isinstance(app.screen, ReviewWalkScreen))
        await wait_until(pilot, lambda: store.reviews() != [])

        left = catalogue.WALK_WHO_MISSING_LEFT.format(title=TITLE)
        assert left in notices(app)
    assert stored_noticed(store) is None
    assert store.wins()[0].noticed_by == ""

    out = io.StringIO()
    assert main(["review", "--quarter", "2026Q4", "--print"], clock=clock, out=out) == 0
    printed = " ".join(out.getvalue().split())
    assert catalogue.REVIEW_SIGNAL_NOTICED not in printed
    assert catalogue.REVIEW_MISSING_NOTICED in printed


async def test_yes_shows_the_names_and_how_to_skip_them_on_a_small_terminal(
    store: Store, clock: FixedClock
) -> None:
    seed_measured_win(store)
    async with run_app(store, clock) as (app, pilot):
        who = await answer_up_to_the_names(pilot)
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        page = walk.query_one("#walk", VerticalScroll)
        line = walk.query_one("#q4-suggested", Static)

        # At 80x24 the names sit below the fold until the page scrolls to them.
        await wait_until(pilot, lambda: page.can_view_entire(who))
        assert page.can_view_entire(line)
        assert str(line.render()) == catalogue.WALK_WHO_PROMPT


async def test_enter_without_names_skips_and_says_question_4_is_open(
    store: Store, clock: FixedClock
) -> None:
    seed_measured_win(store)
    async with run_app(store, clock) as (app, pilot):
        await answer_up_to_the_names(pilot)
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        q4 = walk.query_one("#q4", QuestionRow)
        line = walk.query_one("#q4-suggested", Static)
        assert str(line.render()) == catalogue.WALK_WHO_PROMPT

        await pilot.press("enter")
        await wait_until(pilot, lambda: app.focused is walk.query_one("#next"))

        # Skipped as the line over the names said, with question 4 left open
        # and the way to answer it in sight.
        assert q4.value is None
        assert catalogue.WALK_WHO_MISSING in notices(app)
        assert line.display and str(line.render()) == catalogue.WALK_Q4_STILL_OPEN
        entry = walk.review.entries_in_order()[0]
        assert entry.answers.noticed is None
        assert entry.kind is VerdictKind.UNCLEAR

        # Back on the names, a name answers it and the line goes.
        await pilot.press("shift+tab")
        await wait_until(pilot, lambda: app.focused is walk.query_one("#q4-who"))
        await type_text(pilot, "Payments team\n")
        await wait_until(
            pilot,
            lambda: (
                walk.review.entries_in_order()[0].answers.noticed
                == Noticed.by("Payments team")
            ),
        )
        assert not line.display
        assert q4.value == "yes"


async def test_n_answers_question_4_left_open_by_a_skip(
    store: Store, clock: FixedClock
) -> None:
    seed_measured_win(store)
    async with run_app(store, clock) as (app, pilot):
        await answer_up_to_the_names(pilot)
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        q4 = walk.query_one("#q4", QuestionRow)
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.focused is walk.query_one("#next"))

        await pilot.press("shift+tab", "shift+tab")
        await wait_until(pilot, lambda: app.focused is q4)
        await pilot.press("n")
        await wait_until(
            pilot,
            lambda: (
                walk.review.entries_in_order()[0].answers.noticed == Noticed.nobody()
            ),
        )
        assert not walk.query_one("#q4-suggested", Static).display


async def test_leaving_on_a_yes_without_names_keeps_question_4_open(
    store: Store, clock: FixedClock
) -> None:
    seed_measured_win(store)
    async with run_app(store, clock) as (app, pilot):
        await answer_up_to_the_names(pilot)
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, ReviewWalkScreen))
        await wait_until(pilot, lambda: store.reviews() != [])

        assert catalogue.WALK_WHO_MISSING_LEFT.format(title=TITLE) in notices(app)
    assert stored_noticed(store) is None


async def test_leaving_quotes_a_long_title_cut_and_as_typed(
    store: Store, clock: FixedClock
) -> None:
    title = f"{TITLE} [bold]for good[/bold] " + "across every region " * 20
    seed_measured_win(store, title.strip())
    async with run_app(store, clock) as (app, pilot):
        await answer_up_to_the_names(pilot)
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, ReviewWalkScreen))
        await wait_until(pilot, lambda: bool(notices(app)))

        (said,) = [text for text in notices(app) if text.startswith("Question 4 on")]
        assert "[bold]for good[/bold]" in said and "\\[" not in said
        assert "…" in said and len(said) < len(title)
