"""The problem page and the journal show what another window or the command line
changed while they are open, and keep the cursor, the scroll and the typing."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Input, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import Reading, add_reading
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens import base
from careerclimb_tui.screens.problem_dialogs import NoteDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiative, save_initiative
from tests.helpers import (
    make_app,
    open_journal,
    open_problem_page,
    save_driving,
    wait_until,
)


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Look for outside changes often, so a test waits a moment, not seconds."""
    monkeypatch.setattr(base, "OUTSIDE_CHANGE_CHECK_SECONDS", 0.02)


def measured_problem(store: Store, clock: FixedClock) -> int:
    """A problem being driven with one reading a month ago; stored, its id."""
    store.save_profile(DEMO_PROFILE)
    problem = save_driving(store, clock, "CI reruns eat the afternoon", "flaky-tests")
    earlier = clock.today() - dt.timedelta(days=30)
    problem = problem.with_changes(metric="CI reruns")
    problem = add_reading(
        problem, Reading(60, "reruns/week", earlier, "CI dashboard"), clock.now()
    )
    saved = save_initiative(store, problem)
    assert saved.id is not None
    return saved.id


def add_reading_elsewhere(store: Store, clock: FixedClock, problem_id: int) -> None:
    """Add a reading as another process would: through a store of its own."""
    other = Store(store.path, clock=clock)
    problem = initiative(other, problem_id)
    reading = Reading(17, "reruns/week", clock.today(), "CI dashboard")
    save_initiative(other, add_reading(problem, reading, clock.now()))


async def test_the_problem_page_shows_a_reading_added_elsewhere_where_it_was(
    store: Store, clock: FixedClock
) -> None:
    problem_id = measured_problem(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        tracker = page.query_one("#tracker", VerticalScroll)
        bars = page.query_one("#tracker-bars", Static)
        await pilot.pause()
        tracker.scroll_to(y=3, animate=False)
        await wait_until(pilot, lambda: tracker.scroll_y == 3)
        assert "17" not in str(bars.render())

        add_reading_elsewhere(store, clock, problem_id)

        await wait_until(pilot, lambda: "17" in str(bars.render()))
        assert app.screen is page
        assert tracker.scroll_y == 3


async def test_a_note_being_typed_over_the_problem_page_is_kept(
    store: Store, clock: FixedClock
) -> None:
    problem_id = measured_problem(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteDialog))
        dialog = app.screen
        await pilot.press(*"Met SRE")

        add_reading_elsewhere(store, clock, problem_id)
        page._check_for_outside_changes()
        await pilot.pause()

        field = app.focused
        assert app.screen is dialog
        assert isinstance(field, Input) and field.value == "Met SRE"


async def test_the_journal_lists_a_win_logged_elsewhere_and_keeps_its_cursor(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    for day, title in ((3, "Canary releases"), (5, "Paging runbook"), (7, "Cache")):
        store.add_win(framed(Win(title=title, date=dt.date(2026, 10, day))))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        journal = await open_journal(pilot)
        table = journal.query_one("#wins", DataTable)
        await pilot.press("down")
        await wait_until(pilot, lambda: table.cursor_row == 1)
        highlighted = journal.selected_win()
        assert highlighted is not None

        Store(store.path, clock=clock).add_win(
            framed(Win(title="Cut deploys to ten minutes", date=dt.date(2026, 11, 2)))
        )

        await wait_until(pilot, lambda: table.row_count == 4)
        assert journal.selected_win() == highlighted
