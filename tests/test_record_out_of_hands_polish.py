"""A recorded line that names what is out of the manager's hands reads as a record.

The prep tells the user to write down what the manager calls out of their hands
(committee, budget, timing) and who decides it. Such a line is no criterion, so
it stays unticked, but it is marked as what it is, not as a vague answer.
"""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.criteria import (
    looks_concrete,
    out_of_hands_mark,
    why_not_concrete,
)
from careerclimb_tui.screens.manager_record import RecordConversationScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

WHO = catalogue.NOTE_OUT_OF_HANDS_WHO
ASK_WHO = catalogue.NOTE_OUT_OF_HANDS_ASK_WHO

# (line, its mark, why it is not concrete)
LINES = [
    ("Promotion budget is decided by the director", WHO, WHO),
    ("It's up to the committee", WHO, WHO),
    ("- The promotion committee makes the call", WHO, WHO),
    ("The VP signs off on all promotions", WHO, WHO),
    ("Ana decides the promo slots", WHO, WHO),
    ("Headcount is decided by Finance", WHO, WHO),
    ("Budget is tight this cycle", ASK_WHO, ASK_WHO),
    ("Headcount is frozen until Q3", ASK_WHO, ASK_WHO),
    ("Timing depends on calibration", ASK_WHO, ASK_WHO),
    ("It's out of my hands", ASK_WHO, ASK_WHO),
    # Something to demonstrate stays a criterion, whatever constraint it names.
    ("Cut pages by 30%, budget permitting", "", ""),
    ("Get the director to sign off on the design", "", ""),
    ("Lead a project across two teams before calibration", "", ""),
    # Vague answers and lines with nothing to show are read as before.
    ("You need more visibility", "", "vague: “visibility”"),
    ("Get better at the whole thing", "", catalogue.NOTE_NOTHING_TO_SHOW),
    ("committee decides", WHO, catalogue.NOTE_TOO_SHORT),
]


@pytest.mark.parametrize(("line", "mark", "reason"), LINES)
def test_a_line_out_of_the_managers_hands_has_its_own_mark(
    line: str, mark: str, reason: str
) -> None:
    assert out_of_hands_mark(line) == mark
    assert why_not_concrete(line) == reason
    assert looks_concrete(line) is (reason == "")


async def test_the_record_screen_marks_who_decides_instead_of_vague(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "n")
        await wait_until(
            pilot, lambda: isinstance(app.screen, RecordConversationScreen)
        )
        record = app.screen
        assert isinstance(record, RecordConversationScreen)
        await type_text(pilot, "Promotion budget is decided by the director")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: record.step == "criteria")
        await pilot.pause()

        table = record.query_one("#drafts", DataTable)
        under = str(table.get_row_at(0)[1]).splitlines()[1]
        detail = " ".join(
            str(record.query_one("#draft-detail", Static).render()).split()
        )
        kept = record.drafts[0].keep

    assert not kept
    assert under == WHO
    assert catalogue.NOTE_NOTHING_TO_SHOW not in detail
    assert "Left unticked" not in detail
    assert catalogue.MANAGER_RECORD_OUT_OF_HANDS.format(mark=WHO) in detail
