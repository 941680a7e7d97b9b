"""Reading YAML data files safely, with file, line and field in every message.

Ladders, the problem catalogue and the manager bank are all YAML written by people.
Files are composed into nodes with safe loading and checked node by node, so that a
value YAML would silently turn into something else (``NO``, ``3.10``, ``10:30``,
``2026-01-05``) is reported rather than used. Anchors and aliases are refused, which
also defeats "billion laughs" files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from careerclimb_tui.errors import CareerClimbError

MAX_YAML_BYTES = 1024 * 1024

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


class YamlFileError(CareerClimbError):
    """A data file that cannot be used, with where and why."""

    exit_code = 2
    title_text = "Data file problem"

    def __init__(self, file: str, line: int | None, field: str, problem: str):
        where = f"{file}, line {line}" if line else file
        label = f"{where}: {field}: {problem}" if field else f"{where}: {problem}"
        super().__init__(label, title=self.title_text)
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem


@dataclass
class NodeReader:
    """Turns a composed YAML node tree into plain values, checking as it goes."""

    file: str
    error_type: type[YamlFileError] = YamlFileError
    """The error raised, so that each kind of file names itself."""
    _seen: set[int] = field(default_factory=set)

    def fail(self, node: yaml.Node | None, where: str, problem: str) -> YamlFileError:
        line = node.start_mark.line + 1 if node is not None else None
        return self.error_type(self.file, line, where, problem)

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
                    join_field(where, key),
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
                    join_field(where, key),
                    f"unknown field; expected one of {', '.join(sorted(allowed))}",
                )
        for key in required:
            if key not in found:
                raise self.fail(node, join_field(where, key), "missing field")
        return found


def join_field(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _untab_line_ends(text: str) -> str:
    """Replace with spaces the tabs that only separate a value from a comment.

    libyaml accepts ``title: Mid<TAB># note`` but the pure-Python parser does not;
    turning those tabs into spaces makes both agree. Each tab becomes one space, so
    lines and columns in messages stay true, and a tab that indents a line is left
    alone to be reported.
    """
    return _TRAILING_TABS.sub(lambda match: " " * len(match.group()), text)


def _syntax_error(
    error: yaml.MarkedYAMLError, text: str, file: str, error_type: type[YamlFileError]
) -> YamlFileError:
    """The message for text that is not YAML, pointing at the line and column."""
    problem = (error.problem or str(error)).strip()
    mark = error.problem_mark or error.context_mark
    if mark is None:
        return error_type(file, None, "", problem)

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
    return error_type(file, row + 1, "", f"{problem}, column {column + 1}{hint}")


def compose_checked(
    text: str, file: str, error_type: type[YamlFileError] = YamlFileError
) -> yaml.Node:
    """Compose YAML text into nodes, turning every failure into a clear error.

    Raises:
        YamlFileError: (of ``error_type``) for text that is not YAML or is empty.
    """
    try:
        root = yaml.compose(_untab_line_ends(text), Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, text, file, error_type) from None
    except yaml.YAMLError as error:
        raise error_type(file, None, "", f"not valid YAML: {error}") from None
    except RecursionError:
        raise error_type(
            file, None, "", "lists or mappings are nested too deeply"
        ) from None
    if root is None:
        raise error_type(file, None, "", "the file is empty")
    return root


def read_yaml_text(
    path: Path,
    error_type: type[YamlFileError] = YamlFileError,
    max_bytes: int = MAX_YAML_BYTES,
) -> str:
    """Read a YAML file's text: size-checked, UTF-8, a leading BOM accepted.

    Raises:
        YamlFileError: (of ``error_type``) when the file is too large, unreadable
            or not UTF-8.
    """
    file = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            # Rounded up, so that a file just over the limit never reads as equal.
            raise error_type(
                file,
                None,
                "",
                f"the file is {-(-size // 1024)} KiB; it may be at most "
                f"{max_bytes // 1024} KiB",
            )
        raw = path.read_bytes()
    except OSError as error:
        raise error_type(file, None, "", f"cannot be read: {error.strerror}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise error_type(file, line, "", "is not UTF-8 text") from None
