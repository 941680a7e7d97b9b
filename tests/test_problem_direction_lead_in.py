"""The early-readings lead-in of the pitch puts the result win's words
mid-sentence by the one rule the problem's result title uses too."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.domain.pitch import InitiativeFacts, build_pitch
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.wins import framed

TODAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize(
    ("measure", "what_changed", "told"),
    [
        (
            Measure(before=20, after=4, unit="%", label="CI red-run rate"),
            "The CI red-run rate went from 20% to 4%",
            "show that the CI red-run rate went from 20% to 4%.",
        ),
        (
            Measure(before=900, after=40, unit="seconds", label="Kafka consumer lag"),
            "Kafka consumer lag went from 900 to 40 seconds",
            "show that Kafka consumer lag went from 900 to 40 seconds.",
        ),
    ],
)
def test_the_early_lead_in_lowers_only_a_common_first_word(
    measure: Measure, what_changed: str, told: str
) -> None:
    win = framed(
        Win(
            title="Quarantined the flaky suites",
            date=TODAY,
            what_changed=what_changed,
            measure=measure,
            id=3,
        )
    )
    facts = InitiativeFacts(
        id=1,
        title="Red CI runs",
        fix="Quarantined the flaky suites",
        measure=measure,
        win_ids=(3,),
        has_result=True,
        driven=True,
        measured_from=TODAY,
        measured_to=TODAY,
    )

    text = build_pitch([win], [], [facts], TODAY).text

    assert f"Early readings, all taken on 5 December, {told}" in text
