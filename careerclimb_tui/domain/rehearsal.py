"""The simulated manager: a seeded state machine for rehearsing the conversation.

A persona from the manager bank answers the user's ask in one of six ways, from vague
praise to a concrete answer with a catch. What the user says next moves the manager:
asking for an example or for specifics may turn a vague answer concrete, with a
chance that depends on the difficulty; accepting a vague answer lets it stand. A hard
difficulty may also hold the manager to vague answers for the first few replies, so
the user has to push before anything specific comes, and each persona is described
as they behave at the chosen difficulty. Each difficulty also has a bar (``BARS``):
the tough manager gives no ground before a few exchanges, and takes evidence only
once it is measured, was seen outside the user's team, and came on more than one
line, so one strong story is not yet a case. The seed picks the
persona in turn, so seeds next to each other meet different managers, and every
draw comes from ``random.Random(seed)``, so one seed and one script always give
the same conversation. What a manager says of when the cycle closes follows the
profile's cycle date, and nothing is said of it without one. There is no network
and no language model.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.conversation import (
    BEHAVIOURS,
    CRITERIA_HEARD,
    EVIDENCE,
    EXAMPLE,
    SPECIFICS,
    ReplyReading,
    Scorecard,
    behaviour_label,
    read_reply,
    score_replies,
)
from careerclimb_tui.domain.dates import weeks_away_in_words
from careerclimb_tui.domain.framing import read_statement
from careerclimb_tui.domain.pitch import tells_of_outside
from careerclimb_tui.errors import CareerClimbError

EASY = "easy"
REALISTIC = "realistic"
TOUGH = "tough"
DIFFICULTIES = (EASY, REALISTIC, TOUGH)

VAGUE_PRAISE = "vague_praise"
DEFLECTION = "deflection"
MOVING_TARGET = "moving_target"
TIMING_DODGE = "timing_dodge"
CONCRETE = "concrete"
CONCRETE_WITH_CATCH = "concrete_with_catch"
VAGUE_KINDS = (VAGUE_PRAISE, DEFLECTION, MOVING_TARGET, TIMING_DODGE)
CONCRETE_KINDS = (CONCRETE, CONCRETE_WITH_CATCH)
REPLY_KINDS = VAGUE_KINDS + CONCRETE_KINDS
"""The ways a manager can answer, vague ones first."""

GREETING = "greeting"
CLOSING_AGREED = "closing_agreed"
CLOSING_OUT_OF_TIME = "closing_out_of_time"
"""Kinds of the manager's first and last lines, beside the six reply kinds."""
NEXT_STEP_AGREED = "next_step_agreed"
"""Kind of the line in which a manager agrees a next step and says time is nearly
up, so that the meeting ends on the user's next line rather than at once."""

ASKED_FOR_EXAMPLE = "asked_for_example"
ASKED_FOR_SPECIFICS = "asked_for_specifics"
OFFERED_EVIDENCE = "offered_evidence"
ACCEPTED = "accepted"
OTHER = "other"
FOLLOW_UP_KEYS = (
    ASKED_FOR_EXAMPLE,
    ASKED_FOR_SPECIFICS,
    OFFERED_EVIDENCE,
    ACCEPTED,
    OTHER,
)
"""What the user just did, which picks the manager's follow-up lines."""

CLOSING_KEYS = ("agreed", "out_of_time")
TIME_NEARLY_UP = "time_nearly_up"
"""Bank key of the lines a manager adds when the user has few lines left."""
WARN_AT_LINES_LEFT = 2
"""The manager glances at the clock when the user has this many lines left."""

CYCLE_PLACEHOLDER = "cycle"
PLACEHOLDERS = ("level", CYCLE_PLACEHOLDER)
"""The placeholders a bank line may hold: {level} becomes the target level;
{cycle} becomes when the promotion cycle closes ("in 16 weeks"), and a line that
holds it is left out when the profile sets no cycle date still ahead."""

YOU = "you"
MANAGER = "manager"

MAX_SEED_DIGITS = 9
"""The longest seed a user may type; the seeds the app draws are shorter."""


# --- The manager bank, as the loader hands it over ----------------------------------


@dataclass(frozen=True)
class ReplyLines:
    """What a manager says when answering in one way."""

    openers: tuple[str, ...]
    """First answers to the user's ask."""
    follow_ups: Mapping[str, tuple[str, ...]]
    """Lines by what the user just did (one of ``FOLLOW_UP_KEYS``)."""


@dataclass(frozen=True)
class DifficultyRules:
    """How hard a manager is to move at one difficulty. Chances are in percent."""

    turns: int
    """The most lines the user may say before the manager runs out of time."""
    yields_to_example: int
    """The chance a vague manager turns concrete when asked for an example."""
    yields_to_specifics: int
    """The chance a vague manager turns concrete when asked for specifics."""
    yields_to_evidence: int
    """The chance a vague manager turns concrete when shown evidence."""
    drifts_when_accepted: int
    """The chance a concrete manager turns vague again when the user just agrees."""
    vague_answers_first: int = 0
    """How many answers stay vague, however the user pushes, before any concrete one."""
    sure_after_pushes: int = 0
    """Pushes (lines asking for an example or for specifics) after which a vague
    manager surely turns concrete on the next push; 0 leaves it to chance."""


@dataclass(frozen=True)
class ManagerBar:
    """What a manager must hear before giving ground, at one difficulty.

    Giving ground is answering concretely after a vague answer, taking a piece of
    evidence as counting, or agreeing a next step that ends the meeting.
    """

    min_exchanges: int = 1
    """The user's lines, the current one included, before any ground is given."""
    wants_measure: bool = False
    """Evidence counts only once some of it measured a change."""
    wants_outside: bool = False
    """Evidence counts only once the user has said who outside their team saw it."""
    evidence_lines: int = 1
    """Evidence counts only once this many of the user's lines each showed a
    measured change or work seen beyond the team: one strong story is a start,
    a case rests on more than one."""

    @property
    def judges_evidence(self) -> bool:
        """True when shown evidence is weighed against the bar, not left to chance."""
        return self.wants_measure or self.wants_outside


BARS: Mapping[str, ManagerBar] = {
    EASY: ManagerBar(),
    REALISTIC: ManagerBar(),
    TOUGH: ManagerBar(
        min_exchanges=3, wants_measure=True, wants_outside=True, evidence_lines=2
    ),
}
"""Difficulty → its bar. The easy and realistic managers move on chance alone."""


@dataclass(frozen=True)
class MeetingManners:
    """How a manager opens and ends the meeting, at one difficulty."""

    usual_opening: bool = False
    """The manager always opens with their usual greeting, the first of their
    ``greetings``, which asks what the user wants to talk about; otherwise the
    greeting is drawn."""
    warns_before_ending: bool = False
    """The manager never ends the meeting without having said once that time is
    nearly up: a follow-up agreed before that is agreed with the warning, and the
    meeting ends on the user's next line."""


MANNERS: Mapping[str, MeetingManners] = {
    EASY: MeetingManners(),
    REALISTIC: MeetingManners(usual_opening=True, warns_before_ending=True),
    TOUGH: MeetingManners(),
}
"""Difficulty → how its manager opens and ends the meeting. The realistic manager
behaves as most managers do; the others keep the meeting less predictable."""


@dataclass(frozen=True)
class ManagerPersona:
    """One simulated manager: who they are and how they tend to answer."""

    id: str
    name: str
    about: Mapping[str, str]
    """Difficulty → one line on their style at it, shown as the rehearsal starts."""
    greetings: tuple[str, ...]
    """Lines that open the meeting, before the user's ask; the first is the usual
    one, said whenever the difficulty's manners call for it (``MANNERS``)."""
    weights: Mapping[str, Mapping[str, int]]
    """Difficulty → reply kind → weight of answering that way."""

    def about_at(self, difficulty: str) -> str:
        """The line on their style that matches how they answer at a difficulty."""
        return self.about[difficulty]


