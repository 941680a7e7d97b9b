"""The impact-framing analyser: does a statement say what changed, or what was done?

It reads a win as the user typed it and says whether it is framed as impact or as
activity, which measured changes it states, and which questions would move it towards
impact. It never invents a number or a fact: its hints are questions and templates
with placeholders such as ``<before>``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from careerclimb_tui import catalogue
from careerclimb_tui.domain.measure_direction import direction_clash
from careerclimb_tui.domain.patterns import LazyPattern, lazy_compile
from careerclimb_tui.domain.records import (
    FRAMING_ACTIVITY,
    FRAMING_IMPACT,
    Measure,
    describe_measure,
    format_number,
    is_saving,
    round_half_away,
)

MAX_HINTS = 3
"""The most hints a reading carries; the first is the most useful."""

SHORTEST_TITLE = 3
"""Characters a title needs before it can say what was done: a letter or two
("x", "ok") names no work, whatever the rest of the win states."""

FRAMING_PLAN = "plan"
"""How a win is labelled when its text only plans a change ("Will migrate the
billing service"): it is not a win yet, so it is neither impact nor activity."""


@dataclass(frozen=True)
class Reading:
    """What the coach makes of a statement or a whole win."""

    framing: str
    """``FRAMING_IMPACT`` when a change is stated, else ``FRAMING_ACTIVITY``."""
    has_metric: bool
    """True when the text measures a change (not merely counts work done); a
    figure that says neither what it measures nor where it started ("−50%")
    measures nothing, so it does not count."""
    measures: tuple[Measure, ...]
    """The measured changes found, in the order they appear."""
    activity_phrases: tuple[str, ...]
    """Activity phrasings, each once, exactly as they appear in the text."""
    output_only: bool
    """True when only an artifact is described ("built a dashboard"), no outcome."""
    hints: tuple[str, ...]
    """Coaching questions and templates, most useful first, at most three."""
    planned: bool = False
    """True when the text only plans, hopes for or denies a change ("Will migrate
    the billing service"); such a reading is activity and counts no measure."""
    measure_names: tuple[str, ...] = ()
    """What the text names each of ``measures``, in the user's words ("lead
    time"); empty where it names nothing. Named apart from the measures, which
    keep only what was typed as their label."""
    vague_change: str = ""
    """The bare word a change is said with ("faster", "dropped") when that alone
    leaves a whole win read as activity; empty otherwise."""
    vague_ask: str = ""
    """The question asked of ``vague_change``: by how much, and for whom when
    the win names nobody who gained; empty when there is no vague change."""
    partial_measure: bool = False
    """True when the win is impact only through changes measured with no before
    ("-40%", "-3 minutes"): no words state a change, so the measure carries the
    impact, and the measure itself is partial."""
    unnamed_figure: str = ""
    """The figure ("−50%") of a win that stays activity because its only
    measures say neither what they measure nor where they started; the coach
    asks what it is a change in. Empty otherwise."""
    direction_clash: str = ""
    """The coach's note when the words say the change went one way and the
    before → after the other ("dropped" beside 3 → 6 days); empty otherwise."""
    unitless_pair: str = ""
    """The coach's note when the before → after a win is counted by says
    neither what its numbers count nor what was measured ("30 → 3"); empty
    otherwise. The win keeps its framing: only the note is added."""

    @property
    def is_impact(self) -> bool:
        """True when the statement is framed as impact."""
        return self.framing == FRAMING_IMPACT

    @property
    def label(self) -> str:
        """The framing a win is saved and shown with: ``FRAMING_PLAN`` for a plan."""
        return FRAMING_PLAN if self.planned else self.framing

    @property
    def keeps_measure(self) -> bool:
        """True when a measure of the change is kept with the win.

        Only then may the change be called measured: several relative changes
        cannot be told apart once kept, and an amount that says not of what
        ("cut errors by 3") is a figure with no unit to keep it in.
        """
        return stated_measure(self.measures, self.measure_names) is not None


def read_statement(text: str) -> Reading:
    """Read one statement and say how it is framed and how to improve it.

    Args:
        text: a statement as the user typed it; any string is accepted.

    Returns:
        The reading: framing, the measured changes found, the activity phrasings,
        whether only an output is described, and up to three hints.
    """
    facts = _facts_of(text)
    return _reading(facts, beneficiary_named=facts.beneficiary, typed_measure=None)


GUIDED_FORM_HINTS = frozenset(
    {
        catalogue.FRAMING_ASK_WHO_BENEFITED,
        catalogue.FRAMING_ASK_WHO_NOTICED,
        catalogue.FRAMING_NAME_ADOPTERS_AS_NOTICED,
    }
)
"""Hints that ask for a field only the guided form has."""


def read_win(
    title: str,
    what_changed: str = "",
    measure: Measure | None = None,
    beneficiaries: str = "",
    noticed_by: str = "",
    *,
    quick: bool = False,
) -> Reading:
    """Read a whole win as typed in the log-a-win form.

    The win is framed as impact when, taken together, it states a change: in what
    changed, in the title, or through a complete before → after measure. A typed
    measure whose figures record no change ("10 → 10 minutes") keeps it
    activity, whatever the words claim: nothing has changed yet.

    Args:
        title: what the user did, in their words.
        what_changed: what is different because of it.
        measure: the before → after the user typed, if any.
        beneficiaries: who benefited, as typed; blank when not given.
        noticed_by: who outside the team noticed; once given, the coach stops
            asking for it.
        quick: the one-line form is in use; it has no fields for who benefited or
            who noticed, so the coach does not ask for them.

    Returns:
        The reading of the win taken together. A complete typed measure comes first
        in ``measures``; a half-typed one is not a change and earns a hint instead.
        When the change makes the win impact but the title alone reads as
        activity, the first hint asks to lead the title with what changed. A
        change said only as a bare comparative ("Builds got faster"), with no
        measure, under a title that states no change of its own, leaves the
        win activity, even when it names who gained: impact is a change with
        its amount, and a vague one is not impact yet. The hints then ask
        about the title's work, and by how much (and for whom, when nobody is
        named) things changed. A change said only by the way it moved ("flaky
        failures dropped") is as vague as a bare comparative; either is named
        in ``vague_change``, and the question asked of it in ``vague_ask``.
    """
    facts = _facts_of(f"{title}\n{what_changed}")
    named = bool(beneficiaries.strip()) or facts.beneficiary
    vague = ""
    if measure is None or not measure.is_complete:
        vague = _vague_change(title, what_changed)
    if vague:
        # A bare "builds got faster" says neither how much nor for whom: it does
        # not outweigh a title that reports only the work.
        facts = replace(facts, outcome=False)
    reading = _reading(
        facts,
        beneficiary_named=named,
        typed_measure=measure,
        noticed_named=bool(noticed_by.strip()),
    )

    hints = reading.hints
    if vague and not reading.is_impact and not reading.planned:
        ask = how_much_ask(vague) if named else vague_change_ask(vague)
        lead = _change_hint(facts, reading.output_only)
        # What changed is filled in, so asking what is different only sends the
        # user back to it: the amount is what is missing. A hint about the
        # title's own effort or output still says something new, and stays.
        hints = (ask,) if lead == catalogue.FRAMING_ASK_FOR_CHANGE else (lead, ask)
        reading = replace(reading, vague_change=vague, vague_ask=ask)
    if reading.is_impact and _rests_on_partial_measure(facts, reading):
        reading = replace(reading, partial_measure=True)
        hints = _partial_measure_hints(title, reading.measures[0], hints)
    elif reading.is_impact:
        kept = stated_measure(reading.measures, reading.measure_names)
        title_hint = _title_hint(title, measured=reading.has_metric, measure=kept)
        if title_hint:
            hints = (title_hint, *hints)[:MAX_HINTS]
    unmeasured = not reading.has_metric and (measure is None or not measure.is_complete)
    how_much = bare_comparative(what_changed or title, for_anyone=True)
    if reading.is_impact and unmeasured and how_much:
        # A change said as "faster for everyone" is impact, but still not a
        # measure: the coach asks by how much rather than for any number.
        ask = how_much_ask(how_much)
        hints = tuple(
            ask if hint == catalogue.FRAMING_ASK_BEFORE_AFTER else hint
            for hint in hints
        )
        if ask not in hints:
            hints = (*hints, ask)[:MAX_HINTS]
    if reading.is_impact and facts.taken_up and not noticed_by.strip():
        # Other teams taking the work up is what the noticed field is for.
        named = catalogue.FRAMING_NAME_ADOPTERS_AS_NOTICED
        hints = (*hints, named)[:MAX_HINTS]
    if measure is not None and records_no_change(measure) and not reading.planned:
        hints = _unchanged_hints(facts, reading, measure)
    stale = stale_title_figure(title, measure)
    if stale and not reading.planned:
        # The measure is what the win is counted by: a title saying another
        # change reads as a mistake to anyone who compares the two.
        told = catalogue.FRAMING_TITLE_FIGURE_STALE.format(figure=stale)
        hints = (told, *hints)[:MAX_HINTS]
    counted = measure if measure is not None and measure.is_complete else None
    counted = counted or stated_measure(reading.measures, reading.measure_names)
    unitless = unitless_pair_note(counted)
    if unitless and not reading.planned:
        # Asked, not refused: the title may say what changed, but "30 → 3"
        # cannot be retold until it says 3 of what.
        hints = (unitless, *hints)[:MAX_HINTS]
        reading = replace(reading, unitless_pair=unitless)
    clash = direction_clash(what_changed or title, counted)
    if clash and not reading.planned:
        # Either side may be the typo, so the coach asks rather than refuses.
        hints = (clash, *hints)[:MAX_HINTS]
        reading = replace(reading, direction_clash=clash)
    if title_says_nothing(title):
        # A win is retold by its title: one that names no work cannot be told
        # as impact, however well its figures read, until it has a real title.
        reading = replace(reading, framing=FRAMING_ACTIVITY, partial_measure=False)
        hints = (catalogue.FRAMING_ASK_REAL_TITLE, *hints)[:MAX_HINTS]
    if quick:
        hints = tuple(hint for hint in hints if hint not in GUIDED_FORM_HINTS)
    return replace(reading, hints=hints)


def unitless_pair_note(measure: Measure | None) -> str:
    """The question for a before → after that says neither unit nor name.

    "30 → 3" may be minutes, deploys a week or anything else: it stays the
    measure it was typed as, and the coach asks what its numbers count.

    Args:
        measure: the measure a win is counted by, if any.

    Returns:
        The question quoting the before and the after; empty when there is no
        complete before → after, or it has a unit or a name.
    """
    if measure is None or not measure.is_complete:
        return ""
    if measure.before is None or measure.after is None:
        return ""
    if measure.unit.strip() or measure.label.strip():
        return ""
    return catalogue.FRAMING_ASK_UNIT_OF_PAIR.format(
        before=format_number(measure.before), after=format_number(measure.after)
    )


def title_says_nothing(title: str) -> bool:
    """True for a title typed but too short to say anything ("x", "ok").

    Args:
        title: the win's title, as typed.

    Returns:
        True when the title has some text, fewer than ``SHORTEST_TITLE``
        characters of it; False for a blank title, which is asked for apart.
    """
    told = "".join(title.split())
    return 0 < len(told) < SHORTEST_TITLE


_TITLE_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?%(?!\s+of\b)")
"""A percentage a title states, such as the "40%" of "failures dropped 40%";
not a share ("for 30% of users"), which says who, not how much changed."""
TITLE_FIGURE_SLACK = 1.0
"""How far, in percent, a title's rounded figure may be from the measure's."""


def stale_title_figure(title: str, measure: Measure | None) -> str:
    """The percentage a title states that its win's measure does not show.

    A measure brought up to a later reading ("20% → 9%") can leave the title
    saying the older change ("dropped 40%"). A figure agrees with the measure
    when it is, give or take rounding, its relative change, or for a measure
    in percent one of its ends or the points between them.

    Args:
        title: the win's title.
        measure: the win's measure, if any.

    Returns:
        The first figure, as written ("40%"); empty when every figure agrees,
        the title states none, or the measure lacks a before or an after.
    """
    if measure is None or measure.before is None or measure.after is None:
        return ""
    shown: list[float] = []
    change = measure.percent_change
    if change is not None:
        shown.append(abs(change))
    if measure.unit.strip() == "%":
        before, after = measure.before, measure.after
        shown += [abs(before), abs(after), abs(after - before)]
    for match in _TITLE_PERCENT.finditer(title):
        figure = float(match.group(1))
        if not any(abs(figure - value) <= TITLE_FIGURE_SLACK for value in shown):
            return match.group(0)
    return ""


def activity_heading(reading: Reading) -> str:
    """The coach's first line for a reading that is not impact.

    A win whose change is said only by a bare word ("went down") is activity
    because the change has no amount, not because nothing changed, so its
    heading says it tells a change with no amount yet, never "activity".

    Args:
        reading: the reading of a statement or a whole win; not impact.

    Returns:
        One sentence: a plan, activity with a change of no amount, or activity.
    """
    if reading.planned:
        return catalogue.COACH_PLAN
    if reading.unnamed_figure:
        return catalogue.COACH_ACTIVITY_UNNAMED_FIGURE.format(
            figure=reading.unnamed_figure
        )
    if reading.vague_change:
        return catalogue.COACH_ACTIVITY_NO_AMOUNT
    return catalogue.COACH_ACTIVITY


def vague_change_ask(word: str) -> str:
    """The question for a change said only by a bare word, such as "dropped".

    Its example moves the way the word does, so that "went up" is never shown
    beside "<what> fell from <before> to <after>".

    Args:
        word: the bare word or phrase as typed ("went up", "faster").

    Returns:
        The question asking by how much and for whom, quoting the word.
    """
    return _asked_by_direction(
        word,
        fell=catalogue.FRAMING_VAGUE_CHANGE,
        rose=catalogue.FRAMING_VAGUE_CHANGE_ROSE,
        either=catalogue.FRAMING_VAGUE_CHANGE_EITHER_WAY,
    )


def how_much_ask(word: str) -> str:
    """The question for a change that names who gained but not by how much.

    Args:
        word: the bare word or phrase as typed ("faster", "increased").

    Returns:
        The question asking by how much, with an example that moves the way
        the word does.
    """
    return _asked_by_direction(
        word,
        fell=catalogue.FRAMING_HOW_MUCH,
        rose=catalogue.FRAMING_HOW_MUCH_ROSE,
        either=catalogue.FRAMING_HOW_MUCH_EITHER_WAY,
    )


def _asked_by_direction(word: str, *, fell: str, rose: str, either: str) -> str:
    """The question quoting ``word``, its example moving the way the word does."""
    template = {-1: fell, 1: rose, 0: either}[example_direction(word)]
    return template.format(word=word.capitalize())


def example_direction(word: str) -> int:
    """Which way an example of a change said as ``word`` should move.

    A change said as speed ("faster", "sped up") is shown as a time that fell,
    since a time is what is usually measured for it.

    Args:
        word: a bare word or phrase of change as typed ("went up", "fewer").

    Returns:
        1 when the word says something rose ("went up", "more", "grew"), -1
        when it says something fell ("dropped", "fewer", "faster"), and 0 when
        it says neither ("improved", "got better").
    """
    words = [part.casefold() for part in _SOME_WORD.findall(word)]
    if not words:
        return 0
    if words[-1] in _SPEED_WORDS or words[0] in _SPEED_WORDS:
        return -1
    if words[-1] in _EXAMPLE_FELL:
        return -1
    if words[-1] in _EXAMPLE_ROSE:
        return 1
    return 0


def _vague_change(title: str, what_changed: str) -> str:
    """The bare comparative a change is said with, under a title of work done.

    "Builds got faster" says a change happened but not how much, nor for whom,
    nor what it made possible. Under a title that states no change of its own
    ("Worked on the CI pipeline", "Reworked the build cache"), such a change is
    too vague to call the win impact.

    Args:
        title: the win's title.
        what_changed: what changed, as typed.

    Returns:
        The comparative as typed ("faster"), or empty when the title already
        states a change, or the text says anything more concrete: a measure,
        an adoption, or any other outcome. Naming who gained ("faster for the
        mobile team") still says not by how much, so it stays vague.
    """
    heading = _facts_of(title)
    if heading.blank or heading.measures or heading.outcome:
        return ""
    return bare_comparative(what_changed, for_anyone=True) or _bare_move(what_changed)


def _bare_move(text: str) -> str:
    """The word a change moves by when it only says which way, as typed.

    "Flaky failures dropped" says something moved, but neither by how much nor
    for whom, just as "faster" does not. A change that says what now holds
    ("no longer pages anyone"), what was removed or unblocked, or who took the
    work up, is concrete and is not read as a bare move; naming who gained
    ("dropped for the mobile team") still says not by how much.

    Args:
        text: a change, as typed.

    Returns:
        The first moving word ("dropped"), or empty when the text is blank, a
        plan, measured, or states any other outcome.
    """
    clean = text.translate(_SAME_LENGTH)
    change = _facts_of(clean)
    if change.blank or change.measures or change.planned:
        return ""
    if _reach_in(clean)[0]:
        return ""

    outcomes = list(_OUTCOME.finditer(clean))
    if not outcomes:
        return ""
    for found in outcomes:
        said = found.group(0)
        if not (_BARE_MOVE.fullmatch(said) or _BARE_COMPARATIVE.fullmatch(said)):
            return ""
    return " ".join(outcomes[0].group(0).split())


def bare_comparative(text: str, *, for_anyone: bool = False) -> str:
    """The bare comparative a change is said with alone, such as "faster".

    "Builds got faster" says a change happened but not how much, nor for whom,
    so the coach asks for both rather than take it as a stated change. A bare
    direction ("velocity went up", "quality improved") is read the same way.

    Args:
        text: a change, as typed.
        for_anyone: True to look past who the change was for: "faster for
            everyone" names who gained, but still not by how much.

    Returns:
        The comparative as typed ("faster"), or empty when the text says
        anything more concrete: a measure, who benefited, an adoption, or any
        other outcome; or when it is blank or a plan.
    """
    clean = text.translate(_SAME_LENGTH)
    change = _facts_of(clean)
    if change.blank or change.measures or change.planned:
        return ""

    # "Improved" and "is higher" name no outcome of their own, so the bare words
    # are looked for apart from the outcomes, which must all be bare too.
    bare = _BARE_DIRECTION.search(clean)
    if bare is None or _reach_in(clean)[0]:
        return ""
    for_whom = (_is_for_whom(clean, m, bare) for m in _BENEFICIARY.finditer(clean))
    if not for_anyone and any(for_whom):
        return ""
    outcomes = _OUTCOME.finditer(clean)
    if any(_BARE_COMPARATIVE.fullmatch(found.group(0)) is None for found in outcomes):
        return ""
    if any(_is_done_by_others_alone(clean, m) for m in _ACTIVITY.finditer(clean)):
        return ""
    return " ".join(bare.group(0).split())


def _is_for_whom(clean: str, named: re.Match[str], bare: re.Match[str]) -> bool:
    """Whether people named beside a bare change are who it was for.

    In "Team velocity went up" the team only names whose velocity it is; in
    "builds got faster for the team" or "the team got faster" it is the team
    that gained.
    """
    if named.start() >= bare.end():
        return True
    return not clean[named.end() : bare.start()].strip(" '")


def _title_hint(title: str, *, measured: bool, measure: Measure | None = None) -> str:
    """A hint for a title that reads as activity on its own; empty when it does not.

    The win's title is what a reader sees first in the journal and the brag
    document, so a change stated only further down still leaves it to be reworded.
    A measured change is asked for with the win's own measure as the example
    ("deploy time 40 → 12 minutes"), never a template to fill in with numbers
    the user has already given.

    Args:
        title: the win's title, as typed.
        measured: the win measures its change.
        measure: the measure kept with the win, if one is.
    """
    facts = _facts_of(title)
    if facts.blank or not facts.activity or facts.measures or facts.outcome:
        return ""

    phrase = facts.activity[0].quote
    if measured:
        example = catalogue.FRAMING_MEASURED_CHANGE_EXAMPLE
        if measure is not None and measure.is_complete:
            example = _measure_example(measure)
        return catalogue.FRAMING_TITLE_STILL_ACTIVITY_MEASURED.format(
            phrase=phrase, example=example
        )
    return catalogue.FRAMING_TITLE_STILL_ACTIVITY.format(phrase=phrase)


def _measure_example(measure: Measure) -> str:
    """A measure said as the change a title could lead with: "MTTR 30 → 3
    minutes", or "<what> −40%" when nothing names what it measures."""
    example = describe_measure(measure)
    if not measure.label and not is_saving(measure):
        example = f"<what> {example}"
    return example


def is_partial_measure(measure: Measure) -> bool:
    """True when a measure states a change but not where it started.

    A relative change or an amount alone ("-40%", "-3 minutes") says how far
    something moved, not from what: it is a measure with its before missing. A
    saving ("saved $40k a year") is whole without one: what was spent before
    does not make it clearer.

    Args:
        measure: any measure, typed or read from a win's text.

    Returns:
        Whether the measure records a change and has no before.
    """
    return measure.is_complete and measure.before is None and not is_saving(measure)


def records_no_change(measure: Measure) -> bool:
    """True when a measure is filled in but says that nothing moved.

    A before equal to its after ("10 → 10 minutes"), a change of 0% or an
    amount of 0 is not half a measure: both ends are there, and they agree.

    Args:
        measure: a measure as typed beside a win.

    Returns:
        Whether the measure holds figures that record no change.
    """
    if measure.before is not None and measure.after is not None:
        return measure.before == measure.after
    if measure.change_pct is not None:
        return measure.change_pct == 0
    return measure.amount == 0


def _unchanged_hints(
    facts: _Facts, reading: Reading, measure: Measure
) -> tuple[str, ...]:
    """The hints for a win whose typed measure records no change.

    Nothing has changed yet, so that comes first; what the words say was done is
    still worth turning into a change, but asking who benefited is not.
    """
    both_ends = measure.before is not None and measure.after is not None
    template = (
        catalogue.FRAMING_MEASURE_ENDS_SAME
        if both_ends
        else catalogue.FRAMING_MEASURE_NO_CHANGE
    )
    hints = [template.format(measure=describe_measure(measure))]
    if reading.output_only or facts.activity:
        hints.append(_change_hint(facts, reading.output_only))
    return tuple(hints)


def _rests_on_partial_measure(facts: _Facts, reading: Reading) -> bool:
    """Whether a win is impact only through measures that have no before.

    Nothing in its words states a change, so without its measures the win would
    read as activity; every one of those measures lacks its before.
    """
    if facts.outcome or not reading.measures:
        return False
    return all(is_partial_measure(measure) for measure in reading.measures)


def _partial_measure_hints(
    title: str, measure: Measure, hints: tuple[str, ...]
) -> tuple[str, ...]:
    """The hints for a win whose measure, with no before, carries its impact.

    One story throughout: the measure makes the win impact, so a title that
    reads as activity is asked to say the change the measure states (with the
    measure as its example), and the missing before is asked for.
    """
    asked: list[str] = []
    heading = _facts_of(title)
    if not heading.blank and heading.activity:
        example = _measure_example(measure)
        phrase = heading.activity[0].quote
        asked.append(
            catalogue.FRAMING_TITLE_MEASURE_CARRIES.format(
                phrase=phrase, example=example
            )
        )
    asked.append(catalogue.FRAMING_ASK_MISSING_BEFORE)
    return (*asked, *hints)[:MAX_HINTS]


def stated_measure(
    measures: Sequence[Measure], names: Sequence[str] = ()
) -> Measure | None:
    """The measure a win's text states, to keep when none was typed beside it.

    A before → after says the most, so the first one found is kept, even when a
    relative change ("halved", "-40%") is stated too: "Halved the deploy time:
    25 -> 12 minutes" keeps 25 → 12 minutes. It keeps the name the text gives it
    ("deploy time"), so that it says what changed wherever it is shown. Without
    one, a relative change or an amount of change ("saved $40k a year") is kept
    only when it is the only one, since several could not be told apart once
    saved without their words; it keeps a name the text gives it too ("3x
    faster" is kept as a time, −67%). One relative change beside one amount
    ("cut the CI bill 35%, saving $40k a year") cannot be mistaken for each
    other, as one is in percent and one in its own unit, so the first is kept.

    Args:
        measures: the measures a reading found, in the order of the text.
        names: what the text names each of them (``Reading.measure_names``);
            empty where it names nothing.

    Returns:
        The measure to keep, or None when the text states none that is complete,
        or several relative changes and no before → after.
    """
    named = [
        (measure, names[index] if index < len(names) else "")
        for index, measure in enumerate(measures)
        if measure.is_complete
    ]
    for measure, name in named:
        if measure.before is None or measure.after is None:
            continue
        return replace(measure, label=name) if name and not measure.label else measure
    relative = list(dict.fromkeys(measure for measure, _ in named))
    percents = [measure for measure in relative if measure.change_pct is not None]
    if len(relative) == 2 and len(percents) == 1:
        # A percentage and an amount: each says in its own unit what it is.
        relative = relative[:1]
    if len(relative) != 1:
        return None
    [measure] = relative
    name = next((name for kept, name in named if name and kept == measure), "")
    return replace(measure, label=name) if name and not measure.label else measure


def expected_measure(text: str) -> Measure | None:
    """The before → after a text says a change goes from and to, done or hoped for.

    It is read as the coach reads a win, units made one ("review wait: 3 days
    → 4 hours" is 72 → 4 hours), except that a change still ahead counts too:
    "what would change if it were fixed" is answered with one ("should drop
    from 3 days to 4 hours").

    Args:
        text: a change as the user worded it.

    Returns:
        The first before → after the text states, named as ``stated_measure``
        names it; None when it states none.
    """
    if not text.strip():
        return None
    clean = text.translate(_SAME_LENGTH)
    measures, names, _ = _measures_in(clean, text, planned_too=True)
    stated = stated_measure(measures, names)
    if stated is None or stated.before is None or stated.after is None:
        return None
    return stated


def same_before_after(first: Measure, second: Measure) -> bool:
    """True when two measures go from the same value to the same value, once
    counted in one unit: 240 → 15 minutes is 4 → 0.25 hours.

    Args:
        first: a measure, such as a win's.
        second: another, such as one read from a sentence.

    Returns:
        Whether both have a before and an after and these agree; False for
        units that do not convert into one another.
    """
    ends = (first.before, first.after, second.before, second.after)
    if any(end is None for end in ends):
        return False
    one, other = _unit_name(first.unit), _unit_name(second.unit)
    scales = (1.0, 1.0) if one == other else _one_unit(one, other)
    if scales is None:
        return False
    first_scale, second_scale = scales[-2:]
    before, after, then, now = (float(end or 0) for end in ends)
    return math.isclose(before * first_scale, then * second_scale) and math.isclose(
        after * first_scale, now * second_scale
    )


def _unit_name(unit: str) -> str:
    """A unit by the one name the coach counts it in: "min" is "minutes"."""
    word = unit.strip()
    folded = word.casefold()
    return _TIME_UNITS.get(folded) or _DATA_UNITS.get(folded) or folded


# --- Building the patterns ----------------------------------------------------------
#
# Every pattern does a bounded amount of work at each position it is tried from:
# every repetition has a small upper bound ({1,3}, {0,4}, {1,30}), and a number may
# only start where a number starts. Reading a text is therefore linear in its length,
# whatever the user pastes in. Keep it so: no unbounded + or * in this module.

_START = r"(?<![\w-])"
"""Start of a word that is not the tail of a hyphenated compound."""
_END = r"(?![\w-])"
"""End of a word that is not the head of a hyphenated compound."""
_ANY_WORDS = r"(?:\s{1,3}\S{1,30}){0,4}?"
"""Up to four words of anything, taken as few as possible."""


def _words(*phrases: str) -> str:
    """An alternation of phrases; a space in a phrase matches 1–3 spaces.

    Args:
        phrases: words or short phrases, which may hold regular-expression syntax.

    Returns:
        A non-capturing group that matches any one of them.
    """
    return "(?:" + "|".join(p.replace(" ", r"\s{1,3}") for p in phrases) + ")"


def _vocabulary(words: str) -> list[str]:
    """The words of a space-separated list, which reads better than many quotes."""
    return words.split()


def _compile(*parts: str) -> LazyPattern:
    """Join pattern pieces into a pattern that ignores case, compiled on first use."""
    return lazy_compile("".join(parts), re.IGNORECASE)


# Characters replaced one for one, so that positions in the cleaned text are positions
# in the user's text and found phrases can be quoted exactly as typed.
_SAME_LENGTH = str.maketrans(
    {
        "\u2018": "'",  # curly apostrophes and primes
        "\u2019": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",  # hyphens, en dash and minus signs
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2212": "-",
        "\ufe63": "-",
        "\uff0d": "-",
        "\u00d7": "x",  # multiplication sign
        "\u27f6": "→",  # arrows
        "\u2794": "→",
        "\u279c": "→",
        "\u279d": "→",
        "\u21d2": "→",
        "\u00a0": " ",  # no-break and thin spaces
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)

# --- Numbers and units --------------------------------------------------------------

_NUMBER_WORDS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "eleven": 11.0,
    "twelve": 12.0,
    "dozen": 12.0,
    "a dozen": 12.0,
}
# A scale word makes the number before it larger: "2 million", "1.5 billion".
_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9}
# Money named in words after the number: "2 million dollars" is "$2 million".
_MONEY_WORDS = {
    **dict.fromkeys(["dollar", "dollars", "usd", "bucks"], "$"),
    **dict.fromkeys(["euro", "euros", "eur"], "€"),
    **dict.fromkeys(["pound", "pounds", "gbp"], "£"),
}
_TIME_UNITS = {
    **dict.fromkeys(["ms", "msec", "millisecond", "milliseconds"], "ms"),
    **dict.fromkeys(["s", "sec", "secs", "second", "seconds"], "seconds"),
    **dict.fromkeys(["m", "min", "mins", "minute", "minutes"], "minutes"),
    **dict.fromkeys(["h", "hr", "hrs", "hour", "hours"], "hours"),
    **dict.fromkeys(["d", "day", "days"], "days"),
    **dict.fromkeys(["wk", "wks", "week", "weeks"], "weeks"),
    **dict.fromkeys(["month", "months"], "months"),
}
_SECONDS_PER = {
    "ms": 0.001,
    "seconds": 1.0,
    "minutes": 60.0,
    "hours": 3600.0,
    "days": 86400.0,
    "weeks": 604800.0,
}
# Data sizes as typed ("2GB", "512 MiB"), by the name a measure shows them with.
_DATA_UNITS = {
    **dict.fromkeys(["b", "byte", "bytes"], "B"),
    **{name.casefold(): name for name in ("KB", "MB", "GB", "TB", "PB")},
    **{name.casefold(): name for name in ("KiB", "MiB", "GiB", "TiB")},
}
# A kilobyte is read as 1024 bytes, as memory and disk sizes are meant, so that
# "KB" and "KiB" typed side by side still compare.
_BYTES_PER = {
    "B": 1.0,
    **{name: 1024.0**power for power, name in enumerate(("KB", "MB", "GB"), 1)},
    **{name: 1024.0**power for power, name in enumerate(("TB", "PB"), 4)},
    **{name: 1024.0**power for power, name in enumerate(("KiB", "MiB", "GiB"), 1)},
    "TiB": 1024.0**4,
}
_SCALES = (_SECONDS_PER, _BYTES_PER)
"""Kinds of unit whose members convert into one another, each by its size."""
_CURRENCIES = frozenset("$€£")
_SIZE_UNITS = frozenset(_BYTES_PER) | frozenset(_vocabulary("cores cpus nodes"))
_KNOWN_UNITS = frozenset(_SECONDS_PER) | _CURRENCIES | _SIZE_UNITS | {"%"}
_CURRENCY_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6}
_CURRENCY_SCALE |= {"b": 1e9, "bn": 1e9, "billion": 1e9}
# What a change in percentage points is typed with: "by 2.5 points", "+3pp".
_POINT_UNITS = frozenset(_vocabulary("pp pts pt points point"))
# Words after a number that make it a time of day or a date, not an amount.
_NOT_UNITS = frozenset(
    _vocabulary(
        "am pm jan feb mar apr may jun jul aug sep oct nov dec january february march "
        "april june july august september october november december"
    )
)
# Words that may follow a number without being what the number counts.
_NOT_A_UNIT = _words(
    *_vocabulary(
        "to in on at of for from by and or but the a an instead rather than compared "
        "vs versus per each every with without across over under down up now since "
        "after before within faster quicker slower sooner earlier later shorter longer "
        "less fewer more cheaper lower higher times x percent pct cent was were is are "
        "this that these those which so while when last first next previously then "
        "reduction drop decrease increase improvement speedup as it we i they our my"
    )
)
_PERIOD = _words(
    *_vocabulary(
        "day week month quarter year sprint release deploy deployment night shift "
        "engineer developer person team request build run incident customer user "
        "mo yr wk"
    )
)
_PERIOD_NAMES = {"mo": "month", "yr": "year", "wk": "week"}
"""Short names of a rate's period, as a measure spells them out."""
# How many of the shorter period make up the longer one, where that is exact: a
# rate per day and one per week compare, one per week and one per month do not.
_PERIODS_IN = {("day", "week"): 7, ("month", "quarter"): 3, ("month", "year"): 12}
_PERIODS_IN |= {("quarter", "year"): 4}
_NUM = (
    r"(?<![\w.,])(?:[0-9]{1,3}(?:,[0-9]{3}){1,4}|[0-9]{1,12})(?:\.[0-9]{1,6})?"
    r"(?![0-9])(?:k(?![^\W_]))?"
    r"(?:\s{1,2}(?:thousand|million|billion|bn)(?!\w))?"
)
_WORD_NUM = (
    _START
    + r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    + r"|(?:a\s)?dozen"
    + r"|an?(?=\s{1,3}"
    + _words(*sorted(_TIME_UNITS, key=len, reverse=True))
    + _END
    + r"))"
    + _END
)
# A period named by its number ("in week 2", "by day 3"): when two are compared, the
# change is counted in that period's unit.
_NUMBERED_PERIODS = {"day": "days", "week": "weeks", "month": "months"}
_NUMBERED_PERIODS |= {"sprint": "sprints"}
_NUMBERED_PERIOD = _words(*_NUMBERED_PERIODS)
# ...unless it is the period of a rate: in "pages per week 40 → 12" the week is
# what the pages are counted over, and 40 is the number of pages.
_NOT_A_RATE = (
    "".join(rf"(?<!\b{word}\s)" for word in ("a", "an", "per", "each", "every"))
    + r"(?<!/)(?<!/\s)"
)
_HEDGE = r"(?:(?:just|only|under|about|around|nearly|almost|roughly|over|some)\s{1,3})?"
# A minus or plus is a sign only when it stands on its own and touches the number:
# "-5%", "(+8", "->-3". Glued to a word or a number it is a hyphen or a range
# ("x-5", "Q3-2026", "2-3 days"), and "- 5" with a space is a dash.
_SIGN = r"(?<![\w.,+-])[-+](?=[$€£]?[0-9])"
# The units of a duration written in two parts: "2h 30m", "1 hour 15 minutes".
_SPLIT_TIME_UNITS = frozenset(
    word
    for word, unit in _TIME_UNITS.items()
    if unit in ("ms", "seconds", "minutes", "hours", "days")
)
_SPLIT_TIME_UNIT = _words(*sorted(_SPLIT_TIME_UNITS, key=len, reverse=True))


