"""A win saved without saying what was done is refused under the title field.

The reason shows on the line under "What did you do?", the focus goes there
from wherever the save was asked, no notice pops up, and typing a title takes
the reason away, as the date and the figures do.
"""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.fields import FieldError
from tests.helpers import notices, run_app, type_text, wait_until

SMALL = (80, 24)


@pytest.mark.parametrize("key", ["w", "k"], ids=["guided", "quick"])
async def test_an_empty_title_is_said_under_the_field_with_the_focus_there(
    store: Store, clock: FixedClock, key: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock, SMALL) as (app, pilot):
        await pilot.press(key)
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        assert isinstance(form, LogWinScreen)
        title = form.query_one("#title", TextArea)
        error = form.query_one("#title-error", FieldError)

        # Away from the title, in the field below it, and then save.
        await pilot.press("tab")
        assert app.focused is not title
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: error.display)

        assert error.message == catalogue.LOG_NEEDS_TEXT
        assert app.focused is title
        assert app.screen is form
        assert catalogue.LOG_NEEDS_TEXT not in notices(app)
        assert store.wins() == []

        await type_text(pilot, "Cut CI time")
        await wait_until(pilot, lambda: not error.display)
        assert error.message == ""

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

    [win] = store.wins()
    assert win.title == "Cut CI time"


async def test_a_blank_title_is_refused_like_an_empty_one(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock, SMALL) as (app, pilot):
        await pilot.press("k")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        error = form.query_one("#title-error", FieldError)

        await type_text(pilot, "   ")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: error.display)

        assert error.message == catalogue.LOG_NEEDS_TEXT
        assert app.focused is form.query_one("#title")
        assert store.wins() == []
