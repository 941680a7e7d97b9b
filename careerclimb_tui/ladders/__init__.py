"""Loading and validating ladder YAML files.

The bundled ladders live beside this module; a user's own ladders live in the
``ladders`` folder of their CareerClimb home. Files are read with safe YAML loading and
validated node by node, so every problem is reported with the file, line and field.
Anchors and aliases are refused, which also defeats "billion laughs" files.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from careerclimb_tui import catalogue
from careerclimb_tui.domain.ladder import (
    BrokenLadder,
    Dimension,
    Expectation,
    Ladder,
    Level,
)
from careerclimb_tui.yamlfile import (
    NodeReader,
    YamlFileError,
    compose_checked,
    read_yaml_text,
)

BUNDLED_DIR = Path(__file__).parent
MAX_LADDER_BYTES = 1024 * 1024
MIN_EXAMPLES = 3


class LadderError(YamlFileError):
    """A ladder file that cannot be used, with where and why."""

    title_text = "Ladder file problem"


def parse_ladder(text: str, file: str) -> Ladder:
    """Parse and validate the text of a ladder file.

    Args:
        text: the YAML text.
        file: the name to use in messages (usually the path).

    Returns:
        The ladder.

    Raises:
        LadderError: naming the file, line and field of the first problem found.
    """
    root = compose_checked(text, file, LadderError)

    reader = NodeReader(file, LadderError)
    top = reader.fields(
        root, "", ("id", "title", "dimensions", "levels"), ("track", "summary")
    )
    dimensions = _read_dimensions(reader, top["dimensions"])
    dimension_ids = [d.id for d in dimensions]
    levels: list[Level] = []
    level_lines: dict[str, int] = {}
    for index, level_node in enumerate(reader.sequence(top["levels"], "levels")):
        level = _read_level(reader, level_node, f"levels[{index}]", dimension_ids)
        line = level_node.start_mark.line + 1
        if level.id in level_lines:
            raise reader.fail(
                level_node,
                f"levels[{index}].id",
                f"level id {level.id!r} is used twice (lines "
                f"{level_lines[level.id]} and {line})",
            )
        level_lines[level.id] = line
        levels.append(level)

    return Ladder(
        id=reader.text(top["id"], "id"),
        title=reader.text(top["title"], "title"),
        track=reader.text(top["track"], "track")
        if "track" in top
        else "software engineer",
        summary=reader.text(top["summary"], "summary") if "summary" in top else "",
        dimensions=tuple(dimensions),
        levels=tuple(levels),
        source=file,
    )


def _read_dimensions(reader: NodeReader, node: yaml.Node) -> list[Dimension]:
    dimensions: list[Dimension] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(reader.sequence(node, "dimensions")):
        where = f"dimensions[{index}]"
        raw = reader.fields(item, where, ("id", "name"), ("summary",))
        dimension_id = reader.text(raw["id"], f"{where}.id")
        line = item.start_mark.line + 1
        if dimension_id in seen:
            raise reader.fail(
                item,
                f"{where}.id",
                f"dimension id {dimension_id!r} is used twice (lines "
                f"{seen[dimension_id]} and {line})",
            )
        seen[dimension_id] = line
        summary = raw.get("summary")
        dimensions.append(
            Dimension(
                id=dimension_id,
                name=reader.text(raw["name"], f"{where}.name"),
                summary=reader.text(summary, f"{where}.summary") if summary else "",
            )
        )
    return dimensions


def _read_level(
    reader: NodeReader, node: yaml.Node, where: str, dimension_ids: list[str]
) -> Level:
    raw = reader.fields(
        node, where, ("id", "title", "scope", "dimensions"), ("aliases",)
    )
    aliases: list[tuple[str, str]] = []
    if "aliases" in raw:
        alias_map = reader.mapping(raw["aliases"], f"{where}.aliases")
        for company, value in alias_map.items():
            aliases.append((company, reader.text(value, f"{where}.aliases.{company}")))

    expectations: dict[str, Expectation] = {}
    dims_where = f"{where}.dimensions"
    by_dimension = reader.mapping(raw["dimensions"], dims_where)
    for dimension_id, value in by_dimension.items():
        here = f"{dims_where}.{dimension_id}"
        if dimension_id not in dimension_ids:
            raise reader.fail(
                value,
                here,
                f"unknown dimension {dimension_id!r}; the ladder names "
                f"{', '.join(dimension_ids)}",
            )
        parts = reader.fields(
            value, here, ("expectation", "current_level", "next_level")
        )
        expectations[dimension_id] = Expectation(
            expectation=reader.text(parts["expectation"], f"{here}.expectation"),
            current_level=reader.text_list(
                parts["current_level"], f"{here}.current_level", MIN_EXAMPLES
            ),
            next_level=reader.text_list(
                parts["next_level"], f"{here}.next_level", MIN_EXAMPLES
            ),
        )
    for dimension_id in dimension_ids:
        if dimension_id not in expectations:
            raise reader.fail(
                raw["dimensions"], f"{dims_where}.{dimension_id}", "missing dimension"
            )

    return Level(
        id=reader.text(raw["id"], f"{where}.id"),
        title=reader.text(raw["title"], f"{where}.title"),
        scope=reader.text(raw["scope"], f"{where}.scope"),
        aliases=tuple(aliases),
        expectations=expectations,
    )


def load_ladder(path: Path) -> Ladder:
    """Read and validate one ladder file.

    Raises:
        LadderError: when the file cannot be read or is not a valid ladder.
    """
    text = read_yaml_text(path, LadderError, MAX_LADDER_BYTES)
    return _parsed_ladder(text, str(path))


@functools.lru_cache(maxsize=16)
def _parsed_ladder(text: str, file: str) -> Ladder:
    """The ladder in ``text``, parsed once per text and file.

    A file is read every time, so an edited file is always parsed anew; an unchanged
    one (the bundled ladder, opened by every window) is not. A ladder is frozen, so
    the one ladder can be handed to every caller. A file that fails to parse is not
    remembered and fails again the next time.
    """
    return parse_ladder(text, file)


@dataclass
class LadderShelf:
    """Every ladder found: the good ones by id, and the broken ones with reasons."""

    ladders: dict[str, Ladder] = field(default_factory=dict)
    broken: list[BrokenLadder] = field(default_factory=list)
    replaced: dict[str, str] = field(default_factory=dict)
    """Ids of bundled ladders a user's own ladder replaces, each with the bundled
    file it replaces."""

    def get(self, ladder_id: str) -> Ladder | None:
        return self.ladders.get(ladder_id)

    def is_users(self, ladder: Ladder) -> bool:
        """Whether a ladder comes from the user's own folder, not the bundled one."""
        return Path(ladder.source).parent != BUNDLED_DIR

    def sharing_title(self, title: str, source: str = "") -> list[Ladder]:
        """The ladders titled ``title``, apart from the one loaded from ``source``.

        Args:
            title: the title to look for, compared without case or extra spaces.
            source: the file of the ladder asking, left out of the answer.

        Returns:
            The other ladders with that title, in shelf order.
        """
        wanted = _title_key(title)
        return [
            ladder
            for ladder in self.ladders.values()
            if _title_key(ladder.title) == wanted and ladder.source != source
        ]

    def choices(self) -> list[tuple[str, str]]:
        """(label, id) for each ladder, as a drop-down offers them.

        Ladders that share a title carry where they come from after it: a user's
        own by its file name, a bundled one as bundled, so they can be told apart.
        """
        return [
            (self._choice_label(ladder), ladder.id) for ladder in self.ladders.values()
        ]

    def _choice_label(self, ladder: Ladder) -> str:
        if not self.sharing_title(ladder.title, ladder.source):
            return ladder.title
        if not self.is_users(ladder):
            return catalogue.LADDER_CHOICE_BUNDLED.format(title=ladder.title)
        return catalogue.LADDER_CHOICE_WITH_FILE.format(
            title=ladder.title, file=Path(ladder.source).name
        )


