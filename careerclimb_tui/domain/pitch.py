"""The five-minute calibration pitch: drafted from the user's records, then checked.

A manager gets a few minutes in calibration to make the case. The story that works
there is short: the problem, the root cause or insight, what the user drove and
with whom, and the measured result, with a win or two in support. The builder
drafts that story from the user's strongest evidence and from nothing else: every
sentence is the user's own words or a number they recorded, joined by short
lead-ins. The checker reads any draft, edited or not, the way a committee would,
and the timer says how long it takes to say aloud.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.criteria import Criterion
from careerclimb_tui.domain.dates import day_in_words, first_day_in_words
from careerclimb_tui.domain.evidence import (
    DIRECTION_WORDS,
    merge_recognition,
    same_recognition,
    says_same_change,
    singular_word,
    states_measure,
    win_recognition,
)
from careerclimb_tui.domain.framing import (
    FRAMING_PLAN,
    Reading,
    bare_comparative,
    expected_measure,
    read_statement,
    same_before_after,
)
from careerclimb_tui.domain.initiative import Initiative, early_readings
from careerclimb_tui.domain.measure_text import numbers_in
from careerclimb_tui.domain.peers import suggest_kinds
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.recognition import group_key
from careerclimb_tui.domain.records import (
    FRAMING_IMPACT,
    Measure,
    Win,
    describe_amount,
    describe_measure,
    fold_for_search,
    format_number,
)
from careerclimb_tui.domain.review import (
    PeerAnswer,
    Review,
    ReviewEntry,
    VerdictKind,
    case_strength,
    counted,
    held_back_as_unclear,
    judged_win_ids,
    latest_entries,
    strongest_first,
    title_standing,
    win_is_measured,
)
from careerclimb_tui.domain.sentences import (
    clause_mid_sentence,
    mid_sentence,
    sentence_start,
    with_article,
)
from careerclimb_tui.domain.wins import LONG_TITLE

WORDS_PER_MINUTE = 140
"""The speaking rate for timing: the middle of the 130–150 a calm speaker uses."""

SLOT_SECONDS = 5 * 60
"""The calibration slot a manager usually gets for one person."""

SHORT_SECONDS = 60
"""The length of the short version, for a hallway or the start of a 1:1."""

UNUSED_SLOT_BELOW = 2 * 60
"""A pitch shorter than this leaves most of the five-minute slot unused."""

SUPPORTING_WINS = 2
"""How many wins back up the main story."""

WINDOW_DAYS = 365
"""Wins older than this are left out while newer ones exist: committees look at
the cycle, not the career."""


class Part(str, enum.Enum):
    """The parts of a calibration story, in the order they are told."""

    PROBLEM = "problem"
    INSIGHT = "insight"
    DROVE = "drove"
    RESULT = "result"
    SUPPORT = "support"

    def __str__(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        """The part as the user reads it: "the problem"."""
        return catalogue.PITCH_PART_LABELS[self.value]

    @property
    def prompt(self) -> str:
        """What to add when the records hold nothing for this part."""
        return catalogue.PITCH_PART_PROMPTS[self.value]


@dataclass(frozen=True)
class InitiativeFacts:
    """What the pitch may use of a next-level initiative the user drove.

    Read from the store defensively: any field it cannot read is left empty.
    """

    title: str
    """The problem, in the user's words."""
    problem: str = ""
    """What the problem is and how it shows."""
    evidence: str = ""
    """What the user found that shows the problem, or its cause."""
    fix: str = ""
    """The fix the user proposed and drove."""
    measure: Measure | None = None
    """The baseline → latest reading, when there are both."""
    helped: tuple[str, ...] = ()
    """People who helped drive it."""
    agreed: tuple[str, ...] = ()
    """People who agreed to the fix: the buy-in the user won."""
    other_teams: tuple[str, ...] = ()
    """Teams outside the user's own that took part or felt the change."""
    win_ids: tuple[int, ...] = ()
    """Wins that came out of it."""
    has_result: bool = False
    """True once it reached the measuring or done stage."""
    driven: bool = False
    """True once it reached the driving stage or a later one."""
    measured_from: dt.date | None = None
    """The day of the baseline reading, when the measure has one."""
    measured_to: dt.date | None = None
    """The day of the latest reading after the baseline, when there is one."""
    result_held: bool = False
    """True once better readings have held long enough to show the result
    holds (``initiative.result_held``), not only that the number moved."""
    id: int | None = None

    @property
    def fix_is_done(self) -> bool:
        """True when the fix was driven, not only proposed: the initiative reached
        the driving stage, or measuring or done, which come after it."""
        return self.driven or self.has_result


@dataclass(frozen=True)
class PitchLine:
    """One paragraph of the draft and the records it was built from."""

    part: Part
    text: str
    win_id: int | None = None
    """The win it tells of, if any."""
    initiative_id: int | None = None
    """The initiative it tells of, if any."""


@dataclass(frozen=True)
class PitchDraft:
    """A calibration story assembled from the user's records."""

    lines: tuple[PitchLine, ...]
    """The paragraphs, in the order they are told."""
    missing: tuple[Part, ...]
    """Parts of the story the records hold nothing for."""
    hints: tuple[tuple[Part, str], ...] = ()
    """For a missing part, what exactly is missing, when more is known than the
    part's usual prompt says."""

    def prompt_for(self, part: Part) -> str:
        """What to add for a missing part: its own hint, or the usual prompt."""
        return dict(self.hints).get(part, part.prompt)

    @property
    def text(self) -> str:
        """The draft as one text, a blank line between paragraphs."""
        return "\n\n".join(line.text for line in self.lines)

    @property
    def win_ids(self) -> tuple[int, ...]:
        """The wins the draft tells of, in order."""
        return tuple(line.win_id for line in self.lines if line.win_id is not None)

    @property
    def is_empty(self) -> bool:
        """True when the records held nothing to tell."""
        return not self.lines


@dataclass(frozen=True)
class PitchVersion:
    """One saved version of the user's pitch; each save adds a new one."""

    text: str
    """The pitch as the user left it."""
    id: int | None = None
    """Stable id given by the store; None until saved. Later saves get higher ids."""
    created_at: dt.datetime | None = None
    """When this version was saved (UTC)."""
    updated_at: dt.datetime | None = None
    target_level: str = ""
    """The level id the user was working towards when it was saved; empty when
    that was not kept (versions saved by earlier releases)."""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Fields written by another version of the app, kept as they were."""


def earlier_target(version: PitchVersion, target_level: str) -> str:
    """The level a version was written for, when the target has moved since.

    A pitch argues for one level; once the target moves, its claims answer the
    wrong question however recent its numbers are.

    Args:
        version: a saved version of the pitch.
        target_level: the level id the user is working towards now.

    Returns:
        The level id the version was written for; empty when it is the current
        target or when the version does not say.
    """
    if not version.target_level or not target_level:
        return ""
    return "" if version.target_level == target_level else version.target_level


def written_for_another_target(version: PitchVersion, target_level: str) -> bool:
    """True when a version may argue for another level than the one targeted now.

    It may when it was written for another level (``earlier_target``), and when
    it was saved before each version kept its target, so that nobody knows.

    Args:
        version: a saved version of the pitch.
        target_level: the level id the user is working towards now; empty
            before one is chosen, when no version can be out of step.
    """
    return bool(target_level) and version.target_level != target_level


def stale_target_note(
    version: PitchVersion,
    target_level: str,
    level_title: Callable[[str], str],
    *,
    short: bool = False,
    shell: bool = False,
) -> str:
    """What to tell the user of a version that may argue for the wrong level.

    Args:
        version: a saved version of the pitch.
        target_level: the level id the user is working towards now.
        level_title: how a level id is named to the user.
        short: the fewer words a short screen has room for.
        shell: for the command line, where the app's key is named with the
            command that opens it.

    Returns:
        The note, naming the level the version was written for or saying that
        it is not known; empty when the version was written for the target.
    """
    if not written_for_another_target(version, target_level):
        return ""
    target = level_title(target_level)
    if version.target_level:
        wording = catalogue.PITCH_STALE_TARGET
        if shell:
            wording = catalogue.CLI_PITCH_STALE_TARGET
        elif short:
            wording = catalogue.PITCH_STALE_TARGET_SHORT
        return wording.format(earlier=level_title(version.target_level), target=target)
    wording = catalogue.PITCH_UNKNOWN_TARGET
    if shell:
        wording = catalogue.CLI_PITCH_UNKNOWN_TARGET
    elif short:
        wording = catalogue.PITCH_UNKNOWN_TARGET_SHORT
    return wording.format(target=target)


# --- Ranking the evidence -----------------------------------------------------------


def entry_for(win: Win, entries: Mapping[int, ReviewEntry]) -> ReviewEntry:
    """The win's latest review entry; an unanswered one when it was never reviewed."""
    found = entries.get(win.id or 0)
    if found is not None:
        return found
    return ReviewEntry(
        win_id=win.id or 0,
        win_framing=win.framing,
        win_has_metric=win_is_measured(win),
    )


def is_plan(win: Win, entries: Mapping[int, ReviewEntry]) -> bool:
    """True when a win only plans a change: saved as a plan, or its latest review
    confirmed a change that is still to come ("build time will fall …").

    Args:
        win: the win.
        entries: win id → latest review entry (``review.latest_entries``).
    """
    return win.framing == FRAMING_PLAN or entry_for(win, entries).planned


def title_reads_as_activity(title: str) -> bool:
    """True when a win's title, read alone, tells of work done rather than a change.

    A committee hears a win's title first, so a change told only further down
    ("Reviewed 200 PRs" above "review wait fell from 3 days to 1") still leaves
    the win sounding like effort.

    Args:
        title: the win's title, as logged.
    """
    return title_standing(title) == 0


def ranked_wins(
    wins: Iterable[Win], entries: Mapping[int, ReviewEntry], today: dt.date
) -> list[Win]:
    """The user's wins, strongest evidence first.

    The order is the one the review's summary and the manager prep share
    (``review.case_strength`` with ``review.strongest_first``): next-level wins
    first, then wins judged unclear or never reviewed, then current-level ones,
    which a committee has already been told are no signal; between wins of
    equal strength, a title that tells a change comes ahead of one that reads
    as activity, then the newest.
    Wins older than a year are left out while newer ones exist, and so is a plan
    (``is_plan``): it has no result yet for the story to tell.

    Args:
        wins: every win.
        entries: win id → latest review entry.
        today: the user's local date.

    Returns:
        The wins to draw on, strongest first.
    """
    return list(_ranking(_pool(wins, entries, today), entries))


def _pool(
    wins: Iterable[Win], entries: Mapping[int, ReviewEntry], today: dt.date
) -> list[Win]:
    """The wins a pitch may draw on (see ``ranked_wins``), in no order."""
    saved = [win for win in wins if win.id is not None and not is_plan(win, entries)]
    recent = [win for win in saved if (today - win.date).days <= WINDOW_DAYS]
    return recent or saved


def _ranking(pool: Iterable[Win], entries: Mapping[int, ReviewEntry]) -> Iterator[Win]:
    """The wins of a pool in the order of ``ranked_wins``, as they are taken."""
    return strongest_first(pool, lambda w: case_strength(entries.get(w.id or 0), w))


def worth_supporting(win: Win, entry: ReviewEntry) -> bool:
    """True when a win can back the story up: it tells of a change, not activity.

    A committee hears "also reviewed 200 PRs" as a sign the case is thin, so a
    supporting win must be framed as impact, carry a measured change, say what
    changed (on the win or in its review), or have been judged a next-level
    signal by the review. A win whose verdict, the user's own call included, is
    current-level never backs the story up: the user has already judged that a
    peer at their level could have done it.

    Args:
        win: a win ranked by ``ranked_wins``.
        entry: its latest review entry (``entry_for``).
    """
    if entry.kind is VerdictKind.CURRENT_LEVEL:
        return False
    if entry.framing == FRAMING_IMPACT or entry.measured:
        return True
    change = entry.answers.change
    if win.what_changed.strip() or (change is not None and change.text.strip()):
        return True
    return entry.is_settled and entry.kind is VerdictKind.NEXT_LEVEL


def _first_put_forward(
    pool: Iterable[Win], entries: Mapping[int, ReviewEntry], held_back: set[int]
) -> Win | None:
    """The strongest win of the pool not held back (``held_back_as_unclear``).

    A win the user judged unclear by their own call does not lead the story
    while another win can; when every win is held back, None.
    """
    return next((w for w in _ranking(pool, entries) if w.id not in held_back), None)


def _usable(initiatives: Iterable[InitiativeFacts]) -> list[InitiativeFacts]:
    """The initiatives a story can be told of: titled, with a result or a measure."""
    return [
        i
        for i in initiatives
        if i.title.strip() and (i.has_result or _complete(i.measure))
    ]


def _furthest(initiative: InitiativeFacts) -> tuple[bool, bool, bool, int]:
    """How far along an initiative is, to pick one: measured, with a result,
    across teams, then the newest."""
    return (
        _complete(initiative.measure),
        initiative.has_result,
        bool(initiative.other_teams),
        initiative.id or 0,
    )


def _pick_initiative(
    initiatives: Iterable[InitiativeFacts],
) -> InitiativeFacts | None:
    """The initiative furthest along: one with a result, measured if any."""
    return max(_usable(initiatives), key=_furthest, default=None)


def _initiative_to_lead(
    initiatives: Iterable[InitiativeFacts], strongest: Win | None
) -> InitiativeFacts | None:
    """The initiative the main story is told from; None when a win leads instead.

    A problem leads once its result has held (``InitiativeFacts.result_held``);
    before that its readings show that the number moved, not that the change
    holds, and the strongest win the review called next-level is the stronger
    evidence: it leads instead, unless it is that problem's own result. With
    no such win, the problem furthest along leads, its result told as early
    when it is.

    Args:
        initiatives: the user's initiatives.
        strongest: the strongest win a review called next-level, if any.

    Returns:
        The initiative, one whose result held first; None when
        ``strongest`` should lead.
    """
    usable = _usable(initiatives)

    def told_by_strongest(initiative: InitiativeFacts) -> bool:
        return strongest is not None and strongest.id in initiative.win_ids

    best = max(
        usable,
        key=lambda i: (i.result_held, told_by_strongest(i), *_furthest(i)),
        default=None,
    )
    if best is None or best.result_held or strongest is None:
        return best
    return best if told_by_strongest(best) else None


def _reviewed_next_level(win: Win, entries: Mapping[int, ReviewEntry]) -> bool:
    """True when a review called the win next-level (the user's own call counts)."""
    entry = entries.get(win.id or 0)
    return entry is not None and entry.kind is VerdictKind.NEXT_LEVEL


