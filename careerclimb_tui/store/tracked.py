"""TinyDB tables that tell the storage which records a write may have changed.

TinyDB hands the storage the whole database on every write. The storage keeps the
line it last wrote for each record and writes it again while the record is the same
object, untouched; these tables name the records an update reached, so that only
their lines are made anew. A record reached at all (even only read, to test a
condition) counts as changed: it costs an encoding, never a stale line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table


class _Watched(dict[Any, Any]):
    """A table's records during one update, noting every id the update reaches."""

    def __init__(self, records: dict[Any, Any]):
        super().__init__(records)
        self.reached: set[str] = set()

    def __getitem__(self, key: Any) -> Any:
        self.reached.add(str(key))
        return super().__getitem__(key)

    def __setitem__(self, key: Any, value: Any) -> None:
        self.reached.add(str(key))
        super().__setitem__(key, value)

    def __delitem__(self, key: Any) -> None:
        self.reached.add(str(key))
        super().__delitem__(key)

    def pop(self, key: Any, *default: Any) -> Any:
        self.reached.add(str(key))
        return super().pop(key, *default)


class TrackedTable(Table):
    """A TinyDB table whose updates tell the storage which records they reached."""

    def _update_table(self, updater: Callable[[dict[int, Any]], None]) -> None:
        storage = self._storage

        def tracked(records: dict[int, Any]) -> None:
            watched = _Watched(records)
            updater(watched)
            records.clear()
            records.update(watched)
            touched = getattr(storage, "touched", None)
            if touched is not None:
                touched(self.name, watched.reached)

        super()._update_table(tracked)


class Database(TinyDB):
    """TinyDB with tracked tables."""

    table_class = TrackedTable