@dataclass(frozen=True)
class ManagerBank:
    """Every persona, every line and the rules of each difficulty."""

    managers: tuple[ManagerPersona, ...]
    replies: Mapping[str, ReplyLines]
    """Reply kind → its lines."""
    closings: Mapping[str, tuple[str, ...]]
    """Lines that end the meeting, under "agreed" and "out_of_time", and under
    ``TIME_NEARLY_UP`` the lines that warn the meeting is about to end."""
    difficulties: Mapping[str, DifficultyRules]
    source: str = ""
    """Where the bank was read from, for messages."""

    def manager(self, manager_id: str) -> ManagerPersona | None:
        """The persona with this id, or None."""
        return next((m for m in self.managers if m.id == manager_id), None)


def cycle_timing(cycle_closes: dt.date | None, today: dt.date) -> str:
    """When the promotion cycle closes, as a manager says it.

    Args:
        cycle_closes: the closing date the profile sets, if any.
        today: the user's local date.

    Returns:
        "within a week", "in 1 week" or "in 16 weeks"; empty with no date, or
        once the date has passed, when a manager says nothing of timing.
    """
    if cycle_closes is None or cycle_closes < today:
        return ""
    return weeks_away_in_words((cycle_closes - today).days)


def names_cycle(line: str) -> bool:
    """True when a bank line says when the cycle closes (holds ``{cycle}``)."""
    fields = string.Formatter().parse(line)
    return any(name == CYCLE_PLACEHOLDER for _, name, _, _ in fields)


def _with_cycle(line: str, cycle: str) -> str:
    """A bank line with ``{cycle}`` filled in and every other placeholder kept."""
    kept = []
    for literal, name, _, _ in string.Formatter().parse(line):
        kept.append(literal.replace("{", "{{").replace("}", "}}"))
        if name == CYCLE_PLACEHOLDER:
            kept.append(cycle.replace("{", "{{").replace("}", "}}"))
        elif name is not None:
            kept.append("{" + name + "}")
    return "".join(kept)


def lines_for_cycle(lines: Sequence[str], cycle: str) -> tuple[str, ...]:
    """Bank lines as a manager may say them, given when the cycle closes.

    Args:
        lines: lines of the bank; the bank keeps at least one that does not
            name the cycle in every list.
        cycle: when the cycle closes (``cycle_timing``); empty when unknown.

    Returns:
        The lines with ``{cycle}`` filled in; without a cycle, only the lines
        that say nothing of it.
    """
    if not cycle:
        return tuple(line for line in lines if not names_cycle(line))
    return tuple(_with_cycle(line, cycle) for line in lines)


def bank_for_cycle(bank: ManagerBank, cycle: str) -> ManagerBank:
    """The bank as its managers speak it for one profile's cycle date.

    Args:
        bank: the manager bank, as loaded.
        cycle: when the cycle closes (``cycle_timing``); empty when unknown.

    Returns:
        The same bank, every list of lines passed through ``lines_for_cycle``.
    """

    def said(lines: Sequence[str]) -> tuple[str, ...]:
        return lines_for_cycle(lines, cycle)

    managers = tuple(replace(m, greetings=said(m.greetings)) for m in bank.managers)
    replies = {
        kind: ReplyLines(
            openers=said(lines.openers),
            follow_ups={key: said(v) for key, v in lines.follow_ups.items()},
        )
        for kind, lines in bank.replies.items()
    }
    closings = {key: said(lines) for key, lines in bank.closings.items()}
    return replace(bank, managers=managers, replies=replies, closings=closings)


# --- The rehearsal ------------------------------------------------------------------


@dataclass(frozen=True)
class RehearsalTurn:
    """One line of the rehearsal."""

    speaker: str
    """``YOU`` or ``MANAGER``."""
    text: str
    kind: str = ""
    """For the manager: the kind of line (a reply kind, greeting or closing)."""
    reading: ReplyReading | None = None
    """For the user: what the line did."""
    names_criteria: bool = False
    """For the manager: True when the line says what would count, as a concrete
    answer to the ask or to a push for an example or for specifics does."""
    warns: bool = False
    """For the manager: True when the line says time is nearly up."""


@dataclass(frozen=True)
class Rehearsal:
    """A rehearsal in progress. Each step returns a new one; none is changed."""

    bank: ManagerBank = field(repr=False)
    manager: ManagerPersona
    difficulty: str
    seed: int
    level_names: tuple[str, ...]
    """Ways of naming the target level, for reading the user's lines."""
    cycle_words: tuple[str, ...]
    """Words naming this cycle, for reading the user's lines."""
    turns: tuple[RehearsalTurn, ...]
    stance: str | None
    """The reply kind the manager is answering in; None before the first answer."""
    ended: bool
    rng_state: Any = field(repr=False, compare=False)
    """The random generator's state, so the next draw continues the same sequence."""

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kind of each of the manager's lines, in order."""
        return tuple(t.kind for t in self.turns if t.speaker == MANAGER)

    @property
    def manager_about(self) -> str:
        """The manager's style, as they behave at this rehearsal's difficulty."""
        return self.manager.about_at(self.difficulty)

    @property
    def answers(self) -> int:
        """How many times the manager has answered, greeting and closings aside."""
        return sum(1 for kind in self.kinds if kind in REPLY_KINDS)

    @property
    def readings(self) -> tuple[ReplyReading, ...]:
        """The reading of each of the user's lines, in order."""
        return tuple(t.reading for t in self.turns if t.reading is not None)

    @property
    def user_turns(self) -> int:
        """How many lines the user has said."""
        return sum(1 for t in self.turns if t.speaker == YOU)

    @property
    def pushes(self) -> int:
        """How many of the user's lines asked for an example or for specifics."""
        return sum(1 for r in self.readings if _pushes(r))

    @property
    def warned(self) -> bool:
        """True once the manager has said that time is nearly up."""
        return any(turn.warns for turn in self.turns)

    @property
    def closing_due(self) -> bool:
        """True when a next step was agreed with time called: the user's next
        line is their last, and the manager then closes the meeting."""
        return not self.ended and self.turns[-1].kind == NEXT_STEP_AGREED

    @property
    def lines_left(self) -> int:
        """How many more lines the user may say before the manager runs out of time."""
        if self.ended:
            return 0
        if self.closing_due:
            return 1
        return max(self.bank.difficulties[self.difficulty].turns - self.user_turns, 0)

    @property
    def criteria_named(self) -> bool:
        """True when the manager said at least once what would count.

        A concrete reply to shown evidence or to a nod ("Yes, that's evidence I
        can use") is no criterion: only the lines marked ``names_criteria`` are.
        """
        return any(turn.names_criteria for turn in self.turns)

    @property
    def bar(self) -> ManagerBar:
        """What this rehearsal's manager must hear before giving ground."""
        return BARS[self.difficulty]

    @property
    def turned_concrete(self) -> bool:
        """True when the user's pushing turned a vague answer into criteria.

        Only a push (asking for an example or for specifics) right after a vague
        answer counts, and only when the manager's very next line named what
        would count, as ``criteria_named`` reads it. A manager who turned
        concrete to weigh shown evidence, or who was concrete from the start,
        was not turned by pushing.
        """
        turns = self.turns
        return any(
            turn.reading is not None
            and _pushes(turn.reading)
            and turns[i - 1].kind in VAGUE_KINDS
            and turns[i + 1].names_criteria
            for i, turn in enumerate(turns[:-1])
            if i > 0
        )


