"""Where owning a next-level problem starts: the problem being driven, every
problem owned so far, and the ways to find a new one.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.initiative import (
    Initiative,
    active_initiative,
    days_ago_text,
    days_since_update,
)
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.screens.problem_text import (
    change_line,
    safe_markup,
    stage_path,
    stale_warning,
    status_line,
)
from careerclimb_tui.store.initiative_docs import initiatives
from careerclimb_tui.widgets.text import one_line

HUB_PADDING = 5
"""Cells around the list: the screen's padding on both sides and a scroll bar."""


def open_tracker(app: App[object], initiative_id: int) -> None:
    """Show an initiative's tracker on top of the problem hub.

    The screens opened to find and check the problem are closed first, so that
    Escape from the tracker leads back to the hub, not through the search.

    Args:
        app: the running app.
        initiative_id: the initiative to show.
    """
    from careerclimb_tui.screens.initiative import InitiativeScreen

    if any(isinstance(screen, ProblemHubScreen) for screen in app.screen_stack):
        while not isinstance(app.screen, ProblemHubScreen):
            app.pop_screen()
    app.push_screen(InitiativeScreen(initiative_id))


class ProblemHubScreen(CoachScreen[None]):
    """The problem being driven and every problem owned, with ways to find one."""

    CSS_PATH = "problem_hub.tcss"
    COMMAND_CATEGORY = "Problem"
    BINDINGS = [
        Binding("f", "find", "Find one", id="problem.find"),
        Binding("c", "catalog", "Catalogue", id="problem.catalog"),
        Binding("w", "write_own", "Your own", id="problem.own"),
        Binding("o", "open_selected", "Open", id="problem.open"),
        Binding("escape", "back", "Back", id="problem.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._shown: list[Initiative] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="hub"):
            yield Static(catalogue.PROBLEM_HUB_TITLE, id="hub-title")
            yield Static(catalogue.PROBLEM_HUB_INTRO, classes="hint")
            yield Static(id="hub-active")
            yield Static(catalogue.PROBLEM_HUB_LIST, classes="section-title")
            yield DataTable(id="hub-list", cursor_type="row", zebra_stripes=True)
            yield Static(
                catalogue.PROBLEM_HUB_NONE, id="hub-empty", classes="empty-state"
            )
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#hub-list", DataTable)
        for key, title in zip(
            ("id", "title", "stage", "updated", "change"),
            catalogue.PROBLEM_HUB_COLUMNS,
            strict=True,
        ):
            table.add_column(title, key=key)
        self.reload()
        if self._shown:
            table.focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def on_resize(self) -> None:
        # Titles are cut to the width; the data itself has not changed.
        if self.is_mounted:
            self._draw()

    def reload(self) -> None:
        """Read the initiatives again and redraw the card and the list."""
        found = initiatives(self.store)
        # The active one first, then the rest, newest first.
        found.sort(key=lambda i: i.id or 0, reverse=True)
        found.sort(key=lambda i: not i.is_active)
        self._shown = found
        self._draw()

    def _draw(self) -> None:
        found = self._shown
        today = self.clock.today()
        self._show_active(active_initiative(found))

        table = self.query_one("#hub-list", DataTable)
        table.clear()
        # Every column but the title: id, stage, updated, change.
        rows = [
            (
                shown,
                Text(str(shown.id)),
                Text(shown.stage.label),
                Text(days_ago_text(days_since_update(shown, today))),
                Text(change_line(shown, label=False, verdict=False) or "—"),
            )
            for shown in found
        ]
        # The title gets every cell the other columns leave: each of those is as
        # wide as its widest entry or heading, and every column is padded by one
        # cell on each side.
        number, _, *rest = catalogue.PROBLEM_HUB_COLUMNS
        taken = sum(
            max([len(heading), *(row[index].cell_len for row in rows)])
            for index, heading in enumerate((number, *rest), start=1)
        )
        columns = len(catalogue.PROBLEM_HUB_COLUMNS)
        width = max(self.size.width - HUB_PADDING - taken - 2 * columns, 12)
        for shown, *cells in rows:
            table.add_row(
                cells[0],
                one_line(shown.title, width),
                *cells[1:],
                key=str(shown.id),
            )
        table.display = bool(found)
        self.query_one("#hub-empty", Static).display = not found
        self.refresh_bindings()

    def _show_active(self, active: Initiative | None) -> None:
        card = self.query_one("#hub-active", Static)
        if active is None:
            card.update(catalogue.PROBLEM_HUB_NO_ACTIVE)
            card.set_class(False, "stale")
            return
        today = self.clock.today()
        lines = [
            catalogue.PROBLEM_HUB_ACTIVE.format(title=safe_markup(active.title)),
            safe_markup(stage_path(active)),
            safe_markup(status_line(active, today)),
        ]
        moved = change_line(active)
        if moved:
            lines.append(
                catalogue.PROBLEM_CHANGE_LINE.format(change=safe_markup(moved))
            )
        warning = stale_warning(active, today)
        if warning:
            lines.append(f"[b]{safe_markup(warning)}[/b]")
        card.update("\n".join(lines))
        card.set_class(bool(warning), "stale")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim Open while there is nothing to open."""
        if action == "open_selected":
            return True if self._shown else None
        return True

    # --- actions -------------------------------------------------------------------

    def action_find(self) -> None:
        """Answer a few questions to find a problem worth owning."""
        from careerclimb_tui.screens.problem_finder import ProblemFinderScreen

        self.app.push_screen(ProblemFinderScreen())

    def action_catalog(self) -> None:
        """Browse every problem of the catalogue."""
        from careerclimb_tui.screens.problem_catalog import ProblemCatalogScreen

        self.app.push_screen(ProblemCatalogScreen())

    def action_write_own(self) -> None:
        """Describe a problem of your own and check it up front."""
        from careerclimb_tui.screens.problem_check import CandidateCheckScreen

        self.app.push_screen(CandidateCheckScreen(None))

    @on(DataTable.RowSelected, "#hub-list")
    def action_open_selected(self) -> None:
        """Open the tracker of the problem under the cursor."""
        table = self.query_one("#hub-list", DataTable)
        if not self._shown or not table.display:
            return
        chosen = self._shown[min(table.cursor_row, len(self._shown) - 1)]
        if chosen.id is not None:
            open_tracker(self.app, chosen.id)

    def action_back(self) -> None:
        self.dismiss()