def _qty(name: str, *, numbered: bool = False) -> str:
    """A pattern for an amount: "$50k", "~300", "-5%", "3 minutes", "12 pages a week".

    Args:
        name: the group name for the number; its sign, currency, unit and rate are
            named ``<name>_sign``, ``<name>_cur``, ``<name>_unit``, ``<name>_rate``
            and ``<name>_per``. A duration written in two parts ("2h 30m") has
            its first unit in ``<name>_unit`` and ``<name>_split``, and its
            second part in ``<name>_rest`` and ``<name>_rest_unit``.
        numbered: also accept a numbered period before the number ("week 2"),
            named ``<name>_nth``.

    Returns:
        The pattern, to be joined into a larger one.
    """
    nth = rf"(?:{_START}{_NOT_A_RATE}(?P<{name}_nth>{_NUMBERED_PERIOD})\s{{1,3}})?"
    return "".join(
        [
            nth if numbered else "",
            rf"(?:[~≈]\s?)?(?P<{name}_sign>{_SIGN})?(?:(?P<{name}_cur>[$€£])\s?)?",
            rf"(?P<{name}>{_NUM}|{_WORD_NUM})",
            rf"(?:\s?(?P<{name}_unit>%",
            rf"|(?P<{name}_split>{_SPLIT_TIME_UNIT})(?![^\W\d_])",
            rf"|(?!{_NOT_A_UNIT}(?!\w))[^\W\d_]{{1,24}}(?!\w)))?",
            # The first unit of a duration in parts is followed by the rest of it.
            rf"(?({name}_split)\s{{0,2}}(?:and\s{{1,3}})?(?P<{name}_rest>[0-9]{{1,3}})",
            rf"\s?(?P<{name}_rest_unit>{_SPLIT_TIME_UNIT})(?!\w))",
            rf"(?:\s{{1,2}}(?P<{name}_rate>(?:a|an|per|each|every)\s{{1,2}}{_PERIOD})",
            rf"(?!\w)|\s?/\s?(?P<{name}_per>{_PERIOD})(?!\w))?",
        ]
    )


