"""A writer killed at any moment leaves the old file or the new one, never less.

Writer processes save wins one after another into a store of 5,000 wins and are
killed with SIGKILL at random moments; after every kill the file must open and hold
exactly the wins saved before, plus at most the one that was being saved. The number
of kills comes from CAREERCLIMB_CRASH_KILLS: 100 by default, which already lands kills
before a writer's first save, in the middle of writing the file and around its fsync
and rename. For a longer run by hand, set it higher:

    CAREERCLIMB_CRASH_KILLS=1000 .venv/bin/python -m pytest tests/test_crash.py

A small script, run once with the project's Python, forks one writer per kill: each
writer is a process of its own, killed for real, but the imports are paid once
rather than once per kill.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.store import Store, convert, repository
from careerclimb_tui.store.migrations import SCHEMA_VERSION
from careerclimb_tui.store.storage import atomic_write, parse_data_file, serialise

pytestmark = pytest.mark.crash

KILLS = int(os.environ.get("CAREERCLIMB_CRASH_KILLS", "100"))
PREFILLED = 5_000
# Long enough to land anywhere in a save of 5,000 wins, including the fsync and the
# rename, and sometimes before the first save starts.
LONGEST_WAIT = 0.15
REPO = Path(__file__).parents[1]
MOMENT = "2026-11-18T09:30:00+00:00"

# For each number read on stdin, fork a writer that opens the store, says "running"
# and saves until it is killed, printing each number once its save has returned.
# The script says "writer <pid>" when it forked one and "gone" once it has ended.
FORK_WRITERS = """
import datetime as dt
import os
import sys
from pathlib import Path

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Win
from careerclimb_tui.store import Store

path = Path(sys.argv[1])
clock = FixedClock(dt.datetime.fromisoformat(sys.argv[2]))


def write_from(number):
    store = Store(path, clock=clock)
    store.check()
    print("running", flush=True)
    while True:
        store.add_win(Win(f"crash {number}", dt.date(2026, 11, 18)))
        print(number, flush=True)
        number += 1


while line := sys.stdin.readline():
    pid = os.fork()
    if pid == 0:
        try:
            write_from(int(line))
        finally:
            os._exit(1)
    print("writer", pid, flush=True)
    os.waitpid(pid, 0)
    print("gone", flush=True)
"""


@pytest.fixture
def prefilled(isolated_home: Path, clock: FixedClock) -> Path:
    """A data file holding 5,000 wins, written the way the store writes it."""
    wins = {}
    for number in range(1, PREFILLED + 1):
        win = Win(
            title=f"prefilled {number}: cut deploy failures on service {number}",
            date=dt.date(2026, 1, 1) + dt.timedelta(days=number % 300),
            what_changed="Release managers stopped rolling back on Fridays",
            measure=Measure(before=12, after=4, unit="failures/week"),
            beneficiaries="the platform team",
            dimensions=("execution",),
            tags=("deploys", "reliability"),
            framing="impact",
            id=number,
            created_at=clock.now(),
            updated_at=clock.now(),
        )
        wins[str(number)] = convert.win_to_json(win)
    meta = {"schema_version": SCHEMA_VERSION, "next_ids": {"wins": PREFILLED + 1}}
    path = isolated_home / "careerclimb.json"
    atomic_write(path, serialise({"meta": {"1": meta}, "wins": wins}))
    return path


def start_forking(path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", FORK_WRITERS, str(path), MOMENT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )


def start_writer(forker: subprocess.Popen[str], first: int) -> int:
    """Fork a writer and wait until it runs; returns its process id."""
    assert forker.stdin is not None and forker.stdout is not None
    forker.stdin.write(f"{first}\n")
    forker.stdin.flush()
    pid = 0
    running = False
    # The writer and the script print at the same time, in either order.
    while not (pid and running):
        line = forker.stdout.readline().split()
        assert line and line[0] in ("writer", "running"), f"the writer said {line}"
        if line[0] == "writer":
            pid = int(line[1])
        else:
            running = True
    return pid


def saves_confirmed(stream: IO[str] | None) -> list[int]:
    """The numbers a killed writer printed, read up to the script's "gone"."""
    assert stream is not None
    numbers: list[int] = []
    # A writer killed while printing leaves a number cut short, with no line end,
    # so "gone" follows it on the same line; a number cut short confirms nothing.
    while not (line := stream.readline().strip()).endswith("gone"):
        assert line.isdigit(), f"the writer said {line!r}"
        numbers.append(int(line))
    return numbers


def crash_titles(path: Path) -> tuple[int, set[str]]:
    """How many wins the file holds, and the titles of those the writers saved."""
    tables = parse_data_file(path, path.read_bytes())
    titles = [record["title"] for record in tables["wins"].values()]
    return len(titles), {t for t in titles if t.startswith("crash ")}


def leftovers(folder: Path) -> list[Path]:
    return [*folder.glob(".*.tmp"), *folder.glob("backups/.*.tmp")]


@pytest.fixture
def forker(prefilled: Path) -> Iterator[subprocess.Popen[str]]:
    """The script that forks the writers; it ends when its input is closed."""
    started = start_forking(prefilled)
    yield started
    if started.poll() is None:
        started.kill()
    started.wait()
    for stream in (started.stdin, started.stdout):
        if stream is not None:
            stream.close()


def test_a_writer_killed_at_random_moments_never_loses_or_tears_a_save(
    prefilled: Path, clock: FixedClock, forker: subprocess.Popen[str]
) -> None:
    rng = random.Random(20261118)
    saved = 0
    landed_unconfirmed = 0
    mid_write = 0

    for _ in range(KILLS):
        pid = start_writer(forker, saved)
        time.sleep(rng.uniform(0, LONGEST_WAIT))
        os.kill(pid, signal.SIGKILL)
        confirmed = saves_confirmed(forker.stdout)

        total, titles = crash_titles(prefilled)

        assert confirmed == list(range(saved, saved + len(confirmed)))
        stored = len(titles)
        assert saved + len(confirmed) <= stored <= saved + len(confirmed) + 1
        assert titles == {f"crash {n}" for n in range(stored)}
        assert total == PREFILLED + stored
        half_written = len(leftovers(prefilled.parent))
        assert half_written <= 1
        mid_write += half_written
        landed_unconfirmed += stored - saved - len(confirmed)
        saved = stored

    assert forker.stdin is not None
    forker.stdin.close()
    assert forker.wait() == 0
    store = Store(prefilled, clock=clock)
    store.add_win(Win("after the crashes", dt.date(2026, 11, 18)))
    wins = store.wins()

    assert len(wins) == PREFILLED + saved + 1
    assert len({w.id for w in wins}) == len(wins)
    assert store.problems == []
    assert leftovers(prefilled.parent) == []
    assert not repository.holder_path(prefilled).exists()
    assert saved > 0, "no save ever finished: the writers were killed too early"
    assert mid_write > 0, "no kill landed while a save was writing its file"
    print(
        f"{KILLS} kills, {saved} saves, {mid_write} mid-write, "
        f"{landed_unconfirmed} landed unconfirmed"
    )
