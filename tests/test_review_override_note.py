"""The note beside an override is kept whatever keys lead to the field."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.screens.review_walk import OverrideDialog, ReviewWalkScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until
from tests.test_review_flow import seed_quarter

NOTE = "Reviews unblocked the payments launch"


async def _override(pilot: Pilot[None], *keys: str, note: str = NOTE) -> None:
    """Open the override dialog, press ``keys``, type the note and save."""
    await pilot.press("o")
    assert isinstance(pilot.app.screen, OverrideDialog)
    await pilot.press(*keys)
    await type_text(pilot, note)
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ReviewWalkScreen))


def _verdict(pilot: Pilot[None]) -> str:
    return str(pilot.app.screen.query_one("#verdict", Static).content)


@pytest.mark.parametrize(
    "keys",
    [
        pytest.param(("up", "enter", "tab"), id="a Tab out of habit after Enter"),
        pytest.param(("up", "enter"), id="Enter on the call"),
        pytest.param(("up", "space", "tab"), id="Space on the call, then Tab"),
    ],
)
async def test_the_note_typed_after_choosing_a_call_is_kept(
    store: Store, clock: FixedClock, keys: tuple[str, ...]
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        await _override(pilot, *keys)

        assert "unclear" in _verdict(pilot)
        assert NOTE in _verdict(pilot)
        await pilot.press("o")
        note = app.screen.query_one("#override-note", Input)
        assert note.value == NOTE
        await pilot.press("escape", "escape")
    [review] = Store(store.path, clock=clock).reviews()
    entry = review.entries_in_order()[0]
    assert entry.override_kind is not None
    assert entry.override_kind.value == "unclear"
    assert entry.override_note == NOTE


async def test_enter_on_the_call_already_in_force_moves_on_to_the_note(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        await _override(pilot, "up", "enter", note="")
        assert NOTE not in _verdict(pilot)

        # The dialog opens on "unclear", the call now in force.
        await _override(pilot, "enter")
        assert NOTE in _verdict(pilot)
        # One Tab from the calls reaches the note as well.
        await _override(pilot, "tab", "ctrl+u", note="Mine")
        assert "Your note: Mine" in _verdict(pilot)
        await pilot.press("escape")
    [review] = Store(store.path, clock=clock).reviews()
    assert review.entries_in_order()[0].override_note == "Mine"


async def test_a_tab_out_of_habit_after_enter_stays_on_the_note(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s", "o", "up", "enter")
        dialog = app.screen
        assert isinstance(dialog, OverrideDialog)
        note = dialog.query_one("#override-note", Input)
        assert app.focused is note
        await pilot.press("tab")
        assert app.focused is note, "the habitual Tab is held"
        # Quietly: a notice would outlive the dialog and puzzle the user after it.
        messages = [n.message for n in app._notifications]
        assert catalogue.ANSWER_MOVED_ON not in messages
        await pilot.press("tab")
        assert app.focused is not note, "a second Tab moves on"


async def test_text_typed_on_the_calls_goes_into_the_note(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        # The call pointed at, never chosen with Enter, is taken with the note.
        await _override(pilot, "up")
        assert "unclear" in _verdict(pilot)
        assert NOTE in _verdict(pilot)
        await pilot.press("escape")
    [review] = Store(store.path, clock=clock).reviews()
    assert review.entries_in_order()[0].override_note == NOTE


async def test_a_note_with_brackets_shows_in_the_verdict_as_typed(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        await _override(pilot, "up", "enter", note="[b]Mine[/b], see [WIP]")
        shown = str(app.screen.query_one("#verdict", Static).render())
        assert "Your note: [b]Mine[/b], see [WIP]" in shown