def _in_progress_line(
    initiative: InitiativeFacts,
    earlier: Sequence[PitchLine] = (),
    so_far: PitchLine | None = None,
) -> PitchLine:
    """A problem whose result has not held yet, told as work in progress.

    Its readings are not told here: they show the number moved, not that it
    holds, and a committee would ask which (``_early_result_flags``). What the
    user drove is told once the fix was driven, then the win linked to it, if
    any: the problem's story is told once, in this paragraph, not again under
    "Also". When the story already told its result (``_result_told``), the
    line says that result is still being measured rather than promising to
    tell it later.

    Args:
        initiative: the problem in progress.
        earlier: the paragraphs told before it.
        so_far: the linked win told inside this paragraph, if any.
    """
    problem = clause_mid_sentence(_sentence(initiative.title))
    told = [catalogue.PITCH_LEAD_IN_PROGRESS.format(text=problem)]
    fix = _driven_fix(initiative)
    if fix:
        drove = clause_mid_sentence(_sentence(fix))
        told.append(catalogue.PITCH_LEAD_DROVE.format(text=drove))
    if so_far is not None:
        told.append(so_far.text)
    if _result_told(initiative, [*earlier, *([so_far] if so_far else [])]):
        told.append(catalogue.PITCH_RESULT_BEING_MEASURED)
    else:
        told.append(catalogue.PITCH_RESULT_TO_COME)
    win_id = so_far.win_id if so_far is not None else None
    return PitchLine(Part.SUPPORT, " ".join(told), win_id, initiative.id)


def _result_told(initiative: InitiativeFacts, lines: Iterable[PitchLine]) -> bool:
    """True when a paragraph already tells the problem's result: a sentence
    giving its readings' numbers, or a win linked to it that states a measured
    change. A linked win that states none (its kickoff, a design doc) tells
    nothing of the result, so it does not count."""
    ids = set(initiative.win_ids)
    return any(
        states_measure(line.text, initiative.measure)
        or (line.win_id in ids and _states_a_change(line.text))
        for line in lines
    )


def _states_a_change(text: str) -> bool:
    """True when a paragraph states a measured change of its own."""
    return any(measure.is_complete for measure in read_statement(text).measures)


def _driven_fix(initiative: InitiativeFacts) -> str:
    """The fix told as what the user drove, once it was driven.

    Returns:
        The fix in the user's words when they wrote it as done ("Moved
        migrations out of the deploy"), else as the fix they proposed ("the
        fix I proposed — quarantine the worst tests"); empty while it is
        still a plan (``InitiativeFacts.fix_is_done``).
    """
    fix = initiative.fix.strip() if initiative.fix_is_done else ""
    if fix and not _told_as_done(fix):
        fix = catalogue.PITCH_DROVE_FIX.format(fix=clause_mid_sentence(_sentence(fix)))
    return fix


def _complete(measure: Measure | None) -> bool:
    return measure is not None and measure.is_complete


def early_result(initiative: InitiativeFacts) -> str:
    """When an initiative's before → after rests on readings too close together.

    Readings of the same day or the same week show that the number moved, not
    that the change holds. The problem page and the packet say so of the same
    readings (``early_readings``); the draft tells such a result as early
    and the check asks for a later reading, so the three never disagree.

    Args:
        initiative: what the pitch may use of an initiative.

    Returns:
        "so far measured only on 5 Dec 2026", or "so far measured only
        between 2 and 5 Dec 2026"; empty when the readings span a week or
        more, or when there is no before → after.
    """
    start, end = initiative.measured_from, initiative.measured_to
    if start is None or end is None or not _complete(initiative.measure):
        return ""
    return early_readings(start, end)


def early_readings_said(initiative: InitiativeFacts, today: dt.date) -> str:
    """The days of an early result's readings, as said aloud in a pitch.

    Args:
        initiative: what the pitch may use of an initiative.
        today: the day the pitch is drafted; a year other than its own is said.

    Returns:
        "all taken on 18 November", "taken between 14 and 18 November" or
        "taken between 28 December 2025 and 2 January 2026"; empty when the
        result is not early (``early_result``).
    """
    start, end = initiative.measured_from, initiative.measured_to
    if start is None or end is None or not early_result(initiative):
        return ""
    with_year = start.year != end.year or end.year != today.year
    last = day_in_words(end, with_year, full_month=True)
    if start >= end:
        return catalogue.PITCH_READINGS_ONE_DAY.format(day=last)
    first = first_day_in_words(start, end, full_month=True)
    return catalogue.PITCH_READINGS_DAYS.format(start=first, end=last)


# --- Building sentences from the user's words ---------------------------------------

_END_MARKS = (".", "!", "?", "…")


def _sentence(text: str) -> str:
    """The text on one line, ending as a sentence does."""
    flat = " ".join(text.split()).rstrip(";:,")
    if flat and not flat.endswith(_END_MARKS):
        flat += "."
    return flat


def _join_names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {catalogue.PITCH_AND} {names[-1]}"


def _join_mid_sentence(names: Sequence[str]) -> str:
    """Names joined as a list said inside a sentence (``mid_sentence``)."""
    return _join_names([mid_sentence(name) for name in names])


def measure_phrase(measure: Measure) -> str:
    """A measured change as it is said aloud: "CI duration went from 24 … to 9 …".

    Args:
        measure: a measure from a win or an initiative.

    Returns:
        A phrase made only of the measure's own label and numbers, the label
        as said inside a sentence (``mid_sentence``) and the amounts without
        the part of their unit the label already says ("pages per week went
        from 25 to 6"); empty when the measure says nothing.
    """
    label = mid_sentence(measure.label.strip())
    if measure.before is not None and measure.after is not None:
        return catalogue.PITCH_MEASURE_FROM_TO.format(
            label=label or catalogue.PITCH_MEASURE_IT,
            before=describe_amount(measure.before, measure.unit, label),
            after=describe_amount(measure.after, measure.unit, label),
        ).strip()
    if measure.change_pct is not None and label:
        template = (
            catalogue.PITCH_MEASURE_DOWN
            if measure.change_pct < 0
            else catalogue.PITCH_MEASURE_UP
        )
        return template.format(
            label=label, percent=format_number(abs(measure.change_pct))
        )
    return describe_measure(measure)


_LETTERS = re.compile(r"[^\W\d_]+")
_LINKS = frozenset({"per", "to", "of", "in", "for", "at", "on", "with", "from", "by"})
_SINGULAR_IN_S = ("ss", "us", "is", "ness", "ics")


def _reads_plural(label: str) -> bool:
    """True when a measure's label names many things ("failed deploys").

    The head noun is the last word before a linking word ("builds per day",
    "time to recover"); an acronym in capitals ("DNS") reads as one thing.
    """
    head = ""
    for word in label.split():
        if word.casefold() in _LINKS:
            break
        head = word
    letters = "".join(_LETTERS.findall(head))
    if len(letters) < 3 or letters.isupper() or not letters.endswith("s"):
        return False
    return not letters.casefold().endswith(_SINGULAR_IN_S)


# Verbs that end a label said as a clause ("builds finish", "deploys take"),
# which "was" cannot follow. The first take the amount straight after them
# ("take 40 minutes"); the rest need the user's own link word ("finish in").
_TAKES_AMOUNT = frozenset({"take", "takes", "took", "last", "lasts", "spend", "spends"})
_CLAUSE_VERBS = _TAKES_AMOUNT | frozenset(
    "finish finishes complete completes respond responds resolve resolves recover "
    "recovers close closes land lands fail fails arrive arrives happen happens "
    "occur occurs".split()
)
# Words that are verbs after a subject ("pages load") as often as nouns ("page
# load"): read as verbs only where the user wrote a link word and an amount
# after them ("pages load in 4 seconds").
_MAYBE_VERBS = frozenset(
    {"load", "loads", "run", "runs", "start", "starts", "wait", "waits"}
)
_AMOUNT_LINK = r"(?:in|within|under|after|at|every|for)"


def _clause_words(label: str, told: str) -> str:
    """The words before the amount when a label reads as a clause; "" otherwise.

    "builds finish" in "builds finish in 9 minutes instead of 24" gives
    "builds finish in": the user's own words, ready for the before amount.
    """
    words = label.split()
    verb = _closing_verb(words)
    if verb not in _CLAUSE_VERBS and verb not in _MAYBE_VERBS:
        return ""
    spaced = r"\s+".join(re.escape(word) for word in words)
    found = re.search(
        rf"(?<!\w){spaced}\s+(?:(?P<link>{_AMOUNT_LINK})\s+)?"
        r"(?:about\s+|around\s+|~\s*)?[-−]?\d",
        told,
        re.IGNORECASE,
    )
    if found is not None and found.group("link"):
        return f"{' '.join(found.group().split()[: len(words)])} {found['link']}"
    if verb in _TAKES_AMOUNT:
        return " ".join(words)
    return ""


def _closing_verb(words: Sequence[str]) -> str:
    """The label's last word, folded, when it may be a verb after a subject.

    "time to recover" ends in a verb that names a noun ("the time to recover"),
    so a last word after a linking word is never read as a verb.
    """
    if len(words) < 2 or words[-2].casefold() in _LINKS:
        return ""
    return words[-1].casefold()


def problem_sentence(measure: Measure, told: str = "") -> str:
    """The problem part told from a measure's before value, as one sentence.

    Args:
        measure: a measure with a before value.
        told: the user's own text the measure was read from (what changed,
            the title), for how a label that is a clause reaches its amount.

    Returns:
        "The problem: build time was 24 minutes.", "The problem: builds finish
        in 24 minutes." (the user's words, with the before amount), or "Before:
        24 minutes." when the label cannot be said with its amount; "" without
        a before value.
    """
    if measure.before is None:
        return ""
    said = problem_before(measure.label, measure.before, measure.unit, told)
    if said:
        return catalogue.PITCH_LEAD_PROBLEM.format(text=clause_mid_sentence(said))
    return catalogue.PITCH_BEFORE_ONLY.format(
        value=describe_amount(measure.before, measure.unit)
    )


def problem_before(label: str, before: float, unit: str, told: str = "") -> str:
    """The before value of a measure, said as the problem it was.

    Args:
        label: what the measure counts, as the user named it.
        before: the value before the change.
        unit: the unit the value is in.
        told: the user's own text the measure was read from, if any.

    Returns:
        "time to diagnose was 30 minutes.", "failed deploys were 12 a week.",
        or, when the unit already says what is counted ("failures" in
        "failures/week"), "there were 102 failures/week."; for a label that
        is a clause, the user's words with the before amount ("builds finish
        in 24 minutes.", "deploys take 40 minutes."). Empty when the label is
        empty or a clause whose way to its amount is unknown.
    """
    name = label.strip()
    if not name:
        return ""
    # The label is said beside the amount, so the amount leaves out what it says.
    value = describe_amount(before, unit, name)
    clause = _clause_words(name, told)
    if clause:
        return catalogue.PITCH_BEFORE_TOLD.format(
            words=mid_sentence(clause), value=value
        )
    if _closing_verb(name.split()) in _CLAUSE_VERBS:
        return ""
    label_words = {w.casefold() for w in _LETTERS.findall(name)}
    unit_words = {w.casefold() for w in _LETTERS.findall(unit)}
    if label_words and label_words <= unit_words:
        template = (
            catalogue.PITCH_BEFORE_COUNTED_ONE
            if before == 1
            else catalogue.PITCH_BEFORE_COUNTED
        )
        return template.format(value=describe_amount(before, unit))
    if not unit.strip() and before != 1 and _counts_per_period(name):
        # "repeat incidents per quarter were 9" is correct but stilted; a count
        # reads best with its number first.
        return catalogue.PITCH_BEFORE_RATE.format(value=value, label=mid_sentence(name))
    template = (
        catalogue.PITCH_BEFORE_PLURAL if _reads_plural(name) else catalogue.PITCH_BEFORE
    )
    return template.format(label=mid_sentence(name), value=value)


def _counts_per_period(label: str) -> bool:
    """True when a label counts things in a period: "repeat incidents per quarter"."""
    words = [word.casefold() for word in label.split()]
    return "per" in words[1:] and _reads_plural(label)


def _problem_hint(win: Win) -> str:
    """What the problem part lacks when a win's story is told; "" for the usual.

    A before value without a name cannot be told as a problem: what is missing
    is what it counts, not the value.
    """
    measure = win.measure
    if measure is None or measure.before is None or measure.label.strip():
        return ""
    return catalogue.PITCH_PROMPT_PROBLEM_UNNAMED.format(
        value=describe_amount(measure.before, measure.unit)
    )


def _who_noticed(win: Win, entry: ReviewEntry) -> tuple[str, ...]:
    """Who outside the team noticed: the win's field and its review answer, merged."""
    return win_recognition(win, entry.answers.noticed)


def _noticed_sentence(names: Sequence[str]) -> str:
    """The sentence naming who outside the team noticed, each of them, as an
    English list ("the support lead and the mobile team"); empty for nobody."""
    if not names:
        return ""
    who = _join_names([with_article(name) for name in names])
    return catalogue.PITCH_NOTICED.format(who=_sentence(who))


def _win_story(win: Win, entry: ReviewEntry) -> tuple[list[PitchLine], list[Part]]:
    """The main story told from a single win: problem, what was driven, result.

    A title that reads as effort even beside the win's result
    (``_title_questioned``) is told only as far as a committee would not
    question it (``told_title``); with nothing of it left, the story goes from
    the problem straight to the result, and what was driven is left missing
    for the user to say as a change. So is a title that reads as activity with
    no result to tell, though it is kept, having nothing to stand in for it.
    """
    lines: list[PitchLine] = []
    missing: list[Part] = []
    measure = win.measure
    if measure is not None and measure.before is not None and measure.label.strip():
        told = f"{win.what_changed}\n{win.title}"
        lines.append(PitchLine(Part.PROBLEM, problem_sentence(measure, told), win.id))
    else:
        missing.append(Part.PROBLEM)
    missing.append(Part.INSIGHT)

    title = told_title(win.title, measure, win.what_changed)
    result = _result_sentences(measure, win.what_changed, title)
    headline = _change_headline(win)
    by_change = bool(headline)
    if by_change:
        result = headline
    if by_change or (not result and title_reads_as_activity(title)):
        missing.append(Part.DROVE)

    story: list[str] = []
    if by_change:
        story.append(
            catalogue.PITCH_LEAD_RESULT.format(text=clause_mid_sentence(result))
        )
    else:
        drove = clause_mid_sentence(_sentence(title))
        story.append(catalogue.PITCH_LEAD_DROVE.format(text=drove))
    if win.beneficiaries.strip():
        story.append(
            catalogue.PITCH_BENEFITED.format(
                who=clause_mid_sentence(_sentence(win.beneficiaries))
            )
        )
    noticed = _noticed_sentence(_who_noticed(win, entry))
    if noticed:
        story.append(noticed)
    if result and not by_change:
        story.append(
            catalogue.PITCH_LEAD_RESULT.format(text=clause_mid_sentence(result))
        )
    elif not result and not states_measure(title, measure):
        missing.append(Part.RESULT)
    lines.append(PitchLine(Part.DROVE, " ".join(story), win.id))
    return lines, missing


# Where a title's clauses part: "Mentored the interns and helped them ship".
_TITLE_BREAK = re.compile(r"\s*[,;]\s+|\s+(?:and|&|plus|then|while)\s+", re.IGNORECASE)


def told_title(title: str, measure: Measure | None, what_changed: str) -> str:
    """A win's title as its story tells it, beside the win's result.

    A committee hears a title told with its result (``_title_questioned``).
    When wording further on in it would be questioned there, the title is told
    up to where that part begins ("Mentored the two new interns and helped them
    ship" is told "Mentored the two new interns"), so that the story still
    says what the user did, in their words, without the wording a committee
    would question.

    Args:
        title: the win's title, as logged.
        measure: the measure told with it.
        what_changed: the change told with it.

    Returns:
        The title as it is when it would not be questioned, or when there is
        no result to tell it with; else its longest opening part that would
        not be; empty when even its first part would.
    """
    result = _result_sentences(measure, what_changed, title)
    if not result or not _title_questioned(title, result):
        return title
    cuts = [found.start() for found in _TITLE_BREAK.finditer(title)]
    for cut in reversed(cuts):
        part = title[:cut].strip()
        said = _result_sentences(measure, what_changed, part)
        if part and said and not _title_questioned(part, said):
            return part
    return ""


