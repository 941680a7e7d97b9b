"""Going to a screen from anywhere lands on it above home, never on a trail."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.help import HelpScreen
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.journal import JournalScreen, WinDetailScreen
from careerclimb_tui.screens.ladder_browser import LadderScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.peers import PeersScreen
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


async def test_routes_opened_one_after_another_leave_home_and_the_last_one(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await go_by_palette(pilot, "wins journal")
        await settle_on(pilot, app, [HomeScreen, JournalScreen])

        await go_by_palette(pilot, "gap view")
        await settle_on(pilot, app, [HomeScreen, GapScreen])

        await go_by_palette(pilot, "promoted peers")
        await settle_on(pilot, app, [HomeScreen, PeersScreen])

        await go_by_palette(pilot, "ladder browser")
        await settle_on(pilot, app, [HomeScreen, LadderScreen])

        await pilot.press("escape")
        await settle_on(pilot, app, [HomeScreen])


async def test_a_route_key_on_a_route_screen_replaces_it_instead_of_stacking(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g", "r")
        await settle_on(pilot, app, [HomeScreen, ReviewsScreen])
        await pilot.press("escape")
        await settle_on(pilot, app, [HomeScreen])


async def test_leaving_typed_text_for_a_route_asks_and_no_keeps_the_typing(
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
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert app.screen.question == catalogue.NAVIGATE_DISCARD

        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        assert stacked(app) == [HomeScreen, LogWinScreen]
        assert app.screen.query_one("#title", TextArea).text == "Half a thought"


async def test_leaving_typed_text_for_a_route_after_yes_opens_the_route(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        await type_text(pilot, "Half a thought")
        app.action_open("gaps")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))

        await pilot.press("y")
        await settle_on(pilot, app, [HomeScreen, GapScreen])
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
        await settle_on(pilot, app, [HomeScreen, GapScreen])
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
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is walk)
