"""One framing for a win wherever it is shown: the log form, home and the review.

The rows of ``tests/data/statements.yaml`` that carry a title are whole wins; the
coach must name the same framing for each of them on save and in question 3.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from careerclimb_tui import catalogue
from careerclimb_tui.domain.framing import read_win
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import read_walk_change
from careerclimb_tui.domain.wins import framed, saved_note

STATEMENTS = Path(__file__).parent / "data" / "statements.yaml"
ROWS: list[dict[str, Any]] = yaml.safe_load(STATEMENTS.read_text(encoding="utf-8"))
WINS = [row for row in ROWS if "title" in row]
DAY = dt.date(2026, 3, 2)


def row_id(row: dict[str, Any]) -> str:
    return f"{row['title']} / {row['text']}"


def test_the_table_holds_wins_of_either_framing() -> None:
    framings = {row["win_framing"] for row in WINS}

    assert framings == {"impact", "activity"}


@pytest.mark.parametrize("row", WINS, ids=row_id)
def test_the_log_form_and_the_saved_note_agree(row: dict[str, Any]) -> None:
    reading = read_win(row["title"], row["text"])
    win = framed(Win(title=row["title"], date=DAY, what_changed=row["text"]))

    assert reading.label == row["win_framing"]
    assert win.framing == row["win_framing"]
    assert f"({row['win_framing']})" in saved_note(win.with_changes(id=7))


@pytest.mark.parametrize("row", WINS, ids=row_id)
def test_the_reviews_change_coach_agrees_with_the_log_form(
    row: dict[str, Any],
) -> None:
    win = framed(Win(title=row["title"], date=DAY, what_changed=row["text"]))

    change, coach = read_walk_change(win, row["text"])
    reading = read_win(row["title"], row["text"])

    assert change.framing == reading.label
    if reading.vague_change:
        # Headed as the log form heads it: a change told with no amount yet.
        assert coach.startswith("Coach: tells a change, with no amount yet.")
    else:
        assert coach.startswith(f"Coach: reads as {row['win_framing']}")


def test_a_quick_win_reads_as_impact_in_the_review_too() -> None:
    win = framed(Win(title="Made builds faster", date=DAY))

    change, coach = read_walk_change(win, "Made builds faster")

    assert win.framing == "impact"
    assert change.framing == "impact"
    assert coach.startswith("Coach: reads as impact, not measured yet")


def test_a_change_that_only_moves_asks_by_how_much_not_for_the_title() -> None:
    reading = read_win("Worked on the CI pipeline", "Flaky failures on main dropped")

    vague = catalogue.FRAMING_VAGUE_CHANGE.format(word="Dropped")
    assert reading.hints[1] == vague
    assert not any(hint.startswith("The title still reads") for hint in reading.hints)


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("Merges per day went up", "rose from"),
        ("Flaky failures on main dropped", "fell from"),
    ],
)
def test_the_reviews_ask_moves_the_way_the_change_does(text: str, example: str) -> None:
    win = framed(Win(title="Worked on the merge queue", date=DAY))

    _, coach = read_walk_change(win, text)

    assert example in coach
