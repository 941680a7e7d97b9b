"""Small things a form must get right at 80×24.

A date field opened with today's date is replaced, not added to, when the user
arrives in it from the keyboard and types; a yes/no question shows its whole
sentence; the measure row's empty boxes read as fields with whole hints.
"""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Reading,
    Stage,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.problem_dialogs import FormDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import run_app, save_driving, type_text, wait_until

SMALL = (80, 24)
TYPED = "2026-11-10"


async def tab_to(pilot: Pilot[None], field_id: str, key: str = "tab") -> Input:
    """Press ``key`` until the field with ``field_id`` has the focus."""
    for _ in range(30):
        focused = pilot.app.focused
        if focused is not None and focused.id == field_id:
            assert isinstance(focused, Input)
            return focused
        await pilot.press(key)
    raise AssertionError(f"{key} never reached #{field_id}")


async def test_typing_a_date_after_tabbing_in_replaces_todays_date(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock, SMALL) as (app, pilot):
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))

        field = await tab_to(pilot, "date")
        assert field.value == clock.today().isoformat()
        await type_text(pilot, TYPED)
        assert field.value == TYPED

        # Back into it from the field below, with Shift+Tab: the same.
        await tab_to(pilot, "tags")
        field = await tab_to(pilot, "date", "shift+tab")
        await type_text(pilot, "2026-11-09")
        assert field.value == "2026-11-09"


async def test_a_click_in_the_date_keeps_the_cursor_where_it_landed(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock, SMALL) as (app, pilot):
        await pilot.press("k")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))

        await pilot.click("#date", offset=(3, 0))
        await pilot.pause()
        field = app.focused
        assert isinstance(field, Input) and field.id == "date"
        assert field.selected_text == ""


async def test_typing_a_reading_date_after_tabbing_in_replaces_todays_date(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    initiative = save_driving(store, clock, "Cut CI time")
    save_initiative(
        store,
        add_reading(initiative, Reading(12, "minutes", clock.today()), clock.now()),
    )
    async with run_app(store, clock, SMALL) as (app, pilot):
        await pilot.press("o", "enter", "m")
        await wait_until(pilot, lambda: isinstance(app.screen, FormDialog))

        field = await tab_to(pilot, "field-date")
        assert field.value == clock.today().isoformat()
        await type_text(pilot, TYPED)
        assert field.value == TYPED


def words_in(pilot: Pilot[None], widget: Widget) -> str:
    """The words drawn inside a widget's box, read row by row."""
    region = widget.content_region
    strips = pilot.app.screen._compositor.render_strips()
    rows = strips[region.y : region.bottom]
    return " ".join(
        " ".join(row.crop(region.x, region.right).text.split()) for row in rows
    )


async def ask_to_leave_buy_in(pilot: Pilot[None]) -> ConfirmDialog:
    """Open the problem at buy-in, nobody agreed yet, and press a to move on."""
    await pilot.press("o", "enter", "a")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ConfirmDialog))
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, ConfirmDialog)
    assert catalogue.INITIATIVE_UNDONE_NOBODY_AGREED in dialog.question
    return dialog


@pytest.mark.parametrize("size", [SMALL, (40, 12)])
async def test_the_buy_in_warning_shows_its_whole_question(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    initiative = start_initiative("Cut CI time", now, problem_id="slow-ci")
    for stage in (Stage.PROPOSED, Stage.BUY_IN):
        initiative = advance(initiative, stage, now)
    save_initiative(store, initiative)
    async with run_app(store, clock, size) as (app, pilot):
        dialog = await ask_to_leave_buy_in(pilot)
        lines = [" ".join(line.split()) for line in dialog.question.splitlines()]
        box = dialog.query_one(VerticalScroll)

        # Read from the top, then scrolled to the end: every line is seen, and
        # the answer buttons stay within reach.
        first = next(filter(None, lines))
        box.scroll_home(animate=False)
        await wait_until(pilot, lambda: first in words_in(pilot, box))
        seen = words_in(pilot, box)
        box.scroll_end(animate=False)
        await wait_until(pilot, lambda: catalogue.CONFIRM_NO in words_in(pilot, box))
        seen += " " + words_in(pilot, box)
        for line in filter(None, lines):
            assert line in seen
        assert catalogue.CONFIRM_NO in words_in(pilot, box)
        if size == SMALL:
            assert box.max_scroll_y == 0


@pytest.mark.parametrize("key", ["k", "w"])
async def test_the_measure_boxes_show_whole_hints_and_read_as_fields(
    store: Store, clock: FixedClock, key: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock, SMALL) as (app, pilot):
        await pilot.press(key)
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await pilot.pause()

        for field_id in ("metric", "unit", "before", "after"):
            box = app.screen.query_one(f"#{field_id}", Input)
            hint = box.placeholder
            assert hint and not hint.rstrip().endswith((",", ";", ":"))
            assert words_in(pilot, box) == hint
            # Underlined like a blank on a paper form, so it shows without colour.
            assert box.styles.text_style.underline


async def test_typing_a_talk_date_after_tabbing_in_replaces_todays_date(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.screens.manager_record import RecordConversationScreen

    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock, SMALL) as (app, pilot):
        app.push_screen(RecordConversationScreen())
        await wait_until(
            pilot, lambda: isinstance(app.screen, RecordConversationScreen)
        )

        field = await tab_to(pilot, "talk-date")
        assert field.value == clock.today().isoformat()
        await type_text(pilot, TYPED)
        assert field.value == TYPED