def start_rehearsal(
    bank: ManagerBank,
    difficulty: str,
    seed: int,
    *,
    level_names: Sequence[str] = (),
    cycle_words: Sequence[str] = (),
    cycle: str = "",
    manager_id: str | None = None,
) -> Rehearsal:
    """Start a rehearsal with a manager picked by the seed.

    Args:
        bank: the manager bank.
        difficulty: "easy", "realistic" or "tough".
        seed: the seed of every random draw in this rehearsal.
        level_names: ways of naming the target level; the first fills ``{level}``
            in the manager's lines.
        cycle_words: words that name this cycle.
        cycle: when the cycle closes (``cycle_timing``), which fills ``{cycle}``
            in the manager's lines; empty leaves out the lines that name it.
        manager_id: a persona to use instead of one picked by the seed.

    Returns:
        The rehearsal, opened with the manager's greeting: their usual one
        when the difficulty's manners (``MANNERS``) call for it, else one drawn.

    Raises:
        CareerClimbError: for an unknown difficulty or manager.
    """
    if difficulty not in DIFFICULTIES:
        raise CareerClimbError(
            catalogue.REHEARSAL_UNKNOWN_DIFFICULTY.format(
                difficulty=difficulty, choices=", ".join(DIFFICULTIES)
            )
        )
    rng = random.Random(seed)
    bank = bank_for_cycle(bank, cycle)
    if manager_id is None:
        manager = manager_for_seed(bank, seed)
    else:
        found = bank.manager(manager_id)
        if found is None:
            raise CareerClimbError(
                catalogue.REHEARSAL_UNKNOWN_MANAGER.format(
                    id=manager_id, choices=", ".join(m.id for m in bank.managers)
                )
            )
        manager = found

    names = tuple(level_names)
    # The draw is made even for the usual greeting, so that the rest of a seed's
    # conversation is the same whichever greeting opens it.
    drawn = rng.choice(manager.greetings)
    usual = MANNERS[difficulty].usual_opening
    greeting = _fill(manager.greetings[0] if usual else drawn, names)
    return Rehearsal(
        bank=bank,
        manager=manager,
        difficulty=difficulty,
        seed=seed,
        level_names=names,
        cycle_words=tuple(cycle_words),
        turns=(RehearsalTurn(MANAGER, greeting, GREETING),),
        stance=None,
        ended=False,
        rng_state=rng.getstate(),
    )


def manager_for_seed(bank: ManagerBank, seed: int) -> ManagerPersona:
    """The persona a seed meets when no manager is chosen.

    The seed picks the persona in turn, not by a random draw: the screen meets
    a new manager by adding 1 to the seed, and a random draw would often meet
    the one just left again.

    Args:
        bank: the manager bank.
        seed: the rehearsal's seed.

    Returns:
        The persona; seeds next to each other always meet different ones.
    """
    return bank.managers[seed % len(bank.managers)]


def read_seed(text: str) -> int | None:
    """Read the seed the user typed to meet a manager again.

    Args:
        text: what the user typed; blanks around it do not count.

    Returns:
        The seed, or None when nothing was typed, which asks for a new one.

    Raises:
        CareerClimbError: when the text is not a whole number of at most
            ``MAX_SEED_DIGITS`` digits.
    """
    typed = text.strip()
    if not typed:
        return None
    if not (typed.isascii() and typed.isdigit()) or len(typed) > MAX_SEED_DIGITS:
        raise CareerClimbError(catalogue.REHEARSAL_BAD_SEED.format(text=typed))
    return int(typed)


def manager_opening(rehearsal: Rehearsal) -> str:
    """The manager's first line, which opens the meeting before the user's ask."""
    return rehearsal.turns[0].text


def respond(rehearsal: Rehearsal, user_text: str) -> tuple[Rehearsal, str]:
    """Hear one line from the user and answer it.

    The first answer comes in a kind drawn from the persona's weights; if the user's
    first line asks for nothing specific, only vague kinds are drawn. While the
    difficulty's ``vague_answers_first`` answers are not yet given, every answer is
    vague, whatever the user says. After that:

    - agreeing a follow-up ends the meeting; one proposed before the manager
      is ready is answered (``answer_to_proposal``) beside the usual reply;
    - a vague manager asked for an example, for specifics or shown evidence turns
      concrete with the difficulty's chance; asked and not yielding, they dodge in
      a freshly drawn vague way;
    - a concrete manager stays concrete, unless the user merely agrees and the
      difficulty's drift chance comes up;
    - once the user has pushed (asked for an example or for specifics) the
      difficulty's ``sure_after_pushes`` times, a push surely turns a vague manager
      concrete, the first answer included;
    - with ``WARN_AT_LINES_LEFT`` lines left, the manager says time is nearly up;
    - the user's last allowed line is answered by the manager running out of time;
    - a manager whose manners warn before ending (``MANNERS``) and who has not yet
      said time is nearly up agrees a follow-up with that warning instead of
      closing, and closes on the agreed follow-up at the user's next line,
      whatever it says. Such a manager warns once.

    The difficulty's bar (``BARS``) comes first: before its ``min_exchanges``
    lines the manager neither turns concrete nor agrees to wrap up, and where it
    judges evidence, shown evidence moves the manager only once the user's lines
    hold a measured change and someone outside their team, on as many lines as
    the bar's ``evidence_lines``, and then surely.
    Evidence short of it gets a concrete manager restating what they need.
    Once the user has named someone outside their team who saw the work, the
    manager's reply never says it stayed inside the team, and once the user has
    given a measured change, it never asks for the number (``follow_up_lines``).
    An agreed follow-up names what the manager still wants (``closing_line``).

    Args:
        rehearsal: the rehearsal so far.
        user_text: what the user says.

    Returns:
        The rehearsal with both lines added, and the manager's line.

    Raises:
        CareerClimbError: when the rehearsal has ended or the line is blank.
    """
    if rehearsal.ended:
        raise CareerClimbError(catalogue.REHEARSAL_OVER)
    said = user_text.strip()
    if not said:
        raise CareerClimbError(catalogue.REHEARSAL_SAY_SOMETHING)

    reading = read_reply(said, rehearsal.level_names, rehearsal.cycle_words)
    rng = random.Random()
    rng.setstate(rehearsal.rng_state)
    bank = rehearsal.bank
    rules = bank.difficulties[rehearsal.difficulty]
    weights = rehearsal.manager.weights[rehearsal.difficulty]

    stance = rehearsal.stance
    bar = rehearsal.bar
    ready = rehearsal.user_turns + 1 >= exchanges_needed(rehearsal)
    may_turn_concrete = ready and rehearsal.answers >= rules.vague_answers_first
    pushes = rehearsal.pushes + _pushes(reading)
    sure = (
        may_turn_concrete and _pushes(reading) and 0 < rules.sure_after_pushes <= pushes
    )
    # A bar that judges evidence is judged on everything said so far, every line.
    heard = [*_user_lines(rehearsal), (said, reading)]
    met = _bar_met(rehearsal, heard)
    newly_met = bar.judges_evidence and met and not _bar_met(rehearsal, heard[:-1])
    agrees = ready and stance is not None and reading.agrees_follow_up and met
    last_line = rehearsal.user_turns + 1 >= rules.turns
    warns_first = MANNERS[rehearsal.difficulty].warns_before_ending
    names_criteria = warns = False
    if rehearsal.closing_due:
        # The next step was agreed and time called: the user had a last word,
        # and the manager now closes on the follow-up, true to what was heard.
        kind = CLOSING_AGREED
        line = closing_line(rng, bank, wanted_at_close(rehearsal, heard), bar)
    elif last_line and not agrees:
        kind, line = CLOSING_OUT_OF_TIME, rng.choice(bank.closings["out_of_time"])
    elif stance is None:
        asked = reading.asks_for_specifics or reading.asks_for_example
        kinds = REPLY_KINDS if asked and may_turn_concrete else VAGUE_KINDS
        if sure:
            kinds = CONCRETE_KINDS
        stance = _draw(rng, weights, kinds)
        kind, line = stance, rng.choice(bank.replies[stance].openers)
        names_criteria = stance in CONCRETE_KINDS
    elif agrees and warns_first and not rehearsal.warned and not last_line:
        kind, warns = NEXT_STEP_AGREED, True
        agreed = rng.choice(catalogue.REHEARSAL_NEXT_STEP_AGREED)
        line = f"{agreed} {catalogue.REHEARSAL_ANYTHING_ELSE}"
    elif agrees:
        kind = CLOSING_AGREED
        line = closing_line(rng, bank, wanted_at_close(rehearsal, heard), bar)
    else:
        key = follow_up_key(reading)
        convinced = None
        if bar.judges_evidence and (key == OFFERED_EVIDENCE or newly_met):
            # The line that completes the bar is weighed as evidence, even when
            # it only names who saw work measured in an earlier line.
            key, convinced = OFFERED_EVIDENCE, met
        elif bar.judges_evidence and met and key != ACCEPTED:
            convinced = True
        if sure and convinced is None:
            convinced = True
        stance = _next_stance(
            rng, stance, key, rules, weights, may_turn_concrete, convinced
        )
        if convinced is False and stance in CONCRETE_KINDS:
            # Evidence short of the bar is not taken as counting: the manager
            # restates what they need instead.
            key = OTHER
        said_so_far = evidence_heard(heard)
        replies = bank.replies[stance]
        shown = reading.offers_evidence or newly_met
        lines = follow_up_lines(replies, stance, key, said_so_far, bar, shown)
        # Should every line for what the user did be the one just said, the
        # manager restates their need in another of their lines instead.
        others = follow_up_lines(replies, stance, OTHER, said_so_far, bar, shown)
        line, pool = pick_line(
            rng, (lines, others), _manager_lines(rehearsal), rehearsal.level_names
        )
        kind = stance
        names_criteria = stance in CONCRETE_KINDS and key in _NAMING_KEYS and pool == 0

    ended = kind in (CLOSING_AGREED, CLOSING_OUT_OF_TIME)
    talking = not ended and kind != NEXT_STEP_AGREED
    if talking and reading.agrees_follow_up:
        # A next step proposed too soon is not agreed, but it is answered.
        line = f"{line} {answer_to_proposal(stance, evidence_wanted(bar, heard))}"
    if talking and rules.turns - (rehearsal.user_turns + 1) == min(
        WARN_AT_LINES_LEFT, rules.turns - 1
    ):
        # Picked by the seed, not drawn, so later draws stay as they were.
        warnings = bank.closings.get(TIME_NEARLY_UP, catalogue.REHEARSAL_TIME_NEARLY_UP)
        line = f"{line} {warnings[rehearsal.seed % len(warnings)]}"
        warns = True
    line = _fill(line, rehearsal.level_names)
    turns = (
        *rehearsal.turns,
        RehearsalTurn(YOU, said, reading=reading),
        RehearsalTurn(MANAGER, line, kind, names_criteria=names_criteria, warns=warns),
    )
    after = replace(
        rehearsal, turns=turns, stance=stance, ended=ended, rng_state=rng.getstate()
    )
    return after, line


