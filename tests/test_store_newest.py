"""The newest few wins, read without turning every win into a record."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Win
from careerclimb_tui.store import Store


@pytest.fixture
def mixed(store: Store, clock: FixedClock) -> Store:
    """Wins out of date order, two on one day, one unreadable, one oddly dated."""
    for title, day in [
        ("Oldest", dt.date(2025, 1, 5)),
        ("Newest", dt.date(2026, 11, 17)),
        ("Same day, first", dt.date(2026, 6, 1)),
        ("Same day, second", dt.date(2026, 6, 1)),
        ("Middle", dt.date(2026, 2, 14)),
    ]:
        store.add_win(Win(title, day))
    data = json.loads(store.path.read_text(encoding="utf-8"))
    data["wins"]["6"] = {"title": 42, "date": "2026-11-30"}
    data["wins"]["7"] = {"title": "Dated with a time", "date": "2026-09-09T10:00:00"}
    data["meta"]["1"]["next_ids"]["wins"] = 8
    store.path.write_text(json.dumps(data), encoding="utf-8")
    return Store(store.path, clock=clock)


@pytest.mark.parametrize("limit", [1, 2, 3, 4, 10])
def test_the_newest_wins_are_the_first_of_every_win(mixed: Store, limit: int) -> None:
    every = mixed.wins()
    assert [w.id for w in mixed.newest_wins(limit)] == [w.id for w in every[:limit]]


def test_an_unreadable_win_among_the_newest_is_reported(mixed: Store) -> None:
    mixed.newest_wins(2)
    # 6 is among the newest by its date; 7's date is not one, so it is read too.
    found = sorted((p.table, p.record_id) for p in mixed.problems)
    assert found == [("wins", 6), ("wins", 7)]
