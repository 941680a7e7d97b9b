"""The manager conversation in the data file: criteria, conversations, prep choices.

Each kind of record keeps its own table through ``store.tables``, so ids are never
reused and a save built from an older copy is refused. The second half gathers what
the prep plan and the home note are built from, so the screens and the command line
read the same records the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.conversation import (
    MAX_EVIDENCE,
    PrepPlan,
    build_prep_plan,
    with_wins_logged,
)
from careerclimb_tui.domain.conversation import with_ask as plan_with_ask
from careerclimb_tui.domain.criteria import (
    STALE_WEEKS,
    STATUS_MET,
    STATUS_OPEN,
    STATUSES,
    Conversation,
    Criterion,
    StatusChange,
    needs_evidence,
    next_check_in,
    recorded_already,
    repeated_criterion,
)
from careerclimb_tui.domain.gaps import GapView, latest_verdicts
from careerclimb_tui.domain.initiative import (
    Initiative,
    active_initiative,
    initiative_to_discuss,
    result_wins_off_readings,
)
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.links import criterion_on_record
from careerclimb_tui.domain.prep import (
    gap_questions,
    gaps_not_asked,
    initiative_summary,
    not_asked_hint,
    not_yet_judged,
    strongest_evidence,
    unreviewed_strong_wins,
    with_result_wins_checked,
    with_unreviewed_wins,
)
from careerclimb_tui.domain.records import Profile, Win
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import tables
from careerclimb_tui.store.convert import (
    UnreadableRecord,
    moment_from_json,
    moment_to_json,
)
from careerclimb_tui.store.convert import text_field as _text
from careerclimb_tui.store.initiative_docs import initiatives
from careerclimb_tui.store.repository import Store

CRITERIA = "criteria"
CONVERSATIONS = "conversations"
PREP = "manager_prep"
"""Table names: criteria, the conversations they came from, the prep choices."""

"""The most questions a prep plan draws from the gaps; more would not be asked."""

_CRITERION_FIELDS = {
    "text",
    "dimension",
    "example_given",
    "example",
    "cycle",
    "status",
    "win_ids",
    "initiative_id",
    "status_history",
    "created_at",
    "updated_at",
}
_CONVERSATION_FIELDS = {"date", "notes", "criterion_ids", "created_at", "updated_at"}
_PREP_FIELDS = {"ask", "win_ids", "updated_at"}


# --- Documents ----------------------------------------------------------------------


def _ids(doc: dict[str, Any], name: str) -> tuple[int, ...]:
    value = doc.get(name) or []
    if not isinstance(value, list) or not all(
        isinstance(item, int) and not isinstance(item, bool) for item in value
    ):
        raise UnreadableRecord(f"{name} must be a list of record ids")
    return tuple(value)


def _optional_id(doc: dict[str, Any], name: str) -> int | None:
    value = doc.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise UnreadableRecord(f"{name} must be a record id, not {value!r}")
    return value


def _status(value: Any) -> str:
    if value not in STATUSES:
        raise UnreadableRecord(f"{value!r} is not a criterion status")
    return str(value)


def _history(value: Any) -> tuple[StatusChange, ...]:
    if not isinstance(value, list):
        raise UnreadableRecord("status_history must be a list")
    changes: list[StatusChange] = []
    for item in value:
        if not isinstance(item, dict):
            raise UnreadableRecord("each status change must be a mapping")
        moment = moment_from_json(item.get("at"))
        if moment is None:
            raise UnreadableRecord("a status change needs its moment")
        changes.append(StatusChange(_status(item.get("status")), moment))
    return tuple(changes)


def criterion_to_json(criterion: Criterion) -> dict[str, Any]:
    """The document stored for a criterion (its id is the document id)."""
    doc = dict(criterion.extra)
    doc.update(
        text=criterion.text,
        dimension=criterion.dimension,
        example_given=criterion.example_given,
        example=criterion.example,
        cycle=criterion.cycle,
        status=criterion.status,
        win_ids=list(criterion.win_ids),
        initiative_id=criterion.initiative_id,
        status_history=[
            {"status": step.status, "at": moment_to_json(step.at)}
            for step in criterion.status_history
        ],
        created_at=moment_to_json(criterion.created_at),
        updated_at=moment_to_json(criterion.updated_at),
    )
    return doc


def criterion_from_json(doc: dict[str, Any], doc_id: int) -> Criterion:
    """Build a criterion from its document.

    Raises:
        UnreadableRecord: when the document cannot be a criterion.
    """
    text = _text(doc, "text")
    if not text.strip():
        raise UnreadableRecord("a criterion needs its text")
    example_given = doc.get("example_given", False)
    if not isinstance(example_given, bool):
        raise UnreadableRecord("example_given must be true or false")
    return Criterion(
        id=doc_id,
        text=text,
        dimension=_text(doc, "dimension"),
        example_given=example_given,
        example=_text(doc, "example"),
        cycle=_text(doc, "cycle"),
        status=_status(doc.get("status", STATUS_OPEN)),
        win_ids=_ids(doc, "win_ids"),
        initiative_id=_optional_id(doc, "initiative_id"),
        status_history=_history(doc.get("status_history") or []),
        created_at=moment_from_json(doc.get("created_at")),
        updated_at=moment_from_json(doc.get("updated_at")),
        extra={k: v for k, v in doc.items() if k not in _CRITERION_FIELDS},
    )


def conversation_to_json(conversation: Conversation) -> dict[str, Any]:
    """The document stored for a conversation (its id is the document id)."""
    doc = dict(conversation.extra)
    doc.update(
        date=conversation.date.isoformat(),
        notes=conversation.notes,
        criterion_ids=list(conversation.criterion_ids),
        created_at=moment_to_json(conversation.created_at),
        updated_at=moment_to_json(conversation.updated_at),
    )
    return doc


def conversation_from_json(doc: dict[str, Any], doc_id: int) -> Conversation:
    """Build a conversation from its document.

    Raises:
        UnreadableRecord: when the document cannot be a conversation.
    """
    raw_date = doc.get("date")
    if not isinstance(raw_date, str):
        raise UnreadableRecord(f"date must be a date, not {raw_date!r}")
    try:
        day = dt.date.fromisoformat(raw_date)
    except ValueError:
        raise UnreadableRecord(f"date {raw_date!r} is not a date") from None
    return Conversation(
        id=doc_id,
        date=day,
        notes=_text(doc, "notes"),
        criterion_ids=_ids(doc, "criterion_ids"),
        created_at=moment_from_json(doc.get("created_at")),
        updated_at=moment_from_json(doc.get("updated_at")),
        extra={k: v for k, v in doc.items() if k not in _CONVERSATION_FIELDS},
    )


@dataclass(frozen=True)
class PrepChoices:
    """What the user changed in the prep plan, kept for the next time they open it."""

    ask: str = ""
    """The ask in the user's words; empty for the standard ask."""
    win_ids: tuple[int, ...] = ()
    """The wins the user chose to bring; empty to let the app choose."""
    id: int | None = None
    """Stable id given by the store; None until saved."""
    updated_at: dt.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Fields written by another version of the app, kept as they were."""


def prep_choices_to_json(choices: PrepChoices) -> dict[str, Any]:
    """The document stored for the prep choices."""
    doc = dict(choices.extra)
    doc.update(
        ask=choices.ask,
        win_ids=list(choices.win_ids),
        updated_at=moment_to_json(choices.updated_at),
    )
    return doc


def prep_choices_from_json(doc: dict[str, Any], doc_id: int) -> PrepChoices:
    """Build the prep choices from their document.

    Raises:
        UnreadableRecord: when the document cannot hold prep choices.
    """
    return PrepChoices(
        id=doc_id,
        ask=_text(doc, "ask"),
        win_ids=_ids(doc, "win_ids"),
        updated_at=moment_from_json(doc.get("updated_at")),
        extra={k: v for k, v in doc.items() if k not in _PREP_FIELDS},
    )


# --- Reading and saving -------------------------------------------------------------


def criteria(store: Store) -> list[Criterion]:
    """Every readable criterion, oldest first (the order the user numbers them in).

    Links to wins deleted since are left out of what is returned and kept in
    the file, so undoing the delete links the win again (``domain.links``).
    """
    found = tables.records(store, CRITERIA, criterion_from_json)
    if not any(criterion.win_ids for criterion in found):
        return found
    existing = store.win_ids()
    return [criterion_on_record(criterion, existing) for criterion in found]


def save_criterion(store: Store, criterion: Criterion) -> Criterion:
    """Insert or update one criterion.

    Raises:
        RecordChangedElsewhere: when another window changed it meanwhile.
    """
    return tables.save_record(store, CRITERIA, criterion, criterion_to_json)


def delete_criterion(store: Store, criterion_id: int) -> None:
    """Delete one criterion; the conversation it came from keeps its notes."""
    tables.delete_record(store, CRITERIA, criterion_id)


def conversations(store: Store) -> list[Conversation]:
    """Every readable conversation, newest first (by date, then by id)."""
    found = tables.records(store, CONVERSATIONS, conversation_from_json)
    return sorted(found, key=lambda c: (c.date, c.id or 0), reverse=True)


def record_conversation(
    store: Store, conversation: Conversation, drafts: Sequence[Criterion]
) -> tuple[Conversation, list[Criterion]]:
    """Save a conversation together with the criteria that came out of it.

    The criteria are saved first, so the conversation can name them by id. A
    draft that repeats a criterion recorded before is not saved again: the
    conversation names the recorded one, which takes an example or a dimension
    it lacked (``domain.criteria.repeated_criterion``).

    Args:
        store: the store to write.
        conversation: the conversation, unsaved; its criterion ids are replaced.
        drafts: the criteria to save with it, unsaved.

    Returns:
        The saved conversation and its criteria, new or recorded before, in the
        order given.
    """
    # As stored, with links to deleted wins kept, so saving one loses none.
    recorded = tables.records(store, CRITERIA, criterion_from_json)
    saved: list[Criterion] = []
    for draft in drafts:
        found = recorded_already(draft.text, recorded)
        if found is None:
            saved.append(save_criterion(store, draft))
            continue
        criterion = repeated_criterion(found[1], draft)
        if criterion is not found[1]:
            criterion = save_criterion(store, criterion)
        saved.append(criterion)
    ids = tuple(dict.fromkeys(c.id for c in saved if c.id is not None))
    stored = tables.save_record(
        store,
        CONVERSATIONS,
        replace(conversation, criterion_ids=ids),
        conversation_to_json,
    )
    return stored, saved


def prep_choices(store: Store) -> PrepChoices:
    """The user's prep choices, or the defaults when they never changed any."""
    found = tables.records(store, PREP, prep_choices_from_json)
    return found[-1] if found else PrepChoices()