def _manager_lines(rehearsal: Rehearsal) -> tuple[str, ...]:
    """Everything the manager has said so far, in order, as it was said."""
    return tuple(t.text for t in rehearsal.turns if t.speaker == MANAGER)


def pick_line(
    rng: random.Random,
    pools: Sequence[Sequence[str]],
    said: Sequence[str],
    level_names: Sequence[str] = (),
) -> tuple[str, int]:
    """Draw the manager's next line so that it never repeats the one just said.

    A line counts as said when an earlier line of the manager began with it,
    since a warning or an answer to a proposal may follow a line. Lines not said
    yet in this rehearsal come first, then lines said before but not just now,
    and only then the next pool. When every line of every pool is the one just
    said, the first is restated, so the words still differ.

    Args:
        rng: the rehearsal's random generator; one draw at most.
        pools: the lines to draw from, the best fitting first; none is empty.
        said: the manager's lines so far, in order, with ``{level}`` filled.
        level_names: ways of naming the target level, to fill ``{level}``.

    Returns:
        The line, ``{level}`` still unfilled, and the index of its pool.
    """
    last = said[-1] if said else None

    def heard(line: str, among: Sequence[str]) -> bool:
        filled = _fill(line, level_names)
        return any(earlier.startswith(filled) for earlier in among)

    for index, pool in enumerate(pools):
        fresh = [line for line in pool if not heard(line, said)]
        if not fresh and last is not None:
            fresh = [line for line in pool if not heard(line, (last,))]
        if fresh:
            return rng.choice(fresh), index
    return catalogue.REHEARSAL_SAID_AGAIN.format(line=pools[0][0]), 0


def answer_to_proposal(stance: str | None, wanted: Sequence[str]) -> str:
    """What a manager says to a next step the user proposed and they did not agree.

    Args:
        stance: the reply kind the manager is answering in.
        wanted: what the manager's bar still lacks, as ``evidence_wanted`` gives it.

    Returns:
        A vague manager puts off any date; a concrete one names what they need
        before setting one, or, with nothing lacking, asks to hear more first.
    """
    if stance in VAGUE_KINDS:
        return catalogue.REHEARSAL_PROPOSAL_PUT_OFF
    if wanted:
        return catalogue.REHEARSAL_PROPOSAL_WANTS.format(missing=" and ".join(wanted))
    return catalogue.REHEARSAL_PROPOSAL_TOO_SOON


def _pushes(reading: ReplyReading) -> bool:
    """True when a line pushes for more: asks for an example or for specifics."""
    return reading.asks_for_example or reading.asks_for_specifics


def follow_up_key(reading: ReplyReading) -> str:
    """Which follow-up lines answer a reading; a request outranks an offer.

    Args:
        reading: the reading of the user's line.

    Returns:
        One of ``FOLLOW_UP_KEYS``.
    """
    if reading.asks_for_example:
        return ASKED_FOR_EXAMPLE
    if reading.asks_for_specifics:
        return ASKED_FOR_SPECIFICS
    if reading.offers_evidence:
        return OFFERED_EVIDENCE
    if reading.is_vague_accepting:
        return ACCEPTED
    return OTHER


def _next_stance(
    rng: random.Random,
    stance: str,
    key: str,
    rules: DifficultyRules,
    weights: Mapping[str, int],
    may_turn_concrete: bool = True,
    convinced: bool | None = None,
) -> str:
    """The manager's next way of answering.

    ``convinced`` is the bar's verdict on shown evidence: None leaves it to the
    difficulty's chance, False keeps a vague manager vague, True turns them.
    """
    if stance in CONCRETE_KINDS:
        # Only a user who merely agrees gives a concrete manager room to drift.
        if key == ACCEPTED and rng.randrange(100) < rules.drifts_when_accepted:
            return _draw(rng, weights, VAGUE_KINDS)
        return stance

    if convinced is not None:
        if convinced and may_turn_concrete:
            return _draw(rng, weights, CONCRETE_KINDS)
        return stance

    chance = {
        ASKED_FOR_EXAMPLE: rules.yields_to_example,
        ASKED_FOR_SPECIFICS: rules.yields_to_specifics,
        OFFERED_EVIDENCE: rules.yields_to_evidence,
    }.get(key)
    if chance is None:
        return stance
    if may_turn_concrete and rng.randrange(100) < chance:
        return _draw(rng, weights, CONCRETE_KINDS)
    if key == OFFERED_EVIDENCE:
        return stance
    # Pushed and not yielding, a manager dodges again, not always the same way.
    return _draw(rng, weights, VAGUE_KINDS)


