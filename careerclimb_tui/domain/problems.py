"""Finding a next-level problem to own: the catalogue entries, the guided questions,
the ranking of entries against the answers, and the up-front check of a candidate.

Everything here is plain Python. The catalogue itself is read from YAML by
``careerclimb_tui.catalogs``; this module only describes its entries and reasons
about them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from careerclimb_tui import catalogue

BETTER_LOWER = "lower"
BETTER_HIGHER = "higher"
BETTER_DIRECTIONS = (BETTER_LOWER, BETTER_HIGHER)
"""The ways a measure can improve: by going down or by going up."""


@dataclass(frozen=True)
class ProblemMeasure:
    """Something a team can count to show that a problem is shrinking."""

    name: str
    """What is counted, such as "Deploy frequency"."""
    unit: str
    """What the numbers count: "deploys/week", "hours", "%"."""
    better: str
    """``BETTER_LOWER`` or ``BETTER_HIGHER``: which way is an improvement."""

    def describe(self) -> str:
        """The measure as one line: "Deploy frequency (deploys/week, higher)"."""
        return catalogue.PROBLEM_MEASURE_LINE.format(
            name=self.name, unit=self.unit, better=self.better
        )


@dataclass(frozen=True)
class ProblemEntry:
    """One kind of problem a team struggles with and that nobody was asked to fix."""

    id: str
    """Stable id, lower-case, used to link an initiative to its entry."""
    title: str
    """The problem in a few words."""
    symptoms: tuple[str, ...]
    """What a person on the team would recognise day to day."""
    why_next_level: str
    """Why fixing it reads as work at the next level rather than the current one."""
    dimensions: tuple[str, ...]
    """Ladder dimension ids that fixing it speaks to."""
    first_steps: tuple[str, ...]
    """Where to start, in order."""
    who_agrees: tuple[str, ...]
    """The roles whose agreement a fix usually needs."""
    measures: tuple[ProblemMeasure, ...]
    """What to count before and after."""
    keywords: tuple[str, ...]
    """Words people use when they talk about it, for ranking against answers."""
    source: str = ""
    """The file the entry was read from, for messages."""


@dataclass(frozen=True)
class Question:
    """One question of a guided flow, with an example answer to get people going."""

    id: str
    """Stable id, the key of the answer."""
    prompt: str
    """The question as the user sees it."""
    hint: str = ""
    """A short example of the kind of answer that helps."""


QUESTIONNAIRE: tuple[Question, ...] = (
    Question("weekly_drag", catalogue.PROBLEM_Q_WEEKLY, catalogue.PROBLEM_H_WEEKLY),
    Question(
        "worked_around", catalogue.PROBLEM_Q_WORKAROUND, catalogue.PROBLEM_H_WORKAROUND
    ),
    Question("handoffs", catalogue.PROBLEM_Q_HANDOFFS, catalogue.PROBLEM_H_HANDOFFS),
    Question(
        "complaints", catalogue.PROBLEM_Q_COMPLAINTS, catalogue.PROBLEM_H_COMPLAINTS
    ),
    Question("newcomers", catalogue.PROBLEM_Q_NEWCOMERS, catalogue.PROBLEM_H_NEWCOMERS),
    Question("by_hand", catalogue.PROBLEM_Q_BY_HAND, catalogue.PROBLEM_H_BY_HAND),
)
"""The guided questions that lead to a problem worth owning, in the order asked."""


# --- Ranking --------------------------------------------------------------------

KEYWORD_WEIGHT = 2
"""A word the entry lists as a keyword counts double: it was chosen to match."""
TEXT_WEIGHT = 1
"""A word from the entry's title or symptoms."""
TITLE_BONUS = 1
"""Added for a word of the entry's title, which names the problem itself."""

_APOSTROPHES = re.compile(r"['’]")
_TOKEN = re.compile(r"[0-9a-z]+(?:-[0-9a-z]+)*")

