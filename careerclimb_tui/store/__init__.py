"""The user's data: one TinyDB file made durable, and a quick look into it."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from careerclimb_tui.store.repository import Store, StoreProblem
    from careerclimb_tui.store.storage import (
        CannotSave,
        DataFileDamaged,
        DataFileLocked,
        DataFileTooNew,
    )

__all__ = [
    "CannotSave",
    "DataFileDamaged",
    "DataFileLocked",
    "DataFileTooNew",
    "Store",
    "StoreProblem",
]

# Where each name above is defined. They are imported on first use, so that a
# light module of this package (such as ``peek``) can be imported on its own,
# before the app's first frame, without TinyDB and the file lock.
_HOMES = {
    "CannotSave": "storage",
    "DataFileDamaged": "storage",
    "DataFileLocked": "storage",
    "DataFileTooNew": "storage",
    "Store": "repository",
    "StoreProblem": "repository",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
