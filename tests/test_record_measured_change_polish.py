"""A line asking for a change with its measure reads as a criterion, and a
constraint line with nobody named says to write who decides into the line."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.criteria import looks_concrete, why_not_concrete
from careerclimb_tui.screens.manager_record import RecordConversationScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

# (line, why it is not concrete; empty when it is)
LINES = [
    ("Make on-call quieter, with numbers", ""),
    ("Make releases safer, measured", ""),
    ("Cut pages by half", ""),
    ("Get builds faster by 30%", ""),
    ("Speed up CI by a third", ""),
    ("Make the deploys measurably safer", ""),
    ("Keep doing good work", "vague: “keep doing”"),
    ("Be more visible", "vague: “be more visible”"),
    # A change with no measure asked for is still nothing to show.
    ("Make on-call quieter", catalogue.NOTE_NOTHING_TO_SHOW),
    ("Make the team happier", catalogue.NOTE_NOTHING_TO_SHOW),
]


@pytest.mark.parametrize(("line", "reason"), LINES)
def test_a_change_asked_for_with_its_measure_is_concrete(
    line: str, reason: str
) -> None:
    assert why_not_concrete(line) == reason
    assert looks_concrete(line) is (reason == "")


async def record_lines(pilot: Pilot[None], *lines: str) -> RecordConversationScreen:
    """Open the record screen, type the notes, and go on to marking them."""
    app = pilot.app
    await pilot.press("m", "n")
    await wait_until(pilot, lambda: isinstance(app.screen, RecordConversationScreen))
    record = app.screen
    assert isinstance(record, RecordConversationScreen)
    await type_text(pilot, "\n".join(lines))
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: record.step == "criteria")
    await pilot.pause()
    return record


async def test_the_record_screen_ticks_a_change_asked_for_with_numbers(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        record = await record_lines(pilot, "Make on-call quieter, with numbers")
        table = record.query_one("#drafts", DataTable)
        row = [str(cell) for cell in table.get_row_at(0)]
        draft = record.drafts[0]

    assert draft.keep
    assert row[0] == "✓"
    assert catalogue.NOTE_NOTHING_TO_SHOW not in row[1]


async def test_a_constraint_without_who_decides_says_to_write_it_into_the_line(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        record = await record_lines(pilot, "Budget is tight this cycle")
        table = record.query_one("#drafts", DataTable)
        under = str(table.get_row_at(0)[1]).splitlines()[1]
        detail = " ".join(
            str(record.query_one("#draft-detail", Static).render()).split()
        )

    # Whole under the line at 80 columns, and naming what to add.
    assert under == catalogue.NOTE_OUT_OF_HANDS_ASK_WHO
    assert "add who decides" in under
    assert "write who decides into this line" in detail
    assert "Esc" in detail
