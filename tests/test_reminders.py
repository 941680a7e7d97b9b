"""Reminders on opening the app, and the settings that keep them and the theme."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from textual.widgets import Select, Static, Switch

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.reminders import (
    CYCLE_CLOSING,
    NO_RECENT_WIN,
    QUARTER_ENDING,
    reminders_for,
)
from careerclimb_tui.domain.review import start_review
from careerclimb_tui.screens.settings import SettingsScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.settings_docs import load_settings
from tests.helpers import make_app, wait_until

TODAY = dt.date(2026, 11, 18)
NOW = dt.datetime(2026, 11, 18, 9, tzinfo=dt.timezone.utc)


def win(days_ago: int, win_id: int = 1) -> Win:
    return Win(title="x", date=TODAY - dt.timedelta(days=days_ago), id=win_id)


@pytest.mark.parametrize(
    ("today", "last_win_days_ago", "cycle", "reviewed", "expected"),
    [
        (TODAY, 3, None, False, []),
        (TODAY, 13, None, False, []),
        (TODAY, 14, None, False, [NO_RECENT_WIN]),
        (dt.date(2026, 12, 21), 0, None, False, [QUARTER_ENDING]),
        (dt.date(2026, 12, 21), 0, None, True, []),
        (dt.date(2026, 12, 20), 0, None, False, []),
        (TODAY, 0, dt.date(2027, 1, 13), False, [CYCLE_CLOSING]),
        (TODAY, 0, dt.date(2027, 3, 31), False, []),
        (TODAY, 0, dt.date(2026, 11, 1), False, []),
        (
            dt.date(2026, 12, 31),
            20,
            dt.date(2027, 1, 2),
            False,
            [NO_RECENT_WIN, QUARTER_ENDING, CYCLE_CLOSING],
        ),
    ],
)
def test_reminders_follow_the_users_data(
    today: dt.date,
    last_win_days_ago: int,
    cycle: dt.date | None,
    reviewed: bool,
    expected: list[str],
) -> None:
    from dataclasses import replace

    wins = [Win(title="x", date=today - dt.timedelta(days=last_win_days_ago), id=1)]
    profile = replace(DEMO_PROFILE, cycle_closes=cycle)
    reviews = [start_review(quarter_of(today), wins, NOW)] if reviewed else []
    found = reminders_for(wins, reviews, [], profile, today)
    assert [r.key for r in found] == expected


def test_a_reminder_turned_off_stays_quiet() -> None:
    found = reminders_for([win(30)], [], [], DEMO_PROFILE, TODAY, {NO_RECENT_WIN})
    assert found == []


def test_no_reminders_before_set_up() -> None:
    assert reminders_for([win(30)], [], [], None, TODAY) == []


async def test_the_app_reminds_on_opening_and_not_once_turned_off(
    store: Store, clock: FixedClock
) -> None:
    # The cycle closing soon keeps a reminder on, so that opening the app again
    # shows when the reminders have come, and which.
    store.save_profile(
        replace(DEMO_PROFILE, cycle_closes=clock.today() + dt.timedelta(days=40))
    )
    store.add_win(Win(title="Old win", date=clock.today()))
    clock.advance(days=20)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        # The reminders come once the data file is read, after the first frame.
        await wait_until(
            pilot, lambda: any("20 days" in n.message for n in app._notifications)
        )
        app.action_open("settings")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        screen.query_one(f"#remind-{NO_RECENT_WIN}", Switch).value = False
        await pilot.press("f2")
        await wait_until(pilot, lambda: not isinstance(app.screen, SettingsScreen))
    assert NO_RECENT_WIN in load_settings(store).reminders_off

    again = make_app(Store(store.path, clock=clock), clock)
    async with again.run_test(size=(100, 30)) as pilot:
        await wait_until(
            pilot,
            lambda: any("cycle closes" in n.message for n in again._notifications),
        )
        assert again.is_running
        assert not any("20 days" in n.message for n in again._notifications)


async def test_the_theme_picked_is_remembered(store: Store, clock: FixedClock) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_open("settings")
        await pilot.pause()
        app.screen.query_one("#theme", Select).value = "nord"
        await pilot.pause()
        assert app.theme == "nord"
        await wait_until(pilot, lambda: load_settings(store).theme == "nord")

    again = make_app(Store(store.path, clock=clock), clock)
    async with again.run_test(size=(100, 30)):
        assert again.theme == "nord"


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_whole_settings_form_and_its_save_button_fit_the_screen(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        app.action_open("settings")
        await wait_until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        await pilot.pause()
        screen = app.screen
        form = screen.query_one("#settings")
        visible = form.content_region

        # Nothing has to scroll into view, so nothing is cut off.
        assert form.max_scroll_y == 0
        for widget in [
            screen.query_one("#theme"),
            *screen.query(Switch),
            screen.query_one("#save"),
        ]:
            region = widget.region
            assert region.height == widget.outer_size.height, widget
            assert visible.contains_region(region), (widget, region, visible)


async def test_each_reminder_switch_says_on_or_off_in_words(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_open("settings")
        await wait_until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        await pilot.pause()
        switch = app.screen.query_one(f"#remind-{NO_RECENT_WIN}", Switch)
        state = switch.parent.query_one(".switch-state", Static)
        assert str(state.render()) == "On"
        switch.focus()
        await pilot.press("space")
        assert switch.value is False
        assert str(state.render()) == "Off"


@pytest.mark.parametrize(
    ("dated_days_ago", "logged_days_ago", "reminded"),
    [
        (20, None, True),
        (20, 20, True),
        (20, 0, False),
        (20, 13, False),
        (3, 30, False),
    ],
    ids=[
        "no log time",
        "logged that day",
        "back-dated today",
        "logged 13 days ago",
        "dated after logging",
    ],
)
def test_a_win_logged_lately_counts_even_when_dated_earlier(
    dated_days_ago: int, logged_days_ago: int | None, reminded: bool
) -> None:
    logged = (
        NOW - dt.timedelta(days=logged_days_ago)
        if logged_days_ago is not None
        else None
    )
    back_dated = replace(win(dated_days_ago), created_at=logged)
    found = reminders_for([back_dated], [], [], DEMO_PROFILE, TODAY)
    assert (NO_RECENT_WIN in [r.key for r in found]) is reminded


async def test_several_reminders_come_in_one_notice(
    store: Store, clock: FixedClock
) -> None:
    # No win for three weeks and the cycle closing soon: two reminders, one notice.
    store.save_profile(
        replace(DEMO_PROFILE, cycle_closes=clock.today() + dt.timedelta(days=40))
    )
    store.add_win(Win(title="Old win", date=clock.today()))
    clock.advance(days=21)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_until(pilot, lambda: bool(app._notifications))
        [notice] = list(app._notifications)
        assert notice.title == "Reminders"
        assert "21 days" in notice.message and "cycle closes" in notice.message
