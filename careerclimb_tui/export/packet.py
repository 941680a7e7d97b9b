"""The promotion packet: the case for promotion as one Markdown document.

It gathers what the user has built up: where they stand on the ladder, the pitch,
what the manager asked for and the evidence against it, the problem they owned
with its before → after, every win grouped by ladder dimension with its latest
review verdict, and who outside the team noticed. ``collect_packet`` reads the
store; ``render_packet`` only builds text, and every piece of user text goes
through the escapes of ``export.markdown`` so that it reads exactly as typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.criteria import weak_evidence
from careerclimb_tui.domain.evidence import says_same_change, win_recognition
from careerclimb_tui.domain.gaps import as_judged, latest_verdicts, reviewed_times
from careerclimb_tui.domain.initiative import (
    FORWARD,
    Initiative,
    Stage,
    change,
    early_result_fact,
    owned_wording,
    result_wins_off_readings,
)
from careerclimb_tui.domain.ladder import Dimension, Ladder
from careerclimb_tui.domain.pitch import (
    PitchVersion,
    changes_since,
    earlier_target,
    numbers_on_record,
    on_record,
    told_title,
    unrecorded_figures,
    written_for_another_target,
)
from careerclimb_tui.domain.plain_text import plain_text
from careerclimb_tui.domain.quarters import Quarter, quarter_of
from careerclimb_tui.domain.recognition import group_recognition
from careerclimb_tui.domain.records import (
    Measure,
    Profile,
    Win,
    describe_measure,
    describe_under_kind,
    measure_kind,
)
from careerclimb_tui.domain.review import (
    Review,
    ReviewEntry,
    VerdictKind,
    dimensions_for_level,
    edited_since_review,
    latest_entries,
)
from careerclimb_tui.domain.sentences import sentence_start
from careerclimb_tui.export.markdown import escape_inline, escape_markdown
from careerclimb_tui.store.convert import UnreadableRecord, moment_from_json
from careerclimb_tui.store.criteria_docs import criteria
from careerclimb_tui.store.peers_docs import initiative_facts

if TYPE_CHECKING:
    from careerclimb_tui.store.repository import Store

PITCHES = "pitches"
CRITERIA = "criteria"

# The order wins are listed in under a dimension: the strongest evidence first.
_VERDICT_RANK = {
    VerdictKind.NEXT_LEVEL: 0,
    VerdictKind.UNCLEAR: 1,
    VerdictKind.CURRENT_LEVEL: 2,
    None: 3,
}


@dataclass(frozen=True)
class CriterionEntry:
    """One thing the manager asked for, as the packet shows it."""

    text: str
    status: str
    dimension: str
    """The ladder dimension id; empty when not filed under one."""
    example: str
    win_ids: tuple[int, ...]
    """The wins linked as evidence."""
    initiative_id: int | None = None
    """The problem the user owned, linked as evidence; None when there is none."""


@dataclass(frozen=True)
class OwnCall:
    """A verdict the user set in the review against the four questions' one."""

    kind: VerdictKind
    """The user's call: the verdict the packet shows."""
    computed: VerdictKind
    """What the four questions said."""
    note: str
    """Why the user made the call; empty when they gave no reason."""


def own_calls(entries: Mapping[int, ReviewEntry]) -> dict[int, OwnCall]:
    """The wins whose verdict is the user's own call, with their reason.

    Args:
        entries: win id → the review entry that counts (``latest_entries``).

    Returns:
        Win id → the call, for every overridden entry.
    """
    return {
        win_id: OwnCall(entry.override_kind, entry.verdict.kind, entry.override_note)
        for win_id, entry in entries.items()
        if entry.override_kind is not None
    }


