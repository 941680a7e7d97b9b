"""Upgrading older data files: each step, the whole chain, and files from the future."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Win
from careerclimb_tui.store import DataFileTooNew, Store, StoreProblem
from careerclimb_tui.store.migrations import MIGRATIONS, SCHEMA_VERSION, migrate

OLD_FILE = Path(__file__).parent / "data" / "store" / "v1-careerclimb.json"
UPGRADE_BACKUP = "careerclimb.v1-pre-migration-20261118-093000.json"


def v1_tables(wins: dict[str, Any], meta: dict[str, Any] | None = None) -> Any:
    """The tables of a version-1 file holding these win records."""
    return {"meta": {"1": {"schema_version": 1, **(meta or {})}}, "wins": wins}


@pytest.fixture
def old_file(isolated_home: Path) -> Path:
    """The hand-written version-1 file, copied into the test's home."""
    isolated_home.mkdir(parents=True)
    path = isolated_home / "careerclimb.json"
    shutil.copyfile(OLD_FILE, path)
    path.chmod(0o600)
    return path


def a_win() -> Win:
    return Win("Halved the build time", dt.date(2026, 11, 3), tags=("ci",))


def on_disk(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


# --- the list of steps ----------------------------------------------------------


def test_steps_run_one_version_at_a_time_from_version_one() -> None:
    assert [step.from_version for step in MIGRATIONS] == list(
        range(1, len(MIGRATIONS) + 1)
    )
    assert SCHEMA_VERSION == len(MIGRATIONS) + 1 == 2


@pytest.mark.parametrize("version", [0, -1, SCHEMA_VERSION + 1])
def test_migrating_from_a_version_with_no_step_is_refused(version: int) -> None:
    with pytest.raises(ValueError):
        migrate(v1_tables({}), version)


# --- version 1 to 2 -------------------------------------------------------------

TAGS = [
    # tags as version 1 stored them, tags as version 2 stores them
    ("deploys, on call", ["deploys", "on call"]),
    ("one", ["one"]),
    ("", []),
    (" , ,", []),
    ("a,,b ,  c", ["a", "b", "c"]),
    ("“quoted”, 部署", ["“quoted”", "部署"]),
    (["already", "a list"], ["already", "a list"]),
    (None, None),
    # Not text and not a list: left alone, so the reader reports the record.
    (5, 5),
]


@pytest.mark.parametrize("old, new", TAGS, ids=[repr(row[0]) for row in TAGS])
def test_version_1_tags_text_becomes_a_list(old: Any, new: Any) -> None:
    upgraded = migrate(v1_tables({"1": {"title": "t", "tags": old}}), 1)

    assert upgraded["wins"]["1"]["tags"] == new
    assert upgraded["wins"]["1"]["title"] == "t"


def test_a_win_without_tags_gets_none_added() -> None:
    upgraded = migrate(v1_tables({"1": {"title": "no tags"}}), 1)

    assert upgraded["wins"]["1"] == {"title": "no tags"}


NEXT_IDS = [
    # win ids in the file, next_ids kept by version 1, next_ids after the upgrade
    ([], None, {"wins": 1}),
    (["1", "2", "5"], None, {"wins": 6}),
    (["1", "2"], {"wins": 9}, {"wins": 9}),
    (["3"], {"wins": 2}, {"wins": 4}),
    (["1"], {"wins": 4, "notes": 7}, {"wins": 4, "notes": 7}),
]


@pytest.mark.parametrize("ids, kept, expected", NEXT_IDS)
def test_version_2_counts_ids_from_the_highest_ever_seen(
    ids: list[str], kept: dict[str, int] | None, expected: dict[str, int]
) -> None:
    meta = {} if kept is None else {"next_ids": kept}
    tables = v1_tables({key: {"title": key} for key in ids}, meta)

    upgraded = migrate(tables, 1)

    assert upgraded["meta"]["1"] == {"schema_version": 2, "next_ids": expected}


def test_a_file_without_a_meta_record_is_treated_as_version_1() -> None:
    upgraded = migrate({"wins": {"4": {"title": "t", "tags": "a,b"}}}, 1)

    assert upgraded["meta"]["1"] == {"schema_version": 2, "next_ids": {"wins": 5}}
    assert upgraded["wins"]["4"]["tags"] == ["a", "b"]


def test_migrating_leaves_the_tables_it_was_given_unchanged() -> None:
    tables = v1_tables({"1": {"title": "t", "tags": "a, b"}})
    before = copy.deepcopy(tables)

    migrate(tables, 1)

    assert tables == before


# --- a real version-1 file ------------------------------------------------------


def test_opening_a_version_1_file_upgrades_it_after_backing_it_up(
    old_file: Path, clock: FixedClock
) -> None:
    original = old_file.read_bytes()
    store = Store(old_file, clock=clock)

    wins = store.wins()

    data = on_disk(old_file)
    assert data["meta"]["1"] == {"schema_version": 2, "next_ids": {"wins": 8}}
    assert data["wins"]["1"]["tags"] == ["deploys", "on call", "reliability"]
    assert data["wins"]["2"]["tags"] == []
    assert data["wins"]["5"]["tags"] == ["incident"]
    assert data["wins"]["2"]["confidence"] == {"score": 0.8, "by": ["me", "lead"]}
    assert data["profile"] == json.loads(original)["profile"]

    backup = old_file.parent / "backups" / UPGRADE_BACKUP
    assert backup.read_bytes() == original
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert store.backups() == [], "an upgrade copy is not a daily backup"
    assert store.schema_version() == 2

    assert [w.id for w in wins] == [5, 2, 1]
    assert wins[2].tags == ("deploys", "on call", "reliability")
    assert wins[1].extra == {"confidence": {"score": 0.8, "by": ["me", "lead"]}}
    profile = store.profile()
    assert profile is not None and profile.fiscal_year_start_month == 4


def test_an_unreadable_record_survives_the_upgrade_and_is_reported(
    old_file: Path, clock: FixedClock
) -> None:
    store = Store(old_file, clock=clock)

    store.wins()

    assert store.problems == [StoreProblem("wins", 7, "date must be a date, not 12")]
    assert on_disk(old_file)["wins"]["7"]["date"] == 12
    assert on_disk(old_file)["wins"]["7"]["title"] == (
        "A win whose date was mangled by hand"
    )


def test_new_wins_after_an_upgrade_never_reuse_an_old_id(
    old_file: Path, clock: FixedClock
) -> None:
    store = Store(old_file, clock=clock)

    assert store.add_win(a_win()).id == 8


def test_an_upgraded_file_is_not_upgraded_again(
    old_file: Path, clock: FixedClock
) -> None:
    Store(old_file, clock=clock).check()
    upgraded = old_file.read_bytes()
    clock.advance(minutes=5)

    Store(old_file, clock=clock).wins()

    assert old_file.read_bytes() == upgraded
    assert [p.name for p in (old_file.parent / "backups").iterdir()] == [UPGRADE_BACKUP]


def test_a_read_only_store_shows_an_old_file_upgraded_without_touching_it(
    old_file: Path, clock: FixedClock
) -> None:
    original = old_file.read_bytes()
    store = Store.open_read_only(old_file, clock=clock)

    wins = store.wins()

    assert wins[2].tags == ("deploys", "on call", "reliability")
    assert store.schema_version() == SCHEMA_VERSION
    assert old_file.read_bytes() == original
    assert not (old_file.parent / "backups").exists()


def test_the_command_line_reads_a_version_1_file(
    old_file: Path, clock: FixedClock
) -> None:
    out = io.StringIO()

    code = main(["wins", "--json"], clock=clock, out=out)

    assert code == 0
    listed = {win["id"]: win["tags"] for win in json.loads(out.getvalue())}
    assert listed == {5: ["incident"], 2: [], 1: ["deploys", "on call", "reliability"]}


# --- files from a newer app -----------------------------------------------------


@pytest.fixture
def future_file(isolated_home: Path) -> Path:
    isolated_home.mkdir(parents=True)
    path = isolated_home / "careerclimb.json"
    tables = {
        "meta": {"1": {"schema_version": SCHEMA_VERSION + 1, "next_ids": {"wins": 2}}},
        "wins": {"1": {"title": "from the future", "date": "2027-01-01"}},
    }
    path.write_text(json.dumps(tables), encoding="utf-8")
    return path


def test_a_file_from_a_newer_app_is_refused_and_never_touched(
    future_file: Path, clock: FixedClock
) -> None:
    original = future_file.read_bytes()
    store = Store(future_file, clock=clock)

    for attempt in (store.check, store.wins, lambda: store.add_win(a_win())):
        with pytest.raises(DataFileTooNew) as caught:
            attempt()
        assert "newer CareerClimb" in caught.value.message
        assert f"data format {SCHEMA_VERSION + 1}" in caught.value.message
        assert str(future_file) in caught.value.message

    assert future_file.read_bytes() == original
    assert not (future_file.parent / "backups").exists()


def test_the_command_line_refuses_a_newer_file_with_a_clean_message(
    future_file: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    original = future_file.read_bytes()

    code = main(["wins"], clock=clock, out=io.StringIO())

    err = capsys.readouterr().err
    assert code == 3
    assert "newer CareerClimb" in err and "Traceback" not in err
    assert future_file.read_bytes() == original
