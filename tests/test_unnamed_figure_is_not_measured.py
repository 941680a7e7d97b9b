"""A figure that does not say what it measures ("−50%" alone) is no measure
anywhere: not in the check, not in the review's questions, not in its verdict."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.framing import read_statement
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import (
    Choice,
    Noticed,
    PeerAnswer,
    ReviewEntry,
    VerdictKind,
    WinAnswers,
    read_walk_change,
    start_review,
    win_is_measured,
)
from careerclimb_tui.domain.wins import framed

HALVED = Measure(change_pct=-50)
TITLE = "Improved things a lot"


@pytest.mark.parametrize(
    ("title", "what_changed", "measure", "measured"),
    [
        (TITLE, "", HALVED, False),
        (TITLE, "", Measure(amount=-3, unit="minutes"), False),
        (TITLE, "−50%", None, False),
        ("Improved things a lot (−50%)", "", None, False),
        ("Helped with the incident", "", None, False),
        (TITLE, "", Measure(change_pct=-50, label="p95 latency"), True),
        (TITLE, "", Measure(before=40, after=20, unit="minutes"), True),
        (TITLE, "", Measure(amount=-40000, unit="$ a year"), True),
        (TITLE, "p95 latency −40%", None, True),
    ],
    ids=[
        "typed percent alone",
        "typed amount alone",
        "percent alone in the change",
        "percent alone in the title",
        "no figure at all",
        "typed percent with what it measures",
        "typed before and after",
        "typed saving",
        "percent named in the change",
    ],
)
def test_only_a_figure_that_says_what_it_measures_is_measured(
    title: str, what_changed: str, measure: Measure | None, measured: bool
) -> None:
    win = Win(
        title=title,
        date=dt.date(2026, 10, 5),
        what_changed=what_changed,
        measure=measure,
        id=1,
    )

    assert win_is_measured(win) is measured
    assert read_statement(what_changed or title).has_metric is (
        measured and measure is None
    )


@pytest.mark.parametrize(
    "win",
    [
        Win(title=TITLE, date=dt.date(2026, 10, 5), measure=HALVED, id=1),
        Win(title="Helped with the incident", date=dt.date(2026, 10, 5), id=1),
    ],
    ids=["bare figure", "no figure"],
)
def test_a_bare_figure_leaves_the_review_verdict_unclear(
    win: Win, clock: FixedClock
) -> None:
    win = framed(win)
    review = start_review(parse_quarter("2026Q4"), [win], clock.now())
    started = review.entry(1)

    change, coach = read_walk_change(win, win.title)
    entry = ReviewEntry(
        win_id=1,
        win_framing=win.framing,
        win_has_metric=started.win_has_metric,
        answers=WinAnswers(PeerAnswer.NO, Choice.CHOSE, change, Noticed.by("CTO")),
    )

    assert not started.win_has_metric
    assert not change.measured
    assert catalogue.WALK_UNMEASURED in coach
    assert not entry.measured
    assert entry.verdict.kind is VerdictKind.UNCLEAR


def test_check_json_says_a_bare_figure_has_no_metric(clock: FixedClock) -> None:
    out = io.StringIO()

    code = main(
        ["check", "Improved things a lot (−50%)", "--json"], clock=clock, out=out
    )

    reading = json.loads(out.getvalue())
    assert code == 0
    assert reading["has_metric"] is False
    assert reading["framing"] == "activity"
