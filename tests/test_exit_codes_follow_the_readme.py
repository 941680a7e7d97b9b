"""Every sub-command exits with the code the README gives its outcome.

1 when the command was understood but could not be done (nothing by that name, a
file in the way, a file to read that is missing or wrong); 2 when what was typed
is missing, unreadable or not allowed, a date in the future among it.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.store import Store
from tests.helpers import save_driving

NOT_DONE = 1
USAGE = 2

# (case, the arguments, with {tmp} for a scratch folder; the code; words said)
OUTCOMES = [
    ("no such problem", ("problem", "show", "99"), NOT_DONE, "No problem #99"),
    ("note on no such problem", ("problem", "log", "99", "Met"), NOT_DONE, "#99"),
    ("reading of no such problem", ("problem", "measure", "99", "5"), NOT_DONE, "#99"),
    ("problem id not a number", ("problem", "show", "abc"), USAGE, "not a problem id"),
    ("problem id below 1", ("problem", "show", "-1"), USAGE, "“-1” is not a problem"),
    ("problem id of 0", ("problem", "readings", "0"), USAGE, "“0” is not a problem"),
    ("reading of problem 0", ("problem", "measure", "0", "5"), USAGE, "not a problem"),
    ("no such ladder", ("ladders", "show", "astronaut"), NOT_DONE, "No ladder"),
    (
        "no such level",
        ("ladders", "show", "software-engineer", "--level", "astronaut"),
        NOT_DONE,
        "astronaut",
    ),
    (
        "no review of the quarter",
        ("review", "--print", "--quarter", "2025Q2"),
        NOT_DONE,
        "2025Q2",
    ),
    ("no such backup", ("doctor", "--restore", "nope.json"), NOT_DONE, "nope.json"),
    (
        "prep onto a file",
        ("prep", "--markdown", "{tmp}/mine.md"),
        NOT_DONE,
        "already exists",
    ),
    ("export onto a file", ("export", "-o", "{tmp}/mine.md"), NOT_DONE, "--force"),
    (
        "export into no folder",
        ("export", "-o", "{tmp}/nowhere/packet.md"),
        NOT_DONE,
        "nowhere",
    ),
    ("import of no file", ("import", "{tmp}/missing.json"), NOT_DONE, "missing"),
    ("import of broken JSON", ("import", "{tmp}/broken.json"), NOT_DONE, "not valid"),
    ("empty win", ("log", "  "), USAGE, "needs some text"),
    ("win in the future", ("log", "Cut CI", "--date", "2026-11-19"), USAGE, "future"),
    ("no such day", ("log", "Cut CI", "--date", "2026-02-30"), USAGE, "30 February"),
    (
        "unknown dimension",
        ("log", "Cut CI", "--dimension", "astronaut"),
        USAGE,
        "astronaut",
    ),
    ("not a quarter", ("wins", "--quarter", "Q5"), USAGE, "not a quarter"),
    (
        "since in the future",
        ("export", "--since", "2099-01-01"),
        USAGE,
        "after today (2026-11-18)",
    ),
    (
        "quarter not begun",
        ("export", "--quarter", "2027Q1"),
        USAGE,
        "after today (2026-11-18)",
    ),
    (
        "filters apart",
        ("export", "--since", "2026-10-05", "--quarter", "2026Q3"),
        USAGE,
        "no wins",
    ),
    (
        "dump with a filter",
        ("export", "--format", "json", "--since", "2026-01-01"),
        USAGE,
        "",
    ),
    ("option it does not take", ("problem", "show"), USAGE, "required"),
    (
        "review of a quarter not begun",
        ("review", "--print", "--quarter", "2027Q1"),
        USAGE,
        "not started",
    ),
    (
        "a number for unit",
        ("log", "Cut CI", "--before", "24", "--after", "9", "--unit", "800"),
        USAGE,
        "not a unit",
    ),
    (
        "wins of a quarter not begun",
        ("wins", "--quarter", "2027Q1"),
        USAGE,
        "2027Q1 has not started yet",
    ),
]


def run(clock: FixedClock, argv: list[str]) -> int:
    try:
        return main(argv, clock=clock, out=io.StringIO())
    except SystemExit as stopped:
        # argparse stops the command itself for what it cannot parse.
        return int(stopped.code or 0)


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [outcome[1:] for outcome in OUTCOMES],
    ids=[outcome[0] for outcome in OUTCOMES],
)
def test_each_outcome_exits_with_the_code_the_readme_gives_it(
    store: Store,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    code: int,
    words: str,
) -> None:
    seed_demo(store, clock.today())
    save_driving(store, clock, "Cut CI time")
    (tmp_path / "mine.md").write_text("my own notes", encoding="utf-8")
    (tmp_path / "broken.json").write_text("{ broken", encoding="utf-8")

    exited = run(clock, [part.format(tmp=tmp_path) for part in argv])

    error = capsys.readouterr().err
    assert exited == code, error
    assert words in error and "Traceback" not in error
    assert (tmp_path / "mine.md").read_text(encoding="utf-8") == "my own notes"


def test_a_demo_data_set_refused_over_a_data_file_is_not_a_usage_problem(
    store: Store, clock: FixedClock, isolated_home: Path
) -> None:
    seed_demo(store, clock.today())

    exited = run(clock, ["--data-dir", str(isolated_home), "demo", "--wins", "3"])

    assert exited == NOT_DONE


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (("export", "--since", "2026-11-18"), 0),
        (("export", "--since", "today"), 0),
        (("export", "--since", "2026-11-19"), USAGE),
        (("export", "--quarter", "2026Q4"), 0),
        (("export", "--quarter", "2027Q1"), USAGE),
        (("log", "Cut CI", "--date", "2026-11-18"), 0),
        (("log", "Cut CI", "--date", "2026-11-19"), USAGE),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else str(value),
)
def test_a_period_may_reach_today_but_not_begin_after_it(
    store: Store,
    clock: FixedClock,
    argv: tuple[str, ...],
    code: int,
) -> None:
    seed_demo(store, clock.today())
    before = len(store.wins())

    assert run(clock, list(argv)) == code

    logged = 1 if argv[0] == "log" and code == 0 else 0
    assert len(store.wins()) == before + logged


# (case, the arguments after a baseline of 30 min on 2026-11-10; the code; words)
READING_OUTCOMES = [
    ("no reading to correct", ("readings", "1", "--correct", "9", "5"), NOT_DONE),
    ("no reading to delete", ("readings", "1", "--delete", "9"), NOT_DONE),
    ("reading number not a number", ("readings", "1", "--delete", "x"), USAGE),
    (
        "reading before the baseline",
        ("measure", "1", "25", "--date", "2026-11-01"),
        USAGE,
    ),
    ("reading in another unit", ("measure", "1", "25", "--unit", "hours"), USAGE),
    ("reading after the baseline", ("measure", "1", "25"), 0),
]


@pytest.mark.parametrize(
    ("argv", "code"),
    [outcome[1:] for outcome in READING_OUTCOMES],
    ids=[outcome[0] for outcome in READING_OUTCOMES],
)
def test_each_reading_outcome_exits_with_the_code_the_readme_gives_it(
    store: Store,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    code: int,
) -> None:
    seed_demo(store, clock.today())
    save_driving(store, clock, "Cut CI time")
    baseline = ["problem", "measure", "1", "30", "--unit", "min"]
    baseline += ["--date", "2026-11-10", "--metric", "CI time", "--better", "lower"]
    assert run(clock, baseline) == 0
    capsys.readouterr()

    exited = run(clock, ["problem", *argv])

    error = capsys.readouterr().err
    assert exited == code, error
    assert "Traceback" not in error
