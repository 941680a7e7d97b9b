"""The settings record in the data file."""

from __future__ import annotations

from typing import Any

from careerclimb_tui.domain.settings import Settings
from careerclimb_tui.store import tables
from careerclimb_tui.store.convert import (
    UnreadableRecord,
    moment_from_json,
    moment_to_json,
)
from careerclimb_tui.store.repository import Store

SETTINGS = "settings"
_FIELDS = {"theme", "reminders_off", "updated_at"}


def settings_to_json(settings: Settings) -> dict[str, Any]:
    doc = dict(settings.extra)
    doc.update(
        theme=settings.theme,
        reminders_off=list(settings.reminders_off),
        updated_at=moment_to_json(settings.updated_at),
    )
    return doc


def settings_from_json(doc: dict[str, Any], doc_id: int) -> Settings:
    theme = doc.get("theme")
    off = doc.get("reminders_off") or []
    if theme is not None and not isinstance(theme, str):
        raise UnreadableRecord("theme must be text")
    if not isinstance(off, list) or not all(isinstance(k, str) for k in off):
        raise UnreadableRecord("reminders_off must be a list of text")
    return Settings(
        theme=theme,
        reminders_off=tuple(off),
        id=doc_id,
        updated_at=moment_from_json(doc.get("updated_at")),
        extra={k: v for k, v in doc.items() if k not in _FIELDS},
    )


def load_settings(store: Store) -> Settings:
    """The saved settings, or the defaults when none were saved."""
    found = tables.records(store, SETTINGS, settings_from_json)
    return found[0] if found else Settings()


def save_settings(store: Store, settings: Settings) -> Settings:
    """Save the settings (the first save creates the record)."""
    return tables.save_record(store, SETTINGS, settings, settings_to_json)
