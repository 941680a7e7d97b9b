"""The manager conversation: the prep plan, the reading of a reply, the scorecard.

Before a 1:1 the user prepares one explicit ask ("what would I need to demonstrate,
specifically…"), two or three wins to bring, and the push-back line for a vague
answer. During a rehearsal every line the user types is read for the six behaviours
that make the conversation work; the scorecard then credits each one the reading
found, says what went well and the one thing to try next time. The same reading of
a follow-up finds the day that recorded notes set for the next talk.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from careerclimb_tui import catalogue
from careerclimb_tui.domain.dates import day_in_words
from careerclimb_tui.domain.evidence import says_same_change, states_measure
from careerclimb_tui.domain.framing import read_statement
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.measure_text import with_measure
from careerclimb_tui.domain.records import Profile, Win, describe_measure
from careerclimb_tui.domain.sentences import (
    clause_mid_sentence,
    cut_at_word,
    sentence_start,
    without_full_stop,
)
from careerclimb_tui.domain.wins import clean_list
from careerclimb_tui.errors import CareerClimbError

MAX_EVIDENCE = 3
"""The most wins a prep plan brings; more than three dilutes the strongest."""
MIN_EVIDENCE = 2
"""Fewer wins than this earns a hint to pick or log another one."""
PLAIN_WIDTH = 78
"""The width the printed prep plan is wrapped to."""
EVIDENCE_TITLE_CHARS = 160
"""The most of a win's title a line of evidence quotes: about two printed lines."""
EVIDENCE_CHANGE_CHARS = 160
"""The most of a win's "what changed" a line of evidence says: about two printed
lines, like its title."""

# --- The prep plan ------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceLine:
    """One win to bring to the conversation, as it will be said."""

    title: str
    """What the user did, as logged; a title longer than ``EVIDENCE_TITLE_CHARS``
    by its first words."""
    change: str
    """What changed with its measure in brackets, the measure alone when no change
    is written, neither when the title gives them; may be empty. A change longer
    than ``EVIDENCE_CHANGE_CHARS`` by its first words."""
    win_id: int | None = None
    """The win it comes from, so a screen can open it."""
    notes: tuple[str, ...] = ()
    """What to know about the win before bringing it ("not reviewed yet"),
    said together in one bracket after it."""

    @property
    def text(self) -> str:
        """The win as one line: the change it made, then the win as logged; the
        title alone when there is no change to say.

        A manager hears the first words, so every line starts with what changed
        (a title of work done, "Worked on the CI pipeline", would bury it), and
        every line of the list is worded the same way. The line runs on after
        the change, so its closing full stop goes, and the title after "logged
        as:" reads mid-sentence. Every item starts with a capital, as typed or
        not, so that the list reads evenly (``sentence_start``).
        """
        if not self.change:
            said = sentence_start(self.title)
        else:
            said = catalogue.PREP_EVIDENCE_LINE.format(
                title=clause_mid_sentence(self.title),
                change=sentence_start(without_full_stop(self.change)),
            )
        if not self.notes:
            return said
        return catalogue.PREP_EVIDENCE_NOTED.format(
            line=said, notes=catalogue.PREP_EVIDENCE_NOTES_JOIN.join(self.notes)
        )


@dataclass(frozen=True)
class PrepPlan:
    """Everything to have in hand before asking the manager about promotion."""

    target_level_id: str
    """The level id the user is aiming for."""
    target_title: str
    """That level's title on the ladder."""
    current_title: str
    """The title of the level the user holds now."""
    cycle_closes: dt.date | None
    """When the promotion cycle closes, if the user set it."""
    cycle: str
    """The cycle in words: its date and how far away it is, or that it is unset."""
    cycle_dated: str
    """The cycle in words for printed and exported text, which outlives the day:
    how far away it is counts from a named date rather than from today."""
    ask: str
    """The question to put to the manager; the user may reword it."""
    evidence: tuple[EvidenceLine, ...]
    """Two or three wins to bring, strongest first."""
    evidence_hint: str
    """A nudge to pick or log another win when fewer than two are brought."""
    initiative: str | None
    """The next-level problem the user is driving, in one line, if any."""
    questions: tuple[str, ...]
    """Questions to ask, drawn from the user's gaps."""
    push_back: str
    """What to say when the answer is vague."""
    write_down: tuple[str, ...]
    """The checklist of what to note during the conversation."""
    questions_hint: str = ""
    """The line under the questions naming the gaps they have no room for."""
    before: tuple[str, ...] = ()
    """What to do before the talk, such as reviewing a strong win first."""


def build_prep_plan(
    profile: Profile,
    ladder: Ladder,
    strongest_wins: Sequence[Win],
    active_initiative_summary: str | None,
    gap_questions: Sequence[str],
    today: dt.date,
) -> PrepPlan:
    """Prepare the promotion conversation from what the user has logged.

    Args:
        profile: the user's profile: levels and, if known, when the cycle closes.
        ladder: the ladder the profile's levels come from.
        strongest_wins: wins ranked strongest first; the first three are brought.
        active_initiative_summary: the next-level problem being driven, if any.
        gap_questions: questions drawn from the user's gaps; blanks and repeats are
            dropped. With none, general questions about the target level are used.
        today: the user's local date, to say how far away the cycle is.

    Returns:
        The prep plan, with the standard ask addressed to the target level.

    Raises:
        CareerClimbError: when the profile's target level is not on the ladder.
    """
    target = ladder.level(profile.target_level)
    if target is None:
        raise CareerClimbError(
            catalogue.PREP_UNKNOWN_LEVEL.format(
                level=profile.target_level, ladder=ladder.title
            )
        )
    current = ladder.level(profile.current_level)
    current_title = current.title if current else profile.current_level

    evidence = tuple(_evidence_line(win) for win in strongest_wins[:MAX_EVIDENCE])
    hint = evidence_hint(len(evidence), len(strongest_wins))

    questions = clean_list(gap_questions)
    if not questions:
        questions = tuple(
            q.format(level=target.title) for q in catalogue.PREP_DEFAULT_QUESTIONS
        )
    initiative = (active_initiative_summary or "").strip() or None

    return PrepPlan(
        target_level_id=target.id,
        target_title=target.title,
        current_title=current_title,
        cycle_closes=profile.cycle_closes,
        cycle=describe_cycle(profile.cycle_closes, today),
        cycle_dated=describe_cycle(profile.cycle_closes, today, dated=True),
        ask=catalogue.CONVO_ASK_FOR_LEVEL.format(level=target.title),
        evidence=evidence,
        evidence_hint=hint,
        initiative=initiative,
        questions=questions,
        push_back=catalogue.CONVO_PUSH_BACK,
        write_down=catalogue.PREP_WRITE_DOWN,
    )


