"""Whether a win's words and its numbers agree on which way the change went.

"Onboarding time dropped" beside 3 → 6 days says one thing in words and the
opposite in figures: a reader of the packet sees a rise next to "dropped". The
coach asks to check the numbers; it never refuses the win, since either side
may be the one typed wrong.
"""

from __future__ import annotations

import re

from careerclimb_tui import catalogue
from careerclimb_tui.domain.records import Measure, describe_measure

# Words that say the measured thing went down, as verbs or as "a drop in".
_FELL = re.compile(
    r"\b(?:dropped|drops?|dropping|fell|fallen|falls|falling|reduced|reduces?"
    r"|reducing|reduction|decreased|decreases?|decreasing|lowered|shrank|shrunk"
    r"|shrinks?|halved|slashed|trimmed|cut|cuts|cutting"
    r"|(?:went|gone|goes|came|come|coming|going)\s(?:down)|declined|declines?)\b",
    re.IGNORECASE,
)
# Words that say the measured thing went up.
_ROSE = re.compile(
    r"\b(?:rose|risen|rises?|rising|grew|grown|grows|growing|increased"
    r"|increases?|increasing|doubled|tripled|quadrupled|climbed|climbs?"
    r"|(?:went|gone|goes|going)\s(?:up))\b",
    re.IGNORECASE,
)
# "Cut a release" or "cut over" is no reduction; "no longer dropped" or "did not
# fall" says the opposite of the bare word. Either makes the words unreliable.
_NOT_A_MOVE = re.compile(
    r"\bcut(?:s|ting)?\s(?:(?:a|an|the|our|new|\d{1,3})\s){0,2}"
    r"(?:releases?|branch(?:es)?|tags?|versions?|rcs?|over|ties|corners)\b"
    r"(?!\s(?:times?|cycles?|lead|process|cadence)\b)"
    r"|\bcut-?over\b"
    r"|(?:\b(?:not|never|no\slonger|without|hardly)|n't)\s(?:\w{1,20}\s){0,1}"
    r"(?:drop|fall|fell|cut|reduc|decreas|lower|shr|rise|rose|grow|grew|increas"
    r"|doubl|climb|go|went|come|came)",
    re.IGNORECASE,
)


# Where one clause ends and the next begins: "load faster; conversion rose".
_CLAUSE_BREAK = re.compile(r"[;,.]|\b(?:and|while|so)\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"[a-z0-9]+", re.IGNORECASE)
# Words of a measure's name that say nothing about which quantity it is.
_COMMON_NAME_WORDS = frozenset(
    "the a an of per for to in on at by and or with our my their time number "
    "count rate".split()
)


def _stem(word: str) -> str:
    """A word cut to a rough stem, so "latency" and "latencies" meet."""
    word = word.casefold()
    for ending in ("ies", "y", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _clauses_about(text: str, label: str) -> str:
    """The clauses of ``text`` that mention a telling word of ``label``.

    A direction word about another quantity ("conversion rose" beside a
    latency) says nothing of the measured thing, so only clauses naming it are
    read. With no telling word in the label the whole text stands.
    """
    named = {
        _stem(word)
        for word in _NAME_WORD.findall(label)
        if len(word) > 2 and word.casefold() not in _COMMON_NAME_WORDS
    }
    if not named:
        return text

    kept = [
        clause
        for clause in _CLAUSE_BREAK.split(text)
        if named & {_stem(word) for word in _NAME_WORD.findall(clause)}
    ]
    return " ; ".join(kept)


def measure_direction(measure: Measure | None) -> int:
    """Which way a before → after goes: 1 up, -1 down, 0 when it cannot be said.

    Only a before and an after that are both zero or more are read: with a
    negative end ("savings went from -5 to 10"), whether the thing grew or
    shrank is a matter of how it is counted.

    Args:
        measure: the win's measure, typed or read from its words.

    Returns:
        1 when the after is larger, -1 when smaller, else 0.
    """
    if measure is None or measure.before is None or measure.after is None:
        return 0
    if measure.before < 0 or measure.after < 0 or measure.before == measure.after:
        return 0
    return 1 if measure.after > measure.before else -1


def words_direction(text: str) -> tuple[int, str]:
    """Which way the words of a change say it went, and the word that says so.

    Args:
        text: what changed, in the user's words.

    Returns:
        (-1, word) when the words say only that something fell ("dropped"),
        (1, word) when they say only that something rose ("grew"), and (0, "")
        when they say neither, both, or say it in a way the coach cannot be
        sure of ("no longer dropped", "cut a release").
    """
    if _NOT_A_MOVE.search(text):
        return 0, ""
    fell = _FELL.search(text)
    rose = _ROSE.search(text)
    if fell and not rose:
        return -1, fell.group(0)
    if rose and not fell:
        return 1, rose.group(0)
    return 0, ""


def direction_clash(text: str, measure: Measure | None) -> str:
    """The coach's note when the words and the numbers move opposite ways.

    Args:
        text: what changed, in the user's words.
        measure: the before → after kept with the win.

    Returns:
        A note quoting the word and the numbers and asking to check them;
        empty when they agree or either says no direction.
    """
    moved = measure_direction(measure)
    if measure is not None and measure.label:
        text = _clauses_about(text, measure.label)
    said, word = words_direction(text)
    if not moved or not said or moved == said or measure is None:
        return ""
    template = (
        catalogue.FRAMING_WORDS_FELL_NUMBERS_ROSE
        if said < 0
        else catalogue.FRAMING_WORDS_ROSE_NUMBERS_FELL
    )
    return template.format(word=word, measure=describe_measure(measure))
