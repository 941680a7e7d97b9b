"""Promoted peers: who was promoted recently, and what they did to get there.

A peer record holds what the user learned from a colleague promoted recently: the
levels, when, the work that mapped to the next level (each item tagged with ladder
dimensions, a signal and kinds of work), how that work became visible, and what
the peer said when asked. The pattern view sets what the peers had in common
beside the user's own evidence. Every function takes records and returns records
or plain values; nothing here stores anything.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.domain.wins import clean_list, split_names
from careerclimb_tui.errors import CareerClimbError

EARLIEST_PROMOTION_YEAR = 1970
"""A promotion before this year is a typing mistake."""

COMMON_SHARE = 0.5
"""A dimension or kind of work shared by at least this share of peers is a pattern."""


class Signal(str, enum.Enum):
    """Whether an item of a peer's work mapped to the next level or to their old one."""

    NEXT_LEVEL = "next_level"
    CURRENT_LEVEL = "current_level"

    def __str__(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        """The signal as the user reads it."""
        return catalogue.PEER_SIGNAL_LABELS[self.value]


# --- Kinds of work ------------------------------------------------------------------


@dataclass(frozen=True)
class WorkKind:
    """A kind of work that promotion committees recognise, found by its wording."""

    id: str
    """Stable id, stored with peer items."""
    pattern: re.Pattern[str]
    """Words that suggest the kind; every repetition in it is bounded."""
    weak: re.Pattern[str] | None = None
    """Words that suggest the kind only when no kind's own words are found too:
    "on-call" reads as reliability work, but not in "mentored juniors to
    independent on-call"."""

    @property
    def name(self) -> str:
        """A short name for lists: "Cross-team work"."""
        return catalogue.PEER_KIND_NAMES[self.id]

    @property
    def phrase(self) -> str:
        """What a peer did, to follow "3 of your 4 promoted peers …"."""
        return catalogue.PEER_KIND_PHRASES[self.id]

    @property
    def brief_phrase(self) -> str:
        """The same, shorter, for a one-line note: "led a design or an RFC"."""
        return catalogue.PEER_KIND_BRIEF_PHRASES[self.id]

    @property
    def where(self) -> str:
        """Which of the user's wins a brief note counts: "across teams"."""
        return catalogue.PEER_KIND_WHERE[self.id]


def _kind(kind_id: str, pattern: str, weak: str = "") -> WorkKind:
    return WorkKind(
        kind_id,
        re.compile(pattern, re.IGNORECASE),
        re.compile(weak, re.IGNORECASE) if weak else None,
    )


# Patterns are matched against a peer's item or a win's own words. They suggest a
# kind; the user confirms it for peers, so a miss costs a key press, not a fact.
WORK_KINDS: tuple[WorkKind, ...] = (
    _kind(
        "cross_team",
        r"(?:cross|\bmulti|\binter)[-‐‑–— ]?(?:team|org|functional|squad)"
        r"|across\s(?:\S{1,20}\s){0,5}(?:teams|orgs|groups|squads|departments)"
        r"|\bacross\s(?:the\s)?(?:org|organi[sz]ation|company|engineering)\b"
        r"|\b(?:two|three|four|five|six|several|multiple|many|other|\d{1,2})"
        r"\s(?:teams|squads|departments)\b|\b(?:org|company)[- ]wide\b"
        r"|\b(?:partner|sister|neighbou?ring|adjacent|dependent|consuming)\steams?\b"
        r"|\band\s[^\W\d_]{2,20}\steams\b",
    ),
    _kind(
        "direction",
        r"\brfcs?\b|\bdesign(?:ed|ing|s)?\b|architect|versioning|\bapi (?:contracts?"
        r"|standards?|guidelines)\b|technical (?:direction|strategy|vision)"
        r"|tech (?:strategy|direction)|standardi[sz]|roadmap|trade-?offs",
    ),
    _kind(
        "reliability",
        r"incident|outage|reliab|flaky|root cause|deploy failures|\bmttr\b"
        r"|\bslos?\b|\balerts?\b|paging|\bpages\b|post-?mortem|\btoil\b|\buptime\b"
        r"|on-?call (?:load|noise|burden|pages|alerts|rotation|health|toil)",
        weak=r"on-?call",
    ),
    _kind(
        "mentoring",
        r"mentor|onboard|coach|\btaught\b|\bteach|interview|hiring|\bhired\b"
        r"|\bpair(?:ed|ing)\b|grew (?:the|a|two|three|junior)",
    ),
    _kind(
        "ways_of_working",
        r"\bprocess\b|workflow|\bci\b|tooling|developer experience|build times?"
        r"|review process|planning|\bretros?\b|runbook",
    ),
    _kind(
        "product",
        r"customer|revenue|conversion|retention|churn|\busers?\b|sign-?ups?"
        r"|\bsales\b|\bnps\b",
    ),
    _kind(
        "delivery",
        r"migrat|launch|rewr(?:ite|ote)|rollout|rolled out|re-?platform",
    ),
)
"""Every kind of work the pattern view counts, in the order it lists them."""

KIND_IDS: tuple[str, ...] = tuple(kind.id for kind in WORK_KINDS)


def work_kind(kind_id: str) -> WorkKind | None:
    """The kind of work with this id, or None."""
    return next((kind for kind in WORK_KINDS if kind.id == kind_id), None)


def suggest_kinds(text: str) -> tuple[str, ...]:
    """The kinds of work a piece of text reads as, in table order.

    Args:
        text: what someone did, in any words.

    Returns:
        Kind ids whose wording appears in the text; empty when none does. A
        kind's weak words count only when no kind's own words appear.
    """
    found = tuple(kind.id for kind in WORK_KINDS if kind.pattern.search(text))
    if found:
        return found
    return tuple(kind.id for kind in WORK_KINDS if kind.weak and kind.weak.search(text))


# --- Work across teams --------------------------------------------------------------

# Words before "team" that name the user's own team, or no team in particular.
_OWN_TEAM = (
    r"my|our|own|the|this|that|your|his|her|their|a|an|one|whole|entire|same"
    r"|immediate|new|dev|development|engineering|eng|scrum|feature|project"
)
# "the QA team", "with the payments team", "and support teams": a named team,
# after a word that introduces it, so that "Led team retros" names none.
_NAMED_TEAM = re.compile(
    r"\b(?:the|a|another|with|for|to|from|and|by|alongside|between|outside)\s+"
    rf"(?!(?:{_OWN_TEAM})\b)[^\W\d_][\w&+./-]{{0,30}}\s+teams?\b",
    re.IGNORECASE,
)
# A team named on its own, as in a list of who benefited: "QA team", "Finance".
_TEAM_NAME = re.compile(
    rf"^(?:the\s+)?(?!(?:{_OWN_TEAM})\b)[^\W\d_][\w&+./-]{{0,30}}\s+teams?\b",
    re.IGNORECASE,
)
# Parts of a company other than an engineering team, and the people who lead them.
_ORG_PARTS = (
    r"finance|accounting|qa|quality assurance|sales|legal|marketing|compliance"
    r"|hr|leadership|execs?|executives?|cfo|ceo|cto|coo|ciso|vps?|svps?"
)
_ORG_PART = re.compile(
    rf"\b(?:{_ORG_PARTS}|support|security|sre|ops|operations|customer success"
    r"|directors?)\b",
    re.IGNORECASE,
)
# In what was done, only after a word that introduces it: "for security" or
# "to support" would otherwise read as a team.
_WITH_ORG_PART = re.compile(
    rf"\b(?:with|for|to|from|and|alongside)\s+(?:the\s+)?(?:{_ORG_PARTS})\b",
    re.IGNORECASE,
)
# Names that tell of nobody, or of the user's own team or manager.
_NOBODY_OR_OWN = re.compile(
    r"^(?:(?:my|our|the|own|whole|immediate)\s+){0,2}"
    r"(?:nobody|none|no[- ]?one|n/?a|team|teammates?|squad|manager|lead"
    r"|tech lead|dev team|engineering team)?$",
    re.IGNORECASE,
)
_OWN_START = re.compile(r"^(?:my|our)\b", re.IGNORECASE)
_EDGE_MARKS = " .,;:!?…-–—'\""
CROSS_TEAM = "cross_team"
"""The id of the kind of work done with, or for, other teams."""


def _names(text: str) -> list[str]:
    return [kept for name in split_names(text) if (kept := name.strip(_EDGE_MARKS))]


def _another_team(name: str) -> bool:
    """True when one name from a list of who benefited is another team."""
    if _OWN_START.match(name) or _NOBODY_OR_OWN.match(name):
        return False
    return bool(_TEAM_NAME.search(name) or _ORG_PART.search(name))


def kind_dimensions(ladder: Ladder) -> dict[str, tuple[str, ...]]:
    """The ladder's dimensions that name a kind of work, by kind.

    A dimension names a kind when its id or name reads as it: "Mentoring and
    growing others" is mentoring, "Cross-team impact" work across teams. Its
    summary is not read, as it says how the work is done ("reliable software")
    rather than what kind of work it is.

    Args:
        ladder: the user's ladder.

    Returns:
        Kind id → ids of the dimensions naming it, in ladder order; a kind no
        dimension names is left out.
    """
    found: dict[str, tuple[str, ...]] = {}
    for kind in WORK_KINDS:
        named = tuple(
            d.id
            for d in ladder.dimensions
            if kind.pattern.search(f"{d.id.replace('_', ' ')}\n{d.name}")
        )
        if named:
            found[kind.id] = named
    return found


def cross_team_dimensions(ladder: Ladder) -> tuple[str, ...]:
    """The ladder's dimensions that are about work across teams, by their words.

    Args:
        ladder: the user's ladder.

    Returns:
        Ids of dimensions whose id or name reads as cross-team work ("Cross-team
        impact"); none on a ladder without such a dimension.
    """
    return kind_dimensions(ladder).get(CROSS_TEAM, ())


def crosses_teams(win: Win, dimensions: Collection[str] = ()) -> bool:
    """True when a win shows a sign of another team, as a reader would see it.

    A win crosses teams when it is tagged with a cross-team dimension, when
    someone outside the team noticed it (its "noticed by" field, which the
    review's fourth question keeps), when who benefited names another team or
    part of the company ("the QA team", "Finance"), or when its title or change
    says so ("across three teams", "with the payments team", "for Finance").
    A win with none of these signs does not count: a dimension such as
    collaboration is no sign by itself, as it covers work inside the team too.

    Args:
        win: the user's win.
        dimensions: ids of the ladder's cross-team dimensions
            (``cross_team_dimensions``).

    Returns:
        True when the win reads as work across teams.
    """
    if set(win.dimensions) & set(dimensions):
        return True
    if any(not _NOBODY_OR_OWN.match(name) for name in _names(win.noticed_by)):
        return True
    if any(_another_team(name) for name in _names(win.beneficiaries)):
        return True
    words = f"{win.title}\n{win.what_changed}\n{win.beneficiaries}"
    return bool(
        CROSS_TEAM in suggest_kinds(words)
        or _NAMED_TEAM.search(words)
        or _WITH_ORG_PART.search(words)
    )


def kinds_of_win(
    win: Win, dimensions: Mapping[str, Collection[str]] | None = None
) -> tuple[str, ...]:
    """The kinds of work a win is, in table order: the one rule for the user's
    wins wherever they are set beside a kind.

    A win is of a kind when its title, change or beneficiaries read as it, or
    when it is tagged with a dimension that names the kind: a win filed under
    "Mentoring and growing others" is mentoring, whatever its words. Work across
    teams is also read from who noticed it (see ``crosses_teams``).

    Args:
        win: the user's win.
        dimensions: kind id → ids of the ladder's dimensions naming it
            (``kind_dimensions``); None when no dimension names a kind.

    Returns:
        Kind ids; empty when the win is of none.
    """
    named = dimensions or {}
    found = set(suggest_kinds(f"{win.title}\n{win.what_changed}\n{win.beneficiaries}"))
    tagged = set(win.dimensions)
    found |= {kind for kind, ids in named.items() if tagged.intersection(ids)}
    if crosses_teams(win, named.get(CROSS_TEAM, ())):
        found.add(CROSS_TEAM)
    return tuple(kind for kind in KIND_IDS if kind in found)


# --- Records ------------------------------------------------------------------------


@dataclass(frozen=True)
class PeerItem:
    """One thing a promoted peer did, as the user heard it."""

    text: str
    """What they did, in the user's words."""
    dimensions: tuple[str, ...] = ()
    """Ladder dimension ids the work speaks to."""
    signal: Signal = Signal.NEXT_LEVEL
    """Whether it mapped to the next level (the usual reason to note it)."""
    kinds: tuple[str, ...] = ()
    """Kinds of work (ids from ``WORK_KINDS``) the item is an example of."""

    def __post_init__(self) -> None:
        # The store may hand over the plain value; the rules compare members.
        object.__setattr__(self, "signal", Signal(self.signal))

    @property
    def is_next_level(self) -> bool:
        """True when the item mapped to the next level."""
        return self.signal is Signal.NEXT_LEVEL


@dataclass(frozen=True)
class Peer:
    """A colleague promoted recently, and what the user learned from them."""

    name: str
    """A name or, as the app suggests, initials: the user's choice."""
    from_level: str
    """The level id they were promoted from."""
    to_level: str
    """The level id they were promoted to."""
    promoted_in: str = ""
    """The month of the promotion as ``YYYY-MM``; empty when not known."""
    items: tuple[PeerItem, ...] = ()
    """What they did that mapped to the next level, in the order told."""
    visibility: str = ""
    """How their work became visible to the people who decided."""
    advice: str = ""
    """What they said when asked how they got there."""
    id: int | None = None
    """Stable id given by the store; None until saved."""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Fields written by another version of the app, kept as they were."""

    def with_changes(self, **changes: Any) -> Peer:
        """Return a copy with some fields changed."""
        return replace(self, **changes)

    @property
    def next_level_items(self) -> tuple[PeerItem, ...]:
        """The items that mapped to the next level."""
        return tuple(item for item in self.items if item.is_next_level)

    @property
    def dimensions(self) -> tuple[str, ...]:
        """Dimension ids of the next-level items, each once, in first order."""
        return clean_list(d for item in self.next_level_items for d in item.dimensions)

    @property
    def kinds(self) -> tuple[str, ...]:
        """Kinds of work of the next-level items, each once, in table order."""
        found = {kind for item in self.next_level_items for kind in item.kinds}
        return tuple(kind for kind in KIND_IDS if kind in found)


def level_title(ladder: Ladder, level_id: str) -> str:
    """A level as the user reads it: its title on the ladder ("Senior engineer").

    Args:
        ladder: the user's ladder.
        level_id: a level id as stored with a peer.

    Returns:
        The title; an id the ladder does not know as stored, so that nothing the
        user recorded is hidden; a question mark when none was recorded.
    """
    if not level_id.strip():
        return catalogue.PEER_LEVEL_UNKNOWN
    level = ladder.level(level_id)
    return level.title if level is not None else level_id


def promotion_text(peer: Peer, ladder: Ladder) -> str:
    """The peer's promotion by level titles: "Software engineer → Senior engineer"."""
    return catalogue.PEER_PROMOTION.format(
        from_level=level_title(ladder, peer.from_level),
        to_level=level_title(ladder, peer.to_level),
    )


# --- Rules for what the user types --------------------------------------------------

_NAME_PARTS = re.compile(r"[^\W\d_]{1,60}")


def initials_of(name: str) -> str:
    """Initials for a name: "Priya Raman" → "PR", "jean-luc m." → "JLM".

    Args:
        name: a name as typed; initials already given stay as they are.

    Returns:
        The first letter of every word, capitalised; empty for an empty name.
    """
    parts = _NAME_PARTS.findall(name)
    if looks_like_initials(name):
        return "".join(parts).upper()
    return "".join(part[0].upper() for part in parts)


def looks_like_initials(name: str) -> bool:
    """True when a name is already initials ("PR", "P.R.", "p r", "JLM")."""
    parts = _NAME_PARTS.findall(name)
    if len(parts) == 1 and parts[0].isalpha() and parts[0].isupper():
        return True
    return bool(parts) and all(len(part) <= 2 for part in parts)


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
_MONTH_FIRST = re.compile(r"^(\d{1,2})/(\d{4})$")


def parse_promoted_in(text: str, today: dt.date) -> str:
    """Read when a peer was promoted: ``2026-06``, ``2026-06-15`` or ``06/2026``.

    Only the month is kept; the day of a promotion rarely matters and is rarely
    known.

    Args:
        text: what the user typed; blank means not known.
        today: the user's local date; a promotion cannot be in a later month.

    Returns:
        ``YYYY-MM``, or empty when the text is blank.

    Raises:
        CareerClimbError: when the text is not a month, or not a plausible one.
    """
    cleaned = text.strip()
    if not cleaned:
        return ""
    iso = _MONTH.match(cleaned)
    month_first = _MONTH_FIRST.match(cleaned)
    try:
        if iso:
            year, month = int(iso.group(1)), int(iso.group(2))
            day = int(iso.group(3)) if iso.group(3) else 1
        elif month_first:
            year, month, day = int(month_first.group(2)), int(month_first.group(1)), 1
        else:
            raise ValueError(cleaned)
        if not 1 <= month <= 12:
            raise CareerClimbError(
                catalogue.PEER_NO_SUCH_MONTH.format(text=cleaned, month=month),
                exit_code=2,
            )
        dt.date(year, month, day)
    except ValueError:
        raise CareerClimbError(
            catalogue.PEER_BAD_MONTH.format(text=text), exit_code=2
        ) from None
    if (year, month) > (today.year, today.month):
        raise CareerClimbError(
            catalogue.PEER_MONTH_IN_FUTURE.format(month=f"{year:04d}-{month:02d}"),
            exit_code=2,
        )
    if year < EARLIEST_PROMOTION_YEAR:
        raise CareerClimbError(catalogue.PEER_BAD_MONTH.format(text=text), exit_code=2)
    return f"{year:04d}-{month:02d}"


def cleaned_item(item: PeerItem) -> PeerItem | None:
    """An item ready to keep: trimmed, its lists de-duplicated; None when blank.

    Unknown kind ids are dropped, since nothing could count or show them.
    """
    text = " ".join(item.text.split())
    if not text:
        return None
    return PeerItem(
        text=text,
        dimensions=clean_list(item.dimensions),
        signal=item.signal,
        kinds=tuple(kind for kind in clean_list(item.kinds) if kind in KIND_IDS),
    )


def checked_peer(peer: Peer) -> Peer:
    """The peer ready to save: trimmed, blank items left out, levels different.

    Args:
        peer: the peer as typed.

    Returns:
        The cleaned peer.

    Raises:
        CareerClimbError: with no name, or when both levels are the same.
    """
    name = " ".join(peer.name.split())
    if not name:
        raise CareerClimbError(catalogue.PEER_NEEDS_NAME, exit_code=2)
    if peer.from_level and peer.from_level == peer.to_level:
        raise CareerClimbError(catalogue.PEER_SAME_LEVELS, exit_code=2)
    items = tuple(kept for item in peer.items if (kept := cleaned_item(item)))
    return peer.with_changes(
        name=name,
        items=items,
        visibility=peer.visibility.strip(),
        advice=peer.advice.strip(),
    )


def newest_first(peers: Iterable[Peer]) -> list[Peer]:
    """Peers by promotion month, newest first; unknown months last, then by id."""
    known = sorted(
        (p for p in peers if p.promoted_in),
        key=lambda p: (p.promoted_in, p.id or 0),
        reverse=True,
    )
    unknown = [p for p in peers if not p.promoted_in]
    return known + sorted(unknown, key=lambda p: p.id or 0)


# --- Questions worth asking ---------------------------------------------------------


def questions_to_ask() -> tuple[str, ...]:
    """The questions to ask a promoted peer, in the order worth asking them."""
    return catalogue.PEER_QUESTIONS


def questions_for_copy() -> str:
    """The questions as numbered lines, ready to paste into a message or notes."""
    return "\n".join(
        f"{number}. {question}"
        for number, question in enumerate(questions_to_ask(), start=1)
    )


# --- The pattern view ---------------------------------------------------------------


@dataclass(frozen=True)
class PatternRow:
    """How often one dimension or kind of work shows up, beside the user's own."""

    key: str
    """The dimension id or kind id."""
    name: str
    """Its display name."""
    peers: int
    """Promoted peers with next-level work of this dimension or kind."""
    total_peers: int
    """Promoted peers recorded."""
    logged: int
    """The user's wins of this dimension or kind, whatever their verdict."""
    next_level: int
    """Of those, wins whose latest review verdict is next-level."""
    sentence: str
    """The finding in one sentence that names the wins it counts, e.g. "3 of your
    4 promoted peers …; you have no wins across teams logged."."""
    brief: str = ""
    """The same finding, shorter, for a one-line note that names the wins it
    counts: "2 of 3 led work across teams; you: 1 next-level win across teams"."""

    @property
    def share(self) -> float:
        """The share of peers showing it, 0 to 1."""
        return self.peers / self.total_peers if self.total_peers else 0.0

    @property
    def is_common(self) -> bool:
        """True when at least half of the peers show it."""
        return self.total_peers > 0 and self.share >= COMMON_SHARE

    @property
    def is_gap(self) -> bool:
        """True when most peers show it and the user has no next-level win of it."""
        return self.is_common and self.next_level == 0


class PatternMissing(str, enum.Enum):
    """What the peers' records lack for a pattern to show."""

    NEXT_LEVEL_WORK = "next_level_work"
    """No peer has an item of next-level work."""
    TAGS = "tags"
    """Next-level work is recorded, but none of it has a dimension or a kind of
    work ticked, and the pattern counts only those."""


@dataclass(frozen=True)
class PatternView:
    """What the promoted peers had in common, set beside the user's evidence."""

    total_peers: int
    """Promoted peers with something recorded of what they did."""
    dimensions: tuple[PatternRow, ...]
    """Dimensions with at least one peer, most shared first (ladder order on ties)."""
    kinds: tuple[PatternRow, ...]
    """Kinds of work with at least one peer, most shared first."""
    unrecorded: int = 0
    """Promoted peers with nothing recorded of what they did: left out of every
    count, since nothing can be said of them yet."""
    untagged: int = 0
    """Items of next-level work with neither a dimension nor a kind of work."""

    @property
    def missing(self) -> PatternMissing | None:
        """What must be recorded before a pattern shows; None when one does.

        The one rule behind every "nothing in common yet" line, so that the app
        and the command say the same thing is missing.
        """
        if self.kinds or self.dimensions:
            return None
        if self.untagged:
            return PatternMissing.TAGS
        return PatternMissing.NEXT_LEVEL_WORK

    @property
    def unrecorded_note(self) -> str:
        """Says how many peers the counts leave out; empty when none are."""
        if not self.unrecorded:
            return ""
        if self.unrecorded == 1:
            return catalogue.PEER_PATTERN_UNRECORDED_ONE
        return catalogue.PEER_PATTERN_UNRECORDED_MANY.format(count=self.unrecorded)

    @property
    def gaps(self) -> tuple[PatternRow, ...]:
        """Rows most peers show and the user lacks, most shared first."""
        rows = [row for row in (*self.kinds, *self.dimensions) if row.is_gap]
        return tuple(sorted(rows, key=lambda row: -row.share))

    @property
    def headline(self) -> str:
        """The one finding most worth reading; empty with no peers or no pattern."""
        row = self._headline_row()
        return row.sentence if row else ""

    @property
    def brief_headline(self) -> str:
        """The headline, shorter, for the home screen's one-line note."""
        row = self._headline_row()
        return row.brief if row else ""

    @property
    def home_note(self) -> str:
        """The brief headline, saying how many peers its counts leave out, for
        home's note; empty with no peers or no pattern.

        Home's note is all the user sees of the peers there: a peer recorded
        with a name only must not vanish from its count without a word.
        """
        headline = self.brief_headline
        if not headline or not self.unrecorded:
            return headline
        if self.unrecorded == 1:
            return catalogue.PEER_BRIEF_UNRECORDED_ONE.format(headline=headline)
        return catalogue.PEER_BRIEF_UNRECORDED_MANY.format(
            headline=headline, count=self.unrecorded
        )

    def _headline_row(self) -> PatternRow | None:
        if self.gaps:
            return self.gaps[0]
        rows = sorted((*self.kinds, *self.dimensions), key=lambda row: -row.share)
        return rows[0] if rows else None

    def dimension_shares(self) -> dict[str, tuple[int, int]]:
        """Dimension id → (peers showing it, peers recorded), for other views."""
        return {row.key: (row.peers, row.total_peers) for row in self.dimensions}


@dataclass(frozen=True)
class _WhoForms:
    """How a finding names the peers who showed it, by how many of them did."""

    one: str
    both: str
    every: str
    some: str


_SENTENCE_WHO = _WhoForms(
    catalogue.PEER_PATTERN_ONE,
    catalogue.PEER_PATTERN_BOTH,
    catalogue.PEER_PATTERN_ALL,
    catalogue.PEER_PATTERN_SOME,
)
_BRIEF_WHO = _WhoForms(
    catalogue.PEER_BRIEF_ONE,
    catalogue.PEER_BRIEF_BOTH,
    catalogue.PEER_BRIEF_ALL,
    catalogue.PEER_BRIEF_SOME,
)


def who_did(
    showing: Sequence[Peer], total: int, phrase: str, *, brief: bool = False
) -> str:
    """Who among the promoted peers did something, said the way a person would.

    Args:
        showing: the peers who did it.
        total: how many promoted peers are recorded.
        phrase: what they did ("led work across teams").
        brief: the shorter form for home's note, which already says "Peers:".

    Returns:
        "Priya led …" for the only peer recorded, "Both promoted peers …" or
        "All 3 promoted peers …" when every peer did it, else "2 of your 3
        promoted peers …"; briefly "Priya led …", "both …", "all 3 …" or
        "2 of 3 …".
    """
    forms = _BRIEF_WHO if brief else _SENTENCE_WHO
    count = len(showing)
    if count == total == 1:
        name = " ".join(showing[0].name.split()) or catalogue.PEER_UNNAMED
        return forms.one.format(name=name, phrase=phrase)
    if count == total == 2:
        return forms.both.format(phrase=phrase)
    if count == total and count:
        return forms.every.format(total=total, phrase=phrase)
    return forms.some.format(count=count, total=total, phrase=phrase)


@dataclass(frozen=True)
class _YoursForms:
    """How a finding counts the user's own wins, by what they have logged."""

    none: str
    not_next: str
    next: str


_SENTENCE_YOURS = _YoursForms(
    catalogue.PEER_YOURS_NONE,
    catalogue.PEER_YOURS_NOT_NEXT,
    catalogue.PEER_YOURS_NEXT,
)
_BRIEF_YOURS = _YoursForms(
    catalogue.PEER_BRIEF_NONE,
    catalogue.PEER_BRIEF_NOT_NEXT,
    catalogue.PEER_BRIEF_NEXT,
)


def your_wins(logged: int, next_level: int, where: str, *, brief: bool = False) -> str:
    """The user's side of a finding, naming which of their wins it counts.

    Every finding names the wins it counts ("across teams", "in Mentoring"):
    without it, the count reads as all the user's wins.

    Args:
        logged: the user's wins of the dimension or kind.
        next_level: of those, wins the latest review calls next-level.
        where: which wins these are, as ``WorkKind.where`` says it.
        brief: the shorter form for home's note, which follows "you: ".

    Returns:
        "you have 2 wins across teams logged, 1 of them next-level." or,
        briefly, "1 next-level win across teams".
    """
    forms = _BRIEF_YOURS if brief else _SENTENCE_YOURS
    if logged == 0:
        return forms.none.format(where=where)
    if next_level == 0:
        return forms.not_next.format(
            logged=logged, wins=_wins_word(logged), where=where
        )
    # The sentence counts every win logged, the brief note only the next-level ones.
    return forms.next.format(
        logged=logged,
        wins=_wins_word(logged),
        next_level=next_level,
        next_wins=_wins_word(next_level),
        where=where,
    )


def _wins_word(count: int) -> str:
    return "win" if count == 1 else "wins"


def _row(
    key: str,
    name: str,
    phrases: tuple[str, str, str],
    showing: Sequence[Peer],
    total: int,
    own: Sequence[Win],
    verdicts: Mapping[int, VerdictKind],
) -> PatternRow:
    phrase, brief_phrase, where = phrases
    next_level = sum(
        1 for win in own if verdicts.get(win.id or 0) is VerdictKind.NEXT_LEVEL
    )
    sentence = catalogue.PEER_PATTERN_SENTENCE.format(
        peers=who_did(showing, total, phrase),
        yours=your_wins(len(own), next_level, where),
    )
    brief = catalogue.PEER_BRIEF.format(
        peers=who_did(showing, total, brief_phrase, brief=True),
        yours=your_wins(len(own), next_level, where, brief=True),
    )
    peers = len(showing)
    return PatternRow(key, name, peers, total, len(own), next_level, sentence, brief)


def _most_shared(rows: list[PatternRow]) -> tuple[PatternRow, ...]:
    # Sorting is stable, so rows that tie keep the ladder's or the table's order.
    return tuple(sorted((r for r in rows if r.peers), key=lambda r: -r.peers))


def pattern_view(
    peers: Iterable[Peer],
    ladder: Ladder,
    wins: Iterable[Win],
    verdicts: Mapping[int, VerdictKind],
) -> PatternView:
    """Count what the promoted peers' next-level work had in common.

    A peer shows a dimension or a kind of work when at least one of their
    next-level items is tagged with it. The user's side counts their wins of the
    same dimension (by its tags) or kind (see ``kinds_of_win``: by its wording,
    or by a dimension naming the kind, so a kind never counts fewer wins than
    the dimension that names it), and how many of those the latest quarterly
    review calls next-level.

    Only peers with something recorded of what they did are counted; the
    others are only numbered (``PatternView.unrecorded``).

    Args:
        peers: every promoted peer recorded.
        ladder: the user's ladder, for dimension names and order.
        wins: every win of the user.
        verdicts: win id → latest review verdict (see ``gaps.latest_verdicts``).

    Returns:
        The rows for dimensions and kinds, most shared first, each with a
        sentence such as "3 of your 4 promoted peers led work across teams; you
        have no wins across teams logged.".
    """
    recorded = list(peers)
    # A peer with only a name says nothing of what it took; counted, they would
    # make every finding look rarer than it is.
    every_peer = [peer for peer in recorded if peer.items]
    all_wins = [win for win in wins if win.id is not None]
    total = len(every_peer)

    known = [d.id for d in ladder.dimensions]
    extra = clean_list(d for p in every_peer for d in p.dimensions if d not in known)
    dimension_rows = []
    for dimension_id in (*known, *extra):
        name = ladder.dimension_name(dimension_id)
        dimension_rows.append(
            _row(
                dimension_id,
                name,
                (
                    catalogue.PEER_DIMENSION_PHRASE.format(dimension=name),
                    catalogue.PEER_DIMENSION_BRIEF_PHRASE.format(dimension=name),
                    catalogue.PEER_DIMENSION_WHERE.format(dimension=name),
                ),
                [p for p in every_peer if dimension_id in p.dimensions],
                total,
                [w for w in all_wins if dimension_id in w.dimensions],
                verdicts,
            )
        )

    named = kind_dimensions(ladder)
    win_kinds = {win.id: kinds_of_win(win, named) for win in all_wins}
    kind_rows = [
        _row(
            kind.id,
            kind.name,
            (kind.phrase, kind.brief_phrase, kind.where),
            [p for p in every_peer if kind.id in p.kinds],
            total,
            [w for w in all_wins if kind.id in win_kinds[w.id]],
            verdicts,
        )
        for kind in WORK_KINDS
    ]
    return PatternView(
        total,
        _most_shared(dimension_rows),
        _most_shared(kind_rows),
        unrecorded=len(recorded) - total,
        untagged=sum(
            1
            for peer in every_peer
            for item in peer.next_level_items
            if not item.dimensions and not item.kinds
        ),
    )
