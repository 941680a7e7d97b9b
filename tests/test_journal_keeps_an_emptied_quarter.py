"""Deleting the last win of the quarter the journal is filtered on keeps the
filter on that quarter, says it has no wins now, and Ctrl+Z brings the win back
into the same filter."""

from __future__ import annotations

import datetime as dt

from textual.widgets import DataTable, Select, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Win
from careerclimb_tui.store import Store
from tests.helpers import journal_opened, journal_status_line, wait_until

SUMMER = Win(title="Cut the nightly build to 20 minutes", date=dt.date(2026, 8, 12))
AUTUMN = [
    Win(title="Wrote the on-call runbook", date=dt.date(2026, 10, 6)),
    Win(title="Moved search to the new cluster", date=dt.date(2026, 11, 2)),
]


def seed(store: Store) -> None:
    store.save_profile(DEMO_PROFILE)
    for win in (SUMMER, *AUTUMN):
        store.add_win(win)


async def test_deleting_a_quarters_last_win_keeps_the_quarter_chosen(
    store: Store, clock: FixedClock
) -> None:
    seed(store)

    async with journal_opened(store, clock) as (_, pilot, journal):
        quarter = journal.query_one("#quarter", Select)
        table = journal.query_one("#wins", DataTable)
        empty = journal.query_one("#journal-empty", Static)
        quarter.value = "2026Q3"
        await wait_until(pilot, lambda: table.row_count == 1)
        table.focus()

        await pilot.press("delete")
        await wait_until(pilot, lambda: len(store.wins()) == 2 and empty.display)

        assert quarter.value == "2026Q3"
        assert not table.display
        said = " ".join(str(empty.render()).split())
        assert "2026Q3 has no wins now." in said
        assert "Ctrl+Z" in said
        assert journal_status_line(journal).startswith("0 of 2 wins match")

        await pilot.press("ctrl+z")
        await wait_until(pilot, lambda: len(store.wins()) == 3 and table.display)

        assert quarter.value == "2026Q3"
        assert [win.title for win in journal._shown] == [SUMMER.title]
        assert table.row_count == 1


async def test_a_quarter_emptied_by_an_edit_offers_no_undo_of_another_delete(
    store: Store, clock: FixedClock
) -> None:
    seed(store)

    async with journal_opened(store, clock) as (_, pilot, journal):
        quarter = journal.query_one("#quarter", Select)
        table = journal.query_one("#wins", DataTable)
        empty = journal.query_one("#journal-empty", Static)
        # Ctrl+Z would bring back this autumn win, not the summer one.
        table.focus()
        await pilot.press("delete")
        await wait_until(pilot, lambda: len(store.wins()) == 2)
        quarter.value = "2026Q3"
        await wait_until(pilot, lambda: table.row_count == 1)

        [summer] = [win for win in store.wins() if win.title == SUMMER.title]
        store.update_win(summer.with_changes(date=dt.date(2026, 10, 1)))
        # As the edit form does when it closes on a saved win.
        journal.reload(keep_id=summer.id)
        await wait_until(pilot, lambda: empty.display)

        assert quarter.value == "2026Q3"
        said = " ".join(str(empty.render()).split())
        assert "2026Q3 has no wins now." in said
        assert "Ctrl+Z" not in said
