"""The review's summary and the manager prep pick the strongest wins by one rule."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from careerclimb_tui.domain import prep
from careerclimb_tui.domain.ladder import Dimension, Expectation, Ladder, Level
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
    read_change,
    start_review,
    strongest_groups,
    summarise,
)

Q4 = Quarter(2026, 4)
NOW = dt.datetime(2026, 12, 20, 9, tzinfo=dt.timezone.utc)
DIMENSIONS = ("scope", "direction", "collaboration", "mentoring")
MEASURED = read_change("Reruns fell from 12 to 2 a week")
UNMEASURED = read_change("Every service now deploys through canaries")


def ladder_of_four() -> Ladder:
    """A two-level ladder of four dimensions, every level expecting the same."""
    expectation = Expectation("Expected.", ("Solid.",), ("Next-level.",))
    everything = {key: expectation for key in DIMENSIONS}
    return Ladder(
        id="test",
        title="Test",
        track="software engineer",
        dimensions=tuple(Dimension(key, key.title()) for key in DIMENSIONS),
        levels=(
            Level("mid", "Engineer", "A team.", expectations=everything),
            Level("senior", "Senior", "Teams.", expectations=everything),
        ),
    )


def _win(win_id: int, title: str, dimensions: tuple[str, ...], **more: Any) -> Win:
    return Win(
        id=win_id,
        title=title,
        date=dt.date(2026, 10, win_id),
        framing="impact",
        dimensions=dimensions,
        **more,
    )


# (win, answers to the four questions; None leaves the win out of the review)
QUARTER: list[tuple[Win, dict[str, Any] | None]] = [
    (
        _win(1, "Cut CI reruns from 12 to 2 a week", ("scope",)),
        {"peer_could": PeerAnswer.NO, "change": MEASURED},
    ),
    (
        _win(2, "Payments dashboard cut triage from 30 to 5 minutes", ("scope",)),
        {"peer_could": PeerAnswer.NOT_SURE, "change": MEASURED},
    ),
    (
        _win(3, "Moved every service to canary deploys", DIMENSIONS[:3]),
        {
            "peer_could": PeerAnswer.NO,
            "change": UNMEASURED,
            "noticed": Noticed.by("Head of Platform"),
        },
    ),
    (
        _win(4, "Fixed the login bug", ("scope",)),
        {"peer_could": PeerAnswer.YES, "choice": Choice.ASSIGNED},
    ),
    (
        _win(
            5,
            "Mentored two new hires to their first on-call in 3 weeks",
            ("mentoring",),
            measure=Measure(before=8, after=3, unit="weeks"),
        ),
        None,
    ),
]


def _reviewed() -> tuple[Review, list[Win]]:
    wins = [win for win, _ in QUARTER]
    walked = [win for win, given in QUARTER if given is not None]
    review = start_review(Q4, walked, NOW)
    for win, given in QUARTER:
        if given is None:
            continue
        answers = {
            "choice": Choice.CHOSE,
            "noticed": Noticed.by("SRE lead"),
            **given,
        }
        review = answer(review, win.id or 0, now=NOW, **answers)
    return finish(review, now=NOW), wins


def test_the_canary_win_answered_no_outranks_the_dashboard_answered_not_sure() -> None:
    review, wins = _reviewed()
    kinds = {win_id: review.entry(win_id).kind for win_id in (1, 2, 3)}
    assert set(kinds.values()) == {VerdictKind.NEXT_LEVEL}

    summary = summarise(review, wins, ladder_of_four(), "senior")

    assert [w.id for w in summary.strongest] == [1, 3, 2]


# (places the prep may fill, the wins it brings)
PREP = [
    (3, [1, 3, 2]),
    (2, [1, 3]),
    (4, [1, 3, 2, 5]),
]


@pytest.mark.parametrize(("limit", "brought"), PREP, ids=["3", "2", "4"])
def test_the_prep_brings_the_summarys_wins_before_an_unreviewed_one(
    limit: int, brought: list[int]
) -> None:
    review, wins = _reviewed()
    summary = summarise(review, wins, ladder_of_four(), "senior")
    ready = strongest_groups(summary)[0].wins

    evidence = prep.strongest_evidence(wins, [review], limit)

    assert [w.id for w in evidence] == brought
    # Both screens name the same next-level wins, in the same order.
    assert [w.id for w in evidence[: len(ready)]] == [w.id for w in ready][:limit]
    assert prep.not_yet_judged(evidence, [review]) == (
        [wins[4]] if 5 in brought else []
    )


# (case, answers of the stronger win, of the weaker, their dimension counts)
PAIRS = [
    (
        "a clear no above not sure",
        {"peer_could": PeerAnswer.NO},
        {"peer_could": PeerAnswer.NOT_SURE},
        (1, 1),
    ),
    (
        "more dimensions, the rest equal",
        {"peer_could": PeerAnswer.NO},
        {"peer_could": PeerAnswer.NO},
        (3, 1),
    ),
    (
        "noticed outside the team above more dimensions",
        {"peer_could": PeerAnswer.NO},
        {"peer_could": PeerAnswer.NO, "noticed": Noticed.nobody()},
        (1, 3),
    ),
]


@pytest.mark.parametrize(
    ("stronger", "weaker", "dimensions"),
    [case[1:] for case in PAIRS],
    ids=[case[0] for case in PAIRS],
)
def test_the_summary_and_the_prep_rank_a_pair_of_next_level_wins_alike(
    stronger: dict[str, Any], weaker: dict[str, Any], dimensions: tuple[int, int]
) -> None:
    # The weaker win is the newer one, so recency alone would put it first.
    wins = [
        _win(1, "Cut deploy failures by 40%", DIMENSIONS[: dimensions[0]]),
        _win(2, "Cut alert noise by 60%", DIMENSIONS[: dimensions[1]]),
    ]
    review = start_review(Q4, wins, NOW)
    for win, given in zip(wins, (stronger, weaker)):
        answers = {
            "choice": Choice.CHOSE,
            "change": MEASURED,
            "noticed": Noticed.by("SRE lead"),
            **given,
        }
        review = answer(review, win.id or 0, now=NOW, **answers)
    review = finish(review, now=NOW)
    assert {e.kind for e in review.entries.values()} == {VerdictKind.NEXT_LEVEL}

    summary = summarise(review, wins, ladder_of_four(), "senior")
    evidence = prep.strongest_evidence(wins, [review])

    assert [w.id for w in summary.strongest] == [1, 2]
    assert [w.id for w in evidence] == [1, 2]


# (case, each win as (id, title, day of October), the order both give)
TIED = [
    (
        "a title telling a change before a newer one reading as activity",
        [(1, "Cut deploy failures by 40%", 2), (2, "Reviewed 40 pull requests", 9)],
        [1, 2],
    ),
    (
        "the newer of two alike titles first",
        [(1, "Cut deploy failures by 40%", 2), (2, "Cut alert noise by 60%", 9)],
        [2, 1],
    ),
    (
        "on the same day, the one logged last first",
        [(1, "Cut deploy failures by 40%", 5), (2, "Cut alert noise by 60%", 5)],
        [2, 1],
    ),
    (
        "on the same day, titles reading as activity by the one logged last",
        [(4, "Reviewed 40 pull requests", 5), (7, "Wrote the deploy runbook", 5)],
        [7, 4],
    ),
]


@pytest.mark.parametrize(
    ("given", "order"),
    [case[1:] for case in TIED],
    ids=[case[0] for case in TIED],
)
@pytest.mark.parametrize("reverse", [False, True], ids=["as logged", "reversed"])
def test_the_summary_and_the_prep_order_wins_tied_on_every_point_alike(
    given: list[tuple[int, str, int]], order: list[int], reverse: bool
) -> None:
    wins = [
        Win(
            id=win_id,
            title=title,
            date=dt.date(2026, 10, day),
            framing="impact",
            dimensions=("scope",),
        )
        for win_id, title, day in given
    ]
    review = start_review(Q4, wins, NOW)
    for win in wins:
        review = answer(
            review,
            win.id or 0,
            now=NOW,
            peer_could=PeerAnswer.NO,
            choice=Choice.CHOSE,
            change=MEASURED,
            noticed=Noticed.by("SRE lead"),
        )
    review = finish(review, now=NOW)
    assert {e.kind for e in review.entries.values()} == {VerdictKind.NEXT_LEVEL}
    shuffled = wins[::-1] if reverse else wins

    summary = summarise(review, shuffled, ladder_of_four(), "senior")
    evidence = prep.strongest_evidence(shuffled, [review])

    assert [w.id for w in summary.strongest] == order
    assert [w.id for w in evidence] == order
