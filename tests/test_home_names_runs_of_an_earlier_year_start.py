"""Home's next step counts the wins a run of an earlier year start answered.

Moved to a year start whose quarters do not line up with the old one, a finished
run reviews no quarter named now, yet its verdicts still count for the wins it
answered. Home asks only for the others, and says which run judged the rest and
over which months; a quarter whose wins that run answered all is not asked for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import Quarter, parse_quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    Review,
    answer,
    finish,
    judged_under_other_starts,
    start_review,
)
from careerclimb_tui.domain.wins import UnreviewedQuarter, next_step, unreviewed_quarter
from careerclimb_tui.home_lines import next_step_line
from careerclimb_tui.store import Store

TODAY = dt.date(2026, 11, 18)
"""With a February start, in 2027Q4 (Nov 2026–Jan 2027); 2027Q3 is Aug–Oct 2026."""
NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
ANSWERS: dict[str, Any] = {
    "peer_could": "no",
    "choice": "chose",
    "change": ChangeAnswer("Deploys fell from 40 to 12 minutes", measured=True),
    "noticed": Noticed.by("platform team"),
}
JUL_SEP = "2026Q3 (Jul–Sep 2026, earlier year start)"


def win(number: int, day: dt.date) -> Win:
    return Win(title=f"Win {number}", date=day, id=number)


AUGUST, SEPTEMBER, OCTOBER = (
    win(1, dt.date(2026, 8, 10)),
    win(2, dt.date(2026, 9, 15)),
    win(3, dt.date(2026, 10, 20)),
)


def calendar_run(wins: list[Win], answered: list[Win], finished: bool = True) -> Review:
    """A calendar run of 2026Q3 over ``wins``, answering ``answered`` in full."""
    review = start_review(parse_quarter("2026Q3"), wins, NOW)
    for each in answered:
        review = answer(review, each.id or 0, now=NOW, **ANSWERS)
    return finish(review, now=NOW) if finished else review


def test_only_the_wins_a_finished_run_of_another_start_answered_are_judged() -> None:
    run = calendar_run([AUGUST, SEPTEMBER], [AUGUST])
    open_run = calendar_run([SEPTEMBER], [SEPTEMBER], finished=False)

    assert judged_under_other_starts([run, open_run], 2) == {1: JUL_SEP}
    # Under the year start it was named by, the run reviews its own quarter.
    assert judged_under_other_starts([run], 1) == {}


# (case, wins, win id → run that answered it, the quarter asked for, or None)
WAITING: list[tuple[str, list[Win], dict[int, str], UnreviewedQuarter | None]] = [
    (
        "nothing judged",
        [AUGUST, SEPTEMBER, OCTOBER],
        {},
        UnreviewedQuarter(Quarter(2027, 3, 2), 3),
    ),
    (
        "two of three judged",
        [AUGUST, SEPTEMBER, OCTOBER],
        {1: JUL_SEP, 2: JUL_SEP},
        UnreviewedQuarter(
            Quarter(2027, 3, 2), 1, judged_elsewhere=2, judged_in=(JUL_SEP,)
        ),
    ),
    (
        "all judged",
        [AUGUST, SEPTEMBER],
        {1: JUL_SEP, 2: JUL_SEP},
        None,
    ),
    (
        # July is in 2027Q2 (May–Jul) under a February start: asked for next.
        "all judged, an older quarter waits",
        [win(4, dt.date(2026, 7, 1)), AUGUST],
        {1: JUL_SEP},
        UnreviewedQuarter(Quarter(2027, 2, 2), 1),
    ),
]


@pytest.mark.parametrize(
    ("wins", "judged", "expected"),
    [case[1:] for case in WAITING],
    ids=[case[0] for case in WAITING],
)
def test_wins_answered_under_another_year_start_do_not_wait(
    wins: list[Win], judged: dict[int, str], expected: UnreviewedQuarter | None
) -> None:
    assert unreviewed_quarter(wins, TODAY, set(), 2, judged) == expected


def test_the_step_names_the_run_and_its_months_beside_the_wins_left() -> None:
    step = next_step(
        [AUGUST, SEPTEMBER, OCTOBER],
        TODAY,
        2,
        reviewed=set(),
        judged={1: JUL_SEP, 2: JUL_SEP},
    )

    assert step == catalogue.NEXT_REVIEW_ENDED_PARTLY_JUDGED.format(
        quarter="2027Q3",
        months="Aug–Oct 2026",
        count=1,
        noun="win",
        runs=JUL_SEP,
        judged=2,
    )
    assert "1 win not reviewed" in step and JUL_SEP in step


@pytest.mark.parametrize(
    ("dates", "asked"),
    [
        (
            [dt.date(2026, 8, 10), dt.date(2026, 9, 15), dt.date(2026, 10, 20)],
            f"2027Q3 (Aug–Oct 2026) ended with 1 win not reviewed; {JUL_SEP} judged 2",
        ),
        ([dt.date(2026, 8, 10), dt.date(2026, 9, 15)], None),
    ],
    ids=["a win of October waits", "every win judged"],
)
def test_home_after_the_year_start_moves_asks_only_for_wins_nobody_judged(
    store: Store, clock: FixedClock, dates: list[dt.date], asked: str | None
) -> None:
    store.save_profile(DEMO_PROFILE)
    wins = [
        store.add_win(Win(title=f"Win {n}", date=day)) for n, day in enumerate(dates)
    ]
    in_july_to_september = [each for each in wins if each.date.month <= 9]
    review = start_review(parse_quarter("2026Q3"), in_july_to_september, NOW)
    for each in in_july_to_september:
        review = answer(review, each.id or 0, now=NOW, **ANSWERS)
    store.save_review(finish(review, now=NOW))

    store.save_profile(replace(DEMO_PROFILE, fiscal_year_start_month=2))
    step = next_step_line(store, store.wins(), clock.today(), 2)

    if asked is None:
        assert "2027Q3" not in step and "not reviewed" not in step
    else:
        assert step.startswith(asked)
