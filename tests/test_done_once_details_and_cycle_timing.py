"""What the problem's page and the manager rehearsal say follows the user's own data.

1. Moving a problem to Done before its result held asks once, and that one
   question says what is missing.
2. The suggested next step follows the evidence and the fix the user wrote, and
   names none of the catalogue plan's numbers once they did.
3. The details key stays in the problem page's footer at every stage.
4. The rehearsal manager says when the cycle closes as the profile's date has
   it, and says nothing of timing without one.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from textual.content import Content
from textual.widgets import Footer, Input, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs import load_problem_catalog
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    Stakeholders,
    add_reading,
    advance,
    done_cautions,
    is_own_step,
    leave_stage_question,
    start_initiative,
    step_after_details_change,
    suggested_next_step,
)
from careerclimb_tui.domain.problems import ProblemEntry, ProblemMeasure
from careerclimb_tui.domain.rehearsal import (
    CONCRETE_WITH_CATCH,
    MANAGER,
    REALISTIC,
    ManagerBank,
    bank_for_cycle,
    cycle_timing,
    names_cycle,
    respond,
    start_rehearsal,
)
from careerclimb_tui.screens.help import screen_keys
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.manager_rehearsal import RehearsalScreen
from careerclimb_tui.screens.problem_dialogs import DetailsDialog, StageDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, open_problem_page, wait_until

NOW = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.timezone.utc)
DAY = NOW.date()
AGREED = Stakeholders(to_agree=("Mia",), agreed=("Mia",))


@pytest.fixture
def clock() -> FixedClock:
    """A clock stopped on the day of the latest readings."""
    return FixedClock(NOW)


def stored(store: Store) -> Initiative:
    [found] = initiatives(Store(store.path, clock=store.clock))
    return found


def plain(widget: Static) -> str:
    return " ".join(Content.from_markup(str(widget.content)).plain.split())


# --- 1. Done asks once --------------------------------------------------------------


def measuring(*readings: tuple[int, float]) -> Initiative:
    """Review waits at measuring: a 48-hour baseline, then each (days after the
    baseline, hours) reading, the last one taken today."""
    initiative = start_initiative("Reviews wait two days", NOW)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, forward, NOW)
    first = DAY - dt.timedelta(days=readings[-1][0])
    initiative = add_reading(initiative, Reading(48, "hours", first), NOW)
    for days, value in readings:
        taken = Reading(value, "hours", first + dt.timedelta(days=days))
        initiative = add_reading(initiative, taken, NOW)
    return initiative.with_changes(
        metric="Time to first review", better="lower", stakeholders=AGREED
    )


RULE = "The result counts as held once better readings span four weeks, and "


@pytest.mark.parametrize(
    ("readings", "missing"),
    [
        (
            ((0, 36), (0, 6)),
            RULE + "all readings were taken on 5 Dec 2026: a reading on or after "
            "2 Jan 2027 can show it holds.",
        ),
        (
            ((3, 6),),
            RULE + "better readings began on 5 Dec 2026: a reading on or after "
            "2 Jan 2027 can show it holds.",
        ),
        (
            ((10, 12), (24, 6)),
            RULE + "better readings began on 21 Nov 2026: a reading on or after "
            "19 Dec 2026 can show it holds.",
        ),
    ],
    ids=["all on one day", "a few days apart", "better for two weeks"],
)
def test_done_before_the_result_held_is_asked_once_with_what_is_missing(
    readings: tuple[tuple[int, float], ...], missing: str
) -> None:
    problem = measuring(*readings)

    question = leave_stage_question(problem)

    assert question == f"Measuring is not finished.\n{missing}\n\nMove to Done anyway?"
    # The dialog that follows does not ask about the result again.
    assert done_cautions(problem) == ()


def test_an_early_result_no_better_than_the_baseline_is_said_in_the_dialog() -> None:
    worse = measuring((0, 60))

    assert leave_stage_question(worse) == ""
    assert done_cautions(worse) == (
        catalogue.INITIATIVE_DONE_EARLY.format(
            fact="so far measured only on 5 Dec 2026"
        ),
    )


async def test_readings_of_one_day_ask_once_before_done(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measuring((0, 36), (0, 6)))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        question = app.screen
        assert isinstance(question, ConfirmDialog)
        asked = question.question

        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        cautions = [plain(w) for w in app.screen.query(".dialog-caution")]
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: stored(store).stage is Stage.DONE)

    assert "all readings were taken on 5 Dec 2026" in asked
    assert "on or after 2 Jan 2027" in asked
    assert cautions == []


# --- 2. The next step follows the user's details ------------------------------------

FLAKY = ProblemEntry(
    id="flaky-tests",
    title="Flaky tests that everyone reruns",
    symptoms=("A red build is retried",),
    why_next_level="Nobody owns the total.",
    dimensions=("execution",),
    first_steps=(
        "Pull a month of CI runs and count, for each test, how often it failed",
        "Fix or quarantine the ten worst tests, each with a named owner",
        "Propose a rule for new flaky tests",
    ),
    who_agrees=("Tech lead",),
    measures=(ProblemMeasure("Flaky-test rate", "% of runs", "lower"),),
    keywords=("flaky",),
)
GATHER, TEN_WORST, _RULE = FLAKY.first_steps
FIX = "Quarantine the 12 flakiest tests and give each an owner"
EVIDENCE = "In November 9 of our 40 tests failed then passed on a rerun"


def flaky(
    stage: Stage, evidence: str = "", fix: str = "", step: str = ""
) -> Initiative:
    """A flaky-tests problem moved forward to ``stage``, with these details."""
    initiative = start_initiative("Flaky tests", NOW, problem_id=FLAKY.id)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        if initiative.stage is stage:
            break
        initiative = advance(initiative, forward, NOW)
    return initiative.with_changes(evidence=evidence, proposed_fix=fix, next_step=step)


@pytest.mark.parametrize(
    ("before", "target", "entry", "offered"),
    [
        (flaky(Stage.BUY_IN), Stage.DRIVING, FLAKY, TEN_WORST),
        (
            flaky(Stage.BUY_IN, fix=FIX),
            Stage.DRIVING,
            FLAKY,
            catalogue.INITIATIVE_STEP_DRIVING,
        ),
        (
            flaky(Stage.BUY_IN, fix=FIX),
            Stage.DRIVING,
            None,
            catalogue.INITIATIVE_STEP_DRIVING,
        ),
        (flaky(Stage.SPOTTED), Stage.SPOTTED, FLAKY, GATHER),
        (
            flaky(Stage.SPOTTED, evidence=EVIDENCE),
            Stage.SPOTTED,
            FLAKY,
            catalogue.INITIATIVE_STEP_SPOTTED_EVIDENCE,
        ),
        (
            flaky(Stage.SPOTTED, evidence=EVIDENCE),
            Stage.SPOTTED,
            None,
            catalogue.INITIATIVE_STEP_SPOTTED_EVIDENCE,
        ),
    ],
    ids=[
        "no fix written: the plan's fix",
        "a fix written: the user's fix",
        "a fix written, no catalogue entry",
        "no evidence written: the plan's way to gather it",
        "evidence written: on to the proposal",
        "evidence written, no catalogue entry",
    ],
)
def test_the_suggested_step_follows_the_details_the_user_wrote(
    before: Initiative, target: Stage, entry: ProblemEntry | None, offered: str
) -> None:
    step = suggested_next_step(before, target, entry)

    assert step == offered
    assert not is_own_step(step, entry)


OWN_STEP = "Pair with Lee on the first quarantine"


@pytest.mark.parametrize(
    ("edited", "step"),
    [
        # The plan's step gives way to the details typed later.
        (
            flaky(Stage.DRIVING, fix=FIX, step=TEN_WORST),
            catalogue.INITIATIVE_STEP_DRIVING,
        ),
        (
            flaky(Stage.SPOTTED, evidence=EVIDENCE, step=GATHER),
            catalogue.INITIATIVE_STEP_SPOTTED_EVIDENCE,
        ),
        # Until they are typed, the plan's step stays.
        (flaky(Stage.DRIVING, step=TEN_WORST), TEN_WORST),
        # A step the user wrote, a blank one, or another stage's step stays.
        (flaky(Stage.DRIVING, fix=FIX, step=OWN_STEP), OWN_STEP),
        (flaky(Stage.DRIVING, fix=FIX), ""),
        (
            flaky(Stage.MEASURING, fix=FIX, step=catalogue.INITIATIVE_STEP_MEASURING),
            catalogue.INITIATIVE_STEP_MEASURING,
        ),
    ],
    ids=[
        "driving: the fix",
        "spotted: the evidence",
        "no fix yet",
        "the user's own step",
        "no step",
        "measuring",
    ],
)
def test_editing_the_details_moves_a_suggested_step_on(
    edited: Initiative, step: str
) -> None:
    assert step_after_details_change(edited, FLAKY) == step


async def test_a_fix_typed_later_replaces_the_plans_numbers_on_the_page(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    bundled_entry = load_problem_catalog().get(FLAKY.id)
    assert bundled_entry is not None
    plan_fix = bundled_entry.first_steps[1]
    assert "ten worst" in plan_fix
    save_initiative(store, flaky(Stage.DRIVING, step=plan_fix))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        shown_before = plain(page.query_one("#tracker-status", Static))
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, DetailsDialog))
        app.screen.query_one("#field-proposed_fix", TextArea).text = FIX
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: stored(store).proposed_fix == FIX)
        await wait_until(pilot, lambda: app.screen is page)
        await pilot.pause()
        shown_after = plain(page.query_one("#tracker-status", Static))

    assert "ten worst" in shown_before
    assert stored(store).next_step == catalogue.INITIATIVE_STEP_DRIVING
    assert "ten worst" not in shown_after
    assert "land the first change of the fix" in shown_after


# --- 3. The details key at every stage ----------------------------------------------


def at_stage(stage: Stage, baseline: bool) -> Initiative:
    """A problem of one's own at ``stage``, with or without a baseline."""
    initiative = start_initiative("Builds are rerun all the time", NOW)
    path = (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING)
    if stage in (Stage.PAUSED, Stage.DROPPED):
        path = (Stage.PROPOSED,)
    for forward in path:
        if initiative.stage is stage:
            break
        initiative = advance(initiative, forward, NOW)
    if baseline:
        initiative = add_reading(initiative, Reading(30, "%", DAY), NOW)
    if stage in (Stage.DONE, Stage.PAUSED, Stage.DROPPED):
        initiative = advance(initiative, stage, NOW, "Replaced by the new pipeline")
    return initiative