_BEFORE = _qty("before", numbered=True)
_AFTER = _qty("after", numbered=True)
_AMOUNT = _qty("amount")

# --- Measures of change -------------------------------------------------------------

_WAS_NOW = _compile(  # "MTTR was 50 minutes last quarter, now 12"
    _START,
    r"(?:was|were|took|used to (?:be|take))\s{1,3}".replace(" ", r"\s{1,3}"),
    _BEFORE,
    r"(?:\s{1,3}[^\s0-9,;]{1,30}){0,3}?\s{0,3}[,;]?\s{0,3}",
    r"(?:and\s{1,3})?(?:(?:it|is|are)\s{1,3})?now",
    r"(?:\s{1,3}[^\W\d_]{1,20}){0,2}?\s{1,3}",
    _HEDGE,
    _AFTER,
)
# A time taken, "in 4 hours": only the amount is matched, so that the words before
# it, "in" among them, are read as what was done so quickly.
_TAKEN_IN = _compile(r"(?:(?<=\bin\s)|(?<=\bwithin\s))", _AFTER)
_NOW_WAS = _compile(  # "deploys now take 4 minutes, was 45", "now week 2 (was 6)"
    _START,
    r"now(?:\s{1,3}[^\W\d_]{1,20}){0,2}?\s{1,3}",
    _HEDGE,
    _AFTER,
    # What the number counts may take a few words: "2 on-call pages a week".
    r"(?:\s{1,3}[^\W\d_][\w%-]{0,29}){0,4}?",
    r"\s{0,3}[,;(]?\s{0,3}(?:(?:it|they|that|this)\s{1,3})?",
    r"(?:was|were|used\s{1,3}to\s{1,3}(?:be|take))\s{1,3}",
    _HEDGE,
    _BEFORE,
)
_WHEN = (  # "in week 1", "by Q2", "at launch"; when an amount held, not a unit
    r"(?:\s{1,3}(?:in|by|on|at|during)\s{1,3}(?:the\s{1,3})?[^\W\d_]{1,12}"
    r"(?:\s{1,3}[0-9]{1,4}(?![\w.]))?)?"
)
# What a percentage is a share of, said once after the before: "fell from 14% of
# CI runs to 2%" compares two shares of the same thing.
_SHARE_OF = (
    r"(?:(?<=%)\s{1,3}of\s{1,3}(?P<share_of>(?:the\s{1,3})?[^\W\d_][\w-]{0,24}"
    r"(?:\s{1,3}[^\W\d_][\w-]{0,24}){0,2}?))?"
)
_FROM_TO = _compile(  # "from 30 to 3 minutes", "went from 2 hours down to 20"
    _START,
    r"from\s{1,3}",
    _BEFORE,
    _SHARE_OF,
    _WHEN,
    r"\s{0,3},?\s{0,3}",
    r"(?:",
    _words("down", "up", "all the way down"),
    r"\s{1,3})?to\s{1,3}",
    _HEDGE,
    _AFTER,
)
_ARROW = _compile(  # "30 → 3 minutes", "30->3", "800ms => 200ms"
    _BEFORE,
    r"\s{0,3}(?:-{1,3}>|={1,2}>|→)\s{0,3}",
    _HEDGE,
    _AFTER,
)
_INSTEAD_OF = _compile(  # "in 3 minutes instead of 30"
    _AFTER,
    r"\s{1,3}",
    _words("instead of", "rather than", "compared (?:to|with)", "as opposed to"),
    r"\s{1,3}(?:(?:the\s{1,3})?(?:usual|old|previous|former)\s{1,3})?",
    _BEFORE,
)
_BEFORE_NOW = _words(
    "before", "previously", "earlier", "last (?:year|quarter|month|half)"
)
_VERSUS = _compile(  # "now 4 min vs 45 before"; without "now", the "before" is needed
    r"(?:",
    _START,
    r"(?P<now>now)\s{1,3})?",
    _AFTER,
    r"\s{1,3}(?:vs\.?|versus)\s{1,3}",
    _BEFORE,
    rf"(?(now)(?:\s{{1,3}}{_BEFORE_NOW}{_END})?|\s{{1,3}}{_BEFORE_NOW}{_END})",
)
_DOWN_FROM = _compile(  # "20 minutes, down from 2 hours", "is 0.5% now, up from 3%"
    _AFTER,
    # What a share is of may follow it: "98% of the time, up from 70%".
    _SHARE_OF,
    r"(?:\s{1,3}(?:now|today|currently)(?!\w))?",
    r"\s{0,3}[,;(-]?\s{0,3}(?:down|up)\s{1,3}from\s{1,3}",
    _BEFORE,
)
_TO_FROM = _compile(  # "down to 8 minutes from 20", "cut p95 to 200ms from 800ms"
    _START,
    r"(?:(?P<move>down|up)\s{1,3}",
    r"|all\s{1,3}the\s{1,3}way\s{1,3}(?P<all>down)\s{1,3})?",
    r"to\s{1,3}",
    _HEDGE,
    _AFTER,
    _SHARE_OF,
    r"\s{0,3},?\s{0,3}from\s{1,3}",
    _BEFORE,
    r"(?![\w%]|\.[0-9])",
)
# The words that say which of two amounts came first: "40 before, 6 after",
# "6 after (40 before)", "before: 40, after: 6".
_BEFORE_WORD = r"\s{1,3}before(?![\w-])"
_AFTER_WORD = r"\s{1,3}(?:after|now)(?![\w-])"
_PAIR_JOIN = r"\s{0,3}[,;/(]?\s{0,3}(?:(?:and|vs\.?|versus)\s{1,3})?"
_BEFORE_THEN_AFTER = _compile(_BEFORE, _BEFORE_WORD, _PAIR_JOIN, _AFTER, _AFTER_WORD)
_AFTER_THEN_BEFORE = _compile(_AFTER, _AFTER_WORD, _PAIR_JOIN, _BEFORE, _BEFORE_WORD)
_LABELLED_PAIR = _compile(
    _START,
    r"before\s{0,3}[:=]\s{0,3}",
    _BEFORE,
    _PAIR_JOIN,
    r"after\s{0,3}[:=]\s{0,3}",
    _AFTER,
)
_NOT_INSTEAD = _compile(  # "invoices out in 1 day, not 4": what it was comes second
    _AFTER,
    r"\s{0,3}[,;(]\s{0,3}not\s{1,3}",
    r"(?:(?:the\s{1,3})?(?:usual|old|previous|former)\s{1,3})?",
    _BEFORE,
    r"(?![\w.%])",
)
_TO = _compile(  # "fell 12% to 2%", "cut build time 40 to 7 min": a verb comes first
    _BEFORE,
    _SHARE_OF,
    r"\s{1,3}(?:",
    _words("down", "up", "all the way down"),
    r"\s{1,3})?to\s{1,3}",
    _HEDGE,
    _AFTER,
    # "3 to 5 minutes faster" and "2 to 3 times" are an amount, not a before and
    # an after.
    r"(?!\s?(?:x|times|fold)(?!\w))",
    r"(?!(?:\s{1,3}[^\W\d_]{1,24})?\s{1,3}",
    _words(*_vocabulary("off faster quicker sooner earlier slower more less fewer")),
    r"(?!\w))",
)
RATE_WORDS = {
    word: float(value)
    for value, word in enumerate(
        (
            "one two three four five six seven eight nine ten eleven twelve "
            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
        ).split(),
        start=1,
    )
}
"""The number words a rate such as "one in five" may be written with."""


def rate_percent(count: str, out_of: str) -> float | None:
    """The share a rate such as "1 in 5" or "one in twenty" states, in percent.

    Args:
        count: how many, as written: "1", "one".
        out_of: out of how many, as written: "5", "1,000", "twenty".

    Returns:
        The share in percent, to four significant digits ("1 in 3" is 33.33,
        "1 in 100,000" is 0.001); None when the count is larger than what it is
        out of, or either is no number.
    """
    values = []
    for written in (count, out_of):
        word = written.strip().casefold()
        if word in RATE_WORDS:
            values.append(RATE_WORDS[word])
        elif word.replace(",", "").isdigit():
            values.append(float(word.replace(",", "")))
        else:
            return None
    part, whole = values
    if whole == 0 or part > whole:
        return None
    return float(f"{part / whole * 100:.4g}")


_RATE_WORD = _words(*sorted(RATE_WORDS, key=len, reverse=True))


def _rate(name: str) -> str:
    """A pattern for a rate: "1 in 5", "one in twenty", "one time in five".

    Args:
        name: the group name for the count; what it is out of is named
            ``<name>_of``.

    Returns:
        The pattern, to be joined into a larger one. "3 in 10 minutes" is a
        count over a time, not a share, and is not matched.
    """
    number = r"(?<![\w.,])[0-9]{1,3}(?:,[0-9]{3}){1,2}(?![0-9])|(?<![\w.,])[0-9]{1,7}"
    return "".join(
        [
            rf"(?P<{name}>(?:{number})(?![\w.,]?[0-9])|{_START}{_RATE_WORD}{_END})",
            r"(?:\s{1,3}times?)?\s{1,3}in\s{1,3}(?:every\s{1,3})?",
            rf"(?P<{name}_of>(?:{number})(?![\w.,]?[0-9])|{_START}{_RATE_WORD}{_END})",
            rf"(?!\s?(?:%|percent|{_SPLIT_TIME_UNIT}|weeks?|months?|years?)(?!\w))",
        ]
    )


_RATE_TO_RATE = r"\s{0,3},?\s{0,3}(?:(?:down|up)\s{1,3})?to\s{1,3}"
_RATE_FROM_TO = _compile(  # "fell from 1 in 5 to 1 in 25"
    _START, r"from\s{1,3}", _rate("before"), _RATE_TO_RATE, _HEDGE, _rate("after")
)
_RATE_ARROW = _compile(  # "1 in 5 → 1 in 25"
    _rate("before"),
    r"\s{0,3}(?:-{1,3}>|={1,2}>|→)\s{0,3}",
    _HEDGE,
    _rate("after"),
)
_RATE_TO = _compile(  # "fell 1 in 5 to 1 in 25", "failed deploys one in five to one"
    _rate("before"), _RATE_TO_RATE, _HEDGE, _rate("after")
)
_RATE_PAIRS = (_RATE_FROM_TO, _RATE_ARROW, _RATE_TO)
"""Rates compared, read as shares in percent: "1 in 5" is 20%."""
# The verbs that make "<verb> 12% to 2%" a before and an after, and which way
# each says the amount went; "by" or "from" in between makes it something else.
_FALL_VERBS = frozenset(
    _vocabulary(
        "cut cuts dropped drops fell falls reduced reduces decreased decreases "
        "declined declines lowered lowers shrank shrunk shortened slashed trimmed "
        "shaved dipped plummeted"
    )
)
_RISE_VERBS = frozenset(
    _vocabulary(
        "increased increases rose rises grew grows boosted boosts raised raises "
        "lifted gained climbed jumped"
    )
)
_EITHER_WAY_VERBS = frozenset(_vocabulary("improved improves went goes sped"))
# Words after which "2 weeks to 3 weeks" is a range or an estimate, not a change.
_RANGE_WORDS = frozenset(
    _vocabulary(
        "take takes took taking last lasts lasted lasting estimate estimated "
        "estimates expect expected expects between anywhere about around roughly "
        "approximately typically usually vary varies varied range ranges ranging "
        "somewhere planned plan budget budgeted timeline window"
    )
)
# Words that do not end the name of a measure: "in 2 weeks to 3 weeks".
_NOT_AFTER_A_NAME = frozenset(
    _vocabulary(
        "by from to than in within for of at on over under after before during per "
        "and or with every each the a an is are was were be been"
    )
)
_NOT_BETWEEN_VERB_AND_PAIR = frozenset(_vocabulary("by from to than"))
# After "<label>:" these say that what the pair counts came down too: "Teams
# stopped rerunning builds: 60 to 22 reruns a week".
_STOP_VERBS = frozenset(_vocabulary("stopped stops eliminated removed ended"))
_PERCENT = _compile(  # "40%", "−40%", "40 percent"
    r"(?<![\w.])(?P<sign>[-+])?(?P<value>",
    _NUM,
    r")\s?(?:%|(?:percent|per\s?cent|pct)(?!\w))",
    # "2.5% points" is a change in percentage points, not a relative change.
    r"(?!\s{0,2}(?:points?|pts?)(?!\w))",
)
_MULTIPLIER = _compile(  # "2x faster", "3×", "3 times more"
    r"(?<![\w.])(?P<value>",
    _NUM,
    # "2x4" is a size and a "10x engineer" a compliment, not changes.
    r")(?:\s?x(?!\w)(?!\s?[0-9])(?!\s{1,3}(?:engineers?|developers?|devs?)(?!\w))",
    r"|\s{1,3}times(?=\s{1,3}",
    _words(
        *_vocabulary(
            "faster quicker more fewer less cheaper smaller larger bigger higher "
            "lower as"
        )
    ),
    r"(?!\w)))",
)
_WORD_FACTOR = "".join(
    [
        _START,
        r"(?:(?P<half>halved|halving)|(?P<double>doubled|doubling)",
        r"|(?P<triple>tripled|trebled)|(?P<quadruple>quadrupled)",
        r"|(?P<twice>twice\s{1,3}as)|(?P<in_half>(?:in|by)\s{1,3}half))",
        _END,
    ]
)
_WORD_MULTIPLIER = _compile(_WORD_FACTOR)  # "halved", "doubled", "cut in half"
_WORD_MULTIPLIER_FROM = _compile(  # "cut onboarding in half, from 10 days"
    _WORD_FACTOR,
    r"(?P<between>(?:\s{1,3}[^\W\d_][\w'-]{0,29}){0,4}?)",
    r"\s{0,3}[,;(]?\s{0,3}(?:(?:down|up)\s{1,3})?from\s{1,3}",
    _BEFORE,
)
# After "from 10 days", a "to" or an arrow makes it a before and an after.
_PAIR_GOES_ON = _compile(
    r"\s{0,3}(?:[^\W\d_]{1,24}\s{1,3}){0,2}(?:to(?!\w)|-{1,3}>|={1,2}>|→)"
)
# A factor after which a duration is meant: "3x faster" cuts a time to a third.
_QUICKER_WORDS = frozenset(_vocabulary("faster quicker sooner shorter"))
_AMOUNT_BY = _compile(_START, r"by\s{1,3}", _HEDGE, _AMOUNT)  # "by 12 minutes"
_AMOUNT_VERB = _compile(  # "saved the team 10 hours a week", "saved $50k a year"
    _START,
    _words(
        *_vocabulary("saved saves saving shaved trimmed cut cuts reclaimed"),
        "savings of",
        "freed up",
        "frees up",
        "clawed back",
    ),
    r"(?:\s{1,3}(?!by(?!\w))[^\s0-9$€£]{1,30}){0,4}?\s{1,3}",
    _HEDGE,
    _AMOUNT,
)
_AMOUNT_COMPARED = _compile(  # "300 ms faster", "3 fewer incidents"
    _AMOUNT,
    r"\s{1,3}",
    _words(
        *_vocabulary("faster quicker sooner earlier shorter less fewer cheaper lower")
    ),
    _END,
)
_AMOUNT_DOWN = _compile(_START, r"(?:down|up)\s{1,3}", _AMOUNT)  # "down 12 minutes"
_POINTS_AFTER = _compile(r"\s{1,2}points?(?!\w)")  # "2.5 percentage points"
# A second period after a rate: "1.5 hours per engineer per week".
_SECOND_RATE = _compile(
    r"\s{1,2}(?:(?:a|an|per|each|every)\s{1,2}(?P<period>",
    _PERIOD,
    r")|\s?/\s?(?P<per>",
    _PERIOD,
    r"))(?!\w)",
)
# A rate after the words an amount counts: "3 fewer pages a week".
_RATE_AFTER = _compile(
    r"(?:\s{1,2}(?P<rate>(?:a|an|per|each|every)\s{1,2}",
    _PERIOD,
    r")|\s?/\s?(?P<per>",
    _PERIOD,
    r"))(?!\w)",
)
# What a percentage is of, when named after it: "cut 30% of cloud spend", "40%
# fewer pages".
_PERCENT_NAME_LINKS = frozenset(_vocabulary("of fewer less more lower higher"))
# What an amount was saved on: "saved $40k a year on the CI bill".
_AMOUNT_NAME_LINKS = frozenset(_vocabulary("on in off from"))
# A word that says when, not what: "in Q3", "in March", "in 2026".
_WHEN_NAMED = _compile(
    r"q[1-4]|h[12]|fy[0-9]{0,4}|",
    _words(*sorted(_NOT_UNITS), *_vocabulary("first year quarter month week day")),
)

