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

import datetime as dt
import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.evidence import (
    merge_recognition,
    same_recognition,
    states_measure,
    win_recognition,
)
from careerclimb_tui.domain.framing import read_statement
from careerclimb_tui.domain.gaps import latest_verdicts
from careerclimb_tui.domain.peers import suggest_kinds
from careerclimb_tui.domain.records import (
    Measure,
    Win,
    describe_measure,
    fold_for_search,
    format_number,
)
from careerclimb_tui.domain.review import (
    PeerAnswer,
    Review,
    ReviewEntry,
    VerdictKind,
    latest_entries,
    strength_key,
    win_is_measured,
)

WORDS_PER_MINUTE = 140
"""The speaking rate used for timing: the middle of the 130–150 a calm speaker uses."""

SLOT_SECONDS = 5 * 60
"""The calibration slot a manager usually gets for one person."""

SHORT_SECONDS = 60
"""The length of the short version, for a hallway or the start of a 1:1."""

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
    id: int | None = None


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
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Fields written by another version of the app, kept as they were."""


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


def ranked_wins(
    wins: Iterable[Win],
    entries: Mapping[int, ReviewEntry],
    verdicts: Mapping[int, VerdictKind],
    today: dt.date,
) -> list[Win]:
    """The user's wins, strongest evidence first.

    The order is the quarterly review's (``review.strength_key``), with one step
    added after the verdict: a win the review called current-level comes after one
    never reviewed, since a committee has already been told it is not a signal.
    Wins older than a year are left out while newer ones exist.

    Args:
        wins: every win.
        entries: win id → latest review entry.
        verdicts: win id → latest verdict (``gaps.latest_verdicts``).
        today: the user's local date.

    Returns:
        The wins to draw on, strongest first.
    """
    saved = [win for win in wins if win.id is not None]
    recent = [win for win in saved if (today - win.date).days <= WINDOW_DAYS]
    pool = recent or saved

    def key(win: Win) -> tuple[object, ...]:
        strength = strength_key(entry_for(win, entries), win)
        not_current = verdicts.get(win.id or 0) is not VerdictKind.CURRENT_LEVEL
        return (strength[0], int(not_current), *strength[1:])

    return sorted(pool, key=key, reverse=True)


def _pick_initiative(
    initiatives: Iterable[InitiativeFacts],
) -> InitiativeFacts | None:
    """The initiative to build the story on: one with a result, measured if any."""
    usable = [
        i
        for i in initiatives
        if i.title.strip() and (i.has_result or _complete(i.measure))
    ]
    if not usable:
        return None
    return max(
        usable,
        key=lambda i: (_complete(i.measure), i.has_result, bool(i.other_teams), i.id),
    )


def _complete(measure: Measure | None) -> bool:
    return measure is not None and measure.is_complete


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


def _amount(value: float, unit: str) -> str:
    number = format_number(value)
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}".strip()


def measure_phrase(measure: Measure) -> str:
    """A measured change as it is said aloud: "CI duration went from 24 … to 9 …".

    Args:
        measure: a measure from a win or an initiative.

    Returns:
        A phrase made only of the measure's own label and numbers; empty when the
        measure says nothing.
    """
    label = measure.label.strip()
    if measure.before is not None and measure.after is not None:
        return catalogue.PITCH_MEASURE_FROM_TO.format(
            label=label or catalogue.PITCH_MEASURE_IT,
            before=_amount(measure.before, measure.unit),
            after=_amount(measure.after, measure.unit),
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


def _who_noticed(win: Win, entry: ReviewEntry) -> tuple[str, ...]:
    """Who outside the team noticed: the win's field and its review answer, merged."""
    return win_recognition(win, entry.answers.noticed)


def _noticed_sentence(names: Sequence[str]) -> str:
    """The sentence naming who outside the team noticed; empty for nobody."""
    if not names:
        return ""
    return catalogue.PITCH_NOTICED.format(who=_sentence(_join_names(names)))


