"""Owning one next-level problem: the initiative record and the rules of its life.

An initiative moves one step at a time from spotted to done (propose the fix, win
buy-in, drive it, measure it), can be paused and resumed, or dropped with a reason.
Every function here takes records and returns new records; none of them stores
anything. The proposal drafted from an initiative lives here too, so that what it
may and may not say is a tested rule rather than screen logic.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.dates import day_in_words, first_day_in_words
from careerclimb_tui.domain.framing import expected_measure
from careerclimb_tui.domain.numbers import (
    SCALE_JUMP,
    amount_in_range,
    is_percentage,
    parse_amount,
    refuse_below_zero,
    refuse_number_unit,
    refuse_past_whole,
    scale_jump,
)
from careerclimb_tui.domain.problems import (
    BETTER_HIGHER,
    BETTER_LOWER,
    ProblemEntry,
    ProblemMeasure,
    normalised_words,
    stem,
)
from careerclimb_tui.domain.records import (
    Measure,
    Win,
    describe_amount,
    is_percent_unit,
)
from careerclimb_tui.domain.sentences import mid_sentence, with_article
from careerclimb_tui.domain.wins import clean_list, framed
from careerclimb_tui.errors import CareerClimbError

STALE_AFTER_DAYS = 21
"""Three weeks without a note, a reading or a step reads as stalled."""


class Stage(str, Enum):
    """Where an initiative stands."""

    SPOTTED = "spotted"
    PROPOSED = "proposed"
    BUY_IN = "buy_in"
    DRIVING = "driving"
    MEASURING = "measuring"
    DONE = "done"
    DROPPED = "dropped"
    PAUSED = "paused"

    def __str__(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        """The stage as the user reads it."""
        return catalogue.INITIATIVE_STAGE_LABELS[self.value]

    @property
    def in_sentence(self) -> str:
        """The stage as a state said inside a sentence: "is now paused".

        The label is a name, capitalised wherever it stands alone (the stage
        path, "Moved to Driving"); said as what a problem is, it is an
        ordinary word.
        """
        return self.label.lower()


FORWARD: tuple[Stage, ...] = (
    Stage.SPOTTED,
    Stage.PROPOSED,
    Stage.BUY_IN,
    Stage.DRIVING,
    Stage.MEASURING,
    Stage.DONE,
)
"""The stages in the order an initiative moves through them."""

ACTIVE_STAGES = frozenset(FORWARD[:-1])
"""Stages in which the initiative is being worked on; paused ones are set aside."""

CLOSED_STAGES = frozenset({Stage.DONE, Stage.DROPPED})
"""Stages an initiative never leaves."""

RESULT_STAGES = frozenset({Stage.MEASURING, Stage.DONE})
"""Stages in which there is a result worth logging as a win."""


def owned_wording(stage: Stage, closed: str, still_open: str) -> str:
    """The wording that fits a problem's tense: owned once over, owned still.

    A problem done or dropped is told as owned ("The problem I owned"); one
    still on its way, paused included, as owned now ("The problem I own"), so
    the words never say it is over while its stage says "Buy-in".

    Args:
        stage: where the problem stands.
        closed: the wording for a problem done or dropped.
        still_open: the wording for any other stage.

    Returns:
        One of the two wordings.
    """
    return closed if stage in CLOSED_STAGES else still_open


@dataclass(frozen=True)
class StageChange:
    """One move of an initiative into a stage."""

    stage: Stage
    at: dt.datetime
    """When the move was made (UTC)."""
    note: str = ""
    """Why, in the user's words; the reason when the initiative was dropped."""


@dataclass(frozen=True)
class Note:
    """A dated note, filed under the stage the initiative was in when written."""

    stage: Stage
    at: dt.datetime
    text: str


@dataclass(frozen=True)
class Reading:
    """One measurement of the thing the initiative means to change."""

    value: float
    unit: str
    """What the number counts, such as "hours" or "%"."""
    date: dt.date
    """The day the reading was taken."""
    source: str = ""
    """Where the number came from: a dashboard, a query, a count by hand."""

    def describe(self, label: str = "") -> str:
        """The reading as "14 hours on 1 Oct 2026 (CI dashboard)".

        Args:
            label: what was measured, when it is shown right before the
                reading; its unit then follows ``unit_after`` ("14 per week").
        """
        amount = describe_amount(self.value, self.unit, label)
        if self.source:
            return catalogue.INITIATIVE_READING_WITH_SOURCE.format(
                amount=amount, date=day_in_words(self.date), source=self.source
            )
        return catalogue.INITIATIVE_READING.format(
            amount=amount, date=day_in_words(self.date)
        )


@dataclass(frozen=True)
class Stakeholders:
    """The people around an initiative, by name or role, as the user typed them."""

    to_agree: tuple[str, ...] = ()
    """Who needs to agree before the fix goes ahead."""
    agreed: tuple[str, ...] = ()
    """Who has agreed."""
    helped: tuple[str, ...] = ()
    """Who helped drive it."""
    other_teams: tuple[str, ...] = ()
    """Teams outside the user's own that took part or felt the change."""

    @property
    def still_to_agree(self) -> tuple[str, ...]:
        """Who needs to agree and nobody has agreed for yet, in recorded order.

        See ``agreed_for``: "Ana (tech lead)" has agreed once "ana" has, and
        "Tech lead" once "Priya (tech lead)" has.
        """
        return tuple(
            wanted
            for wanted in clean_list(self.to_agree)
            if not any(agreed_for(wanted, given) for given in self.agreed)
        )


ROLE_DASHES = (" - ", " – ", " — ")
"""What may set a role after a name instead of brackets: "Sam - EM"."""


def name_and_role(entry: str) -> tuple[str, str]:
    """A person as typed, split into their name and the role given with it.

    The role is what follows in brackets, or after a dash with spaces round it
    (a dash inside a name, as in "Jean-Luc", does not count).

    Returns:
        ("Priya", "tech lead") for "Priya (tech lead)" and for "Priya - tech
        lead"; ("Tech lead", "") for a role typed on its own.
    """
    name, bracket, rest = entry.partition("(")
    if bracket:
        return " ".join(name.split()), " ".join(rest.split(")", 1)[0].split())
    for dash in ROLE_DASHES:
        name, found, role = entry.partition(dash)
        if found:
            return " ".join(name.split()), " ".join(role.split())
    return " ".join(entry.split()), ""


def person_key(name: str) -> str:
    """A name as people are matched: without the role given with it, in any case."""
    return " ".join(_role_words(name_and_role(name)[0]))


def _role_words(text: str) -> tuple[str, ...]:
    """The words of a name or role as matched: in any case, without punctuation."""
    stripped = (part.strip(".,;:") for part in text.casefold().split())
    return tuple(word for word in stripped if word)


