"""After a delete the journal's cursor stays at the same row, so Del again
deletes the next win; an undo puts it on the win brought back; Home and End
reach the first and last rows of the journal and the manager's criteria."""

from __future__ import annotations

import datetime as dt

from textual.widgets import DataTable

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.criteria import Criterion
from careerclimb_tui.domain.records import Win
from careerclimb_tui.screens import journal as journal_module
from careerclimb_tui.screens.manager_criteria import CriteriaScreen
from careerclimb_tui.store import Store, criteria_docs
from tests.helpers import journal_opened, run_app, wait_until

TITLES = [f"Cut the build time of service {n}" for n in range(1, 6)]


def seed(store: Store) -> None:
    store.save_profile(DEMO_PROFILE)
    for day, title in enumerate(TITLES, start=1):
        store.add_win(Win(title=title, date=dt.date(2026, 11, day)))


def titles(store: Store) -> set[str]:
    return {win.title for win in store.wins()}


async def test_repeated_delete_removes_successive_rows(
    store: Store, clock: FixedClock
) -> None:
    seed(store)
    async with journal_opened(store, clock) as (app, pilot, journal):
        table = journal.query_one("#wins", DataTable)
        listed = [win.title for win in journal._shown]
        await pilot.press("down", "down")
        assert table.cursor_row == 2

        await pilot.press("delete")
        await wait_until(pilot, lambda: len(store.wins()) == 4)
        await wait_until(pilot, lambda: journal.selected_win() is not None)
        assert table.cursor_row == 2
        await pilot.press("delete")
        await wait_until(pilot, lambda: len(store.wins()) == 3)

        assert titles(store) == set(listed) - {listed[2], listed[3]}
        assert table.cursor_row == 2
        assert journal.selected_win().title == listed[4]

        # Deleting the last row leaves the cursor on the new last row.
        await pilot.press("delete")
        await wait_until(pilot, lambda: len(store.wins()) == 2)
        assert table.cursor_row == 1
        assert journal.selected_win().title == listed[1]

        await pilot.press("ctrl+z")
        await wait_until(pilot, lambda: len(store.wins()) == 3)
        await wait_until(pilot, lambda: journal.selected_win().title == listed[4])


async def test_home_and_end_reach_the_first_and_last_win(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two rows a page, so End has to draw the pages below before it moves.
    monkeypatch.setattr(journal_module, "PAGE_ROWS", 2)
    seed(store)
    async with journal_opened(store, clock) as (app, pilot, journal):
        table = journal.query_one("#wins", DataTable)
        await wait_until(pilot, lambda: table.row_count >= 2)

        await pilot.press("end")
        await wait_until(pilot, lambda: table.cursor_row == 4)
        assert journal.selected_win() == journal._matches[-1]

        await pilot.press("home")
        await wait_until(pilot, lambda: table.cursor_row == 0)
        assert journal.selected_win() == journal._matches[0]


async def test_home_and_end_reach_the_first_and_last_criterion(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    for text in ("Lead a design review", "Mentor a new hire", "Own the on-call"):
        criteria_docs.save_criterion(store, Criterion(text))
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        table = app.screen.query_one("#criteria-table", DataTable)
        await wait_until(pilot, lambda: table.row_count == 3)

        await pilot.press("end")
        await wait_until(pilot, lambda: table.cursor_row == 2)
        await pilot.press("home")
        await wait_until(pilot, lambda: table.cursor_row == 0)