STAGES = [
    *((stage, True) for stage in Stage),
    (Stage.PROPOSED, False),
    (Stage.PAUSED, False),
]


@pytest.mark.parametrize(
    ("stage", "baseline"),
    STAGES,
    ids=[f"{s.value}{'' if b else '-no-baseline'}" for s, b in STAGES],
)
async def test_the_details_key_is_offered_at_every_stage(
    store: Store, clock: FixedClock, stage: Stage, baseline: bool
) -> None:
    # While the readings are what the page is about (measuring, done), fixing a
    # reading takes the details' place in the footer; help still lists them.
    store.save_profile(DEMO_PROFILE)
    saved = save_initiative(store, at_stage(stage, baseline))
    assert saved.id is not None and saved.stage is stage
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(InitiativeScreen(saved.id))
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        page = app.screen
        await wait_until(pilot, lambda: bool(page.query("FooterKey")))
        await pilot.pause()
        footer = page.query_one(Footer)
        every = list(footer.query("FooterKey"))
        palette = [k for k in every if k.has_class("-command-palette")]
        shown = [k for k in every if k not in palette]
        room = palette[0].region.x if palette else footer.region.right
        labels = [" ".join(str(key.render()).split()) for key in shown]

        if stage in (Stage.MEASURING, Stage.DONE) and baseline:
            assert "r Fix readings" in labels and "e Details" not in labels
            listed = {description for _, description in screen_keys(page)}
            assert "Details" in listed
        else:
            assert "e Details" in labels
        assert len(shown) <= 6
        for key, label in zip(shown, labels, strict=True):
            assert 0 < key.region.width and key.region.right <= room, label

        # And e opens the details there.
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, DetailsDialog))


