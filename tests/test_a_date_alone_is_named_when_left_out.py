"""A Markdown line holding only a date is named among what an import leaves out,
with its line number, rather than counted with the headings and paragraphs."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.export.importers import parse_markdown_list

TODAY = dt.date(2026, 11, 18)

DATE_ALONE = [
    # (the list, what each left-out line is told, the paragraphs counted)
    ("- 2026-11-02 ", [("line 1", "nothing after the date")], ()),
    ("2026-11-02 ", [("line 1", "nothing after the date")], ()),
    ("2026-11-02", [("line 1", "nothing after the date")], ()),
    ("02/11/2026:", [("line 1", "nothing after the date")], ()),
    ("- [x] 2026-11-02 -", [("line 1", "nothing after the date")], ()),
    ("# Wins\n\n2026-11-02\n", [("line 3", "nothing after the date")], (1,)),
    ("-", [("line 1", "no text")], ()),
    ("- 2026-11-02 Shipped", [], ()),
]  # fmt: skip


@pytest.mark.parametrize("text, left_out, counted", DATE_ALONE)
def test_a_line_with_only_a_date_is_named_with_its_line(
    text: str, left_out: list[tuple[str, str]], counted: tuple[int, ...]
) -> None:
    parsed = parse_markdown_list(text, "wins.md", TODAY)

    told = [(c.where, c.reason) for c in parsed.candidates if c.win is None]
    assert told == left_out
    assert len(parsed.notes) == len(counted)
    for note, count in zip(parsed.notes, counted, strict=True):
        assert note.startswith(f"{count} line"), note


def test_the_dry_run_names_the_date_alone_on_line_9(
    tmp_path: Path, clock: FixedClock
) -> None:
    lines = ["# Wins", ""] + [f"- 2026-10-0{day} shipped {day}" for day in range(1, 7)]
    path = tmp_path / "wins.md"
    path.write_text("\n".join(lines + ["2026-11-02 "]) + "\n", encoding="utf-8")
    out = io.StringIO()

    code = main(
        ["import", "--dry-run", str(path)],
        clock=clock,
        out=out,
    )

    assert code == 0
    assert "- line 9: nothing after the date" in out.getvalue()
    assert "1 line that is not a list item" in out.getvalue()