def save_prep_choices(store: Store, choices: PrepChoices) -> PrepChoices:
    """Save the user's prep choices (the first save creates the record).

    Raises:
        RecordChangedElsewhere: when another window changed them meanwhile.
    """
    return tables.save_record(store, PREP, choices, prep_choices_to_json)


def _stored_initiatives(store: Store) -> list[Initiative]:
    return list(initiatives(store))


def result_wins_off(store: Store, wins: Iterable[Win]) -> dict[int, str]:
    """The stored result wins whose problem's readings no longer back them.

    Args:
        store: the store to read the problems from.
        wins: the stored wins.

    Returns:
        As ``initiative.result_wins_off_readings`` gives them.
    """
    by_id: dict[int | None, Win] = {win.id: win for win in wins}
    return result_wins_off_readings(_stored_initiatives(store), by_id)


def stored_active_initiative(store: Store) -> Initiative | None:
    """The initiative the user is driving now, or None.

    Args:
        store: the store to read.
    """
    return active_initiative(_stored_initiatives(store))


def stored_initiative_to_discuss(store: Store) -> Initiative | None:
    """The problem the prep plan brings up: the active one or the latest result.

    Args:
        store: the store to read.

    Returns:
        What ``initiative_to_discuss`` picks, or None.
    """
    return initiative_to_discuss(_stored_initiatives(store))