def _title_key(title: str) -> str:
    return " ".join(title.split()).casefold()


def ladder_files(folder: Path) -> list[Path]:
    """The ladder files in a folder, in name order; none if it does not exist."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.suffix in {".yaml", ".yml"} and p.is_file()
    )


def load_shelf(user_dir: Path | None = None) -> LadderShelf:
    """Load the bundled ladders, then the user's own.

    A broken user ladder is listed with its message and never stops the others. A
    user ladder with the id of a bundled one replaces it, and the shelf remembers
    which bundled file it replaced.

    Args:
        user_dir: the folder of the user's own ladders, if any.

    Returns:
        The shelf of ladders.
    """
    shelf = LadderShelf()
    folders = [BUNDLED_DIR] + ([user_dir] if user_dir is not None else [])
    for folder in folders:
        for path in ladder_files(folder):
            try:
                ladder = load_ladder(path)
            except LadderError as error:
                shelf.broken.append(BrokenLadder(str(path), error.message))
                continue
            before = shelf.ladders.get(ladder.id)
            if folder is not BUNDLED_DIR and before is not None:
                if not shelf.is_users(before):
                    shelf.replaced[ladder.id] = before.source
            shelf.ladders[ladder.id] = ladder
    return shelf


def bundled_ladder_ids() -> dict[str, str]:
    """The ids of the bundled ladders, each with its file.

    A bundled file that fails to load is left out: it cannot be replaced.
    """
    ids: dict[str, str] = {}
    for path in ladder_files(BUNDLED_DIR):
        try:
            ids[load_ladder(path).id] = str(path)
        except LadderError:
            continue
    return ids