def _win_story(win: Win, entry: ReviewEntry) -> tuple[list[PitchLine], list[Part]]:
    """The main story told from a single win: problem, what was driven, result."""
    lines: list[PitchLine] = []
    missing: list[Part] = []
    measure = win.measure
    if measure is not None and measure.before is not None and measure.label.strip():
        before = catalogue.PITCH_BEFORE.format(
            label=measure.label.strip(), value=_amount(measure.before, measure.unit)
        )
        lines.append(
            PitchLine(
                Part.PROBLEM, catalogue.PITCH_LEAD_PROBLEM.format(text=before), win.id
            )
        )
    else:
        missing.append(Part.PROBLEM)
    missing.append(Part.INSIGHT)

    story = [catalogue.PITCH_LEAD_DROVE.format(text=_sentence(win.title))]
    if win.beneficiaries.strip():
        story.append(catalogue.PITCH_BENEFITED.format(who=_sentence(win.beneficiaries)))
    noticed = _noticed_sentence(_who_noticed(win, entry))
    if noticed:
        story.append(noticed)
    result = _result_sentences(measure, win.what_changed, win.title)
    if result:
        story.append(catalogue.PITCH_LEAD_RESULT.format(text=result))
    elif not states_measure(win.title, measure):
        missing.append(Part.RESULT)
    lines.append(PitchLine(Part.DROVE, " ".join(story), win.id))
    return lines, missing


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
    if (
        measure is not None
        and not states_measure(told, measure)
        and not states_measure(changed, measure)
    ):
        if measure.is_complete:
            parts.append(_sentence(measure_phrase(measure)))
        elif measure.label.strip():
            # An amount kept as typed ("saved 10 hours a week") is a measure too.
            parts.append(_sentence(measure.label))
    if changed:
        parts.append(_sentence(changed))
    return " ".join(parts)


