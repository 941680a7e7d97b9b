"""Reading and saving records kept one table each, for every kind of record.

Each kind of record (reviews, initiatives, criteria…) brings two functions that
turn it into a JSON document and back; these methods do the rest, inside the
store's transaction: fresh ids that are never reused, timestamps, and a refusal
to overwrite a record another window changed since it was read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from tinydb.table import Document

from careerclimb_tui import catalogue
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store.convert import UnreadableRecord, moment_from_json

if TYPE_CHECKING:
    from careerclimb_tui.store.repository import Store

R = TypeVar("R")

FromJson = Callable[[dict[str, Any], int], R]
ToJson = Callable[[R], dict[str, Any]]


class RecordChangedElsewhere(CareerClimbError):
    """The record was changed or deleted by another window since it was read."""


def _fields(record: Any) -> set[str]:
    return {field.name for field in dataclasses.fields(record)}


def records(store: Store, table: str, from_json: FromJson[R]) -> list[R]:
    """Every readable record of a table, in id order.

    A record that cannot be read stays in the file and is listed in
    ``store.problems``.

    Args:
        store: the store to read.
        table: the table's name.
        from_json: builds a record from a document and its id.

    Returns:
        The records.
    """
    found: list[R] = []
    problems = []
    for doc_id, doc in store.documents(table):
        try:
            found.append(from_json(doc, doc_id))
        except UnreadableRecord as error:
            problems.append((doc_id, str(error)))
    store.note_problems(table, problems)
    return found


def save_record(store: Store, table: str, record: R, to_json: ToJson[R]) -> R:
    """Insert a new record, or replace a saved one that nobody else changed.

    A record without an id gets a fresh one. ``created_at`` and ``updated_at`` are
    set when the record has those fields.

    Args:
        store: the store to write.
        table: the table's name.
        record: a dataclass record with an ``id`` field.
        to_json: turns the record into its document.

    Returns:
        The record as saved, with its id and timestamps.

    Raises:
        RecordChangedElsewhere: when the saved copy was changed or deleted by
            another window after this one was read.
    """
    now = store.clock.now()
    names = _fields(record)
    stamps: dict[str, Any] = {}
    if "updated_at" in names:
        stamps["updated_at"] = now
    with store.transaction() as db:
        rows = db.table(table)
        record_id = getattr(record, "id")
        if record_id is None:
            record_id = store.fresh_id(db, table)
            if "created_at" in names and getattr(record, "created_at") is None:
                stamps["created_at"] = now
        else:
            current = rows.get(doc_id=record_id)
            if current is None:
                raise RecordChangedElsewhere(catalogue.RECORD_DELETED_ELSEWHERE)
            _refuse_stale(record, dict(current), names)
        saved: R = dataclasses.replace(cast(Any, record), id=record_id, **stamps)
        rows.upsert(Document(to_json(saved), doc_id=record_id))
    return saved


def _refuse_stale(record: object, stored: dict[str, Any], names: set[str]) -> None:
    """Refuse a save built from an older copy than the one on disk."""
    if "updated_at" not in names:
        return
    mine = getattr(record, "updated_at")
    try:
        theirs = moment_from_json(stored.get("updated_at"))
    except UnreadableRecord:
        return
    if mine is not None and theirs is not None and theirs > mine:
        raise RecordChangedElsewhere(catalogue.RECORD_CHANGED_ELSEWHERE)


def delete_record(store: Store, table: str, record_id: int) -> None:
    """Delete one record; deleting one that is already gone is not an error."""
    with store.transaction() as db:
        rows = db.table(table)
        if rows.get(doc_id=record_id) is not None:
            rows.remove(doc_ids=[record_id])
