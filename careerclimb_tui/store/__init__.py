"""The only code that opens the data file: a TinyDB store made durable."""

from __future__ import annotations

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
