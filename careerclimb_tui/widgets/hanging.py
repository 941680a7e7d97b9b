"""Lines that keep their indent when they wrap.

A log entry or a piece of evidence starts with a date or a mark; when its text
runs past the width, the next line starts under the text rather than back at the
left margin, so each entry still reads as one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text
from textual import events
from textual.content import Content
from textual.widgets import Static

from careerclimb_tui.widgets.text import markup_safe
from careerclimb_tui.wrapping import break_word

MIN_ROOM = 16
"""Below this many columns for the text, the indent gives way to plain wrapping."""


@dataclass(frozen=True)
class HangingLine:
    """One entry: a lead on its first line, then text wrapped under an indent."""

    text: str
    """Plain text, never read as markup; a newline starts a new paragraph."""
    lead: str = ""
    """Markup shown before the text on the first line, such as a date."""
    indent: int | None = None
    """Columns before every wrapped line; None lines them up under the text."""
    style: str = ""
    """A Textual style for the text, such as "bold" or "dim"."""


def hanging_prompt(lead: str, text: str) -> Table:
    """A list option whose wrapped lines start under its text, not under its lead.

    Args:
        lead: what comes first on the first line, such as a key or a pointer,
            with the space after it.
        text: the option's words, plain text.

    Returns:
        A prompt for an ``OptionList`` option.
    """
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(Text(lead), Text(text))
    return grid


def wrap_hanging(text: str, first: int, rest: int) -> list[str]:
    """Wrap text into lines of at most ``first`` cells, then ``rest`` cells.

    Args:
        text: plain text; runs of spaces read as one, a newline starts a line.
        first: the room on the first line, after its lead.
        rest: the room on every later line, after the indent.

    Returns:
        The lines, at least one; a word wider than the room is broken, each
        piece but the last ending in "…" (``break_word``).
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            room = first if not lines else rest
            joined = f"{line} {word}" if line else word
            if cell_len(joined) <= room:
                line = joined
                continue
            if line:
                lines.append(line)
                room = rest
            *broken, line = break_word(word, max(room, 1), max(rest, 1))
            lines.extend(broken)
        lines.append(line)
    return lines


def hanging_markup(entries: Sequence[HangingLine], width: int) -> str:
    """The entries as markup, each wrapped to ``width`` under its own indent.

    Args:
        entries: the entries, in order.
        width: the columns available; 0 or less leaves wrapping to the widget.

    Returns:
        Markup with one line per row; user text is escaped.
    """
    rows: list[str] = []
    for entry in entries:
        lead_width = Content.from_markup(entry.lead).cell_length
        indent = lead_width if entry.indent is None else entry.indent
        first, rest = width - lead_width, width - indent
        if width <= 0 or min(first, rest) < MIN_ROOM:
            lines = [" ".join(entry.text.split())]
            indent = 0
        else:
            lines = wrap_hanging(entry.text, first, rest)
        for number, line in enumerate(lines):
            shown = markup_safe(line)
            if entry.style and line:
                shown = f"[{entry.style}]{shown}[/]"
            start = entry.lead if number == 0 else " " * indent
            rows.append(f"{start}{shown}")
    return "\n".join(rows)


class HangingText(Static):
    """A block of entries whose wrapped lines keep each entry's indent.

    The entries are wrapped again whenever the widget's width changes.
    """

    DEFAULT_CSS = """
    HangingText {
        height: auto;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", id=id, classes=classes)
        self._entries: tuple[HangingLine, ...] = ()
        self._empty = ""
        self._drawn_width = -1

    def show_entries(self, entries: Sequence[HangingLine], empty: str = "") -> None:
        """Show the entries, or ``empty`` (markup) when there are none.

        Args:
            entries: the entries, in order.
            empty: what to say when there is nothing to show.
        """
        self._entries = tuple(entries)
        self._empty = empty
        self._draw()

    def on_resize(self, event: events.Resize) -> None:
        # Drawn once the layout that sent the resize is over, so the new height
        # is laid out in turn.
        if self.size.width != self._drawn_width:
            self.call_after_refresh(self._draw)

    def _draw(self) -> None:
        width = self.size.width
        self._drawn_width = width
        if not self._entries:
            self.update(self._empty)
            return
        self.update(hanging_markup(self._entries, width))