def _initiative_story(
    initiative: InitiativeFacts,
    lead: Win | None,
    noticed: Sequence[str] = (),
) -> tuple[list[PitchLine], list[Part]]:
    """The main story told from an initiative, with its strongest win's change.

    ``noticed`` is who outside the team noticed the initiative's wins; people
    the initiative already names (helped, agreed, other teams) are not named
    twice.
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
            catalogue.PITCH_LEAD_PROBLEM.format(text=problem),
            initiative_id=initiative.id,
        )
    )
    if initiative.evidence.strip():
        lines.append(
            PitchLine(
                Part.INSIGHT,
                catalogue.PITCH_LEAD_INSIGHT.format(
                    text=_sentence(initiative.evidence)
                ),
                initiative_id=initiative.id,
            )
        )
    else:
        missing.append(Part.INSIGHT)

    story: list[str] = []
    drove = initiative.fix.strip() or (lead.title if lead is not None else "")
    if drove:
        story.append(catalogue.PITCH_LEAD_DROVE.format(text=_sentence(drove)))
    else:
        missing.append(Part.DROVE)
    helped = initiative.helped
    agreed = _not_named(initiative.agreed, helped)
    if helped:
        story.append(catalogue.PITCH_WITH.format(names=_join_names(helped)))
    if agreed:
        story.append(catalogue.PITCH_AGREED.format(names=_join_names(agreed)))
    if initiative.other_teams:
        story.append(
            catalogue.PITCH_ACROSS.format(teams=_join_names(initiative.other_teams))
        )
    named = (*helped, *agreed, *initiative.other_teams)
    noticed_sentence = _noticed_sentence(_not_named(noticed, named))
    if noticed_sentence:
        story.append(noticed_sentence)
    measure = initiative.measure if _complete(initiative.measure) else None
    if measure is None and lead is not None:
        measure = lead.measure
    result = _result_sentences(measure, lead.what_changed if lead else "", drove)
    if result:
        story.append(catalogue.PITCH_LEAD_RESULT.format(text=result))
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


def _not_named(names: Sequence[str], named: Sequence[str]) -> tuple[str, ...]:
    """The names that tell of nobody in ``named``."""
    return tuple(
        name
        for name in names
        if not any(same_recognition(name, other) for other in named)
    )


def _support_line(win: Win, entry: ReviewEntry) -> PitchLine:
    """A supporting win: its title, its measure, what changed and who noticed."""
    text = _sentence(win.title)
    measure = win.measure
    if (
        measure is not None
        and measure.is_complete
        and not states_measure(win.title, measure)
    ):
        text = catalogue.PITCH_SUPPORT_MEASURED.format(
            title=text.rstrip("."), measure=measure_phrase(measure)
        )
    if win.what_changed.strip():
        text = f"{text} {_sentence(win.what_changed)}"
    noticed = _noticed_sentence(_who_noticed(win, entry))
    if noticed:
        text = f"{text} {noticed}"
    return PitchLine(
        Part.SUPPORT, catalogue.PITCH_LEAD_SUPPORT.format(text=text), win.id
    )


def build_pitch(
    wins: Iterable[Win],
    reviews: Iterable[Review],
    initiatives: Iterable[InitiativeFacts],
    today: dt.date,
    supporting: int = SUPPORTING_WINS,
) -> PitchDraft:
    """Draft the calibration story from the user's strongest evidence.

    With an initiative that has a result, the story is the initiative's: the
    problem, what the user found, the fix they drove with whom and across which
    teams, and the measured result, with the change told by its strongest win.
    Without one, it is the strongest win's story. Either way one or two other
    strong wins follow in support. Nothing is invented: every word comes from a
    record or from a short lead-in such as "The result:", and a part the records
    say nothing about is listed in ``missing`` instead of being filled in.

    Args:
        wins: every win.
        reviews: every saved review run, for verdicts and answers.
        initiatives: the user's initiatives, as far as they could be read.
        today: the user's local date.
        supporting: how many supporting wins to add.

    Returns:
        The draft, paragraph by paragraph, and the parts still missing.
    """
    entries = latest_entries(reviews)
    ranked = ranked_wins(wins, entries, latest_verdicts(reviews), today)
    initiative = _pick_initiative(initiatives)

    if initiative is not None:
        linked = [win for win in ranked if win.id in initiative.win_ids]
        lead = linked[0] if linked else None
        noticed = merge_recognition(
            *(_who_noticed(win, entry_for(win, entries)) for win in linked)
        )
        lines, missing = _initiative_story(initiative, lead, noticed)
        used = {win.id for win in linked}
    elif ranked:
        lead = ranked[0]
        lines, missing = _win_story(lead, entry_for(lead, entries))
        used = {lead.id}
    else:
        return PitchDraft((), tuple(p for p in Part if p is not Part.SUPPORT))

    others = [win for win in ranked if win.id not in used][:supporting]
    lines.extend(_support_line(win, entry_for(win, entries)) for win in others)
    return PitchDraft(_paragraphs(lines), tuple(missing))


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

    What was driven and its result come first; the problem is kept when it still
    fits; supporting wins are left out.

    Args:
        draft: the full draft.
        words_per_minute: the speaking rate.

    Returns:
        A draft of the main story's paragraphs that fit, in story order (at least
        one, even if it alone runs over a minute).
    """
    budget = SHORT_SECONDS * words_per_minute // 60
    main = [line for line in draft.lines if line.part is not Part.SUPPORT]
    priority = sorted(main, key=lambda line: line.part is not Part.DROVE)
    kept: list[PitchLine] = []
    words = 0
    for line in priority:
        count = count_words(line.text)
        if kept and words + count > budget:
            continue
        kept.append(line)
        words += count
    ordered = tuple(line for line in main if line in kept)
    return PitchDraft(ordered, draft.missing)


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
        The word count and the seconds, rounded to the nearest second.
    """
    words = count_words(text)
    return SpeakingTime(words, round(words * 60 / words_per_minute), words_per_minute)


def duration_text(seconds: int) -> str:
    """Seconds as "45 s", "2 min" or "2 min 10 s", to the nearest five seconds."""
    rounded = int(5 * round(seconds / 5))
    if seconds > 0 and rounded == 0:
        rounded = 5
    minutes, rest = divmod(rounded, 60)
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


def _tells_of_outside(text: str) -> bool:
    """True when the text says in so many words that people beyond the team saw it."""
    if "cross_team" in suggest_kinds(text):
        return True
    return _OUTSIDE_WORDS.search(text) is not None


_PROBLEM_LEADS = tuple(
    _folded(lead.format(text="")).rstrip()
    for lead in (catalogue.PITCH_LEAD_PROBLEM, catalogue.PITCH_LEAD_INSIGHT)
)
_OTHER_LEADS = tuple(
    _folded(lead.format(text="")).rstrip()
    for lead in (
        catalogue.PITCH_LEAD_DROVE,
        catalogue.PITCH_LEAD_RESULT,
        catalogue.PITCH_LEAD_SUPPORT,
    )
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


def check_pitch(
    text: str,
    wins: Iterable[Win],
    reviews: Iterable[Review],
    initiatives: Iterable[InitiativeFacts] = (),
    words_per_minute: int = WORDS_PER_MINUTE,
) -> tuple[PitchFlag, ...]:
    """Read a pitch as a promotion committee would, and say what they would question.

    It flags, in the order found: activity phrasing (by the coach's reading of each
    sentence); a paragraph that claims a change but measures nothing; a win the
    user's own review says a strong peer at their current level could have done;
    a story with nobody outside the team in it, neither on record for the wins and
    initiatives it tells of nor named in its words; and a story past five minutes.

    Args:
        text: the pitch as the user has it now, edited or not.
        wins: every win, to recognise the ones the text tells of.
        reviews: every saved review, for the answers given about those wins.
        initiatives: the user's initiatives, for the teams and people outside
            the user's own they record.
        words_per_minute: the speaking rate for the length check.

    Returns:
        The flags; empty when a committee would find nothing to question.
    """
    if not text.strip():
        return ()
    every_win = list(wins)
    every_initiative = list(initiatives)
    entries = latest_entries(reviews)
    flags: list[PitchFlag] = []

    for paragraph in re.split(r"\n\s*\n", text):
        sentences = _sentences(paragraph)
        readings = [(sentence, read_statement(sentence)) for sentence in sentences]
        stated = _stating_the_problem(sentences)
        for sentence, reading in readings:
            # A sentence that measures the change it claims has made its case,
            # whatever verb it starts with.
            measured_impact = reading.is_impact and reading.has_metric
            if (
                reading.activity_phrases or reading.output_only
            ) and not measured_impact:
                phrase = ", ".join(reading.activity_phrases) or _excerpt(sentence)
                flags.append(
                    PitchFlag(
                        FlagKind.ACTIVITY,
                        _excerpt(sentence),
                        catalogue.PITCH_FLAG_ACTIVITY.format(phrase=phrase),
                    )
                )
        measured = any(reading.has_metric for _, reading in readings)
        claims = [
            sentence
            for (sentence, reading), problem in zip(readings, stated, strict=True)
            if reading.is_impact and not problem
        ]
        if claims and not measured:
            flags.append(
                PitchFlag(
                    FlagKind.UNMEASURED,
                    _excerpt(claims[0]),
                    catalogue.PITCH_FLAG_UNMEASURED,
                )
            )

    mentioned = mentioned_wins(text, every_win)
    for win in mentioned:
        entry = entries.get(win.id or 0)
        # The user's own call of next-level answers the question for them.
        if (
            entry is not None
            and entry.answers.peer_could is PeerAnswer.YES
            and entry.kind is not VerdictKind.NEXT_LEVEL
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
    if not recorded and not _tells_of_outside(text):
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
    return tuple(flags)


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
