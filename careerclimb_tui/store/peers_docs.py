"""Mapping promoted peers and pitch versions to and from the data file.

Peers live in the "peers" table and every saved version of the pitch in the
"pitches" table, one document each. The pitch also reads the "initiatives" table,
which another part of the app owns; it reads it field by field and skips what it
cannot use, so a change there can never stop the pitch from opening. Every text
is read without control characters, as ``store.convert`` reads it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from careerclimb_tui.domain.initiative import result_held
from careerclimb_tui.domain.peers import Peer, PeerItem, Signal
from careerclimb_tui.domain.pitch import InitiativeFacts, PitchVersion
from careerclimb_tui.domain.records import Measure
from careerclimb_tui.store import tables
from careerclimb_tui.store.convert import (
    UnreadableRecord,
    moment_from_json,
    moment_to_json,
    plain_stored,
    text_list,
)
from careerclimb_tui.store.convert import text_field as _text
from careerclimb_tui.store.initiative_docs import initiative_from_json

if TYPE_CHECKING:
    from careerclimb_tui.store.repository import Store

PEERS = "peers"
PITCHES = "pitches"
INITIATIVES = "initiatives"
"""Read only, and defensively: the initiatives' own module writes it."""

_PEER_FIELDS = {
    "name",
    "from_level",
    "to_level",
    "promoted_in",
    "items",
    "visibility",
    "advice",
    "created_at",
    "updated_at",
}
_PITCH_FIELDS = {"text", "created_at", "updated_at", "target_level"}
_RESULT_STAGES = {"measuring", "done"}
# The fix is under way from the driving stage on, not only proposed.
_DRIVEN_STAGES = {"driving", *_RESULT_STAGES}


def _texts(doc: dict[str, Any], name: str) -> tuple[str, ...]:
    return text_list(doc.get(name) or [], name)


# --- Peers ----------------------------------------------------------------------


def _item_to_json(item: PeerItem) -> dict[str, Any]:
    return {
        "text": item.text,
        "dimensions": list(item.dimensions),
        "signal": item.signal.value,
        "kinds": list(item.kinds),
    }


def _item_from_json(doc: Any) -> PeerItem:
    if not isinstance(doc, dict):
        raise UnreadableRecord("an item must be a mapping")
    try:
        signal = Signal(doc.get("signal") or Signal.NEXT_LEVEL.value)
    except ValueError:
        raise UnreadableRecord(f"unknown signal {doc.get('signal')!r}") from None
    return PeerItem(
        text=_text(doc, "text"),
        dimensions=_texts(doc, "dimensions"),
        signal=signal,
        kinds=_texts(doc, "kinds"),
    )


def peer_to_json(peer: Peer) -> dict[str, Any]:
    """The document stored for a peer (its id is the document id)."""
    doc = dict(peer.extra)
    doc.update(
        name=peer.name,
        from_level=peer.from_level,
        to_level=peer.to_level,
        promoted_in=peer.promoted_in,
        items=[_item_to_json(item) for item in peer.items],
        visibility=peer.visibility,
        advice=peer.advice,
        created_at=moment_to_json(peer.created_at),
        updated_at=moment_to_json(peer.updated_at),
    )
    return doc


def peer_from_json(doc: dict[str, Any], doc_id: int) -> Peer:
    """Build a peer from its document.

    Raises:
        UnreadableRecord: when a field holds something a peer cannot.
    """
    items = doc.get("items") or []
    if not isinstance(items, list):
        raise UnreadableRecord("items must be a list")
    name = _text(doc, "name")
    if not name.strip():
        raise UnreadableRecord("a peer needs a name or initials")
    return Peer(
        id=doc_id,
        name=name,
        from_level=_text(doc, "from_level"),
        to_level=_text(doc, "to_level"),
        promoted_in=_text(doc, "promoted_in"),
        items=tuple(_item_from_json(item) for item in items),
        visibility=_text(doc, "visibility"),
        advice=_text(doc, "advice"),
        created_at=moment_from_json(doc.get("created_at")),
        updated_at=moment_from_json(doc.get("updated_at")),
        extra={k: v for k, v in doc.items() if k not in _PEER_FIELDS},
    )


def peers(store: Store) -> list[Peer]:
    """Every readable peer, in id order; unreadable ones go to ``store.problems``."""
    return tables.records(store, PEERS, peer_from_json)


def save_peer(store: Store, peer: Peer) -> Peer:
    """Insert a new peer or replace a saved one.

    Raises:
        RecordChangedElsewhere: when another window changed or deleted it meanwhile.
    """
    return tables.save_record(store, PEERS, peer, peer_to_json)


def delete_peer(store: Store, peer_id: int) -> None:
    """Delete one peer; deleting one already gone is not an error."""
    tables.delete_record(store, PEERS, peer_id)


# --- Pitch versions -------------------------------------------------------------


def pitch_to_json(version: PitchVersion) -> dict[str, Any]:
    """The document stored for one version of the pitch."""
    doc = dict(version.extra)
    doc.update(
        text=version.text,
        created_at=moment_to_json(version.created_at),
        updated_at=moment_to_json(version.updated_at),
    )
    if version.target_level:
        doc["target_level"] = version.target_level
    return doc