# Words that carry no meaning for matching, including the words the questions
# themselves use, which would otherwise match every entry.
_STOP_WORDS = frozenset(
    """
    a about after again all also always an and any are around as at be because
    been before being but by can cannot could day days did do does doing done dont
    each every everyone everybody for from get gets getting got had has have how i
    if in into is it its just keep keeps like lot lots me month months more most
    much my never no not of off on once one only or other our out over people
    really same so some someone something still than that the their them then there
    these they thing things this those time times to too up us very was we week
    weekly weeks were what when where which while who why will with work works
    would you your team teams back say says said make makes made need needs want
    wants go goes going yet even often sometimes usually until without nobody
    anybody anyone somebody take takes taken took happen happens happened long
    """.split()
)


# Words too general to say which problem is meant: counting words, which say how
# much of something rather than what, and words nearly every problem of a software
# team is told with ("code", who "owns" it). A catalogue entry may still name one
# as a keyword; it matches nothing either way.
_NUMBER_WORDS = frozenset(
    """
    zero two three four five six seven eight nine ten eleven twelve fifteen twenty
    thirty forty fifty sixty hundred hundreds thousand thousands million dozen
    dozens twice half several few many
    """.split()
)
_COMMON_WORDS = frozenset("code codes coding own owns owned owner owning".split())


