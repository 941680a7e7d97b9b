"""The quarterly self-review: the four-question test, its verdicts and the summary.

Once a quarter the user walks every win of the quarter and asks of each whether it
shows next-level work or excellent current-level work. This module holds the records
of that walk, the pure functions that move through it, the rule table that turns four
answers into a verdict, and the summary of a finished quarter. It never stores
anything: every function takes records and returns new ones.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
import json
import math
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import groupby, islice
from typing import Any, Literal

from careerclimb_tui import catalogue
from careerclimb_tui.domain.framing import (
    FRAMING_PLAN,
    bare_comparative,
    read_win,
    share_with_no_before,
    vague_change_ask,
)
from careerclimb_tui.domain.initiative import (
    Initiative,
    check_answers,
    linked_result_win,
)
from careerclimb_tui.domain.ladder import Dimension, Ladder
from careerclimb_tui.domain.measure_text import with_measure
from careerclimb_tui.domain.quarters import (
    Quarter,
    lines_up,
    months_in_words,
    parse_quarter,
    quarter_of,
    renamed,
)
from careerclimb_tui.domain.records import (
    FRAMING_ACTIVITY,
    FRAMING_IMPACT,
    Measure,
    Win,
    describe_measure,
)
from careerclimb_tui.domain.sentences import clause_mid_sentence, cut_at_word
from careerclimb_tui.domain.wins import (
    RunInProgress,
    clean_list,
    quarter_to_review,
    read_change_of,
    split_names,
)
from careerclimb_tui.errors import CareerClimbError

REVIEW_GRACE_DAYS = 21
"""For this many days into a new quarter, the quarter just ended is still reviewed."""

STRONGEST_COUNT = 3
"""How many of a quarter's wins the summary holds up as its strongest."""

SUMMARY_TITLE_CHARS = 160
"""The most of a win's title the summary of a run quotes: about two printed lines,
as much as the manager prep quotes (``conversation.EVIDENCE_TITLE_CHARS``)."""


# --- Answers ------------------------------------------------------------------------


class PeerAnswer(str, enum.Enum):
    """Question 1: could a strong engineer at my current level have done this?"""

    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"

    def __str__(self) -> str:
        return self.value


class Choice(str, enum.Enum):
    """Question 2: did I choose this work, or was it assigned?"""

    CHOSE = "chose"
    ASSIGNED = "assigned"
    PARTLY = "partly"

    def __str__(self) -> str:
        return self.value