def evidence_hint(brought: int, logged: int) -> str:
    """The nudge under the evidence when fewer than two wins are brought.

    With more wins logged than brought, the user is asked to pick another rather
    than to log one: the evidence may already be there.

    Args:
        brought: how many wins the plan brings.
        logged: how many wins the user has logged in all.

    Returns:
        The nudge; empty when two or more wins are brought.
    """
    if brought >= MIN_EVIDENCE:
        return ""
    others = max(logged - brought, 0)
    if others and brought:
        return catalogue.PREP_EVIDENCE_PICK_ANOTHER.format(others=others)
    if others:
        return catalogue.PREP_EVIDENCE_PICK_SOME
    return catalogue.PREP_EVIDENCE_FEW if brought else catalogue.PREP_EVIDENCE_NONE


def with_wins_logged(plan: PrepPlan, logged: int) -> PrepPlan:
    """Return the plan with its evidence nudge fitted to every win logged.

    Args:
        plan: a plan built from the wins it brings.
        logged: how many wins the user has logged in all.

    Returns:
        A copy of the plan whose nudge says to pick another win when more are
        logged than brought.
    """
    return replace(plan, evidence_hint=evidence_hint(len(plan.evidence), logged))


def with_ask(plan: PrepPlan, ask: str) -> PrepPlan:
    """Return the plan with the ask reworded by the user.

    Args:
        plan: the plan to change.
        ask: the new wording; surrounding blanks are dropped.

    Returns:
        A copy of the plan with the new ask.

    Raises:
        CareerClimbError: when the new ask is blank.
    """
    cleaned = " ".join(ask.split())
    if not cleaned:
        raise CareerClimbError(catalogue.PREP_ASK_EMPTY)
    return replace(plan, ask=cleaned)


def describe_cycle(
    cycle_closes: dt.date | None, today: dt.date, dated: bool = False
) -> str:
    """Say when the promotion cycle closes and how far away that is.

    Args:
        cycle_closes: the closing date the user set, if any.
        today: the user's local date.
        dated: count the distance from ``today`` by its date rather than as
            "today", for text that is read on a later day.

    Returns:
        A short phrase for the prep plan.
    """
    if cycle_closes is None:
        return catalogue.PREP_CYCLE_UNSET
    days = (cycle_closes - today).days
    # Days in words, as the rest of the app says them in sentences.
    date = day_in_words(cycle_closes)
    if days < 0:
        return catalogue.PREP_CYCLE_PASSED.format(date=date)
    # Under two weeks, "1 week" or "0 weeks" would hide how close it is.
    if dated:
        if days < 14:
            return catalogue.PREP_CYCLE_CLOSES_ON_DAYS.format(
                date=date, days=days, today=day_in_words(today)
            )
        return catalogue.PREP_CYCLE_CLOSES_ON.format(
            date=date, weeks=days // 7, today=day_in_words(today)
        )
    if days < 14:
        return catalogue.PREP_CYCLE_CLOSES_DAYS.format(date=date, days=days)
    return catalogue.PREP_CYCLE_CLOSES.format(date=date, weeks=days // 7)


CYCLE_MAX_CHARS = 40
"""The longest name a cycle may have; longer is notes typed in the wrong field."""
CYCLE_MAX_WORDS = 6
"""The most words a cycle's name may have."""

_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})")
# A year as a cycle names one: "2027", "H1 2027", "FY27", "Q3 '27".
_CYCLE_YEAR = re.compile(
    r"(?<!\d)(?:19|20)\d{2}(?!\d)|\b(?:FY|H[12]|Q[1-4])\s?'?\d{2}\b|'\d{2}\b",
    re.IGNORECASE,
)


def read_cycle(text: str) -> str:
    """Check what the user typed as the cycle the criteria are meant for.

    A cycle is a short name with a year in it ("H1 2027", "FY27") or the name
    the app gives a closing date ("cycle closing 2027-03-31"). Anything more is
    most likely notes typed into the wrong field, which would be saved with
    every criterion of the conversation.

    Args:
        text: the cycle as typed; it may be blank.

    Returns:
        The cycle with its spaces tidied; empty when none was typed.

    Raises:
        CareerClimbError: when the text is too long for a cycle's name, has a
            date that is not one or text glued to it, goes on after the date of
            a named closing date, or names no year.
    """
    cycle = " ".join(text.split())
    if not cycle:
        return ""
    if len(cycle) > CYCLE_MAX_CHARS or len(cycle.split()) > CYCLE_MAX_WORDS:
        shown = cycle[: CYCLE_MAX_CHARS - 1].rstrip() + "…"
        raise CareerClimbError(catalogue.MANAGER_CYCLE_TOO_LONG.format(cycle=shown))

    prefix = catalogue.MANAGER_CYCLE_NAME.split("{date}")[0]
    if cycle.casefold().startswith(prefix.casefold()):
        found = _ISO_DATE.match(cycle, len(prefix))
        if found and _is_real_date(found) and found.end() < len(cycle):
            raise CareerClimbError(
                catalogue.MANAGER_CYCLE_AFTER_DATE.format(
                    cycle=cycle, kept=cycle[: found.end()]
                )
            )

    for found in _ISO_DATE.finditer(cycle):
        glued = cycle[found.end() : found.end() + 1].isalnum()
        if glued or not _is_real_date(found):
            date = cycle[found.start() :].split()[0]
            raise CareerClimbError(
                catalogue.MANAGER_CYCLE_BAD_DATE.format(cycle=cycle, date=date)
            )

    if _CYCLE_YEAR.search(cycle) is None:
        raise CareerClimbError(catalogue.MANAGER_CYCLE_NO_YEAR.format(cycle=cycle))
    return cycle


