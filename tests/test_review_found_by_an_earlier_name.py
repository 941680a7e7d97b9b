"""After the year start moves, `careerclimb review --quarter NAME --print` still
reaches a review named NAME under an earlier year start, and says which months
it judged; when reviews of several year starts have the name, it lists them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import Review, finish, runs_of_another_start
from careerclimb_tui.domain.review import start_review as begin
from careerclimb_tui.store import Store

NOW = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.timezone.utc)


def run_of(name: str, start_month: int, run: int = 1) -> Review:
    return dataclasses.replace(
        begin(parse_quarter(name, start_month), [], NOW), run=run
    )


FOUND = {
    # case: (runs as (name, year start, run number), asked name, year start now,
    #        the (name, year start) of the runs found, newest months first)
    "no run has the name": ([("2027Q3", 2, 1)], "2027Q4", 1, []),
    "a run of the year start in use is not another's": (
        [("2027Q4", 1, 1)],
        "2027Q4",
        1,
        [],
    ),
    "a run of an earlier year start is found": (
        [("2027Q4", 2, 1), ("2027Q3", 2, 1)],
        "2027Q4",
        1,
        [("2027Q4", 2)],
    ),
    "two runs of one review give its latest": (
        [("2027Q4", 2, 1), ("2027Q4", 2, 2)],
        "2027Q4",
        1,
        [("2027Q4", 2)],
    ),
    "reviews of two earlier year starts are both found": (
        [("2026Q4", 2, 1), ("2026Q4", 3, 1)],
        "2026Q4",
        1,
        [("2026Q4", 3), ("2026Q4", 2)],
    ),
}


@pytest.mark.parametrize(
    ("runs", "name", "now", "found"), FOUND.values(), ids=FOUND.keys()
)
def test_a_review_of_an_earlier_year_start_is_found_by_its_name(
    runs: list[tuple[str, int, int]],
    name: str,
    now: int,
    found: list[tuple[str, int]],
) -> None:
    reviews = [run_of(quarter, start, run) for quarter, start, run in runs]

    got = runs_of_another_start(reviews, name, now)

    assert [(r.quarter, r.start_month) for r in got] == found
    for review in got:
        numbers = [n for q, s, n in runs if (q, s) == (name, review.start_month)]
        assert review.run == max(numbers)


def february_reviews_then_january(store: Store, clock: FixedClock) -> None:
    """Reviews named under a February start, one finished and one in progress;
    then the year start moves to January."""
    store.save_profile(dataclasses.replace(DEMO_PROFILE, fiscal_year_start_month=2))
    store.add_win(Win("Cut failed deploys", dt.date(2026, 9, 10)))
    store.add_win(Win("Halved the build queue", dt.date(2026, 11, 10)))
    wins = store.wins()
    done = begin(parse_quarter("2027Q3", 2), wins, clock.now())
    store.save_review(finish(done, now=clock.now()))
    store.save_review(begin(parse_quarter("2027Q4", 2), wins, clock.now()))
    store.save_profile(dataclasses.replace(DEMO_PROFILE, fiscal_year_start_month=1))


def test_the_printed_review_reaches_a_run_of_the_earlier_year_start(
    store: Store, clock: FixedClock
) -> None:
    february_reviews_then_january(store, clock)

    out = io.StringIO()
    code = main(["review", "--quarter", "2027Q4", "--print"], clock=clock, out=out)
    printed = " ".join(out.getvalue().split())

    assert code == 0
    said = catalogue.CLI_REVIEW_NAME_EARLIER_START.format(
        quarter="2027Q4", now="Oct–Dec 2027", months="Nov 2026–Jan 2027"
    )
    assert printed.startswith(said)
    assert "Halved the build queue" in printed
    assert "Cut failed deploys" not in printed


def test_reviews_of_several_year_starts_are_listed(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    february_reviews_then_january(store, clock)
    wins = store.wins()
    store.save_review(begin(parse_quarter("2027Q4", 3), wins, clock.now()))

    out = io.StringIO()
    code = main(["review", "--quarter", "2027Q4", "--print"], clock=clock, out=out)
    told = " ".join(capsys.readouterr().err.split())

    assert code == 1
    assert out.getvalue() == ""
    runs = "; ".join(
        catalogue.REVIEW_RUN_EARLIER_START.format(quarter="2027Q4", months=months)
        for months in ("Dec 2026–Feb 2027", "Nov 2026–Jan 2027")
    )
    said = catalogue.CLI_REVIEW_NAME_SEVERAL_STARTS.format(
        quarter="2027Q4", count=2, runs=runs
    )
    assert " ".join(said.split()) in told
