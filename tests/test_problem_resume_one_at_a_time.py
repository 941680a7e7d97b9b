"""One problem in progress at a time: resuming a paused problem asks about the
one being driven, as starting a new problem does."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Stage,
    advance,
    initiative_in_the_way,
    one_active_message,
    resume,
    start_initiative,
)
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_dialogs import ActiveInitiativeDialog, StageDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from tests.helpers import make_app, notices, wait_until


def problem(clock: FixedClock, title: str, *stages: Stage, id: int) -> Initiative:
    """A problem moved through ``stages``, with a stored id."""
    moved = start_initiative(title, clock.now()).with_changes(id=id)
    for stage in stages:
        moved = advance(moved, stage, clock.now())
    return moved


@pytest.fixture
def driven(clock: FixedClock) -> Initiative:
    return problem(clock, "Slow CI", Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, id=1)


@pytest.fixture
def paused(clock: FixedClock) -> Initiative:
    return problem(clock, "Flaky tests", Stage.PROPOSED, Stage.PAUSED, id=2)


def test_the_problem_being_driven_stands_in_the_way_of_resuming_another(
    driven: Initiative, paused: Initiative
) -> None:
    assert initiative_in_the_way([driven, paused], resuming=paused) == driven
    assert initiative_in_the_way([paused], resuming=paused) is None
    # A problem never stands in its own way.
    assert initiative_in_the_way([driven], resuming=driven) is None


def test_resuming_names_the_problem_to_set_aside_first(
    driven: Initiative, paused: Initiative, clock: FixedClock
) -> None:
    with pytest.raises(CareerClimbError) as refused:
        resume(paused, clock.now(), others=[driven, paused])

    said = refused.value.message
    assert said == one_active_message([driven, paused], resuming=paused)
    assert "“Slow CI” (Driving)" in said
    assert "before resuming “Flaky tests”" in said
    assert resume(paused, clock.now(), others=[paused]).stage is Stage.PROPOSED


async def open_paused(pilot: Pilot[None]) -> InitiativeScreen:
    """Open the hub, then the paused problem, listed under the driven one."""
    app = pilot.app
    await pilot.press("o")
    await pilot.pause()
    await pilot.press("down", "enter")
    await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
    page = app.screen
    assert isinstance(page, InitiativeScreen)
    await wait_until(pilot, lambda: page.initiative is not None)
    assert page.initiative is not None and page.initiative.title == "Flaky tests"
    return page


def stages(store: Store) -> dict[str, Stage]:
    return {kept.title: kept.stage for kept in initiatives(store)}


async def test_resuming_asks_about_the_problem_in_progress_and_pauses_it(
    store: Store, clock: FixedClock, driven: Initiative, paused: Initiative
) -> None:
    store.save_profile(DEMO_PROFILE)
    for kept in (driven, paused):
        save_initiative(store, kept.with_changes(id=None))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        page = await open_paused(pilot)
        await pilot.press("u")
        await wait_until(pilot, lambda: isinstance(app.screen, ActiveInitiativeDialog))
        asked = str(app.screen.query_one(".dialog-intro", Static).render())
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is page and bool(notices(app)))
        told = " ".join(notices(app))

    assert "“Slow CI” (Driving)" in asked and "“Flaky tests”" in asked
    assert stages(store) == {"Slow CI": Stage.PAUSED, "Flaky tests": Stage.PROPOSED}
    assert told == "“Slow CI” is now paused. Moved to Proposed."


async def test_cancelling_the_question_resumes_nothing(
    store: Store, clock: FixedClock, driven: Initiative, paused: Initiative
) -> None:
    store.save_profile(DEMO_PROFILE)
    for kept in (driven, paused):
        save_initiative(store, kept.with_changes(id=None))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_paused(pilot)
        await pilot.press("u")
        await wait_until(pilot, lambda: isinstance(app.screen, ActiveInitiativeDialog))
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is page)
        await pilot.pause()

    assert stages(store) == {"Slow CI": Stage.DRIVING, "Flaky tests": Stage.PAUSED}


async def test_resuming_with_nothing_in_progress_asks_only_for_the_note(
    store: Store, clock: FixedClock, paused: Initiative
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, paused.with_changes(id=None))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await pilot.pause()
        await pilot.press("u")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: initiatives(store)[0].stage is Stage.PROPOSED)


async def test_the_hub_names_a_paused_problem_and_the_keys_that_resume_it(
    store: Store, clock: FixedClock, paused: Initiative
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, paused.with_changes(id=None))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await wait_until(pilot, lambda: app.screen.query("#hub-active"))
        await pilot.pause()
        card = str(app.screen.query_one("#hub-active", Static).render())
        # The keys the card names, pressed as it says.
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await pilot.pause()
        await pilot.press("u")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: initiatives(store)[0].stage is Stage.PROPOSED)

    assert "Paused: “Flaky tests”" in card
    assert "open it from the list (o) and press u on its page" in card


@pytest.mark.parametrize(
    ("titles", "said"),
    [
        ((), "No problem in progress. Press f"),
        (("Flaky tests",), "Paused: “Flaky tests”. To resume"),
        (("A", "B"), "Paused: “A”, “B”. To resume"),
        (("A", "B", "C", "D", "E"), "Paused: “A”, “B”, “C” and 2 more. To resume"),
    ],
)
def test_the_hub_with_nothing_in_progress_names_what_is_paused(
    clock: FixedClock, titles: tuple[str, ...], said: str
) -> None:
    from careerclimb_tui.screens.problem_text import no_active_line

    kept = [
        problem(clock, title, Stage.PAUSED, id=number)
        for number, title in enumerate(titles, start=1)
    ]
    dropped = advance(
        problem(clock, "Old", Stage.PROPOSED, id=99),
        Stage.DROPPED,
        clock.now(),
        note="Another team took it",
    )

    assert said in no_active_line([*kept, dropped])