@dataclass(frozen=True)
class Packet:
    """Everything the packet says, read from the store and not yet rendered."""

    prepared_on: dt.date
    ladder: Ladder
    profile: Profile | None
    period: str
    """Which wins are in, as the reader is told ("Wins of 2026Q3")."""
    wins: tuple[Win, ...]
    """The wins in the period, newest first."""
    every_win: Mapping[int, Win]
    """Every stored win by id, for evidence linked from outside the period."""
    verdicts: Mapping[int, VerdictKind]
    """Each reviewed win's latest verdict."""
    noticed: Mapping[int, tuple[str, ...]]
    """Who outside the team noticed each win: the win's own field and its latest
    review answer together, each person once (``evidence.win_recognition``)."""
    pitch: str = ""
    pitch_target: str = ""
    """The level id the pitch was written for; empty when it does not say."""
    pitch_changes: str = ""
    """What the user recorded after the pitch was saved ("1 win edited"), whose
    figures the pitch may lack; empty when nothing was."""
    pitch_unrecorded: tuple[str, ...] = ()
    """The figures the pitch states that none of the records holds, as the
    pitch screen flags them. Told to the user (``notes_for_user``), never
    written into the packet."""
    criteria: tuple[CriterionEntry, ...] = ()
    initiatives: tuple[Initiative, ...] = ()
    """The problems owned, most advanced first; dropped ones are left out."""
    every_initiative: Mapping[int, Initiative] = field(default_factory=dict)
    """Every stored problem by id, dropped ones too, for the one a criterion
    names as evidence."""
    own_calls: Mapping[int, OwnCall] = field(default_factory=dict)
    """The verdicts the user set against the four questions, with their reason:
    a reader of the packet needs to know which verdicts are whose, and why."""
    judged_at: Mapping[int, dt.datetime] = field(default_factory=dict)
    """When a finished review last judged each win (``gaps.reviewed_times``): a
    dimension linked to a win after that is not evidence yet, as in the gap view."""
    edited: frozenset[int] = frozenset()
    """The reviewed wins edited since their review last judged them
    (``review.edited_since_review``): their verdict may no longer hold. Told to
    the user (``notes_for_user``), never written into the packet."""
    scope: str = ""
    """Which wins the packet is limited to ("the wins of 2026Q3"); empty when
    it holds every win. The pitch, the criteria and the problem owned are the
    whole case whatever the period, and say so when there is one."""
    off_readings: Mapping[int, str] = field(default_factory=dict)
    """Result wins whose numbers their problem's readings no longer show, with
    what the readings say now (``initiative.result_wins_off_readings``)."""


# --- reading what the packet needs ------------------------------------------------


def filters_apart(since: dt.date | None, quarter: Quarter | None) -> bool:
    """True when a packet's two filters share no day: a since-date after the
    last day of the quarter chosen leaves no win to show.

    Args:
        since: the first day a win may have; None for any.
        quarter: the quarter a win must fall in; None for any.

    Returns:
        Whether no date can pass both; False when either filter is unset.
    """
    return since is not None and quarter is not None and since > quarter.last_day


def starts_after_today(
    since: dt.date | None, quarter: Quarter | None, today: dt.date
) -> bool:
    """True when a packet's period begins after today.

    No win is dated later than today, so such a packet could hold none.

    Args:
        since: the first day a win may have; None for any.
        quarter: the quarter a win must fall in; None for any.
        today: the user's local date.

    Returns:
        Whether the since-date, or the quarter's first day, is after today.
    """
    if since is not None and since > today:
        return True
    return quarter is not None and quarter.first_day > today


def _period(since: dt.date | None, quarter: Quarter | None) -> str:
    if quarter is not None and since is not None:
        return catalogue.PACKET_PERIOD_BOTH.format(quarter=quarter, since=since)
    if quarter is not None:
        return catalogue.PACKET_PERIOD_QUARTER.format(quarter=quarter)
    if since is not None:
        return catalogue.PACKET_PERIOD_SINCE.format(since=since)
    return catalogue.PACKET_PERIOD_ALL


def _scope(since: dt.date | None, quarter: Quarter | None) -> str:
    if quarter is not None and since is not None:
        return catalogue.PACKET_SCOPE_BOTH.format(quarter=quarter, since=since)
    if quarter is not None:
        return catalogue.PACKET_SCOPE_QUARTER.format(quarter=quarter)
    if since is not None:
        return catalogue.PACKET_SCOPE_SINCE.format(since=since)
    return ""


def pitch_text(documents: Sequence[tuple[int, dict[str, Any]]]) -> str:
    """The text of the newest saved version of the pitch.

    The pitch is kept by another part of the app, one document per version; only
    its ``text`` field is relied on here, and a document without one is passed
    over rather than stopping the packet.

    Args:
        documents: (id, document) pairs of the pitches table.

    Returns:
        The text, or an empty string when there is none.
    """

    text = _newest_pitch(documents).get("text")
    return text.strip() if isinstance(text, str) else ""


def pitch_target(documents: Sequence[tuple[int, dict[str, Any]]]) -> str:
    """The level id the newest saved version of the pitch was written for.

    Args:
        documents: (id, document) pairs of the pitches table.

    Returns:
        The level id; empty when the version does not say, or there is none.
    """
    level = _newest_pitch(documents).get("target_level")
    return level.strip() if isinstance(level, str) else ""


def pitch_saved_at(
    documents: Sequence[tuple[int, dict[str, Any]]],
) -> dt.datetime | None:
    """When the newest saved version of the pitch was saved.

    Args:
        documents: (id, document) pairs of the pitches table.

    Returns:
        The moment (UTC); None when there is no version, or it does not say.
    """
    try:
        return moment_from_json(_newest_pitch(documents).get("created_at"))
    except UnreadableRecord:
        return None


