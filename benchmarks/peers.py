"""The command line against jrnl, the terminal journal, on journals of the same size.

jrnl is installed into the benchmark's own environment, ``benchmarks/.venv-jrnl``
(made with the stock ``python3`` and pip the first time, never touched otherwise).
Its journal is a plain-text file in a temporary folder, with a config file that
points there (no encryption), holding the same wins as CareerClimb's data set,
one entry each. Both programs are started as a user would start them, taking
turns, and timed from start to exit.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.datasets import SEED, TODAY, copy_data_set
from benchmarks.figures import Figure, at_most_ratio
from careerclimb_tui.demo import generate_wins

JRNL_VENV = Path(__file__).with_name(".venv-jrnl")
JRNL_REQUIREMENT = "jrnl==4.6"
"""Pinned, so that every run compares with the same peer."""
GOAL_WINS = 10_000
CLI_GOAL = 0.5
"""CareerClimb's time as a multiple of jrnl's."""
LOGGED = "Cut the deploy time from 30 to 12 minutes for every team"
JRNL_CONFIG = """\
colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
"""


def ensure_jrnl(python3: str) -> Path:
    """The jrnl command, installing it into its own environment the first time.

    Args:
        python3: the stock Python to make the environment with.

    Returns:
        The path of the ``jrnl`` command.

    Raises:
        subprocess.CalledProcessError: when the environment cannot be made.
    """
    command = JRNL_VENV / "bin" / "jrnl"
    if command.exists():
        return command
    print(f"Installing {JRNL_REQUIREMENT} into {JRNL_VENV} …", file=sys.stderr)
    subprocess.run([python3, "-m", "venv", str(JRNL_VENV)], check=True)
    pip = [str(JRNL_VENV / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, JRNL_REQUIREMENT], check=True)
    return command


def write_journal(folder: Path, wins: int) -> Path:
    """Write jrnl's config and a journal of the data set's wins, one entry each.

    Args:
        folder: a new folder for the journal and its config.
        wins: how many entries, made from the same generated wins.

    Returns:
        The config file.
    """
    folder.mkdir(parents=True)
    journal = folder / "journal.txt"
    entries = []
    # Oldest first, as jrnl keeps them; the body is what changed, if anything.
    for win in reversed(generate_wins(wins, TODAY, SEED) if wins else []):
        moment = dt.datetime.combine(win.date, dt.time(9, 0))
        body = f" {win.what_changed}" if win.what_changed else ""
        entries.append(f"[{moment:%Y-%m-%d %H:%M}] {win.title}.{body}\n\n")
    journal.write_text("".join(entries), encoding="utf-8")
    config = folder / "jrnl.yaml"
    config.write_text(JRNL_CONFIG.format(journal=journal), encoding="utf-8")
    return config


def _seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - start


def measure(
    data_file: Path,
    wins: int,
    repeat: int,
    work: Path,
    jrnl: Path,
    env: dict[str, str],
) -> list[Figure]:
    """``careerclimb log`` and ``careerclimb wins -n 10`` against jrnl's.

    Args:
        data_file: the data set's file (copied: logging changes it).
        wins: how many wins it holds.
        repeat: samples of each command.
        work: a folder for the copies and the journal.
        jrnl: the jrnl command.
        env: the environment for both programs (the user's folders kept out).

    Returns:
        Two figures, each beside jrnl doing the same.
    """
    copy = copy_data_set(data_file, work / f"cli-{wins}")
    config = write_journal(work / f"jrnl-{wins}", wins)
    careerclimb = [
        str(Path(sys.executable).with_name("careerclimb")),
        "--data-dir",
        str(copy.parent),
    ]
    jrnl_command = [str(jrnl), "--config-file", str(config)]
    commands = {
        "log": (careerclimb + ["log", LOGGED], jrnl_command + [LOGGED]),
        "last 10": (careerclimb + ["wins", "-n", "10"], jrnl_command + ["-n", "10"]),
    }
    # Once each, uncounted: jrnl brings its config up to date on the first run,
    # and the first save of a day also copies the data file to the backups.
    for ours, theirs in commands.values():
        _seconds(ours, env)
        _seconds(theirs, env)

    samples: dict[str, tuple[list[float], list[float]]] = {
        name: ([], []) for name in commands
    }
    for _ in range(repeat):
        for name, (ours, theirs) in commands.items():
            samples[name][0].append(_seconds(ours, env))
            samples[name][1].append(_seconds(theirs, env))

    goal = at_most_ratio(CLI_GOAL) if wins == GOAL_WINS else None
    return [
        Figure(
            'careerclimb log "…"',
            wins,
            "s",
            samples["log"][0],
            'jrnl "…"',
            samples["log"][1],
            goal,
        ),
        Figure(
            "careerclimb wins -n 10",
            wins,
            "s",
            samples["last 10"][0],
            "jrnl -n 10",
            samples["last 10"][1],
            goal,
        ),
    ]
