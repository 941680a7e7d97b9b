"""The store cannot be fooled: damaged meta, look-alikes, stale locks, bad values."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Profile, Win
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import (
    CannotSave,
    DataFileDamaged,
    DataFileLocked,
    Store,
    StoreProblem,
    repository,
    storage,
)


def a_win(title: str = "Halved the build time", **changes: Any) -> Win:
    return Win(title, dt.date(2026, 11, 3), tags=("ci",), **changes)


def on_disk(store: Store) -> Any:
    return json.loads(store.path.read_text(encoding="utf-8"))


def write_tables(path: Path, tables: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(tables), encoding="utf-8")


def dead_pid() -> int:
    """The id of a process that has just ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def other_store(store: Store, clock: FixedClock) -> Store:
    return Store(store.path, clock=clock)


# --- the meta record ------------------------------------------------------------

BAD_META = [
    # the meta record, words of the reason
    (
        {"schema_version": "2"},
        'meta.schema_version must be a whole number from 1, not "2"',
    ),
    ({"schema_version": 2.0}, "meta.schema_version must be a whole number from 1"),
    ({"schema_version": True}, "meta.schema_version must be a whole number from 1"),
    ({"schema_version": None}, "not null"),
    ({"schema_version": 0}, "not 0"),
    ({"schema_version": -3}, "not -3"),
    ({"schema_version": 2, "next_ids": [1, 2]}, "meta.next_ids must map table names"),
    ({"schema_version": 2, "next_ids": "5"}, "meta.next_ids must map table names"),
    ({"schema_version": 2, "next_ids": None}, "meta.next_ids must map table names"),
    ({"schema_version": 2, "next_ids": {"wins": "5"}}, "meta.next_ids.wins must be"),
    ({"schema_version": 2, "next_ids": {"wins": 2.5}}, "meta.next_ids.wins must be"),
    ({"schema_version": 2, "next_ids": {"wins": False}}, "not false"),
    ({"schema_version": 2, "next_ids": {"wins": 0}}, "not 0"),
    ({"schema_version": 2, "next_ids": {"wins": {}}}, "not {}"),
]


@pytest.mark.parametrize(
    "meta, reason", BAD_META, ids=[json.dumps(row[0]) for row in BAD_META]
)
def test_a_meta_record_of_the_wrong_shape_is_reported_as_damage(
    store: Store, meta: dict[str, Any], reason: str
) -> None:
    write_tables(store.path, {"meta": {"1": meta}, "wins": {}})
    before = store.path.read_bytes()

    with pytest.raises(DataFileDamaged) as caught:
        store.check()
    with pytest.raises(DataFileDamaged):
        store.add_win(a_win())

    assert reason in caught.value.reason
    assert str(store.path) in caught.value.message
    assert store.path.read_bytes() == before