# A manager's line that speaks of how far the work reached beyond the team. Said in
# reply to evidence, or while restating what is needed, it tells the user that the
# work stayed inside the team: "it would count for more if someone outside the
# team had asked for it", "the main thing is the cross-team part".
_SPEAKS_OF_REACH = re.compile(
    r"\b(?:inside|outside|beyond|across)\s(?:of\s)?(?:the|our|your)\s"
    r"(?:own\s|immediate\s)?(?:team|org)\b"
    r"|\bcross[- ]team\b|\banother\steam\b|\bother\steams\b",
    re.IGNORECASE,
)
# A manager's line that asks for a number, or restates that the work must be
# measured: said once the user gave one, it asks for what was just said.
_ASKS_FOR_MEASURE = re.compile(
    r"\bbefore\sand\safter\b|\b(?:the|a)\snumbers?\b|\bwith\snumbers\b"
    r"|\bmeasured?\b|\bmetrics?\b|\bwhat\sit\swas\sbefore\b",
    re.IGNORECASE,
)
_NAMING_KEYS = (ASKED_FOR_EXAMPLE, ASKED_FOR_SPECIFICS)
"""Follow-ups in which a concrete manager says what would count; the others weigh
what the user showed, take a nod, or restate constraints."""
_JUDGING_KEYS = (OFFERED_EVIDENCE, OTHER)
"""Follow-ups in which a manager weighs the user's work or restates their need."""


def speaks_of_reach(line: str) -> bool:
    """True when a manager's line speaks of the work's reach beyond the team.

    Args:
        line: one line the manager may say.

    Returns:
        True for lines such as "it stayed inside the team" or "the main thing
        is the cross-team part".
    """
    return _SPEAKS_OF_REACH.search(line) is not None


def asks_for_measure(line: str) -> bool:
    """True when a manager's line asks for, or restates the need of, a number.

    Args:
        line: one line the manager may say.

    Returns:
        True for lines such as "write down the before and after", "what I
        still need is the number" or "cross-team, self-started, measured".
    """
    return _ASKS_FOR_MEASURE.search(line) is not None


def _fits_what_was_heard(line: str, heard: EvidenceHeard) -> bool:
    """True when a line neither denies the work's reach nor asks for a given number."""
    if (heard.outside or heard.beyond_team) and speaks_of_reach(line):
        return False
    return not (heard.measured and asks_for_measure(line))


def follow_up_lines(
    replies: ReplyLines,
    stance: str,
    key: str,
    heard: EvidenceHeard,
    bar: ManagerBar,
    evidence_shown: bool = False,
) -> tuple[str, ...]:
    """The follow-up lines a manager may answer with, true to what was heard.

    A manager weighing the user's work asks only for what it still lacks.
    Once the user has named other teams the work reached, or someone outside
    their team who saw it, lines that speak of the work's reach are left out,
    so the manager never says it stayed inside the team; once the user has
    given a measured change, lines that ask for the number are left out. A
    concrete manager answering evidence that still lacks the number, a
    witness or the second piece their bar wants asks for what is missing, so
    lines that ask for nothing are left out too. When nothing is left, the
    manager takes what was heard, and asks for whoever saw it, for the number,
    or for a second piece, as their bar wants.

    Args:
        replies: the lines of the manager's way of answering.
        stance: that way of answering, one of ``REPLY_KINDS``.
        key: what the user just did, one of ``FOLLOW_UP_KEYS``.
        heard: what all the user's lines showed, as ``evidence_heard`` reads it.
        bar: the manager's bar.
        evidence_shown: whether the user's newest line showed their work, even
            when the manager answers it by restating their need (``OTHER``).

    Returns:
        The lines to draw the reply from; never empty.
    """
    lines = replies.follow_ups[key]
    if key not in _JUDGING_KEYS:
        return lines
    kept = tuple(line for line in lines if _fits_what_was_heard(line, heard))
    lacking = not (heard.measured and heard.outside) or (
        bar.judges_evidence and heard.pieces < bar.evidence_lines
    )
    if stance in CONCRETE_KINDS and lacking and (evidence_shown or key != OTHER):
        asking = tuple(
            line for line in kept if speaks_of_reach(line) or asks_for_measure(line)
        )
        # Lines left out for asking what was heard leave the lines that ask for
        # nothing, which would sound as if nothing were missing: the manager
        # asks in their own words instead. A bank whose lines never ask keeps
        # its lines.
        kept = asking or (kept if len(kept) == len(lines) else ())
    if kept:
        return kept
    if stance in VAGUE_KINDS:
        return (catalogue.REHEARSAL_REPLY_SEEN_OUTSIDE_VAGUE,)
    reached = heard.outside or heard.beyond_team
    if not heard.outside and (bar.wants_outside or not reached):
        if heard.beyond_team:
            return (catalogue.REHEARSAL_REPLY_OTHER_TEAMS_WHO_SAW,)
        return (catalogue.REHEARSAL_REPLY_WHO_OUTSIDE_SAW,)
    if bar.wants_measure and not heard.measured:
        return (catalogue.REHEARSAL_REPLY_SEEN_OUTSIDE_NO_MEASURE,)
    if bar.judges_evidence and heard.pieces < bar.evidence_lines:
        return (catalogue.REHEARSAL_REPLY_SEEN_OUTSIDE_ONE_PIECE,)
    return (catalogue.REHEARSAL_REPLY_SEEN_OUTSIDE,)


def _user_lines(rehearsal: Rehearsal) -> list[tuple[str, ReplyReading]]:
    """What the user has said so far, each line with its reading."""
    return [(t.text, t.reading) for t in rehearsal.turns if t.reading is not None]


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n")
# A sentence that is a question, a supposition or a denial names nobody who saw the
# work: "would the platform team count?", "nobody outside the team noticed".
_NOT_A_WITNESS = re.compile(
    r"\?\s*$|\b(?:if|suppose|nobody|no one|none|not|never|without|hardly)\b|n't\b",
    re.IGNORECASE,
)
# "Not only did I cut it, the platform team adopted it" denies nothing.
_NOT_ONLY = re.compile(r"\bnot\s(?:only|just)\b", re.IGNORECASE)
# A plan, a hope, a goal or a wish is not something done, so it is no evidence:
# "I plan to cut CI time by 50%", "I want to get it adopted by 4 teams".
_PLANNED = re.compile(
    r"\b(?:i|we)(?:\s(?:really|still|also|would)|'d)?\s(?:hope|wish|(?:plan|want"
    r"|intend|aim|expect|like)\s(?:to|that|for))\b"
    r"|\b(?:i|we)(?:'m|'re|\sam|\sare)\s(?:planning|hoping|aiming|intending|going)"
    r"\sto\b"
    r"|\b(?:will|'ll|gonna|hopefully)\b"
    r"|\b(?:plan|goal|aim|target|hope|intention|ambition|wish)(?:\sis|\swas|:)",
    re.IGNORECASE,
)
# Who outside the team can have seen work, beyond the words the pitch knows: a
# named group, guild or org ("the developer experience group"), someone senior
# ("my skip-level"), the customers, or a person from another team ("Priya from
# Payments").
_WITNESS = re.compile(
    r"\bthe\s(?:(?!(?:whole|entire|same|full|core|own|wider|rest|of|the|my|our)\b)"
    r"[\w-]{2,20}\s){1,3}(?:teams?|groups?|orgs?|organi[sz]ations?|departments?"
    r"|guilds?|squads?|tribes?|chapters?)\b"
    r"|\b(?:skip[- ]?level|directors?|vps?|vice president|cto|ceo|cio|head of"
    r"|leadership|executives?|customers?|clients?)\b"
    r"|\b(?:org|company|department|engineering)[- ]wide\b"
    r"|\bacross\s(?:the\s)?(?:org|organi[sz]ation|company|department|business)\b",
    re.IGNORECASE,
)
_FROM_ANOTHER_TEAM = re.compile(
    r"(?:\b[A-Z][a-z]{1,20}|\b(?i:someone|somebody|people|folks|engineers?|a\s\w+))"
    r"\s(?:from|over in|on)\s(?:the\s)?[A-Z][\w-]{2,30}"
)
# Leads or managers of other areas, named by what they did with the work: "the
# mobile and web leads both saw it", "the SRE lead noticed", "it was approved by
# the data platform manager". Words that name the user's own lead ("my lead",
# "the team lead", "our tech lead") never count, nor "leads" as a verb, since a
# witness must see, notice, use or approve the work.
_NOT_ANOTHER_AREA = (
    r"(?!(?:my|our|your|his|her|their|its|the|a|an|and|or|both|all|i|we|it|this"
    r"|that|so|then|team|teams|tech|technical|engineering|eng|project|product"
    r"|program|direct|line|same|own|whole|entire|new|dev|development)\b)"
)
_AREA_LEADS = (
    r"(?:\b(?:the|both(?:\sthe)?|all(?:\sthe)?|two|three|several)\s"
    r"|(?<![\w'-]\s)(?<![\w'-]))"
    rf"(?:{_NOT_ANOTHER_AREA}[\w-]{{2,20}}(?:,?\s(?:and|&)\s|,\s|\s)){{0,3}}"
    rf"{_NOT_ANOTHER_AREA}[\w-]{{2,20}}\s(?:leads?|leaders?|managers?|heads?|ems?)"
)
_SAW_IT = (
    r"(?:\s(?:both|all|also|then|quickly|soon|even|each|have|has|had|did|now)){0,2}"
    r"\s(?:saw|seen|noticed|praised|thanked|adopted|used|asked for|requested"
    r"|called (?:it )?out|mentioned|signed off|approved|endorsed|backed|cited"
    r"|picked up|reused|highlighted|acknowledged|recogni[sz]ed|congratulated)\b"
)
_AREA_LEADS_SAW = re.compile(
    _AREA_LEADS
    + _SAW_IT
    + r"|\b(?:seen|noticed|praised|thanked|adopted|used|requested|approved|endorsed"
    r"|backed|cited|reused|highlighted|acknowledged|recogni[sz]ed|signed off)\sby\s"
    + _AREA_LEADS
    + r"\b|\b(?:showed|shown|presented|demoed|demonstrated)\s(?:it\s|this\s|them\s)?"
    r"(?:to|with)\s" + _AREA_LEADS + r"\b"
    # "People outside our team noticed" says it without naming anyone.
    r"|\boutside\s(?:of\s)?(?:the|our|my)\s(?:immediate\s|own\s)?team" + _SAW_IT,
    re.IGNORECASE,
)

