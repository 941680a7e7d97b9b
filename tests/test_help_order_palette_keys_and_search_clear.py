"""The help lists a screen's actions before its moving, leaving and help keys;
the palette names every key that runs an entry; Ctrl+U empties the journal's
search; a gap row's wins never end a line on a stray "·"."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import DataTable, Input, OptionList

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.commands import CareerClimbCommands
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.records import Win
from careerclimb_tui.screens.gap_dialogs import DimensionWinsDialog
from careerclimb_tui.screens.help import (
    declared_bindings,
    key_text,
    moves_the_view,
    screen_keys,
)
from careerclimb_tui.screens.manager_dialogs import NOTE_LEAD, win_label
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, notices, type_text, wait_until

# Keys pressed on home to reach a screen, that screen's class name, and the key of
# its first action, which its help lists first.
SCREENS = [
    ((), "HomeScreen", "w"),
    (("g",), "GapScreen", "Enter"),
    (("g", "down", "down", "enter"), "DimensionWinsDialog", "Enter"),
    # Read only, from the gap view: closing is all there is to do.
    (("g", "down", "down", "enter", "enter"), "WinDetailScreen", "Esc"),
    (("j",), "JournalScreen", "Ctrl+E"),
    (("j", "enter"), "WinDetailScreen", "e"),
    (("m",), "ManagerHubScreen", "p"),
    (("P",), "PeersScreen", "n"),
    (("l",), "LadderScreen", "["),
    (("p",), "PitchScreen", "Ctrl+S"),
    (("w",), "LogWinScreen", "Ctrl+S"),
]
SCREEN_IDS = [" ".join(keys) or "home" for keys, *_ in SCREENS]

APP_WIDE = {"Quit", "Help", catalogue.HELP_PALETTE_ACTION}


async def reach(pilot: Pilot[None], keys: tuple[str, ...], name: str) -> Screen[object]:
    """Press ``keys`` on home, once it is read; return the screen they open."""
    await home_read(pilot)
    for key in keys:
        await pilot.press(key)
        await pilot.pause()
    await wait_until(pilot, lambda: type(pilot.app.screen).__name__ == name)
    await pilot.pause()
    return pilot.app.screen


# --- The help: the screen's actions first ------------------------------------------


async def test_gap_help_lists_its_actions_before_the_page_keys(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        keys = [key for key, _ in screen_keys(await reach(pilot, ("g",), "GapScreen"))]

    assert keys[:3] == ["Enter", "r", "j"]
    pages = [keys.index(key) for key in ("PgUp", "PgDn", "Home", "End", "←", "→")]
    assert keys.index("↑ ↓") < min(pages)
    assert max(pages) < keys.index("Esc") < keys.index("Ctrl+Q")


async def test_win_help_lists_edit_and_delete_first_and_help_last(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await reach(pilot, ("j", "enter"), "WinDetailScreen")
        rows = screen_keys(screen)

    keys = [key for key, _ in rows]
    assert keys[:2] == ["e", "d"]
    assert keys.index("Esc") < keys.index("Ctrl+Q") < keys.index("F1")
    # The dialog's own ? opens the same help as F1: listed with it, last.
    assert keys.index("?") == keys.index("F1") + 1
    assert rows[keys.index("?")][1] == rows[keys.index("F1")][1]


@pytest.mark.parametrize(("keys", "name", "first"), SCREENS, ids=SCREEN_IDS)
async def test_every_help_lists_actions_then_leaving_then_the_app_keys(
    store: Store, clock: FixedClock, keys: tuple[str, ...], name: str, first: str
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await reach(pilot, keys, name)
        rows = screen_keys(screen)
        page_keys = {
            key_text(app.get_key_display(binding))
            for binding in type(screen).BINDINGS
            if not isinstance(binding, tuple) and moves_the_view(screen, binding)
        }

    listed = [key for key, _ in rows]
    does = [what for _, what in rows]
    app_wide = [at for at, what in enumerate(does) if what in APP_WIDE]
    first_app_wide = len(rows) - len(app_wide)
    assert app_wide == list(range(first_app_wide, len(rows))), "app's keys last"
    # Home has no Esc: there, the app's keys follow the actions.
    leaving = listed.index("Esc") if "Esc" in listed else first_app_wide
    assert set(listed[leaving:first_app_wide]) <= {"Esc", "q"}, "Esc just before"
    assert listed[0] == first
    # The page keys end the screen's own, after its actions and widgets' keys.
    before = listed[:leaving]
    pages = [at for at, key in enumerate(before) if key in page_keys]
    assert pages == list(range(len(before) - len(pages), len(before)))


# --- The palette: every key of an entry named -------------------------------------


def palette_keys_missing(screen: Screen[object]) -> list[str]:
    """Each key that runs a palette entry on ``screen`` but that the entry's line
    leaves out, as "Entry title: key"."""
    app = screen.app
    entries = {}
    for command in CareerClimbCommands(screen)._commands():
        assert isinstance(command.run, partial)
        entries[command.run.args[0]] = command
    bindings = [
        (active.node, active.binding)
        for active in screen.active_bindings.values()
        if active.enabled
    ]
    if screen.is_modal:
        # The app's priority keys reach it over a dialog (F1 for the help).
        bindings += [(app, each) for each in declared_bindings(app) if each.priority]
    missing: list[str] = []
    for node, binding in bindings:
        if node not in (screen, app) or not binding.id or not binding.description:
            continue
        if moves_the_view(screen, binding):
            continue
        command = entries.get(binding.action.removeprefix("app."))
        if command is None:
            continue
        named = command.help.rpartition(": ")[2].split(catalogue.COMMAND_KEYS_OR)
        key = key_text(app.get_key_display(binding))
        if key not in named:
            missing.append(f"{command.title}: {key}")
    return missing


@pytest.mark.parametrize(("keys", "name", "first"), SCREENS, ids=SCREEN_IDS)
async def test_every_palette_entry_names_each_key_that_runs_it_here(
    store: Store, clock: FixedClock, keys: tuple[str, ...], name: str, first: str
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await reach(pilot, keys, name)
        assert palette_keys_missing(screen) == []


async def test_palette_on_a_win_names_both_close_keys_and_f1(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await reach(pilot, ("j", "enter"), "WinDetailScreen")
        helps = {c.title: c.help for c in CareerClimbCommands(screen)._commands()}

    assert helps["Win: Close"].endswith("key: Esc or q")
    assert helps[catalogue.COMMAND_HELP].endswith("key: F1 or ?")


# --- Ctrl+U empties the journal's search ---------------------------------------------


async def test_ctrl_u_empties_the_search_wherever_its_cursor_is(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        journal = await reach(pilot, ("j",), "JournalScreen")
        search = journal.query_one("#search", Input)
        table = journal.query_one("#wins", DataTable)
        every = table.row_count
        await pilot.press("slash")
        await type_text(pilot, "ci")
        await wait_until(pilot, lambda: table.row_count < every)
        await pilot.press("home")

        await pilot.press("ctrl+u")
        await wait_until(pilot, lambda: table.row_count == every)
        assert search.value == ""
        assert search.has_focus, "a new search can be typed straight away"


async def test_ctrl_u_on_the_list_empties_the_search_and_keeps_the_list(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        journal = await reach(pilot, ("j",), "JournalScreen")
        search = journal.query_one("#search", Input)
        table = journal.query_one("#wins", DataTable)
        every = table.row_count
        await pilot.press("slash")
        await type_text(pilot, "ci")
        await pilot.press("down")
        await wait_until(pilot, lambda: table.has_focus and table.row_count < every)

        await pilot.press("ctrl+u")
        await wait_until(pilot, lambda: table.row_count == every)
        assert search.value == ""
        assert table.has_focus

        await pilot.press("ctrl+u")
        await wait_until(pilot, lambda: bool(notices(app)))
        assert notices(app)[-1] == catalogue.KEY_DIMMED_REASONS["journal.empty_search"]


# --- The wins of a gap row --------------------------------------------------------


WIN = Win(
    title="Built a monitoring dashboard for the payments team",
    date=dt.date(2026, 11, 27),
)


@pytest.mark.parametrize("width", [20, 26, 30, 34, 40, 60])
def test_a_cut_win_line_never_ends_on_its_separator(width: int) -> None:
    note = "current-level"
    label = win_label(WIN, note, width, len(note))

    lines = label.plain.split("\n")
    assert all(cell_len(line) <= width for line in lines)
    assert not [line for line in lines if line.rstrip().endswith("·")]
    assert lines[-1].strip().endswith(note)
    if len(lines) > 1:
        assert NOTE_LEAD.strip() not in label.plain, "no separator across lines"


@pytest.mark.parametrize("width", [40, 45, 50, 55, 60, 80])
async def test_gap_wins_fit_the_list_at_every_width(
    store: Store, clock: FixedClock, width: int
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(width, 24)) as pilot:
        keys = ("g", "down", "down", "enter")
        dialog = await reach(pilot, keys, "DimensionWinsDialog")
        assert isinstance(dialog, DimensionWinsDialog)
        shown = dialog.query_one(OptionList)
        await wait_until(pilot, lambda: shown.option_count > 0)
        await pilot.pause()
        room = shown.scrollable_content_region.width
        lines = [
            line
            for index in range(shown.option_count)
            for line in str(shown.get_option_at_index(index).prompt).split("\n")
        ]

    assert all(cell_len(line) <= room for line in lines), (room, lines)
    assert not [line for line in lines if line.rstrip().endswith("·")]