def pitch_from_json(doc: dict[str, Any], doc_id: int) -> PitchVersion:
    """Build a pitch version from its document.

    Raises:
        UnreadableRecord: when the text is not text.
    """
    return PitchVersion(
        id=doc_id,
        text=_text(doc, "text"),
        created_at=moment_from_json(doc.get("created_at")),
        updated_at=moment_from_json(doc.get("updated_at")),
        target_level=_loose_text(doc.get("target_level")),
        extra={k: v for k, v in doc.items() if k not in _PITCH_FIELDS},
    )


def pitch_versions(store: Store) -> list[PitchVersion]:
    """Every saved version of the pitch, oldest first."""
    return tables.records(store, PITCHES, pitch_from_json)


def save_pitch_version(store: Store, text: str, target_level: str = "") -> PitchVersion:
    """Keep the text as a new version; earlier versions stay as they were.

    Args:
        store: the store to write.
        text: the pitch as the user has it now.
        target_level: the level id the pitch argues for, so that a later move of
            the target shows the version is out of date.

    Returns:
        The new version, with its id and timestamp.
    """
    version = PitchVersion(text=text, target_level=target_level)
    return tables.save_record(store, PITCHES, version, pitch_to_json)


# --- Initiatives, read for the pitch ----------------------------------------------


def _loose_text(value: Any) -> str:
    return plain_stored(value).strip() if isinstance(value, str) else ""


def _loose_texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    texts = (plain_stored(v).strip() for v in value if isinstance(v, str))
    return tuple(text for text in texts if text)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _reading(value: Any) -> tuple[float, str] | None:
    if not isinstance(value, dict):
        return None
    number = _number(value.get("value"))
    if number is None:
        return None
    return number, _loose_text(value.get("unit"))


def _initiative_measure(doc: dict[str, Any]) -> Measure | None:
    """Baseline → latest reading, when both can be read."""
    baseline = _reading(doc.get("baseline"))
    readings = doc.get("readings")
    latest = None
    if isinstance(readings, list):
        usable = [r for r in map(_reading, readings) if r is not None]
        latest = usable[-1] if usable else None
    if baseline is None or latest is None:
        return None
    return Measure(
        before=baseline[0],
        after=latest[0],
        unit=baseline[1],
        label=_loose_text(doc.get("metric")),
    )


def _reading_day(value: Any) -> dt.date | None:
    """The day of a reading whose number can be read; None otherwise."""
    if _reading(value) is None or not isinstance(value.get("date"), str):
        return None
    try:
        return dt.date.fromisoformat(value["date"])
    except ValueError:
        return None


def _measured_days(doc: dict[str, Any]) -> tuple[dt.date | None, dt.date | None]:
    """The days of the baseline and of the latest reading the measure is made of."""
    readings = doc.get("readings")
    usable = [r for r in readings if _reading(r)] if isinstance(readings, list) else []
    latest = _reading_day(usable[-1]) if usable else None
    return _reading_day(doc.get("baseline")), latest


def initiative_facts_from_json(doc: Any, doc_id: int) -> InitiativeFacts | None:
    """What the pitch can use of one initiative document; None when nothing.

    Dropped initiatives and documents without a title give None. Any field that
    is missing or of an unexpected type is left empty rather than refused.
    """
    if not isinstance(doc, dict):
        return None
    title = _loose_text(doc.get("title"))
    stage = _loose_text(doc.get("stage"))
    if not title or stage == "dropped":
        return None
    people = doc.get("stakeholders")
    people = people if isinstance(people, dict) else {}
    win_ids = doc.get("win_ids")
    ids = (
        tuple(i for i in win_ids if isinstance(i, int) and not isinstance(i, bool))
        if isinstance(win_ids, list)
        else ()
    )
    measured_from, measured_to = _measured_days(doc)
    return InitiativeFacts(
        id=doc_id,
        title=title,
        problem=_loose_text(doc.get("description")),
        evidence=_loose_text(doc.get("evidence")),
        fix=_loose_text(doc.get("proposed_fix")),
        measure=_initiative_measure(doc),
        helped=_loose_texts(people.get("helped")),
        agreed=_loose_texts(people.get("agreed")),
        other_teams=_loose_texts(people.get("other_teams")),
        win_ids=ids,
        has_result=stage in _RESULT_STAGES,
        driven=stage in _DRIVEN_STAGES,
        measured_from=measured_from,
        measured_to=measured_to,
        result_held=_result_held(doc, doc_id),
    )


def _result_held(doc: dict[str, Any], doc_id: int) -> bool:
    """Whether the initiative's result held, by the rule its own page uses;
    False when its readings cannot be read as the initiatives' module reads
    them."""
    try:
        return result_held(initiative_from_json(doc, doc_id))
    except UnreadableRecord:
        return False


def initiative_facts(store: Store) -> list[InitiativeFacts]:
    """The initiatives the pitch may draw on, read defensively, in id order."""
    found = []
    for doc_id, doc in store.documents(INITIATIVES):
        facts = initiative_facts_from_json(doc, doc_id)
        if facts is not None:
            found.append(facts)
    return found
