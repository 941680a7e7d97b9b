"""Text without control characters, as the app keeps it and prints it.

A control character typed, pasted or imported into a win would be stored as it
came and later written to the terminal, where an escape sequence can recolour
the screen, retitle the window or move the cursor. Every place text enters the
app, and every place stored text leaves it for a terminal or a file, passes it
through ``plain_text``. Escape sequences go whole, and the bidi controls that
can disguise a text go too; emoji, accents, right-to-left text, its marks and
the joiners inside emoji are kept as they are.
"""

from __future__ import annotations

import re
from typing import Any

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
"""C0 controls, DEL and C1 controls: the characters a terminal may act on."""

_ESCAPE_SEQUENCES = re.compile(
    # A control sequence (CSI): ESC [ or its one-character C1 form, parameters,
    # intermediates and a final byte, as in "ESC [31m" or "ESC [2J".
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
    # A command string (OSC, DCS and their kin) up to BEL or the string
    # terminator, as in "ESC ]0;title BEL", which retitles the window.
    r"|(?:\x1b[\]P^_X]|[\x90\x9d\x9e\x9f\x98])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    # Any other escape: ESC, intermediates, then one final character. A space
    # after ESC is left to the words, as no escape a terminal acts on uses it.
    r"|\x1b[\x21-\x2f]*[\x30-\x7e]"
)
"""Whole escape sequences: taking out only the ESC would leave the rest of one,
such as "[31m", in the text."""

_SPOOFING = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
"""Bidi embeddings, overrides and isolates, which can make a text display in
another order than it reads; the marks LRM and RLM are kept."""

_EDGE_SPACES = "\u200b"
"""Zero-width space, invisible at either end of a one-line text."""

_TOUCHED = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b]")
"""Every character ``plain_text`` may change: with none, the text is kept."""

_BREAKS = frozenset("\n\r\v\f\x85")
"""Controls that end a line: kept as a line break where a text may have several."""

_BLANKS = frozenset("\t")
"""Controls that stand for a blank: kept as a tab where a text may have several
lines, a space on one line."""

_HIDDEN_IN_JSON = re.compile(r"[\x7f-\x9f]")
"""Controls that ``json.dumps`` writes as they are; it escapes the others."""


def plain_text(text: str, *, lines: bool = False) -> str:
    """The text without the control characters a terminal would act on.

    Args:
        text: a text as typed, pasted, imported or stored.
        lines: the text may hold several lines (what changed, notes): line
            breaks and tabs are kept, a Windows line break becomes one "\\n".
            Without it the text is one line (a title, a name): a line break or
            a tab becomes a space, so the words around it stay apart.

    Returns:
        The text with every escape sequence taken out whole, then every other
        C0 control (such as ESC and BEL), DEL and C1 control; the bidi
        embeddings, overrides and isolates; and, on one line, zero-width
        spaces at either end. The text itself when it holds none of these.
    """
    if _TOUCHED.search(text) is None:
        return text
    text = text.replace("\r\n", "\n")
    text = _ESCAPE_SEQUENCES.sub("", text)
    text = _SPOOFING.sub("", text)
    if not lines:
        text = text.strip(_EDGE_SPACES)

    def kept(found: re.Match[str]) -> str:
        control = found.group()
        if control in _BREAKS:
            return "\n" if lines else " "
        if control in _BLANKS:
            return control if lines else " "
        return ""

    return _CONTROLS.sub(kept, text)


def plain_values(value: Any) -> Any:
    """A JSON value with every text inside it made plain, keys included.

    Used on whole records read from a file, where a text field may hold several
    lines: line breaks and tabs are kept (``plain_text`` with ``lines``).

    Args:
        value: what ``json.loads`` returned, or any part of it.

    Returns:
        The same shape, every string passed through ``plain_text``.
    """
    if isinstance(value, str):
        return plain_text(value, lines=True)
    if isinstance(value, dict):
        return {plain_values(key): plain_values(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain_values(item) for item in value]
    return value


def json_for_terminal(text: str) -> str:
    """JSON text with DEL and the C1 controls written as ``\\u`` escapes.

    ``json.dumps`` escapes the C0 controls but, with ``ensure_ascii=False``,
    writes DEL and C1 as they are. Outside a string JSON text is plain ASCII,
    so each of them is inside one and its escape reads back as the same value.

    Args:
        text: the output of ``json.dumps``.

    Returns:
        The same JSON, safe to print on a terminal.
    """
    return _HIDDEN_IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