class VerdictKind(str, enum.Enum):
    """What a win signals: work at the next level, at the current one, or unclear."""

    NEXT_LEVEL = "next_level"
    CURRENT_LEVEL = "current_level"
    UNCLEAR = "unclear"

    def __str__(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        """The kind as the user reads it: "next-level", "current-level", "unclear"."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    VerdictKind.NEXT_LEVEL: catalogue.REVIEW_KIND_NEXT_LEVEL,
    VerdictKind.CURRENT_LEVEL: catalogue.REVIEW_KIND_CURRENT_LEVEL,
    VerdictKind.UNCLEAR: catalogue.REVIEW_KIND_UNCLEAR,
}


@dataclass(frozen=True)
class ChangeAnswer:
    """Question 3: what changed because I did it, as the user confirmed it."""

    text: str
    """The change in the user's words, pre-filled from the win and then confirmed."""
    measured: bool
    """True when the confirmed change is measured (a before → after or a figure)."""
    framing: str | None = None
    """The coach's reading of ``text`` (impact, activity, or ``FRAMING_PLAN`` for a
    change still to come); None to keep the win's."""

    @property
    def planned(self) -> bool:
        """True when the coach reads the change as a plan: it has not happened."""
        return self.framing == FRAMING_PLAN


@dataclass(frozen=True)
class Noticed:
    """Question 4: did anyone outside my immediate team notice, and who?"""

    outside: bool
    """True when someone outside the user's immediate team noticed."""
    who: tuple[str, ...] = ()
    """The people or teams who noticed, as the user named them."""

    def __post_init__(self) -> None:
        if self.who and not self.outside:
            raise ValueError("names of who noticed need outside=True")

    @classmethod
    def nobody(cls) -> Noticed:
        """The answer "no": nobody outside the team noticed."""
        return cls(outside=False)

    @classmethod
    def by(cls, *who: str) -> Noticed:
        """The answer "yes", with the people or teams who noticed."""
        return cls(outside=True, who=clean_list(who))


@dataclass(frozen=True)
class WinAnswers:
    """The four answers given for one win; any of them may still be unanswered."""

    peer_could: PeerAnswer | None = None
    """Q1: could a strong engineer at the current level have done this?"""
    choice: Choice | None = None
    """Q2: chosen, assigned, or partly chosen."""
    change: ChangeAnswer | None = None
    """Q3: what changed, as confirmed by the user."""
    noticed: Noticed | None = None
    """Q4: whether, and by whom, the work was noticed outside the team. A "yes"
    that names nobody is no answer yet: it is kept as None (see ``__post_init__``)."""

    def __post_init__(self) -> None:
        # The store and the CLI may hand over plain values ("yes"); the rules compare
        # enum members, so turn them into members here, once.
        if self.peer_could is not None:
            object.__setattr__(self, "peer_could", PeerAnswer(self.peer_could))
        if self.choice is not None:
            object.__setattr__(self, "choice", Choice(self.choice))
        # Notice nobody can name is a claim the app cannot stand behind: counted,
        # it would reach the verdict, the summary and the pitch as a fact. Until
        # someone is named, question 4 stays open, in runs saved before too.
        if self.noticed is not None and self.noticed.outside and not self.noticed.who:
            object.__setattr__(self, "noticed", None)

    @property
    def missing(self) -> tuple[str, ...]:
        """What is still unanswered, in question order, as the user reads it."""
        labels = (
            (self.peer_could, catalogue.REVIEW_MISSING_PEER),
            (self.choice, catalogue.REVIEW_MISSING_CHOICE),
            (self.change, catalogue.REVIEW_MISSING_CHANGE),
            (self.noticed, catalogue.REVIEW_MISSING_NOTICED),
        )
        return tuple(label for value, label in labels if value is None)

    @property
    def given(self) -> bool:
        """True when at least one of the four questions is answered."""
        return any(
            value is not None
            for value in (self.peer_could, self.choice, self.change, self.noticed)
        )

    @property
    def is_complete(self) -> bool:
        """True when all four questions are answered."""
        # Asked of every win of every review by the gap view: no labels needed.
        return (
            self.peer_could is not None
            and self.choice is not None
            and self.change is not None
            and self.noticed is not None
        )


# --- The verdict rule table ---------------------------------------------------------


@dataclass(frozen=True)
class WinVerdict:
    """What the four-question test makes of one win."""

    kind: VerdictKind
    """Next-level, current-level or unclear."""
    reason: str
    """One sentence saying why, in the user's terms."""


@dataclass(frozen=True)
class _Facts:
    """What the rules look at, worked out once from the answers and the win."""

    answers: WinAnswers
    peer: PeerAnswer | None
    chose: bool
    """Chosen or partly chosen: the first backing signal."""
    fully_chose: bool
    shows_change: bool
    """Measured, or framed as impact: the second backing signal."""
    measured: bool
    noticed: bool
    """Noticed outside the team: the third backing signal."""
    activity_unmeasured: bool
    no_change_named: bool
    """Question 3 was answered empty and nothing measures a change."""
    planned: bool
    """The win, or the change confirmed for it, is a plan that has not happened."""
    share_figure: str = ""
    """A share the unmeasured change states with no before ("40% of payments")."""

    @property
    def backing(self) -> int:
        """How many of the three signals that back up a "no" to question 1 are met."""
        return sum((self.chose, self.shows_change, self.noticed))


@dataclass(frozen=True)
class _Rule:
    """One row of the verdict table: when it applies, and what it concludes."""

    applies: Callable[[_Facts], bool]
    kind: VerdictKind
    reason: Callable[[_Facts], str]


def _fixed(sentence: str) -> Callable[[_Facts], str]:
    """A reason that does not depend on the facts."""
    return lambda _facts: sentence


def _join(parts: Sequence[str]) -> str:
    """Join phrases as a sentence does: "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {catalogue.REVIEW_LIST_AND} {parts[-1]}"


def counted(count: int, one: str, many: str, **fields: object) -> str:
    """A sentence about a number of things, in the singular only for exactly one.

    Args:
        count: how many things the sentence is about.
        one: the sentence for one thing.
        many: the sentence for any other number (zero included), with ``{count}``.
        **fields: any other placeholders of the two sentences.

    Returns:
        The sentence that agrees with ``count``, filled in.
    """
    return (one if count == 1 else many).format(count=count, **fields)


def wins_phrase(count: int) -> str:
    """A number of wins as review text reads it: "1 win", "0 wins", "7 wins"."""
    return counted(count, catalogue.REVIEW_WINS_ONE, catalogue.REVIEW_WINS_MANY)


def _unanswered_reason(facts: _Facts) -> str:
    # A "yes" to question 1 is current-level unless all else points higher, so
    # the walk says where it leans; the verdict itself still waits.
    if facts.peer is PeerAnswer.YES:
        template = catalogue.REVIEW_VERDICT_LEANS_CURRENT
    else:
        template = catalogue.REVIEW_VERDICT_UNANSWERED
    return template.format(missing=_join(facts.answers.missing))


def _no_change_reason(facts: _Facts) -> str:
    if facts.no_change_named:
        return catalogue.REVIEW_VERDICT_PEER_NO_CHANGE
    if facts.share_figure:
        return catalogue.REVIEW_VERDICT_PEER_SHARE_NO_BEFORE.format(
            share=facts.share_figure
        )
    return catalogue.REVIEW_VERDICT_PEER_ACTIVITY


def _activity_reason(facts: _Facts) -> str:
    # A share with no before has a measure half-said: ask for the half missing.
    if facts.share_figure:
        return catalogue.REVIEW_VERDICT_SHARE_NO_BEFORE.format(share=facts.share_figure)
    return catalogue.REVIEW_VERDICT_ACTIVITY


def _next_level_reason(facts: _Facts) -> str:
    signals: list[str] = []
    if facts.chose:
        signals.append(
            catalogue.REVIEW_SIGNAL_CHOSE
            if facts.fully_chose
            else catalogue.REVIEW_SIGNAL_PARTLY_CHOSE
        )
    if facts.measured:
        signals.append(catalogue.REVIEW_SIGNAL_MEASURED)
    elif facts.shows_change:
        signals.append(catalogue.REVIEW_SIGNAL_IMPACT)
    if facts.noticed:
        signals.append(catalogue.REVIEW_SIGNAL_NOTICED)
    return catalogue.REVIEW_VERDICT_NEXT_LEVEL.format(signals=_join(signals))


def _assigned_next_level_reason(facts: _Facts) -> str:
    # Scope and result carry the verdict; what the user chose within the
    # assignment is what a committee asks next, so the reason asks for it,
    # still as one sentence.
    reason = _next_level_reason(facts).removesuffix(".")
    return f"{reason}{catalogue.REVIEW_VERDICT_ASSIGNED_SHAPED}"


def assigned_work_counts(
    *, beyond_level: bool, shows_change: bool, noticed_outside: bool
) -> bool:
    """The one rule for work that was assigned rather than chosen.

    Assigned work is judged by what it became: it counts as next-level evidence
    only when a peer at the user's level could not have done it, it shows what it
    changed, and people outside the team noticed. The review applies it to past
    work. A problem the user is about to drive has changed nothing and been seen
    by nobody yet, so an assigned one never passes: the problem to drive is one
    the user chooses. ``catalogue.ASSIGNED_WORK_RULE`` says this rule in words.

    Args:
        beyond_level: True when a strong peer at the user's level could not have
            done the work.
        shows_change: True when the work is measured or framed as impact.
        noticed_outside: True when people outside the user's team noticed it.

    Returns:
        True when the assigned work counts as next-level evidence.
    """
    return beyond_level and shows_change and noticed_outside


_NEXT = VerdictKind.NEXT_LEVEL
_CURRENT = VerdictKind.CURRENT_LEVEL
_UNCLEAR = VerdictKind.UNCLEAR

# First match wins. Read top to bottom: missing answers stop everything; a plan has not
# happened, so it is evidence of nothing yet, however it is measured or noticed; a win
# framed as activity with no measure can never be next-level, whatever else is said of
# it; a "no" to question 1 needs two of the three backing signals (chose it, a shown
# change, noticed outside), so assigned work needs both of the others (see
# ``assigned_work_counts``); a "yes" is current-level unless everything else points
# higher; a "not sure" needs all three signals at full strength to count as
# next-level. Work a peer could have done that shows no change is current-level, and
# its reason says what it lacks rather than praising it.
VERDICT_RULES: tuple[_Rule, ...] = (
    _Rule(
        lambda f: not f.answers.is_complete,
        _UNCLEAR,
        _unanswered_reason,
    ),
    _Rule(
        lambda f: f.planned,
        _UNCLEAR,
        _fixed(catalogue.REVIEW_VERDICT_PLAN),
    ),
    _Rule(
        lambda f: f.peer is not PeerAnswer.YES and f.activity_unmeasured,
        _UNCLEAR,
        _activity_reason,
    ),
    _Rule(
        lambda f: f.peer is PeerAnswer.NO and f.chose and f.backing >= 2,
        _NEXT,
        _next_level_reason,
    ),
    _Rule(
        lambda f: (
            f.peer is PeerAnswer.NO
            and not f.chose
            and assigned_work_counts(
                beyond_level=True,
                shows_change=f.shows_change,
                noticed_outside=f.noticed,
            )
        ),
        _NEXT,
        _assigned_next_level_reason,
    ),
    _Rule(
        lambda f: f.peer is PeerAnswer.NO,
        _UNCLEAR,
        _fixed(catalogue.REVIEW_VERDICT_UNBACKED),
    ),
    _Rule(
        lambda f: f.peer is PeerAnswer.YES and f.activity_unmeasured,
        _CURRENT,
        _no_change_reason,
    ),
    _Rule(
        lambda f: f.peer is PeerAnswer.YES and not f.chose,
        _CURRENT,
        _fixed(catalogue.REVIEW_VERDICT_ASSIGNED),
    ),
    _Rule(
        lambda f: f.peer is PeerAnswer.YES and f.noticed and f.measured,
        _UNCLEAR,
        _fixed(catalogue.REVIEW_VERDICT_SCOPE_QUESTION),
    ),
    _Rule(
        lambda f: f.peer is PeerAnswer.YES,
        _CURRENT,
        _fixed(catalogue.REVIEW_VERDICT_CURRENT_LEVEL),
    ),
    _Rule(
        lambda f: f.fully_chose and f.measured and f.noticed,
        _NEXT,
        _fixed(catalogue.REVIEW_VERDICT_UNSURE_BUT_STRONG),
    ),
    _Rule(
        lambda f: True,
        _UNCLEAR,
        _fixed(catalogue.REVIEW_VERDICT_UNSURE),
    ),
)
"""The four-question test as a table of rules; the first that applies decides."""


def verdict_for(
    answers: WinAnswers, framing: str, has_metric: bool, measured_change: bool
) -> WinVerdict:
    """Apply the four-question test to one win.

    Args:
        answers: the user's answers; any may still be unanswered.
        framing: the coach's reading of the win, ``FRAMING_IMPACT``,
            ``FRAMING_ACTIVITY`` or ``FRAMING_PLAN``.
        has_metric: True when the win itself carries a measure of its change.
        measured_change: True when the change the user confirmed (question 3) is
            measured.

    Returns:
        The verdict of the first rule in ``VERDICT_RULES`` that applies.
    """
    measured = has_metric or measured_change
    impact = framing == FRAMING_IMPACT
    facts = _Facts(
        answers=answers,
        peer=answers.peer_could,
        chose=answers.choice in (Choice.CHOSE, Choice.PARTLY),
        fully_chose=answers.choice is Choice.CHOSE,
        shows_change=measured or impact,
        measured=measured,
        noticed=answers.noticed is not None and answers.noticed.outside,
        activity_unmeasured=not impact and not measured,
        no_change_named=(
            answers.change is not None
            and not answers.change.text.strip()
            and not measured
        ),
        planned=framing == FRAMING_PLAN,
        share_figure=(
            share_with_no_before(answers.change.text)
            if answers.change is not None and not measured
            else ""
        ),
    )
    rule = next(rule for rule in VERDICT_RULES if rule.applies(facts))
    return WinVerdict(rule.kind, rule.reason(facts))


# --- The review of a quarter --------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ReviewEntry:
    """One win's place in a review: its answers, its verdict and any override."""

    win_id: int
    """The id of the win being judged."""
    win_framing: str = FRAMING_ACTIVITY
    """The coach's reading of the win when the review started: impact or activity."""
    win_has_metric: bool = False
    """True when the win carried a measured change when the review started."""
    answers: WinAnswers = field(default_factory=WinAnswers)
    """The four answers so far."""
    override_kind: VerdictKind | None = None
    """The user's own call, when they disagree with the test; None to accept it."""
    override_note: str = ""
    """Why the user made their call: beside the override, or beside the four
    questions' verdict when the call chosen agreed with it."""
    noticed_taken_off: str = ""
    """What a "no" to question 4 took off the win's "noticed by", kept so that a
    later "yes" gives it back; empty when nothing is held."""
    judged: str = ""
    """The win as this entry last judged it (``judged_fingerprint``); empty when
    not known, as in runs saved before it was kept, and then never taken for an
    edit."""

    def __post_init__(self) -> None:
        if self.override_kind is not None:
            object.__setattr__(self, "override_kind", VerdictKind(self.override_kind))

    @property
    def framing(self) -> str:
        """The framing the verdict uses: of the confirmed change, else of the win."""
        change = self.answers.change
        # An empty answer says nothing new: a plan stays a plan until its change
        # is told.
        still_a_plan = self.win_framing == FRAMING_PLAN and not (
            change is not None and change.text.strip()
        )
        if change is not None and change.framing is not None and not still_a_plan:
            return change.framing
        return self.win_framing

    @property
    def planned(self) -> bool:
        """True when the win, or the change confirmed for it, is still a plan."""
        return self.framing == FRAMING_PLAN

    @property
    def measured(self) -> bool:
        """True when the win or the confirmed change is measured; a plan is not."""
        if self.planned:
            return False
        change = self.answers.change
        return self.win_has_metric or (change is not None and change.measured)

    @functools.cached_property
    def verdict(self) -> WinVerdict:
        """What the four-question test says, whatever the user's override."""
        # Worked out once per entry: entries are frozen, and the gap view asks for
        # the verdict of every win of every review each time it is shown.
        change = self.answers.change
        return verdict_for(
            self.answers,
            self.framing,
            self.win_has_metric,
            change is not None and change.measured,
        )

    @property
    def is_overridden(self) -> bool:
        """True when the user's own call replaces the test's verdict."""
        return self.override_kind is not None

    @property
    def kind(self) -> VerdictKind:
        """The kind that counts: the user's override when there is one."""
        return self.override_kind or self.verdict.kind

    @property
    def is_settled(self) -> bool:
        """True when every question is answered or the user made their own call."""
        return self.answers.is_complete or self.is_overridden

    def override_text(self) -> str:
        """The override as shown beside the verdict; empty when there is none."""
        if self.override_kind is None:
            return ""
        return catalogue.REVIEW_OVERRIDDEN.format(
            kind=self.override_kind.label, computed=self.verdict.kind.label
        )


def _whole_as_int(value: float | None) -> float | None:
    """A number as the user reads it: 40.0 and 40 are the same 40."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def _as_float(value: float | None) -> float | None:
    """A number as the edit form saves it: 40 becomes 40.0."""
    return None if value is None else float(value)


def _as_stored(value: float | None) -> float | None:
    """A number as the data file holds it, 40 or 40.0."""
    return value


def _fingerprint(win: Win, number: Callable[[float | None], float | None]) -> str:
    """The fingerprint of ``judged_fingerprint``, its numbers put through
    ``number`` before they are written down."""
    measure = win.measure
    fields = [
        " ".join(win.title.split()),
        " ".join(win.what_changed.split()),
        " ".join(win.noticed_by.split()),
        None
        if measure is None
        else [
            number(measure.before),
            number(measure.after),
            " ".join(measure.unit.split()),
            " ".join(measure.label.split()),
            number(measure.change_pct),
            number(measure.amount),
        ],
    ]
    text = json.dumps(fields, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def judged_fingerprint(win: Win) -> str:
    """A short fingerprint of what the four questions read of a win.

    Only the title, what changed, the measure and who noticed go in: a tag or a
    dimension added later changes nothing the questions judged. Spacing is
    folded, so re-wrapping a line is no edit, and numbers go in by value: a
    measure the edit form saves back as 40.0 is still the 40 it was.

    Args:
        win: the win as it is now.

    Returns:
        Sixteen hex digits that change whenever one of those fields does.
    """
    return _fingerprint(win, _whole_as_int)


def _fingerprints_of(win: Win) -> set[str]:
    """Every fingerprint a run may hold for the win as it is now.

    Runs saved before numbers went in by value hold them as they were stored
    then, whole numbers written as 40 or as 40.0: either still means no edit.
    """
    return {
        _fingerprint(win, number) for number in (_whole_as_int, _as_float, _as_stored)
    }


def edited_since_review(entry: ReviewEntry | None, win: Win) -> bool:
    """Whether a win was edited since its review entry last judged it.

    Args:
        entry: the win's entry in the review that counts; None when no review
            holds it.
        win: the win as it is now.

    Returns:
        True when the title, what changed, the measure or who noticed differ from
        what the entry judged; False when they match, when the entry answered
        nothing yet, or when it does not know what it judged (older runs).
    """
    if entry is None or not entry.judged:
        return False
    if not (entry.answers.given or entry.is_overridden):
        return False
    return entry.judged not in _fingerprints_of(win)


def mark_judged(review: Review, win: Win, *, now: dt.datetime) -> Review:
    """Record that the review judges a win as it is now.

    The walk calls it on every answer and after each of its own writes to the
    win, so only edits made elsewhere count as ``edited_since_review``.

    Args:
        review: the review to update.
        win: the win as it is now.
        now: the current moment (UTC).

    Returns:
        The review with the win's entry marked; the review itself when the win
        is not part of it or is marked already.
    """
    entry = review.entries.get(win.id) if win.id is not None else None
    if entry is None or entry.judged in _fingerprints_of(win):
        return review
    return _with_entry(review, replace(entry, judged=judged_fingerprint(win)), now)


def _direction(win: Win) -> int:
    """Which way the win's before → after moved: 1 up, -1 down, 0 neither."""
    measure = win.measure
    if measure is None or measure.before is None or measure.after is None:
        return 0
    if math.isclose(measure.before, measure.after):
        return 0
    return 1 if measure.after > measure.before else -1


def verdict_kept_after_result_update(
    review: Review, before: Win, offered: Win, saved: Win
) -> Review:
    """Keep a result win's verdict when its update only followed the readings.

    The problem page offers to bring its result win up to the latest reading
    (``initiative.updated_result_win``). Saved as offered, with the change
    still going the same way, the update tells the same result with newer
    numbers: what the four questions judged still holds, so the entry is
    marked as judging the win as it is now. Any other edit, an entry that was
    behind the win already, or a change that now goes the other way, leaves
    the entry as it was, and the verdict counts as edited since.

    Args:
        review: a review that may hold the win.
        before: the win as it was before the update.
        offered: the update as the problem page drafted it.
        saved: the win as the user saved it.

    Returns:
        The review with the win's entry marked as judging ``saved`` (its
        ``updated_at`` kept: nothing was judged anew); the review itself
        otherwise.
    """
    entry = review.entries.get(before.id) if before.id is not None else None
    if entry is None or not entry.judged or edited_since_review(entry, before):
        return review
    if judged_fingerprint(saved) != judged_fingerprint(offered):
        return review
    if _direction(saved) == 0 or _direction(saved) != _direction(before):
        return review
    entries = dict(review.entries)
    entries[entry.win_id] = replace(entry, judged=judged_fingerprint(saved))
    return replace(review, entries=entries)


def own_call_text(entry: ReviewEntry) -> str:
    """The user's own call on a win and why, as the summary and the print say it.

    Args:
        entry: the win's entry in the review.

    Returns:
        "next-level (your call): <the note>", the note as the user typed it, or
        "next-level (your call, no note)." without one; empty when the four
        questions' verdict stands. Only the app's own reasons are lower-cased
        to read on after their colon: the note is the user's words, quoted.
    """
    if entry.override_kind is None:
        return ""
    kind = entry.override_kind.label
    note = " ".join(entry.override_note.split())
    if not note:
        return catalogue.SUMMARY_PRINT_OVERRIDE_NO_NOTE.format(kind=kind)
    return catalogue.SUMMARY_PRINT_OVERRIDE.format(kind=kind, note=note)


def verdict_lines(entry: ReviewEntry, *, edited: bool = False) -> list[str]:
    """What a win counts as and why, one line each, as the printed review says it.

    Args:
        entry: the win's entry in the review.
        edited: True when the win was edited since the entry judged it
            (``edited_since_review``): the questions' reason may no longer be
            true of it, so it gives way to a line saying so.

    Returns:
        The user's own call with their note (``own_call_text``), then what the
        four questions said with their reason; without a call, the questions'
        verdict and reason, then any note kept with it. A reason reads
        mid-sentence after its colon.
    """
    verdict = entry.verdict
    reason = clause_mid_sentence(verdict.reason)
    own = own_call_text(entry)
    if edited:
        flagged = catalogue.SUMMARY_PRINT_EDITED.format(kind=verdict.kind.label)
        lines = [own, flagged] if own else [flagged]
        if entry.override_note and not own:
            lines.append(catalogue.SUMMARY_PRINT_NOTE.format(note=entry.override_note))
        return lines
    if own:
        said = catalogue.SUMMARY_PRINT_COMPUTED.format(
            kind=verdict.kind.label, reason=reason
        )
        return [own, said]

    computed = catalogue.SUMMARY_PRINT_VERDICT.format(
        kind=verdict.kind.label, reason=reason
    )
    lines = [computed]
    if entry.override_note:
        lines.append(catalogue.SUMMARY_PRINT_NOTE.format(note=entry.override_note))
    return lines


@dataclass(frozen=True, kw_only=True)
class Review:
    """One run of the quarterly self-review: the walk through a quarter's wins."""

    quarter: str
    """The quarter reviewed, named like ``2026Q3``."""
    started_at: dt.datetime
    """When this run started (UTC)."""
    updated_at: dt.datetime
    """When anything in this run last changed (UTC)."""
    win_ids: tuple[int, ...] = ()
    """The quarter's wins in walk order: oldest first."""
    entries: Mapping[int, ReviewEntry] = field(default_factory=dict)
    """Win id → that win's entry; one for every id in ``win_ids``."""
    position: int = 0
    """Where to resume: an index into ``win_ids``; ``len(win_ids)`` is the summary."""
    finished_at: dt.datetime | None = None
    """When the user finished this run; None while it is in progress."""
    run: int = 1
    """1 for the first review of the quarter; re-running it creates run 2, and so on."""
    start_month: int = 1
    """The month (1–12) the year started in when ``quarter`` was named: with the
    name, it fixes the months the run judged, whatever the year start is now."""
    judged_level: str = ""
    """The id of the level this run judged work against: the one above the
    user's level when it started. Empty when not known, as in runs saved before
    it was kept; such a run reads as judging the level above the user's now."""
    id: int | None = None
    """Stable id given by the store; None until saved."""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Fields written by another version of the app, kept as they were."""

    @property
    def is_finished(self) -> bool:
        """True when the user has finished this run."""
        return self.finished_at is not None

    @property
    def period(self) -> Quarter:
        """The quarter the run judged, with the months its name meant then."""
        return parse_quarter(self.quarter, self.start_month)

    @property
    def current_win_id(self) -> int | None:
        """The win at the current position; None past the last win."""
        if 0 <= self.position < len(self.win_ids):
            return self.win_ids[self.position]
        return None

    def entry(self, win_id: int) -> ReviewEntry:
        """The entry for one win of the review.

        Raises:
            CareerClimbError: when the win is not part of this review.
        """
        found = self.entries.get(win_id)
        if found is None:
            raise CareerClimbError(
                catalogue.REVIEW_UNKNOWN_WIN.format(id=win_id, quarter=self.quarter),
                exit_code=2,
            )
        return found

    def entries_in_order(self) -> tuple[ReviewEntry, ...]:
        """Every entry, in walk order."""
        return tuple(self.entries[win_id] for win_id in self.win_ids)


def same_quarter(one: Review, other: Review) -> bool:
    """True when two runs review the same quarter: one name, one year start."""
    return (one.quarter, one.start_month) == (other.quarter, other.start_month)


def named_under(review: Review, start_month: int) -> Review:
    """A run as the quarters of a year start name it.

    Args:
        review: the run, named under the year start it was made with.
        start_month: the month (1–12) the year starts in now.

    Returns:
        The run renamed, its months unchanged, when the two year starts line up
        (the calendar's 2026Q4 is 2027Q3 with an April start); otherwise the run
        as it is, keeping the name and months it was reviewed under.
    """
    if review.start_month == start_month:
        return review
    quarter = renamed(review.period, start_month)
    if quarter is None:
        return review
    return replace(review, quarter=str(quarter), start_month=start_month)


def runs_named_under(reviews: Iterable[Review], start_month: int) -> list[Review]:
    """The runs whose quarter is one of the year start in use.

    A run of an earlier year start that does not line up with this one judged
    other months than any quarter named now, even one with the same name: it
    is still listed and read, but no quarter of today is reviewed by it.

    Args:
        reviews: every saved run, as ``named_under`` leaves them.
        start_month: the month (1–12) the year starts in now.

    Returns:
        Those runs, in the order given.
    """
    return [review for review in reviews if review.start_month == start_month]


def judged_under_other_starts(
    reviews: Iterable[Review], start_month: int
) -> dict[int, str]:
    """The wins that finished runs of another year start answered, and by which.

    Such a run reviews no quarter named now (``runs_named_under``), yet its
    verdicts count for the wins it answered, in the gaps as everywhere: home
    does not ask for those wins as if nobody had judged them.

    Args:
        reviews: every saved run, as ``named_under`` leaves them.
        start_month: the month (1–12) the year starts in now.

    Returns:
        Win id → the label of the latest such run that answered it
        (``run_label``), such as "2026Q3 (Jul–Sep 2026, earlier year start)".
    """
    others = [
        review
        for review in reviews
        if review.is_finished and review.start_month != start_month
    ]
    others.sort(key=lambda review: (review.period.first_day, review.run))
    judged: dict[int, str] = {}
    for review in others:
        label = run_label(review, start_month)
        for win_id, entry in review.entries.items():
            if is_answered(entry):
                judged[win_id] = label
    return judged


def run_label(review: Review, start_month: int, *, short: bool = False) -> str:
    """The name a run is shown under.

    Args:
        review: the run.
        start_month: the month (1–12) the year starts in now.
        short: leave out why the months are named, where space is tight.

    Returns:
        The quarter's name ("2026Q4"); for a run of an earlier year start that
        does not line up with this one, with its months as well
        ("2026Q4 (Oct–Dec 2026, earlier year start)").
    """
    if review.start_month == start_month:
        return review.quarter
    text = (
        catalogue.REVIEW_RUN_EARLIER_START_SHORT
        if short
        else catalogue.REVIEW_RUN_EARLIER_START
    )
    return text.format(quarter=review.quarter, months=months_in_words(review.period))


YEAR_START_RUNS_NAMED = 3
"""How many reviews the question before a new year start names, newest first."""


def _year_start_run(review: Review, now: int) -> str:
    """One review as the question before a new year start names it."""
    running = not review.is_finished
    if lines_up(review.start_month, now):
        text = (
            catalogue.SETUP_YEAR_START_RUN_RENAMED_IN_PROGRESS
            if running
            else catalogue.SETUP_YEAR_START_RUN_RENAMED
        )
        return text.format(
            quarter=review.quarter, renamed=named_under(review, now).quarter
        )
    text = (
        catalogue.SETUP_YEAR_START_RUN_KEPT_IN_PROGRESS
        if running
        else catalogue.SETUP_YEAR_START_RUN_KEPT
    )
    return text.format(quarter=review.quarter, months=months_in_words(review.period))


def year_start_warning(reviews: Iterable[Review], was: int, now: int) -> str:
    """What a new year start does to the reviews, asked before saving it.

    Every quarter's review counts, finished or in progress: a run in progress
    keeps its months too, and is resumed under the name it is given then.

    Args:
        reviews: every saved run, named under the year start ``was``.
        was: the month (1–12) the year starts in so far.
        now: the month (1–12) it is about to start in.

    Returns:
        One question and one sentence: the reviews whose year start lines up
        with the new one are renamed, the others keep their names and show
        their months; the newest few are named, those in progress marked so.
        Empty when nothing changes or no quarter has a review.
    """
    latest = list(latest_runs_by_months(reviews).values())
    if was == now or not latest:
        return ""
    latest.sort(key=lambda review: review.period.first_day, reverse=True)
    named = [_year_start_run(review, now) for review in latest]
    runs = _join(named[:YEAR_START_RUNS_NAMED])
    if len(named) > YEAR_START_RUNS_NAMED:
        runs = catalogue.SETUP_YEAR_START_RUNS_MORE.format(
            runs=", ".join(named[:YEAR_START_RUNS_NAMED]),
            count=len(named) - YEAR_START_RUNS_NAMED,
        )
    moved = [review for review in latest if lines_up(review.start_month, now)]
    count = len(latest)
    if len(moved) == count:
        return counted(
            count,
            catalogue.SETUP_YEAR_START_RENAMES_ONE,
            catalogue.SETUP_YEAR_START_RENAMES_MANY,
            runs=runs,
        )
    if not moved:
        return counted(
            count,
            catalogue.SETUP_YEAR_START_KEEPS_ONE,
            catalogue.SETUP_YEAR_START_KEEPS_MANY,
            runs=runs,
        )
    return catalogue.SETUP_YEAR_START_MIXED.format(count=count, runs=runs)


def latest_runs_by_months(reviews: Iterable[Review]) -> dict[tuple[str, int], Review]:
    """The latest run of each quarter's review, finished or not, by its months.

    Unlike ``latest_runs``, two runs of one name under different year starts
    judged different months, and are kept apart.

    Args:
        reviews: every saved run.

    Returns:
        (quarter name, year start month) → the run with the highest number.
    """
    latest: dict[tuple[str, int], Review] = {}
    for review in reviews:
        key = (review.quarter, review.start_month)
        held = latest.get(key)
        if held is None or (review.run, review.started_at) > (
            held.run,
            held.started_at,
        ):
            latest[key] = review
    return latest


def runs_of_another_start(
    reviews: Iterable[Review], name: str, start_month: int
) -> list[Review]:
    """The reviews of a quarter name made under another year start.

    After the year start moves, a review of an earlier one that does not line
    up keeps its name (``named_under``) but judged other months than the
    quarter of that name now: asked for by its name, it is found here.

    Args:
        reviews: every saved run, as ``named_under`` leaves them.
        name: the quarter's name, such as ``2027Q4``.
        start_month: the month (1–12) the year starts in now.

    Returns:
        The latest run of each such review, newest months first; empty when
        no review of another year start has the name.
    """
    found = [
        review
        for review in latest_runs_by_months(reviews).values()
        if review.quarter == name and review.start_month != start_month
    ]
    return sorted(found, key=lambda review: review.period.first_day, reverse=True)


def win_is_measured(win: Win) -> bool:
    """True when a win carries a measured change: a complete measure or a figure.

    Args:
        win: the win, as saved.

    Returns:
        Whether its typed measure or its text measures a change, as the coach
        reads it: a figure that does not say what it measures ("−50%" alone)
        is no measure.
    """
    return read_win(
        win.title, win.what_changed, win.measure, win.beneficiaries
    ).has_metric


def read_change(text: str, measure: Measure | None = None) -> ChangeAnswer:
    """Read the change a user typed or corrected for question 3.

    Args:
        text: what changed, in the user's words.
        measure: a before → after typed beside it, if any.

    Returns:
        The answer, with whether it is measured and how the coach reads its
        framing: a change put in the future or as an intent ("build time will
        fall from 20 to 5 minutes") is a plan, and a plan is not measured. A
        change said only as a bare comparative ("builds got faster"), with no
        measure beside it, reads as activity, as it does under a win's title.
    """
    reading = read_win(text, "", measure)
    framing = reading.label
    if not reading.has_metric and bare_comparative(text):
        framing = FRAMING_ACTIVITY
    return ChangeAnswer(text.strip(), reading.has_metric, framing)


def change_coach_text(change: ChangeAnswer, win_framing: str = "") -> str:
    """What the coach says under question 3 of the walk about the change typed.

    Args:
        change: the change as ``read_change`` reads it.
        win_framing: the framing the win was saved with; while nothing is typed,
            a win saved as a plan is still read as one.

    Returns:
        One line: a plan is named as a plan, an empty answer as one that names
        no change, anything else by its framing and whether it is measured.
    """
    if _is_planned(change, win_framing):
        return catalogue.WALK_READING_PLAN
    if not change.text.strip():
        return catalogue.WALK_READING_EMPTY
    vague = "" if change.measured else bare_comparative(change.text)
    if vague:
        return catalogue.WALK_READING_VAGUE.format(ask=vague_change_ask(vague))
    share = "" if change.measured else share_with_no_before(change.text)
    if share:
        return catalogue.WALK_READING_SHARE_NO_BEFORE.format(share=share)
    measured = catalogue.WALK_MEASURED if change.measured else catalogue.WALK_UNMEASURED
    return catalogue.WALK_READING.format(framing=change.framing, measured=measured)


def read_walk_change(
    win: Win, text: str, kept: ChangeAnswer | None = None
) -> tuple[ChangeAnswer, str]:
    """Question 3's answer as the coach reads it, and the line it shows below.

    The change is read with the whole win, as the log-a-win form, home and the
    check command read it, so every place names the same framing.

    Args:
        win: the win under review.
        text: the change, as typed in question 3.
        kept: the answer the run already holds for question 3, if any.

    Returns:
        The answer to record, and the coach's line about it. An empty answer
        already kept (Enter on the empty field) is told as recorded, with how
        to name a change instead; one not kept yet, with what Enter records.
    """
    reading = read_change_of(win, text)
    change = ChangeAnswer(text.strip(), reading.has_metric, reading.label)
    if not change.text and kept is not None and not kept.text.strip():
        return change, catalogue.WALK_READING_EMPTY_KEPT
    if not change.text or change.planned:
        return change, change_coach_text(change, win.framing)
    if reading.vague_change:
        ask = reading.vague_ask
        return change, catalogue.WALK_READING_VAGUE.format(ask=ask)
    share = "" if change.measured else share_with_no_before(change.text)
    if share:
        return change, catalogue.WALK_READING_SHARE_NO_BEFORE.format(share=share)
    measured = catalogue.WALK_MEASURED if change.measured else catalogue.WALK_UNMEASURED
    coach = catalogue.WALK_READING.format(framing=change.framing, measured=measured)
    return change, coach


def change_question_how(change: ChangeAnswer, win_framing: str = "") -> str:
    """How to answer question 3 of the walk, shown under the question.

    Args:
        change: the change as ``read_change`` reads it.
        win_framing: the framing the win was saved with; a plan is read as one
            even while nothing is typed.

    Returns:
        A request to type the change while there is no reading to confirm (the
        answer is empty and the win is no plan); otherwise a request to confirm
        or fix the coach's reading below the answer.
    """
    if change.text.strip() or _is_planned(change, win_framing):
        return catalogue.REVIEW_Q3_HOW
    return catalogue.REVIEW_Q3_HOW_EMPTY


def _is_planned(change: ChangeAnswer, win_framing: str) -> bool:
    """Whether the coach reads the change, or a win saved as a plan, as a plan."""
    still_a_plan = not change.text and win_framing == FRAMING_PLAN
    return change.planned or still_a_plan


def suggest_change(win: Win) -> ChangeAnswer:
    """Pre-fill question 3 from the win, for the user to confirm or fix.

    Args:
        win: the win under review.

    Returns:
        What changed as the win states it, measured as the coach reads the whole
        win, and framed as confirming it would record it (``read_walk_change``):
        the change read with the whole win, as the log-a-win form reads it.
        With nothing written under what changed, the title stands in for it
        when it states a change or has a measure; a title that only tells of
        activity is not offered as a change, so the answer starts empty for the
        user to say what changed.
    """
    measured = win.measure is not None and win.measure.is_complete
    title_says_change = win.framing == FRAMING_IMPACT or measured
    text = win.what_changed.strip() or (win.title.strip() if title_says_change else "")
    if measured:
        # Added only when the text does not already state its numbers.
        text = with_measure(text, win.measure)
    framing = read_change_of(win, text).label
    return ChangeAnswer(text, win_is_measured(win), framing)


def change_for_win(text: str, win: Win) -> str:
    """What an answer to question 3 leaves as the win's own "what changed".

    The suggestion ends with the win's measure in brackets, which the win keeps
    in its own field; so a suggestion the user added to loses that part rather
    than saving the measure twice.

    Args:
        text: the answer as typed.
        win: the win under review.

    Returns:
        The text without the measure the suggestion showed, spaces tidied.
    """
    if win.measure is not None and win.measure.is_complete:
        # The measure may stand before the sentence's full stop: "… fix (m)."
        shown = f"({describe_measure(win.measure)})"
        text = text.replace(f" {shown}.", ".").replace(shown, " ")
    return " ".join(text.split())


def is_stray_key(typed: str, filled: str) -> bool:
    """True when a text answer typed over a filled-in one is only a stray key.

    The walk is answered in a rhythm of single keys. A key meant for a question
    that reaches a filled-in field instead (a "what changed", who noticed)
    leaves one character where a sentence or a name stood; no answer is ever
    that short, so the walk keeps the filled-in text rather than the key.

    Args:
        typed: the field's text as the user left it.
        filled: the text the walk filled in: the answer kept, or a suggestion.

    Returns:
        True when ``typed`` is one character that would replace a longer text.
    """
    kept = typed.strip()
    return len(kept) == 1 and len(filled.strip()) > 1


def suggest_noticed(win: Win) -> Noticed | None:
    """Pre-fill question 4 from who the win says noticed it.

    Args:
        win: the win under review.

    Returns:
        "Yes", with the names split at commas and semicolons, when the win names
        someone; None otherwise, since a blank field does not mean nobody noticed.
    """
    names = split_names(win.noticed_by)
    return Noticed.by(*names) if names else None


def taken_off_after(held: str, before: str, after: str) -> str:
    """What an entry holds of the win's "noticed by" once an answer changed it.

    Args:
        held: what the entry held until now.
        before: the win's field before the answer to question 4.
        after: the field once the answer is written to the win.

    Returns:
        The text a "no" took off, to give back on a later "yes"; empty once the
        field names someone again; what was held when nothing was taken off.
    """
    if after.strip():
        return ""
    if before.strip():
        return before.strip()
    return held


def noticed_to_give_back(entry: ReviewEntry, noticed_by: str) -> str:
    """Who a "yes" to question 4 brings back, after a "no" took them off the win.

    Args:
        entry: the win's entry in the review.
        noticed_by: the win's field as it stands.

    Returns:
        The text the "no" took off, while the answer is not a "yes" and the win
        names nobody since; empty otherwise.
    """
    noticed = entry.answers.noticed
    if (noticed is not None and noticed.outside) or noticed_by.strip():
        return ""
    return entry.noticed_taken_off


def keep_taken_off(
    review: Review, win_id: int, before: str, after: str, *, now: dt.datetime
) -> Review:
    """Record on a win's entry what question 4's answer took off the win.

    Args:
        review: the review to update.
        win_id: the win whose "noticed by" the answer changed.
        before: the win's field before the answer.
        after: the field once the answer is written to the win.
        now: the current moment (UTC).

    Returns:
        The review, its entry holding the text (see ``taken_off_after``);
        the same review when that does not change.

    Raises:
        CareerClimbError: when the win is not part of the review.
    """
    entry = review.entry(win_id)
    held = taken_off_after(entry.noticed_taken_off, before, after)
    if held == entry.noticed_taken_off:
        return review
    return _with_entry(review, replace(entry, noticed_taken_off=held), now)


def default_quarter_to_review(today: dt.date, start_month: int = 1) -> Quarter:
    """The quarter a review started today should cover.

    During the first three weeks of a quarter the user is most likely closing the
    quarter just ended, so that one is offered; after that, the current one.

    Args:
        today: the user's local date.
        start_month: the month (1–12) the user's fiscal year starts in.

    Returns:
        The current quarter, or the previous one within ``REVIEW_GRACE_DAYS`` days
        of the current quarter's first day.
    """
    current = quarter_of(today, start_month)
    if (today - current.first_day).days < REVIEW_GRACE_DAYS:
        return current.previous()
    return current


def quarter_to_offer(
    today: dt.date,
    wins: Iterable[Win],
    reviews: Iterable[Review],
    start_month: int = 1,
) -> Quarter:
    """The quarter the reviews screen offers first.

    The quarter whose wins most need a review comes first, as home's next step
    asks for it (``quarter_to_review``): one that ended with wins and no
    finished review, or one whose finished review leaves wins out; otherwise
    the quarter a review started today should cover.

    Args:
        today: the user's local date.
        wins: every win.
        reviews: every review run.
        start_month: the month (1–12) the user's fiscal year starts in.
    """
    wins = tuple(wins)
    reviews = tuple(reviews)
    named = runs_named_under(reviews, start_month)
    reviewed = {review.quarter for review in named if review.is_finished}
    left_out = left_out_counts(reviews, wins, start_month)
    waiting = quarter_to_review(wins, today, reviewed, start_month, left_out)
    if waiting is not None:
        return waiting.quarter
    return default_quarter_to_review(today, start_month)


def walk_key(win: Win) -> tuple[dt.date, int]:
    """Where a win stands in a run of the review: by date, oldest first, and on
    one day the one logged first.

    The one order of a run's wins: the walk goes through them in it, and the
    printed review and its JSON list them in it, in every run, re-runs too.

    Args:
        win: a win of the run's quarter.

    Returns:
        A key to sort by, in ascending order.
    """
    return (win.date, win.id or 0)


def in_walk_order(review: Review, wins: Iterable[Win]) -> Review:
    """A run with its wins in the one order of ``walk_key``.

    A run saved in another order (re-runs once walked the wins they carried
    over last), or a win whose date was edited since, is put back in order;
    the run stays on the win it was on.

    Args:
        review: the run.
        wins: the wins as they are now; a win no longer among them goes last.

    Returns:
        The run in walk order; the run itself when it is in order already.
    """
    by_id = {win.id: win for win in wins if win.id is not None}

    def key(win_id: int) -> tuple[dt.date, int]:
        win = by_id.get(win_id)
        return walk_key(win) if win is not None else (dt.date.max, win_id)

    order = tuple(sorted(review.win_ids, key=key))
    if order == review.win_ids:
        return review
    current = review.current_win_id
    position = review.position if current is None else order.index(current)
    return replace(review, win_ids=order, position=position)


def start_review(
    quarter: Quarter,
    wins: Iterable[Win],
    now: dt.datetime,
    earlier: Iterable[Review] = (),
    judged_level: str = "",
) -> Review:
    """Start a run of the review over the wins dated inside a quarter.

    Earlier runs are left as they are: a second run of the same quarter is a new
    review with ``run=2``, so the first run's answers are never lost. To carry on
    with an unfinished run, keep using that run rather than starting another.
    What an earlier run's "no" took off a win's "noticed by" is carried over
    while the win still names nobody, so a "yes" in the new run gives it back.

    Args:
        quarter: the quarter to review.
        wins: the wins to choose from; those outside the quarter are ignored.
        now: the current moment (UTC).
        earlier: reviews already saved, of any quarter, to number this run.
        judged_level: the id of the level the run judges work against, the one
            above the user's level now (``target.judged_level_now``); "" when
            not known.

    Returns:
        A new, unsaved review walking the quarter's wins oldest first, positioned
        as ``rerun_start`` says: on the first win no earlier run settled.

    Raises:
        ValueError: when a win of the quarter has not been saved yet (it has no id).
    """
    inside = sorted((win for win in wins if quarter.contains(win.date)), key=walk_key)
    name = str(quarter)
    before = [review for review in earlier if review.period == quarter]
    held = _taken_off_in(before)
    entries: dict[int, ReviewEntry] = {}
    for win in inside:
        if win.id is None:
            raise ValueError(f"win {win.title!r} has no id; save it before reviewing")
        entries[win.id] = ReviewEntry(
            win_id=win.id,
            win_framing=win.framing,
            win_has_metric=win_is_measured(win),
            noticed_taken_off="" if win.noticed_by.strip() else held.get(win.id, ""),
        )

    runs = [review.run for review in before]
    return Review(
        quarter=name,
        start_month=quarter.start_month,
        started_at=now,
        updated_at=now,
        win_ids=tuple(entries),
        entries=entries,
        run=max(runs, default=0) + 1,
        position=rerun_start(tuple(entries), before),
        judged_level=judged_level,
    )


def rerun_start(win_ids: Sequence[int], earlier: Iterable[Review]) -> int:
    """Where a new run of a quarter opens: on the first win left to answer.

    A run started again to take in a win logged late opens on that win, not on
    the wins earlier runs already settled.

    Args:
        win_ids: the wins the new run walks, in order.
        earlier: the quarter's earlier runs.

    Returns:
        The position of the first win no earlier run settled; 0 (the first win)
        when there is none, or when every win was settled before.
    """
    counted = _quarter_entries(
        sorted(earlier, key=lambda review: (review.run, review.started_at))
    )
    for position, win_id in enumerate(win_ids):
        entry = counted.get(win_id)
        if entry is None or not entry.is_settled:
            return position
    return 0


def _carried_change(
    before: ReviewEntry, win: Win | None, last_touched: dt.datetime
) -> WinAnswers:
    """The answers to carry for a win, question 3 left open where the win tells
    a newer change than the one carried.

    An edit made to the win after the earlier runs, or a change now on a win
    whose carried answer named none, is newer than the answer: carried as it
    was, it would override what the win says now. Left open, the walk offers
    the win's change to confirm. An entry that knows what it judged
    (``edited_since_review``) counts only edits to what the questions read, so
    a dimension or a tag added since keeps the answer; an older entry goes by
    when the win was last saved.
    """
    answers = before.answers
    change = answers.change
    if win is None or change is None:
        return answers
    if before.judged:
        edited = edited_since_review(before, win)
    else:
        edited = win.updated_at is not None and win.updated_at > last_touched
    named_since = not change.text.strip() and bool(win.what_changed.strip())
    if edited or named_since:
        return replace(answers, change=None)
    return answers


def carry_forward(
    review: Review, earlier: Iterable[Review], wins: Iterable[Win] = ()
) -> Review:
    """A new run that starts from the answers earlier runs of its quarter gave.

    A quarter is run again mostly to take in wins logged late; its other wins
    keep their answers, and the user's own call with its note, as the starting
    answers to confirm or change. The wins keep the one order of every run
    (``walk_key``); the run opens on the first win left to answer.

    Args:
        review: a run just started (``start_review``), not yet answered.
        earlier: reviews already saved; only earlier runs of its quarter count.
        wins: the wins as they are now; question 3 is left open for a win
            edited since the earlier runs, or naming a change its carried
            answer did not (see ``_carried_change``).

    Returns:
        The run with the answers that count for each win (see
        ``latest_entries``) carried over, and positioned on its first win left
        to answer; the same run when no earlier run answered any of its wins.
    """
    runs = sorted(
        (r for r in earlier if same_quarter(r, review) and r.run < review.run),
        key=lambda r: (r.run, r.started_at),
    )
    counted = _quarter_entries(runs)
    now_as = {win.id: win for win in wins if win.id is not None}
    entries = dict(review.entries)
    carried: list[int] = []
    for win_id, entry in review.entries.items():
        before = counted.get(win_id)
        if before is None or not (before.answers.given or before.is_overridden):
            continue
        touched = max(run.updated_at for run in runs if win_id in run.entries)
        entries[win_id] = replace(
            entry,
            answers=_carried_change(before, now_as.get(win_id), touched),
            override_kind=before.override_kind,
            override_note=before.override_note,
            judged=before.judged,
        )
        carried.append(win_id)
    if not carried:
        return review

    opens = next(
        (
            at
            for at, win_id in enumerate(review.win_ids)
            if not entries[win_id].is_settled
        ),
        0,
    )
    return replace(review, entries=entries, position=opens)


_PEER_COULD = {True: PeerAnswer.YES, False: PeerAnswer.NO}
_CHOSEN = {True: Choice.CHOSE, False: Choice.ASSIGNED}
"""The check's yes or no to questions 1 and 2, as review answers."""


def _wins_by_id(wins: Iterable[Win]) -> dict[int | None, Win]:
    """The wins by id, as the rules about a problem's linked wins look them up."""
    return {win.id: win for win in wins}


def answers_from_check(
    win_id: int,
    initiatives: Iterable[Initiative],
    wins: Mapping[int | None, Win],
) -> tuple[PeerAnswer | None, Choice | None]:
    """Questions 1 and 2 for a problem's result win, as its up-front check said.

    The check asked them of the problem before the work began; the win that
    carries the problem's measured result (``linked_result_win``) answers them
    the same way until the user says otherwise. Other wins linked to the
    problem by hand are other pieces of work near it, which the check did not
    ask about: the user answers them.

    Args:
        win_id: any win.
        initiatives: every initiative; the first one whose result win it is
            and that keeps an answer to the check speaks for it.
        wins: the stored wins by id, to tell the result win among linked ones.

    Returns:
        (question 1, question 2): the check's yes or no as a review answer,
        None for a question the check left open, and (None, None) for a win
        that is no problem's result, or whose problem keeps no check answers.
    """
    for initiative in initiatives:
        if win_id not in initiative.win_ids:
            continue
        result = linked_result_win(initiative, wins)
        if result is None or result.id != win_id:
            continue
        peer_could, chosen = check_answers(initiative)
        if peer_could is None and chosen is None:
            continue
        peer = None if peer_could is None else _PEER_COULD[peer_could]
        choice = None if chosen is None else _CHOSEN[chosen]
        return peer, choice
    return None, None


def pre_answer_from_checks(
    review: Review,
    initiatives: Iterable[Initiative],
    wins: Iterable[Win],
    *,
    now: dt.datetime,
) -> Review:
    """A run just started, with questions 1 and 2 of result wins already answered.

    Only questions no answer was carried into are filled in; the user can still
    change them in the walk.

    Args:
        review: a run just started (``start_review``, then ``carry_forward``).
        initiatives: every initiative, with the check answers they keep.
        wins: the user's wins, to tell each problem's result win.
        now: the current moment (UTC).

    Returns:
        The run with the check's answers given to its problems' result wins;
        the same run when there are none to give.
    """
    initiatives = tuple(initiatives)
    by_id = _wins_by_id(wins)
    for win_id, entry in review.entries.items():
        peer, choice = answers_from_check(win_id, initiatives, by_id)
        given = entry.answers
        if peer is not None and given.peer_could is None:
            review = answer(review, win_id, now=now, peer_could=peer)
        if choice is not None and given.choice is None:
            review = answer(review, win_id, now=now, choice=choice)
    return review


def from_check_text(
    entry: ReviewEntry,
    initiatives: Iterable[Initiative],
    wins: Iterable[Win],
    on_question: int | None = None,
) -> str:
    """Where questions 1 and 2 were answered, when by the problem's check.

    Args:
        entry: a win's entry in a run.
        initiatives: every initiative.
        wins: the user's wins, to tell each problem's result win.
        on_question: the question the walk has just put the focus on, passing
            over the answers filled in; None to leave the focus unsaid.

    Returns:
        One line naming the questions whose answer is still the one the
        problem's up-front check gave, and the question the user is on when
        ``on_question`` is given; empty when no answer is the check's.
    """
    peer, choice = answers_from_check(entry.win_id, initiatives, _wins_by_id(wins))
    as_checked = (
        peer is not None and entry.answers.peer_could is peer,
        choice is not None and entry.answers.choice is choice,
    )
    if all(as_checked):
        said = catalogue.WALK_FROM_CHECK_BOTH
    elif as_checked[0]:
        said = catalogue.WALK_FROM_CHECK_Q1
    elif as_checked[1]:
        said = catalogue.WALK_FROM_CHECK_Q2
    else:
        return ""
    if on_question is None:
        return said
    return catalogue.WALK_FROM_CHECK_ON.format(
        answered=said.removesuffix("."), number=on_question
    )


@dataclass(frozen=True)
class RerunMark:
    """How a win of a re-run stands against the quarter's earlier runs."""

    carried_from: int = 0
    """The earlier run whose answers the win still holds unchanged; 0 for none."""
    new: bool = False
    """True when no earlier run of the quarter walked the win."""


def rerun_marks(review: Review, reviews: Iterable[Review]) -> dict[int, RerunMark]:
    """Which wins of a run hold an earlier run's answers, and which are new.

    Args:
        review: the run being walked.
        reviews: every saved review; only earlier runs of its quarter count.

    Returns:
        Win id → its mark, for the wins with something to tell: those whose
        answers and call are still the ones an earlier run gave (see
        ``carry_forward``), and those no earlier run walked. Empty for a first
        run.
    """
    runs = sorted(
        (r for r in reviews if same_quarter(r, review) and r.run < review.run),
        key=lambda r: (r.run, r.started_at),
    )
    if not runs:
        return {}
    counted: dict[int, tuple[ReviewEntry, int]] = {}
    for run in runs:
        for win_id, later in run.entries.items():
            held = counted.get(win_id)
            if _replaces(later, held[0] if held else None):
                counted[win_id] = (later, run.run)

    marks: dict[int, RerunMark] = {}
    for win_id, entry in review.entries.items():
        found = counted.get(win_id)
        if found is None:
            marks[win_id] = RerunMark(new=True)
            continue
        before, run = found
        same = (
            (before.answers.given or before.is_overridden)
            and entry.answers == before.answers
            and entry.override_kind == before.override_kind
            and entry.override_note == before.override_note
        )
        if same:
            marks[win_id] = RerunMark(carried_from=run)
    return marks


def _taken_off_in(runs: Iterable[Review]) -> dict[int, str]:
    """Win id → what the latest of ``runs`` to hold any took off its "noticed by"."""
    held: dict[int, str] = {}
    for review in sorted(runs, key=lambda r: (r.run, r.started_at)):
        for win_id, entry in review.entries.items():
            if entry.noticed_taken_off:
                held[win_id] = entry.noticed_taken_off
    return held


class _Unset(enum.Enum):
    """Marks an answer left as it was, since None means "clear this answer"."""

    UNSET = enum.auto()


UNSET: Literal[_Unset.UNSET] = _Unset.UNSET


def _with_entry(review: Review, entry: ReviewEntry, now: dt.datetime) -> Review:
    """The review with one entry replaced."""
    entries = dict(review.entries)
    entries[entry.win_id] = entry
    return replace(review, entries=entries, updated_at=now)


def answer(
    review: Review,
    win_id: int,
    *,
    now: dt.datetime,
    peer_could: PeerAnswer | str | None | _Unset = UNSET,
    choice: Choice | str | None | _Unset = UNSET,
    change: ChangeAnswer | None | _Unset = UNSET,
    noticed: Noticed | None | _Unset = UNSET,
) -> Review:
    """Record some of the four answers for one win.

    Only the answers passed change; passing None clears an answer.

    Args:
        review: the review to update.
        win_id: the win being answered.
        now: the current moment (UTC).
        peer_could: question 1, as a ``PeerAnswer`` or its value ("yes").
        choice: question 2, as a ``Choice`` or its value ("chose").
        change: question 3, usually from ``suggest_change`` or ``read_change``.
        noticed: question 4, ``Noticed.nobody()`` or ``Noticed.by(...)``.

    Returns:
        A new review with the answers recorded; the verdict follows from them.

    Raises:
        CareerClimbError: when the win is not part of the review.
        ValueError: when an answer is not one of the allowed values.
    """
    entry = review.entry(win_id)
    answers = entry.answers
    if peer_could is not UNSET:
        peer = None if peer_could is None else PeerAnswer(peer_could)
        answers = replace(answers, peer_could=peer)
    if choice is not UNSET:
        answers = replace(answers, choice=None if choice is None else Choice(choice))
    if change is not UNSET:
        answers = replace(answers, change=change)
    if noticed is not UNSET:
        answers = replace(answers, noticed=noticed)
    return _with_entry(review, replace(entry, answers=answers), now)


def override(
    review: Review,
    win_id: int,
    kind: VerdictKind | str | None,
    note: str = "",
    *,
    now: dt.datetime,
) -> Review:
    """Replace the test's verdict for one win with the user's own call.

    The computed verdict is kept beside the override, so both can be shown.

    Args:
        review: the review to update.
        win_id: the win being judged.
        kind: the user's verdict; None removes an override, leaving the four
            questions' verdict in force.
        note: why the user made the call; kept beside the four questions'
            verdict too, so context given with an agreeing call is not lost.
        now: the current moment (UTC).

    Returns:
        A new review with the override recorded.

    Raises:
        CareerClimbError: when the win is not part of the review.
        ValueError: when ``kind`` is not a verdict kind.
    """
    entry = review.entry(win_id)
    if kind is None:
        changed = replace(entry, override_kind=None, override_note=note.strip())
    else:
        changed = replace(
            entry, override_kind=VerdictKind(kind), override_note=note.strip()
        )
    return _with_entry(review, changed, now)


def call_to_keep(
    entry: ReviewEntry, kind: VerdictKind | str | None
) -> VerdictKind | None:
    """The override a call chosen for a win leaves in force.

    A call that only repeats what the four questions say, once all of them are
    answered, is no call of the user's own: keeping it would count the win as
    overridden and tell the manager so.

    Args:
        entry: the win's entry in the review.
        kind: the call the user chose; None for the four questions' verdict.

    Returns:
        The call as a verdict kind; None when the user chose the questions'
        verdict, or a call that agrees with it.

    Raises:
        ValueError: when ``kind`` is not a verdict kind.
    """
    if kind is None:
        return None
    chosen = VerdictKind(kind)
    if entry.answers.is_complete and chosen is entry.verdict.kind:
        return None
    return chosen


def move_to(review: Review, position: int, *, now: dt.datetime) -> Review:
    """Move the walk to a position, kept between the first win and the summary.

    Args:
        review: the review to move through.
        position: the wanted index into ``win_ids``; ``len(win_ids)`` is the summary.
        now: the current moment (UTC).

    Returns:
        A new review at that position, or at the nearest end.
    """
    bounded = max(0, min(position, len(review.win_ids)))
    return replace(review, position=bounded, updated_at=now)


def advance(review: Review, *, now: dt.datetime) -> Review:
    """Move on to the next win, or from the last win to the summary."""
    return move_to(review, review.position + 1, now=now)


def go_back(review: Review, *, now: dt.datetime) -> Review:
    """Move back to the previous win; the first win stays where it is."""
    return move_to(review, review.position - 1, now=now)


def finish(review: Review, *, now: dt.datetime) -> Review:
    """Mark the run finished; it can still be amended afterwards.

    Args:
        review: the review to finish.
        now: the current moment (UTC).

    Returns:
        A new review with ``finished_at`` set to ``now``.
    """
    return replace(review, finished_at=now, updated_at=now)


def is_kept(review: Review) -> bool:
    """True when a run left in the walk is kept among the quarter's runs.

    A run is saved with the first thing the user gives it: an answer, a call,
    or a move to another win. A run left before that holds nothing of theirs
    (a re-run's carried answers are still the earlier run's), so it is
    dropped rather than listed as a run with nothing done in it.

    Args:
        review: the run as the walk leaves it, every save it asked for done.

    Returns:
        True once the run has been saved.
    """
    return review.id is not None


def left_message(review: Review) -> str:
    """What the walk tells the user as they leave a run.

    Args:
        review: the run as the walk leaves it, every save it asked for done.

    Returns:
        That a finished run stays finished, that a kept one resumes where it
        was left, or that a run left before anything was answered was not kept
        (see ``is_kept``), naming it when earlier runs of the quarter stand.
    """
    quarter = review.quarter
    if review.is_finished:
        # A finished run opens on its summary, not where the walk was left.
        return catalogue.WALK_LEFT_FINISHED.format(quarter=quarter)
    if is_kept(review):
        return catalogue.WALK_LEFT.format(quarter=quarter)
    if review.run > 1:
        return catalogue.WALK_LEFT_UNSTARTED.format(run=review.run, quarter=quarter)
    return catalogue.WALK_LEFT_UNSTARTED_FIRST.format(quarter=quarter)


def is_answered(entry: ReviewEntry) -> bool:
    """True when a win of a run counts as answered in the run's counts.

    A win is answered once all four questions are, or once the user's own call
    on it gives a reason. A call with no reason (a single key) settles where
    the walk resumes, but says nothing of the work, so it is not counted as
    an answer.

    Args:
        entry: the win's entry in a run.

    Returns:
        True for four answers, or an override with a note.
    """
    if entry.answers.is_complete:
        return True
    return entry.is_overridden and bool(entry.override_note.strip())


def answered_count(review: Review) -> int:
    """How many of a run's wins are answered (see ``is_answered``).

    Args:
        review: the run.

    Returns:
        The number of its wins answered, at most ``len(review.win_ids)``.
    """
    return sum(1 for entry in review.entries_in_order() if is_answered(entry))


@dataclass(frozen=True)
class RunCounts:
    """A run's wins as the reviews list, home and the printed review count them."""

    wins: int
    """The run's wins that still exist."""
    answered: int
    """Of those, the ones answered in this run (see ``is_answered``)."""
    next_level: int
    """Of those, the ones that count as next-level now: a win this run left
    open keeps the verdict an earlier run of the quarter settled (``as_counted``)."""
    deleted: int = 0
    """The run's wins deleted since it judged them, left out of the counts above."""

    @property
    def left(self) -> int:
        """The run's wins still to answer in it."""
        return self.wins - self.answered


def run_counts(
    review: Review, reviews: Iterable[Review], wins: Iterable[Win] | None = None
) -> RunCounts:
    """How many of a run's wins are answered, left and next-level.

    Every place that counts a run's wins uses this, so that the reviews list,
    home's step to resume the run and its printed summary give the same numbers.

    Args:
        review: the run, as saved.
        reviews: every saved review; only earlier runs of its quarter are read.
        wins: the user's wins, to leave out those deleted since the run
            started; None to count every win the run walks.

    Returns:
        The counts.
    """
    entries = review.entries_in_order()
    judged = len(entries)
    if wins is not None:
        existing = {win.id for win in wins}
        entries = tuple(entry for entry in entries if entry.win_id in existing)
    counted = as_counted(review, reviews).entries
    return RunCounts(
        deleted=judged - len(entries),
        wins=len(entries),
        answered=sum(1 for entry in entries if is_answered(entry)),
        next_level=sum(
            1
            for entry in entries
            if counted[entry.win_id].kind is VerdictKind.NEXT_LEVEL
        ),
    )


def is_complete(review: Review) -> bool:
    """True when every win is settled: all four answers given, or overridden."""
    return all(entry.is_settled for entry in review.entries.values())


def next_unanswered(review: Review) -> int | None:
    """The next win that still needs answers, for "jump to what is left".

    Args:
        review: the review in progress.

    Returns:
        The id of the first unsettled win from the current position onward,
        wrapping round to the start; None when every win is settled.
    """
    count = len(review.win_ids)
    start = min(review.position, count)
    for step in range(count):
        win_id = review.win_ids[(start + step) % count]
        if not review.entries[win_id].is_settled:
            return win_id
    return None


def first_unanswered(review: Review) -> int | None:
    """The first win in walk order that still needs answers.

    Args:
        review: the run, wherever the walk is in it.

    Returns:
        The id of the first unsettled win; None when every win is settled.
    """
    return next(
        (win_id for win_id in review.win_ids if not review.entries[win_id].is_settled),
        None,
    )


def finish_question(review: Review, reviews: Iterable[Review]) -> str:
    """What the walk asks before finishing a run that leaves wins unanswered.

    Paging past the last win, or the Finish button, finishes the run; wins
    never answered then count as unclear (or keep an earlier run's verdict),
    which the user should choose rather than come upon in the summary.

    Args:
        review: the run about to be finished.
        reviews: every saved review; earlier runs of its quarter say which
            open wins keep a verdict (``unanswered_message``).

    Returns:
        The question, naming how many wins are open, what they will count as
        and where "no" goes back to; empty when the run is already finished
        or every win is settled, as finishing then needs no question.
    """
    first = first_unanswered(review)
    if review.is_finished or first is None:
        return ""
    fate = unanswered_message(finish(review, now=review.updated_at), reviews)
    return catalogue.WALK_FINISH_CONFIRM.format(
        run=review.run,
        quarter=review.quarter,
        fate=fate,
        number=review.win_ids.index(first) + 1,
        total=len(review.win_ids),
    )


def latest_runs(reviews: Iterable[Review]) -> dict[str, Review]:
    """The latest run of each quarter's review, finished or not.

    Args:
        reviews: every saved review.

    Returns:
        Quarter name → the run with the highest number (the later start on a tie).
    """
    latest: dict[str, Review] = {}
    for review in reviews:
        held = latest.get(review.quarter)
        if held is None or (review.run, review.started_at) > (
            held.run,
            held.started_at,
        ):
            latest[review.quarter] = review
    return latest


def runs_in_progress(
    reviews: Iterable[Review], wins: Iterable[Win] | None = None
) -> dict[str, RunInProgress]:
    """Each quarter's latest run where that run is not finished yet.

    Args:
        reviews: every saved review.
        wins: the user's wins, to leave out those deleted since a run started;
            None to count every win a run walks.

    Returns:
        Quarter name → the run's number, its wins and how many of them are not
        answered yet (as the reviews screen counts them, ``run_counts``).
    """
    every_review = list(reviews)
    every_win = None if wins is None else list(wins)
    running = {}
    for quarter, run in latest_runs(every_review).items():
        if run.is_finished:
            continue
        counts = run_counts(run, every_review, every_win)
        running[quarter] = RunInProgress(
            run=run.run, total=counts.wins, left=counts.left
        )
    return running


def counts_as_reviewed(review: Review, entry: ReviewEntry) -> bool:
    """The one rule for what counts as reviewed, wherever wins are counted.

    A win is reviewed once a run of the review gives it a verdict: every
    question answered, or the user's own call (``ReviewEntry.is_settled``), in
    a run finished or still in progress. A finished run judges every win it
    holds: one it was finished without answering is judged unclear, as the
    run's summary says. A win that a run still in progress has not settled,
    answered in part or not at all, is not reviewed yet: no count takes it for
    unclear. The gaps, the manager prep, the packet and home all count by
    this rule (``reviewed_entries``, ``judged_win_ids``).

    Args:
        review: a run of the review.
        entry: one of its entries.

    Returns:
        True when the entry's verdict counts for its win.
    """
    return review.is_finished or entry.is_settled


def latest_entries(reviews: Iterable[Review]) -> dict[int, ReviewEntry]:
    """Each win's latest entry in the reviews: its answers, verdict and override.

    In each quarter a later run replaces a win's entry only once that win is
    settled there (every question answered, or the user's own call), finished or
    not: a win left unanswered in a re-run keeps the verdict an earlier run gave
    it. Where no run has settled a win, the latest run that holds an answer for
    it speaks, else its latest run. When a win sits in the runs of two quarters
    (its date was moved), the quarter updated last speaks.

    The answers always speak (who noticed, what changed); the verdict counts
    only for a win that counts as reviewed: ``reviewed_entries`` keeps those.

    Args:
        reviews: every saved review.

    Returns:
        Win id → the latest entry (answers, verdict, override).
    """
    by_quarter: dict[tuple[str, int], list[Review]] = {}
    for review in reviews:
        key = (review.quarter, review.start_month)
        by_quarter.setdefault(key, []).append(review)
    counted: list[tuple[dt.datetime, dict[int, ReviewEntry]]] = []
    for runs in by_quarter.values():
        runs.sort(key=lambda review: (review.run, review.started_at))
        counted.append(
            (max(review.updated_at for review in runs), _quarter_entries(runs))
        )
    entries: dict[int, ReviewEntry] = {}
    for _, quarter_entries in sorted(counted, key=lambda pair: pair[0]):
        entries.update(quarter_entries)
    return entries


def reviewed_entries(reviews: Iterable[Review]) -> dict[int, ReviewEntry]:
    """The entries whose verdicts count: those of the wins that count as reviewed.

    Args:
        reviews: every saved review.

    Returns:
        Win id → its entry (``latest_entries``), for the wins a review judged
        (``judged_win_ids``); a win not reviewed yet has none.
    """
    every = list(reviews)
    judged = judged_win_ids(every)
    return {
        win_id: entry
        for win_id, entry in latest_entries(every).items()
        if win_id in judged
    }


def _quarter_entries(runs: Sequence[Review]) -> dict[int, ReviewEntry]:
    """The entries that count for one quarter, its runs in the order started."""
    return {win_id: entry for win_id, (entry, _) in _quarter_entry_runs(runs).items()}


def _quarter_entry_runs(runs: Sequence[Review]) -> dict[int, tuple[ReviewEntry, int]]:
    """Each win's entry that counts for one quarter, with the number of its run.

    Args:
        runs: the quarter's runs, in the order started.
    """
    entries: dict[int, tuple[ReviewEntry, int]] = {}
    for run in runs:
        for win_id, later in run.entries.items():
            held = entries.get(win_id)
            if _replaces(later, held[0] if held else None):
                entries[win_id] = (later, run.run)
    return entries


def _replaces(later: ReviewEntry, held: ReviewEntry | None) -> bool:
    """True when a later run's entry for a win counts instead of an earlier one."""
    if held is None or later.is_settled:
        return True
    return not held.is_settled and (later.is_overridden or later.answers.given)


def run_judging(
    win_id: int, reviews: Iterable[Review]
) -> tuple[Review, ReviewEntry] | None:
    """The review run whose verdict on a win counts now, with that entry.

    The entry is the one ``latest_entries`` picks, so the win reads the same
    verdict here as in the summary, the gaps and the packet.

    Args:
        win_id: the win asked about.
        reviews: every saved review.

    Returns:
        The run that holds the counted entry and the entry itself; None when no
        review holds the win.
    """
    runs = list(reviews)
    entry = latest_entries(runs).get(win_id)
    if entry is None:
        return None
    for run in runs:
        if run.entries.get(win_id) is entry:
            return run, entry
    return None


def counted_framing(win: Win, entry: ReviewEntry | None) -> str:
    """The framing a win counts with wherever a quarter's wins are counted.

    Once a review has confirmed what changed (question 3), that answer is the
    user's latest word on the change, so its framing counts, as it does for the
    verdict; an empty answer names no change and counts as activity. Until then
    the win's saved framing counts, and so it does again once the win has been
    edited to read differently from when the review started: the edit is then
    the latest word, as the journal and ``careerclimb wins`` show it.

    Args:
        win: the win as saved now.
        entry: the review entry that counts for it, or None when never reviewed.

    Returns:
        Impact, activity or ``FRAMING_PLAN``.
    """
    if entry is None or entry.answers.change is None:
        return win.framing
    if win.framing != entry.win_framing:
        return win.framing
    return entry.framing


def counted_framings(wins: Iterable[Win], reviews: Iterable[Review]) -> dict[int, str]:
    """The framing each reviewed win counts with, for a tally of its quarter.

    Args:
        wins: the user's wins.
        reviews: every saved review.

    Returns:
        Win id → ``counted_framing``, for the wins some review has judged.
    """
    entries = latest_entries(reviews)
    return {
        win.id: counted_framing(win, entries[win.id])
        for win in wins
        if win.id is not None and win.id in entries
    }


def as_counted(review: Review, reviews: Iterable[Review]) -> Review:
    """A run with each of its wins judged as it counts now, for its summary.

    A win the run has not settled keeps the entry an earlier run of the quarter
    settled (see ``latest_entries``); so the summary of a re-run left partly
    unanswered adds up the verdicts that still count, not a row of "unclear".

    Args:
        review: the run to sum up, as it is now.
        reviews: every saved review; only earlier runs of its quarter are read.

    Returns:
        The run with the entries that count for its wins.
    """
    before = sorted(
        (r for r in reviews if same_quarter(r, review) and r.run < review.run),
        key=lambda r: (r.run, r.started_at),
    )
    counts = _quarter_entries([*before, review])
    entries = {
        win_id: counts.get(win_id, entry) for win_id, entry in review.entries.items()
    }
    return replace(review, entries=entries)


def unanswered_message(review: Review, reviews: Iterable[Review]) -> str:
    """Tell the user, once a run is finished, which of its wins were left open.

    A win left unsettled in a re-run keeps the verdict an earlier run gave it
    (see ``latest_entries``), so the summary of that run says so rather than
    letting its count of unclear wins read as the quarter's.

    Args:
        review: the run whose summary is shown.
        reviews: every saved review; runs of the same quarter started before
            ``review`` are the earlier ones.

    Returns:
        How many wins were left unanswered and what they count as now, a kept
        verdict named by the run that gave it; empty while the run is in
        progress or when every win is settled.
    """
    if not review.is_finished:
        return ""
    open_ids = [e.win_id for e in review.entries_in_order() if not e.is_settled]
    if not open_ids:
        return ""

    before = sorted(
        (r for r in reviews if same_quarter(r, review) and r.run < review.run),
        key=lambda r: (r.run, r.started_at),
    )
    earlier = _quarter_entry_runs(before)
    kept_from = [
        earlier[win_id][1]
        for win_id in open_ids
        if win_id in earlier and earlier[win_id][0].is_settled
    ]
    kept = len(kept_from)
    fresh = len(open_ids) - kept
    parts = []
    if kept:
        runs = sorted(set(kept_from))
        parts.append(
            counted(
                kept,
                catalogue.SUMMARY_UNANSWERED_KEPT_ONE,
                catalogue.SUMMARY_UNANSWERED_KEPT_MANY,
                run=runs[0],
                runs=counted(
                    len(runs),
                    catalogue.SUMMARY_KEPT_FROM_RUN,
                    catalogue.SUMMARY_KEPT_FROM_RUNS,
                    run=runs[0],
                    runs=_join([str(run) for run in runs]),
                ),
            )
        )
    if fresh:
        one, many = (
            (catalogue.SUMMARY_UNANSWERED_MORE_ONE, catalogue.SUMMARY_UNANSWERED_MORE)
            if kept
            else (catalogue.SUMMARY_UNANSWERED_ONE, catalogue.SUMMARY_UNANSWERED_MANY)
        )
        parts.append(counted(fresh, one, many))
    return " ".join(parts)


def judged_in_other_runs(review: Review, reviews: Iterable[Review]) -> dict[int, int]:
    """The wins of a run's quarter that another finished run of it judged.

    A finished run judges every win it holds. Runs of one quarter can hold
    different wins: a run imported from another data file holds that file's
    wins, and the runs already there hold the user's own. Such a win is
    reviewed, so no run of the quarter counts it as left out.

    Args:
        review: the run asked about.
        reviews: every saved review; the finished runs over the same months
            as ``review`` (its own included) are read.

    Returns:
        Win id → the number of the latest finished run of the quarter that
        holds it, for the wins ``review`` does not hold itself.
    """
    first_day = review.period.first_day
    judged: dict[int, int] = {}
    runs = sorted(
        (
            run
            for run in reviews
            if run.is_finished and run.period.first_day == first_day
        ),
        key=lambda run: (run.run, run.started_at),
    )
    for run in runs:
        for win_id in run.entries:
            if win_id not in review.entries:
                judged[win_id] = run.run
    return judged


def wins_left_out(
    review: Review, wins: Iterable[Win], reviews: Iterable[Review] = ()
) -> tuple[Win, ...]:
    """The quarter's wins that a run does not walk and no other run judged.

    A run walks the wins dated in its quarter when it starts, and never grows: a
    win logged later (or moved into the quarter later) is in no verdict and no
    count of that run until the user starts another one. A win another
    finished run of the quarter holds is judged there (``judged_in_other_runs``),
    so it is not left out: the summary, the reviews screen, the printed review
    and home all count by this one rule.

    Args:
        review: the run, finished or not; its own months decide which wins
            are of its quarter, whatever the year start is now.
        wins: the user's wins.
        reviews: every saved review, to pass over the wins other finished runs
            of the quarter judged; none to count every win the run lacks.

    Returns:
        The saved wins dated in the run's quarter that the run does not hold
        and no other finished run of it judged, oldest first.
    """
    period = review.period
    judged = judged_in_other_runs(review, reviews)
    left_out = [
        win
        for win in wins
        if win.id is not None
        and win.id not in review.entries
        and win.id not in judged
        and period.contains(win.date)
    ]
    return tuple(sorted(left_out, key=lambda win: (win.date, win.id or 0)))


def left_out_counts(
    reviews: Iterable[Review], wins: Iterable[Win], start_month: int = 1
) -> dict[str, int]:
    """How many of each reviewed quarter's wins its latest finished run leaves out.

    Args:
        reviews: every saved review run.
        wins: the user's wins.
        start_month: the month (1–12) the user's fiscal year starts in; only
            the runs of its quarters count (``runs_named_under``).

    Returns:
        Quarter name → how many of its wins its latest finished run does not
        hold and no other finished run of it judged (``wins_left_out``), for
        the quarters where that is at least one.
    """
    every_review = list(reviews)
    named = runs_named_under(every_review, start_month)
    finished = latest_runs(review for review in named if review.is_finished)
    # Each win's quarter is worked out once, not once for every run.
    by_quarter: dict[str, list[Win]] = {}
    for win in wins:
        by_quarter.setdefault(str(quarter_of(win.date, start_month)), []).append(win)
    counts = {
        quarter: len(wins_left_out(run, by_quarter.get(quarter, ()), every_review))
        for quarter, run in finished.items()
    }
    return {quarter: count for quarter, count in counts.items() if count}


def left_out_message(
    review: Review, count: int, *, on_reviews: bool = False, command_line: bool = False
) -> str:
    """Tell the user that some of the quarter's wins are not in a run, and why.

    Args:
        review: the run.
        count: how many of the quarter's wins it leaves out.
        on_reviews: whether the message is shown on the reviews screen, where
            the key that starts a new run works as it is read.
        command_line: whether a command prints it, where no key of the app
            works: it then names the command that opens the reviews.

    Returns:
        How many wins were logged after the run started and how to include them
        (finish an unfinished run first); empty when none are left out.
    """
    if count == 0:
        return ""
    how = (
        catalogue.REVIEW_LEFT_OUT_RERUN
        if review.is_finished
        else catalogue.REVIEW_LEFT_OUT_FINISH_FIRST
    )
    told = counted(
        count,
        catalogue.REVIEW_LEFT_OUT_ONE,
        catalogue.REVIEW_LEFT_OUT_MANY,
        quarter=review.quarter,
        run=review.run,
    )
    if command_line:
        key = catalogue.REVIEW_LEFT_OUT_KEY_CLI.format(quarter=review.quarter)
    elif on_reviews:
        key = catalogue.REVIEW_LEFT_OUT_KEY_HERE
    else:
        key = catalogue.REVIEW_LEFT_OUT_KEY_ELSEWHERE
    them = (
        catalogue.REVIEW_LEFT_OUT_IT if count == 1 else catalogue.REVIEW_LEFT_OUT_THEM
    )
    return f"{told} {how.format(run=review.run, them=them, key=key)}"


# --- The summary of a quarter -------------------------------------------------------


def dimensions_for_level(ladder: Ladder, level_id: str) -> tuple[Dimension, ...]:
    """The ladder's dimensions that a level describes, in ladder order.

    Args:
        ladder: the user's ladder.
        level_id: the level whose dimensions are wanted, usually the target level.

    Returns:
        The dimensions the level has expectations for; every dimension of the
        ladder when the level is unknown or describes none.
    """
    level = ladder.level(level_id)
    if level is None or not level.expectations:
        return ladder.dimensions
    return tuple(d for d in ladder.dimensions if d.id in level.expectations)


def untagged_next_level(
    wins: Iterable[Win],
    verdicts: Mapping[int, VerdictKind],
    dimension_ids: Collection[str],
) -> tuple[int, ...]:
    """The next-level wins that count for no dimension of the target level.

    Such a win is missing from every dimension's evidence, so a quarter can read
    as next-level while no dimension shows it; the user is told to tag them.

    Args:
        wins: the wins to look at.
        verdicts: win id → the verdict that counts for it.
        dimension_ids: the target level's dimensions.

    Returns:
        The ids of the wins judged next-level that carry none of those dimensions,
        in the order given.
    """
    wanted = set(dimension_ids)
    return tuple(
        win.id
        for win in wins
        if win.id is not None
        and verdicts.get(win.id) is VerdictKind.NEXT_LEVEL
        and not wanted & set(win.dimensions)
    )


def untagged_text(count: int, key: str) -> str:
    """Tell the user how many next-level wins count for no dimension, and how to
    tag them.

    Args:
        count: how many there are (see ``untagged_next_level``).
        key: what to press where the user is to tag a win's dimensions.

    Returns:
        One sentence; empty when ``count`` is 0.
    """
    if not count:
        return ""
    return counted(
        count,
        catalogue.UNTAGGED_NEXT_LEVEL_ONE,
        catalogue.UNTAGGED_NEXT_LEVEL_MANY,
        key=key,
    )


@dataclass(frozen=True)
class QuarterSummary:
    """What one run of the review adds up to."""

    quarter: str
    """The quarter reviewed, like ``2026Q3``."""
    run: int
    """Which run of the quarter's review this sums up."""
    wins: int
    """How many of the review's wins still exist."""
    next_level: int
    """Wins that count as next-level (the user's overrides win)."""
    current_level: int
    """Wins that count as current-level."""
    unclear: int
    """Wins with no clear signal yet."""
    overridden: int
    """Wins whose verdict the user overrode."""
    impact: int
    """Wins framed as impact."""
    activity: int
    """Wins not framed as impact, plans among them."""
    dimensions_with_evidence: tuple[str, ...]
    """Target-level dimension ids with at least one next-level win, in ladder order."""
    dimensions_without_evidence: tuple[str, ...]
    """Target-level dimension ids with no next-level win this quarter."""
    strongest: tuple[Win, ...]
    """Up to three wins, strongest first (see ``strength_key``)."""
    message: str
    """The method's plain message when most wins are current-level; else empty."""
    left_out: tuple[int, ...] = ()
    """Ids of the quarter's wins this run does not walk (see ``wins_left_out``)."""
    left_out_message: str = ""
    """What the left-out wins mean and how to include them; empty when none."""
    strongest_next_level: int = 0
    """How many of ``strongest``, from the first, are next-level."""
    planned: int = 0
    """Wins that only plan a change, counted as home counts them (see
    ``counted_framing``)."""
    untagged: int = 0
    """Next-level wins that count for no dimension of the target level (see
    ``untagged_next_level``)."""
    deleted: int = 0
    """Wins the run judged that have been deleted since; counted nowhere else."""

    @property
    def framing_text(self) -> str:
        """The wins by framing on one line, plans named only when there are any."""
        line = catalogue.SUMMARY_FRAMING.format(
            impact=self.impact, activity=self.activity - self.planned
        )
        if self.planned:
            plans_word = (
                catalogue.PLAN_ONE if self.planned == 1 else catalogue.PLAN_MANY
            )
            line += catalogue.SUMMARY_FRAMING_PLANS.format(
                planned=self.planned, plans_word=plans_word
            )
        return line

    @property
    def counts_text(self) -> str:
        """The wins and their verdicts on one line: "7 wins: 2 next-level · …",
        then how many wins it judged are deleted since, when any are: a run whose
        wins are all gone says so rather than a bare "0 wins"."""
        line = catalogue.SUMMARY_COUNTS.format(
            wins=wins_phrase(self.wins),
            next_level=self.next_level,
            current=self.current_level,
            unclear=self.unclear,
        )
        if self.deleted:
            line += catalogue.SUMMARY_DELETED.format(wins=wins_phrase(self.deleted))
        return line

    @property
    def overridden_text(self) -> str:
        """How many verdicts are the user's own call; empty when none are."""
        if not self.overridden:
            return ""
        return counted(
            self.overridden,
            catalogue.SUMMARY_OVERRIDDEN_ONE,
            catalogue.SUMMARY_OVERRIDDEN_MANY,
        )


_CHOICE_STRENGTH: dict[Choice | None, int] = {Choice.CHOSE: 2, Choice.PARTLY: 1}
_PEER_STRENGTH: dict[PeerAnswer | None, int] = {
    PeerAnswer.NO: 2,
    PeerAnswer.NOT_SURE: 1,
}


def strength_key(
    entry: ReviewEntry, win: Win
) -> tuple[int, int, int, int, int, int, dt.date, int]:
    """How strongly a win argues for promotion, as a key that sorts strongest last.

    The points of the one ranking of wins that the review's summary, the manager
    prep and the pitch share (``strongest_first`` puts them in order). The order
    is: next-level verdict first; then the answer to question 1, a clear "no" (a
    peer at the current level could not have done it) above "not sure", above
    "yes" or no answer; then a measured change, then notice outside the team,
    then how many dimensions the win speaks to, then a chosen win (fully chosen
    above partly), then the most recent, then the one logged last. Where
    question 4 is unanswered, the win's own "noticed by" counts.

    Args:
        entry: the win's review entry.
        win: the win itself.

    Returns:
        A tuple to sort by, in descending order for strongest first.
    """
    noticed = entry.answers.noticed
    was_noticed = (
        noticed.outside if noticed is not None else bool(win.noticed_by.strip())
    )
    chosen = _CHOICE_STRENGTH.get(entry.answers.choice, 0)
    return (
        int(entry.kind is VerdictKind.NEXT_LEVEL),
        _PEER_STRENGTH.get(entry.answers.peer_could, 0),
        int(entry.measured),
        int(was_noticed),
        len(set(win.dimensions)),
        chosen,
        win.date,
        win.id or 0,
    )


def evidence_strength(entry: ReviewEntry, win: Win) -> tuple[object, ...]:
    """The review's strength of a win (``strength_key``) without recency.

    Args:
        entry: the win's review entry.
        win: the win itself.

    Returns:
        A key to sort by, in descending order for strongest first.
    """
    *strength, _date, _id = strength_key(entry, win)
    return tuple(strength)


_TELLS_A_CHANGE = 2
"""The standing of a title that tells a change: the highest."""


def title_standing(title: str) -> int:
    """How well a win's title argues on its own, higher the better.

    A committee, or a manager, hears a win's title first, so a change told only
    further down ("Reviewed 200 PRs" above "review wait fell from 3 days to 1")
    still leaves the win sounding like effort.

    Args:
        title: the win's title, as logged.

    Returns:
        2 when the title tells a change, 0 when it reads as activity (work done
        or only an output), 1 when it reads as neither ("Billing migration").
    """
    reading = read_win(title)
    if reading.is_impact:
        return _TELLS_A_CHANGE
    return 0 if reading.activity_phrases or reading.output_only else 1


def strongest_first(
    wins: Iterable[Win], strength: Callable[[Win], tuple[object, ...]]
) -> Iterator[Win]:
    """Wins by strength, then by how well their title argues, then newest first.

    The one order of wins: the review's summary, the manager prep and the pitch
    all rank with it. Between two wins of equal strength, the one whose title
    tells a change comes first (``title_standing``), however old; a title never
    lifts a win above a stronger one. Between wins equal on all of that, the
    newer comes first, and on the same day the one logged last, so that the
    order never depends on the order the wins were given in. Reading a title
    takes a while, so titles are read only as far as the wins are taken: the
    first few of a long list cost little.

    Args:
        wins: the wins to rank.
        strength: a win's strength, compared in descending order, without its
            date or id (``evidence_strength``).

    Returns:
        The wins, strongest first, produced as they are taken.
    """
    keyed = sorted(
        ((strength(win), win) for win in wins),
        key=lambda pair: (pair[0], pair[1].date, pair[1].id or 0),
        reverse=True,
    )
    for _, group in groupby(keyed, key=lambda pair: pair[0]):
        later: list[tuple[int, Win]] = []
        for _, win in group:
            standing = title_standing(win.title)
            if standing == _TELLS_A_CHANGE:
                yield win
            else:
                later.append((standing, win))
        # A stable sort: within a standing, the newest stay first.
        later.sort(key=lambda pair: pair[0], reverse=True)
        yield from (win for _, win in later)


_VERDICT_STANDING = {
    VerdictKind.NEXT_LEVEL: 2,
    VerdictKind.UNCLEAR: 1,
    VerdictKind.CURRENT_LEVEL: 0,
}
"""How a verdict places a win as evidence; a win never reviewed stands as unclear."""


def case_strength(entry: ReviewEntry | None, win: Win) -> tuple[object, ...]:
    """A win's strength as evidence for the case, without recency.

    The key of the one ranking the review's summary, the manager prep and the
    pitch put wins in (with ``strongest_first``): a next-level verdict first,
    then a win judged unclear or never reviewed, then a current-level one,
    which a committee has already been told is no signal; then the points of
    ``evidence_strength``, the same for every verdict.

    Args:
        entry: the win's latest review entry; None when it was never reviewed.
        win: the win itself.

    Returns:
        A key to sort by, in descending order for strongest first.
    """
    if entry is None:
        entry = ReviewEntry(
            win_id=win.id or 0,
            win_framing=win.framing,
            win_has_metric=win_is_measured(win),
        )
        standing = _VERDICT_STANDING[VerdictKind.UNCLEAR]
    else:
        standing = _VERDICT_STANDING[entry.kind]
    _next_level, *points = evidence_strength(entry, win)
    return (standing, *points)


def judged_win_ids(reviews: Iterable[Review]) -> set[int]:
    """The ids of the wins a review judged; the others are not reviewed yet.

    The wins whose verdict counts, by ``counts_as_reviewed``.

    Args:
        reviews: every saved review run.
    """
    return {
        win_id
        for review in reviews
        for win_id, entry in review.entries.items()
        if counts_as_reviewed(review, entry)
    }


def held_back_as_unclear(
    wins: Iterable[Win], entries: Mapping[int, ReviewEntry], judged: Collection[int]
) -> set[int]:
    """The wins never to put forward as the strongest: judged unclear by the
    user's own call, or by the four questions while others were judged
    next-level.

    A win a review judged unclear lacks what the next level asks for (no
    measure, nobody outside who noticed): put beside next-level wins as the
    strongest, it tells the manager or a committee the case is thin. With no
    next-level win it may still be the best there is, unless the user made
    that call themselves against the questions (an override): their own
    judgement that the win does not argue for the next level stands, so it is
    never brought forward. A win no review judged yet (``counts_as_reviewed``)
    is not held back: it is brought marked as not reviewed.

    Args:
        wins: the wins that could be put forward.
        entries: win id → latest review entry (``latest_entries``).
        judged: the ids of wins a review judged (``judged_win_ids``).

    Returns:
        The ids to leave out: only the user's own unclear calls when none of
        ``wins`` is next-level.
    """
    every = list(wins)
    judged_entries = {
        win.id: entries[win.id]
        for win in every
        if win.id is not None and win.id in entries and win.id in judged
    }
    own_calls = {
        win_id
        for win_id, entry in judged_entries.items()
        if entry.override_kind is VerdictKind.UNCLEAR
    }
    kinds = {win.id: entries[win.id].kind for win in every if win.id in entries}
    if VerdictKind.NEXT_LEVEL not in kinds.values():
        return own_calls
    return own_calls | {
        win_id
        for win_id, entry in judged_entries.items()
        if entry.kind is VerdictKind.UNCLEAR
    }


def summarise(
    review: Review,
    wins: Iterable[Win],
    ladder: Ladder,
    target_level: str,
    reviews: Iterable[Review] = (),
) -> QuarterSummary:
    """Add up one run of the review.

    Wins deleted since the review started are left out of every count, and so
    are wins logged after it started; those are named, so the user can tell.
    The run's own months decide which wins are of its quarter, so a new year
    start changes nothing it adds up.

    Args:
        review: the run to sum up, finished or not.
        wins: the user's wins (any superset of the review's).
        ladder: the user's ladder.
        target_level: the level id the user is working towards.
        reviews: every saved review, so that a win another finished run of
            the quarter judged is not named as left out (``wins_left_out``).

    Returns:
        The counts, the dimensions with and without next-level evidence, the three
        strongest wins, the quarter's wins the run leaves out and, when more than
        half of the wins are current-level, the method's message about what "we
        need to see more" means.
    """
    by_id = {win.id: win for win in wins if win.id is not None}
    pairs = [
        (entry, by_id[entry.win_id])
        for entry in review.entries_in_order()
        if entry.win_id in by_id
    ]
    kinds = [entry.kind for entry, _ in pairs]

    evidenced = {
        dimension
        for entry, win in pairs
        if entry.kind is VerdictKind.NEXT_LEVEL
        for dimension in win.dimensions
    }
    dimension_ids = [d.id for d in dimensions_for_level(ladder, target_level)]

    entry_of = {win.id: entry for entry, win in pairs}
    strongest = islice(
        strongest_first(
            [win for _, win in pairs],
            lambda win: case_strength(entry_of[win.id], win),
        ),
        STRONGEST_COUNT,
    )
    ranked = [(entry_of[win.id], win) for win in strongest]

    total = len(pairs)
    current = kinds.count(VerdictKind.CURRENT_LEVEL)
    message = ""
    if total and current * 2 > total:
        mostly = (
            catalogue.REVIEW_MOSTLY_CURRENT_LEVEL_ONE
            if total == 1
            else catalogue.REVIEW_MOSTLY_CURRENT_LEVEL
        )
        message = mostly.format(count=current, total=total)

    left_out = wins_left_out(review, by_id.values(), reviews)
    framings = [counted_framing(win, entry) for entry, win in pairs]
    impact = framings.count(FRAMING_IMPACT)
    planned = framings.count(FRAMING_PLAN)
    # Counted as the reviews list and home count the run. The run given is
    # already as it counts (``as_counted``), so no other run is needed here.
    counts = run_counts(review, (), by_id.values())
    return QuarterSummary(
        quarter=review.quarter,
        run=review.run,
        wins=counts.wins,
        next_level=counts.next_level,
        current_level=current,
        unclear=kinds.count(VerdictKind.UNCLEAR),
        overridden=sum(1 for entry, _ in pairs if entry.is_overridden),
        impact=impact,
        activity=total - impact,
        planned=planned,
        dimensions_with_evidence=tuple(d for d in dimension_ids if d in evidenced),
        dimensions_without_evidence=tuple(
            d for d in dimension_ids if d not in evidenced
        ),
        strongest=tuple(win for _, win in ranked[:STRONGEST_COUNT]),
        strongest_next_level=sum(
            1
            for entry, _ in ranked[:STRONGEST_COUNT]
            if entry.kind is VerdictKind.NEXT_LEVEL
        ),
        message=message,
        left_out=tuple(win.id for win in left_out if win.id is not None),
        left_out_message=left_out_message(review, len(left_out)),
        untagged=len(
            untagged_next_level(
                (win for _, win in pairs),
                {win.id or 0: entry.kind for entry, win in pairs},
                dimension_ids,
            )
        ),
        deleted=counts.deleted,
    )


@dataclass(frozen=True)
class StrongestGroup:
    """Some of a summary's strongest wins under one heading."""

    heading: str
    """What the wins are, as the summary names them."""
    wins: tuple[Win, ...]
    """The wins, strongest first."""
    next_level: bool
    """True for next-level wins, the ones to put in front of the manager; False
    for the closest ones that are not, each shown with what it lacks."""


def summary_title(win: Win) -> str:
    """A win's title as the summary of a run quotes it, on screen and in print.

    A title of a paragraph would push the other strongest wins off the screen,
    so a long one is cut after a whole word (``SUMMARY_TITLE_CHARS``); the
    packet keeps it whole, as the user's full record.

    Args:
        win: the win.

    Returns:
        The title on one line, cut when long, its measure after it when the
        words kept do not give its numbers (``with_measure``).
    """
    return with_measure(cut_at_word(win.title, SUMMARY_TITLE_CHARS), win.measure)


def strongest_groups(summary: QuarterSummary) -> tuple[StrongestGroup, ...]:
    """Split a summary's strongest wins by whether they are next-level.

    Only next-level wins are called the ones to put in front of the manager. The
    others among the strongest are named for what they are: the closest to the
    next level, none of them there yet.

    Args:
        summary: the summary of a run.

    Returns:
        The next-level wins, then the closest others, each group under its own
        heading; a group with no wins is left out, so no wins give no groups.
    """
    ready = summary.strongest[: summary.strongest_next_level]
    closest = summary.strongest[summary.strongest_next_level :]
    groups: list[StrongestGroup] = []
    if ready:
        heading = counted(
            len(ready),
            catalogue.SUMMARY_STRONGEST_ONE,
            catalogue.SUMMARY_STRONGEST_COUNT,
        )
        groups.append(StrongestGroup(heading, ready, next_level=True))
    if closest:
        one, many = (
            (catalogue.SUMMARY_CLOSEST_AFTER_ONE, catalogue.SUMMARY_CLOSEST_AFTER)
            if ready
            else (catalogue.SUMMARY_CLOSEST_NONE_ONE, catalogue.SUMMARY_CLOSEST_NONE)
        )
        heading = counted(len(closest), one, many)
        groups.append(StrongestGroup(heading, closest, next_level=False))
    return tuple(groups)


_PEER_LACKS: dict[PeerAnswer | None, str] = {
    PeerAnswer.YES: catalogue.REVIEW_LACK_BEYOND_LEVEL,
    PeerAnswer.NOT_SURE: catalogue.REVIEW_LACK_NOT_SURE,
}


def what_it_lacks(entry: ReviewEntry) -> str:
    """Say what keeps a win from reading as next-level: answers still missing
    first, then what the answers given show it lacks, in question order.

    Args:
        entry: the win's entry in the review.

    Returns:
        Its kind and what it lacks, like "current-level · lacks a measured
        change" or "current-level · lacks two things: a measured change, and
        notice from outside your team"; a win the user called against
        the four questions is named by their call and its note
        (``own_call_text``), and one lacking none of these by its kind as the
        user's own call: what the answers lack did not decide either.
    """
    if entry.is_overridden:
        return own_call_text(entry)
    answers = entry.answers
    lacks: list[str] = []
    if answers.missing:
        answer = (
            catalogue.REVIEW_LACK_ANSWER
            if len(answers.missing) == 1
            else catalogue.REVIEW_LACK_ANSWERS
        )
        lacks.append(answer.format(missing=_join(answers.missing)))
    if answers.peer_could in _PEER_LACKS:
        lacks.append(_PEER_LACKS[answers.peer_could])
    if answers.choice is Choice.ASSIGNED:
        lacks.append(catalogue.REVIEW_LACK_CHOICE)
    if entry.planned:
        lacks.append(catalogue.REVIEW_LACK_HAPPENED)
    elif answers.change is not None and not entry.measured:
        lacks.append(catalogue.REVIEW_LACK_MEASURE)
    if answers.noticed is not None and not answers.noticed.outside:
        lacks.append(catalogue.REVIEW_LACK_NOTICED)

    verdict = entry.kind.label
    if not lacks:
        return catalogue.SUMMARY_LACKS_OWN_CALL.format(verdict=verdict)
    if len(lacks) == 1:
        return catalogue.SUMMARY_LACKS.format(verdict=verdict, lacks=lacks[0])
    # Each lack may hold an "and" of its own ("whether you chose the work and
    # what changed"): counted first and closed with ", and", the list stays
    # readable as one. Every unanswered question counts as a thing of its own,
    # so the number matches what the reader counts in the list.
    listed = f"{', '.join(lacks[:-1])}{catalogue.SUMMARY_LACKS_LAST}{lacks[-1]}"
    things = len(lacks) + max(len(answers.missing) - 1, 0)
    counts = catalogue.SUMMARY_LACKS_COUNTS
    return catalogue.SUMMARY_LACKS_MANY.format(
        verdict=verdict,
        count=counts[things - 2] if things - 2 < len(counts) else str(things),
        lacks=listed,
    )
