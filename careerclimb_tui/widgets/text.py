"""Fitting user text into table cells and short notes, and styling status words."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from rich.text import Text


def one_line(text: str, width: int, *, at_word: bool = False) -> Text:
    """The text on one line, cut with an ellipsis to ``width`` cells.

    Returned as a ``Text`` so that brackets typed by the user are never read as
    markup.

    Args:
        text: any text, typed by the user or read from a data file.
        width: the most cells the line may take.
        at_word: cut after the last whole word that fits ("Cut CI time for…"
            rather than "Cut CI time for the w…"); a first word wider than
            ``width`` is still cut inside, as there is no word boundary before.
    """
    flat = " ".join(text.split())
    width = max(width, 1)
    line = Text(flat, no_wrap=True, overflow="ellipsis")
    if at_word and line.cell_len > width:
        # What fits beside the ellipsis, then back to the space before the word
        # that would be cut.
        room = Text(flat)
        room.truncate(width - 1)
        kept = room.plain
        space = kept.rfind(" ")
        if flat[len(kept) : len(kept) + 1] == " ":
            space = len(kept)
        if space > 0:
            return Text(kept[:space].rstrip(" ,;:-–—") + "…", no_wrap=True)
    line.truncate(width, overflow="ellipsis")
    return line


def at_most_lines(text: str, width: int, lines: int) -> Text:
    """The text wrapped to ``width`` cells, cut with an ellipsis after ``lines``.

    A note cut by the height of its widget would end mid-sentence with nothing
    to show that more was said; this one ends in "…" when it is cut.
    """
    wrapped = textwrap.wrap(" ".join(text.split()), max(width, 1))
    if len(wrapped) <= lines:
        return Text(text)
    kept = wrapped[: max(lines, 1)]
    last = kept[-1]
    kept[-1] = (last if len(last) < width else last[: max(width - 1, 0)]) + "…"
    return Text("\n".join(kept))


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


def status_style(variables: Mapping[str, str], colour: str) -> str:
    """A bold style in one of the theme's colours, or bold alone if it has none.

    Args:
        variables: the app's CSS variables (``App.theme_variables``).
        colour: a variable's name, such as ``readable-warning``.
    """
    found = variables.get(colour)
    return f"bold {found}" if found else "bold"
