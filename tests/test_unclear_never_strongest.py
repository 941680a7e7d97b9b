"""A win the review judged unclear is never put forward as the strongest while
next-level wins exist: the review's summary, the manager prep and the pitch rank
by one rule and bring the same wins, in the same order."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from careerclimb_tui.domain import prep
from careerclimb_tui.domain.pitch import SUPPORTING_WINS, Part, build_pitch
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import (
    Choice,
    Noticed,
    PeerAnswer,
    Review,
    VerdictKind,
    answer,
    finish,
    latest_entries,
    read_change,
    start_review,
    strongest_groups,
    summarise,
)
from tests.test_strongest_one_rule import DIMENSIONS, ladder_of_four

Q4 = Quarter(2026, 4)
NOW = dt.datetime(2026, 12, 20, 9, tzinfo=dt.timezone.utc)
TODAY = NOW.date()
PLACES = 1 + SUPPORTING_WINS
"""The pitch's lead and supporting wins: as many as the prep brings."""


def _win(
    win_id: int, title: str, day: dt.date, before: float, after: float, unit: str
) -> Win:
    return Win(
        id=win_id,
        title=title,
        date=day,
        framing="impact",
        dimensions=(DIMENSIONS[min(win_id, 4) - 1],),
        measure=Measure(before=before, after=after, unit=unit),
    )


RERUNS = _win(
    1, "Cut CI reruns from 12 to 2 a week", dt.date(2026, 10, 6), 12, 2, "reruns"
)
TRIAGE = _win(
    2,
    "Payments triage fell from 30 to 5 minutes",
    dt.date(2026, 10, 20),
    30,
    5,
    "minutes",
)
SEARCH = _win(
    3,
    "Search latency fell from 800 to 200 ms",
    dt.date(2026, 12, 1),
    800,
    200,
    "ms",
)
ONBOARDING = _win(
    4, "Onboarding fell from 10 to 3 days", dt.date(2026, 9, 2), 10, 3, "days"
)
"""Logged in the quarter before the review: measured, and not reviewed yet."""

STRONG = {
    "peer_could": PeerAnswer.NO,
    "choice": Choice.CHOSE,
    "change": read_change("Reruns fell from 12 to 2 a week"),
    "noticed": Noticed.by("SRE lead"),
}
UNSURE = {**STRONG, "peer_could": PeerAnswer.NOT_SURE}
# Measured, but assigned and noticed by nobody outside the team: unclear.
UNNOTICED = {**STRONG, "choice": Choice.ASSIGNED, "noticed": Noticed.nobody()}
PEER_COULD = {**STRONG, "peer_could": PeerAnswer.YES, "choice": Choice.ASSIGNED}


def _reviewed(answers: dict[int, dict[str, Any]]) -> Review:
    wins = [RERUNS, TRIAGE, SEARCH]
    review = start_review(Q4, wins, NOW)
    for win in wins:
        review = answer(review, win.id or 0, now=NOW, **answers[win.id or 0])
    return finish(review, now=NOW)


# (case, answers by win, the review's wins to put in front of the manager, the
# wins the prep and the pitch bring, strongest first)
CASES = [
    (
        "next-level wins and an unclear one",
        {1: STRONG, 2: UNSURE, 3: UNNOTICED},
        [1, 2],
        [1, 2, 4],
    ),
    (
        "one next-level win and an unclear one",
        {1: STRONG, 2: PEER_COULD, 3: UNNOTICED},
        [1],
        [1, 4],
    ),
    (
        "no next-level win: the unclear one is the best there is",
        {1: PEER_COULD, 2: PEER_COULD, 3: UNNOTICED},
        [],
        [3, 4],
    ),
]


@pytest.mark.parametrize(
    ("answers", "ready", "brought"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_the_summary_the_prep_and_the_pitch_bring_the_same_wins(
    answers: dict[int, dict[str, Any]], ready: list[int], brought: list[int]
) -> None:
    review = _reviewed(answers)
    wins = [RERUNS, TRIAGE, SEARCH, ONBOARDING]
    assert latest_entries([review])[3].kind is VerdictKind.UNCLEAR

    summary = summarise(review, wins, ladder_of_four(), "senior")
    groups = strongest_groups(summary)
    in_front = [w.id for g in groups if g.next_level for w in g.wins]
    evidence = prep.strongest_evidence(wins, [review], PLACES)
    draft = build_pitch(wins, [review], [], TODAY)
    told = [
        line.win_id for line in draft.lines if line.part in (Part.DROVE, Part.SUPPORT)
    ]

    assert in_front == ready
    assert [w.id for w in evidence] == brought
    assert told == brought
    # The win no finished review judged is brought marked as such.
    assert [w.id for w in prep.not_yet_judged(evidence, [review])] == [4]
