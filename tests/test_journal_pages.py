"""A long journal: a page of rows at a time, and searches that stay exact."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Select, Static

from careerclimb_tui.cli_demo import add_wins
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, generate_wins
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import filter_wins
from careerclimb_tui.screens.journal import (
    CELL_PADDING,
    PAGE_ROWS,
    SCREEN_PADDING,
    SCROLLBAR_WIDTH,
    WIN_MIN_WIDTH,
    JournalScreen,
    column_widths,
)
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.names import names_cell, short_names
from tests.helpers import make_app, wait_until

WINS = 250


@pytest.fixture
def long_store(store: Store, clock: FixedClock) -> Store:
    """A store with a profile and more wins than three pages hold."""
    store.save_profile(DEMO_PROFILE)
    add_wins(store, generate_wins(WINS, clock.today(), seed=11))
    return store


async def open_journal(pilot: Pilot[None]) -> JournalScreen:
    await pilot.press("j")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, JournalScreen))
    journal = pilot.app.screen
    assert isinstance(journal, JournalScreen)
    return journal


def shown_ids(journal: JournalScreen) -> list[int]:
    table = journal.query_one("#wins", DataTable)
    return [int(str(row.key.value)) for row in table.ordered_rows]


def count_line(journal: JournalScreen) -> str:
    return str(journal.query_one("#journal-count", Static).render())


def assert_shows(journal: JournalScreen, expected: list[Win]) -> None:
    """The rows drawn are the first page of ``expected``, and the count says all."""
    assert shown_ids(journal) == [w.id for w in expected[:PAGE_ROWS]]
    if len(expected) > PAGE_ROWS:
        assert f"of {len(expected)} matching" in count_line(journal)
    else:
        assert count_line(journal).startswith(f"{len(expected)} of ")


async def search(pilot: Pilot[None], journal: JournalScreen, text: str) -> None:
    journal.query_one("#search", Input).value = text
    await pilot.pause()


async def test_a_long_journal_draws_one_page_and_says_there_is_more(
    long_store: Store, clock: FixedClock
) -> None:
    app = make_app(long_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        journal = await open_journal(pilot)
        every_win = long_store.wins()
        assert shown_ids(journal) == [w.id for w in every_win[:PAGE_ROWS]]
        assert f"{PAGE_ROWS} of {WINS}" in count_line(journal)


async def test_moving_past_the_last_row_drawn_brings_the_next_page(
    long_store: Store, clock: FixedClock
) -> None:
    app = make_app(long_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        journal = await open_journal(pilot)
        table = journal.query_one("#wins", DataTable)
        for pages in (2, 3):
            table.move_cursor(row=table.row_count - 1)
            await wait_until(pilot, lambda: table.row_count > PAGE_ROWS * (pages - 1))
        assert table.row_count == WINS
        assert shown_ids(journal) == [w.id for w in long_store.wins()]
        assert count_line(journal).startswith(f"{WINS} of {WINS}")


async def test_every_key_of_a_search_finds_exactly_what_a_fresh_search_finds(
    long_store: Store, clock: FixedClock
) -> None:
    every_win = long_store.wins()
    app = make_app(long_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        journal = await open_journal(pilot)
        # Typed on, rubbed out, typed again: narrowing must never lose a match.
        typed = ["o", "on", "on-call", "on-c", "on", "onboarding", "on", "", "ci"]
        for text in typed:
            await search(pilot, journal, text)
            assert_shows(journal, filter_wins(every_win, text))


async def test_a_quarter_chosen_after_a_search_keeps_both(
    long_store: Store, clock: FixedClock
) -> None:
    every_win = long_store.wins()
    quarter = quarter_of(every_win[40].date)
    app = make_app(long_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        journal = await open_journal(pilot)
        await search(pilot, journal, "on")
        journal.query_one("#quarter", Select).value = str(quarter)
        await pilot.pause()
        assert_shows(journal, filter_wins(every_win, "on", quarter))
        await search(pilot, journal, "on-")
        assert_shows(journal, filter_wins(every_win, "on-", quarter))


async def test_the_cursor_stays_on_a_win_beyond_the_first_page(
    long_store: Store, clock: FixedClock
) -> None:
    far = long_store.wins()[PAGE_ROWS + 30]
    app = make_app(long_store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        journal = await open_journal(pilot)
        journal.reload(keep_id=far.id)
        await pilot.pause()
        assert journal.selected_win() == far
        table = journal.query_one("#wins", DataTable)
        assert table.row_count == 2 * PAGE_ROWS


LADDER_NAMES = [
    "Scope and impact",
    "Technical direction",
    "Execution and delivery",
    "Collaboration and influence",
    "Mentoring and growing others",
    "Ownership and initiative",
]


@pytest.mark.parametrize(
    ("names", "width", "shown"),
    [
        ([], 16, ""),
        (["Scope and impact"], 16, "Scope…"),
        (["Technical direction"], 16, "Technical…"),
        (["Technical direction"], 19, "Technical…"),
        (["Technical direction", "Scope and impact"], 18, "Technical…, Scope…"),
        (
            ["Technical direction", "Scope and impact"],
            40,
            "Technical direction, Scope and impact",
        ),
        (
            ["Execution and delivery", "Ownership and initiative"],
            16,
            "Execution… +1",
        ),
        (
            ["Technical direction", "Execution and delivery", "Mentoring and growing"],
            23,
            "Technical… +2",
        ),
        (["Collaboration and influence", "Scope and impact"], 12, "2 dimensions"),
        (["Collaboration and influence"], 8, "Collabo…"),
    ],
)
def test_a_wins_dimensions_are_all_named_in_the_room_there_is(
    names: list[str], width: int, shown: str
) -> None:
    assert names_cell(names, short_names(LADDER_NAMES), width) == shown


def test_a_first_word_two_dimensions_share_is_not_used_as_a_short_name() -> None:
    short = short_names(["Technical direction", "Technical quality", "Scope"])
    assert short == {
        "Technical direction": "Technical direction",
        "Technical quality": "Technical quality",
        "Scope": "Scope",
    }


@pytest.mark.parametrize(
    ("width", "columns"),
    [
        (120, ["date", "framing", "win", "dimensions"]),
        (80, ["date", "framing", "win", "dimensions"]),
        (60, ["date", "framing", "win"]),
        (40, ["day", "win"]),
    ],
)
def test_the_win_column_keeps_room_to_be_read_at_every_width(
    width: int, columns: list[str]
) -> None:
    widths = column_widths(width)
    assert list(widths) == columns
    assert widths["win"] >= WIN_MIN_WIDTH
    if "dimensions" in widths:
        assert widths["win"] > widths["dimensions"]
    # The columns and the padding around each fit the screen: nothing scrolls.
    used = sum(widths.values()) + CELL_PADDING * len(widths)
    assert used <= width - SCREEN_PADDING - SCROLLBAR_WIDTH


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_a_wins_title_is_readable_and_its_dimensions_named_or_counted(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        Win(
            title="Moved the search service onto the new cluster without downtime",
            date=clock.today(),
            dimensions=("technical_direction", "scope_impact"),
        )
    )
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        journal = await open_journal(pilot)
        table = journal.query_one("#wins", DataTable)
        row = [str(cell) for cell in table.get_row_at(0)]
        title = row[list(table.columns).index("win")]
        assert title.startswith("Moved the search serv")
        assert table.virtual_size.width <= table.size.width
        if size[0] == 80:
            assert row[-1] == "Scope… +1"
        else:
            assert "dimensions" not in [str(key.value) for key in table.columns]
