"""A key meant for a question never replaces a filled-in answer of the walk."""

from __future__ import annotations

import pytest
from textual import events
from textual.pilot import Pilot

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.review import is_stray_key
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.question import BURST_SECONDS
from tests.helpers import (
    answer_up_to_the_change,
    answer_up_to_the_names,
    notices,
    run_app,
    seed_win,
    wait_until,
)

CHANGED = "Reruns per week went from 30 to 8"
STRAY = catalogue.WALK_STRAY_KEY_PUT_BACK.format(key="c")

STRAY_KEYS = [
    # typed, filled in, a stray key
    ("c", CHANGED, True),
    (" n ", "platform team", True),
    ("c", "", False),
    ("", CHANGED, False),
    ("cut", CHANGED, False),
    ("QA", "platform team", False),
    ("x", "x", False),
    (CHANGED, CHANGED, False),
]


@pytest.mark.parametrize(("typed", "filled", "stray"), STRAY_KEYS)
def test_one_key_over_a_longer_answer_is_a_stray_key(
    typed: str, filled: str, stray: bool
) -> None:
    assert is_stray_key(typed, filled) is stray


async def press_after_a_pause(pilot: Pilot[None], key: str) -> None:
    """Press a key half a second or more after the one before, as in a rhythm of
    answers: too late to count as the same burst."""
    typed = events.Key(key, key)
    typed.time += BURST_SECONDS + 1
    pilot.app.post_message(typed)
    await pilot.pause()


async def test_answer_keys_typed_over_the_change_leave_the_win_as_it_was(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock) as (app, pilot):
        field = await answer_up_to_the_change(pilot)

        # "n" is held; "c", typed after a pause, replaces the selected text.
        await pilot.press("n")
        await press_after_a_pause(pilot, "c")
        assert field.value == "c"

        await pilot.press("enter")
        walk = app.screen
        await wait_until(pilot, lambda: app.focused is walk.query_one("#q4"))
        assert field.value == CHANGED
        assert STRAY in notices(app)

        await pilot.press("n")
        await wait_until(pilot, lambda: app.focused is walk.query_one("#next"))
        await pilot.press("pagedown")
        await wait_until(pilot, lambda: bool(store.reviews()))
        await walk.saved()

    (review,) = store.reviews()
    change = review.entry(win.id or 0).answers.change
    assert change is not None and change.text == CHANGED
    assert store.win(win.id or 0).what_changed == CHANGED


async def test_a_stray_key_left_in_the_change_is_not_kept_on_leaving(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock) as (app, pilot):
        field = await answer_up_to_the_change(pilot)
        await pilot.press("n")
        await press_after_a_pause(pilot, "c")
        walk = app.screen

        await pilot.press("pagedown")
        # The win is left open: finishing with it unanswered is asked first.
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: walk not in app.screen_stack)

    assert field.value == CHANGED
    assert store.win(win.id or 0).what_changed == CHANGED
    (review,) = store.reviews()
    assert review.entry(win.id or 0).answers.change is None


async def test_answer_keys_typed_over_the_names_keep_who_noticed(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store, what_changed=CHANGED, noticed_by="platform team")
    async with run_app(store, clock) as (app, pilot):
        names = await answer_up_to_the_names(pilot)
        await pilot.press("n")
        await press_after_a_pause(pilot, "c")
        assert names.value == "c"

        await pilot.press("enter")
        walk = app.screen
        await wait_until(pilot, lambda: app.focused is walk.query_one("#next"))
        assert names.value == "platform team"
        assert STRAY in notices(app)
        await walk.saved()

    assert store.win(win.id or 0).noticed_by == "platform team"
    (review,) = store.reviews()
    noticed = review.entry(win.id or 0).answers.noticed
    assert noticed is not None and noticed.who == ("platform team",)
