"""Fitting user text into table cells."""

from __future__ import annotations

from rich.text import Text


def one_line(text: str, width: int) -> Text:
    """The text on one line, cut with an ellipsis to ``width`` cells.

    Returned as a ``Text`` so that brackets typed by the user are never read as
    markup.
    """
    flat = " ".join(text.split())
    line = Text(flat, no_wrap=True, overflow="ellipsis")
    line.truncate(max(width, 1), overflow="ellipsis")
    return line


def markup_safe(text: str) -> str:
    """Text that Textual's markup shows exactly as written.

    Every opening bracket is escaped: the usual escape functions leave ``[WIP]`` or
    ``[$x]`` alone, and Textual then reads them as tags and hides them.

    Args:
        text: any text, typed by the user or read from a data file.

    Returns:
        The text, safe to place inside markup.
    """
    return text.replace("[", "\\[")
