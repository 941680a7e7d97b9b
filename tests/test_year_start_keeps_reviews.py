"""A finished review keeps the months it judged when the year start moves.

Quarters of two year starts a whole number of quarters apart cover the same months,
so the runs take the new names; otherwise a run keeps its name and shows its
months. Either way its summary adds up the same wins as before.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

import pytest
from textual.widgets import DataTable, Select, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.gaps import review_coverage
from careerclimb_tui.domain.quarters import (
    Quarter,
    lines_up,
    months_in_words,
    parse_quarter,
    renamed,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    Review,
    answer,
    finish,
    named_under,
    quarter_to_offer,
    run_label,
    start_review,
    summarise,
    wins_left_out,
    year_start_warning,
)
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.review_summary import ReviewSummaryScreen
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.screens.setup import SetupScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import home_read, make_app, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
NEXT_LEVEL: dict[str, Any] = {
    "peer_could": "no",
    "choice": "chose",
    "change": ChangeAnswer("Deploys fell from 40 to 12 minutes", measured=True),
    "noticed": Noticed.by("platform team"),
}
LADDER = load_shelf().get("software-engineer")
OCT_DEC = "Oct–Dec 2026"
DIMENSIONS = ((1, "scope_impact"), (2, "technical_direction"), (3, "execution"))
"""The day in October and the dimension of each win of the review."""


def earlier(label: str, months: str) -> str:
    return catalogue.REVIEW_RUN_EARLIER_START.format(quarter=label, months=months)


# --- quarter arithmetic -------------------------------------------------------

RENAMED = [
    # quarter, year start it was named under, new year start, new name or None
    ("2026Q4", 1, 1, "2026Q4"),
    ("2026Q4", 1, 4, "2027Q3"),
    ("2026Q4", 1, 7, "2027Q2"),
    ("2026Q4", 1, 10, "2027Q1"),
    ("2027Q3", 4, 1, "2026Q4"),
    ("2026Q1", 1, 4, "2026Q4"),
    ("2027Q1", 2, 5, "2026Q4"),
    # A month or two apart: no quarter of the new start covers the same months.
    ("2026Q4", 1, 2, None),
    ("2026Q4", 1, 3, None),
    ("2027Q3", 4, 6, None),
]


@pytest.mark.parametrize(("label", "named", "now", "expected"), RENAMED)
def test_a_quarter_is_renamed_only_when_the_year_starts_line_up(
    label: str, named: int, now: int, expected: str | None
) -> None:
    quarter = parse_quarter(label, named)

    moved = renamed(quarter, now)

    assert lines_up(named, now) is (expected is not None)
    if expected is None:
        assert moved is None
        return
    assert moved is not None and str(moved) == expected
    assert (moved.first_day, moved.last_day) == (quarter.first_day, quarter.last_day)
    assert moved.start_month == now


MONTHS = [
    (Quarter(2026, 4, 1), OCT_DEC),
    (Quarter(2027, 3, 4), OCT_DEC),
    (Quarter(2027, 4, 2), "Nov 2026–Jan 2027"),
    (Quarter(2026, 1, 1), "Jan–Mar 2026"),
]


@pytest.mark.parametrize(("quarter", "expected"), MONTHS)
def test_a_quarters_months_are_said_in_words(quarter: Quarter, expected: str) -> None:
    assert months_in_words(quarter) == expected


# --- runs under a new year start ----------------------------------------------


def run_of(
    label: str, start_month: int = 1, finished: bool = True, run: int = 1
) -> Review:
    return Review(
        quarter=label,
        start_month=start_month,
        started_at=NOW,
        updated_at=NOW,
        finished_at=NOW if finished else None,
        run=run,
    )


LABELS = [
    # quarter, named under, year start now, name shown
    ("2026Q4", 1, 1, "2026Q4"),
    ("2026Q4", 1, 4, "2027Q3"),
    ("2027Q3", 4, 1, "2026Q4"),
    ("2026Q4", 1, 2, earlier("2026Q4", OCT_DEC)),
    ("2027Q3", 4, 3, earlier("2027Q3", OCT_DEC)),
]


@pytest.mark.parametrize(("label", "named", "now", "shown"), LABELS)
def test_a_run_is_shown_by_the_new_name_or_with_its_months(
    label: str, named: int, now: int, shown: str
) -> None:
    review = named_under(run_of(label, named), now)

    assert run_label(review, now) == shown
    assert review.period.first_day == parse_quarter(label, named).first_day


def kept(quarter: str, months: str, running: bool = False) -> str:
    """A review the question names by its months, as it keeps its name."""
    text = (
        catalogue.SETUP_YEAR_START_RUN_KEPT_IN_PROGRESS
        if running
        else catalogue.SETUP_YEAR_START_RUN_KEPT
    )
    return text.format(quarter=quarter, months=months)


def becomes(quarter: str, renamed: str, running: bool = False) -> str:
    """A review the question names by its new name."""
    text = (
        catalogue.SETUP_YEAR_START_RUN_RENAMED_IN_PROGRESS
        if running
        else catalogue.SETUP_YEAR_START_RUN_RENAMED
    )
    return text.format(quarter=quarter, renamed=renamed)


WARNINGS = [
    # runs (quarter, named under, finished), year start so far, new one, warning
    ([], 1, 4, ""),
    ([("2026Q4", 1, True)], 1, 1, ""),
    (
        [("2026Q4", 1, False)],
        1,
        4,
        catalogue.SETUP_YEAR_START_RENAMES_ONE.format(
            runs=becomes("2026Q4", "2027Q3", running=True)
        ),
    ),
    (
        [("2026Q4", 1, True)],
        1,
        4,
        catalogue.SETUP_YEAR_START_RENAMES_ONE.format(runs=becomes("2026Q4", "2027Q3")),
    ),
    (
        [("2026Q3", 1, True), ("2026Q4", 1, True)],
        1,
        4,
        catalogue.SETUP_YEAR_START_RENAMES_MANY.format(
            count=2, runs="2026Q4 becomes 2027Q3 and 2026Q3 becomes 2027Q2"
        ),
    ),
    (
        [("2026Q4", 1, True)],
        1,
        2,
        catalogue.SETUP_YEAR_START_KEEPS_ONE.format(runs=kept("2026Q4", OCT_DEC)),
    ),
    (
        # The case of a February start moved to January: the review in
        # progress is named beside the finished one.
        [("2027Q3", 2, True), ("2027Q4", 2, False)],
        2,
        1,
        catalogue.SETUP_YEAR_START_KEEPS_MANY.format(
            count=2,
            runs=" and ".join(
                [
                    kept("2027Q4", "Nov 2026–Jan 2027", running=True),
                    kept("2027Q3", "Aug–Oct 2026"),
                ]
            ),
        ),
    ),
    (
        # Two runs of one quarter are one review; the latest says if it is done.
        [("2026Q4", 1, True), ("2026Q4", 1, False)],
        1,
        2,
        catalogue.SETUP_YEAR_START_KEEPS_ONE.format(
            runs=kept("2026Q4", OCT_DEC, running=True)
        ),
    ),
    (
        [("2026Q1", 1, True), ("2026Q2", 1, True), ("2026Q3", 1, True)]
        + [("2026Q4", 1, True)],
        1,
        2,
        catalogue.SETUP_YEAR_START_KEEPS_MANY.format(
            count=4,
            runs=catalogue.SETUP_YEAR_START_RUNS_MORE.format(
                runs=", ".join(
                    [
                        kept("2026Q4", OCT_DEC),
                        kept("2026Q3", "Jul–Sep 2026"),
                        kept("2026Q2", "Apr–Jun 2026"),
                    ]
                ),
                count=1,
            ),
        ),
    ),
    (
        [("2026Q4", 1, True), ("2027Q1", 2, True)],
        1,
        4,
        catalogue.SETUP_YEAR_START_MIXED.format(
            count=2,
            runs=" and ".join(
                [becomes("2026Q4", "2027Q3"), kept("2027Q1", "Feb–Apr 2026")]
            ),
        ),
    ),
]


@pytest.mark.parametrize(("runs", "was", "now", "expected"), WARNINGS)
def test_saving_a_new_year_start_says_what_happens_to_every_review(
    runs: list[tuple[str, int, bool]], was: int, now: int, expected: str
) -> None:
    reviews = [
        run_of(label, named, finished, run=number)
        for number, (label, named, finished) in enumerate(runs, start=1)
    ]

    assert year_start_warning(reviews, was, now) == expected


def reviewed_wins() -> tuple[list[Win], Review]:
    """Three wins of Oct–Dec 2026, two judged next-level, in a finished calendar
    run; and a win of January, outside it."""
    wins = [
        Win(title=f"Win {n}", date=dt.date(2026, 10, n), dimensions=(dim,), id=n)
        for n, dim in DIMENSIONS
    ]
    review = start_review(parse_quarter("2026Q4"), wins, NOW)
    for win in wins[:2]:
        review = answer(review, win.id or 0, now=NOW, **NEXT_LEVEL)
    wins.append(Win(title="January", date=dt.date(2026, 1, 5), id=9))
    return wins, finish(review, now=NOW)


@pytest.mark.parametrize("now", [1, 4, 2, 7, 12])
def test_a_runs_summary_does_not_move_with_the_year_start(now: int) -> None:
    wins, review = reviewed_wins()
    later = Win(title="Logged late", date=dt.date(2026, 11, 2), id=5)
    before = summarise(review, [*wins, later], LADDER, "senior")
    coverage = review_coverage(review, [review], wins, LADDER, "senior")

    moved = named_under(review, now)
    after = summarise(moved, [*wins, later], LADDER, "senior")

    # The same wins add up the same; only the quarter's name may be new.
    told = before.left_out_message.replace("2026Q4", moved.quarter)
    assert replace(after, quarter="2026Q4", left_out_message=told) == replace(
        before, left_out_message=told
    )
    assert after.dimensions_with_evidence == ("scope_impact", "technical_direction")
    assert review_coverage(moved, [moved], wins, LADDER, "senior") == coverage
    assert [win.id for win in wins_left_out(moved, [*wins, later])] == [5]


def test_a_run_of_an_earlier_year_start_reviews_no_quarter_named_now() -> None:
    # Named 2027Q3 under an April start: Oct–Dec 2026. With a February start,
    # 2027Q3 is Aug–Oct 2026, a quarter of the same name nobody reviewed.
    stale = run_of("2027Q3", 4)
    august = [Win(title="August", date=dt.date(2026, 8, 20), id=1)]

    offered = quarter_to_offer(dt.date(2026, 11, 18), august, [stale], 2)
    new_run = start_review(offered, august, NOW, earlier=[stale])

    assert offered == Quarter(2027, 3, 2)
    assert new_run.run == 1 and new_run.start_month == 2


# --- the data file ------------------------------------------------------------


def saved_run(store: Store, clock: FixedClock) -> Review:
    """A finished calendar run of 2026Q4 over one win, stored as a file saved
    before runs kept their year start."""
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(Win(title="Canary releases", date=dt.date(2026, 10, 5)))
    review = start_review(parse_quarter("2026Q4"), [win], clock.now())
    review = finish(answer(review, win.id or 0, now=clock.now(), **NEXT_LEVEL), now=NOW)
    saved = store.save_review(review)
    data = json.loads(store.path.read_text(encoding="utf-8"))
    del data["reviews"][str(saved.id)]["start_month"]
    store.path.write_text(json.dumps(data), encoding="utf-8")
    return saved


STORED = [
    # new year start, quarter then on disk, year start on disk, name shown
    (4, "2027Q3", 4, "2027Q3"),
    (7, "2027Q2", 7, "2027Q2"),
    (2, "2026Q4", 1, earlier("2026Q4", OCT_DEC)),
]


@pytest.mark.parametrize(("now", "on_disk", "named", "shown"), STORED)
def test_a_new_year_start_rewrites_the_stored_runs_on_their_months(
    store: Store, clock: FixedClock, now: int, on_disk: str, named: int, shown: str
) -> None:
    saved = saved_run(store, clock)
    held = store.reviews()[0]

    store.save_profile(replace(DEMO_PROFILE, fiscal_year_start_month=now))

    doc = json.loads(store.path.read_text(encoding="utf-8"))["reviews"]["1"]
    assert (doc["quarter"], doc["start_month"]) == (on_disk, named)
    (read,) = store.reviews()
    assert run_label(read, now) == shown
    assert read.period.first_day == dt.date(2026, 10, 1)
    assert read.entries == saved.entries

    # A window that read the run before the change saves its older copy: it is
    # still read on the same months, under the names of now.
    store.save_review(replace(held, updated_at=clock.now()))
    (again,) = store.reviews()
    assert (again.quarter, again.start_month) == (read.quarter, read.start_month)


# --- the app ------------------------------------------------------------------


def text_of(app: Any, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_a_finished_review_reads_the_same_after_the_year_start_moves(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    wins = [
        store.add_win(
            Win(title=f"Win {n}", date=dt.date(2026, 10, n), dimensions=(dim,))
        )
        for n, dim in DIMENSIONS
    ]
    review = start_review(parse_quarter("2026Q4"), wins, clock.now())
    for win in wins[:2]:
        review = answer(review, win.id or 0, now=clock.now(), **NEXT_LEVEL)
    store.save_review(finish(review, now=clock.now()))
    coverage = review_coverage(review, [review], wins, LADDER, "senior").text()

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await home_read(pilot)
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        app.screen.query_one("#fiscal", Select).value = 4
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert app.screen.question == catalogue.SETUP_YEAR_START_RENAMES_ONE.format(
            runs=becomes("2026Q4", "2027Q3")
        )
        await pilot.press("y")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, HomeScreen)
                and "2027Q3" in text_of(app, "#quarter-line")
            ),
        )
        assert "2027Q3" not in text_of(app, "#next-step")

        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        assert app.screen.query_one("#review-quarter", Select).value == "2027Q3"
        assert "run 1 finished" in text_of(app, "#quarter-state")
        runs = app.screen.query_one("#runs", DataTable)
        assert runs.row_count == 1 and runs.get_row_at(0)[0] == "2027Q3"

        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewSummaryScreen))
        summary = app.screen
        title = text_of(app, "#summary-title")
        lines = [str(line.render()) for line in summary.query(Static)]
    assert title.startswith("Review of 2027Q3 · run 1")
    assert coverage.startswith("2 of 6 dimensions")
    assert any(coverage in line for line in lines)
    (stored,) = store.reviews()
    assert (stored.quarter, stored.start_month) == ("2027Q3", 4)
