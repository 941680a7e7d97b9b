"""The journal's Dimensions column names every win of several dimensions in one
form: the first beside how many more where every row fits that way, else a count
in every row."""

from __future__ import annotations

import re

import pytest
from textual.widgets import DataTable

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.names import counts_names, names_cell, short_names
from tests.helpers import make_app, wait_until

LADDER_NAMES = [
    "Scope and impact",
    "Technical direction",
    "Execution and delivery",
    "Collaboration and influence",
    "Mentoring and growing others",
    "Ownership and initiative",
]
SHORT = short_names(LADDER_NAMES)
SCOPE_FIRST = ("Scope and impact", "Technical direction", "Execution and delivery")
COLLABORATION_FIRST = ("Collaboration and influence", "Scope and impact")
ONE = ("Execution and delivery",)


@pytest.mark.parametrize(
    ("rows", "width", "counted"),
    [
        ([SCOPE_FIRST, ONE], 12, False),
        ([SCOPE_FIRST, COLLABORATION_FIRST], 12, True),
        ([SCOPE_FIRST, COLLABORATION_FIRST], 17, False),
        ([ONE, ("Collaboration and influence",)], 12, False),
        ([], 12, False),
    ],
    ids=[
        "every row of several fits by name",
        "one row fits only as a count",
        "wide enough for every first name",
        "single names are never counted",
        "no wins",
    ],
)
def test_a_column_counts_its_rows_once_one_of_them_has_to_be(
    rows: list[tuple[str, ...]], width: int, counted: bool
) -> None:
    assert counts_names(rows, SHORT, width) is counted


@pytest.mark.parametrize(
    ("names", "width", "shown"),
    [
        (SCOPE_FIRST, 12, "3 dimensions"),
        (COLLABORATION_FIRST, 12, "2 dimensions"),
        (("Scope and impact", "Technical direction"), 40, "2 dimensions"),
        (ONE, 12, "Execution…"),
        ((), 12, ""),
    ],
)
def test_a_counted_column_counts_every_row_of_several_names(
    names: tuple[str, ...], width: int, shown: str
) -> None:
    assert names_cell(names, SHORT, width, counted=True) == shown


async def test_the_journal_names_every_row_of_several_dimensions_alike(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        journal = app.screen
        assert isinstance(journal, JournalScreen)
        wins = list(journal._shown)
        table = journal.query_one("#wins", DataTable)
        cells = [str(table.get_row_at(row)[-1]) for row in range(table.row_count)]

    several = [
        cell for cell, win in zip(cells, wins, strict=True) if len(win.dimensions) > 1
    ]
    assert len(several) >= 2, "the demo has wins of several dimensions"
    # Wide enough for the widest short name, every row names its first.
    assert all(re.fullmatch(r"\S+… \+\d", cell) for cell in several), cells