def _is_real_date(found: re.Match[str]) -> bool:
    """True when a year-month-day found in a text is a day of the calendar."""
    try:
        dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return False
    return True


def _evidence_line(win: Win) -> EvidenceLine:
    """A win to bring: what changed, with the measure said once.

    The measure follows the change in brackets, as in the review summary; it
    stands alone when no change is written, and is left out when the title or
    the change already gives its numbers. A change that only says the title
    again (``says_same_change``) is left out. A long title is cut after a whole
    word (``EVIDENCE_TITLE_CHARS``): the change leads, and the title only says
    which win it is. A long change is cut the same way
    (``EVIDENCE_CHANGE_CHARS``), as a manager hears its first words only; its
    measure still follows when the words kept do not give it.
    """
    title = cut_at_word(win.title, EVIDENCE_TITLE_CHARS)
    what_changed = " ".join(win.what_changed.split())
    if says_same_change(" ".join(win.title.split()), what_changed):
        what_changed = ""
    what_changed = cut_at_word(what_changed, EVIDENCE_CHANGE_CHARS)
    measure = win.measure
    if measure is None or not measure.is_complete or states_measure(title, measure):
        measure = None

    if what_changed:
        change = with_measure(what_changed, measure)
    else:
        change = describe_measure(measure) if measure is not None else ""
    return EvidenceLine(title=title, change=change, win_id=win.id)


def render_prep_text(plan: PrepPlan) -> str:
    """Lay the prep plan out as plain text, for printing or pasting into notes.

    Args:
        plan: the plan to lay out.

    Returns:
        The plan wrapped to 78 columns, headed sections separated by blank lines,
        ending with a newline.
    """
    out: list[str] = [
        catalogue.PREP_TITLE.format(level=plan.target_title),
        *_wrapped(
            catalogue.PREP_TARGET.format(
                current=plan.current_title,
                level=plan.target_title,
                cycle=plan.cycle_dated,
            ),
            "",
        ),
    ]

    def section(heading: str, lines: Sequence[str], marker: str = "") -> None:
        out.append("")
        out.append(heading)
        for line in lines:
            out.extend(_wrapped(line, "  ", marker))

    if plan.before:
        section(catalogue.PREP_BEFORE_HEADING, plan.before, "[ ] ")
    section(catalogue.PREP_ASK_HEADING, [plan.ask])
    section(catalogue.PREP_EVIDENCE_HEADING, [])
    for index, line in enumerate(plan.evidence, start=1):
        # The number is the item's marker, so a long win hangs under its own text.
        out.extend(_wrapped(line.text, "  ", f"{index}. "))
    if plan.evidence_hint:
        out.extend(_wrapped(plan.evidence_hint, "  "))
    section(
        catalogue.PREP_INITIATIVE_HEADING,
        [plan.initiative or catalogue.PREP_INITIATIVE_NONE],
    )
    section(catalogue.PREP_QUESTIONS_HEADING, plan.questions, "- ")
    if plan.questions_hint:
        out.extend(_wrapped(plan.questions_hint, "  "))
    section(catalogue.PREP_PUSH_HEADING, [plan.push_back])
    section(catalogue.PREP_WRITE_DOWN_HEADING, plan.write_down, "[ ] ")
    return "\n".join(out) + "\n"


def _wrapped(text: str, indent: str, marker: str = "") -> list[str]:
    """Wrap one paragraph at ``indent``, continuation lines under its first word.

    Args:
        text: the paragraph, on one line or several.
        indent: what every line starts with.
        marker: a list marker ("- ", "1. ") put before the first line's text;
            the lines after it start as far in as the text does.

    Returns:
        The lines, at most ``PLAIN_WIDTH`` wide where the words allow.
    """
    # No-break spaces keep "12 → 3" on one line; textwrap only breaks at ASCII blanks.
    glued = text.replace(" → ", "\u00a0→\u00a0")
    lines = textwrap.wrap(
        marker + glued,
        width=PLAIN_WIDTH,
        initial_indent=indent,
        subsequent_indent=indent + " " * len(marker),
        break_on_hyphens=False,
    )
    return [line.replace("\u00a0", " ") for line in lines] or [indent.rstrip()]


# --- Reading the user's reply -------------------------------------------------------
#
# Every pattern below repeats only a bounded number of times, and a reply is cut to
# MAX_REPLY_CHARS before it is read, so reading stays fast whatever is pasted in.

MAX_REPLY_CHARS = 2000
"""Only this much of a reply is read; a spoken reply is far shorter."""

_STRAIGHTEN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": " - ",
        "\u00a0": " ",
    }
)

# A sentence ends at . ! ? followed by a blank, or at a line break; its clauses are
# split further at , ; ( ) ": " and dashes, so that "I'm not sure, could you give me an
# example?" keeps the "not" of the first clause away from the request in the second.
# "1:1" and "1.5" stay whole.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s")
_CLAUSE_BREAK = re.compile(r"[,;()]|:(?=\s|$)| - |\bbut\b")

_FILLER = re.compile(
    r"^(?:\s{0,3}(?:and|but|so|ok|okay|then|also|just|well|hmm|right|sure|thanks|"
    r"great|yes|yeah|oh|alright)\b){0,3}\s{0,5}"
)
_QUESTION_START = re.compile(
    r"^(?:what|which|how|why|where|when|who|can|could|would|will(?! do\b)|should|"
    r"shall|is|are|am|do|does|did|may|might|any|anything|whats|what's)\b"
)
_REQUEST = re.compile(
    r"\b(?:give me|show me|tell me|share|walk me through|point me|help me|"
    r"i'?d (?:like|love|appreciate|want)|i would (?:like|love|appreciate|want)|"
    r"would (?:help|be (?:helpful|useful|great|good))|i need|i want|please|"
    r"i'?m (?:curious|wondering|trying to understand)|i wonder|wondering|curious|"
    r"let me know|any chance|mind (?:giving|sharing|naming)|spell out|"
    # Saying what is unclear asks for it: "I'm still not clear what would count".
    r"not (?:clear|sure) (?:what|how|which|on)|unclear (?:what|how|which|on)|"
    r"(?:don'?t|do not) (?:know|understand|follow) (?:what|how|which))\b"
)

