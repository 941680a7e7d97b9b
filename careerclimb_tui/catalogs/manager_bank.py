"""Loading and validating the manager bank: the personas and lines of the rehearsal.

The bank is YAML written by people. It is read with the checked YAML reader and
validated strictly, so a problem is reported with the file, the line and the field:
every reply kind, follow-up and difficulty must be present, weights and chances must
be whole numbers in range, and a line may hold no placeholder but ``{level}`` and
``{cycle}``; every list keeps a line without ``{cycle}``, said when no cycle date is
set. A persona's ``about`` is one line for every difficulty, or one line per
difficulty.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from pathlib import Path

import yaml

from careerclimb_tui import catalogue
from careerclimb_tui.domain.rehearsal import (
    CLOSING_KEYS,
    CONCRETE_KINDS,
    DIFFICULTIES,
    FOLLOW_UP_KEYS,
    PLACEHOLDERS,
    REPLY_KINDS,
    TIME_NEARLY_UP,
    VAGUE_KINDS,
    DifficultyRules,
    ManagerBank,
    ManagerPersona,
    ReplyLines,
    names_cycle,
)
from careerclimb_tui.yamlfile import (
    NodeReader,
    YamlFileError,
    compose_checked,
    join_field,
    read_yaml_text,
)

BUNDLED_BANK = Path(__file__).parent / "managers.yaml"
MAX_BANK_BYTES = 512 * 1024

MIN_OPENERS = 3
MIN_FOLLOW_UPS = 2
MIN_CLOSINGS = 2
MIN_MANAGERS = 2
MAX_WEIGHT = 100
MIN_TURNS = 2
MAX_TURNS = 30

_INT_TAG = "tag:yaml.org,2002:int"
_WHOLE = re.compile(r"^[0-9]{1,3}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_RULE_FIELDS = (
    "turns",
    "yields_to_example",
    "yields_to_specifics",
    "yields_to_evidence",
    "drifts_when_accepted",
)
_VAGUE_FIRST = "vague_answers_first"
"""An optional rule: banks written before it keep every answer free to be concrete."""
_SURE_AFTER = "sure_after_pushes"
"""An optional rule: banks written before it leave every push to chance."""


class ManagerBankError(YamlFileError):
    """A manager bank file that cannot be used, with where and why."""

    title_text = "Manager bank problem"


def parse_manager_bank(text: str, file: str) -> ManagerBank:
    """Parse and validate the text of a manager bank file.

    Args:
        text: the YAML text.
        file: the name to use in messages (usually the path).

    Returns:
        The bank.

    Raises:
        ManagerBankError: naming the file, line and field of the first problem.
    """
    root = compose_checked(text, file, ManagerBankError)
    reader = NodeReader(file, ManagerBankError)
    top = reader.fields(root, "", ("difficulties", "managers", "replies", "closings"))

    return ManagerBank(
        difficulties=_read_difficulties(reader, top["difficulties"]),
        managers=_read_managers(reader, top["managers"]),
        replies=_read_replies(reader, top["replies"]),
        closings=_read_closings(reader, top["closings"]),
        source=file,
    )


def load_manager_bank(path: Path = BUNDLED_BANK) -> ManagerBank:
    """Read and validate a manager bank file, the bundled one by default.

    Raises:
        ManagerBankError: when the file cannot be read or is not a valid bank.
    """
    text = read_yaml_text(path, ManagerBankError, MAX_BANK_BYTES)
    return parse_manager_bank(text, str(path))


# --- Numbers ------------------------------------------------------------------------


def _whole_number(
    reader: NodeReader, node: yaml.Node, where: str, low: int, high: int
) -> int:
    """Read a whole number written plainly (no sign, no 0x, no 1_000) in a range."""
    # The shared reader refuses a node seen twice; numbers must pass the same check,
    # or an alias (*name) could slip a value in here.
    reader._visit(node, where)
    if not isinstance(node, yaml.ScalarNode):
        raise reader.fail(
            node, where, catalogue.BANK_NOT_A_WHOLE_NUMBER.format(low=low, high=high)
        )
    plain = node.tag == _INT_TAG and _WHOLE.match(node.value)
    if plain and low <= int(node.value) <= high:
        return int(node.value)
    raise reader.fail(
        node,
        where,
        catalogue.BANK_NUMBER_OUT_OF_RANGE.format(value=node.value, low=low, high=high),
    )


# --- Sections -----------------------------------------------------------------------


def _read_difficulties(
    reader: NodeReader, node: yaml.Node
) -> dict[str, DifficultyRules]:
    raw = reader.fields(node, "difficulties", DIFFICULTIES)
    rules: dict[str, DifficultyRules] = {}
    for difficulty in DIFFICULTIES:
        where = f"difficulties.{difficulty}"
        parts = reader.fields(
            raw[difficulty], where, _RULE_FIELDS, (_VAGUE_FIRST, _SURE_AFTER)
        )
        chances = {
            name: _whole_number(
                reader, parts[name], join_field(where, name), 0, MAX_WEIGHT
            )
            for name in _RULE_FIELDS[1:]
        }
        turns = _whole_number(
            reader, parts["turns"], join_field(where, "turns"), MIN_TURNS, MAX_TURNS
        )
        vague_first = 0
        if _VAGUE_FIRST in parts:
            # Fewer than the turns, or the manager could never answer concretely.
            vague_first = _whole_number(
                reader,
                parts[_VAGUE_FIRST],
                join_field(where, _VAGUE_FIRST),
                0,
                turns - 1,
            )
        sure_after = 0
        if _SURE_AFTER in parts:
            sure_after = _whole_number(
                reader, parts[_SURE_AFTER], join_field(where, _SURE_AFTER), 0, turns
            )
        rules[difficulty] = DifficultyRules(
            turns=turns,
            vague_answers_first=vague_first,
            sure_after_pushes=sure_after,
            **chances,
        )
    return rules


def _read_managers(reader: NodeReader, node: yaml.Node) -> tuple[ManagerPersona, ...]:
    managers: list[ManagerPersona] = []
    lines: dict[str, int] = {}
    items = reader.sequence(node, "managers")
    for index, item in enumerate(items):
        where = f"managers[{index}]"
        raw = reader.fields(
            item, where, ("id", "name", "about", "greetings", "weights")
        )
        manager_id = reader.text(raw["id"], f"{where}.id")
        if not _ID.match(manager_id):
            raise reader.fail(
                raw["id"], f"{where}.id", catalogue.BANK_BAD_ID.format(id=manager_id)
            )
        line = item.start_mark.line + 1
        if manager_id in lines:
            raise reader.fail(
                raw["id"],
                f"{where}.id",
                catalogue.BANK_DUPLICATE_MANAGER.format(
                    id=manager_id, first=lines[manager_id], line=line
                ),
            )
        lines[manager_id] = line
        managers.append(
            ManagerPersona(
                id=manager_id,
                name=reader.text(raw["name"], f"{where}.name"),
                about=_read_about(reader, raw["about"], f"{where}.about"),
                greetings=_lines(reader, raw["greetings"], f"{where}.greetings", 1),
                weights=_read_weights(reader, raw["weights"], f"{where}.weights"),
            )
        )
    if len(managers) < MIN_MANAGERS:
        raise reader.fail(
            node,
            "managers",
            catalogue.BANK_TOO_FEW_MANAGERS.format(minimum=MIN_MANAGERS),
        )
    return tuple(managers)


def _read_about(reader: NodeReader, node: yaml.Node, where: str) -> dict[str, str]:
    """Read a persona's style: one line for all difficulties, or one for each."""
    if not isinstance(node, yaml.MappingNode):
        line = " ".join(reader.text(node, where).split())
        return dict.fromkeys(DIFFICULTIES, line)
    by_difficulty = reader.fields(node, where, DIFFICULTIES)
    return {
        difficulty: " ".join(
            reader.text(by_difficulty[difficulty], f"{where}.{difficulty}").split()
        )
        for difficulty in DIFFICULTIES
    }


