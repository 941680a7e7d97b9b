"""The rehearsal hears who saw the work and what a date is for, and its end reads
as one instruction.

1. People named by name or role who noticed the work are someone outside the
   team; the scorecard's advice says plainly what was never done.
2. A date after "meet again", "check in" or "follow up" sets the next talk, not
   the promotion cycle.
3. After the meeting ends, the kept box and the line over it say the same thing,
   and a notice leaves the scorecard readable.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static
from textual.widgets._toast import Toast

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_manager_demo
from careerclimb_tui.domain.conversation import read_reply
from careerclimb_tui.domain.rehearsal import (
    bar_advice,
    names_someone_outside,
    respond,
    scorecard,
    start_rehearsal,
    still_wanted,
)
from careerclimb_tui.screens.manager_rehearsal import (
    ENDED,
    TALKING,
    RehearsalScreen,
)
from careerclimb_tui.store import Store
from tests.helpers import make_app, run_app

# --- 1. Who saw the work ----------------------------------------------------------

# (case, what the user said, whether it names someone outside the team)
WITNESSES = [
    (
        "roles and names",
        "The product managers Ana and Tom noticed it; could you give me one "
        "concrete example of work that would count?",
        True,
    ),
    ("names alone", "Ana and Tom noticed it.", True),
    ("a role alone", "The designers asked for the new flow.", True),
    ("a role and a name in commas", "Our PM, Ana, praised it in the demo.", True),
    ("a name after the work", "We shipped it and Priya praised it.", True),
    ("a teammate", "My teammate Ana noticed it.", False),
    ("the user", "I noticed it.", False),
    ("everyone", "Everyone noticed it.", False),
    ("a question", "Did Ana notice it?", False),
    ("a denial", "Ana never noticed it.", False),
]


@pytest.mark.parametrize(
    ("said", "outside"),
    [case[1:] for case in WITNESSES],
    ids=[case[0] for case in WITNESSES],
)
def test_people_named_as_noticing_the_work_are_someone_outside_the_team(
    said: str, outside: bool
) -> None:
    assert names_someone_outside(said) is outside


def test_a_tough_manager_hears_the_named_product_managers() -> None:
    rehearsal = start_rehearsal(
        load_manager_bank(), "tough", 726738, level_names=("senior",)
    )
    rehearsal, _ = respond(
        rehearsal,
        "I cut CI time from 24 to 9 minutes. The product managers Ana and Tom "
        "noticed it; could you give me one concrete example?",
    )

    assert catalogue.REHEARSAL_WANTS_OUTSIDE not in still_wanted(rehearsal)
    assert catalogue.SCORE_TRY_NEVER_OUTSIDE not in scorecard(rehearsal).try_next


# (case, what is still wanted, the advice's opening)
ADVICE = [
    (
        "a witness",
        (catalogue.REHEARSAL_WANTS_OUTSIDE,),
        "You never named someone outside your team who saw the work: ",
    ),
    (
        "a measure",
        (catalogue.REHEARSAL_WANTS_MEASURE,),
        "You never gave a measured change: ",
    ),
    (
        "both",
        (catalogue.REHEARSAL_WANTS_MEASURE, catalogue.REHEARSAL_WANTS_OUTSIDE),
        "You never gave a measured change or named someone outside your team who "
        "saw the work: ",
    ),
]


@pytest.mark.parametrize(
    ("wanted", "opening"),
    [case[1:] for case in ADVICE],
    ids=[case[0] for case in ADVICE],
)
def test_an_unmet_bar_is_told_as_what_the_user_never_did(
    wanted: tuple[str, ...], opening: str
) -> None:
    assert bar_advice(wanted).startswith(opening)


# --- 2. What a date is for ----------------------------------------------------------

CYCLE_WORDS = ("March", "2027")

# (case, what the user said, whether it names the cycle)
DATES = [
    (
        "a day to meet again",
        "Can we meet again on 2027-01-15 to check my progress",
        False,
    ),
    ("a day to check in", "Let's check in on January 15, 2027.", False),
    ("a day to follow up", "Could we follow up on 15 March?", False),
    ("the cycle's month and year", "What would count for senior by March 2027?", True),
    (
        "a follow-up, then the cycle",
        "Can we meet again on 2027-01-15 to check my progress before the cycle?",
        True,
    ),
    (
        "the cycle, then a follow-up",
        "For the 2027 round, can we check in again in two weeks?",
        True,
    ),
]


@pytest.mark.parametrize(
    ("said", "names_cycle"),
    [case[1:] for case in DATES],
    ids=[case[0] for case in DATES],
)
def test_a_day_set_for_the_next_talk_does_not_name_the_cycle(
    said: str, names_cycle: bool
) -> None:
    reading = read_reply(said, ("senior",), CYCLE_WORDS)

    assert reading.names_cycle is names_cycle


# --- 3. The end of the meeting ------------------------------------------------------


async def _ended_by_the_manager(pilot: Pilot[None]) -> RehearsalScreen:
    pilot.app.push_screen(RehearsalScreen(seed=725402))
    await pilot.pause()
    await pilot.press("s")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, RehearsalScreen) and screen.phase == TALKING
    while screen.phase != ENDED:
        screen.query_one("#say", Input).value = "Can we check in on these in a month?"
        await pilot.press("enter")
        await pilot.pause()
    await pilot.pause()
    return screen


async def test_the_kept_box_and_the_line_over_it_each_say_their_part(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    async with run_app(store, clock) as (app, pilot):
        screen = await _ended_by_the_manager(pilot)
        rule = str(screen.query_one("#say-box").border_title)
        placeholder = screen.query_one("#say", Input).placeholder
        keys = str(screen.query_one("#say-keys", Static).content)

    assert "meeting is over" in rule and "notes to yourself" in rule
    assert "note" in placeholder and "note" in keys and "Enter" in keys
    assert "meeting is over" not in placeholder and "meeting is over" not in keys


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=str)
async def test_a_notice_after_the_end_leaves_the_scorecard_readable(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await _ended_by_the_manager(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.pause()
        toasts = [toast.region for toast in screen.query(Toast)]
        card = screen.query_one("#scorecard").region
        box = screen.query_one("#say-box").region

    assert toasts
    assert not [t for t in toasts if t.overlaps(card) or t.overlaps(box)]
