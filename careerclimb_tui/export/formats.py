"""Which export format a file's name asks for, for the CLI and the export screen.

The packet is Markdown and the dump is JSON; a file named for one should never
receive the other, as an import of it later would fail.
"""

from __future__ import annotations

from pathlib import PurePath

PACKET_FORMAT = "md"
"""The promotion packet, in Markdown."""
DUMP_FORMAT = "json"
"""The complete dump, in JSON."""

_EXTENSIONS = {
    ".md": PACKET_FORMAT,
    ".markdown": PACKET_FORMAT,
    ".json": DUMP_FORMAT,
}


def format_for_name(name: str) -> str | None:
    """The export format a file name's extension names.

    Args:
        name: a file name or path, as typed.

    Returns:
        ``PACKET_FORMAT`` for ``.md`` and ``.markdown``, ``DUMP_FORMAT`` for
        ``.json`` (in any case); None for any other extension, or none.
    """
    return _EXTENSIONS.get(PurePath(name.strip()).suffix.lower())


def extensions_of(kind: str) -> tuple[str, ...]:
    """The extensions that name a format, the usual one first.

    Args:
        kind: ``PACKET_FORMAT`` or ``DUMP_FORMAT``.

    Returns:
        The extensions, each with its dot.
    """
    return tuple(ext for ext, named in _EXTENSIONS.items() if named == kind)
