"""A run's answered, left and next-level wins read the same on the reviews list,
on home's step to resume it and in `careerclimb review --print`: a win the run
left open keeps the verdict an earlier run settled, and a deleted win counts
nowhere."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import FRAMING_IMPACT, Win
from careerclimb_tui.domain.review import (
    Choice,
    Noticed,
    PeerAnswer,
    RunCounts,
    answer,
    finish,
    read_change,
    run_counts,
    runs_in_progress,
    start_review,
)
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

Q4 = parse_quarter("2026Q4")
NEXT_LEVEL: dict[str, Any] = {
    "peer_could": PeerAnswer.NO,
    "choice": Choice.CHOSE,
    "change": read_change("Failed deploys fell from 12 to 2 a month"),
    "noticed": Noticed.by("SRE lead"),
}


def second_run_partly_answered(store: Store, clock: FixedClock) -> None:
    """Run 1 found win 1 next-level; run 2 leaves it open, answers one new win,
    and holds a win deleted since it started."""
    store.save_profile(DEMO_PROFILE)
    first = store.add_win(Win("Drove the deploy fix", dt.date(2026, 10, 5)))
    store.add_win(Win("Closed the sprint", dt.date(2026, 10, 9)))
    run_1 = start_review(Q4, store.wins(), clock.now())
    run_1 = answer(run_1, first.id or 0, now=clock.now(), **NEXT_LEVEL)
    run_1 = store.save_review(finish(run_1, now=clock.now()))

    new = store.add_win(
        Win("Cut on-call pages", dt.date(2026, 11, 2), framing=FRAMING_IMPACT)
    )
    gone = store.add_win(Win("Tidied the backlog", dt.date(2026, 11, 3)))
    run_2 = start_review(Q4, store.wins(), clock.now(), earlier=[run_1])
    run_2 = answer(run_2, new.id or 0, now=clock.now(), **NEXT_LEVEL)
    store.save_review(run_2)
    store.delete_win(gone.id or 0)


def test_one_rule_counts_a_run_wherever_it_is_shown(
    store: Store, clock: FixedClock
) -> None:
    second_run_partly_answered(store, clock)
    reviews = store.reviews()
    run_2 = max(reviews, key=lambda review: review.run)

    counts = run_counts(run_2, reviews, store.wins())

    # Win 1 is left open in run 2, yet its run-1 verdict still counts; the
    # deleted win is counted apart, as one deleted since.
    assert counts == RunCounts(wins=3, answered=1, next_level=2, deleted=1)
    assert counts.left == 2
    running = runs_in_progress(reviews, store.wins())["2026Q4"]
    assert (running.total, running.left) == (counts.wins, counts.left)


async def test_the_reviews_list_home_and_the_printed_review_agree(
    store: Store, clock: FixedClock
) -> None:
    second_run_partly_answered(store, clock)

    out = io.StringIO()
    code = main(["review", "--print", "--quarter", "2026Q4"], clock=clock, out=out)
    printed = " ".join(out.getvalue().split())

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:

        def step() -> str:
            return str(app.screen.query_one("#next-step", Static).render())

        await wait_until(pilot, lambda: bool(step().strip()))
        home = step()

        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        table = app.screen.query_one("#runs", DataTable)
        await wait_until(pilot, lambda: table.row_count > 0)
        row = [str(cell) for cell in table.get_row_at(0)]

    assert code == 0
    assert row[1:] == [
        "2",
        catalogue.SUMMARY_IN_PROGRESS,
        "2 of 3",
        "1 of 3 · 1 deleted",
    ]
    assert "run 2: 2 of 3 wins left" in home
    assert "3 wins: 2 next-level" in printed
