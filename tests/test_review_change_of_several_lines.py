"""A "what changed" of several lines is shown on one line in the review walk's
question 3, and confirming it as shown leaves the win's own lines as they are."""

from __future__ import annotations

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.fields import WholeInput
from tests.helpers import answer_up_to_the_change, run_app, seed_win, wait_until

CHANGED = "MTTR dropped from 4h to 1h\nsecond line"
JOINED = "MTTR dropped from 4h to 1h second line"


def screen_rows(app: object) -> list[str]:
    """Every row of the screen as drawn, without colour."""
    compositor = app.screen._compositor  # type: ignore[attr-defined]
    return [strip.text for strip in compositor.render_strips()]


async def test_a_change_of_several_lines_shows_joined_in_question_3(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock) as (app, pilot):
        field = await answer_up_to_the_change(pilot)
        await pilot.pause()

        assert field.value.startswith(JOINED)
        rows = screen_rows(app)
        assert not any(row.startswith("second line") for row in rows)
        assert all(ch >= " " for row in rows for ch in row)
        assert any("1h second" in row for row in rows)


async def test_confirming_the_joined_change_keeps_the_wins_lines(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock) as (app, pilot):
        await answer_up_to_the_change(pilot)
        walk = app.screen
        await pilot.press("enter")
        # Keys are handled in turn: once the walk is left, Enter's save is done.
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is not walk)

    assert win.id is not None
    assert store.win(win.id).what_changed == CHANGED


def test_a_one_line_field_filled_with_lines_holds_them_joined() -> None:
    shown = WholeInput().validate_value("first\nsecond\r\nthird")

    assert shown == "first second third"
