"""The problems list takes the arrows whenever it is on screen, and how long
ago a conversation was reads in days under a week."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.containers import VerticalScroll
from textual.widgets import DataTable

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.criteria import Conversation
from careerclimb_tui.domain.dates import time_ago_in_words
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.manager_hub import ManagerHubScreen
from careerclimb_tui.screens.problem_catalog import ProblemCatalogScreen
from careerclimb_tui.screens.problem_hub import ProblemHubScreen
from careerclimb_tui.store import Store, criteria_docs
from careerclimb_tui.store.initiative_docs import initiatives
from tests.helpers import home_read, run_app, save_driving, wait_until

# --- Problems list: the list takes the keys from the start ------------------------


async def test_down_and_enter_on_the_problems_list_open_the_second_problem(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    async with run_app(store, clock) as (app, pilot):
        await home_read(pilot)
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))
        hub = app.screen
        assert isinstance(hub, ProblemHubScreen)
        await wait_until(pilot, lambda: isinstance(app.focused, DataTable))
        second = hub._shown[1]

        await pilot.press("down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        tracker = app.screen
        assert isinstance(tracker, InitiativeScreen)
        assert tracker.initiative_id == second.id


async def test_the_problems_list_keeps_its_row_on_coming_back_and_resizing(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    async with run_app(store, clock) as (app, pilot):
        await home_read(pilot)
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.focused, DataTable))
        hub = app.screen
        assert isinstance(hub, ProblemHubScreen)
        table = hub.query_one("#hub-list", DataTable)
        await pilot.press("down")
        await wait_until(pilot, lambda: table.cursor_row == 1)

        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is hub)
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert table.cursor_row == 1, "the row opened is still the one under the cursor"


async def test_the_problems_page_scrolls_when_there_is_no_list(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    assert not initiatives(store)
    async with run_app(store, clock) as (app, pilot):
        await home_read(pilot)
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))
        await wait_until(pilot, lambda: isinstance(app.focused, VerticalScroll))


async def test_a_list_that_appears_while_away_takes_the_keys_on_coming_back(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        await home_read(pilot)
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.focused, VerticalScroll))
        hub = app.screen
        # A first problem, owned while the catalogue is open over the list.
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemCatalogScreen))
        owned = save_driving(store, clock, "CI reruns eat the afternoon")
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is hub)

        await wait_until(pilot, lambda: isinstance(app.focused, DataTable))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        tracker = app.screen
        assert isinstance(tracker, InitiativeScreen)
        assert tracker.initiative_id == owned.id


# --- How long ago: days under a week, weeks after ----------------------------------


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (-1, "today"),
        (0, "today"),
        (1, "yesterday"),
        (3, "3 days ago"),
        (6, "6 days ago"),
        (7, "1 week ago"),
        (13, "1 week ago"),
        (14, "2 weeks ago"),
        (45, "6 weeks ago"),
    ],
)
def test_how_long_ago_reads_in_days_under_a_week(days: int, said: str) -> None:
    assert time_ago_in_words(days) == said


@pytest.mark.parametrize(("days", "said"), [(0, "today"), (3, "3 days ago")])
async def test_the_manager_screen_says_when_the_last_conversation_was(
    store: Store, clock: FixedClock, days: int, said: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    day = clock.today() - dt.timedelta(days=days)
    criteria_docs.record_conversation(store, Conversation(day, "What counts?"), [])
    async with run_app(store, clock) as (app, pilot):
        await home_read(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ManagerHubScreen))
        hub = app.screen
        assert isinstance(hub, ManagerHubScreen)
        await wait_until(pilot, lambda: f"({said})." in hub._status_text())
        assert "weeks ago" not in hub._status_text()