# Who took the work up: a count of others that adopted it says how far it spread.
_REACH = _words(
    "organi[sz]ations?",
    *_vocabulary(
        "teams? squads? tribes? groups? orgs? departments? divisions? companies "
        "company customers? clients? users? engineers? developers? devs services? "
        "repos? repositories? codebases? products? projects? apps? applications?"
    ),
)
_REACH_COUNT = "".join(
    [
        r"(?:(?:over|about|around|nearly|almost|some|more\s{1,3}than|at\s{1,3}least)",
        r"\s{1,3})?(?P<count>",
        _NUM,
        r"|",
        _WORD_NUM,
        r")\+?",
        # "3 of our 5 teams": the count is the first number, out of the second.
        r"(?:\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:(?:our|the|its|their|all)\s{1,3})?",
        r"(?:",
        _NUM,
        r"|",
        _WORD_NUM,
        r"))?",
        # "4 other teams", "three product teams"
        r"(?:\s{1,3}(?!(?:and|or|by|of|in|to)(?!\w))[^\W\d_][\w-]{0,20}){0,2}?",
        r"\s{1,3}(?P<reach>",
        _REACH,
        r")",
        _END,
        # "5 product teams" counts the teams, not the products.
        r"(?!\s{1,3}",
        _REACH,
        _END,
        r")",
    ]
)
_ADOPTED_BY = _compile(  # "adopted by 4 teams", "now used across 3 orgs"
    _START,
    r"(?:",
    _words(
        "adopted",
        "in use",
        "used",
        "reused",
        "re-used",
        "picked up",
        "taken up",
        r"relied (?:up)?on",
        "depended on",
    ),
    r"\s{1,3}",
    _words("by", "across", "throughout", "among"),
    # "used in 4 projects" may be the user's own use; adoption in them is not.
    r"|(?:adopted|in\s{1,3}use)\s{1,3}(?:in|at))\s{1,3}",
    _REACH_COUNT,
)
_ADOPTED_IT = _compile(  # "4 teams adopted it", "three other orgs now use it"
    _START,
    _REACH_COUNT,
    r"(?:\s{1,3}(?:now|have|has|had|since|already|all|also|then))?",
    r"(?:\s{1,3}(?:now|have|has|had|since|already|all|also|then))?\s{1,3}",
    _words(
        "adopted",
        "now uses?",
        "rely on",
        "relies on",
        "relied on",
        "depends? on",
        "picked (?:it )?up",
        "took (?:it )?up",
        "switched (?:over )?to",
        "moved (?:over )?to",
        "migrated to",
        "standardi[sz]ed on",
        "signed up",
        "opted in",
    ),
    _END,
)
_REACH_PATTERNS = (_ADOPTED_BY, _ADOPTED_IT)
"""The ways of saying that others took the work up, tried in this order."""

# Other teams named without a count: "two other teams", "another product squad".
_OTHER_TEAMS = "".join(
    [
        r"(?:other|another|sister|partner|neighbou?ring|adjacent)",
        r"(?:\s{1,3}[^\W\d_][\w-]{0,20})?\s{1,3}",
        r"(?:teams?|squads?|orgs?|organi[sz]ations?|groups?|departments?|divisions?)",
        _END,
    ]
)
_TAKE_UP = _words(
    "adopted",
    "adopt",
    "uses?",
    "used",
    "using",
    "reused",
    "copied",
    "forked",
    "requested",
    "wanted",
    r"ask(?:ed|ing|s)? for",
    r"picked (?:it |them )?up",
    r"took (?:it |them )?up",
    r"rel(?:y|ies|ied) on",
    r"switched (?:over )?to",
    r"moved (?:over )?to",
    "signed up",
    "opted in",
)
# Other teams taking the work up were noticed outside the writer's team:
# "two other teams adopted it", "requested by another team".
_OTHERS_TOOK_IT_UP = _compile(
    _START,
    r"(?:",
    _OTHER_TEAMS,
    r"(?:\s{1,3}(?:now|have|has|had|since|already|all|also|then|are|were|soon|",
    r"started|begun|began|even|too)){0,3}\s{1,3}",
    _TAKE_UP,
    r"|",
    _TAKE_UP,
    r"\s{1,3}(?:by|across|in|at)(?:\s{1,3}[^\W\d_][\w-]{0,20}){0,2}?\s{1,3}",
    _OTHER_TEAMS,
    r")",
    _END,
)

# Which way a change went: a percentage or a factor takes its sign from these.
_DOWN_WORDS = frozenset(
    _vocabulary(
        "dropped drop drops fell fall falls reduced reduce reduces reduction cut cuts "
        "decreased decrease decreases declined decline down lower lowered fewer less "
        "shrank shrunk slashed trimmed shaved saved saving savings cheaper shorter "
        "smaller dipped plummeted"
    )
)
_UP_WORDS = frozenset(
    _vocabulary(
        "increased increase increases rose rise grew growth up higher more improved "
        "improvement boosted boost raised faster quicker gained gain lifted speedup "
        "larger bigger"
    )
)
_DIRECTION_WORD = _compile(
    _START, _words(*sorted(_DOWN_WORDS | _UP_WORDS, key=len, reverse=True)), _END
)
# A percentage right after one of these is a level ("dropped to 2%"), not a change.
_LEVEL_WORDS = frozenset(
    _vocabulary(
        "to at of for from than under below above hit reached reach is was are were"
    )
)
# Words that soften a number without changing what it is ("by about 40%").
_HEDGES = frozenset(
    _vocabulary("about around nearly almost roughly some just only over a")
)
_VERSION_WORDS = frozenset(
    _vocabulary("upgraded upgrade migrated bumped version versions")
)

# A version number is a name, not an amount: "now on version 4, was 3", "v2 → v3".
_VERSION_NAMED = _compile(_START, r"(?:versions?|v(?=\s?[0-9]))", _END)
# A count of others that is only hoped for, planned or denied has not happened:
# "not yet adopted by 4 teams", "hoping it will be adopted", "Goal: adopted by".
_UNREALISED = _compile(
    _START,
    _words(
        *_vocabulary(
            "not never yet hope hopes hoping hopefully plan plans planning planned "
            "goal goals aim aims aiming target targets want wants wanted will would "
            "could should might if once until"
        ),
        "going to",
        r"[\w]{1,20}n't",
    ),
    _END,
)
# A clause that opens as a plan, a hope, a goal or a denial describes a change that
# has not happened yet: "We plan to cut build time in half", "Goal: adopted by 4
# teams", "Will migrate the billing service". Only the opening of a clause is read,
# so "cut build time so that we will ship daily" still states a change.
_PLAN_OPENER = _compile(
    r"\W{0,3}",
    r"(?:",
    _words(
        *_vocabulary("we i they we're i'm they're"),
        "(?:the|our|my) team(?: is| are)?",
    ),
    r"\s{1,3})?",
    _words(
        "not yet",
        "yet to",
        "about to",
        "going to",
        "would like to",
        r"(?:plan|plans|planning|planned|aim|aims|aiming|hope|hopes|intend|intends"
        r"|intending|expect|expects|expecting|want|wants) to",
        "next (?:quarter|sprint|half|year|month|week)",
        r"(?:(?:the|our|my) )?(?:plan|goal|aim|target|objective|next step|to-?do)s?"
        r"(?:\s{0,3}:| is to| are to)",
        *_vocabulary("shall gonna we'll i'll they'll hoping hopefully"),
        # ...but "Will and I cut it", "Will, our SRE, cut it" and "Will halved it"
        # name a colleague: what follows is a link, a pause or a past tense.
        r"will(?!\s{0,3}[,&'’]|\s{1,3}(?:and|or|with|has|had|was|is|did|[a-z]+ed)\b)",
    ),
    _END,
)
# A change put in the future tense or as an intent, anywhere before the claim in its
# clause, has not happened either: "Build time will fall from 20 to 5 minutes",
# "latency should drop 40%", "so deploys are expected to take 5 minutes". Matched in
# lower case only, so that Will, a colleague, is not read as a future tense.
_AHEAD = lazy_compile(
    _START
    + _words(
        *_vocabulary("will shall should gonna"),
        r"[a-z]{1,20}'ll",
        "going to",
        r"(?:(?:is|are|am|be) )?(?:expected|projected|likely|on track|set|due|about"
        r"|supposed) to(?! (?:date|the|a|an|our|my|its|their|his|her)(?![\w-]))",
        r"(?:plan|plans|planning|aim|aims|aiming|hope|hopes|hoping|intend|intends"
        r"|intending|expect|expects|expecting) to",
    )
    + _END
)
# Someone other than the writer now doing the work without help is the outcome of
# mentoring or coaching, not the writer's effort: "Jo handled 2 incidents alone".
_ON_THEIR_OWN = _words(
    *_vocabulary("alone independently unassisted unaided solo single-handedly"),
    "on (?:his|her|their|its) own",
    "by (?:himself|herself|themselves|themself)",
    r"without (?:any )?(?:help|support|assistance|supervision|guidance|backup"
    r"|escalating|escalation|me|us)",
)
_ON_THEIR_OWN_AFTER = _compile(
    r"(?:\s{1,3}[^\s,;:.!?]{1,30}){0,5}?\s{1,3}", _ON_THEIR_OWN, _END
)
# Words between a doer and the verb that say nothing about who the doer is.
_BETWEEN_DOER_AND_VERB = frozenset(
    _vocabulary(
        "have has had ve d ll now then also already just successfully finally since "
        "alone independently solo unassisted unaided single handedly"
    )
)
# A verb after one of these is the writer's own: "I reviewed", "and handled".
_WRITER_OR_LINK = frozenset(
    _vocabulary("i we me us myself ourselves and or but plus while")
)
_FIRST_PERSON_SINGULAR = frozenset(_vocabulary("i me myself"))
_FIRST_PERSON_PLURAL = frozenset(_vocabulary("we us ourselves"))
# What the writer's team now does is a change when what came before is said:
# "we now deploy daily instead of weekly", "... where we used to wait a week".
_INSTEAD = _compile(_START, _words("instead of", "rather than", "in place of"), _END)
# "in one review instead of", "within a day rather than": what it took, compared.
_TAKEN_INSTEAD = _compile(
    _START,
    r"(?:in|within)\s{1,3}",
    _HEDGE,
    r"(?:[0-9]{1,6}|",
    _words(*_vocabulary("one two three four five six seven eight nine ten a an")),
    r"|a\s{1,3}single|a\s{1,3}few|half\s{1,3}an?)",
    r"(?:\s{1,3}[^\W\d_][\w-]{0,29}){1,2}?\s{0,3},?\s{0,3}",
    _words("instead of", "rather than", "in place of"),
    _END,
)
# Words that open a line the writer did themselves: "We chose", "My team".
_WRITER_OPENERS = frozenset(
    _vocabulary(
        "i we me us my our myself ourselves chose choose picked pick used use "
        "spent spend opted decided went kept focused"
    )
)
_COMPARED_TO_BEFORE = _compile(
    _START,
    _words(
        "instead of",
        "rather than",
        "used to",
        "compared (?:to|with)",
        r"than (?:before|we used|we did|last|it used|they used)",
        "(?:up|down) from",
        "unlike before",
        "for the first time",
    ),
    _END,
)
# Words between a doer and "now" or "stopped": "I'm now", "they have all stopped".
_BETWEEN_DOER_AND_NOW = _BETWEEN_DOER_AND_VERB | frozenset(
    _vocabulary("m re s all both still even really")
)
_CLAUSE_END = _compile(r"[;!?\n]|\.(?=\s)")
_SENTENCE_END = _compile(r"[!?\n]|\.(?=\s|$)")
_CLAUSE_STOP = _compile(r"[,;:!?\n()]|\.(?=\s|$)|\s-\s|\s(?:and|but|so|which)\s")
_SOME_WORD = _compile(r"[^\W\d_]{1,30}")
_NEXT_WORD = _compile(r"\s{0,3}([^\W\d_]{1,30})")
_TOKEN = _compile(r"\S{1,200}")

# --- What a measure is of ----------------------------------------------------------

# Words between a measure's name and its numbers: "lead time went from", "MTTR
# was", "deploys now take". Those in _NAME_LINKS make the name the subject.
_NAME_LINKS = (
    frozenset(
        _vocabulary(
            "was were is are has have had been went gone got took take takes taking "
            "ran stood stands changed"
        )
    )
    | _DOWN_WORDS
    | _UP_WORDS
)
_NAME_TAIL = (
    frozenset(_vocabulary("from to in within at by now used be being all the way"))
    | _NAME_LINKS
    | _HEDGES
)
# "ship their first change in 1 week": a time taken to reach something.
_NAME_TIME_TAKEN = frozenset(_vocabulary("in within"))
# Verbs of getting something done or answered: "reviews land in 4 hours" measures
# the time to land, "incidents resolved in 2 hours" the time to resolve.
_TIME_TO_VERBS = frozenset(
    _vocabulary(
        "land merge ship deploy release resolve respond reply answer close recover"
    )
)
# Who or when before a verb that starts a name: "we close tickets in 2 days".
_NAME_DOERS = frozenset(_vocabulary("i we you they he she it now also still all"))
# A word after which a name says where a thing went, not what was measured:
# "invoices out in 1 day" measures the time to send them, which it does not name.
_NAME_PARTICLES = frozenset(_vocabulary("out off back over away through live done"))
# "releases took 3 days" measures the time releases take: the one word added.
_NAME_TOOK = frozenset(_vocabulary("took take takes taking"))
_NAME_TIME_WORDS = frozenset(
    _vocabulary("time times duration latency lead wait delay turnaround")
)
# Words that end a name and are never part of it.
_NAME_STOPS = (
    frozenset(
        _vocabulary(
            "the a an our my their his her its your this that these those we i they "
            "it you he she me us them and or but so then also for with on in at to "
            "by from after before since when while which who as than into under "
            "across every each both not no just now"
        )
    )
    | _HEDGES
)
_NAME_ARTICLES = frozenset(_vocabulary("the a an our my their his her its your"))
# Who a counted thing reached, after its name: "escalations to me", "pages for us".
_REACHED_WHOM = frozenset(_vocabulary("me us him her them"))
_REACHED_LINKS = frozenset(_vocabulary("to for from at with"))
# Words before where a thing went: "shipped to prod", "merged into main".
_DESTINATION_WORDS = frozenset(_vocabulary("to into onto"))
# Verbs that end a name where they stand: after one, the words are what the
# subject was ("new hires were productive in week 2"), not what was measured.
_NAME_LINK_VERBS = frozenset(
    _vocabulary(
        "was were is are has have had been went gone got took takes taking ran fell "
        "rose grew shrank"
    )
)
# Joined inside a name only: "pages per week", "cost of CI".
_NAME_JOINERS = frozenset(_vocabulary("of per"))
# Words that start what narrows a name down: "tickets about stale data".
_NAME_QUALIFIERS = frozenset(_vocabulary("about without"))
_NAME_MOST_WORDS = 4
# A verb before a name that changes what the name measures ("Cut build time").
_CHANGE_VERBS = frozenset(
    _vocabulary(
        "cut cuts reduced lowered shortened shrank slashed trimmed shaved halved "
        "decreased dropped brought got sped improved increased raised boosted lifted "
        "doubled tripled"
    )
)
# Verbs of doing that do not end in -ed: what follows is worked on, not measured.
# Only past forms: "build" and "lead" are as often nouns ("build time").
_DOING_VERBS = frozenset(
    _vocabulary(
        "ran led built wrote rewrote made drove took put did gave began spun held "
        "sent found"
    )
)
# Who did or had the work is not what was measured: "our team went from 2 to 8".
_NOT_A_NAME = frozenset(
    _vocabulary("team teams org orgs company group squad department everyone people")
)
# Words that name who a change was for or came from: "for the platform team",
# "from new hires", "of our customers". Such a phrase says whose, not what.
_WHO_WORDS = _NOT_A_NAME | frozenset(
    _vocabulary(
        "hire hires user users customer customers client clients engineer engineers "
        "developer developers dev devs staff member members folks colleague "
        "colleagues newcomer newcomers joiner joiners starter starters reviewer "
        "reviewers manager managers partner partners tenant tenants merchant "
        "merchants subscriber subscribers person"
    )
)
# Words that bring in whose a measure is: "errors for the mobile team".
_WHOSE_LINKS = frozenset(_vocabulary("of for from"))
# What a title ends in when it names a metric ("Cut release lead time").
_METRIC_WORDS = frozenset(
    _vocabulary(
        "time times latency duration mttr mttd mtta mtbf uptime downtime "
        "availability throughput rate errors failures incidents pages alerts cost "
        "costs spend bill size backlog p50 p90 p95 p99 coverage churn retention "
        "conversion wait delay lag flakiness speed memory use usage footprint "
        "consumption"
    )
)
_NAME_WORD = _compile(r"[^\W_][\w'-]{0,29}")
_LEAD_WORDS = _compile(r"(?:[^\W\d_]{1,30}\s{1,3}){1,4}")

# --- Activity, outcome, output and beneficiaries ------------------------------------

_ACTIVITY_VERB = _words(
    "worked on",
    "working on",
    r"helped(?: (?:out )?(?:with|to)(?!\w))?",
    r"helping(?: (?:out )?(?:with|to)(?!\w))?",
    "participated in",
    "took part in",
    "(?:(?:was|were|am|is|are|been|i'm) )?(?:involved in|responsible for)",
    "contributed to",
    "contributing to",
    "attended",
    r"assisted(?: (?:with|in|on)(?!\w))?",
    "rolled out",
    "set up",
    "organi[sz]ed",
    *_vocabulary(
        "supported shipped launched delivered released deployed reviewed closed "
        "resolved merged triaged answered handled wrote written fixed implemented "
        "built created completed finished designed developed drafted documented "
        "refactored migrated upgraded added updated maintained hosted conducted "
        "presented mentored onboarded interviewed investigated researched tested "
        "coded prototyped authored"
    ),
)
_COUNT = _words(  # "every", "all the", "200", "over 150", "a dozen", "three"
    r"(?:(?:over|about|around|nearly|almost|more than|some) )?"
    + _words(
        "every",
        "each",
        "all(?: (?:of )?(?:the|our|my))?",
        r"[0-9][0-9,]{0,12}\+?",
        "a (?:dozen|hundred)",
        "(?:dozens|hundreds) of",
        *_vocabulary(
            "two three four five six seven eight nine ten eleven twelve fifteen "
            "twenty thirty forty fifty"
        ),
    )
)
_ACTIVITY = _compile(
    _START,
    _ACTIVITY_VERB,
    _END,
    r"(?P<count>\s{1,3}",
    _COUNT,
    r"\s{1,3}[^\W\d_][\w'-]{0,30})?",
)

