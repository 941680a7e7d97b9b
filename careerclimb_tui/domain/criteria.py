"""What the manager said would count: conversations, criteria and their rules.

A conversation records what the manager said. Each concrete thing they named becomes a
criterion, tracked from "open" through "evidence growing" to "met" as wins and the
user's initiative are linked to it. A criterion cannot be met without evidence, and
one left without evidence for six weeks is flagged.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.conversation import (
    follow_up_days,
    without_dated_follow_ups,
)
from careerclimb_tui.domain.dates import day_in_words
from careerclimb_tui.domain.initiative import FORWARD, Initiative, Stage
from careerclimb_tui.domain.ladder import Dimension, Ladder
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.domain.sentences import cut_at_word
from careerclimb_tui.errors import CareerClimbError

STATUS_OPEN = "open"
STATUS_GROWING = "evidence growing"
STATUS_MET = "met"
STATUSES = (STATUS_OPEN, STATUS_GROWING, STATUS_MET)
"""A criterion's statuses, from first heard to met."""

STALE_WEEKS = 6
"""Weeks without evidence after which a criterion is flagged."""
TITLE_CHARS = 50
"""The longest win title quoted in a check-in suggestion, before it is shortened."""


@dataclass(frozen=True)
class StatusChange:
    """One step in a criterion's history."""

    status: str
    """The status it moved to."""
    at: dt.datetime
    """When, in UTC."""


