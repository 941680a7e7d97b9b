"""How a piece of evidence is told: who outside the team noticed it, said once.

A win can name who noticed it twice over: in its own "noticed by" field and in the
answer to the review's fourth question, which starts as a copy of the field and is
then often shortened or extended ("VP Eng mentioned it at the all-hands" there,
"VP Eng" here). The pitch, the packet and the prep plan all tell the same person
once. The rules here decide when two texts name the same person, which of them is
kept, whether a win's title already states its measure, and whether a second
text only says again the change a first one tells.

The win's field is the one record of who noticed: ``careerclimb wins --json``
gives it, question 4 starts from it, and the answer to question 4 is written back
to it. An answer the field does not hold yet (given before the walk wrote answers
back) still counts: the pitch, the packet and the journal's win all tell
``win_recognition``, and the win's edit form starts from it (``noticed_to_edit``),
so saving the form puts those names in the field.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from careerclimb_tui.domain import measure_text
from careerclimb_tui.domain.records import Measure, Win, fold_for_search
from careerclimb_tui.domain.review import Noticed
from careerclimb_tui.domain.wins import split_names

_EDGE_MARKS = " .,;:!?…"
_LETTERS = re.compile(r"[^\W\d_]+")

# Words that say only which way something moved, and the small words around them.
DIRECTION_WORDS = frozenset(
    "fell fall falls dropped drop drops decreased decrease decreases declined "
    "shrank reduced rose rise rises grew grow grows increased increase increases "
    "climbed improved improves went go goes got down up lower higher less more "
    "fewer significantly sharply a lot much greatly have has had were was is are "
    "the our my its their all".split()
)
# Words that only join numbers: "from 72 to 6", "in 3 minutes instead of 30".
_JOINING_WORDS = frozenset("from to by in of instead than now per a an".split())


def name_key(text: str) -> str:
    """The text as names are compared: folded, blanks evened, end marks dropped."""
    return " ".join(fold_for_search(text).split()).strip(_EDGE_MARKS)


def holds_words(longer: str, shorter: str) -> bool:
    """True when ``shorter`` appears in ``longer`` as whole words (both keys)."""
    if not shorter:
        return False
    return re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer) is not None


def same_recognition(first: str, second: str) -> bool:
    """True when two texts tell of the same person or team.

    They do when they read the same once case and spacing are set aside, or when
    one holds the other as whole words: "VP Eng" and "VP Eng mentioned it at the
    all-hands" are one person, "Eng" and "Engineering" are not.

    Args:
        first: one name or account, as typed.
        second: another one.

    Returns:
        Whether they name the same person or team.
    """
    a, b = name_key(first), name_key(second)
    if not a or not b:
        return False
    return holds_words(a, b) or holds_words(b, a)


def merge_recognition(*sources: Iterable[str]) -> tuple[str, ...]:
    """Names from several places, each person told once.

    When one text holds another, the fuller one is kept, since it says who and
    also how or where ("VP Eng mentioned it at the all-hands" over "VP Eng"). It
    takes the place of the first text of its person, so the order stays the one
    the user gave. Texts that only repeat each other keep their first spelling.

    Args:
        sources: lists of names, in order of precedence for placing them.

    Returns:
        The names, each person once, trimmed; blanks left out.
    """
    names = [" ".join(name.split()) for source in sources for name in source]
    names = [name for name in names if name_key(name)]
    keys = [name_key(name) for name in names]

    kept: list[int] = []
    for index, key in enumerate(keys):
        # The fullest text that holds this one; the earliest among equals.
        fuller = [other for other, text in enumerate(keys) if holds_words(text, key)]
        best = max(fuller, key=lambda other: (len(keys[other]), -other))
        if best not in kept:
            kept.append(best)
    return tuple(names[index] for index in kept)


def win_recognition(win: Win, answer: Noticed | None) -> tuple[str, ...]:
    """Who outside the team noticed a win, from its field and its review answer.

    Names in the review's answer to its fourth question join the field's, each
    person once; unanswered, the field speaks alone. The walk writes each answer
    back to the field (``noticed_after_answer``), and "nobody" empties it, so
    names in the field beside a "nobody" were typed after the review: the
    user's newer word, told until the next review asks about them again
    (``noticed_to_confirm``).

    Args:
        win: the win, with its "noticed by" field.
        answer: the latest review's answer to question 4, or None.

    Returns:
        The names, each person once, the field's first. An answer that holds
        several names in one text ("Support lead, mobile team") tells each.
    """
    answered = answer.who if answer is not None else ()
    told = [name for said in answered for name in split_names(said)]
    return merge_recognition(split_names(win.noticed_by), told)


def noticed_to_edit(win: Win, answer: Noticed | None) -> str:
    """The "noticed by" a win's edit form starts from.

    The form shows the people the journal and the packet tell
    (``win_recognition``), so that a review answer the field does not hold yet
    is in view there and is saved to the field with the form. The field's own
    text is kept when it already names them all, and when the answer is
    "nobody": the names typed since are the user's, and the next review asks
    about them again (``noticed_to_confirm``).

    Args:
        win: the win being edited.
        answer: the latest review's answer to question 4, or None.

    Returns:
        The text for the form's field: names separated by commas.
    """
    if answer is None or not answer.outside:
        return win.noticed_by
    names = win_recognition(win, answer)
    field = split_names(win.noticed_by)
    if {name_key(name) for name in names} == {name_key(name) for name in field}:
        return win.noticed_by
    return ", ".join(names)


def noticed_after_answer(noticed_by: str, answer: Noticed) -> str:
    """What a win's "noticed by" field holds once question 4 is answered.

    The answer is the user's latest word, given with the field in view: its
    people replace the field's, "nobody" empties it. The walk says typing
    replaces the names it offers, so the field then holds what was typed, even
    where the field had told of one of them more fully: a fuller account merged
    in would keep words the user had just taken out.

    Args:
        noticed_by: the win's field as it stands.
        answer: the answer to question 4.

    Returns:
        The field's new text, names separated by commas; the field unchanged
        when it already tells the answer's people and no one else, or when the
        answer is "yes" without names.
    """
    if not answer.outside:
        return ""
    if not answer.who:
        # "Yes" without names says someone noticed; the field may say who.
        return noticed_by

    field = split_names(noticed_by)
    names = merge_recognition(answer.who)
    if {name_key(name) for name in names} == {name_key(name) for name in field}:
        return noticed_by
    return ", ".join(names)


def noticed_to_confirm(win: Win, answer: Noticed | None) -> Noticed | None:
    """The answer question 4 offers for the user to confirm, when one is due.

    It is due when question 4 is unanswered and the win names someone, or when
    the answer given no longer matches the win (the field was filled or changed
    since): then the names on record, the field's and the answer's, are offered.

    Args:
        win: the win under review.
        answer: its recorded answer to question 4, or None.

    Returns:
        "Yes" with the names on record; None when the recorded answer stands,
        or when nothing is known (a blank field does not mean nobody noticed).
    """
    if answer is not None and noticed_after_answer(win.noticed_by, answer) == (
        win.noticed_by
    ):
        return None
    answered = answer.who if answer is not None else ()
    names = merge_recognition(split_names(win.noticed_by), answered)
    return Noticed.by(*names) if names else None


def states_measure(text: str, measure: Measure | None) -> bool:
    """True when a text already gives a measure's numbers, so repeating them is noise.

    A before → after is stated when both numbers appear; a change in percent when
    its number does. "Cut the flaky-test rate from 20% to 3%" states 20 → 3 %, and
    "$12,000" or "$12k" states 12000, however the measure shows it.

    Args:
        text: a title or a sentence, as typed.
        measure: the measure it may state.

    Returns:
        Whether every number of a complete measure is already in the text.
    """
    if measure is None or not measure.is_complete:
        return False
    return measure_text.states_measure(text, measure)


def singular_word(word: str) -> str:
    """A word without a plural "s", as words of a change are compared."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _words(text: str) -> set[str]:
    return {singular_word(word) for word in _LETTERS.findall(text.casefold())}


def says_same_change(told: str, text: str, measure: Measure | None = None) -> bool:
    """True when ``text`` only says again the change that ``told`` tells.

    It does when every number in it is told already, by ``told`` or by the
    measure shown with it, and each of its words is one of theirs or only says
    which way things moved: "The time to first review went from 72 to 6 hours"
    says nothing that "Cut the time to first review from 72 to 6 hours" does
    not. A word or a number of its own ("… so releases ship a day earlier")
    makes it worth telling.

    Args:
        told: the text shown first, such as a win's title.
        text: the text that would follow it, such as what changed.
        measure: the measure shown beside ``told``, if any.

    Returns:
        Whether ``text`` can be left out; False for an empty text.
    """
    if not name_key(text):
        return False
    numbers = [abs(n) for n in measure_text.numbers_in(told)]
    words = _words(told)
    if measure is not None:
        numbers += [
            abs(n)
            for n in (measure.before, measure.after, measure.change_pct, measure.amount)
            if n is not None
        ]
        words |= _words(f"{measure.label} {measure.unit}")
    said = all(
        any(math.isclose(abs(number), known) for known in numbers)
        for number in measure_text.numbers_in(text)
    )
    return said and _words(text) <= words | DIRECTION_WORDS | _JOINING_WORDS