# "now" followed by what someone does now; not "until now", "right now", "now
# working on" or "now responsible for", which say nothing changed for anyone.
# Whether "now lead" is a change depends on who leads: see _NOW_NEEDS_OTHERS.
_NOT_AFTER_NOW = _words(
    *_vocabulary(
        "the a an i i'm i've we we're they it its it's this that these those his her "
        "my our your on in at of for with as and or but than then own owns "
        "responsible part is was am are be been have has had there here "
        "also just only after before so if when know think plan want need hope try "
        "ready officially finally always sometimes perhaps thanks plus back more"
    )
)
_NOW = "".join(
    [
        r"(?:(?:can|could|will|does|do|is|are|get|gets)\s{1,3}now|",
        r"(?<!until\s)(?<!right\s)(?<!for\s)(?<!by\s)(?<!from\s)(?<!of\s)",
        r"(?<!till\s)(?<!to\s)(?<!just\s)now\s{1,3}",
        r"(?:(?:only|also|just|automatically|routinely|reliably|consistently|",
        r"always)\s{1,3})?",
        rf"(?P<now_verb>(?!{_NOT_AFTER_NOW}(?![\w'-]))[^\W\d_]{{2,20}}(?<!ing))",
        r"(?![\w'-]))",
    ]
)
# "now lead projects" is a change when others lead ("two juniors now lead
# projects"); "I now lead" or "now lead of the guild" is the writer's new role.
_NOW_NEEDS_OTHERS = frozenset(_vocabulary("lead leads"))
# Someone else doing the work without help: "the new hires handle on-call on
# their own", "the service recovers by itself". "On its own branch" is not.
_BY_THEMSELVES = "".join(
    [
        r"(?:on (?:his|her|their|its) own|by (?:himself|herself|themselves|",
        r"themself|itself))",
        r"(?=\s{0,3}(?:[^\w\s'-]|$)|\s{1,3}",
        _words(
            *_vocabulary(
                "and now too since after every each in within without for at when "
                "while as so from across again already most all"
            )
        ),
        r"(?![\w'-]))",
    ]
)
_OUTCOME = _compile(
    _START,
    _words(
        _NOW,
        "no longer",
        r"not any\s?more",
        "never again",
        r"no more(?! than(?!\w))",
        r"dropped(?! (?:support|the ball|out)(?!\w))",
        *_vocabulary(
            "drops fell falls dipped plummeted decreased decreases declined declines "
            "reduced reduces lowered shrank shrunk slashed halved doubled tripled "
            "quadrupled increased increases rose grew faster quicker fewer eliminated "
            "eliminates prevented prevents avoided unblocked unblocks "
            "shortened accelerated"
        ),
        r"(?:saved|saves)(?! the day(?!\w))",
        "went (?:from|down|up)",
        "(?:down|up) from",
        "(?:sped|speeds) up",
        "(?:freed|frees) up",
        "less (?:time|toil|noise|often|manual|downtime|waiting|rework|churn)",
        "removed the need",
        # Taken up by others, even uncounted ("adopted by the data team").
        r"(?P<adoption>(?:adopted|in use) (?:by|across|throughout)|"
        r"(?:teams|squads|orgs|groups|departments|customers|users|engineers|"
        r"developers)(?: (?:now|have|had|all|also|since|already)){0,2} (?:adopted|"
        r"used|now use|rely on|relied on|switched to|moved to|picked (?:it )?up)|"
        # One team taking up the user's work ("the payments team adopted it");
        # what a team adopts without naming it as the user's ("a new rotation")
        # may be anyone's work, so only "it", "our ...", "my ..." and the like.
        r"(?:team|squad|org|group|department|division)"
        r"(?: (?:now|has|had|all|also|since|already|then)){0,2} "
        r"(?:(?:adopted|uses|relies on|relied on|switched to|moved to|"
        r"migrated to|standardi[sz]ed on|picked up|took up) "
        r"(?:it|them|this|these|that|those|our|my)(?!\w)|"
        r"(?:picked|took) (?:it|them) up))",
        "result(?:ed|ing) in",
        "led to",
        "as a result",
        "which meant",
        "meaning that",
        "for the first time",
        "so that",
        "so" + _ANY_WORDS + r" (?:can|could|no longer|now|never|don't|doesn't|"
        "didn't|only)",
        r"(?:enabled|enables|enabling|allowed|allows|allowing)(?: \S{1,30}){1,4}? to",
        "stopped (?:happening|paging|failing|firing|recurring|breaking)",
        # "Merges stopped being blocked": a change when something else stopped.
        r"(?P<stopped_doing>stopped) [^\W\d_][\w'-]{0,20}ing",
        _BY_THEMSELVES,
        "(?:zero|no) (?:incidents|pages|outages|failures|rollbacks|escalations|"
        "complaints) (?:since|after|in|this|last)",
        # "cut the build time" is a change; "cut a release" is routine work.
        r"cuts?(?! (?:(?:a|an|the|our|new|a new) )?(?:release|branch|tag|rc|"
        r"version|ticket|corners)(?!\w))",
    ),
    _END,
)

# The outcome words that say a change happened but not how much of one: alone,
# they leave "Builds got faster" as vague as no change at all. A bare direction
# ("velocity went up", "quality improved") says no more.
_BARE_COMPARATIVE = _compile(
    _words(
        *_vocabulary("faster quicker fewer"),
        "(?:sped|speeds) up",
        "(?:went|goes|has gone|have gone) (?:up|down)",
        "(?:improved|improves|increased|increases|decreased|decreases)",
        "(?:got|gets|has got|have got|has gotten|have gotten) better",
        "(?:is|are|was|were)(?: now)? (?:higher|lower|better)",
    ),
)
_BARE_DIRECTION = _compile(_START, _BARE_COMPARATIVE.pattern, _END)
_BARE_MOVE = _compile(  # a change said only by the way it moved: "dropped", "rose"
    _words(
        *_vocabulary(
            "dropped drops fell falls dipped decreased decreases declined declines "
            "reduced reduces lowered shrank shrunk increased increases rose grew "
            "shortened accelerated"
        ),
        "went (?:down|up)",
    ),
)

# Which way the example under a bare change moves, from the word's last word.
_SPEED_WORDS = frozenset(
    _vocabulary("faster quicker sooner sped speeds accelerated shortened")
)
_EXAMPLE_FELL = frozenset(
    _vocabulary(
        "down lower fewer less dropped drops fell falls dipped decreased decreases "
        "declined declines reduced reduces lowered shrank shrunk smaller shorter "
        "cheaper"
    )
)
_EXAMPLE_ROSE = frozenset(
    _vocabulary(
        "up higher more increased increases rose rises grew grows larger bigger "
        "climbed jumped"
    )
)

_OUTPUT = _compile(  # "built a monitoring dashboard", "wrote a design doc"
    _START,
    _words(
        *_vocabulary(
            "built wrote written created designed developed drafted authored "
            "published prototyped implemented added introduced made produced shipped "
            "launched delivered gave"
        ),
        "set up",
        "put together",
        "stood up",
        "spun up",
        "rolled out",
    ),
    _END,
    r"(?:\s{1,3}\S{1,30}){0,4}?\s{1,3}(?P<artifact>",
    _words(
        "design docs?",
        "onboarding guide",
        "test harness",
        "proof of concept",
        *_vocabulary(
            "dashboards? runbooks? playbooks? docs? documents? documentation rfcs? "
            "proposals? specs? specifications? guides? handbooks? tutorials? wiki "
            "readme templates? checklists? reports? tools? tooling scripts? cli bots? "
            "plugins? library libraries sdks? apis? services? pipelines? workflows? "
            "prototypes? poc alerts? framework portal linters? generators? workshops? "
            "talks? presentations? decks? slides diagrams? demos?"
        ),
    ),
    r")",
    _END,
)

_BENEFICIARY = _compile(
    _START,
    _words(
        "product managers?",
        "new hires?",
        "organi[sz]ation",
        *_vocabulary(
            "teams? teammates? on-?call customers? users? clients? engineers? "
            "developers? devs support sales pms? designers? qa sres? ops newcomers? "
            "everyone org company partners? merchants? colleagues? analysts? "
            "operators? leadership finance marketing stakeholders? squads? people "
            "staff patients? students? readers?"
        ),
    ),
    _END,
)


# --- Reading a text -----------------------------------------------------------------


@dataclass(frozen=True)
class _Activity:
    """One activity phrasing found in a text."""

    phrase: str
    """The phrasing as typed, such as "Reviewed 200 PRs"."""
    counted: bool
    """True when it counts work done ("closed 45 tickets", "closed every ticket")."""
    quote: str
    """The phrasing with the rest of its clause, to quote back in a hint."""


@dataclass(frozen=True)
class _Facts:
    """What the rules found in a text, before any hint is chosen."""

    blank: bool
    measures: tuple[Measure, ...] = ()
    measure_names: tuple[str, ...] = ()
    """What the text names each of ``measures``; empty where it names nothing."""
    activity: tuple[_Activity, ...] = ()
    """Activity phrasings in order of appearance, each once."""
    outcome: bool = False
    """True when the text states an outcome in words ("no longer", "dropped")."""
    artifact: str = ""
    """The artifact produced, ready for a hint ("the dashboard"); empty if none."""
    beneficiary: bool = False
    """True when the text names who benefited, or plausibly does."""
    planned: bool = False
    """True when the text states no change that has happened, only a planned,
    hoped-for or denied one ("We plan to cut build time in half")."""
    taken_up: bool = False
    """True when other teams or a count of others took the work up ("two other
    teams adopted it"): that was noticed outside the writer's team."""


def _facts_of(text: str) -> _Facts:
    """Apply every rule to a text and gather what they found."""
    clean = text.translate(_SAME_LENGTH)
    if not clean.strip():
        return _Facts(blank=True)

    artifact = ""
    output = _OUTPUT.search(clean)
    if output is not None:
        start, end = output.span("artifact")
        noun = " ".join(text[start:end].split())
        artifact = catalogue.FRAMING_THE_ARTIFACT.format(artifact=noun)

    measures, measure_names, measures_planned = _measures_in(clean, text)
    outcome, outcome_planned = _outcome_in(clean)
    reached, reach_planned = _reach_in(clean)
    outcome = outcome or reached
    outcome_planned = outcome_planned or reach_planned
    outcome = outcome or _compares_with_before(clean)
    # "Jo handled 2 incidents alone": what someone else now does without help.
    outcome = outcome or any(
        _is_done_by_others_alone(clean, match) for match in _ACTIVITY.finditer(clean)
    )
    # Work already done ("Shipped the runners; next we will ...") is coached as
    # activity: the plan beside it is not what the statement reports.
    activity = _activity_in(clean, text)
    planned = not (measures or outcome or activity or artifact)
    planned = planned and (
        measures_planned or outcome_planned or _opens_as_plan(clean, 0)
    )
    return _Facts(
        blank=False,
        measures=measures,
        measure_names=measure_names,
        activity=activity,
        outcome=outcome,
        artifact=artifact,
        beneficiary=_BENEFICIARY.search(clean) is not None,
        planned=planned,
        taken_up=reached or _others_took_it_up(clean),
    )


def _outcome_in(clean: str) -> tuple[bool, bool]:
    """Whether a text states an outcome in words, and whether it only plans one.

    Returns:
        (an outcome that has happened is stated, an outcome is stated only as a
        plan, a hope or a denial).
    """
    planned = False
    for match in _OUTCOME.finditer(clean):
        if _is_writers_own_routine(clean, match):
            continue
        # "Deploys will now take 5 minutes": the claim itself opens in the future.
        unrealised = (
            _in_plan(clean, match.start())
            or _AHEAD.match(clean, match.start()) is not None
            or (match.group("adoption") is not None and _is_unrealised(clean, match))
        )
        if not unrealised:
            return True, False
        planned = True
    return False, planned


def _compares_with_before(clean: str) -> bool:
    """True when a comparison with "instead of" states a change, whatever the tense.

    "The team agreed a plan in one review instead of weeks of debate" compares
    what the result took with what it used to take, so it says what changed even
    in the past tense, and even in a line that opens with its verb. Without "in
    <so much>", the comparison is a change only when someone or something other
    than the writer does it ("Alerts reached the owning team instead of the
    on-call engineer"); "Worked on the plan instead of the migration" or "We
    chose Postgres instead of MySQL" tells which work the writer chose.
    """
    for match in _INSTEAD.finditer(clean):
        if _in_plan(clean, match.start()):
            continue
        if _TAKEN_INSTEAD.search(clean, max(0, match.start() - 80), match.end()):
            return True
        clause, _ = _clause_before(clean, match.start())
        words = [word.casefold() for word in _SOME_WORD.findall(clause)]
        if len(words) < 3 or words[0] in _WRITER_OPENERS:
            continue
        if _is_verb(words[0]) or _ACTIVITY.match(clause.lstrip()) is not None:
            continue
        return True
    return False


def _is_writers_own_routine(clean: str, match: re.Match[str]) -> bool:
    """True when an outcome phrasing only tells what the writer now does.

    "Two of the three now lead projects" and "merges stopped being blocked"
    say what changed for someone or something else. "I now review every PR",
    "now lead of the guild" and "we stopped running the nightly job" tell of
    the writer's own work or role, which is activity.
    """
    verb = match.group("now_verb")
    if verb is not None:
        doer = _doer_before(clean, match.start())
        if doer in _FIRST_PERSON_SINGULAR:
            return True
        if doer in _FIRST_PERSON_PLURAL:
            # "We now deploy daily" tells what the writer's team does; it is a
            # change only when what it did before is said too.
            sentence = _SENTENCE_END.search(clean, match.end())
            end = sentence.start() if sentence is not None else len(clean)
            return _COMPARED_TO_BEFORE.search(clean, match.end(), end) is None
        if verb.casefold() in _NOW_NEEDS_OTHERS:
            return not doer or doer in _WRITER_OR_LINK
        return False
    if match.group("stopped_doing") is not None:
        doer = _doer_before(clean, match.start())
        return not doer or doer in _WRITER_OR_LINK
    return False


def _doer_before(clean: str, start: int) -> str:
    """Who does what follows ``start``: the word before it in its clause.

    Words such as "has", "also" or the "m" of "I'm" are passed over; empty when
    the clause opens at ``start``.
    """
    clause, _ = _clause_before(clean, start)
    words = [word.casefold() for word in _SOME_WORD.findall(clause[-80:])]
    while words and words[-1] in _BETWEEN_DOER_AND_NOW:
        words.pop()
    return words[-1] if words else ""


def _reading(
    facts: _Facts,
    *,
    beneficiary_named: bool,
    typed_measure: Measure | None,
    noticed_named: bool = False,
) -> Reading:
    """Combine the facts of a text, and any measure typed beside it, into a reading."""
    measures = facts.measures
    names = facts.measure_names
    half_typed = False
    unchanged = typed_measure is not None and records_no_change(typed_measure)
    if typed_measure is not None and typed_measure.is_complete:
        measures = (typed_measure, *measures)
        names = (typed_measure.label, *names)
    elif typed_measure is not None and typed_measure != Measure() and not unchanged:
        half_typed = True

    has_metric = bool(measures)
    unnamed = unnamed_figure(measures, names)
    # A figure that says neither what it measures nor where it started ("-50%")
    # could be anything: on its own it leaves the win to be framed by its words.
    counts = has_metric and not unnamed
    # The user's own figures saying nothing moved outweigh words claiming it did.
    impact = (counts or facts.outcome) and not unchanged
    output_only = bool(facts.artifact) and not impact
    planned = facts.planned and not impact

    hints = _hints_for(
        facts,
        impact=impact,
        has_metric=has_metric,
        output_only=output_only,
        planned=planned,
        beneficiary_named=beneficiary_named,
        half_typed=half_typed,
        noticed_named=noticed_named,
    )
    if unnamed and not impact and not planned:
        ask = catalogue.FRAMING_ASK_WHAT_TEXT_FIGURE_MEASURES
        if measures[0] is typed_measure:
            # Only a typed figure is quoted back: one read from the text is
            # there for the user to see, and normalised it might not match it.
            ask = catalogue.FRAMING_ASK_WHAT_FIGURE_MEASURES.format(figure=unnamed)
        # Asking for a number again would not help: there is one, of nothing.
        rest = (hint for hint in hints if hint != catalogue.FRAMING_ASK_BEFORE_AFTER)
        hints = (ask, *rest)[:MAX_HINTS]
    else:
        unnamed = ""
    return Reading(
        framing=FRAMING_IMPACT if impact else FRAMING_ACTIVITY,
        # A figure of nothing, left standing, measures nothing either: the
        # review, the check and the coach all read "measured" from here.
        has_metric=has_metric and not unnamed,
        measures=measures,
        measure_names=names,
        activity_phrases=tuple(found.phrase for found in facts.activity),
        output_only=output_only,
        hints=hints,
        planned=planned,
        unnamed_figure=unnamed,
    )


def unnamed_figure(measures: Sequence[Measure], names: Sequence[str] = ()) -> str:
    """The figure of a win's measures when none says what it measures; else "".

    A measure says what it measures through its label, a name the text gives it
    ("build time −50%"), a before ("40 → 20 minutes"), or by being a saving of
    money or time ("saved $40k a year"). When no complete measure does, its
    figure alone ("−50%", "−3 minutes") could be a change in anything.

    Args:
        measures: the measures of a reading, in the order of the text.
        names: what the text names each of them; empty where it names nothing.

    Returns:
        The first complete figure as the journal shows it ("−50%") when none of
        the complete measures says what it measures; empty otherwise.
    """
    complete = [
        (measure, names[index] if index < len(names) else "")
        for index, measure in enumerate(measures)
        if measure.is_complete
    ]
    for measure, name in complete:
        if measure.label.strip() or name.strip() or measure.before is not None:
            return ""
        if is_saving(measure):
            return ""
    if not complete:
        return ""
    # A rise is asked about as the user would write it: "12%", not "+12%".
    return describe_measure(complete[0][0]).removeprefix("+")


_SHARE_FIGURE = _compile(  # "40% of payments", "60% of the traffic"
    r"(?<![\w.])(?P<figure>\d+(?:\.\d+)?\s?%)\s{1,3}of\s{1,3}",
    r"(?P<what>(?:the\s{1,3})?[^\W\d_][\w-]{0,24}(?:\s{1,3}[^\W\d_][\w-]{0,24})?)",
)
_SAYS_A_BEFORE = _compile(r"\bfrom\s{1,3}[0-9]")
# Words that end what a share is of: "40% of payments to the new service".
_SHARE_OF_ENDS = frozenset(
    _vocabulary("to in on for from with by at and or but now onto into over")
    + _vocabulary("faster slower quicker sooner is are was were run runs ran")
    + _vocabulary("go goes went moved move moves use uses used")
)


