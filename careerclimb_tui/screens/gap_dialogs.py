"""The gap view's dialog: the wins filed under one dimension, read as its row
counts them, and the manager's criteria for it."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.gaps import DimensionGap, FiledWin
from careerclimb_tui.screens.base import KeysOnlyDialog
from careerclimb_tui.screens.manager_dialogs import win_label
from careerclimb_tui.widgets.footer import SteadyFooter


class DimensionWinsDialog(KeysOnlyDialog[None]):
    """Lists a dimension's wins, each with its date, title and what the review
    made of it; read only, since the journal is where a win is edited."""

    CSS_PATH = "gap_dialogs.tcss"
    BINDINGS = [
        Binding("escape,q", "close", "Close", id="gap_wins.close"),
    ]

    def __init__(self, gap: DimensionGap, filed: Sequence[FiledWin]) -> None:
        """Create the dialog.

        Args:
            gap: the dimension's row of the gap view, for its name and criteria.
            filed: the wins filed under it, in the order shown.
        """
        super().__init__()
        self.gap = gap
        self.filed = list(filed)

    def compose(self) -> ComposeResult:
        name = self.gap.name
        with VerticalScroll(classes="gap-dialog", id="gap-wins-dialog"):
            yield Static(
                catalogue.GAPS_WINS_TITLE.format(dimension=name),
                classes="section-title",
                id="gap-wins-title",
                markup=False,
            )
            if self.filed:
                # Filled once laid out, when the width to cut the titles to is known.
                yield Static(id="gap-wins-list", markup=False)
            else:
                yield Static(
                    catalogue.GAPS_WINS_NONE.format(dimension=name),
                    classes="empty-state",
                    id="gap-wins-none",
                    markup=False,
                )
            if self.gap.criteria:
                yield Static(catalogue.GAPS_WINS_CRITERIA, classes="section-title")
                for criterion in self.gap.criteria:
                    line = Text(f"• {' '.join(criterion.text.split())}")
                    line.append(f"  ({criterion.status})", style="italic")
                    yield Static(line, classes="gap-wins-criterion")
            yield Static(catalogue.GAPS_WINS_KEYS, classes="hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#gap-wins-dialog").focus()
        self.call_after_refresh(self._fit_wins)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_wins)

    def _fit_wins(self) -> None:
        """One line per win, its title cut with "…" so that its date and what the
        review made of it stay in view, the readings in one column."""
        found = self.query("#gap-wins-list")
        if not found:
            return
        shown = found.first(Static)
        width = shown.content_region.width
        if width <= 0:
            return
        notes = [each.reading.label for each in self.filed]
        note_width = max(cell_len(note) for note in notes)
        lines = [
            win_label(each.win, note, width, note_width)
            for each, note in zip(self.filed, notes)
        ]
        shown.update(Text("\n").join(lines))

    def action_close(self) -> None:
        self.dismiss(None)
