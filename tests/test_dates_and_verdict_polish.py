"""Dates said in words where the user reads them, and a win's review verdict in
the journal's win dialog."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_manager_demo
from careerclimb_tui.domain.initiative import Reading
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Review,
    VerdictKind,
    answer,
    override,
    run_judging,
    start_review,
)
from careerclimb_tui.screens.journal import WinDetailScreen
from careerclimb_tui.screens.manager_criteria import CriteriaScreen
from careerclimb_tui.screens.manager_dialogs import ConversationDialog, win_label
from careerclimb_tui.screens.manager_hub import ManagerHubScreen
from careerclimb_tui.store import Store
from tests.helpers import journal_opened, run_app, seed_win, wait_until
from tests.test_gaps import ANSWERS_FOR

NEXT = VerdictKind.NEXT_LEVEL
CURRENT = VerdictKind.CURRENT_LEVEL
MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
LATER = MOMENT + dt.timedelta(days=1)
Q4 = Quarter(2026, 4)

# --- Journal: the review's verdict in the win dialog --------------------------------


def judged_run(
    win: Win, kind: VerdictKind, *, run: int = 1, now: dt.datetime = MOMENT
) -> Review:
    """A run of 2026Q4 whose answers lead ``win`` to ``kind``."""
    review = unanswered_run(win, run=run, now=now)
    assert win.id is not None
    return answer(review, win.id, now=now, **ANSWERS_FOR[kind])


def unanswered_run(win: Win, *, run: int = 1, now: dt.datetime = MOMENT) -> Review:
    """A run of 2026Q4 holding ``win`` with nothing answered yet."""
    return replace(start_review(Q4, [win], now), run=run)


WIN = Win(title="Canary releases", date=dt.date(2026, 10, 5), id=1)


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        # Never reviewed: nothing to say.
        ([], None),
        # One run judged it.
        ([judged_run(WIN, NEXT)], (1, NEXT)),
        # A later run that settled it speaks instead of the first.
        (
            [judged_run(WIN, NEXT), judged_run(WIN, CURRENT, run=2, now=LATER)],
            (2, CURRENT),
        ),
        # A later run that left it unanswered leaves the first run's verdict.
        ([judged_run(WIN, NEXT), unanswered_run(WIN, run=2, now=LATER)], (1, NEXT)),
    ],
)
def test_the_run_judging_a_win_is_the_one_whose_verdict_counts(
    runs: list[Review], expected: tuple[int, VerdictKind] | None
) -> None:
    found = run_judging(1, runs)
    if expected is None:
        assert found is None
        return
    assert found is not None
    run, entry = found
    assert (run.run, entry.kind) == expected


def dialog_lines(pilot: Pilot[None]) -> list[str]:
    """The labels and values the win dialog shows, top to bottom."""
    detail = pilot.app.screen
    assert isinstance(detail, WinDetailScreen)
    return [
        str(widget.render())
        for widget in detail.query(Static)
        if widget.has_class("detail-label") or widget.has_class("detail-value")
    ]


async def open_win_dialog(pilot: Pilot[None]) -> list[str]:
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, WinDetailScreen))
    return dialog_lines(pilot)


@pytest.mark.parametrize(
    ("call", "shown"),
    [
        (None, "next-level"),
        (
            CURRENT,
            "current-level (your call; the four questions said next-level)",
        ),
    ],
)
async def test_the_win_dialog_says_how_the_review_judged_the_win(
    store: Store, clock: FixedClock, call: VerdictKind | None, shown: str
) -> None:
    win = seed_win(store)
    assert win.id is not None
    review = judged_run(win, NEXT)
    if call is not None:
        review = override(review, win.id, call, now=MOMENT)
    store.save_review(review)

    async with journal_opened(store, clock) as (_app, pilot, journal):
        await wait_until(pilot, lambda: journal.selected_win() is not None)
        lines = await open_win_dialog(pilot)

    label = catalogue.DETAIL_REVIEW.format(quarter="2026Q4")
    assert label in lines
    assert lines[lines.index(label) + 1] == shown


async def test_the_win_dialog_says_nothing_of_a_review_never_run(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store)

    async with journal_opened(store, clock) as (_app, pilot, journal):
        await wait_until(pilot, lambda: journal.selected_win() is not None)
        lines = await open_win_dialog(pilot)

    assert "Canary releases" in lines
    assert lines[lines.index(catalogue.DETAIL_DATE) + 1] == "5 Oct 2026"
    assert not any(line.startswith("Review ") for line in lines)


# --- Dates said in words where they are read ------------------------------------


def shown(widget: Widget) -> str:
    """A widget's text on one line, however it wrapped."""
    return " ".join(str(widget.render()).split())


def test_a_reading_says_its_day_in_words() -> None:
    reading = Reading(14, "hours", dt.date(2026, 10, 1), source="CI dashboard")

    assert reading.describe() == "14 hours on 1 Oct 2026 (CI dashboard)"
    assert replace(reading, source="").describe() == "14 hours on 1 Oct 2026"


@pytest.mark.parametrize(
    ("day", "line"),
    [
        (dt.date(2026, 12, 5), " 5 Dec 2026  Cut CI time"),
        (dt.date(2026, 12, 15), "15 Dec 2026  Cut CI time"),
    ],
)
def test_the_evidence_picker_says_a_wins_day_in_words_in_line(
    day: dt.date, line: str
) -> None:
    win = Win(title="Cut CI time", date=day, id=1)

    assert win_label(win).plain == line


async def test_the_manager_hub_says_the_last_talks_day_in_words(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())

    async with run_app(store, clock) as (app, pilot):
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ManagerHubScreen))
        status = shown(app.screen.query_one("#hub-status"))

    assert "Last conversation: 4 Nov 2026 (2 weeks ago)." in status


async def test_a_talk_is_titled_with_its_day_in_words(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())

    async with run_app(store, clock) as (app, pilot):
        await pilot.press("m", "tab", "down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ConversationDialog))
        titles = [shown(title) for title in app.screen.query(".section-title")]

    assert titles[0] == "Conversation of 29 Sep 2026"


async def test_the_criterion_detail_says_its_days_in_words(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())

    async with run_app(store, clock, size=(100, 30)) as (app, pilot):
        await pilot.press("m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        detail = app.screen.query_one("#criterion-detail")
        await wait_until(pilot, lambda: bool(shown(detail)))
        text = shown(detail)

    assert "recorded 29 Sep 2026" in text
    assert "✓ 16 Nov 2026 Found the root cause" in text
    assert "History: open 29 Sep 2026 → evidence growing 19 Oct 2026" in text
