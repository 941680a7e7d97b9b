"""Loading and validating ladder YAML files.

The bundled ladders live beside this module; a user's own ladders live in the
``ladders`` folder of their CareerClimb home. Files are read with safe YAML loading and
validated node by node, so every problem is reported with the file, line and field.
Anchors and aliases are refused, which also defeats "billion laughs" files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from careerclimb_tui.domain.ladder import (
    BrokenLadder,
    Dimension,
    Expectation,
    Ladder,
    Level,
)
from careerclimb_tui.errors import CareerClimbError

BUNDLED_DIR = Path(__file__).parent
MAX_LADDER_BYTES = 1024 * 1024
MIN_EXAMPLES = 3

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Blanks holding a tab, after some content, that end the line or precede a comment.
_TRAILING_TABS = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=#|\r?$)", re.MULTILINE)

_STR_TAG = "tag:yaml.org,2002:str"
_MISREADINGS = {
    "tag:yaml.org,2002:bool": "a true/false value",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:timestamp": "a date",
    "tag:yaml.org,2002:null": "nothing (an empty value)",
}


class LadderError(CareerClimbError):
    """A ladder file that cannot be used, with where and why."""

    exit_code = 2

    def __init__(self, file: str, line: int | None, field: str, problem: str):
        where = f"{file}, line {line}" if line else file
        label = f"{where}: {field}: {problem}" if field else f"{where}: {problem}"
        super().__init__(label, title="Ladder file problem")
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem


@dataclass
class _NodeReader:
    """Turns a composed YAML node tree into plain values, checking as it goes."""

    file: str
    _seen: set[int] = field(default_factory=set)

    def fail(self, node: yaml.Node | None, where: str, problem: str) -> LadderError:
        line = node.start_mark.line + 1 if node is not None else None
        return LadderError(self.file, line, where, problem)

    def _visit(self, node: yaml.Node, where: str) -> None:
        if id(node) in self._seen:
            raise self.fail(
                node, where, "anchors and aliases (&name, *name) are not allowed here"
            )
        self._seen.add(id(node))

    def mapping(self, node: yaml.Node, where: str) -> dict[str, yaml.Node]:
        """Read a mapping whose keys are text; duplicate keys name both lines."""
        self._visit(node, where)
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, where or "document", "expected a mapping of keys")
        result: dict[str, yaml.Node] = {}
        key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = self.text(key_node, f"{where}.<key>" if where else "<key>")
            line = key_node.start_mark.line + 1
            if key in result:
                raise self.fail(
                    key_node,
                    _join(where, key),
                    f"the key {key!r} appears twice (lines {key_lines[key]} "
                    f"and {line}); keep one",
                )
            result[key] = value_node
            key_lines[key] = line
        return result

    def text(self, node: yaml.Node, where: str) -> str:
        """Read a scalar meant as text, refusing values YAML read as something else."""
        self._visit(node, where)
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, where, "expected text")
        if node.tag != _STR_TAG:
            seen_as = _MISREADINGS.get(node.tag, f"type {node.tag}")
            raise self.fail(
                node,
                where,
                f"{node.value!r} was read as {seen_as}, not text; "
                f'put it in quotes: "{node.value}"',
            )
        if not node.value.strip():
            raise self.fail(node, where, "is empty")
        return node.value

    def text_list(self, node: yaml.Node, where: str, minimum: int) -> tuple[str, ...]:
        self._visit(node, where)
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, where, "expected a list")
        items = tuple(
            self.text(item, f"{where}[{index}]")
            for index, item in enumerate(node.value)
        )
        if len(items) < minimum:
            raise self.fail(
                node, where, f"needs at least {minimum} items, has {len(items)}"
            )
        return items

    def sequence(self, node: yaml.Node, where: str) -> list[yaml.Node]:
        self._visit(node, where)
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, where, "expected a list")
        if not node.value:
            raise self.fail(node, where, "is an empty list")
        return list(node.value)

    def fields(
        self,
        node: yaml.Node,
        where: str,
        required: Iterable[str],
        optional: Iterable[str] = (),
    ) -> dict[str, yaml.Node]:
        """Read a mapping with a fixed set of keys: missing or unknown keys fail."""
        found = self.mapping(node, where)
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key, value in found.items():
            if key not in allowed:
                raise self.fail(
                    value,
                    _join(where, key),
                    f"unknown field; expected one of {', '.join(sorted(allowed))}",
                )
        for key in required:
            if key not in found:
                raise self.fail(node, _join(where, key), "missing field")
        return found


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _untab_line_ends(text: str) -> str:
    """Replace with spaces the tabs that only separate a value from a comment.

    libyaml accepts ``title: Mid<TAB># note`` but the pure-Python parser does not;
    turning those tabs into spaces makes both agree. Each tab becomes one space, so
    lines and columns in messages stay true, and a tab that indents a line is left
    alone to be reported.
    """
    return _TRAILING_TABS.sub(lambda match: " " * len(match.group()), text)


def _syntax_error(error: yaml.MarkedYAMLError, text: str, file: str) -> LadderError:
    """The message for text that is not YAML, pointing at the line and column."""
    problem = (error.problem or str(error)).strip()
    mark = error.problem_mark or error.context_mark
    if mark is None:
        return LadderError(file, None, "", problem)

    lines = text.splitlines() or [""]
    # At the end of the stream the mark can sit on the line after the last one.
    row, column = mark.line, mark.column
    if row >= len(lines):
        row, column = len(lines) - 1, len(lines[-1])
    line_text = lines[row]
    indent = line_text[: len(line_text) - len(line_text.lstrip(" \t"))]
    hint = ""
    if "\t" in indent:
        hint = " (a tab is used for indentation; use spaces)"
    elif "\t" in line_text or "\\t" in problem:
        hint = " (YAML does not allow a tab here; use spaces)"
    return LadderError(file, row + 1, "", f"{problem}, column {column + 1}{hint}")


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
    try:
        root = yaml.compose(_untab_line_ends(text), Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, text, file) from None
    except yaml.YAMLError as error:
        raise LadderError(file, None, "", f"not valid YAML: {error}") from None
    except RecursionError:
        raise LadderError(
            file, None, "", "lists or mappings are nested too deeply"
        ) from None
    if root is None:
        raise LadderError(file, None, "", "the file is empty")

    reader = _NodeReader(file)
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


def _read_dimensions(reader: _NodeReader, node: yaml.Node) -> list[Dimension]:
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
    reader: _NodeReader, node: yaml.Node, where: str, dimension_ids: list[str]
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
    file = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_LADDER_BYTES:
            # Rounded up, so that a file just over the limit never reads as equal.
            raise LadderError(
                file,
                None,
                "",
                f"the file is {-(-size // 1024)} KiB; a ladder may be at most "
                f"{MAX_LADDER_BYTES // 1024} KiB",
            )
        raw = path.read_bytes()
    except OSError as error:
        raise LadderError(file, None, "", f"cannot be read: {error.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise LadderError(file, line, "", "is not UTF-8 text") from None
    return parse_ladder(text, file)


@dataclass
class LadderShelf:
    """Every ladder found: the good ones by id, and the broken ones with reasons."""

    ladders: dict[str, Ladder] = field(default_factory=dict)
    broken: list[BrokenLadder] = field(default_factory=list)

    def get(self, ladder_id: str) -> Ladder | None:
        return self.ladders.get(ladder_id)


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
    user ladder with the id of a bundled one replaces it.

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
            shelf.ladders[ladder.id] = ladder
    return shelf
