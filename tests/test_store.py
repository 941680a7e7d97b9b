"""The store: exact round trips, stable ids, private and atomic writes, backups."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import stat
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock

import careerclimb_tui.store.repository as repository
import careerclimb_tui.store.storage as storage
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Measure, Profile, Win
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import (
    CannotSave,
    DataFileDamaged,
    DataFileLocked,
    Store,
    StoreProblem,
)

HARD_TEXTS = {
    "curly quotes": "“Deploys” didn’t ‘fail’ — not once",
    "emoji with skin tone": "Thanks 👍🏽 from the 👩🏿‍💻 on-call crew",
    "right to left": "שלום עולם — مرحبا بالعالم",
    "CJK": "部署失败率下降了四成、チームの待ち時間が半分に",
    "three lines": "first line\nsecond line\n  third line, indented",
    "fifty thousand characters": "x" * 49_990 + "end of text",
}


def full_win(text: str = "Cut deploy failures") -> Win:
    """A win with every field filled in."""
    return Win(
        title=text,
        date=dt.date(2026, 11, 3),
        what_changed=f"Before → after: {text}",
        measure=Measure(
            before=12, after=4.5, unit="failures/week", label=text, change_pct=-62.5
        ),
        beneficiaries=text,
        noticed_by="Platform team and the VP of Engineering",
        dimensions=("execution", "ownership_initiative"),
        tags=("deploys", text),
        framing="impact",
    )


def on_disk(store: Store) -> dict[str, Any]:
    """The data file as JSON, read straight from the disk."""
    return json.loads(store.path.read_text(encoding="utf-8"))


def edit_on_disk(store: Store, change: Any) -> None:
    """Change the data file behind the store's back, as another program might."""
    data = on_disk(store)
    change(data)
    store.path.write_text(json.dumps(data), encoding="utf-8")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def other_store(store: Store, clock: FixedClock) -> Store:
    """A second store on the same file, as a second running app would have."""
    return Store(store.path, clock=clock)


