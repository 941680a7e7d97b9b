"""The override dialog: the calls do not go round, and the focus on the note
shows."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Label, RadioSet, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.screens.review_walk import OverrideDialog, ReviewWalkScreen
from careerclimb_tui.store import Store
from tests.helpers import run_app, seed_win


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
