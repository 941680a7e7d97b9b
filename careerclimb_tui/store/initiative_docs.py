"""Mapping next-level problem initiatives, and their edited proposals, to the
documents of the data file.

Initiatives live in their own table; a proposal the user edited by hand lives in
another, keyed by the initiative it belongs to, so the drafted text can always be
rebuilt from the initiative while the user's own wording is never lost.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.initiative import (
    Initiative,
    Note,
    Reading,
    Stage,
    StageChange,
    Stakeholders,
    expected_change,
)
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import tables
from careerclimb_tui.store.convert import (
    UnreadableRecord,
    moment_from_json,
    moment_to_json,
    text_list,
)
from careerclimb_tui.store.convert import text_field as _text

if TYPE_CHECKING:
    from careerclimb_tui.store.repository import Store

INITIATIVES = "initiatives"
"""The table of initiatives, one document per problem the user owns."""
PROPOSAL_DRAFTS = "proposal_drafts"
"""The table of proposals as the user last edited them."""

_INITIATIVE_FIELDS = {
    "title",
    "stage",
    "history",
    "problem_id",
    "description",
    "evidence",
    "proposed_fix",
    "cost",
    "target",
    "metric",
    "better",
    "next_step",
    "notes",
    "baseline",
    "readings",
    "stakeholders",
    "win_ids",
    "declined_result",
    "created_at",
    "updated_at",
}
_DRAFT_FIELDS = {"initiative_id", "text", "created_at", "updated_at"}
_PEOPLE_FIELDS = ("to_agree", "agreed", "helped", "other_teams")


@dataclass(frozen=True)
class ProposalDraft:
    """The proposal of one initiative as the user last saved it."""

    initiative_id: int
    """The initiative the proposal argues for."""
    text: str
    """The Markdown text, as edited."""
    id: int | None = None
    """Stable id given by the store; None until saved."""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Fields written by another version of the app, kept as they were."""


# --- pieces ----------------------------------------------------------------------


def _stage(value: Any) -> Stage:
    try:
        return Stage(value)
    except ValueError:
        raise UnreadableRecord(f"{value!r} is not a stage") from None


def _moment(value: Any, name: str) -> dt.datetime:
    moment = moment_from_json(value)
    if moment is None:
        raise UnreadableRecord(f"{name} needs a timestamp")
    return moment


def _reading_to_json(reading: Reading) -> dict[str, Any]:
    return {
        "value": reading.value,
        "unit": reading.unit,
        "date": reading.date.isoformat(),
        "source": reading.source,
    }


def _reading_from_json(doc: Any) -> Reading:
    if not isinstance(doc, dict):
        raise UnreadableRecord("a reading must be a mapping")
    value = doc.get("value")
    # bool is an int to Python, but true is not a measurement.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise UnreadableRecord(f"a reading needs a number, not {value!r}")
    if not math.isfinite(value):
        raise UnreadableRecord("a reading needs a finite number")
    raw_date = doc.get("date")
    if not isinstance(raw_date, str):
        raise UnreadableRecord(f"a reading needs a date, not {raw_date!r}")
    try:
        day = dt.date.fromisoformat(raw_date)
    except ValueError:
        raise UnreadableRecord(f"{raw_date!r} is not a date") from None
    return Reading(
        value=float(value),
        unit=_text(doc, "unit"),
        date=day,
        source=_text(doc, "source"),
    )


def _people_from_json(doc: Any) -> Stakeholders:
    if doc is None:
        return Stakeholders()
    if not isinstance(doc, dict):
        raise UnreadableRecord("stakeholders must be a mapping")
    lists = {name: text_list(doc.get(name), name) for name in _PEOPLE_FIELDS}
    return Stakeholders(**lists)


def _list(doc: dict[str, Any], name: str) -> list[Any]:
    value = doc.get(name) or []
    if not isinstance(value, list):
        raise UnreadableRecord(f"{name} must be a list")
    return value


# --- initiatives -----------------------------------------------------------------


def initiative_to_json(initiative: Initiative) -> dict[str, Any]:
    """The document stored for an initiative (its id is the document id).

    Args:
        initiative: the initiative to store.

    Returns:
        A JSON-ready mapping; fields this version does not know are kept.
    """
    doc = dict(initiative.extra)
    people = initiative.stakeholders
    doc.update(
        title=initiative.title,
        stage=initiative.stage.value,
        history=[
            {"stage": c.stage.value, "at": moment_to_json(c.at), "note": c.note}
            for c in initiative.history
        ],
        problem_id=initiative.problem_id,
        description=initiative.description,
        evidence=initiative.evidence,
        proposed_fix=initiative.proposed_fix,
        cost=initiative.cost,
        target=initiative.target,
        metric=initiative.metric,
        better=initiative.better,
        next_step=initiative.next_step,
        notes=[
            {"stage": n.stage.value, "at": moment_to_json(n.at), "text": n.text}
            for n in initiative.notes
        ],
        baseline=_reading_to_json(initiative.baseline) if initiative.baseline else None,
        readings=[_reading_to_json(r) for r in initiative.readings],
        stakeholders={name: list(getattr(people, name)) for name in _PEOPLE_FIELDS},
        win_ids=list(initiative.win_ids),
        declined_result=initiative.declined_result,
        created_at=moment_to_json(initiative.created_at),
        updated_at=moment_to_json(initiative.updated_at),
    )
    return doc


