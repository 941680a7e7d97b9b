"""The coach asks to check the numbers when the words say a change went one way
and the before → after the other way; it never refuses the win for it."""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.framing import read_win
from careerclimb_tui.domain.measure_direction import direction_clash
from careerclimb_tui.domain.records import Measure
from careerclimb_tui.store import Store

UP = Measure(3, 6, "days")
DOWN = Measure(30, 12, "minutes")
LATENCY = Measure(800, 320, "ms", "p95 checkout latency")

# (what changed, the measure, the word quoted or "" when the coach says nothing)
CASES = {
    "dropped beside a rise": ("Onboarding time dropped", UP, "dropped"),
    "fell beside a rise": ("Review wait fell for everyone", UP, "fell"),
    "cut … by beside a rise": ("Cut build time by a third", UP, "Cut"),
    "reduced beside a rise": ("Reduced pages per week", UP, "Reduced"),
    "went down beside a rise": ("Lead time went down", UP, "went down"),
    "grew beside a fall": ("Weekly deploys grew", DOWN, "grew"),
    "increased beside a fall": ("Test coverage increased", DOWN, "increased"),
    "went up beside a fall": ("Adoption went up", DOWN, "went up"),
    "dropped beside a fall": ("Onboarding time dropped", DOWN, ""),
    "grew beside a rise": ("Weekly deploys grew", UP, ""),
    "no direction word": ("Onboarding got better", UP, ""),
    "both directions": ("Errors dropped and throughput rose", UP, ""),
    "a negation": ("Deploys no longer dropped mid-way", UP, ""),
    "did not fall": ("Costs didn't fall", UP, ""),
    "cutting a release": ("Cut the release twice a week", UP, ""),
    "cut the release time": ("Cut the release time", UP, "Cut"),
    "a negative end": ("Savings dropped", Measure(-5, 10, "k$"), ""),
    "no measure": ("Onboarding time dropped", None, ""),
    "a change alone": ("Errors dropped", Measure(change_pct=40), ""),
    "the same before and after": ("Errors dropped", Measure(5, 5, "errors"), ""),
    "another quantity rose": (
        "Checkout pages load faster for every customer; conversion rose.",
        LATENCY,
        "",
    ),
    "another quantity rose after and": (
        "Latency is lower and conversion rose",
        LATENCY,
        "",
    ),
    "the named quantity rose": (
        "Checkout latency rose; conversion fell",
        LATENCY,
        "rose",
    ),
    "a plural of the name rose": ("Checkout latencies rose", LATENCY, "rose"),
    "an unnamed measure reads it all": (
        "Pages load faster; conversion rose",
        Measure(800, 320, "ms"),
        "rose",
    ),
}


@pytest.mark.parametrize(
    ("text", "measure", "word"),
    CASES.values(),
    ids=CASES.keys(),
)
def test_words_and_numbers_that_disagree_are_questioned(
    text: str, measure: Measure | None, word: str
) -> None:
    note = direction_clash(text, measure)

    if word:
        assert note.startswith(f"“{word}” says it went")
        assert "check the before, the after and the unit" in note
    else:
        assert note == ""


def test_the_coach_panel_leads_with_the_check() -> None:
    reading = read_win(
        "Mentored two new joiners",
        "Onboarding time to first solo PR dropped from 3 weeks to 6 days",
        Measure(3, 6, "days"),
    )

    assert reading.is_impact
    assert reading.hints[0] == reading.direction_clash
    assert "3 → 6 days" in reading.direction_clash


def test_a_rise_of_another_quantity_is_not_questioned() -> None:
    reading = read_win(
        "Made checkout faster",
        "p95 checkout latency 800 → 320 ms; conversion rose",
    )

    assert reading.direction_clash == ""


def test_the_numbers_the_words_state_are_checked_too() -> None:
    reading = read_win("Sped up CI", "Build time dropped from 10 to 14 minutes")

    assert reading.direction_clash.startswith("“dropped”")


def test_log_prints_the_check_on_stderr_and_keeps_the_win(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = "Onboarding time to first solo PR dropped from 3 weeks to 6 days"
    args = ["log", "Mentored two new joiners", "--changed", changed]
    args += ["--before", "3", "--after", "6", "--unit", "days"]

    code = main(args, clock=clock)

    assert code == 0
    printed = capsys.readouterr()
    note = catalogue.FRAMING_WORDS_FELL_NUMBERS_ROSE.format(
        word="dropped", measure="3 → 6 days"
    )
    assert note in printed.err
    assert "says it went" not in printed.out
    assert [win.what_changed for win in store.wins()] == [changed]
