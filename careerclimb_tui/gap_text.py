"""The gap view's cells and the lines that explain their marks, as plain text.

The gap screen and ``careerclimb gaps`` both build their tables from these, so a
dimension reads the same in the app and in a terminal.
"""

from __future__ import annotations

from collections.abc import Sequence

from careerclimb_tui import catalogue
from careerclimb_tui.domain.gaps import (
    CRITERION_MET,
    CriterionLike,
    DimensionGap,
    GapView,
)
from careerclimb_tui.domain.ladder import Ladder

NAME_MIN_WIDTH = 14
"""The fewest cells a dimension's name is cut to when the table is too wide."""


def met_count(criteria: Sequence[CriterionLike]) -> int:
    """How many of the manager's criteria are met."""
    return sum(1 for criterion in criteria if criterion.status == CRITERION_MET)


def criteria_cell(
    criteria: Sequence[CriterionLike],
    flagged: bool = False,
    met_unreviewed: bool = False,
) -> str:
    """A dimension's criteria as the table shows them: how many are met, of all.

    Home counts what is still to meet; this column counts what is met, so the
    two add up to the same criteria. An asterisk marks a criterion met by a win
    no review has counted for the dimension yet; a flag, a criterion left
    without evidence too long.
    """
    if not criteria:
        return "—"
    cell = catalogue.GAPS_CRITERIA_CELL.format(
        met=met_count(criteria), total=len(criteria)
    )
    if met_unreviewed:
        cell = catalogue.GAPS_CRITERIA_MET_UNREVIEWED.format(cell=cell)
    return catalogue.GAPS_CRITERIA_FLAGGED.format(cell=cell) if flagged else cell


def next_level_cell(gap: DimensionGap) -> str:
    """A dimension's next-level wins, the newest one's date, and any pending.

    Returns:
        "2 · 2026-10-30", with "+1◌" after it for wins no review has
        judged and "+1↻" for wins filed under the dimension after their review,
        each mark explained by its own line of ``pending_lines``.
    """
    cell = str(gap.next_level_wins)
    if gap.latest_next_level:
        cell = catalogue.GAPS_NEXT_LEVEL_CELL.format(
            count=cell, latest=gap.latest_next_level.isoformat()
        )
    if gap.awaiting_review:
        cell = catalogue.GAPS_PENDING_CELL.format(cell=cell, count=gap.awaiting_review)
    if gap.added_after_review:
        cell = catalogue.GAPS_ADDED_AFTER_CELL.format(
            cell=cell, count=gap.added_after_review
        )
    return cell


def gap_cells(gap: DimensionGap) -> list[str]:
    """A dimension's row, in the order of ``catalogue.GAPS_COLUMNS``."""
    return [
        gap.name,
        gap.status.label,
        next_level_cell(gap),
        str(gap.current_level_wins),
        criteria_cell(
            gap.criteria, bool(gap.flagged_criteria), bool(gap.met_unreviewed)
        ),
    ]


def met_unreviewed_lines(view: GapView, *, command_line: bool = False) -> list[str]:
    """One line per met criterion whose wins do not count for its row yet; printed
    by a command (``command_line``), it names the command that opens the reviews
    rather than a key of the app."""
    line = (
        catalogue.GAPS_MET_UNREVIEWED_ONE_CLI
        if command_line
        else catalogue.GAPS_MET_UNREVIEWED_ONE
    )
    return [
        line.format(text=" ".join(criterion.text.split()), dimension=gap.name)
        for gap in view.dimensions
        for criterion in gap.met_unreviewed
    ]


def flagged_lines(view: GapView, ladder: Ladder) -> list[str]:
    """One line per criterion left without evidence too long, as numbered elsewhere."""
    return [
        catalogue.GAPS_FLAGGED_ONE.format(
            number=flag.number,
            dimension=(
                ladder.dimension_name(flag.criterion.dimension)
                if flag.criterion.dimension
                else catalogue.MANAGER_NO_DIMENSION
            ),
            text=" ".join(flag.criterion.text.split()),
            weeks=flag.weeks,
        )
        for flag in view.flagged_criteria
    ]


def pending_lines(
    view: GapView, *, command_line: bool = False
) -> list[tuple[str, str]]:
    """What the table's pending marks stand for, one line per kind there is.

    Args:
        view: the gap view.
        command_line: whether a command prints the lines, where no key of the
            app works: they then name the command that opens the reviews.

    Returns:
        (widget id, line) pairs: wins no review has judged, then the
        dimensions some wins were filed under after their review.
    """
    lines = []
    if any(gap.awaiting_review for gap in view.dimensions):
        lines.append(("gaps-awaiting", catalogue.GAPS_PENDING_AWAITING))
    added = [gap.name for gap in view.dimensions if gap.added_after_review]
    if added:
        # A run in progress that holds the wins counts them once finished.
        added_after = {
            (False, False): catalogue.GAPS_PENDING_ADDED_AFTER,
            (True, False): catalogue.GAPS_PENDING_ADDED_AFTER_CLI,
            (False, True): catalogue.GAPS_PENDING_ADDED_AFTER_IN_RUN,
            (True, True): catalogue.GAPS_PENDING_ADDED_AFTER_IN_RUN_CLI,
        }[command_line, view.added_after_in_run]
        line = added_after.format(dimensions=", ".join(added))
        lines.append(("gaps-added-after", line))
    return lines