def _read_weights(
    reader: NodeReader, node: yaml.Node, where: str
) -> dict[str, dict[str, int]]:
    by_difficulty = reader.fields(node, where, DIFFICULTIES)
    weights: dict[str, dict[str, int]] = {}
    for difficulty in DIFFICULTIES:
        here = f"{where}.{difficulty}"
        raw = reader.fields(by_difficulty[difficulty], here, REPLY_KINDS)
        found = {
            kind: _whole_number(reader, raw[kind], f"{here}.{kind}", 0, MAX_WEIGHT)
            for kind in REPLY_KINDS
        }
        # A rehearsal draws from the vague kinds alone and from the concrete kinds
        # alone, so each group needs a weight above zero.
        for group, message in (
            (VAGUE_KINDS, catalogue.BANK_NO_VAGUE_WEIGHT),
            (CONCRETE_KINDS, catalogue.BANK_NO_CONCRETE_WEIGHT),
        ):
            if not any(found[kind] for kind in group):
                raise reader.fail(
                    by_difficulty[difficulty],
                    here,
                    message.format(kinds=", ".join(group)),
                )
        weights[difficulty] = found
    return weights


def _read_replies(reader: NodeReader, node: yaml.Node) -> dict[str, ReplyLines]:
    raw = reader.fields(node, "replies", REPLY_KINDS)
    replies: dict[str, ReplyLines] = {}
    for kind in REPLY_KINDS:
        where = f"replies.{kind}"
        parts = reader.fields(raw[kind], where, ("openers", "follow_ups"))
        follow_where = f"{where}.follow_ups"
        by_key = reader.fields(parts["follow_ups"], follow_where, FOLLOW_UP_KEYS)
        follow_ups: Mapping[str, tuple[str, ...]] = {
            key: _lines(reader, by_key[key], f"{follow_where}.{key}", MIN_FOLLOW_UPS)
            for key in FOLLOW_UP_KEYS
        }
        replies[kind] = ReplyLines(
            openers=_lines(reader, parts["openers"], f"{where}.openers", MIN_OPENERS),
            follow_ups=follow_ups,
        )
    return replies


