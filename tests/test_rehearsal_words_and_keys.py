"""The tough manager hears witnesses named in plain words; the say box's keys.

The reading of who saw the work is a table on the domain; the keys are driven on
the rehearsal screen at 80×24 as a person would press them.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import BUNDLED_BANK, load_manager_bank
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.rehearsal import (
    TOUGH,
    names_someone_outside,
    respond,
    start_rehearsal,
    still_wanted,
)
from careerclimb_tui.screens.manager_rehearsal import TALKING, RehearsalScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, type_text

# --- Who outside the team saw the work ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        (
            "The mobile and web leads both saw the flaky-test result. "
            "Can we agree on what counts?",
            True,
        ),
        ("The payments team's manager saw it.", True),
        ("Our director saw it.", True),
        ("Two other teams saw it.", True),
        ("The SRE lead noticed.", True),
        ("Mobile, web and data leads saw the drop.", True),
        ("After the demo, the payments lead thanked me.", True),
        ("It was approved by the data platform manager.", True),
        ("I showed it to the mobile and web leads.", True),
        ("People outside our team noticed the drop.", True),
        # The user's own team and its leads are not outside it.
        ("My team saw it.", False),
        ("My lead saw it.", False),
        ("Our team saw it.", False),
        ("The team lead noticed.", False),
        ("Our tech lead noticed.", False),
        ("My data platform lead saw it.", False),
        ("The engineering manager saw it.", False),
        # "Leads" as a verb, a denial, a question and a plan name no witness.
        ("The fix leads to fewer pages.", False),
        ("The SRE lead didn't notice.", False),
        ("Would the SRE lead count?", False),
        ("The mobile lead will see it next week.", False),
        ("Nobody outside my team saw it.", False),
    ],
)
def test_leads_of_other_areas_count_as_seen_outside_the_team(
    text: str, outside: bool
) -> None:
    assert names_someone_outside(text) is outside


def test_the_tough_manager_takes_the_leads_of_other_areas_as_witnesses() -> None:
    rehearsal = start_rehearsal(
        load_manager_bank(BUNDLED_BANK),
        TOUGH,
        7,
        level_names=("Senior engineer", "senior"),
        cycle_words=("March",),
    )
    for line in (
        "I cut flaky test failures from 30% to 4% in six weeks.",
        "The mobile and web leads both saw the flaky-test result.",
    ):
        rehearsal, _ = respond(rehearsal, line)

    assert catalogue.REHEARSAL_WANTS_OUTSIDE not in still_wanted(rehearsal)


# --- The say box's keys -------------------------------------------------------------


async def test_the_accept_key_is_named_only_while_a_suggestion_is_offered(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=3))
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen) and screen.phase == TALKING
        keys = screen.query_one("#say-keys", Static)
        say = screen.query_one("#say", Input)

        before_typing = str(keys.content)
        await type_text(pilot, "Would the")
        await pilot.pause()
        offered = str(keys.content)
        await type_text(pilot, " deploy fix")
        await pilot.pause()
        not_offered = str(keys.content)
        typed_on = say.value

    accept = catalogue.MANAGER_REHEARSE_ACCEPT_KEY
    assert accept not in before_typing
    assert catalogue.MANAGER_REHEARSE_SAY_KEYS in before_typing
    assert accept in offered
    assert accept not in not_offered
    assert typed_on == "Would the deploy fix"


async def test_escape_answers_no_to_leaving_the_rehearsal(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=3))
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        rehearsal_screen = app.screen
        await type_text(pilot, "Could you tell me more?")
        await pilot.press("enter")
        await pilot.pause()

        await pilot.press("escape")
        await pilot.pause()
        asked = isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        await pilot.pause()
        after_escape = app.screen

    assert asked
    assert after_escape is rehearsal_screen
