"""A level is found by its id in any case, and a name that finds none is told
which kinds of name would."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.ladders import load_ladder

LADDER = load_ladder(
    Path(__file__).parent.parent
    / "careerclimb_tui"
    / "ladders"
    / "software-engineer.yaml"
)

NAMES = [
    # (what the user types, the level id it finds; None when none)
    ("senior", "senior"),
    ("Senior", "senior"),
    ("SENIOR", "senior"),
    ("  Senior ", "senior"),
    ("Senior staff", "senior_staff"),
    ("senior-staff", "senior_staff"),
    ("Senior_Staff", "senior_staff"),
    ("Senior engineer", "senior"),
    ("L5", "senior"),
    ("SDE II", "mid"),
    ("Wizard", None),
]  # fmt: skip


@pytest.mark.parametrize("name, level_id", NAMES)
def test_a_level_is_found_by_its_id_in_any_case(
    name: str, level_id: str | None
) -> None:
    found = LADDER.find_level(name)

    assert (found.id if found else None) == level_id


def test_an_unknown_level_names_the_kinds_of_name_accepted(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["ladders", "show", "software-engineer", "--level", "Wizard"],
        clock=clock,
        out=io.StringIO(),
    )

    assert code == 1
    told = " ".join(capsys.readouterr().err.split())
    assert "its levels are: junior, mid, senior" in told
    assert "(ids, titles or rough equivalents such as L5, in any case)" in told


def test_the_level_option_takes_a_capital_letter(clock: FixedClock) -> None:
    out = io.StringIO()

    code = main(
        ["ladders", "show", "software-engineer", "--level", "Senior"],
        clock=clock,
        out=out,
    )

    assert code == 0
    assert "Senior engineer" in out.getvalue()
