"""Level ladders as domain objects: dimensions, levels and what each level expects."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Dimension:
    """One axis along which a ladder describes growth."""

    id: str
    name: str
    summary: str = ""


@dataclass(frozen=True)
class Expectation:
    """What one level asks for along one dimension."""

    expectation: str
    """What is expected of someone at the level."""
    current_level: tuple[str, ...]
    """Examples of solid work at the level: good, but not promotion evidence."""
    next_level: tuple[str, ...]
    """Signals that the person already works at the level above."""


SHOWN_ALIASES = 3
"""How many company names are shown beside a level."""


@dataclass(frozen=True)
class Level:
    """One rung of a ladder."""

    id: str
    title: str
    scope: str
    aliases: tuple[tuple[str, str], ...] = ()
    """(company, that company's name for the level) pairs, in file order."""
    expectations: dict[str, Expectation] = field(default_factory=dict)
    """Dimension id → what the level expects along it."""

    @property
    def label(self) -> str:
        """The level as every list of levels shows it: "Senior engineer (L5 / …)"."""
        aliases = self.alias_text()
        return f"{self.title} ({aliases})" if aliases else self.title

    def alias_text(self, limit: int = SHOWN_ALIASES) -> str:
        """The company names of the level, as "L4 / E4 / SDE II".

        A name that is only a number ("65") means nothing on its own, so it is
        shown with its company ("Microsoft 65").
        """
        shown = []
        for company, name in self.aliases[:limit]:
            bare_number = name.replace("-", "").isdigit()
            shown.append(f"{company} {name}" if bare_number else name)
        return " / ".join(shown)


@dataclass(frozen=True)
class Ladder:
    """A whole ladder: its dimensions, then its levels from lowest to highest."""

    id: str
    title: str
    track: str
    dimensions: tuple[Dimension, ...]
    levels: tuple[Level, ...]
    summary: str = ""
    source: str = ""
    """Where the ladder was read from, for messages."""

    def level(self, level_id: str) -> Level | None:
        """Return the level with this id, or None."""
        return next((lvl for lvl in self.levels if lvl.id == level_id), None)

    def find_level(self, name: str) -> Level | None:
        """The level a person names: by id, title or a company's name for it.

        "senior", "Senior engineer", "L5", "Google L5" and "Microsoft 63-64"
        all find their level, in any case. A name two levels share names
        neither.
        """
        wanted = " ".join(name.split()).casefold()
        # "Senior" and "Senior staff" name the ids "senior" and "senior_staff".
        as_id = wanted.replace(" ", "_").replace("-", "_")
        exact = (
            self.level(name)
            or next((lvl for lvl in self.levels if lvl.id.casefold() == as_id), None)
            or next(
                (lvl for lvl in self.levels if lvl.title.casefold() == wanted), None
            )
        )
        if exact is not None:
            return exact
        # The names the app shows beside each level come first: "L5" is the
        # senior level shown as "L5 / E5 / SDE III", whatever others call L5.
        for limit in (SHOWN_ALIASES, None):
            named = {
                lvl.id: lvl
                for lvl in self.levels
                for company, alias in lvl.aliases[:limit]
                if wanted in (alias.casefold(), f"{company} {alias}".casefold())
            }
            if len(named) == 1:
                return next(iter(named.values()))
            if named:
                return None
        return None

    def alias_example(self) -> str:
        """A company's name for one of the levels, to show that such names work.

        Returns:
            The first alias of a level in the middle of the ladder, or of the
            first level that has one; empty when no level has any.
        """
        middle = (len(self.levels) - 1) // 2
        for lvl in (*self.levels[middle:], *self.levels[:middle]):
            if lvl.aliases:
                return lvl.aliases[0][1]
        return ""

    def dimension(self, dimension_id: str) -> Dimension | None:
        """Return the dimension with this id, or None."""
        return next((d for d in self.dimensions if d.id == dimension_id), None)

    def level_after(self, level_id: str) -> Level | None:
        """Return the level above ``level_id``, or None at the top."""
        ids = [lvl.id for lvl in self.levels]
        if level_id not in ids:
            return None
        index = ids.index(level_id) + 1
        return self.levels[index] if index < len(self.levels) else None

    def dimension_name(self, dimension_id: str) -> str:
        """The display name of a dimension; the id itself if the ladder lacks it."""
        found = self.dimension(dimension_id)
        return found.name if found else dimension_id

    def dimension_names(self, dimension_ids: Iterable[str]) -> tuple[str, ...]:
        """The display names of some dimensions, in the ladder's order.

        A win keeps its dimensions in the order they were ticked; wherever they
        are listed, they read in the order the ladder gives them.

        Args:
            dimension_ids: dimension ids, in any order.

        Returns:
            Their names, each once, in the ladder's order; ids the ladder lacks
            follow as they are, in the order given.
        """
        wanted = dict.fromkeys(dimension_ids)
        known = [d.name for d in self.dimensions if d.id in wanted]
        ids = {d.id for d in self.dimensions}
        return (*known, *(d for d in wanted if d not in ids))


@dataclass(frozen=True)
class BrokenLadder:
    """A ladder file that could not be loaded, and why."""

    path: str
    message: str