# People named by what they did with the work: "Ana and Tom noticed it", "the
# product managers Ana and Tom praised it", "the designers asked for it". Names
# are read by their capital letter, so this pattern is matched with case; words
# that start a sentence in capitals, and teammates, are no one outside the team.
_NAMES = r"[A-Z][a-z]{1,20}(?:(?:,\s|,?\s(?:and|&)\s)[A-Z][a-z]{1,20}){0,3}"
_NOT_A_NAME = (
    r"(?!(?:The|They|We|It|This|That|These|Those|Then|There|He|She|Everyone"
    r"|Everybody|People|Someone|Somebody|Our|My|Your|And|But|So|Also|Both|All"
    r"|Finally|Later|Afterwards|Even|Team|Teammates?|Engineers?)\b)"
)
_ROLES = (
    r"(?i:product\s(?:managers?|owners?|leads?|people|folks)|pms?|designers?"
    r"|ux\s(?:designers?|researchers?|folks)|researchers?|sales(?:\speople)?"
    r"|support(?:\sengineers?|\sagents?|\speople)?|marketing|analysts?"
    r"|data\sscientists?|stakeholders?|partners?)"
)
_NAMED_SAW_IT = (
    r"(?:\s(?:both|all|also|then|even|have|has|had|did)){0,2}"
    r"\s(?i:saw|noticed|asked|praised|thanked|adopted|used|mentioned|approved"
    r"|highlighted|shared|quoted|called (?:it )?out|signed off|recogni[sz]ed)\b"
)
_NAMED_SAW = re.compile(
    rf"\b{_ROLES},?(?:\s{_NAMES},?)?{_NAMED_SAW_IT}"
    rf"|(?<![\w'-]){_NOT_A_NAME}{_NAMES}{_NAMED_SAW_IT}"
)
_TEAMMATES = re.compile(
    r"\b(?:teammates?|team\smates?|(?:my|our)\s(?:own\s)?team(?:'s)?)\s*$",
    re.IGNORECASE,
)


def _names_a_witness(sentence: str) -> bool:
    """True when people named by name or role saw, praised or asked about the work.

    Teammates are left out: "my teammate Ana noticed" is no one outside the team.
    """
    for found in _NAMED_SAW.finditer(sentence):
        if not _TEAMMATES.search(sentence[: found.start()]):
            return True
    return False


def _sentences(text: str) -> list[str]:
    """The sentences of a line, with curly apostrophes made straight."""
    spoken = text.replace("\u2019", "'")
    return [s.strip() for s in _SENTENCE_END.split(spoken) if s.strip()]


def is_planned(sentence: str) -> bool:
    """True when a sentence tells of a plan, hope, goal or wish, not of work done.

    Args:
        sentence: one sentence the user said.

    Returns:
        True for "I plan to…", "we're hoping to…", "it will…", "the goal is…".
    """
    return _PLANNED.search(sentence.replace("\u2019", "'")) is not None


def names_someone_outside(text: str) -> bool:
    """True when a line says, as a fact, that people beyond the team saw the work.

    Args:
        text: one line the user said.

    Returns:
        True when a sentence of it that is not a question, a supposition, a
        denial or a plan names another team, group or org, work across teams,
        someone senior, the customers, a person from another team, the
        leads or managers of other areas ("the SRE lead noticed"), or people
        named by name or role who saw it ("the product managers Ana and Tom
        noticed it").
    """
    for sentence in _sentences(text):
        if _NOT_A_WITNESS.search(_NOT_ONLY.sub("", sentence)) or is_planned(sentence):
            continue
        if (
            tells_of_outside(sentence)
            or _WITNESS.search(sentence)
            or _FROM_ANOTHER_TEAM.search(sentence)
            or _AREA_LEADS_SAW.search(sentence)
            or _names_a_witness(sentence)
        ):
            return True
    return False


# Other teams named as where the work went, without saying who saw it: "for
# payments and mobile", "the search and ads teams", "two other teams", "cross-team".
_AREA = (
    r"(?:payments?|billing|checkout|mobile|ios|android|web|front[- ]?end|back[- ]?end"
    r"|platform|infra(?:structure)?|sre|devops|ops|data|analytics|ml|security"
    r"|search|growth|identity|auth|ads|onboarding|notifications|design|product"
    r"|sales|support|marketing|finance|legal|qa)"
)
_AREAS = rf"{_AREA}(?:(?:,\s|,?\s(?:and|&)\s){_AREA}){{0,4}}"
_OTHER_TEAMS = re.compile(
    rf"\b(?:for|with|to|by|from|across|into|helped|unblocked|serving)\s(?:the\s)?"
    rf"{_AREAS}\b"
    rf"|\b{_AREAS}\s(?:teams?|folks|people|engineers|orgs?|groups?|squads?)\b"
    r"|\b(?:other|another|sister|partner|several|multiple|two|three|four|five"
    r"|\d{1,2})\s(?:[\w-]{2,20}\s)?teams?\b"
    r"|\bcross[- ](?:team|org|functional)\b|\bacross\s(?:the\s)?teams\b",
    re.IGNORECASE,
)


def names_other_teams(text: str) -> bool:
    """True when a line says, as a fact, that the work reached beyond the team.

    Looser than ``names_someone_outside``: naming the teams the work was for is
    enough, without anyone there who saw it. A manager who has heard it may
    still ask who saw the work, but not say that it stayed inside the team.

    Args:
        text: one line the user said.

    Returns:
        True when someone outside the team saw the work, or when a sentence
        that is not a question, a denial or a plan names other teams or areas
        the work was for ("for payments and mobile", "two other teams").
    """
    if names_someone_outside(text):
        return True
    return any(
        _OTHER_TEAMS.search(sentence)
        and not _NOT_A_WITNESS.search(_NOT_ONLY.sub("", sentence))
        and not is_planned(sentence)
        for sentence in _sentences(text)
    )


