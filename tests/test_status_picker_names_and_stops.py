"""The criteria's status picker quotes the criterion it is for, and its highlight
stops at the first and the last status instead of wrapping round."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.criteria import (
    STATUS_GROWING,
    STATUS_MET,
    STATUS_OPEN,
    Criterion,
)
from careerclimb_tui.screens.manager_criteria import CriteriaScreen
from careerclimb_tui.screens.manager_dialogs import ChoiceDialog
from careerclimb_tui.store import Store, criteria_docs
from tests.helpers import make_app, seed_win, wait_until

CRITERION = "Lead a design that another team builds on"


def growing_criterion(store: Store) -> None:
    store.save_profile(DEMO_PROFILE)
    win = seed_win(store)
    assert win.id is not None
    criteria_docs.save_criterion(
        store, Criterion(CRITERION, status=STATUS_GROWING, win_ids=(win.id,))
    )


def stored_status(store: Store, clock: FixedClock) -> str:
    [criterion] = criteria_docs.criteria(Store(store.path, clock=clock))
    return criterion.status


@pytest.mark.parametrize(
    ("keys", "status"),
    [
        (("down", "down", "enter"), STATUS_MET),
        (("down", "down", "down", "enter"), STATUS_MET),
        (("up", "up", "enter"), STATUS_OPEN),
    ],
    ids=["down past met", "down three times", "up past open"],
)
async def test_the_status_picker_stops_at_its_ends(
    store: Store,
    clock: FixedClock,
    keys: tuple[str, ...],
    status: str,
) -> None:
    growing_criterion(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press(*keys)
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        said = app.screen.query_one("#criteria-said", Static)
        await wait_until(pilot, lambda: bool(str(said.render())))

        assert str(said.render()) == catalogue.MANAGER_STATUS_SAVED.format(
            status=status
        )
    assert stored_status(store, clock) == status


async def test_the_status_picker_quotes_the_criterion_it_is_for(
    store: Store, clock: FixedClock
) -> None:
    growing_criterion(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        dialog = app.screen
        subject = dialog.query_one("#choice-subject", Static)
        await wait_until(pilot, lambda: CRITERION in str(subject.render()))

        assert dialog.query_one("#choices", OptionList).highlighted == 1
        assert str(subject.render()) == catalogue.MANAGER_CHOICE_SUBJECT.format(
            text=CRITERION
        )