def test_a_damaged_meta_record_gives_a_clean_message_on_the_command_line(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tables(store.path, {"meta": {"1": {"schema_version": "two"}}})

    code = main(["wins"], clock=clock, out=io.StringIO())

    err = capsys.readouterr().err
    assert code == 3
    assert "meta.schema_version" in err and "Traceback" not in err


def test_a_new_file_records_its_version_and_id_counter(store: Store) -> None:
    store.add_win(a_win())

    assert on_disk(store)["meta"] == {
        "1": {"schema_version": 2, "next_ids": {"wins": 2}}
    }


# --- another write that looks like no write -------------------------------------


def _same_signature_always(monkeypatch: pytest.MonkeyPatch, modified_ns: int) -> None:
    """Make every version of the file look alike to stat, as reused inodes and
    coarse timestamps can."""
    signature = (1, 1, 1, modified_ns, modified_ns)
    monkeypatch.setattr(storage, "_signature", lambda path: signature)
    monkeypatch.setattr(storage, "_signature_of", lambda result: signature)


def test_a_save_never_overwrites_a_write_that_left_the_same_stat_signature(
    store: Store, other_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add_win(a_win("first"))
    _same_signature_always(monkeypatch, modified_ns=0)
    store.wins()
    other_store.wins()

    theirs = other_store.add_win(a_win("theirs"))
    mine = store.add_win(a_win("mine"))

    assert mine.id != theirs.id
    assert {w["title"] for w in on_disk(store)["wins"].values()} == {
        "first",
        "theirs",
        "mine",
    }


def test_a_read_just_after_another_write_sees_it_despite_the_same_signature(
    store: Store, other_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A modification time in the future keeps the file inside the racy window.
    _same_signature_always(monkeypatch, modified_ns=time.time_ns() + 10**15)
    store.add_win(a_win("first"))
    assert len(other_store.wins()) == 1

    store.add_win(a_win("second"))

    assert {w.title for w in other_store.wins()} == {"first", "second"}


def test_a_plain_read_of_an_unchanged_settled_file_does_not_read_it_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add_win(a_win())
    _same_signature_always(monkeypatch, modified_ns=0)
    store.wins()
    reads: list[Path] = []
    real_read = storage._read_snapshot

    def counting(path: Path) -> Any:
        reads.append(path)
        return real_read(path)

    monkeypatch.setattr(storage, "_read_snapshot", counting)
    for _ in range(3):
        store.wins()

    assert reads == []


def test_a_file_rewritten_in_place_by_another_program_is_read_again(
    store: Store,
) -> None:
    store.add_win(a_win("as saved"))
    data = on_disk(store)
    data["wins"]["1"]["title"] = "edited by hand"
    with open(store.path, "r+", encoding="utf-8") as handle:
        handle.truncate(0)
        handle.write(json.dumps(data))

    assert [w.title for w in store.wins()] == ["edited by hand"]


# --- read-only ------------------------------------------------------------------


def test_a_read_only_store_refuses_every_change_and_leaves_the_file(
    store: Store, clock: FixedClock
) -> None:
    saved = store.add_win(a_win())
    store.save_profile(Profile("software-engineer", "mid", "senior"))
    before = store.path.read_bytes()
    reader = Store.open_read_only(store.path, clock=clock)

    changes: list[Callable[[], object]] = [
        lambda: reader.add_win(a_win("new")),
        lambda: reader.update_win(saved.with_changes(title="changed")),
        lambda: reader.delete_win(1),
        lambda: reader.restore_win(saved),
        lambda: reader.save_profile(Profile("software-engineer", "senior", "staff")),
        lambda: reader.restore_backup(store.path),
    ]
    for change in changes:
        with pytest.raises(CareerClimbError, match="opened read-only"):
            change()

    assert reader.read_only and not store.read_only
    assert [w.id for w in reader.wins()] == [1]
    assert store.path.read_bytes() == before
    assert not repository.holder_path(store.path).exists()


def test_a_read_only_store_on_a_missing_folder_creates_nothing(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "not-there"

    reader = Store.open_read_only(folder / "careerclimb.json")

    assert reader.wins() == [] and reader.profile() is None
    assert not folder.exists()


# --- the lock holder ------------------------------------------------------------


def test_the_holder_file_names_this_process_only_while_it_saves(
    store: Store,
) -> None:
    holder = repository.holder_path(store.path)
    seen: list[tuple[str, int]] = []

    with store._transaction():
        seen.append(
            (holder.read_text(encoding="utf-8"), stat.S_IMODE(holder.stat().st_mode))
        )

    assert seen == [(str(os.getpid()), 0o600)]
    assert not holder.exists()
    store.add_win(a_win())
    assert not holder.exists()


def test_a_holder_file_left_by_a_killed_process_never_blocks(store: Store) -> None:
    holder = repository.holder_path(store.path)
    holder.write_text(str(dead_pid()), encoding="utf-8")

    saved = store.add_win(a_win())

    assert saved.id == 1
    assert not holder.exists()


def test_a_busy_message_never_names_a_process_that_is_gone(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(repository, "LOCK_WAIT_SECONDS", 0.05)
    blocked = Store(store.path)
    gone = dead_pid()
    repository.holder_path(store.path).write_text(str(gone), encoding="utf-8")

    lock = FileLock(str(repository.lock_path(store.path)))
    with lock, pytest.raises(DataFileLocked) as caught:
        blocked.add_win(a_win())

    assert str(gone) not in caught.value.message
    assert "Another CareerClimb is saving" in caught.value.message


@pytest.mark.parametrize("pid, alive", [(0, False), (-1, False)])
def test_process_ids_that_name_no_process_are_not_alive(pid: int, alive: bool) -> None:
    assert repository.process_alive(pid) is alive


def test_this_process_is_alive_and_an_ended_one_is_not() -> None:
    assert repository.process_alive(os.getpid())
    assert not repository.process_alive(dead_pid())


# --- leftovers of a killed writer -----------------------------------------------


def test_temporary_files_left_by_a_killed_writer_are_ignored_then_removed(
    store: Store, clock: FixedClock
) -> None:
    store.add_win(a_win())
    folder = store.path.parent
    (folder / "backups").mkdir()
    leftovers = [
        folder / ".careerclimb.json.k1lled.tmp",
        folder / "backups" / ".careerclimb-20261119.json.k1lled.tmp",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b'{"wins": {"1": {"title": "half a')

    assert [w.id for w in Store(store.path, clock=clock).wins()] == [1]
    assert all(leftover.exists() for leftover in leftovers)

    clock.advance(days=1)
    store.add_win(a_win("next day"))

    assert not any(leftover.exists() for leftover in leftovers)
    assert [w.id for w in store.wins()] == [2, 1]


# --- values the file cannot hold ------------------------------------------------

UNSAVEABLE: list[tuple[dict[str, Any], str]] = [
    # extra fields of a new win (id 2), words of the reason
    ({"reviewers": {"ana", "li"}}, "wins › 2 › reviewers holds a value of type set"),
    (
        {"review": {"due": dt.date(2026, 12, 1)}},
        "wins › 2 › review › due holds a value of type date",
    ),
    ({"scores": [1, 2, float("nan")]}, "wins › 2 › scores › 2 holds the number nan"),
    ({"ratio": float("inf")}, "wins › 2 › ratio holds the number inf"),
    ({"owner": object()}, "wins › 2 › owner holds a value of type object"),
    ({"grid": {(1, 2): "a"}}, "wins › 2 › grid holds a field named by a value of"),
]


@pytest.mark.parametrize(
    "extra, reason", UNSAVEABLE, ids=[next(iter(row[0])) for row in UNSAVEABLE]
)
def test_a_value_the_file_cannot_hold_saves_nothing_and_says_where_it_is(
    store: Store, extra: dict[str, Any], reason: str
) -> None:
    store.add_win(a_win())
    before = store.path.read_bytes()

    with pytest.raises(CannotSave) as caught:
        store.add_win(a_win("never saved", extra=extra))

    assert caught.value.message.startswith("Nothing was saved: ")
    assert reason in caught.value.message
    assert store.path.read_bytes() == before
    assert [w.id for w in store.wins()] == [1]


def test_undecodable_text_is_named_with_its_field_and_position(store: Store) -> None:
    with pytest.raises(CannotSave) as caught:
        store.add_win(a_win("caf\udce9"))

    assert "wins › 1 › title holds text with an undecodable character" in str(
        caught.value
    )
    assert "(character 4)" in str(caught.value)
    assert not store.path.exists()


def test_a_profile_that_cannot_be_saved_leaves_the_old_one(store: Store) -> None:
    first = store.save_profile(Profile("software-engineer", "mid", "senior"))
    before = store.path.read_bytes()
    odd = Profile("software-engineer", "mid", "senior", extra={"since": dt.date.min})

    with pytest.raises(CannotSave, match="profile › 1 › since holds a value of type"):
        store.save_profile(odd)

    assert store.path.read_bytes() == before
    assert store.profile() == first


# --- records that cannot be read ------------------------------------------------


def test_saving_over_an_unreadable_profile_keeps_the_old_one_inside(
    store: Store,
) -> None:
    store.save_profile(Profile("software-engineer", "mid", "senior"))
    data = on_disk(store)
    data["profile"]["1"]["fiscal_year_start_month"] = "July"
    store.path.write_text(json.dumps(data), encoding="utf-8")
    assert store.profile() is None
    assert store.problems == [
        StoreProblem("profile", 1, "fiscal_year_start_month must be 1 to 12")
    ]

    store.save_profile(Profile("software-engineer", "senior", "staff"))

    kept = on_disk(store)["profile"]["1"]["unreadable_earlier_profile"]
    assert kept["fiscal_year_start_month"] == "July"
    assert kept["current_level"] == "mid"
    profile = store.profile()
    assert profile is not None and profile.current_level == "senior"