_NEGATION = re.compile(
    r"\b(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|won'?t|will not|"
    r"wouldn'?t|shouldn'?t|haven'?t|have not|hasn'?t|has not|not|never|no|"
    r"without|skip)\b"
)
# Phrases that hold a negation word but hedge or ask rather than refuse.
_HEDGE = re.compile(
    r"\b(?:(?:don'?t|do not|didn'?t|did not|won'?t|wouldn'?t) "
    r"(?:you|know|understand|follow)|not (?:sure|clear|quite|certain|only)|"
    r"no idea)\b"
)
_AFTER_NEGATION = re.compile(
    r"^.{0,20}?\b(?:(?:is|are)n'?t|(?:is|are) not|not) "
    r"(?:needed|necessary|required|a must)\b"
)

_ASKS_EXAMPLE = re.compile(
    r"\bexamples?\b|\bfor instance\b|\binstance of\b|\blike what\b|"
    r"^such as\b|\be\.g\b|"
    r"\bwhat (?:would|does|could|might|should) (?:that|this|it|success|good) "
    r"look like\b|"
    r"\bwhat (?:that|this|it|success|good) (?:would |might )?looks? like\b|"
    # "would that kind of work count?" asks about the user's own work, not for one.
    r"(?<!that )(?<!this )\b(?:kind|sort|type)s? of (?:work|projects?|things?|"
    r"problems?|initiatives?|impact|evidence)\b|"
    r"\b(?:anyone|someone) (?:who|that) (?:has|did|got|was)\b"
)
# Verbs that turn "what would I need to…" into a question about what to show.
_SHOWN = (
    r"(?:demonstrate|show|prove|deliver|achieve|accomplish|have (?:shown|done|"
    r"delivered|achieved))"
)
_ASKS_SPECIFICS = re.compile(
    r"\bspecific(?:s|ally)?\b|\bconcrete(?:ly)?\b|\bexactly\b|\bprecisely\b|"
    r"\bin particular\b|\bmeasurable\b|\bcriteri(?:a|on)\b|\bthe bar\b|"
    r"\bwhat(?:'s| is| are) (?:missing|lacking|the gaps?)\b|"
    r"\bwhat(?: \w{1,20}){0,3} (?:would|will|does|do|could) (?:count|qualify)\b|"
    r"\bwhat counts\b|"
    # "What do I need to do to get promoted?" asks for nothing in particular; what
    # would have to be shown does.
    rf"\bwhat (?:would|do|will|should) (?:i|we) (?:need|have) to {_SHOWN}\b|"
    r"\bwhat (?:would|will) it take\b|"
    r"\bwhat (?:would|do|will) you (?:need|want|expect|like) to see\b|"
    r"\bwhat (?:should|must) i (?:show|demonstrate|deliver|focus on|"
    r"work on|prioriti[sz]e)\b|\bthe gaps?\b|"
    r"\bmake (?:a|the) case\b|"
    r"\bwhich (?:expectations?|dimensions?|areas?|gaps?)\b|"
    r"\bwhat(?:'s| is) (?:stopping|holding)\b|"
    r"\bwhat (?:does|do|will|would) (?:\w{1,20} ){0,3}look for\b|"
    # Asking again in other words: "can you say more?", "what do you mean by that?"
    r"\b(?:say|tell me) more\b|\belaborate\b|\bmore detail\b|"
    r"\bwhat (?:do|did) you mean\b|"
    r"\bwhat you(?:'d| would)? (?:need|want|expect)\b"
)
_EVIDENCE_VERBS = (
    "led|drove|driven|cut|reduced|built|shipped|fixed|migrated|launched|designed|"
    "mentored|owned|proposed|automated|improved|halved|doubled|organi[sz]ed|"
    "coordinated|unblocked|introduced|rolled out|set up|solved|delivered|lowered|"
    "increased|decreased|saved|eliminated|onboarded|coached|took over|rebuilt|"
    "rewrote|removed|replaced|created|established|presented|resolved|diagnosed|"
    "authored|brought down|sped up|"
    # Verbs that also mean something else ("we ran out of time") need an object.
    "(?:wrote|ran|run) (?:the|an?|our)"
)
_OFFERS_EVIDENCE = re.compile(
    r"\b(?:i|we|i've|we've|my team and i)(?: \w{1,20}){0,2}? "
    rf"(?:{_EVIDENCE_VERBS})\b|"
    r"\b(?:i'?m|i am|i'?ve been|i have been|we'?re|we are) "
    r"(?:leading|driving|running|owning|mentoring|coordinating)\b|"
    r"\bmy (?:work|project|migration|rfc|design|proposal|initiative) (?:on|to)\b"
)
_HYPOTHETICAL = re.compile(r"\bif (?:i|we)\b|\bshould (?:i|we)\b")
# Before an example, these make it the user's own example on offer, not a request.
_OFFERING = re.compile(
    r"\b(?:give you|show you|share with you|tell you|let me|here'?s|here is|i'?ll|"
    r"i will|i can|i have|i've got|(?:can|could|may) i (?:give|share|show|offer))\b"
)
# Words that look ahead or propose: "can we", "I'll", "how about", "we review".
_LOOKS_AHEAD = (
    r"\b(?:again|let'?s|can we|could we|shall we|should we|we'?ll|we will|i'?ll|"
    r"i will|agree|how about|what about|what if we|i (?:propose|suggest)|"
    r"i'?d (?:propose|suggest)|review|revisit|reconvene|regroup|go over|"
    r"look (?:at|over)|check|send|share)\b"
)
# A time counted from now rather than a day on the calendar.
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_FROM_NOW = (
    r"\b(?:(?:in|within) (?:a|one|two|three|four|six|a few|a couple of|\d{1,2}) "
    r"(?:days?|weeks?|months?|sprints?|quarters?(?! of))|"
    rf"(?:by|on|before|until|next|this) {_WEEKDAY}|"
    r"(?:(?:by|at|before|around|towards?) )?(?:the )?end of (?:the |this |next )?"
    r"(?:week|month|sprint|quarter)|"
    r"(?:later|mid[- ]?way through) this (?:week|month|sprint|quarter)|"
    r"mid[- ]?(?:month|sprint|quarter)|"
    r"next (?:week|month|sprint|quarter)|tomorrow)\b"
)
# A day on the calendar: "2027-01-15", "15/1", "january 15th, 2027", "15 jan".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_CALENDAR_DAY = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
    rf"|\b{_MONTH}\s{_DAY}(?:,?\s\d{{4}})?\b"
    rf"|\b{_DAY}\s(?:of\s)?{_MONTH}(?:\s\d{{4}})?(?!\w)"
)
# A time named by what happens first, or by the quarter or month it falls in:
# "after the reorg", "once the migration lands", "in Q1", "early January". The
# promotion cycle is no such time: "after calibration" or "next half" puts the
# talk off past the cycle, which accepts the delay rather than fixing a next step.
_NOT_AN_EVENT = (
    r"(?!(?:\w+ ){0,2}?(?:cycles?|calibrations?|promo\w*|promotions?|half|"
    r"year(?:[- ]end)?|review (?:period|season|round|cycle)|time|moment|dust)\b)"
)
_WHEN_SOMETHING_HAPPENS = (
    r"\b(?:(?:after|once|when) (?:the|our|my|this|that|your|his|her|their) "
    rf"{_NOT_AN_EVENT}\w[\w-]*|"
    r"after (?:planning|launch|release|kick-?off|the break|the holidays)|"
    r"(?:(?:in|by|during|early|late) |mid[- ]?)(?:q[1-4]|jan(?:uary)?|"
    r"feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|"
    r"in the new year)\b"
)
# A day on the calendar given as when: "on 15 January", "by the 15th".
_ON_A_DAY = (
    r"\b(?:on|by|before|after|around) "
    rf"(?:{_CALENDAR_DAY.pattern}|the \d{{1,2}}(?:st|nd|rd|th)\b)"
)
# Taking the talk up again at such a time or on such a day: "let's revisit this
# after the reorg", "can we come back to it in Q1?", "revisit this on 15
# January". "Maybe later" or "revisit it some time" names no time, so it puts
# the talk off instead.
_REVISIT_LATER_ON = (
    r"\b(?:revisit|come back to|circle back|return to (?:this|it|that)|"
    r"pick (?:this|it|that|these|them) (?:back )?up|"
    r"(?:take|bring) (?:this|it|that) up again|"
    r"(?:talk|speak|chat) (?:about )?(?:this|it|that)? ?again)\b"
    rf"(?=[^.;!?]{{0,40}}?(?:{_WHEN_SOMETHING_HAPPENS}|{_FROM_NOW}|{_ON_A_DAY}))"
)
# Putting the talk off without a time: "maybe later", "we can revisit it later".
_PUTS_OFF = re.compile(
    r"\b(?:maybe|perhaps|probably) later\b|^later\b|\blater then\b|"
    r"\b(?:revisit|come back to|pick up|talk about) (?:this|it|that) "
    r"(?:(?:again|back up) )?"
    r"(?:later|some ?time|at some point|down the (?:line|road))\b"
)
# Proposing to meet, before a day or a time from now: "let's meet on January
# 15", "shall we talk in two weeks". The day stays outside the match, so that
# it is not read as the promotion cycle's.
_WE_PROPOSE = (
    r"\b(?:let'?s|let us|shall we|can we|could we|should we|"
    r"how about we|what if we|we (?:could|should|can)|i'?d like to|"
    r"i would like to|i (?:propose|suggest) we|i'?d (?:propose|suggest) we)"
    r"(?: agree to)?"
)
# Meeting again, or taking the talk up again: "can we revisit this on 15
# January?". "Meet the bar" or "meet the team" is no meeting with the manager.
_MEET_ON_A_DAY = (
    rf"{_WE_PROPOSE} (?:meet(?! (?:the|this|that|these|those|our|my|your|their|"
    r"its|every|each|all|a|an)\b)|talk|sync|speak|chat|catch up|reconnect|regroup|"
    r"reconvene|sit down|get together|revisit|review|go (?:over|through)|"
    r"look at|come back to|pick (?:this|it|that|these|them) (?:back )?up)\b"
    rf"(?=[^.;!?]{{0,40}}?(?:{_FROM_NOW}|{_ON_A_DAY}|{_WHEN_SOMETHING_HAPPENS}))"
)
# Proposing to fix when to meet: "let's set a date", "shall we pick a time".
_SET_A_DATE = (
    rf"{_WE_PROPOSE} (?:set|pick|find|agree on|choose|fix|schedule|book) "
    r"(?:a |some |the |another )?(?:date|day|time|slot|meeting|follow-up)\b"
)
_FOLLOW_UP = re.compile(
    r"\bfollow(?:[- ]?up|ing up)\b|\bcheck(?:[- ]?in|ing in| back)\b|\btouch base\b|"
    r"\b(?:meet|talk|sync|speak|chat|catch up) again\b|"
    rf"{_MEET_ON_A_DAY}|{_SET_A_DATE}|{_REVISIT_LATER_ON}|"
    r"\bnext (?:1:1|1-1|one[- ]on[- ]one|1on1|sync|meeting|check-in)\b|"
    # A time from now ("in two weeks", "by Friday", "end of the month") proposes
    # a next step only after a word that looks ahead or proposes: "dropped 40% in
    # a month" tells what happened.
    rf"{_LOOKS_AHEAD}[^.;!?]{{0,60}}?{_FROM_NOW}|"
    r"\b(?:i'?ll|i will|let me|i can|i'?m going to) (?:send|write|share|draft|"
    r"put|book|schedule|set up|add|email|bring|capture|note|summari[sz]e|recap)\b|"
    r"\b(?:put|book|schedule|set up|add) (?:a |some |an )?(?:time|meeting|slot|"
    r"check-in|1:1|session|reminder)\b|"
    r"\b(?:on|in) (?:the|your|our|my) calendars?\b|"
    r"\bwrite (?:this|that|these|it|them) (?:up|down)\b"
)
_CLAUSE_END = re.compile(r"[.;!?]")
_ACCEPTS = re.compile(
    r"\b(?:ok(?:ay)?|sure|thanks|thank you|cheers|cool|great|got it|fair enough|"
    r"makes sense|sounds (?:good|great|fair|right)|understood|noted|alright|"
    r"all right|perfect|fine|will do|i see|i understand|appreciate it|awesome|"
    r"yep|yes|yeah|no problem|i'?ll (?:keep|try|do my best|work on)|"
    r"keep (?:doing|going|it up))\b"
)