def _newest_pitch(documents: Sequence[tuple[int, dict[str, Any]]]) -> dict[str, Any]:
    """The newest pitch document with some text; empty when there is none."""

    def newest(item: tuple[int, dict[str, Any]]) -> tuple[str, int]:
        stamp = item[1].get("updated_at")
        return (stamp if isinstance(stamp, str) else "", item[0])

    for _, doc in sorted(documents, key=newest, reverse=True):
        text = doc.get("text")
        if isinstance(text, str) and text.strip():
            return doc
    return {}


def criteria_entries(
    documents: Sequence[tuple[int, dict[str, Any]]],
) -> tuple[CriterionEntry, ...]:
    """The manager's criteria among stored criterion documents, in stored order.

    Documents without a text are left out; fields of an unexpected kind read as
    empty rather than stopping the packet.

    Args:
        documents: (id, document) pairs of the criteria table.

    Returns:
        The criteria.
    """

    def text(doc: dict[str, Any], name: str) -> str:
        value = doc.get(name)
        return value.strip() if isinstance(value, str) else ""

    found: list[CriterionEntry] = []
    for _, doc in documents:
        if not text(doc, "text"):
            continue
        raw_ids = doc.get("win_ids")
        ids = tuple(
            i
            for i in (raw_ids if isinstance(raw_ids, list) else [])
            if isinstance(i, int) and not isinstance(i, bool)
        )
        raw_initiative = doc.get("initiative_id")
        initiative_id = (
            raw_initiative
            if isinstance(raw_initiative, int) and not isinstance(raw_initiative, bool)
            else None
        )
        found.append(
            CriterionEntry(
                text=text(doc, "text"),
                status=text(doc, "status") or catalogue.PACKET_STATUS_UNKNOWN,
                dimension=text(doc, "dimension"),
                example=text(doc, "example"),
                win_ids=ids,
                initiative_id=initiative_id,
            )
        )
    return tuple(found)


def _stored_initiatives(store: Store) -> tuple[Initiative, ...]:
    try:
        from careerclimb_tui.store.initiative_docs import initiatives
    except ImportError:
        return ()
    return tuple(initiatives(store))


def _owned(every: Iterable[Initiative]) -> tuple[Initiative, ...]:
    """The problems the packet tells the story of: most advanced first, dropped
    ones left out."""
    kept = [i for i in every if i.stage is not Stage.DROPPED]

    def progress(initiative: Initiative) -> int:
        stage = initiative.stage
        return FORWARD.index(stage) if stage in FORWARD else -1

    return tuple(sorted(kept, key=progress, reverse=True))


def _pitch_changes(
    store: Store,
    pitches: Sequence[tuple[int, dict[str, Any]]],
    wins: Sequence[Win],
    reviews: Sequence[Review],
    initiatives: Sequence[Initiative],
) -> str:
    """What was recorded after the packet's pitch was saved, as the pitch screen
    counts it (``changes_since``); empty when nothing was, or nobody knows."""
    saved = pitch_saved_at(pitches)
    if saved is None:
        return ""
    version = PitchVersion(pitch_text(pitches), created_at=saved)
    changes = changes_since(version, wins, reviews, criteria(store), initiatives)
    return changes.describe()


def _pitch_unrecorded(
    store: Store,
    pitches: Sequence[tuple[int, dict[str, Any]]],
    wins: Sequence[Win],
    reviews: Sequence[Review],
    initiatives: Sequence[Initiative],
) -> tuple[str, ...]:
    """The figures of the packet's pitch that no record holds, read against
    the same records as on the pitch screen (``unrecorded_figures``)."""
    text = pitch_text(pitches)
    if not text.strip():
        return ()
    also = on_record(criteria(store), initiatives)
    recorded = numbers_on_record(wins, reviews, initiative_facts(store), also)
    return unrecorded_figures(text, recorded)


