"""A re-run lands on question 1, whose keys change the answers carried over as in
the first run while Enter keeps them all; a Tab from the names for question 4
goes straight on."""

from __future__ import annotations

import datetime as dt

from textual.pilot import Pilot

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Choice,
    Noticed,
    PeerAnswer,
    answer,
    finish,
    read_change,
    start_review,
)
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.question import QuestionRow
from tests.helpers import (
    answer_up_to_the_names,
    notices,
    run_app,
    wait_until,
)

FIRST = dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc)
ANSWERED = {
    "peer_could": PeerAnswer.YES,
    "choice": Choice.ASSIGNED,
    "change": read_change("Reruns fell from 12 to 2 a week"),
    "noticed": Noticed.nobody(),
}


def seed_finished_run(store: Store) -> list[Win]:
    """Two wins of 2026Q4, every answer given in a finished run 1."""
    store.save_profile(DEMO_PROFILE)
    wins = [
        store.add_win(Win(title=title, date=dt.date(2026, 10, day)))
        for day, title in [(2, "Cut CI reruns"), (6, "Moved to canary deploys")]
    ]
    run_1 = start_review(Quarter(2026, 4), wins, FIRST)
    for win in wins:
        run_1 = answer(run_1, win.id or 0, now=FIRST, **ANSWERED)  # type: ignore
    store.save_review(finish(run_1, now=FIRST))
    return wins


async def start_run_2(pilot: Pilot[None]) -> ReviewWalkScreen:
    """From home: the reviews, r to re-run the quarter, y to confirm."""
    app = pilot.app
    await pilot.press("r")
    await pilot.pause()
    await pilot.press("r")
    await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
    await pilot.press("y")
    await wait_until(pilot, lambda: isinstance(app.screen, ReviewWalkScreen))
    walk = app.screen
    assert isinstance(walk, ReviewWalkScreen)
    return walk


async def test_a_rerun_lands_where_the_answer_keys_change_the_answers(
    store: Store, clock: FixedClock
) -> None:
    wins = seed_finished_run(store)
    async with run_app(store, clock) as (app, pilot):
        walk = await start_run_2(pilot)
        q1 = walk.query_one("#q1", QuestionRow)
        await wait_until(pilot, lambda: app.focused is q1)
        assert q1.value == "yes"

        await pilot.press("n")
        await wait_until(pilot, lambda: app.focused is walk.query_one("#q2"))

        assert q1.value == "no"
        entry = walk.review.entry(wins[0].id or 0)
        assert entry.answers.peer_could is PeerAnswer.NO
        assert entry.answers.choice is Choice.ASSIGNED


async def test_enter_where_a_rerun_lands_keeps_every_answer_and_goes_on(
    store: Store, clock: FixedClock
) -> None:
    wins = seed_finished_run(store)
    async with run_app(store, clock) as (app, pilot):
        walk = await start_run_2(pilot)
        q1 = walk.query_one("#q1", QuestionRow)
        await wait_until(pilot, lambda: app.focused is q1)

        await pilot.press("enter")
        await wait_until(pilot, lambda: walk.review.current_win_id == wins[1].id)

        assert walk.review.entry(wins[0].id or 0).answers.peer_could is PeerAnswer.YES
        # The next carried win lands on question 1 too.
        await wait_until(pilot, lambda: app.focused is q1)

        # An answer pointed at with the arrows is chosen by Enter instead.
        await pilot.press("right", "enter")
        await wait_until(pilot, lambda: app.focused is walk.query_one("#q2"))
        assert walk.review.current_win_id == wins[1].id
        assert walk.review.entry(wins[1].id or 0).answers.peer_could is PeerAnswer.NO


async def test_a_tab_from_the_names_goes_straight_on(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(Win(title="Cut CI reruns", date=dt.date(2026, 10, 5)))
    async with run_app(store, clock) as (app, pilot):
        await answer_up_to_the_names(pilot)
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)

        await pilot.press("tab")
        await wait_until(pilot, lambda: app.focused is walk.query_one("#next"))

        assert catalogue.ANSWER_MOVED_ON not in notices(app)
        # Shift+Tab still goes back to the names.
        await pilot.press("shift+tab")
        await wait_until(pilot, lambda: app.focused is walk.query_one("#q4-who"))
