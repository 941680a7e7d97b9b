"""Printed text wrapped to a width, words kept whole at their hyphens.

``textwrap`` breaks "merge-to-production" after a hyphen by default; a printed
pitch or report reads better with such a word moved whole to the next line.
"""

from __future__ import annotations

import textwrap
from typing import Any


def wrap_words(text: str, width: int, **options: Any) -> list[str]:
    """Wrap a text at its blanks only, as every printed command output does.

    Args:
        text: the text to wrap.
        width: the most columns a line may take where the words allow.
        options: any other ``textwrap.wrap`` option, such as the indents.

    Returns:
        The lines, without line endings.
    """
    return textwrap.wrap(text, width, break_on_hyphens=False, **options)
