"""A win the user judged unclear by their own call in a review is never put
forward: the prep does not bring it as evidence and the pitch does not tell it
in support, whether or not another win is next-level."""

from __future__ import annotations

from typing import Any

import pytest

from careerclimb_tui.domain import prep
from careerclimb_tui.domain.pitch import Part, build_pitch
from careerclimb_tui.domain.review import (
    Review,
    VerdictKind,
    answer,
    finish,
    held_back_as_unclear,
    judged_win_ids,
    latest_entries,
    override,
    start_review,
)
from tests.test_unclear_never_strongest import (
    NOW,
    ONBOARDING,
    PEER_COULD,
    PLACES,
    Q4,
    RERUNS,
    SEARCH,
    STRONG,
    TODAY,
    TRIAGE,
    UNNOTICED,
)

NOTE = "Nobody asked for it and I am not sure it mattered"


def _reviewed(
    answers: dict[int, dict[str, Any]], calls: dict[int, VerdictKind]
) -> Review:
    wins = [RERUNS, TRIAGE, SEARCH]
    review = start_review(Q4, wins, NOW)
    for win in wins:
        review = answer(review, win.id or 0, now=NOW, **answers[win.id or 0])
    for win_id, kind in calls.items():
        review = override(review, win_id, kind, NOTE, now=NOW)
    return finish(review, now=NOW)


# (case, answers by win, the user's own calls, the wins held back)
CASES = [
    (
        "own unclear call, no next-level win",
        {1: PEER_COULD, 2: PEER_COULD, 3: STRONG},
        {3: VerdictKind.UNCLEAR},
        {3},
    ),
    (
        "own unclear call beside a next-level win",
        {1: STRONG, 2: PEER_COULD, 3: STRONG},
        {3: VerdictKind.UNCLEAR},
        {3},
    ),
    (
        "the questions' unclear, no next-level win",
        {1: PEER_COULD, 2: PEER_COULD, 3: UNNOTICED},
        {},
        set(),
    ),
    (
        "own next-level call",
        {1: PEER_COULD, 2: PEER_COULD, 3: UNNOTICED},
        {3: VerdictKind.NEXT_LEVEL},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("answers", "calls", "held"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_an_own_unclear_call_is_held_back(
    answers: dict[int, dict[str, Any]],
    calls: dict[int, VerdictKind],
    held: set[int],
) -> None:
    review = _reviewed(answers, calls)
    wins = [RERUNS, TRIAGE, SEARCH]

    found = held_back_as_unclear(
        wins, latest_entries([review]), judged_win_ids([review])
    )

    assert found == held


def test_the_prep_and_the_pitch_leave_an_own_unclear_call_out() -> None:
    review = _reviewed(
        {1: PEER_COULD, 2: PEER_COULD, 3: STRONG}, {3: VerdictKind.UNCLEAR}
    )
    wins = [RERUNS, TRIAGE, SEARCH, ONBOARDING]
    assert latest_entries([review])[3].kind is VerdictKind.UNCLEAR

    evidence = prep.strongest_evidence(wins, [review], PLACES)
    draft = build_pitch(wins, [review], [], TODAY)
    told = [
        line.win_id for line in draft.lines if line.part in (Part.DROVE, Part.SUPPORT)
    ]

    assert 3 not in [w.id for w in evidence]
    assert 3 not in told
