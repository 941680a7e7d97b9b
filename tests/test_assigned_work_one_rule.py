"""Assigned work follows one rule in the problem check and in the review.

An assigned problem is not one the user chose to drive, so the check sets it
aside; past assigned work beyond the user's level still counts in the review when
people outside the team noticed what it changed. Both screens say so in the same
words.
"""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.domain.problems import check_candidate
from careerclimb_tui.domain.records import FRAMING_IMPACT
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Choice,
    Noticed,
    PeerAnswer,
    VerdictKind,
    WinAnswers,
    assigned_work_counts,
    verdict_for,
)

NEXT = VerdictKind.NEXT_LEVEL
CURRENT = VerdictKind.CURRENT_LEVEL
UNCLEAR = VerdictKind.UNCLEAR
FASTER = ChangeAnswer("Releases go out the same day", measured=False)
MEASURED = ChangeAnswer("Release wait fell from 3 days to 4 hours", measured=True)
NOBODY = Noticed.nobody()
SEEN = Noticed.by("support")

RULE_ROWS = [
    # beyond level, shows a change, noticed outside, counts
    (True, True, True, True),
    (True, True, False, False),
    (True, False, True, False),
    (False, True, True, False),
]


@pytest.mark.parametrize(
    "beyond_level, shows_change, noticed_outside, counts", RULE_ROWS
)
def test_assigned_work_counts_only_beyond_level_with_a_noticed_change(
    beyond_level: bool, shows_change: bool, noticed_outside: bool, counts: bool
) -> None:
    assert (
        assigned_work_counts(
            beyond_level=beyond_level,
            shows_change=shows_change,
            noticed_outside=noticed_outside,
        )
        is counts
    )


REVIEW_ROWS = [
    # id, peer could, change, noticed, verdict, says the rule
    ("beyond level, unseen", PeerAnswer.NO, FASTER, NOBODY, UNCLEAR, True),
    ("beyond level, measured, unseen", PeerAnswer.NO, MEASURED, NOBODY, UNCLEAR, True),
    ("beyond level, noticed", PeerAnswer.NO, FASTER, SEEN, NEXT, False),
    ("beyond level, measured, noticed", PeerAnswer.NO, MEASURED, SEEN, NEXT, False),
    ("a peer could, noticed", PeerAnswer.YES, MEASURED, SEEN, CURRENT, False),
]


@pytest.mark.parametrize(
    "peer, change, noticed, kind, says_rule",
    [row[1:] for row in REVIEW_ROWS],
    ids=[row[0] for row in REVIEW_ROWS],
)
def test_the_review_judges_assigned_work_by_the_rule_and_says_it(
    peer: PeerAnswer,
    change: ChangeAnswer,
    noticed: Noticed,
    kind: VerdictKind,
    says_rule: bool,
) -> None:
    answers = WinAnswers(peer, Choice.ASSIGNED, change, noticed)

    verdict = verdict_for(answers, FRAMING_IMPACT, False, change.measured)

    assert verdict.kind is kind
    assert (catalogue.ASSIGNED_WORK_RULE in verdict.reason) is says_rule


def test_an_assigned_problem_is_set_aside_as_not_chosen_to_drive() -> None:
    check = check_candidate(False, False, "Deploys: 2 days → 4 hours", "support")

    assert check.settled
    assert check.verdict == catalogue.CHECK_VERDICT_ASSIGNED
    assert "current-level" not in check.verdict
    assert "chose to drive" in check.concerns[0]
    assert catalogue.ASSIGNED_WORK_RULE in check.concerns[0]


def test_an_assigned_problem_a_peer_would_do_anyway_is_current_level() -> None:
    check = check_candidate(True, False, "", "")

    assert check.verdict == catalogue.CHECK_VERDICT_CURRENT


def test_the_check_no_longer_calls_assigned_work_current_level_whatever_happens() -> (
    None
):
    waiting = catalogue.PROBLEM_CHECK_WAITING

    assert "current-level work whatever else" not in waiting
    assert "not a next-level problem for you to drive" in waiting
    assert "quarterly review" in waiting
