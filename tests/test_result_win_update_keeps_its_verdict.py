"""Bringing a problem's result win up to its readings, as the problem page offers
with w, keeps the verdict its review gave: the packet does not ask to review it
again. Any other edit still does.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    add_reading,
    advance,
    link_win,
    result_win,
    start_initiative,
    updated_result_win,
)
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import (
    Noticed,
    Review,
    answer,
    edited_since_review,
    finish,
    mark_judged,
    read_change,
    start_review,
    verdict_kept_after_result_update,
)
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, open_problem_page, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
BASELINE_DAY = dt.date(2026, 10, 2)


def measuring(*later: float) -> Initiative:
    """CI duration from a baseline of 40 minutes, then one reading per value."""
    initiative = start_initiative("CI is slow", NOW).with_changes(
        metric="CI duration", better="lower"
    )
    initiative = add_reading(initiative, Reading(40, "minutes", BASELINE_DAY), NOW)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, forward, NOW)
    for offset, value in enumerate(later, start=1):
        day = BASELINE_DAY + dt.timedelta(days=10 * offset)
        initiative = add_reading(initiative, Reading(value, "minutes", day), NOW)
    return initiative


LOGGED = result_win(measuring(12), BASELINE_DAY + dt.timedelta(days=10))


def reviewed(win: Win, *, judged: Win | None = None) -> Review:
    """A finished review of the win's quarter that judged ``judged`` (the win)."""
    assert win.id is not None
    review = start_review(quarter_of(win.date), [win], NOW)
    review = answer(
        review,
        win.id,
        now=NOW,
        peer_could="yes",
        choice="chose",
        change=read_change(""),
        noticed=Noticed.nobody(),
    )
    return finish(mark_judged(review, judged or win, now=NOW), now=NOW)


def offered_for(win: Win, *later: float) -> Win:
    return updated_result_win(measuring(*later), win)


UPDATES = [
    # (the readings the update follows, what the user changed, judged before, kept)
    ((12, 8), {}, True, True),
    ((12, 8), {"noticed_by": "the platform team"}, True, False),
    ((12, 8), {"title": "Made CI fast"}, True, False),
    ((12, 50), {}, True, False),
    ((12, 8), {}, False, False),
]


@pytest.mark.parametrize(
    ("later", "changed", "up_to_date", "kept"),
    UPDATES,
    ids=[
        "saved as offered",
        "who noticed changed too",
        "title rewritten too",
        "the change now goes the other way",
        "edited before the update",
    ],
)
def test_an_update_that_only_follows_the_readings_keeps_the_verdict(
    later: tuple[float, ...],
    changed: dict[str, str],
    up_to_date: bool,
    kept: bool,
) -> None:
    before = LOGGED.with_changes(id=4)
    judged = before if up_to_date else before.with_changes(what_changed="Halved")
    review = reviewed(before, judged=judged)
    offered = offered_for(before, *later)
    saved = offered.with_changes(**changed)

    after = verdict_kept_after_result_update(review, before, offered, saved)

    assert edited_since_review(after.entries[4], saved) is not kept
    assert after.updated_at == review.updated_at


def test_a_review_without_the_win_is_left_alone() -> None:
    other = Win("Ran the guild talk", BASELINE_DAY, id=9)
    review = reviewed(other)
    before = LOGGED.with_changes(id=4)
    offered = offered_for(before, 12, 8)

    assert verdict_kept_after_result_update(review, before, offered, offered) is review


async def test_w_then_save_leaves_no_packet_asking_to_review_again(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(LOGGED)
    assert win.id is not None
    store.add_win(Win("Helped with an incident", dt.date(2026, 8, 3)))
    store.save_review(reviewed(win))
    save_initiative(store, link_win(measuring(12, 8), win.id, NOW))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await wait_until(
            pilot,
            lambda: store.wins()[0].measure == Measure(40, 8, "minutes", "CI duration"),
        )
        await pilot.pause()

    for quarter in ("2026Q3", "2026Q4"):
        out = io.StringIO()
        args = ["export", "--format", "md", "--quarter", quarter]
        assert main(args, clock=clock, out=out) == 0
        assert "was edited after" not in capsys.readouterr().err
