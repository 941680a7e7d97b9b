"""The rehearsal's end reads as one page, the criteria page offers the keys it
names, and a question keeps the notices raised before it, clear of its buttons."""

from __future__ import annotations

import re

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Footer, Input, Static

# Not exported by textual.widgets: the widgets the footer and the notices draw.
from textual.widgets._footer import FooterKey
from textual.widgets._toast import Toast

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_manager_demo
from careerclimb_tui.screens.manager_criteria import CriteriaScreen
from careerclimb_tui.screens.manager_rehearsal import (
    ENDED,
    TALKING,
    RehearsalScreen,
)
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, wait_until

ASK = (
    "I want to get to Senior engineer in the next cycle. What would I need to "
    "demonstrate, specifically?"
)
PUSH = "Can you give me an example of the kind of work that would count?"
FOLLOW_UP = "Can we check in on these in four weeks?"


async def start_rehearsal(pilot: Pilot[None]) -> RehearsalScreen:
    """Open a rehearsal with a known manager and start talking."""
    pilot.app.push_screen(RehearsalScreen(seed=725402))
    await pilot.pause()
    await pilot.press("s")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, RehearsalScreen) and screen.phase == TALKING
    return screen


async def say(pilot: Pilot[None], screen: RehearsalScreen, line: str) -> None:
    screen.query_one("#say", Input).value = line
    await pilot.press("enter")
    await pilot.pause()
    await pilot.pause()


def showing_a_vertical_scrollbar(screen: Widget) -> list[Widget]:
    """The widgets on the screen that draw a vertical scrollbar the user sees."""
    return [
        widget
        for widget in [screen, *screen.query("*")]
        if widget.show_vertical_scrollbar and widget.region.area > 0
    ]


# --- 1. The rehearsal's end is one scrolling page, its scorecard clear of the bar --


async def test_the_rehearsal_end_scrolls_as_one_page_with_the_card_clear_of_its_bar(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_rehearsal(pilot)
        for line in (ASK, PUSH):
            await say(pilot, screen, line)
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert screen.phase == ENDED

        chat = screen.query_one("#chat", VerticalScroll)
        card = screen.query_one("#scorecard")
        scrolling = showing_a_vertical_scrollbar(screen)
        bar_x = chat.scrollable_content_region.right
        card_right = card.region.right

        await pilot.press("pagedown", "pagedown", "pagedown")
        await pilot.pause()
        last_line = card.children[-1].region
        shown = chat.region
        footer = screen.query_one(Footer).region

    assert scrolling == [chat]
    # At least one blank column between the card's border and the scrollbar.
    assert card_right < bar_x
    assert last_line.height > 0
    assert shown.y <= last_line.y
    assert last_line.bottom <= shown.bottom <= footer.y


async def test_the_box_kept_after_the_end_is_ruled_off_from_the_scorecard(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_rehearsal(pilot)
        while screen.phase != ENDED:
            await say(pilot, screen, FOLLOW_UP)
        keys = screen.query_one("#say-keys", Static).region
        rows = [strip.text for strip in app.screen._compositor.render_strips()]
        scrolling = showing_a_vertical_scrollbar(screen)
        chat = screen.query_one("#chat")

    assert screen.box_kept
    # The rule carries the words that the meeting is over, a space either side
    # of them, and nothing else.
    rule = rows[keys.y - 1].strip()
    padded = f"─ {catalogue.MANAGER_REHEARSE_OVER_TITLE} ─"
    assert rule.startswith(padded)
    assert set(rule.replace(padded, "")) == {"─"}
    assert scrolling == [chat]


# --- 2. Every key the criteria page names is in its footer -------------------------


def keys_named(text: str, keys: list[str]) -> set[str]:
    """The keys the text names as keys: "(x)", "x writes", "press n"."""
    return {
        key
        for key in keys
        if re.search(rf"(?:^|[\s(]){re.escape(key)}(?=[\s),.:]|$)", text)
    }


async def test_every_key_the_criteria_page_names_is_shown_in_its_footer(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        screen = app.screen
        await wait_until(pilot, lambda: bool(screen.query(FooterKey)))
        texts = [str(screen.query_one("#criteria-next").render())]
        for _ in screen.found:
            await pilot.pause()
            texts.append(str(screen.query_one("#criterion-detail").render()))
            await pilot.press("down")
        texts.append(catalogue.MANAGER_CRITERIA_NONE)
        bound = [app.get_key_display(binding) for _, binding in screen._bindings]
        named = keys_named(" ".join(" ".join(texts).split()), bound)
        shown = {
            key.key_display
            for key in screen.query_one(Footer).query(FooterKey)
            if not key.has_class("-command-palette")
        }

    assert {"x", "n"} <= named
    assert named <= shown


# --- 3. A question keeps the notices raised before it, clear of its buttons --------


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
async def test_a_notice_raised_before_a_question_stays_and_clear_of_its_buttons(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        # A save that failed, told before the question that follows it.
        saved = catalogue.MANAGER_CRITERION_NOT_SAVED
        app.notify(saved, severity="error", timeout=60)
        # Two more notices stack the first one up, level with the buttons.
        for _ in range(2):
            app.notify(catalogue.MANAGER_WIN_DIMENSION_NOT_SAVED, timeout=60)
        await pilot.press("delete")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await wait_until(pilot, lambda: len(app.screen.query(Toast)) == 3)
        await pilot.pause()
        told = [note.message for note in app._notifications]
        toasts = [toast.region for toast in app.screen.query(Toast)]
        buttons = [button.region for button in app.screen.query(Button)]

    assert saved in told
    assert len(buttons) == 2
    assert not [
        (button, toast)
        for button in buttons
        for toast in toasts
        if button.overlaps(toast)
    ]