# --- 4. When the cycle closes, in the rehearsal -------------------------------------

TODAY = dt.date(2026, 11, 18)


@pytest.mark.parametrize(
    ("closes", "said"),
    [
        (None, ""),
        (TODAY - dt.timedelta(days=1), ""),
        (TODAY, "within a week"),
        (TODAY + dt.timedelta(days=10), "in 1 week"),
        (dt.date(2027, 3, 31), "in 19 weeks"),
    ],
    ids=["no date", "closed", "today", "ten days", "months away"],
)
def test_a_manager_says_when_the_cycle_closes_as_the_profile_has_it(
    closes: dt.date | None, said: str
) -> None:
    assert cycle_timing(closes, TODAY) == said


@pytest.fixture(scope="module")
def bundled() -> ManagerBank:
    return load_manager_bank()


WHEN_IT_CLOSES = re.compile(r"cycle closes (?:in|within) ")
"""A manager's line saying when the cycle closes."""


def every_line(bank: ManagerBank) -> list[str]:
    """Every line a manager of the bank may say."""
    lines = [line for m in bank.managers for line in m.greetings]
    for replies in bank.replies.values():
        lines += replies.openers
        lines += [line for pool in replies.follow_ups.values() for line in pool]
    lines += [line for pool in bank.closings.values() for line in pool]
    return lines


