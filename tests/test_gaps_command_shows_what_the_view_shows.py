"""`careerclimb gaps` prints the gap view's own table: the wins not counted yet
and the manager's criteria met, with the same words under it, fitted to 80
columns."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from rich.cells import cell_len
from textual.widgets import DataTable

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_full_demo
from careerclimb_tui.domain.records import Win
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.reports import fitted_columns
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

LADDER = load_shelf().ladders["software-engineer"]


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def career_with_a_win_not_reviewed(store: Store, clock: FixedClock) -> None:
    """The sample career, and a mentoring win that no review has judged yet."""
    seed_full_demo(store, clock.today())
    store.add_win(
        Win(
            title="Paired with two new joiners on their first incident",
            date=clock.today() - dt.timedelta(days=1),
            dimensions=("mentoring",),
        )
    )


def table_rows(out: str) -> list[list[str]]:
    """The printed table, heading first, each line split into its cells."""
    lines = out.splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("Dimension "))
    table = lines[first : first + 1 + len(LADDER.dimensions)]
    return [re.split(r" {2,}", line.strip()) for line in table]


def test_gaps_prints_pending_wins_and_criteria_met_with_their_legend(
    store: Store, clock: FixedClock
) -> None:
    career_with_a_win_not_reviewed(store, clock)

    code, out = run(clock, "gaps")

    assert code == 0
    heading, *rows = table_rows(out)
    assert heading == list(catalogue.GAPS_COLUMNS)
    mentoring = next(row for row in rows if row[0] == "Mentoring and growing others")
    assert mentoring[2] == "0 +1◌"
    assert re.fullmatch(r"0/1 met( \*)?( ⚑)?", mentoring[4])
    flat = " ".join(out.split())
    assert catalogue.GAPS_PENDING_AWAITING in flat
    assert all(cell_len(line) <= 80 for line in out.splitlines())


async def test_gaps_prints_the_cells_the_gap_view_shows(
    store: Store, clock: FixedClock
) -> None:
    career_with_a_win_not_reviewed(store, clock)
    _, out = run(clock, "gaps")
    _, *printed = table_rows(out)

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, GapScreen)
                and bool(app.screen.query("#gap-table").results(DataTable))
            ),
        )
        table = app.screen.query_one("#gap-table", DataTable)
        await wait_until(pilot, lambda: table.row_count > 0)
        shown = [
            [str(cell) for cell in table.get_row_at(n)] for n in range(table.row_count)
        ]

    assert printed == shown


ROW = ["missing", "0 · 2026-10-30 +1◌", "0", "0/1 met * ⚑"]
LONG = "Cross-functional influence and organisational leadership"
FITS = [
    ("short names stay whole", "Scope", 78, "Scope"),
    ("a long name is cut to fit", LONG, 78, "Cross-functional influence…"),
    ("never cut below the fewest cells", LONG, 40, "Cross-functio…"),
]


@pytest.mark.parametrize(
    ("name", "width", "shown"),
    [case[1:] for case in FITS],
    ids=[case[0] for case in FITS],
)
def test_printed_columns_cut_long_names_to_fit_the_width(
    name: str, width: int, shown: str
) -> None:
    lines = fitted_columns([list(catalogue.GAPS_COLUMNS), [name, *ROW]], width)

    assert lines[1].startswith(shown + "  ")
    # Names cut to the fewest cells leave the other columns as they are.
    assert max(cell_len(line) for line in lines) <= max(width, 65)
    assert lines[0].index("Status") == lines[1].index("missing")