def _initials(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` is the initials of ``words`` in capitals: "EM", "TL"."""
    return (
        len(words) > 1
        and text.isalpha()
        and text.isupper()
        and text.casefold() == "".join(word[0] for word in words)
    )


def names_role(said: str, role: str) -> bool:
    """Whether what was said of someone names a role.

    It does when it ends with the role's words, in any case ("our tech lead"
    names "Tech lead"; so does "tech lead, payments", each part between commas
    being tried), or when one of the two is the other's initials in capitals
    ("EM" and "Engineering manager").

    Args:
        said: the role given with a name, such as "our tech lead".
        role: the role someone has to agree for, such as "Tech lead".
    """
    wanted = _role_words(role)
    if not wanted:
        return False
    for part in re.split(r"[,;]", said):
        words = _role_words(part)
        if words[-len(wanted) :] == wanted:
            return True
        if _initials(part.strip(), wanted) or _initials(role.strip(), words):
            return True
    return False


def agreed_for(wanted: str, given: str) -> bool:
    """Whether one entry of "Who has agreed" answers one of "Who has to agree".

    The same name answers, whatever the case and whatever role either adds:
    "Ana (tech lead)" is answered by "ana". A role typed on its own is also
    answered by someone who has it: "Tech lead" by "Priya (tech lead)" or "Sam
    - our tech lead" (``names_role``). A named person is only answered by their
    name, so "Ana (tech lead)" is not answered by "Ben (tech lead)".

    Args:
        wanted: one entry of who has to agree, as typed.
        given: one entry of who has agreed, as typed.
    """
    wanted_name, wanted_role = name_and_role(wanted)
    given_name, given_role = name_and_role(given)
    if _role_words(wanted_name) == _role_words(given_name):
        return bool(_role_words(wanted_name))
    if wanted_role:
        return False
    if given_role:
        return names_role(given_role, wanted_name)
    # "EM" on its own has agreed for "Engineering manager", and the other way.
    return _initials(given_name, _role_words(wanted_name)) or _initials(
        wanted_name, _role_words(given_name)
    )


@dataclass(frozen=True)
class Initiative:
    """The next-level problem the user owns, from spotting it to its measured result."""

    title: str
    """The problem in the user's words."""
    stage: Stage = Stage.SPOTTED
    history: tuple[StageChange, ...] = ()
    """Every move between stages, oldest first; the first is the spotting."""
    problem_id: str | None = None
    """The catalogue entry it started from, if any."""
    description: str = ""
    """What the problem is and how it shows, in the user's words."""
    evidence: str = ""
    """What the user has seen that shows the problem is real."""
    proposed_fix: str = ""
    """What the user proposes to do about it."""
    cost: str = ""
    """What the fix costs: time, people, money, risk."""
    target: str = ""
    """What would change once the fix works and how it is measured, in the
    user's words, such as "Reruns from 30% of builds to under 5%"."""
    metric: str = ""
    """What is measured to show the change, such as "Lead time for changes"."""
    better: str = ""
    """``BETTER_LOWER`` or ``BETTER_HIGHER`` for the metric; empty when unset."""
    next_step: str = ""
    """The next concrete thing to do."""
    notes: tuple[Note, ...] = ()
    """Dated notes, oldest first."""
    baseline: Reading | None = None
    """The reading before the work began; later readings are compared with it."""
    readings: tuple[Reading, ...] = ()
    """Readings after the baseline, in date order."""
    stakeholders: Stakeholders = field(default_factory=Stakeholders)
    win_ids: tuple[int, ...] = ()
    """Wins that came out of this initiative."""
    declined_result: str = ""
    """The result whose offer to be logged as a win was turned down, as
    ``result_key`` gives it; empty while no offer was."""
    id: int | None = None
    """Stable id given by the store; None until saved."""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Fields written by another version of the app, kept as they were."""

    def with_changes(self, **changes: Any) -> Initiative:
        """Return a copy with some fields changed."""
        return replace(self, **changes)

    @property
    def is_active(self) -> bool:
        """True while the initiative is being worked on (not paused or closed)."""
        return self.stage in ACTIVE_STAGES

    @property
    def dropped_reason(self) -> str:
        """Why the initiative was dropped; empty unless it was."""
        if self.stage is not Stage.DROPPED or not self.history:
            return ""
        return self.history[-1].note

    @property
    def latest_reading(self) -> Reading | None:
        """The most recent reading after the baseline, if any."""
        return self.readings[-1] if self.readings else None

    def notes_for(self, stage: Stage) -> tuple[Note, ...]:
        """The notes written while the initiative was in one stage."""
        return tuple(note for note in self.notes if note.stage is stage)


def start_initiative(
    title: str,
    now: dt.datetime,
    problem_id: str | None = None,
    description: str = "",
) -> Initiative:
    """Open a new initiative at the spotted stage.

    Args:
        title: the problem in the user's words.
        now: the current moment (UTC).
        problem_id: the catalogue entry it comes from, if any.
        description: what the problem is, in the user's words.

    Returns:
        The new initiative, not yet stored.

    Raises:
        CareerClimbError: when the title is blank.
    """
    if not title.strip():
        raise CareerClimbError(catalogue.INITIATIVE_NEEDS_TITLE)
    return Initiative(
        title=title.strip(),
        problem_id=problem_id,
        description=description.strip(),
        history=(StageChange(Stage.SPOTTED, now),),
        created_at=now,
        updated_at=now,
    )


CHECK_PEER_COULD = "check_peer_could"
"""Key in ``Initiative.extra``: the up-front check's yes or no to "would a
strong engineer at your current level do this anyway?"."""
CHECK_CHOSEN = "check_chosen"
"""Key in ``Initiative.extra``: the up-front check's yes or no to "are you
choosing this work yourself?"."""


def with_check_answers(
    initiative: Initiative, peer_could: bool | None, chosen: bool | None
) -> Initiative:
    """The initiative keeping the up-front check's answers to questions 1 and 2.

    Args:
        initiative: the initiative the check was asked of.
        peer_could: True when a strong peer at the current level would do it
            anyway; None when the check left the question unanswered.
        chosen: True when the user chose the work, False when it was assigned;
            None when unanswered.

    Returns:
        The initiative with the answers given kept; one left unanswered is not.
    """
    extra = dict(initiative.extra)
    for key, value in ((CHECK_PEER_COULD, peer_could), (CHECK_CHOSEN, chosen)):
        extra.pop(key, None)
        if value is not None:
            extra[key] = value
    return replace(initiative, extra=extra)


def check_answers(initiative: Initiative) -> tuple[bool | None, bool | None]:
    """The up-front check's answers to questions 1 and 2, as kept.

    Args:
        initiative: any initiative.

    Returns:
        (peer could, chosen), each None when the check did not answer it or
        the initiative was started before the answers were kept.
    """
    peer_could = initiative.extra.get(CHECK_PEER_COULD)
    chosen = initiative.extra.get(CHECK_CHOSEN)
    return (
        peer_could if isinstance(peer_could, bool) else None,
        chosen if isinstance(chosen, bool) else None,
    )


def _as_stage(value: Stage | str) -> Stage:
    try:
        return Stage(value)
    except ValueError:
        known = ", ".join(stage.value for stage in Stage)
        raise CareerClimbError(
            catalogue.INITIATIVE_UNKNOWN_STAGE.format(stage=value, known=known)
        ) from None


def paused_from(initiative: Initiative) -> Stage | None:
    """The stage a paused initiative resumes to; None when it is not paused.

    Args:
        initiative: any initiative.

    Returns:
        The stage it was in when it was paused.
    """
    if initiative.stage is not Stage.PAUSED:
        return None
    # The history holds the pause as its last move; the move before it is the stage
    # that was set aside. Without history there is nothing to resume to but the start.
    for change in reversed(initiative.history[:-1]):
        if change.stage is not Stage.PAUSED:
            return change.stage
    return Stage.SPOTTED


def next_stage(initiative: Initiative) -> Stage | None:
    """The one stage an initiative may move forward to; None when paused or closed."""
    if initiative.stage not in ACTIVE_STAGES:
        return None
    return FORWARD[FORWARD.index(initiative.stage) + 1]


def allowed_moves(initiative: Initiative) -> tuple[Stage, ...]:
    """Every stage ``advance`` accepts for this initiative, in a stable order.

    Args:
        initiative: any initiative.

    Returns:
        The stages it may move to; empty once it is done or dropped.
    """
    if initiative.stage in CLOSED_STAGES:
        return ()
    if initiative.stage is Stage.PAUSED:
        resume_to = paused_from(initiative)
        return (resume_to, Stage.DROPPED) if resume_to else (Stage.DROPPED,)
    forward = next_stage(initiative)
    moves = (forward,) if forward else ()
    return (*moves, Stage.PAUSED, Stage.DROPPED)


def _refusal(initiative: Initiative, to_stage: Stage) -> str:
    """The message explaining why a move is not allowed."""
    here = initiative.stage
    if here in CLOSED_STAGES:
        return catalogue.INITIATIVE_CLOSED.format(stage=here.in_sentence)
    if to_stage is here:
        return catalogue.INITIATIVE_ALREADY.format(stage=here.label)
    if here is Stage.PAUSED:
        resume_to = paused_from(initiative) or Stage.SPOTTED
        return catalogue.INITIATIVE_RESUME_FIRST.format(
            stage=to_stage.label, resume=resume_to.label
        )
    forward = next_stage(initiative)
    assert forward is not None  # every active stage has a next one
    if to_stage in FORWARD and FORWARD.index(to_stage) < FORWARD.index(here):
        return catalogue.INITIATIVE_NO_GOING_BACK.format(
            stage=here.label, to=to_stage.label, next=forward.label
        )
    return catalogue.INITIATIVE_ONE_STEP.format(
        stage=here.label, to=to_stage.label, next=forward.label
    )


def advance(
    initiative: Initiative,
    to_stage: Stage | str,
    now: dt.datetime,
    note: str = "",
) -> Initiative:
    """Move an initiative to another stage.

    Allowed: forward one step (spotted → proposed → buy-in → driving → measuring →
    done); pause from any active stage; resume a paused one to the stage it was
    paused in; drop from any stage that is not closed, with a reason.

    Args:
        initiative: the initiative to move.
        to_stage: the stage to move to.
        now: the current moment (UTC).
        note: why; required when dropping.

    Returns:
        The initiative in its new stage, the move added to its history.

    Raises:
        CareerClimbError: when the move is not allowed, the stage is unknown, or a
            drop comes without a reason.
    """
    target = _as_stage(to_stage)
    if target not in allowed_moves(initiative):
        raise CareerClimbError(_refusal(initiative, target))
    if target is Stage.DROPPED and not note.strip():
        raise CareerClimbError(catalogue.INITIATIVE_DROP_NEEDS_REASON)

    change = StageChange(target, now, note.strip())
    return initiative.with_changes(
        stage=target, history=(*initiative.history, change), updated_at=now
    )


def resume(
    initiative: Initiative,
    now: dt.datetime,
    note: str = "",
    others: Sequence[Initiative] = (),
) -> Initiative:
    """Take a paused initiative back to the stage it was paused in.

    Args:
        initiative: the paused initiative.
        now: the moment of the move (UTC).
        note: why, if the user said.
        others: the user's other initiatives; one being driven stands in the
            way, as it does for starting a new one (``initiative_in_the_way``).

    Raises:
        CareerClimbError: when the initiative is not paused, or another one is
            being driven.
    """
    resume_to = paused_from(initiative)
    if resume_to is None:
        raise CareerClimbError(
            catalogue.INITIATIVE_NOT_PAUSED.format(stage=initiative.stage.label)
        )
    if initiative_in_the_way(others, initiative) is not None:
        raise CareerClimbError(one_active_message(others, resuming=initiative))
    return advance(initiative, resume_to, now, note)


def add_note(initiative: Initiative, text: str, now: dt.datetime) -> Initiative:
    """File a dated note under the initiative's current stage.

    Raises:
        CareerClimbError: when the note is blank.
    """
    if not text.strip():
        raise CareerClimbError(catalogue.INITIATIVE_EMPTY_NOTE)
    note = Note(initiative.stage, now, text.strip())
    return initiative.with_changes(notes=(*initiative.notes, note), updated_at=now)


def missing_measure_terms(metric: str, better: str) -> tuple[str, ...]:
    """What is still unnamed before a baseline can be taken.

    A baseline is only worth comparing with once it is clear what it measures and
    which way is an improvement; the app's baseline form asks for both.

    Args:
        metric: what is measured, as typed.
        better: which way is better: ``BETTER_LOWER`` or ``BETTER_HIGHER``.

    Returns:
        ``"metric"`` when nothing measured is named and ``"better"`` when the
        direction is not one of the two, in that order; empty when both are
        there.
    """
    missing: list[str] = []
    if not metric.strip():
        missing.append("metric")
    if better not in (BETTER_LOWER, BETTER_HIGHER):
        missing.append("better")
    return tuple(missing)


def add_reading(
    initiative: Initiative, reading: Reading, now: dt.datetime
) -> Initiative:
    """Record a measurement: the first one is the baseline, the rest compare to it.

    Args:
        initiative: the initiative being measured.
        reading: the new measurement.
        now: the current moment (UTC).

    Returns:
        The initiative with the reading as its baseline or among its readings.

    Raises:
        CareerClimbError: when the value is not a finite number or is below
            zero where the measure starts at zero (a count, a rate, a length of
            time), the unit is a number, the reading is dated before the
            baseline, or its unit differs from the baseline's.
    """
    if not math.isfinite(reading.value):
        raise CareerClimbError(catalogue.INITIATIVE_READING_NOT_A_NUMBER)
    reading = replace(reading, unit=reading.unit.strip(), source=reading.source.strip())
    refuse_number_unit(reading.unit)
    refuse_below_zero(reading.value, reading.unit, initiative.metric)
    refuse_past_whole(reading.value, reading.unit, initiative.metric)

    baseline = initiative.baseline
    if baseline is None:
        return initiative.with_changes(baseline=reading, updated_at=now)
    if reading.date < baseline.date:
        raise CareerClimbError(
            catalogue.INITIATIVE_READING_BEFORE_BASELINE.format(
                date=day_in_words(reading.date), baseline=day_in_words(baseline.date)
            ),
            exit_code=2,
        )
    if reading.unit and not baseline.unit:
        # Readings must share one unit, so a baseline saved without one would
        # keep every reading unit-less for good: the first unit given is the
        # problem's, and the readings so far take it.
        initiative = with_unit(initiative, reading.unit)
        baseline = initiative.baseline or baseline
    if reading.unit.casefold() != baseline.unit.casefold():
        template = (
            catalogue.INITIATIVE_READING_NO_UNIT_BUT_BASELINE
            if not reading.unit
            else catalogue.INITIATIVE_READING_OTHER_UNIT
        )
        raise CareerClimbError(
            template.format(unit=reading.unit, baseline=baseline.unit), exit_code=2
        )

    # Sorting is stable, so two readings of one day keep the order they were added.
    readings = sorted((*initiative.readings, reading), key=lambda r: r.date)
    return initiative.with_changes(readings=tuple(readings), updated_at=now)


def with_unit(initiative: Initiative, unit: str) -> Initiative:
    """Give every reading of an initiative measured without a unit the unit ``unit``.

    Args:
        initiative: an initiative whose readings have no unit.
        unit: the unit they were in all along.

    Returns:
        The initiative with the baseline and every later reading in ``unit``.

    Raises:
        CareerClimbError: when a reading so far cannot be in that unit (below
            zero for a count or a length of time, past the whole for a share).
    """
    for earlier in numbered_readings(initiative):
        refuse_below_zero(earlier.value, unit, initiative.metric)
        refuse_past_whole(earlier.value, unit, initiative.metric)
    baseline = initiative.baseline
    return initiative.with_changes(
        baseline=replace(baseline, unit=unit) if baseline else None,
        readings=tuple(replace(r, unit=unit) for r in initiative.readings),
    )


def unit_given(before: Initiative, after: Initiative) -> str:
    """The unit a new reading gave readings that had none, if it did.

    Args:
        before: the initiative before the reading was added.
        after: the initiative with it.

    Returns:
        The new unit when ``before`` had a baseline without a unit and
        ``after`` has one; empty otherwise.
    """
    if before.baseline is None or before.baseline.unit or after.baseline is None:
        return ""
    return after.baseline.unit


def last_source(initiative: Initiative) -> str:
    """Where a new reading comes from unless the user says otherwise.

    A later reading is taken from the same place as the earlier ones, so the
    app's reading box opens holding this source and the command line uses it
    when --source is left out; both say so, and either can be changed.

    Args:
        initiative: the problem about to be measured again.

    Returns:
        The source of the latest reading that named one, the baseline's at
        worst; empty when none did.
    """
    earlier = (*reversed(initiative.readings), initiative.baseline)
    return next((r.source for r in earlier if r is not None and r.source), "")


READING_JUMP = SCALE_JUMP
"""A reading this many times the baseline and the last reading, or more, or this
many times smaller than both, is more likely a slip of the keyboard than a
measure; the same rule as a win's before → after."""


def reading_jump(initiative: Initiative, value: float) -> str:
    """Why a new reading looks like a slip of the keyboard, if it does.

    A reading ``READING_JUMP`` times both the baseline and the last reading or
    more (and at least that many units) dwarfs every other bar and change; one
    as many times smaller than both, when neither is zero, reads like a share
    typed as a fraction (0.03 for 30%). A reading of zero is not questioned: a
    problem may well go away. It may still be right, so it is for the user to
    confirm rather than a rule.

    Args:
        initiative: the initiative before the reading is added.
        value: the new reading's number.

    Returns:
        A sentence that asks to check the number; empty when the reading is
        the baseline or is in proportion with the earlier ones.
    """
    baseline, latest = initiative.baseline, initiative.latest_reading
    if baseline is None:
        return ""
    earlier = [baseline] if latest is None else [baseline, latest]
    way = scale_jump(value, [reading.value for reading in earlier])
    if way > 0:
        template = catalogue.INITIATIVE_READING_JUMP
    elif way < 0:
        template = catalogue.INITIATIVE_READING_DROP
    else:
        return ""
    unit = baseline.unit
    if latest is None:
        compared = catalogue.INITIATIVE_JUMP_BASELINE.format(
            baseline=describe_amount(baseline.value, unit)
        )
    else:
        compared = catalogue.INITIATIVE_JUMP_BOTH.format(
            baseline=describe_amount(baseline.value, unit),
            latest=describe_amount(latest.value, unit),
        )
    return template.format(reading=describe_amount(value, unit), compared=compared)


def numbered_readings(initiative: Initiative) -> tuple[Reading, ...]:
    """Every reading as the lists number them: the baseline is 1, then by date.

    Args:
        initiative: any initiative.

    Returns:
        The baseline followed by the later readings, oldest first; empty
        before the baseline.
    """
    first = () if initiative.baseline is None else (initiative.baseline,)
    return (*first, *initiative.readings)


def numbered_reading(initiative: Initiative, number: int) -> Reading:
    """The reading numbered ``number`` in ``numbered_readings``.

    Args:
        initiative: any initiative.
        number: 1 for the baseline, then the later readings in date order.

    Returns:
        That reading.

    Raises:
        CareerClimbError: when there is no reading of that number.
    """
    readings = numbered_readings(initiative)
    if not readings:
        raise CareerClimbError(catalogue.INITIATIVE_NO_READINGS)
    if not 1 <= number <= len(readings):
        # Nothing by that number: understood, but there is nothing to act on.
        raise CareerClimbError(
            catalogue.INITIATIVE_NO_SUCH_READING.format(
                number=number, count=len(readings)
            )
        )
    return readings[number - 1]


def remove_reading(initiative: Initiative, number: int, now: dt.datetime) -> Initiative:
    """Take out a reading taken by mistake.

    Removing the baseline makes the earliest later reading the baseline, so
    every change is then measured from it.

    Args:
        initiative: the initiative the reading belongs to.
        number: the reading's number in ``numbered_readings`` (1 is the
            baseline).
        now: the current moment (UTC).

    Returns:
        The initiative without that reading.

    Raises:
        CareerClimbError: when there is no reading of that number.
    """
    numbered_reading(initiative, number)
    kept = list(numbered_readings(initiative))
    del kept[number - 1]
    return initiative.with_changes(
        baseline=kept[0] if kept else None,
        readings=tuple(kept[1:]),
        updated_at=now,
    )


def correct_reading(
    initiative: Initiative, number: int, corrected: Reading, now: dt.datetime
) -> Initiative:
    """Put right the number, day or source of a reading, keeping its unit.

    The corrected reading is held to the rules of a new one: a number a
    measure could hold, a later reading dated on or after the baseline, and a
    baseline dated on or before every later reading.

    Args:
        initiative: the initiative the reading belongs to.
        number: the reading's number in ``numbered_readings`` (1 is the
            baseline).
        corrected: the reading as it should have been; its unit is not used.
        now: the current moment (UTC).

    Returns:
        The initiative with the reading corrected, its readings in date order.

    Raises:
        CareerClimbError: when there is no reading of that number, or the
            corrected one breaks a rule of a new reading.
    """
    was = numbered_reading(initiative, number)
    if not math.isfinite(corrected.value):
        raise CareerClimbError(catalogue.INITIATIVE_READING_NOT_A_NUMBER)
    fixed = Reading(corrected.value, was.unit, corrected.date, corrected.source.strip())
    refuse_below_zero(fixed.value, fixed.unit, initiative.metric)
    refuse_past_whole(fixed.value, fixed.unit, initiative.metric)

    if number == 1:
        first_later = min((r.date for r in initiative.readings), default=None)
        if first_later is not None and fixed.date > first_later:
            raise CareerClimbError(
                catalogue.INITIATIVE_BASELINE_AFTER_READING.format(
                    date=day_in_words(fixed.date), reading=day_in_words(first_later)
                ),
                exit_code=2,
            )
        return initiative.with_changes(baseline=fixed, updated_at=now)
    if fixed.date == was.date:
        # Same day, same place: a reading of a day with two keeps its order.
        readings = list(initiative.readings)
        readings[number - 2] = fixed
        return initiative.with_changes(readings=tuple(readings), updated_at=now)
    return add_reading(remove_reading(initiative, number, now), fixed, now)


def correction_jump(initiative: Initiative, number: int, value: float) -> str:
    """Why a corrected reading looks like a slip, as ``reading_jump`` says it.

    The corrected number is compared with the readings left without the one
    being corrected.

    Args:
        initiative: the initiative as it is, before the correction.
        number: the reading's number in ``numbered_readings``.
        value: the corrected number.

    Returns:
        A sentence that asks to check the number; empty when it is in
        proportion with the other readings, or there are none.
    """
    others = remove_reading(initiative, number, initiative.updated_at)
    return reading_jump(others, value)


def reading_value(text: str, field: str, baseline: Reading | None) -> float | None:
    """The number a typed reading records.

    A plain number is the reading. A signed percentage such as "-40%" is a
    change from the baseline: 12 pages a week less 40% is a reading of 7.2.
    Where that could be read two ways it is refused rather than stored as the
    number itself: with no baseline there is nothing to change from, and for a
    baseline in % ("20 %") "-40%" could be the rate or a change of it.

    Args:
        text: what the user typed.
        field: the field's name, for messages.
        baseline: the initiative's baseline, if it has one.

    Returns:
        The reading's value, or None for a blank field.

    Raises:
        CareerClimbError: when the text is not a number, or is a change that
            cannot be read one way only.
    """
    # In the baseline's unit of time, "20m" is refused rather than read as 20
    # million.
    value = parse_amount(text, field, baseline.unit if baseline else "")
    # A number read, once it parses, starts with a sign or with a digit.
    signed = text.strip()[:1] not in "0123456789."
    if value is None or not (is_percentage(text) and signed):
        return value
    if baseline is None:
        raise CareerClimbError(
            catalogue.INITIATIVE_READING_CHANGE_NEEDS_BASELINE.format(
                text=text.strip()
            ),
            exit_code=2,
        )
    if baseline.unit == "%":
        raise CareerClimbError(
            catalogue.INITIATIVE_READING_CHANGE_OF_PERCENT.format(
                text=text.strip(), baseline=describe_amount(baseline.value, "%")
            ),
            exit_code=2,
        )
    # Rounded so that 12 less 40% is stored as 7.2, not 7.199999999999999; a
    # change is held to the bounds of a number typed as it is.
    return amount_in_range(round(baseline.value * (1 + value / 100), 9), field, text)


def change(initiative: Initiative) -> Measure | None:
    """The before → after so far: the baseline against the latest reading.

    Args:
        initiative: any initiative.

    Returns:
        The measure, labelled with the initiative's metric; None until there is a
        baseline and at least one later reading.
    """
    latest = initiative.latest_reading
    if initiative.baseline is None or latest is None:
        return None
    return Measure(
        before=initiative.baseline.value,
        after=latest.value,
        unit=initiative.baseline.unit,
        label=initiative.metric,
    )


def improved(initiative: Initiative) -> bool | None:
    """Whether the latest reading is better than the baseline.

    Returns:
        True or False when a direction is set and there is a change to judge;
        None otherwise.
    """
    measure = change(initiative)
    if measure is None or initiative.better not in (BETTER_LOWER, BETTER_HIGHER):
        return None
    assert measure.before is not None and measure.after is not None
    if initiative.better == BETTER_LOWER:
        return measure.after < measure.before
    return measure.after > measure.before


def stated_direction(text: str) -> str:
    """Which way is better, as a stated change's before and after imply it.

    The change is read as the coach reads a win (``expected_measure``), so
    units are made one before the numbers are compared: "review wait: 3 days
    → 4 hours" goes from 72 to 4 hours, which says lower is better, where the
    bare numbers 3 and 4 would say the opposite.

    Args:
        text: a change as the user worded it, e.g. "CI red-run rate: 20% -> 2%"
            or "from 30 pages a week to 12".

    Returns:
        ``BETTER_LOWER`` when the after is smaller than the before,
        ``BETTER_HIGHER`` when it is larger; empty when the text names no
        before and after, or both are the same.
    """
    measure = expected_measure(text)
    if measure is None:
        return ""
    assert measure.before is not None and measure.after is not None
    if measure.after < measure.before:
        return BETTER_LOWER
    if measure.after > measure.before:
        return BETTER_HIGHER
    return ""


def suggested_better(initiative: Initiative) -> str:
    """Which way is better, to pre-select where the user is asked.

    Args:
        initiative: any initiative.

    Returns:
        The direction the user chose; until they chose one, the direction the
        up-front check's stated change implies (``stated_direction``); empty
        when neither says.
    """
    if initiative.better in (BETTER_LOWER, BETTER_HIGHER):
        return initiative.better
    return stated_direction(expected_change(initiative))


def better_in_words(better: str) -> str:
    """Which way is better as a notice names it: "lower is better"."""
    return (
        catalogue.INITIATIVE_BETTER_LOWER_WORDS
        if better == BETTER_LOWER
        else catalogue.INITIATIVE_BETTER_HIGHER_WORDS
    )


def better_contradiction(
    initiative: Initiative, fix: str = catalogue.INITIATIVE_BETTER_FIX
) -> str:
    """What to tell the user when their direction goes against their own words.

    The up-front check keeps the change the user expected ("20% -> 2%"); a
    direction chosen the other way round would call the change they hoped for
    a step back, everywhere the direction is read.

    Args:
        initiative: any initiative.
        fix: how to turn the direction where the notice is read, with
            ``{better}`` for the direction the words imply ("lower") and
            ``{id}`` for the initiative's id; the app's way by default.

    Returns:
        A notice naming the chosen direction, the stated change and how to
        change the direction; empty when they agree or either is missing.
    """
    said = expected_change(initiative)
    stated = stated_direction(said)
    chosen = initiative.better
    if not stated or chosen not in (BETTER_LOWER, BETTER_HIGHER) or stated == chosen:
        return ""
    return catalogue.INITIATIVE_BETTER_CONTRADICTS.format(
        chosen=better_in_words(chosen),
        said=" ".join(said.split()),
        stated=better_in_words(stated),
        fix=fix.format(better=stated, id=initiative.id),
    )


def result_win_refusal(initiative: Initiative) -> str:
    """Why the result cannot be logged as a win yet, when it cannot.

    A reading no better than the baseline, by the initiative's own direction,
    is not a result: a win saying "from 20% to 4%" would be read as one in the
    review and the pitch while the page says the change is not better yet.

    Args:
        initiative: any initiative.

    Returns:
        One short line saying why not and what to do; empty when there is a
        better reading, no direction to judge by, or no change yet.
    """
    if initiative.stage not in RESULT_STAGES or improved(initiative) is not False:
        return ""
    measure = change(initiative)
    assert measure is not None and measure.before is not None
    assert measure.after is not None
    unit = measure.unit
    return catalogue.INITIATIVE_RESULT_NOT_BETTER.format(
        before=describe_amount(measure.before, unit),
        after=describe_amount(measure.after, unit),
        better=better_in_words(initiative.better),
    )


RESULT_SPAN_DAYS = 7
"""Readings closer together than this show a change, not yet a result that holds."""

RESULT_HOLDS_DAYS = 28
"""Readings spanning this many days show a result that held: done makes sense."""


def readings_span(initiative: Initiative) -> int | None:
    """Whole days from the baseline to the latest reading.

    Returns:
        The days, never negative; None until there is a baseline and a later
        reading.
    """
    latest = initiative.latest_reading
    if initiative.baseline is None or latest is None:
        return None
    return max(0, (latest.date - initiative.baseline.date).days)


def _better_than_baseline(initiative: Initiative, reading: Reading) -> bool:
    """True when a reading is better than the baseline in the stated direction.

    Without a direction any reading counts, since none can be judged worse.
    """
    baseline = initiative.baseline
    assert baseline is not None
    if initiative.better == BETTER_LOWER:
        return reading.value < baseline.value
    if initiative.better == BETTER_HIGHER:
        return reading.value > baseline.value
    return True


def result_holds_since(initiative: Initiative) -> dt.date | None:
    """The day of the first reading in the unbroken run of better ones to the latest.

    A result holds from the change on, so this counts from the first reading
    after the baseline that showed it, not from the baseline itself; a worse
    reading on the way starts the count again.

    Args:
        initiative: any initiative.

    Returns:
        The day; None without a baseline, or when the latest reading is not
        better than the baseline.
    """
    if initiative.baseline is None:
        return None
    since: dt.date | None = None
    for reading in initiative.readings:
        if not _better_than_baseline(initiative, reading):
            since = None
        elif since is None:
            since = reading.date
    return since


def result_held(initiative: Initiative) -> bool:
    """True once better readings after the baseline span ``RESULT_HOLDS_DAYS``.

    Args:
        initiative: any initiative.

    Returns:
        True when the first of the latest run of better readings and the
        latest reading are that many days apart or more.
    """
    since = result_holds_since(initiative)
    latest = initiative.latest_reading
    if since is None or latest is None:
        return False
    return (latest.date - since).days >= RESULT_HOLDS_DAYS


def result_held_on(initiative: Initiative) -> dt.date | None:
    """The first day a reading can show the result held.

    Args:
        initiative: any initiative.

    Returns:
        ``RESULT_HOLDS_DAYS`` after ``result_holds_since``; None when there is
        no better reading to count from.
    """
    since = result_holds_since(initiative)
    if since is None:
        return None
    return since + dt.timedelta(days=RESULT_HOLDS_DAYS)


def stage_note_example(target: Stage) -> str:
    """The example shown in the empty note of a move, fitting the stage.

    Args:
        target: the stage the initiative moves into.

    Returns:
        "e.g. …", an example of what happened on the way into that stage.
    """
    return catalogue.PROBLEM_STAGE_NOTE_HINTS.get(
        target.value, catalogue.PROBLEM_STAGE_NOTE_HINT
    )


def early_result_fact(initiative: Initiative) -> str:
    """When a before → after's readings were taken, if too close together.

    A baseline and a reading of the same day, or of the same week, show that
    the number moved, not that the change holds. This is the fact alone, a
    clause that reads on inside a sentence of a document others read or of a
    pitch said aloud; ``early_result_note`` tells the user what to do about it.

    Args:
        initiative: any initiative.

    Returns:
        "so far measured only on 5 Dec 2026", or "so far measured only
        between 2 and 5 Dec 2026"; empty when the readings span a week or
        more, or there is no change yet.
    """
    latest = initiative.latest_reading
    if initiative.baseline is None or latest is None:
        return ""
    return early_readings(initiative.baseline.date, latest.date)


def early_readings(baseline: dt.date, latest: dt.date) -> str:
    """The days of a before and an after, when too close to show a change holds.

    Args:
        baseline: the day of the reading before.
        latest: the day of the latest reading.

    Returns:
        "so far measured only on 5 Dec 2026", or "so far measured only between
        2 and 5 Dec 2026" (the first day says only what differs from the last);
        empty when they span a week or more.
    """
    span = max(0, (latest - baseline).days)
    if span >= RESULT_SPAN_DAYS:
        return ""
    if span == 0:
        return catalogue.INITIATIVE_RESULT_SAME_DAY.format(day=day_in_words(latest))
    return catalogue.INITIATIVE_RESULT_DAYS_APART.format(
        start=first_day_in_words(baseline, latest), end=day_in_words(latest)
    )


def early_result_note(initiative: Initiative) -> str:
    """What to tell the user of a before → after whose readings are too close.

    Once a reading is better than the baseline, the advice names the first
    day a reading can show the result held (``result_held_on``), the day the
    suggested step names too; before that, it asks for one in a week or two.

    Args:
        initiative: any initiative.

    Returns:
        "all readings were taken on 5 Dec 2026: take another on or after
        2 Jan 2027 to show it holds", "readings span only 3 days: take
        another in a week or two …"; empty when ``early_result_fact`` has
        nothing to say.
    """
    latest = initiative.latest_reading
    span = readings_span(initiative)
    if latest is None or span is None or not early_result_fact(initiative):
        return ""

    if span == 0:
        said = catalogue.INITIATIVE_RESULT_SAME_DAY_NOTE.format(
            day=day_in_words(latest.date)
        )
    elif span == 1:
        said = catalogue.INITIATIVE_RESULT_ONE_DAY_NOTE
    else:
        said = catalogue.INITIATIVE_RESULT_DAYS_NOTE.format(days=span)

    held_on = result_held_on(initiative)
    if held_on is None:
        return catalogue.INITIATIVE_RESULT_HOLDS_ADVICE.format(readings=said)
    return catalogue.INITIATIVE_RESULT_HOLDS_ON_ADVICE.format(
        readings=said, day=day_in_words(held_on)
    )


def result_is_final(initiative: Initiative) -> bool:
    """True once the before → after is the result the problem closed with.

    Until done, the change is the one measured so far; once done it is told as
    the result, early readings still named beside it (``early_result_fact``).
    """
    return initiative.stage is Stage.DONE


def done_cautions(initiative: Initiative) -> tuple[str, ...]:
    """What to weigh before moving an initiative to done, said before it is saved.

    Done closes the problem with its result for good, so two things are worth
    a second look: a result from readings too close together to show it holds
    (``early_result_fact``), which one more reading in Measuring would settle,
    and people recorded as having to agree whose agreement never was. A
    result that has not held was already asked about before the move
    (``leave_stage_question``), with what is missing: it is not said again.

    Args:
        initiative: the initiative about to move to done.

    Returns:
        Each caution as the move's dialog shows it, the early result first;
        empty when there is nothing to weigh.
    """
    cautions: list[str] = []
    fact = early_result_fact(initiative)
    if fact and not _result_undone(initiative):
        cautions.append(catalogue.INITIATIVE_DONE_EARLY.format(fact=fact))
    waiting = initiative.stakeholders.still_to_agree
    if waiting:
        cautions.append(
            catalogue.INITIATIVE_DONE_NOT_AGREED.format(who=", ".join(waiting))
        )
    return tuple(cautions)


BEFORE_THE_FIX = frozenset({Stage.SPOTTED, Stage.PROPOSED, Stage.BUY_IN})
"""Stages in which the fix is not being driven yet, so no reading is its result."""


def note_saved_text(before: Initiative, after: Initiative) -> str:
    """What to tell the user once the note dialog's changes are saved.

    An empty note with a changed next step saves the step alone, and says so
    rather than speaking of a note that was never filed.

    Args:
        before: the initiative as the dialog opened on it.
        after: the initiative as it is saved.

    Returns:
        That the note was saved; or, when no note was filed, that the next
        step was saved or cleared.
    """
    if len(after.notes) > len(before.notes):
        return catalogue.PROBLEM_NOTE_SAVED
    if not after.next_step:
        return catalogue.PROBLEM_NOTE_STEP_CLEARED
    return catalogue.PROBLEM_NOTE_STEP_SAVED


def example_measure(
    initiative: Initiative, entry: ProblemEntry | None
) -> ProblemMeasure | None:
    """The catalogue measure the baseline form offers as its example.

    The form pre-selects which way is better (``suggested_better``), so the
    example is a measure that improves that way: a lead time beside "Lower is
    better", never a deploy frequency.

    Args:
        initiative: the initiative about to take its baseline.
        entry: the catalogue entry it came from, if any.

    Returns:
        The entry's first measure that points the suggested way, its first
        measure when no way is suggested; None when no measure fits.
    """
    measures = entry.measures if entry else ()
    better = suggested_better(initiative)
    fitting = [m for m in measures if m.better == better] if better else measures
    return next(iter(fitting), None)


def reading_saved_text(initiative: Initiative) -> str:
    """What to tell the user once a reading was added to an initiative.

    Args:
        initiative: the initiative with the reading already added.

    Returns:
        That the baseline was saved; that a later reading taken before the fix
        is driven shows no result of it; that a reading too close to the
        baseline does not show the change holds; or plainly that it was saved.
    """
    if not initiative.readings:
        return catalogue.PROBLEM_BASELINE_SAVED
    if initiative.stage in BEFORE_THE_FIX:
        return catalogue.PROBLEM_READING_BEFORE_FIX.format(stage=initiative.stage.label)
    note = early_result_note(initiative)
    if note:
        return catalogue.PROBLEM_READING_SAVED_EARLY.format(note=note)
    return catalogue.PROBLEM_READING_SAVED


def days_since_update(initiative: Initiative, today: dt.date) -> int:
    """Whole days between the initiative's last change and today, never negative.

    The UTC date of the last change is used: a day's error around midnight does
    not matter for a three-week threshold, and it keeps the rule independent of
    the machine's time zone.
    """
    moment = initiative.updated_at or initiative.created_at
    if moment is None:
        return 0
    last = moment.astimezone(dt.timezone.utc).date()
    return max(0, (today - last).days)


def is_stale(
    initiative: Initiative, today: dt.date, days: int = STALE_AFTER_DAYS
) -> bool:
    """True when an active initiative has not moved for ``days`` days or more.

    Paused, done and dropped initiatives are never stale: they are set aside on
    purpose.
    """
    return initiative.is_active and days_since_update(initiative, today) >= days


def days_ago_text(days: int) -> str:
    """How long ago, in the words every problem screen uses.

    Args:
        days: whole days since the moment, as ``days_since_update`` counts them.

    Returns:
        "today", "yesterday" or "12 days ago".
    """
    if days <= 0:
        return catalogue.PROBLEM_DAYS_TODAY
    if days == 1:
        return catalogue.PROBLEM_DAYS_ONE
    return catalogue.PROBLEM_DAYS_MANY.format(days=days)


# --- The next step --------------------------------------------------------------


StepRule = Callable[[Initiative, ProblemEntry | None], str]
"""How a stage's step is chosen, from the initiative and its catalogue entry."""


def _plan_step(entry: ProblemEntry | None, index: int, fallback: str) -> str:
    """A step taken from the catalogue entry's plan, or a general one."""
    if entry is not None and len(entry.first_steps) > index:
        return entry.first_steps[index]
    return fallback


def _spotted_step(initiative: Initiative, entry: ProblemEntry | None) -> str:
    """The spotted step: gather evidence, until the user has written theirs.

    The plan's first step sizes the evidence for any team ("the last twenty
    changes"); once the user wrote their own, or recorded a baseline, the step
    moves on to the proposal rather than ask again for what is measured; once
    every detail the proposal is drafted from is written, on to sharing it.
    """
    if proposal_drafted(initiative, entry):
        return catalogue.INITIATIVE_STEP_SPOTTED_DRAFTED
    if initiative.evidence.strip():
        return catalogue.INITIATIVE_STEP_SPOTTED_EVIDENCE
    if initiative.baseline is not None:
        return catalogue.INITIATIVE_STEP_SPOTTED_MEASURED
    return _plan_step(entry, 0, catalogue.INITIATIVE_STEP_SPOTTED)


_PROPOSING_WORDS = frozenset(("propose", "proposes"))
"""First words of a plan step that proposes the fix, which buy-in has settled."""


def _proposes(step: str) -> bool:
    """True for a plan step that proposes ("Propose a review agreement: …")."""
    words = step.split(maxsplit=1)
    return bool(words) and words[0].casefold() in _PROPOSING_WORDS


def _landing_step(initiative: Initiative) -> str:
    """Land the fix; first record a baseline, unless one is recorded."""
    if initiative.baseline is not None:
        return catalogue.INITIATIVE_STEP_DRIVING_MEASURED
    return catalogue.INITIATIVE_STEP_DRIVING


def _driving_step(initiative: Initiative, entry: ProblemEntry | None) -> str:
    """The driving step: the plan's fix, until the user has proposed their own.

    The plan's fix is sized for any team ("the ten worst tests"); once the
    user wrote the fix they proposed, the step is to land theirs, and names
    none of the plan's numbers. A plan whose second step proposes the fix
    ("Propose a review agreement") has nothing left to say while driving:
    the proposal was agreed at buy-in, so the step is to land it. Landing
    it asks for a baseline first only while none is recorded.
    """
    landing = _landing_step(initiative)
    if initiative.proposed_fix.strip():
        return landing
    planned = _plan_step(entry, 1, landing)
    return landing if _proposes(planned) else planned


def buy_in_step(who: Sequence[str]) -> str:
    """The step that asks for everyone's yes, said for one person or several.

    Args:
        who: the people or roles still to agree, as recorded or as the
            catalogue names them; at least one.

    Returns:
        "Get an explicit yes from the engineering manager; …" for one (a role
        said as in a sentence, a name as typed), "… from each of: Dana, Lee;
        …" for several.
    """
    if len(who) == 1:
        return catalogue.INITIATIVE_STEP_BUY_IN_FROM_ONE.format(
            who=with_article(who[0])
        )
    return catalogue.INITIATIVE_STEP_BUY_IN_FROM.format(who=", ".join(who))


def _agreement_step(initiative: Initiative, entry: ProblemEntry | None) -> str:
    """The buy-in step, naming who still has to agree.

    The people the user recorded come first: those still to agree are named, and
    once every one of them has agreed the step says so. Only when nobody is
    recorded does it name the roles the catalogue says usually agree.
    """
    people = initiative.stakeholders
    waiting = people.still_to_agree
    if waiting:
        return buy_in_step(waiting)
    if clean_list((*people.to_agree, *people.agreed)):
        return catalogue.INITIATIVE_STEP_BUY_IN_ALL_AGREED
    if entry is not None and entry.who_agrees:
        return buy_in_step(entry.who_agrees)
    return catalogue.INITIATIVE_STEP_BUY_IN


def _measuring_step(initiative: Initiative, _entry: ProblemEntry | None) -> str:
    """The measuring step: a reading to take, or the result it showed to act on."""
    measure = change(initiative)
    if measure is None or not measure.is_complete:
        return catalogue.INITIATIVE_STEP_MEASURING
    if improved(initiative) is False:
        return catalogue.INITIATIVE_STEP_NOT_BETTER
    return catalogue.INITIATIVE_STEP_MEASURED


STAGE_NEXT_STEPS: Mapping[Stage, StepRule] = {
    Stage.SPOTTED: _spotted_step,
    Stage.PROPOSED: lambda _initiative, _entry: catalogue.INITIATIVE_STEP_PROPOSED,
    Stage.BUY_IN: _agreement_step,
    Stage.DRIVING: _driving_step,
    Stage.MEASURING: _measuring_step,
}
"""The step suggested on moving into each active stage, from what the initiative
records and the catalogue entry's plan. Paused keeps the step it had; done and
dropped have none."""

STEPS_FROM_DETAILS = frozenset({Stage.SPOTTED, Stage.DRIVING})
"""Stages whose suggested step follows the details the user wrote: the
evidence while spotted, the proposed fix while driving."""


_STEPS_AS_RECORDS_CHANGE = (
    catalogue.INITIATIVE_STEP_SPOTTED_DRAFTED,
    catalogue.INITIATIVE_STEP_SPOTTED_EVIDENCE,
    catalogue.INITIATIVE_STEP_SPOTTED_MEASURED,
    catalogue.INITIATIVE_STEP_DRIVING,
    catalogue.INITIATIVE_STEP_DRIVING_MEASURED,
    catalogue.INITIATIVE_STEP_BUY_IN_ALL_AGREED,
    catalogue.INITIATIVE_STEP_MEASURED,
    catalogue.INITIATIVE_STEP_NOT_BETTER,
    catalogue.INITIATIVE_STEP_RESULT_LOGGED,
    catalogue.INITIATIVE_STEP_RESULT_HELD,
    catalogue.INITIATIVE_STEP_RESULT_BEHIND,
)
"""Suggested steps that only follow from details, people or readings being
recorded."""


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _fills_template(said: str, template: str, blank: str = "{who}") -> bool:
    """True when plain text is a catalogue template with its one blank filled."""
    before, _, after = _plain(template).partition(blank)
    return (
        len(said) > len(before) + len(after)
        and said.startswith(before)
        and said.endswith(after)
    )


def is_own_step(step: str, entry: ProblemEntry | None) -> bool:
    """True when a next step is the user's own words, not a step the app suggested.

    Args:
        step: the initiative's next step.
        entry: the catalogue entry the initiative came from, if any.

    Returns:
        False for a blank step, any step of the entry's plan and any step of
        ``STAGE_NEXT_STEPS``, whoever it names; True for anything else.
    """
    said = _plain(step)
    if not said:
        return False
    # The buy-in step names people, who change as they are recorded and agree.
    for template in (
        catalogue.INITIATIVE_STEP_BUY_IN_FROM,
        catalogue.INITIATIVE_STEP_BUY_IN_FROM_ONE,
    ):
        if _fills_template(said, template):
            return False
    # The step after the result win names the day a reading can show it held.
    if _fills_template(said, catalogue.INITIATIVE_STEP_RESULT_HOLDS_ON, "{day}"):
        return False
    # The steps offered before the user records anything at all.
    blank = Initiative(title="")
    suggested = {_plain(rule(blank, entry)) for rule in STAGE_NEXT_STEPS.values()}
    suggested.update(_plain(said) for said in _STEPS_AS_RECORDS_CHANGE)
    if entry is not None:
        suggested.update(_plain(first) for first in entry.first_steps)
    return said not in suggested


def suggested_next_step(
    initiative: Initiative,
    target: Stage,
    entry: ProblemEntry | None = None,
    wins: Mapping[int | None, Win] | None = None,
) -> str:
    """The next step to offer when an initiative moves into a stage.

    A step the user wrote is kept whatever the stage; a suggested one moves on
    with the stage, so it never tells the user to redo what is behind them.
    Arriving at measuring (forward, or resumed after a pause), the step follows
    the result as ``step_after_measure`` does: a result already logged as a win
    is not asked for again.

    Args:
        initiative: the initiative before the move.
        target: the stage it moves into.
        entry: the catalogue entry it came from, if any.
        wins: the stored wins by id, to find a linked result win.

    Returns:
        The step to pre-fill; empty for done and dropped, which have none.
    """
    if target in CLOSED_STAGES:
        return ""
    current = initiative.next_step.strip()
    if target is Stage.PAUSED or is_own_step(current, entry):
        return current
    if target is Stage.MEASURING:
        arrived = initiative.with_changes(stage=target)
        known = wins or {}
        logged = has_result_win(arrived, known)
        behind = result_win_behind(arrived, known) is not None
        return _result_step(arrived, entry, logged, behind)
    return STAGE_NEXT_STEPS[target](initiative, entry)


def step_after_people_change(
    initiative: Initiative, entry: ProblemEntry | None = None
) -> str:
    """The next step once the people around an initiative were edited.

    At buy-in the suggested step names who is still to agree, so it follows the
    people as they are recorded and as they agree. A step the user wrote, a blank
    one, and the step of any other stage are kept as they are.

    Args:
        initiative: the initiative with its people already changed.
        entry: the catalogue entry it came from, if any.

    Returns:
        The next step to store.
    """
    if _keeps_its_step(initiative, entry, {Stage.BUY_IN}):
        return initiative.next_step
    return _agreement_step(initiative, entry)


def step_after_details_change(
    initiative: Initiative, entry: ProblemEntry | None = None
) -> str:
    """The next step once the details (evidence, fix and the rest) were edited.

    While spotted or driving, the suggested step follows the details the user
    wrote (``STEPS_FROM_DETAILS``), so a step suggested from the catalogue's
    plan gives way to theirs. A step the user wrote, a blank one, and the step
    of any other stage are kept as they are.

    Args:
        initiative: the initiative with its details already changed.
        entry: the catalogue entry it came from, if any.

    Returns:
        The next step to store.
    """
    if _keeps_its_step(initiative, entry, STEPS_FROM_DETAILS):
        return initiative.next_step
    return STAGE_NEXT_STEPS[initiative.stage](initiative, entry)


def _keeps_its_step(
    initiative: Initiative, entry: ProblemEntry | None, following: Collection[Stage]
) -> bool:
    """True when an edit leaves the initiative's next step as it is.

    Only a step the app suggested, in one of the ``following`` stages (whose
    step follows what was edited), is suggested anew; a step the user wrote and
    a blank one are theirs.
    """
    current = initiative.next_step
    return (
        initiative.stage not in following
        or not current.strip()
        or is_own_step(current, entry)
    )


def step_after_measure(
    initiative: Initiative,
    entry: ProblemEntry | None,
    result_logged: bool,
    result_behind: bool = False,
) -> str:
    """The next step once a reading or the result win was recorded.

    While measuring, the suggested step asks for a reading after the baseline;
    once one is in, it moves on to what the result calls for: logging it as a
    win (or, when a later reading changed it, updating that win), then (see
    ``step_after_result_win``) readings until the result has held long enough
    for done. While driving, the step that asks for a baseline moves on to
    landing the fix once one is recorded; while spotted, the step that asks
    for evidence moves on to the proposal. A step the user wrote, a blank
    one, and the step of any other stage are kept as they are.

    Args:
        initiative: the initiative with the reading or the win already added.
        entry: the catalogue entry it came from, if any.
        result_logged: whether a linked win already carries the result.
        result_behind: whether that win tells an older result than the latest
            reading (``result_win_behind``).

    Returns:
        The next step to store.
    """
    current = initiative.next_step
    asks_for_baseline = current == catalogue.INITIATIVE_STEP_DRIVING
    if initiative.stage is Stage.DRIVING and asks_for_baseline:
        return _landing_step(initiative)
    if initiative.stage is Stage.SPOTTED and not _keeps_its_step(
        initiative, entry, {Stage.SPOTTED}
    ):
        return _spotted_step(initiative, entry)
    if (
        initiative.stage is not Stage.MEASURING
        or not current.strip()
        or is_own_step(current, entry)
    ):
        return current
    return _result_step(initiative, entry, result_logged, result_behind)


def _result_step(
    initiative: Initiative,
    entry: ProblemEntry | None,
    result_logged: bool,
    result_behind: bool,
) -> str:
    """The measuring step, moved on past logging a result already logged."""
    step = _measuring_step(initiative, entry)
    if result_logged and step == catalogue.INITIATIVE_STEP_MEASURED:
        if result_behind:
            return catalogue.INITIATIVE_STEP_RESULT_BEHIND
        return step_after_result_win(initiative)
    return step


def step_after_result_win(initiative: Initiative) -> str:
    """What to do once the result is logged as a win: when done makes sense.

    One reading after the baseline shows that the number moved; done is for a
    result that held, so readings come first until better ones span
    ``RESULT_HOLDS_DAYS`` (``result_held``), and the step names the day the
    next one can show it (the user may still judge it settled sooner).

    Args:
        initiative: the initiative whose result win was logged.

    Returns:
        The step: keep taking readings, or move to done now that it held.
    """
    if result_held(initiative):
        return catalogue.INITIATIVE_STEP_RESULT_HELD
    held_on = result_held_on(initiative)
    if held_on is None:
        return catalogue.INITIATIVE_STEP_RESULT_LOGGED
    return catalogue.INITIATIVE_STEP_RESULT_HOLDS_ON.format(day=day_in_words(held_on))


_TRACKER_KEY = re.compile(r" \([a-z]\)(?=[\s,;:.]|$)")
"""A tracker key named in a suggested step, as in "record who agreed (k)"."""


def step_without_keys(step: str, entry: ProblemEntry | None = None) -> str:
    """A next step as said away from the tracker, whose keys it may name.

    Suggested steps name the tracker's keys ("move to Done (a)"); other screens
    bind those letters to other things, so there the step is said without
    them. A step the user wrote is their own words and is kept as written.

    Args:
        step: the initiative's next step.
        entry: the catalogue entry the initiative came from, if any.

    Returns:
        The step without the tracker's keys.
    """
    if is_own_step(step, entry):
        return step
    return _TRACKER_KEY.sub("", step)


# --- Moving on ------------------------------------------------------------------


UndoneRule = Callable[[Initiative], str]
"""What one stage still leaves to do, as the tracker lists it; empty when nothing."""


def _agreement_undone(initiative: Initiative) -> str:
    people = initiative.stakeholders
    if not clean_list(people.to_agree) and not clean_list(people.agreed):
        return catalogue.INITIATIVE_UNDONE_NOBODY_AGREED
    waiting = people.still_to_agree
    if not waiting:
        return ""
    return catalogue.INITIATIVE_UNDONE_TO_AGREE.format(who=", ".join(waiting))


def _not_held(initiative: Initiative) -> str:
    """Why a better result does not count as held yet, and when it can.

    One message for the move to done: the rule (better readings spanning
    ``RESULT_HOLDS_DAYS``), what the readings show so far, and the day a
    reading can show it held. Empty once it held, or with no better reading.
    """
    since = result_holds_since(initiative)
    held_on = result_held_on(initiative)
    if since is None or held_on is None or result_held(initiative):
        return ""

    same_day = readings_span(initiative) == 0
    so_far = (
        catalogue.INITIATIVE_RESULT_SAME_DAY_NOTE
        if same_day
        else catalogue.INITIATIVE_UNDONE_BETTER_SINCE
    ).format(day=day_in_words(since))
    return catalogue.INITIATIVE_UNDONE_NOT_HELD.format(
        so_far=so_far, day=day_in_words(held_on)
    )


def _result_undone(initiative: Initiative) -> str:
    measure = change(initiative)
    if measure is not None and measure.is_complete:
        return _not_held(initiative)
    if initiative.baseline is None:
        return catalogue.INITIATIVE_UNDONE_NO_BASELINE
    return catalogue.INITIATIVE_UNDONE_NO_READING


STAGE_UNDONE: Mapping[Stage, tuple[UndoneRule, ...]] = {
    Stage.BUY_IN: (_agreement_undone,),
    Stage.MEASURING: (_result_undone,),
}
"""What each stage is for and the tracker shows as still open: buy-in waits for
everyone recorded as having to agree (and for anyone at all to be recorded),
measuring for a reading after the baseline and for better readings that show
the result held.
The people still to agree are the next stage's work while proposing, so they are
not held against leaving the proposal."""


def left_undone(initiative: Initiative) -> tuple[str, ...]:
    """What moving forward would leave undone in the current stage.

    Args:
        initiative: any initiative.

    Returns:
        Each open item as the tracker words it, in a stable order; empty when
        the stage's work is finished, or the initiative cannot move forward.
    """
    if next_stage(initiative) is None:
        return ()
    found = (rule(initiative) for rule in STAGE_UNDONE.get(initiative.stage, ()))
    return tuple(item for item in found if item)


def leave_stage_question(initiative: Initiative) -> str:
    """The question to ask before a forward move that leaves work undone.

    Args:
        initiative: any initiative.

    Returns:
        A yes/no question naming each open item and the stage moved to; empty
        when the move leaves nothing undone (or there is no forward move).
    """
    undone = left_undone(initiative)
    forward = next_stage(initiative)
    if not undone or forward is None:
        return ""
    return catalogue.INITIATIVE_LEAVE_UNDONE.format(
        stage=initiative.stage.label, undone="\n".join(undone), next=forward.label
    )


def move_after_result_win(initiative: Initiative) -> Stage | None:
    """The move that follows the result win offered on arriving at a stage.

    None, whatever the stage: a logged result is one reading after the
    baseline, and done is for a result that held over readings
    (``step_after_result_win`` says when), so the move to done waits for the
    user to ask for it.

    Args:
        initiative: the initiative as it stands after the move.

    Returns:
        The stage to offer moving to next; None when there is none.
    """
    return None


SIMILAR_TITLE_SHARE = 0.75
"""Two titles name the same problem when at least this share of all their
meaningful words (stems) is shared by both."""


def similar_titles(first: str, second: str) -> bool:
    """True when two titles say the same problem in much the same words.

    The meaningful words of each (``problems.normalised_words``: stems, without
    stop words) are compared: at least two must be shared, and the shared ones
    must make up ``SIMILAR_TITLE_SHARE`` of all the words of both.

    Args:
        first: a title.
        second: another title.

    Returns:
        True for "Flaky integration tests everyone reruns" and "Flaky tests
        that everyone reruns"; False for "CI takes too long" and "Flaky tests".
    """
    words, others = set(normalised_words(first)), set(normalised_words(second))
    shared = words & others
    if words == others:
        return bool(words)
    return len(shared) >= 2 and len(shared) >= SIMILAR_TITLE_SHARE * len(words | others)


def dropped_before(
    entry: ProblemEntry, initiatives: Iterable[Initiative]
) -> Initiative | None:
    """The problem the user dropped earlier that a candidate is again, if any.

    A dropped problem is the same one when it started from the same catalogue
    entry or its title is much the same (``similar_titles``).

    Args:
        entry: the candidate from the catalogue.
        initiatives: every initiative of the user.

    Returns:
        The most recently dropped such initiative; None when there is none.
    """
    found = [
        initiative
        for initiative in initiatives
        if initiative.stage is Stage.DROPPED
        and initiative.history
        and (
            initiative.problem_id == entry.id
            or similar_titles(initiative.title, entry.title)
        )
    ]
    return max(found, key=lambda initiative: initiative.history[-1].at, default=None)


def active_initiative(initiatives: Iterable[Initiative]) -> Initiative | None:
    """The initiative being worked on now, if any.

    Only one should be in progress, but a file written before that was kept
    may hold several. Every screen must then name the same one, whatever order
    it lists them in, so the one started first (the lowest id) is taken.

    Args:
        initiatives: every initiative, in any order.

    Returns:
        The active initiative with the lowest id (unsaved ones last); None
        when none is active.
    """
    active = [i for i in initiatives if i.is_active]
    return min(
        active,
        key=lambda i: (i.id is None, i.id or 0),
        default=None,
    )


def initiative_to_discuss(initiatives: Iterable[Initiative]) -> Initiative | None:
    """The problem to bring to a manager: the active one, or else the latest result.

    A problem carried to done with a measured change is strong evidence even once
    nothing is being driven, so it is brought up rather than saying there is no
    problem at all. Of several, the one finished last is the freshest story.

    Args:
        initiatives: every stored initiative.

    Returns:
        The active initiative; else the most recently finished one with a
        measured change; else None.
    """
    found = list(initiatives)
    active = active_initiative(found)
    if active is not None:
        return active
    finished = [
        initiative
        for initiative in found
        if initiative.stage is Stage.DONE
        and initiative.history
        and (measure := change(initiative)) is not None
        and measure.is_complete
    ]
    return max(finished, key=lambda i: i.history[-1].at, default=None)


def initiative_in_the_way(
    initiatives: Iterable[Initiative], resuming: Initiative | None = None
) -> Initiative | None:
    """The initiative to close or pause before another one is driven.

    One problem at a time: owning one problem all the way to a measured result is
    the signal, and several half-driven ones dilute it. Starting a new problem
    and resuming a paused one both put a problem in progress, so the same one
    stands in the way of either.

    Args:
        initiatives: the user's initiatives (any stage; only active ones count).
        resuming: the paused initiative about to be resumed, if that is the
            move; it never stands in its own way.

    Returns:
        The initiative being driven, other than ``resuming``; None when there is
        none and the move may go ahead.
    """
    others = (
        i
        for i in initiatives
        if resuming is None or i.id is None or i.id != resuming.id
    )
    return active_initiative(others)


def can_start_another(active: Sequence[Initiative]) -> bool:
    """True when no initiative is being worked on, so a new one may start.

    Args:
        active: the user's initiatives (any stage; only active ones count).

    Returns:
        Whether a new initiative may start (``initiative_in_the_way``).
    """
    return initiative_in_the_way(active) is None


def one_active_message(
    initiatives: Sequence[Initiative], resuming: Initiative | None = None
) -> str:
    """The question to ask when an active initiative blocks another one.

    Args:
        initiatives: the user's initiatives.
        resuming: the paused initiative the user is resuming, if that is the
            move; None when a new one is about to start.

    Returns:
        A message asking whether the active initiative is done, dropped or paused;
        empty when nothing stands in the way.
    """
    current = initiative_in_the_way(initiatives, resuming)
    if current is None:
        return ""
    if resuming is not None:
        return catalogue.INITIATIVE_ONE_ACTIVE_RESUMING.format(
            title=current.title, stage=current.stage.label, resuming=resuming.title
        )
    return catalogue.INITIATIVE_ONE_ACTIVE.format(
        title=current.title, stage=current.stage.label
    )


def link_win(initiative: Initiative, win_id: int, now: dt.datetime) -> Initiative:
    """Record that a stored win came out of this initiative (once)."""
    if win_id in initiative.win_ids:
        return initiative
    return initiative.with_changes(
        win_ids=(*initiative.win_ids, win_id), updated_at=now
    )


# Words that already make a metric definite: "our lead time" needs no "the".
_DETERMINERS = frozenset(
    "the a an our my their its his her this that these those every each all".split()
)


_WORD = re.compile(r"[0-9a-z]+")
# Words that join a unit's parts rather than name what is counted or over what.
_UNIT_LINKS = frozenset(("per", "a", "an", "each", "every", "of", "in"))


def _stems(text: str) -> set[str]:
    words = _WORD.findall(text.casefold())
    return {stem(word) for word in words if word not in _UNIT_LINKS}


def unit_said_by(what: str, unit: str) -> bool:
    """True when a name already says every word of a unit.

    "Pages per on-call week" already says "pages/week", so a result told as
    "the pages per on-call week from 30 to 12" needs no unit after the number;
    "Deploy frequency" does not say "deploys/week", so that unit stays.

    Args:
        what: what was measured, as it is named in the sentence.
        unit: the unit of the readings.

    Returns:
        Whether saying the unit again would repeat the name; False for a unit
        with no words, such as "%".
    """
    said = _stems(unit)
    return bool(said) and said <= _stems(what)


# Words after which a measure's name goes on to say what it is counted per or of.
_NAME_LINKS = frozenset(("per", "of", "in", "a", "an", "each", "every", "to", "for"))


def _plural_name(name: str) -> bool:
    """True when a measure's name counts things: "CI reruns per week", "Pages".

    The head word, the last before "per", "of" and the like, is taken as
    plural when it ends in a plain "s" ("status" and "loss" do not).
    """
    head: list[str] = []
    for word in name.split():
        if word.casefold() in _NAME_LINKS:
            break
        head.append(word)
    last = head[-1].casefold() if head else ""
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us"))


# Words that make a name a proportion already: "change failure rate", "% of".
_PROPORTION_WORDS = frozenset(
    "rate rates share percent percentage ratio proportion fraction coverage "
    "uptime availability utilisation utilization probability chance".split()
)


def _counts_in_share(name: str) -> bool:
    """True when a name measured in % counts things: "PRs needing a rerun".

    Such a name reads as the things themselves, so a percentage of it needs
    "the share of"; a name that says a proportion already ("failure rate",
    "share of builds", "% of deploys") does not.
    """
    words = [word.strip(",.;:()").casefold() for word in name.split()]
    if any(word in _PROPORTION_WORDS or "%" in word for word in words):
        return False
    head: list[str] = []
    for word in words:
        if word in _NAME_LINKS:
            break
        if word not in _DETERMINERS:
            head.append(word)
    return any(
        len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
        for word in head
    )


def _result_parts(initiative: Initiative) -> tuple[str, str, str] | None:
    """What was measured as a sentence names it, with the before and the after.

    "the flaky-test rate", "20%", "3%"; a name that counts things takes no
    "the" ("CI reruns per week"). None without a measured change.
    """
    measure = change(initiative)
    if measure is None:
        return None
    return _measure_parts(measure, initiative.title)


def _measure_parts(measure: Measure, name: str) -> tuple[str, str, str] | None:
    """``_result_parts`` of a before → after, ``name`` standing in for no label."""
    if not measure.is_complete or measure.before is None or measure.after is None:
        return None

    metric = " ".join(measure.label.split())
    if metric:
        what = mid_sentence(metric)
        if what.istitle() and " " not in what:
            # A measure named in one word ("Latency") names a quantity, not a
            # person or a product, so it reads lower-case inside the sentence.
            what = what.lower()
        first = what.split()[0].casefold()
        if is_percent_unit(measure.unit) and _counts_in_share(what):
            what = catalogue.RESULT_TITLE_SHARE.format(metric=what)
        elif first not in _DETERMINERS and not _plural_name(what):
            what = catalogue.RESULT_TITLE_METRIC.format(metric=what)
    else:
        what = mid_sentence(" ".join(name.split()))
    # The unit is said once, after the second number, unless it is a percent sign,
    # and not at all when the name of what was measured already says it.
    unit = "" if unit_said_by(what, measure.unit) else measure.unit
    before = describe_amount(measure.before, unit if is_percent_unit(unit) else "")
    return what, before, describe_amount(measure.after, unit)


def result_what_changed(initiative: Initiative) -> str:
    """The before → after in words, to draft a result win's "what changed".

    Args:
        initiative: any initiative.

    Returns:
        "CI reruns per week went from 60 to 12"; empty without a measured
        change or without a name for what was measured.
    """
    measure = change(initiative)
    return "" if measure is None else drafted_what_changed(measure)


def drafted_what_changed(measure: Measure) -> str:
    """The "what changed" a result win drafts for a before → after.

    Args:
        measure: a win's measure.

    Returns:
        "CI reruns per week went from 60 to 12"; empty without both ends, a
        change between them, or a name for what was measured.
    """
    parts = _measure_parts(measure, "")
    if parts is None or not " ".join(measure.label.split()):
        return ""
    what, before, after = parts
    said = catalogue.RESULT_WHAT_CHANGED.format(what=what, before=before, after=after)
    return said[:1].upper() + said[1:]


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def what_changed_for_measure(
    text: str, written_for: Measure | None, measure: Measure | None
) -> tuple[str, bool]:
    """A win's "what changed" kept in step with a new figure for its measure.

    The sentence drafted for the old before → after (``drafted_what_changed``)
    follows the new one, whether it stands alone or among words the user added
    around it. A text the user wrote themselves is theirs and stays; it may be
    out of date when it still names a figure the measure no longer has.

    Args:
        text: the win's "what changed" as it stands.
        written_for: the measure the text was written for.
        measure: the measure now.

    Returns:
        (the text to keep, whether it may be out of date).
    """
    if written_for is None or measure is None:
        return text, False
    old_said = drafted_what_changed(written_for)
    new_said = drafted_what_changed(measure)
    if old_said and new_said:
        if _same_words(text, old_said):
            return new_said, False
        if old_said in text:
            return text.replace(old_said, new_said), False
    gone = [
        old
        for old, new in (
            (written_for.before, measure.before),
            (written_for.after, measure.after),
        )
        if old is not None and (new is None or not math.isclose(old, new))
    ]
    named = [float(found.replace(",", "")) for found in _FIGURE.findall(text)]
    stale = any(math.isclose(old, figure) for old in gone for figure in named)
    return text, stale


def result_title(initiative: Initiative) -> str:
    """What the initiative changed, as the title of its result win.

    Told from the initiative's own records only: the verb follows the way the
    numbers moved, then what was measured (the problem itself when no metric was
    named) and the baseline and latest readings: "Cut the flaky-test rate from
    20% to 3%". Without a measured change nothing has been shown yet, so the
    title stays the problem's name for the user to rewrite.

    Args:
        initiative: any initiative.

    Returns:
        The title to draft; the user may edit it.
    """
    parts = _result_parts(initiative)
    measure = change(initiative)
    if parts is None or measure is None:
        return initiative.title
    assert measure.before is not None and measure.after is not None

    what, before, after = parts
    template = (
        catalogue.RESULT_TITLE_DOWN
        if measure.after < measure.before
        else catalogue.RESULT_TITLE_UP
    )
    return template.format(what=what, before=before, after=after)


def measured_label(initiative: Initiative, entry: ProblemEntry | None) -> str:
    """What the initiative measures, as a result win's measure is labelled.

    The metric the user named; when they left it blank, the catalogue entry's
    measure in the baseline's unit (or its first), since the baseline form showed
    that name in the field and a number with no name says nothing in a pitch.

    Args:
        initiative: any initiative.
        entry: the catalogue entry it came from, if any.

    Returns:
        The label; empty when neither the user nor the entry names one.
    """
    named = " ".join(initiative.metric.split())
    if named or entry is None or not entry.measures:
        return named
    unit = initiative.baseline.unit.casefold() if initiative.baseline else ""
    for suggested in entry.measures:
        if unit and suggested.unit.casefold() == unit:
            return suggested.name
    return entry.measures[0].name


def has_result_win(initiative: Initiative, wins: Mapping[int | None, Win]) -> bool:
    """True when a linked win already carries the initiative's measured result.

    That is the win ``linked_result_win`` finds, the one w opens and updates; a
    linked win about something else, or with a relative change alone, does
    not say the before → after the readings show.

    Args:
        initiative: any initiative.
        wins: the stored wins by id, to look the linked ones up.

    Returns:
        Whether one of the initiative's linked wins carries its result, as
        the latest reading tells it or as an earlier one did.
    """
    return linked_result_win(initiative, wins) is not None


def offers_result_win(initiative: Initiative, wins: Mapping[int | None, Win]) -> bool:
    """Whether to offer logging the result as a win (on a move, or as a hint).

    Only once there is a result to log, a reading after the baseline that differs
    from it and, when a direction is set, better (``result_win_refusal``
    says why not), and only while no linked win carries a result already, or the
    result win tells an older result than the latest reading
    (``result_win_behind``): then the offer is to update it.

    Args:
        initiative: any initiative.
        wins: the stored wins by id.

    Returns:
        True when the offer would help the user.
    """
    if initiative.stage not in RESULT_STAGES:
        return False
    measure = change(initiative)
    if measure is None or not measure.is_complete:
        return False
    if initiative.declined_result == result_key(initiative):
        # Turned down once for this very result: asking again would nag.
        return False
    if result_win_refusal(initiative):
        return False
    if result_win_behind(initiative, wins) is not None:
        return True
    return not has_result_win(initiative, wins)


def result_key(initiative: Initiative) -> str:
    """The measured result in a form that tells one result from another.

    Args:
        initiative: any initiative.

    Returns:
        The baseline and the latest reading, each with its value and date; empty
        until both exist. A new reading, or a corrected one, gives a new key.
    """
    latest = initiative.latest_reading
    baseline = initiative.baseline
    if baseline is None or latest is None:
        return ""
    return (
        f"{baseline.value:g} {baseline.unit} {baseline.date.isoformat()} → "
        f"{latest.value:g} {latest.unit} {latest.date.isoformat()}"
    )


def decline_result_win(initiative: Initiative) -> Initiative:
    """Remember that the offer to log the result as a win was turned down.

    Args:
        initiative: the initiative whose result was offered.

    Returns:
        A copy that ``offers_result_win`` no longer offers for the same result;
        a later reading makes a new result, which is offered again.
    """
    return initiative.with_changes(declined_result=result_key(initiative))


def expected_to_notice(initiative: Initiative) -> str:
    """Who the up-front check said would notice the difference, if anyone.

    The check keeps its answers as the first note, written with
    ``catalogue.PROBLEM_CHECK_NOTE_OUTSIDE``; the answer is read back from it.

    Args:
        initiative: any initiative.

    Returns:
        The answer as typed; empty when the check left none.
    """
    prefix, _, suffix = catalogue.PROBLEM_CHECK_NOTE_OUTSIDE.partition("{text}")
    for note in initiative.notes_for(Stage.SPOTTED):
        _, found, said = note.text.partition(prefix)
        if found:
            return said.removesuffix(suffix).strip()
    return ""


def expected_change(initiative: Initiative) -> str:
    """What the up-front check said would change, if it said anything.

    The check keeps its answers as the first note, written with
    ``catalogue.PROBLEM_CHECK_NOTE_CHANGE`` and then, in the same note,
    ``catalogue.PROBLEM_CHECK_NOTE_OUTSIDE``; the first answer is read back.

    Args:
        initiative: any initiative.

    Returns:
        The answer as typed; empty when the check left none.
    """
    prefix, _, suffix = catalogue.PROBLEM_CHECK_NOTE_CHANGE.partition("{text}")
    outside = catalogue.PROBLEM_CHECK_NOTE_OUTSIDE.partition("{text}")[0]
    for note in initiative.notes_for(Stage.SPOTTED):
        before, found, said = note.text.partition(prefix)
        if found and not before.strip():
            said = said.split(f" {outside}", 1)[0]
            return said.strip().removesuffix(suffix).strip()
    return ""


_LIST_OF_NAMES = re.compile(r"[,;&]|\s(?:and|or)\s", re.IGNORECASE)
"""What joins several names in one answer: "QA guild and release managers"."""


def result_noticed_hint(initiative: Initiative) -> str:
    """What the result win's "who noticed" field offers as a hint, if anything.

    The up-front check asked who outside the team would notice, and the other
    teams involved may have felt the change; neither is a fact of notice, so
    they are named in a question for the user to answer rather than filled in.
    A team the check's answer already names is not named twice.

    Args:
        initiative: any initiative.

    Returns:
        "Did QA guild and release managers or the platform team notice? Name
        who did."; empty when the check named nobody and no other team is
        recorded.
    """
    expected = expected_to_notice(initiative)
    named = expected.casefold()
    teams = [
        team
        for team in clean_list(initiative.stakeholders.other_teams)
        if team.casefold() not in named
    ]
    who = [with_article(team) for team in teams]
    if expected:
        # One name reads with its article ("the SRE team"); a list is left as
        # typed, since "the" before it would bind to its first name only.
        several = _LIST_OF_NAMES.search(expected)
        who.insert(0, mid_sentence(expected) if several else with_article(expected))
    if not who:
        return ""
    listed = who[0]
    if len(who) > 1:
        listed = f"{', '.join(who[:-1])}{catalogue.RESULT_NOTICED_OR}{who[-1]}"
    return catalogue.RESULT_NOTICED_EXPECTED.format(who=listed)


def result_win(
    initiative: Initiative, today: dt.date, entry: ProblemEntry | None = None
) -> Win:
    """Draft the win that an initiative's measured result earns.

    Only what the user recorded is filled in: the title told as the change
    made (``result_title``), the before → after labelled with what was
    measured (``measured_label``), what changed told in words
    (``result_what_changed``) and the date. Who benefited and who noticed stay
    for the user to say: the other teams involved may have helped rather than
    gained, the people who agreed or helped may sit in the user's own team,
    and what the up-front check said about who would notice was a hope, not a
    fact. Both are offered as questions instead (``result_benefited_hint``,
    ``result_noticed_hint``). The dimensions are the
    form's to suggest (``owned_dimensions``), ticked where the user sees them.

    Args:
        initiative: an initiative at the measuring or done stage.
        today: the user's local date, the date of the draft.
        entry: the catalogue entry the initiative came from, to name the
            measure when the user left it unnamed.

    Returns:
        An unsaved win, framed by the coach.

    Raises:
        CareerClimbError: when the initiative is not yet measuring or done, or
            its latest reading is no better than the baseline.
    """
    if initiative.stage not in RESULT_STAGES:
        raise CareerClimbError(
            catalogue.INITIATIVE_WIN_TOO_EARLY.format(stage=initiative.stage.label)
        )
    refusal = result_win_refusal(initiative)
    if refusal:
        raise CareerClimbError(refusal)
    labelled = initiative.with_changes(metric=measured_label(initiative, entry))
    win = Win(
        title=result_title(labelled),
        what_changed=result_what_changed(labelled),
        date=today,
        measure=change(labelled),
    )
    return framed(win)


def result_benefited_hint(initiative: Initiative) -> str:
    """What the result win's "who benefited" field offers as a hint, if anything.

    The other teams involved took part in the work, which is not the same as
    gaining from its result (a platform team that helped did not benefit), so
    they are named as a reminder rather than filled in.

    Args:
        initiative: any initiative.

    Returns:
        "The teams involved were … — who gained from the result?"; empty when
        the problem records no other team.
    """
    teams = clean_list(initiative.stakeholders.other_teams)
    if not teams:
        return ""
    if len(teams) == 1:
        return catalogue.RESULT_BENEFITED_TEAM.format(team=teams[0])
    listed = f"{', '.join(teams[:-1])} {catalogue.REVIEW_LIST_AND} {teams[-1]}"
    return catalogue.RESULT_BENEFITED_TEAMS.format(teams=listed)


def _same_words(first: str, second: str) -> bool:
    """True when two texts say the same words, whatever the spacing and case."""
    return _plain(first) == _plain(second)


def _names_metric(measure: Measure, initiative: Initiative) -> bool:
    """True when a before → after names the initiative's metric, or either is
    unnamed (a draft for a metric the user left unnamed borrowed the
    catalogue's name, a guess), so the numbers alone decide."""
    label, metric = measure.label, initiative.metric
    return not label.strip() or not metric.strip() or _same_words(label, metric)


def _carries_result(win: Win, initiative: Initiative) -> bool:
    """True when a win's before → after starts from the initiative's baseline."""
    measure = win.measure
    baseline = initiative.baseline
    if measure is None or baseline is None:
        return False
    if measure.before is None or measure.after is None:
        return False
    if not math.isclose(measure.before, baseline.value):
        return False
    if not _same_words(measure.unit, baseline.unit):
        return False
    return _names_metric(measure, initiative)


def _told_result(win: Win, initiative: Initiative) -> bool:
    """True when a win's before → after is in the initiative's measure, whatever
    its before: the result as told before the baseline was removed or corrected.

    With a baseline, the win's unit is the baseline's and it names the metric
    (``_names_metric``); with no reading left, only a win naming the metric,
    when the initiative names one, can be told apart.
    """
    measure = win.measure
    if measure is None or measure.before is None or measure.after is None:
        return False
    baseline = initiative.baseline
    if baseline is None:
        metric = initiative.metric
        return bool(metric.strip()) and _same_words(measure.label, metric)
    if not _same_words(measure.unit, baseline.unit):
        return False
    return _names_metric(measure, initiative)


def linked_result_win(
    initiative: Initiative, wins: Mapping[int | None, Win]
) -> Win | None:
    """The linked win that carries the initiative's measured result, if any.

    A win carries it when its before → after starts from the baseline: its
    before is the baseline's value, in the baseline's unit, and it names the
    initiative's metric or nothing at all. Once the baseline is removed or
    corrected, no win starts from it: then the one linked win whose before →
    after is in the baseline's unit and names the metric (``_told_result``)
    is still the result win, telling the result as it was. A linked win about
    something else, or with a relative change alone, is not it, and neither
    is any of several that could be.

    Args:
        initiative: any initiative.
        wins: the stored wins by id, to look the linked ones up.

    Returns:
        The most recently linked such win; None when no linked win carries it.
    """
    linked = [wins.get(win_id) for win_id in reversed(initiative.win_ids)]
    found = [win for win in linked if win is not None]
    for win in found:
        if _carries_result(win, initiative):
            return win
    told = [win for win in found if _told_result(win, initiative)]
    return told[0] if len(told) == 1 else None


def _off_baseline(initiative: Initiative, win: Win) -> bool:
    """True when the win's before is no longer the initiative's baseline."""
    baseline = initiative.baseline
    if win.measure is None or win.measure.before is None or baseline is None:
        return False
    return not math.isclose(win.measure.before, baseline.value)


def result_win_behind(
    initiative: Initiative, wins: Mapping[int | None, Win]
) -> Win | None:
    """The linked result win, when the readings changed the result it tells.

    Args:
        initiative: any initiative.
        wins: the stored wins by id.

    Returns:
        The result win (``linked_result_win``) when the initiative is measuring
        or done, has a measured change, and its latest reading is not the
        win's after or its baseline not the win's before; None otherwise.
    """
    if initiative.stage not in RESULT_STAGES:
        return None
    return _behind_readings(initiative, wins)


def _behind_readings(
    initiative: Initiative, wins: Mapping[int | None, Win]
) -> Win | None:
    """``result_win_behind`` at any stage."""
    measure = change(initiative)
    if measure is None or not measure.is_complete or measure.after is None:
        return None
    win = linked_result_win(initiative, wins)
    if win is None or win.measure is None or win.measure.after is None:
        return None
    if math.isclose(win.measure.after, measure.after):
        return win if _off_baseline(initiative, win) else None
    return win


def result_win_unbacked(
    initiative: Initiative, wins: Mapping[int | None, Win]
) -> Win | None:
    """The linked result win, when no reading after the baseline backs it now.

    Removing the reading a result win was drafted from leaves the win telling
    a result the readings no longer show; the pitch and the packet would tell
    it all the same.

    Args:
        initiative: any initiative.
        wins: the stored wins by id.

    Returns:
        The result win (``linked_result_win``) when the initiative is measuring
        or done and has no reading after its baseline; None otherwise.
    """
    if initiative.stage not in RESULT_STAGES:
        return None
    return _unbacked_by_readings(initiative, wins)


def _unbacked_by_readings(
    initiative: Initiative, wins: Mapping[int | None, Win]
) -> Win | None:
    """``result_win_unbacked`` at any stage."""
    if initiative.readings:
        return None
    win = linked_result_win(initiative, wins)
    if win is None or win.measure is None or win.measure.after is None:
        return None
    return win


def result_wins_off_readings(
    initiatives: Iterable[Initiative], wins: Mapping[int | None, Win]
) -> dict[int, str]:
    """The result wins whose numbers their problem's readings no longer show.

    One rule with the problem page's warning: the readings changed the result
    (``result_win_behind``: a later reading, or a baseline removed or
    corrected) or no reading after the baseline backs it
    (``result_win_unbacked``). Whatever brings such a win forward (the
    prep's evidence, the packet, the next check-in's advice) says so beside
    it. Unlike the page, which offers w to update the win only while the
    problem is measuring or done, this holds at every stage: a problem moved
    back to driving still lends the win to the case, with numbers its readings
    no longer show.

    Args:
        initiatives: every stored initiative.
        wins: the stored wins by id.

    Returns:
        Win id → a short note on what the readings say now, such as "its
        numbers no longer match the readings: 30% baseline, 8% latest".
    """
    found: dict[int, str] = {}
    for initiative in initiatives:
        baseline, latest = initiative.baseline, initiative.latest_reading
        behind = _behind_readings(initiative, wins)
        if behind is not None and behind.id is not None:
            if baseline is not None and latest is not None:
                found[behind.id] = catalogue.RESULT_WIN_OFF_READINGS.format(
                    baseline=describe_amount(baseline.value, baseline.unit),
                    latest=describe_amount(latest.value, latest.unit),
                )
                continue
        unbacked = _unbacked_by_readings(initiative, wins)
        if unbacked is not None and unbacked.id is not None:
            found[unbacked.id] = catalogue.RESULT_WIN_UNBACKED_NOTE
    return found


def updated_result_win(
    initiative: Initiative, win: Win, entry: ProblemEntry | None = None
) -> Win:
    """The result win brought up to the latest reading, for the user to save.

    The after becomes the latest reading; the win's own name for the measure
    and its unit are kept, and its before too unless the baseline was removed
    or corrected since (then the before becomes the baseline). The drafted
    "what changed" sentence of the old result is replaced by the new one
    wherever it still stands, so words the user added around it stay; a text
    the user rewrote is theirs and is kept. The title is redrafted only while
    it is still the drafted one.
    Everything else (date, who benefited, who noticed, dimensions, tags) is
    kept as the user left it.

    Args:
        initiative: an initiative with a measured change.
        win: its result win (``linked_result_win``), still saying an older
            result.
        entry: the catalogue entry it came from, if any.

    Returns:
        The same win (same id) with the new result, framed by the coach; the
        win unchanged when there is no measured change to bring it up to.
    """
    latest = initiative.latest_reading
    if win.measure is None or win.measure.after is None or latest is None:
        return win
    labelled = initiative.with_changes(metric=measured_label(initiative, entry))
    # The initiative as it stood when the win was drafted: the same baseline, with
    # the win's after as the latest reading.
    then = labelled.with_changes(readings=(replace(latest, value=win.measure.after),))
    measure = replace(win.measure, after=latest.value, change_pct=None)
    baseline = initiative.baseline
    if baseline is not None and _off_baseline(initiative, win):
        before = win.measure.before
        if before is not None:
            then = then.with_changes(baseline=replace(baseline, value=before))
        measure = replace(measure, before=baseline.value)

    changes: dict[str, Any] = {"measure": measure}
    old_said, new_said = result_what_changed(then), result_what_changed(labelled)
    if not win.what_changed.strip() or _same_words(win.what_changed, old_said):
        changes["what_changed"] = new_said
    elif old_said and old_said in win.what_changed:
        changes["what_changed"] = win.what_changed.replace(old_said, new_said)
    if _same_words(win.title, result_title(then)):
        changes["title"] = result_title(labelled)
    return framed(win.with_changes(**changes))


def owned_dimensions(
    dimension_ids: Sequence[str], entry: ProblemEntry | None = None
) -> tuple[str, ...]:
    """The ladder dimensions a driven problem's result speaks to, to pre-tick.

    Driving a problem nobody assigned to a measured result is what a ladder's
    ownership dimension describes, whatever the problem was: that one is
    ticked. The dimensions a catalogue entry lists are where fixing such a
    problem may show, depending on how it was fixed (review waits cut by a
    rota, or by teaching more people to review), so they are not ticked: each
    ticked dimension counts as covered in the gap view, and the user did not
    choose them. Only a ladder that names no ownership dimension takes the
    entry's first, the one it names first as what fixing the problem speaks
    to. The result win's form says which are ticked, and the user can untick
    them or add others.

    Args:
        dimension_ids: the ids of the ladder's dimensions, in order.
        entry: the catalogue entry the problem came from, if any.

    Returns:
        The ladder's ids that name ownership, in the ladder's order; else the
        entry's first dimension the ladder has; else empty.
    """
    owned = tuple(d for d in dimension_ids if "ownership" in d.casefold())
    if owned or entry is None:
        return owned
    return next(((d,) for d in entry.dimensions if d in dimension_ids), ())


# --- The proposal ---------------------------------------------------------------


@dataclass(frozen=True)
class ProposalSection:
    """One section of a proposal: what the user wrote, or what is left to write."""

    heading: str
    lines: tuple[str, ...] = ()
    """Paragraphs from the user's own entries, in order."""
    table_header: tuple[str, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()
    """Rows of facts the user recorded (readings, people), as wide as the header."""
    to_fill: str = ""
    """What to write here; shown only while the section is empty."""
    suggestions_label: str = ""
    suggestions: tuple[str, ...] = ()
    """Ideas from the catalogue entry, shown as ideas, never as facts."""
    filled_from: str = catalogue.PROPOSAL_FILLED_FROM_DETAILS
    """Where the user enters what this section is drafted from, naming the key."""

    @property
    def is_filled(self) -> bool:
        """True when the section holds something the user entered."""
        return bool(self.lines or self.table)


@dataclass(frozen=True)
class Proposal:
    """A short written case for fixing the problem, drafted from the initiative."""

    title: str
    problem: ProposalSection
    evidence: ProposalSection
    proposed_fix: ProposalSection
    cost: ProposalSection
    success: ProposalSection
    reach: ProposalSection
    """Who outside the team the change reaches, and who helps; read only once
    the user recorded any of it, since a proposal can make its case without."""
    who_agrees: ProposalSection

    @property
    def sections(self) -> tuple[ProposalSection, ...]:
        """The sections in the order they are read; the reach only when filled."""
        reach = (self.reach,) if self.reach.is_filled else ()
        return (
            self.problem,
            self.evidence,
            self.proposed_fix,
            self.cost,
            self.success,
            *reach,
            self.who_agrees,
        )

    @property
    def missing(self) -> tuple[str, ...]:
        """Headings of the sections still empty."""
        return tuple(s.heading for s in self.sections if not s.is_filled)

    @property
    def missing_by_place(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The empty sections' headings, grouped by where they are filled in.

        Returns:
            (where, headings) pairs in reading order of each place's first
            section; ``where`` names the key that opens it.
        """
        places: dict[str, list[str]] = {}
        for section in self.sections:
            if not section.is_filled:
                places.setdefault(section.filled_from, []).append(section.heading)
        return tuple((where, tuple(headings)) for where, headings in places.items())


def _paragraphs(*texts: str) -> tuple[str, ...]:
    return tuple(text.strip() for text in texts if text.strip())


def _sentence(text: str) -> str:
    """Text ending as a sentence does, without doubling the user's own stop."""
    said = " ".join(text.split())
    return said if said[-1:] in ".!?" else f"{said}."


def _success_lines(
    initiative: Initiative, entry: ProblemEntry | None
) -> tuple[str, ...]:
    """How the proposal will know the fix worked: the measure, target, readings.

    The measure is named as its result is (``measured_label``): once there
    are readings and no name was typed, by the catalogue entry's measure, so
    that the readings below are never numbers of nothing named. Before any
    reading, a name left blank stays for the user to fill in.
    """
    lines: list[str] = []
    metric = " ".join(initiative.metric.split())
    if not metric and initiative.baseline is not None:
        metric = measured_label(initiative, entry)
    if metric:
        metric = mid_sentence(metric)
        if initiative.better in (BETTER_LOWER, BETTER_HIGHER):
            lines.append(
                catalogue.PROPOSAL_METRIC_DIRECTION.format(
                    metric=metric, better=initiative.better
                )
            )
        else:
            lines.append(catalogue.PROPOSAL_METRIC.format(metric=metric))
    if initiative.target.strip():
        lines.append(
            _sentence(catalogue.PROPOSAL_TARGET.format(target=initiative.target))
        )
    # The metric is named on the line above, not beside the numbers, so the
    # readings say their whole unit: "Baseline: 40 reruns/week".
    if initiative.baseline is not None:
        lines.append(
            catalogue.PROPOSAL_BASELINE.format(reading=initiative.baseline.describe())
        )
    latest = initiative.latest_reading
    if latest is not None:
        lines.append(catalogue.PROPOSAL_LATEST.format(reading=latest.describe()))
    return tuple(lines)


def _reach_lines(initiative: Initiative) -> tuple[str, ...]:
    """Who else the change reaches, from the check's answer and the people."""
    lines: list[str] = []
    expected = expected_to_notice(initiative)
    if expected:
        lines.append(_sentence(catalogue.PROPOSAL_NOTICED.format(who=expected)))
    people = initiative.stakeholders
    teams = clean_list(people.other_teams)
    if teams:
        lines.append(catalogue.PROPOSAL_OTHER_TEAMS.format(teams=", ".join(teams)))
    helped = clean_list(people.helped)
    if helped:
        lines.append(catalogue.PROPOSAL_HELPED.format(names=", ".join(helped)))
    return tuple(lines)


def _agreement_rows(people: Stakeholders) -> tuple[tuple[str, ...], ...]:
    """Who has to agree and who has, each once, with whether they have.

    A role someone agreed for is shown as that person ("Priya (tech lead)" for
    "Tech lead"), and everyone who agreed without being asked for follows.
    """
    agreed = clean_list(people.agreed)
    rows: dict[str, str] = {}
    answered: set[str] = set()
    for wanted in clean_list(people.to_agree):
        given = next((name for name in agreed if agreed_for(wanted, name)), None)
        if given is None:
            rows.setdefault(wanted, catalogue.PROPOSAL_NOT_YET)
            continue
        answered.add(given)
        same_person = person_key(wanted) == person_key(given)
        rows[wanted if same_person else given] = catalogue.PROPOSAL_AGREED
    for given in agreed:
        if given not in answered:
            rows.setdefault(given, catalogue.PROPOSAL_AGREED)
    return tuple(rows.items())


def proposal_drafted(initiative: Initiative, entry: ProblemEntry | None) -> bool:
    """True when every section drafted from the details holds the user's words.

    The problem, evidence, fix, cost and how success is known come from the
    details (and readings); the people sections come from elsewhere and are not
    needed for a draft worth sharing.

    Args:
        initiative: the initiative.
        entry: its catalogue entry, if it came from one.

    Returns:
        True once none of those sections is left to fill.
    """
    proposal = draft_proposal(initiative, entry)
    from_details = (
        proposal.problem,
        proposal.evidence,
        proposal.proposed_fix,
        proposal.cost,
        proposal.success,
    )
    return all(section.is_filled for section in from_details)


def draft_proposal(initiative: Initiative, entry: ProblemEntry | None) -> Proposal:
    """Draft a proposal from what the user entered, and nothing else.

    Each section holds the user's own words and recorded numbers: the target
    and who would notice come from the up-front check (the target as the user
    may have edited it since), the other teams and helpers from the people
    recorded. A section with nothing in it says what to write there instead;
    when the initiative came from the catalogue, the entry's symptoms, first
    steps, measures and roles are offered as ideas, clearly apart from the
    user's facts.

    Args:
        initiative: the initiative to propose.
        entry: its catalogue entry, if it came from one.

    Returns:
        The proposal, ready to show or export.
    """
    readings = [r for r in (initiative.baseline, *initiative.readings) if r]
    reading_rows = tuple(
        (
            r.date.isoformat(),
            describe_amount(r.value, r.unit),
            r.source or catalogue.PROPOSAL_NO_SOURCE,
        )
        for r in readings
    )
    ideas = catalogue.PROPOSAL_IDEAS

    problem = ProposalSection(
        heading=catalogue.PROPOSAL_H_PROBLEM,
        lines=_paragraphs(initiative.description),
        to_fill=catalogue.PROPOSAL_FILL_PROBLEM,
        suggestions_label=catalogue.PROPOSAL_IDEAS_SYMPTOMS if entry else "",
        suggestions=entry.symptoms if entry else (),
    )
    evidence = ProposalSection(
        heading=catalogue.PROPOSAL_H_EVIDENCE,
        lines=_paragraphs(initiative.evidence),
        table_header=catalogue.PROPOSAL_READINGS_HEADER if reading_rows else (),
        table=reading_rows,
        to_fill=catalogue.PROPOSAL_FILL_EVIDENCE,
    )
    proposed_fix = ProposalSection(
        heading=catalogue.PROPOSAL_H_FIX,
        lines=_paragraphs(initiative.proposed_fix),
        to_fill=catalogue.PROPOSAL_FILL_FIX,
        suggestions_label=ideas if entry else "",
        suggestions=entry.first_steps if entry else (),
    )
    cost = ProposalSection(
        heading=catalogue.PROPOSAL_H_COST,
        lines=_paragraphs(initiative.cost),
        to_fill=catalogue.PROPOSAL_FILL_COST,
    )
    success = ProposalSection(
        heading=catalogue.PROPOSAL_H_SUCCESS,
        lines=_success_lines(initiative, entry),
        to_fill=catalogue.PROPOSAL_FILL_SUCCESS,
        suggestions_label=ideas if entry else "",
        suggestions=tuple(m.describe() for m in entry.measures) if entry else (),
    )
    reach = ProposalSection(
        heading=catalogue.PROPOSAL_H_REACH,
        lines=_reach_lines(initiative),
        filled_from=catalogue.PROPOSAL_FILLED_FROM_PEOPLE,
    )
    agreement = _agreement_rows(initiative.stakeholders)
    who_agrees = ProposalSection(
        heading=catalogue.PROPOSAL_H_WHO,
        table_header=catalogue.PROPOSAL_WHO_HEADER if agreement else (),
        table=agreement,
        to_fill=catalogue.PROPOSAL_FILL_WHO,
        suggestions_label=catalogue.PROPOSAL_IDEAS_ROLES if entry else "",
        suggestions=entry.who_agrees if entry else (),
        filled_from=catalogue.PROPOSAL_FILLED_FROM_PEOPLE,
    )

    return Proposal(
        title=catalogue.PROPOSAL_TITLE.format(title=initiative.title),
        problem=problem,
        evidence=evidence,
        proposed_fix=proposed_fix,
        cost=cost,
        success=success,
        reach=reach,
        who_agrees=who_agrees,
    )
