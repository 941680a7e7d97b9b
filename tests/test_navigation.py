"""Going to a screen opens it over the one showing, so Escape comes back there;
a screen already open is brought back instead of opened twice."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import DataTable, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_export_demo
from careerclimb_tui.queries import current_gaps
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.help import HelpScreen
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.journal import JournalScreen, WinDetailScreen
from careerclimb_tui.screens.ladder_browser import LadderScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.peers import PeersScreen
from careerclimb_tui.screens.review_summary import ReviewSummaryScreen
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, type_text, wait_until


def stacked(app: CareerClimbApp) -> list[type[Screen[object]]]:
    """The classes of the screens from home up (the blank one below is left out)."""
    return [type(screen) for screen in app.screen_stack[1:]]


async def settle_on(
    pilot: Pilot[None], app: CareerClimbApp, expected: list[type[Screen[object]]]
) -> None:
    """Wait until the screens from home up are ``expected`` and the top one is drawn."""
    await wait_until(pilot, lambda: stacked(app) == expected)
    await pilot.pause()


async def go_by_palette(pilot: Pilot[None], title: str) -> None:
    """Pick an entry of the command palette by typing its title."""
    await pilot.press("ctrl+p")
    await type_text(pilot, title)
    await pilot.press("enter")


async def test_escape_from_a_screen_opened_from_the_review_summary_goes_back_to_it(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_export_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        # The quarter's review is finished: s opens its summary.
        await pilot.press("r", "s")
        summary = [HomeScreen, ReviewsScreen, ReviewSummaryScreen]
        await settle_on(pilot, app, summary)

        await pilot.press("g")
        await settle_on(pilot, app, [*summary, GapScreen])
        await pilot.press("escape")
        await settle_on(pilot, app, summary)

        await pilot.press("j")
        await settle_on(pilot, app, [*summary, JournalScreen])
        await pilot.press("escape")
        await settle_on(pilot, app, summary)

        await pilot.press("escape")
        await settle_on(pilot, app, [HomeScreen, ReviewsScreen])


def gap_rows(gaps: Screen[object]) -> list[list[str]]:
    """The gap table's rows as shown, cell by cell."""
    table = gaps.query_one("#gap-table", DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_back_on_the_gap_view_it_shows_a_win_deleted_in_the_journal_over_it(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_export_demo(store, clock.today())
    count = len(store.wins())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await settle_on(pilot, app, [HomeScreen, GapScreen])
        gaps = app.screen
        before = gap_rows(gaps)

        # The newest win, judged next-level for three dimensions, goes.
        await pilot.press("j")
        await settle_on(pilot, app, [HomeScreen, GapScreen, JournalScreen])
        await pilot.press("delete")
        await wait_until(pilot, lambda: len(store.wins()) == count - 1)

        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is gaps)
        await wait_until(pilot, lambda: gap_rows(gaps) != before)
        now = current_gaps(store, app.ladder, app.profile, clock.today())
        line = gaps.query_one("#gaps-line", Static)
        assert str(line.render()) == now.summary_line()


async def test_back_on_the_journal_it_lists_a_win_logged_over_it(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await settle_on(pilot, app, [HomeScreen, JournalScreen])
        journal = app.screen
        assert isinstance(journal, JournalScreen)

        # Logged from the palette's "Log a win", not from the journal's own key.
        app.action_quick_win()
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await type_text(pilot, "Cut the CI bill by $40k a year for every team")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is journal)

        table = journal.query_one("#wins", DataTable)
        await wait_until(pilot, lambda: table.row_count == 8)
        assert any("Cut the CI bill" in str(cell) for cell in table.get_row_at(0))


async def test_places_opened_by_the_palette_are_left_in_the_order_they_came(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await go_by_palette(pilot, "wins journal")
        await settle_on(pilot, app, [HomeScreen, JournalScreen])
        await go_by_palette(pilot, "promoted peers")
        await settle_on(pilot, app, [HomeScreen, JournalScreen, PeersScreen])
        await go_by_palette(pilot, "ladder browser")
        await settle_on(
            pilot, app, [HomeScreen, JournalScreen, PeersScreen, LadderScreen]
        )

        await pilot.press("escape")
        await settle_on(pilot, app, [HomeScreen, JournalScreen, PeersScreen])
        await go_by_palette(pilot, "go home")
        await settle_on(pilot, app, [HomeScreen])


async def test_hopping_between_two_places_brings_the_open_one_back_instead_of_piling_up(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await settle_on(pilot, app, [HomeScreen, GapScreen])
        gaps = app.screen

        for _ in range(3):
            await pilot.press("j")
            await settle_on(pilot, app, [HomeScreen, GapScreen, JournalScreen])
            await go_by_palette(pilot, "gap view")
            await settle_on(pilot, app, [HomeScreen, GapScreen])
            assert app.screen is gaps

        # Reviews opened from the gap view, Escape comes back to the gap view.
        await pilot.press("r")
        await settle_on(pilot, app, [HomeScreen, GapScreen, ReviewsScreen])
        await pilot.press("escape")
        await settle_on(pilot, app, [HomeScreen, GapScreen])


async def test_a_place_opened_over_a_form_keeps_its_typing_for_escape(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        await type_text(pilot, "Half a thought")
        # A form offers no way out in the palette; its help screen does.
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await go_by_palette(pilot, "gap view")
        await settle_on(pilot, app, [HomeScreen, LogWinScreen, GapScreen])

        await pilot.press("escape")
        await settle_on(pilot, app, [HomeScreen, LogWinScreen])
        assert app.screen.query_one("#title", TextArea).text == "Half a thought"


async def test_bringing_back_a_place_under_typed_text_asks_and_no_keeps_the_typing(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "ctrl+n")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await type_text(pilot, "Half a thought")
        app.action_open("journal")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert app.screen.question == catalogue.NAVIGATE_DISCARD

        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        assert stacked(app) == [HomeScreen, JournalScreen, LogWinScreen]
        assert app.screen.query_one("#title", TextArea).text == "Half a thought"


async def test_bringing_back_a_place_under_typed_text_after_yes_shows_it(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "ctrl+n")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await type_text(pilot, "Half a thought")
        app.action_open("journal")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))

        await pilot.press("y")
        await settle_on(pilot, app, [HomeScreen, JournalScreen])
        assert len(store.wins()) == 7


async def test_going_home_from_typed_text_asks_first(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        await type_text(pilot, "Half a thought")
        app.action_go_home()
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))


async def test_opening_the_screen_already_showing_does_nothing(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        journal = app.screen
        assert isinstance(journal, JournalScreen)

        app.action_open("journal")
        await pilot.pause()
        assert app.screen is journal
        assert stacked(app) == [HomeScreen, JournalScreen]


async def test_a_dialog_on_the_route_is_closed_as_escape_would_close_it(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        journal = app.screen_stack[-2]

        # The journal is already open under the dialog: only the dialog closes.
        app.action_open("journal")
        await wait_until(pilot, lambda: app.screen is journal)
        assert stacked(app) == [HomeScreen, JournalScreen]

        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        app.action_open("gaps")
        await settle_on(pilot, app, [HomeScreen, JournalScreen, GapScreen])
        # The dialog answered "nothing chosen", so no win was edited or deleted.
        assert len(store.wins()) == 7


async def test_a_change_typed_in_the_review_walk_is_not_dropped_by_a_route(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.screens.review_walk import ReviewWalkScreen
    from tests.test_review_flow import seed_quarter

    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s", "n", "c")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        assert not walk.is_dirty()

        await type_text(pilot, " and halved the pages")
        assert walk.is_dirty()
        app.action_open("gaps")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is walk)
        assert walk.is_dirty()
