"""A win linked to another dimension after its review waits there for a new run
of the review only when that run could count it: a win judged unclear counts under
no dimension, so it stays unclear under the new one too."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from careerclimb_tui.domain.gaps import (
    FiledReading,
    gap_view,
    latest_verdicts,
    wins_filed_under,
    with_linked_dimension,
)
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import FRAMING_IMPACT, Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    VerdictKind,
    answer,
    finish,
    start_review,
)
from tests.test_gaps import ANSWERS_FOR, CURRENT, MOMENT, NEXT, SCOPE, TECH, make_ladder

TODAY = dt.date(2026, 11, 18)
AFTER = MOMENT + dt.timedelta(days=1)
"""A moment after the review finished."""

UNCLEAR_ANSWERS: dict[str, Any] = {
    "peer_could": "not_sure",
    "choice": "assigned",
    "change": ChangeAnswer("Failures fell from 12% to 1%", measured=True),
    "noticed": Noticed.nobody(),
}
"""Every question answered, and the answers lead to an unclear verdict."""

LINKED_AFTER_REVIEW: list[tuple[str, dict[str, Any], FiledReading, int]] = [
    # (case, the review's answers, the reading under the new dimension, ↻ count)
    ("next-level waits", ANSWERS_FOR[NEXT], FiledReading.ADDED_AFTER_REVIEW, 1),
    ("current-level waits", ANSWERS_FOR[CURRENT], FiledReading.ADDED_AFTER_REVIEW, 1),
    ("unclear stays unclear", UNCLEAR_ANSWERS, FiledReading.UNCLEAR, 0),
]


@pytest.mark.parametrize(
    ("answers", "reading", "added_after"),
    [row[1:] for row in LINKED_AFTER_REVIEW],
    ids=[row[0] for row in LINKED_AFTER_REVIEW],
)
def test_a_win_linked_after_its_review_is_pending_only_if_a_run_could_count_it(
    answers: dict[str, Any], reading: FiledReading, added_after: int
) -> None:
    win = Win(
        title="Win 1",
        date=dt.date(2026, 10, 5),
        id=1,
        dimensions=(SCOPE,),
        framing=FRAMING_IMPACT,
    )
    review = start_review(quarter_of(win.date), [win], MOMENT)
    review = finish(answer(review, 1, now=MOMENT, **answers), now=MOMENT)
    wins = [with_linked_dimension(win, TECH, AFTER)]

    [linked] = wins_filed_under(TECH, wins, [review])
    view = gap_view(make_ladder(), "senior", wins, [review], [], TODAY, None)
    [tech] = [gap for gap in view.dimensions if gap.dimension_id == TECH]

    assert linked.reading is reading
    assert tech.added_after_review == added_after
    assert tech.pending == added_after
    assert tech.next_level_wins == 0


def test_the_unclear_answers_settle_an_unclear_verdict() -> None:
    win = Win(title="Win 1", date=dt.date(2026, 10, 5), id=1, framing=FRAMING_IMPACT)
    review = start_review(quarter_of(win.date), [win], MOMENT)
    review = answer(review, 1, now=MOMENT, **UNCLEAR_ANSWERS)

    assert review.entries[1].is_settled
    assert latest_verdicts([review])[1] is VerdictKind.UNCLEAR
