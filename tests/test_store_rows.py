"""Saves reuse each unchanged record's line, and never write a stale one.

The storage keeps the line it last wrote (or read) for every record and writes it
again while the record is untouched. Whatever the sequence of changes, the file on
disk must be exactly what encoding every record afresh would give.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.settings import Settings
from careerclimb_tui.store import Store
from careerclimb_tui.store.settings_docs import save_settings
from careerclimb_tui.store.storage import rows_of, serialise


def fresh_encoding(path: Path) -> bytes:
    """The file as it would be written with every record encoded anew."""
    return serialise(json.loads(path.read_text(encoding="utf-8")))


def test_a_win_changed_after_the_file_was_read_is_written_as_changed(
    store: Store, clock: FixedClock
) -> None:
    for day in range(1, 6):
        store.add_win(Win(f"Win {day}", dt.date(2026, 11, day)))
    reopened = Store(store.path, clock=clock)
    third = reopened.win(3)
    reopened.update_win(
        dataclasses.replace(third, title="Win 3, measured", measure=Measure(9, 3))
    )
    reopened.delete_win(4)

    again = Store(store.path, clock=clock)
    titles = {win.id: win.title for win in again.wins()}
    assert titles == {1: "Win 1", 2: "Win 2", 3: "Win 3, measured", 5: "Win 5"}
    assert again.win(3).measure == Measure(9, 3)
    assert store.path.read_bytes() == fresh_encoding(store.path)


def test_a_file_indented_by_hand_is_read_and_saved_whole(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(Win("Kept through a hand edit", dt.date(2026, 11, 2)))
    data = json.loads(store.path.read_text(encoding="utf-8"))
    store.path.write_text(json.dumps(data, indent=4), encoding="utf-8")
    assert rows_of(store.path.read_text(encoding="utf-8"), data) == {}

    reopened = Store(store.path, clock=clock)
    reopened.add_win(Win("Added after it", dt.date(2026, 11, 3)))
    titles = [win.title for win in Store(store.path, clock=clock).wins()]
    assert sorted(titles) == ["Added after it", "Kept through a hand edit"]
    assert store.path.read_bytes() == fresh_encoding(store.path)


def test_the_lines_read_are_those_of_the_records_they_hold(store: Store) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        Win('A "quoted", {braced} title\\ with a backslash', dt.date(2026, 11, 2))
    )
    text = store.path.read_text(encoding="utf-8")
    data = json.loads(text)
    rows = rows_of(text, data)
    assert set(rows) == {("profile", "1"), ("meta", "1"), ("wins", "1")}
    for (table, key), (record, line) in rows.items():
        assert record is data[table][key]
        assert json.loads("{" + line + "}")[key] == record


OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["add", "edit", "delete", "profile", "settings", "reopen"]),
        st.integers(min_value=0, max_value=30),
        st.text(max_size=12),
    ),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(operations=OPERATIONS)
def test_after_any_changes_the_file_is_what_a_fresh_encoding_gives(
    tmp_path_factory: object, operations: list[tuple[str, int, str]]
) -> None:
    clock = FixedClock(dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc))
    folder = tmp_path_factory.mktemp("rows")  # type: ignore[attr-defined]
    path = folder / "careerclimb.json"
    store = Store(path, clock=clock)
    store.add_win(Win("First", dt.date(2026, 11, 1)))
    for kind, number, text in operations:
        wins = store.wins()
        if kind == "add":
            store.add_win(Win(text or "Untitled", dt.date(2026, 10, 1 + number % 28)))
        elif kind == "edit" and wins:
            win = wins[number % len(wins)]
            store.update_win(dataclasses.replace(win, title=text or "Edited"))
        elif kind == "delete" and wins:
            store.delete_win(wins[number % len(wins)].id or 0)
        elif kind == "profile":
            store.save_profile(dataclasses.replace(DEMO_PROFILE, name=text))
        elif kind == "settings":
            save_settings(store, Settings(theme=text or None))
        elif kind == "reopen":
            store = Store(path, clock=clock)
        assert path.read_bytes() == fresh_encoding(path)