# --- What the prep plan is built from -----------------------------------------------


def chosen_wins(wins: Sequence[Win], choices: PrepChoices) -> list[Win]:
    """The wins the user chose to bring that still exist, in the order chosen."""
    by_id = {w.id: w for w in wins if w.id is not None}
    return [by_id[i] for i in choices.win_ids if i in by_id][:MAX_EVIDENCE]


def prep_plan_from_store(
    store: Store,
    ladder: Ladder,
    profile: Profile | None,
    view: GapView,
    today: dt.date,
) -> PrepPlan:
    """Build the prep plan from everything the user has stored.

    The user's own ask and wins are used when they chose them; otherwise the
    standard ask and the strongest evidence.

    Args:
        store: the user's data.
        ladder: the profile's ladder.
        profile: the profile; None before set-up.
        view: the gap view as of today (``queries.current_gaps``).
        today: the user's local date.

    Returns:
        The plan.

    Raises:
        CareerClimbError: before set-up, or when the target level is not on the
            ladder.
    """
    if profile is None:
        raise CareerClimbError(catalogue.NO_PROFILE)
    wins = store.wins()
    choices = prep_choices(store)
    evidence = chosen_wins(wins, choices) or strongest_evidence(wins, store.reviews())
    known = criteria(store)
    plan = build_prep_plan(
        profile,
        ladder,
        evidence,
        initiative_summary(stored_initiative_to_discuss(store)),
        gap_questions(view, known),
        today,
    )
    if choices.ask.strip():
        plan = plan_with_ask(plan, choices.ask)
    start_month = profile.fiscal_year_start_month
    reviews = store.reviews()
    unreviewed = unreviewed_strong_wins(wins, reviews, today, start_month)
    brought = not_yet_judged(evidence, reviews)
    plan = with_unreviewed_wins(plan, view, known, unreviewed, start_month, brought)
    left_out = gaps_not_asked(view, known, unreviewed, start_month, brought)
    plan = replace(plan, questions_hint=not_asked_hint(left_out))
    by_id: dict[int | None, Win] = {win.id: win for win in wins}
    off = result_wins_off_readings(_stored_initiatives(store), by_id)
    plan = with_result_wins_checked(plan, off)
    return with_wins_logged(plan, len(wins))


