"""A before → after with neither a unit nor a name ("30 → 3") is asked what
its numbers count; the win keeps the framing its words and figures give it."""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.framing import read_win
from careerclimb_tui.domain.records import FRAMING_IMPACT, Measure
from careerclimb_tui.store import Store

ASK_30_3 = catalogue.FRAMING_ASK_UNIT_OF_PAIR.format(before="30", after="3")

# (title, the typed measure, the note expected or "" when the coach says none)
CASES = {
    "no unit, no name": ("Sped up deploys", Measure(30, 3), ASK_30_3),
    "a decimal end": (
        "Sped up deploys",
        Measure(2.5, 1),
        catalogue.FRAMING_ASK_UNIT_OF_PAIR.format(before="2.5", after="1"),
    ),
    "a unit": ("Sped up deploys", Measure(30, 3, "minutes"), ""),
    "a name": ("Sped up deploys", Measure(30, 3, label="deploy time"), ""),
    "a percent": ("Cut flaky runs", Measure(20, 9, "%"), ""),
    "a change alone": ("Cut flaky runs", Measure(change_pct=-40), ""),
    "no change": ("Sped up deploys", Measure(30, 30), ""),
    "no measure": ("Sped up deploys", None, ""),
    "stated with its unit": ("Cut deploys from 30 to 3 minutes", None, ""),
}


@pytest.mark.parametrize(
    ("title", "measure", "note"),
    CASES.values(),
    ids=CASES.keys(),
)
def test_a_pair_with_no_unit_is_asked_what_it_counts(
    title: str, measure: Measure | None, note: str
) -> None:
    reading = read_win(title, "", measure)

    assert reading.unitless_pair == note
    if note:
        assert reading.hints[0] == note


def test_the_note_leaves_a_titled_win_impact() -> None:
    reading = read_win("Sped up deploys", "", Measure(30, 3))

    assert reading.framing == FRAMING_IMPACT


def test_log_prints_the_note_on_stderr(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["log", "Sped up deploys", "--before", "30", "--after", "3"]

    code = main(args, clock=clock)

    assert code == 0
    printed = capsys.readouterr()
    assert f"coach: {ASK_30_3}" in printed.err
    assert ASK_30_3 not in printed.out
    assert [win.measure for win in store.wins()] == [Measure(30, 3)]


def test_check_lists_the_note(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", "Sped up deploys: 30 -> 3"], clock=clock)

    assert code == 0
    assert f"  - {ASK_30_3}" in capsys.readouterr().out
