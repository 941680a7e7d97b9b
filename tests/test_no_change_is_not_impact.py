"""A measure whose two ends agree records no change: the win is not impact, and the
coach says the ends are the same rather than asking for both of them.

The rule is a table on the domain; the quick form and ``careerclimb log`` are then
driven with the same win, and both store it as activity.
"""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from textual.widgets import Input

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.framing import read_win, records_no_change
from careerclimb_tui.domain.records import FRAMING_ACTIVITY, Measure, Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

TODAY = dt.date(2026, 11, 18)
SAME = Measure(before=10, after=10, unit="min", label="build")
SAME_SAID = (
    "Before and after are the same (“build 10 → 10 min”), so nothing has "
    "changed yet: correct the figures, or log the win once they move."
)


@pytest.mark.parametrize(
    ("measure", "no_change"),
    [
        (SAME, True),
        (Measure(before=0, after=0, unit="pages"), True),
        (Measure(change_pct=0, label="build"), True),
        (Measure(amount=0, unit="$ a year"), True),
        (Measure(before=10, after=4, unit="min"), False),
        (Measure(before=10, unit="min"), False),
        (Measure(change_pct=-40), False),
        (Measure(label="build", unit="min"), False),
    ],
)
def test_a_measure_records_no_change_when_its_figures_agree(
    measure: Measure, no_change: bool
) -> None:
    assert records_no_change(measure) is no_change


@pytest.mark.parametrize(
    ("title", "measure", "first_hint"),
    [
        ("Cut build time", SAME, SAME_SAID),
        ("Worked on the build", SAME, SAME_SAID),
        ("Builds got faster", SAME, SAME_SAID),
        ("Cut build time from 30 to 10 minutes", SAME, SAME_SAID),
        (
            "Cut build time",
            Measure(change_pct=0, label="build"),
            catalogue.FRAMING_MEASURE_NO_CHANGE.format(measure="build 0%"),
        ),
    ],
)
def test_figures_that_agree_leave_a_win_activity_and_say_so(
    title: str, measure: Measure, first_hint: str
) -> None:
    reading = read_win(title, "", measure)
    saved = framed(Win(title=title, date=TODAY, measure=measure))

    assert not reading.is_impact
    assert saved.framing == FRAMING_ACTIVITY
    assert reading.hints[0] == first_hint
    assert catalogue.FRAMING_COMPLETE_THE_MEASURE not in reading.hints
    assert catalogue.FRAMING_ASK_WHO_BENEFITED not in reading.hints


def test_half_a_measure_is_still_asked_for_its_other_end() -> None:
    reading = read_win("Worked on the build", "", Measure(before=10, unit="min"))

    assert catalogue.FRAMING_COMPLETE_THE_MEASURE in reading.hints


def test_the_command_line_logs_figures_that_agree_as_activity(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    out = io.StringIO()
    argv = ["log", "Cut build time", "--metric", "build", "--unit", "min"]

    assert main([*argv, "--before", "10", "--after", "10"], clock=clock, out=out) == 0

    said = " ".join(out.getvalue().split())
    assert "(activity)" in said
    assert SAME_SAID in said
    [win] = store.wins()
    assert win.framing == FRAMING_ACTIVITY


async def test_the_quick_form_says_the_ends_agree_and_saves_activity(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("k")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        assert isinstance(form, LogWinScreen)
        await type_text(pilot, "Cut build time")
        for field, text in (("metric", "build"), ("unit", "min")):
            form.query_one(f"#{field}", Input).focus()
            await type_text(pilot, text)
        for field in ("before", "after"):
            form.query_one(f"#{field}", Input).focus()
            await type_text(pilot, "10")

        await wait_until(pilot, lambda: SAME_SAID in hints_of(form))
        assert verdict_of(form) == catalogue.COACH_ACTIVITY
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

    out = io.StringIO()
    assert main(["wins", "--json"], clock=clock, out=out) == 0
    [win] = json.loads(out.getvalue())
    assert win["framing"] == FRAMING_ACTIVITY
    assert (win["measure"]["before"], win["measure"]["after"]) == (10, 10)


def verdict_of(form: LogWinScreen) -> str:
    """The coach's verdict line as shown, on one line."""
    return " ".join(str(form.query_one("#coach-verdict").render()).split())


def hints_of(form: LogWinScreen) -> str:
    """The coach's hints as shown, on one line."""
    return " ".join(str(form.query_one("#coach-hints").render()).split())
