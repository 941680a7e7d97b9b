"""Upgrades of the data file's format, one version at a time.

Each migration turns the tables of a version-n file into those of version n+1. They
work on the parsed JSON, never on records, so that a record the app cannot read is
carried over as it is (and reported later) instead of being dropped, and fields the
app does not know survive. The store applies them under its write lock, after
copying the file to the backups folder.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from careerclimb_tui.store.storage import META, META_KEY

Tables = dict[str, Any]

WINS = "wins"
# Tables whose one record has a fixed id, so they need no id counter.
_FIXED_ID_TABLES = frozenset({META, "profile"})


@dataclass(frozen=True)
class Migration:
    """One step up: what a file of ``from_version`` needs to become the next one."""

    from_version: int
    """The version this step reads; it writes ``from_version + 1``."""
    summary: str
    """What changes, for the debug log and for readers of this module."""
    upgrade: Callable[[Tables], Tables]
    """Turn the tables of one version into those of the next (may change them)."""


def _tags_as_list(value: Any) -> Any:
    """Version 1 kept tags as one comma-separated text; version 2 keeps a list."""
    if not isinstance(value, str):
        # A list is already right; anything else is left for the reader to report.
        return value
    return [tag.strip() for tag in value.split(",") if tag.strip()]


def _highest_ids(tables: Tables) -> dict[str, int]:
    """The id the next new record of each table gets, from the ids in the file."""
    highest: dict[str, int] = {WINS: 0}
    for name, table in tables.items():
        if name in _FIXED_ID_TABLES:
            continue
        ids = [int(key) for key in table]
        highest[name] = max([highest.get(name, 0), *ids])
    return {name: top + 1 for name, top in highest.items()}


def next_ids(tables: Tables) -> dict[str, int]:
    """Id counters that never hand out an id seen before.

    Args:
        tables: the tables of a data file.

    Returns:
        For every table with its own ids (always including wins), the larger of the
        counter already kept and one past the highest id in the file.
    """
    meta = tables.get(META, {}).get(META_KEY) or {}
    kept = meta.get("next_ids") or {}
    counters = dict(kept)
    for name, candidate in _highest_ids(tables).items():
        counters[name] = max(int(kept.get(name, 1)), candidate)
    return counters


def _v1_to_v2(tables: Tables) -> Tables:
    for record in tables.get(WINS, {}).values():
        if "tags" in record:
            record["tags"] = _tags_as_list(record["tags"])
    meta = tables.setdefault(META, {}).setdefault(META_KEY, {})
    meta["next_ids"] = next_ids(tables)
    return tables


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "tags become a list; meta.next_ids always present, from the highest ids",
        _v1_to_v2,
    ),
)
"""Every step, in order: the one at index i reads version i + 1."""

SCHEMA_VERSION = 1 + len(MIGRATIONS)
"""The version of the data file this app writes."""


def migrate(tables: Tables, from_version: int) -> Tables:
    """Bring the tables of an older file up to :data:`SCHEMA_VERSION`.

    Args:
        tables: the parsed file; left unchanged (the steps work on a copy).
        from_version: the version the file says it is.

    Returns:
        The upgraded tables, with the new version in the meta record.

    Raises:
        ValueError: when ``from_version`` is not one this app can upgrade from.
    """
    if not 1 <= from_version <= SCHEMA_VERSION:
        raise ValueError(f"no migration starts at version {from_version}")
    upgraded = copy.deepcopy(tables)
    for step in MIGRATIONS[from_version - 1 :]:
        upgraded = step.upgrade(upgraded)
        meta = upgraded.setdefault(META, {}).setdefault(META_KEY, {})
        meta["schema_version"] = step.from_version + 1
    return upgraded
