"""The next step of a next-level problem moves on with its stage, and how long ago
it was last updated reads the same on every problem screen."""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.initiative import (
    Stage,
    days_ago_text,
    is_own_step,
    start_initiative,
    suggested_next_step,
)
from careerclimb_tui.domain.problems import ProblemEntry, ProblemMeasure

S = Stage

FLAKY = ProblemEntry(
    id="flaky-tests",
    title="Flaky tests that everyone reruns",
    symptoms=("A red build is retried",),
    why_next_level="Nobody owns the total.",
    dimensions=("execution",),
    first_steps=(
        "Pull a month of CI runs and count the flaky tests",
        "Fix or quarantine the ten worst tests",
        "Propose a rule for new flaky tests",
    ),
    who_agrees=("Tech lead", "Engineering manager"),
    measures=(ProblemMeasure("Flaky-test rate", "% of runs", "lower"),),
    keywords=("flaky",),
)
FIRST, FIX, _RULE = FLAKY.first_steps
OWN = "Book 30 minutes with the SRE lead"
BUY_IN_FROM = catalogue.INITIATIVE_STEP_BUY_IN_FROM.format(
    who="Tech lead, Engineering manager"
)

NEXT_STEPS = [
    # target stage, catalogue entry, the step held now, the step offered
    (S.PROPOSED, FLAKY, FIRST, catalogue.INITIATIVE_STEP_PROPOSED),
    (S.BUY_IN, FLAKY, catalogue.INITIATIVE_STEP_PROPOSED, BUY_IN_FROM),
    (S.DRIVING, FLAKY, BUY_IN_FROM, FIX),
    (S.MEASURING, FLAKY, FIRST, catalogue.INITIATIVE_STEP_MEASURING),
    (S.MEASURING, FLAKY, FIX, catalogue.INITIATIVE_STEP_MEASURING),
    (S.MEASURING, FLAKY, "", catalogue.INITIATIVE_STEP_MEASURING),
    (S.MEASURING, FLAKY, f"  {FIRST.upper()} ", catalogue.INITIATIVE_STEP_MEASURING),
    (S.SPOTTED, FLAKY, "", FIRST),
    (
        S.BUY_IN,
        None,
        catalogue.INITIATIVE_STEP_PROPOSED,
        catalogue.INITIATIVE_STEP_BUY_IN,
    ),
    (S.DRIVING, None, "", catalogue.INITIATIVE_STEP_DRIVING),
    (S.SPOTTED, None, "", catalogue.INITIATIVE_STEP_SPOTTED),
    (S.MEASURING, FLAKY, OWN, OWN),
    (S.DRIVING, None, OWN, OWN),
    (S.PAUSED, FLAKY, FIX, FIX),
    (S.PAUSED, FLAKY, "", ""),
    (S.DONE, FLAKY, OWN, ""),
    (S.DROPPED, FLAKY, FIRST, ""),
]


@pytest.mark.parametrize(
    ("target", "entry", "held", "offered"),
    NEXT_STEPS,
    ids=[
        "proposing-moves-past-the-first-step",
        "buy-in-names-who-agrees",
        "driving-takes-the-fix-from-the-plan",
        "measuring-after-the-first-step",
        "measuring-after-the-fix",
        "measuring-with-no-step",
        "a-suggested-step-in-other-case-and-spacing",
        "spotting-starts-the-plan",
        "buy-in-without-a-catalogue-entry",
        "driving-without-a-catalogue-entry",
        "spotting-without-a-catalogue-entry",
        "the-users-own-step-is-kept",
        "the-users-own-step-is-kept-without-an-entry",
        "pausing-keeps-the-step",
        "pausing-with-no-step",
        "done-has-no-step",
        "dropped-has-no-step",
    ],
)
def test_the_offered_next_step_fits_the_stage_unless_the_user_wrote_one(
    clock: FixedClock,
    target: Stage,
    entry: ProblemEntry | None,
    held: str,
    offered: str,
) -> None:
    initiative = start_initiative("Flaky tests", clock.now()).with_changes(
        next_step=held
    )

    assert suggested_next_step(initiative, target, entry) == offered


def test_every_active_stage_offers_a_different_step(clock: FixedClock) -> None:
    active = [S.SPOTTED, S.PROPOSED, S.BUY_IN, S.DRIVING, S.MEASURING]
    blank = start_initiative("Flaky tests", clock.now())
    for entry in (FLAKY, None):
        steps = [suggested_next_step(blank, stage, entry) for stage in active]

        assert all(steps)
        assert len(set(steps)) == len(steps)
        assert not any(is_own_step(step, entry) for step in steps)


DAYS = [
    (0, "today"),
    (1, "yesterday"),
    (2, "2 days ago"),
    (30, "30 days ago"),
    (-1, "today"),
]


@pytest.mark.parametrize(("days", "said"), DAYS)
def test_how_long_ago_reads_the_same_on_every_problem_screen(
    days: int, said: str
) -> None:
    assert days_ago_text(days) == said
