"""The only code that opens the data file: a TinyDB store made durable."""

from careerclimb_tui.store.repository import Store, StoreProblem
from careerclimb_tui.store.storage import (
    CannotSave,
    DataFileDamaged,
    DataFileLocked,
)

__all__ = ["CannotSave", "DataFileDamaged", "DataFileLocked", "Store", "StoreProblem"]
