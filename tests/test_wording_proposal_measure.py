"""A proposal names the measure its baseline and readings are of.

With no name typed, the measure is named as its result win names it: by the
catalogue entry's measure in the baseline's unit, so that "Baseline: 60
reruns/week" never stands under no name at all.
"""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    draft_proposal,
    start_initiative,
)
from careerclimb_tui.domain.problems import ProblemEntry, ProblemMeasure

NOW = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.timezone.utc)
DAY = NOW.date()

FLAKY = ProblemEntry(
    id="flaky-tests",
    title="Flaky tests everyone reruns",
    symptoms=("Builds are rerun until green",),
    why_next_level="Everyone pays for it.",
    dimensions=("execution",),
    first_steps=("Count the reruns",),
    who_agrees=("Tech lead",),
    measures=(
        ProblemMeasure("Flaky failure rate", "%", "lower"),
        ProblemMeasure("CI reruns per week", "reruns/week", "lower"),
    ),
    keywords=("flaky",),
)


def measured(metric: str, unit: str) -> Initiative:
    """A problem with a baseline of 60 and a latest reading of 22."""
    problem = start_initiative("Builds are rerun all the time", NOW)
    return problem.with_changes(
        metric=metric,
        better="lower",
        baseline=Reading(60.0, unit, DAY - dt.timedelta(days=28)),
        readings=(Reading(22.0, unit, DAY),),
    )


NAMED = [
    ("", "reruns/week", FLAKY, "Measured by CI reruns per week; lower is better."),
    ("", "%", FLAKY, "Measured by flaky failure rate; lower is better."),
    ("", "builds", FLAKY, "Measured by flaky failure rate; lower is better."),
    (
        "Build reruns",
        "reruns/week",
        FLAKY,
        "Measured by build reruns; lower is better.",
    ),
    ("Build reruns", "reruns/week", None, "Measured by build reruns; lower is better."),
]


@pytest.mark.parametrize(
    ("metric", "unit", "entry", "line"),
    NAMED,
    ids=[
        "no name: the entry's measure in the baseline's unit",
        "no name: the entry's measure in percent",
        "no name, no unit of the entry's: its first measure",
        "a typed name with an entry",
        "a typed name alone",
    ],
)
def test_the_proposal_names_what_its_readings_measure(
    metric: str, unit: str, entry: ProblemEntry | None, line: str
) -> None:
    proposal = draft_proposal(measured(metric, unit), entry)

    lines = proposal.success.lines
    assert lines[0] == line
    assert any(text.startswith("Baseline: 60") for text in lines[1:])


def test_a_problem_of_its_own_with_no_name_says_only_its_readings() -> None:
    proposal = draft_proposal(measured("", "reruns/week"), None)

    lines = proposal.success.lines
    assert not any(text.startswith("Measured by") for text in lines)
    assert lines[0].startswith("Baseline: 60 reruns/week on")
