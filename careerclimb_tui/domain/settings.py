"""The user's preferences: the theme, and which reminders they switched off."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Settings:
    """Preferences kept with the data, so they follow it to another machine."""

    theme: str | None = None
    """The Textual theme chosen; None for the default."""
    reminders_off: tuple[str, ...] = ()
    """Reminder keys (see ``domain.reminders``) the user turned off."""
    id: int | None = None
    updated_at: dt.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Fields written by another version of the app, kept as they were."""
