"""A change told with no amount is headed as a change, the same way wherever the
coach reads it, and the 60-second version says in plain words what it is cut from.
"""

from __future__ import annotations

import datetime as dt
import io

from textual.widgets import Static

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.framing import activity_heading, read_win
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import read_walk_change
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.pitch import PitchScreen, ShortPitchDialog
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

LED = "Led the migration of the deploy pipeline across three teams"
TOLD = "Rollbacks became rare and deploys got faster for payments, search and checkout"
HEADING = "Tells a change, with no amount yet."


def run(clock: FixedClock, *argv: str) -> list[str]:
    out = io.StringIO()
    assert main(list(argv), clock=clock, out=out) == 0
    return out.getvalue().splitlines()


def test_a_change_told_with_no_amount_is_headed_as_a_change() -> None:
    reading = read_win(LED, TOLD)

    assert not reading.is_impact, "the framing still counts it as activity"
    assert activity_heading(reading) == HEADING


def test_check_log_and_the_review_walk_head_it_alike(clock: FixedClock) -> None:
    checked = run(clock, "check", LED, "--changed", TOLD)
    logged = run(clock, "log", LED, "--changed", TOLD)
    win = framed(Win(title=LED, date=dt.date(2026, 11, 2), id=1))
    _, walked = read_walk_change(win, TOLD)

    assert checked[0] == HEADING
    assert logged[1] == f"  coach: {HEADING}"
    assert walked.startswith("Coach: tells a change, with no amount yet. ")
    assert "activity" not in walked


async def test_the_60_second_draft_says_what_it_is_cut_from_in_plain_words(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, ShortPitchDialog))
        intro = str(app.screen.query_one("#short-intro", Static).render())

    assert " ".join(intro.split()) == (
        "The main story only, cut from a draft of your records (not saved yet): "
        "for a hallway, or the first minute of a 1:1."
    )
