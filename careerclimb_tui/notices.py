"""How a notice that names a written file is laid out: its path kept readable.

A notice folds a word too long for its line wherever the line ends, so a path
would be cut inside a folder's or a file's name, and could be neither read nor
copied. Here the path starts a line of its own, and the notice is made wide
enough for all of it, as far as the screen allows; a path wider still breaks
only after a "/".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.cells import cell_len

TOAST_WIDTH = 60
"""The width Textual gives a notice, as long as it is at most half the screen."""
TOAST_FRAME = 3
"""Columns of a notice around its text: the coloured bar and one blank each side."""
SCREEN_MARGIN = 2
"""Columns kept clear at the left of the screen, so a wide notice reads as one."""

_PATH_PART = re.compile(r"[^/]*/|[^/]+")
"""A folder with the "/" that ends it, or the file's name."""


@dataclass(frozen=True)
class FileNotice:
    """A notice's text laid out around a path, and the width that keeps it so."""

    text: str
    """The message, the path on lines of its own broken only after a "/"."""
    width: int
    """The notice's width in columns, frame included."""


def usual_text_width(screen_width: int) -> int:
    """How many columns of text a notice holds on a screen ``screen_width`` wide."""
    return max(min(TOAST_WIDTH, screen_width // 2) - TOAST_FRAME, 1)


def path_lines(path: str, width: int) -> list[str]:
    """The path on as few lines of ``width`` as it takes, each ending at a "/".

    Args:
        path: the path as shown to the user.
        width: the columns a line holds.

    Returns:
        The lines; a part longer than a line keeps a line of its own.
    """
    lines: list[str] = []
    line = ""
    for part in _PATH_PART.findall(path):
        if line and cell_len(line) + cell_len(part) > width:
            lines.append(line)
            line = part
        else:
            line += part
    if line:
        lines.append(line)
    return lines


def file_notice(message: str, path: str, screen_width: int) -> FileNotice:
    """Lay out a notice that names a file, so the path reads whole.

    Args:
        message: the notice, with ``path`` in it as shown to the user.
        path: the file's path.
        screen_width: the terminal's width in columns.

    Returns:
        The text, the words before the path on the first lines and the path on
        the lines after them (a full stop that only ended the sentence dropped,
        so it is not copied with the name), and the notice's width: the usual
        one, or wider when the path needs it, up to the screen's.
    """
    before, found, after = message.partition(path)
    if not found or not path:
        return FileNotice(message, usual_text_width(screen_width) + TOAST_FRAME)

    # The whole path on one line when the screen has room for it.
    roomiest = max(screen_width - SCREEN_MARGIN - TOAST_FRAME, 1)
    width = min(max(usual_text_width(screen_width), cell_len(path)), roomiest)

    lines = [before.strip()] if before.strip() else []
    lines += path_lines(path, width)
    rest = after.strip()
    if rest and rest != ".":
        lines.append(rest)
    return FileNotice("\n".join(lines), width + TOAST_FRAME)
