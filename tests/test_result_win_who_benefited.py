"""The offer to log a problem's result as a win names the problem's other teams
as a reminder, and the form leaves who benefited to the user: a team that helped
did not necessarily gain."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Input, Static

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
    start_initiative,
)
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.problem_dialogs import StageDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, open_problem_page, type_text, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
BASELINE_DAY = NOW.date() - dt.timedelta(days=14)


def driving(*other_teams: str) -> Initiative:
    """A problem being driven, its CI duration down from 40 to 12 minutes."""
    initiative = start_initiative("CI is slow", NOW).with_changes(
        metric="CI duration",
        better="lower",
        stakeholders=Stakeholders(other_teams=other_teams),
    )
    initiative = add_reading(initiative, Reading(40, "minutes", BASELINE_DAY), NOW)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING):
        initiative = advance(initiative, forward, NOW)
    later = Reading(12, "minutes", BASELINE_DAY + dt.timedelta(days=7))
    return add_reading(initiative, later, NOW)


OFFERS = [
    # other teams on the problem, the offer made on the move to measuring
    ((), catalogue.PROBLEM_OFFER_WIN),
    (("QA",), catalogue.PROBLEM_OFFER_WIN_BENEFITED.format(who="QA")),
    (
        ("QA", "Release engineering"),
        catalogue.PROBLEM_OFFER_WIN_BENEFITED.format(who="QA, Release engineering"),
    ),
]


@pytest.mark.parametrize(
    ("teams", "offer"), OFFERS, ids=["no other teams", "one team", "two teams"]
)
async def test_the_offer_says_what_the_win_form_holds(
    store: Store, clock: FixedClock, teams: tuple[str, ...], offer: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, driving(*teams))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        asked = app.screen
        assert isinstance(asked, ConfirmDialog)
        question = asked.question

    assert question == offer


async def test_who_benefited_is_left_to_the_user_with_the_teams_named(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    problem = advance(driving("platform team", "support"), Stage.MEASURING, NOW)
    save_initiative(store, problem)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        benefited = form.query_one("#beneficiaries", Input)
        hint = form.query_one("#beneficiaries-hint", Static)
        assert benefited.value == ""
        assert hint.display
        assert str(hint.content) == (
            "The teams involved were platform team and support. Who gained from "
            "the result?"
        )
        while app.focused is not benefited:
            await pilot.press("tab")
        await type_text(pilot, "Every engineer on the team")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await wait_until(pilot, lambda: bool(store.wins()))

    [win] = store.wins()
    assert win.beneficiaries == "Every engineer on the team"
