"""A read-only view of Markdown as it will be written, its list items hanging.

Soft-wrapped as plain text, a long "- item" line carries on at the left edge,
under its own dash, and a list stops reading as one. Here each line's text is
shown as written, and a wrapped line starts under the text of its item.
"""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.containers import VerticalScroll

from careerclimb_tui.widgets.hanging import HangingLine, HangingText
from careerclimb_tui.widgets.text import markup_safe

_LEAD = re.compile(r"[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?")
"""A line's indent and its list marker, when it has one."""


def markdown_entries(text: str) -> list[HangingLine]:
    """The lines of ``text``, each hanging under the text after its marker.

    Args:
        text: Markdown, as it will be written.

    Returns:
        One entry per line: the indent and the list marker ("- ", "2. ") as its
        lead, the rest as its text; a line with neither wraps at the left edge.
    """
    entries: list[HangingLine] = []
    for line in text.split("\n"):
        match = _LEAD.match(line)
        lead = match.group(0) if match else ""
        entries.append(HangingLine(line[len(lead) :], lead=markup_safe(lead)))
    return entries


class MarkdownPreview(VerticalScroll):
    """Markdown shown as written, wrapped lines of a list item under its text.

    The arrows, Page Up/Down, Home and End scroll it; ``text`` is the Markdown
    exactly as loaded, whatever the width it is shown at.
    """

    DEFAULT_CSS = """
    MarkdownPreview > HangingText {
        width: 1fr;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._text = ""
        self._lines = HangingText()

    def compose(self) -> ComposeResult:
        yield self._lines

    @property
    def text(self) -> str:
        """The Markdown last loaded, exactly as given."""
        return self._text

    def load_text(self, text: str) -> None:
        """Show ``text`` from its first line.

        Args:
            text: Markdown, as it will be written.
        """
        self._text = text
        self._lines.show_entries(markdown_entries(text))
        self.scroll_home(animate=False)
