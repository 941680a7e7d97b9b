"""Assigned work judged next-level keeps its verdict, and the reason then asks
what the user chose in how it was done; chosen work is never asked."""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.domain.records import FRAMING_IMPACT
from careerclimb_tui.domain.review import (
    Choice,
    PeerAnswer,
    VerdictKind,
    WinAnswers,
    verdict_for,
)
from tests.test_assigned_work_one_rule import (
    CURRENT,
    FASTER,
    MEASURED,
    NEXT,
    NOBODY,
    SEEN,
    UNCLEAR,
)

ROWS = [
    # id, peer could, chosen?, change, noticed, verdict, asks what was chosen
    ("assigned, strong", PeerAnswer.NO, Choice.ASSIGNED, MEASURED, SEEN, NEXT, True),
    ("assigned, impact", PeerAnswer.NO, Choice.ASSIGNED, FASTER, SEEN, NEXT, True),
    ("chosen, strong", PeerAnswer.NO, Choice.CHOSE, MEASURED, SEEN, NEXT, False),
    ("partly chosen", PeerAnswer.NO, Choice.PARTLY, MEASURED, SEEN, NEXT, False),
    (
        "assigned, unseen",
        PeerAnswer.NO,
        Choice.ASSIGNED,
        MEASURED,
        NOBODY,
        UNCLEAR,
        False,
    ),
    (
        "assigned, a peer could",
        PeerAnswer.YES,
        Choice.ASSIGNED,
        MEASURED,
        SEEN,
        CURRENT,
        False,
    ),
]


@pytest.mark.parametrize(
    "peer, choice, change, noticed, kind, asks",
    [row[1:] for row in ROWS],
    ids=[row[0] for row in ROWS],
)
def test_assigned_next_level_work_is_asked_what_was_chosen_in_it(
    peer: PeerAnswer,
    choice: Choice,
    change: object,
    noticed: object,
    kind: VerdictKind,
    asks: bool,
) -> None:
    answers = WinAnswers(peer, choice, change, noticed)  # type: ignore[arg-type]

    verdict = verdict_for(answers, FRAMING_IMPACT, False, MEASURED is change)

    assert verdict.kind is kind
    assert (catalogue.REVIEW_VERDICT_ASSIGNED_SHAPED in verdict.reason) is asks


def test_the_second_question_explains_that_assigned_work_can_still_count() -> None:
    assert "say what you chose in how it was done" in catalogue.WALK_EXPLAIN_Q2
    assert catalogue.REVIEW_VERDICT_ASSIGNED_SHAPED.endswith(
        "say what you chose in how it was done."
    )
