"""At 40x12 and 80x24 every screen still shows what it is for.

The notes of a talk get a box to type in, with the date and the cycle stacked
under it; the journal keeps each win's date; the help fills a small terminal
and wraps its keys' descriptions; the manager page scrolls to the talks below.
"""

from __future__ import annotations

import pytest
from textual.app import App
from textual.geometry import Region
from textual.widgets import DataTable, Input, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_full_demo
from careerclimb_tui.screens.help import HelpScreen
from careerclimb_tui.screens.manager_hub import ManagerHubScreen
from careerclimb_tui.screens.manager_record import RecordConversationScreen
from careerclimb_tui.store import Store, criteria_docs
from tests.helpers import (
    open_journal,
    run_app,
    seed_win,
    type_text,
    wait_until,
    walk_after,
)

SMALL = (40, 12)


def screen_text(app: App[None]) -> list[str]:
    """Every character on the screen, row by row: what is left without colour."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


# --- recording a talk ---------------------------------------------------------------


async def test_small_record_form_has_a_notes_box_and_stacked_fields(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with run_app(store, clock, SMALL) as (app, pilot):
        await pilot.press("m", "n")
        await wait_until(
            pilot, lambda: isinstance(app.screen, RecordConversationScreen)
        )
        await type_text(pilot, "More scope")
        await pilot.pause()
        record = app.screen
        notes_height = record.query_one("#talk-notes", TextArea).content_size.height
        shown = "\n".join(screen_text(app))
        date = record.query_one("#talk-date", Input)
        cycle = record.query_one("#talk-cycle", Input)
        date_place, cycle_place = date.region, cycle.region

    assert notes_height >= 3
    assert "More scope" in shown
    # The label is not scrolled away above the box it names.
    assert catalogue.MANAGER_RECORD_NOTES.split("?")[0] in shown
    # One under the other, each as wide as the form, so neither is cut.
    assert date_place.x == cycle_place.x
    assert cycle_place.y > date_place.y
    assert date_place.width >= len(clock.today().isoformat()) + 4


# --- the journal --------------------------------------------------------------------


async def test_small_journal_keeps_each_wins_date_and_drops_the_framing(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with run_app(store, clock, SMALL) as (app, pilot):
        journal = await open_journal(pilot)
        table = journal.query_one("#wins", DataTable)
        await wait_until(pilot, lambda: table.row_count > 0)
        headings = [str(column.label) for column in table.ordered_columns]
        first = journal.selected_win()
        shown = screen_text(app)

    assert first is not None

    assert headings == [catalogue.JOURNAL_COLUMNS[key] for key in ("day", "win")]
    assert headings[0] == catalogue.JOURNAL_COLUMNS["date"]
    # The month and the day, written as in the full date ("11-27").
    day = f"{first.date.month:02}-{first.date.day:02}"
    assert any(day in line and first.title[:10] in line for line in shown)


# --- the help -----------------------------------------------------------------------


async def test_small_help_takes_the_whole_terminal(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with run_app(store, clock, SMALL) as (app, pilot):
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        dialog = app.screen.query_one("#help").region

    width, height = SMALL
    assert dialog.width == width
    # All of it but the footer's row.
    assert dialog.height == height - 1


@pytest.mark.parametrize("size", [SMALL, (80, 24)])
async def test_help_wraps_a_long_key_description_with_no_scroll_bar_under_it(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    seed_win(store)
    async with run_app(store, clock, size) as (app, pilot):
        await walk_after(pilot, "r", "s")
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        table = app.screen.query_one("#help-keys", DataTable)
        described = [str(table.get_row_at(row)[1]) for row in range(table.row_count)]
        drawn = [strip.text for strip in table.render_lines(Region(0, 0, *table.size))]
        await pilot.press("end")
        await pilot.pause()
        shown = "\n".join(screen_text(app))
        sideways = table.virtual_size.width > table.size.width
        bar = table.show_horizontal_scrollbar

    # The longest description of the walk's keys, once cut at the table's edge.
    longest = max((does for _, does in catalogue.WALK_WIDGET_KEYS), key=len)
    assert longest in described
    # Every word of it is drawn, wrapped at the table's edge instead of cut.
    words = " ".join(" ".join(drawn).split())
    assert longest in words
    assert not sideways
    assert not bar
    assert "▋" not in shown


# --- the manager page ---------------------------------------------------------------


async def test_page_keys_on_the_manager_page_bring_the_past_talks_into_view(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    async with run_app(store, clock, (80, 24)) as (app, pilot):
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ManagerHubScreen))
        await pilot.pause()
        hub = app.screen
        page = hub.query_one("#hub")
        talk_day = criteria_docs.conversations(store)[0].date.isoformat()

        def talks_shown() -> bool:
            return talk_day in "\n".join(screen_text(app))

        hidden_at_first = not talks_shown()

        await pilot.press("end")
        await pilot.pause()
        shown_after_end = talks_shown()
        steps_focused = hub.focused is hub.query_one("#hub-steps")

        await pilot.press("home")
        await pilot.pause()
        back_at_top = page.scroll_y == 0

        await pilot.press("pagedown")
        await pilot.pause()
        paged_down = page.scroll_y > 0

    assert hidden_at_first
    assert shown_after_end
    assert steps_focused
    assert back_at_top
    assert paged_down
