"""What the user told the app about their problem reaches its proposal and tracker.

The proposal carries the target and the reach the four-question check recorded,
the other teams and helpers recorded as people; the tracker's next step follows
a reading taken at measuring; the check's pop-up gives the reasons its panel
gives; the problems hub's help names every key that opens the problem.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    Stakeholders,
    add_note,
    add_reading,
    advance,
    draft_proposal,
    is_own_step,
    start_initiative,
    step_after_measure,
    suggested_next_step,
)
from careerclimb_tui.domain.problems import check_candidate
from careerclimb_tui.export.markdown import render_proposal_markdown
from careerclimb_tui.screens.help import HelpScreen
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_check import CandidateCheckScreen
from careerclimb_tui.screens.problem_dialogs import ExportDialog, FormDialog
from careerclimb_tui.screens.problem_hub import OPEN_IN_PROGRESS_KEY, ProblemHubScreen
from careerclimb_tui.screens.problem_proposal import ProposalScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import (
    initiative_from_json,
    initiative_to_json,
    initiatives,
    save_initiative,
)
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, open_problem_page, wait_until

CHANGE = "Reruns from 30% of builds to under 5%, measured weekly from CI logs"
OUTSIDE = "the mobile and data teams"


def checked(clock: FixedClock) -> Initiative:
    """A problem of the user's own, with the check's answers as its first note."""
    started = start_initiative("Flaky builds", clock.now())
    note = " ".join(
        (
            catalogue.PROBLEM_CHECK_NOTE_CHANGE.format(text=CHANGE),
            catalogue.PROBLEM_CHECK_NOTE_OUTSIDE.format(text=OUTSIDE),
        )
    )
    return add_note(started, note, clock.now())


# --- item: the proposal carries the target and who else it reaches -------------


def test_the_proposal_states_the_target_and_who_else_it_reaches(
    clock: FixedClock,
) -> None:
    initiative = checked(clock).with_changes(
        target=CHANGE,
        metric="Build reruns",
        better="lower",
        stakeholders=Stakeholders(
            helped=("Ana (SRE)",), other_teams=("Mobile", "Data platform")
        ),
    )

    proposal = draft_proposal(initiative, None)

    assert proposal.success.lines == (
        "Measured by build reruns; lower is better.",
        f"Target: {CHANGE}.",
    )
    assert proposal.reach.lines == (
        f"Expected to notice outside the team: {OUTSIDE}.",
        "Other teams involved: Mobile, Data platform.",
        "Helping: Ana (SRE).",
    )
    markdown = render_proposal_markdown(proposal)
    assert f"## {catalogue.PROPOSAL_H_REACH}" in markdown
    assert "Other teams involved: Mobile, Data platform." in markdown


def test_a_proposal_without_reach_leaves_the_section_out(
    clock: FixedClock,
) -> None:
    proposal = draft_proposal(start_initiative("Flaky builds", clock.now()), None)

    assert proposal.reach.lines == ()
    assert proposal.reach not in proposal.sections
    assert catalogue.PROPOSAL_H_REACH not in proposal.missing
    assert catalogue.PROPOSAL_H_REACH not in render_proposal_markdown(proposal)


def test_an_initiative_saved_before_targets_takes_the_checks_answer(
    clock: FixedClock,
) -> None:
    doc = initiative_to_json(checked(clock))
    del doc["target"]

    assert initiative_from_json(doc, 1).target == CHANGE

    cleared = dict(doc, target="")
    assert initiative_from_json(cleared, 1).target == ""


async def test_the_checks_answers_and_people_reach_the_exported_proposal(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "w")
        await wait_until(pilot, lambda: isinstance(app.screen, CandidateCheckScreen))
        check = app.screen
        check.query_one("#check-name", TextArea).load_text("Flaky builds")
        await pilot.press("tab", "tab", "n", "y")
        check.query_one("#check-change", Input).value = CHANGE
        check.query_one("#check-outside", Input).value = OUTSIDE
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))

        await pilot.press("k")
        await wait_until(pilot, lambda: isinstance(app.screen, FormDialog))
        dialog = app.screen
        dialog.query_one("#field-helped", Input).value = "Ana"
        dialog.query_one("#field-other_teams", Input).value = "Mobile, Data"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await wait_until(
            pilot, lambda: initiatives(store)[0].stakeholders.helped == ("Ana",)
        )

        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        path = tmp_path / "proposal.md"
        app.screen.query_one("#field-path", Input).value = str(path)
        await pilot.press("enter")
        await wait_until(pilot, path.exists)

    exported = path.read_text(encoding="utf-8")
    assert f"Target: {CHANGE}." in exported.replace("\\", "")
    assert f"Expected to notice outside the team: {OUTSIDE}." in exported
    assert "Other teams involved: Mobile, Data." in exported
    assert "Helping: Ana." in exported
    [kept] = initiatives(store)
    assert kept.target == CHANGE


async def test_the_target_is_edited_in_the_details_and_redrafted(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    saved = save_initiative(store, checked(clock).with_changes(target=CHANGE))
    assert saved.id is not None
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        proposal = app.screen
        area = proposal.query_one("#proposal-text", TextArea)
        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, FormDialog))
        field = app.screen.query_one("#field-target", Input)
        assert field.value == CHANGE
        field.value = "Reruns under 2% of builds"
        await pilot.press("ctrl+s")
        await wait_until(
            pilot, lambda: "Target: Reruns under 2% of builds." in area.text
        )

    [kept] = initiatives(store)
    assert kept.target == "Reruns under 2% of builds"


# --- item: the measuring step follows the readings ------------------------------

MEASURING = catalogue.INITIATIVE_STEP_MEASURING
MEASURED = catalogue.INITIATIVE_STEP_MEASURED
NOT_BETTER = catalogue.INITIATIVE_STEP_NOT_BETTER
LOGGED = catalogue.INITIATIVE_STEP_RESULT_LOGGED
# The better reading is taken the day after the clock's day (18 Nov 2026), so it
# can show it held four weeks from 17 Dec 2026.
HOLDS_ON = catalogue.INITIATIVE_STEP_RESULT_HOLDS_ON.format(day="17 Dec 2026")
OWN = "Ask the data team for their numbers"

STEPS_AFTER_MEASURE = [
    # stage, readings (first is the baseline), better, step held, win logged, step
    (Stage.MEASURING, (30,), "lower", MEASURING, False, MEASURING),
    (Stage.MEASURING, (30, 4), "lower", MEASURING, False, MEASURED),
    (Stage.MEASURING, (30, 4), "", MEASURING, False, MEASURED),
    (Stage.MEASURING, (30, 4), "lower", MEASURING, True, HOLDS_ON),
    (Stage.MEASURING, (30, 4), "lower", MEASURED, True, HOLDS_ON),
    (Stage.MEASURING, (30, 34), "lower", MEASURING, False, NOT_BETTER),
    (Stage.MEASURING, (30, 30), "lower", MEASURING, False, MEASURING),
    (Stage.MEASURING, (30, 4, 40), "lower", MEASURED, False, NOT_BETTER),
    (Stage.MEASURING, (30, 4), "lower", OWN, False, OWN),
    (Stage.MEASURING, (30, 4), "lower", "", False, ""),
    (Stage.DRIVING, (30, 4), "lower", MEASURING, False, MEASURING),
    # While driving, a baseline recorded is no longer asked for.
    (
        Stage.DRIVING,
        (30,),
        "lower",
        catalogue.INITIATIVE_STEP_DRIVING,
        False,
        catalogue.INITIATIVE_STEP_DRIVING_MEASURED,
    ),
]


def measured(
    clock: FixedClock, stage: Stage, values: tuple[int, ...], better: str, step: str
) -> Initiative:
    """An initiative at ``stage`` with a reading a day for each value."""
    initiative = start_initiative("Flaky builds", clock.now())
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, forward, clock.now())
        if forward is stage:
            break
    for day, value in enumerate(values):
        taken = Reading(value, "%", clock.today() + dt.timedelta(days=day))
        initiative = add_reading(initiative, taken, clock.now())
    return initiative.with_changes(better=better, next_step=step)


@pytest.mark.parametrize(
    ("stage", "values", "better", "held", "logged", "expected"), STEPS_AFTER_MEASURE
)
def test_the_measuring_step_follows_the_readings(
    clock: FixedClock,
    stage: Stage,
    values: tuple[int, ...],
    better: str,
    held: str,
    logged: bool,
    expected: str,
) -> None:
    initiative = measured(clock, stage, values, better, held)

    assert step_after_measure(initiative, None, logged) == expected


def test_moving_into_measuring_with_a_result_offers_the_result_step(
    clock: FixedClock,
) -> None:
    driving = measured(
        clock, Stage.DRIVING, (30, 4), "lower", catalogue.INITIATIVE_STEP_DRIVING
    )

    assert suggested_next_step(driving, Stage.MEASURING) == MEASURED
    assert not is_own_step(MEASURED, None)
    assert not is_own_step(LOGGED, None)


async def test_a_second_reading_moves_the_trackers_next_step_on(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measured(clock, Stage.MEASURING, (30,), "lower", MEASURING))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        tracker = app.screen
        status = tracker.query_one("#tracker-status", Static)
        assert "Take a new reading" in str(status.content)

        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, FormDialog))
        app.screen.query_one("#field-value", Input).value = "4"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await wait_until(pilot, lambda: "log the result" in str(status.content))
        assert "Take a new reading" not in str(status.content)

    [kept] = initiatives(store)
    assert kept.next_step == MEASURED


# --- item: the check's pop-up gives the reasons its panel gives -----------------


async def test_tracking_current_level_work_anyway_lists_every_concern(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "w")
        await wait_until(pilot, lambda: isinstance(app.screen, CandidateCheckScreen))
        check = app.screen
        check.query_one("#check-name", TextArea).load_text("Flaky builds")
        await pilot.press("tab", "tab", "y", "n")
        check.query_one("#check-change", Input).value = CHANGE
        await pilot.pause()
        panel = str(check.query_one("#check-verdict", Static).content)

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        question = app.screen.question

    concerns = (catalogue.CHECK_REASON_PEER, catalogue.CHECK_REASON_ASSIGNED)
    for concern in concerns:
        assert concern in panel
        assert f"• {concern}" in question
    # The last question was never reached: the answers settled it, and neither
    # the panel nor the question holds its blank against the problem.
    assert catalogue.CHECK_CAUTION_INSIDE_ONLY not in panel
    assert catalogue.CHECK_CAUTION_INSIDE_ONLY not in question


def test_the_checks_concerns_are_its_reasons_then_its_cautions() -> None:
    check = check_candidate(True, False, "", "")

    assert check.concerns == (
        catalogue.CHECK_REASON_PEER,
        catalogue.CHECK_REASON_ASSIGNED,
        catalogue.CHECK_REASON_NO_CHANGE,
        catalogue.CHECK_CAUTION_INSIDE_ONLY,
    )


# --- item: the hub's help names every key that opens the problem in progress -----


async def test_the_hubs_help_lists_the_keys_that_open_the_problem_in_progress(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measured(clock, Stage.MEASURING, (30,), "lower", ""))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))
        card = str(app.screen.query_one("#hub-active", Static).content)
        said = f"({OPEN_IN_PROGRESS_KEY} or Ctrl+G opens it)"
        assert said in card.replace("\n", " ")

        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        table = app.screen.query_one("#help-keys", DataTable)
        rows = [
            tuple(str(cell) for cell in table.get_row_at(index))
            for index in range(table.row_count)
        ]

    described = catalogue.PROBLEM_OPEN_IN_PROGRESS
    # Both keys are listed together, under the fuller of their two names.
    at = rows.index(("Ctrl+G", described))
    assert rows[at + 1] == (OPEN_IN_PROGRESS_KEY, described)

    # Both keys open it.
    for key in (OPEN_IN_PROGRESS_KEY, "ctrl+g"):
        app = make_app(store, clock)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("o")
            await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))
            await pilot.press(key)
            await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