def collect_packet(
    store: Store,
    ladder: Ladder,
    profile: Profile | None,
    today: dt.date,
    *,
    since: dt.date | None = None,
    quarter: Quarter | None = None,
) -> Packet:
    """Read what the packet says from the store.

    Args:
        store: the user's data.
        ladder: the profile's ladder.
        profile: the profile, or None before set-up.
        today: the user's local date, shown as the day the packet was prepared.
        since: only wins dated on or after this day.
        quarter: only wins dated in this quarter.

    Returns:
        The packet, ready to render.
    """
    every = store.wins()
    wins = tuple(
        win
        for win in every
        if (since is None or win.date >= since)
        and (quarter is None or quarter.contains(win.date))
    )
    reviews = store.reviews()
    stored = _stored_initiatives(store)
    pitches = store.documents(PITCHES)

    entries = latest_entries(reviews)
    noticed: dict[int, tuple[str, ...]] = {}
    edited: set[int] = set()
    for win in every:
        if win.id is not None:
            entry = entries.get(win.id)
            answer = entry.answers.noticed if entry is not None else None
            noticed[win.id] = win_recognition(win, answer)
            if edited_since_review(entry, win):
                edited.add(win.id)

    return Packet(
        prepared_on=today,
        ladder=ladder,
        profile=profile,
        period=_period(since, quarter),
        wins=wins,
        every_win={win.id: win for win in every if win.id is not None},
        verdicts=latest_verdicts(reviews),
        noticed=noticed,
        pitch=pitch_text(pitches),
        pitch_target=pitch_target(pitches),
        pitch_changes=_pitch_changes(store, pitches, every, reviews, stored),
        pitch_unrecorded=_pitch_unrecorded(store, pitches, every, reviews, stored),
        criteria=criteria_entries(store.documents(CRITERIA)),
        initiatives=_owned(stored),
        every_initiative={i.id: i for i in stored if i.id is not None},
        own_calls=own_calls(entries),
        judged_at=reviewed_times(reviews),
        edited=frozenset(edited),
        scope=_scope(since, quarter),
        off_readings=result_wins_off_readings(stored, {w.id: w for w in every}),
    )


# --- rendering --------------------------------------------------------------------


def _indented(markdown: str, indent: int) -> str:
    """Markdown text continued under a list item: every line after the first
    indented to the item's content, so it stays inside the item."""
    pad = " " * indent
    lines = markdown.split("\n")
    return "\n".join([lines[0], *(pad + line if line else "" for line in lines[1:])])


def _item(label: str, text: str, depth: int = 0) -> str:
    """A list item "Label: text", where the text may run over several lines."""
    pad = "  " * depth
    body = _indented(escape_markdown(text), len(pad) + 2)
    return f"{pad}- {label}: {body}"


def measure_text(measure: Measure | None) -> str:
    """A measure as the packet shows it: "CI duration 24 → 9 minutes, −63%".

    A percentage moves in points: "Change failure rate 20% → 12%, −8 points".
    """
    if measure is None or not measure.is_complete:
        return ""
    return describe_measure(measure, moved=True)


def _verdict(packet: Packet, win: Win) -> str:
    kind = packet.verdicts.get(win.id or 0)
    if kind is None:
        return catalogue.PACKET_NOT_REVIEWED
    if win.id in packet.own_calls:
        return catalogue.PACKET_OWN_CALL.format(kind=kind.label)
    # A win edited since its review keeps its verdict here: the packet is for
    # the committee, and the user is told apart (``notes_for_user``).
    return kind.label


def _own_call_line(call: OwnCall, depth: int) -> str:
    """The user's call on a win and their reason, beside the questions' verdict."""
    kind, computed = call.kind.label, call.computed.label
    if call.note.strip():
        label = catalogue.PACKET_OWN_CALL_WHY.format(kind=kind, computed=computed)
        return _item(label, call.note, depth)
    plain = catalogue.PACKET_OWN_CALL_NO_NOTE.format(kind=kind, computed=computed)
    return "  " * depth + f"- {plain}"


def win_heading(win: Win) -> str:
    """What heads a win in the packet: what the user did, in their own words.

    One rule for every win, so the list reads alike: the title, or its opening
    part when wording further on would be questioned beside the result
    (``told_title``). The change is never the heading; it is told under it,
    where a vague one reads as what it is.

    Args:
        win: the win, as logged.

    Returns:
        The title or its opening part.
    """
    return told_title(win.title, win.measure, win.what_changed) or win.title


def _win_line(packet: Packet, win: Win) -> str:
    """The win's date, verdict and heading (``win_heading``)."""
    return catalogue.PACKET_WIN_LINE.format(
        date=win.date.isoformat(),
        verdict=_verdict(packet, win),
        title=escape_inline(win_heading(win)),
    )


def _pending_line(packet: Packet, win: Win) -> str:
    """A win under a dimension no review has judged it with yet: its date, why
    it does not count there yet, and its headline, with no verdict."""
    waiting = (
        catalogue.PACKET_PENDING_AWAITING
        if packet.judged_at.get(win.id or 0) is None
        else catalogue.PACKET_PENDING_ADDED_AFTER
    )
    return catalogue.PACKET_WIN_LINE.format(
        date=win.date.isoformat(),
        verdict=waiting,
        title=escape_inline(win_heading(win)),
    )


