"""Two running apps on one data file: no lost wins, no ghosts, a named holder."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Win
from careerclimb_tui.store import DataFileLocked, Store, repository

REPO = Path(__file__).parents[1]
MOMENT = "2026-11-18T09:30:00+00:00"
WINS_EACH = 40

# Opens the store, says "ready", waits for a line, then runs the named scenario.
SCRIPT = """
import datetime as dt
import sys
from pathlib import Path

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Win
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import Store

path, scenario, name = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
store = Store(path, clock=FixedClock(dt.datetime.fromisoformat(sys.argv[4])))
wins = {win.id: win for win in store.wins()}
print("ready", flush=True)
sys.stdin.readline()

if scenario == "add":
    for number in range(int(sys.argv[5])):
        store.add_win(Win(f"{name} {number}", dt.date(2026, 11, 18)))
elif scenario == "stale-edit":
    store.add_win(Win(f"{name} added", dt.date(2026, 11, 18)))
    store.update_win(wins[3].with_changes(title=f"{name} edited"))
    try:
        store.update_win(wins[2].with_changes(title="edited after its deletion"))
    except CareerClimbError:
        print("refused", flush=True)
elif scenario == "hold":
    with store._transaction():
        print("holding", flush=True)
        sys.stdin.readline()
print("done", flush=True)
"""


@pytest.fixture
def children() -> Iterator[list[subprocess.Popen[str]]]:
    """Every child started, so that none outlives the test."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for child in started:
        if child.poll() is None:
            child.kill()
        child.wait()
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()


def start(
    children: list[subprocess.Popen[str]], path: Path, scenario: str, *args: str
) -> subprocess.Popen[str]:
    """Start an app process on ``path`` and wait until it has read the store."""
    child = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(path), scenario, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    children.append(child)
    expect(child.stdout, "ready")
    return child


def expect(stream: IO[str] | None, word: str) -> None:
    assert stream is not None
    line = stream.readline().strip()
    assert line == word, f"the child said {line!r}"


def go(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None
    child.stdin.write("go\n")
    child.stdin.flush()


def on_disk(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_two_processes_adding_wins_at_once_lose_none(
    store: Store, children: list[subprocess.Popen[str]]
) -> None:
    count = str(WINS_EACH)
    first = start(children, store.path, "add", "first", MOMENT, count)
    second = start(children, store.path, "add", "second", MOMENT, count)

    for child in (first, second):
        go(child)
    for child in (first, second):
        expect(child.stdout, "done")
        assert child.wait() == 0

    wins = store.wins()
    titles = {w.title for w in wins}
    assert titles == {
        f"{name} {n}" for name in ("first", "second") for n in range(WINS_EACH)
    }
    assert sorted(w.id or 0 for w in wins) == list(range(1, 2 * WINS_EACH + 1))
    assert on_disk(store.path)["meta"]["1"]["next_ids"] == {"wins": 2 * WINS_EACH + 1}


def test_a_deleted_win_never_comes_back_when_the_other_process_saves(
    store: Store, children: list[subprocess.Popen[str]]
) -> None:
    for title in ("one", "two", "three"):
        store.add_win(Win(title, dt.date(2026, 11, 1)))
    other = start(children, store.path, "stale-edit", "other", MOMENT)

    store.delete_win(2)
    go(other)
    expect(other.stdout, "refused")
    expect(other.stdout, "done")
    assert other.wait() == 0

    saved = on_disk(store.path)["wins"]
    assert sorted(saved) == ["1", "3", "4"]
    assert saved["3"]["title"] == "other edited"
    assert saved["4"]["title"] == "other added"
    assert 2 not in {w.id for w in store.wins()}


def test_a_writer_blocked_too_long_is_told_which_process_holds_the_lock(
    store: Store,
    clock: FixedClock,
    children: list[subprocess.Popen[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store.add_win(Win("before", dt.date(2026, 11, 1)))
    before = store.path.read_bytes()
    monkeypatch.setattr(repository, "LOCK_WAIT_SECONDS", 0.2)
    blocked = Store(store.path, clock=clock)
    holder = start(children, store.path, "hold", "holder", MOMENT)
    go(holder)
    expect(holder.stdout, "holding")

    with pytest.raises(DataFileLocked) as caught:
        blocked.add_win(Win("blocked", dt.date(2026, 11, 18)))

    assert f"process {holder.pid}" in caught.value.message
    assert str(store.path) in caught.value.message
    assert store.path.read_bytes() == before

    go(holder)
    expect(holder.stdout, "done")
    assert holder.wait() == 0
    assert not repository.holder_path(store.path).exists()
    assert blocked.add_win(Win("after", dt.date(2026, 11, 18))).id == 2


def test_a_holder_killed_mid_save_blocks_nobody_and_is_never_named(
    store: Store,
    clock: FixedClock,
    children: list[subprocess.Popen[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store.add_win(Win("before", dt.date(2026, 11, 1)))
    monkeypatch.setattr(repository, "LOCK_WAIT_SECONDS", 0.2)
    holder = start(children, store.path, "hold", "holder", MOMENT)
    go(holder)
    expect(holder.stdout, "holding")

    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert repository.recorded_holder(store.path) == holder.pid

    saved = Store(store.path, clock=clock).add_win(Win("after", dt.date(2026, 11, 18)))

    assert saved.id == 2
    assert not repository.holder_path(store.path).exists()
    assert [w.title for w in store.wins()] == ["after", "before"]