def default_cycle(profile: Profile | None) -> str:
    """How a new criterion names its cycle: by the closing date, when it is known."""
    if profile is None or profile.cycle_closes is None:
        return ""
    return catalogue.MANAGER_CYCLE_NAME.format(date=profile.cycle_closes.isoformat())


# --- The home note ------------------------------------------------------------------


def criteria_home_line(
    store: Store, ladder: Ladder, profile: Profile | None, today: dt.date
) -> str | None:
    """Open criteria, and the flagged ones or what to bring to the next check-in.

    Args:
        store: the user's data.
        ladder: the profile's ladder (unused: criteria name their own dimension).
        profile: the profile (unused).
        today: the user's local date.

    Returns:
        One line, or None before any criterion was recorded.
    """
    found = criteria(store)
    if not found:
        return None
    unmet = sum(1 for c in found if c.status != STATUS_MET)
    flagged = sum(1 for c in found if needs_evidence(c, today))
    counts = catalogue.MANAGER_HOME_COUNTS.format(open=unmet, total=len(found))
    if flagged:
        return catalogue.MANAGER_HOME_FLAGGED.format(
            counts=counts, flagged=flagged, weeks=STALE_WEEKS
        )
    wins = store.wins()
    off = result_wins_off(store, wins)
    verdicts = latest_verdicts(store.reviews())
    advice = next_check_in(found, wins, today, conversations(store), off, verdicts)
    return catalogue.MANAGER_HOME_NEXT.format(counts=counts, advice=advice)
