"""Text wrapped to a width, words kept whole at their hyphens.

``textwrap`` breaks "merge-to-production" after a hyphen by default; a printed
pitch or report reads better with such a word moved whole to the next line. A
word wider than a whole line is broken, and each piece but its last ends in
"…", so that no line seems to end mid-word for no reason.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

from rich.cells import cell_len, chop_cells

WORD_GOES_ON = "…"
"""Ends each piece of a word broken across lines: the word goes on below."""
_BLANKS = re.compile(r"([ \t\n\r\f\v]+)")
"""The blanks ``textwrap`` breaks at, kept when a text is split on them; a
no-break space is not one of them."""


def break_word(word: str, first: int, rest: int | None = None) -> list[str]:
    """A word in pieces that each fit their line, all but the last marked "…".

    Args:
        word: one word, with no blank in it.
        first: the cells its first piece may take.
        rest: the cells each later piece may take; the same as ``first`` when
            not given.

    Returns:
        The word alone when it fits in ``first`` cells; else its pieces, each
        ending in "…" but the last, which takes whatever is left.
    """
    rest = first if rest is None else rest
    pieces: list[str] = []
    left, room = word, first
    while cell_len(left) > room and len(left) > 1:
        # One cell of the line is the mark.
        head = _head(left, room - 1)
        pieces.append(head + WORD_GOES_ON)
        left, room = left[len(head) :], rest
    return [*pieces, left]


def _head(word: str, room: int) -> str:
    """The start of ``word`` that fits ``room`` cells: one character at least,
    so that a line too narrow for a wide character still moves the word on."""
    return chop_cells(word, max(room, 1))[0] or word[0]


def wrap_words(text: str, width: int, **options: Any) -> list[str]:
    """Wrap a text at its blanks only, as every printed command output does.

    Args:
        text: the text to wrap.
        width: the most columns a line may take where the words allow.
        options: any other ``textwrap.wrap`` option, such as the indents.

    Returns:
        The lines, without line endings; a word wider than a line is broken
        with "…" (``break_word``), each piece on a line of its own.
    """
    indents = (options.get("initial_indent", ""), options.get("subsequent_indent", ""))
    room = width - max(cell_len(indent) for indent in indents)
    if room > 1:
        # Broken beforehand, each marked piece as wide as a line: textwrap then
        # only has whole words to place.
        text = "".join(
            part if _BLANKS.fullmatch(part) else " ".join(break_word(part, room))
            for part in _BLANKS.split(text)
        )
    return textwrap.wrap(text, width, break_on_hyphens=False, **options)
