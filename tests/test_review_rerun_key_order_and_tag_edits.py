"""The reviews screen says what r does with a run in progress; every run lists its
wins in one order, by date; and an edit that leaves what the four questions read
as it was (the tags alone) is no edit to the review."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import (
    Choice,
    Noticed,
    PeerAnswer,
    Review,
    ReviewEntry,
    WinAnswers,
    _fingerprint,
    _as_stored,
    answer,
    carry_forward,
    edited_since_review,
    finish,
    in_walk_order,
    judged_fingerprint,
    mark_judged,
    read_change,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.paths import DATA_FILE_NAME
from careerclimb_tui.screens.journal import JournalScreen, _review_verdict
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, notices, wait_until

Q4 = Quarter(2026, 4)
FIRST = dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc)
LATER = dt.datetime(2026, 11, 10, 9, tzinfo=dt.timezone.utc)
ANSWERED: dict[str, Any] = {
    "peer_could": PeerAnswer.NO,
    "choice": Choice.CHOSE,
    "change": read_change("Recovery fell from 40 to 4 minutes"),
    "noticed": Noticed.by("Platform team"),
}


def _store_quarter(store: Store, days: tuple[int, ...]) -> list[Win]:
    """Wins of 2026Q4 on the given days of October, logged newest first, so that
    their ids run against their dates."""
    store.save_profile(DEMO_PROFILE)
    saved = [
        store.add_win(framed(Win(title=f"Win {day}", date=dt.date(2026, 10, day))))
        for day in sorted(days, reverse=True)
    ]
    return sorted(saved, key=lambda win: win.date)


def _finished_run(wins: list[Win], *, now: dt.datetime = FIRST) -> Review:
    review = start_review(Q4, wins, now)
    for win in wins:
        review = answer(review, win.id or 0, now=now, **ANSWERED)
        review = mark_judged(review, win, now=now)
    return finish(review, now=now)


# --- 1. r while a run is in progress -------------------------------------------------


async def test_the_reviews_screen_says_r_resumes_a_run_in_progress(
    store: Store, clock: FixedClock
) -> None:
    wins = _store_quarter(store, (2, 6))
    store.save_review(start_review(Q4, wins, FIRST))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        state = str(app.screen.query_one("#quarter-state", Static).render())
        said = catalogue.REVIEWS_STATE_RUN_OPEN.format(
            quarter="2026Q4", wins="2 wins", run=1
        )
        assert " ".join(state.split()) == said
        assert "once it is finished, r starts another" in said

        # r does what the line says: the run in progress is resumed, no new one.
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewWalkScreen))
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        assert walk.review.run == 1
        assert catalogue.REVIEWS_UNFINISHED in notices(app)


async def test_a_finished_run_is_offered_again_with_r(
    store: Store, clock: FixedClock
) -> None:
    wins = _store_quarter(store, (2, 6))
    store.save_review(_finished_run(wins))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        state = " ".join(
            str(app.screen.query_one("#quarter-state", Static).render()).split()
        )
        assert state == catalogue.REVIEWS_STATE_RUN.format(
            quarter="2026Q4",
            wins="2 wins",
            run=1,
            state=catalogue.SUMMARY_FINISHED,
        )
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))


# --- 2. one order for every run ------------------------------------------------------


def _wins_on(*days: int) -> list[Win]:
    # Ids against the dates, as wins logged late get them.
    return [
        Win(id=100 - day, title=f"Win {day}", date=dt.date(2026, 10, day))
        for day in days
    ]


def _run_of(order: tuple[int, ...], position: int) -> Review:
    return Review(
        quarter="2026Q4",
        started_at=FIRST,
        updated_at=FIRST,
        win_ids=order,
        entries={win_id: ReviewEntry(win_id=win_id) for win_id in order},
        position=position,
    )


# (case, days of the wins there are, run's saved order, its position,
#  order after, the win it is on after)
Ids = tuple[int, ...]
ORDERS: list[tuple[str, Ids, Ids, int, Ids, int | None]] = [
    (
        "a re-run saved new wins first goes by date",
        (1, 3, 5, 7),
        (95, 97, 99, 93),
        0,
        (99, 97, 95, 93),
        95,
    ),
    ("already by date: left as it is", (1, 3, 5), (99, 97, 95), 1, (99, 97, 95), 97),
    ("a deleted win goes last", (1, 5), (95, 42, 99), 2, (99, 95, 42), 99),
    ("past the last win it stays past it", (1, 3), (97, 99), 2, (99, 97), None),
]


@pytest.mark.parametrize(
    ("days", "saved", "position", "order", "on"),
    [row[1:] for row in ORDERS],
    ids=[row[0] for row in ORDERS],
)
def test_a_run_is_walked_and_listed_by_date_on_the_win_it_was_on(
    days: tuple[int, ...],
    saved: tuple[int, ...],
    position: int,
    order: tuple[int, ...],
    on: int | None,
) -> None:
    review = _run_of(saved, position)
    ordered = in_walk_order(review, _wins_on(*days))

    assert ordered.win_ids == order
    assert ordered.current_win_id == on
    if saved == order:
        assert ordered is review


def test_review_print_and_json_list_a_rerun_by_date(
    store: Store, clock: FixedClock
) -> None:
    old = _store_quarter(store, (2, 9, 20))
    store.save_review(_finished_run(old))
    late = store.add_win(framed(Win(title="Logged late", date=dt.date(2026, 10, 5))))
    run_2 = start_review(Q4, store.wins(), LATER, earlier=store.reviews())
    # A run 2 as the app once saved it: the win logged late first.
    store.save_review(
        dataclasses.replace(
            run_2, win_ids=(late.id or 0, *(win.id or 0 for win in old))
        )
    )
    by_date = [old[0].id, late.id, old[1].id, old[2].id]

    out = io.StringIO()
    assert main(["review", "--print"], clock=clock, out=out) == 0
    lines = out.getvalue().splitlines()
    listed = [int(line.split()[0][1:]) for line in lines if line.startswith("#")]
    assert listed == by_date

    out = io.StringIO()
    assert main(["review", "--json"], clock=clock, out=out) == 0
    doc = json.loads(out.getvalue())
    assert doc["run"] == 2
    assert [win["id"] for win in doc["wins"]] == by_date


# --- 3. the tags alone are no edit ---------------------------------------------------

RESTORE = Measure(before=40, after=4, unit="minutes", label="time to restore")
AS_FLOATS = Measure(before=40.0, after=4.0, unit="minutes", label="time to restore")


def _measured(measure: Measure) -> Win:
    return Win(
        id=1,
        title="Cut the time to recover",
        what_changed="Recovery fell from 40 to 4 minutes",
        noticed_by="Platform team",
        measure=measure,
        date=dt.date(2026, 10, 9),
    )


def _legacy(win: Win) -> str:
    """The fingerprint runs saved before held: the numbers as they were stored."""
    return _fingerprint(win, _as_stored)


# (case, the fingerprint the run holds, the win now, edited)
NUMBERS: list[tuple[str, str, Win, bool]] = [
    (
        "judged as 40, saved back by the form as 40.0",
        judged_fingerprint(_measured(RESTORE)),
        _measured(AS_FLOATS),
        False,
    ),
    (
        "an older run that judged 40, now 40.0",
        _legacy(_measured(RESTORE)),
        _measured(AS_FLOATS),
        False,
    ),
    (
        "an older run that judged 40.0, now 40.0",
        _legacy(_measured(AS_FLOATS)),
        _measured(AS_FLOATS),
        False,
    ),
    (
        "an older run that judged 40.0, now 40",
        _legacy(_measured(AS_FLOATS)),
        _measured(RESTORE),
        False,
    ),
    (
        "a number that changed is an edit",
        judged_fingerprint(_measured(RESTORE)),
        _measured(dataclasses.replace(AS_FLOATS, after=5.0)),
        True,
    ),
    (
        "a fraction that changed is an edit",
        judged_fingerprint(_measured(dataclasses.replace(RESTORE, after=4.5))),
        _measured(dataclasses.replace(RESTORE, after=4.25)),
        True,
    ),
]


@pytest.mark.parametrize(
    ("judged", "win", "edited"),
    [row[1:] for row in NUMBERS],
    ids=[row[0] for row in NUMBERS],
)
def test_a_measure_is_compared_by_value(judged: str, win: Win, edited: bool) -> None:
    entry = ReviewEntry(win_id=1, answers=WinAnswers(**ANSWERED), judged=judged)
    assert edited_since_review(entry, win) is edited


async def test_editing_only_the_tags_keeps_the_review_and_its_answers(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    # Whole numbers as the command line and the demo store them.
    win = store.add_win(framed(_measured(RESTORE).with_changes(id=None)))
    run_1 = _finished_run([win])
    store.save_review(run_1)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_open("journal")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.press("ctrl+e")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        app.screen.query_one("#tags", Input).value = "oncall"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))

        saved = Store(store.path, clock=clock).win(win.id or 0)
        assert saved.tags == ("oncall",)
        found = _review_verdict(saved, store.reviews())
        assert found is not None
        assert "edited since this review" not in found[1]

        await pilot.press("escape")
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewWalkScreen))
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        carried = walk.review.entry(win.id or 0).answers
        mark = str(walk.query_one("#walk-carried", Static).render())

    assert carried == run_1.entry(win.id or 0).answers
    assert carried.change is not None, "question 3 is carried, not asked again"
    assert mark == catalogue.WALK_CARRIED.format(run=1)


def test_demo_data_reviews_carry_over_a_win_whose_tags_were_edited(
    clock: FixedClock, tmp_path: Path
) -> None:
    folder = tmp_path / "demo"
    assert main(["demo", "--wins", "20", "--data-dir", str(folder)], clock=clock) == 0
    store = Store(folder / DATA_FILE_NAME, clock=clock)
    wins = {win.id: win for win in store.wins()}
    measured = next(win for win in wins.values() if win.measure is not None)
    [run_1] = [r for r in store.reviews() if measured.id in r.entries]

    # Saved again as the edit form saves it: numbers as typed back, a new tag.
    measure = measured.measure
    assert measure is not None
    typed_back = dataclasses.replace(
        measure,
        before=None if measure.before is None else float(measure.before),
        after=None if measure.after is None else float(measure.after),
    )
    edited = store.update_win(
        framed(measured.with_changes(measure=typed_back, tags=("oncall",)))
    )
    entry = run_1.entry(measured.id or 0)
    assert entry.judged, "the demo's runs know what they judged"
    assert not edited_since_review(entry, edited)

    run_2 = carry_forward(
        start_review(run_1.period, store.wins(), LATER, earlier=[run_1]),
        [run_1],
        store.wins(),
    )
    assert run_2.entry(measured.id or 0).answers == entry.answers
