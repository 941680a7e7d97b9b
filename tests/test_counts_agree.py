"""Home and the review summary count a quarter's impact and activity the same way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.framing import FRAMING_PLAN
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import FRAMING_ACTIVITY, FRAMING_IMPACT, Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Choice,
    Noticed,
    PeerAnswer,
    ReviewEntry,
    WinAnswers,
    answer,
    counted_framing,
    counted_framings,
    finish,
    read_change,
    start_review,
)
from careerclimb_tui.domain.wins import framed, tally_quarter, tally_text
from careerclimb_tui.screens.review_summary import ReviewSummaryScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app

IMPACT, ACTIVITY = FRAMING_IMPACT, FRAMING_ACTIVITY

# The win's saved framing, the change confirmed in question 3 (None when the
# question is unanswered), and the framing the win counts with.
COUNTED = [
    ("never asked: the saved framing", IMPACT, None, IMPACT),
    ("never asked, activity", ACTIVITY, None, ACTIVITY),
    ("confirmed as impact", ACTIVITY, read_change("Deploys fell to 4 min"), IMPACT),
    ("confirmed as activity", IMPACT, read_change("Wrote the script"), ACTIVITY),
    ("an empty answer names no change", IMPACT, read_change(""), ACTIVITY),
    ("an empty answer leaves a plan a plan", FRAMING_PLAN, read_change(""), "plan"),
    (
        "a plan whose change has landed",
        FRAMING_PLAN,
        read_change("Build time fell from 20 to 5 minutes"),
        IMPACT,
    ),
]


@pytest.mark.parametrize(
    "saved, change, expected",
    [row[1:] for row in COUNTED],
    ids=[row[0] for row in COUNTED],
)
def test_a_win_counts_with_the_framing_its_review_confirmed(
    saved: str, change: ChangeAnswer | None, expected: str
) -> None:
    win = Win(id=1, title="A win", date=dt.date(2026, 11, 2), framing=saved)
    entry = ReviewEntry(win_id=1, win_framing=saved, answers=WinAnswers(change=change))

    assert counted_framing(win, entry) == expected
    assert counted_framing(win, None) == saved


def _reviewed_quarter(store: Store, clock: FixedClock) -> None:
    """Four wins of the quarter and a finished review whose answers to question 3
    read differently from two of the wins as saved."""
    today = clock.today()
    titles = [
        "Deploys now take 4 minutes, down from 45",
        "Checkout errors dropped 30%",
        "Invoices are now sent the same day",
        "Reviewed 40 pull requests",
    ]
    wins = [store.add_win(framed(Win(title=t, date=today))) for t in titles]
    changes = [
        read_change(titles[0]),
        read_change(""),
        read_change("Wrote the migration script"),
        read_change("Reviewed 40 pull requests"),
    ]

    now = clock.now()
    review = start_review(quarter_of(today), wins, now)
    for win, change in zip(wins, changes, strict=True):
        assert win.id is not None
        review = answer(
            review,
            win.id,
            now=now,
            peer_could=PeerAnswer.YES,
            choice=Choice.ASSIGNED,
            change=change,
            noticed=Noticed.nobody(),
        )
    store.save_review(finish(review, now=now))


def test_the_tally_counts_reviewed_wins_as_their_review_does(
    tmp_path: Path, clock: FixedClock
) -> None:
    store = Store(tmp_path / "data.json", clock=clock)
    _reviewed_quarter(store, clock)
    wins = store.wins()

    saved = tally_quarter(wins, quarter_of(clock.today()))
    counted = tally_quarter(
        wins, quarter_of(clock.today()), counted_framings(wins, store.reviews())
    )

    assert (saved.impact, saved.activity) == (3, 1)
    assert (counted.impact, counted.activity) == (1, 3)
    assert "1 framed as impact · 3 activity-only" in tally_text(counted)


async def test_home_and_the_summary_agree_after_a_review(
    tmp_path: Path, clock: FixedClock
) -> None:
    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    _reviewed_quarter(store, clock)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        dashboard = await home_read(pilot)
        home = str(dashboard.query_one("#quarter-line", Static).content)

        await app.push_screen(ReviewSummaryScreen(store.reviews()[0]))
        await pilot.pause()
        lines = [str(static.content) for static in app.screen.query(Static)]

    assert "4 wins · 1 framed as impact · 3 activity-only" in home
    assert "1 framed as impact · 3 as activity" in lines
