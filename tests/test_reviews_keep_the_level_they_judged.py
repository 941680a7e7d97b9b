"""A review run keeps the level it judged work against, and the gap view, home and
`careerclimb gaps` say so when the verdicts that count judged another level than
the target."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Any

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Choice,
    Noticed,
    PeerAnswer,
    Review,
    answer,
    finish,
    read_change,
    start_review,
)
from careerclimb_tui.domain.target import judged_level_note, judged_level_now
from careerclimb_tui.home_lines import gap_line
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.review_docs import review_from_json, review_to_json
from tests.helpers import make_app, run_app, wait_until

LADDER = load_shelf().ladders["software-engineer"]
MOMENT = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.timezone.utc)
LATER = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.timezone.utc)
WINS = [
    Win("Cut CI time", dt.date(2026, 8, 4), id=1),
    Win("Drove the deploy fix", dt.date(2026, 10, 5), id=2),
]
ANSWERS: dict[str, Any] = {
    "peer_could": PeerAnswer.NO,
    "choice": Choice.CHOSE,
    "change": read_change("Failed deploys fell from 12 to 2 a month"),
    "noticed": Noticed.by("SRE lead"),
}
OTHER = catalogue.GAPS_JUDGED_OTHER_LEVEL
SOME = catalogue.GAPS_JUDGED_SOME_OTHER_LEVEL


def run_of(
    quarter: str, judged: str, at: dt.datetime = MOMENT, *earlier: Review
) -> Review:
    """A finished run of a quarter that judged ``judged``, every win answered."""
    run = start_review(parse_quarter(quarter), WINS, at, list(earlier), judged)
    for win_id in run.win_ids:
        run = answer(run, win_id, now=at, **ANSWERS)
    return finish(run, now=at)


Q3_SENIOR = run_of("2026Q3", "senior")
Q4_SENIOR = run_of("2026Q4", "senior")
Q4_AGAIN_STAFF = dataclasses.replace(run_of("2026Q4", "staff", LATER, Q4_SENIOR), run=2)

# (case, current, target, runs, the note)
NOTES = [
    ("no run yet: the level above now", "senior", "staff", [], ""),
    (
        "level raised since the runs",
        "senior",
        "staff",
        [Q3_SENIOR, Q4_SENIOR],
        OTHER.format(judged="Senior engineer", target="Staff engineer"),
    ),
    (
        "the demo's case: Staff now, aiming at Senior staff",
        "staff",
        "senior_staff",
        [Q4_SENIOR],
        OTHER.format(judged="Senior engineer", target="Senior staff engineer"),
    ),
    (
        "one quarter run again at the new level",
        "senior",
        "staff",
        [Q3_SENIOR, Q4_SENIOR, Q4_AGAIN_STAFF],
        SOME.format(judged="Senior engineer", target="Staff engineer"),
    ),
    (
        "a run again settles the only quarter",
        "senior",
        "staff",
        [Q4_SENIOR, Q4_AGAIN_STAFF],
        "",
    ),
    (
        "runs that kept no level read as judging the level above now",
        "senior",
        "staff",
        [run_of("2026Q4", "")],
        "",
    ),
    (
        "a target two levels up, the runs judged the first step",
        "mid",
        "staff",
        [Q4_SENIOR],
        catalogue.GAPS_JUDGED_BELOW_TARGET.format(
            target="Staff engineer",
            steps=2,
            first="Senior engineer",
            judged="Senior engineer",
        ),
    ),
    ("a target not above the current level", "staff", "senior", [Q4_SENIOR], ""),
]


@pytest.mark.parametrize(
    ("current", "target", "runs", "note"),
    [case[1:] for case in NOTES],
    ids=[case[0] for case in NOTES],
)
def test_the_note_compares_the_level_the_reviews_judged_with_the_target(
    current: str, target: str, runs: list[Review], note: str
) -> None:
    assert judged_level_note(LADDER, current, target, runs) == note


@pytest.mark.parametrize(
    ("current", "judged"),
    [("junior", "mid"), ("mid", "senior"), ("principal", ""), ("nobody", "")],
)
def test_a_review_started_now_judges_the_level_above(current: str, judged: str) -> None:
    assert judged_level_now(LADDER, current) == judged


def test_a_run_keeps_its_level_in_the_data_file(store: Store) -> None:
    saved = store.save_review(run_of("2026Q4", "senior"))

    [read] = store.reviews()
    assert read.judged_level == "senior"
    assert review_to_json(saved)["judged_level"] == "senior"


def test_a_run_saved_before_the_level_was_kept_reads_as_not_known() -> None:
    doc = review_to_json(run_of("2026Q4", "senior"))
    del doc["judged_level"]

    read = review_from_json(doc, 7)

    assert read.judged_level == ""
    assert "judged_level" not in read.extra


def run(clock: FixedClock, *argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), clock=clock, out=out) == 0
    return " ".join(out.getvalue().split())


async def test_the_demo_raised_to_staff_says_its_reviews_judged_senior(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    profile = dataclasses.replace(
        DEMO_PROFILE, current_level="staff", target_level="senior_staff"
    )
    store.save_profile(profile)
    note = OTHER.format(judged="Senior engineer", target="Senior staff engineer")

    async with run_app(store, clock) as (app, pilot):
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        shown = str(app.screen.query_one("#gaps-judged", Static).content)

    assert shown == note
    assert note in run(clock, "gaps")
    line = gap_line(store, LADDER, profile, clock.today())
    assert line is not None
    assert line.endswith(catalogue.HOME_GAP_JUDGED_FOR.format(level="Senior engineer"))


async def test_a_run_started_on_the_reviews_screen_keeps_the_level_above(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(dataclasses.replace(DEMO_PROFILE, current_level="senior"))
    store.add_win(Win("Drove the deploy fix", clock.today()))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await wait_until(pilot, lambda: bool(app.screen.query("#review-quarter")))
        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewWalkScreen))
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)

    # The run is saved from the walk with its first answer, level and all.
    assert walk.review.judged_level == "staff"
