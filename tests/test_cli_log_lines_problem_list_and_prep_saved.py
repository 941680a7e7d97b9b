"""The command line: a win read from standard input takes its first line as the
title and the rest as what changed; the problem list points to numbers only when
it shows some; prep printed and written at once says where the file went."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_problem_demo
from careerclimb_tui.store import Store


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


STDIN_WINS = [
    # what was piped in, the title, what changed
    ("Fixed outage\nSecond line detail\n", "Fixed outage", "Second line detail"),
    ("Fixed outage\n", "Fixed outage", ""),
    (
        "\n\n  Fixed outage  \n\nIt stays fixed\nfor good\n",
        "Fixed outage",
        "It stays fixed\nfor good",
    ),
    ("One\r\nTwo\r\n", "One", "Two"),
]


@pytest.mark.parametrize("piped, title, changed", STDIN_WINS)
def test_log_dash_takes_the_first_line_as_title_and_the_rest_as_the_change(
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    piped: str,
    title: str,
    changed: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(piped))

    code, said = run(clock, "log", "-")

    assert code == 0
    assert ("  what changed: " in said) == bool(changed)
    [win] = json.loads(run(clock, "wins", "--json")[1])
    assert (win["title"], win["what_changed"]) == (title, changed)


def test_log_dash_refuses_what_changed_given_twice(
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Fixed outage\nIt stays up\n"))

    code, _ = run(clock, "log", "-", "--changed", "Pages stopped")

    assert code == 2
    assert catalogue.CLI_LOG_CHANGED_TWICE in capsys.readouterr().err
    assert json.loads(run(clock, "wins", "--json")[1]) == []


def test_a_title_given_as_an_argument_keeps_its_lines(clock: FixedClock) -> None:
    assert run(clock, "log", "Fixed outage\nand more")[0] == 0
    [win] = json.loads(run(clock, "wins", "--json")[1])
    assert (win["title"], win["what_changed"]) == ("Fixed outage\nand more", "")


def test_problem_list_points_to_numbers_only_when_it_shows_some(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    _, without = run(clock, "problem", "list")
    seed_problem_demo(store, clock.today())
    _, with_some = run(clock, "problem", "list")

    assert catalogue.PROBLEM_CLI_NONE in without
    assert "problem show" not in without.split(catalogue.PROBLEM_CLI_NONE)[1]
    assert catalogue.PROBLEM_CLI_SHOW_NUMBERS in with_some


def test_prep_printed_and_written_names_the_file_on_stderr(
    store: Store, clock: FixedClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_demo(store, clock.today())
    target = tmp_path / "prep.md"

    code, printed = run(clock, "prep", "--print", "--markdown", str(target))

    saved = catalogue.MANAGER_EXPORTED.format(path=target)
    assert code == 0 and target.exists()
    assert saved not in printed and printed.strip()
    assert saved in capsys.readouterr().err
