"""The gap view: the target level's dimensions against the evidence so far."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.css.query import NoMatches
from textual.widgets import DataTable, Static
from textual.widgets.data_table import ColumnKey

from careerclimb_tui import catalogue, queries
from careerclimb_tui.domain.gaps import (
    CoverageReach,
    DimensionGap,
    GapStatus,
    GapView,
    TrendPoint,
    wins_filed_under,
)
from careerclimb_tui.domain.records import Win, round_half_away
from careerclimb_tui.domain.review import untagged_text, wins_phrase
from careerclimb_tui.domain.target import judged_level_note
from careerclimb_tui.gap_text import (
    NAME_MIN_WIDTH,
    flagged_lines,
    gap_cells,
    met_count,
    met_unreviewed_lines,
    pending_lines,
)
from careerclimb_tui.queries import current_gaps
from careerclimb_tui.screens.base import (
    CoachScreen,
    page_binding_ids,
    page_bindings,
    scroll_page,
)
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.tables import RowTable
from careerclimb_tui.widgets.text import one_line, status_style

TREND_BAR_WIDTH = 10
PAGE_SIDE_CELLS = 5
"""Cells the page takes beside the table: its padding and its scrollbar."""

TREND_REACH = {
    CoverageReach.SO_FAR: catalogue.GAPS_TREND_SO_FAR,
    CoverageReach.BY_THEN: catalogue.GAPS_TREND_BY_THEN,
}
"""How a trend line says which wins its dimension counts stand on."""

STATUS_COLOURS = {
    GapStatus.COVERED: "readable-success",
    GapStatus.THIN: "readable-warning",
    GapStatus.MISSING: "readable-error",
}
"""The theme colour each status is shown in: one that reads on the theme's
backgrounds, and the plain text colour under NO_COLOR (see the app's CSS
variables)."""


def dimensions_phrase(point: TrendPoint) -> str:
    """A quarter's dimensions in the table's terms: covered, and thin when any.

    The counts stand on every next-level win up to then, so the words say "so
    far" or "by then", unlike the quarter's own share of next-level wins.
    """
    covered = catalogue.GAPS_TREND_COVERED.format(count=point.dimensions_covered)
    covered = TREND_REACH[point.reach].format(covered=covered)
    if not point.dimensions_thin:
        return covered
    return catalogue.GAPS_TREND_THIN.format(covered=covered, thin=point.dimensions_thin)


def trend_lines(view: GapView) -> list[str]:
    """One line per quarter of the trend: share of next-level wins, coverage.

    The quarters before the first win share one line that says so: they show no
    work because none was logged yet, not because there was none. With no win
    logged at all, that line says there are no wins yet.
    """
    before = [point.quarter for point in view.trend if point.before_first_win]
    lines = []
    if before:
        one, many = (
            (catalogue.GAPS_TREND_BEFORE_FIRST_ONE, catalogue.GAPS_TREND_BEFORE_FIRST)
            if view.has_wins
            else (catalogue.GAPS_TREND_NO_WINS_ONE, catalogue.GAPS_TREND_NO_WINS)
        )
        template = one if len(before) == 1 else many
        lines.append(template.format(first=before[0], last=before[-1]))
    for point in view.trend:
        if point.before_first_win:
            continue
        share = point.next_level_share
        shown = "—" if share is None else f"{round_half_away(share * 100):.0f}%"
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
    # The rows take the arrows, so that Enter opens the dimension highlighted.
    AUTO_FOCUS = "#gap-table"
    BINDINGS = [
        # Over the table's own Enter, which would only announce the row chosen.
        Binding(
            "enter", "wins", catalogue.GAPS_KEY_WINS, id="gaps.wins", priority=True
        ),
        Binding("r", "app.open('review')", "Review a quarter", id="gaps.review"),
        Binding("j", "app.open('journal')", "Journal", id="gaps.journal"),
        Binding("escape", "back", "Back", id="gaps.back"),
        # Whatever has the focus, the arrows bring the table's hidden columns in.
        Binding(
            "right",
            "columns(1)",
            "Table: next column",
            id="gaps.columns_right",
            show=False,
            priority=True,
        ),
        Binding(
            "left",
            "columns(-1)",
            "Table: previous column",
            id="gaps.columns_left",
            show=False,
            priority=True,
        ),
        # The table has the focus; PgUp and PgDn move the page beneath it,
        # which holds the focus and the trend, instead of the table's cursor.
        # Home and End go to the table's first or last row while it has the
        # focus, and to the page's top or end otherwise.
        *page_bindings(
            "gaps",
            {"home": catalogue.GAPS_HOME_KEY, "end": catalogue.GAPS_END_KEY},
        ),
    ]

    PALETTE_TITLES = {"wins": catalogue.GAPS_PALETTE_WINS}
    VIEW_KEYS = frozenset({"gaps.columns_left", "gaps.columns_right"}) | (
        page_binding_ids("gaps")
    )
    """Keys that only move the view, as a widget's own keys do: the help lists
    them after the actions, the palette, a list of things to do, leaves them
    out."""
    HELP_WIDGET_KEYS = catalogue.GAPS_WIDGET_KEYS

    def __init__(self) -> None:
        super().__init__()
        # The table's name column, once it is made, and the width its names
        # are cut to (None: whole).
        self._name_column: ColumnKey | None = None
        self._name_width: int | None = None

    def compose(self) -> ComposeResult:
        view = current_gaps(self.store, self.ladder, self.profile, self.clock.today())
        with VerticalScroll(id="gaps"):
            yield Static(self._title(), id="gaps-title", markup=False)
            judged = self._judged_note()
            if judged:
                # The counts below speak to the first step, not to the target.
                yield Static(judged, id="gaps-judged", markup=False)
            yield Static(view.summary_line(), id="gaps-line", markup=False)
            # Over the table, not under it: on a short screen its foot, with
            # the scroll bar, is out of view.
            scrolls = Static(
                catalogue.GAPS_TABLE_SCROLLS, id="gaps-scrolls", classes="hint"
            )
            scrolls.display = False
            yield scrolls
            yield RowTable(id="gap-table")
            for line_id, line in pending_lines(view):
                # The mark in the table is only clear with its meaning beside it.
                yield Static(line, markup=False, id=line_id, classes="hint")
            for line in met_unreviewed_lines(view):
                # "met" beside "missing" reads as a mistake without the reason.
                yield Static(line, markup=False, classes="gaps-met-unreviewed hint")
            untagged = untagged_text(view.untagged, catalogue.UNTAGGED_KEY_JOURNAL)
            if untagged:
                # These wins are in no row of the table: say why they are missing.
                yield Static(untagged, markup=False, id="gaps-untagged")
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
        yield SteadyFooter()
        self._view = view

    def _title(self) -> str:
        profile = self.profile
        target_id = profile.target_level if profile else ""
        target = self.ladder.level(target_id)
        name = target.title if target else target_id or "—"
        return catalogue.GAPS_TITLE.format(level=name)

    def _judged_note(self) -> str:
        profile = self.profile
        if profile is None:
            return ""
        return judged_level_note(
            self.ladder,
            profile.current_level,
            profile.target_level,
            self.store.reviews(),
        )

    def on_mount(self) -> None:
        self._fill_table()

    async def on_screen_resume(self) -> None:
        """Show the gaps as they are now, when a screen opened over this one
        changed them (a win edited in the journal, a quarter reviewed)."""
        if self._name_column is None:
            # Not filled yet: the view was only just worked out.
            return
        view = current_gaps(self.store, self.ladder, self.profile, self.clock.today())
        if view == self._view:
            return
        await self.recompose()
        self._name_column = None
        self._name_width = None
        self._fill_table()
        self.set_focus(self.query_one("#gap-table", DataTable))

    def _fill_table(self) -> None:
        """Put a row in the table for each dimension of the view composed."""
        # The view can be dismissed, or the app closed, before this runs; its
        # widgets are gone by then and there is no table left to fill.
        try:
            table = self.query_one("#gap-table", DataTable)
        except NoMatches:
            return
        self._name_column, *_ = table.add_columns(*catalogue.GAPS_COLUMNS)
        for gap in self._view.dimensions:
            name, *cells = self._row(gap)
            table.add_row(Text(str(name)), *cells, key=gap.dimension_id)
        self._fit_names(table)

    def on_resize(self) -> None:
        if self._name_column is not None:
            self._fit_names(self.query_one("#gap-table", DataTable))

    def _fit_names(self, table: DataTable[str | Text]) -> None:
        """Cut the dimensions' names short when the table is wider than the page.

        A narrow terminal cannot show every column anyway: short names leave room
        beside them, and the arrow keys bring in the columns still hidden.
        """
        rows = [self._row(gap) for gap in self._view.dimensions]
        widths = [
            max(cell_len(str(text)) for text in column)
            for column in zip(catalogue.GAPS_COLUMNS, *rows)
        ]
        padding = 2 * table.cell_padding * len(widths)
        excess = sum(widths) + padding - (self.app.size.width - PAGE_SIDE_CELLS)
        name_width = max(NAME_MIN_WIDTH, widths[0] - excess) if excess > 0 else None
        # Names cut as short as they go may still leave columns out of view.
        hidden = excess > widths[0] - NAME_MIN_WIDTH
        self.query_one("#gaps-scrolls", Static).display = hidden
        if name_width == self._name_width or self._name_column is None:
            return

        self._name_width = name_width
        # Cut short, the names stay in view while the other columns scroll.
        table.fixed_columns = 0 if name_width is None else 1
        for gap in self._view.dimensions:
            shown = (
                Text(gap.name) if name_width is None else one_line(gap.name, name_width)
            )
            table.update_cell(
                gap.dimension_id, self._name_column, shown, update_width=True
            )

    def _row(self, gap: DimensionGap) -> list[str | Text]:
        """A dimension's cells, its name first, its status in its colour."""
        # The count and the latest date share a column, so that the table fits
        # 80 columns with the longest dimension names whole.
        name, status, *rest = gap_cells(gap)
        colour = STATUS_COLOURS[gap.status]
        return [
            name,
            Text(status, style=status_style(self.app.theme_variables, colour)),
            *rest,
        ]

    def action_columns(self, step: int) -> None:
        """Scroll the table by whole columns: right for ``step`` 1, left for -1."""
        table = self.query_one("#gap-table", DataTable)
        scrolling = list(table.columns.values())[table.fixed_columns :]
        starts = [0]
        for column in scrolling[:-1]:
            starts.append(starts[-1] + column.get_render_width(table))
        here = round(table.scroll_x)
        # Scrolled to its end, the table may show the first column in part.
        first = max(start for start in starts if start <= here)
        if step > 0:
            target = next((start for start in starts if start > here), here)
        else:
            target = max((start for start in starts if start < first), default=0)
        table.scroll_to(x=target, animate=False)

    def action_wins(self) -> None:
        """Show the wins filed under the highlighted dimension, read as its row
        counts them."""
        from careerclimb_tui.screens.gap_dialogs import DimensionWinsDialog

        table = self.query_one("#gap-table", DataTable)
        dimensions = self._view.dimensions
        if not dimensions or not 0 <= table.cursor_row < len(dimensions):
            return
        gap = dimensions[table.cursor_row]
        filed = wins_filed_under(
            gap.dimension_id, queries.wins(self.store), queries.reviews(self.store)
        )
        self.app.push_screen(DimensionWinsDialog(gap, filed, self._show_win))

    def _show_win(self, win: Win) -> None:
        """Show one win in full, read only: the journal is where it is edited."""
        from careerclimb_tui.screens.journal import win_detail

        self.app.push_screen(win_detail(win, self.store, self.ladder, read_only=True))

    def action_scroll_page(self, where: str) -> None:
        """Move the page a screenful up or down, or to its top or its end.

        With the table focused, Home and End go to its first or last row, as
        in the journal's table; the page follows so that the row shows.
        """
        page = self.query_one("#gaps", VerticalScroll)
        table = self.query_one("#gap-table", RowTable)
        if where not in ("home", "end") or not table.has_focus:
            scroll_page(page, where)
            return

        if where == "home":
            table.action_first_row()
            page.scroll_home(animate=False)
        else:
            table.action_last_row()
            page.scroll_to_widget(table, animate=False)

    def action_back(self) -> None:
        self.dismiss()
