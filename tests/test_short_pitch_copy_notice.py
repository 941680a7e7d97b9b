"""Copying the 60-second pitch says where it went and how else to get it."""

from __future__ import annotations

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.pitch import PitchScreen, ShortPitchDialog
from careerclimb_tui.store import Store
from tests.helpers import make_app, notices, type_text, wait_until


async def test_copying_the_short_pitch_names_the_command_that_prints_it(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        pitch = app.screen

        # The latest saved pitch, untouched: the command prints the same text.
        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, ShortPitchDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: catalogue.PITCH_SHORT_COPIED in notices(app))
        assert "careerclimb pitch --short" in catalogue.PITCH_SHORT_COPIED
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is pitch)

        # Edited and not saved: the command would print the saved one, so the
        # notice asks for a save first.
        await pilot.press("enter")
        await type_text(pilot, "Briefly: ")
        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, ShortPitchDialog))
        await pilot.press("y")
        await wait_until(
            pilot, lambda: catalogue.PITCH_SHORT_COPIED_UNSAVED in notices(app)
        )
