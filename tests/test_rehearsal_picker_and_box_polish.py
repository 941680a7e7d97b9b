"""The rehearsal says which difficulty it starts at, and when the meeting is over.

The difficulty picker points at the highlighted difficulty, so Down from the
start moves to the option the user sees next; the tough option reads plainly
within 80 columns. Once the manager ends the meeting, the say box itself says
that the meeting is over and that what is typed there is a note, not said
and not saved.
"""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from textual.widgets import Input, OptionList

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.rehearsal import DIFFICULTIES, EASY, REALISTIC
from careerclimb_tui.screens.manager_rehearsal import (
    ENDED,
    TALKING,
    RehearsalScreen,
)
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

POINTER = catalogue.MANAGER_DIFFICULTY_POINTER


def prompt_lines(prompt: object, width: int = 200) -> list[str]:
    """An option's prompt as the list draws it ``width`` columns wide."""
    console = Console(width=width, file=io.StringIO())
    with console.capture() as captured:
        console.print(prompt)
    return [line.rstrip() for line in captured.get().splitlines()]


def pointed(choices: OptionList) -> list[str]:
    """The ids of the options that show the pointer."""
    return [
        str(option.id)
        for option in choices.options
        if prompt_lines(option.prompt)[0].startswith(POINTER)
    ]


# --- 5. The picker shows where it starts, and Down goes to the next one ------------


@pytest.mark.parametrize("start", DIFFICULTIES)
async def test_down_from_the_pointed_difficulty_starts_the_next_one_shown(
    store: Store, clock: FixedClock, start: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=0, difficulty=start))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        choices = screen.query_one("#difficulty", OptionList)
        at_start = pointed(choices)
        shown = [str(option.id) for option in choices.options]

        await pilot.press("down")
        await pilot.pause()
        after_down = pointed(choices)
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.phase == TALKING)
        started = screen.difficulty

    following = shown[min(shown.index(start) + 1, len(shown) - 1)]
    assert at_start == [start]
    assert after_down == [following]
    assert started == following


def test_every_difficulty_reads_plainly_within_80_columns() -> None:
    labels = catalogue.MANAGER_DIFFICULTY_LABELS

    # The list's row inside the screen's margins, the list's border and the
    # pointer holds 64 columns.
    assert all(len(label) <= 64 for label in labels.values())
    assert "seen outside" not in labels["tough"]
    assert "outside your team" in labels["tough"]


async def test_the_realistic_default_is_pointed_at_on_screen(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=0))
        await pilot.pause()
        rows = [strip.text for strip in app.screen._compositor.render_strips()]

    pointed_at = f"{POINTER} {catalogue.MANAGER_DIFFICULTY_LABELS[REALISTIC]}"
    assert any(pointed_at in row for row in rows)


# --- 3. The kept box says the meeting is over, even while typing in it -------------


async def test_the_box_kept_after_the_meeting_says_it_is_over_while_typing(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=3, difficulty=EASY))
        await pilot.pause()
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        box = screen.query_one("#say-box")
        title_while_talking = box.border_title
        while screen.phase != ENDED:
            screen.query_one("#say", Input).value = "Could you tell me more?"
            await pilot.press("enter")
            await pilot.pause()

        # Typing on hides the placeholder; the box still says what it is now.
        await type_text(pilot, "and one more thing")
        await pilot.pause()
        svg = app.export_screenshot().replace("&#160;", " ")
        title_while_typing = box.border_title

        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+n", "y")
        await pilot.pause()
        await pilot.press("s")
        await wait_until(pilot, lambda: screen.phase == TALKING)
        title_next_time = box.border_title

    over = catalogue.MANAGER_REHEARSE_OVER_TITLE
    assert not title_while_talking
    assert title_while_typing == f" {over} "
    assert over in svg
    assert "The meeting is over" in svg
    assert "notes to yourself" in over and "not saved" in over
    assert not title_next_time
