"""Several names in one narrow table cell: a win's dimensions, a peer's kinds of work.

The journal, the promoted peers and a peer's items all name them by these rules,
so that the same list reads the same way everywhere: a name that had to be cut
ends in "…", and names that do not fit are counted ("Scope and impact +2",
"Ownership… +2", or "3 dimensions" where not even the first word fits; a column
can count every row of several names once one has to be). A cut falls after a
whole word where one fits, and never inside a number.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from rich.cells import cell_len

from careerclimb_tui import catalogue
from careerclimb_tui.widgets.text import one_line

ELLIPSIS = "…"
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
"""A number as written, with any decimal point or thousands separators."""
TRAILING_MARKS = " ,;:-–—/"
"""Marks that would dangle before the "…" of a cut name, and are left out."""


def short_names(names: Sequence[str]) -> dict[str, str]:
    """Each name's first word and "…", where no other name starts with that word.

    The ellipsis shows that the rest of the name was left out. A one-word name,
    or one whose first word another name shares, is kept whole.

    Args:
        names: every name of the list, such as the ladder's dimensions.

    Returns:
        Name → its short form: "Technical direction" → "Technical…".
    """
    words = [name.split() or [name] for name in names]
    shared = Counter(each[0] for each in words)
    return {
        name: each[0] + ELLIPSIS if len(each) > 1 and shared[each[0]] == 1 else name
        for name, each in zip(names, words)
    }


def widest_lead_name(rows: Iterable[Sequence[str]], short: Mapping[str, str]) -> int:
    """The cells of the widest short name a row of names starts with.

    A column of names keeps at least this room, so that the name a row shows
    first, alone or beside a count ("Collaboration… +1"), is never cut inside
    its first word.

    Args:
        rows: the names of every row the column may show, each in order.
        short: every name → its short form (see ``short_names``).

    Returns:
        The cells of the widest such short name; 0 when no row has a name.
    """
    return max(
        (cell_len(short.get(names[0], names[0])) for names in rows if names),
        default=0,
    )


def cut_name(name: str, width: int) -> str:
    """The name in at most ``width`` cells, ending in "…" when it is cut.

    A cut name ends after its last whole word that fits ("Cross-team…"), or
    mid-word when not even the first word does.

    Args:
        name: the name to show.
        width: cells available.

    Returns:
        The name itself when it fits, else its cut form.
    """
    return cut_at_word(name, width) or cut_inside_word(name, width)


def cut_inside_word(name: str, width: int) -> str:
    """The name cut mid-word to at most ``width`` cells, ending in "…".

    A number is never cut in two: "from 31" cut after its 3 would read as 3.
    The cut moves back to before the number, or keeps all of it when nothing
    stands before it.

    Args:
        name: the name to show, whose first word is wider than ``width``.
        width: cells available.

    Returns:
        The name itself when it fits, else its cut form.
    """
    flat = " ".join(name.split())
    if cell_len(flat) <= width:
        return flat
    kept = one_line(flat, width).plain.removesuffix(ELLIPSIS)
    for number in NUMBER.finditer(flat):
        if number.start() < len(kept) < number.end():
            kept = flat[: number.start()] or number.group()
            break
    return kept.rstrip(TRAILING_MARKS) + ELLIPSIS


def cut_at_word(name: str, width: int) -> str | None:
    """The name in at most ``width`` cells, cut only after a whole word.

    Args:
        name: the name to show.
        width: cells available.

    Returns:
        The name itself when it fits, its words that fit followed by "…", or
        None when not even its first word fits.
    """
    if cell_len(name) <= width:
        return name
    words = name.split()
    kept = ""
    for count in range(1, len(words)):
        start = " ".join(words[:count])
        if cell_len(start) + cell_len(ELLIPSIS) > width:
            break
        kept = start
    kept = kept.rstrip(TRAILING_MARKS)
    return kept + ELLIPSIS if kept else None


def names_cell(
    names: Sequence[str], short: Mapping[str, str], width: int, counted: bool = False
) -> str:
    """Names in at most ``width`` cells, all of them where they fit.

    Every row of a column names things the same way: in full when the width holds
    the longest name in ``short``, else by their short forms. Tried in turn:
    every name; the first whole, then by its short form ("Ownership…"), with how
    many more ("+2"); how many there are in words. A name cut anywhere else
    ("Ownership and…") reads as unfinished beside a count, so the count stands
    alone instead.

    Args:
        names: the names of one row, in order.
        short: every name the column may show → its short form (see
            ``short_names``); empty to show names in full, cut only if need be.
        width: cells available.
        counted: count the names of every row that has several, as the column
            does when one of its rows has to (see ``counts_names``).

    Returns:
        The text to show; empty when there is no name.
    """
    if not names:
        return ""
    named = None if counted and len(names) > 1 else _named(names, short, width)
    if named is not None:
        return named
    counted_text = catalogue.COUNTED_DIMENSIONS.format(count=len(names))
    return one_line(counted_text, width).plain


def counts_names(
    rows: Iterable[Sequence[str]], short: Mapping[str, str], width: int
) -> bool:
    """Say whether a column counts its rows' names rather than naming them.

    A row of several names shows the first beside how many more ("Scope… +2")
    only where that fits. When one row of the column has to be counted ("2
    dimensions"), every row of several names is, so that rows alike read alike.

    Args:
        rows: the names of every row the column may show, each in order.
        short: as for ``names_cell``.
        width: cells available.

    Returns:
        True when some row of several names fits only as a count.
    """
    return any(_named(names, short, width) is None for names in rows if len(names) > 1)


def _named(names: Sequence[str], short: Mapping[str, str], width: int) -> str | None:
    """The names as ``names_cell`` shows them, or None where only a count fits."""
    if max((cell_len(name) for name in short), default=0) > width:
        names = [short.get(name, name) for name in names]
    every = ", ".join(names)
    if cell_len(every) <= width:
        return every
    if len(names) == 1:
        return cut_name(names[0], width)
    more = catalogue.MORE_NAMES.format(name="", more=len(names) - 1)
    first = names[0]
    shorter = (short or short_names(names)).get(first, first)
    for shown in (first, shorter):
        if cell_len(shown) + cell_len(more) <= width:
            return shown + more
    return None


def names_lines(names: Sequence[str], short: Mapping[str, str], width: int) -> str:
    """Names one to a line, for a cell whose row grows to hold them all.

    The column names things as ``names_cell`` does: in full when the width holds
    the longest name in ``short``, else by their short forms; a name still too
    wide is cut with "…".

    Args:
        names: the names of one row, in order.
        short: every name the column may show → its short form; empty to show
            names in full.
        width: cells available on each line.

    Returns:
        The names joined by newlines; empty when there is none.
    """
    if max((cell_len(name) for name in short), default=0) > width:
        names = [short.get(name, name) for name in names]
    return "\n".join(cut_name(name, width) for name in names)
