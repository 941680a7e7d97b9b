"""A single amount or percentage a win states is kept as its measure, however the
win is logged, and the coach then calls the change measured.

The rule is tested as a table on the domain; the quick form is driven as a
person would use it, and ``careerclimb wins --json`` reads back what it stored.
"""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.framing import read_win
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

TODAY = dt.date(2026, 11, 18)

SPOT = "by moving runners to spot instances"
SAVING = Measure(unit="$ a year", amount=-40000, label="CI")
BILL = Measure(unit="%", change_pct=-35, label="CI bill")
BOTH = f"Saved $40k a year on CI, a 35% cut, {SPOT}"

# (title, what changed, the measure kept; None when none is)
WINS = [
    (f"Cut the CI bill 35% {SPOT}", "", BILL),
    (f"Saved $40k a year on CI {SPOT}", "", SAVING),
    ("Moved CI runners to spot instances", "Saved $40k a year on CI", SAVING),
    (
        "Moved CI runners to spot instances",
        "Cut costs by 35%",
        Measure(unit="%", change_pct=-35, label="costs"),
    ),
    (
        "Moved CI runners to spot instances",
        "35% fewer pages",
        Measure(unit="%", change_pct=-35, label="pages"),
    ),
    # A saving said as "saving" or "savings of" is an amount too.
    (
        "Moved CI runners to spot instances, saving $40k a year",
        "",
        Measure(unit="$ a year", amount=-40000),
    ),
    (f"Savings of $40k a year on CI {SPOT}", "", SAVING),
    # A percentage beside an amount: each says in its unit what it is.
    (f"Cut the CI bill 35% {SPOT}", "Saved $40k a year on CI", BILL),
    (BOTH, "", SAVING),
    # Two percentages still cannot be told apart once kept.
    ("Cut deploy failures 40% and pages 30%", "", None),
]


@pytest.mark.parametrize(("title", "changed", "kept"), WINS)
def test_a_single_amount_the_win_states_is_kept_as_its_measure(
    title: str, changed: str, kept: Measure | None
) -> None:
    saved = framed(Win(title=title, date=TODAY, what_changed=changed))
    reading = read_win(title, changed)

    assert saved.measure == kept
    assert reading.keeps_measure is (kept is not None)


async def test_a_quick_win_keeps_its_saving_beside_a_percentage(
    store: Store, clock: FixedClock
) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("k")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        await type_text(pilot, BOTH)
        measured = f"{catalogue.COACH_IMPACT} {catalogue.COACH_MEASURED}"
        await wait_until(pilot, lambda: verdict_of(form) == measured)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

    out = io.StringIO()
    assert main(["wins", "--json"], clock=clock, out=out) == 0
    [win] = json.loads(out.getvalue())
    assert win["measure"]["amount"] == -40000
    assert win["measure"]["unit"] == "$ a year"


def verdict_of(form: LogWinScreen) -> str:
    """The coach's verdict line as shown, on one line."""
    return " ".join(str(form.query_one("#coach-verdict").render()).split())
