"""When the words and the numbers disagree, the coach's first line says so
rather than reading as approval, in `careerclimb check` and the log form."""

from __future__ import annotations

import io

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.screens.log_win import FormArea, LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, seed_win, wait_until

CLASH = "Reduced deploy time from 10 to 45 minutes"

# (statement, the first line `check` prints)
FIRST_LINES = {
    "numbers the other way": (
        CLASH,
        catalogue.CHECK_IMPACT_CLASH.format(measured="measured"),
    ),
    "numbers the same way": (
        "Reduced deploy time from 45 to 10 minutes",
        "Reads as impact, measured.",
    ),
}


@pytest.mark.parametrize(
    ("text", "first"), FIRST_LINES.values(), ids=FIRST_LINES.keys()
)
def test_check_heads_a_clash_with_it(clock: FixedClock, text: str, first: str) -> None:
    out = io.StringIO()

    assert main(["check", text], clock=clock, out=out) == 0

    lines = out.getvalue().splitlines()
    assert lines[0] == first
    if text == CLASH:
        assert "numbers go the other way" in lines[0]
        assert lines[1].startswith("  - “Reduced” says it went down")


async def test_the_form_heads_a_clash_with_it(store: Store, clock: FixedClock) -> None:
    seed_win(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await home_read(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        form.query_one("#title", FormArea).text = CLASH
        verdict = form.query_one("#coach-verdict", Static)
        await wait_until(
            pilot, lambda: str(verdict.content) == catalogue.COACH_IMPACT_CLASH
        )
        hints = str(form.query_one("#coach-hints", Static).content)

    assert hints.startswith("• “Reduced” says it went down")
