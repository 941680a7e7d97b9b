"""A quick look into the data file before the app's first frame.

Opening the store reads and checks every record, which takes a while with years of
wins; the first frame should not wait for it. Two things are wanted before that
frame: whether the file is sealed (the passphrase prompt comes first) and the theme
the user picked (so that the app does not flash another theme while it reads).
Both are read here from the raw bytes, best effort: when the file is not laid out
as this app writes it, the answer is "don't know" and the store says later.
"""

from __future__ import annotations

import json
from pathlib import Path

from careerclimb_tui.store.crypto import MAGIC

_SETTINGS_HEADER = b'\n "settings": {\n'
"""How the settings table starts in a file this app wrote: one record per line.

JSON text never holds a raw line break inside a string, so this can only be the
table's own first line."""
_TABLE_END = b"\n }"


def is_sealed(path: Path) -> bool:
    """True when the data file exists and starts as a sealed file does."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def saved_theme(path: Path) -> str | None:
    """The theme saved in the settings of a plain data file, if it can be seen.

    Args:
        path: the data file.

    Returns:
        The theme's name, or None when there is none, the file is sealed or
        missing, or its layout is not the one this app writes.
    """
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    start = raw.find(_SETTINGS_HEADER)
    if start < 0:
        return None
    end = raw.find(_TABLE_END, start + len(_SETTINGS_HEADER) - 1)
    if end < 0:
        return None
    section = raw[start + 1 : end + len(_TABLE_END)]
    try:
        table = json.loads(b"{" + section + b"}").get("settings")
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(table, dict):
        return None
    for record in table.values():
        theme = record.get("theme") if isinstance(record, dict) else None
        if isinstance(theme, str):
            return theme
    return None