GENERAL_CYCLE_WORDS = (
    "cycle",
    "promo season",
    "promotion season",
    "calibration",
    "promo round",
    "promotion round",
    "review season",
    "review period",
    "this half",
    "next half",
    "year end",
    "year-end",
    "end of the year",
    "end of year",
)
"""Words that name a promotion cycle whatever the company calls it."""


@dataclass(frozen=True)
class ReplyReading:
    """What one line the user says to their manager does for the conversation."""

    asks_for_specifics: bool
    """It asks what, specifically, would need to be demonstrated."""
    asks_for_example: bool
    """It asks for an example of work that would count."""
    names_level: bool
    """It names the target level."""
    names_cycle: bool
    """It names the promotion cycle or a time frame for it."""
    offers_evidence: bool
    """It puts the user's own work or a measured change on the table."""
    agrees_follow_up: bool
    """It proposes or agrees a next step: a check-in, a write-up, a date."""
    is_vague_accepting: bool
    """It accepts what was said ("ok thanks, sounds good") and pushes for nothing."""
    is_question: bool
    """Some part of it is a question or a request, with or without "?"."""


@dataclass(frozen=True)
class _Clause:
    text: str
    is_request: bool


def read_reply(
    text: str, target_level_names: Sequence[str], cycle_words: Sequence[str]
) -> ReplyReading:
    """Read a line the user says to their manager for the six behaviours.

    Curly quotes, capitals and a missing question mark make no difference. A behaviour
    that is negated in its own clause ("I don't need an example") does not count.

    Args:
        text: what the user typed.
        target_level_names: ways of naming the target level ("Senior engineer",
            "senior", "L5"); matched as whole words, ignoring case.
        cycle_words: words that name this cycle ("March", "H1"), on top of the
            general ones ("cycle", "promo season", "calibration", …).

    Returns:
        The reading.
    """
    lines = [
        " ".join(line.split())
        for line in text[:MAX_REPLY_CHARS].translate(_STRAIGHTEN).lower().splitlines()
    ]
    clean = " ".join(lines)
    clauses = _clauses(lines)

    def requested(pattern: re.Pattern[str]) -> bool:
        return any(c.is_request and _found(pattern, c.text) for c in clauses)

    specifics = requested(_ASKS_SPECIFICS)
    example = any(_asks_for_example(c) for c in clauses)
    evidence = any(
        not _HYPOTHETICAL.search(c.text)
        and (_found(_OFFERS_EVIDENCE, c.text) or read_statement(c.text).has_metric)
        for c in clauses
    )
    follow_up = any(_found(_FOLLOW_UP, c.text) for c in clauses)
    question = any(c.is_request for c in clauses)
    pushes = specifics or example or evidence or follow_up
    puts_off = any(_PUTS_OFF.search(c.text) for c in clauses)
    accepting = (
        (bool(_ACCEPTS.search(clean)) or puts_off) and not pushes and not question
    )

    return ReplyReading(
        asks_for_specifics=specifics,
        asks_for_example=example,
        names_level=_names_any(clean, target_level_names),
        names_cycle=_names_any(
            _follow_up_days_removed(clean), (*GENERAL_CYCLE_WORDS, *cycle_words)
        ),
        offers_evidence=evidence,
        agrees_follow_up=follow_up,
        is_vague_accepting=accepting,
        is_question=question,
    )


