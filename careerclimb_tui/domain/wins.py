"""Rules about wins: framing them on save, finding them, and summing up a quarter.

Searching thousands of wins as the user types stays quick because each win's
folded text is made once (:func:`search_texts`) and then only scanned
(:func:`filter_searched`), and a search typed further looks only through what the
shorter one found (:func:`search_narrows`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import compress
from typing import TYPE_CHECKING

from careerclimb_tui import catalogue
from careerclimb_tui.domain.framing import (
    FRAMING_PLAN,
    Reading,
    measure_name_in_title,
    read_win,
    stated_measure,
    time_taken_name,
)
from careerclimb_tui.domain.quarters import Quarter, months_in_words, quarter_of
from careerclimb_tui.domain.records import (
    FRAMING_IMPACT,
    Measure,
    Win,
    describe_measure,
    fold_for_search,
    plain_tags,
)
from careerclimb_tui.errors import CareerClimbError

if TYPE_CHECKING:
    from careerclimb_tui.domain.gaps import GapView


def framed(win: Win) -> Win:
    """Return the win ready to save: framed, and measured when its text says how.

    The framing comes from the coach's reading; a text that only plans a change
    is labelled ``FRAMING_PLAN``, as it is not a win yet. When no measure was typed
    and the text states a complete before → after ("in 3 minutes instead of 30"),
    a single relative change or a single amount ("saved $40k a year"), that
    measure is kept (``stated_measure``), so the change shows in the journal and
    the review. The numbers are the user's own; nothing is invented. A before →
    after is named as the text names it ("lead time went from 3 days to 1"),
    else by the title when that ends in a metric ("Cut release lead time");
    otherwise it stays unnamed (see ``saved_note``).
    A before → after typed without a name takes the name of a time taken "in"
    so long that the text states as its after ("Reviews now land in 4 hours").
    """
    reading = read_win(
        win.title, win.what_changed, win.measure, win.beneficiaries, win.noticed_by
    )
    changes: dict[str, object] = {"framing": reading.label}
    if win.measure is None:
        found = stated_measure(reading.measures, reading.measure_names)
        if found is not None and not found.label and found.before is not None:
            found = replace(found, label=measure_name_in_title(win.title))
        if found is not None:
            changes["measure"] = found
    elif is_unnamed_pair(win.measure) and win.measure.after is not None:
        # "Reviews now land in 4 hours" says what a typed 2 days → 4 hours is of.
        after = win.measure.after
        name = time_taken_name(win.title, after) or time_taken_name(
            win.what_changed, after
        )
        if name:
            changes["measure"] = replace(win.measure, label=name)
    return win.with_changes(**changes)


def read_change_of(win: Win, text: str) -> Reading:
    """Read a change typed for a win as the whole win would read with it saved.

    The review's question 3 and the log-a-win form thus name the same framing:
    the change is read under the win's title, beside its measure and who
    benefited, exactly as ``framed`` reads it once it becomes "what changed".

    Args:
        win: the win the change is for.
        text: the change, as typed.

    Returns:
        The coach's reading of the win with ``text`` as what changed.
    """
    return read_win(win.title, text, win.measure, win.beneficiaries, win.noticed_by)


def saved_note(win: Win) -> str:
    """What to tell the user once a win is saved: its number and its framing.

    A plan is not a win yet, so the note says to come back once it has landed
    rather than naming it activity. A before → after saved with no name says
    nothing of what changed by that much, so the note says how to name it.
    """
    if win.framing == FRAMING_PLAN:
        return catalogue.LOG_SAVED_PLAN.format(id=win.id)
    note = catalogue.LOG_SAVED.format(id=win.id, framing=win.framing)
    measure = win.measure
    if measure is not None and is_unnamed_pair(measure):
        note += " " + catalogue.LOG_SAVED_UNNAMED_MEASURE.format(
            measure=describe_measure(measure)
        )
    return note


LONG_TITLE = 300
"""Characters past which a title is far longer than a line anyone retells."""
LONG_CHANGE = 800
"""Characters past which "what changed" is far longer than a story's result."""
TITLE_MAX_CHARS = 3_000
"""The longest title a win is saved with: ten times ``LONG_TITLE``, so a long
title still saves with a hint, and only a pasted document is refused."""


