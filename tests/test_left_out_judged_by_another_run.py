"""A win another finished run of its quarter judged is not left out of the review.

Runs of one quarter can hold different wins, as after importing a dump whose
quarter the user had already reviewed: each run's verdicts count for the wins it
walked, so no count asks for those wins again.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import FRAMING_IMPACT, Win
from careerclimb_tui.domain.review import (
    Review,
    finish,
    judged_in_other_runs,
    left_out_counts,
    start_review,
    wins_left_out,
)
from careerclimb_tui.screens.review_summary import ReviewSummaryScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, wait_until

MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
Q4 = parse_quarter("2026Q4")

WINS = [
    Win(
        title=f"Win {n}",
        date=dt.date(2026, 10, 1 + 7 * n),
        framing=FRAMING_IMPACT,
        id=n,
    )
    for n in range(1, 5)
]
"""Four wins of 2026Q4 (October and November), ids 1 to 4."""


def run_over(
    ids: tuple[int, ...],
    *,
    run: int,
    done: bool = True,
    quarter: str = "2026Q4",
    start_month: int = 1,
) -> Review:
    """A run of ``quarter`` walking the wins with ``ids``; finished unless not done."""
    held = [win for win in WINS if win.id in ids]
    review = start_review(parse_quarter(quarter, start_month), held, MOMENT)
    review = replace(review, run=run)
    return finish(review, now=MOMENT) if done else review


OWN = run_over((1, 2), run=1)
"""The user's own run of the quarter."""
IMPORTED = run_over((3,), run=2)
"""A run that came in with a dump: it holds only the dump's win."""
OPEN = run_over((4,), run=3, done=False)
SAME_MONTHS = run_over((4,), run=1, quarter="2027Q3", start_month=4)
"""October to December again, named under an April year start."""
OTHER_MONTHS = run_over((4,), run=1, quarter="2027Q4", start_month=2)
"""November to January: another quarter, even holding win 4."""

# (run asked about, every saved run, the wins it leaves out)
LEFT_OUT = [
    pytest.param(IMPORTED, [], (1, 2, 4), id="no-other-run-given"),
    pytest.param(IMPORTED, [OWN, IMPORTED], (4,), id="judged-by-the-earlier-run"),
    pytest.param(OWN, [OWN, IMPORTED], (4,), id="judged-by-the-later-run"),
    pytest.param(IMPORTED, [OWN, IMPORTED, OPEN], (4,), id="in-progress-judges-none"),
    pytest.param(IMPORTED, [OWN, IMPORTED, SAME_MONTHS], (), id="same-months"),
    pytest.param(IMPORTED, [OWN, IMPORTED, OTHER_MONTHS], (4,), id="other-months"),
]


@pytest.mark.parametrize(("review", "reviews", "expected"), LEFT_OUT)
def test_a_win_another_finished_run_judged_is_not_left_out(
    review: Review, reviews: list[Review], expected: tuple[int, ...]
) -> None:
    left_out = wins_left_out(review, WINS, reviews)

    assert tuple(win.id for win in left_out) == expected


def test_the_run_that_judged_a_win_is_named() -> None:
    assert judged_in_other_runs(IMPORTED, [OWN, IMPORTED]) == {1: 1, 2: 1}
    assert judged_in_other_runs(OWN, [OWN, IMPORTED]) == {3: 2}


def test_home_counts_no_win_another_run_judged() -> None:
    assert left_out_counts([OWN, IMPORTED], WINS) == {"2026Q4": 1}
    assert left_out_counts([OWN, IMPORTED], WINS[:3]) == {}
    assert left_out_counts([IMPORTED], WINS[:3]) == {"2026Q4": 2}


def save_two_runs(store: Store, clock: FixedClock) -> None:
    """Three wins of 2026Q4: run 1 judged two of them, run 2 (imported) the third."""
    store.save_profile(DEMO_PROFILE)
    saved = [
        store.add_win(Win(title, dt.date(2026, 10, day), framing=FRAMING_IMPACT))
        for day, title in ((5, "Cut CI time"), (12, "Moved releases"), (19, "Quiet"))
    ]
    first = start_review(Q4, saved[:2], clock.now())
    store.save_review(finish(first, now=clock.now()))
    second = start_review(Q4, saved[2:], clock.now(), store.reviews())
    assert second.run == 2
    store.save_review(finish(second, now=clock.now()))


async def test_summary_reviews_screen_home_and_print_agree(
    store: Store, clock: FixedClock
) -> None:
    save_two_runs(store, clock)
    # What the note on wins left out says, up to the quarter it names.
    added = catalogue.REVIEW_LEFT_OUT_MANY.split("{quarter}")[1].split("{run}")[0]

    printed = io.StringIO()
    main(["review", "--quarter", "2026Q4", "--print"], clock=clock, out=printed)
    assert added not in printed.getvalue()
    assert printed.getvalue().startswith("Review of 2026Q4 · run 2")

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await home_read(pilot)
        step = str(home.query_one("#next-step", Static).render())
        assert "not in its review" not in step

        await pilot.press("r")
        await wait_until(pilot, lambda: bool(app.screen.query("#quarter-state")))
        state = str(app.screen.query_one("#quarter-state", Static).render())
        assert "2026Q4: 3 wins; run 2 finished" in state
        assert added not in state

        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewSummaryScreen))
        assert not app.screen.query("#summary-left-out")
