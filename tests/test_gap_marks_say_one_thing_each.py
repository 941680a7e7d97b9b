"""Each mark of the gap table means one thing, and the line under the table that
explains it opens with that mark: wins no finished review has judged, wins filed
under a dimension after their review, and a criterion met by a win not yet
reviewed for its dimension."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.domain.criteria import STATUS_MET, Criterion
from careerclimb_tui.domain.gaps import DimensionGap, GapStatus, GapView
from careerclimb_tui.gap_text import criteria_cell, gap_cells, pending_lines

LATEST = dt.date(2026, 11, 27)
MET = Criterion(text="Mentor a new joiner", dimension="mentoring", status=STATUS_MET)


def gap(
    next_level: int = 0, awaiting: int = 0, added: int = 0, met_unreviewed: bool = False
) -> DimensionGap:
    return DimensionGap(
        dimension_id="mentoring",
        name="Mentoring",
        next_level_wins=next_level,
        latest_next_level=LATEST if next_level else None,
        current_level_wins=0,
        criteria=(MET,),
        status=GapStatus.THIN if next_level else GapStatus.MISSING,
        awaiting_review=awaiting,
        added_after_review=added,
        met_unreviewed=(MET,) if met_unreviewed else (),
    )


def view_of(*gaps: DimensionGap) -> GapView:
    return GapView(
        today=LATEST,
        dimensions=gaps,
        focus=None,
        focus_reason="",
        cycle_closes=None,
        weeks_remaining=None,
        trend=(),
    )


@pytest.mark.parametrize(
    ("row", "next_level", "criteria"),
    [
        (gap(3), "3 · 2026-11-27", "1/1 met"),
        (gap(3, awaiting=2), "3 · 2026-11-27 +2◌", "1/1 met"),
        (gap(3, added=1), "3 · 2026-11-27 +1↻", "1/1 met"),
        (gap(3, awaiting=2, added=1), "3 · 2026-11-27 +2◌ +1↻", "1/1 met"),
        (gap(0, awaiting=1, met_unreviewed=True), "0 +1◌", "1/1 met *"),
    ],
)
def test_each_kind_of_pending_win_has_its_own_mark(
    row: DimensionGap, next_level: str, criteria: str
) -> None:
    cells = gap_cells(row)

    assert cells[2] == next_level
    assert cells[4] == criteria


@pytest.mark.parametrize(
    ("row", "marks"),
    [
        (gap(1), []),
        (gap(1, awaiting=2), ["◌"]),
        (gap(1, added=1), ["↻"]),
        (gap(1, awaiting=2, added=1), ["◌", "↻"]),
    ],
)
def test_each_pending_mark_has_a_legend_line_that_opens_with_it(
    row: DimensionGap, marks: list[str]
) -> None:
    lines = [line for _, line in pending_lines(view_of(row))]

    assert [line.split()[0] for line in lines] == marks
    for mark, line in zip(marks, lines):
        assert f"the number before {mark} counts wins" in line


def test_the_three_marks_are_all_different() -> None:
    pending = catalogue.GAPS_PENDING_CELL.format(cell="", count=1)
    added = catalogue.GAPS_ADDED_AFTER_CELL.format(cell="", count=1)
    met = criteria_cell((MET,), met_unreviewed=True)

    marks = {pending[-1], added[-1], met[-1]}
    assert len(marks) == 3
    assert catalogue.GAPS_MET_UNREVIEWED_ONE.startswith(met[-1] + " ")
