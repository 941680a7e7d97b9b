"""A field of the log-a-win form that is too narrow for its text says so once left."""

from __future__ import annotations

from textual.widgets import Input

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text

LONG = "The VP of Engineering mentioned it in the all-hands on Friday"


def shown(field: Input) -> str:
    """The field's line as the screen shows it, without its trailing blanks."""
    return field.render_line(0).text.rstrip()


async def test_a_cut_text_ends_in_an_ellipsis_once_the_field_is_left(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w")
        noticed = app.screen.query_one("#noticed", Input)
        noticed.focus()
        await type_text(pilot, LONG)
        app.screen.query_one("#date", Input).focus()
        await pilot.pause()
        left = shown(noticed)

        noticed.focus()
        await pilot.pause()
        back = shown(noticed)

    assert left.endswith("…"), left
    assert LONG.startswith(left[:-1]), left
    assert "…" not in back


async def test_a_text_that_fits_shows_whole_with_no_ellipsis(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w")
        noticed = app.screen.query_one("#noticed", Input)
        noticed.focus()
        await type_text(pilot, "The VP")
        app.screen.query_one("#date", Input).focus()
        await pilot.pause()

        assert shown(noticed) == "The VP"
