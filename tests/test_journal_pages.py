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
from careerclimb_tui.screens.journal import PAGE_ROWS, JournalScreen
from careerclimb_tui.store import Store
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