def check_title_length(title: str) -> None:
    """Refuse a title far past anything a win's title is for.

    Args:
        title: the win's title, as typed; counted as ``length_hints`` counts
            it, with runs of spaces as one.

    Raises:
        CareerClimbError: when the title is longer than ``TITLE_MAX_CHARS``.
    """
    length = len(" ".join(title.split()))
    if length > TITLE_MAX_CHARS:
        raise CareerClimbError(
            catalogue.LOG_TITLE_TOO_LONG.format(count=length, limit=TITLE_MAX_CHARS),
            exit_code=2,
        )


def length_hints(title: str, what_changed: str = "") -> tuple[str, ...]:
    """Gentle hints for a title or a change far past a length anyone retells.

    A win is retold in a calibration meeting in a sentence or two; a title of
    several paragraphs buries its change. Up to ``TITLE_MAX_CHARS`` the win
    saves as typed and the hint only asks for something shorter; past it, the
    hint says the title will not save.

    Args:
        title: the win's title, as typed.
        what_changed: what changed, as typed.

    Returns:
        A hint for each field past its length (``LONG_TITLE``, ``LONG_CHANGE``),
        the title's first; empty when both are of a sensible length.
    """
    hints: list[str] = []
    title_length = len(" ".join(title.split()))
    if title_length > TITLE_MAX_CHARS:
        hints.append(
            catalogue.COACH_TITLE_OVER_LIMIT.format(
                count=title_length, limit=TITLE_MAX_CHARS
            )
        )
    elif title_length > LONG_TITLE:
        hints.append(catalogue.COACH_LONG_TITLE.format(count=title_length))
    change_length = len(" ".join(what_changed.split()))
    if change_length > LONG_CHANGE:
        hints.append(catalogue.COACH_LONG_CHANGED.format(count=change_length))
    return tuple(hints)


def is_unnamed_pair(measure: Measure) -> bool:
    """True for a before → after with nothing saying what it measures."""
    return (
        measure.before is not None
        and measure.after is not None
        and measure.is_complete
        and not measure.label.strip()
    )


