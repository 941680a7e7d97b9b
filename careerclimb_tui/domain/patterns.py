"""Regular expressions compiled the first time they are used, not on import.

The coach's patterns are large alternations of vocabulary; compiling them all costs
tens of milliseconds. Start-up (the first frame of the app, a quick ``careerclimb
log``) should not pay that for patterns it may never run, so modules declare their
patterns with :func:`lazy_compile` and each is built on its first search.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator


class LazyPattern:
    """A compiled pattern's matching methods, compiling it on the first call."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0):
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The pattern itself, compiled now if it was not yet."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return compiled

    @property
    def pattern(self) -> str:
        """The pattern's source text."""
        return self._source

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """Like :meth:`re.Pattern.search`."""
        return self.compiled.search(text, pos, endpos)

    def match(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """Like :meth:`re.Pattern.match`."""
        return self.compiled.match(text, pos, endpos)

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """Like :meth:`re.Pattern.fullmatch`."""
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """Like :meth:`re.Pattern.finditer`."""
        return self.compiled.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        """Like :meth:`re.Pattern.findall`."""
        return self.compiled.findall(text, pos, endpos)

    def sub(self, replacement: str, text: str, count: int = 0) -> str:
        """Like :meth:`re.Pattern.sub`, with a replacement text."""
        return self.compiled.sub(replacement, text, count)


def lazy_compile(source: str, flags: int = 0) -> LazyPattern:
    """Declare a pattern now and compile it when it is first used.

    Args:
        source: the regular expression.
        flags: ``re`` flags, as for :func:`re.compile`.

    Returns:
        An object with the matching methods of a compiled pattern.
    """
    return LazyPattern(source, flags)
