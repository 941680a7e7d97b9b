"""Cold starts: a fresh process to the home screen's first frame, and what follows.

Each sample starts ``first_frame.py`` in a new process, once for the bare Textual
app and once for CareerClimb on each data set, taking turns so that a busy moment
of the machine falls on both alike. CareerClimb runs on to the journal, so one
start gives four figures: the first frame of home, home filled with the wins, the
journal's first page, and the peak memory of the whole run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.datasets import TODAY
from benchmarks.figures import Figure, at_most_ratio, under

CHILD = Path(__file__).with_name("first_frame.py")
CHILD_TIMEOUT_SECONDS = 300
GOAL_WINS = 10_000
"""The data set the goals are set for: a heavy user, or a journal import."""
COLD_START_GOAL = 1.3
"""Home's first frame, as a multiple of the bare app's."""
MEMORY_GOAL_MIB = 75


def child_env(home: Path) -> dict[str, str]:
    """The environment of a benchmark process: the user's own folders kept out."""
    env = dict(os.environ)
    # PYTHONDONTWRITEBYTECODE would make every start compile the app's modules
    # from source, which an installed app never does after its first run.
    for name in ("CAREERCLIMB_HOME", "CAREERCLIMB_DEMO", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    env["HOME"] = str(home)
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_CACHE_HOME"] = str(home / "cache")
    return env


def _run_child(args: list[str], env: dict[str, str]) -> tuple[int, dict[str, Any]]:
    """Start one sample; return when it started and what it reported."""
    with tempfile.TemporaryDirectory(prefix="careerclimb-bench-") as folder:
        result = Path(folder) / "result.json"
        started = time.monotonic_ns()
        process = subprocess.Popen(
            [sys.executable, str(CHILD), args[0], str(result), *args[1:]],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _, errors = process.communicate(timeout=CHILD_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise RuntimeError(f"{args[0]} start never finished: {args}") from None
        if process.returncode != 0 or not result.exists():
            message = errors.decode("utf-8", "replace")[-2000:]
            raise RuntimeError(f"{args[0]} start failed ({args}):\n{message}")
        return started, json.loads(result.read_text(encoding="utf-8"))


def _seconds(report: dict[str, Any], stage: str, since: int) -> float:
    marks: dict[str, int] = report["marks_ns"]
    if stage not in marks:
        raise RuntimeError(f"the run never reached {stage!r}: {marks}")
    return (marks[stage] - since) / 1e9


def measure(
    data_dirs: dict[int, Path], repeat: int, home: Path, goal_wins: int = GOAL_WINS
) -> list[Figure]:
    """Cold-start every data set ``repeat`` times, beside the bare app.

    Args:
        data_dirs: data set folders by their number of wins.
        repeat: samples per figure.
        home: a folder to stand in for the user's home.
        goal_wins: the data set whose figures carry the goals.

    Returns:
        For each data set: first frame, home filled, journal, peak memory.
    """
    env = child_env(home)
    # One start of each first, uncounted: Python compiles what it imports once.
    _run_child(["bare"], env)
    for folder in data_dirs.values():
        _run_child(["app", str(folder), TODAY.isoformat(), "frame"], env)

    bare_seconds: list[float] = []
    bare_mib: list[float] = []
    runs: dict[int, list[tuple[int, dict[str, Any]]]] = {n: [] for n in data_dirs}
    for _ in range(repeat):
        started, report = _run_child(["bare"], env)
        bare_seconds.append(_seconds(report, "frame", started))
        bare_mib.append(report["max_rss_kib"] / 1024)
        for wins, folder in data_dirs.items():
            args = ["app", str(folder), TODAY.isoformat(), "journal"]
            runs[wins].append(_run_child(args, env))

    figures: list[Figure] = []
    for wins, samples in runs.items():
        goal = wins == goal_wins
        figures.append(
            Figure(
                "cold start to home's first frame",
                wins,
                "s",
                [_seconds(report, "frame", started) for started, report in samples],
                "bare Textual app, one widget",
                bare_seconds,
                at_most_ratio(COLD_START_GOAL) if goal else None,
            )
        )
        figures.append(
            Figure(
                "  … until home shows the wins",
                wins,
                "s",
                [_seconds(report, "loaded", started) for started, report in samples],
                "bare Textual app, one widget",
                bare_seconds,
            )
        )
        figures.append(
            Figure(
                "  journal's first page, from the key",
                wins,
                "s",
                [
                    _seconds(report, "journal", report["marks_ns"]["journal_asked"])
                    for _, report in samples
                ],
            )
        )
        figures.append(
            Figure(
                "peak memory (home, then journal)",
                wins,
                "MiB",
                [report["max_rss_kib"] / 1024 for _, report in samples],
                "bare Textual app, one widget",
                bare_mib,
                under(MEMORY_GOAL_MIB, "MiB") if goal else None,
            )
        )
    return figures
