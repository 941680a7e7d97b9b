"""Mapping between domain records and the JSON documents of the data file.

Unknown fields in a document are kept in the record's ``extra`` and written back, so
a file touched by a newer version of the app loses nothing. Every text read into a
record is made plain here (see ``domain.plain_text``): a file written before control
characters were kept out, or edited by hand, cannot drive the terminal from a screen.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from careerclimb_tui.domain.plain_text import plain_text
from careerclimb_tui.domain.records import Measure, Profile, Win, plain_tags

_WIN_FIELDS = {
    "title",
    "date",
    "what_changed",
    "measure",
    "beneficiaries",
    "noticed_by",
    "dimensions",
    "tags",
    "framing",
    "created_at",
    "updated_at",
}
_PROFILE_FIELDS = {
    "ladder_id",
    "current_level",
    "target_level",
    "name",
    "track",
    "cycle_closes",
    "fiscal_year_start_month",
    "created_at",
    "updated_at",
}
_MEASURE_FIELDS = ("before", "after", "unit", "label", "change_pct", "amount")


class UnreadableRecord(ValueError):
    """A document that cannot become a record; it stays in the file untouched."""


def moment_to_json(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z")


def moment_from_json(value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise UnreadableRecord(f"a timestamp must be text, not {value!r}")
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise UnreadableRecord(f"{value!r} is not a timestamp") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment


def _date_from_json(value: Any, field: str) -> dt.date:
    if not isinstance(value, str):
        raise UnreadableRecord(f"{field} must be a date, not {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UnreadableRecord(f"{field} {value!r} is not a date") from None


def plain_stored(text: str) -> str:
    """A stored text without the control characters a terminal would act on.

    Line breaks and tabs are kept, as ``plain_values`` keeps them: they reach no
    terminal as they are, and a record saved again loses none of its lines.

    Args:
        text: a text as the data file holds it.

    Returns:
        The text as ``plain_text`` leaves it; the text itself when it holds no
        control character.
    """
    # A printable text holds none, and asking is far quicker than the search
    # in plain_text: the journal reads every text of thousands of wins.
    if text.isprintable():
        return text
    return plain_text(text, lines=True)


def text_field(doc: dict[str, Any], field: str) -> str:
    """A text field of a document, made plain (``plain_stored``); missing or
    null reads as empty.

    Raises:
        UnreadableRecord: when the field holds something other than text.
    """
    value = doc.get(field, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise UnreadableRecord(f"{field} must be text, not {value!r}")
    if value.isprintable():
        # The quick test of plain_stored, without the call: it runs for every
        # text of every win.
        return value
    return plain_text(value, lines=True)


def required_text(doc: dict[str, Any], field: str) -> str:
    """A text field every record of its kind has; missing or null is refused.

    Without it the record would read as one with empty words, and look whole to
    anyone checking the file. The text is read as ``text_field`` reads it.

    Raises:
        UnreadableRecord: naming the field, when it is missing or not text.
    """
    if doc.get(field) is None:
        raise UnreadableRecord(f"its {field} is missing")
    return text_field(doc, field)


def text_list(value: Any, field: str) -> tuple[str, ...]:
    """A list of texts (tags, names), each made plain (``plain_stored``).

    Args:
        value: what the document holds for the field; None reads as empty.
        field: the field's name, for the error.

    Raises:
        UnreadableRecord: when it is not a list of text.
    """
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UnreadableRecord(f"{field} must be a list of text")
    # One quick test for the whole list (see plain_stored).
    if "".join(value).isprintable():
        return tuple(value)
    return tuple(plain_text(v, lines=True) for v in value)


def _text_tuple(doc: dict[str, Any], field: str) -> tuple[str, ...]:
    return text_list(doc.get(field) or [], field)


def measure_to_json(measure: Measure | None) -> dict[str, Any] | None:
    if measure is None:
        return None
    return {name: getattr(measure, name) for name in _MEASURE_FIELDS}


def measure_from_json(value: Any) -> Measure | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise UnreadableRecord(f"measure must be a mapping, not {value!r}")
    numbers: dict[str, float | None] = {}
    # A file from before amounts of change were kept has no "amount": None.
    for name in ("before", "after", "change_pct", "amount"):
        number = value.get(name)
        if number is not None and (
            isinstance(number, bool) or not isinstance(number, (int, float))
        ):
            raise UnreadableRecord(f"measure.{name} must be a number")
        numbers[name] = number
    return Measure(
        before=numbers["before"],
        after=numbers["after"],
        change_pct=numbers["change_pct"],
        amount=numbers["amount"],
        unit=plain_stored(str(value.get("unit") or "")),
        label=plain_stored(str(value.get("label") or "")),
    )


def win_to_json(win: Win) -> dict[str, Any]:
    """The document stored for a win (its id is the document id, not a field)."""
    doc = dict(win.extra)
    doc.update(
        title=win.title,
        date=win.date.isoformat(),
        what_changed=win.what_changed,
        measure=measure_to_json(win.measure),
        beneficiaries=win.beneficiaries,
        noticed_by=win.noticed_by,
        dimensions=list(win.dimensions),
        tags=list(win.tags),
        framing=win.framing,
        created_at=moment_to_json(win.created_at),
        updated_at=moment_to_json(win.updated_at),
    )
    return doc


def win_from_json(doc: dict[str, Any], doc_id: int) -> Win:
    """Build a win from its document.

    Raises:
        UnreadableRecord: when a field holds something a win cannot.
    """
    return Win(
        id=doc_id,
        title=required_text(doc, "title"),
        date=_date_from_json(doc.get("date"), "date"),
        what_changed=text_field(doc, "what_changed"),
        measure=measure_from_json(doc.get("measure")),
        beneficiaries=text_field(doc, "beneficiaries"),
        noticed_by=text_field(doc, "noticed_by"),
        dimensions=_text_tuple(doc, "dimensions"),
        # Tags saved before "#" was taken off on entry are read without it.
        tags=plain_tags(_text_tuple(doc, "tags")),
        framing=text_field(doc, "framing") or "activity",
        created_at=moment_from_json(doc.get("created_at")),
        updated_at=moment_from_json(doc.get("updated_at")),
        extra={k: v for k, v in doc.items() if k not in _WIN_FIELDS},
    )


def profile_to_json(profile: Profile) -> dict[str, Any]:
    doc = dict(profile.extra)
    doc.update(
        ladder_id=profile.ladder_id,
        current_level=profile.current_level,
        target_level=profile.target_level,
        name=profile.name,
        track=profile.track,
        cycle_closes=profile.cycle_closes.isoformat() if profile.cycle_closes else None,
        fiscal_year_start_month=profile.fiscal_year_start_month,
        created_at=moment_to_json(profile.created_at),
        updated_at=moment_to_json(profile.updated_at),
    )
    return doc


def profile_from_json(doc: dict[str, Any]) -> Profile:
    """Build the profile from its document.

    Raises:
        UnreadableRecord: when a field holds something a profile cannot.
    """
    closes = doc.get("cycle_closes")
    month = doc.get("fiscal_year_start_month", 1)
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise UnreadableRecord("fiscal_year_start_month must be 1 to 12")
    return Profile(
        ladder_id=text_field(doc, "ladder_id"),
        current_level=text_field(doc, "current_level"),
        target_level=text_field(doc, "target_level"),
        name=text_field(doc, "name"),
        track=text_field(doc, "track") or "software engineer",
        cycle_closes=_date_from_json(closes, "cycle_closes") if closes else None,
        fiscal_year_start_month=month,
        created_at=moment_from_json(doc.get("created_at")),
        updated_at=moment_from_json(doc.get("updated_at")),
        extra={k: v for k, v in doc.items() if k not in _PROFILE_FIELDS},
    )
