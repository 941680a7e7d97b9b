"""Ladder files: the bundled ladder, every kind of bad file, and the user's shelf."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import careerclimb_tui.yamlfile as yamlfile
from careerclimb_tui.ladders import (
    BUNDLED_DIR,
    MAX_LADDER_BYTES,
    LadderError,
    load_ladder,
    load_shelf,
    parse_ladder,
)

LADDERS = Path(__file__).parent / "data" / "ladders"
VALID = LADDERS / "valid-minimal.yaml"
BUNDLED = BUNDLED_DIR / "software-engineer.yaml"

# libyaml and the pure-Python parser disagree on some inputs; the loader must not.
PARSERS = [
    pytest.param(yaml.SafeLoader, id="pure-python"),
    pytest.param(getattr(yaml, "CSafeLoader", yaml.SafeLoader), id="libyaml"),
]


@contextmanager
def parsing_with(loader: type) -> Iterator[None]:
    """Make the ladder loader use one particular YAML parser for a while."""
    with mock.patch.object(yamlfile, "_Loader", loader):
        yield


def load_error(path: Path) -> LadderError:
    """The error that loading ``path`` raises; fails the test if it loads."""
    with pytest.raises(LadderError) as caught:
        load_ladder(path)
    return caught.value


def all_next_level_text(ladder_level_id: str) -> str:
    ladder = load_ladder(BUNDLED)
    level = ladder.level(ladder_level_id)
    assert level is not None
    items = [item for e in level.expectations.values() for item in e.next_level]
    return " ".join(items).casefold()


# --- the bundled ladder ---------------------------------------------------------


def test_bundled_ladder_has_six_levels_from_junior_to_principal() -> None:
    ladder = load_ladder(BUNDLED)

    assert [level.id for level in ladder.levels] == [
        "junior",
        "mid",
        "senior",
        "staff",
        "senior_staff",
        "principal",
    ]
    assert len(ladder.dimensions) >= 6


def test_bundled_ladder_describes_every_dimension_at_every_level() -> None:
    ladder = load_ladder(BUNDLED)
    dimension_ids = {d.id for d in ladder.dimensions}

    for level in ladder.levels:
        assert set(level.expectations) == dimension_ids, level.id
        for dimension_id, expectation in level.expectations.items():
            where = f"{level.id}.{dimension_id}"
            assert expectation.expectation.strip(), where
            assert len(expectation.current_level) >= 3, where
            assert len(expectation.next_level) >= 3, where


@pytest.mark.parametrize(
    "level_id, phrases",
    [
        ("mid", ["scope", "unblock", "rfc", "decision", "how the team works"]),
        ("senior", ["known", "across the organisation", "leadership", "initiative"]),
    ],
)
def test_bundled_next_level_signals_name_what_promotion_needs(
    level_id: str, phrases: list[str]
) -> None:
    text = all_next_level_text(level_id)

    missing = [phrase for phrase in phrases if phrase not in text]

    assert not missing, f"{level_id} next-level signals never mention {missing}"


def test_bundled_ladder_is_on_the_shelf_with_nothing_broken() -> None:
    shelf = load_shelf()

    assert "software-engineer" in shelf.ladders
    assert shelf.broken == []


# --- good files -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["valid-minimal.yaml", "byte-order-mark.yaml", "tab-before-comment.yaml"]
)
def test_good_ladder_files_load(name: str) -> None:
    ladder = load_ladder(LADDERS / name)

    assert ladder.id == "minimal"
    assert [level.id for level in ladder.levels] == ["junior", "mid"]
    assert ladder.levels[0].aliases == (("Acme", "A1"), ("Globex", "G2"))
    assert ladder.source == str(LADDERS / name)


@pytest.mark.parametrize("loader", PARSERS)
def test_tab_before_a_trailing_comment_is_accepted_by_either_parser(
    loader: type,
) -> None:
    with parsing_with(loader):
        ladder = load_ladder(LADDERS / "tab-before-comment.yaml")

    mid = ladder.level("mid")
    assert mid is not None and mid.title == "Mid"


# --- bad files: each names the file, the line and the field ---------------------

BAD_FILES = [
    # file, line, field, words the problem must contain
    ("missing-field.yaml", 30, "levels[1].dimensions.scope_impact.expectation",
     "missing field"),
    ("duplicate-level-id.yaml", 25, "levels[1].id", "lines 10 and 25"),
    ("unknown-dimension.yaml", 34, "levels[1].dimensions.speed",
     "unknown dimension 'speed'"),
    ("value-no.yaml", 13, "levels[0].aliases.Acme", "true/false"),
    ("value-yes.yaml", 35, "levels[1].dimensions.execution.current_level[1]",
     "true/false"),
    ("value-on.yaml", 18, "levels[0].dimensions.scope_impact.expectation",
     "true/false"),
    ("value-version.yaml", 26, "levels[1].title", "'3.10' was read as a number"),
    ("value-clock-time.yaml", 15, "levels[0].scope", "'10:30' was read as a number"),
    ("value-date.yaml", 3, "title", "'2026-01-05' was read as a date"),
    ("key-no.yaml", 14, "levels[0].aliases.<key>", "'NO' was read as a true/false"),
    ("key-yes.yaml", 21, "levels[0].dimensions.<key>",
     "'yes' was read as a true/false"),
    ("key-on.yaml", 8, "dimensions[1].<key>", "'on' was read as a true/false"),
    ("duplicate-key.yaml", 27, "levels[1].title", "appears twice (lines 26 and 27)"),
    ("alias-text.yaml", 13, "levels[0].aliases.Globex", "anchors and aliases"),
    ("billion-laughs.yaml", 19, "levels[0].dimensions.scope_impact.next_level[0]",
     "anchors and aliases"),
    ("list-not-mapping.yaml", 2, "document", "expected a mapping"),
]  # fmt: skip


@pytest.mark.parametrize(
    "name, line, field, problem", BAD_FILES, ids=[row[0] for row in BAD_FILES]
)
def test_bad_ladder_file_is_refused_naming_file_line_and_field(
    name: str, line: int, field: str, problem: str
) -> None:
    error = load_error(LADDERS / name)

    assert (error.line, error.field) == (line, field)
    assert problem in error.problem
    assert name in error.message
    assert f"line {line}:" in error.message
    assert f": {field}: " in error.message


@pytest.mark.parametrize("name", ["value-no.yaml", "value-version.yaml"])
def test_misread_value_message_says_how_to_quote_it(name: str) -> None:
    error = load_error(LADDERS / name)

    assert "put it in quotes" in error.problem


def test_tab_indentation_is_refused_with_line_and_column() -> None:
    error = load_error(LADDERS / "tab-indentation.yaml")

    assert error.line == 27
    assert "tab-indentation.yaml, line 27:" in error.message
    assert "column 1" in error.problem
    assert "tab is used for indentation" in error.problem


@pytest.mark.parametrize("loader", PARSERS)
def test_tab_indentation_is_refused_by_either_parser(loader: type) -> None:
    with parsing_with(loader):
        error = load_error(LADDERS / "tab-indentation.yaml")

    assert error.line == 27
    assert "tab is used for indentation" in error.problem


@pytest.mark.parametrize("loader", PARSERS)
def test_file_cut_off_mid_list_points_at_its_last_line(loader: type) -> None:
    with parsing_with(loader):
        error = load_error(LADDERS / "truncated.yaml")

    assert error.line == 31
    assert "truncated.yaml, line 31:" in error.message
    assert "column" in error.problem


@pytest.mark.parametrize("loader", PARSERS)
def test_deeply_nested_file_is_refused_by_either_parser(loader: type) -> None:
    with parsing_with(loader):
        error = load_error(LADDERS / "deep-nesting.yaml")

    assert "deep-nesting.yaml" in error.message
    assert "nest" in error.problem


@pytest.mark.parametrize("name", ["empty.yaml", "only-comments.yaml"])
def test_empty_ladder_file_is_refused(name: str) -> None:
    error = load_error(LADDERS / name)

    assert name in error.message
    assert "empty" in error.problem


def test_ladder_file_that_is_not_utf8_names_the_line() -> None:
    error = load_error(LADDERS / "not-utf8.yaml")

    assert error.line == 26
    assert "not-utf8.yaml, line 26:" in error.message
    assert "UTF-8" in error.problem


def padded_ladder(path: Path, size: int) -> Path:
    """Write the minimal ladder to ``path``, padded with a comment to ``size`` bytes."""
    text = VALID.read_text(encoding="utf-8")
    path.write_text(text + "#" * (size - len(text) - 1) + "\n", encoding="utf-8")
    assert path.stat().st_size == size
    return path


def test_ladder_file_over_one_mebibyte_is_refused(tmp_path: Path) -> None:
    big = padded_ladder(tmp_path / "huge.yaml", MAX_LADDER_BYTES + 1)

    error = load_error(big)

    assert "huge.yaml" in error.message
    assert "1025 KiB" in error.problem
    assert "at most 1024 KiB" in error.problem


def test_ladder_file_of_exactly_one_mebibyte_is_read(tmp_path: Path) -> None:
    edge = padded_ladder(tmp_path / "edge.yaml", MAX_LADDER_BYTES)

    assert load_ladder(edge).id == "minimal"


def test_unreadable_ladder_path_is_a_ladder_error(tmp_path: Path) -> None:
    error = load_error(tmp_path / "missing.yaml")

    assert "missing.yaml" in error.message
    assert "cannot be read" in error.problem


# --- the shelf: bundled ladders plus the user's own -----------------------------


def test_broken_user_ladder_is_listed_while_the_bundled_one_still_loads(
    tmp_path: Path,
) -> None:
    user_dir = tmp_path / "ladders"
    user_dir.mkdir()
    shutil.copy(LADDERS / "value-no.yaml", user_dir / "mine.yaml")

    shelf = load_shelf(user_dir)

    assert "software-engineer" in shelf.ladders
    assert [b.path for b in shelf.broken] == [str(user_dir / "mine.yaml")]
    assert "mine.yaml, line 13: levels[0].aliases.Acme" in shelf.broken[0].message


def test_valid_user_ladder_appears_on_the_shelf(tmp_path: Path) -> None:
    user_dir = tmp_path / "ladders"
    user_dir.mkdir()
    shutil.copy(VALID, user_dir / "minimal.yml")
    (user_dir / "notes.txt").write_text("not a ladder", encoding="utf-8")

    shelf = load_shelf(user_dir)

    assert set(shelf.ladders) == {"software-engineer", "minimal"}
    assert shelf.broken == []
    assert shelf.get("minimal") is not None


def test_user_ladder_with_a_bundled_id_replaces_the_bundled_one(
    tmp_path: Path,
) -> None:
    user_dir = tmp_path / "ladders"
    user_dir.mkdir()
    text = VALID.read_text(encoding="utf-8")
    own = text.replace("id: minimal", "id: software-engineer", 1)
    (user_dir / "engineer.yaml").write_text(own, encoding="utf-8")

    shelf = load_shelf(user_dir)

    ladder = shelf.get("software-engineer")
    assert ladder is not None
    assert ladder.source == str(user_dir / "engineer.yaml")
    assert [level.id for level in ladder.levels] == ["junior", "mid"]


def test_missing_user_ladder_folder_leaves_only_the_bundled_ladders(
    tmp_path: Path,
) -> None:
    shelf = load_shelf(tmp_path / "nowhere")

    assert set(shelf.ladders) == {"software-engineer"}
    assert shelf.broken == []


# --- whatever the text, only LadderError comes out ------------------------------

YAMLISH_PIECES = [
    "id", "title", "levels", "dimensions", "expectation", "current_level",
    "next_level", "scope", "aliases", "name", "summary", "junior", ": ", ":", "- ",
    "-", "\n", "\n  ", "\n    ", " ", "\t", "[", "]", "{", "}", ",", "#", "'", '"',
    "&a ", "*a", "&b ", "*b", "!!str ", "!!int ", "!tag ", "? ", "|", ">-", "---",
    "...", "%YAML 1.1\n", "NO", "yes", "on", "~", "null", "3.10", "10:30",
    "2026-01-05", "0x1F", ".inf", "<<: ", "\ufeff", "\r\n", "\x00", "\x85", "é",
    "\u2028", "\\", "%",
]  # fmt: skip

VALID_LINES = VALID.read_text(encoding="utf-8").splitlines(keepends=True)

yamlish_text = st.lists(st.sampled_from(YAMLISH_PIECES), max_size=60).map("".join)


@st.composite
def mutated_valid_ladder(draw: st.DrawFn) -> str:
    """The minimal ladder with a few lines replaced, removed or spliced with junk."""
    lines = list(VALID_LINES)
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(lines) - 1))
        junk = draw(yamlish_text)
        action = draw(st.sampled_from(["replace", "remove", "insert", "splice"]))
        if action == "replace":
            lines[index] = junk + "\n"
        elif action == "remove" and len(lines) > 1:
            del lines[index]
        elif action == "insert":
            lines.insert(index, junk + "\n")
        else:
            cut = draw(st.integers(0, len(lines[index])))
            lines[index] = lines[index][:cut] + junk + lines[index][cut:]
    return "".join(lines)


@pytest.mark.parametrize("loader", PARSERS)
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.one_of(st.text(), yamlish_text, mutated_valid_ladder()))
def test_any_text_either_parses_or_raises_only_ladder_error(
    loader: type, text: str
) -> None:
    with parsing_with(loader):
        try:
            parse_ladder(text, "fuzzed.yaml")
        except LadderError as error:
            assert error.file == "fuzzed.yaml"
            assert error.problem.strip()
            assert error.message.startswith("fuzzed.yaml")


@pytest.mark.parametrize(
    ("name", "level_id"),
    [
        ("senior", "senior"),
        ("Senior engineer", "senior"),
        ("L5", "senior"),
        ("google l5", "senior"),
        ("SDE  III", "senior"),
        ("L6", "staff"),
        ("Shopify L6", "senior"),
        ("a principal", None),
    ],
)
def test_a_level_is_found_by_id_title_or_a_company_name_as_shown(
    name: str, level_id: str | None
) -> None:
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None
    found = ladder.find_level(name)
    assert (found.id if found else None) == level_id
