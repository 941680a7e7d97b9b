"""Enter walks a form: once a theme is picked it moves on to the reminders, and
a win's date that cannot be used keeps the focus with the reason under it."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Select, Switch

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.reminders import REMINDER_KEYS
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.settings import SettingsScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.fields import FieldError
from tests.helpers import make_app, run_app, wait_until


async def test_enter_after_picking_a_theme_moves_on_to_the_reminders(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_open("settings")
        await wait_until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        await wait_until(pilot, lambda: bool(app.screen.query("#theme")))
        theme = app.screen.query_one("#theme", Select)
        await wait_until(pilot, lambda: theme.has_focus)
        before = app.theme

        await pilot.press("enter")
        await wait_until(pilot, lambda: theme.expanded)
        await pilot.press("down", "down", "enter")
        await wait_until(pilot, lambda: not theme.expanded)
        await wait_until(pilot, lambda: app.theme != before)
        picked = app.theme

        await pilot.press("enter")
        first = app.screen.query_one(f"#remind-{REMINDER_KEYS[0]}", Switch)
        await wait_until(pilot, lambda: first.has_focus)
        assert not theme.expanded
        assert app.theme == picked


@pytest.mark.parametrize("typed", ["2027-01-01", "31/02/2026"])
@pytest.mark.parametrize("key", ["k", "w"], ids=["quick", "guided"])
async def test_enter_on_a_bad_win_date_says_why_and_keeps_the_focus(
    store: Store, clock: FixedClock, key: str, typed: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press(key)
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        date = form.query_one("#date", Input)
        date.focus()
        await wait_until(pilot, lambda: app.focused is date)
        date.value = typed

        await pilot.press("enter")
        error = form.query_one("#date-error", FieldError)
        await wait_until(pilot, lambda: bool(error.message))
        await pilot.pause()
        assert app.focused is date

        date.value = "2026-11-02"
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.focused is not date)
        assert not error.message
