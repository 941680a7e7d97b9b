"""The gap view's dialog: the wins filed under one dimension, read as its row
counts them, and the manager's criteria for it; Enter opens a win in full."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import OptionList, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.gaps import DimensionGap, FiledWin
from careerclimb_tui.domain.records import Win
from careerclimb_tui.screens.base import KeysOnlyDialog
from careerclimb_tui.screens.manager_dialogs import win_label
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.lists import BoundedOptionList


class WinsList(BoundedOptionList):
    """The dialog's wins, which are cut again to each width the list takes."""

    class Resized(Message):
        """Posted when the list's lines have another width: the dialog was laid
        out, or a scroll bar came in and took two cells from every line."""

    def on_resize(self) -> None:
        self.post_message(self.Resized())


class DimensionWinsDialog(KeysOnlyDialog[None]):
    """Lists a dimension's wins, each with its date, title and what the review
    made of it; a win opens in full, read only, since the journal is where a
    win is edited."""

    CSS_PATH = "gap_dialogs.tcss"
    COMMAND_CATEGORY = "Gap wins"
    BINDINGS = [
        # Over the list's own Enter, so that the footer and the palette name it.
        Binding("enter", "open", "Open win", id="gap_wins.open", priority=True),
        Binding("j", "journal", "Journal", id="gap_wins.journal"),
        Binding("escape,q", "close", "Close", id="gap_wins.close"),
    ]

    def __init__(
        self,
        gap: DimensionGap,
        filed: Sequence[FiledWin],
        show_win: Callable[[Win], None],
    ) -> None:
        """Create the dialog.

        Args:
            gap: the dimension's row of the gap view, for its name and criteria.
            filed: the wins filed under it, in the order shown.
            show_win: shows one of those wins in full, over this dialog.
        """
        super().__init__()
        self.gap = gap
        self.filed = list(filed)
        self._show_win = show_win

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
                yield WinsList(id="gap-wins-list")
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
            keys = catalogue.GAPS_WINS_KEYS if self.filed else catalogue.GAPS_NONE_KEYS
            yield Static(keys, classes="hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        found = self.query("#gap-wins-list")
        (found.first() if found else self.query_one("#gap-wins-dialog")).focus()
        self.call_after_refresh(self._fit_wins)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_wins)

    @on(WinsList.Resized)
    def _list_resized(self) -> None:
        self.call_after_refresh(self._fit_wins)

    def _fit_wins(self) -> None:
        """One line per win, its title cut with "…" so that its date and what the
        review made of it stay in view, the readings in one column."""
        found = self.query("#gap-wins-list")
        if not found:
            return
        shown = found.first(OptionList)
        width = shown.scrollable_content_region.width
        if width <= 0:
            return
        notes = [each.reading.label for each in self.filed]
        note_width = max(cell_len(note) for note in notes)
        lines = [
            win_label(each.win, note, width, note_width)
            for each, note in zip(self.filed, notes)
        ]
        if not shown.option_count:
            shown.add_options(lines)
            shown.highlighted = 0
            return
        for index, line in enumerate(lines):
            shown.replace_option_prompt_at_index(index, line)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action != "open" or bool(self.filed)

    @on(OptionList.OptionSelected, "#gap-wins-list")
    def _win_clicked(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        """Show the highlighted win in full, over this list."""
        found = self.query("#gap-wins-list")
        if not found:
            return
        index = found.first(OptionList).highlighted
        if index is None or not 0 <= index < len(self.filed):
            return
        self._show_win(self.filed[index].win)

    def action_journal(self) -> None:
        """Close the list and open the journal, where a win is edited; Esc there
        comes back to the gap view."""
        self.dismiss(None)
        self.app.call_later(self.app.run_action, "open('journal')")

    def action_close(self) -> None:
        self.dismiss(None)