def _follow_up_days_removed(clean: str) -> str:
    """The line without the days set for a follow-up.

    "Can we meet again on 2027-01-15 to check my progress" sets the day of the
    next talk, not the promotion cycle: a calendar day after a follow-up phrase,
    in the same sentence, is no naming of the cycle even when its year or month
    is the cycle's.
    """
    kept: list[str] = []
    start = 0
    for found, stop in _follow_up_stretches(clean):
        kept.append(clean[start : found.end()])
        kept.append(_CALENDAR_DAY.sub(" ", clean[found.end() : stop]))
        start = stop
    kept.append(clean[start:])
    return "".join(kept)


def _follow_up_stretches(clean: str) -> Iterator[tuple[re.Match[str], int]]:
    """Each follow-up phrase of a cleaned line, with where its sentence ends.

    A phrase inside the stretch of an earlier one belongs to that one.
    """
    start = 0
    for found in _FOLLOW_UP.finditer(clean):
        if found.end() < start:
            continue
        end = _CLAUSE_END.search(clean, found.end())
        stop = end.start() if end is not None else len(clean)
        yield found, stop
        start = stop


# --- The day set for the next talk --------------------------------------------------

# Spelled out rather than taken from the locale: the notes are read as English.
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# Where a clause starts, for reading a follow-up's negation in its own clause.
_CLAUSE_START = re.compile(r"[.!?;,()]|:(?=\s|$)| - |\bbut\b")


@dataclass(frozen=True)
class _DatedFollowUp:
    start: int
    stop: int
    year: int | None
    month: int
    day: int


def _dated_follow_ups(line: str) -> list[_DatedFollowUp]:
    """The follow-ups of one line that name a calendar day, with that day.

    The rehearsal's reading: a calendar day after a follow-up phrase, in the
    same sentence. A follow-up refused in its own clause sets no day.
    """
    clean = " ".join(line.translate(_STRAIGHTEN).lower().split())
    found_days: list[_DatedFollowUp] = []
    for found, stop in _follow_up_stretches(clean):
        starts = [m.end() for m in _CLAUSE_START.finditer(clean, 0, found.start())]
        clause = starts[-1] if starts else 0
        if _negated(clean[clause:], found.end() - clause):
            continue
        for named in _CALENDAR_DAY.finditer(clean, found.end(), stop):
            parts = _calendar_parts(named.group())
            if parts is not None:
                found_days.append(_DatedFollowUp(found.start(), stop, *parts))
                break
    return found_days


