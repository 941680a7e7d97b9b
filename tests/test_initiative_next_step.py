"""The next step of a next-level problem moves on with its stage, and how long ago
it was last updated reads the same on every problem screen."""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs import load_problem_catalog
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.initiative import (
    Reading,
    Stage,
    Stakeholders,
    days_ago_text,
    is_own_step,
    start_initiative,
    step_after_people_change,
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


DANA, RAJ, ROTA = "EM Dana", "SRE lead Raj", "on-call rotation"


def asking(*who: str) -> str:
    """The buy-in step naming people still to agree, one of them as typed."""
    if len(who) == 1:
        return f"Get an explicit yes from {who[0]}; record who agreed (k)"
    return catalogue.INITIATIVE_STEP_BUY_IN_FROM.format(who=", ".join(who))


ONE_ROLE = ProblemEntry(
    id="one-role",
    title="A problem only the manager signs off",
    symptoms=("It keeps happening",),
    why_next_level="Nobody owns it.",
    dimensions=("execution",),
    first_steps=("Count it", "Propose a rota", "Run the rota"),
    who_agrees=("Engineering manager",),
    measures=(ProblemMeasure("Misses", "per week", "lower"),),
    keywords=("rota",),
)


ALL_AGREED = catalogue.INITIATIVE_STEP_BUY_IN_ALL_AGREED
PROPOSE = catalogue.INITIATIVE_STEP_PROPOSED

BUY_IN_STEPS = [
    # who has to agree, who has agreed, catalogue entry, the step offered
    ((DANA, RAJ, ROTA), (), FLAKY, asking(DANA, RAJ, ROTA)),
    ((DANA, RAJ, ROTA), (RAJ,), FLAKY, asking(DANA, ROTA)),
    ((DANA, RAJ, ROTA), ("em dana", "On-Call Rotation"), FLAKY, asking(RAJ)),
    ((DANA, RAJ), (), None, asking(DANA, RAJ)),
    ((DANA, RAJ), (RAJ, DANA), FLAKY, ALL_AGREED),
    ((), (DANA,), FLAKY, ALL_AGREED),
    ((), (), FLAKY, BUY_IN_FROM),
    ((), (), None, catalogue.INITIATIVE_STEP_BUY_IN),
    (
        (),
        (),
        ONE_ROLE,
        "Get an explicit yes from the engineering manager; record who agreed (k)",
    ),
    (
        ("Engineering manager",),
        (),
        None,
        "Get an explicit yes from the engineering manager; record who agreed (k)",
    ),
]


@pytest.mark.parametrize(
    ("to_agree", "agreed", "entry", "offered"),
    BUY_IN_STEPS,
    ids=[
        "names-everyone-recorded",
        "leaves-out-who-agreed",
        "agreement-ignores-case",
        "names-people-without-a-catalogue-entry",
        "everyone-recorded-agreed",
        "only-agreed-people-recorded",
        "nobody-recorded-names-the-catalogue-roles",
        "nobody-recorded-and-no-entry",
        "one-catalogue-role-is-named-as-in-a-sentence",
        "one-person-recorded-is-asked-alone",
    ],
)
def test_buy_in_names_who_is_still_to_agree_before_the_catalogue_roles(
    clock: FixedClock,
    to_agree: tuple[str, ...],
    agreed: tuple[str, ...],
    entry: ProblemEntry | None,
    offered: str,
) -> None:
    proposed = start_initiative("Flaky tests", clock.now()).with_changes(
        next_step=PROPOSE,
        stakeholders=Stakeholders(to_agree=to_agree, agreed=agreed),
    )

    assert suggested_next_step(proposed, S.BUY_IN, entry) == offered


PEOPLE_CHANGES = [
    # stage, the step held, who has to agree, who has agreed, the step kept
    (S.BUY_IN, BUY_IN_FROM, (DANA, RAJ, ROTA), (), asking(DANA, RAJ, ROTA)),
    (S.BUY_IN, asking(DANA, RAJ, ROTA), (DANA, RAJ, ROTA), (DANA,), asking(RAJ, ROTA)),
    (S.BUY_IN, asking(DANA), (DANA,), (DANA,), ALL_AGREED),
    (S.BUY_IN, ALL_AGREED, (DANA, RAJ), (DANA,), asking(RAJ)),
    (S.BUY_IN, ALL_AGREED, (), (), BUY_IN_FROM),
    (S.BUY_IN, OWN, (DANA, RAJ), (), OWN),
    (S.BUY_IN, "", (DANA, RAJ), (), ""),
    (S.DRIVING, FIX, (DANA, RAJ), (), FIX),
    (S.PROPOSED, PROPOSE, (DANA,), (), PROPOSE),
]


@pytest.mark.parametrize(
    ("stage", "held", "to_agree", "agreed", "kept"),
    PEOPLE_CHANGES,
    ids=[
        "roles-give-way-to-the-people-recorded",
        "a-yes-takes-a-name-off",
        "the-last-yes",
        "someone-new-to-ask",
        "everyone-removed-goes-back-to-the-roles",
        "the-users-own-step-is-kept",
        "a-cleared-step-stays-clear",
        "other-stages-keep-their-step",
        "proposing-keeps-its-step",
    ],
)
def test_the_buy_in_step_follows_the_people_as_they_are_recorded(
    clock: FixedClock,
    stage: Stage,
    held: str,
    to_agree: tuple[str, ...],
    agreed: tuple[str, ...],
    kept: str,
) -> None:
    initiative = start_initiative("Flaky tests", clock.now()).with_changes(
        stage=stage,
        next_step=held,
        stakeholders=Stakeholders(to_agree=to_agree, agreed=agreed),
    )

    assert step_after_people_change(initiative, FLAKY) == kept


def test_a_step_naming_people_moves_on_with_the_stage(clock: FixedClock) -> None:
    named = asking(DANA, RAJ)
    at_buy_in = start_initiative("Flaky tests", clock.now()).with_changes(
        stage=S.BUY_IN,
        next_step=named,
        stakeholders=Stakeholders(to_agree=(DANA, RAJ), agreed=(DANA, RAJ)),
    )

    assert not is_own_step(named, FLAKY)
    assert not is_own_step(ALL_AGREED, None)
    assert is_own_step("Get an explicit yes from Dana over lunch", FLAKY)
    assert suggested_next_step(at_buy_in, S.DRIVING, FLAKY) == FIX


LANDING = catalogue.INITIATIVE_STEP_DRIVING
LANDING_MEASURED = catalogue.INITIATIVE_STEP_DRIVING_MEASURED
QUARANTINE = "Quarantine a test on its second failure"

DRIVING_STEPS = [
    # catalogue entry, the fix the user proposed, a baseline recorded, the step
    (FLAKY, "", False, FIX),
    (FLAKY, "", True, FIX),
    (ONE_ROLE, "", False, LANDING),
    (ONE_ROLE, "", True, LANDING_MEASURED),
    (FLAKY, QUARANTINE, False, LANDING),
    (FLAKY, QUARANTINE, True, LANDING_MEASURED),
    (None, "", True, LANDING_MEASURED),
]


@pytest.mark.parametrize(
    ("entry", "fix", "measured", "offered"),
    DRIVING_STEPS,
    ids=[
        "the-plans-fix",
        "the-plans-fix-with-a-baseline",
        "a-plan-step-that-proposes-is-behind-the-user",
        "landing-the-fix-once-a-baseline-is-in",
        "the-users-own-fix",
        "the-users-own-fix-with-a-baseline",
        "no-catalogue-entry-with-a-baseline",
    ],
)
def test_the_driving_step_follows_the_agreed_proposal_and_the_baseline(
    clock: FixedClock,
    entry: ProblemEntry | None,
    fix: str,
    measured: bool,
    offered: str,
) -> None:
    agreed = start_initiative("Flaky tests", clock.now()).with_changes(
        stage=S.BUY_IN,
        next_step=ALL_AGREED,
        proposed_fix=fix,
        baseline=Reading(12, "%", clock.today()) if measured else None,
    )

    assert suggested_next_step(agreed, S.DRIVING, entry) == offered


def test_no_catalogue_problem_is_driven_by_proposing_it_again(
    clock: FixedClock,
) -> None:
    agreed = start_initiative("Reviews", clock.now()).with_changes(next_step=ALL_AGREED)
    for entry in load_problem_catalog():
        step = suggested_next_step(agreed, S.DRIVING, entry)

        assert not step.casefold().startswith("propose"), entry.id


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
