"""The problem pages say where each thing is entered, and fit at 80 columns.

The proposal names the key that fills in each empty section; the check moves
from its last answer to the verdict instead of starting; the problems list keeps
its change column whole.
"""

from __future__ import annotations

import datetime as dt

from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    Stakeholders,
    add_reading,
    advance,
    draft_proposal,
    start_initiative,
)
from careerclimb_tui.screens.problem_check import CandidateCheckScreen
from careerclimb_tui.screens.problem_hub import ProblemHubScreen
from careerclimb_tui.screens.problem_proposal import ProposalScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from tests.helpers import make_app, type_text, wait_until

DETAILS = catalogue.PROPOSAL_FILLED_FROM_DETAILS
PEOPLE = catalogue.PROPOSAL_FILLED_FROM_PEOPLE


def flaky(clock: FixedClock) -> Initiative:
    """A problem of the user's own with nothing but its name."""
    return start_initiative("Flaky builds", clock.now())


# --- the proposal names the key for each empty section -------------------------


def test_each_empty_section_names_the_key_that_fills_it(clock: FixedClock) -> None:
    proposal = draft_proposal(flaky(clock), None)

    assert proposal.missing_by_place == (
        (
            DETAILS,
            (
                catalogue.PROPOSAL_H_PROBLEM,
                catalogue.PROPOSAL_H_EVIDENCE,
                catalogue.PROPOSAL_H_FIX,
                catalogue.PROPOSAL_H_COST,
                catalogue.PROPOSAL_H_SUCCESS,
            ),
        ),
        (PEOPLE, (catalogue.PROPOSAL_H_WHO,)),
    )


def test_recorded_people_leave_only_the_details_to_fill(clock: FixedClock) -> None:
    initiative = flaky(clock).with_changes(
        description="Builds fail for no reason.",
        stakeholders=Stakeholders(to_agree=("Priya",)),
    )

    proposal = draft_proposal(initiative, None)

    assert [where for where, _ in proposal.missing_by_place] == [DETAILS]


async def test_the_proposal_says_who_must_agree_is_recorded_as_people(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, flaky(clock))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        shown = str(app.screen.query_one("#proposal-missing", Static).render())

    flat = " ".join(shown.split())
    assert f"{catalogue.PROPOSAL_H_WHO} ({PEOPLE})" in flat
    assert f"{catalogue.PROPOSAL_H_SUCCESS} ({DETAILS})" in flat


# --- Enter in the check's last answer shows the verdict ------------------------


async def test_enter_in_the_last_answer_moves_to_the_verdict_not_tracking(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "w")
        await wait_until(pilot, lambda: isinstance(app.screen, CandidateCheckScreen))
        check = app.screen
        await type_text(pilot, "Flaky builds")
        check.query_one("#check-peer").focus()
        await pilot.press("n", "y")
        await wait_until(
            pilot, lambda: check.focused is check.query_one("#check-change")
        )
        await type_text(pilot, "Reruns drop to none\n")
        await type_text(pilot, "the mobile team\n")
        await pilot.pause()

        assert app.screen is check
        assert check.focused is check.query_one("#check-panel")
        assert initiatives(store) == []

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(initiatives(store)) == 1)


async def test_enter_in_the_last_answer_goes_to_what_is_still_empty(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "w")
        await wait_until(pilot, lambda: isinstance(app.screen, CandidateCheckScreen))
        check = app.screen
        await type_text(pilot, "Flaky builds")
        check.query_one("#check-outside").focus()
        await type_text(pilot, "the mobile team\n")
        await pilot.pause()

        assert app.screen is check
        assert check.focused is check.query_one("#check-peer")
        assert initiatives(store) == []


# --- the problems list fits its change column at 80 columns ---------------------


async def test_the_problems_list_shows_the_whole_change_at_80_columns(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    started = start_initiative(
        "Flaky integration tests everyone reruns", clock.now(), problem_id="flaky"
    ).with_changes(metric="Flaky reruns per week", better="lower")
    for value, day in ((30, 0), (4, 14)):
        taken = Reading(
            value, "flaky reruns/week", clock.today() + dt.timedelta(days=day)
        )
        started = add_reading(started, taken, clock.now())
    dropped = advance(started, Stage.DROPPED, clock.now(), note="Too noisy")
    save_initiative(store, dropped)
    weeks_later = FixedClock(clock.now() + dt.timedelta(days=45))
    app = make_app(store, weeks_later)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))
        await pilot.pause()
        table = app.screen.query_one("#hub-list", DataTable)
        lines = [
            "".join(segment.text for segment in table.render_line(y))
            for y in range(table.size.height)
        ]
        right = table.region.right

    assert right <= 80
    assert any("30 → 4 flaky reruns/week" in line for line in lines)
    assert not any("reruns/week (" in line for line in lines)
