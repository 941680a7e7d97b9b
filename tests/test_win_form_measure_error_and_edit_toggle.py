"""The win form: the coach does not call a measure missing while its fields
show an error, and switching an edited win back to the guided form keeps the
field the user was on."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Input, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Win
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.fields import FieldError
from tests.helpers import make_app, type_text, wait_until


def _verdict(screen: LogWinScreen) -> str:
    return " ".join(str(screen.query_one("#coach-verdict").render()).split())


async def test_the_coach_waits_for_a_measure_field_in_error(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("k")
        screen = app.screen
        assert isinstance(screen, LogWinScreen)
        await type_text(pilot, "Releases no longer slip on Fridays")
        for field, value in [
            ("#metric", "builds retried"),
            ("#unit", "%"),
            ("#before", "1,000"),
            ("#after", "150"),
        ]:
            screen.query_one(field, Input).value = value
        await pilot.pause()
        await pilot.press("ctrl+s")
        error = screen.query_one("#measure-error", FieldError)
        await wait_until(pilot, lambda: bool(error.message))

        assert "more than all of it" in error.message
        assert _verdict(screen).endswith(catalogue.COACH_MEASURE_UNREADABLE)
        assert catalogue.COACH_UNMEASURED not in _verdict(screen)
        hints = str(screen.query_one("#coach-hints").render())
        assert "Can you put a number" not in hints

        screen.query_one("#before", Input).value = "40"
        screen.query_one("#after", Input).value = "15"
        await wait_until(
            pilot, lambda: _verdict(screen).endswith(catalogue.COACH_MEASURED)
        )
        assert not error.message


async def test_back_to_guided_an_edited_win_keeps_the_field_in_use(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(Win(title="Cut deploy time", date=dt.date(2026, 11, 2)))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(LogWinScreen(win))
        await wait_until(pilot, lambda: bool(app.screen.query("#before")))
        screen = app.screen
        assert isinstance(screen, LogWinScreen)
        before = screen.query_one("#before", Input)
        before.focus()
        await wait_until(pilot, lambda: app.focused is before)

        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: screen.quick)
        assert app.focused is before
        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: not screen.quick)

        assert app.focused is before
        assert screen.query_one("#changed", TextArea).text == ""