def share_with_no_before(text: str) -> str:
    """A share the text states with no before, such as "40% of payments"; else "".

    "Moved 40% of payments to the new service" names a figure and what it is a
    share of, but not where the share started, so it measures no change yet:
    the coach asks for the before rather than calling it a text with no figure.
    Only meaningful for a text the coach reads no measure in; a share said with
    its before ("40% of payments, up from 10%") is a measure already.

    Args:
        text: a change as the user typed it.

    Returns:
        The first share as written, the figure with what it is of ("40% of
        payments"), or empty when the text states none.
    """
    if _SAYS_A_BEFORE.search(text):
        return ""  # a before is said, even where no measure could be read from it
    for match in _SHARE_FIGURE.finditer(text):
        if _word_before(text, match.start()) == "for":
            continue  # "for 30% of users" says who gained, not how much changed
        words = match.group("what").split()
        kept = [words[0]]
        if words[0].casefold() == "the" or (
            len(words) > 1 and words[1].casefold() not in _SHARE_OF_ENDS
        ):
            kept += words[1:2]
        figure = " ".join(match.group("figure").split())
        return f"{figure} of {' '.join(kept).rstrip('.,;:')}"
    return ""


def _hints_for(
    facts: _Facts,
    *,
    impact: bool,
    has_metric: bool,
    output_only: bool,
    beneficiary_named: bool,
    half_typed: bool,
    noticed_named: bool = False,
    planned: bool = False,
) -> tuple[str, ...]:
    """Choose the hints, most useful first; never more than ``MAX_HINTS``."""
    if impact and has_metric:
        # Others taking the work up already says who noticed it.
        if noticed_named or facts.taken_up:
            return ()
        return (catalogue.FRAMING_ASK_WHO_NOTICED,)
    if planned:
        # Nothing has happened to measure yet, so only an unfinished typed measure
        # is worth a second word.
        if half_typed:
            return (
                catalogue.FRAMING_PLAN_NOT_YET,
                catalogue.FRAMING_COMPLETE_THE_MEASURE,
            )
        return (catalogue.FRAMING_PLAN_NOT_YET,)

    if half_typed:
        measure_hint = catalogue.FRAMING_COMPLETE_THE_MEASURE
    else:
        measure_hint = catalogue.FRAMING_ASK_BEFORE_AFTER
    if facts.blank and not impact:
        return (catalogue.FRAMING_START_WITH_CHANGE, measure_hint)

    hints: list[str] = []
    if not impact:
        hints.append(_change_hint(facts, output_only))
    hints.append(measure_hint)
    # The output hint already asks who uses the artifact.
    if not beneficiary_named and not output_only:
        hints.append(catalogue.FRAMING_ASK_WHO_BENEFITED)
    return tuple(hints[:MAX_HINTS])


def _change_hint(facts: _Facts, output_only: bool) -> str:
    """The hint that asks what changed, worded for what the text describes."""
    if output_only:
        return catalogue.FRAMING_OUTPUT_TO_OUTCOME.format(artifact=facts.artifact)

    counted = any(found.counted for found in facts.activity)
    if len(facts.activity) > 1:
        # Every phrasing is named, so the user sees which words to rework.
        phrases = _quoted_list([found.quote for found in facts.activity])
        if counted:
            return catalogue.FRAMING_ASK_WHAT_SEVERAL_COUNT_CHANGED.format(
                phrases=phrases
            )
        return catalogue.FRAMING_ASK_WHAT_SEVERAL_CHANGED.format(phrases=phrases)
    if counted:
        quote = facts.activity[0].quote
        return catalogue.FRAMING_ASK_WHAT_COUNT_CHANGED.format(phrase=quote)
    if facts.activity:
        quote = facts.activity[0].quote
        return catalogue.FRAMING_ASK_WHAT_CHANGED.format(phrase=quote)
    return catalogue.FRAMING_ASK_FOR_CHANGE


# At most this many phrasings are quoted in one hint; the rest are counted.
_MAX_QUOTED = 3


def _quoted_list(quotes: Sequence[str]) -> str:
    """Quotes joined for a sentence: "“a”, “b” and “c”", or "… and 2 more"."""
    shown = [catalogue.FRAMING_QUOTED.format(phrase=quote) for quote in quotes]
    if len(shown) > _MAX_QUOTED:
        return catalogue.FRAMING_QUOTED_AND_MORE.format(
            quoted=", ".join(shown[:_MAX_QUOTED]), count=len(shown) - _MAX_QUOTED
        )
    return catalogue.FRAMING_QUOTED_AND.format(
        quoted=", ".join(shown[:-1]), last=shown[-1]
    )


def _activity_in(clean: str, text: str) -> tuple[_Activity, ...]:
    """Activity phrasings as typed, each once, in order of appearance."""
    seen: set[str] = set()
    found: list[_Activity] = []
    for match in _ACTIVITY.finditer(clean):
        if _is_done_by_others_alone(clean, match):
            continue

        phrase = " ".join(text[match.start() : match.end()].split())
        key = phrase.casefold()
        if key in seen:
            continue

        seen.add(key)
        quote = _clause_from(clean, text, match.start(), match.end())
        found.append(_Activity(phrase, match.group("count") is not None, quote))
    return tuple(found)


def _clause_from(clean: str, text: str, start: int, end: int) -> str:
    """The text from ``start`` to the end of its clause, at most about 60 chars.

    A clause cut short ends in "…", so a quote never reads as the whole of it.
    """
    limit = min(len(clean), max(end, start + 60))
    stop = _CLAUSE_STOP.search(clean, end, limit)
    if stop is not None:
        return " ".join(text[start : stop.start()].split())
    if limit < len(clean) and not clean[limit].isspace():
        # Cut at the last whole word rather than in the middle of one.
        space = clean.rfind(" ", end, limit)
        limit = space if space != -1 else limit
    quote = " ".join(text[start:limit].split())
    rest = clean[limit:]
    next_word = limit + len(rest) - len(rest.lstrip())
    if not rest.strip() or any(
        _CLAUSE_STOP.match(clean, at) for at in (limit, next_word)
    ):
        return quote
    return quote.rstrip(" ,;:—–-") + "…"


def _is_done_by_others_alone(clean: str, match: re.Match[str]) -> bool:
    """True for work someone else now does without help: "Jo handled 2 incidents
    alone", "she independently fixed the flaky test".

    The doer is the word before the verb, passing over words such as "has" or
    "now"; a clause that opens with the verb, or "I", "we" or "and" before it,
    makes the work the writer's own.
    """
    clause, _ = _clause_before(clean, match.start())
    words = [word.casefold() for word in _SOME_WORD.findall(clause[-80:])]
    alone = False
    while words and words[-1] in _BETWEEN_DOER_AND_VERB:
        alone = alone or words[-1] in {"alone", "independently", "solo", "handedly"}
        alone = alone or words[-1] in {"unassisted", "unaided"}
        words.pop()
    if not words or words[-1] in _WRITER_OR_LINK:
        return False
    return alone or _ON_THEIR_OWN_AFTER.match(clean, match.end()) is not None


# --- Reading measures ---------------------------------------------------------------


class _Claims:
    """Which characters already belong to a measure, so that none is read twice."""

    def __init__(self, size: int) -> None:
        self._taken = bytearray(size)

    def take(self, start: int, end: int) -> bool:
        """Claim a span; False when part of it is already claimed."""
        if self._taken.find(1, start, end) != -1:
            return False
        self._taken[start:end] = b"\x01" * (end - start)
        return True


def _measures_in(
    clean: str, text: str, *, planned_too: bool = False
) -> tuple[tuple[Measure, ...], tuple[str, ...], bool]:
    """Every measured change in a text, in the order it appears.

    The forms are tried from the most to the least specific, so that "from 60% to
    85%" is one before → after and not two percentages. A change that is only
    planned, hoped for or denied ("we plan to cut build time in half") is left
    out, unless ``planned_too`` asks for the changes a text expects as well.

    Returns:
        The measures found; what the text names each before → after ("lead time
        went from ..."), empty where it names nothing; and whether any measure
        was left out as not happened yet.
    """
    claims = _Claims(len(clean))
    found: list[tuple[int, Measure, str]] = []
    planned = False

    def keep(match: re.Match[str], measure: Measure | None, name: str = "") -> None:
        nonlocal planned
        if measure is None or not claims.take(*match.span()):
            return
        if _in_plan(clean, match.start()):
            planned = True
            if not planned_too:
                return
        found.append((match.start(), measure, name))

    pairs = (
        *_RATE_PAIRS,
        *(_WAS_NOW, _NOW_WAS, _FROM_TO, _ARROW, _INSTEAD_OF, _VERSUS, _DOWN_FROM),
        *(_TO_FROM, _BEFORE_THEN_AFTER, _AFTER_THEN_BEFORE, _LABELLED_PAIR),
        *(_NOT_INSTEAD, _TO),
    )
    for pattern in pairs:
        for match in pattern.finditer(clean):
            if _is_version_bump(clean, match.start()) or _VERSION_NAMED.search(
                match.group()
            ):
                continue
            if pattern in _RATE_PAIRS:
                before, after = (
                    _rate_quantity(match, "before"),
                    _rate_quantity(match, "after"),
                )
                if before is None or after is None:
                    continue
            else:
                before, after = _quantity(match, "before"), _quantity(match, "after")
            spans = pattern in (_FROM_TO, _ARROW, _TO)
            if spans and _is_span(clean, match, before, after):
                continue
            if pattern in (_TO, _RATE_TO) and not (
                _is_verb_pair(clean, match, before, after)
                or _is_named_pair(clean, match, before, after)
            ):
                continue
            if pattern is _NOT_INSTEAD and not _is_amount_of(before, after):
                continue
            if pattern is _TO_FROM and not _is_moved_pair(clean, match, before, after):
                continue
            pair = _pair(before, after)
            name = ""
            if pair is not None:
                name = _measure_name(clean, text, match, timed=_is_duration(pair))
                name = name or _share_name(text, match)
            keep(match, pair, name)

    for match in _WORD_MULTIPLIER_FROM.finditer(clean):
        cut = _factor_from(clean, match)
        keep(match, cut, _factor_from_name(clean, text, match) if cut else "")

    for match in _PERCENT.finditer(clean):
        sign = _percent_sign(clean, match)
        if sign is not None:
            value = _number(match.group("value"))
            name = _measure_name(clean, text, match) or _name_after(
                clean, text, match.end(), links=_PERCENT_NAME_LINKS
            )
            keep(match, Measure(unit="%", change_pct=sign * value), name)

    for match in _MULTIPLIER.finditer(clean):
        factor = _number(match.group("value"))
        if factor > 1 and _word_after(clean, match.end()) in _QUICKER_WORDS:
            # "3x faster" is said of a time, which fell to a third: −67%, not +200%.
            cut = Measure(change_pct=round_half_away((1 / factor - 1) * 100))
            keep(match, cut, _time_name(clean, text, match))
        elif factor > 1:
            change = _factor_change(factor, _factor_sign(clean, match))
            # "deploys per week 3×": the words before the factor name it.
            keep(match, Measure(change_pct=change), _measure_name(clean, text, match))

    for match in _WORD_MULTIPLIER.finditer(clean):
        factor = _word_multiplier(clean, match)
        name = ""
        if factor is not None:
            # "On-call pages halved", "Halved the on-call pages".
            name = _measure_name(clean, text, match)
            name = name or _name_after(clean, text, match.end())
        keep(match, factor, name)

    # How far the work spread ("adopted by 4 teams") is an outcome, not an amount:
    # its span is only claimed, so that no count in it is read as one.
    for pattern in _REACH_PATTERNS:
        for match in pattern.finditer(clean):
            claims.take(*match.span())

    for pattern in (_AMOUNT_BY, _AMOUNT_VERB, _AMOUNT_COMPARED, _AMOUNT_DOWN):
        for match in pattern.finditer(clean):
            keep(match, *_amount(clean, text, match))

    found.sort(key=lambda item: item[0])
    measures = tuple(measure for _, measure, _ in found)
    return measures, tuple(name for _, _, name in found), planned


def _share_name(text: str, match: re.Match[str]) -> str:
    """A name for two shares that say only what they are shares of, else empty.

    "Dropped from 30% of builds to 5%" names nothing before the numbers, but
    the percentages are of builds: the measure is the share of builds.
    """
    if "share_of" not in match.re.groupindex or match.group("share_of") is None:
        return ""
    words = text[match.start("share_of") : match.end("share_of")].split()
    if words[0].casefold() == "the":
        words = words[1:]
    return " ".join(["share of", *words]) if words else ""


@dataclass(frozen=True)
class _Quantity:
    """One amount read from a match built with ``_qty``."""

    value: float
    unit: str
    """The canonical unit ("minutes", "%", "$"), or the word the number counts."""
    rate: str
    """A rate that follows the unit, such as "a week" or "/sprint"."""
    from_word: bool
    """True when the number was written as a word ("an hour", "two")."""
    numbered: bool = False
    """True when the number names a period ("week 6"), not an amount of them."""


def _number(raw: str) -> float:
    """The value of a number as matched by ``_NUM`` or ``_WORD_NUM``."""
    word = " ".join(raw.casefold().split())
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]

    scale = 1.0
    head, _, last = word.rpartition(" ")
    if head and last in _SCALE_WORDS:
        scale, word = _SCALE_WORDS[last], head
    if word.endswith("k"):
        scale, word = 1000.0, word[:-1]
    return float(word.replace(",", "")) * scale


def _quantity(match: re.Match[str], name: str) -> _Quantity:
    """Read the amount called ``name`` in a match built with ``_qty``."""
    raw = match.group(name)
    value = _number(raw)
    rest = match.group(f"{name}_rest")
    if match.group(f"{name}_sign") == "-":
        value = -value
    currency = match.group(f"{name}_cur") or ""
    unit = (match.group(f"{name}_unit") or "").casefold()
    nth = (match.groupdict().get(f"{name}_nth") or "").casefold()

    if not currency and unit in _MONEY_WORDS:
        currency = _MONEY_WORDS[unit]
        unit = ""
    if currency:
        value *= _CURRENCY_SCALE.get(unit, 1.0)
        unit = currency
    elif nth:
        # "week 6" is a point in time; a word after it ("week 6 deploys") is
        # what happened then, not a unit.
        unit = _NUMBERED_PERIODS[nth]
    elif rest is not None:
        # "2h 30m" is one duration, counted in the smaller of its units: 150 minutes.
        # A minus before it is the sign of the whole: "-1h 30m" is -90 minutes.
        rest_unit = _TIME_UNITS[match.group(f"{name}_rest_unit").casefold()]
        rest_value = -float(rest) if value < 0 else float(rest)
        unit, first, second = _one_unit(_TIME_UNITS[unit], rest_unit) or (
            rest_unit,
            0.0,
            1.0,
        )
        value = value * first + rest_value * second
    else:
        unit = _TIME_UNITS.get(unit) or _DATA_UNITS.get(unit, unit)

    rate_text = _rate_text(match.group(f"{name}_rate"), match.group(f"{name}_per"))
    return _Quantity(
        value, unit, rate_text, raw.casefold() in _NUMBER_WORDS, numbered=bool(nth)
    )


def _rate_quantity(match: re.Match[str], name: str) -> _Quantity | None:
    """Read the rate called ``name`` in a match built with ``_rate`` as a share.

    Returns:
        The share in percent ("1 in 5" is 20%), or None when the count is larger
        than what it is out of ("8 in 5"), which is no share, or when it is out
        of what reads as a year ("2 in 2024").
    """
    out_of = match.group(f"{name}_of")
    share = rate_percent(match.group(name), out_of)
    if share is None or (out_of.isdigit() and _looks_like_year(float(out_of))):
        return None
    return _Quantity(share, "%", "", from_word=False)


def _rate_text(rate: str | None, per: str | None) -> str:
    """A rate as a measure keeps it: "a week", "per sprint", "/month"; or ""."""
    if rate:
        *word, period = rate.casefold().split()
        return " ".join([*word, _PERIOD_NAMES.get(period, period)])
    if per:
        return "/" + _PERIOD_NAMES.get(per.casefold(), per.casefold())
    return ""


def _in_larger_unit(match: re.Match[str], quantity: _Quantity) -> _Quantity:
    """A duration typed in parts, in its first unit when that reads as typed.

    "2h 30m" is read as 150 minutes; said back, it is 2.5 hours, as it was
    typed in hours. "1h 20m" stays 80 minutes, since 1.333 hours is no number a
    person would write.
    """
    first = _TIME_UNITS.get((match.group("amount_unit") or "").casefold(), "")
    if match.group("amount_rest") is None or first not in _SECONDS_PER:
        return quantity
    value = quantity.value * _SECONDS_PER[quantity.unit] / _SECONDS_PER[first]
    if round(value, 2) != value:
        return quantity
    return replace(quantity, value=value, unit=first)


def _with_rate(unit: str, rate: str) -> str:
    if rate.startswith("/"):
        return f"{unit}{rate}"
    return f"{unit} {rate}".strip()


def _is_amount_of(before: _Quantity, after: _Quantity) -> bool:
    """True when "<after>, not <before>" compares a time, money or size.

    "Invoices out in 1 day, not 4" says what it took and what it used to; "hired 2
    engineers, not 3" or "on March 3, not 5" corrects a count or a date.
    """
    unit = after.unit or before.unit
    if before.unit and after.unit and _one_unit(before.unit, after.unit) is None:
        return before.unit == after.unit and unit in _CURRENCIES
    return unit in _SECONDS_PER or unit in _BYTES_PER or unit in _CURRENCIES


def _is_known_unit(unit: str) -> bool:
    return unit in _KNOWN_UNITS


def _is_duration(measure: Measure) -> bool:
    """True when a measure counts time taken: "days", "minutes a week"."""
    head = measure.unit.replace("/", " ").split()
    return bool(head) and head[0] in _SECONDS_PER


def _looks_like_year(value: float) -> bool:
    return value == int(value) and 1900 <= value <= 2100


