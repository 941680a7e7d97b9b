"""Loading the data catalogues other than ladders, starting with the problem catalog.

Bundled catalogues live beside this module; a user's own live in sub-folders of
their CareerClimb folder (``problems/`` for problems). Every file is read with the
checked YAML reader, so a problem is reported with the file, the line and the
field, and a value YAML would misread (``NO``, ``3.10``, a date) is refused.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from careerclimb_tui import catalogue
from careerclimb_tui.domain.problems import (
    BETTER_DIRECTIONS,
    ProblemEntry,
    ProblemMeasure,
)
from careerclimb_tui.yamlfile import (
    NodeReader,
    YamlFileError,
    compose_checked,
    join_field,
    read_yaml_text,
)

BUNDLED_DIR = Path(__file__).parent
BUNDLED_PROBLEMS = BUNDLED_DIR / "problems.yaml"
USER_PROBLEMS_FOLDER = "problems"
"""The sub-folder of the user's folder that holds their own problem files."""
MAX_CATALOG_BYTES = 1024 * 1024

MIN_SYMPTOMS = 2
MIN_FIRST_STEPS = 2
MIN_KEYWORDS = 3

_ENTRY_FIELDS = (
    "id",
    "title",
    "symptoms",
    "why_next_level",
    "dimensions",
    "first_steps",
    "who_agrees",
    "measures",
    "keywords",
)
_MEASURE_FIELDS = ("name", "unit", "better")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class CatalogError(YamlFileError):
    """A catalogue file that cannot be used, with where and why."""

    title_text = "Catalogue file problem"


@dataclass(frozen=True)
class BrokenCatalogFile:
    """A catalogue file that could not be loaded, and why."""

    path: str
    message: str


def catalog_files(folder: Path) -> list[Path]:
    """The YAML files in a folder, in name order; none if it does not exist."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.suffix in {".yaml", ".yml"} and p.is_file()
    )


# --- The problem catalog ---------------------------------------------------------


@dataclass(frozen=True)
class _Placed:
    """An entry with the line it starts on, to name both places of a duplicate."""

    entry: ProblemEntry
    line: int
    where: str
    """The entry's place in its file, such as ``problems[2]``."""


def _read_measure(reader: NodeReader, node: yaml.Node, where: str) -> ProblemMeasure:
    raw = reader.fields(node, where, _MEASURE_FIELDS)
    better = reader.text(raw["better"], f"{where}.better")
    if better not in BETTER_DIRECTIONS:
        raise reader.fail(
            raw["better"],
            f"{where}.better",
            catalogue.CATALOG_BAD_BETTER.format(
                value=better, allowed=" or ".join(BETTER_DIRECTIONS)
            ),
        )
    return ProblemMeasure(
        name=reader.text(raw["name"], f"{where}.name"),
        unit=reader.text(raw["unit"], f"{where}.unit"),
        better=better,
    )


def _read_dimensions(
    reader: NodeReader, node: yaml.Node, where: str, known: Collection[str]
) -> tuple[str, ...]:
    ids = reader.text_list(node, where, 1)
    seen: set[str] = set()
    for index, (dimension_id, item) in enumerate(zip(ids, node.value, strict=True)):
        here = f"{where}[{index}]"
        if dimension_id not in known:
            raise reader.fail(
                item,
                here,
                catalogue.CATALOG_UNKNOWN_DIMENSION.format(
                    id=dimension_id, known=", ".join(sorted(known))
                ),
            )
        if dimension_id in seen:
            raise reader.fail(
                item, here, catalogue.CATALOG_REPEATED_DIMENSION.format(id=dimension_id)
            )
        seen.add(dimension_id)
    return ids


def _read_entry(
    reader: NodeReader, node: yaml.Node, where: str, known: Collection[str]
) -> ProblemEntry:
    raw = reader.fields(node, where, _ENTRY_FIELDS)

    entry_id = reader.text(raw["id"], join_field(where, "id"))
    if not _ID.match(entry_id):
        raise reader.fail(
            raw["id"],
            join_field(where, "id"),
            catalogue.CATALOG_BAD_ID.format(id=entry_id),
        )

    measures_where = join_field(where, "measures")
    measures: list[ProblemMeasure] = []
    names: dict[str, int] = {}
    for index, item in enumerate(reader.sequence(raw["measures"], measures_where)):
        measure = _read_measure(reader, item, f"{measures_where}[{index}]")
        line = item.start_mark.line + 1
        if measure.name.casefold() in names:
            raise reader.fail(
                item,
                f"{measures_where}[{index}].name",
                catalogue.CATALOG_REPEATED_MEASURE.format(
                    name=measure.name, first=names[measure.name.casefold()], line=line
                ),
            )
        names[measure.name.casefold()] = line
        measures.append(measure)

    return ProblemEntry(
        id=entry_id,
        title=reader.text(raw["title"], join_field(where, "title")),
        symptoms=reader.text_list(
            raw["symptoms"], join_field(where, "symptoms"), MIN_SYMPTOMS
        ),
        why_next_level=reader.text(
            raw["why_next_level"], join_field(where, "why_next_level")
        ),
        dimensions=_read_dimensions(
            reader, raw["dimensions"], join_field(where, "dimensions"), known
        ),
        first_steps=reader.text_list(
            raw["first_steps"], join_field(where, "first_steps"), MIN_FIRST_STEPS
        ),
        who_agrees=reader.text_list(
            raw["who_agrees"], join_field(where, "who_agrees"), 1
        ),
        measures=tuple(measures),
        keywords=reader.text_list(
            raw["keywords"], join_field(where, "keywords"), MIN_KEYWORDS
        ),
        source=reader.file,
    )


