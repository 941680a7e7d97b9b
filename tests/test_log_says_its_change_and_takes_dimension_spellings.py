"""Logging from the command line: a change piped in is said back as stored,
and a dimension id is taken in any case, with hyphens or spaces."""

from __future__ import annotations

import io
import json
import sys

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def test_log_dash_says_the_change_it_stored(
    clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped = "Title line\nCut deploy time\nfrom 40 to 6 min\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(piped))

    code, said = run(clock, "log", "-")

    assert code == 0
    assert "  what changed: Cut deploy time from 40 to 6 min\n" in said
    assert "lines after the first" not in said


def test_log_dash_cuts_a_long_change_at_a_word(
    clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    change = "word " * 40
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"Title\n{change}\n"))

    code, said = run(clock, "log", "-")

    [line] = [s for s in said.splitlines() if "what changed:" in s]
    assert code == 0
    assert line.endswith("word…")
    assert len(line) < 80


DIMENSION_SPELLINGS = [
    ("technical_direction", ["technical_direction"]),
    ("technical-direction", ["technical_direction"]),
    ("Technical Direction", ["technical_direction"]),
    ("  TECHNICAL-direction ", ["technical_direction"]),
    ("scope-impact", ["scope_impact"]),
]


@pytest.mark.parametrize("typed, stored", DIMENSION_SPELLINGS)
def test_log_takes_a_dimension_id_in_any_spelling(
    clock: FixedClock, typed: str, stored: list[str]
) -> None:
    code, _ = run(clock, "log", "Cut deploy time", "--dimension", typed)

    assert code == 0
    [win] = json.loads(run(clock, "wins", "--json")[1])
    assert win["dimensions"] == stored


def test_one_dimension_spelled_twice_is_stored_once(clock: FixedClock) -> None:
    argv = ["--dimension", "execution", "--dimension", "Execution"]
    assert run(clock, "log", "Cut deploy time", *argv)[0] == 0
    [win] = json.loads(run(clock, "wins", "--json")[1])
    assert win["dimensions"] == ["execution"]


def test_an_unknown_dimension_is_still_refused(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(clock, "log", "Cut deploy time", "--dimension", "tech-dir")

    assert code == 2
    assert "Unknown dimension 'tech-dir'" in capsys.readouterr().err
    assert json.loads(run(clock, "wins", "--json")[1]) == []
