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
