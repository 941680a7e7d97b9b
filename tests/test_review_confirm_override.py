"""The review asks before a "no" edits a win, keeps no override that agrees with
the four questions, shows its wins whole and each screen scrolls as one page."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.measure_text import with_measure
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Measure, Win, describe_measure
from careerclimb_tui.domain.review import (
    Noticed,
    Review,
    ReviewEntry,
    VerdictKind,
    answer,
    call_to_keep,
    finish,
    read_change,
    start_review,
    suggest_change,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.review_summary import (
    HangingLines,
    ReviewSummaryScreen,
    strong_win_lines,
)
from careerclimb_tui.screens.review_walk import OverrideDialog, ReviewWalkScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.question import QuestionRow
from tests.helpers import notices, run_app, seed_win, wait_until

RELEASE_MANAGERS = "Release managers"
NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)


# --- a "no" to question 4 asks before it takes names off the win -------------------


async def _no_to_question_4(pilot: Pilot[None]) -> ReviewWalkScreen:
    """Open the walk, answer questions 1 to 3, and answer no to question 4."""
    await pilot.press("r", "s", "y", "c", "enter")
    walk = pilot.app.screen
    assert isinstance(walk, ReviewWalkScreen)
    await wait_until(pilot, lambda: pilot.app.focused is walk.query_one("#q4"))
    await pilot.press("n")
    return walk


async def test_no_to_question_4_asks_when_the_win_names_someone(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, noticed_by=RELEASE_MANAGERS)
    async with run_app(store, clock) as (app, pilot):
        await _no_to_question_4(pilot)
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert dialog.question == catalogue.WALK_Q4_NO_CONFIRM.format(
            who=RELEASE_MANAGERS
        )


async def test_no_in_the_dialog_keeps_the_win_and_the_answer(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store, noticed_by=RELEASE_MANAGERS)
    async with run_app(store, clock) as (app, pilot):
        walk = await _no_to_question_4(pilot)
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is walk)
        q4 = walk.query_one("#q4", QuestionRow)
        assert app.focused is q4
        assert q4.value is None, "question 4 is still unanswered"
        assert walk.review.entry(win.id or 0).answers.noticed is None
        await walk.saved()

    [kept] = Store(store.path, clock=clock).wins()
    assert kept.noticed_by == RELEASE_MANAGERS


async def test_yes_in_the_dialog_takes_the_names_off(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store, noticed_by=RELEASE_MANAGERS)
    async with run_app(store, clock) as (app, pilot):
        walk = await _no_to_question_4(pilot)
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: walk.wins[win.id or 0].noticed_by == "")
        entry = walk.review.entry(win.id or 0)
        assert entry.answers.noticed is not None
        assert not entry.answers.noticed.outside
        assert entry.noticed_taken_off == RELEASE_MANAGERS
        await walk.saved()

    [kept] = Store(store.path, clock=clock).wins()
    assert kept.noticed_by == ""


async def test_no_to_question_4_answers_at_once_without_names(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store)
    async with run_app(store, clock) as (app, pilot):
        walk = await _no_to_question_4(pilot)
        await pilot.pause()
        assert app.screen is walk, "no dialog is asked"
        noticed = walk.review.entry(win.id or 0).answers.noticed
        assert noticed is not None and not noticed.outside


# --- a call that agrees with the four questions is no override ---------------------


def _answered(**answers: object) -> ReviewEntry:
    review = start_review(
        quarter_of(dt.date(2026, 10, 5)),
        [framed(Win(title="Canary releases", date=dt.date(2026, 10, 5), id=1))],
        NOW,
    )
    return answer(review, 1, now=NOW, **answers).entry(1)


CURRENT_LEVEL_ANSWERS = {
    "peer_could": "yes",
    "choice": "assigned",
    "change": read_change("Canary releases"),
    "noticed": Noticed.nobody(),
}


@pytest.mark.parametrize(
    ("answers", "chosen", "kept"),
    [
        (CURRENT_LEVEL_ANSWERS, VerdictKind.CURRENT_LEVEL, None),
        (CURRENT_LEVEL_ANSWERS, "current_level", None),
        (CURRENT_LEVEL_ANSWERS, VerdictKind.NEXT_LEVEL, VerdictKind.NEXT_LEVEL),
        (CURRENT_LEVEL_ANSWERS, VerdictKind.UNCLEAR, VerdictKind.UNCLEAR),
        (CURRENT_LEVEL_ANSWERS, None, None),
        ({"peer_could": "yes"}, VerdictKind.UNCLEAR, VerdictKind.UNCLEAR),
        ({}, VerdictKind.UNCLEAR, VerdictKind.UNCLEAR),
    ],
    ids=[
        "the questions' own verdict is no override",
        "given by its value, the same",
        "a higher call is kept",
        "another call is kept",
        "no call, no override",
        "questions left open: an unclear call settles the win",
        "nothing answered: an unclear call settles the win",
    ],
)
def test_a_call_is_kept_only_when_it_differs_from_the_questions(
    answers: dict[str, object],
    chosen: VerdictKind | str | None,
    kept: VerdictKind | None,
) -> None:
    assert call_to_keep(_answered(**answers), chosen) is kept


async def test_choosing_the_questions_verdict_keeps_no_override(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("r", "s", "y", "a", "enter", "n")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        entry = walk.review.entry(win.id or 0)
        assert entry.verdict.kind is VerdictKind.CURRENT_LEVEL

        await pilot.press("o")
        assert isinstance(app.screen, OverrideDialog)
        # From "use the four questions' verdict", up to unclear, then current.
        await pilot.press("up", "up", "enter", "ctrl+s")
        await wait_until(pilot, lambda: app.screen is walk)

        assert not walk.review.entry(win.id or 0).is_overridden
        assert catalogue.WALK_OVERRIDE_AGREES in notices(app)
        await walk.saved()

    [review] = Store(store.path, clock=clock).reviews()
    assert review.entry(win.id or 0).override_kind is None


# --- a measure the text already states is not added again -------------------------

RERUNS = Measure(before=15, after=4, unit="reruns/week", label="Pipeline reruns")
TURNAROUND = Measure(before=3, after=1, unit="day", label="PR review turnaround")


@pytest.mark.parametrize(
    ("text", "measure", "shown"),
    [
        (
            "Cut the pipeline reruns from 15 to 4 reruns/week",
            RERUNS,
            "Cut the pipeline reruns from 15 to 4 reruns/week",
        ),
        (
            "PR review turnaround for the team fell from 3 days to 1 day",
            TURNAROUND,
            "PR review turnaround for the team fell from 3 days to 1 day",
        ),
        (
            "Cut the pipeline reruns to 4 a week",
            RERUNS,
            f"Cut the pipeline reruns to 4 a week ({describe_measure(RERUNS)})",
        ),
        (
            "Cut the pipeline reruns",
            RERUNS,
            f"Cut the pipeline reruns ({describe_measure(RERUNS)})",
        ),
        (
            "Checkout errors fell from 1,200 to 300 a day",
            Measure(before=1200, after=300, label="Checkout errors"),
            "Checkout errors fell from 1,200 to 300 a day",
        ),
        (
            "Build time down 40%",
            Measure(change_pct=-40, label="Build time"),
            "Build time down 40%",
        ),
        ("Cut the pipeline reruns", None, "Cut the pipeline reruns"),
        ("", RERUNS, f"({describe_measure(RERUNS)})"),
    ],
    ids=[
        "both numbers in the title",
        "both numbers in what changed",
        "only the after stated",
        "no numbers stated",
        "thousands separators",
        "a change in percent stated",
        "no measure",
        "no text",
    ],
)
def test_a_measure_is_added_only_when_the_text_does_not_state_it(
    text: str, measure: Measure | None, shown: str
) -> None:
    assert with_measure(text, measure) == shown


def test_the_review_states_a_measure_once() -> None:
    win = framed(
        Win(
            title="Cut the pipeline reruns from 15 to 4 reruns/week",
            date=dt.date(2026, 10, 5),
            id=1,
            measure=RERUNS,
        )
    )
    assert suggest_change(win).text == win.title
    title, _ = strong_win_lines(1, win, None)
    assert "(Pipeline reruns" not in title


# --- the summary shows a long title to its end --------------------------------------

LONG_TITLE = (
    "Moved the checkout service and its three satellite workers off the old "
    "queue cluster onto managed streams with zero downtime for shoppers"
)


async def test_a_long_title_in_the_summary_is_read_to_its_end(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store)
    store.update_win(win.with_changes(title=LONG_TITLE))
    review = start_review(quarter_of(clock.today()), store.wins(), clock.now())
    review = store.save_review(finish(review, now=clock.now()))
    async with run_app(store, clock) as (app, pilot):
        await app.push_screen(ReviewSummaryScreen(review))
        await pilot.pause()
        shown = app.screen.query_one(".strong-title", HangingLines)
        lines = [line.plain for line in shown.lines(shown.content_size.width)]
        assert len(lines) == 2
        assert lines[-1].rstrip().endswith("shoppers")
        # It is on screen, not only in the widget: the summary is one page.
        assert "shoppers" in app.export_screenshot()


# --- each review screen scrolls as one page ---------------------------------------


def _many_runs(store: Store, clock: FixedClock) -> None:
    """Four quarters with wins, each reviewed three times: twelve runs."""
    win = seed_win(store)
    for month in (1, 4, 7, 10):
        store.add_win(framed(win.with_changes(id=None, date=dt.date(2026, month, 3))))
        quarter = quarter_of(dt.date(2026, month, 3))
        earlier: list[Review] = []
        for _ in range(3):
            run = start_review(quarter, store.wins(), clock.now(), earlier)
            earlier.append(store.save_review(finish(run, now=clock.now())))


async def test_the_reviews_screen_scrolls_as_one_page(
    store: Store, clock: FixedClock
) -> None:
    _many_runs(store, clock)
    async with run_app(store, clock, size=(40, 12)) as (app, pilot):
        await pilot.press("r")
        screen = app.screen
        await wait_until(pilot, lambda: screen.query("#runs").first().display)
        runs = screen.query_one("#runs", DataTable)
        assert screen.query_one("#reviews-body").show_vertical_scrollbar
        assert not runs.show_vertical_scrollbar, "the list does not scroll apart"

        runs.focus()
        for _ in range(runs.row_count):
            await pilot.press("down")
        await pilot.pause()
        assert runs.cursor_row == runs.row_count - 1
        row_y = runs.region.y + runs.header_height + runs.cursor_row
        keys = screen.query_one("#reviews-keys")
        assert 0 <= row_y < keys.region.y, "the last run is in view"
