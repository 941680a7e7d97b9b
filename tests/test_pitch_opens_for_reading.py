"""The pitch opens for reading: keys are keys until the user starts editing."""

from __future__ import annotations

from textual.widgets import TextArea

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.screens.help import HelpScreen
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until


async def test_question_mark_on_a_fresh_pitch_shows_help_and_types_nothing(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        pitch = app.screen
        assert isinstance(pitch, PitchScreen)
        area = pitch.query_one("#pitch-text", TextArea)
        assert app.focused is area
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is pitch)
        assert not pitch.is_edited()

        # An untouched pitch is left without a question.
        await pilot.press("escape")
        await wait_until(pilot, lambda: not pitch.is_attached)


async def test_enter_starts_editing_the_pitch(store: Store, clock: FixedClock) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        pitch = app.screen
        assert isinstance(pitch, PitchScreen)
        area = pitch.query_one("#pitch-text", TextArea)
        before = area.text
        await pilot.press("enter")
        await type_text(pilot, "?")
        assert area.text == "?" + before
        assert pitch.is_edited()
