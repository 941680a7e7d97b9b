"""A criterion's evidence says the real reason the gap view does not count it.

The gap view counts a win under the dimensions it is tagged with, once a review
calls it next-level. A criterion's evidence (its wins, and the wins logged from a
linked problem's result) is told apart as: nothing reviewed, reviewed but not
next-level, next-level under other dimensions, or counted.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import DataTable

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.criteria import (
    STATUS_GROWING,
    STATUS_MET,
    Conversation,
    Criterion,
    Standing,
    evidence_standing,
    standing_hint,
)
from careerclimb_tui.domain.initiative import Initiative
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import FRAMING_IMPACT, Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    VerdictKind,
    answer,
    finish,
    start_review,
)
from careerclimb_tui.ladders import BUNDLED_DIR, load_ladder
from careerclimb_tui.store import Store, criteria_docs
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, wait_until

MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
COLLAB = "collaboration_influence"
LADDER = load_ladder(BUNDLED_DIR / "software-engineer.yaml")
NEXT, CURRENT = VerdictKind.NEXT_LEVEL, VerdictKind.CURRENT_LEVEL
ELSEWHERE = ("technical_direction", "execution")


def _win(number: int, dimensions: tuple[str, ...] = (COLLAB,)) -> Win:
    return Win(
        title=f"Win {number}",
        date=dt.date(2026, 11, 10),
        dimensions=dimensions,
        framing=FRAMING_IMPACT,
        id=number,
    )


WINS = {
    1: _win(1),
    2: _win(2, ELSEWHERE),
    3: _win(3, ()),
    4: _win(4),
}
PROBLEM = Initiative(title="Releases fail one time in five", win_ids=(2,), id=9)
NO_RESULT = Initiative(title="Flaky tests", id=8)

# (case, status, linked wins, linked problem, verdicts, expected kind)
STANDINGS = [
    ("no evidence", STATUS_GROWING, (), None, {}, Standing.NOT_JUDGED),
    ("met", STATUS_MET, (1,), None, {}, Standing.NOT_JUDGED),
    ("no linked win reviewed", STATUS_GROWING, (1,), None, {}, Standing.NOT_REVIEWED),
    (
        "a problem without a result win",
        STATUS_GROWING,
        (),
        NO_RESULT,
        {},
        Standing.PROBLEM_ONLY,
    ),
    (
        "the problem's result win not reviewed",
        STATUS_GROWING,
        (),
        PROBLEM,
        {1: NEXT},
        Standing.NOT_REVIEWED,
    ),
    (
        "linked win reviewed, not next-level",
        STATUS_GROWING,
        (1, 4),
        None,
        {1: CURRENT},
        Standing.NOT_NEXT_LEVEL,
    ),
    (
        "next-level, other dimensions",
        STATUS_GROWING,
        (2,),
        None,
        {2: NEXT},
        Standing.OTHER_DIMENSIONS,
    ),
    (
        "problem's next-level win, other dimensions",
        STATUS_GROWING,
        (),
        PROBLEM,
        {2: NEXT},
        Standing.OTHER_DIMENSIONS,
    ),
    ("counted", STATUS_GROWING, (2, 1), None, {1: NEXT, 2: NEXT}, Standing.COUNTED),
    (
        "counted beside a current-level win",
        STATUS_GROWING,
        (4, 1),
        None,
        {1: NEXT, 4: CURRENT},
        Standing.COUNTED,
    ),
]


@pytest.mark.parametrize(
    ("status", "wins", "problem", "verdicts", "kind"),
    [case[1:] for case in STANDINGS],
    ids=[case[0] for case in STANDINGS],
)
def test_a_criterions_evidence_is_placed_by_the_gap_views_own_rule(
    status: str,
    wins: tuple[int, ...],
    problem: Initiative | None,
    verdicts: dict[int, VerdictKind],
    kind: Standing,
) -> None:
    criterion = Criterion(
        text="Lead a change across teams",
        dimension=COLLAB,
        status=status,
        win_ids=wins,
        initiative_id=problem.id if problem else None,
    )

    assert evidence_standing(criterion, WINS, verdicts, problem).kind is kind


def test_a_criterion_not_yet_filed_counts_any_next_level_win() -> None:
    criterion = Criterion(text="Lead a change", status=STATUS_GROWING, win_ids=(2,))

    standing = evidence_standing(criterion, WINS, {2: NEXT})

    assert standing.kind is Standing.COUNTED


# (case, linked wins, verdicts, the hint's words)
HINTS = [
    ("none reviewed", (1,), {}, "no win behind this evidence has been reviewed"),
    ("current-level", (1,), {1: CURRENT}, "reviewed as current-level or unclear"),
    (
        "one win elsewhere",
        (2,),
        {2: NEXT},
        "Its next-level win “Win 2” speaks to Technical direction, Execution and "
        "delivery, not Collaboration and influence: tag the win with it (j journal, "
        "Ctrl+E) or link other evidence.",
    ),
    (
        "one untagged win",
        (3,),
        {3: NEXT},
        "Its next-level win “Win 3” has no dimension",
    ),
    (
        "two wins elsewhere",
        (2, 3),
        {2: NEXT, 3: NEXT},
        "Its 2 next-level wins speak to Technical direction, Execution and delivery",
    ),
    ("counted", (1,), {1: NEXT}, ""),
]


@pytest.mark.parametrize(
    ("wins", "verdicts", "words"),
    [case[1:] for case in HINTS],
    ids=[case[0] for case in HINTS],
)
def test_the_hint_names_the_real_reason(
    wins: tuple[int, ...], verdicts: dict[int, VerdictKind], words: str
) -> None:
    criterion = Criterion(
        text="Lead a change", dimension=COLLAB, status=STATUS_GROWING, win_ids=wins
    )
    standing = evidence_standing(criterion, WINS, verdicts)

    hint = standing_hint(standing, criterion, LADDER)

    assert words in hint if words else hint == ""


# (case, linked wins, verdicts, the words under the evidence in the table)
CELLS = [
    ("none reviewed", (1,), {}, "not reviewed yet"),
    ("current-level", (1,), {1: CURRENT}, "not next-level yet"),
    ("one win elsewhere", (2,), {2: NEXT}, "tag the win with\nthis dimension"),
    ("one untagged win", (3,), {3: NEXT}, "tag the win with\nthis dimension"),
    (
        "two wins elsewhere",
        (2, 3),
        {2: NEXT, 3: NEXT},
        "tag a win with\nthis dimension",
    ),
    ("counted", (1,), {1: NEXT}, ""),
]


@pytest.mark.parametrize(
    ("wins", "verdicts", "words"),
    [case[1:] for case in CELLS],
    ids=[case[0] for case in CELLS],
)
def test_the_table_says_what_is_missing_and_what_to_do(
    wins: tuple[int, ...], verdicts: dict[int, VerdictKind], words: str
) -> None:
    criterion = Criterion(
        text="Lead a change", dimension=COLLAB, status=STATUS_GROWING, win_ids=wins
    )

    assert evidence_standing(criterion, WINS, verdicts).short_text == words


async def test_linking_a_problem_whose_next_level_win_lacks_the_dimension_says_so(
    tmp_path: Path, clock: FixedClock
) -> None:
    from careerclimb_tui.screens.manager_criteria import CriteriaScreen
    from careerclimb_tui.screens.manager_dialogs import EvidencePickerDialog

    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    result = store.add_win(
        Win(
            title="Cut failed releases from one in five to one in fifty",
            date=dt.date(2026, 11, 10),
            dimensions=ELSEWHERE,
            framing=FRAMING_IMPACT,
        )
    )
    assert result.id is not None
    review = start_review(Quarter(2026, 4), [result], MOMENT)
    review = answer(
        review,
        result.id,
        now=MOMENT,
        peer_could="no",
        choice="chose",
        change=ChangeAnswer("Failed releases fell from 20% to 2%", measured=True),
        noticed=Noticed.by("platform team"),
    )
    store.save_review(finish(review, now=MOMENT))
    save_initiative(
        store, Initiative(title="Releases fail one time in five", win_ids=(result.id,))
    )
    draft = Criterion(
        text="Lead a change across teams", dimension=COLLAB, created_at=MOMENT
    )
    criteria_docs.record_conversation(store, Conversation(date=MOMENT.date()), [draft])

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(CriteriaScreen())
        await wait_until(pilot, lambda: bool(app.screen.query("#criteria-table")))
        await pilot.press("l")
        await wait_until(pilot, lambda: isinstance(app.screen, EvidencePickerDialog))
        # The problem is offered first; tick it alone and save.
        await pilot.press("space", "ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        table = app.screen.query_one("#criteria-table", DataTable)
        await wait_until(pilot, lambda: "problem" in str(table.get_row_at(0)[-1]))
        cell = str(table.get_row_at(0)[-1])
        detail = " ".join(
            str(app.screen.query_one("#criterion-detail").render()).split()
        )

    assert cell == "problem\ntag the win with\nthis dimension"
    assert "speaks to Technical direction, Execution and delivery, not " in detail
    assert "Collaboration and influence: tag the win with it (j journal" in detail
    assert "no linked win was reviewed" not in detail
