"""While a problem is spotted, a suggested step that asks for evidence moves on
to the proposal once a baseline is recorded, and on to sharing the proposal once
every detail it is drafted from is written; a step the user wrote stays."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    add_reading,
    is_own_step,
    start_initiative,
    step_after_details_change,
    step_after_measure,
    suggested_next_step,
)
from careerclimb_tui.domain.problems import ProblemEntry, ProblemMeasure

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
PLAN_STEP = "Time the path from merge to production for the last twenty changes"
ENTRY = ProblemEntry(
    id="slow-deploys",
    title="Deploys are slow",
    symptoms=("Changes wait days",),
    why_next_level="Everyone waits.",
    dimensions=("execution",),
    first_steps=(PLAN_STEP, "Automate the slowest step"),
    who_agrees=("Tech lead",),
    measures=(ProblemMeasure("Lead time for changes", "hours", "lower"),),
    keywords=("deploy",),
)
MEASURED = catalogue.INITIATIVE_STEP_SPOTTED_MEASURED


def spotted(step: str, evidence: str = "") -> Initiative:
    problem = start_initiative("Deploys are slow", NOW, problem_id=ENTRY.id)
    return problem.with_changes(next_step=step, evidence=evidence)


# the step before the baseline, the evidence written, the step after it
STEPS = [
    (PLAN_STEP, "", MEASURED),
    (PLAN_STEP, "Nine of fourteen changes waited a day.", None),
    ("Ask Ana for the deploy logs", "", "Ask Ana for the deploy logs"),
    ("", "", ""),
]


@pytest.mark.parametrize(
    ("before", "evidence", "after"),
    STEPS,
    ids=[
        "the plan's step",
        "evidence already written",
        "a step of the user's own",
        "no step",
    ],
)
def test_a_baseline_moves_the_spotted_step_on(
    before: str, evidence: str, after: str | None
) -> None:
    problem = spotted(before, evidence)
    read = add_reading(problem, Reading(48, "hours", NOW.date()), NOW)

    step = step_after_measure(read, ENTRY, result_logged=False)

    expected = catalogue.INITIATIVE_STEP_SPOTTED_EVIDENCE if after is None else after
    assert step == expected


def test_the_step_after_a_baseline_is_a_suggested_one() -> None:
    problem = add_reading(spotted(PLAN_STEP), Reading(48, "hours", NOW.date()), NOW)

    assert not is_own_step(MEASURED, ENTRY)
    # Moving on to Proposed replaces it, as it replaces every suggested step.
    assert (
        suggested_next_step(
            problem.with_changes(next_step=MEASURED), Stage.PROPOSED, ENTRY
        )
        == catalogue.INITIATIVE_STEP_PROPOSED
    )


EVIDENCE = catalogue.INITIATIVE_STEP_SPOTTED_EVIDENCE
DRAFTED = catalogue.INITIATIVE_STEP_SPOTTED_DRAFTED
EVERY_DETAIL = {
    "description": "Changes wait days to reach production.",
    "evidence": "Nine of fourteen changes waited a day.",
    "proposed_fix": "Deploy on merge.",
    "cost": "Two weeks of one engineer.",
    "target": "Under four hours from merge to production.",
}

# (case, the step before, details left blank, the step after the details edit)
DETAILS = [
    ("every detail written", EVIDENCE, (), DRAFTED),
    ("the plan's step, every detail written", PLAN_STEP, (), DRAFTED),
    ("the cost still blank", EVIDENCE, ("cost",), EVIDENCE),
    ("no way to tell success yet", EVIDENCE, ("target",), EVIDENCE),
    ("a step of the user's own", "Ask Ana first", (), "Ask Ana first"),
]


@pytest.mark.parametrize(
    ("before", "blank", "after"),
    [case[1:] for case in DETAILS],
    ids=[case[0] for case in DETAILS],
)
def test_a_drafted_proposal_moves_the_spotted_step_on(
    before: str, blank: tuple[str, ...], after: str
) -> None:
    details = {key: "" if key in blank else text for key, text in EVERY_DETAIL.items()}
    problem = spotted(before).with_changes(**details)

    assert step_after_details_change(problem, ENTRY) == after


def test_the_drafted_step_is_a_suggested_one() -> None:
    assert not is_own_step(DRAFTED, ENTRY)
    assert (
        suggested_next_step(
            spotted(DRAFTED).with_changes(**EVERY_DETAIL), Stage.PROPOSED, ENTRY
        )
        == catalogue.INITIATIVE_STEP_PROPOSED
    )
