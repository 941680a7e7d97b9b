"""While the terminal is too small to use, only the notice shows and only
quitting works."""

from __future__ import annotations

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.too_small import TooSmallScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app


@pytest.mark.parametrize("key", ["f1", "question_mark", "ctrl+p", "w", "escape"])
async def test_a_too_small_terminal_opens_nothing_over_its_notice(
    store: Store, clock: FixedClock, key: str
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.resize_terminal(30, 8)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)

        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        assert [type(screen) for screen in app.screen_stack[1:]] == [
            HomeScreen,
            TooSmallScreen,
        ]

        # Given room again, the app is as it was.
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_a_too_small_terminal_still_quits(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(30, 8)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)

        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