def _win_details(packet: Packet, win: Win, depth: int) -> list[str]:
    lines: list[str] = []
    call = packet.own_calls.get(win.id or 0)
    if call is not None:
        lines.append(_own_call_line(call, depth))
    if win_heading(win) != win.title:
        # The title's opening part heads the win; the whole title is still the
        # user's own record of what they did.
        lines.append(_item(catalogue.PACKET_LOGGED_AS, win.title, depth))
    changed = bool(win.what_changed.strip())
    if changed and not says_same_change(win.title, win.what_changed, win.measure):
        lines.append(_item(catalogue.PACKET_CHANGED, win.what_changed, depth))
    measure = win.measure
    if measure is not None and measure.is_complete:
        # Under its kind's heading: "Saving: $40k a year", not "saved" again.
        measured = describe_under_kind(measure, moved=True)
        lines.append(_item(measure_kind(measure), measured, depth))
    off = packet.off_readings.get(win.id or 0)
    if off and measure is not None and measure.is_complete:
        # Said under the numbers it questions, as the problem's own before →
        # after elsewhere in the packet tells another result.
        lines.append(_item(catalogue.PACKET_OFF_READINGS, sentence_start(off), depth))
    if win.beneficiaries.strip():
        lines.append(_item(catalogue.PACKET_BENEFICIARIES, win.beneficiaries, depth))
    names = packet.noticed.get(win.id or 0, ())
    if names:
        lines.append(_item(catalogue.PACKET_NOTICED, ", ".join(names), depth))
    return lines


def _ordered(packet: Packet, wins: Iterable[Win]) -> list[Win]:
    """Strongest evidence first, then newest first."""
    by_date = sorted(wins, key=lambda w: (w.date, w.id or 0), reverse=True)
    return sorted(by_date, key=lambda w: _VERDICT_RANK[packet.verdicts.get(w.id or 0)])


def _dimensions(packet: Packet) -> tuple[Dimension, ...]:
    if packet.profile is None:
        return packet.ladder.dimensions
    return dimensions_for_level(packet.ladder, packet.profile.target_level)


def _header_lines(packet: Packet) -> list[str]:
    profile = packet.profile
    ladder = packet.ladder
    name = profile.name.strip() if profile else ""
    title = (
        catalogue.PACKET_TITLE_NAMED.format(name=escape_inline(name))
        if name
        else catalogue.PACKET_TITLE
    )
    lines = [f"# {title}", ""]
    if profile is None:
        lines.append(f"- {catalogue.PACKET_NO_PROFILE}")
    else:

        def level_text(level_id: str) -> str:
            level = ladder.level(level_id)
            if level is None:
                return escape_inline(level_id)
            aliases = level.alias_text()
            shown = f"{level.title} ({aliases})" if aliases else level.title
            return escape_inline(shown)

        levels = catalogue.PACKET_LEVELS.format(
            current=level_text(profile.current_level),
            target=level_text(profile.target_level),
        )
        lines.append(f"- {levels}")
        ladder_title = escape_inline(ladder.title)
        lines.append(f"- {catalogue.PACKET_LADDER.format(ladder=ladder_title)}")
        if profile.cycle_closes is not None:
            closes = profile.cycle_closes.isoformat()
            lines.append(f"- {catalogue.PACKET_CYCLE.format(date=closes)}")
    counts = {kind: 0 for kind in _VERDICT_RANK}
    for win in packet.wins:
        counts[packet.verdicts.get(win.id or 0)] += 1
    lines.append(
        "- "
        + catalogue.PACKET_COUNTS.format(
            period=packet.period,
            wins=len(packet.wins),
            next_level=counts[VerdictKind.NEXT_LEVEL],
            current=counts[VerdictKind.CURRENT_LEVEL],
            unclear=counts[VerdictKind.UNCLEAR],
            unreviewed=counts[None],
        )
    )
    calls = sum(1 for win in packet.wins if win.id in packet.own_calls)
    if calls:
        own = (
            catalogue.PACKET_OWN_CALLS_ONE
            if calls == 1
            else catalogue.PACKET_OWN_CALLS_MANY.format(count=calls)
        )
        lines.append(f"- {own}")
    prepared = catalogue.PACKET_PREPARED.format(date=packet.prepared_on.isoformat())
    lines.append(f"- {prepared}")
    return [*lines, ""]


