"""Every ``careerclimb …`` command the app's wording names is one the command line
has: its sub-commands are real, and so are the options it names on each of them.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import build_parser

NAMED_COMMAND = re.compile(r"`(careerclimb\b[^`]*)`|\bcareerclimb((?: [^\s,;.)]+)*)")
"""A command in backticks, or one written into a sentence without them."""
SENTENCE_WORDS = frozenset(
    {"and", "checks", "in", "lists", "opens", "or", "prints", "puts", "shows"}
    | {"takes", "then", "to", "without"}
)
"""Words that end a command written into a sentence without backticks."""


def texts(value: object) -> Iterator[str]:
    """Every string in a catalogue entry, however deep in tables it is."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts(item)


def command_words(found: re.Match[str]) -> list[str]:
    """The words after ``careerclimb`` of one command named in a text."""
    if found.group(1) is not None:
        return found.group(1).split()[1:]
    words: list[str] = []
    for word in found.group(2).split():
        if word in SENTENCE_WORDS:
            break
        words.append(word)
    return words


def named_commands() -> list[tuple[str, list[str]]]:
    """Each catalogue entry's name with the words of each command it names."""
    named: list[tuple[str, list[str]]] = []
    for name in sorted(vars(catalogue)):
        if name.startswith("_"):
            continue
        for text in texts(getattr(catalogue, name)):
            named.extend(
                (name, command_words(found)) for found in NAMED_COMMAND.finditer(text)
            )
    return named


def sub_commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The sub-commands (or verbs) a parser takes, by name; none if it takes none."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def unknown_words(words: list[str]) -> list[str]:
    """What of a command the parser does not know, as "command: problem", etc.

    A plain lower-case word where a sub-command may come must be one; an option
    must be one of the command it follows. Values and placeholders (``ID``,
    ``{id}``, ``"TEXT"``) are not checked.
    """
    parser = build_parser()
    unknown: list[str] = []
    took_a_value = False
    for word in words:
        if word.startswith("-"):
            if word.split("=")[0] not in parser._option_string_actions:
                unknown.append(f"option: {word}")
            continue
        choices = sub_commands(parser)
        if choices and not took_a_value and re.fullmatch(r"[a-z][a-z-]*", word):
            if word not in choices:
                unknown.append(f"command: {word}")
                break
            parser = choices[word]
            continue
        took_a_value = True
    return unknown


def test_the_catalogue_names_commands_at_all() -> None:
    named = {" ".join(words) for _, words in named_commands()}

    assert {"doctor --restore", "problem list", "review"} <= named


@pytest.mark.parametrize(
    ("name", "words"),
    [(name, words) for name, words in named_commands() if words],
    ids=lambda value: " ".join(value) if isinstance(value, list) else value,
)
def test_every_command_the_catalogue_names_exists(name: str, words: list[str]) -> None:
    assert unknown_words(words) == [], f"{name} names `careerclimb {' '.join(words)}`"


@pytest.mark.parametrize(
    ("words", "unknown"),
    [
        (["problem", "open"], ["command: open"]),
        (["problem", "measure", "1", "3.5", "--metric", "x"], []),
        (["doctor", "--restore", "{name}"], []),
        (["wins", "--everything"], ["option: --everything"]),
        (["review", "--quarter", "{quarter}", "--print"], []),
    ],
)
def test_the_check_tells_a_missing_command_from_a_real_one(
    words: list[str], unknown: list[str]
) -> None:
    assert unknown_words(words) == unknown