@dataclass(frozen=True)
class EvidenceHeard:
    """What the user's lines, taken together, showed of their work."""

    measured: bool = False
    """Some evidence measured a change."""
    outside: bool = False
    """Someone outside the user's team was said to have seen the work."""
    pieces: int = 0
    """How many different lines each showed a measured change or someone outside
    the team; a line said again counts once."""
    beyond_team: bool = False
    """The work was said to reach other teams, named or seen by someone there."""


def evidence_heard(lines: Iterable[tuple[str, ReplyReading]]) -> EvidenceHeard:
    """Read what the user's lines showed of their work, all of them together.

    The note on the manager's bar, the manager's reply and the scorecard all
    take this one reading, so none of them can hear a witness the others miss.
    Only things done count: a sentence that tells of a plan, a hope or a goal
    shows neither a measure nor a witness.

    Args:
        lines: what the user has said, each line with its reading.

    Returns:
        Whether some evidence was measured, whether someone outside the team
        saw the work, and on how many different lines.
    """
    measured = outside = beyond = False
    pieces: set[str] = set()
    for text, reading in lines:
        done = " ".join(s for s in _sentences(text) if not is_planned(s))
        line_measured = bool(
            reading.offers_evidence and done and read_statement(done).has_metric
        )
        line_outside = names_someone_outside(done)
        measured = measured or line_measured
        outside = outside or line_outside
        beyond = beyond or line_outside or names_other_teams(done)
        if line_measured or line_outside:
            pieces.add(" ".join(done.casefold().split()))
    return EvidenceHeard(
        measured=measured, outside=outside, pieces=len(pieces), beyond_team=beyond
    )


def evidence_wanted(
    bar: ManagerBar, lines: Iterable[tuple[str, ReplyReading]]
) -> tuple[str, ...]:
    """What the user's evidence still lacks for a manager with this bar.

    Args:
        bar: the manager's bar.
        lines: what the user has said, each line with its reading.

    Returns:
        The missing parts as the user reads them, in a fixed order; empty when
        the bar is met or judges no evidence.
    """
    heard = evidence_heard(lines)
    missing = []
    if bar.wants_measure and not heard.measured:
        missing.append(catalogue.REHEARSAL_WANTS_MEASURE)
    if bar.wants_outside and not heard.outside:
        missing.append(catalogue.REHEARSAL_WANTS_OUTSIDE)
    # A second piece is asked for only once the first is whole, so the user
    # hears one thing at a time.
    if not missing and bar.judges_evidence and heard.pieces < bar.evidence_lines:
        missing.append(catalogue.REHEARSAL_WANTS_MORE_EVIDENCE)
    return tuple(missing)


def exchanges_needed(rehearsal: Rehearsal) -> int:
    """How many lines the user says before this manager may give any ground.

    Bounded by the turns, so that the line before time runs out can still win it.
    """
    rules = rehearsal.bank.difficulties[rehearsal.difficulty]
    return min(rehearsal.bar.min_exchanges, rules.turns - 1)


def _bar_met(rehearsal: Rehearsal, lines: Sequence[tuple[str, ReplyReading]]) -> bool:
    """True when these lines meet the bar: enough of them, and the evidence."""
    enough = len(lines) >= exchanges_needed(rehearsal)
    return enough and not evidence_wanted(rehearsal.bar, lines)


def bar_met_by_last_line(rehearsal: Rehearsal) -> bool:
    """True when the user's newest line is the one that met the manager's bar.

    Args:
        rehearsal: the rehearsal so far.

    Returns:
        True when the bar judges evidence, everything said so far meets it, and
        what was said before the newest line did not. The manager gives no
        ground before their ``min_exchanges`` lines, so evidence complete sooner
        meets the bar only at that line: the line on which the manager takes it.
    """
    lines = _user_lines(rehearsal)
    if not rehearsal.bar.judges_evidence or not lines:
        return False
    return _bar_met(rehearsal, lines) and not _bar_met(rehearsal, lines[:-1])


def still_wanted(rehearsal: Rehearsal) -> tuple[str, ...]:
    """What the manager still wants of the evidence the user has shown so far.

    Args:
        rehearsal: the rehearsal so far.

    Returns:
        The missing parts, as ``evidence_wanted`` gives them; empty when the
        manager's bar judges no evidence or is met.
    """
    return evidence_wanted(rehearsal.bar, _user_lines(rehearsal))


def wanted_at_close(
    rehearsal: Rehearsal, lines: Sequence[tuple[str, ReplyReading]]
) -> tuple[str, ...]:
    """What the manager still wants of the user when the meeting closes.

    A manager who never answered concretely asked for nothing, so nothing is
    open. One who did said the work must be measured and seen beyond the
    team, so whichever of those the user's lines never showed is still open,
    as is the second piece of evidence a bar asks for.

    Args:
        rehearsal: the rehearsal before the closing line.
        lines: everything the user said, the closing line included.

    Returns:
        The open parts as ``evidence_wanted`` words them; empty when none.
    """
    bar = rehearsal.bar
    if not bar.judges_evidence and not any(
        kind in CONCRETE_KINDS for kind in rehearsal.kinds
    ):
        return ()
    asked = replace(bar, wants_measure=True, wants_outside=True)
    return evidence_wanted(asked, lines)


def closing_line(
    rng: random.Random, bank: ManagerBank, wanted: Sequence[str], bar: ManagerBar
) -> str:
    """The line with which a manager agrees a follow-up, true to how the talk went.

    Args:
        rng: the rehearsal's random generator; one draw.
        bank: the manager bank, whose agreed closings ask for nothing.
        wanted: what the manager still wants, as ``wanted_at_close`` gives it.
        bar: the manager's bar.

    Returns:
        A closing that names what to bring by the follow-up when something is
        open; one that takes the evidence heard when a bar that weighs it was
        met; otherwise one of the bank's agreed closings.
    """
    if wanted:
        line = rng.choice(catalogue.REHEARSAL_CLOSING_WANTS)
        return line.format(missing=" and ".join(wanted))
    if bar.judges_evidence:
        return rng.choice(catalogue.REHEARSAL_CLOSING_BAR_MET)
    return rng.choice(bank.closings["agreed"])


def bar_advice(wanted: Sequence[str]) -> str:
    """The scorecard's advice when the manager's bar was never met.

    Args:
        wanted: the missing parts, as ``evidence_wanted`` gives them.

    Returns:
        One sentence: what the user never did, then what to bring.
    """
    never = {
        catalogue.REHEARSAL_WANTS_MEASURE: catalogue.SCORE_TRY_NEVER_MEASURE,
        catalogue.REHEARSAL_WANTS_OUTSIDE: catalogue.SCORE_TRY_NEVER_OUTSIDE,
        catalogue.REHEARSAL_WANTS_MORE_EVIDENCE: catalogue.SCORE_TRY_NEVER_MORE,
    }
    done = " or ".join(never.get(part, part) for part in wanted)
    return catalogue.SCORE_TRY_BAR.format(missing=done)


COVERED_BY_BAR = (EVIDENCE,)
"""Behaviours whose advice the bar's own advice already gives: it asks for a
win with its before → after, which is what offering evidence would bring."""


def advice_once(advice: Iterable[str]) -> str:
    """The scorecard's lines to try next, each said once, in their first order.

    Args:
        advice: the lines of advice, most pressing first; blanks are skipped.

    Returns:
        The lines joined by spaces, a line given twice kept where it first came.
    """
    return " ".join(dict.fromkeys(line.strip() for line in advice if line.strip()))