def stem(word: str) -> str:
    """Reduce a lower-case word to a rough stem, so "deploys" meets "deployed".

    This is deliberately simple (no dictionary): strip one plural ending and one
    common suffix, undo a doubled final consonant, then drop a final vowel. Two
    forms of a word need not produce a real word, only the same stem.

    Args:
        word: one lower-case word.

    Returns:
        Its stem; short words come back unchanged.
    """
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        word = word[:-2]
    elif len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]

    for suffix in ("ment", "ness", "ing", "ed", "ly", "er"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break

    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    if len(word) > 3 and word[-1] in "aeiy":
        word = word[:-1]
    return word


_NOT_MATCHED = _STOP_WORDS | frozenset(
    stem(word) for word in _NUMBER_WORDS | _COMMON_WORDS
)
"""Stems that never count as a match: stop words, counting and common words."""


# Set phrases in which a word means nothing of its own: someone "on hand" has
# nothing to do with hand-offs. "By hand" still says work is done manually.
_SET_PHRASES = {"hand": frozenset("on at in other first second".split())}
# The endings that make a hyphenated noun of a verb: "hand-offs", "sign-offs".
# Such a word means neither of its parts, so "hand" alone does not match it.
_PARTICLES = frozenset("off offs over overs".split())


# A run of letters and digits as typed, in any case or script; each is folded
# and then split into the words ``_TOKEN`` reads.
_TYPED_RUN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _spelt(typed: str, folded: str) -> str:
    """A word as it is shown back: with its capitals when they are its own.

    A capital after the first letter is part of how the word is spelt ("PRs",
    "CI", "GraphQL"); a first capital alone usually only opened a sentence
    ("Waiting for review"), so that word is shown in lower case, as the
    catalogue spells its ordinary words.
    """
    return typed if typed[1:] != typed[1:].lower() else folded


def _folded_words(text: str) -> list[tuple[str, str]]:
    """Each word of a text, lower-cased, with the word as it is shown back.

    Words are read from the folded text, as ``_TOKEN`` finds them; a word that
    is the whole of a typed run keeps the user's spelling (``_spelt``), and one
    cut out of a longer run (by a letter ``_TOKEN`` does not read) is shown
    folded.
    """
    found: list[tuple[str, str]] = []
    for run in _TYPED_RUN.findall(_APOSTROPHES.sub("", text)):
        folded = run.casefold()
        words = _TOKEN.findall(folded)
        if words == [folded]:
            found.append((folded, _spelt(run, folded)))
        else:
            found.extend((word, word) for word in words)
    return found


def _typed_words(text: str) -> list[tuple[str, str]]:
    """The words of a text, lower-cased and as shown back, hyphenated ones whole.

    A word in a set phrase ("on hand") is left out, and a verb written apart
    from its particle ("hand offs") is joined to it as "hand-offs" is.
    """
    words: list[tuple[str, str]] = []
    for word, typed in _folded_words(text):
        previous, previous_typed = words[-1] if words else ("", "")
        if previous in _SET_PHRASES.get(word, ()):
            continue
        if word in _PARTICLES and previous and "-" not in previous:
            words[-1] = (f"{previous}-{word}", f"{previous_typed} {typed}")
            continue
        words.append((word, typed))
    return words


def _surface_words(text: str) -> list[str]:
    """The words of a text as written (lower-cased), hyphenated ones kept whole."""
    return [word for word, _ in _typed_words(text)]


def _parts_of(word: str) -> dict[str, str]:
    """The stems a written word stands for, each with the part that gave it.

    A hyphenated word stands for itself joined up and for its parts, so "on-call"
    meets both "oncall" and "call"; one ending in a particle stands only for
    itself joined up, so "hand-offs" meets "handoffs" but not "hand".
    """
    parts = [word.replace("-", "")]
    if "-" in word and word.rsplit("-", 1)[1] not in _PARTICLES:
        parts.extend(word.split("-"))
    stems: dict[str, str] = {}
    for part in parts:
        if part in _STOP_WORDS or part.isdigit() or len(part) < 2:
            continue
        stemmed = stem(part)
        # "offs" or "weeks" is a stop word only once stemmed.
        if stemmed not in _NOT_MATCHED:
            stems.setdefault(stemmed, part)
    return stems


def _stems_of(word: str) -> list[str]:
    """The stems a written word stands for, in order."""
    return list(_parts_of(word))


def _singular(word: str) -> str:
    """A word without its plural ending, so that "tests" and "test" compare equal."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def normalised_words(text: str) -> list[str]:
    """The stems of the meaningful words of a text, each once, in order.

    Args:
        text: any text a person typed.

    Returns:
        Stems, with stop words and bare numbers left out.
    """
    seen: dict[str, None] = {}
    for word in _surface_words(text):
        for stemmed in _stems_of(word):
            seen.setdefault(stemmed, None)
    return list(seen)


@dataclass(frozen=True)
class RankedProblem:
    """A catalogue entry with how well it fits the user's answers, and why."""

    entry: ProblemEntry
    score: int
    """Higher fits better; zero means no word in common."""
    matched: tuple[str, ...]
    """The user's own words that matched, in the order they wrote them."""
    close: tuple[tuple[str, str], ...] = ()
    """Matched words the entry only has in another form ("blocking" against
    "blocked"): pairs of what the user wrote and the entry's own word."""

    @property
    def reason(self) -> str:
        """Why the entry is on the list, in a sentence for the user.

        Words the entry uses as the user wrote them (or only in the plural) are
        named as mentioned; a word the entry has only in another form is named
        as close to what was typed, with the user's form beside it, so the
        reason never names a word the user did not write without saying so.
        """
        if not self.matched:
            return catalogue.PROBLEM_RANK_NO_MATCH

        only_close = {typed for typed, _ in self.close}
        mentioned = ", ".join(w for w in self.matched if w not in only_close)
        close = ", ".join(
            catalogue.PROBLEM_RANK_CLOSE_WORD.format(near=near, typed=typed)
            for typed, near in self.close
        )
        if not close:
            return catalogue.PROBLEM_RANK_REASON.format(words=mentioned)
        if not mentioned:
            return catalogue.PROBLEM_RANK_CLOSE.format(words=close)
        return catalogue.PROBLEM_RANK_BOTH.format(words=mentioned, close=close)


@dataclass(frozen=True)
class _EntryWords:
    """What an entry offers to match: a weight and the written forms per stem."""

    weights: dict[str, int]
    """Each stem with the weight a match on it earns."""
    forms: dict[str, list[str]]
    """Each stem with the entry's words that gave it, keywords first."""


def _entry_words(entry: ProblemEntry) -> _EntryWords:
    """The stems of an entry, how much a match on each is worth, and their forms.

    A keyword is worth ``KEYWORD_WEIGHT``, any other word of the title or the
    symptoms ``TEXT_WEIGHT``; a word of the title earns ``TITLE_BONUS`` on top.
    So a problem whose name holds the user's words ranks above one that shares
    a single word of a symptom or a keyword list with them.
    """
    in_title = set(normalised_words(entry.title))
    weights: dict[str, int] = {}
    forms: dict[str, list[str]] = {}
    for texts, weight in (
        (entry.keywords, KEYWORD_WEIGHT),
        ((entry.title, *entry.symptoms), TEXT_WEIGHT),
    ):
        for text in texts:
            for word in _surface_words(text):
                for stemmed, part in _parts_of(word).items():
                    bonus = TITLE_BONUS if stemmed in in_title else 0
                    weights.setdefault(stemmed, weight + bonus)
                    forms.setdefault(stemmed, []).append(part)
    return _EntryWords(weights, forms)


def _same_word(typed: str, forms: Iterable[str]) -> bool:
    """True when one of the forms is the typed word, ignoring a plural ending."""
    return any(_singular(typed) == _singular(form) for form in forms)


def rank_problems(
    catalog: Iterable[ProblemEntry],
    answers: Mapping[str, str],
    include_unmatched: bool = False,
) -> list[RankedProblem]:
    """Rank catalogue entries by how much they share with the user's answers.

    Every distinct stem the answers share with an entry scores once: double for
    one of the entry's keywords, single for a word of its title or symptoms,
    and one more when the word is in the title.

    Args:
        catalog: the entries to rank (a ``ProblemShelf`` will do).
        answers: question id → what the user wrote; unknown ids are read too.
        include_unmatched: also return entries with no word in common, after the
            others, so that a screen can show the whole catalogue.

    Returns:
        The ranked entries, best first. Ties are broken by the number of matched
        words, then by id, so the order never depends on the order of input.
    """
    # The user's first way of writing each stem: the word to show back as the
    # reason, spelt as typed (``_typed_words``), and the part of it that gave
    # the stem, to compare with the entry.
    written: dict[str, tuple[str, str]] = {}
    for question_id in sorted(answers):
        for word, typed in _typed_words(answers[question_id]):
            for stemmed, part in _parts_of(word).items():
                written.setdefault(stemmed, (typed, part))

    ranked: list[RankedProblem] = []
    for entry in catalog:
        offered = _entry_words(entry)
        hits = [s for s in written if s in offered.weights]
        score = sum(offered.weights[s] for s in hits)
        if not (score or include_unmatched):
            continue

        matched = tuple(dict.fromkeys(written[s][0] for s in hits))
        exact = {
            written[s][0] for s in hits if _same_word(written[s][1], offered.forms[s])
        }
        close: dict[str, str] = {}
        for s in hits:
            typed = written[s][0]
            if typed not in exact:
                close.setdefault(typed, offered.forms[s][0])
        ranked.append(RankedProblem(entry, score, matched, tuple(close.items())))

    ranked.sort(key=lambda r: (-r.score, -len(r.matched), r.entry.id))
    return ranked


# --- The up-front check of a candidate -----------------------------------------

CANDIDATE_QUESTIONS: tuple[Question, ...] = (
    Question("peer_would_do_anyway", catalogue.CHECK_Q_PEER, catalogue.CHECK_H_PEER),
    Question("choosing", catalogue.CHECK_Q_CHOOSING, catalogue.CHECK_H_CHOOSING),
    Question("change_and_measure", catalogue.CHECK_Q_CHANGE, catalogue.CHECK_H_CHANGE),
    Question("noticed_outside", catalogue.CHECK_Q_OUTSIDE, catalogue.CHECK_H_OUTSIDE),
)
"""The four questions asked of a candidate problem before committing to it."""

# Answers that say "nothing" in words; they count as blank.
_NON_ANSWERS = frozenset(
    """
    - -- ? n/a na none no nobody nothing nope unknown tbd
    """.split()
) | frozenset(
    ("no one", "not sure", "dont know", "don't know", "do not know", "no idea")
)


def is_blank_answer(text: str) -> bool:
    """True when a typed answer says nothing: empty, or "none", "n/a", "not sure"."""
    cleaned = " ".join(text.casefold().replace("’", "'").split()).strip(" .!")
    return not cleaned or cleaned in _NON_ANSWERS


# Replies to a yes/no question: typed where a change is asked for, they name none.
_BARE_REPLIES = frozenset(
    """
    yes yeah yep yup ya sure ok okay no nah nope maybe true false
    """.split()
)


ANSWER_KEY_LETTERS = frozenset("ynp")
"""The letters that answer a question by a single key (yes, no, partly). A word
made of nothing else is keys pressed for questions, not a word: no English
word is spelt with these letters alone."""


def is_bare_reply(text: str) -> bool:
    """True when a typed answer is only a yes, a no, a single letter or digit,
    or answer keys.

    Question 3 asks what would change and how it would be measured; "y" or "yes"
    there answers a yes/no question nobody asked, so it is no answer at all.
    Neither is "yy": answer keys pressed on after the focus moved on from the
    questions answered by a key.

    Args:
        text: the answer as typed.

    Returns:
        True for "y", "Yes.", "nope", "3" or "yy"; False for an empty answer
        and for anything that says more.
    """
    cleaned = " ".join(text.casefold().split()).strip(" .!?")
    if len(cleaned) == 1:
        return cleaned.isalnum()
    keys_only = bool(cleaned) and set(cleaned) <= ANSWER_KEY_LETTERS
    return keys_only or cleaned in _BARE_REPLIES


@dataclass(frozen=True)
class CandidateCheck:
    """What the four up-front questions say about a candidate problem."""

    looks_current_level: bool
    """True when the answers describe work a strong peer would do anyway."""
    reasons: tuple[str, ...]
    """Why it looks like current-level work, plainly; empty when it does not."""
    cautions: tuple[str, ...] = ()
    """Weaker points worth fixing before proposing, even for next-level work."""
    unanswered: tuple[str, ...] = ()
    """Ids of yes/no questions left without an answer."""
    not_reached: tuple[str, ...] = ()
    """Ids of typed questions still open: neither answered nor moved past yet, or
    answered with a bare yes or no where a change is asked for."""
    settled_by_answer: bool = False
    """True when a yes/no answer alone makes it current-level work."""
    assigned: bool = False
    """True when the problem was assigned rather than chosen."""

    @property
    def answered(self) -> int:
        """How many of the four questions have an answer so far."""
        left = len(self.unanswered) + len(self.not_reached)
        return len(CANDIDATE_QUESTIONS) - left

    @property
    def settled(self) -> bool:
        """True when the verdict can be given: every question is answered, or a
        yes/no answer already makes it current-level work, which no later answer
        can change."""
        return self.settled_by_answer or self.answered == len(CANDIDATE_QUESTIONS)

    @property
    def progress(self) -> str:
        """How far the answers have got, for as long as the verdict waits."""
        return catalogue.CHECK_PROGRESS.format(
            answered=self.answered, total=len(CANDIDATE_QUESTIONS)
        )

    @property
    def concerns(self) -> tuple[str, ...]:
        """Everything the check holds against the candidate, as the user is told
        it wherever the verdict is given: the reasons, then the cautions."""
        return (*self.reasons, *self.cautions)

    @property
    def verdict(self) -> str:
        """One line that sums up the check."""
        if self.looks_current_level:
            # Assigned work a peer could not do anyway is not current-level by
            # nature; it is simply not a problem the user chose to drive.
            if self.assigned and catalogue.CHECK_REASON_PEER not in self.reasons:
                return catalogue.CHECK_VERDICT_ASSIGNED
            return catalogue.CHECK_VERDICT_CURRENT
        if self.unanswered:
            return catalogue.CHECK_VERDICT_UNANSWERED
        if self.cautions:
            return catalogue.CHECK_VERDICT_ALMOST
        return catalogue.CHECK_VERDICT_NEXT


def check_candidate(
    peer_would_do_anyway: bool | None,
    choosing: bool | None,
    change_and_measure: str,
    noticed_outside: str,
    not_reached: Collection[str] = (),
) -> CandidateCheck:
    """Ask the four questions of a candidate, from the catalogue or the user's own.

    Work a strong peer would do anyway is current-level however well it is done:
    fixing the bug you were assigned is the job, not a promotion signal. So is
    work whose change nobody can name. An assigned problem is not one the user
    chose to drive: under ``review.assigned_work_counts`` assigned work counts only
    once it has changed something that people outside the team noticed, which a
    problem not yet driven cannot show. Nobody outside the
    team noticing is a caution rather than a verdict, because the reach of a
    problem often only shows once it is fixed.

    The verdict waits for all four answers, except that "a strong peer would do
    it anyway" or "it was assigned" settles it at once: no other answer can
    turn such work into a next-level signal. A typed question not reached yet
    adds no reason or caution, so a verdict settled early names only what the
    answers so far say.

    Args:
        peer_would_do_anyway: would a strong engineer at your level do this anyway?
            None when not answered yet.
        choosing: are you choosing this work (True) or was it assigned (False)?
            None when not answered yet.
        change_and_measure: what would change, and how you would measure it.
        noticed_outside: who outside the team would notice.
        not_reached: ids of the typed questions (``change_and_measure``,
            ``noticed_outside``) the user has neither answered nor moved past
            yet. One with text in it counts as answered all the same, except
            a bare yes, no or single letter in ``change_and_measure``, which
            leaves it open wherever the user is.

    Returns:
        The check: whether it looks like current-level work, the reasons, the
        cautions, the questions still open, and whether the verdict is settled.
    """
    reasons: list[str] = []
    cautions: list[str] = []
    unanswered: list[str] = []

    if peer_would_do_anyway is None:
        unanswered.append("peer_would_do_anyway")
    elif peer_would_do_anyway:
        reasons.append(catalogue.CHECK_REASON_PEER)
    if choosing is None:
        unanswered.append("choosing")
    elif not choosing:
        reasons.append(catalogue.CHECK_REASON_ASSIGNED)

    typed = {
        "change_and_measure": change_and_measure,
        "noticed_outside": noticed_outside,
    }
    # A bare yes or no where a change is asked for leaves the question open; so
    # does a bare yes where names are asked for (a no there says nobody would).
    still_open = tuple(
        question_id
        for question_id, text in typed.items()
        if (question_id in not_reached and not text.strip())
        or (question_id == "change_and_measure" and is_bare_reply(text))
        or (
            question_id == "noticed_outside"
            and is_bare_reply(text)
            and not is_blank_answer(text)
        )
    )

    # A question not reached yet holds nothing against the candidate: its blank
    # is not an answer, and a verdict settled early lists only what was said.
    if "change_and_measure" not in still_open and is_blank_answer(change_and_measure):
        reasons.append(catalogue.CHECK_REASON_NO_CHANGE)
    if "noticed_outside" not in still_open and is_blank_answer(noticed_outside):
        cautions.append(catalogue.CHECK_CAUTION_INSIDE_ONLY)

    return CandidateCheck(
        looks_current_level=bool(reasons),
        reasons=tuple(reasons),
        cautions=tuple(cautions),
        unanswered=tuple(unanswered),
        not_reached=still_open,
        settled_by_answer=peer_would_do_anyway is True or choosing is False,
        assigned=choosing is False,
    )