def _pair(before: _Quantity, after: _Quantity) -> Measure | None:
    """A before → after measure from two amounts, or None when it is not a change."""
    units = {before.unit, after.unit} - {""}
    if units & _NOT_UNITS:
        return None
    if not units and (before.from_word or after.from_word):
        return None
    if not units and _looks_like_year(before.value) and _looks_like_year(after.value):
        return None

    b, a = before.value, after.value
    common = _one_unit(before.unit, after.unit)
    if not before.unit or not after.unit or before.unit == after.unit:
        unit = before.unit or after.unit
    elif common is not None:
        # Both in the smaller unit, so "2 hours to 20 minutes" reads 120 → 20 and
        # "2GB to 512MB" reads 2048 → 512.
        unit, b, a = common[0], b * common[1], a * common[2]
    elif _is_known_unit(before.unit) and not _is_known_unit(after.unit):
        unit = before.unit
    else:
        unit = after.unit

    period = _one_period(before.rate, after.rate)
    if period is None:
        return None  # "2 a week to 10 a month": no count of one in the other
    rate, b, a = period[0], b * period[1], a * period[2]
    if a == b:
        return None
    return Measure(before=b, after=a, unit=_with_rate(unit, rate))


def _one_unit(first: str, second: str) -> tuple[str, float, float] | None:
    """The smaller of two units of one kind, and how to bring each amount to it.

    Args:
        first: the unit of the first amount, such as "hours" or "GB".
        second: the unit of the second amount.

    Returns:
        The smaller unit and what each amount is multiplied by to be counted in
        it ("GB", "MB" gives "MB", 1024, 1); None for units of different kinds.
    """
    for sizes in _SCALES:
        if first in sizes and second in sizes:
            unit = min(first, second, key=sizes.__getitem__)
            return unit, sizes[first] / sizes[unit], sizes[second] / sizes[unit]
    return None


def _one_period(first: str, second: str) -> tuple[str, float, float] | None:
    """One rate for two amounts counted over periods, and how to bring each to it.

    The longer period is kept, so that the numbers stay whole: 2 a week and 10 a
    day are 2 and 70 a week.

    Args:
        first: the rate of the first amount ("/week", "a day"); may be empty.
        second: the rate of the second amount; may be empty.

    Returns:
        The rate to show and what each amount is multiplied by; None when the
        periods do not divide into one another exactly (a week and a month).
    """
    first_period, second_period = _period_of(first), _period_of(second)
    if not first or not second or first_period == second_period:
        return second or first, 1.0, 1.0
    if (first_period, second_period) in _PERIODS_IN:
        return second, _PERIODS_IN[first_period, second_period], 1.0
    if (second_period, first_period) in _PERIODS_IN:
        return first, 1.0, _PERIODS_IN[second_period, first_period]
    return None


def _period_of(rate: str) -> str:
    """The period a rate counts over: "week" for "/week", "a week" or "per week"."""
    words = rate.lstrip("/").split()
    return words[-1] if words else ""


def _is_verb_pair(
    clean: str, match: re.Match[str], before: _Quantity, after: _Quantity
) -> bool:
    """True when "12% to 2%" follows a verb of change and agrees with it.

    "failure rate fell 12% to 2%" and "cut build time 40 to 7 min" say where an
    amount started and ended. Without such a verb a few words before, "12 to 2"
    is as often a range; after "by" it is the size of the change ("fell by 12%
    to 2%"). A percentage beside an amount of something else is a change that
    ended at a level ("grew 20% to 5 teams"), and a pair that goes against its
    verb ("cut 3 to 5 minutes") is a range.
    """
    direction = _verb_direction(clean, match.start())
    if direction is None:
        return False
    return _agrees_with(direction, before, after)


def _verb_direction(clean: str, start: int) -> int | None:
    """Which way the verb of change a few words before ``start`` says things went.

    "fell 12% to 2%", "cut build time to 7 min", "Reruns dropped: 60 to 22":
    the verb is among the last five words of the clause, or the label before a
    colon that ends it. "by", "from", "to" or "than" in between makes the
    amount something else ("fell by 12% to 2%").

    Returns:
        -1 for a verb of falling, 1 for one of rising, 0 for one that may go
        either way; None when there is no such verb.
    """
    clause, _ = _clause_before(clean, start)
    direction = None
    label, colon, between = clause.rpartition(":")
    if colon and not between.strip():
        direction = _label_direction(label)
        clause = ""
    for word in reversed(clause.split()[-5:]):
        folded = word.casefold()
        if folded in _FALL_VERBS | _RISE_VERBS | _EITHER_WAY_VERBS:
            direction = -1 if folded in _FALL_VERBS else 0
            return 1 if folded in _RISE_VERBS else direction
        if folded in _NOT_BETWEEN_VERB_AND_PAIR or not _SOME_WORD.fullmatch(word):
            return None
    return direction


def _agrees_with(direction: int, before: _Quantity, after: _Quantity) -> bool:
    """True when a before and an after moved the way a word of change says.

    Percentages compare only with percentages (or a bare before), and amounts
    of different units only when one converts into the other; 0 agrees with any
    change.
    """
    units = (before.unit, after.unit)
    if "%" in units and units not in (("%", "%"), ("", "%")):
        return False
    b, a = before.value, after.value
    if before.unit and after.unit and before.unit != after.unit:
        common = _one_unit(before.unit, after.unit)
        if common is None:
            return False
        b, a = b * common[1], a * common[2]
    period = _one_period(before.rate, after.rate)
    if period is not None:
        b, a = b * period[1], a * period[2]
    return direction == 0 or (a - b) * direction > 0


def _is_moved_pair(
    clean: str, match: re.Match[str], before: _Quantity, after: _Quantity
) -> bool:
    """True when "down to 8 minutes from 20" says where an amount ended and began.

    "down" or "up" before the "to", or a verb of change a few words earlier
    ("cut build time to 8 minutes from 20"), makes it a change, and the two
    amounts must agree with it. Without one, "to 5 teams from 3 offices" is
    where something went, not a measure.
    """
    if match.group("move"):
        direction = -1 if match.group("move").casefold() == "down" else 1
    elif match.group("all"):
        direction = -1
    else:
        direction = _verb_direction(clean, match.start())
    if direction is None:
        return False
    return _agrees_with(direction, before, after)


def _is_named_pair(
    clean: str, match: re.Match[str], before: _Quantity, after: _Quantity
) -> bool:
    """True when "<measure> 6 weeks to 2 weeks" names a change without a verb.

    Each amount carries its unit, of one kind ("6 weeks to 2 weeks", "1 in 5 to 1
    in 25"), and a word that names what was measured comes just before: "time
    to first solo shift 6 weeks to 2 weeks". A count without a unit ("3 to 4
    people helped"), or a pair after a preposition or a word of estimate ("takes
    2 weeks to 3 weeks", "Estimate: 2 to 3 weeks"), is a range.
    """
    if not before.unit or not after.unit:
        return False
    if before.unit != after.unit and _one_unit(before.unit, after.unit) is None:
        return False
    if _one_period(before.rate, after.rate) is None:
        return False

    clause, _ = _clause_before(clean, match.start())
    words = clause.rstrip().rstrip(":").split()[-5:]
    if not words or not _SOME_WORD.fullmatch(words[-1]):
        return False
    if words[-1].casefold() in _NOT_AFTER_A_NAME:
        return False
    return not any(word.casefold() in _RANGE_WORDS for word in words)


def _label_direction(label: str) -> int | None:
    """Which way the change that a label before a colon names went.

    "Reruns dropped: 60 to 22 a week" is a before and an after; with no word
    of change in the label, the pair is more often a time or a range ("Office
    hours: 9 to 5", "Estimate: 2 to 3 weeks") and is not read as one.

    Returns:
        -1 for a verb of falling, 1 for one of rising, 0 for a word of change
        that may go either way ("improved", "faster"); None when the label has
        no word of change.
    """
    for word in reversed(_SOME_WORD.findall(label)):
        folded = word.casefold()
        if folded in _FALL_VERBS | _STOP_VERBS:
            return -1
        if folded in _RISE_VERBS:
            return 1
        if folded in _EITHER_WAY_VERBS | _DOWN_WORDS | _UP_WORDS:
            return 0
    return None


def _is_span(
    clean: str, match: re.Match[str], before: _Quantity, after: _Quantity
) -> bool:
    """True for "from week 1 to week 6", a stretch of time rather than a change.

    Two numbered periods counting up name where something began and ended, even
    after a change word: in "errors fell from week 1 to week 6" what fell is the
    errors, not the weeks. Counting down ("from week 6 to week 2") can only be a
    change.
    """
    return before.numbered and after.numbered and after.value > before.value


def _others_took_it_up(clean: str) -> bool:
    """True when other teams are said to have taken the work up, uncounted.

    "Two other teams adopted it" and "requested by another team" say the work
    was noticed outside the writer's team; "we hope other teams adopt it" does
    not.
    """
    return any(
        not (_is_unrealised(clean, match) or _in_plan(clean, match.start()))
        for match in _OTHERS_TOOK_IT_UP.finditer(clean)
    )


def _reach_in(clean: str) -> tuple[bool, bool]:
    """Whether others took the work up ("adopted by 4 teams", "3 orgs now use it").

    Adoption by others is an outcome the user did not bring about alone, so it
    makes a win impact; but a count of teams, users or services says how far the
    work spread, not how much anything changed, so it is never a measure.

    Returns:
        (an adoption that has happened is stated, an adoption is stated only as
        a plan, a hope or a denial).
    """
    planned = False
    for pattern in _REACH_PATTERNS:
        for match in pattern.finditer(clean):
            if _number(match.group("count")) < 1:
                continue
            if _is_unrealised(clean, match) or _in_plan(clean, match.start()):
                planned = True
            else:
                return True, False
    return False, planned


def _is_unrealised(clean: str, match: re.Match[str]) -> bool:
    """True when a claim is put as a question, a plan, a hope or a denial.

    Its clause up to the claim and the claim itself are read, and the sentence is
    followed to its end: "Used by 4 teams? Not yet." asks rather than claims.
    """
    clause, _ = _clause_before(clean, match.start())
    if _UNREALISED.search(clause) or _UNREALISED.search(match.group()):
        return True
    end = _SENTENCE_END.search(clean, match.end(), min(len(clean), match.end() + 200))
    return end is not None and end.group() == "?"


def _in_plan(clean: str, start: int) -> bool:
    """True when the clause holding ``start`` opens as a plan, a hope or a denial,
    or puts what comes at ``start`` in the future tense or as an intent.

    Both the clause and its last comma-separated part are read, so "After the
    freeze, we will cut build time in half" is a plan too; the future tense is
    looked for in that last part only, so "Cut build time from 20 to 5 minutes,
    which will let us ship daily" still states a change.
    """
    clause, offset = _clause_before(clean, start)
    if _opens_as_plan(clean, offset):
        return True
    comma = clause.rfind(",")
    if comma != -1 and _opens_as_plan(clean, offset + comma + 1):
        return True
    return _AHEAD.search(clause, comma + 1) is not None


def _opens_as_plan(clean: str, start: int) -> bool:
    """True when the text from ``start`` opens with a plan, a hope or a denial."""
    return _PLAN_OPENER.match(clean, start) is not None


def _is_version_bump(clean: str, start: int) -> bool:
    """True for "upgraded Postgres from 11 to 15", which is not a measure."""
    clause, _ = _clause_before(clean, start)
    words = {word.casefold() for word in clause.split()[-4:]}
    return bool(words & _VERSION_WORDS)


def _percent_sign(clean: str, match: re.Match[str]) -> int | None:
    """The direction of a percentage: -1, +1, or None for a level or a share."""
    if match.group("sign"):
        return -1 if match.group("sign") == "-" else 1

    after = _word_after(clean, match.end())
    if after in _DOWN_WORDS:
        return -1
    if after in _UP_WORDS:
        return 1

    before = _word_before(clean, match.start())
    if before == "by":
        found = _direction_before(clean, match.start(), max_words=None)
        return found[0] if found else 1
    if before in _LEVEL_WORDS or before == "not":
        return None  # "cut costs by 40%, not 50%": the second is denied
    if after == "of" and before not in _DOWN_WORDS | _UP_WORDS:
        return None  # "40% of the team" is a share, not a change
    found = _direction_before(clean, match.start(), max_words=6)
    return found[0] if found else None


def _factor_sign(clean: str, match: re.Match[str]) -> int:
    """The direction of "3×": down after "fewer" or "cut", else up."""
    after = _word_after(clean, match.end())
    if after in _DOWN_WORDS:
        return -1
    if after in _UP_WORDS:
        return 1
    found = _direction_before(clean, match.start(), max_words=6)
    return found[0] if found else 1


def _factor_change(factor: float, sign: int) -> float:
    """A change in percent from a factor: 2× up is +100, 2× down is −50."""
    if sign < 0:
        return round_half_away((1 / factor - 1) * 100, 1)
    return round_half_away((factor - 1) * 100, 1)


def _word_multiplier(clean: str, match: re.Match[str]) -> Measure | None:
    """The change stated by "halved", "doubled", "cut in half" and the like."""
    if match.group("half"):
        return Measure(change_pct=-50.0)
    if match.group("double") or match.group("twice"):
        return Measure(change_pct=100.0)
    if match.group("triple"):
        return Measure(change_pct=200.0)
    if match.group("quadruple"):
        return Measure(change_pct=300.0)

    found = _direction_before(clean, match.start(), max_words=8)
    if found is None:
        return None  # "split the work in half" changes nothing measurable
    return Measure(change_pct=-50.0 if found[0] < 0 else 50.0)


def _amount(clean: str, text: str, match: re.Match[str]) -> tuple[Measure | None, str]:
    """An amount of change ("saved 10 hours a week") and what the text names it.

    The amount is signed the way it went: a saving, a cut or anything "faster"
    or "fewer" is a decrease ("saved $40k a year" is −40000 in "$ a year"); "by"
    takes the direction of the change word before it ("improved ... by 2.5
    points" is +2.5). A second rate is kept with the first: "1.5 hours per
    engineer per week".

    Returns:
        The measure, or None when the number is no amount of change (a year, a
        count of people saved, a "by" with no change word); and its name, in
        the user's words ("CI bill" in "saved $40k a year on the CI bill"),
        empty when the text names none.
    """
    quantity = _in_larger_unit(match, _quantity(match, "amount"))
    unit, end = quantity.unit, match.end()
    points = _POINTS_AFTER.match(clean, end) if unit in ("%", "percentage") else None
    if points is not None:
        unit, end = "points", points.end()  # "by 2.5 percentage points"
    elif unit in _POINT_UNITS:
        unit = "points"
    elif unit == "%" or unit in _NOT_UNITS:
        return None, ""
    if not quantity.unit and _looks_like_year(quantity.value):
        return None, ""

    value, start = abs(quantity.value), match.start()
    if match.re is _AMOUNT_BY.compiled:
        # "by 12 minutes" is a change only after a change word ("reduced ... by"),
        # or when its own sign says which way it went ("changed by -40 ms").
        found = _direction_before(clean, match.start(), max_words=None)
        if found is not None:
            value, start = value * found[0], found[1]
        elif match.group("amount_sign"):
            value = quantity.value
        else:
            return None, ""
    elif match.re is _AMOUNT_DOWN.compiled:
        value *= 1 if clean[match.start() : match.end()][:2].casefold() == "up" else -1
    elif match.re is _AMOUNT_VERB.compiled and not _is_known_unit(unit):
        return None, ""  # "saved 3 customers" counts people, not an amount of change
    else:
        value = -value  # saved, cut, shaved; faster, fewer, cheaper

    rate = quantity.rate
    if not unit and match.re is _AMOUNT_COMPARED.compiled:
        # "3 fewer incidents", "3 fewer pages a week"
        unit, rate, end = _counted_rate(clean, end, _name_after(clean, text, end))
    if not unit:
        # "Cut errors by 3" says how much, but not of what: kept as typed, for
        # the user to turn into a before → after or give a unit.
        return Measure(label=" ".join(text[start:end].split())), ""

    second = _SECOND_RATE.match(clean, end) if rate else None
    if second is not None:
        period = second.group("period") or second.group("per")
        rate = f"{rate} per {_PERIOD_NAMES.get(period.casefold(), period.casefold())}"
        end = second.end()
    measure = Measure(amount=value, unit=_with_rate(unit, rate))
    name = _measure_name(clean, text, match)
    word = match.group("amount_unit") or ""
    if quantity.unit in _CURRENCIES and word.casefold() in _AMOUNT_NAME_LINKS:
        # After money, the word read as its unit may begin the name: "$300 off".
        end = match.start("amount_unit")
    if not name and match.re is not _AMOUNT_COMPARED.compiled:
        name = _name_after(clean, text, end, links=_AMOUNT_NAME_LINKS)
    return measure, name


def _counted_rate(clean: str, end: int, counted: str) -> tuple[str, str, int]:
    """What an amount counts and its rate: "pages", "a week" in "3 fewer pages a
    week" or "3 fewer pages/week".

    Args:
        clean: the cleaned text.
        end: where the amount ends.
        counted: the words after it that say what it counts; may be empty.

    Returns:
        What is counted, without a period read into it; the rate as a measure
        keeps it, empty when none follows; and where the two end.
    """
    words = counted.split()
    if not words:
        return counted, "", end
    first = clean.casefold().find(words[0].casefold(), end)
    for size in range(len(words), 0, -1):
        last = words[size - 1].casefold()
        at = clean.casefold().find(last, first, min(len(clean), first + 160))
        found = _RATE_AFTER.match(clean, at + len(last)) if at != -1 else None
        if found is not None:
            rate = _rate_text(found.group("rate"), found.group("per"))
            return " ".join(words[:size]), rate, found.end()
    return counted, "", end