def win_headline(win: Win) -> str:
    """What a win is headed with wherever its story is told: the pitch, the packet.

    A title a committee would still hear as effort beside the win's result
    (``_title_questioned``: "Worked on the CI pipeline and reviewed 40 PRs")
    gives way to the result, so the change is read first; a title whose
    opening part would not be questioned leads with that part
    (``told_title``); any other title leads as logged.

    Args:
        win: the win, as logged.

    Returns:
        The title or its opening part; or the measured change and what
        changed, each said once, when the result leads instead.
    """
    told = told_title(win.title, win.measure, win.what_changed)
    return _change_headline(win) or told or win.title


def headed_by_change(win: Win) -> bool:
    """True when the win's result heads it in place of its title (``win_headline``).

    Args:
        win: the win, as logged.
    """
    return bool(_change_headline(win))


def _change_headline(win: Win) -> str:
    """The result a win leads with in place of its title; empty when the title leads.

    A vague change ("it feels faster") never leads: it says neither how much
    nor for whom, so only a measured change may take the title's place.
    """
    changed = win.what_changed
    if bare_comparative(changed, for_anyone=True):
        changed = ""
    result = _result_sentences(win.measure, changed, win.title)
    if not result or not _title_questioned(win.title, result):
        return ""
    if told_title(win.title, win.measure, win.what_changed):
        return ""  # its opening part leads
    if states_measure(win.title, win.measure):
        # The title is left out, so its numbers must be told by the result.
        return _result_sentences(win.measure, changed, "")
    return result


def _title_questioned(title: str, result: str) -> bool:
    """True when a committee would still hear effort in a title told with its result.

    The title is read as the check reads a drafted story (``check_pitch``):
    with the result's first sentence when that states the change, alone
    otherwise. Beside a result only wording that hides the user's part or
    tallies work done is questioned ("Reviewed 200 PRs and helped with
    stuff"), not a plain account of how the change was made ("Wrote the
    runbook").

    Args:
        title: the win's title, as logged.
        result: the result sentences told after it (``_result_sentences``).
    """
    sentence = catalogue.PITCH_LEAD_DROVE.format(
        text=clause_mid_sentence(_sentence(title))
    )
    after = _sentences(catalogue.PITCH_LEAD_RESULT.format(text=result))[:1]
    told = (after[0], read_statement(after[0])) if after else None
    flag = _activity_in_context(sentence, read_statement(sentence), told)
    return flag is not None


def _result_sentences(measure: Measure | None, what_changed: str, told: str) -> str:
    """The measured change and what changed.

    Nothing is said twice: a measure whose numbers ``told`` (the sentence
    before) or the "what changed" already give is left to them, and a "what
    changed" that only repeats ``told`` is left out.
    """
    parts = []
    changed = what_changed.strip()
    if _folded(changed.rstrip(".")) == _folded(told.strip().rstrip(".")):
        changed = ""
    if measure is not None and restates_measure(changed, measure):
        changed = ""
    if (
        measure is not None
        and not _tells_measure(told, measure)
        and not _tells_measure(changed, measure)
    ):
        if measure.is_complete:
            parts.append(_sentence(measure_phrase(measure)))
        elif measure.label.strip():
            # An amount kept as typed ("saved 10 hours a week") is a measure too.
            parts.append(_sentence(mid_sentence(measure.label)))
    if changed:
        parts.append(_sentence(changed))
    return " ".join(parts)


def _tells_measure(text: str, measure: Measure) -> bool:
    """True when a text gives a measure's change, in its numbers or in other
    units: "went from 4h to 15 min" tells 240 → 15 minutes."""
    if states_measure(text, measure):
        return True
    stated = expected_measure(text)
    return stated is not None and same_before_after(stated, measure)


def restates_measure(changed: str, measure: Measure) -> bool:
    """True when a "what changed" only says that the measured thing moved.

    "Repeat incidents fell." beside "repeat incidents per quarter went from 9 to
    3" says nothing the numbers do not: it names what was measured and a
    direction, and no one who gained or what it made possible.

    Args:
        changed: the user's "what changed", one sentence or more.
        measure: the measure told beside it, with its numbers.

    Returns:
        True when every word is the measure's own or a word of direction, and
        at least one names what was measured; False for an empty text.
    """
    if not measure.is_complete:
        return False
    words = [singular_word(w) for w in _LETTERS.findall(changed.casefold())]
    label = {singular_word(w) for w in _LETTERS.findall(measure.label.casefold())}
    unit = {singular_word(w) for w in _LETTERS.findall(measure.unit.casefold())}
    if not words or not any(word in label for word in words):
        return False
    return all(w in label or w in unit or w in DIRECTION_WORDS for w in words)


def _initiative_story(
    initiative: InitiativeFacts,
    lead: Win | None,
    noticed: Sequence[str],
    today: dt.date,
) -> tuple[list[PitchLine], list[Part]]:
    """The main story told from an initiative, with its strongest win's change.

    What was driven is the fix the user proposed, told as done only once the
    initiative reached the driving stage (``InitiativeFacts.fix_is_done``): in
    the user's words when they wrote it as done ("Moved migrations out of the
    deploy"), else as the fix they proposed ("the fix I proposed — quarantine
    the worst tests"). Before that the fix is a plan, and the strongest win's
    title tells what was done, if there is one.

    ``noticed`` is who outside the team noticed the initiative's wins. When
    the story already names every one of them (helped, agreed, other teams),
    they are not named twice; when anyone is new, all of them are named, so
    that the list never reads as if the rest had gone unnoticed.
    """
    lines: list[PitchLine] = []
    missing: list[Part] = []
    problem = " ".join(
        text
        for text in (_sentence(initiative.title), _sentence(initiative.problem))
        if text
    )
    lines.append(
        PitchLine(
            Part.PROBLEM,
            catalogue.PITCH_LEAD_PROBLEM.format(text=clause_mid_sentence(problem)),
            initiative_id=initiative.id,
        )
    )
    if initiative.evidence.strip() and not reads_as_source(initiative.evidence):
        lines.append(
            PitchLine(
                Part.INSIGHT,
                catalogue.PITCH_LEAD_INSIGHT.format(
                    text=clause_mid_sentence(_sentence(initiative.evidence))
                ),
                initiative_id=initiative.id,
            )
        )
    else:
        missing.append(Part.INSIGHT)

    story: list[str] = []
    # A fix is told as done work only once it was driven; until then it is a
    # plan, and the result win's title, if any, tells what was done instead.
    fix = _driven_fix(initiative)
    drove = fix or (lead.title if lead is not None else "")
    changed = lead.what_changed if lead is not None else ""
    measure = initiative.measure if _complete(initiative.measure) else None
    if measure is None and lead is not None:
        measure = lead.measure
    if drove and not fix:
        # Told by the lead win's title, as far as a committee would not
        # question it beside the result.
        drove = told_title(drove, measure, changed) or drove
    result = _result_sentences(measure, changed, drove)
    if drove and not fix:
        # Told by the lead win's title: when that reads as activity, the
        # result tells the change instead, if there is one.
        weak = (
            _title_questioned(drove, result)
            if result
            else title_reads_as_activity(drove)
        )
        if weak:
            missing.append(Part.DROVE)
        if weak and result:
            drove = ""
            result = _result_sentences(measure, changed, "")
    if drove:
        story.append(
            catalogue.PITCH_LEAD_DROVE.format(
                text=clause_mid_sentence(_sentence(drove))
            )
        )
    elif Part.DROVE not in missing:
        missing.append(Part.DROVE)
    helped = initiative.helped
    agreed = _not_named(initiative.agreed, helped)
    if helped:
        helpers = _join_names([with_article(name) for name in helped])
        story.append(catalogue.PITCH_WITH.format(names=helpers))
    if agreed:
        backers = _join_names([with_article(name) for name in agreed])
        story.append(catalogue.PITCH_AGREED.format(names=backers))
    if initiative.other_teams:
        story.append(
            catalogue.PITCH_ACROSS.format(
                teams=_join_mid_sentence(initiative.other_teams)
            )
        )
    named = (*helped, *agreed, *initiative.other_teams)
    if _not_told(noticed, named):
        story.append(_noticed_sentence(noticed))
    early = early_readings_said(initiative, today)
    if result and early:
        # Told as settled, a result from too-close readings would promise more
        # than the records show.
        story.append(
            catalogue.PITCH_LEAD_RESULT_EARLY.format(
                when=early, text=clause_mid_sentence(result)
            )
        )
    elif result:
        story.append(
            catalogue.PITCH_LEAD_RESULT.format(text=clause_mid_sentence(result))
        )
    elif not states_measure(drove, measure):
        missing.append(Part.RESULT)
    if story:
        lines.append(
            PitchLine(
                Part.DROVE,
                " ".join(story),
                win_id=lead.id if lead else None,
                initiative_id=initiative.id,
            )
        )
    return lines, missing


# Past forms of verbs a fix often opens with that do not end in "-ed".
_DONE_IRREGULAR = frozenset(
    "built rebuilt wrote rewrote made ran led drove set split took brought put "
    "began".split()
)


def _told_as_done(fix: str) -> bool:
    """True when a fix as the user typed it already tells of work done.

    "Moved migrations out of the deploy" opens with a verb in the past;
    "Quarantine the worst tests" is a plan, and "Speed up the build" only
    ends in "ed".
    """
    words = fix.split()
    first = words[0].casefold().strip(",.;:") if words else ""
    if first in _DONE_IRREGULAR:
        return True
    return len(first) > 3 and first.endswith("ed") and not first.endswith("eed")


# Words that make a text say something happens or is so: forms of "be", "have"
# and "do", modal verbs, and verbs a finding about a problem often turns on.
_FINDING_VERBS = frozenset(
    (
        "is are was were be been being am isn't aren't wasn't weren't has have "
        "had hasn't haven't does do did doesn't don't didn't can can't could "
        "cannot will won't would should might must shows show showed "
        "take takes took wait waits fail fails break breaks broke block blocks "
        "need needs cause causes come comes came go goes went get gets got make "
        "makes made trace traces share shares depend depends run runs ran sit "
        "sits sat stall stalls spend spends spent land lands miss misses hit "
        "hits drop drops fall falls fell rise rises rose grow grows grew spike "
        "spikes time times leak leaks flake flakes lose loses lost cost costs "
        "use uses hold holds held stay stays queue queues retry retries pile "
        "piles sleep sleeps mean means account accounts lack lacks"
    ).split()
)

# A number with what it counts ("40 minutes", "30%", "12 a week"); a year or a
# day of a month is a date, not an amount, so it is read apart.
_AMOUNT = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(%|[^\W\d_]+)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march "
    "april june july august september october november december".split()
)


