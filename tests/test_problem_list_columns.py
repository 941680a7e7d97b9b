"""`careerclimb problem list` sizes its columns to what they hold: no stage padded
far past the longest, no "104 days ago" running into the title."""

from __future__ import annotations

import io
import re

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_problem_demo
from careerclimb_tui.store import Store

HEADINGS = ("ID", "STAGE", "UPDATED", "PROBLEM")


@pytest.mark.parametrize("columns", [100, 60])
def test_each_column_is_as_wide_as_its_widest_cell(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    out = io.StringIO()

    assert main(["problem", "list"], clock=clock, out=out) == 0

    lines = out.getvalue().splitlines()
    header = next(line for line in lines if line.split()[:1] == ["ID"])
    rows = [line for line in lines if re.match(r"^\s+\d+\s", line)]
    starts = [header.index(heading) for heading in HEADINGS]
    stage, updated, problem = starts[1:]
    stages = [row[stage:updated].strip() for row in rows]
    days = [row[updated:problem].strip() for row in rows]

    assert "104 days ago" in days
    # Two spaces after the widest cell of each column, and no more.
    assert updated - stage == max(map(len, ["STAGE", *stages])) + 2
    assert problem - updated == max(map(len, ["UPDATED", *days])) + 2
    for row in rows:
        assert row[problem - 2 : problem] == "  " and row[problem] != " ", row
        assert len(row) <= columns, row