@pytest.fixture
def quick_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give up on a held lock after a twentieth of a second instead of seconds."""
    monkeypatch.setattr(repository, "LOCK_WAIT_SECONDS", 0.05)


# --- round trips ----------------------------------------------------------------


def test_profile_round_trips_exactly(store: Store, clock: FixedClock) -> None:
    profile = Profile(
        ladder_id="software-engineer",
        current_level="mid",
        target_level="senior",
        name="Zoë 李 👩🏽‍💻",
        track="site reliability",
        cycle_closes=dt.date(2027, 3, 31),
        fiscal_year_start_month=7,
    )

    saved = store.save_profile(profile)

    assert saved.created_at == saved.updated_at == clock.now()
    assert store.profile() == saved
    assert Store(store.path, clock=clock).profile() == saved


def test_saving_the_profile_again_keeps_when_it_was_created(
    store: Store, clock: FixedClock
) -> None:
    first = store.save_profile(Profile("software-engineer", "mid", "senior"))
    clock.advance(days=3)

    second = store.save_profile(replace(first, name="Ana"))

    assert second.created_at == first.created_at
    assert second.updated_at == clock.now()
    assert store.profile() == second


@pytest.mark.parametrize("text", HARD_TEXTS.values(), ids=HARD_TEXTS.keys())
def test_win_round_trips_every_field_exactly(
    store: Store, clock: FixedClock, text: str
) -> None:
    saved = store.add_win(full_win(text))

    for reader in (store, Store(store.path, clock=clock)):
        read = reader.win(saved.id or 0)
        assert read == saved
        assert read.title == text
        assert isinstance(read.dimensions, tuple) and isinstance(read.tags, tuple)
        assert read.measure == full_win(text).measure
        assert read.created_at == read.updated_at == clock.now()


def test_fresh_store_on_the_same_file_sees_everything(
    store: Store, clock: FixedClock
) -> None:
    profile = store.save_profile(Profile("software-engineer", "mid", "senior"))
    wins = [store.add_win(full_win(f"win {n}")) for n in range(3)]

    fresh = Store(store.path, clock=clock)

    assert fresh.profile() == profile
    assert sorted(fresh.wins(), key=lambda w: w.id or 0) == wins
    assert fresh.schema_version() == repository.SCHEMA_VERSION


def test_wins_come_newest_first(store: Store) -> None:
    older = store.add_win(Win("older", dt.date(2026, 1, 5)))
    newer = store.add_win(Win("newer", dt.date(2026, 6, 1)))
    same_day = store.add_win(Win("same day, added later", dt.date(2026, 6, 1)))

    assert [w.id for w in store.wins()] == [same_day.id, newer.id, older.id]


# --- ids ------------------------------------------------------------------------


def test_win_ids_are_stable_and_never_reused_after_deleting_the_newest(
    store: Store, clock: FixedClock
) -> None:
    first, second, third = (store.add_win(full_win(f"win {n}")) for n in range(3))
    assert [first.id, second.id, third.id] == [1, 2, 3]

    store.delete_win(3)
    fourth = store.add_win(full_win("after the delete"))
    store.delete_win(4)
    fifth = Store(store.path, clock=clock).add_win(full_win("from a fresh store"))

    assert (fourth.id, fifth.id) == (4, 5)
    assert store.win(1) == first and store.win(2) == second


@pytest.mark.parametrize("given", [3, "3", " #3", "#3", "3 ", "\t3\n"])
def test_win_ids_given_as_text_work_like_numbers(store: Store, given: Any) -> None:
    for n in range(3):
        store.add_win(full_win(f"win {n}"))

    assert store.win(given).id == 3
    assert store.delete_win(given).id == 3
    assert [w.id for w in store.wins()] == [2, 1]


@pytest.mark.parametrize("given", ["abc", "", "#", "-1", "3.0", "²", True, 0, 99])
def test_ids_that_name_no_win_say_so(store: Store, given: Any) -> None:
    store.add_win(full_win())

    with pytest.raises(CareerClimbError, match="There is no win with id"):
        store.win(given)
    with pytest.raises(CareerClimbError, match="There is no win with id"):
        store.delete_win(given)
    assert len(store.wins()) == 1


def test_restoring_a_deleted_win_brings_back_the_same_id(store: Store) -> None:
    store.add_win(full_win("keep"))
    doomed = store.add_win(full_win("undo me"))

    removed = store.delete_win(doomed.id or 0)
    assert [w.id for w in store.wins()] == [1]
    restored = store.restore_win(removed)

    assert restored.id == doomed.id
    assert store.win(doomed.id or 0) == doomed
    assert store.add_win(full_win("next")).id == 3


# --- updates --------------------------------------------------------------------


def test_update_keeps_created_at_and_moves_updated_at(
    store: Store, clock: FixedClock
) -> None:
    saved = store.add_win(full_win())
    clock.advance(hours=5)

    updated = store.update_win(saved.with_changes(title="Renamed"))

    assert updated.created_at == saved.created_at
    assert updated.updated_at == clock.now() != saved.updated_at
    assert store.win(saved.id or 0) == updated


def test_update_of_a_win_built_without_timestamps_keeps_the_stored_ones(
    store: Store, clock: FixedClock
) -> None:
    saved = store.add_win(full_win())
    clock.advance(days=1)

    updated = store.update_win(full_win("rewritten").with_changes(id=saved.id))

    assert updated.created_at == saved.created_at
    assert store.win(saved.id or 0).title == "rewritten"


def test_update_of_a_deleted_win_does_not_bring_it_back(store: Store) -> None:
    saved = store.add_win(full_win())
    store.delete_win(saved.id or 0)

    with pytest.raises(CareerClimbError, match="deleted in another window"):
        store.update_win(saved.with_changes(title="too late"))

    assert store.wins() == []
    assert on_disk(store)["wins"] == {}


@pytest.mark.parametrize("read_after_edit", [True, False], ids=["fresh", "stale"])
def test_unknown_fields_on_a_win_survive_an_update(
    store: Store, read_after_edit: bool
) -> None:
    saved = store.add_win(full_win())
    in_hand = saved

    def add_fields(data: dict[str, Any]) -> None:
        data["wins"]["1"]["confidence"] = {"score": 0.8, "by": ["me", "lead"]}
        data["wins"]["1"]["source"] = "newer app"

    edit_on_disk(store, add_fields)
    if read_after_edit:
        in_hand = store.win(saved.id or 0)
    store.update_win(in_hand.with_changes(title="Renamed"))

    document = on_disk(store)["wins"]["1"]
    assert document["title"] == "Renamed"
    assert document["confidence"] == {"score": 0.8, "by": ["me", "lead"]}
    assert document["source"] == "newer app"


def test_unreadable_win_stays_in_the_file_and_is_reported(store: Store) -> None:
    store.add_win(full_win("broken later"))
    store.add_win(full_win("fine"))
    edit_on_disk(store, lambda data: data["wins"]["1"].update(date=12))

    wins = store.wins()
    store.add_win(full_win("added while one is broken"))

    assert [w.title for w in wins] == ["fine"]
    assert store.problems == [StoreProblem("wins", 1, "date must be a date, not 12")]
    assert on_disk(store)["wins"]["1"]["date"] == 12
    assert [w.id for w in store.wins()] == [3, 2]


# --- privacy and atomic writes --------------------------------------------------


def test_data_file_and_its_folders_are_private(store: Store, clock: FixedClock) -> None:
    store.add_win(full_win())
    clock.advance(days=1)
    store.add_win(full_win("second day"))

    assert mode_of(store.path) == 0o600
    assert mode_of(store.path.parent) == 0o700
    assert mode_of(store.backups_dir) == 0o700
    assert [mode_of(b) for b in store.backups()] == [0o600]


def test_saves_leave_no_temporary_files_behind(store: Store) -> None:
    for n in range(5):
        saved = store.add_win(full_win(f"win {n}"))
    store.update_win(saved.with_changes(title="changed"))
    store.delete_win(1)

    leftovers = [
        p.name
        for p in store.path.parent.iterdir()
        if p.name.endswith(".tmp") or p.name.startswith(f".{store.path.name}")
    ]
    assert leftovers == []


def test_win_that_cannot_become_json_is_not_saved(store: Store) -> None:
    saved = store.add_win(full_win())
    before = store.path.read_bytes()
    bad = store.win(saved.id or 0)
    bad.extra["reviewers"] = {1, 2}

    with pytest.raises(CannotSave, match="Nothing was saved"):
        store.update_win(bad.with_changes(title="never written"))
    with pytest.raises(CannotSave):
        store.add_win(full_win().with_changes(extra={"seen": {"a", "b"}}))

    assert store.path.read_bytes() == before
    assert [w.title for w in store.wins()] == [saved.title]
    assert store.add_win(full_win("still usable")).id == 2


def test_text_that_cannot_be_written_as_utf8_is_not_saved(store: Store) -> None:
    # A lone surrogate is what undecodable bytes on a command line turn into.
    store.add_win(full_win())
    before = store.path.read_bytes()

    with pytest.raises(CannotSave):
        store.add_win(full_win("caf\udce9"))

    assert store.path.read_bytes() == before
    assert [w.id for w in store.wins()] == [1]
    assert store.add_win(full_win("still usable")).id == 2


def test_failed_write_to_disk_saves_nothing_and_shows_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add_win(full_win())
    before = store.path.read_bytes()

    def disk_full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(storage, "atomic_write", disk_full)
    with pytest.raises(CannotSave, match="Nothing was saved"):
        store.add_win(full_win("lost to a full disk"))
    monkeypatch.undo()

    assert store.path.read_bytes() == before
    assert [w.id for w in store.wins()] == [1]
    assert store.add_win(full_win("after space was freed")).id == 2


def test_rename_that_fails_leaves_the_old_file_and_no_temporary_file(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add_win(full_win())
    content = store.path.read_bytes()

    def refuse(source: str, target: Path) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))

    monkeypatch.setattr(storage.os, "replace", refuse)
    with pytest.raises(CannotSave):
        store.add_win(full_win("never renamed into place"))
    monkeypatch.undo()

    assert [p.name for p in store.path.parent.glob("*.tmp")] == []
    assert store.path.read_bytes() == content
    assert [w.id for w in store.wins()] == [1]


# --- damaged files --------------------------------------------------------------

DAMAGED = [
    # content, line, column, words of the reason
    (b"", 1, 1, "empty"),
    (b"  \n\n", 1, 1, "empty"),
    (b'{\n "wins": {\n  "1": {"title": "Cut', 3, 18, "Unterminated string"),
    (b'{"wins": {}}\nextra', 2, 1, "Extra data"),
    (b'{"wins": {"1": {"title": "a",}}}', 1, 30, "Expecting property name"),
    (b'{"wins": {"1": {"title": "caf\xe9"}}}', 1, 30, "not UTF-8"),
    (b"[1, 2]", 1, 1, "tables"),
    (b'{"wins": []}', 1, 1, "tables"),
    (b'{"wins": {"one": {}}}', 1, 1, "bad id 'one'"),
    ('{"wins": {"²": {}}}'.encode(), 1, 1, "bad id '²'"),
    (b'{"wins": {"1": 5}}', 1, 1, "record 1"),
]


@pytest.mark.parametrize(
    "content, line, column, reason",
    DAMAGED,
    ids=[repr(row[0][:16]) for row in DAMAGED],
)
def test_damaged_data_file_is_reported_and_never_overwritten(
    store: Store, content: bytes, line: int, column: int, reason: str
) -> None:
    store.path.write_bytes(content)

    with pytest.raises(DataFileDamaged) as caught:
        store.check()
    assert (caught.value.line, caught.value.column) == (line, column)
    assert reason in caught.value.reason
    assert f"line {line}, column {column}" in caught.value.message
    assert str(store.path) in caught.value.message

    with pytest.raises(DataFileDamaged):
        store.wins()
    with pytest.raises(DataFileDamaged):
        store.add_win(full_win())
    with pytest.raises(DataFileDamaged):
        store.save_profile(Profile("software-engineer", "mid", "senior"))
    assert store.path.read_bytes() == content
    assert not store.backups_dir.exists()


def test_data_file_with_a_byte_order_mark_is_read(store: Store) -> None:
    store.add_win(full_win())
    store.path.write_bytes(b"\xef\xbb\xbf" + store.path.read_bytes())

    assert [w.id for w in store.wins()] == [1]


# --- two running apps on one file -----------------------------------------------


def test_two_stores_on_one_file_lose_no_writes(
    store: Store, other_store: Store
) -> None:
    store.wins()
    other_store.wins()

    mine = store.add_win(full_win("from the first window"))
    theirs = other_store.add_win(full_win("from the second window"))

    assert mine.id != theirs.id
    for reader in (store, other_store):
        assert {w.title for w in reader.wins()} == {mine.title, theirs.title}


def test_a_win_deleted_by_one_store_never_comes_back_through_the_other(
    store: Store, other_store: Store
) -> None:
    doomed = store.add_win(full_win("doomed"))
    kept = store.add_win(full_win("kept"))
    assert {w.id for w in other_store.wins()} == {doomed.id, kept.id}

    store.delete_win(doomed.id or 0)
    other_store.add_win(full_win("added afterwards"))
    other_store.update_win(other_store.win(kept.id or 0).with_changes(title="edit"))

    assert doomed.id not in {w.id for w in other_store.wins()}
    assert str(doomed.id) not in on_disk(store)["wins"]
    assert doomed.id not in {w.id for w in store.wins()}


# --- backups --------------------------------------------------------------------


def test_first_write_of_a_day_backs_up_the_file_as_it_was(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(full_win("day one"))
    assert store.backups() == []
    clock.advance(days=1)
    before = store.path.read_bytes()

    store.add_win(full_win("day two, first"))
    store.add_win(full_win("day two, second"))

    backups = store.backups()
    assert [b.name for b in backups] == ["careerclimb-20261119.json"]
    assert backups[0].read_bytes() == before
    assert mode_of(backups[0]) == 0o600

    clock.advance(days=1)
    store.add_win(full_win("day three"))
    assert [b.name for b in store.backups()][-1] == "careerclimb-20261120.json"
    assert len(store.backups()) == 2


def test_only_the_ten_newest_daily_backups_are_kept(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(full_win("day zero"))

    for day in range(12):
        clock.advance(days=1)
        store.add_win(full_win(f"day {day + 1}"))

    names = [b.name for b in store.backups()]
    assert len(names) == repository.BACKUPS_KEPT == 10
    assert names[0] == "careerclimb-20261121.json"
    assert names[-1] == "careerclimb-20261130.json"


# --- the write lock -------------------------------------------------------------


def test_write_while_another_app_holds_the_lock_names_its_process(
    quick_lock: None, isolated_home: Path, clock: FixedClock
) -> None:
    path = isolated_home / "careerclimb.json"
    mine, theirs = Store(path, clock=clock), Store(path, clock=clock)
    mine.add_win(full_win())
    before = path.read_bytes()

    # Hold the lock exactly as the other app does while it saves.
    with theirs._transaction():
        with pytest.raises(DataFileLocked) as caught:
            mine.add_win(full_win("blocked"))

    assert f"process {os.getpid()}" in caught.value.message
    assert str(path) in caught.value.message
    assert caught.value.exit_code == 4
    assert path.read_bytes() == before
    assert mine.add_win(full_win("after the lock was released")).id == 2


def test_write_while_an_unknown_process_holds_the_lock_says_so(
    quick_lock: None, isolated_home: Path, clock: FixedClock
) -> None:
    path = isolated_home / "careerclimb.json"
    store = Store(path, clock=clock)

    with FileLock(str(path) + ".lock"):
        with pytest.raises(DataFileLocked, match="Another CareerClimb is saving"):
            store.add_win(full_win())

    assert not path.exists()


def test_a_file_of_the_users_own_in_the_backups_folder_is_never_pruned(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(full_win("day zero"))
    clock.advance(days=1)
    store.add_win(full_win("day one"))
    own = store.backups_dir / "careerclimb-notes.json"
    own.write_text("mine")

    for day in range(12):
        clock.advance(days=1)
        store.add_win(full_win(f"day {day + 2}"))

    assert own.read_text() == "mine"
    assert own not in store.all_backups()
    assert len(store.backups()) == repository.BACKUPS_KEPT