def _parse_placed(
    text: str, file: str, dimension_ids: Collection[str]
) -> list[_Placed]:
    root = compose_checked(text, file, CatalogError)
    reader = NodeReader(file, CatalogError)
    top = reader.fields(root, "", ("problems",))

    placed: list[_Placed] = []
    lines: dict[str, int] = {}
    for index, node in enumerate(reader.sequence(top["problems"], "problems")):
        where = f"problems[{index}]"
        entry = _read_entry(reader, node, where, dimension_ids)
        line = node.start_mark.line + 1
        if entry.id in lines:
            raise reader.fail(
                node,
                f"{where}.id",
                catalogue.CATALOG_DUPLICATE_ID.format(
                    id=entry.id, first=lines[entry.id], line=line
                ),
            )
        lines[entry.id] = line
        placed.append(_Placed(entry, line, where))
    return placed


def parse_problem_catalog(
    text: str, file: str, dimension_ids: Collection[str]
) -> tuple[ProblemEntry, ...]:
    """Parse and validate the text of a problem catalog file.

    Args:
        text: the YAML text.
        file: the name to use in messages (usually the path).
        dimension_ids: the ladder dimension ids an entry may name.

    Returns:
        The entries, in file order.

    Raises:
        CatalogError: naming the file, line and field of the first problem found.
    """
    return tuple(p.entry for p in _parse_placed(text, file, dimension_ids))


def load_problem_file(
    path: Path, dimension_ids: Collection[str]
) -> tuple[ProblemEntry, ...]:
    """Read and validate one problem catalog file.

    Raises:
        CatalogError: when the file cannot be read or is not a valid catalog.
    """
    text = read_yaml_text(path, CatalogError, MAX_CATALOG_BYTES)
    return parse_problem_catalog(text, str(path), dimension_ids)


@dataclass
class ProblemShelf:
    """Every problem entry found, by id, and the files that could not be read.

    Iterating over the shelf gives the entries: bundled ones first, in file order,
    then the user's own.
    """

    problems: dict[str, ProblemEntry] = field(default_factory=dict)
    broken: list[BrokenCatalogFile] = field(default_factory=list)

    def get(self, problem_id: str | None) -> ProblemEntry | None:
        """The entry with this id, or None (also for None)."""
        return self.problems.get(problem_id) if problem_id else None

    def __iter__(self) -> Iterator[ProblemEntry]:
        return iter(self.problems.values())

    def __len__(self) -> int:
        return len(self.problems)


def bundled_dimension_ids() -> frozenset[str]:
    """The dimension ids of the bundled software-engineer ladder."""
    # Imported here: the ladder loader is only needed when no ids are given.
    from careerclimb_tui.ladders import BUNDLED_DIR as LADDERS_DIR
    from careerclimb_tui.ladders import load_ladder

    ladder = load_ladder(LADDERS_DIR / "software-engineer.yaml")
    return frozenset(d.id for d in ladder.dimensions)


def load_problem_catalog(
    user_dir: Path | None = None, dimension_ids: Collection[str] | None = None
) -> ProblemShelf:
    """Load the bundled problem catalog, then the user's own problem files.

    The user's files are the ``*.yaml`` and ``*.yml`` files in ``problems/`` under
    ``user_dir``. A broken file is listed with its message and never stops the
    others; a file is taken whole or not at all. A user entry with the id of a
    bundled one replaces it, so wording can be tailored; an id defined in two of
    the user's files is an error in the second file, naming both places.

    Args:
        user_dir: the user's CareerClimb folder, if any.
        dimension_ids: the dimension ids entries may name; the bundled ladder's
            when not given.

    Returns:
        The shelf of problems.
    """
    known = (
        frozenset(dimension_ids)
        if dimension_ids is not None
        else bundled_dimension_ids()
    )
    shelf = ProblemShelf()
    # Where each id was defined by one of the user's files: (file, line).
    user_defined: dict[str, tuple[str, int]] = {}

    paths = [BUNDLED_PROBLEMS]
    if user_dir is not None:
        paths += catalog_files(user_dir / USER_PROBLEMS_FOLDER)
    for path in paths:
        try:
            text = read_yaml_text(path, CatalogError, MAX_CATALOG_BYTES)
            placed = _parse_placed(text, str(path), known)
            if path != BUNDLED_PROBLEMS:
                _refuse_ids_from_other_user_files(placed, str(path), user_defined)
        except CatalogError as error:
            shelf.broken.append(BrokenCatalogFile(str(path), error.message))
            continue
        for item in placed:
            shelf.problems[item.entry.id] = item.entry
            if path != BUNDLED_PROBLEMS:
                user_defined[item.entry.id] = (str(path), item.line)
    return shelf


def _refuse_ids_from_other_user_files(
    placed: list[_Placed], file: str, user_defined: dict[str, tuple[str, int]]
) -> None:
    """Raise when an entry reuses an id that another of the user's files defined."""
    for item in placed:
        if item.entry.id in user_defined:
            other_file, other_line = user_defined[item.entry.id]
            raise CatalogError(
                file,
                item.line,
                f"{item.where}.id",
                catalogue.CATALOG_ID_IN_OTHER_FILE.format(
                    id=item.entry.id, other=other_file, line=other_line
                ),
            )
