"""The override dialog: the calls do not go round, the focus on the note shows, and
a note beside a call the four questions agree with is never dropped unasked."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Label, RadioSet, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.screens.review_walk import OverrideDialog, ReviewWalkScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import notices, run_app, seed_win, type_text, wait_until

NOTE = "Staff SRE engineer called it the new standard"


async def _open_dialog(pilot: Pilot[None], *answers: str) -> OverrideDialog:
    """Open the walk on the one win, give ``answers``, then open the dialog."""
    await pilot.press("r", "s", *answers)
    assert isinstance(pilot.app.screen, ReviewWalkScreen)
    await pilot.press("o")
    dialog = pilot.app.screen
    assert isinstance(dialog, OverrideDialog)
    return dialog


def _chosen(dialog: OverrideDialog) -> str | None:
    pressed = dialog.query_one("#override-kind", RadioSet).pressed_button
    return None if pressed is None else pressed.name


def _keys_shown(dialog: OverrideDialog) -> str:
    return str(dialog.query_one("#override-keys", Static).content)


# --- the arrows stop at the ends of the calls -------------------------------------


@pytest.mark.parametrize(
    ("keys", "chosen"),
    [
        pytest.param(("down",), "none", id="Down on the last call stays there"),
        pytest.param(("up",) * 6, "next_level", id="Up past the first stays there"),
    ],
)
async def test_the_arrows_stop_at_the_first_and_the_last_call(
    store: Store, clock: FixedClock, keys: tuple[str, ...], chosen: str
) -> None:
    seed_win(store)
    async with run_app(store, clock) as (app, pilot):
        # The dialog opens on the last call, the four questions' verdict.
        dialog = await _open_dialog(pilot)
        await pilot.press(*keys, "enter")

        assert _chosen(dialog) == chosen


# --- the focus moving to the note shows, and Up goes back -------------------------


async def test_enter_on_a_call_shows_that_the_note_has_the_focus(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store)
    async with run_app(store, clock) as (app, pilot):
        dialog = await _open_dialog(pilot)
        label = dialog.query_one("#override-note-field Label", Label)
        assert _keys_shown(dialog) == catalogue.OVERRIDE_KEYS
        assert not label.rich_style.reverse

        await pilot.press("up", "enter")

        assert app.focused is dialog.query_one("#override-note", Input)
        assert _keys_shown(dialog) == catalogue.OVERRIDE_NOTE_KEYS
        # Reverse shows without colour too.
        assert label.rich_style.reverse


async def test_up_from_the_note_goes_back_to_the_calls(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store)
    async with run_app(store, clock) as (app, pilot):
        dialog = await _open_dialog(pilot)
        kinds = dialog.query_one("#override-kind", RadioSet)
        await pilot.press("up", "enter")
        assert _chosen(dialog) == VerdictKind.UNCLEAR.value

        await pilot.press("up")
        assert app.focused is kinds
        assert _keys_shown(dialog) == catalogue.OVERRIDE_KEYS

        # Back on the calls, the arrows move through them again.
        await pilot.press("up", "enter")
        assert _chosen(dialog) == VerdictKind.CURRENT_LEVEL.value


# --- a note beside a call the questions agree with --------------------------------

CURRENT_LEVEL_ANSWERS = ("y", "a", "enter", "n")
"""Answers to the four questions that make the win current-level."""


async def _agreeing_call_with_a_note(pilot: Pilot[None]) -> OverrideDialog:
    """Choose current-level, what the questions say, type a note and save."""
    dialog = await _open_dialog(pilot, *CURRENT_LEVEL_ANSWERS)
    await pilot.press("up", "up", "enter")
    assert _chosen(dialog) == VerdictKind.CURRENT_LEVEL.value
    await type_text(pilot, NOTE)
    await pilot.press("ctrl+s")
    return dialog


async def test_a_note_beside_a_call_the_questions_agree_with_is_asked_about(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store)
    async with run_app(store, clock) as (app, pilot):
        dialog = await _agreeing_call_with_a_note(pilot)

        assert isinstance(app.screen, ConfirmDialog)
        assert "current-level" in app.screen.question
        await pilot.press("n")

        # Still in the dialog, the note as typed, on the calls to pick another.
        assert app.screen is dialog
        assert dialog.query_one("#override-note", Input).value == NOTE
        assert app.focused is dialog.query_one("#override-kind", RadioSet)
        await pilot.press("up", "enter", "ctrl+s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        await walk.saved()

    [review] = Store(store.path, clock=clock).reviews()
    entry = review.entry(win.id or 0)
    assert entry.override_kind is VerdictKind.NEXT_LEVEL
    assert entry.override_note == NOTE


async def test_the_note_goes_only_once_the_user_says_so(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store)
    async with run_app(store, clock) as (app, pilot):
        await _agreeing_call_with_a_note(pilot)
        await pilot.press("y")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        await wait_until(pilot, lambda: catalogue.WALK_OVERRIDE_AGREES in notices(app))
        await walk.saved()

    [review] = Store(store.path, clock=clock).reviews()
    entry = review.entry(win.id or 0)
    assert entry.override_kind is None
    assert entry.override_note == ""
