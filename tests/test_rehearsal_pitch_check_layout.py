"""The rehearsal, the pitch and the problem check keep what matters in view.

Each screen is driven as a person would use it, at 80×24 or the smallest size the
app supports (40×12), and what lies inside the visible area is read back.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from textual.app import App
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo, seed_manager_demo
from careerclimb_tui.domain.records import Win
from careerclimb_tui.screens.manager_rehearsal import (
    ENDED,
    TALKING,
    RehearsalScreen,
)
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.screens.problem_check import CandidateCheckScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import save_pitch_version
from tests.helpers import run_app, wait_until

ASK = (
    "I want to get to Senior engineer in the next cycle. What would I need to "
    "demonstrate, specifically?"
)
PUSH = "Can you give me an example of the kind of work that would count?"


def rows_in_view(widget: Widget, scroller: Widget) -> int:
    """How many of the widget's rows show inside the scroller's visible area."""
    shown = widget.region.intersection(scroller.content_region)
    return shown.height


def fully_in_view(widget: Widget, scroller: Widget) -> bool:
    """True when every row of the widget shows inside the scroller."""
    return widget.region.height > 0 and rows_in_view(widget, scroller) == (
        widget.region.height
    )


@asynccontextmanager
async def rehearsal_started(
    store: Store, clock: FixedClock, size: tuple[int, int] = (80, 24)
) -> AsyncIterator[tuple[App[None], Pilot[None], RehearsalScreen]]:
    """On the sample career and its manager notes, run the app at ``size``, open a
    rehearsal with a known manager and start talking.

    Yields:
        The running app, its pilot, and the rehearsal on screen.
    """
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    async with run_app(store, clock, size) as (app, pilot):
        app.push_screen(RehearsalScreen(seed=725402))
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen) and screen.phase == TALKING
        yield app, pilot, screen


async def say(pilot: Pilot[None], screen: RehearsalScreen, line: str) -> None:
    screen.query_one("#say", Input).value = line
    await pilot.press("enter")
    await pilot.pause()
    await pilot.pause()


async def ask_then_push(pilot: Pilot[None], screen: RehearsalScreen) -> None:
    """Ask what to demonstrate, then push the vague answer for an example."""
    for line in (ASK, PUSH):
        await say(pilot, screen, line)


# --- 1. The manager's newest reply is read whole; page keys scroll the chat --------


async def test_the_newest_reply_is_fully_in_view_after_it_arrives(
    store: Store, clock: FixedClock
) -> None:
    async with rehearsal_started(store, clock) as (app, pilot, screen):
        chat = screen.query_one("#chat", VerticalScroll)
        whole_after: list[bool] = []
        for line in (ASK, PUSH):
            await say(pilot, screen, line)
            newest = chat.query(".turn.manager").last()
            whole_after.append(fully_in_view(newest, chat))

    assert whole_after == [True, True]


async def test_page_keys_scroll_the_chat_while_the_say_box_has_focus(
    store: Store, clock: FixedClock
) -> None:
    async with rehearsal_started(store, clock) as (app, pilot, screen):
        chat = screen.query_one("#chat", VerticalScroll)
        await ask_then_push(pilot, screen)
        at_end = chat.scroll_y

        await pilot.press("pageup")
        await pilot.pause()
        after_up = chat.scroll_y
        await pilot.press("pagedown")
        await pilot.pause()
        after_down = chat.scroll_y
        still_typing = screen.focused is screen.query_one("#say", Input)

    assert at_end > 0
    assert after_up < at_end
    assert after_down == at_end
    assert still_typing


async def test_the_chat_stays_at_its_end_when_the_window_shrinks(
    store: Store, clock: FixedClock
) -> None:
    async with rehearsal_started(store, clock) as (app, pilot, screen):
        chat = screen.query_one("#chat", VerticalScroll)
        await ask_then_push(pilot, screen)
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        await pilot.pause()
        at_end = chat.scroll_y == chat.max_scroll_y
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        back_at_end = chat.scroll_y == chat.max_scroll_y

    assert at_end and back_at_end


# --- 2. At 40×12 the chat keeps several lines to read ------------------------------


async def test_the_chat_keeps_several_lines_at_the_smallest_size(
    store: Store, clock: FixedClock
) -> None:
    async with rehearsal_started(store, clock, (40, 12)) as (app, pilot, screen):
        await say(pilot, screen, ASK)
        chat = screen.query_one("#chat", VerticalScroll)
        rows = chat.content_region.height
        newest = chat.query(".turn.manager").last()
        reply_rows = rows_in_view(newest, chat)

    assert rows >= 6
    assert reply_rows >= 4


# --- 3. After the end, Ctrl+F says plainly that the meeting has ended ---------------


async def test_ending_an_ended_meeting_says_it_has_ended_and_what_is_next(
    store: Store, clock: FixedClock
) -> None:
    async with rehearsal_started(store, clock) as (app, pilot, screen):
        await say(pilot, screen, ASK)
        await pilot.press("ctrl+f")
        await pilot.pause()
        ended_before = screen.phase == ENDED
        await pilot.press("ctrl+f")
        await pilot.pause()
        told = [note.message for note in app._notifications]

    assert ended_before
    assert told == [catalogue.MANAGER_REHEARSE_ENDED_KEPT]


async def test_a_meeting_that_ended_by_itself_says_so_in_the_kept_box(
    store: Store, clock: FixedClock
) -> None:
    async with rehearsal_started(store, clock) as (app, pilot, screen):
        while screen.phase != ENDED:
            await say(pilot, screen, "Can we check in on these in four weeks?")
        box = screen.query_one("#say", Input)
        placeholder = box.placeholder
        await pilot.press("ctrl+f")
        await pilot.pause()
        told = [note.message for note in app._notifications]

    assert placeholder == catalogue.MANAGER_REHEARSE_OVER_PLACEHOLDER
    assert "note" in placeholder
    assert told == [catalogue.MANAGER_REHEARSE_ENDED_KEPT]


# --- 4. With the staleness note showing, the pitch editor keeps its lines ----------


async def test_the_pitch_editor_keeps_lines_under_the_staleness_note_at_40_by_12(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    pitch = "\n".join(f"Line {n} of my pitch." for n in range(9))
    save_pitch_version(store, pitch, target_level="senior")
    clock.advance(days=2)
    store.add_win(Win(title="Cut CI time from 30 to 12 minutes", date=clock.today()))

    async with run_app(store, clock, (40, 12)) as (app, pilot):
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PitchScreen)
        note = screen.query_one("#pitch-stale", Static)
        note_shown = " ".join(str(note.render()).split())
        note_rows = note.region.height
        editor = screen.query_one("#pitch-text", TextArea)
        editor_rows = rows_in_view(editor, screen)

    assert "Ctrl+R" in note_shown and "1 win logged" in note_shown
    assert note_rows >= 1
    assert editor_rows >= 3


async def test_a_staleness_note_too_long_for_two_rows_ends_in_an_ellipsis(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    first = store.add_win(
        Win(title="Cut CI time from 30 to 12 minutes", date=clock.today())
    )
    save_pitch_version(store, "My pitch.", target_level="senior")
    clock.advance(days=2)
    for n in range(3):
        store.add_win(Win(title=f"Cut deploys by {n + 2} minutes", date=clock.today()))
    store.update_win(first.with_changes(what_changed="Engineers wait less"))

    async with run_app(store, clock, (40, 12)) as (app, pilot):
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        note = app.screen.query_one("#pitch-stale", Static)
        await wait_until(pilot, lambda: str(note.render()).rstrip().endswith("…"))
        rows = str(note.render()).splitlines()

    assert len(rows) == 2
    assert rows[0].startswith("Records changed since saved")


@pytest.mark.parametrize(
    ("text", "width", "shown"),
    [
        ("Short note.", 20, "Short note."),
        ("one two three four five six", 10, "one two\nthree fou…"),
        ("one two three four", 9, "one two\nthree…"),
    ],
)
def test_a_note_is_cut_to_its_rows_with_an_ellipsis(
    text: str, width: int, shown: str
) -> None:
    from careerclimb_tui.widgets.text import at_most_lines

    assert str(at_most_lines(text, width, 2)) == shown


# --- 5. The check of a problem of one's own opens at its top -----------------------


@pytest.mark.parametrize(
    ("demo", "keys"),
    [
        pytest.param(False, ("o", "w"), id="nothing-tracked"),
        pytest.param(True, ("o", "w", "y"), id="another-in-progress"),
    ],
)
async def test_the_check_of_an_own_problem_opens_with_its_title_and_name_in_view(
    store: Store, clock: FixedClock, demo: bool, keys: tuple[str, ...]
) -> None:
    if demo:
        seed_demo(store, clock.today())
    else:
        store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press(*keys)
        await wait_until(pilot, lambda: isinstance(app.screen, CandidateCheckScreen))
        await pilot.pause()
        await pilot.pause()
        check = app.screen
        in_view = {
            shown: check.can_view_entire(check.query_one(shown))
            for shown in ("#check-title", ".check-label", "#check-name")
        }
        typing_in_name = check.focused is check.query_one("#check-name")

    assert in_view == {"#check-title": True, ".check-label": True, "#check-name": True}
    assert typing_in_name
