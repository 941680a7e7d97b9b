"""The gap view: the target level's dimensions against the evidence so far."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.css.query import NoMatches
from textual.widgets import DataTable, Footer, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.gaps import (
    CRITERION_MET,
    CriterionLike,
    GapStatus,
    GapView,
    TrendPoint,
)
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.review import counted, wins_phrase
from careerclimb_tui.queries import current_gaps
from careerclimb_tui.screens.base import CoachScreen

TREND_BAR_WIDTH = 10

STATUS_STYLES = {
    GapStatus.COVERED: "bold green",
    GapStatus.THIN: "bold yellow",
    GapStatus.MISSING: "bold red",
}


def met_count(criteria: Sequence[CriterionLike]) -> int:
    """How many of the manager's criteria are met."""
    return sum(1 for criterion in criteria if criterion.status == CRITERION_MET)


def criteria_cell(criteria: Sequence[CriterionLike], flagged: bool = False) -> str:
    """A dimension's criteria as the table shows them: how many are met, of all.

    Home counts what is still to meet; this column counts what is met, so the
    two add up to the same criteria. A flag marks a dimension with a criterion
    left without evidence too long.
    """
    if not criteria:
        return "—"
    cell = catalogue.GAPS_CRITERIA_CELL.format(
        met=met_count(criteria), total=len(criteria)
    )
    return catalogue.GAPS_CRITERIA_FLAGGED.format(cell=cell) if flagged else cell


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


def dimensions_phrase(point: TrendPoint) -> str:
    """A quarter's dimensions in the table's terms: covered, and thin when any."""
    covered = counted(
        point.dimensions_covered,
        catalogue.GAPS_TREND_COVERED_ONE,
        catalogue.GAPS_TREND_COVERED_MANY,
    )
    if not point.dimensions_thin:
        return covered
    return catalogue.GAPS_TREND_THIN.format(covered=covered, thin=point.dimensions_thin)


def trend_lines(view: GapView) -> list[str]:
    """One line per quarter of the trend: share of next-level wins, coverage."""
    lines = []
    for point in view.trend:
        share = point.next_level_share
        shown = "—" if share is None else f"{share:.0%}"
        filled = round((share or 0.0) * TREND_BAR_WIDTH)
        bar = "█" * filled + "░" * (TREND_BAR_WIDTH - filled)
        template = (
            catalogue.GAPS_TREND_UNREVIEWED
            if point.wins and not point.reviewed
            else catalogue.GAPS_TREND_LINE
        )
        lines.append(
            template.format(
                quarter=point.quarter,
                bar=bar,
                share=shown,
                next_level=point.next_level,
                wins=point.wins,
                wins_phrase=wins_phrase(point.wins),
                covered=dimensions_phrase(point),
            )
        )
    return lines


class GapScreen(CoachScreen[None]):
    """Covered, thin or missing, dimension by dimension, and what to work on."""

    CSS_PATH = "gaps.tcss"
    COMMAND_CATEGORY = "Gaps"
    BINDINGS = [
        Binding("r", "app.open('review')", "Review a quarter", id="gaps.review"),
        Binding("escape", "back", "Back", id="gaps.back"),
    ]

    def compose(self) -> ComposeResult:
        view = current_gaps(self.store, self.ladder, self.profile, self.clock.today())
        with VerticalScroll(id="gaps"):
            yield Static(self._title(), id="gaps-title", markup=False)
            yield Static(view.summary_line(), id="gaps-line", markup=False)
            yield DataTable(id="gap-table", cursor_type="row", zebra_stripes=True)
            unplaced = view.unplaced_criteria
            if unplaced:
                # Home counts every criterion: say where the others are.
                yield Static(
                    catalogue.GAPS_UNPLACED.format(
                        count=len(unplaced), met=met_count(unplaced)
                    ),
                    markup=False,
                    id="gaps-unplaced",
                    classes="hint",
                )
            for line in flagged_lines(view, self.ladder):
                yield Static(line, markup=False, classes="gaps-flagged")
            yield Static(
                catalogue.GAPS_FOCUS.format(reason=view.focus_reason),
                id="gaps-focus",
                markup=False,
            )
            yield Static(catalogue.GAPS_TREND_TITLE, classes="section-title")
            with Vertical(id="trend-lines"):
                for line in trend_lines(view):
                    yield Static(line, markup=False)
        yield Footer()
        self._view = view

    def _title(self) -> str:
        profile = self.profile
        target_id = profile.target_level if profile else ""
        target = self.ladder.level(target_id)
        name = target.title if target else target_id or "—"
        return catalogue.GAPS_TITLE.format(level=name)

    def on_mount(self) -> None:
        # The view can be dismissed, or the app closed, before this runs; its
        # widgets are gone by then and there is no table left to fill.
        try:
            table = self.query_one("#gap-table", DataTable)
        except NoMatches:
            return
        table.add_columns(*catalogue.GAPS_COLUMNS)
        for gap in self._view.dimensions:
            # The count and the latest date share a column, so that the table
            # fits 80 columns with the longest dimension names whole.
            next_level = str(gap.next_level_wins)
            if gap.latest_next_level:
                next_level = catalogue.GAPS_NEXT_LEVEL_CELL.format(
                    count=next_level, latest=gap.latest_next_level.isoformat()
                )
            criteria = criteria_cell(gap.criteria, bool(gap.flagged_criteria))
            table.add_row(
                Text(gap.name),
                Text(gap.status.label, style=STATUS_STYLES[gap.status]),
                next_level,
                str(gap.current_level_wins),
                criteria,
                key=gap.dimension_id,
            )

    def action_back(self) -> None:
        self.dismiss()