def _pitch_lines(packet: Packet) -> list[str]:
    if not packet.pitch:
        return []
    lines = [f"## {catalogue.PACKET_PITCH}", ""]
    target = packet.profile.target_level if packet.profile else ""
    written = PitchVersion(packet.pitch, target_level=packet.pitch_target)
    earlier = earlier_target(written, target)
    # Kept, with a warning: the user's own words, but perhaps arguing for a
    # level that is no longer the one asked for.
    note = ""
    if earlier:
        note = catalogue.PACKET_PITCH_OLD_TARGET.format(
            earlier=_level_title(packet.ladder, earlier),
            target=_level_title(packet.ladder, target),
        )
    elif written_for_another_target(written, target):
        note = catalogue.PACKET_PITCH_UNKNOWN_TARGET.format(
            target=_level_title(packet.ladder, target)
        )
    # Kept too when the records moved on since: the words are the ones the user
    # rehearsed, and a draft would drop their edits; the reader is told to
    # check its figures against the evidence that follows.
    if packet.pitch_changes:
        template = (
            catalogue.PACKET_PITCH_CHANGED_TOO
            if note
            else catalogue.PACKET_PITCH_CHANGED
        )
        changed = template.format(changes=packet.pitch_changes)
        note = f"{note} {changed}" if note else changed
    if packet.scope:
        every = catalogue.PACKET_PITCH_EVERY_DATE.format(scope=packet.scope)
        note = f"{note} {every}" if note else every
    if note:
        lines += [f"*{note}*", ""]
    return [*lines, escape_markdown(packet.pitch), ""]


def _level_title(ladder: Ladder, level_id: str) -> str:
    level = ladder.level(level_id)
    return escape_inline(level.title if level is not None else level_id)


def _evidence_lines(packet: Packet, win_ids: Iterable[int], depth: int) -> list[str]:
    lines = []
    for win_id in win_ids:
        win = packet.every_win.get(win_id)
        if win is not None:
            lines.append("  " * depth + f"- {_win_line(packet, win)}")
    return lines


def _criterion_evidence_lines(packet: Packet, win_ids: Iterable[int]) -> list[str]:
    """The wins linked to a criterion, each that does not yet read as evidence
    for it marked with why (``criteria.weak_evidence``)."""
    lines = []
    for win_id in win_ids:
        win = packet.every_win.get(win_id)
        if win is None:
            continue
        line = f"  - {_win_line(packet, win)}"
        weak = weak_evidence(win, packet.verdicts.get(win_id))
        if weak is not None:
            line += catalogue.PACKET_NOT_YET_EVIDENCE.format(why=weak.packet_note)
        lines.append(line)
    return lines


def _initiative_evidence_line(packet: Packet, initiative_id: int, depth: int) -> str:
    """The problem linked to a criterion: its title, its stage and, once measured,
    its before → after."""
    pad = "  " * depth
    initiative = packet.every_initiative.get(initiative_id)
    if initiative is None:
        return f"{pad}- {catalogue.PACKET_INITIATIVE_GONE}"
    template = owned_wording(
        initiative.stage,
        catalogue.PACKET_INITIATIVE_LINE,
        catalogue.PACKET_INITIATIVE_LINE_OPEN,
    )
    line = template.format(
        stage=initiative.stage.label, title=escape_inline(initiative.title)
    )
    measured = measure_text(change(initiative))
    if measured:
        line += catalogue.PACKET_INITIATIVE_MEASURED.format(
            change=escape_inline(measured)
        )
    return f"{pad}- {line}"


def _every_date_note(packet: Packet, template: str) -> list[str]:
    """The note under a section that covers every date, when the packet is
    limited to a period; nothing otherwise."""
    if not packet.scope:
        return []
    return [f"*{template.format(scope=packet.scope)}*", ""]


def _criteria_lines(packet: Packet) -> list[str]:
    if not packet.criteria:
        return []
    lines = [f"## {catalogue.PACKET_CRITERIA}", ""]
    lines += _every_date_note(packet, catalogue.PACKET_CRITERIA_EVERY_DATE)
    for criterion in packet.criteria:
        lines += [f"### {escape_inline(criterion.text)}", ""]
        lines.append(_item(catalogue.PACKET_STATUS, criterion.status))
        if criterion.dimension:
            name = packet.ladder.dimension_name(criterion.dimension)
            lines.append(_item(catalogue.PACKET_DIMENSION, name))
        if criterion.example:
            lines.append(_item(catalogue.PACKET_EXAMPLE, criterion.example))
        evidence = _criterion_evidence_lines(packet, criterion.win_ids)
        if criterion.initiative_id is not None:
            # The problem owned is the bigger story, so it leads.
            first = _initiative_evidence_line(packet, criterion.initiative_id, 1)
            evidence.insert(0, first)
        if evidence:
            lines += [f"- {catalogue.PACKET_EVIDENCE}", *evidence]
        else:
            lines.append(f"- {catalogue.PACKET_NO_EVIDENCE}")
        lines.append("")
    return lines


