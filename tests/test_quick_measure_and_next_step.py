"""A before → after stated in a win's text is saved as its measure, and home's
next step asks an activity-only win for what it actually lacks.

Rules are tested as tables on the domain; the quick form and ``careerclimb log``
are driven as a person would use them, and what they store is read back.
"""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import suggest_change
from careerclimb_tui.domain.wins import framed, next_step
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

TODAY = dt.date(2026, 11, 18)

DEPLOY = "Halved the deploy time for the web app: deploy time 25 -> 12 minutes"
DEPLOY_MEASURE = Measure(before=25, after=12, unit="minutes", label="deploy time")


# --- 1. The before → after a win's text states is the one it keeps ------------------


@pytest.mark.parametrize(
    ("title", "what_changed", "kept"),
    [
        (DEPLOY, "", DEPLOY_MEASURE),
        (
            "Cut build time from 20 to 5 minutes, down 75%",
            "",
            Measure(before=20, after=5, unit="minutes", label="build time"),
        ),
        (
            "Doubled the test coverage of billing",
            "Coverage went from 30% to 60%",
            Measure(before=30, after=60, unit="%", label="Coverage"),
        ),
        (
            "Took the slow queries off the checkout page",
            "p95 800 ms → 200 ms, and errors fell from 9 to 2 a day",
            Measure(before=800, after=200, unit="ms", label="p95"),
        ),
        (
            "Deploy failures fell 40%",
            "",
            Measure(unit="%", change_pct=-40, label="Deploy failures"),
        ),
        ("Cut deploy failures 40% and doubled throughput", "", None),
        ("Reviewed 12 pull requests", "", None),
        ("We plan to cut build time from 20 to 5 minutes", "", None),
    ],
)
def test_a_win_saved_without_a_measure_keeps_the_one_its_text_states(
    title: str, what_changed: str, kept: Measure | None
) -> None:
    saved = framed(Win(title=title, date=TODAY, what_changed=what_changed))
    assert saved.measure == kept


def test_a_typed_measure_is_never_replaced_by_one_read_from_the_text() -> None:
    typed = Measure(before=30, after=10, unit="minutes", label="deploy time")
    saved = framed(Win(title=DEPLOY, date=TODAY, measure=typed))
    assert saved.measure == typed


async def test_the_quick_win_and_the_command_line_keep_the_stated_measure(
    store: Store, clock: FixedClock
) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("k")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        await type_text(pilot, DEPLOY)
        verdict = " ".join(str(form.query_one("#coach-verdict").render()).split())
        assert verdict == f"{catalogue.COACH_IMPACT} {catalogue.COACH_MEASURED}"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

    out = io.StringIO()
    assert main(["log", DEPLOY], clock=clock, out=out) == 0
    out = io.StringIO()
    assert main(["wins", "--json"], clock=clock, out=out) == 0
    from_form, from_cli = json.loads(out.getvalue())
    assert from_form["measure"] == from_cli["measure"]

    quick, logged = Store(store.path, clock=clock).wins()
    assert quick.measure == logged.measure == DEPLOY_MEASURE
    # The review offers the change as stated: its before → after is in it already.
    assert suggest_change(quick).text == DEPLOY


# --- 2. Home asks an activity-only win for what it lacks ----------------------------

BLANK = ("Reviewed 40 pull requests for the payments team", "")
FILLED = ("Onboarded 3 new engineers", "They shipped in week one")
IMPACT = ("Cut CI time from 30 to 12 minutes for every team", "")
PLAN = ("Will migrate the billing service to the new queue next month", "")


def stored(*texts: tuple[str, str]) -> list[Win]:
    """Wins as saved today, each from its title and what changed."""
    return [framed(Win(title=t, date=TODAY, what_changed=c)) for t, c in texts]


def counted(template: str, count: int) -> str:
    noun, verb = ("win", "is") if count == 1 else ("wins", "are")
    return template.format(count=count, noun=noun, verb=verb)


@pytest.mark.parametrize(
    ("wins", "step"),
    [
        (stored(BLANK), counted(catalogue.NEXT_REFRAME, 1)),
        (stored(FILLED), counted(catalogue.NEXT_REFRAME_MEASURE, 1)),
        (stored(FILLED, FILLED), counted(catalogue.NEXT_REFRAME_MEASURE, 2)),
        (stored(FILLED, IMPACT, PLAN), counted(catalogue.NEXT_REFRAME_MEASURE, 1)),
        (
            stored(BLANK, FILLED, BLANK),
            catalogue.NEXT_REFRAME_MIXED.format(count=3, blank=2, filled=1),
        ),
        (stored(IMPACT), catalogue.NEXT_ALL_IMPACT),
    ],
)
def test_home_asks_an_activity_only_win_for_what_it_lacks(
    wins: list[Win], step: str
) -> None:
    assert next_step(wins, TODAY) == step


def test_a_win_that_says_what_changed_is_not_asked_to_add_it() -> None:
    step = next_step(stored(FILLED), TODAY)
    assert step == (
        "1 win this quarter is about what you did but not what changed: "
        "add a before → after (journal, j)."
    )
    assert "add what changed" not in step
    assert "before → after" in step
