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

    The one way user text enters markup; where a whole widget shows plain text it
    is given with ``markup=False`` (or as ``Text``) instead. Every opening bracket
    is escaped: the usual escape functions leave ``[WIP]`` or ``[$x]`` alone, and
    Textual then reads them as tags and hides them. A backslash at the very end
    would escape the tag that follows, so a zero-width space stands after it.

    Args:
        text: any text, typed by the user or read from a data file.

    Returns:
        The text, safe to place inside markup.
    """
    escaped = text.replace("[", "\\[")
    return escaped + "\u200b" if escaped.endswith("\\") else escaped
