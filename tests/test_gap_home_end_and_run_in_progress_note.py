"""The gap view's Home and End go to the table's first and last row while the
table has the focus, and its ↻ note says to finish a run already in progress
rather than to start a new one."""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.gaps import gap_view
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.review import start_review
from careerclimb_tui.gap_text import pending_lines
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.help import screen_keys
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until
from tests.test_pending_dimensions import AFTER, one_win
from tests.test_snapshots import two_wins_reviewed


async def test_home_and_end_move_the_focused_gap_table_to_its_ends(
    store: Store, clock: FixedClock
) -> None:
    two_wins_reviewed(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        table = app.screen.query_one("#gap-table", DataTable)
        await wait_until(pilot, lambda: table.has_focus and table.row_count > 2)
        await pilot.press("down", "end")
        await wait_until(pilot, lambda: table.cursor_row == table.row_count - 1)
        at_end = table.cursor_row
        await pilot.press("home")
        await wait_until(pilot, lambda: table.cursor_row == 0)
        keys = screen_keys(app.screen)

    assert at_end == table.row_count - 1
    assert ("Home", catalogue.GAPS_HOME_KEY) in keys
    assert ("End", catalogue.GAPS_END_KEY) in keys
    assert not [does for _, does in keys if does in ("Top of page", "End of page")]


async def test_home_and_end_still_move_the_page_when_it_has_the_focus(
    store: Store, clock: FixedClock
) -> None:
    two_wins_reviewed(store, clock)
    app = make_app(store, clock)
    # Short, so that the page scrolls.
    async with app.run_test(size=(80, 16)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        table = app.screen.query_one("#gap-table", DataTable)
        page = app.screen.query_one("#gaps", VerticalScroll)
        await wait_until(pilot, lambda: table.row_count > 2)
        page.focus()
        await pilot.press("end")
        await wait_until(pilot, lambda: page.scroll_y == page.max_scroll_y > 0)
        await pilot.press("home")
        await wait_until(pilot, lambda: page.scroll_y == 0)

    assert table.cursor_row == 0


@pytest.mark.parametrize(
    ("in_progress", "command_line", "expected"),
    [
        (False, False, catalogue.GAPS_PENDING_ADDED_AFTER),
        (False, True, catalogue.GAPS_PENDING_ADDED_AFTER_CLI),
        (True, False, catalogue.GAPS_PENDING_ADDED_AFTER_IN_RUN),
        (True, True, catalogue.GAPS_PENDING_ADDED_AFTER_IN_RUN_CLI),
    ],
    ids=["no run going", "no run going, printed", "run going", "run going, printed"],
)
def test_the_added_after_note_says_to_finish_a_run_in_progress(
    clock: FixedClock, in_progress: bool, command_line: bool, expected: str
) -> None:
    wins, reviews = one_win("finished", AFTER)
    if in_progress:
        reviews.append(start_review(quarter_of(wins[0].date), wins, AFTER, reviews))
    ladder = load_shelf().get("software-engineer")

    view = gap_view(ladder, "senior", wins, reviews, [], clock.today(), None)
    lines = dict(pending_lines(view, command_line=command_line))

    assert view.added_after_in_run is in_progress
    assert lines["gaps-added-after"] == expected.format(
        dimensions="Technical direction"
    )


async def test_the_gap_view_says_to_resume_the_run_holding_a_win_added_after(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    wins, reviews = one_win("finished", AFTER)
    win = store.add_win(wins[0])
    for review in reviews:
        store.save_review(review)
    store.save_review(start_review(quarter_of(win.date), [win], AFTER, reviews))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        note = str(app.screen.query_one("#gaps-added-after", Static).render())

    assert note == catalogue.GAPS_PENDING_ADDED_AFTER_IN_RUN.format(
        dimensions="Technical direction"
    )