def test_the_bundled_managers_claim_no_timing_the_profile_does_not_give(
    bundled: ManagerBank,
) -> None:
    said_without = every_line(bank_for_cycle(bundled, ""))
    said_with = every_line(bank_for_cycle(bundled, "in 19 weeks"))

    assert any(names_cycle(line) for line in every_line(bundled))
    assert not [line for line in said_without if WHEN_IT_CLOSES.search(line)]
    assert not [line for line in said_with + said_without if "soon" in line]
    closes = [line for line in said_with if WHEN_IT_CLOSES.search(line)]
    assert closes and all("cycle closes in 19 weeks" in line for line in closes)


ASK = "What would I need to demonstrate, specifically, for a promotion to senior?"
PUSH = "Can you give me an example of the kind of work that would count?"
EVIDENCE_LINE = "I cut deploy failures by 40%, and the platform team adopted the fix."


def catch_seed(bundled: ManagerBank, cycle: str) -> int:
    """The first seed whose realistic manager names the cycle's close at once."""
    for seed in range(500):
        rehearsal = start_rehearsal(bundled, REALISTIC, seed, cycle=cycle)
        rehearsal, said = respond(rehearsal, ASK)
        if rehearsal.stance == CONCRETE_WITH_CATCH and "cycle closes" in said:
            return seed
    raise AssertionError("no seed opens on the cycle's close")


def test_a_rehearsal_without_a_cycle_date_says_nothing_of_timing(
    bundled: ManagerBank,
) -> None:
    for seed in range(200):
        rehearsal = start_rehearsal(bundled, REALISTIC, seed)
        for line in (ASK, PUSH, EVIDENCE_LINE, PUSH, EVIDENCE_LINE):
            if rehearsal.ended:
                break
            rehearsal, _ = respond(rehearsal, line)
        said = [turn.text for turn in rehearsal.turns if turn.speaker == MANAGER]
        timing = [s for s in said if WHEN_IT_CLOSES.search(s) or "soon" in s]
        assert not timing, seed


async def test_the_rehearsal_manager_names_the_profiles_cycle_date(
    store: Store, bundled: ManagerBank
) -> None:
    # The demo profile's cycle closes on 31 Mar 2027, 19 weeks after this day.
    clock = FixedClock(dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc))
    seed = catch_seed(bundled, "in 19 weeks")
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=seed, difficulty=REALISTIC))
        await wait_until(pilot, lambda: isinstance(app.screen, RehearsalScreen))
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        await wait_until(pilot, lambda: screen.rehearsal is not None)
        screen.query_one("#say", Input).value = ASK
        await pilot.press("enter")
        await wait_until(pilot, lambda: len(screen.query(".turn.manager")) == 2)
        said = [plain(t) for t in screen.query(".turn.manager").results(Static)]

    assert "before the cycle closes in 19 weeks" in said[-1]
