"""Enter on a recent win of home opens it in full, as the journal does; Esc comes
back home, and home's help names the key."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.help import screen_keys
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.journal import WinDetailScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, notices, wait_until


async def test_down_then_enter_opens_the_second_recent_win_and_esc_comes_home(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await home_read(pilot)
        assert home._recent is not None
        second = home._recent[1]

        await pilot.press("down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        detail = app.screen
        assert isinstance(detail, WinDetailScreen)
        assert detail.win.id == second.id and not detail.read_only

        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is home)
        assert app.focused is home.query_one("#recent", DataTable)


async def test_a_recent_win_is_edited_or_deleted_from_its_detail(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await home_read(pilot)
        assert home._recent is not None
        first = home._recent[0]

        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is home)

        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        await pilot.press("d")
        deleted = catalogue.JOURNAL_DELETED.format(id=first.id)
        await wait_until(pilot, lambda: deleted in notices(app))
        await wait_until(
            pilot, lambda: first.id not in [win.id for win in home._recent or []]
        )
        assert app.screen is home
        assert [win.id for win in app.deleted_wins] == [first.id]
        assert first.id not in [win.id for win in store.wins()]


async def test_homes_help_names_the_key_that_opens_a_recent_win(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await home_read(pilot)
        keys = screen_keys(home)
        more = str(home.query_one("#home-keys", Static).render())

    assert ("Enter", "Open win") in keys
    assert "Open win" not in more


async def test_home_without_wins_opens_nothing_and_says_why(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.demo import DEMO_PROFILE

    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await home_read(pilot)
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(notices(app)))
        assert app.screen is home
        assert isinstance(home, HomeScreen)
        assert notices(app) == [catalogue.KEY_DIMMED_REASONS["home.open_win"]]