@dataclass(frozen=True)
class Criterion:
    """One thing the manager said the user would need to demonstrate."""

    text: str
    """The criterion, in the manager's words as the user wrote them down."""
    dimension: str = ""
    """The ladder dimension id it belongs to; empty until the user files it."""
    example_given: bool = False
    """True when the manager gave an example of work that would count."""
    example: str = ""
    """That example, when given."""
    cycle: str = ""
    """The promotion cycle it is meant for, as the user names it."""
    status: str = STATUS_OPEN
    """One of ``STATUSES``."""
    win_ids: tuple[int, ...] = ()
    """Wins linked as evidence, in the order they were linked."""
    initiative_id: int | None = None
    """The next-level problem linked as evidence, if any."""
    status_history: tuple[StatusChange, ...] = ()
    """Every status it has had, oldest first."""
    id: int | None = None
    """Stable id given by the store; None until saved."""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Fields written by another version of the app, kept as they were."""

    @property
    def has_evidence(self) -> bool:
        """True when at least one win or the initiative is linked."""
        return bool(self.win_ids) or self.initiative_id is not None


@dataclass(frozen=True)
class Conversation:
    """One promotion conversation with the manager, as the user recorded it."""

    date: dt.date
    """The day it took place (a local calendar date)."""
    notes: str = ""
    """What the manager said, in the user's notes."""
    criterion_ids: tuple[int, ...] = ()
    """The criteria that came out of it."""
    id: int | None = None
    """Stable id given by the store; None until saved."""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Fields written by another version of the app, kept as they were."""


# --- Turning notes into criteria ----------------------------------------------------

# Bullets, numbers and check boxes a person puts in front of a line of notes.
_LINE_MARKER = re.compile(r"^\s{0,8}(?:[-*•+>]|\d{1,3}[.)]|\[[ xX]?\]){1,3}\s{0,8}")
# The words that start a manager's example inside a line, one row each.
_EXAMPLE_MARKERS = (
    # "e.g. the on-call rota", "eg the rota", and "e.g.the rota" typed in a hurry.
    r"e\.?g\.?(?=[\s:,])|e\.g\.(?=\w)",
    r"for example(?=[\s:,])",
    r"for instance(?=[\s:,])",
    r"example:",
    r"such as(?=[\s:,])",
    # "like the payments migration", but not "I'd like the team to…" or "looks
    # like a good fit", where "like" is a wish or a likeness, not an example.
    r"(?<!\bwould\s)(?<!'d\s)(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bthey\s)"
    r"(?<!\bto\s)(?<!\blooks\s)(?<!\blook\s)(?<!\bfeels\s)(?<!\bseems\s)"
    r"like(?=\s(?:the|our|a|an|that|this|when|how)\s)",
)
# Where a manager's example starts inside a line: "…, e.g. the on-call rota".
_EXAMPLE_START = re.compile(
    r"(?:^|[\s,;(])(?:" + "|".join(_EXAMPLE_MARKERS) + ")",
    re.IGNORECASE,
)


def criteria_from_notes(
    lines: Sequence[str], now: dt.datetime, cycle: str = "", dimension: str = ""
) -> tuple[Criterion, ...]:
    """Turn each line of notes the user marked as concrete into a draft criterion.

    Bullets and numbering are dropped. An example inside a line ("…, e.g. the on-call
    rota") is kept apart and marks the criterion as having one. Blank lines and
    repeats are skipped.

    Args:
        lines: the marked lines, as written.
        now: the moment, for the first entry of each status history.
        cycle: the cycle the criteria are meant for.
        dimension: the ladder dimension id to file them under, if already known.

    Returns:
        The draft criteria, open and unsaved, in the order of the lines.
    """
    drafts: list[Criterion] = []
    seen: set[str] = set()
    for raw in lines:
        line = " ".join(_LINE_MARKER.sub("", raw).split())
        if not line:
            continue
        text, example = _split_example(line)
        if text.casefold() in seen:
            continue
        seen.add(text.casefold())
        drafts.append(
            Criterion(
                text=text,
                dimension=dimension,
                example_given=bool(example),
                example=example,
                cycle=cycle.strip(),
                status_history=(StatusChange(STATUS_OPEN, now),),
                created_at=now,
                updated_at=now,
            )
        )
    return tuple(drafts)


def _split_example(line: str) -> tuple[str, str]:
    match = _EXAMPLE_START.search(line)
    if match is None:
        return line, ""
    text = line[: match.start()].strip(" ,;:-(")
    example = line[match.end() :].strip(" ,;:.)")
    if not text:
        # A line that is only an example still says what would count.
        return example or line, example
    return text, example


# Anything but letters and digits, so "Lead a design review." and "lead a design
# review" read as one criterion.
_NOT_A_WORD = re.compile(r"[\W_]+")


def criterion_key(text: str) -> str:
    """What a criterion says, with case, spacing and punctuation left out.

    Args:
        text: the criterion as written.

    Returns:
        The words of the text, folded and joined by single spaces.
    """
    return " ".join(_NOT_A_WORD.sub(" ", text.casefold()).split())


def recorded_already(
    text: str, recorded: Sequence[Criterion]
) -> tuple[int, Criterion] | None:
    """The criterion recorded before that says the same as ``text``, if any.

    A manager repeating a criterion in a later conversation names the same
    criterion: it is one to track, not a second one.

    Args:
        text: the criterion heard now.
        recorded: every criterion recorded so far, oldest first.

    Returns:
        Its number as the user sees it (from 1) and the criterion, or None.
    """
    key = criterion_key(text)
    if not key:
        return None
    for number, criterion in enumerate(recorded, start=1):
        if criterion_key(criterion.text) == key:
            return number, criterion
    return None


def repeated_criterion(recorded: Criterion, heard: Criterion) -> Criterion:
    """The recorded criterion once it is heard again in a later conversation.

    Its status, links and example are kept; an example or a dimension given
    only now fills the one it lacked.

    Args:
        recorded: the criterion as stored.
        heard: the draft made from the repeated line; its update time becomes
            the criterion's when anything is filled in.

    Returns:
        ``recorded`` itself when nothing is added, else an updated copy.
    """
    filled = recorded
    if not recorded.example_given and heard.example_given:
        filled = replace(filled, example_given=True, example=heard.example)
    if not recorded.dimension and heard.dimension:
        filled = replace(filled, dimension=heard.dimension)
    if filled is recorded:
        return recorded
    return replace(filled, updated_at=heard.updated_at or recorded.updated_at)


# Running the service day to day: "make on-call quieter", "fewer pages at night",
# "cut the toil". Alerts set up for a launch are delivery, and come first.
_OPERATIONS_WORDS = (
    r"\bon[- ]?call\b|\bpag(?:er|ed|ing)\b|\b(?:fewer|less|noisy|night(?:ly)?)\s"
    r"(?:\w+\s)?pages\b|\balert(?:s|ing)?\b|\btoil\b|\bfirefight"
    r"|\bout[- ]of[- ]hours\b"
)

# What a criterion is about, beside how a ladder names the dimension for it, one
# row per topic and the first that fits wins. Dimensions are found by their id
# and name, so any ladder that names a people, influence or delivery dimension
# gets the suggestion, whatever its ids are.
_DIMENSION_TOPICS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(said, re.IGNORECASE), re.compile(named, re.IGNORECASE))
    for said, named in (
        (
            r"\bmentor|\bcoach|\bonboard|\bnew\s(?:hires?|joiners?|starters?)\b"
            r"|\bjuniors?\b|\binterns?\b|\bteach|\btaught\b|\bpair(?:s|ed|ing)?\swith"
            # Growing a person, not a number: "grow someone to run on-call
            # alone", "grow a junior into a reviewer", not "grow revenue".
            r"|\bgr[eo]w(?:s|ing|n)?\s(?:the\s|a\s|an\s|my\s|our\s|two\s)?"
            r"(?:team|others|people|engineers?|someone|somebody|juniors?"
            r"|colleagues?|teammates?|peers?|successors?|mentees?|reports?"
            r"|(?:new|junior|senior)\s\w+)\b"
            r"|\binterview|\bhiring\b|\bsponsor",
            r"mentor|coach|people|grow|teach|develop",
        ),
        (
            r"\bdesign|\barchitect|\brfcs?\b|\btechnical\s(?:direction|strategy"
            r"|vision|decisions?)\b|\bstandards?\b|\btrade-?offs?\b",
            r"direction|architect|design|technical|craft",
        ),
        (
            r"\binfluenc|\bstakeholders?\b|\balign|\bconsensus\b|\bcross[- ]team"
            r"|\bacross\s(?:\w+\s){0,3}teams\b|\bother\steams?\b|\bpartner"
            r"|\bcollaborat|\bpresent|\bcommunicat"
            # Backing won from others: "a director to vouch for you", "buy-in".
            r"|\bvouch|\bbuy[- ]?in\b|\bendors|\badvocat|\bchampion",
            r"influence|collaborat|communicat",
        ),
        (
            r"\bship|\bdeliver|\blaunch|\bdeadlines?\b|\bon\stime\b|\bmigrat"
            r"|\broll(?:ed)?\s?out|\bexecut|\breliab|\bincidents?\b",
            r"execution|deliver|reliab",
        ),
        # A ladder with a dimension of its own for operations gets on-call work
        # there; the bundled one files it under ownership, on-call included.
        (_OPERATIONS_WORDS, r"operat|reliab|on[- ]?call|production"),
        (
            _OPERATIONS_WORDS
            + r"|\binitiative\b|\bunassigned\b|\bnobody\s(?:asked|owned)"
            r"|\bwithout\sbeing\sasked\b|\bproactiv|\bownership\b"
            # "Own the rota", not "your own team".
            r"|(?<!\bmy\s)(?<!\bour\s)(?<!\byour\s)(?<!\btheir\s)\bown(?:s|ed)?\b",
            r"ownership|initiative|owner",
        ),
        (
            r"\bscope\b|\bimpact\b|\b(?:org|company)[- ]wide\b|\bend\sto\send\b",
            r"scope|impact",
        ),
    )
)


def suggest_dimension(text: str, dimensions: Sequence[Dimension]) -> str:
    """The ladder dimension a criterion most likely belongs to, to offer first.

    The user confirms it (or files the criterion elsewhere), so a miss costs a
    key press, not a fact.

    Args:
        text: the criterion as the manager said it.
        dimensions: the dimensions the criterion may be filed under.

    Returns:
        The id of the first dimension that fits the first topic the text is
        about; else of the first whose name the text says a key word of
        ("ownership" for "Ownership and initiative"); empty when none fits.
    """
    for said, named in _DIMENSION_TOPICS:
        if not said.search(text):
            continue
        for dimension in dimensions:
            if named.search(f"{dimension.id.replace('_', ' ')} {dimension.name}"):
                return dimension.id

    # No topic fits, but the manager may have named the dimension itself: "show
    # more craft" on a ladder with "Engineering craft".
    said_words = {word.removesuffix("s") for word in _words(text)}
    for dimension in dimensions:
        if said_words & _key_words(dimension.name):
            return dimension.id
    return ""


# Words of a dimension's name too general to say which dimension is meant:
# "others" in "Mentoring and growing others", "people" in "People leadership".
_GENERAL_NAME_WORDS = frozenset(
    {"others", "beyond", "across", "within", "growing", "people", "technical"}
    | {"engineering", "team", "teams", "their", "work"}
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.casefold())


def _key_words(name: str) -> set[str]:
    """The words of a dimension's name that name it: long, and not general."""
    return {
        word.removesuffix("s")
        for word in _words(name)
        if len(word) >= 5 and word not in _GENERAL_NAME_WORDS
    }


_VAGUE_NOTE = re.compile(
    r"\b(?:keep (?:doing|it up|going)|visibility|up to (?:the )?committee|"
    r"committee (?:decides|will decide)|revisit|next half|not the right time|"
    r"step up|more strategic|more impact|next level|doing (?:great|well)|"
    # "Be more senior" is vague; "someone more senior to vouch for you" names who.
    r"(?<!someone )(?<!somebody )more senior(?! (?:engineers?|people|person|folks"
    r"|colleagues?|leaders?))|"
    r"on track|leadership presence|be more visible|think bigger|when the time)\b",
    re.IGNORECASE,
)
# More of a quality, asked for with no result that would show it: "show more
# ownership", "be more proactive", "take more initiative", or a line that opens
# with "more ownership". Words elsewhere in the line may name that result ("by
# leading the migration"); then the line is no vague answer.
_MORE_OF_A_QUALITY = re.compile(
    r"(?:\b(?:show(?:s|ing)?|demonstrat(?:e|es|ing)|display|be|become|act"
    r"|tak(?:e|es|ing)|took|ha(?:ve|s|ving))\s|^\s*)"
    r"(?:(?:a\s)?(?:bit|lot|little)\s)?more\s"
    r"(?!(?:than|of|the|a|an|and|or|to)\b)(?P<quality>[\w-]+)",
    re.IGNORECASE,
)
_HOW_SHOWN = re.compile(r"\b(?:by|through)\s\w+ing\b", re.IGNORECASE)
_CONCRETE_NOTE = re.compile(
    r"\d|\b(?:e\.?g\.?|for example|for instance|such as)|"
    r"\b(?:lead|own|drive|design|write|mentor|run|present|propose|ship|migrate|"
    r"reduce|cut|improve|deliver|launch|fix|automate|review|coordinate|show|"
    r"demonstrate|prove|build)(?:s|es|ed|d)?\b|"
    # What a result is called: "a measured improvement", "a reduction in pages".
    r"\b(?:measured|measurable|improvement|reduction|adopted|adoption)\b",
    re.IGNORECASE,
)
# An action a person can take with someone or something named: "get a staff
# engineer outside the team to vouch for you", "find a sponsor in another org".
_ACTION_NOTE = re.compile(
    r"\b(?:get|have|ask|find|convince|persuade|win|earn|secure|gain|recruit|bring"
    r"|pair|partner|teach|train|host|organi[sz]e|give|publish|set up|take over"
    r"|grow|coach|sponsor|vouch|endorse|sign off|pitch|align|unblock|onboard"
    r"|interview|document|facilitate|represent)(?:s|es|ed|d)?\b",
    re.IGNORECASE,
)
# A change asked for with its measure: "make on-call quieter, with numbers",
# "get builds faster by 30%", "speed up CI by half". The measure makes the
# change something to show, though the verb alone names no action.
_CHANGE_VERB = re.compile(
    r"\b(?:make|get|bring|turn|keep|lower|raise|increase|decrease|shrink|speed up"
    r"|shorten|lift|boost|trim|tighten|halve|double|stabili[sz]e|harden)"
    r"(?:s|es|ed|d)?\b",
    re.IGNORECASE,
)
_MEASURE_ASKED = re.compile(
    r"\bwith\s(?:the\s|hard\s|real\s)?(?:numbers?|figures|metrics?|data)\b"
    r"|\bmeasur(?:ed|able|ably)\b"
    r"|\bby\s(?:half|a\s(?:half|third|quarter)|\d+(?:\.\d+)?\s?(?:%|percent|x\b))",
    re.IGNORECASE,
)
_WHO_OR_WHAT_NOTE = re.compile(
    r"\b(?:engineers?|developers?|directors?|vps?|cto|principals?|architects?"
    r"|managers?|skip[- ]levels?|sponsors?|mentees?|new hires?|interns?"
    r"|customers?|stakeholders?|pms?|product managers?|designers?|teams?|orgs?"
    r"|guilds?|rfcs?|design docs?|talks?|demos?|post-?mortems?|incident reviews?"
    r"|runbooks?|services?|migrations?|projects?|roadmaps?|proposals?|plans?"
    r"|on-?call|pipelines?|releases?|apis?|systems?|architecture|code reviews?"
    r"|workshops?|blog posts?|rotas?|buy-in)\b",
    re.IGNORECASE,
)


# What a manager calls out of their hands: the committee, the budget, headcount,
# timing, calibration, or someone above them who decides.
_OUT_OF_HANDS = re.compile(
    r"\b(?:committees?|budgets?|headcount|timing|calibration|promo(?:tion)?\s"
    r"(?:slots?|quotas?|caps?|panels?)|hiring\sfreeze|freeze|out\sof\s(?:my|her|his"
    r"|their)\shands|not\sup\sto\s(?:me|her|him|them)|above\s(?:my|her|his|their)"
    r"\s(?:level|head|pay\sgrade))\b",
    re.IGNORECASE,
)
_DECIDER = (
    r"(?:(?i:the|my|our|their|her|his)\s)?(?:(?i:promotion|promo)\s)?"
    r"(?:(?i:committee|director|vp|vice\spresident|skip[- ]?level|cto|ceo"
    r"|head\sof\s\w+|(?:senior\s)?leadership|hr|finance|calibration"
    r"(?:\s(?:panel|committee))?|panel|org\slead|exec(?:utive)?s?|board)"
    r"|[A-Z][a-z]{1,20})"
)
# Who decides it, named: "decided by the director", "the VP signs off", "up to
# the committee". A name counts, read by its capital letter, so only the other
# words are matched whatever their case.
_WHO_DECIDES = re.compile(
    r"\b(?i:decided|set|approved|signed\soff|owned|made|controlled|allocated)"
    rf"\sby\s{_DECIDER}\b"
    rf"|\b{_DECIDER}\s(?i:decides?|will\sdecide|makes?\sthe\s(?:call|decision)"
    r"|signs?\soff|approves?|sets?\sit|has\sthe\s(?:final\s)?say|owns?\sit)\b"
    rf"|\b(?i:up\sto)\s{_DECIDER}\b",
)


OUT_OF_HANDS_MARKS = (
    catalogue.NOTE_OUT_OF_HANDS_WHO,
    catalogue.NOTE_OUT_OF_HANDS_ASK_WHO,
)
"""The marks ``out_of_hands_mark`` gives, so a reason can be told apart as one."""


def out_of_hands_mark(line: str) -> str:
    """Read a line of notes for something the manager said is out of their hands.

    Such a line is no criterion, but it is worth the record: the prep asks the
    user to note what the manager cannot decide and who does.

    Args:
        line: one line of notes.

    Returns:
        The mark for a line naming a constraint (committee, budget, headcount,
        timing, calibration) or someone above the manager who decides it: that
        who decides is named, or that it is still to be found out. Empty for
        any other line, and for a line that names something to demonstrate.
    """
    cleaned = _LINE_MARKER.sub("", line)
    decider = _WHO_DECIDES.search(cleaned)
    if not (_OUT_OF_HANDS.search(cleaned) or decider):
        return ""
    # A number alone does not make it something to demonstrate: "headcount is
    # frozen until Q3" still tells of a constraint; an action does.
    words = re.sub(r"\d", "", cleaned)
    named_action = _ACTION_NOTE.search(words) and _WHO_OR_WHAT_NOTE.search(words)
    if _CONCRETE_NOTE.search(words) or named_action:
        return ""
    if decider:
        return catalogue.NOTE_OUT_OF_HANDS_WHO
    return catalogue.NOTE_OUT_OF_HANDS_ASK_WHO


def looks_concrete(line: str) -> bool:
    """Guess whether a line of notes names something the user could demonstrate.

    Used to pre-mark lines; the user decides. A line counts when it names
    something to show, a number, an example, or an action with who or what it
    involves ("get a staff engineer outside the team to vouch for you"), and
    none of the usual vague phrases ("be more visible").

    Args:
        line: one line of notes.

    Returns:
        True when the line reads as a criterion rather than a vague answer.
    """
    return not why_not_concrete(line)


def why_not_concrete(line: str) -> str:
    """Say in a few words why a line of notes does not look concrete.

    The same reading as ``looks_concrete``, told so that the user can judge it:
    a line the coach leaves unmarked may still be a real criterion.

    Args:
        line: one line of notes.

    Returns:
        The reason, short enough to sit under the line; empty when the line
        looks concrete. A line that only sets the day of the next check-in
        ("let's revisit on 2027-01-15") is marked as such, not as vague.
    """
    cleaned = _LINE_MARKER.sub("", line)
    if len(cleaned.split()) < 3:
        return catalogue.NOTE_TOO_SHORT
    # Out of the manager's hands is no criterion, but no vague answer either.
    out_of_hands = out_of_hands_mark(cleaned)
    if out_of_hands:
        return out_of_hands
    # "Let's revisit on 2027-01-15" sets the next check-in: no vague answer, and
    # its day no number to show. The rest of the line is read on its own.
    rest = without_dated_follow_ups(cleaned)
    if rest is not None:
        if not (_VAGUE_NOTE.search(rest) or _shows_something(rest)):
            return catalogue.NOTE_FOLLOW_UP_DAY
        cleaned = rest
    vague = _VAGUE_NOTE.search(cleaned) or _more_of_a_quality(cleaned)
    if vague:
        phrase = " ".join(vague.group().split()).lower()
        return catalogue.NOTE_VAGUE_PHRASE.format(phrase=phrase)
    if not _shows_something(cleaned):
        return catalogue.NOTE_NOTHING_TO_SHOW
    return ""


def _more_of_a_quality(line: str) -> re.Match[str] | None:
    """Where a line asks for more of a quality and names nothing that shows it.

    "Show" alone makes a line concrete ("show a measured improvement"), but
    "show more ownership" names no result anyone could point to.
    """
    # "More RFCs" or "have more 1:1s" asks for more of a thing, not a quality.
    found = next(
        (
            match
            for match in _MORE_OF_A_QUALITY.finditer(line)
            if not _names_a_thing(match.group("quality"))
        ),
        None,
    )
    if found is None:
        return None
    rest = f"{line[: found.start()]} {line[found.end() :]}"
    if _shows_something(rest) or _HOW_SHOWN.search(rest):
        return None
    return found


def _names_a_thing(word: str) -> bool:
    """True when a word after "more" names something to count or show."""
    return bool(_WHO_OR_WHAT_NOTE.fullmatch(word) or _CONCRETE_NOTE.search(word))


def is_vague_reason(reason: str) -> bool:
    """True when ``why_not_concrete`` gave its reason for a vague answer.

    Such a line is worth a question back rather than a place among the
    criteria: "what would that look like?"

    Args:
        reason: what ``why_not_concrete`` said of a line.
    """
    return reason.startswith(_VAGUE_MARK)


# The words every vague reason opens with, before the phrase it quotes.
_VAGUE_MARK = catalogue.NOTE_VAGUE_PHRASE.split("{", 1)[0]


def _shows_something(line: str) -> bool:
    """True when a line names something to show, a number, an example or an action."""
    named_action = _ACTION_NOTE.search(line) and _WHO_OR_WHAT_NOTE.search(line)
    measured_change = _CHANGE_VERB.search(line) and _MEASURE_ASKED.search(line)
    return bool(_CONCRETE_NOTE.search(line) or named_action or measured_change)


# --- Evidence and status ------------------------------------------------------------


def link_evidence(
    criterion: Criterion,
    now: dt.datetime,
    win_ids: Iterable[int] = (),
    initiative_id: int | None = None,
) -> Criterion:
    """Link wins, or the user's initiative, to a criterion as evidence.

    An open criterion that gains evidence moves to "evidence growing".

    Args:
        criterion: the criterion.
        now: the moment, for the history and ``updated_at``.
        win_ids: wins to add; ones already linked are kept once.
        initiative_id: the initiative to link; None leaves the current one.

    Returns:
        The updated criterion.
    """
    linked = dict.fromkeys(criterion.win_ids)
    linked.update(dict.fromkeys(win_ids))
    initiative = criterion.initiative_id if initiative_id is None else initiative_id
    changed = replace(
        criterion, win_ids=tuple(linked), initiative_id=initiative, updated_at=now
    )
    if changed.status == STATUS_OPEN and changed.has_evidence:
        changed = _moved(changed, STATUS_GROWING, now)
    return changed


def wins_lacking_dimension(criterion: Criterion, wins: Iterable[Win]) -> list[Win]:
    """The wins, of those given, that are not filed under the criterion's dimension.

    Linking a win to a criterion says it shows that dimension; the win is offered
    the dimension, never given it unasked.

    Args:
        criterion: the criterion the wins were linked to.
        wins: the wins just linked.

    Returns:
        Those that lack the dimension, in order; none when the criterion has no
        dimension.
    """
    if not criterion.dimension:
        return []
    return [w for w in wins if criterion.dimension not in w.dimensions]


def unlink_evidence(
    criterion: Criterion,
    now: dt.datetime,
    win_ids: Iterable[int] = (),
    initiative: bool = False,
) -> Criterion:
    """Remove evidence from a criterion.

    A criterion left with no evidence goes back to "open", even one that was met:
    "met" always rests on at least one linked item.

    Args:
        criterion: the criterion.
        now: the moment, for the history and ``updated_at``.
        win_ids: wins to unlink; ones not linked are ignored.
        initiative: True to unlink the initiative too.

    Returns:
        The updated criterion.
    """
    dropped = set(win_ids)
    changed = replace(
        criterion,
        win_ids=tuple(w for w in criterion.win_ids if w not in dropped),
        initiative_id=None if initiative else criterion.initiative_id,
        updated_at=now,
    )
    if not changed.has_evidence and changed.status != STATUS_OPEN:
        changed = _moved(changed, STATUS_OPEN, now)
    return changed


def with_example(
    criterion: Criterion, example: str, now: dt.datetime | None = None
) -> Criterion:
    """The criterion with the example the manager gave, in the user's words.

    The example is kept on one line, blanks evened; a blank one means the
    manager gave none, so asking for one stays on the list for the next
    check-in.

    Args:
        criterion: the criterion, saved or a draft.
        example: the example as typed.
        now: the moment, for ``updated_at``; None leaves it (a draft).

    Returns:
        The criterion with its example, marked as given when there is one.
    """
    text = " ".join(example.split())
    return replace(
        criterion,
        example=text,
        example_given=bool(text),
        updated_at=criterion.updated_at if now is None else now,
    )


def evidence_initiatives(
    initiatives: Iterable[Initiative], linked_id: int | None = None
) -> tuple[Initiative, ...]:
    """The problems a criterion may name as evidence, the most advanced first.

    A problem carried to done with its result measured is the strongest evidence
    there is, so finished ones count as much as the one being driven, and a
    paused one still shows work done. A dropped one is left out: the user
    stopped it, so it cannot show what the manager asked for. Only when it is
    already linked is it offered, last, so that the user sees it and can unlink
    it.

    Args:
        initiatives: every stored problem.
        linked_id: the id of the problem the criterion names now, if any.

    Returns:
        The problems to offer: done ones (the latest finished first), then the
        ones being worked on by how far they got, then paused ones, then the
        linked dropped one.
    """

    def rank(initiative: Initiative) -> tuple[int, float]:
        finished = initiative.history[-1].at.timestamp() if initiative.history else 0
        if initiative.stage in FORWARD:
            return (len(FORWARD) - FORWARD.index(initiative.stage), -finished)
        if initiative.stage is Stage.PAUSED:
            return (len(FORWARD) + 1, 0)
        return (len(FORWARD) + 2, 0)

    offered = [
        initiative
        for initiative in initiatives
        if initiative.id is not None
        and (initiative.stage is not Stage.DROPPED or initiative.id == linked_id)
    ]
    return tuple(sorted(offered, key=rank))


def set_status(criterion: Criterion, status: str, now: dt.datetime) -> Criterion:
    """Move a criterion to a status, recording the step in its history.

    Args:
        criterion: the criterion.
        status: one of ``STATUSES``.
        now: the moment of the change.

    Returns:
        The updated criterion; the same one when the status does not change.

    Raises:
        CareerClimbError: for an unknown status, or "met" with no evidence linked.
    """
    if status not in STATUSES:
        raise CareerClimbError(
            catalogue.CRITERION_UNKNOWN_STATUS.format(
                status=status, choices=", ".join(STATUSES)
            )
        )
    if status == STATUS_MET and not criterion.has_evidence:
        raise CareerClimbError(
            catalogue.CRITERION_MET_NEEDS_EVIDENCE.format(text=criterion.text)
        )
    if status == criterion.status:
        return criterion
    return _moved(criterion, status, now)


def _moved(criterion: Criterion, status: str, now: dt.datetime) -> Criterion:
    history = (*criterion.status_history, StatusChange(status, now))
    return replace(criterion, status=status, status_history=history, updated_at=now)


def needs_evidence(
    criterion: Criterion, today: dt.date, weeks: int = STALE_WEEKS
) -> bool:
    """True when a criterion has had no evidence linked for ``weeks`` since created.

    Args:
        criterion: the criterion.
        today: the user's local date.
        weeks: how long a criterion may wait for its first evidence.

    Returns:
        True for an unmet criterion with nothing linked, created at least ``weeks``
        weeks ago; False for a draft that has no creation time yet.
    """
    if criterion.status == STATUS_MET or criterion.has_evidence:
        return False
    if criterion.created_at is None:
        return False
    return (today - criterion.created_at.date()).days >= weeks * 7


class Standing(enum.Enum):
    """How far the gap view counts a criterion's evidence towards its dimension."""

    NOT_JUDGED = "not judged"
    """Nothing to say: no evidence yet, or the manager has called it met."""
    PROBLEM_ONLY = "problem only"
    """Only a problem is linked, and no win was logged from its result."""
    NOT_REVIEWED = "not reviewed"
    """No win behind the evidence has been reviewed yet."""
    NOT_NEXT_LEVEL = "not next-level"
    """Wins were reviewed, and none came out next-level."""
    OTHER_DIMENSIONS = "other dimensions"
    """Next-level wins, none of them tagged with the criterion's dimension."""
    COUNTED = "counted"
    """A next-level win the gap view counts under the criterion's dimension."""


@dataclass(frozen=True)
class EvidenceStanding:
    """Where a criterion's evidence stands in the gap view, and why."""

    kind: Standing
    """Which of the cases above it is."""
    untagged_wins: tuple[Win, ...] = ()
    """For ``OTHER_DIMENSIONS``: the next-level wins that lack the dimension."""

    @property
    def short_text(self) -> str:
        """A few words under the evidence in the criteria table, a line break
        between its lines; empty when none."""
        if self.kind is Standing.OTHER_DIMENSIONS and len(self.untagged_wins) > 1:
            return catalogue.MANAGER_EVIDENCE_OTHER_DIMENSIONS_MANY
        return _STANDING_CELLS.get(self.kind, "")


_STANDING_CELLS = {
    Standing.PROBLEM_ONLY: catalogue.MANAGER_EVIDENCE_NOT_NEXT_LEVEL,
    Standing.NOT_REVIEWED: catalogue.MANAGER_EVIDENCE_NOT_REVIEWED,
    Standing.NOT_NEXT_LEVEL: catalogue.MANAGER_EVIDENCE_NOT_NEXT_LEVEL,
    Standing.OTHER_DIMENSIONS: catalogue.MANAGER_EVIDENCE_OTHER_DIMENSIONS,
}


def evidence_standing(
    criterion: Criterion,
    wins: Mapping[int, Win],
    verdicts: Mapping[int, VerdictKind],
    problem: Initiative | None = None,
) -> EvidenceStanding:
    """Whether the gap view counts a criterion's evidence, and if not, why not.

    The gap view counts a win under each dimension it is tagged with, once a
    review calls it next-level. The wins behind a criterion are those linked to
    it and, when a problem is linked, the wins logged from that problem's
    result. A met criterion is left alone: the manager has already said it
    counts. A criterion not yet filed under a dimension counts once any of its
    wins is next-level.

    Args:
        criterion: the criterion.
        wins: every win on record, by id; wins deleted since are ignored.
        verdicts: the latest review verdict of each reviewed win, by win id.
        problem: the problem linked to the criterion, if it is still on record.

    Returns:
        The case, with the next-level wins that lack the criterion's dimension
        when that is the reason.
    """
    if criterion.status == STATUS_MET or not criterion.has_evidence:
        return EvidenceStanding(Standing.NOT_JUDGED)

    ids = list(criterion.win_ids)
    if problem is not None and criterion.initiative_id is not None:
        ids += problem.win_ids
    behind = [wins[i] for i in dict.fromkeys(ids) if i in wins]
    if not behind:
        kind = Standing.PROBLEM_ONLY if problem is not None else Standing.NOT_REVIEWED
        return EvidenceStanding(kind)

    judged = [w for w in behind if w.id in verdicts]
    if not judged:
        return EvidenceStanding(Standing.NOT_REVIEWED)
    next_level = [w for w in judged if verdicts[w.id or 0] is VerdictKind.NEXT_LEVEL]
    if not next_level:
        return EvidenceStanding(Standing.NOT_NEXT_LEVEL)

    if not criterion.dimension or any(
        criterion.dimension in w.dimensions for w in next_level
    ):
        return EvidenceStanding(Standing.COUNTED)
    return EvidenceStanding(Standing.OTHER_DIMENSIONS, tuple(next_level))


def standing_hint(
    standing: EvidenceStanding,
    criterion: Criterion,
    ladder: Ladder,
) -> str:
    """The sentence under a criterion's evidence that says why the gap view does
    not count it yet.

    Args:
        standing: what ``evidence_standing`` found for the criterion.
        criterion: the same criterion, for its dimension.
        ladder: the profile's ladder, which names the dimensions and orders them.

    Returns:
        One sentence naming the reason and what to do; empty when the evidence
        counts or there is nothing to say.
    """
    if standing.kind is not Standing.OTHER_DIMENSIONS:
        return _STANDING_HINTS.get(standing.kind, "")

    wanted = ladder.dimension_name(criterion.dimension)
    found = standing.untagged_wins
    names = ladder.dimension_names(d for w in found for d in w.dimensions)
    if len(found) == 1:
        title = _short(found[0].title)
        if not names:
            return catalogue.MANAGER_EVIDENCE_UNTAGGED_ONE.format(
                title=title, dimension=wanted
            )
        return catalogue.MANAGER_EVIDENCE_ELSEWHERE_ONE.format(
            title=title, names=", ".join(names), dimension=wanted
        )
    if not names:
        return catalogue.MANAGER_EVIDENCE_UNTAGGED_MANY.format(
            count=len(found), dimension=wanted
        )
    return catalogue.MANAGER_EVIDENCE_ELSEWHERE_MANY.format(
        count=len(found), names=", ".join(names), dimension=wanted
    )


_STANDING_HINTS = {
    Standing.PROBLEM_ONLY: catalogue.MANAGER_EVIDENCE_PROBLEM_ONLY_HINT,
    Standing.NOT_REVIEWED: catalogue.MANAGER_EVIDENCE_NOT_REVIEWED_HINT,
    Standing.NOT_NEXT_LEVEL: catalogue.MANAGER_EVIDENCE_NOT_NEXT_LEVEL_HINT,
}


# --- What to bring to the next check-in ---------------------------------------------


class WeakEvidence(enum.Enum):
    """Why a win linked to a criterion does not yet read as evidence for it."""

    ACTIVITY = "activity"
    """It tells work done, not what changed, and no review called it next-level."""
    UNCLEAR = "unclear"
    """Its latest review verdict is unclear."""
    CURRENT_LEVEL = "current level"
    """Its latest review verdict is current-level."""

    @property
    def check_in_note(self) -> str:
        """Why, as the check-in advice says it: "it reads as activity"."""
        return _CHECK_IN_NOTES[self]

    @property
    def packet_note(self) -> str:
        """Why, as the packet says it after the win: "reads as activity"."""
        return _PACKET_NOTES[self]


_CHECK_IN_NOTES = {
    WeakEvidence.ACTIVITY: catalogue.CHECKIN_WEAK_ACTIVITY,
    WeakEvidence.UNCLEAR: catalogue.CHECKIN_WEAK_UNCLEAR,
    WeakEvidence.CURRENT_LEVEL: catalogue.CHECKIN_WEAK_CURRENT_LEVEL,
}
_PACKET_NOTES = {
    WeakEvidence.ACTIVITY: catalogue.PACKET_WEAK_ACTIVITY,
    WeakEvidence.UNCLEAR: catalogue.PACKET_WEAK_UNCLEAR,
    WeakEvidence.CURRENT_LEVEL: catalogue.PACKET_WEAK_CURRENT_LEVEL,
}


def weak_evidence(win: Win, verdict: VerdictKind | None) -> WeakEvidence | None:
    """Why a win is not yet one to bring as evidence for a criterion, if it is not.

    A review's verdict has the last word: a next-level one makes the win worth
    bringing however it was phrased. Before any review, a win saved as activity
    is not yet evidence: it says what was done, not what changed.

    Args:
        win: the win linked to the criterion.
        verdict: the win's latest review verdict; None when never reviewed.

    Returns:
        The reason, or None when the win reads as evidence.
    """
    if verdict is VerdictKind.UNCLEAR:
        return WeakEvidence.UNCLEAR
    if verdict is VerdictKind.CURRENT_LEVEL:
        return WeakEvidence.CURRENT_LEVEL
    if verdict is None and not win.is_impact:
        return WeakEvidence.ACTIVITY
    return None


@dataclass(frozen=True)
class AgreedCheckIn:
    """A day set for the next talk in a recorded conversation."""

    day: dt.date
    """The day set."""
    agreed_on: dt.date
    """The day of the conversation that set it."""


def agreed_check_in(
    talks: Iterable[Conversation], today: dt.date
) -> AgreedCheckIn | None:
    """The next day set for a check-in in the notes of the recorded conversations.

    The notes are read as the rehearsal reads a reply: "let's revisit on
    2027-01-15" or "check in again Jan 15" sets a day.

    Args:
        talks: the recorded conversations.
        today: the user's local date; a day already past is not the next one.

    Returns:
        The earliest day from today on, with the conversation that set it; None
        when no conversation set one still ahead.
    """
    ahead = [
        AgreedCheckIn(day, talk.date)
        for talk in talks
        for day in follow_up_days(talk.notes, talk.date)
        if day >= today
    ]
    if not ahead:
        return None
    # The latest conversation to name the day is the one to cite.
    return min(ahead, key=lambda agreed: (agreed.day, -agreed.agreed_on.toordinal()))


def next_check_in(
    criteria: Sequence[Criterion],
    wins: Sequence[Win],
    today: dt.date,
    talks: Iterable[Conversation] = (),
    off: Mapping[int, str] | None = None,
    verdicts: Mapping[int, VerdictKind] | None = None,
) -> str:
    """Suggest when the next check-in is, what to bring to it and what to ask.

    The day comes first when a recorded conversation set one still ahead.
    Criteria are numbered from 1 in the order given, as the user sees them. The
    criterion with the most linked wins is the one to ask about; the two most recent
    of its wins are the ones to bring. A result win whose numbers its problem's
    readings no longer show is not brought as it stands: the other wins are,
    and when it is the only one, the advice is to update it first, saying
    what the readings show now. A win that does not yet read as evidence
    (``weak_evidence``) is not brought either; when only such wins are linked,
    the advice is to add what changed to one first. A criterion left without
    evidence for six weeks is named in a further sentence.

    Args:
        criteria: the user's criteria, in display order.
        wins: the user's wins, to find the linked ones by id.
        today: the user's local date.
        talks: the recorded conversations, whose notes may set the day.
        off: win id → what its problem's readings say now, for the result wins
            they no longer back (``initiative.result_wins_off_readings``).
        verdicts: the latest review verdict of each reviewed win, by win id.

    Returns:
        One to three sentences.
    """
    advice = _what_to_bring(criteria, wins, today, off or {}, verdicts or {})
    agreed = agreed_check_in(talks, today)
    if agreed is None:
        return advice
    when = catalogue.CHECKIN_ON_DAY.format(
        day=day_in_words(agreed.day), agreed=day_in_words(agreed.agreed_on)
    )
    return f"{when} {advice}"


def _what_to_bring(
    criteria: Sequence[Criterion],
    wins: Sequence[Win],
    today: dt.date,
    off: Mapping[int, str],
    verdicts: Mapping[int, VerdictKind],
) -> str:
    """What to bring to the next check-in and what to ask, as ``next_check_in``."""
    if not criteria:
        return catalogue.CHECKIN_NO_CRITERIA
    numbered = [
        (n, c) for n, c in enumerate(criteria, start=1) if c.status != STATUS_MET
    ]
    if not numbered:
        return catalogue.CHECKIN_ALL_MET

    by_id = {w.id: w for w in wins if w.id is not None}

    def linked_wins(criterion: Criterion) -> list[Win]:
        found = [by_id[i] for i in criterion.win_ids if i in by_id]
        return sorted(found, key=lambda w: w.date, reverse=True)

    stale = next(((n, c) for n, c in numbered if needs_evidence(c, today)), None)
    with_evidence = [(n, c) for n, c in numbered if c.has_evidence]
    if with_evidence:
        number, chosen = max(
            with_evidence, key=lambda pair: (len(linked_wins(pair[1])), -pair[0])
        )
        linked = linked_wins(chosen)
        weak = {w.id: weak_evidence(w, verdicts.get(w.id or 0)) for w in linked}
        bring = [w for w in linked if w.id not in off and weak[w.id] is None][:2]
        stale_win = next((w for w in linked if w.id in off), None)
        weak_win = next((w for w in linked if weak[w.id] is not None), None)
        if not bring and stale_win is not None:
            first = catalogue.CHECKIN_UPDATE_RESULT_WIN.format(
                win=_short(stale_win.title),
                note=off[stale_win.id or 0],
                number=number,
            )
        elif not bring and weak_win is not None:
            first = catalogue.CHECKIN_ADD_WHAT_CHANGED.format(
                win=_short(weak_win.title),
                note=_why(weak[weak_win.id]),
                number=number,
            )
        elif len(bring) == 2:
            first = catalogue.CHECKIN_BRING_TWO.format(
                first=_short(bring[0].title),
                second=_short(bring[1].title),
                number=number,
            )
        elif bring:
            first = catalogue.CHECKIN_BRING_ONE.format(
                win=_short(bring[0].title), number=number
            )
        else:
            first = catalogue.CHECKIN_BRING_INITIATIVE.format(number=number)
    elif stale is not None:
        return catalogue.CHECKIN_STALE.format(number=stale[0], weeks=STALE_WEEKS)
    else:
        number, chosen = next(
            ((n, c) for n, c in numbered if not c.example_given), numbered[0]
        )
        if not chosen.example_given:
            return catalogue.CHECKIN_ASK_EXAMPLE.format(
                number=number, text=_short(chosen.text)
            )
        return catalogue.CHECKIN_ON_TRACK.format(number=number)

    if stale is not None:
        return " ".join(
            [first, catalogue.CHECKIN_STALE.format(number=stale[0], weeks=STALE_WEEKS)]
        )
    return first


def _why(weak: WeakEvidence | None) -> str:
    return weak.check_in_note if weak is not None else ""


def _short(text: str) -> str:
    """A title cut at a word boundary, so a suggestion stays one readable line."""
    return cut_at_word(text, TITLE_CHARS)
