"""A problem resumed at measuring gets the next step its facts call for: once its
result is logged as a win, the step moves on past logging it, whatever step the
problem held when it was paused."""

from __future__ import annotations

import datetime as dt

import pytest
from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    add_reading,
    advance,
    link_win,
    paused_from,
    result_win,
    start_initiative,
    suggested_next_step,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.screens.problem_dialogs import StageDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from tests.helpers import make_app, open_problem_page, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
BASELINE_DAY = NOW.date() - dt.timedelta(days=30)
OWN = "Ask the data team for their numbers"
HOLDS_ON = catalogue.INITIATIVE_STEP_RESULT_HOLDS_ON.format(day="23 Nov 2026")


def measuring(*later: float) -> Initiative:
    """CI duration from a baseline of 40 minutes, one reading a week after it."""
    initiative = start_initiative("CI is slow", NOW).with_changes(
        metric="CI duration", better="lower"
    )
    initiative = add_reading(initiative, Reading(40, "minutes", BASELINE_DAY), NOW)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, forward, NOW)
    for week, value in enumerate(later, start=1):
        day = BASELINE_DAY + dt.timedelta(days=7 * week)
        initiative = add_reading(initiative, Reading(value, "minutes", day), NOW)
    return initiative


def with_result_win(initiative: Initiative, logged_at: float) -> tuple[Initiative, Win]:
    """The initiative linked to win #4, drafted when the reading was ``logged_at``."""
    drafted = measuring(logged_at)
    win = result_win(drafted, BASELINE_DAY + dt.timedelta(days=7)).with_changes(id=4)
    return link_win(initiative, 4, NOW), win


LOGGED = catalogue.INITIATIVE_STEP_RESULT_LOGGED
MEASURED = catalogue.INITIATIVE_STEP_MEASURED
MEASURING = catalogue.INITIATIVE_STEP_MEASURING
BEHIND = catalogue.INITIATIVE_STEP_RESULT_BEHIND

RESUMED = [
    # readings after the baseline, result win logged at (or None), step held, offered
    ((12,), 12, LOGGED, HOLDS_ON),
    ((12,), 12, MEASURED, HOLDS_ON),
    ((12, 8), 12, LOGGED, BEHIND),
    ((12,), None, MEASURED, MEASURED),
    ((), None, MEASURING, MEASURING),
    ((12,), 12, OWN, OWN),
]


@pytest.mark.parametrize(
    ("later", "logged_at", "held", "offered"),
    RESUMED,
    ids=[
        "result win logged",
        "result win logged, older step held",
        "a later reading changed the result",
        "no result win yet",
        "no reading after the baseline",
        "the users own step",
    ],
)
def test_resuming_at_measuring_offers_the_step_the_result_calls_for(
    later: tuple[float, ...], logged_at: float | None, held: str, offered: str
) -> None:
    initiative = measuring(*later)
    wins: dict[int | None, Win] = {}
    if logged_at is not None:
        initiative, win = with_result_win(initiative, logged_at)
        wins[win.id] = win
    paused = advance(initiative.with_changes(next_step=held), Stage.PAUSED, NOW)
    resume_to = paused_from(paused)
    assert resume_to is Stage.MEASURING

    assert suggested_next_step(paused, resume_to, None, wins) == offered


async def test_pausing_and_resuming_keeps_the_step_after_the_result_win(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    initiative, win = with_result_win(measuring(12), 12)
    saved_win = store.add_win(win.with_changes(id=None))
    assert saved_win.id is not None
    initiative = initiative.with_changes(win_ids=(saved_win.id,), next_step=HOLDS_ON)
    save_initiative(store, initiative)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        for stage in (Stage.PAUSED, Stage.MEASURING):
            await pilot.press("u")
            await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
            await pilot.pause()
            await pilot.press("ctrl+s")
            await wait_until(
                pilot,
                lambda stage=stage: initiatives(store)[0].stage is stage,
            )

    assert initiatives(store)[0].next_step == HOLDS_ON
