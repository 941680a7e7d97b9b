"""`careerclimb check` heads activity in the log form's coach's own words.

A statement that only says what was done is headed "Reads as activity: it says
what you did, not what changed.", as the coach beside the log form heads it,
then the coach's questions; no bare verb is listed on a line of its own.
"""

from __future__ import annotations

import io

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.framing import read_win
from careerclimb_tui.screens.log_win import FormArea, LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, seed_win, wait_until


def checked(clock: FixedClock, text: str) -> list[str]:
    out = io.StringIO()
    assert main(["check", text], clock=clock, out=out) == 0
    return out.getvalue().splitlines()


# (case, the statement, its first line)
STATEMENTS = [
    ("output", "Built a dashboard", catalogue.COACH_ACTIVITY),
    ("counted effort", "Reviewed 200 PRs this quarter", catalogue.COACH_ACTIVITY),
    ("worked on", "Worked on the billing API", catalogue.COACH_ACTIVITY),
    ("a plan", "We plan to migrate the build", catalogue.COACH_PLAN),
    (
        "measured impact",
        "Deploy failures dropped from 20% to 5% in a month",
        "Reads as impact, measured.",
    ),
]


@pytest.mark.parametrize(
    ("text", "heading"),
    [row[1:] for row in STATEMENTS],
    ids=[row[0] for row in STATEMENTS],
)
def test_check_heads_a_statement_as_the_coach_does_then_asks_its_questions(
    clock: FixedClock, isolated_home: object, text: str, heading: str
) -> None:
    lines = checked(clock, text)

    assert lines[0] == heading
    assert lines[1:] == [f"  - {hint}" for hint in read_win(text).hints]
    assert not any(line.startswith("Activity phrasing") for line in lines)


def test_check_on_an_output_asks_who_uses_it_and_for_a_before_and_after(
    clock: FixedClock, isolated_home: object
) -> None:
    lines = checked(clock, "Built a dashboard")

    assert lines[0] == "Reads as activity: it says what you did, not what changed."
    assert lines[1].startswith("  - Who uses the dashboard now")
    assert "<before> → <after>" in lines[2]


async def test_check_and_the_log_forms_coach_head_an_output_alike(
    store: Store, clock: FixedClock
) -> None:
    text = "Built a dashboard"
    seed_win(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await home_read(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        app.screen.query_one("#title", FormArea).text = text
        verdict = app.screen.query_one("#coach-verdict", Static)
        await wait_until(pilot, lambda: "activity" in str(verdict.content))
        shown = str(verdict.content)

    assert checked(clock, text)[0] == shown
