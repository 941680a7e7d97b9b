"""One End shows the help's last line; every screen opens on its title.

The help's "more below" line takes a row while it shows, so the end of the page
moves as it comes and goes; a scroll already on its way to the end goes on to
wherever the end now is. A screen that focuses a tall table or list as it opens
keeps its title and summary in view until a key acts on the focused widget.
"""

from __future__ import annotations

import pytest
from textual.containers import ScrollableContainer
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_problem_demo
from careerclimb_tui.screens.help import HelpPage, HelpScreen
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, open_problem_page, wait_until


def career(store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())


async def end_as_the_help_opens(pilot: Pilot[None]) -> HelpPage:
    """Open the help and press End at once, as a fast typist would.

    At the sizes used here the page fits at first; its scroll bar then takes
    two columns, the text wraps longer and the "more below" line shows, after
    End has aimed at the end as it was.
    """
    await pilot.press("question_mark")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))
    await pilot.press("end")
    return pilot.app.screen.query_one(HelpPage)


async def settled_at_the_end(pilot: Pilot[None], page: HelpPage) -> None:
    more = page.query_one("#help-more", Static)
    await wait_until(
        pilot,
        lambda: (
            not more.display
            and page.scroll_target_y == page.max_scroll_y
            and page.scroll_y == page.max_scroll_y
        ),
    )
    await pilot.pause()
    assert not more.display, "the last line is in view, not the more-below line"
    assert page.scroll_y == page.max_scroll_y


async def test_one_end_shows_the_last_line_of_the_home_help(
    store: Store, clock: FixedClock
) -> None:
    career(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(60, 39)) as pilot:
        await home_read(pilot)
        page = await end_as_the_help_opens(pilot)
        await settled_at_the_end(pilot, page)


async def test_one_end_shows_the_last_line_of_the_problem_help(
    store: Store, clock: FixedClock
) -> None:
    career(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(60, 36)) as pilot:
        await home_read(pilot)
        await open_problem_page(pilot)
        page = await end_as_the_help_opens(pilot)
        await settled_at_the_end(pilot, page)


def scrolled(widget: Widget) -> list[tuple[str, float]]:
    """Every scrolling page of a screen (the screen too) not at its top."""
    pages = [widget, *widget.query(ScrollableContainer)]
    return [
        (page.id or type(page).__name__, page.scroll_y)
        for page in pages
        if page.scroll_y
    ]


MAIN_KEYS = ("w", "k", "j", "r", "g", "l", "o", "m", "p", "x", "P", "e", "v")
"""Home's keys to the main screens."""


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_every_main_screen_opens_at_its_top(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    career(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        for key in MAIN_KEYS:
            await home_read(pilot)
            await pilot.press(key)
            await wait_until(pilot, lambda: not isinstance(app.screen, HomeScreen))
            opened = app.screen
            await wait_until(pilot, lambda: opened.focused is not None)
            # Textual scrolls to a focused widget after the next refresh.
            await pilot.pause()
            await pilot.pause()
            assert scrolled(opened) == [], f"{key} opens {type(opened).__name__}"
            await pilot.press("escape")


async def test_a_key_brings_a_list_below_the_fold_into_view(
    store: Store, clock: FixedClock
) -> None:
    career(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        await home_read(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: not isinstance(app.screen, HomeScreen))
        hub = app.screen
        await wait_until(pilot, lambda: hub.focused is not None)
        await pilot.pause()
        steps = hub.focused
        assert steps is not None
        assert not hub.can_view_partial(steps), "the title shows, the list below"

        await pilot.press("down")
        await wait_until(pilot, lambda: hub.can_view_partial(steps))