def initiative_from_json(doc: dict[str, Any], doc_id: int) -> Initiative:
    """Build an initiative from its document.

    Args:
        doc: the stored document.
        doc_id: its id in the table.

    Returns:
        The initiative.

    Raises:
        UnreadableRecord: when the document cannot be an initiative.
    """
    try:
        title = _text(doc, "title")
        if not title.strip():
            raise UnreadableRecord("an initiative needs a title")
        history = tuple(
            StageChange(
                _stage(raw["stage"]),
                _moment(raw.get("at"), "history"),
                _text(raw, "note"),
            )
            for raw in _list(doc, "history")
        )
        notes = tuple(
            Note(
                _stage(raw["stage"]),
                _moment(raw.get("at"), "note"),
                _text(raw, "text"),
            )
            for raw in _list(doc, "notes")
        )
        baseline = doc.get("baseline")
        win_ids = _list(doc, "win_ids")
        if not all(isinstance(i, int) and not isinstance(i, bool) for i in win_ids):
            raise UnreadableRecord("win_ids must be whole numbers")
        problem_id = doc.get("problem_id")
        if problem_id is not None and not isinstance(problem_id, str):
            raise UnreadableRecord(f"problem_id must be text, not {problem_id!r}")
        found = Initiative(
            id=doc_id,
            title=title,
            stage=_stage(doc.get("stage", Stage.SPOTTED.value)),
            history=history,
            problem_id=problem_id,
            description=_text(doc, "description"),
            evidence=_text(doc, "evidence"),
            proposed_fix=_text(doc, "proposed_fix"),
            cost=_text(doc, "cost"),
            target=_text(doc, "target"),
            metric=_text(doc, "metric"),
            better=_text(doc, "better"),
            next_step=_text(doc, "next_step"),
            notes=notes,
            baseline=None if baseline is None else _reading_from_json(baseline),
            readings=tuple(_reading_from_json(r) for r in _list(doc, "readings")),
            stakeholders=_people_from_json(doc.get("stakeholders")),
            win_ids=tuple(win_ids),
            declined_result=_text(doc, "declined_result"),
            created_at=moment_from_json(doc.get("created_at")),
            updated_at=moment_from_json(doc.get("updated_at")),
            extra={k: v for k, v in doc.items() if k not in _INITIATIVE_FIELDS},
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise UnreadableRecord(f"not an initiative: {error}") from None

    if "target" not in doc:
        # Saved before the target had a field of its own: the check's answer to
        # what would change, kept in its note, was the target.
        return found.with_changes(target=expected_change(found))
    return found


def initiatives(store: Store) -> list[Initiative]:
    """Every readable initiative, in the order they were started.

    Args:
        store: the user's data.

    Returns:
        The initiatives; unreadable ones are listed in ``store.problems``.
    """
    return tables.records(store, INITIATIVES, initiative_from_json)


def initiative(store: Store, initiative_id: int | str) -> Initiative:
    """One initiative by its id.

    Args:
        store: the user's data.
        initiative_id: the id, as a number or as typed.

    Returns:
        The initiative.

    Raises:
        CareerClimbError: when the id is not a number above 0 (a usage
            problem, exit code 2), or no readable initiative has that id (exit code 1).
    """
    try:
        wanted = int(str(initiative_id).strip().lstrip("#"))
    except ValueError:
        wanted = 0
    # Ids count from 1: zero or a negative number is mistyped, not missing.
    if wanted < 1:
        raise CareerClimbError(
            catalogue.INITIATIVE_ID_NOT_A_NUMBER.format(id=initiative_id),
            exit_code=2,
        )
    for found in initiatives(store):
        if found.id == wanted:
            return found
    raise CareerClimbError(catalogue.INITIATIVE_NOT_FOUND.format(id=initiative_id))


def save_initiative(store: Store, record: Initiative) -> Initiative:
    """Insert a new initiative, or replace a saved one nobody else changed.

    Args:
        store: the user's data.
        record: the initiative to save.

    Returns:
        The initiative as saved, with its id and timestamps.

    Raises:
        RecordChangedElsewhere: when another window changed it meanwhile.
    """
    return tables.save_record(store, INITIATIVES, record, initiative_to_json)


# --- edited proposals --------------------------------------------------------------


def draft_to_json(draft: ProposalDraft) -> dict[str, Any]:
    """The document stored for an edited proposal."""
    doc = dict(draft.extra)
    doc.update(
        initiative_id=draft.initiative_id,
        text=draft.text,
        created_at=moment_to_json(draft.created_at),
        updated_at=moment_to_json(draft.updated_at),
    )
    return doc


def draft_from_json(doc: dict[str, Any], doc_id: int) -> ProposalDraft:
    """Build an edited proposal from its document.

    Raises:
        UnreadableRecord: when the document cannot be one.
    """
    owner = doc.get("initiative_id")
    if isinstance(owner, bool) or not isinstance(owner, int):
        raise UnreadableRecord(f"initiative_id must be a number, not {owner!r}")
    return ProposalDraft(
        id=doc_id,
        initiative_id=owner,
        text=_text(doc, "text"),
        created_at=moment_from_json(doc.get("created_at")),
        updated_at=moment_from_json(doc.get("updated_at")),
        extra={k: v for k, v in doc.items() if k not in _DRAFT_FIELDS},
    )


def proposal_draft(store: Store, initiative_id: int) -> ProposalDraft | None:
    """The proposal the user last saved for an initiative, if any.

    Args:
        store: the user's data.
        initiative_id: the initiative's id.

    Returns:
        The newest saved proposal, or None when none was saved.
    """
    drafts = tables.records(store, PROPOSAL_DRAFTS, draft_from_json)
    mine = [d for d in drafts if d.initiative_id == initiative_id]
    return mine[-1] if mine else None


def save_proposal_draft(store: Store, draft: ProposalDraft) -> ProposalDraft:
    """Insert or replace an edited proposal.

    Raises:
        RecordChangedElsewhere: when another window changed it meanwhile.
    """
    return tables.save_record(store, PROPOSAL_DRAFTS, draft, draft_to_json)