def _calendar_parts(text: str) -> tuple[int | None, int, int] | None:
    """The year (None when not given), month and day of a calendar day as written.

    Day and month written with a slash are read day first, as the app reads
    dates everywhere. None when the text names no day of the calendar.
    """
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if "-" in text:
        year, month, day = numbers
    elif "/" in text:
        day, month = numbers[:2]
        year = numbers[2] if len(numbers) > 2 else None
        if year is not None and year < 100:
            year += 2000
    else:
        # "Mar" or "sept." is a month; "marketing" is not.
        words = re.sub(r"\d+(?:st|nd|rd|th)?|\bof\b", " ", text).split()
        name = words[0].rstrip(".,") if len(words) == 1 else ""
        months = [m for m, full in enumerate(_MONTHS, 1) if full.startswith(name)]
        if len(name) < 3 or not months:
            return None
        month = months[0]
        day = numbers[0]
        year = numbers[1] if len(numbers) > 1 else None
    try:
        # A leap year stands in for a missing one: 29 February is then a day.
        dt.date(2000 if year is None else year, month, day)
    except ValueError:
        return None
    if year is not None and year < 1000:
        return None
    return year, month, day


def follow_up_days(text: str, said_on: dt.date) -> tuple[dt.date, ...]:
    """The days a text sets for the next talk with the manager.

    The reading the rehearsal gives a reply: a calendar day after a follow-up
    phrase, in the same sentence ("let's revisit on 2027-01-15", "check in
    again Jan 15", "meet again 15/01").

    Args:
        text: what was said or noted, one or more lines.
        said_on: the day it was said; a day named without its year is the
            first such day on or after it.

    Returns:
        The days, in the order they are named.
    """
    days: list[dt.date] = []
    for line in text.splitlines():
        for follow_up in _dated_follow_ups(line):
            days.append(_next_such_day(follow_up, said_on))
    return tuple(days)


def _next_such_day(follow_up: _DatedFollowUp, said_on: dt.date) -> dt.date:
    if follow_up.year is not None:
        return dt.date(follow_up.year, follow_up.month, follow_up.day)
    for year in range(said_on.year, said_on.year + 9):
        try:
            day = dt.date(year, follow_up.month, follow_up.day)
        except ValueError:
            continue  # 29 February, in a year without one
        if day >= said_on:
            return day
    raise AssertionError("a leap year comes within eight years")


def without_dated_follow_ups(line: str) -> str | None:
    """A line with each follow-up set for a day taken out, to read the rest.

    Args:
        line: one line of notes.

    Returns:
        The rest of the line, lower-cased and tidied, from which each dated
        follow-up is cut to the end of its sentence; None when the line sets
        no day for a follow-up.
    """
    found = _dated_follow_ups(line)
    if not found:
        return None
    clean = " ".join(line.translate(_STRAIGHTEN).lower().split())
    kept: list[str] = []
    start = 0
    for follow_up in found:
        kept.append(clean[start : follow_up.start])
        start = follow_up.stop
    kept.append(clean[start:])
    return " ".join("".join(kept).split())


def _clauses(lines: Sequence[str]) -> list[_Clause]:
    """Split cleaned lines into clauses, each marked as a request or not."""
    clauses: list[_Clause] = []
    for line in lines:
        for sentence in _SENTENCE_BREAK.split(line):
            asked = sentence.rstrip().endswith("?")
            for part in _CLAUSE_BREAK.split(sentence.rstrip(" .!?")):
                body = _FILLER.sub("", part.strip())
                if not body:
                    continue
                request = (
                    asked
                    or bool(_QUESTION_START.match(body))
                    or bool(_REQUEST.search(body))
                )
                clauses.append(_Clause(body, request))
    return clauses


def _asks_for_example(clause: _Clause) -> bool:
    """True when the clause requests an example rather than offering one."""
    if not clause.is_request:
        return False
    for match in _ASKS_EXAMPLE.finditer(clause.text):
        before = clause.text[: match.start()]
        if _OFFERING.search(before):
            continue
        if not _negated(clause.text, match.end()):
            return True
    return False


def _found(pattern: re.Pattern[str], clause: str) -> bool:
    """True when the pattern occurs in the clause and is not negated there."""
    for match in pattern.finditer(clause):
        if not _negated(clause, match.end()):
            return True
    return False


def _negated(clause: str, end: int) -> bool:
    """True when a negation before or inside the match, or just after it, refuses it.

    Hedges such as "not sure" or "don't you think" hold a negation word but refuse
    nothing, so they are skipped.
    """
    hedges = [(h.start(), h.end()) for h in _HEDGE.finditer(clause)]
    for negation in _NEGATION.finditer(clause[:end]):
        if not any(a <= negation.start() < b for a, b in hedges):
            return True
    return bool(_AFTER_NEGATION.match(clause[end:]))


def _names_any(clean: str, names: Sequence[str]) -> bool:
    for name in names:
        words = name.translate(_STRAIGHTEN).lower().split()
        if not words:
            continue
        pattern = r"(?<!\w)" + r"[\s-]{1,3}".join(map(re.escape, words)) + r"(?!\w)"
        if re.search(pattern, clean):
            return True
    return False


def ask_coaching(ask: str, level_names: Sequence[str], level_title: str) -> str:
    """What the coach says of the user's own wording of the ask, if anything.

    An ask that names the level and asks what would have to be shown gets an
    answer the user can act on; one missing either is likely to get "keep doing
    what you're doing". The ask is read as the rehearsal reads a line.

    Args:
        ask: the ask as the user wrote it.
        level_names: ways of naming the target level (see ``level_names_for``).
        level_title: the target level's title, for the example wording.

    Returns:
        The coach line, or "" when the ask names both.
    """
    reading = read_reply(ask, level_names, ())
    if reading.names_level and reading.asks_for_specifics:
        return ""
    if reading.asks_for_specifics:
        line = catalogue.PREP_ASK_NAMES_NO_LEVEL
    elif reading.names_level:
        line = catalogue.PREP_ASK_NAMES_NOTHING_TO_SHOW
    else:
        line = catalogue.PREP_ASK_NAMES_NEITHER
    return line.format(level=level_title)


def level_names_for(ladder: Ladder, level_id: str) -> tuple[str, ...]:
    """The ways a user might name a level: its title, its id and its company aliases.

    Args:
        ladder: the ladder the level is on.
        level_id: the level's id.

    Returns:
        The names, each once; none when the level is not on the ladder.
    """
    level = ladder.level(level_id)
    if level is None:
        return ()
    names = [level.title, level.id.replace("_", " ")]
    names.extend(alias for _, alias in level.aliases)
    return clean_list(names)


