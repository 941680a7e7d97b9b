"""A figure that says neither what it measures nor where it started ("-50%")
does not make a win impact on its own: the coach asks what it is a change in."""

from __future__ import annotations

import io

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.framing import activity_heading, read_win
from careerclimb_tui.domain.records import FRAMING_ACTIVITY, FRAMING_IMPACT, Measure
from careerclimb_tui.store import Store

HALVED = Measure(change_pct=-50)


@pytest.mark.parametrize(
    ("title", "what_changed", "measure", "framing"),
    [
        ("Cache", "", HALVED, FRAMING_ACTIVITY),
        ("Tuned the cache", "", HALVED, FRAMING_ACTIVITY),
        ("Tuned the cache", "", Measure(amount=-3, unit="minutes"), FRAMING_ACTIVITY),
        ("Refactored the CI", "-40%", None, FRAMING_ACTIVITY),
        ("Cache", "", Measure(change_pct=-50, label="p95 latency"), FRAMING_IMPACT),
        ("Cache", "", Measure(before=40, after=20, unit="minutes"), FRAMING_IMPACT),
        ("Cache", "", Measure(amount=-40000, unit="$ a year"), FRAMING_IMPACT),
        ("Tuned the cache", "p95 latency -40%", None, FRAMING_IMPACT),
        ("Tuned the cache", "latency changed by -40%", None, FRAMING_IMPACT),
        ("Tuned the cache", "errors no longer page anyone", HALVED, FRAMING_IMPACT),
    ],
    ids=[
        "typed percent alone",
        "typed percent under an activity title",
        "typed amount alone",
        "percent alone in the change",
        "typed percent with its metric",
        "typed before and after",
        "typed saving",
        "percent named in the change",
        "percent named before 'changed by'",
        "words state the change",
    ],
)
def test_a_figure_alone_does_not_make_a_win_impact(
    title: str, what_changed: str, measure: Measure | None, framing: str
) -> None:
    reading = read_win(title, what_changed, measure)

    assert reading.framing == framing
    assert bool(reading.unnamed_figure) is (framing == FRAMING_ACTIVITY)


def test_the_coach_asks_what_a_typed_figure_measures() -> None:
    reading = read_win("Cache", "", HALVED)

    asked = catalogue.FRAMING_ASK_WHAT_FIGURE_MEASURES.format(figure="−50%")
    assert reading.hints[0] == asked
    assert "−50% of what" in asked.replace("”", "")
    assert catalogue.FRAMING_ASK_BEFORE_AFTER not in reading.hints
    assert "−50%" in activity_heading(reading)


def run_cli(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def test_a_logged_figure_alone_is_saved_and_shown_as_activity(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)

    code, said = run_cli(clock, "log", "x", "--after", "-50%")

    assert code == 0
    assert "(activity)" in said
    assert "−50% of what" in said.replace("“", "").replace("”", "")
    [win] = store.wins()
    assert win.framing == FRAMING_ACTIVITY
    code, prep = run_cli(clock, "prep", "--print")
    assert code == 0
    assert "logged as: x" not in prep
