"""Enter in a list to tick never unticks what Space just ticked: a dialog whose
only field is the list saves, a form moves on to its next field."""

from __future__ import annotations

from textual.widgets import SelectionList

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.screens.manager_criteria import CriteriaScreen
from careerclimb_tui.screens.manager_dialogs import EvidencePickerDialog
from careerclimb_tui.screens.review_walk import DimensionsDialog, ReviewWalkScreen
from careerclimb_tui.store import Store, criteria_docs
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import run_app, wait_until
from tests.test_manager_criteria_fit_and_dimensions import seed_mentoring
from tests.test_review_flow import seed_quarter


async def test_enter_after_ticking_evidence_saves_the_tick(
    store: Store, clock: FixedClock
) -> None:
    win_id = seed_mentoring(store)

    async with run_app(store, clock) as (app, pilot):
        await pilot.press("m", "c", "l")
        await wait_until(pilot, lambda: isinstance(app.screen, EvidencePickerDialog))
        choices = app.screen.query_one("#evidence-choices", SelectionList)
        await pilot.press("space")
        assert list(choices.selected) == [f"win:{win_id}"]

        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        await wait_until(
            pilot, lambda: criteria_docs.criteria(store)[0].win_ids == (win_id,)
        )


async def test_enter_after_ticking_a_dimension_in_the_review_saves_it(
    store: Store, clock: FixedClock
) -> None:
    first = seed_quarter(store, clock)[0]
    assert first.id is not None

    async with run_app(store, clock) as (app, pilot):
        await pilot.press("r", "s")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewWalkScreen))
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen) and walk.win is not None
        win = walk.win
        await pilot.press("d")
        await wait_until(pilot, lambda: isinstance(app.screen, DimensionsDialog))
        choices = app.screen.query_one("#dimension-choices", SelectionList)
        await pilot.press("space")
        wanted = set(choices.selected)
        assert wanted != set(win.dimensions)

        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen is walk)
        await wait_until(
            pilot, lambda: set(store.win(win.id or 0).dimensions) == wanted
        )


async def test_enter_in_the_win_forms_dimensions_moves_on_and_keeps_the_tick(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)

    async with run_app(store, clock) as (app, pilot):
        await pilot.press("w")
        await wait_until(pilot, lambda: bool(app.screen.query("#dimensions")))
        choices = app.screen.query_one("#dimensions", SelectionList)
        choices.focus()
        await pilot.pause()
        await pilot.press("space")
        ticked = list(choices.selected)
        assert ticked

        await pilot.press("enter")
        await wait_until(pilot, lambda: not choices.has_focus)
        assert list(choices.selected) == ticked
