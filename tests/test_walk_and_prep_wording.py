"""Wording that must match what the user sees: question 3 of the review walk asks
for a change when there is none to confirm, and a printed or exported prep plan
names the day its countdown to the cycle starts from."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.conversation import describe_cycle
from careerclimb_tui.domain.framing import FRAMING_PLAN
from careerclimb_tui.domain.records import FRAMING_IMPACT, Win
from careerclimb_tui.domain.review import change_question_how, read_change
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.store import Store
from tests.helpers import answer_up_to_the_change, run_app, type_text

# --- Question 3 of the review walk ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "win_framing", "expected"),
    [
        ("", FRAMING_IMPACT, catalogue.REVIEW_Q3_HOW_EMPTY),
        ("   ", "activity", catalogue.REVIEW_Q3_HOW_EMPTY),
        ("", FRAMING_PLAN, catalogue.REVIEW_Q3_HOW),
        ("Pages fell from 9 to 1 a week", "activity", catalogue.REVIEW_Q3_HOW),
    ],
)
def test_question_three_asks_for_a_change_only_when_there_is_none_to_confirm(
    text: str, win_framing: str, expected: str
) -> None:
    assert change_question_how(read_change(text), win_framing) == expected


async def test_an_activity_win_is_asked_what_changed_not_to_confirm_nothing(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        framed(Win(title="Worked on the billing migration", date=dt.date(2026, 10, 5)))
    )
    async with run_app(store, clock) as (app, pilot):
        field = await answer_up_to_the_change(pilot)
        how = app.screen.query_one("#q3-how", Static)
        reading = app.screen.query_one("#q3-reading", Static)
        assert field.value == ""
        assert str(reading.render()) == catalogue.WALK_READING_EMPTY
        assert str(how.render()) == catalogue.REVIEW_Q3_HOW_EMPTY
        assert how.size.height == 1

        await type_text(pilot, "Invoices went out in 1 day instead of 4")
        await pilot.pause()
        assert str(how.render()) == catalogue.REVIEW_Q3_HOW

        await pilot.press("ctrl+u")
        await pilot.pause()
        assert str(how.render()) == catalogue.REVIEW_Q3_HOW_EMPTY


# --- The prep plan's cycle, printed and exported --------------------------------

TODAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize(
    ("closes", "dated", "expected"),
    [
        (
            dt.date(2027, 3, 31),
            False,
            "the cycle closes 31 Mar 2027, 16 weeks from today",
        ),
        (
            dt.date(2027, 3, 31),
            True,
            "the cycle closes on 31 Mar 2027, 16 weeks from 5 Dec 2026",
        ),
        (
            dt.date(2026, 12, 15),
            True,
            "the cycle closes on 15 Dec 2026, 10 days from 5 Dec 2026",
        ),
    ],
)
def test_the_cycle_is_counted_from_a_named_day_in_text_that_is_kept(
    closes: dt.date, dated: bool, expected: str
) -> None:
    assert describe_cycle(closes, TODAY, dated=dated) == expected


def test_printed_and_exported_prep_name_the_day_the_weeks_count_from(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    store.save_profile(DEMO_PROFILE)
    exported = tmp_path / "prep.md"
    out = io.StringIO()

    code = main(["prep", "--print", "--markdown", str(exported)], clock=clock, out=out)

    assert code == 0
    dated = "the cycle closes on 31 Mar 2027, 19 weeks from 18 Nov 2026"
    for text in (out.getvalue(), exported.read_text(encoding="utf-8")):
        flat = " ".join(text.split())
        assert dated in flat
        assert "from today" not in flat
