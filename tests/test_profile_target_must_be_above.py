"""The profile keeps a target above the current level: at the top of the ladder
there is nothing to aim for, and the form says so rather than saving a target
equal to the level the user is at."""

from __future__ import annotations

import pytest
from textual.widgets import Select

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.target import target_problem
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.setup import SetupScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.fields import FieldError
from tests.helpers import make_app, wait_until

LADDER = load_shelf().ladders["software-engineer"]
NONE_ABOVE = catalogue.SETUP_TARGET_NONE_ABOVE.format(level="Principal engineer")


@pytest.mark.parametrize(
    ("current", "target", "problem"),
    [
        ("mid", "senior", ""),
        ("mid", "principal", ""),
        ("senior", "senior", catalogue.SETUP_TARGET_NOT_ABOVE),
        ("senior", "mid", catalogue.SETUP_TARGET_NOT_ABOVE),
        ("principal", "principal", NONE_ABOVE),
        ("principal", "staff", NONE_ABOVE),
        ("nowhere", "senior", ""),
    ],
)
def test_a_target_has_to_be_above_the_current_level(
    current: str, target: str, problem: str
) -> None:
    assert target_problem(LADDER, current, target) == problem


async def test_the_form_will_not_save_the_top_level_as_its_own_target(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        form = app.screen
        form.query_one("#current", Select).value = "principal"
        await wait_until(
            pilot, lambda: form.query_one("#target", Select).value == "principal"
        )
        error = form.query_one("#target-error", FieldError)
        await wait_until(pilot, lambda: error.message == NONE_ABOVE)

        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        assert error.display and error.message == NONE_ABOVE
        assert form.focused is form.query_one("#current", Select)

        # Back below the top, the target moves up again and the form saves.
        form.query_one("#current", Select).value = "staff"
        await wait_until(pilot, lambda: not error.message)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: not isinstance(app.screen, SetupScreen))
    saved = store.profile()
    assert saved is not None
    assert (saved.current_level, saved.target_level) == ("staff", "principal")