def _story_lines(packet: Packet, initiative: Initiative) -> list[str]:
    template = owned_wording(
        initiative.stage, catalogue.PACKET_STORY, catalogue.PACKET_STORY_OPEN
    )
    heading = template.format(title=escape_inline(initiative.title))
    lines = [f"## {heading}", ""]
    lines += _every_date_note(packet, catalogue.PACKET_STORY_EVERY_DATE)
    lines.append(_item(catalogue.PACKET_STAGE, initiative.stage.label))
    fields = (
        (catalogue.PACKET_STORY_PROBLEM, initiative.description),
        (catalogue.PACKET_STORY_EVIDENCE, initiative.evidence),
        (catalogue.PACKET_STORY_FIX, initiative.proposed_fix),
    )
    for label, text in fields:
        if text.strip():
            lines.append(_item(label, text))
    measure = change(initiative)
    latest = initiative.latest_reading
    if measure is not None and initiative.baseline is not None and latest is not None:
        changed = measure_text(measure) or describe_measure(measure)
        # Only the fact: the advice to take another reading is for the user,
        # in the app, not for the people who read the packet.
        early = early_result_fact(initiative)
        result = (
            catalogue.PACKET_STORY_RESULT_EARLY.format(change=changed, note=early)
            if early
            else catalogue.PACKET_STORY_RESULT.format(
                change=changed,
                start=initiative.baseline.date.isoformat(),
                end=latest.date.isoformat(),
            )
        )
        lines.append(_item(catalogue.PACKET_MEASURE, result))
    teams = initiative.stakeholders.other_teams
    if teams:
        lines.append(_item(catalogue.PACKET_STORY_TEAMS, ", ".join(teams)))
    evidence = _evidence_lines(packet, initiative.win_ids, 1)
    if evidence:
        lines += [f"- {catalogue.PACKET_STORY_WINS}", *evidence]
    return [*lines, ""]


def _wins_lines(packet: Packet) -> list[str]:
    lines = [f"## {catalogue.PACKET_WINS}", ""]
    if not packet.wins:
        return [*lines, catalogue.PACKET_NO_WINS, ""]

    dimensions = _dimensions(packet)
    known = {dimension.id for dimension in dimensions}
    first_shown: dict[int, str] = {}
    # A dimension linked to a win since its last review is no evidence for it
    # yet: no review has judged the win with it. The win is still listed under
    # it, after the counted ones and marked as the gap view marks it, never
    # with a verdict that would count it.
    judged = [as_judged(w, packet.judged_at.get(w.id or 0)) for w in packet.wins]
    groups: list[tuple[str, list[Win], list[Win], str]] = [
        (
            dimension.name,
            [w for w in judged if dimension.id in w.dimensions],
            [
                win
                for win, as_seen in zip(packet.wins, judged, strict=True)
                if dimension.id in win.dimensions
                and dimension.id not in as_seen.dimensions
            ],
            catalogue.PACKET_DIMENSION_EMPTY,
        )
        for dimension in dimensions
    ]
    unplaced = [w for w in packet.wins if not known & set(w.dimensions)]
    if unplaced:
        groups.append((catalogue.PACKET_UNPLACED, unplaced, [], ""))

    for name, wins, pending, empty in groups:
        lines += [f"### {escape_inline(name)}", ""]
        if not wins and not pending:
            lines += [empty, ""]
            continue
        listed = [(win, False) for win in _ordered(packet, wins)]
        listed += [(win, True) for win in _ordered(packet, pending)]
        for win, waits in listed:
            shown = _pending_line(packet, win) if waits else _win_line(packet, win)
            line = f"- {shown}"
            shown_under = first_shown.get(win.id or 0)
            if shown_under is not None:
                see = catalogue.PACKET_SEE_ABOVE.format(
                    dimension=escape_inline(shown_under)
                )
                lines.append(f"{line} {see}")
                continue
            first_shown[win.id or 0] = name
            lines += [line, *_win_details(packet, win, 1)]
        lines.append("")
    return lines


def _recognition_lines(packet: Packet) -> list[str]:
    lines = [f"## {catalogue.PACKET_RECOGNITION}", ""]
    groups = group_recognition(
        (win.id, packet.noticed.get(win.id, ()))
        for win in packet.wins
        if win.id is not None
    )
    if not groups:
        return [*lines, catalogue.PACKET_NO_RECOGNITION, ""]
    for group in groups:
        lines.append(f"- {escape_inline(group.name)}")
        named = [(packet.every_win[win_id], people) for win_id, people in group.wins]
        for win, people in sorted(named, key=lambda pair: pair[0].date, reverse=True):
            told = catalogue.PACKET_RECOGNISED_WIN.format(
                date=win.date.isoformat(), title=escape_inline(win_heading(win))
            )
            if people:
                told = catalogue.PACKET_RECOGNISED_BY.format(
                    people=escape_inline(", ".join(people)), win=told
                )
            lines.append(f"  - {told}")
    return [*lines, ""]


