"""Mapping quarterly reviews to and from the documents of the data file.

The answers' texts are made plain as they are read, as every stored text is
(``store.convert.plain_stored``).
"""

from __future__ import annotations

from typing import Any

from careerclimb_tui.domain.quarters import parse_quarter, renamed
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    Review,
    ReviewEntry,
    WinAnswers,
)
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store.convert import (
    UnreadableRecord,
    moment_from_json,
    moment_to_json,
    plain_stored,
)

_REVIEW_FIELDS = {
    "quarter",
    "start_month",
    "judged_level",
    "run",
    "started_at",
    "updated_at",
    "finished_at",
    "position",
    "win_ids",
    "entries",
}


def _answers_to_json(answers: WinAnswers) -> dict[str, Any]:
    change = answers.change
    noticed = answers.noticed
    return {
        "peer_could": answers.peer_could.value if answers.peer_could else None,
        "choice": answers.choice.value if answers.choice else None,
        "change": None
        if change is None
        else {
            "text": change.text,
            "measured": change.measured,
            "framing": change.framing,
        },
        "noticed": None
        if noticed is None
        else {"outside": noticed.outside, "who": list(noticed.who)},
    }


def _answers_from_json(doc: Any) -> WinAnswers:
    if not isinstance(doc, dict):
        raise UnreadableRecord("answers must be a mapping")
    change = doc.get("change")
    noticed = doc.get("noticed")
    try:
        return WinAnswers(
            peer_could=doc.get("peer_could"),
            choice=doc.get("choice"),
            change=None
            if change is None
            else ChangeAnswer(
                text=plain_stored(str(change.get("text", ""))),
                measured=bool(change.get("measured", False)),
                framing=change.get("framing"),
            ),
            noticed=None
            if noticed is None
            else Noticed(
                outside=bool(noticed.get("outside", False)),
                who=tuple(plain_stored(str(who)) for who in noticed.get("who", [])),
            ),
        )
    except (ValueError, AttributeError, TypeError) as error:
        raise UnreadableRecord(f"bad answer: {error}") from None


def review_to_json(review: Review) -> dict[str, Any]:
    """The document stored for a review (its id is the document id)."""
    doc = dict(review.extra)
    doc.update(
        quarter=review.quarter,
        start_month=review.start_month,
        judged_level=review.judged_level,
        run=review.run,
        started_at=moment_to_json(review.started_at),
        updated_at=moment_to_json(review.updated_at),
        finished_at=moment_to_json(review.finished_at),
        position=review.position,
        win_ids=list(review.win_ids),
        entries={
            str(entry.win_id): {
                "win_framing": entry.win_framing,
                "win_has_metric": entry.win_has_metric,
                "answers": _answers_to_json(entry.answers),
                "override_kind": entry.override_kind.value
                if entry.override_kind
                else None,
                "override_note": entry.override_note,
                "noticed_taken_off": entry.noticed_taken_off,
                "judged": entry.judged,
            }
            for entry in review.entries.values()
        },
    )
    return doc


def _start_month_of(doc: dict[str, Any], start_month: int) -> int:
    """The year start a run's quarter was named under; ``start_month`` when the
    document was saved before runs kept it."""
    month = doc.get("start_month", start_month)
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise UnreadableRecord("start_month must be 1 to 12")
    return month


def review_from_json(doc: dict[str, Any], doc_id: int, start_month: int = 1) -> Review:
    """Build a review from its document.

    Args:
        doc: the stored document.
        doc_id: its id.
        start_month: the year start in use now, taken as the one a run was
            named under when its document does not say (files saved before
            runs kept it).

    Raises:
        UnreadableRecord: when the document cannot be a review.
    """
    raw_entries = doc.get("entries") or {}
    win_ids = doc.get("win_ids") or []
    if not isinstance(raw_entries, dict) or not isinstance(win_ids, list):
        raise UnreadableRecord("a review needs win_ids and entries")
    entries: dict[int, ReviewEntry] = {}
    try:
        for key, raw in raw_entries.items():
            win_id = int(key)
            entries[win_id] = ReviewEntry(
                win_id=win_id,
                win_framing=str(raw.get("win_framing", "activity")),
                win_has_metric=bool(raw.get("win_has_metric", False)),
                answers=_answers_from_json(raw.get("answers", {})),
                override_kind=raw.get("override_kind"),
                override_note=plain_stored(str(raw.get("override_note", ""))),
                # Files saved before this field existed read as holding nothing.
                noticed_taken_off=plain_stored(str(raw.get("noticed_taken_off", ""))),
                # Older files do not know what each entry judged: never flagged.
                judged=str(raw.get("judged", "")),
            )
        ids = tuple(int(i) for i in win_ids)
        started = moment_from_json(doc.get("started_at"))
        updated = moment_from_json(doc.get("updated_at"))
        if started is None or updated is None:
            raise UnreadableRecord("a review needs started_at and updated_at")
        named_under = _start_month_of(doc, start_month)
        quarter = parse_quarter(str(doc["quarter"]), named_under)
        return Review(
            id=doc_id,
            quarter=str(quarter),
            start_month=named_under,
            # Runs saved before the level was kept judged the level above the
            # user's now, as far as anyone can tell: left empty, they read so.
            judged_level=plain_stored(str(doc.get("judged_level") or "")),
            run=int(doc.get("run", 1)),
            started_at=started,
            updated_at=updated,
            finished_at=moment_from_json(doc.get("finished_at")),
            position=int(doc.get("position", 0)),
            win_ids=tuple(i for i in ids if i in entries),
            entries=entries,
            extra={k: v for k, v in doc.items() if k not in _REVIEW_FIELDS},
        )
    except CareerClimbError as error:
        raise UnreadableRecord(f"not a review: {error.message}") from None
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        raise UnreadableRecord(f"not a review: {error}") from None


def renamed_for_year_start(
    doc: dict[str, Any], was: int, now: int
) -> dict[str, Any] | None:
    """A run's document once the year start moves from ``was`` to ``now``.

    The run keeps the months it judged. When the two year starts line up, its
    quarter takes the name those months have now; otherwise it keeps its name,
    and the year start it was named under is written down (if it was not yet),
    so that the name goes on meaning the same months.

    Args:
        doc: the stored document; left unchanged.
        was: the year start in use until now, for a document that does not say
            which one named its quarter.
        now: the new year start.

    Returns:
        The new document, or None when it needs no change or is not a run this
        app can read (it is then left as it is, and reported as before).
    """
    try:
        named_under = _start_month_of(doc, was)
        quarter = parse_quarter(str(doc["quarter"]), named_under)
    except (UnreadableRecord, CareerClimbError, KeyError):
        return None
    moved = renamed(quarter, now)
    if moved is not None:
        wanted = {"quarter": str(moved), "start_month": now}
    else:
        wanted = {"quarter": doc["quarter"], "start_month": named_under}
    if all(doc.get(key) == value for key, value in wanted.items()):
        return None
    return {**doc, **wanted}
