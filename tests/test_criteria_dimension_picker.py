"""Filing a manager's criterion under a ladder dimension with d: the picker starts
where the criterion is filed, or on "no dimension yet" when it is not yet, and each
arrow key moves one row from there."""

from __future__ import annotations

from textual.widgets import OptionList

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.criteria import Criterion
from careerclimb_tui.domain.review import dimensions_for_level
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.manager_criteria import CriteriaScreen
from careerclimb_tui.screens.manager_dialogs import ChoiceDialog
from careerclimb_tui.store import Store, criteria_docs
from tests.helpers import make_app, wait_until

DIMENSIONS = [
    d.id
    for d in dimensions_for_level(
        load_shelf().ladders[DEMO_PROFILE.ladder_id], DEMO_PROFILE.target_level
    )
]


def one_criterion(store: Store, dimension: str = "") -> None:
    store.save_profile(DEMO_PROFILE)
    criteria_docs.save_criterion(
        store, Criterion("Lead a design across two teams", dimension=dimension)
    )


async def pick_dimension(store: Store, clock: FixedClock, *keys: str) -> int:
    """Open the criteria, press d, note where the highlight starts, then press keys.

    Returns:
        The index highlighted when the picker opened.
    """
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        await pilot.press("d")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.pause()
        start = app.screen.query_one("#choices", OptionList).highlighted
        assert start is not None
        await pilot.press(*keys)
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        await pilot.pause()
    return start


def filed_under(store: Store, clock: FixedClock) -> str:
    [criterion] = criteria_docs.criteria(Store(store.path, clock=clock))
    return criterion.dimension


async def test_an_unfiled_criterion_starts_on_no_dimension_and_enter_keeps_it(
    store: Store, clock: FixedClock
) -> None:
    one_criterion(store)

    start = await pick_dimension(store, clock, "enter")

    assert start == len(DIMENSIONS)
    assert filed_under(store, clock) == ""


async def test_arrow_keys_count_from_no_dimension_up(
    store: Store, clock: FixedClock
) -> None:
    one_criterion(store)

    await pick_dimension(store, clock, "up", "up", "enter")

    assert filed_under(store, clock) == DIMENSIONS[-2]


async def test_arrow_keys_count_from_the_dimension_filed_under(
    store: Store, clock: FixedClock
) -> None:
    one_criterion(store, DIMENSIONS[1])

    start = await pick_dimension(store, clock, "down", "down", "down", "enter")

    assert start == 1
    assert filed_under(store, clock) == DIMENSIONS[4]


async def test_the_picker_starts_on_the_dimension_the_criterion_is_filed_under(
    store: Store, clock: FixedClock
) -> None:
    one_criterion(store, DIMENSIONS[2])

    start = await pick_dimension(store, clock, "down", "enter")

    assert start == 2
    assert filed_under(store, clock) == DIMENSIONS[3]


async def test_the_last_choice_still_takes_the_dimension_off(
    store: Store, clock: FixedClock
) -> None:
    one_criterion(store, DIMENSIONS[1])

    await pick_dimension(store, clock, "end", "enter")

    assert filed_under(store, clock) == ""
