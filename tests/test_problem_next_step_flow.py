"""The next step of the problem being driven moves on as it moves through its
stages, and the problem list speaks of it the way the other screens do."""

from __future__ import annotations

from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Stage,
    Stakeholders,
    advance,
    start_initiative,
    suggested_next_step,
)
from careerclimb_tui.domain.problems import ProblemEntry
from careerclimb_tui.home_lines import problem_line
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_dialogs import PeopleDialog, StageDialog
from careerclimb_tui.screens.problem_hub import ProblemHubScreen
from careerclimb_tui.screens.problem_text import problem_shelf
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, open_problem_page, wait_until

OWN_STEP = "Book 30 minutes with the SRE lead"


def flaky_tests_started(store: Store, clock: FixedClock) -> tuple[Initiative, str]:
    """The flaky-tests problem just spotted, its plan's first step as next step."""
    store.save_profile(DEMO_PROFILE)
    entry = problem_shelf(store.path).get("flaky-tests")
    assert entry is not None
    first = entry.first_steps[0]
    started = start_initiative(
        "Flaky tests that everyone reruns", clock.now(), problem_id="flaky-tests"
    )
    return save_initiative(store, started.with_changes(next_step=first)), first


async def open_stage_dialog(pilot: Pilot[None]) -> str:
    """Press a on the tracker; the next step the stage dialog offers.

    Leaving buy-in with nobody recorded as agreeing asks first: yes, move on.
    """
    await pilot.press("a")
    await wait_until(
        pilot,
        lambda: isinstance(pilot.app.screen, StageDialog | ConfirmDialog),
    )
    if isinstance(pilot.app.screen, ConfirmDialog):
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, StageDialog))
    return pilot.app.screen.query_one("#field-next_step", TextArea).text


async def confirm_move(pilot: Pilot[None], stage: Stage) -> None:
    """Save the stage dialog and wait for the move to be on disk."""
    await pilot.press("ctrl+s")
    await wait_until(
        pilot,
        lambda: (
            isinstance(pilot.app.screen, ConfirmDialog)
            or (
                isinstance(pilot.app.screen, InitiativeScreen)
                and pilot.app.screen.initiative is not None
                and pilot.app.screen.initiative.stage is stage
            )
        ),
    )
    if isinstance(pilot.app.screen, ConfirmDialog):
        # Moving into measuring offers to log the result as a win: not yet.
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, InitiativeScreen))


async def test_each_stage_offers_a_next_step_for_that_stage(
    store: Store, clock: FixedClock
) -> None:
    _, first = flaky_tests_started(store, clock)
    app = make_app(store, clock)
    offered: dict[Stage, str] = {}
    async with app.run_test(size=(100, 30)) as pilot:
        await open_problem_page(pilot)
        for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
            offered[stage] = await open_stage_dialog(pilot)
            await confirm_move(pilot, stage)

        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))
        card = app.screen.query_one("#hub-active", Static)
        heading = Content.from_markup(str(card.content)).plain.splitlines()[0]
        assert heading.startswith("In progress:")
        table = app.screen.query_one("#hub-list", DataTable)
        assert str(table.get_row_at(0)[3]) == "today"

    assert offered[Stage.PROPOSED] == catalogue.INITIATIVE_STEP_PROPOSED
    assert offered[Stage.BUY_IN].startswith("Get an explicit yes")
    assert offered[Stage.DRIVING].startswith("Fix or quarantine")
    assert offered[Stage.MEASURING] == catalogue.INITIATIVE_STEP_MEASURING
    assert first not in offered.values()

    [kept] = initiatives(Store(store.path, clock=clock))
    assert kept.stage is Stage.MEASURING
    assert kept.next_step == catalogue.INITIATIVE_STEP_MEASURING
    ladder = load_shelf().ladders["software-engineer"]
    home = problem_line(store, ladder, None, clock.today())
    assert home is not None
    assert "Measuring · updated today · next step: Take a new reading" in home


async def test_a_next_step_the_user_wrote_is_kept_through_a_move(
    store: Store, clock: FixedClock
) -> None:
    saved, _ = flaky_tests_started(store, clock)
    save_initiative(store, saved.with_changes(next_step=OWN_STEP))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_problem_page(pilot)
        assert await open_stage_dialog(pilot) == OWN_STEP
        await confirm_move(pilot, Stage.PROPOSED)

    [kept] = initiatives(Store(store.path, clock=clock))
    assert kept.stage is Stage.PROPOSED
    assert kept.next_step == OWN_STEP


async def test_the_buy_in_step_names_the_people_recorded_as_still_to_agree(
    store: Store, clock: FixedClock
) -> None:
    saved, _ = flaky_tests_started(store, clock)
    now = clock.now()
    proposed = advance(saved, Stage.PROPOSED, now)
    at_buy_in = advance(proposed, Stage.BUY_IN, now)
    roles_step = suggested_next_step(proposed, Stage.BUY_IN, flaky_entry(store))
    save_initiative(store, at_buy_in.with_changes(next_step=roles_step))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_problem_page(pilot)
        tracker = app.screen
        assert isinstance(tracker, InitiativeScreen)

        everyone = "EM Dana, SRE lead Raj, on-call rotation"
        await record_people(pilot, tracker, to_agree=everyone)
        status = str(tracker.query_one("#tracker-status", Static).content)
        assert "EM Dana, SRE lead Raj, on-call rotation" in status

        await record_people(pilot, tracker, agreed="SRE lead Raj")

    [kept] = initiatives(Store(store.path, clock=clock))
    assert roles_step.startswith("Get an explicit yes from each of: Tech lead")
    assert kept.next_step == catalogue.INITIATIVE_STEP_BUY_IN_FROM.format(
        who="EM Dana, on-call rotation"
    )


async def test_moving_to_buy_in_offers_the_people_already_recorded(
    store: Store, clock: FixedClock
) -> None:
    saved, _ = flaky_tests_started(store, clock)
    proposed = advance(saved, Stage.PROPOSED, clock.now()).with_changes(
        next_step=catalogue.INITIATIVE_STEP_PROPOSED,
        stakeholders=Stakeholders(to_agree=("EM Dana", "Priya")),
    )
    save_initiative(store, proposed)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_problem_page(pilot)
        offered = await open_stage_dialog(pilot)

    assert offered == catalogue.INITIATIVE_STEP_BUY_IN_FROM.format(who="EM Dana, Priya")


def flaky_entry(store: Store) -> ProblemEntry:
    """The catalogue's flaky-tests entry, as the app reads it."""
    entry = problem_shelf(store.path).get("flaky-tests")
    assert entry is not None
    return entry


async def record_people(
    pilot: Pilot[None], tracker: InitiativeScreen, **fields: str
) -> None:
    """Press k on the tracker, set some people fields, save and wait for the save."""
    before = tracker.initiative
    await pilot.press("k")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, PeopleDialog))
    dialog = pilot.app.screen
    for name, value in fields.items():
        dialog.query_one(f"#field-{name}", Input).value = value
    await pilot.press("ctrl+s")
    await wait_until(
        pilot, lambda: pilot.app.screen is tracker and tracker.initiative != before
    )
