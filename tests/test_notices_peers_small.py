"""Notices stay short and stay behind when the user moves on; the promoted peers'
common ground reads in full at 80×24; small wording and palette fixes."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import DataTable, Select, Static
from textual.widgets._select import SelectOverlay
from textual.widgets._toast import Toast

from careerclimb_tui import app as careerclimb_app
from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.gaps import latest_verdicts
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.peers import PeersScreen
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.screens.settings import SettingsScreen
from careerclimb_tui.store import Store
from tests.helpers import (
    make_app,
    notices,
    open_problem_page,
    run_app,
    save_driving,
    type_text,
    wait_until,
)

TRACKER_NOTICE = "Reading saved."


async def test_a_notice_raised_on_the_tracker_is_gone_once_the_review_opens(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, "Cut CI time")
    async with run_app(store, clock) as (app, pilot):
        await open_problem_page(pilot)
        # Long-lived, so only leaving the tracker can take it down in time.
        app.screen.notify(TRACKER_NOTICE, timeout=600)
        await wait_until(pilot, lambda: TRACKER_NOTICE in notices(app))

        await pilot.press("ctrl+p")
        await type_text(pilot, "quarterly review")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        await pilot.pause()

        assert TRACKER_NOTICE not in notices(app)


def saved_shown(app: App[None]) -> bool:
    """Whether the notice of a newly saved win is on screen."""
    return any(told.startswith("Saved win #") for told in notices(app))


async def test_a_saved_notice_shows_on_the_screen_below_and_goes_once_another_opens(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Notices outlast a slow run, so only a change of screen takes one down.
    monkeypatch.setattr(careerclimb_app, "NOTE_MIN_SECONDS", 600.0)
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("k")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await type_text(pilot, "Deploy failures dropped 40% in a month")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.pause()
        assert saved_shown(app), "the form's news stays as it closes"

        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.pause()

        assert not saved_shown(app)


async def test_the_notice_of_a_win_linked_to_a_problem_fits_three_lines(
    store: Store, clock: FixedClock
) -> None:
    text = catalogue.PROBLEM_WIN_LINKED_NEXT.format(
        id=12, step=catalogue.INITIATIVE_STEP_RESULT_LOGGED
    )
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        app.notify(text)
        await wait_until(pilot, lambda: bool(app.screen.query(Toast)))
        await pilot.pause()
        toast = app.screen.query_one(Toast)

        assert toast.content_region.height <= 3


# --- promoted peers: the common ground can be read in full at 80×24 --------------


async def open_peers(pilot: Pilot[None]) -> PeersScreen:
    """Press P on the home screen and return the promoted peers once they show."""
    await pilot.press("P")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, PeersScreen))
    screen = pilot.app.screen
    assert isinstance(screen, PeersScreen)
    await pilot.pause()
    return screen


def last_line_shown(screen: PeersScreen) -> bool:
    """Whether the bottom of the pattern section is inside the visible page."""
    body = screen.query_one("#peers-body", VerticalScroll)
    pattern = screen.query_one("#pattern", Static)
    seen_to = body.scroll_offset.y + body.scrollable_content_region.height
    return pattern.virtual_region.bottom <= seen_to


@pytest.mark.parametrize("key", ["end", "pagedown"])
async def test_the_common_ground_is_brought_into_view_from_the_list(
    store: Store, clock: FixedClock, key: str
) -> None:
    seed_full_demo(store, clock.today())
    async with run_app(store, clock) as (app, pilot):
        peers = await open_peers(pilot)
        assert isinstance(app.focused, DataTable)
        assert not last_line_shown(peers)

        for _ in range(10):
            await pilot.press(key)
            await pilot.pause()
            if last_line_shown(peers):
                break

        assert last_line_shown(peers)
        assert isinstance(app.focused, DataTable)


async def test_the_common_ground_names_your_next_level_wins(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    verdicts = latest_verdicts(store.reviews())
    next_level = [
        win
        for win in store.wins()
        if verdicts.get(win.id or 0) is VerdictKind.NEXT_LEVEL
    ]
    async with run_app(store, clock) as (app, pilot):
        peers = await open_peers(pilot)
        shown = str(peers.query_one("#pattern", Static).render())

    assert next_level
    assert any(f"“{win.title[:15]}" in shown for win in next_level)


# --- small fixes ---------------------------------------------------------------


async def test_the_open_theme_list_shows_every_theme_at_80_by_24(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        app.action_open("settings")
        await wait_until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        await wait_until(pilot, lambda: bool(app.screen.query("#theme")))
        picker = app.screen.query_one("#theme", Select)
        await wait_until(pilot, lambda: app.focused is picker)
        await pilot.press("enter")
        overlay = picker.query_one(SelectOverlay)
        await wait_until(pilot, lambda: overlay.display)
        await pilot.pause()

        assert overlay.option_count == len(app.available_themes)
        assert overlay.max_scroll_y == 0
