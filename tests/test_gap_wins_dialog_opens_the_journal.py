"""The gap view's list of a dimension's wins says "open the journal (j)", and j
there does: the list closes and the journal opens over the gap view, where Esc
comes back. A win read from the list tells how to get there."""

from __future__ import annotations

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.screens.gap_dialogs import DimensionWinsDialog
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.journal import JournalScreen, WinDetailScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until
from tests.test_snapshots import two_wins_reviewed


async def test_j_in_the_gap_wins_list_opens_the_journal_and_esc_comes_back(
    store: Store, clock: FixedClock
) -> None:
    two_wins_reviewed(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        gaps = app.screen
        await pilot.press("down", "down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, DimensionWinsDialog))
        assert "open the journal (j)" in catalogue.GAPS_WINS_KEYS

        # From a win read in full: Esc, then j, as its hint says.
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        assert "Esc then j" in catalogue.DETAIL_KEYS_READ_ONLY
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, DimensionWinsDialog))

        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        assert not any(
            isinstance(screen, DimensionWinsDialog) for screen in app.screen_stack
        )

        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is gaps)
