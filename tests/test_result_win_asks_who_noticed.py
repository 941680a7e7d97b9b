"""The result win asks whether the people the problem expected to notice, and the
other teams involved, did notice: it names them under the field and leaves the
field itself for the user, since expecting notice is not being noticed.
"""

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
    add_note,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, open_problem_page, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
SPOTTED = NOW - dt.timedelta(days=40)


def measured(expected: str, other_teams: tuple[str, ...]) -> Initiative:
    """Reruns measured down from 30% to 4%, with the check's answer on who
    would notice and the other teams involved."""
    initiative = start_initiative("Flaky tests make us rerun CI", SPOTTED)
    check = catalogue.PROBLEM_CHECK_NOTE_CHANGE.format(text="Reruns 30% to 4%")
    if expected:
        outside = catalogue.PROBLEM_CHECK_NOTE_OUTSIDE.format(text=expected)
        check = f"{check} {outside}"
    initiative = add_note(initiative, check, SPOTTED)
    initiative = initiative.with_changes(
        metric="Share of builds rerun",
        better="lower",
        stakeholders=Stakeholders(other_teams=other_teams),
    )
    initiative = add_reading(
        initiative, Reading(30, "%", NOW.date() - dt.timedelta(days=30)), NOW
    )
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, stage, NOW)
    return add_reading(initiative, Reading(4, "%", NOW.date()), NOW)


@pytest.mark.parametrize(
    ("expected", "other_teams", "hint"),
    [
        (
            "QA guild and release managers",
            ("QA guild",),
            "Did QA guild and release managers notice? Name who did.",
        ),
        ("SRE team", (), "Did the SRE team notice? Name who did."),
        (
            "SRE",
            ("platform team", "mobile team"),
            "Did SRE, the platform team or the mobile team notice? Name who did.",
        ),
        ("", ("Payments",), "Did Payments notice? Name who did."),
    ],
    ids=[
        "a team the check named",
        "one name",
        "teams it did not name",
        "no check answer",
    ],
)
async def test_the_result_win_names_who_may_have_noticed_under_the_field(
    store: Store,
    clock: FixedClock,
    expected: str,
    other_teams: tuple[str, ...],
    hint: str,
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measured(expected, other_teams))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        shown = form.query_one("#noticed-hint", Static)
        await wait_until(pilot, lambda: shown.size.height > 0)

        assert form.query_one("#noticed", Input).value == ""
        assert " ".join(str(shown.content).split()) == hint
