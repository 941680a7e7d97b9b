"""Tab in the journal follows the screen's layout: from the search to the quarter
filter beside it, then down to the list; the journal still opens on the list."""

from __future__ import annotations

from textual.widgets import DataTable, Input, Select

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, open_journal, wait_until


async def test_tab_from_the_search_reaches_the_quarter_filter_before_the_list(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await home_read(pilot)
        journal = await open_journal(pilot)
        search = journal.query_one("#search", Input)
        quarter = journal.query_one("#quarter", Select)
        table = journal.query_one("#wins", DataTable)
        await wait_until(pilot, lambda: app.focused is table)

        await pilot.press("slash")
        await wait_until(pilot, lambda: app.focused is search)
        await pilot.press("tab")
        await wait_until(pilot, lambda: app.focused is quarter)
        # Enter there opens the filter, not a win.
        await pilot.press("enter")
        await wait_until(pilot, lambda: quarter.expanded)
        await pilot.press("escape")
        await wait_until(pilot, lambda: not quarter.expanded)
        assert isinstance(app.screen, JournalScreen)

        await pilot.press("tab")
        await wait_until(pilot, lambda: app.focused is table)
        await pilot.press("shift+tab")
        await wait_until(pilot, lambda: app.focused is quarter)
        await pilot.press("shift+tab")
        await wait_until(pilot, lambda: app.focused is search)