def clean_list(values: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, non-empty, de-duplicated values in their first order."""
    seen: dict[str, None] = {}
    for value in values:
        value = value.strip()
        if value and value not in seen:
            seen[value] = None
    return tuple(seen)


# A word that tells what was done: a text holding one is an account of what
# happened ("Ana from Platform thanked us"), not a list of people.
DEED_WORDS = re.compile(
    r"\b(?:thank(?:s|ed)|notic(?:es|ed)|sa(?:id|ys)|ask(?:s|ed)|prais(?:es|ed)"
    r"|adopt(?:s|ed)|us(?:es|ed)|reus(?:es|ed)|call(?:s|ed)|wr(?:ote|ites)"
    r"|shar(?:es|ed)|mention(?:s|ed)|present(?:s|ed)|highlight(?:s|ed)"
    r"|quot(?:es|ed)|cit(?:es|ed)|told|tells|gave|gives|sent|sends|lov(?:es|ed)"
    r"|lik(?:es|ed)|approv(?:es|ed)|endors(?:es|ed)|recommend(?:s|ed)"
    r"|request(?:s|ed)|credit(?:s|ed)|pick(?:s|ed) up)\b",
    re.IGNORECASE,
)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_LEADING_AND = re.compile(r"^\s*and\s+", re.IGNORECASE)


def _depths(text: str) -> list[int]:
    """How many brackets are open at each character of ``text``."""
    depths: list[int] = []
    depth = 0
    for char in text:
        if char in "([":
            depth += 1
        depths.append(depth)
        if char in ")]" and depth:
            depth -= 1
    return depths


def _whole_name(text: str) -> bool:
    """True when a text before an "and" can be a name of its own.

    It can when it ends in a bracket ("Dana (Finance)") or has two words or more
    ("Sam Lee", "the CTO"). One word is read as the first half of a longer name:
    "Trust and Safety", "Research and Development".
    """
    text = text.strip()
    return text.endswith((")", "]")) or len(text.split()) >= 2


def _split_at_and(text: str) -> list[str]:
    """One text of names, split at each "and" outside brackets that joins two."""
    text = _LEADING_AND.sub("", text)
    depths = _depths(text)
    names: list[str] = []
    start = 0
    for joint in _AND.finditer(text):
        if depths[joint.start()]:
            continue
        before, after = text[start : joint.start()], text[joint.end() :]
        if (
            _whole_name(before)
            and not DEED_WORDS.search(before)
            and not DEED_WORDS.search(after)
        ):
            names.append(before)
            start = joint.end()
    names.append(text[start:])
    return names


# Words that open a piece telling when, where or how rather than who: in
# "Head of Support, in the quarterly review" the part after the comma is no
# second person.
_CIRCUMSTANCE_WORDS = frozenset(
    "in at on during via after before when while for through by from over "
    "with without since until within across about around last yesterday "
    "earlier later again twice".split()
)


def _tells_circumstance(part: str) -> bool:
    """True when a piece between commas says when, where or how, not who."""
    words = part.split()
    return bool(words) and words[0].casefold() in _CIRCUMSTANCE_WORDS


def _kept_with_names(pieces: list[str]) -> list[str]:
    """Names between commas, each circumstance joined back to the name before it.

    "Head of Support, in the quarterly review" stays one name, as typed.

    Args:
        pieces: the text cut before each comma or semicolon outside brackets,
            every piece but the first starting with the mark it was cut at.

    Returns:
        The names, marks taken off except inside a name kept whole.
    """
    kept: list[str] = []
    for index, piece in enumerate(pieces):
        part = piece[1:] if index else piece
        if kept and kept[-1].strip() and _tells_circumstance(part):
            kept[-1] += piece
        else:
            kept.append(part)
    return kept


def split_names(text: str) -> tuple[str, ...]:
    """People or teams typed as one line, separated by commas, semicolons or "and".

    Only what is outside brackets separates: "Priya (tech lead, platform)" is one
    person, and "Dana (Finance) and Sam Lee (Director, Data)" two. An "and"
    separates two names when the words before it can be a name of their own
    (see ``_whole_name``) and the text tells of no deed on either side: "VP Eng
    and the CTO" is two people, "Trust and Safety" one team, and "Payments lead
    thanked us and the CTO" one account of what happened. An account is kept
    whole at its commas too: in "VP of Commerce, José Álvarez, mentioned it at
    the all-hands" the commas set off who the VP is. A piece that says when,
    where or how ("in the quarterly review", "by email") is no one's name: it
    stays with the name before it.

    Args:
        text: a field of names, as typed.

    Returns:
        The names, trimmed, each once, in the order typed; blanks left out.
    """
    if DEED_WORDS.search(text):
        return clean_list([" ".join(text.split())])
    depths = _depths(text)
    parts: list[str] = []
    start = 0
    for index, char in enumerate(text):
        if char in ",;" and not depths[index]:
            parts.append(text[start:index])
            start = index
    parts.append(text[start:])
    names = [name for part in _kept_with_names(parts) for name in _split_at_and(part)]
    return clean_list(" ".join(name.split()) for name in names)


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as one line, separated by commas, semicolons or spaces; a
    leading "#" is taken off ("#infra" is the tag "infra")."""
    return plain_tags(re.sub(r"[,;]", " ", text).split())


def matches(win: Win, query: str) -> bool:
    """True when every word of the query appears somewhere in the win."""
    haystack = win.search_text()
    return all(word in haystack for word in search_words(query))


def search_words(query: str) -> list[str]:
    """The words of a search, folded as win texts are; none for a blank search.

    A "#" with no tag after it yet is left out: it is a tag search still being
    typed, and narrowing to the wins that have any "#" in them would empty the
    list for a moment for no reason.
    """
    return [word for word in fold_for_search(query).split() if word.strip("#")]


def search_texts(wins: Iterable[Win]) -> list[str]:
    """Each win's folded text (``Win.search_text``), in the wins' order.

    Made once for a list of wins, so that every keystroke of a search only scans.
    """
    return [win.search_text() for win in wins]


def search_narrows(before: str, after: str) -> bool:
    """True when every win that matches ``after`` also matches ``before``.

    Typing on at the end of a search only narrows it: each word of the shorter
    search is inside a word of the longer one. So the next keystroke can look
    through the last matches instead of every win.

    Args:
        before: the search as it was.
        after: the search as it is now.

    Returns:
        Whether the matches of ``after`` are among those of ``before``.
    """
    return fold_for_search(after).startswith(fold_for_search(before))


def matching_with_texts(
    wins: Sequence[Win],
    texts: Sequence[str],
    query: str = "",
    quarter: Quarter | None = None,
) -> tuple[list[Win], list[str]]:
    """The wins that match, each with its text, for a search typed further.

    Args:
        wins: the wins to look through.
        texts: the folded text of each win (:func:`search_texts`), same order.
        query: words that must all appear in a win; empty matches every win.
        quarter: when given, only wins dated inside it.

    Returns:
        The matching wins in their given order, and their texts.

    Raises:
        ValueError: when there is not one text per win.
    """
    if len(texts) != len(wins):
        raise ValueError(f"{len(texts)} search texts for {len(wins)} wins")
    kept_wins, kept_texts = list(wins), list(texts)
    # Each test narrows two lists through a mask of booleans: pairing every win
    # with its text instead would allocate an object per win per keystroke, and
    # with tens of thousands of wins that wakes the garbage collector.
    if quarter is not None:
        first, last = quarter.first_day, quarter.last_day
        mask = [first <= win.date <= last for win in kept_wins]
        kept_wins = list(compress(kept_wins, mask))
        kept_texts = list(compress(kept_texts, mask))
    for word in search_words(query):
        mask = [word in text for text in kept_texts]
        kept_wins = list(compress(kept_wins, mask))
        kept_texts = list(compress(kept_texts, mask))
    return kept_wins, kept_texts


def filter_searched(
    wins: Sequence[Win],
    texts: Sequence[str],
    query: str = "",
    quarter: Quarter | None = None,
) -> list[Win]:
    """What :func:`filter_wins` finds, over texts made by :func:`search_texts`.

    Args:
        wins: the wins to look through.
        texts: the folded text of each win, in the same order.
        query: words that must all appear in a win; empty matches every win.
        quarter: when given, only wins dated inside it.

    Returns:
        The matching wins, in their given order.

    Raises:
        ValueError: when there is not one text per win.
    """
    return matching_with_texts(wins, texts, query, quarter)[0]


def filter_wins(
    wins: Sequence[Win],
    query: str = "",
    quarter: Quarter | None = None,
) -> list[Win]:
    """The wins that match a search and fall in a quarter, in their given order.

    Args:
        wins: the wins to look through.
        query: words that must all appear in a win; empty matches every win.
        quarter: when given, only wins dated inside it.

    Returns:
        The matching wins.
    """
    if not search_words(query):
        # No text to compare: skip folding every win.
        return filter_searched(wins, [""] * len(wins), "", quarter)
    return filter_searched(wins, search_texts(wins), query, quarter)


def quarters_with_wins(wins: Iterable[Win], start_month: int = 1) -> list[Quarter]:
    """Every quarter that holds at least one win, newest first."""
    # A quarter is decided by the month: a few hundred months, not every win.
    months = {(win.date.year, win.date.month) for win in wins}
    found = {quarter_of(dt.date(year, month, 1), start_month) for year, month in months}
    return sorted(found, reverse=True)


@dataclass(frozen=True)
class QuarterTally:
    """How the wins of one quarter read."""

    quarter: Quarter
    total: int
    impact: int
    planned: int = 0
    """Wins that only plan a change, labelled ``FRAMING_PLAN``."""

    @property
    def activity(self) -> int:
        """Wins that say what was done but not what changed; plans count apart."""
        return self.total - self.impact - self.planned


def tally_quarter(
    wins: Iterable[Win],
    quarter: Quarter,
    framings: Mapping[int, str] | None = None,
) -> QuarterTally:
    """Count a quarter's wins, those framed as impact and those still a plan.

    Args:
        wins: the user's wins; only those dated in ``quarter`` are counted.
        quarter: the quarter to count.
        framings: win id → the framing the win counts with when it is not its
            saved one (see ``review.counted_framings``); the saved framing of
            every other win counts.

    Returns:
        The quarter's wins, how many are framed as impact and how many are plans.
    """
    first, last = quarter.first_day, quarter.last_day
    inside = [w for w in wins if first <= w.date <= last]
    known = framings or {}
    counted = [
        known.get(w.id, w.framing) if w.id is not None else w.framing for w in inside
    ]
    return QuarterTally(
        quarter,
        len(inside),
        counted.count(FRAMING_IMPACT),
        counted.count(FRAMING_PLAN),
    )


def tally_text(tally: QuarterTally) -> str:
    """The quarter's wins on one line, for home: "This quarter (2026Q3): 7 wins ·
    2 framed as impact · 4 activity-only · 1 plan".

    The plans are named only when there are any, so that the parts always add
    up to the number of wins.
    """
    line = catalogue.HOME_QUARTER.format(
        quarter=tally.quarter,
        total=tally.total,
        wins_word="win" if tally.total == 1 else "wins",
        impact=tally.impact,
        activity=tally.activity,
    )
    if tally.planned:
        plans_word = catalogue.PLAN_ONE if tally.planned == 1 else catalogue.PLAN_MANY
        line += catalogue.HOME_QUARTER_PLANS.format(
            planned=tally.planned, plans_word=plans_word
        )
    return line


def last_logged_day(wins: Iterable[Win]) -> dt.date:
    """The latest day a win was logged or dated, whichever is later for each.

    A win logged today about last month still counts as logging today: the
    nudges to log again go by when the user last wrote one down.

    Args:
        wins: at least one win.
    """
    return max(
        max(w.date, w.created_at.date()) if w.created_at is not None else w.date
        for w in wins
    )


@dataclass(frozen=True)
class ReviewFinding:
    """What the latest finished quarterly review found, as the next step reads it."""

    quarter: str
    """The quarter reviewed, named like ``2026Q3``; with its months when it was
    named under an earlier year start that does not line up (``run_label``),
    so it is never taken for a quarter named now."""
    finished_at: dt.datetime
    """When the user finished that review (UTC)."""
    next_level: int
    """How many of its wins its summary counts as next-level."""
    focus: str = ""
    """The dimension the gap view names as the one to work on next; empty when
    every dimension has recent next-level evidence."""


@dataclass(frozen=True)
class CaseGaps:
    """Where the case for the next level has nothing at all yet, for the next step."""

    missing_dimension: str = ""
    """The dimension the gap view names to work on next, when no reviewed win is
    next-level evidence for it; empty when it has some, or when none is named."""
    bare_criteria: int = 0
    """How many of the manager's criteria have no win or problem linked."""
    thin_dimension: str = ""
    """The dimension the gap view names to work on next, when its next-level
    evidence is thin (one win, or only old ones); empty otherwise."""


def case_gaps(view: GapView) -> CaseGaps:
    """Read from the gap view what the case still lacks evidence for.

    Args:
        view: the gap view as of today.

    Returns:
        The focus dimension, as missing or as thin, and the criteria still open.
    """
    # Imported here: the gap view reads reviews, and reviews read this module.
    from careerclimb_tui.domain.gaps import CRITERION_OPEN, GapStatus

    focus = view.focus
    missing = focus.name if focus and focus.status is GapStatus.MISSING else ""
    thin = focus.name if focus and focus.status is GapStatus.THIN else ""
    criteria = [c for gap in view.dimensions for c in gap.criteria]
    criteria += view.unplaced_criteria
    bare = sum(1 for criterion in criteria if criterion.status == CRITERION_OPEN)
    return CaseGaps(missing, bare, thin)


UNREVIEWED_LOOKBACK = 3
"""How many ended quarters home looks back through for one never reviewed: with
the current quarter, the last twelve months."""


@dataclass(frozen=True)
class UnreviewedQuarter:
    """An ended quarter that holds wins and has no finished review."""

    quarter: Quarter
    wins: int
    """How many wins are dated inside it."""
    after_review: bool = False
    """True when the quarter has a finished review and these wins are the ones
    its latest finished run does not hold, most often logged after it."""
    judged_elsewhere: int = 0
    """More wins of the quarter, not counted in ``wins``, that finished runs of
    an earlier year start answered."""
    judged_in: tuple[str, ...] = ()
    """The labels of those runs, their months with them."""


@dataclass(frozen=True)
class RunInProgress:
    """A quarter's latest review run, started and not finished yet."""

    run: int
    total: int
    """How many wins the run walks through."""
    left: int
    """How many of them still wait for their answers."""


def unreviewed_quarter(
    wins: Iterable[Win],
    today: dt.date,
    reviewed: Collection[str],
    start_month: int = 1,
    judged: Mapping[int, str] | None = None,
) -> UnreviewedQuarter | None:
    """The latest quarter of the last twelve months that ended unreviewed.

    Only ended quarters count: the current one is still being lived. Older
    quarters than ``UNREVIEWED_LOOKBACK`` back are left alone, as their wins no
    longer speak for the coming promotion cycle. A win a run of an earlier year
    start answered does not wait: a quarter whose wins all were is passed over,
    and one with others names those runs beside the wins still waiting.

    Args:
        wins: every win.
        today: the user's local date.
        reviewed: the quarters, named like ``2026Q3``, that have a finished
            review.
        start_month: the month the user's fiscal year starts in.
        judged: win id → the label of the finished run of an earlier year
            start that answered it (``review.judged_under_other_starts``).

    Returns:
        The newest such quarter with how many wins wait in it, or None.
    """
    judged = judged or {}
    current = quarter_of(today, start_month)
    earlier = [current.previous()]
    while len(earlier) < UNREVIEWED_LOOKBACK:
        earlier.append(earlier[-1].previous())
    counts = dict.fromkeys(earlier, 0)
    answered: dict[Quarter, list[str]] = {quarter: [] for quarter in earlier}
    for win in wins:
        quarter = quarter_of(win.date, start_month)
        if quarter not in counts:
            continue
        if win.id in judged:
            answered[quarter].append(judged[win.id])
        else:
            counts[quarter] += 1

    for quarter in earlier:
        if counts[quarter] and str(quarter) not in reviewed:
            labels = answered[quarter]
            return UnreviewedQuarter(
                quarter,
                counts[quarter],
                judged_elsewhere=len(labels),
                judged_in=tuple(sorted(set(labels))),
            )
    return None


def quarter_to_review(
    wins: Iterable[Win],
    today: dt.date,
    reviewed: Collection[str],
    start_month: int = 1,
    left_out: Mapping[str, int] | None = None,
    judged: Mapping[int, str] | None = None,
) -> UnreviewedQuarter | None:
    """The quarter whose wins most need a review, with how many wait in it.

    Two kinds of quarter wait: one of the last twelve months that ended with
    wins and no finished review (``unreviewed_quarter``), and one, the current
    quarter included, whose latest finished run leaves wins out. The one with
    more wins waiting comes first, since each of them counts in no gap, pitch
    or prep until reviewed; on a tie, the older quarter, whose wins are harder
    to recall.

    Args:
        wins: every win.
        today: the user's local date.
        reviewed: the quarters that have a finished review.
        start_month: the month the user's fiscal year starts in.
        left_out: quarter name → how many of its wins its latest finished run
            does not hold; None or empty when none are left out.
        judged: win id → the finished run of an earlier year start that
            answered it; such wins do not wait (``unreviewed_quarter``).

    Returns:
        The quarter to review, or None when no win waits for a review.
    """
    waiting: list[UnreviewedQuarter] = []
    ended = unreviewed_quarter(wins, today, reviewed, start_month, judged)
    if ended is not None:
        waiting.append(ended)

    recent = [quarter_of(today, start_month)]
    while len(recent) <= UNREVIEWED_LOOKBACK:
        recent.append(recent[-1].previous())
    for quarter in recent:
        count = (left_out or {}).get(str(quarter), 0)
        if count and str(quarter) in reviewed:
            waiting.append(UnreviewedQuarter(quarter, count, after_review=True))

    if not waiting:
        return None
    return max(waiting, key=lambda w: (w.wins, -w.quarter.first_day.toordinal()))


def next_step(
    wins: Sequence[Win],
    today: dt.date,
    start_month: int = 1,
    framings: Mapping[int, str] | None = None,
    review: ReviewFinding | None = None,
    reviewed: Collection[str] | None = None,
    case: CaseGaps | None = None,
    left_out: Mapping[str, int] | None = None,
    running: Mapping[str, RunInProgress] | None = None,
    judged: Mapping[int, str] | None = None,
) -> str:
    """The one thing most worth doing next, from the wins logged so far.

    Args:
        wins: every win.
        today: the user's local date.
        start_month: the month the user's fiscal year starts in.
        framings: win id → the framing a review confirmed for it, where that is
            not its saved one (``review.counted_framings``); wins are counted as
            home's tally and the review summary count them.
        review: what the latest finished review found, if there is one.
        reviewed: the quarters that have a finished review; None when not
            known, and then no quarter is said to be unreviewed.
        case: what the case has no evidence for at all (``case_gaps``); None
            when not known.
        left_out: quarter name → how many of its wins its latest finished run
            does not hold (``review.left_out_counts``); None when not known.
        running: quarter name → its latest run, where that run is not finished
            (``review.runs_in_progress``); None when not known.
        judged: win id → the finished run of an earlier year start that
            answered it (``review.judged_under_other_starts``); such wins do
            not wait for a review, and the step names the run beside the
            quarter's other wins.

    Returns:
        A short suggestion for the home screen. Wins waiting for a review come
        first, after the very first win: those of a quarter of the last twelve
        months that ended with no finished review, or those a quarter's
        finished review does not hold, whichever quarter has more
        (``quarter_to_review``). When that quarter has a run in progress, the
        step is to resume it, since no other run starts before it is finished.
        Until reviewed, they count in no gap, pitch or
        prep, and what they changed is harder to recall each week, while every
        other step is about wins still to come or to reword. Right after a
        review of this quarter or the last that found no next-level win, and
        until a win is logged after it, the step names the dimension to aim the
        next win at; later, that step still stands where all would otherwise be
        well. A win that is still a plan is not asked for what changed: nothing
        has yet, so the user is told to come back once it has landed. An
        activity-only win that already says what changed is asked for what it
        still lacks instead: a before → after, or the change said as an outcome.
        Once the quarter's wins need nothing more, the step points at what the
        case still lacks: a manager's criterion with no evidence, as the manager
        named it, before a dimension with no next-level win, before one whose
        next-level evidence is thin. Only with none of these, or with the case
        not known, is the user told to keep capturing.
    """
    if not wins:
        return catalogue.NEXT_LOG_FIRST_WIN
    waiting = (
        quarter_to_review(wins, today, reviewed, start_month, left_out, judged)
        if reviewed is not None
        else None
    )
    if waiting is not None:
        run = (running or {}).get(str(waiting.quarter))
        if run is not None:
            told = (
                catalogue.NEXT_REVIEW_RESUME
                if run.left
                else catalogue.NEXT_REVIEW_FINISH
            )
            return told.format(
                quarter=waiting.quarter,
                run=run.run,
                left=run.left,
                total=run.total,
                noun="win" if run.total == 1 else "wins",
            )
        one = waiting.wins == 1
        if waiting.after_review:
            told = catalogue.NEXT_REVIEW_LEFT_OUT
        elif waiting.judged_elsewhere:
            told = catalogue.NEXT_REVIEW_ENDED_PARTLY_JUDGED
        else:
            told = catalogue.NEXT_REVIEW_ENDED
        return told.format(
            quarter=waiting.quarter,
            count=waiting.wins,
            noun="win" if one else "wins",
            pronoun="it" if one else "them",
            months=months_in_words(waiting.quarter),
            runs=catalogue.REVIEW_RUNS_JOINED.join(waiting.judged_in),
            judged=waiting.judged_elsewhere,
        )
    quarter = quarter_of(today, start_month)
    aim = _review_focus_step(review, quarter)
    if aim is not None and review is not None and not _logged_since(wins, review):
        return aim

    tally = tally_quarter(wins, quarter, framings)
    if tally.total == 0:
        return catalogue.NEXT_LOG_THIS_QUARTER
    if tally.activity:
        return _reframe_step(wins, quarter, framings or {})
    latest = last_logged_day(wins)
    if (today - latest).days >= 14:
        return catalogue.NEXT_LOG_AGAIN.format(days=(today - latest).days)
    if tally.planned:
        return _counted_step(catalogue.NEXT_PLAN_LANDED, tally.planned)
    if aim is not None:
        return aim
    return _case_step(case) or catalogue.NEXT_ALL_IMPACT


def _case_step(case: CaseGaps | None) -> str | None:
    """Where the case lacks evidence most, as a step; None when it lacks none."""
    if case is None:
        return None
    if case.bare_criteria:
        count = case.bare_criteria
        return catalogue.NEXT_BARE_CRITERIA.format(
            count=count,
            noun="criterion" if count == 1 else "criteria",
            verb="has" if count == 1 else "have",
        )
    if case.missing_dimension:
        return catalogue.NEXT_MISSING_DIMENSION.format(dimension=case.missing_dimension)
    if case.thin_dimension:
        return catalogue.NEXT_THIN_DIMENSION.format(dimension=case.thin_dimension)
    return None


def _review_focus_step(review: ReviewFinding | None, quarter: Quarter) -> str | None:
    """Where to aim the next win after a review that found no next-level one.

    Only a review of this quarter or the last still speaks for what to do now;
    None for an older one, for one that found a next-level win, or for none.
    """
    if review is None or review.next_level:
        return None
    if review.quarter not in (str(quarter), str(quarter.previous())):
        return None
    if review.focus:
        return catalogue.NEXT_REVIEW_FOCUS.format(
            quarter=review.quarter, dimension=review.focus
        )
    return catalogue.NEXT_REVIEW_NO_FOCUS.format(quarter=review.quarter)


def _logged_since(wins: Iterable[Win], review: ReviewFinding) -> bool:
    """True when a win was written down after the review was finished."""
    return any(
        win.created_at is not None and win.created_at > review.finished_at
        for win in wins
    )


def _reframe_step(
    wins: Iterable[Win], quarter: Quarter, framings: Mapping[int, str]
) -> str:
    """What to add to the quarter's activity-only wins, as they stand.

    A win counts with the framing its review confirmed (``framings``), else its
    saved one. A win with nothing under what changed needs that first. One that
    has it and still reads as activity states no before → after (a complete one
    would make it impact), so asking again for what changed would not help it.
    """
    first, last = quarter.first_day, quarter.last_day
    activity = [
        win
        for win in wins
        if first <= win.date <= last
        and _counted(win, framings) not in (FRAMING_IMPACT, FRAMING_PLAN)
    ]
    blank = sum(1 for win in activity if not win.what_changed.strip())
    filled = len(activity) - blank

    if not filled:
        return _counted_step(catalogue.NEXT_REFRAME, blank)
    if not blank:
        return _counted_step(catalogue.NEXT_REFRAME_MEASURE, filled)
    return catalogue.NEXT_REFRAME_MIXED.format(
        count=len(activity), blank=blank, filled=filled
    )


def _counted(win: Win, framings: Mapping[int, str]) -> str:
    """The framing a win counts with: its review's, else its saved one."""
    return framings.get(win.id, win.framing) if win.id is not None else win.framing


def _counted_step(template: str, count: int) -> str:
    """A step about ``count`` wins, with "win is" or "wins are" to agree."""
    noun = "win" if count == 1 else "wins"
    verb = "is" if count == 1 else "are"
    return template.format(count=count, noun=noun, verb=verb)


def same_win_key(win: Win) -> tuple[dt.date, str]:
    """What makes two wins the same one: their date and their title.

    Args:
        win: any win, stored or not.

    Returns:
        The date, and the title compared without case, accents, extra spaces
        or a closing full stop.
    """
    title = " ".join(fold_for_search(win.title).split())
    return win.date, title.rstrip(". ")


def same_win_in(win: Win, wins: Iterable[Win]) -> Win | None:
    """The first of ``wins`` that is the same win as ``win`` (``same_win_key``).

    Args:
        win: the win looked for, such as one deleted and about to come back.
        wins: the wins to look through, such as those stored now.

    Returns:
        That win, or None when none is the same.
    """
    key = same_win_key(win)
    return next((other for other in wins if same_win_key(other) == key), None)
