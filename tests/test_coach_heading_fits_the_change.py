"""The coach's heading and first hint fit a change filled in with no amount."""

from __future__ import annotations

import io

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.framing import activity_heading, read_win, vague_change_ask
from careerclimb_tui.screens.log_win import FormArea, LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, seed_win, wait_until

WORK = "Right-sized the image-resize workers"
VAGUE = "Cloud bill for the media pipeline went down without any latency change"

# What I did, what changed, the heading, and the first hint.
HEADINGS = [
    (
        "a change with no amount",
        WORK,
        VAGUE,
        catalogue.COACH_ACTIVITY_NO_AMOUNT,
        vague_change_ask("went down"),
    ),
    (
        "nothing changed said",
        WORK,
        "",
        catalogue.COACH_ACTIVITY,
        catalogue.FRAMING_ASK_FOR_CHANGE,
    ),
    (
        "a plan",
        "Will right-size the image-resize workers",
        "",
        catalogue.COACH_PLAN,
        None,
    ),
    (
        "the title's effort still leads",
        "Reviewed 200 PRs",
        "Builds got faster",
        catalogue.COACH_ACTIVITY_NO_AMOUNT,
        None,
    ),
]


@pytest.mark.parametrize(
    "title, changed, heading, first",
    [row[1:] for row in HEADINGS],
    ids=[row[0] for row in HEADINGS],
)
def test_the_heading_says_why_a_win_reads_as_activity(
    title: str, changed: str, heading: str, first: str | None
) -> None:
    reading = read_win(title, changed)

    assert not reading.is_impact
    assert activity_heading(reading) == heading
    if first is not None:
        assert reading.hints[0] == first


def test_a_filled_change_is_not_asked_for_again() -> None:
    reading = read_win(WORK, VAGUE)

    assert catalogue.FRAMING_ASK_FOR_CHANGE not in reading.hints


async def test_the_form_heads_a_change_with_no_amount_as_such(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await home_read(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        form.query_one("#title", FormArea).text = WORK
        form.query_one("#changed", FormArea).text = VAGUE
        verdict = form.query_one("#coach-verdict", Static)
        hints = form.query_one("#coach-hints", Static)
        await wait_until(
            pilot,
            lambda: str(verdict.content) == catalogue.COACH_ACTIVITY_NO_AMOUNT,
        )
        shown = str(hints.content)

    assert shown.startswith("• “Went down” by how much")
    assert "What is different now" not in shown


def _run(clock: FixedClock, *argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), clock=clock, out=out) == 0
    return out.getvalue()


def test_check_and_log_head_a_change_with_no_amount_alike(clock: FixedClock) -> None:
    checked = _run(clock, "check", WORK, "--changed", VAGUE).splitlines()
    logged = _run(clock, "log", WORK, "--changed", VAGUE).splitlines()

    assert checked[0] == catalogue.COACH_ACTIVITY_NO_AMOUNT
    assert checked[1].startswith("  - “Went down” by how much")
    assert logged[1] == f"  coach: {catalogue.COACH_ACTIVITY_NO_AMOUNT}"
    assert logged[2].startswith("  coach: “Went down” by how much")