def _read_closings(reader: NodeReader, node: yaml.Node) -> dict[str, tuple[str, ...]]:
    raw = reader.fields(node, "closings", CLOSING_KEYS, (TIME_NEARLY_UP,))
    closings = {
        key: _lines(reader, raw[key], f"closings.{key}", MIN_CLOSINGS)
        for key in CLOSING_KEYS
    }
    # Optional: a bank written without them warns in the app's own words.
    closings[TIME_NEARLY_UP] = catalogue.REHEARSAL_TIME_NEARLY_UP
    if TIME_NEARLY_UP in raw:
        where = f"closings.{TIME_NEARLY_UP}"
        closings[TIME_NEARLY_UP] = _lines(reader, raw[TIME_NEARLY_UP], where, 1)
    return closings


def _lines(
    reader: NodeReader, node: yaml.Node, where: str, minimum: int
) -> tuple[str, ...]:
    """Read a list of lines a manager says, checking every placeholder in them."""
    lines = reader.text_list(node, where, minimum)
    for index, (line, item) in enumerate(zip(lines, node.value)):
        problem = _placeholder_problem(line)
        if problem:
            raise reader.fail(item, f"{where}[{index}]", problem)
    if all(names_cycle(line) for line in lines):
        # Without a cycle date these lines are left out, and none would be left.
        raise reader.fail(node, where, catalogue.BANK_ONLY_CYCLE_LINES)
    return tuple(" ".join(line.split()) for line in lines)


def _placeholder_problem(line: str) -> str:
    """Why a line's braces would not fill in, or empty when they would."""
    allowed = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
    try:
        fields = [
            (name, spec, conversion)
            for _, name, spec, conversion in string.Formatter().parse(line)
            if name is not None
        ]
    except ValueError:
        return catalogue.BANK_UNMATCHED_BRACE.format(allowed=allowed)
    for name, spec, conversion in fields:
        if name not in PLACEHOLDERS or spec or conversion:
            shown = "{" + name + (f"!{conversion}" if conversion else "")
            shown += (f":{spec}" if spec else "") + "}"
            return catalogue.BANK_UNKNOWN_PLACEHOLDER.format(
                name=shown, allowed=allowed
            )
    return ""
