"""Who noticed the wins, by group: "product managers (Ana, Tom)" is one group.

The packet's recognition list heads each group of people by its whole name and
keeps the people the user named in it. A group's name is never cut into words:
"product" and "product managers" are two groups, and "release managers,
product" names two more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from careerclimb_tui.domain.evidence import holds_words, name_key
from careerclimb_tui.domain.wins import DEED_WORDS, split_names

_BRACKETED = re.compile(r"^(?P<group>[^(\[]+?)\s*[(\[](?P<inner>.*)[)\]]$")
_FROM = re.compile(r"^(?P<person>\S+(?: \S+)?) from (?P<group>.+)$")
_BRACKETS = re.compile(r"[(\[][^)\]]*[)\]]")
# Words that make a name a group's rather than a person's: "Release
# Engineering (Marco)" names Marco of a group, "Sam Lee (Director)" one person.
_GROUP_WORDS = frozenset(
    "team teams group groups guild org organisation organization department "
    "division squad tribe chapter office council committee board leadership "
    "management managers leads engineers engineering eng design product "
    "finance legal sales marketing support operations ops security data "
    "platform infrastructure infra research".split()
)
_LEADING = ("the ", "our ")
_TRAILING = (" team", " teams")

# A text longer than this is told as an account ("VP Eng mentioned it at the
# all-hands") rather than as a name, and joins the names it holds.
_NAME_WORDS = 3


@dataclass(frozen=True)
class NoticedBy:
    """One text of who noticed, read as a group and the people named in it."""

    group: str
    """The group or person as named: "product managers", "design", "VP Eng"."""
    people: tuple[str, ...] = ()
    """The people named in the group: ("Ana", "Tom") for "product managers (Ana,
    Tom)", ("Ana",) for "Ana from design"."""


@dataclass(frozen=True)
class RecognitionGroup:
    """A group of people outside the team and the wins they noticed."""

    name: str
    """The group's whole name, as the user first spelled it."""
    wins: tuple[tuple[int, tuple[str, ...]], ...]
    """(win id, the people of the group named for that win) pairs."""


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def _reads_as_group(name: str) -> bool:
    """True when a name is a group's, not a person's.

    A person's name is words that each start with a capital ("Dana
    Kowalczyk-Ibáñez", "Sam Lee"). A group's has a word in lower case
    ("product managers"), an acronym ("SRE", "VP Eng") or a word for a kind of
    group ("Release Engineering", "Platform Team").
    """
    return any(
        not _capitalised(word)
        or (len(word) > 1 and word.isalpha() and word.isupper())
        or word.casefold() in _GROUP_WORDS
        for word in name.split()
    )


def _name_words(key: str) -> int:
    """How many words a name has outside its brackets: "Priya (VP Eng)" has one."""
    return len(_BRACKETS.sub(" ", key).split())


def noticed_by(text: str) -> NoticedBy:
    """Read one text of who noticed as a group and the people named in it.

    Names in brackets are people of a group when each starts with a capital
    letter and the name before them reads as a group ("product managers (Ana,
    Tom)", "Release Engineering (Marco)"); otherwise the brackets describe the
    name ("Priya (tech lead, platform)", "Sam Lee (Director, Data)") and the
    whole text is kept. "Ana from design" is Ana, of the group design; "Ana from
    design thanked us" tells what was done, so it is kept whole as one account.

    Args:
        text: one name or account, as typed.

    Returns:
        The group and its people; the whole text as the group when no people
        are named in it.
    """
    text = " ".join(text.split())
    bracketed = _BRACKETED.match(text)
    if bracketed:
        people = split_names(bracketed["inner"])
        if (
            people
            and all(_capitalised(person) for person in people)
            and _reads_as_group(bracketed["group"])
        ):
            return NoticedBy(bracketed["group"], people)
    from_group = _FROM.match(text)
    if (
        from_group
        and _capitalised(from_group["person"])
        and not DEED_WORDS.search(from_group["group"])
    ):
        return NoticedBy(from_group["group"], (from_group["person"],))
    return NoticedBy(text)


def group_key(group: str) -> str:
    """A group as groups are compared: folded, "the" and "team" set aside.

    "The QA team", "our QA team" and "QA" are one group, "qa".
    """
    key = name_key(group)
    for word in _LEADING:
        if key.startswith(word) and key != word.strip():
            key = key.removeprefix(word)
    for word in _TRAILING:
        if key.endswith(word) and key != word.strip():
            key = key.removesuffix(word)
    return key


def _holds(longer: str, shorter: str) -> bool:
    """True when ``shorter`` is a part of ``longer``, as whole words (both keys)."""
    return shorter != longer and holds_words(longer, shorter)


def group_recognition(
    noticed: Iterable[tuple[int, Sequence[str]]],
) -> tuple[RecognitionGroup, ...]:
    """Who noticed which wins, one entry per group across all the wins.

    Groups match by their whole name, told apart from case, a leading "the" and
    a trailing "team": "the SRE team" and "SRE" are one group, "product" and
    "product managers" are two. A longer account joins each name it holds
    ("VP Eng and the CTO" counts for "VP Eng" and for "the CTO"), but never the
    words inside a longer name it also holds.

    Args:
        noticed: (win id, names) pairs, as ``evidence.win_recognition`` gives
            them.

    Returns:
        The groups, the most wins first, then by name; each group's wins in the
        order given, with the people named for each.
    """
    spelling: dict[str, str] = {}
    people: dict[str, dict[int, list[str]]] = {}
    accounts: list[tuple[int, str]] = []

    for win_id, names in noticed:
        for name in names:
            read = noticed_by(name)
            key = group_key(read.group)
            if not key:
                continue
            if _name_words(key) > _NAME_WORDS and not read.people:
                accounts.append((win_id, name))
                continue
            spelling.setdefault(key, " ".join(read.group.split()))
            named = people.setdefault(key, {}).setdefault(win_id, [])
            named += [person for person in read.people if person not in named]

    for win_id, account in accounts:
        key = group_key(account)
        held = [name for name in spelling if _holds(key, name)]
        held = [name for name in held if not any(_holds(o, name) for o in held)]
        if not held:
            spelling.setdefault(key, " ".join(account.split()))
            held = [key]
        for name in held:
            people.setdefault(name, {}).setdefault(win_id, [])

    ordered = sorted(spelling, key=lambda key: (-len(people[key]), key))
    return tuple(
        RecognitionGroup(
            spelling[key],
            tuple((win_id, tuple(named)) for win_id, named in people[key].items()),
        )
        for key in ordered
    )
