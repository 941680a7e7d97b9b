"""A change that states a share with no before is asked for its before."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.domain.framing import FRAMING_ACTIVITY, share_with_no_before
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Choice,
    Noticed,
    PeerAnswer,
    VerdictKind,
    WinAnswers,
    read_walk_change,
    verdict_for,
)

VAGUE_WIN = Win(
    title="Worked on the payments migration", date=dt.date(2026, 2, 3), id=1
)
SHARE = "moved 40% of payments to the new service"


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (SHARE, "40% of payments"),
        ("60% of the traffic now runs on it", "60% of the traffic"),
        ("40% of payment volume moved over", "40% of payment volume"),
        ("Moved 40 % of payments.", "40 % of payments"),
        ("served 30% of users faster", "30% of users"),
        ("pages load faster for 30% of users", ""),
        ("cut build time by 40%", ""),
        ("40% of payments run on it", "40% of payments"),
        ("moved 40% of payments to it, up from 10%", ""),
        ("worked on the payments migration", ""),
    ],
)
def test_share_with_no_before_is_found(text: str, share: str) -> None:
    assert share_with_no_before(text) == share


def test_walk_coach_asks_where_a_share_started() -> None:
    change, coach = read_walk_change(VAGUE_WIN, SHARE)

    assert not change.measured
    assert coach == catalogue.WALK_READING_SHARE_NO_BEFORE.format(
        share="40% of payments"
    )
    assert "up from what?" in coach
    assert "activity" not in coach


def test_share_measured_with_its_before_is_not_asked_again() -> None:
    change, coach = read_walk_change(VAGUE_WIN, "40% of payments, up from 10%")

    assert change.measured
    assert "up from what?" not in coach


@pytest.mark.parametrize(
    ("peer", "kind", "template"),
    [
        (
            PeerAnswer.NO,
            VerdictKind.UNCLEAR,
            catalogue.REVIEW_VERDICT_SHARE_NO_BEFORE,
        ),
        (
            PeerAnswer.YES,
            VerdictKind.CURRENT_LEVEL,
            catalogue.REVIEW_VERDICT_PEER_SHARE_NO_BEFORE,
        ),
    ],
)
def test_verdict_asks_for_the_before_of_a_share(
    peer: PeerAnswer, kind: VerdictKind, template: str
) -> None:
    change, _ = read_walk_change(VAGUE_WIN, SHARE)
    answers = WinAnswers(peer, Choice.ASSIGNED, change, Noticed.nobody())

    verdict = verdict_for(answers, FRAMING_ACTIVITY, False, change.measured)

    assert verdict.kind is kind
    assert verdict.reason == template.format(share="40% of payments")
    assert "no measure" not in verdict.reason
    assert "40% of payments, up from <before>" in verdict.reason
