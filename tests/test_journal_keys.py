"""The journal's keys do what its footer and status line say, from any focus."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widgets import DataTable, Input

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.help import HelpScreen, key_text
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.journal import JournalScreen, WinDetailScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import journal_opened, journal_status_line, type_text, wait_until


def search_box(journal: JournalScreen) -> Input:
    return journal.query_one("#search", Input)


async def test_escape_in_a_typed_search_clears_it_and_keeps_the_journal(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with journal_opened(store, clock) as (app, pilot, journal):
        await type_text(pilot, "runbook")
        found = journal.selected_win()
        assert found is not None
        assert search_box(journal).has_focus

        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is journal
        assert search_box(journal).value == ""
        assert journal.query_one("#wins", DataTable).row_count == len(store.wins())
        assert journal.selected_win() == found
        assert isinstance(app.focused, DataTable)

        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))


async def test_escape_in_the_empty_search_leaves_the_journal(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with journal_opened(store, clock) as (app, pilot, _journal):
        await pilot.press("slash")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))


def footer_actions(journal: JournalScreen) -> dict[str, str]:
    """Key → the description the footer shows for it (the journal's own keys)."""
    return {
        key: active.binding.description
        for key, active in journal.active_bindings.items()
        if active.binding.id and active.binding.id.startswith("journal.")
    }


async def test_the_status_line_and_footer_name_the_keys_that_work_from_the_focus(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with journal_opened(store, clock) as (app, pilot, journal):
        assert "Del deletes" in journal_status_line(journal)
        assert footer_actions(journal)["delete"] == "Delete"
        assert footer_actions(journal)["escape"] == "Back"

        await type_text(pilot, "runbook")
        await pilot.pause()
        line = journal_status_line(journal)
        assert "Enter opens" in line and "Ctrl+E edits" in line
        assert "↓ to the list, where Del deletes" in line
        assert "· Del deletes" not in line
        assert "delete" not in footer_actions(journal)
        assert footer_actions(journal)["escape"] == "Clear search"

        await pilot.press("down")
        await pilot.pause()
        assert "↓" not in journal_status_line(journal)
        assert "Del deletes" in journal_status_line(journal)
        assert footer_actions(journal)["delete"] == "Delete"


async def test_down_from_the_search_reaches_the_list_where_delete_deletes_the_row(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    count = len(store.wins())
    async with journal_opened(store, clock) as (app, pilot, journal):
        await type_text(pilot, "runbook")
        highlighted = journal.selected_win()
        assert highlighted is not None

        await pilot.press("down")
        assert isinstance(app.focused, DataTable)
        await pilot.press("delete")
        await wait_until(pilot, lambda: len(store.wins()) == count - 1)
    assert highlighted.id not in {win.id for win in store.wins()}


async def test_down_from_the_search_lands_on_the_newest_win_and_enter_opens_it(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with journal_opened(store, clock) as (app, pilot, journal):
        newest = journal.selected_win()
        assert newest is not None
        # Down the list first: the search box does not start from that row.
        await pilot.press("down", "down")
        assert journal.selected_win() != newest

        await pilot.press("slash")
        assert search_box(journal).has_focus
        await pilot.press("down")
        assert isinstance(app.focused, DataTable)
        assert journal.selected_win() == newest

        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        detail = app.screen
        assert isinstance(detail, WinDetailScreen)
        assert detail.win.id == newest.id


async def test_delete_typed_in_the_search_deletes_a_letter_and_no_win(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    before = store.path.read_bytes()
    async with journal_opened(store, clock) as (app, pilot, journal):
        await type_text(pilot, "runbookx")
        app.clear_notifications()
        await pilot.press("left", "delete")
        await pilot.pause()
        assert search_box(journal).value == "runbook"
        assert not app._notifications, "no warning while editing the search"
    assert store.path.read_bytes() == before


async def test_delete_in_the_empty_search_deletes_no_win_and_the_list_does(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    count = len(store.wins())
    before = store.path.read_bytes()
    async with journal_opened(store, clock) as (app, pilot, journal):
        await pilot.press("slash")
        assert search_box(journal).has_focus
        await pilot.press("delete")
        await pilot.pause()
        assert store.path.read_bytes() == before
        await pilot.press("down")
        assert not search_box(journal).has_focus
        await pilot.press("delete")
        await wait_until(pilot, lambda: len(store.wins()) == count - 1)


async def test_backspace_on_the_list_takes_a_letter_off_the_search(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with journal_opened(store, clock) as (app, pilot, journal):
        await type_text(pilot, "runbook")
        await pilot.press("down")
        assert isinstance(app.focused, DataTable)

        await pilot.press("backspace")
        assert search_box(journal).value == "runboo"
        assert search_box(journal).has_focus
        await pilot.press("t")
        assert search_box(journal).value == "runboot"


async def test_ctrl_e_in_the_search_edits_the_highlighted_win(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with journal_opened(store, clock) as (app, pilot, journal):
        await type_text(pilot, "runbook")
        highlighted = journal.selected_win()
        assert highlighted is not None

        await pilot.press("ctrl+e")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))


async def test_question_mark_is_search_text_and_f1_lists_every_journal_key(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with journal_opened(store, clock) as (app, pilot, journal):
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert {"Edit", "Delete", "Undo", "New win", "Back"} <= help_actions(app)
        # The keys the list and the filters handle themselves are named too.
        listed = help_rows(app)
        assert listed["Enter"].startswith("Open")
        assert "quarter filter" in listed["Tab"]
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is journal)

        await type_text(pilot, "why?")
        assert search_box(journal).value == "why?"
        assert app.screen is journal

        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert {"Edit", "Undo", "New win", "Clear search"} <= help_actions(app)


def help_rows(app: App[None]) -> dict[str, str]:
    table = app.screen.query_one("#help-keys", DataTable)
    rows = (table.get_row_at(row) for row in range(table.row_count))
    return {str(key): str(action) for key, action in rows}


def help_actions(app: App[None]) -> set[str]:
    table = app.screen.query_one("#help-keys", DataTable)
    return {str(table.get_row_at(row)[1]) for row in range(table.row_count)}


FOCUS_STOPS = {"wins": "list", "search": "search", "quarter": "quarter filter"}
"""The widgets Tab moves through, by the words the help gives them."""


@pytest.mark.parametrize("key", ["tab", "shift+tab"])
async def test_the_help_names_the_stops_of_tab_in_the_order_the_focus_takes(
    store: Store, clock: FixedClock, key: str
) -> None:
    seed_demo(store, clock.today())
    async with journal_opened(store, clock) as (app, pilot, journal):
        assert app.focused is not None
        taken = [FOCUS_STOPS[str(app.focused.id)]]
        for _ in FOCUS_STOPS:
            await pilot.press(key)
            await pilot.pause()
            assert app.focused is not None
            taken.append(FOCUS_STOPS[str(app.focused.id)])

        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        stops = help_rows(app)[key_text(key)].split("→")
        named = [stop.strip().lower() for stop in stops]

    assert "quarter filter" in named
    assert named == taken