def shown_win_ids(packet: Packet) -> set[int]:
    """The ids of every win the packet shows: those of its period, and those
    linked as evidence to a criterion or to a problem owned."""
    shown = {win.id for win in packet.wins if win.id is not None}
    for criterion in packet.criteria:
        shown.update(criterion.win_ids)
    for initiative in packet.initiatives:
        shown.update(initiative.win_ids)
    return shown & set(packet.every_win)


def notes_for_user(packet: Packet, *, command_line: bool = False) -> tuple[str, ...]:
    """What the user should know before sharing the packet, kept out of it.

    Args:
        packet: what ``collect_packet`` read.
        command_line: whether the notes are printed by a command, where the
            app's keys do not work: they then name the quarters to review again
            and the command that opens their reviews.

    Returns:
        Sentences for the user: the pitch's figures that no record holds,
        and the wins shown whose verdict may no longer hold since they were
        edited after their review; none when there is nothing to tell.
    """
    notes = []
    figures = pitch_figures_note(packet)
    if figures:
        notes.append(figures)
    edited = sorted(packet.edited & shown_win_ids(packet))
    if edited and command_line:
        notes.append(_edited_note_for_command_line(packet, edited))
    elif len(edited) == 1:
        title = win_heading(packet.every_win[edited[0]])
        notes.append(catalogue.PACKET_EDITED_ONE.format(title=title))
    elif edited:
        notes.append(catalogue.PACKET_EDITED_MANY.format(count=len(edited)))
    return tuple(notes)


def pitch_figures_note(packet: Packet) -> str:
    """Tell the user which figures of the packet's pitch no record holds.

    Args:
        packet: what ``collect_packet`` read.

    Returns:
        One sentence naming them, for the user and not for the packet; empty
        when every figure is on record, or there is no pitch.
    """
    figures = packet.pitch_unrecorded
    if not figures:
        return ""
    if len(figures) == 1:
        return catalogue.PACKET_PITCH_FIGURE_UNRECORDED.format(figure=figures[0])
    named = catalogue.PACKET_PITCH_FIGURES_JOINED.format(
        some=", ".join(figures[:-1]), last=figures[-1]
    )
    return catalogue.PACKET_PITCH_FIGURES_UNRECORDED.format(figures=named)


def _edited_note_for_command_line(packet: Packet, edited: Sequence[int]) -> str:
    """The note on edited wins, naming the quarters whose reviews to run again."""
    start_month = packet.profile.fiscal_year_start_month if packet.profile else 1
    quarters = sorted(
        {quarter_of(packet.every_win[win_id].date, start_month) for win_id in edited}
    )
    names = [str(quarter) for quarter in quarters]
    if len(names) == 1:
        reviews = catalogue.PACKET_REVIEW_OF_ONE_CLI.format(quarter=names[0])
        which = names[0]
    else:
        reviews = catalogue.PACKET_REVIEWS_OF_MANY_CLI.format(
            quarters=", ".join(names[:-1]), last=names[-1]
        )
        which = catalogue.PACKET_EACH_QUARTER_CLI
    if len(edited) == 1:
        return catalogue.PACKET_EDITED_ONE_CLI.format(
            title=win_heading(packet.every_win[edited[0]]),
            reviews=reviews,
            quarters=which,
        )
    return catalogue.PACKET_EDITED_MANY_CLI.format(
        count=len(edited), reviews=reviews, quarters=which
    )


def render_packet(packet: Packet) -> str:
    """The packet as a Markdown document.

    Args:
        packet: what ``collect_packet`` read.

    Returns:
        The document, ending in a single newline. Sections with nothing in them
        (no pitch, no criteria, no initiative) are left out; the wins and the
        recognition sections are always there, saying so when they are empty.
    """
    lines = _header_lines(packet)
    lines += _pitch_lines(packet)
    lines += _criteria_lines(packet)
    for initiative in packet.initiatives:
        lines += _story_lines(packet, initiative)
    lines += _wins_lines(packet)
    lines += _recognition_lines(packet)
    # Whatever reached a line without an escape function is made plain too.
    return plain_text("\n".join(lines), lines=True).rstrip("\n") + "\n"


def packet_markdown(
    store: Store,
    ladder: Ladder,
    profile: Profile | None,
    today: dt.date,
    *,
    since: dt.date | None = None,
    quarter: Quarter | None = None,
) -> str:
    """Read and render the promotion packet in one step.

    Args:
        store: the user's data.
        ladder: the profile's ladder.
        profile: the profile, or None before set-up.
        today: the user's local date.
        since: only wins dated on or after this day.
        quarter: only wins dated in this quarter.

    Returns:
        The Markdown document.
    """
    packet = collect_packet(store, ladder, profile, today, since=since, quarter=quarter)
    return render_packet(packet)
