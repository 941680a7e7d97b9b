"""A win edited after its review counts on home as the journal and the CLI show it."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from textual.widgets import Static

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
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
    finish,
    read_change,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.screens.log_win import FormArea, LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, wait_until

IMPACT, ACTIVITY = FRAMING_IMPACT, FRAMING_ACTIVITY

# The framing the review started from, the win's framing now, the change
# confirmed in question 3, and the framing the win counts with.
EDITED = [
    ("not edited: the review's answer", ACTIVITY, ACTIVITY, "Wrote it", ACTIVITY),
    (
        "not edited, a change confirmed",
        ACTIVITY,
        ACTIVITY,
        "Deploys fell to 4 min",
        IMPACT,
    ),
    ("edited into impact after the review", ACTIVITY, IMPACT, "Wrote it", IMPACT),
    (
        "edited into activity after the review",
        IMPACT,
        ACTIVITY,
        "Deploys fell to 4 min",
        ACTIVITY,
    ),
    ("edited, framing unchanged", IMPACT, IMPACT, "Wrote it", ACTIVITY),
]


@pytest.mark.parametrize(
    "reviewed, now, change, expected",
    [row[1:] for row in EDITED],
    ids=[row[0] for row in EDITED],
)
def test_an_edit_that_reframes_a_reviewed_win_counts(
    reviewed: str, now: str, change: str, expected: str
) -> None:
    win = Win(id=1, title="A win", date=dt.date(2026, 11, 2), framing=now)
    confirmed: ChangeAnswer = read_change(change)
    entry = ReviewEntry(
        win_id=1, win_framing=reviewed, answers=WinAnswers(change=confirmed)
    )

    assert counted_framing(win, entry) == expected


TITLES = [
    "Deploys now take 4 minutes, down from 45",
    "Checkout errors dropped 30%",
    "Right-sized the image-resize workers",
]


def _reviewed(store: Store, clock: FixedClock) -> None:
    """Three wins of the quarter, the last one activity, reviewed as saved."""
    store.save_profile(DEMO_PROFILE)
    today = clock.today()
    wins = [
        store.add_win(framed(Win(title=title, date=today - dt.timedelta(days=3 - n))))
        for n, title in enumerate(TITLES)
    ]
    now = clock.now()
    review = start_review(quarter_of(today), wins, now)
    for win in wins:
        assert win.id is not None
        review = answer(
            review,
            win.id,
            now=now,
            peer_could=PeerAnswer.YES,
            choice=Choice.ASSIGNED,
            change=read_change(win.title),
            noticed=Noticed.nobody(),
        )
    store.save_review(finish(review, now=now))


def _cli_framings(clock: FixedClock) -> list[str]:
    out = io.StringIO()
    assert main(["wins", "--quarter", "2026Q4"], clock=clock, out=out) == 0
    rows = out.getvalue().splitlines()[1:]
    return [row.split()[2] for row in rows if row.split()[0].isdigit()]


async def test_home_counts_a_win_edited_in_the_journal_as_the_cli_lists_it(
    store: Store, clock: FixedClock
) -> None:
    _reviewed(store, clock)
    clock.advance(minutes=5)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await home_read(pilot)
        await pilot.press("j", "ctrl+e")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        form.query_one(
            "#changed", FormArea
        ).text = "Image bill fell from $900 to $500 a month"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.press("escape")
        home = await home_read(pilot)
        line = home.query_one("#quarter-line", Static)
        await wait_until(pilot, lambda: "3 framed as impact" in str(line.content))

    framings = _cli_framings(clock)
    assert framings.count(IMPACT) == 3 and framings.count(ACTIVITY) == 0

    # After a restart, home still says what the CLI lists.
    again = make_app(Store(store.path, clock=clock), clock)
    async with again.run_test(size=(80, 24)) as pilot:
        home = await home_read(pilot)
        text = str(home.query_one("#quarter-line", Static).content)
        step = str(home.query_one("#next-step", Static).content)
    assert "3 wins · 3 framed as impact · 0 activity-only" in text
    assert "activity-only" not in step
