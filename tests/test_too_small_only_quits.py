"""While the terminal is too small to use, only the notice shows and only
quitting works."""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmallScreen
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


@pytest.mark.parametrize("size", [(36, 10), (39, 11), (30, 8)])
async def test_the_too_small_notice_lines_start_in_the_same_column(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        notice = app.screen.query_one("#too-small", Static)
        width, height = notice.outer_size
        drawn = notice.render_lines(Region(0, 0, width, height))
        lines = [strip.text.rstrip() for strip in drawn if strip.text.strip()]

    said = catalogue.TOO_SMALL.format(width=MIN_WIDTH, height=MIN_HEIGHT)
    assert " ".join(line.strip() for line in lines) == " ".join(said.split())
    indents = {len(line) - len(line.lstrip()) for line in lines}
    assert len(indents) == 1, lines
    assert indents != {0}, "the notice keeps off the window's edge"
