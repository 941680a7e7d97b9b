"""The walk opened again on a finished first run lands on question 1, as a
re-run does, so the answer keys change its answers at once."""

from __future__ import annotations

from textual.widgets import DataTable

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.review import PeerAnswer
from careerclimb_tui.screens.review_summary import ReviewSummaryScreen
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.question import QuestionRow
from tests.helpers import run_app, wait_until
from tests.test_review_rerun_lands_on_question_1 import seed_finished_run


async def test_a_finished_runs_walk_lands_where_the_answer_keys_work(
    store: Store, clock: FixedClock
) -> None:
    seed_finished_run(store)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        app.screen.query_one("#runs", DataTable).focus()
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewSummaryScreen))
        await pilot.press("b")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewWalkScreen))
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        q1 = walk.query_one("#q1", QuestionRow)
        await wait_until(pilot, lambda: app.focused is q1)

        await pilot.press("n")
        shown = walk.win
        assert shown is not None and shown.id is not None
        await wait_until(
            pilot,
            lambda: (
                walk.review.entry(shown.id).answers.peer_could  # type: ignore[arg-type]
                is PeerAnswer.NO
            ),
        )