def bar_note(rehearsal: Rehearsal) -> str:
    """The note on the manager's bar to show under the user's newest line.

    Args:
        rehearsal: the rehearsal so far.

    Returns:
        That the manager now has what they need when the newest line met the
        bar; what they still want when it offered evidence or proposed a wrap-up
        short of the bar; otherwise "".
    """
    if bar_met_by_last_line(rehearsal):
        return catalogue.MANAGER_SAID_BAR_MET
    readings = rehearsal.readings
    wanted = still_wanted(rehearsal)
    if not readings or not wanted:
        return ""
    if readings[-1].offers_evidence or readings[-1].agrees_follow_up:
        return catalogue.MANAGER_SAID_SHORT_OF_BAR.format(missing=", ".join(wanted))
    return ""


def _draw(rng: random.Random, weights: Mapping[str, int], kinds: Sequence[str]) -> str:
    """Draw one of ``kinds`` by the persona's weights; the bank ensures one is > 0."""
    return rng.choices(list(kinds), weights=[weights[k] for k in kinds])[0]


def _fill(line: str, level_names: Sequence[str]) -> str:
    level = level_names[0] if level_names else catalogue.REHEARSAL_NEXT_LEVEL
    return line.format(level=level)


def follow_up_agreed(rehearsal: Rehearsal) -> bool:
    """Whether the manager agreed a follow-up, not merely heard one proposed.

    The scorecard's tick, its sentence on the follow-up and the note under the
    user's line all ask this, so they never disagree.

    Args:
        rehearsal: the rehearsal so far.

    Returns:
        True when the manager agreed to meet again, whether closing the
        meeting on it or calling time first.
    """
    kinds = rehearsal.kinds
    return CLOSING_AGREED in kinds or NEXT_STEP_AGREED in kinds


def follow_up_sentence(
    agreed: bool, criteria_named: bool, asked_for_specifics: bool
) -> str | None:
    """What went well, said of the follow-up, true to the rest of the scorecard.

    A follow-up settles criteria only when the manager named some. When none
    were named, a user who never asked what would count is told to open the
    follow-up with that question; one who asked is not told to ask it again,
    since the scorecard ticks that they did, but to get the criteria written
    down at the follow-up.

    Args:
        agreed: whether the manager agreed a follow-up.
        criteria_named: whether the manager ever said what would count.
        asked_for_specifics: whether the user asked what, specifically, they
            would need to demonstrate.

    Returns:
        The sentence; None when no follow-up was agreed.
    """
    if not agreed:
        return None
    if criteria_named:
        return catalogue.SCORE_WELL_FOLLOW_UP
    if asked_for_specifics:
        return catalogue.SCORE_WELL_FOLLOW_UP_NO_CRITERIA_ASKED
    return catalogue.SCORE_WELL_FOLLOW_UP_NO_CRITERIA


def _follow_up_said(rehearsal: Rehearsal, card: Scorecard) -> Callable[[str], str]:
    """Rewords an agreed follow-up's sentence to what the rest of the card says."""
    said = follow_up_sentence(
        follow_up_agreed(rehearsal),
        rehearsal.criteria_named,
        card.showed(SPECIFICS),
    )
    return lambda sentence: (
        said if said and sentence == catalogue.SCORE_WELL_FOLLOW_UP else sentence
    )


def took_vague_answer(rehearsal: Rehearsal) -> bool:
    """Whether the user's newest line let a vague answer stand.

    Agreeing after a concrete answer is taking what was asked for, and agreeing
    after the greeting takes no answer at all, so neither counts.

    Args:
        rehearsal: the rehearsal so far.

    Returns:
        True when the newest line only accepted, and the manager's line just
        before it was a vague answer.
    """
    mine = [i for i, turn in enumerate(rehearsal.turns) if turn.speaker == YOU]
    if not mine or mine[-1] == 0:
        return False
    line, before = rehearsal.turns[mine[-1]], rehearsal.turns[mine[-1] - 1]
    accepting = line.reading is not None and line.reading.is_vague_accepting
    return accepting and before.kind in VAGUE_KINDS


def _nothing_went_well(rehearsal: Rehearsal) -> str:
    """What went well when no behaviour was shown, true to how far the user got."""
    if rehearsal.user_turns == 0:
        return catalogue.SCORE_WELL_NOTHING_SAID
    if CLOSING_OUT_OF_TIME in rehearsal.kinds:
        return catalogue.SCORE_WELL_NOTHING
    return catalogue.SCORE_WELL_NOTHING_ASKED


SCORECARD_CHECKS = (*BEHAVIOURS, CRITERIA_HEARD)
"""What a rehearsal's scorecard checks, in the order it lists them."""


def scorecard_in_words() -> str:
    """The help's sentence on the scorecard: how many things it checks, and which.

    Returns:
        The sentence, counted and worded from ``SCORECARD_CHECKS``, the list
        the scorecard itself shows, so the two never disagree.
    """
    checks = [behaviour_label(check) for check in SCORECARD_CHECKS]
    checks = [check[0].lower() + check[1:] for check in checks]
    return catalogue.REHEARSAL_HELP_SCORECARD.format(
        count=catalogue.SCORE_COUNT_WORDS[len(checks)],
        checks=", ".join(checks[:-1]) + " and " + checks[-1],
    )


def scorecard(rehearsal: Rehearsal) -> Scorecard:
    """Score the rehearsal: the six behaviours, what went well, what to try next.

    Args:
        rehearsal: a rehearsal, ended or not.

    Returns:
        The scorecard of everything the user said so far, ending with whether
        the manager named what would count: the six behaviours are the means,
        so a card is full only once the manager said it. When the manager's bar
        is still unmet, the line to try next names what it lacks first, and
        leaves out offering evidence, which that line already asks for. When all
        six were shown at the hardest difficulty, bar met, there is no tougher
        manager to suggest, so the line to try next says what to keep doing;
        but when the manager never named what would count, all six shown is
        not readiness, and the line to try next says to get criteria named.
        A follow-up is ticked only when the manager agreed it; what went well
        says what it settled, as ``follow_up_sentence`` words it, never asking
        the user to ask what they already asked. With nothing shown, what went
        well says so plainly, unless the user talked until time ran out; with
        nothing said at all, the line to try next is to say the ask. Advice to
        push past a vague answer is given only when the manager gave one.
    """
    card = score_replies(
        rehearsal.readings, rehearsal.turned_concrete, follow_up_agreed(rehearsal)
    )
    card = replace(
        card,
        shown=(*card.shown, (CRITERIA_HEARD, rehearsal.criteria_named)),
        went_well=tuple(map(_follow_up_said(rehearsal, card), card.went_well)),
    )
    if card.went_well == (catalogue.SCORE_WELL_NOTHING,):
        card = replace(card, went_well=(_nothing_went_well(rehearsal),))
    if rehearsal.user_turns == 0:
        # Before anything is said, the one thing to try is saying the ask.
        return replace(card, try_next=catalogue.SCORE_TRY_SAY_THE_ASK)
    never_vague = not any(kind in VAGUE_KINDS for kind in rehearsal.kinds)
    if card.try_next_behaviour == EXAMPLE and never_vague:
        # There was no vague answer to push past, so the usual advice would not fit.
        card = replace(card, try_next=catalogue.SCORE_TRY_EXAMPLE_AFTER_CONCRETE)
    wanted = still_wanted(rehearsal)
    if wanted:
        # However many behaviours were shown, an unmet bar is what to fix first.
        advice = [bar_advice(wanted)]
        if card.try_next_behaviour not in (None, *COVERED_BY_BAR):
            advice.append(card.try_next)
        return replace(card, try_next=advice_once(advice))
    if card.try_next_behaviour is None and not rehearsal.criteria_named:
        # Every behaviour shown is not readiness while the manager has still not
        # said what would count: getting that said is what to try next.
        return replace(card, try_next=catalogue.SCORE_TRY_ALL_DONE_NO_CRITERIA)
    if card.try_next_behaviour is None and rehearsal.difficulty == DIFFICULTIES[-1]:
        return replace(card, try_next=catalogue.SCORE_TRY_ALL_DONE_TOUGHEST)
    return card