def reads_as_source(text: str) -> bool:
    """True when what the user found names only where they looked.

    The details of a problem ask what the user found; a text such as "CI
    dashboard, Oct 2026" names a source instead. Said after "What I found:"
    it would promise a finding and give none, so the pitch leaves it out.

    Args:
        text: what the user found, as typed.

    Returns:
        True when the text holds no verb and no number with what it counts
        ("CI dashboard, Oct 2026", "Jira export"); False for a finding such as
        "merges wait 40 minutes" or "half the deploys fail on the first try",
        and for an empty text.
    """
    words = [w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    if not words:
        return False
    if any(w in _FINDING_VERBS or _past_tense(w) for w in words):
        return False
    for match in _AMOUNT.finditer(text):
        number, counted_as = match.groups()
        if not _YEAR.fullmatch(number) and counted_as.casefold() not in _MONTHS:
            return False
    return True


def _past_tense(word: str) -> bool:
    """True for a word in -ed read as a verb: "doubled", "timed"; not "red"."""
    return len(word) >= 5 and word.endswith("ed") and not word.endswith("eed")


def _not_named(names: Sequence[str], named: Sequence[str]) -> tuple[str, ...]:
    """The names that tell of nobody in ``named``."""
    return tuple(
        name
        for name in names
        if not any(same_recognition(name, other) for other in named)
    )


# A person placed by a role or a team: "Lee (SRE)", "Priya from QA".
_PLACED = re.compile(r"\s*(?:\(|\bfrom\s)")


def _same_one(first: str, second: str) -> bool:
    """True when two names are the same person or group, however placed.

    "Lee (SRE)" and "Lee" are one person, "the QA team" and "QA" one group;
    but "QA lead" is a person of the group QA and "Priya from QA" one of its
    people, so neither tells that the group itself noticed.
    """
    keys = {group_key(first), group_key(_PLACED.split(first, maxsplit=1)[0])}
    others = {group_key(second), group_key(_PLACED.split(second, maxsplit=1)[0])}
    return bool((keys & others) - {""})


def _not_told(noticed: Sequence[str], named: Sequence[str]) -> tuple[str, ...]:
    """Who noticed, less the people and groups the story already names.

    Used to tell whether anyone who noticed is still to be named.

    Only the very same person or group is left out: someone named as part of a
    group ("QA lead", "Priya from QA") leaves the group itself to be told.
    """
    return tuple(
        name for name in noticed if not any(_same_one(name, other) for other in named)
    )


def _support_line(
    win: Win, entry: ReviewEntry, lead: str = catalogue.PITCH_LEAD_SUPPORT
) -> PitchLine | None:
    """A supporting win: its title, its measure, what changed and who noticed.

    The measure is told once: not beside the title when the title or what
    changed already gives its numbers. A title the committee check would read
    as activity even beside its result (``reads_as_activity``) is told up to
    where the questioned wording begins (``told_title``), so the line still
    says what the user did; with nothing of it left, the win is told by its
    change alone ("Also: review wait fell from 3 days to 1."): what changed as
    logged, or else as the review answered it.

    Args:
        win: the win to tell.
        entry: its latest review entry.
        lead: the lead-in the line opens with; "Also:" unless the win is told
            inside a problem's own paragraph.

    Returns:
        The line, or None when the check would question it either way (as
        activity, or as a change claimed without a measure): a committee would
        hear such a win as a sign the case is thin.
    """
    noticed = _noticed_sentence(_who_noticed(win, entry))
    change = entry.answers.change
    changed = win.what_changed.strip() or (change.text if change else "")
    part = told_title(win.title, win.measure, changed)
    for title in dict.fromkeys(title for title in (win.title, part) if title):
        titled = lead.format(
            text=clause_mid_sentence(_titled_support(win, noticed, title))
        )
        if not _questioned(titled, win.measure):
            return PitchLine(Part.SUPPORT, titled, win.id)

    result = _result_sentences(win.measure, changed, "")
    told = " ".join(part for part in (result, noticed) if part)
    by_change = lead.format(text=clause_mid_sentence(told))
    if result and not _questioned(by_change, win.measure):
        return PitchLine(Part.SUPPORT, by_change, win.id)
    return None


def _questioned(paragraph: str, measure: Measure | None = None) -> bool:
    """True when the check would question a paragraph's wording: activity, or a
    change claimed and never measured (``measure`` is the measure on record of
    the win it tells of, whose numbers measure it however they are put)."""
    readings = []
    for sentence, reading, activity in _activity_flags(paragraph):
        if activity is not None:
            return True
        readings.append((sentence, reading))
    measures = (measure,) if measure is not None else ()
    return bool(_unmeasured_claim(readings, measures))


def _titled_support(win: Win, noticed: str, title: str) -> str:
    """A supporting win told by its title (or the part of it told, ``title``),
    then its measure and what changed.

    What changed is told once: left out when it only says the title again
    (``says_same_change``), as in the review summary and the packet. The
    measure counts as told only when the title gives its numbers; otherwise a
    "what changed" that gives them is the place they are told.
    """
    text = _sentence(title)
    measure = win.measure
    changed = win.what_changed.strip()
    titled = measure if measure and states_measure(title, measure) else None
    if says_same_change(title, changed, titled):
        changed = ""
    if (
        measure is not None
        and measure.is_complete
        and not states_measure(title, measure)
        and not states_measure(changed, measure)
    ):
        text = catalogue.PITCH_SUPPORT_MEASURED.format(
            title=text.rstrip("."), measure=measure_phrase(measure)
        )
    if changed:
        text = f"{text} {_sentence_start(_sentence(changed))}"
    if noticed:
        text = f"{text} {noticed}"
    return text


def _sentence_start(text: str) -> str:
    """Text that follows a full stop, starting with a capital
    (``sentences.sentence_start``)."""
    return sentence_start(text)


def build_pitch(
    wins: Iterable[Win],
    reviews: Iterable[Review],
    initiatives: Iterable[InitiativeFacts],
    today: dt.date,
    supporting: int = SUPPORTING_WINS,
) -> PitchDraft:
    """Draft the calibration story from the user's strongest evidence.

    With an initiative that has a result, the story is the initiative's: the
    problem, what the user found, the fix they drove (never a fix still
    planned) with whom and across which teams, and the measured result, with
    the change told by its strongest win. A problem whose result has not held
    yet leads only when no win a review called next-level is stronger
    evidence (``_initiative_to_lead``); otherwise that win's story leads, and
    the problem furthest along, if its result has not held and the story does
    not tell it, follows as work in progress, its readings not told. Without
    an initiative, it is the strongest win's story; a win the review called
    current-level leads it only when no other win is left to tell. Either way
    one or two other strong wins follow in support, never one that only tells
    of activity or that the review called current-level (``worth_supporting``).
    A main win whose title reads as activity is told by its change, and the
    draft says to retitle it; a supporting one is told by its change alone,
    or left out for the next when the check would question that too.
    Nothing is invented: every word comes from a record or from a short
    lead-in such as "The result:", and a part the records say nothing about is
    listed in ``missing`` instead of being filled in.

    Args:
        wins: every win.
        reviews: every saved review run, for verdicts and answers.
        initiatives: the user's initiatives, as far as they could be read.
        today: the user's local date.
        supporting: how many supporting wins to add.

    Returns:
        The draft, paragraph by paragraph, and the parts still missing.
    """
    every_review = list(reviews)
    entries = latest_entries(every_review)
    pool = _pool(wins, entries, today)
    # Taken only as far as needed: the lead, then a few supporting wins.
    ranking = _ranking(pool, entries)
    held_back = held_back_as_unclear(pool, entries, judged_win_ids(every_review))
    every_initiative = list(initiatives)
    current = _pick_initiative(every_initiative)
    strongest = None
    if current is not None:
        ranked = _ranking(pool, entries)
        strongest = next((w for w in ranked if _reviewed_next_level(w, entries)), None)
    initiative = _initiative_to_lead(every_initiative, strongest)
    hints: list[tuple[Part, str]] = []

    if initiative is not None:
        ids = set(initiative.win_ids)
        linked = list(_ranking([w for w in pool if w.id in ids], entries))
        lead = linked[0] if linked else None
        noticed = merge_recognition(
            *(_who_noticed(win, entry_for(win, entries)) for win in linked)
        )
        lines, missing = _initiative_story(initiative, lead, noticed, today)
        used = {win.id for win in linked}
    elif (
        lead := strongest
        or _first_put_forward(pool, entries, held_back)
        or next(ranking, None)
    ) is not None:
        lines, missing = _win_story(lead, entry_for(lead, entries))
        used = {lead.id}
        hint = _problem_hint(lead)
        if hint and Part.PROBLEM in missing:
            hints.append((Part.PROBLEM, hint))
    else:
        return PitchDraft((), tuple(p for p in Part if p is not Part.SUPPORT))
    if lead is not None and Part.DROVE in missing:
        # With a main win, what was driven goes missing only when that win's
        # title would have told it and reads as activity.
        title = " ".join(lead.title.split())
        hints.append(
            (Part.DROVE, catalogue.PITCH_PROMPT_TITLE_ACTIVITY.format(title=title))
        )
    elif initiative is not None and Part.DROVE in missing and initiative.fix.strip():
        title = " ".join(initiative.title.split())
        hints.append(
            (Part.DROVE, catalogue.PITCH_PROMPT_FIX_PLANNED.format(title=title))
        )

    in_progress = (
        current
        if current is not None and current is not initiative and not current.result_held
        else None
    )
    # A win linked to the problem in progress is told in that problem's own
    # paragraph, so the same story is never told twice.
    linked_ids = set(in_progress.win_ids) if in_progress is not None else set()

    def tellable(win: Win) -> bool:
        return (
            win.id not in used
            and win.id not in held_back
            and worth_supporting(win, entry_for(win, entries))
        )

    told = (
        _support_line(win, entry_for(win, entries))
        for win in ranking
        if win.id not in linked_ids and tellable(win)
    )
    lines.extend(islice((line for line in told if line is not None), supporting))
    if in_progress is not None:
        linked = _ranking([w for w in pool if w.id in linked_ids], entries)
        so_far = (
            _support_line(win, entry_for(win, entries), catalogue.PITCH_LEAD_SO_FAR)
            for win in linked
            if tellable(win)
        )
        first = next((line for line in so_far if line is not None), None)
        lines.append(_in_progress_line(in_progress, lines, first))
    return PitchDraft(_paragraphs(lines), tuple(missing), tuple(hints))


def _paragraphs(lines: list[PitchLine]) -> tuple[PitchLine, ...]:
    """Problem and insight told together; every other line its own paragraph."""
    if len(lines) >= 2 and (lines[0].part, lines[1].part) == (
        Part.PROBLEM,
        Part.INSIGHT,
    ):
        first, second = lines[0], lines[1]
        merged = PitchLine(
            Part.PROBLEM,
            f"{first.text} {second.text}",
            first.win_id,
            first.initiative_id or second.initiative_id,
        )
        return (merged, *lines[2:])
    return tuple(lines)


def short_pitch(
    draft: PitchDraft, words_per_minute: int = WORDS_PER_MINUTE
) -> PitchDraft:
    """The sixty-second version: the main story only, cut to fit a minute.

    What was driven comes first, then the problem (at least its first sentence,
    so the fix is never told without it), then the rest while it fits;
    supporting wins are left out.

    Args:
        draft: the full draft.
        words_per_minute: the speaking rate.

    Returns:
        A draft of the main story's paragraphs that fit, in story order (at least
        one, even if it alone runs over a minute).
    """
    main = [line for line in draft.lines if line.part is not Part.SUPPORT]
    kept = _within_a_minute(main, words_per_minute)
    return PitchDraft(kept, draft.missing, draft.hints)


def short_version(
    text: str, draft: PitchDraft, words_per_minute: int = WORDS_PER_MINUTE
) -> PitchDraft:
    """The sixty-second version of the pitch as written, saved or drafted.

    The long pitch a user keeps may lead with another win than a fresh draft
    would; its short version tells the same story, cut as ``short_pitch`` cuts
    a draft. A paragraph kept as drafted has the draft's part; any other is
    read by the lead-in it opens with ("What I drove:", "Also:"), and one in
    the user's own words stays in the main story, in its place.

    Args:
        text: the pitch: a saved version, or the draft's own text.
        draft: a draft from the records, for the parts of paragraphs kept as
            drafted; the text of this very draft is cut by ``short_pitch``.
        words_per_minute: the speaking rate.

    Returns:
        The paragraphs that fit a minute, in the order written (at least one
        when the text has any).
    """
    if text.strip() == draft.text.strip():
        return short_pitch(draft, words_per_minute)
    drafted = {_flat(line.text): line for line in draft.lines}
    lines = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        line = drafted.get(_flat(paragraph))
        if line is None:
            line = PitchLine(_part_by_lead_in(paragraph), paragraph)
        lines.append(replace(line, text=paragraph))
    main = [line for line in lines if line.part is not Part.SUPPORT]
    return PitchDraft(_within_a_minute(main, words_per_minute), ())


def _within_a_minute(
    main: Sequence[PitchLine], words_per_minute: int
) -> tuple[PitchLine, ...]:
    """What was driven first, then the rest in order while a minute allows.

    The problem is always told before the fix: when its paragraph does not fit
    whole, its first sentence is kept, since a listener who never hears what
    was wrong cannot weigh what was driven.
    """
    budget = SHORT_SECONDS * words_per_minute // 60
    parts = [line.part for line in main]
    problem = parts.index(Part.PROBLEM) if Part.PROBLEM in parts else -1
    order = sorted(
        range(len(main)),
        key=lambda index: (parts[index] is not Part.DROVE, index != problem),
    )
    kept: dict[int, PitchLine] = {}
    words = 0
    for index in order:
        line = main[index]
        count = count_words(line.text)
        if kept and words + count > budget:
            if index != problem:
                continue
            line = replace(line, text=_sentences(line.text)[0])
            count = count_words(line.text)
        kept[index] = line
        words += count
    return tuple(kept[index] for index in sorted(kept))


def _part_by_lead_in(paragraph: str) -> Part:
    """The part a paragraph tells by the drafted lead-in it opens with.

    A paragraph with none is the user's own telling of the story, kept in its
    place like the problem: what was driven goes first when a minute is short.
    """
    folded = _folded(paragraph)
    for part, leads in _PART_LEADS:
        if folded.startswith(leads):
            return part
    return Part.PROBLEM


# --- Timing -------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]")


def count_words(text: str) -> int:
    """Words as a listener hears them: every token with a letter or a digit."""
    return sum(1 for token in text.split() if _WORD.search(token))


@dataclass(frozen=True)
class SpeakingTime:
    """How long a text takes to say aloud."""

    words: int
    seconds: int
    words_per_minute: int

    @property
    def over_slot(self) -> bool:
        """True when it runs past the five-minute calibration slot."""
        return self.seconds > SLOT_SECONDS

    @property
    def over_short(self) -> bool:
        """True when it runs past a minute."""
        return self.seconds > SHORT_SECONDS

    def describe(self) -> str:
        """ "About 2 min 10 s aloud (312 words at 140 words a minute)"."""
        return catalogue.PITCH_TIMING.format(
            duration=duration_text(self.seconds),
            words=self.words,
            rate=self.words_per_minute,
        )


def speaking_time(text: str, words_per_minute: int = WORDS_PER_MINUTE) -> SpeakingTime:
    """How long a text takes to say aloud at a steady pace.

    Args:
        text: what will be said.
        words_per_minute: the speaking rate; 130–150 is a calm pace.

    Returns:
        The word count and the seconds, to the nearest five seconds
        (``nearest_five``): the figure every telling of the timing shows.
    """
    words = count_words(text)
    seconds = nearest_five(words * 60 / words_per_minute)
    return SpeakingTime(words, seconds, words_per_minute)


def nearest_five(seconds: float) -> int:
    """Seconds to the nearest five, halves up; anything above nothing is 5 at least.

    A speaking time is an estimate, so it is told no finer than this, and the
    same figure wherever it is told.
    """
    rounded = 5 * math.floor(seconds / 5 + 0.5)
    if seconds > 0 and rounded == 0:
        rounded = 5
    return rounded


def duration_text(seconds: float) -> str:
    """Seconds as "45 s", "2 min" or "2 min 10 s", to the nearest five seconds."""
    minutes, rest = divmod(nearest_five(seconds), 60)
    if not minutes:
        return catalogue.PITCH_SECONDS.format(seconds=rest)
    if not rest:
        return catalogue.PITCH_MINUTES.format(minutes=minutes)
    return catalogue.PITCH_MINUTES_SECONDS.format(minutes=minutes, seconds=rest)


# --- The committee's reading --------------------------------------------------------


class FlagKind(str, enum.Enum):
    """What a committee would push back on."""

    UNMEASURED = "unmeasured"
    """A claim of change with no measure anywhere in its paragraph."""
    ACTIVITY = "activity"
    """Work described by what was done, not what changed."""
    PEER_COULD = "peer_could"
    """The user's own review says a peer at their level could have done it."""
    NOT_NOTICED = "not_noticed"
    """Nothing in the story was noticed outside the user's team."""
    TOO_LONG = "too_long"
    """The story runs past the five-minute slot."""
    UNRECORDED = "unrecorded"
    """A number that none of the user's records holds."""
    EARLY_RESULT = "early_result"
    """A result from readings too close together to show that it holds."""
    TWO_RESULTS = "two_results"
    """One measure told with two different results."""
    LONG_SENTENCE = "long_sentence"
    """A sentence far past the length of a line anyone retells."""

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class PitchFlag:
    """One thing in the draft a committee would push back on, and why."""

    kind: FlagKind
    excerpt: str
    """The words it is about, as written; empty for the story as a whole."""
    message: str
    """What a committee would say, and what to do about it."""


COST_ORDER = (
    FlagKind.UNRECORDED,
    FlagKind.TWO_RESULTS,
    FlagKind.PEER_COULD,
    FlagKind.EARLY_RESULT,
    FlagKind.UNMEASURED,
    FlagKind.NOT_NOTICED,
    FlagKind.TOO_LONG,
    FlagKind.LONG_SENTENCE,
    FlagKind.ACTIVITY,
)
"""The kinds of flag, the costliest to the case first: a number no record holds,
one measure told with two results or the user's own review against the claim
can sink the whole story;
a result that may not hold or a missing measure or audience leaves a gap a
committee asks about; a long story, a sentence nobody could follow aloud and
activity wording only need rewording."""


def by_cost(flags: Iterable[PitchFlag]) -> tuple[PitchFlag, ...]:
    """The flags, the costliest to the case first (``COST_ORDER``).

    Flags of one kind keep the order in which the text raises them.

    Args:
        flags: the flags as found.

    Returns:
        The same flags, reordered.
    """
    return tuple(sorted(flags, key=lambda flag: COST_ORDER.index(flag.kind)))


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_EXCERPT_WIDTH = 60


def _sentences(paragraph: str) -> list[str]:
    flat = " ".join(paragraph.split())
    return [s for s in _SENTENCE_END.split(flat) if s.strip()]


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= _EXCERPT_WIDTH:
        return flat
    return flat[: _EXCERPT_WIDTH - 1].rstrip() + "…"


def _folded(text: str) -> str:
    return " ".join(fold_for_search(text).split())


def _lead_ins(*templates: str) -> tuple[str, ...]:
    """The opening words of drafted sentences, folded, up to their first blank."""
    return tuple(_folded(template.split("{", 1)[0]).rstrip() for template in templates)


# The lead-ins that open a drafted paragraph of one part of the story. A story
# told from its change opens with its result, and is what the user drove.
_PART_LEADS = (
    (
        Part.SUPPORT,
        _lead_ins(catalogue.PITCH_LEAD_SUPPORT, catalogue.PITCH_LEAD_IN_PROGRESS),
    ),
    (
        Part.DROVE,
        _lead_ins(
            catalogue.PITCH_LEAD_DROVE,
            catalogue.PITCH_LEAD_RESULT,
            catalogue.PITCH_LEAD_RESULT_EARLY,
        ),
    ),
)


def mentioned_wins(text: str, wins: Iterable[Win]) -> list[Win]:
    """The wins a text tells of: those whose title appears in it, in any case.

    A title reworded in the editor no longer links its win; the text checks still
    apply to its sentences.
    """
    folded = _folded(text)
    return [
        win
        for win in wins
        if win.id is not None and _folded(win.title) and _folded(win.title) in folded
    ]


def told_wins(
    text: str, wins: Iterable[Win], drafted: Iterable[PitchLine] = ()
) -> list[Win]:
    """The wins a pitch tells of, each once, in the order of ``wins``.

    A paragraph kept as drafted tells of the win it was drafted from, even when
    another win shares its title. Only the paragraphs the user wrote or changed
    are matched by title (``mentioned_wins``); there, a title shared with a
    drafted win is taken to mean that win.

    Args:
        text: the pitch as the user has it now.
        wins: every win.
        drafted: the lines of the draft the text may have been made from.

    Returns:
        The wins the text tells of.
    """
    every = [win for win in wins if win.id is not None]
    drafted_ids = {_flat(line.text): line.win_id for line in drafted}
    told: set[int] = set()
    typed: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        flat = _flat(paragraph)
        if flat in drafted_ids:
            win_id = drafted_ids[flat]
            if win_id is not None:
                told.add(win_id)
        elif flat:
            typed.append(flat)
    told_titles = {_folded(win.title) for win in every if win.id in told}
    for win in mentioned_wins("\n\n".join(typed), every):
        if _folded(win.title) not in told_titles:
            told.add(win.id or 0)
    return [win for win in every if win.id in told]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _mentioned_initiatives(
    text: str, initiatives: Iterable[InitiativeFacts]
) -> list[InitiativeFacts]:
    folded = _folded(text)
    return [i for i in initiatives if _folded(i.title) and _folded(i.title) in folded]


def _recorded_outside(
    wins: Iterable[Win],
    entries: Mapping[int, ReviewEntry],
    initiatives: Iterable[InitiativeFacts],
) -> tuple[str, ...]:
    """Who outside the user's team the records say took part in or noticed the work.

    For wins: who noticed them (their field and review answer together). For
    initiatives: the teams beyond the user's own and the people who agreed to
    the fix.

    Args:
        wins: the wins a story tells of.
        entries: win id → latest review entry.
        initiatives: the initiatives it tells of.

    Returns:
        The names, each person once; empty when nobody outside is on record.
    """
    sources: list[Sequence[str]] = [
        _who_noticed(win, entry_for(win, entries)) for win in wins
    ]
    for initiative in initiatives:
        sources += [initiative.other_teams, initiative.agreed]
    return merge_recognition(*sources)


# Words that name an audience beyond the user's own team. "The platform team" and
# "all product teams" count; "the whole team" does not, since it is the user's own.
_OUTSIDE_WORDS = re.compile(
    r"\b(?:other|another|partner|sister|neighbouring|neighboring)\s(?:teams?|orgs?|"
    r"groups?|departments?)\b"
    r"|\bthe\s(?!whole\b|entire\b|same\b|full\b|core\b|own\b|wider\b)"
    r"[\w-]{2,20}\s(?:team|group|org|organi[sz]ation|department)\b"
    r"|\ball\s(?:[\w-]{1,20}\s){0,2}teams\b"
    r"|\b(?:director|vp|cto|ceo|head of|leadership|executives?)\b",
    re.IGNORECASE,
)

# Words that stand for the user's own team, which never counts as outside it.
_OWN_TEAM = (
    r"(?!(?:my|our|the|this|your|whole|entire|same|full|core|own|wider|rest|one)"
    r"\b)"
)
# Teams named by what they did with the work: "noticed by mobile and payments
# teams", "praised by the SRE team", "Payments team adopted it".
_TEAMS_NAMED = (
    rf"{_OWN_TEAM}[\w-]{{2,20}},?\s(?:(?:and|&)\s)?"
    rf"(?:{_OWN_TEAM}[\w-]{{2,20}},?\s(?:(?:and|&)\s)?){{0,3}}"
    r"(?:teams?|groups?|orgs?|departments?|squads?)\b"
)
_TEAMS_NOTICED = re.compile(
    r"\b(?:noticed|seen|praised|adopted|used|requested|thanked|recogni[sz]ed"
    r"|picked up|asked for|called out|reused)\sby\s(?:the\s)?"
    + _TEAMS_NAMED
    + r"|\b"
    + _TEAMS_NAMED
    + r"\s(?:have\s|has\s|had\s|then\s|quickly\s|now\s)?(?:noticed|saw|praised"
    r"|adopted|asked for|requested|picked up|thanked|reused|started using"
    r"|called (?:it )?out|use[sd]?)\b",
    re.IGNORECASE,
)


def tells_of_outside(text: str) -> bool:
    """True when the text says in so many words that people beyond the team saw it.

    Args:
        text: what the user wrote or said.

    Returns:
        True for work across teams ("cross-team", "three teams"), another team
        named ("the platform team", "other teams"), teams named by what they
        did with it ("noticed by mobile and payments teams", "Payments team
        adopted it") or someone senior outside it ("our director"); "the whole
        team" is the user's own.
    """
    if "cross_team" in suggest_kinds(text):
        return True
    if _TEAMS_NOTICED.search(text) is not None:
        return True
    return _OUTSIDE_WORDS.search(text) is not None


_PROBLEM_LEADS = _lead_ins(
    catalogue.PITCH_LEAD_PROBLEM,
    catalogue.PITCH_LEAD_INSIGHT,
    catalogue.PITCH_LEAD_IN_PROGRESS,
)
_OTHER_LEADS = _lead_ins(
    catalogue.PITCH_LEAD_DROVE,
    catalogue.PITCH_LEAD_RESULT,
    catalogue.PITCH_LEAD_SUPPORT,
)

# Lead-ins of sentences that only name people: who gained, who noticed, who
# helped, who agreed and which teams took part.
_PEOPLE_LEADS = _lead_ins(
    catalogue.PITCH_BENEFITED,
    catalogue.PITCH_NOTICED,
    catalogue.PITCH_WITH,
    catalogue.PITCH_AGREED,
    catalogue.PITCH_ACROSS,
)


def _stating_the_problem(sentences: Sequence[str]) -> list[bool]:
    """For each sentence, whether it is part of "The problem:" or "What I found:".

    Those tell how things were, not a change claimed, so a problem put as a goal
    ("The problem: cut the deploy wait") asks for no measure. A part runs from
    its lead to the next lead.
    """
    stating = False
    marks = []
    for sentence in sentences:
        folded = _folded(sentence)
        if folded.startswith(_PROBLEM_LEADS):
            stating = True
        elif folded.startswith(_OTHER_LEADS):
            stating = False
        marks.append(stating)
    return marks


# --- Filling the slot ---------------------------------------------------------------


def unused_slot_note(
    timing: SpeakingTime, text: str, flags: Iterable[PitchFlag] = ()
) -> str:
    """What to add when the story leaves most of the five-minute slot unused.

    A committee gives each person a few minutes; a story of half a minute
    spends a fraction of them, and the rest goes to someone else's case. What
    to add depends on what the story already tells (``slot_additions``).

    Args:
        timing: how long the story takes to say aloud.
        text: the story, as the user has it now.
        flags: what the check found in it (``check_pitch``), so that a gap it
            already names is not named twice.

    Returns:
        The note, naming the story's length and what to add; empty for a story
        of two minutes or more, and for no story at all.
    """
    if timing.words == 0 or timing.seconds >= UNUSED_SLOT_BELOW:
        return ""
    additions = slot_additions(text, flags)
    what = catalogue.PITCH_SLOT_OR.join(
        catalogue.PITCH_SLOT_ADD[addition] for addition in additions
    )
    duration = duration_text(timing.seconds)
    count = results_told(text)
    if count >= 2:
        return catalogue.PITCH_SLOT_UNUSED_RESULTS.format(
            duration=duration, count=count, what=what
        )
    return catalogue.PITCH_SLOT_UNUSED.format(duration=duration, what=what)


SLOT_ADDITIONS = 2
"""How many additions a short story is offered at once."""


def slot_additions(text: str, flags: Iterable[PitchFlag] = ()) -> tuple[str, ...]:
    """What a short story could add to fill the slot, most useful first.

    A story with no result needs one; with one, a second. Then come the parts
    it leaves out: the root cause or insight, the scope (how many teams or
    people it reached), and who outside the team noticed when the records say
    but the story does not. A story that tells all of those is offered more on
    its main result. A story of two results or more is never asked for a
    second one.

    Args:
        text: the story, as the user has it now.
        flags: what the check found in it; when it already says that nobody
            outside the team noticed, that is not offered again.

    Returns:
        Keys of ``catalogue.PITCH_SLOT_ADD``: "result", "second", "insight",
        "scope", "noticed" or "detail", at most ``SLOT_ADDITIONS`` of them.
    """
    wanted: list[str] = []
    count = results_told(text)
    if count == 0:
        wanted.append("result")
    elif count == 1:
        wanted.append("second")
    if not tells_insight(text):
        wanted.append("insight")
    if not tells_scope(text):
        wanted.append("scope")
    flagged = any(flag.kind is FlagKind.NOT_NOTICED for flag in flags)
    if not flagged and not _tells_noticed(text):
        wanted.append("noticed")
    return tuple(wanted[:SLOT_ADDITIONS]) or ("detail",)


def results_told(text: str) -> int:
    """How many results a story tells: the paragraphs that claim a change.

    The drafted story tells its main result in one paragraph and each
    supporting win in its own ("Also: …"). Sentences that state the problem or
    what was found claim no change, and activity is no result.

    Args:
        text: the story, paragraphs apart by a blank line.
    """
    count = 0
    for paragraph in re.split(r"\n\s*\n", text):
        sentences = _sentences(paragraph)
        stated = _stating_the_problem(sentences)
        if any(
            read_statement(sentence).is_impact
            for sentence, problem in zip(sentences, stated, strict=True)
            if not problem
        ):
            count += 1
    return count


# Words that go on to say what the user found: "the root cause was …", "it
# turned out …". "Found the root cause" alone says that there was one, not what.
_INSIGHT_WORDS = re.compile(
    r"\b(?:(?:root )?cause (?:was|is|were|lay)|caused by|because|"
    r"(?:found|discovered|reali[sz]ed|noticed|learned|showed|saw|spotted) that|"
    r"turned out|traced (?:\w+ ){0,6}?to|came down to|boiled down to|"
    r"the reason (?:was|is)|(?:i|we) (?:had )?reali[sz]ed|figured out|"
    r"the (?:real|actual|underlying) (?:problem|issue|cause|reason) (?:was|is)|"
    r"the (?:culprit|bottleneck) (?:was|is))\b"
    # "I found the root cause: thresholds copied from staging" names it after
    # the colon or dash; "found the root cause." alone does not.
    r"|\broot cause(?: of [^.:;!?\n]{1,60}?)?(?:\s*[:\u2014\u2013]| -)\s*\w",
    re.IGNORECASE,
)
_INSIGHT_LEAD = _folded(catalogue.PITCH_LEAD_INSIGHT.split("{", 1)[0]).rstrip()


def tells_insight(text: str) -> bool:
    """True when a story says what the user found: a root cause or an insight.

    Args:
        text: the story.

    Returns:
        True for the drafted "What I found:" or words that go on to say it,
        such as "the root cause was", "turned out" or "traced it to".
    """
    if _INSIGHT_LEAD in _folded(text):
        return True
    return _INSIGHT_WORDS.search(text) is not None


def still_missing(draft: PitchDraft, text: str) -> tuple[Part, ...]:
    """The parts the records hold nothing for that the text does not tell either.

    The user may write a part the records lack, here or in their own editor:
    once the text tells the root cause or insight, it is no longer asked for.

    Args:
        draft: the draft built from the records, with the parts it lacks.
        text: the pitch as the user has it now.

    Returns:
        ``draft.missing`` without the parts the text tells.
    """
    told = {Part.INSIGHT} if tells_insight(text) else set()
    return tuple(part for part in draft.missing if part not in told)


# A count of the people or teams reached: "two other teams", "40 engineers",
# "all 12 squads".
_REACH_WORDS = re.compile(
    r"\b(?:\d[\d,.]*k?|two|three|four|five|six|seven|eight|nine|ten|dozens?|"
    r"hundreds?|thousands?|all|every)\s(?:[\w-]+\s){0,2}"
    r"(?:teams?|squads?|groups?|orgs?|departments?|engineers?|developers?|"
    r"people|users?|customers?|clients?|colleagues|staff)\b",
    re.IGNORECASE,
)
_REACH_LEADS = _lead_ins(catalogue.PITCH_BENEFITED, catalogue.PITCH_ACROSS)


def tells_scope(text: str) -> bool:
    """True when a story says how far the change reached.

    Args:
        text: the story.

    Returns:
        True for who gained or the teams involved as drafted, a count of the
        people or teams reached ("two other teams", "40 engineers"), or teams
        beyond the user's own (``tells_of_outside``).
    """
    folded = _folded(text)
    if any(lead in folded for lead in _REACH_LEADS):
        return True
    return _REACH_WORDS.search(text) is not None or tells_of_outside(text)


# Lead-ins of drafted sentences naming people the check counts as outside the
# team: who noticed, who backed the fix and the teams that took part.
_OUTSIDE_LEADS = _lead_ins(
    catalogue.PITCH_NOTICED, catalogue.PITCH_AGREED, catalogue.PITCH_ACROSS
)


def _tells_noticed(text: str) -> bool:
    """True when a story names who outside the team saw or backed the change."""
    folded = _folded(text)
    return any(lead in folded for lead in _OUTSIDE_LEADS) or tells_of_outside(text)


# --- Numbers on record --------------------------------------------------------------
#
# A committee takes every number in a pitch as evidence, so each one should be in
# the user's records: a win, a review answer, an initiative and its readings, a
# criterion. The check is lenient about form (1,200 = 1.2k; 2 hours = 120 minutes;
# 55.6% may be said as 55% or 56%) and ignores what is not a claim: years, dates,
# times of day, levels, quarters, versions, ordinals, ranges, 0 and 1, and numbers
# spelt as words. A number it cannot place is named, never corrected.


@dataclass(frozen=True)
class OnRecord:
    """Records beyond wins and initiative facts that a pitch may take numbers from."""

    texts: tuple[str, ...] = ()
    """Criteria, initiative notes and the like, as the user typed them."""
    measures: tuple[Measure, ...] = ()
    """Measured changes kept outside the wins, such as initiative readings."""
    counts: tuple[int, ...] = ()
    """Sizes the pitch may state, such as how many teams an initiative involved."""


def on_record(
    criteria: Iterable[Criterion], initiatives: Iterable[Initiative]
) -> OnRecord:
    """What criteria and whole initiatives hold that a pitch may quote.

    Args:
        criteria: the criteria the user recorded from their manager.
        initiatives: the user's initiatives, with every reading and note.

    Returns:
        Their texts, every pair of readings as a measure, and the sizes of the
        groups of people and teams they name.
    """
    texts: list[str] = []
    measures: list[Measure] = []
    counts: list[int] = []
    for criterion in criteria:
        texts += [criterion.text, criterion.example, criterion.cycle]
    for initiative in initiatives:
        texts += [
            initiative.title,
            initiative.description,
            initiative.evidence,
            initiative.proposed_fix,
            initiative.cost,
            initiative.metric,
            initiative.next_step,
            *(note.text for note in initiative.notes),
            *(change.note for change in initiative.history),
        ]
        readings = [initiative.baseline, *initiative.readings]
        values = [(r.value, r.unit) for r in readings if r is not None]
        measures += [Measure(after=value, unit=unit) for value, unit in values]
        # Any two readings make a change the user may quote, not only the last.
        measures += [
            Measure(before=earlier[0], after=later[0], unit=later[1])
            for index, earlier in enumerate(values)
            for later in values[index + 1 :]
        ]
        people = initiative.stakeholders
        groups = (people.to_agree, people.agreed, people.helped, people.other_teams)
        texts += [name for group in groups for name in group]
        counts += [len(group) for group in groups]
        counts += [len(initiative.win_ids), len({*people.agreed, *people.helped})]
    return OnRecord(tuple(texts), tuple(measures), tuple(counts))


PERCENT = "percent"
DURATION = "duration"
MONEY = "money"
"""Kinds of number: a number said with such a unit matches only its own kind."""


@dataclass(frozen=True)
class RecordedNumbers:
    """Every number the user's records hold or plainly imply."""

    values: frozenset[float]
    """The numbers, without sign: as written, measured, and worked out."""
    has_records: bool
    """False when nothing is logged yet, so there is nothing to compare with."""
    kinds: Mapping[str, frozenset[float]] = field(default_factory=dict)
    """Kind → the numbers recorded as that kind: percentages, durations in
    seconds (of a working day: ``WORKING_DAY``) and amounts of money."""
    _ordered: dict[str | None, tuple[float, ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        ordered: dict[str | None, tuple[float, ...]] = {
            None: tuple(sorted(self.values))
        }
        for kind in (PERCENT, DURATION, MONEY):
            ordered[kind] = tuple(sorted(self.kinds.get(kind, ())))
        object.__setattr__(self, "_ordered", ordered)

    def holds(
        self,
        value: float,
        decimals: int,
        scales: Sequence[float],
        hedged: bool = False,
        kind: str | None = None,
    ) -> bool:
        """True when a number as said in a pitch is one of these, in any form.

        Args:
            value: the number as said, without sign.
            decimals: how many decimals it was said with.
            scales: what one of its unit is worth in a recorded unit (1 for the
                same unit, 1000 for "k", 60 for hours against minutes).
            hedged: the number was said as an approximation ("about 60%"), so a
                recorded number rounded to the nearest 5 or 10 gives it too.
            kind: what the number was said as (``PERCENT``, ``DURATION`` in
                seconds, ``MONEY``); only numbers recorded as that kind give
                it. None, for a bare count, lets any recorded number give it.

        Returns:
            True when a recorded number, put in the said unit and cut or rounded
            to the said decimals, gives the number: 55.6 gives 55 and 56.
        """
        step = 10**decimals
        said = round(value * step)
        slack = 0.0
        if hedged and not decimals:
            slack = 5.0 if said % 10 == 0 else 2.5 if said % 5 == 0 else 0.0
        ordered = self._ordered[kind]
        for scale in scales:
            # Cut, a number says [said, said + 1) steps; rounded, [said - ½, said
            # + ½). Together they say [said - ½, said + 1), less a hair for floats.
            low = (said - max(0.5, slack)) * scale / step
            high = (said + max(1.0, slack) - 1e-6) * scale / step
            index = bisect.bisect_left(ordered, low)
            if index < len(ordered) and ordered[index] < high:
                return True
        return False


_WRITTEN_NUMBER = re.compile(
    r"(?<![0-9.,])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,15})(?:\.([0-9]{1,9}))?(?![0-9])"
    r"(?:\s?(k|m|bn|thousand|million|billion)(?![^\W\d_]))?",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    word: float(index)
    for index, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve "
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS |= {"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "dozen": 12.0}
_NUMBER_WORDS |= {"sixty": 60.0, "hundred": 100.0, "half": 50.0}
_SPELT = re.compile(r"[^\W\d_]{3,12}")
_RATIO = re.compile(
    r"(?<![\w.,])([0-9]{1,6})\s{1,3}(?:out\s{1,3})?of\s{1,3}([0-9]{1,6})\b"
)
_WRITTEN_PERCENT = re.compile(r"(?<![\w.,])([0-9]{1,3}(?:\.[0-9]{1,3})?)\s?%")
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}
_SCALES |= {"bn": 1e9, "b": 1e9, "billion": 1e9}


WORKING_DAY = 8 * 3600.0
"""A day of effort in seconds: "5 days" of work is 40 hours, not 120."""
_PERCENT_WORDS = frozenset({"%", "percent", "pct", "pp"})
_MONEY_WORDS = frozenset(
    "$ € £ dollar dollars usd bucks euro euros eur pound pounds gbp".split()
)
_UNIT_AFTER = re.compile(r"\s{0,2}(%|[^\W\d_]{1,12})")
_CURRENCY_BEFORE = re.compile(r"[$€£]\s?$")


def _working_seconds(unit: str) -> tuple[float, ...]:
    """What one of a duration unit is worth in seconds of work; () for no duration.

    A day is a working day, and a week five of them or, as a span, seven.
    """
    seconds = _SECONDS_IN.get(unit.casefold())
    if seconds is None:
        return ()
    if seconds >= _SECONDS_IN["week"]:
        return (5 * WORKING_DAY, 7 * WORKING_DAY)
    if seconds >= _SECONDS_IN["day"]:
        return (WORKING_DAY,)
    return (seconds,)


def _unit_kind(unit: str) -> str | None:
    """The kind of number a unit makes: "%" a percent, "hours" a duration."""
    word = unit.strip().casefold()
    head = re.split(r"[/\s]|(?<=[$€£%])", word, maxsplit=1)[0] if word else ""
    if head in _PERCENT_WORDS:
        return PERCENT
    if head in _MONEY_WORDS:
        return MONEY
    if _working_seconds(head):
        return DURATION
    return None


def _add_kinded(
    kinds: dict[str, set[float]], kind: str | None, unit: str, values: Iterable[float]
) -> None:
    """Add numbers of a kind; durations go in as seconds of work."""
    if kind is None:
        return
    if kind == DURATION:
        head = re.split(r"[/\s]", unit.strip().casefold(), maxsplit=1)[0]
        kinds[kind] |= {v * s for v in values for s in _working_seconds(head)}
    else:
        kinds[kind] |= set(values)


def _written_kinds(text: str) -> dict[str, set[float]]:
    """The numbers of a record's text that a unit makes percentages, durations or
    money: "40%", "5 days", "$12,500", "2 million dollars", "9 of 14" (64%)."""
    kinds: dict[str, set[float]] = {PERCENT: set(), DURATION: set(), MONEY: set()}
    for match in _WRITTEN_NUMBER.finditer(text):
        value = float(match.group(1).replace(",", "") + "." + (match.group(2) or "0"))
        value *= _SCALES.get((match.group(3) or "").casefold(), 1.0)
        after = _UNIT_AFTER.match(text, match.end())
        unit = after.group(1).casefold() if after else ""
        kind = _unit_kind(unit)
        if _CURRENCY_BEFORE.search(text, 0, match.start()):
            kind = MONEY
        _add_kinded(kinds, kind, unit, [value])
    for match in _RATIO.finditer(text):
        part, whole = float(match.group(1)), float(match.group(2))
        if 0 < part <= whole:
            kinds[PERCENT].add(part / whole * 100)
    if re.search(r"\bhalf|\bhalved\b", text, re.IGNORECASE):
        kinds[PERCENT].add(50.0)
    return kinds


def _measure_kinds(measure: Measure) -> dict[str, set[float]]:
    """A measure's numbers by kind: its unit's kind, and its change in percent."""
    kinds: dict[str, set[float]] = {PERCENT: set(), DURATION: set(), MONEY: set()}
    own = [abs(v) for v in (measure.before, measure.after) if v is not None]
    if measure.before is not None and measure.after is not None:
        own.append(abs(measure.after - measure.before))
    _add_kinded(kinds, _unit_kind(measure.unit), measure.unit, own)
    change = measure.percent_change
    if change is not None:
        kinds[PERCENT].add(abs(change))
    return kinds


def _written_numbers(text: str) -> set[float]:
    """Every number in a record's text, loosely: digits anywhere, and small words."""
    found: set[float] = set()
    for match in _WRITTEN_NUMBER.finditer(text):
        value = float(match.group(1).replace(",", "") + "." + (match.group(2) or "0"))
        found.add(value)
        scale = (match.group(3) or "").casefold()
        if scale:
            found.add(value * _SCALES[scale])
    for word in _SPELT.findall(text):
        if word.casefold() in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[word.casefold()])
    for match in _RATIO.finditer(text):
        part, whole = float(match.group(1)), float(match.group(2))
        if 0 < part <= whole:
            found.add(part / whole * 100)
    for match in _WRITTEN_PERCENT.finditer(text):
        found.add(float(match.group(1)) / 100)
    return found


def _measure_numbers(measure: Measure) -> set[float]:
    """A measure's numbers and those a pitch may work out from it.

    The difference ("500 ms faster"), the change in percent ("down 55%") and the
    factor ("2.25× faster") are the user's own numbers said another way.
    """
    found = {abs(v) for v in (measure.before, measure.after) if v is not None}
    if measure.unit.strip() == "%":
        # 20% may be said as the fraction 0.2.
        found |= {value / 100 for value in found}
    change = measure.percent_change
    if change is not None:
        found.add(abs(change))
        if change > 0:
            found.add(1 + change / 100)
        elif -100 < change < 0:
            found.add(100 / (100 + change))
    if measure.before is not None and measure.after is not None:
        found.add(abs(measure.after - measure.before))
        low, high = sorted((abs(measure.before), abs(measure.after)))
        if low > 0:
            found.add(high / low)
    return found


def _months_between(dates: Sequence[dt.date]) -> set[float]:
    """How many months a run of dates spans, counted the ways people count them."""
    if len(dates) < 2:
        return set()
    first, last = min(dates), max(dates)
    days = (last - first).days
    calendar = (last.year - first.year) * 12 + last.month - first.month
    return {
        float(calendar),
        float(calendar + 1),
        float(math.floor(days / 30.44)),
        float(math.ceil(days / 30.44)),
        float((calendar + 3) // 3),
    }


def numbers_on_record(
    wins: Iterable[Win],
    reviews: Iterable[Review],
    initiatives: Iterable[InitiativeFacts] = (),
    also: OnRecord = OnRecord(),
) -> RecordedNumbers:
    """Gather the numbers a pitch may state, from everything the user recorded.

    Args:
        wins: every win: its title, what changed, who gained and noticed, tags
            and measure.
        reviews: every review, for the changes confirmed and notes given.
        initiatives: the initiatives' facts, with their people and measure.
        also: criteria and whole initiatives (``on_record``).

    Returns:
        The numbers: written in the records, read from their measures, worked
        out from those (difference, percent, factor), and the counts a story
        tells (wins, teams, people, the months the wins span).
    """
    every_win = list(wins)
    every_initiative = list(initiatives)
    entries = latest_entries(reviews)
    texts: list[str] = list(also.texts)
    measures: list[Measure] = list(also.measures)
    counts: list[int] = [*also.counts, len(every_win), len(every_initiative)]

    for win in every_win:
        texts += [win.title, win.what_changed, win.beneficiaries, win.noticed_by]
        texts += win.tags
        if win.measure is not None:
            measures.append(win.measure)
            texts += [win.measure.label, win.measure.unit]
        entry = entries.get(win.id or 0)
        if entry is not None:
            change = entry.answers.change
            texts += [change.text if change else "", entry.override_note]
    for facts in every_initiative:
        groups = (facts.helped, facts.agreed, facts.other_teams, facts.win_ids)
        texts += [facts.title, facts.problem, facts.evidence, facts.fix]
        texts += [*facts.helped, *facts.agreed, *facts.other_teams]
        counts += [len(group) for group in groups]
        if facts.measure is not None:
            measures.append(facts.measure)
            texts.append(facts.measure.label)
    noticed = _recorded_outside(every_win, entries, every_initiative)
    counts.append(len(noticed))
    counts += [sum(1 for win in every_win if win.is_impact)]
    # "Nine wins this year", "four this quarter".
    counts += Counter(win.date.year for win in every_win).values()
    counts += Counter(quarter_of(win.date) for win in every_win).values()

    values: set[float] = {float(count) for count in counts}
    kinds: dict[str, set[float]] = {PERCENT: set(), DURATION: set(), MONEY: set()}
    for text in texts:
        if text.strip():
            values |= _written_numbers(text)
            for kind, found in _written_kinds(text).items():
                kinds[kind] |= found
            measures += read_statement(text).measures
    for measure in measures:
        values |= _measure_numbers(measure)
        for kind, found in _measure_kinds(measure).items():
            kinds[kind] |= found
    values |= _months_between([win.date for win in every_win])
    has_records = bool(every_win or every_initiative or also.measures)
    return RecordedNumbers(
        frozenset(values),
        has_records,
        {kind: frozenset(found) for kind, found in kinds.items()},
    )


_QUOTED_NUMBER = re.compile(
    # Not part of a word, an id, a date or a decimal: "L5", "p95", "#12", "3/4".
    r"(?<![\w.,#/:])(?<![^\W\d_]-)(?<![0-9][-–/:])"
    r"(?P<currency>[$€£]\s?)?"
    r"(?P<whole>[0-9]{1,3}(?:,[0-9]{3}){1,4}|[0-9]{1,12})"
    r"(?:\.(?P<decimals>[0-9]{1,6}))?"
    # A range, a date, a time or a ratio goes on: "2-3", "2026-03-01", "10:30".
    r"(?P<goes_on>[-–/:.][0-9]|-[^\W\d_])?"
    r"(?P<glued>%|×|[^\W\d_]{1,12})?"
    r"(?:\s{1,2}(?P<word>%|[^\W\d_]{1,20}))?",
)
_SECONDS_IN = {
    **dict.fromkeys(["ms", "msec", "millisecond", "milliseconds"], 0.001),
    **dict.fromkeys(["s", "sec", "secs", "second", "seconds"], 1.0),
    **dict.fromkeys(["min", "mins", "minute", "minutes"], 60.0),
    **dict.fromkeys(["h", "hr", "hrs", "hour", "hours"], 3600.0),
    **dict.fromkeys(["d", "day", "days"], 86400.0),
    **dict.fromkeys(["wk", "wks", "week", "weeks"], 604800.0),
}
_OTHER_UNITS = frozenset(
    "% × x times percent pct pp kb mb gb tb pb rps qps".split()
) | frozenset(_SCALES)
# Words after a number that make it a time of day, a date or a place in a list.
_NOT_AMOUNTS_AFTER = frozenset(
    "am pm st nd rd th jan feb mar apr may jun jul aug sep sept oct nov dec january "
    "february march april june july august september october november december".split()
)
# "between 14 and 18 November": a day of the month said before another one.
_DAY_BEFORE_A_DAY = re.compile(
    r"\s{1,3}[0-9]{1,2}\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]{0,6}(?![^\W\d_])",
    re.IGNORECASE,
)
_JOINS_TWO_DAYS = frozenset({"and", "to", "or", "until", "till"})
# Words before a number that make it a name, not an amount: "level 5", "Q 3".
_NAMES_A_NUMBER = frozenset(
    "level lvl grade band tier l e ic p q h fy quarter half year step phase stage "
    "round part version v release no number page section chapter item issue ticket "
    "pr room gen generation jan feb mar apr may jun jul aug sep sept oct nov "
    "dec january february march april june july august september october november "
    "december".split()
)
_NUMBERED_PERIODS = {"week": "weeks", "day": "days", "month": "months"}
_NUMBERED_PERIODS |= {"sprint": "sprints"}
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,20})[\s:]{0,3}$")
_LOOK_BACK = 30
# Words that make a number an approximation.
_HEDGED = re.compile(
    r"(?:\b(?:about|around|nearly|almost|roughly|approximately|over|some|close to)"
    r"|~)\s{0,3}[$€£]?$",
    re.IGNORECASE,
)
# Words before a 4-digit number that make it a year: "in 2025", "since 2019".
_YEAR_CONTEXT = frozenset(
    "in since by of from until till to during before after early late mid end start "
    "year fy and or through".split()
)
# Words after a year that leave it a year: "in 2025 we", "2024, then".
_AFTER_A_YEAR = frozenset(
    "we i the a an and or to it our my they he she this that when while was were "
    "is q1 q2 q3 q4 h1 h2 onwards".split()
)
# "$12 500": a space may group thousands after a currency sign.
_SPACED_THOUSANDS = re.compile(r"(?: [0-9]{3}(?![0-9.,]))+")
_AFTER_SPACED_AMOUNT = re.compile(r"[$€£]\s?[0-9]{1,3}(?: [0-9]{3}){0,3} $")
# "from Python 3.8 to 3.12": the second number is a version of the same name.
_VERSION_PAIR = re.compile(
    r"[A-Z][\w+#-]{1,20}\s[0-9]{1,3}(?:\.[0-9]{1,3}){1,2}\s{1,3}(?:to|and|or|vs|→|->)"
    r"\s{1,3}$"
)
"""How far before a number its naming word is looked for, so each look is short."""


@dataclass(frozen=True)
class _Said:
    """A number as a pitch says it."""

    shown: str
    """The number with its unit, as written: "300 ms", "2.5x", "$50k"."""
    value: float
    decimals: int
    scales: tuple[float, ...]
    hedged: bool = False
    """Said as an approximation: "about 60%", "nearly 40 hours"."""
    kind: str | None = None
    """What its unit makes it: ``PERCENT``, ``DURATION`` or ``MONEY``; None for a
    count or another unit, which any recorded number may give."""


def _said_numbers(sentence: str, measures: Sequence[Measure]) -> list[_Said]:
    """The numbers in a sentence that claim something, with the forms they may take.

    Args:
        sentence: one sentence of the pitch.
        measures: the coach's reading of its measured changes, which tells a
            numbered period compared ("week 2 instead of week 6") from a date.

    Returns:
        The numbers to look for in the records, in order.
    """
    found: list[_Said] = []
    for match in _QUOTED_NUMBER.finditer(sentence):
        said = _said(sentence, match, measures)
        if said is not None:
            found.append(said)
    return found


def _said(
    sentence: str, match: re.Match[str], measures: Sequence[Measure]
) -> _Said | None:
    """One number of a sentence, or None when it claims nothing to look up."""
    if match.group("goes_on"):
        return None
    start = match.start()
    head = sentence[max(0, start - 40) : start]
    if _AFTER_SPACED_AMOUNT.search(head) or _VERSION_PAIR.search(head):
        return None
    whole, decimals = match.group("whole"), match.group("decimals") or ""
    spaced = None
    if match.group("currency") and not decimals:
        spaced = _SPACED_THOUSANDS.match(sentence, match.end("whole"))
        if spaced is not None:
            whole += spaced.group().replace(" ", "")
    value = float(whole.replace(",", "") + "." + (decimals or "0"))
    glued = (match.group("glued") or "").casefold()
    word = (match.group("word") or "").casefold()
    if glued and glued not in _SECONDS_IN and glued not in _OTHER_UNITS:
        return None  # "2FA", "3rd", "9am", "4K": a name or an ordinal
    unit = glued or (word if word in _SECONDS_IN or word in _OTHER_UNITS else "")
    if word in _NOT_AMOUNTS_AFTER:
        return None
    if word in _JOINS_TWO_DAYS and _DAY_BEFORE_A_DAY.match(sentence, match.end()):
        return None

    before = _WORD_BEFORE.search(sentence, max(0, start - _LOOK_BACK), start)
    word_before = before.group(1) if before else ""
    first_word = before is not None and _opens_sentence(sentence, before.start())
    if word_before.casefold() in _NAMES_A_NUMBER:
        return None
    period = _NUMBERED_PERIODS.get(word_before.casefold())
    if period and not any(
        m.unit == period and value in (m.before, m.after) for m in measures
    ):
        return None  # "by week 3" tells when, unless it is compared
    named = any(c.isupper() for c in word_before[1:]) or (
        not first_word and word_before[:1].isupper()
    )
    if named and not unit:
        return None  # "Postgres 15", "Team 7", "iOS 17": part of a name
    if value <= 1 and not decimals:
        return None
    currency = bool(match.group("currency"))
    bare = "," not in whole and len(whole) == 4
    in_year_context = word_before.casefold() in _YEAR_CONTEXT or not word_before
    counted = bool(word) and word not in _AFTER_A_YEAR
    if not currency and not unit and not decimals and 1900 <= value <= 2100:
        # "in 2025" is a year; "2,000 customers" and "2050 requests" are amounts.
        if bare and in_year_context and not counted:
            return None

    if glued:
        end = match.end("glued")
    elif unit:
        end = match.end("word")
    elif spaced is not None:
        end = spaced.end()
    else:
        end = match.end("decimals") if decimals else match.end("whole")

    # After a scale, the unit may follow: "2 million dollars", "1.2k hours".
    scale = _SCALES.get(unit, 1.0) if unit != "m" or currency else 1.0
    said_as = unit
    if unit in _SCALES or (not unit and currency):
        follow = _UNIT_AFTER.match(sentence, end)
        word_after = follow.group(1).casefold() if follow else ""
        if _unit_kind(word_after) is not None and word_after != "m":
            said_as, end = word_after, follow.end() if follow else end
    kind = MONEY if currency else _unit_kind(said_as)
    if said_as == "m" and not currency:
        kind = None  # minutes as often as millions
    shown = " ".join(sentence[match.start() : end].split())
    hedged = _HEDGED.search(head) is not None

    # What one of the said unit is worth in the recorded kind: 1k is 1000, and a
    # duration is counted in seconds of work.
    if kind == DURATION:
        scales = [scale * s for s in _working_seconds(said_as)]
    elif kind is not None:
        scales = [scale]
    else:
        scales = [1.0]
        if unit in _SCALES:
            scales.append(_SCALES[unit])
        if unit == "m":  # minutes as often as millions
            scales += [60.0 / _SECONDS_IN[other] for other in _SECONDS_IN]
    return _Said(shown, value, len(decimals), tuple(scales), hedged, kind)


def _opens_sentence(sentence: str, index: int) -> bool:
    """True when the word at ``index`` starts the sentence or follows a lead-in.

    A capital after a lead-in ("What I drove: Cut 200 …") starts a sentence too.
    """
    head = sentence[max(0, index - _LOOK_BACK) : index].rstrip()
    return head.endswith(":") or (not head and not sentence[:index].strip())


def _unrecorded(
    sentence: str, measures: Sequence[Measure], recorded: RecordedNumbers
) -> list[str]:
    """The numbers of a sentence that no record holds, as written, each once."""
    missing: list[str] = []
    for said in _said_numbers(sentence, measures):
        if said.shown in missing:
            continue
        if not recorded.holds(
            said.value, said.decimals, said.scales, said.hedged, said.kind
        ):
            missing.append(said.shown)
    return missing


_ARTICLES = ("the ", "our ", "my ")


def _measure_key(name: str) -> str:
    """A measure's name as two tellings of it are compared: "The flaky reruns"
    and "flaky reruns" are one measure."""
    key = _folded(name)
    for article in _ARTICLES:
        key = key.removeprefix(article)
    return key


def _two_results_flags(readings: Iterable[Reading]) -> list[PitchFlag]:
    """A flag for each measure the story tells with two different results.

    "Flaky reruns went from 30 to 8" in one paragraph and "flaky reruns from
    30 to 5" in another leave a committee asking which one holds. Only a named
    before → after counts: a measure told again with the same numbers, in any
    words, is the same result.

    Args:
        readings: the coach's reading of each sentence, in the story's order.

    Returns:
        One flag per measure, naming it and its first two different results.
    """
    first_told: dict[str, tuple[str, Measure]] = {}
    flagged: set[str] = set()
    flags: list[PitchFlag] = []
    for reading in readings:
        for measure, name in zip(reading.measures, reading.measure_names):
            if not name or measure.before is None or measure.after is None:
                continue
            key = _measure_key(name)
            said, first = first_told.setdefault(key, (name, measure))
            same = (first.before, first.after) == (measure.before, measure.after)
            if same or key in flagged:
                continue
            flagged.add(key)
            message = catalogue.PITCH_FLAG_TWO_RESULTS.format(
                measure=_sentence_start(said),
                first=describe_measure(replace(first, label="")),
                second=describe_measure(replace(measure, label="")),
            )
            flags.append(PitchFlag(FlagKind.TWO_RESULTS, "", message))
    return flags


def _long_sentence_flag(sentence: str) -> PitchFlag:
    """The flag for a sentence longer than a win's title should be.

    A line of the pitch is retold in a sentence or two, so the length the win
    coach asks a title to keep under (``LONG_TITLE``) holds for each sentence
    here too: a long title quoted whole makes such a sentence.
    """
    return PitchFlag(
        FlagKind.LONG_SENTENCE,
        _excerpt(sentence),
        catalogue.PITCH_FLAG_LONG_SENTENCE.format(count=len(sentence)),
    )


def _unrecorded_flag(sentence: str, numbers: Sequence[str]) -> PitchFlag:
    template = (
        catalogue.PITCH_FLAG_NUMBER_UNRECORDED
        if len(numbers) == 1
        else catalogue.PITCH_FLAG_NUMBERS_UNRECORDED
    )
    return PitchFlag(
        FlagKind.UNRECORDED,
        _excerpt(sentence),
        template.format(numbers=_join_names(numbers)),
    )


# Beside a result most activity verbs only say how the change was made ("Wrote
# the runbook; time to diagnose went from 30 to 3 minutes", "On-call pages
# dropped after I fixed the noisiest alerts"). Two kinds still read as effort:
# wording that hides the user's own part ("worked on", "helped with") and a
# tally of work done ("reviewed 40 PRs"), which a committee weighs as volume
# rather than as the cause of the result.
_EFFORT_BESIDE_RESULT = re.compile(
    r"^(?:(?:was|were|am|is|are|been|i'm)\s+)?"
    r"(?:work|help|participat|took\s+part|involved|responsible|contribut|assist"
    r"|attend)"
    r"|\d",
    re.IGNORECASE,
)


def _activity_flag(sentence: str, reading: Reading) -> PitchFlag | None:
    """The activity flag for one sentence of a pitch, or None when it reads well.

    The coach's reading decides (``framing.read_statement``, the rule the log
    form and the review use): a sentence it reads as impact has stated a
    result, whatever verb it holds, even with the effort in a clause of its
    own ("pages dropped after I fixed the alerts"). Only wording beside that
    result that hides the user's part or tallies work done
    (``_EFFORT_BESIDE_RESULT``) is flagged, on its own.
    """
    if reading.is_impact:
        phrases = [
            phrase
            for phrase in reading.activity_phrases
            if _EFFORT_BESIDE_RESULT.search(phrase)
        ]
        template = catalogue.PITCH_FLAG_ACTIVITY_BESIDE_RESULT
    else:
        if not (reading.activity_phrases or reading.output_only):
            return None
        phrases = list(reading.activity_phrases) or [_excerpt(sentence)]
        template = catalogue.PITCH_FLAG_ACTIVITY
    if not phrases:
        return None
    return PitchFlag(
        FlagKind.ACTIVITY,
        _excerpt(sentence),
        template.format(phrase=", ".join(phrases)),
    )


def _activity_in_context(
    sentence: str, reading: Reading, after: tuple[str, Reading] | None
) -> PitchFlag | None:
    """The activity flag for a sentence read with the one told after it, if any.

    "Wrote the runbook. Incidents are diagnosed in 3 minutes instead of 30."
    tells what the work changed one sentence on: when the next sentence
    states a change, the two are read as one, as the coach reads a win's
    title with what changed.
    """
    activity = _activity_flag(sentence, reading)
    if activity is not None and after is not None and after[1].is_impact:
        together = f"{sentence} {after[0]}"
        activity = _activity_flag(together, read_statement(together))
    return activity


def _told_after(
    readings: Sequence[tuple[str, Reading]], index: int
) -> tuple[str, Reading] | None:
    """The sentence of a paragraph that tells on from the one at ``index``.

    Sentences that only name people ("Who gained: …", "Backed by …") tell
    nothing of the change, so the sentence after them is the one that goes on
    from the work.
    """
    for sentence, reading in readings[index + 1 :]:
        if not _folded(sentence).startswith(_PEOPLE_LEADS):
            return sentence, reading
    return None


# Words that make the user the doer of the verb right after them ("I closed").
_FIRST_PERSON = frozenset({"i", "i've", "i'd", "i’ve", "i’d"})
_WORD_SPLIT = re.compile(r"[^\w'’]+")


def _done_by_the_user(sentence: str, phrase: str) -> bool:
    """True when an activity phrasing in a sentence tells of the user's own work.

    It does when it opens the sentence, lead-in aside ("What I found: Reviewed
    200 PRs"), or follows "I", with at most one word between ("I also closed
    them"). Otherwise it tells what happened to things ("Of 140 pages, 128
    closed with no action").
    """
    folded = sentence.casefold()
    at = folded.find(phrase.casefold())
    if at < 0:
        return True
    before = folded[:at]
    for lead in _PROBLEM_LEADS:
        if before.startswith(lead):
            before = before[len(lead) :]
    words = [word for word in _WORD_SPLIT.split(before) if word]
    return not words or bool(_FIRST_PERSON.intersection(words[-2:]))


def _tells_own_work(sentence: str, reading: Reading) -> bool:
    """True when a sentence stating the problem tells of the user's own work.

    "The problem:" and "What I found:" tell how things were, so the coach's
    activity words there ("closed", "reviewed") are the user's activity only
    when the user did them.
    """
    return any(
        _done_by_the_user(sentence, phrase) for phrase in reading.activity_phrases
    )


def _activity_flags(paragraph: str) -> Iterator[tuple[str, Reading, PitchFlag | None]]:
    """Each sentence of a paragraph, the coach's reading of it and its flag."""
    sentences = _sentences(paragraph)
    readings = [(s, read_statement(s)) for s in sentences]
    stating = _stating_the_problem(sentences)
    for index, (sentence, reading) in enumerate(readings):
        if stating[index] and not _tells_own_work(sentence, reading):
            yield sentence, reading, None
            continue
        after = _told_after(readings, index)
        yield sentence, reading, _activity_in_context(sentence, reading, after)


def reads_as_activity(paragraph: str) -> bool:
    """True when the check would flag a paragraph's wording as activity.

    Args:
        paragraph: one paragraph of a pitch, as ``check_pitch`` splits it.
    """
    return any(flag is not None for _, _, flag in _activity_flags(paragraph))


def _measures_a_change(
    sentence: str, reading: Reading, measures: Sequence[Measure]
) -> bool:
    """True when a sentence, read whole, gives a change with its numbers.

    The coach's reading finds most ways of telling one; a before → after on
    record counts however it is put ("stopped rerunning builds: 60 to 22 reruns
    a week"), so a sentence the draft wrote from a record's measure, or the
    user wrote from it, is never taken for a change without a measure.
    """
    if reading.has_metric:
        return True
    return any(states_measure(sentence, measure) for measure in measures)


def _unmeasured_claim(
    readings: Sequence[tuple[str, Reading]], measures: Sequence[Measure] = ()
) -> str:
    """The first sentence of a paragraph that claims a change it never measures.

    Args:
        readings: the paragraph's sentences with the coach's reading of each.
        measures: the measures on record, whose numbers measure a change in any
            sentence that gives them (``_measures_a_change``).

    Returns:
        The sentence; "" when the paragraph measures a change or claims none.
        Sentences that state the problem claim no change.
    """
    stated = _stating_the_problem([sentence for sentence, _ in readings])
    claims = (
        sentence
        for (sentence, reading), problem in zip(readings, stated, strict=True)
        if reading.is_impact and not problem
    )
    claim = next(claims, "")
    # Measures on record are looked for only once a change is claimed.
    if claim and any(_measures_a_change(s, r, measures) for s, r in readings):
        return ""
    return claim


# The lead-in that opens a drafted result sentence: "The result: …", or the
# early one's "Early readings, …, show that …". Only the lead-in is taken off:
# the rest is one sentence, colons and all.
_EARLY_LEAD = catalogue.PITCH_LEAD_RESULT_EARLY.split("{text}")[0]
_EARLY_OPENS, _EARLY_RUNS_ON = _EARLY_LEAD.split("{when}")
_RESULT_LEAD = re.compile(
    rf"^(?:{re.escape(catalogue.PITCH_LEAD_RESULT.split('{text}')[0])}"
    rf"|{re.escape(_EARLY_OPENS)}.+?{re.escape(_EARLY_RUNS_ON)})",
    re.IGNORECASE,
)


def _before_then_after(sentence: str, measure: Measure) -> bool:
    """True when a sentence gives a measure's before first and its after later.

    "went from 30 to 4" gives them in the order a change is told; "down to 4
    from 30" tells it too, so the order only breaks a tie between sentences.
    """
    if measure.before is None or measure.after is None:
        return True
    written = [abs(number) for number in numbers_in(sentence)]
    before = [i for i, n in enumerate(written) if math.isclose(n, abs(measure.before))]
    after = [i for i, n in enumerate(written) if math.isclose(n, abs(measure.after))]
    return bool(before and after) and before[0] < after[-1]


def _result_sentence(
    sentences: Sequence[str],
    measure: Measure,
    drafted: Sequence[str] = (),
) -> str:
    """The sentence of a pitch that tells a measure's before → after.

    The sentence the draft wrote for the result comes first, while the user
    keeps it as it was; then one opening as a drafted result does; then one
    the coach reads as telling a change ("30 reruns across 4 teams" tells
    none); then one giving the before before the after; then any that gives
    both numbers.

    Args:
        sentences: the pitch's sentences that do not state the problem: those
            tell how things were, however many of the result's numbers they
            hold.
        measure: the before → after told.
        drafted: the folded sentences the draft wrote for results.

    Returns:
        The sentence as written; empty when none tells the result.
    """
    told = [s for s in sentences if states_measure(s, measure)]

    def rank(sentence: str) -> tuple[bool, bool, bool, bool]:
        return (
            _folded(sentence) not in drafted,
            not _RESULT_LEAD.match(sentence),
            not read_statement(sentence).is_impact,
            not _before_then_after(sentence, measure),
        )

    return min(told, key=rank, default="")


def _drafted_results(drafted: Iterable[PitchLine]) -> tuple[str, ...]:
    """The sentences the draft wrote for results, folded for comparing."""
    return tuple(
        _folded(sentence)
        for line in drafted
        for sentence in _sentences(line.text)
        if _RESULT_LEAD.match(sentence)
    )


def _early_result_flags(
    text: str,
    initiatives: Iterable[InitiativeFacts],
    drafted: Iterable[PitchLine] = (),
) -> Iterator[PitchFlag]:
    """A flag for each initiative whose early result the text states.

    The result is stated when a sentence that does not state the problem gives
    the before → after's numbers (``_result_sentence`` chooses which); it is
    flagged however it is worded, and after any edit that keeps it, since only
    a later reading settles it.
    """
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        said = _sentences(paragraph)
        stated = _stating_the_problem(said)
        sentences += [s for s, problem in zip(said, stated, strict=True) if not problem]
    results = _drafted_results(drafted)
    for initiative in initiatives:
        fact = early_result(initiative)
        if not fact:
            continue
        measure = initiative.measure
        if measure is None:
            continue
        sentence = _result_sentence(sentences, measure, results)
        # The numbers are quoted rather than a drafted lead-in before them.
        said = _RESULT_LEAD.sub("", sentence, count=1)
        if not states_measure(said, measure):
            said = sentence
        if said:
            yield PitchFlag(
                FlagKind.EARLY_RESULT,
                _excerpt(said),
                catalogue.PITCH_FLAG_EARLY_RESULT.format(fact=fact),
            )


def _measures_on_record(
    wins: Iterable[Win], initiatives: Iterable[InitiativeFacts]
) -> list[Measure]:
    """The complete measures of the wins and initiatives, each once."""
    found = [win.measure for win in wins] + [i.measure for i in initiatives]
    complete = (m for m in found if m is not None and m.is_complete)
    return list(dict.fromkeys(complete))


def check_pitch(
    text: str,
    wins: Iterable[Win],
    reviews: Iterable[Review],
    initiatives: Iterable[InitiativeFacts] = (),
    words_per_minute: int = WORDS_PER_MINUTE,
    *,
    recorded: RecordedNumbers | None = None,
    drafted: Iterable[PitchLine] = (),
) -> tuple[PitchFlag, ...]:
    """Read a pitch as a promotion committee would, and say what they would question.

    It flags, costliest to the case first (``by_cost``): activity phrasing (by the
    coach's reading of each
    sentence, in every paragraph; beside a measured result only wording that
    hides the user's part or tallies work done); a number that none of the user's
    records holds, sentence by sentence, once anything is logged; a paragraph that
    claims a change but measures nothing, each sentence read whole (one that
    gives a before → after on record measures it, however it is put); an
    initiative's before → after told
    from readings too close together to show it holds (``early_result``); a win
    the user's own review says a strong peer at their current level could have
    done, while its verdict, the user's override included, is current-level; a
    story with nobody outside the team in it, neither on record for the wins and
    initiatives it tells of nor named in its words; a sentence longer than a
    win's title should be (``LONG_TITLE``); and a story past five minutes.

    Args:
        text: the pitch as the user has it now, edited or not.
        wins: every win, to recognise the ones the text tells of.
        reviews: every saved review, for the answers given about those wins.
        initiatives: the user's initiatives, for the teams and people outside
            the user's own they record.
        words_per_minute: the speaking rate for the length check.
        recorded: the numbers on record (``numbers_on_record``), gathered once by
            a caller that checks often; by default gathered from the wins,
            reviews and initiatives given.
        drafted: the lines of the draft the text was made from, so that a
            paragraph kept as drafted is judged by the win it tells of
            (``told_wins``).

    Returns:
        The flags; empty when a committee would find nothing to question.
    """
    if not text.strip():
        return ()
    every_win = list(wins)
    every_initiative = list(initiatives)
    every_review = list(reviews)
    drafted = tuple(drafted)
    entries = latest_entries(every_review)
    if recorded is None:
        recorded = numbers_on_record(every_win, every_review, every_initiative)
    measures = _measures_on_record(every_win, every_initiative)
    flags: list[PitchFlag] = []
    every_reading: list[Reading] = []

    for paragraph in re.split(r"\n\s*\n", text):
        readings: list[tuple[str, Reading]] = []
        for sentence, reading, activity in _activity_flags(paragraph):
            readings.append((sentence, reading))
            every_reading.append(reading)
            if activity is not None:
                flags.append(activity)
            if len(sentence) > LONG_TITLE:
                flags.append(_long_sentence_flag(sentence))
            if recorded.has_records:
                numbers = _unrecorded(sentence, reading.measures, recorded)
                if numbers:
                    flags.append(_unrecorded_flag(sentence, numbers))
        claim = _unmeasured_claim(readings, measures)
        if claim:
            flags.append(
                PitchFlag(
                    FlagKind.UNMEASURED,
                    _excerpt(claim),
                    catalogue.PITCH_FLAG_UNMEASURED,
                )
            )
    flags.extend(_early_result_flags(text, every_initiative, drafted))
    flags.extend(_two_results_flags(every_reading))

    mentioned = told_wins(text, every_win, drafted)
    for win in mentioned:
        entry = entries.get(win.id or 0)
        # The verdict that counts, the user's own call included, decides: a win
        # they called unclear or next-level is not read as current-level work.
        if (
            entry is not None
            and entry.answers.peer_could is PeerAnswer.YES
            and entry.kind is VerdictKind.CURRENT_LEVEL
        ):
            flags.append(
                PitchFlag(
                    FlagKind.PEER_COULD,
                    _excerpt(win.title),
                    catalogue.PITCH_FLAG_PEER_COULD,
                )
            )

    # The story's items are the wins and initiatives it tells of, and the wins
    # that came out of those initiatives, whose titles the story need not repeat.
    told = _mentioned_initiatives(text, every_initiative)
    linked = {win_id for initiative in told for win_id in initiative.win_ids}
    linked -= {win.id for win in mentioned}
    items = [*mentioned, *(win for win in every_win if win.id in linked)]
    recorded = _recorded_outside(items, entries, told)
    if not recorded and not tells_of_outside(text):
        flags.append(
            PitchFlag(FlagKind.NOT_NOTICED, "", catalogue.PITCH_FLAG_NOT_NOTICED)
        )

    timing = speaking_time(text, words_per_minute)
    if timing.over_slot:
        flags.append(
            PitchFlag(
                FlagKind.TOO_LONG,
                "",
                catalogue.PITCH_FLAG_TOO_LONG.format(
                    duration=duration_text(timing.seconds)
                ),
            )
        )
    return by_cost(flags)


def unrecorded_figures(text: str, recorded: RecordedNumbers) -> tuple[str, ...]:
    """The figures a pitch states that none of the user's records holds.

    They are the numbers ``check_pitch`` flags sentence by sentence, gathered
    for a place that shows the pitch without its flags, such as the packet.

    Args:
        text: the pitch.
        recorded: the numbers on record (``numbers_on_record``).

    Returns:
        Each such figure once, as written, in the order the pitch states them;
        none while nothing is logged, as the check then flags none.
    """
    if not recorded.has_records:
        return ()
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        for sentence, reading, _ in _activity_flags(paragraph):
            found.extend(_unrecorded(sentence, reading.measures, recorded))
    return tuple(dict.fromkeys(found))


def first_difference(text: str, earlier: str | None, lead_words: int = 2) -> str:
    """Where a version starts to differ from the one saved before it.

    Versions of one pitch often open alike, so their openings tell them apart
    poorly; the words where a version departs from the earlier one do.

    Args:
        text: the version.
        earlier: the version saved before it; None for the first.
        lead_words: how many shared words to keep before the difference.

    Returns:
        The text from just before the first word that differs, "…"-led when
        words were skipped, and marked when the rest of the earlier one was cut;
        the whole text for a first version; "" when the two are the same word
        for word.
    """
    words = text.split()
    if earlier is None:
        return " ".join(words)
    before = earlier.split()
    same = 0
    while same < min(len(words), len(before)) and words[same] == before[same]:
        same += 1
    if same == len(words) == len(before):
        return ""
    start = max(same - lead_words, 0)
    shown = " ".join(words[start:])
    if same == len(words):
        shown = f"{shown} {catalogue.PITCH_VERSION_CUT}"
    return f"…{shown}" if start else shown


def version_numbers(versions: Iterable[PitchVersion]) -> dict[int, int]:
    """Version id → its number as the user sees it: 1 for the first save, and on."""
    ids = sorted(v.id for v in versions if v.id is not None)
    return {version_id: number for number, version_id in enumerate(ids, start=1)}


def latest_version(versions: Iterable[PitchVersion]) -> PitchVersion | None:
    """The most recently saved version, or None before the first save."""
    saved = [v for v in versions if v.id is not None]
    return max(saved, key=lambda v: v.id or 0) if saved else None


# --- What changed since a version was saved -----------------------------------------


class Change(str, enum.Enum):
    """A kind of change to the records a pitch is drawn from."""

    WIN_LOGGED = "win_logged"
    WIN_EDITED = "win_edited"
    REVIEW = "review"
    CRITERION = "criterion"
    PROBLEM = "problem"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class ChangesSince:
    """How far the records have moved on since a version of the pitch was saved."""

    counts: tuple[tuple[Change, int], ...] = ()
    """Each kind of change that happened, with how many records it touched."""

    def __bool__(self) -> bool:
        return bool(self.counts)

    def describe(self) -> str:
        """The changes as one phrase: "2 wins logged and 1 review updated"."""
        return _join_names(
            [
                counted(count, *catalogue.PITCH_STALE_KINDS[kind.value])
                for kind, count in self.counts
            ]
        )


def _after(moment: dt.datetime | None, saved: dt.datetime) -> bool:
    return moment is not None and moment > saved


def changes_since(
    version: PitchVersion,
    wins: Iterable[Win],
    reviews: Iterable[Review],
    criteria: Iterable[Criterion],
    initiatives: Iterable[Initiative],
) -> ChangesSince:
    """What the user recorded after a version was saved, so its story may be stale.

    A win saved after the version counts as logged; one saved before and changed
    after counts as edited. Reviews, criteria and problems count when they
    changed after the version in any way.

    Args:
        version: a saved version of the pitch.
        wins: every win.
        reviews: every review run.
        criteria: every criterion from the manager conversations.
        initiatives: every next-level problem the user took on.

    Returns:
        The changes, in the order above; empty for a version without a save time
        or when nothing changed after it.
    """
    saved = version.created_at
    if saved is None:
        return ChangesSince()
    counts: Counter[Change] = Counter()
    for win in wins:
        if _after(win.created_at, saved):
            counts[Change.WIN_LOGGED] += 1
        elif _after(win.updated_at, saved):
            counts[Change.WIN_EDITED] += 1
    counts[Change.REVIEW] = sum(_after(r.updated_at, saved) for r in reviews)
    counts[Change.CRITERION] = sum(
        _after(c.updated_at or c.created_at, saved) for c in criteria
    )
    counts[Change.PROBLEM] = sum(
        _after(i.updated_at or i.created_at, saved) for i in initiatives
    )
    return ChangesSince(tuple((kind, counts[kind]) for kind in Change if counts[kind]))
