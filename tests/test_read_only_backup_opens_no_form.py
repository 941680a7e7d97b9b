"""A backup opened read-only offers no key that leads to a change, on any screen."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.screen import Screen

from careerclimb_tui import catalogue
from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.peers import PeersScreen
from careerclimb_tui.screens.problem_hub import ProblemHubScreen
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.store import Store
from tests.helpers import wait_until
from tests.test_damaged_flow import BROKEN, app_for, damaged_store


def offered_actions(screen: Screen[object]) -> set[str]:
    """The actions of the keys the screen offers now (footer, help, palette)."""
    return {active.binding.action for active in screen.active_bindings.values()}


async def press_and_hear(pilot: Pilot[None], key: str) -> list[str]:
    """Press ``key`` and return what the app says about it."""
    app = pilot.app
    app.clear_notifications()
    await pilot.press(key)
    await wait_until(pilot, lambda: bool(app._notifications))
    return [notice.message for notice in app._notifications]


async def opened_read_only(pilot: Pilot[None], app: CareerClimbApp) -> HomeScreen:
    await pilot.press("o")
    await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
    assert app.store.read_only
    home = app.screen
    assert isinstance(home, HomeScreen)
    await pilot.pause()
    return home


async def test_home_offers_no_profile_form_in_a_read_only_backup(
    store: Store, clock: FixedClock
) -> None:
    problem = damaged_store(store, clock)
    app = app_for(store, clock, problem)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await opened_read_only(pilot, app)

        offered = offered_actions(home)
        assert not offered & {"app.edit_profile", "app.log_win", "app.quick_win"}
        assert "Profile" not in str(home.query_one("#home-keys").render())

        for key in ("e", "k"):
            said = await press_and_hear(pilot, key)
            assert said == [catalogue.STORE_READ_ONLY_NO_FORM]
            assert app.screen is home, f"{key} opened a form that cannot save"
    assert store.path.read_bytes() == BROKEN


async def test_no_review_walk_starts_in_a_read_only_backup(
    store: Store, clock: FixedClock
) -> None:
    problem = damaged_store(store, clock)
    app = app_for(store, clock, problem)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened_read_only(pilot, app)
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        reviews = app.screen
        await pilot.pause()

        assert not offered_actions(reviews) & {"start", "rerun"}
        keys = str(reviews.query_one("#reviews-keys").render())
        assert catalogue.REVIEWS_KEYS_READ_ONLY in keys
        state = str(reviews.query_one("#quarter-state").render())
        assert "Press s" not in state and "in this backup" in state

        for key in ("s", "r"):
            said = await press_and_hear(pilot, key)
            assert said == [catalogue.STORE_READ_ONLY_NO_FORM]
            assert app.screen is reviews, f"{key} opened a walk that cannot save"
        assert app.store.reviews() == []
    assert store.path.read_bytes() == BROKEN


async def test_peers_offer_no_new_peer_in_a_read_only_backup(
    store: Store, clock: FixedClock
) -> None:
    problem = damaged_store(store, clock)
    app = app_for(store, clock, problem)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened_read_only(pilot, app)
        await pilot.press("P")
        await wait_until(pilot, lambda: isinstance(app.screen, PeersScreen))
        peers = app.screen
        await pilot.pause()

        assert not offered_actions(peers) & {"new", "edit", "delete"}
        said = await press_and_hear(pilot, "n")
        assert said == [catalogue.STORE_READ_ONLY_NO_FORM]
        assert app.screen is peers
    assert store.path.read_bytes() == BROKEN


async def test_no_problem_is_started_in_a_read_only_backup(
    store: Store, clock: FixedClock
) -> None:
    problem = damaged_store(store, clock)
    app = app_for(store, clock, problem)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened_read_only(pilot, app)
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))
        hub = app.screen
        await pilot.pause()

        assert not offered_actions(hub) & {"find", "write_own"}
        card = str(hub.query_one("#hub-active").render())
        assert "Press f" not in card and "read-only" in card
        said = await press_and_hear(pilot, "w")
        assert said == [catalogue.STORE_READ_ONLY_NO_FORM]
        assert app.screen is hub
    assert store.path.read_bytes() == BROKEN
