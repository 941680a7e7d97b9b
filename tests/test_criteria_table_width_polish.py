"""The criteria table gives the criterion the room: the other columns are as wide
as what they hold, and a long criterion wraps, whole, instead of being cut."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.criteria import Criterion
from careerclimb_tui.screens.manager_criteria import CriteriaScreen
from careerclimb_tui.store import Store, criteria_docs
from tests.helpers import run_app, wait_until

SIXTY = "Lead one technical change across teams, end to end, measured"


def criterion_column(table: DataTable[object]) -> list[str]:
    """What the criterion column shows, line by line, as drawn on screen."""
    drawn = [
        "".join(segment.text for segment in table.render_line(y)).rstrip()
        for y in range(table.size.height)
    ]
    header, body = drawn[0], drawn[1:]
    start = header.index(catalogue.MANAGER_CRITERIA_COL_TEXT)
    after = [
        header.index(heading)
        for heading in (
            catalogue.MANAGER_CRITERIA_COL_DIMENSION,
            catalogue.MANAGER_CRITERIA_COL_STATUS,
        )
        if heading in header
    ]
    return [line[start : min(after)].strip() for line in body]


async def shown_criteria(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> tuple[list[str], DataTable[object]]:
    count = len(criteria_docs.criteria(store))
    async with run_app(store, clock, size) as (app, pilot):
        await pilot.press("m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        table = app.screen.query_one("#criteria-table", DataTable)
        await wait_until(pilot, lambda: table.row_count == count)
        await pilot.pause()
        return criterion_column(table), table


async def test_a_sixty_character_criterion_shows_whole_at_80_columns(
    store: Store, clock: FixedClock
) -> None:
    assert len(SIXTY) == 60
    store.save_profile(DEMO_PROFILE)
    criteria_docs.save_criterion(store, Criterion(SIXTY))

    column, _ = await shown_criteria(store, clock, (80, 24))

    assert "…" not in "".join(column)
    assert " ".join(piece for piece in column if piece) == SIXTY


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_every_demo_criterion_shows_whole(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    seed_full_demo(store, clock.today())
    texts = [criterion.text for criterion in criteria_docs.criteria(store)]

    column, table = await shown_criteria(store, clock, size)

    assert " ".join(piece for piece in column if piece) == " ".join(texts)
    status = table.columns[ColumnKey("status")]
    assert status.width == len("evidence growing"), "status is as wide as it needs"