def _name_after(
    clean: str, text: str, end: int, *, links: frozenset[str] = frozenset()
) -> str:
    """What a change names right after it: "Halved the on-call pages".

    Args:
        clean: the cleaned text.
        text: the text as typed, for the name's own spelling.
        end: where the change ends.
        links: words one of which must come first ("on" in "saved $40k a year
            on the CI bill"); none needed when empty.

    Returns:
        The run of words that names what changed, articles left out; empty when
        none follows in the clause, or it says who or when rather than what.
    """
    stop = _CLAUSE_STOP.search(clean, end, min(len(clean), end + 120))
    limit = stop.start() if stop is not None else min(len(clean), end + 120)
    words = [
        (found.group(), found.group().casefold())
        for found in _NAME_WORD.finditer(text, end, limit)
    ]
    if links:
        if not words or words[0][1] not in links:
            return ""
        words = words[1:]
    while words and words[0][1] in _NAME_ARTICLES:
        words.pop(0)

    name: list[str] = []
    for word, folded in words[:_NAME_MOST_WORDS]:
        if not (folded in _NAME_JOINERS and name) and not _can_name(folded):
            break
        name.append(word)
    while name and name[-1].casefold() in _NAME_JOINERS:
        name.pop()
    if not name or _names_who(name) or " ".join(name).casefold() in _NOT_A_NAME:
        return ""
    if _WHEN_NAMED.fullmatch(name[0]) is not None:
        return ""  # "saved $40k in Q3" says when, not what
    return " ".join(name)


def _factor_from(clean: str, match: re.Match[str]) -> Measure | None:
    """A before and the after a factor took it to: "cut it in half, from 10 days".

    The after is worked out from the before and the factor (10 days halved is
    5), and the change is kept beside it, as for a typed before and a change.

    Returns:
        The measure, or None when a "to" follows (a before and an after are
        read as such), or the number is a year, a version, a numbered period or
        a number in words with nothing counted.
    """
    if _PAIR_GOES_ON.match(clean, match.end()) or _VERSION_NAMED.search(match.group()):
        return None
    before = _quantity(match, "before")
    if before.numbered or before.unit in _NOT_UNITS:
        return None
    if not before.unit and (before.from_word or _looks_like_year(before.value)):
        return None

    factor = _word_multiplier(clean, match)
    if factor is None or factor.change_pct is None:
        return None
    change = factor.change_pct
    # Rounded so that 10 less 50% is stored as 5, not 5.000000000000001.
    after = round(before.value * (1 + change / 100), 9)
    unit = _with_rate(before.unit, before.rate)
    return Measure(before=before.value, after=after, unit=unit, change_pct=change)


def _factor_from_name(clean: str, text: str, match: re.Match[str]) -> str:
    """What "cut onboarding in half, from 10 days" measures: "onboarding".

    The words before the factor name it, as for a before → after; after a
    factor that comes first ("Halved onboarding from 10 days"), the words
    between it and "from" do.
    """
    name = _measure_name(clean, text, match)
    if name:
        return name
    start, end = match.span("between")
    words = [
        (found.group(), found.group().casefold())
        for found in _NAME_WORD.finditer(text, start, end)
    ]
    return " ".join(_name_run(words))


def _time_name(clean: str, text: str, match: re.Match[str]) -> str:
    """What "3x faster" measures: the time of what was sped up.

    Returns:
        The words before the factor with "time" after them ("Made the test
        suite 3x faster" gives "test suite time", "Builds are 2x faster" gives
        "build time"), or "time" alone when nothing before names it.
    """
    clause, offset = _clause_before(clean, match.start())
    offset += max((stop.end() for stop in _CLAUSE_STOP.finditer(clause)), default=0)
    words = [
        (found.group(), found.group().casefold())
        for found in _NAME_WORD.finditer(text, offset, match.start())
    ]
    while words and words[-1][1] in _NAME_TAIL:
        words.pop()
    name = _name_run(words)
    rest = words[: len(words) - len(name)]
    while rest and rest[-1][1] in _NAME_ARTICLES:
        rest.pop()
    if name and rest and rest[-1][1] in _WHOSE_LINKS and _names_who(name):
        # "Made builds for the mobile team 3x faster": the builds were sped up.
        name = _name_run(rest[:-1])
    if not name or " ".join(name).casefold() in _NOT_A_NAME:
        return "time"
    if name[-1].casefold() in _NAME_TIME_WORDS:
        return " ".join(name)
    return " ".join([*name[:-1], _singular(name[-1]), "time"])


# --- Naming a measure ---------------------------------------------------------------


def _measure_name(
    clean: str, text: str, match: re.Match[str], *, timed: bool = False
) -> str:
    """What a before → after measures, in the user's own words; empty if unnamed.

    The name is the run of words right before the numbers ("p95 latency 800 ->
    200 ms", "Cut build time from 20 to 5 minutes") or the subject of the change
    ("lead time went from 3 days to 1", "releases took 3 days, now 1"). Only
    "time" is ever added, after a subject that "took" so long, or "time to"
    before what was done "in" so long (``timed``): "ship their first change in
    1 week" measures the time to first change. A run after a verb
    of doing that changes nothing measurable ("Moved the team from ...") is not
    a name, nor is one after "was" or "were", which says what the subject was.
    """
    clause, offset = _clause_before(clean, match.start())
    # Only the last part of the clause: "After the freeze, build time fell ...".
    offset += max((stop.end() for stop in _CLAUSE_STOP.finditer(clause)), default=0)
    words = [
        (found.group(), found.group().casefold())
        for found in _NAME_WORD.finditer(text, offset, match.start())
    ]
    lead = _LEAD_WORDS.match(clean, match.start(), match.end())
    leading = lead.group().split() if lead else []
    if timed and leading and leading[-1].casefold() in _NAME_TIME_TAKEN:
        # "now land in 4 hours (was 2 days)": what was done is inside the match.
        words.extend((word, word.casefold()) for word in leading)
        leading = []
    for word in leading:
        if word.casefold() not in _NAME_TAIL:
            break
        words.append((word, word.casefold()))

    linked = took = False
    taken_in = timed and bool(words) and words[-1][1] in _NAME_TIME_TAKEN
    while words and words[-1][1] in _NAME_TAIL:
        folded = words.pop()[1]
        linked = linked or folded in _NAME_LINKS
        took = took or folded in _NAME_TOOK
    if len(words) > 2 and words[-1][1] in _REACHED_WHOM:
        if words[-2][1] in _REACHED_LINKS:
            # "pager escalations to me went 9 → 1": who they reached only says
            # whose they were; what was counted is named before it.
            del words[-2:]
    done = _time_to_verb(words[-1][1]) if taken_in and words and not linked else ""
    if done:
        return f"time to {done}"

    name = _name_run(words)
    before = [folded for _, folded in words[: len(words) - len(name)]]
    articles: list[str] = []
    while before and before[-1] in _NAME_ARTICLES:
        articles.insert(0, before.pop())
    if name and before and before[-1] in _DESTINATION_WORDS:
        # "shipped to prod in week 3": "prod" is where the work went, not what
        # took so long; the time is named for getting it there, if anything.
        placed = _destination_name(words[: len(words) - len(name)], name, timed=timed)
        if placed is not None:
            return placed
    if name and before and before[-1] in _WHOSE_LINKS:
        # "memory use of the image service", "errors for the mobile team": what
        # was measured is named before the link; what follows it only says whose.
        link = before[-1]
        measured = _name_run(words[: len(before) - 1])
        who = _names_who(name)
        if measured and (
            measured[-1].casefold() in _METRIC_WORDS or (who and link != "of")
        ):
            name = measured
            before = before[: len(before) - 1 - len(measured)]
            while before and before[-1] in _NAME_ARTICLES:
                before.pop()
        elif who:
            return ""
    if not name or " ".join(name).casefold() in _NOT_A_NAME:
        return ""
    if before and before[-1] in _NAME_LINK_VERBS:
        return ""
    verb = before[-1] if before and _is_verb(before[-1]) else ""
    if verb and not linked:
        named_metric = name[-1].casefold() in _METRIC_WORDS
        if verb not in _CHANGE_VERBS and not named_metric:
            return ""
    last = name[-1].casefold()
    plural = _singular(last) != last
    if last not in _NAME_TIME_WORDS and (took or (timed and plural and not taken_in)):
        # "Deploys 40 → 8 minutes" times each deploy: a count of deploys in
        # minutes would read as if there were 40, then 8.
        name = [*name[:-1], _singular(name[-1]), "time"]
    if name[-1].casefold() in _NAME_PARTICLES:
        return ""  # "invoices out" says where they went, not what took so long
    if taken_in and not linked and name[-1].casefold() not in _NAME_TIME_WORDS:
        return _time_to(name, articles, before)
    return " ".join(name)


def _destination_name(
    lead: Sequence[tuple[str, str]], place: Sequence[str], *, timed: bool
) -> str | None:
    """What a measure measures when the words before it end in where a thing went.

    "Time to first response" names the time itself, and "requests to the
    billing API" a count of what went there; "shipped to prod in week 3"
    measures the time to ship to prod; "got to production in week 2" says
    where, but not what took so long, so it names nothing.

    Args:
        lead: the words before the place, as typed and lower-cased, ending in
            "to", "into" or "onto" and any articles after it.
        place: the run of words naming the place, as typed.
        timed: the measure is a time.

    Returns:
        The name; an empty string for a time the words do not name; None when
        the words name no place, so the name stands as it is.
    """
    words = list(lead)
    articles: list[str] = []
    while words and words[-1][1] in _NAME_ARTICLES:
        articles.insert(0, words.pop()[0])
    if not words or words[-1][1] not in _DESTINATION_WORDS:
        return None
    towards = words.pop()[0]
    where = [towards, *articles, *place]

    subject = _name_run(words)
    last = subject[-1].casefold() if subject else ""
    if last and _time_to_verb(last) == last:
        subject = []  # "we ship to prod": a verb, not what went there
    if subject and (not timed or last in _NAME_TIME_WORDS):
        # "requests to the billing API", "time to first response".
        return " ".join([*subject, *where])
    if not timed:
        return None
    carried = _name_run(words) if words and not _time_to_verb(words[-1][1]) else []
    verb_at = len(words) - len(carried) - 1
    verb = _time_to_verb(words[verb_at][1]) if verb_at >= 0 else ""
    if not verb:
        return ""
    return " ".join(["time to", verb, *carried, *where])


def _time_to(name: Sequence[str], articles: Sequence[str], before: list[str]) -> str:
    """A name for the time it took to do or reach something, "time to first PR".

    Args:
        name: the words right before "in <time>", as typed.
        articles: the articles between them and the word before ("their").
        before: the words before those, lower-cased.

    Returns:
        "time to first change" for "ship their first change"; "time to get a
        refund" for "get a refund"; "time to close tickets" for "we close
        tickets"; the name as it is when no verb can be told before it ("page
        loads").
    """
    if name[0].casefold() in ("first", "1st"):
        return " ".join(["time to", *name])
    for index, word in enumerate(name[1:-1], start=1):
        folded = word.casefold()
        verb = _time_to_verb(folded)
        if verb and folded.endswith("s") and folded != verb:
            # "The team ships fixes": the verb between who and what was done.
            return " ".join(["time to", verb, *name[index + 1 :]])
    if articles and before and _can_name(before[-1]):
        # The word before an article is the verb: "answers a ticket".
        verb, kept = _base_form(before[-1]), [a for a in articles if a in ("a", "an")]
        return " ".join(["time to", verb, *kept, *name])
    if not articles and len(before) > 0 and before[-1] in _NAME_DOERS:
        # After "we" or "now" the run starts with its verb: "now close".
        return " ".join(["time to", _base_form(name[0]), *name[1:]])
    return " ".join(name)


def _time_to_verb(folded: str) -> str:
    """The verb a time taken is named for ("lands", "landed" → "land"), or "".

    Only verbs of getting something done or answered count (``_TIME_TO_VERBS``),
    in any of their forms: "ships", "shipped", "replies", "closed".
    """
    stems = [folded]
    if folded.endswith(("ies", "ied")):
        stems.append(folded[:-3] + "y")
    if folded.endswith("s"):
        stems += [folded[:-1], folded[:-2]]
    if folded.endswith("ed"):
        stems += [folded[:-1], folded[:-2], folded[:-3]]
    return next((stem for stem in stems if stem in _TIME_TO_VERBS), "")


def _base_form(verb: str) -> str:
    """A verb as it follows "to": "answers" → "answer", "fixes" → "fix"."""
    folded = verb.casefold()
    if folded.endswith(("sses", "ches", "shes", "xes", "zes")):
        return verb[:-2]
    if folded.endswith("s") and not folded.endswith(("ss", "us", "is")):
        return verb[:-1]
    return verb


def _name_run(words: Sequence[tuple[str, str]]) -> list[str]:
    """The words at the end of ``words`` that can name a measure, as typed.

    A name may carry what narrows it down ("tickets about stale data", "pages
    resolved without escalation"): the words of such a phrase do not count
    towards the most a name may hold, and it is kept only with a subject.
    """
    name: list[str] = []
    index = len(words) - 1
    room = _NAME_MOST_WORDS
    while index >= 0 and len(name) < room:
        word, folded = words[index]
        joined = folded in _NAME_JOINERS and name and index > 0
        narrowed = folded in _NAME_QUALIFIERS and name and index > 0
        if joined and _can_name(words[index - 1][1]):
            name.insert(0, word)
        elif narrowed and _can_name(words[index - 1][1]):
            name.insert(0, word)
            room += 1
        elif narrowed and _is_participle_after_subject(words, index - 1):
            # "Pages resolved without escalation": the verb says which pages.
            name[:0] = [words[index - 1][0], word]
            room += 2
            index -= 1
        elif not _can_name(folded) or folded in _NAME_QUALIFIERS:
            break
        else:
            name.insert(0, word)
        index -= 1
    if name and name[0].casefold() in _NAME_JOINERS:
        name.pop(0)
    return name


def _is_participle_after_subject(words: Sequence[tuple[str, str]], index: int) -> bool:
    """True when ``words[index]`` is a verb in -ed right after a possible subject."""
    if index < 1 or not words[index][1].endswith("ed"):
        return False
    return _can_name(words[index - 1][1])


def _names_who(name: Sequence[str]) -> bool:
    """True when a name says who rather than what: "platform team", "Alex".

    A run of capitalised words ("Alex", "Priya Shah") is read as a person's
    name; an all-capitals word ("CI", "MTTR") is not.
    """
    if name[-1].casefold() in _WHO_WORDS:
        return True
    return all(word[:1].isupper() and word[1:].islower() for word in name)


def _can_name(folded: str) -> bool:
    """True for a word that can be part of a measure's name."""
    if folded in _NAME_STOPS or folded in _NAME_LINK_VERBS:
        return False
    return not (folded[0].isdigit() or _is_verb(folded))


def _is_verb(folded: str) -> bool:
    """True for a word read as a verb: one that changes or does something."""
    if folded in _CHANGE_VERBS or folded in _DOING_VERBS:
        return True
    return len(folded) >= 6 and folded.endswith("ed")


def _singular(word: str) -> str:
    """A plural noun made singular the simple way ("releases" → "release")."""
    folded = word.casefold()
    if folded.endswith("s") and not folded.endswith(("ss", "us", "is", "ies")):
        return word[:-1]
    return word


def measure_name_in_title(title: str) -> str:
    """The metric a win's title ends in, to name a measure read without a name.

    Only a title with no number that ends in what a measure is of ("Cut release
    lead time", "Reduced MTTR") names one; any other title, empty.

    Args:
        title: the win's title as typed.

    Returns:
        The metric in the title's own words, or an empty string.
    """
    clean = title.translate(_SAME_LENGTH).strip()
    if not clean or any(char.isdigit() for char in clean):
        return ""
    offset = 0
    for stop in _CLAUSE_STOP.finditer(clean):
        offset = stop.end()
    words = [
        (found.group(), found.group().casefold())
        for found in _NAME_WORD.finditer(title, offset, len(clean))
    ]
    name = _name_run(words)
    if not name or name[-1].casefold() not in _METRIC_WORDS:
        return ""
    return " ".join(name)


def time_taken_name(text: str, after: float) -> str:
    """What a time taken "in" so long measures, to name a measure typed unnamed.

    "Reviews now land in 4 hours" names a typed 2 days → 4 hours "time to land",
    as the same words name a before → after they state ("... instead of 2 days").

    Args:
        text: a win's title or change, as typed.
        after: the typed measure's after, which the time taken must be.

    Returns:
        The name, or an empty string when the text states no such time or does
        not say what took it.
    """
    clean = text.translate(_SAME_LENGTH)
    for match in _TAKEN_IN.finditer(clean):
        taken = _quantity(match, "after")
        if taken.unit in _SECONDS_PER and taken.value == after:
            name = _measure_name(clean, text, match, timed=True)
            if name:
                return name
    return ""


# --- Looking around a match ---------------------------------------------------------


def _clause_before(clean: str, start: int) -> tuple[str, int]:
    """The clause that ends at ``start`` (at most 120 chars), and where it begins."""
    begin = max(0, start - 120)
    window = clean[begin:start]
    cut = 0
    for end in _CLAUSE_END.finditer(window):
        cut = end.end()
    return window[cut:], begin + cut


def _direction_before(
    clean: str, start: int, *, max_words: int | None
) -> tuple[int, int] | None:
    """The last change word before ``start`` in its clause: its sign and position.

    Args:
        clean: the cleaned text.
        start: where the number begins.
        max_words: how many words back to look; None for the whole clause.

    Returns:
        (-1 for a drop or +1 for a rise, position of the word), or None when no
        change word is near.
    """
    clause, offset = _clause_before(clean, start)
    if max_words is not None:
        tokens = [token.start() for token in _TOKEN.finditer(clause)]
        if len(tokens) > max_words:
            offset += tokens[-max_words]
            clause = clause[tokens[-max_words] :]

    last: re.Match[str] | None = None
    for word in _DIRECTION_WORD.finditer(clause):
        last = word
    if last is None:
        return None
    sign = -1 if last.group().casefold() in _DOWN_WORDS else 1
    return sign, offset + last.start()


def _word_before(clean: str, start: int) -> str:
    """The last word before ``start`` in its clause, passing over hedges."""
    clause, _ = _clause_before(clean, start)
    words = [word.casefold() for word in _SOME_WORD.findall(clause[-60:])]
    while words and words[-1] in _HEDGES:
        words.pop()
    if len(words) >= 2 and words[-1] == "than" and words[-2] in {"more", "less"}:
        del words[-2:]
    return words[-1] if words else ""


def _word_after(clean: str, end: int) -> str:
    """The word right after ``end``, lower-cased; empty when none follows."""
    found = _NEXT_WORD.match(clean, end, min(len(clean), end + 40))
    return found.group(1).casefold() if found else ""