def cycle_words_for(cycle_closes: dt.date | None) -> tuple[str, ...]:
    """Words that name the cycle closing on a date: its month and its year.

    Args:
        cycle_closes: when the cycle closes, if known.

    Returns:
        The words; none when no date is set.
    """
    if cycle_closes is None:
        return ()
    return (cycle_closes.strftime("%B"), str(cycle_closes.year))


# --- The scorecard ------------------------------------------------------------------

SPECIFICS = "asked_for_specifics"
EXAMPLE = "asked_for_example"
LEVEL = "named_level"
CYCLE = "named_cycle"
EVIDENCE = "offered_evidence"
FOLLOW_UP = "agreed_follow_up"
BEHAVIOURS = (SPECIFICS, EXAMPLE, LEVEL, CYCLE, EVIDENCE, FOLLOW_UP)
"""The six behaviours, in the order they matter: the first missing one is coached."""
CRITERIA_HEARD = "criteria_heard"
"""Not a behaviour but what they are for: the manager said what would count. A
rehearsal's scorecard ends with it, so that it is never full without it."""

_LABELS = {
    SPECIFICS: catalogue.SCORE_SPECIFICS_LABEL,
    EXAMPLE: catalogue.SCORE_EXAMPLE_LABEL,
    LEVEL: catalogue.SCORE_LEVEL_LABEL,
    CYCLE: catalogue.SCORE_CYCLE_LABEL,
    EVIDENCE: catalogue.SCORE_EVIDENCE_LABEL,
    FOLLOW_UP: catalogue.SCORE_FOLLOW_UP_LABEL,
    CRITERIA_HEARD: catalogue.SCORE_CRITERIA_HEARD_LABEL,
}
_WENT_WELL = {
    SPECIFICS: catalogue.SCORE_WELL_SPECIFICS,
    EXAMPLE: catalogue.SCORE_WELL_EXAMPLE,
    LEVEL: catalogue.SCORE_WELL_LEVEL,
    CYCLE: catalogue.SCORE_WELL_CYCLE,
    EVIDENCE: catalogue.SCORE_WELL_EVIDENCE,
    FOLLOW_UP: catalogue.SCORE_WELL_FOLLOW_UP,
}
_TRY_NEXT = {
    SPECIFICS: catalogue.SCORE_TRY_SPECIFICS,
    EXAMPLE: catalogue.SCORE_TRY_EXAMPLE,
    LEVEL: catalogue.SCORE_TRY_LEVEL,
    CYCLE: catalogue.SCORE_TRY_CYCLE,
    EVIDENCE: catalogue.SCORE_TRY_EVIDENCE,
    FOLLOW_UP: catalogue.SCORE_TRY_FOLLOW_UP,
}


def behaviour_label(behaviour: str) -> str:
    """The words a screen shows for one of the six behaviours, or the outcome."""
    return _LABELS[behaviour]


def behaviours_in(reading: ReplyReading) -> tuple[str, ...]:
    """The behaviours one line showed, in the order of ``BEHAVIOURS``.

    The notes under a line and the scorecard both come from here, so a behaviour
    noted during the conversation is always credited at the end.

    Args:
        reading: the reading of one of the user's lines.

    Returns:
        The names of the behaviours it showed; accepting a vague answer is none.
    """
    found = {
        SPECIFICS: reading.asks_for_specifics,
        EXAMPLE: reading.asks_for_example,
        LEVEL: reading.names_level,
        CYCLE: reading.names_cycle,
        EVIDENCE: reading.offers_evidence,
        FOLLOW_UP: reading.agrees_follow_up,
    }
    return tuple(behaviour for behaviour in BEHAVIOURS if found[behaviour])


@dataclass(frozen=True)
class Scorecard:
    """How a conversation went, behaviour by behaviour."""

    shown: tuple[tuple[str, bool], ...]
    """Each of the six behaviours, in priority order, and whether it was shown;
    a rehearsal's card then says whether the manager named what would count
    (``CRITERIA_HEARD``)."""
    went_well: tuple[str, ...]
    """Sentences about what went well; never empty."""
    try_next: str
    """The one thing to try next time: the first behaviour missing."""
    try_next_behaviour: str | None
    """That behaviour's name, or None when all six were shown."""

    def showed(self, behaviour: str) -> bool:
        """True when the behaviour was shown."""
        return dict(self.shown)[behaviour]

    @property
    def count(self) -> int:
        """How many of the six behaviours were shown."""
        return sum(1 for _, shown in self.shown if shown)


def score_replies(
    readings: Sequence[ReplyReading],
    manager_turned_concrete: bool = False,
    follow_up_agreed: bool | None = None,
) -> Scorecard:
    """Score a conversation from the readings of everything the user said.

    Args:
        readings: the reading of each of the user's lines, in order.
        manager_turned_concrete: True when a vague answer became a concrete one
            during the conversation, which the user's pushing earned.
        follow_up_agreed: whether the manager agreed a follow-up, when that is
            known; None credits a follow-up the user proposed.

    Returns:
        The scorecard, crediting every behaviour found in any line. A follow-up
        the user proposed but the manager did not agree is not ticked; what
        went well says it was proposed.
    """
    found = {behaviour for r in readings for behaviour in behaviours_in(r)}
    proposed = FOLLOW_UP in found
    if follow_up_agreed is not None and not follow_up_agreed:
        found.discard(FOLLOW_UP)
    shown = {behaviour: behaviour in found for behaviour in BEHAVIOURS}

    went_well = [_WENT_WELL[b] for b in BEHAVIOURS if shown[b]]
    if proposed and not shown[FOLLOW_UP]:
        went_well.append(catalogue.SCORE_WELL_FOLLOW_UP_PROPOSED)
    if manager_turned_concrete:
        went_well.append(catalogue.SCORE_WELL_TURNED)
    if not went_well:
        went_well.append(catalogue.SCORE_WELL_NOTHING)

    missing = next((b for b in BEHAVIOURS if not shown[b]), None)
    return Scorecard(
        shown=tuple((b, shown[b]) for b in BEHAVIOURS),
        went_well=tuple(went_well),
        try_next=_TRY_NEXT[missing] if missing else catalogue.SCORE_TRY_ALL_DONE,
        try_next_behaviour=missing,
    )
