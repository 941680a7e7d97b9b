"""An import's report calls the problems the user owns "problems", as the rest of
the app does, in its count and in the line for each one."""

from __future__ import annotations

import io
from pathlib import Path

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_problem_demo
from careerclimb_tui.export.dump import added_label
from careerclimb_tui.store import Store


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def test_an_import_preview_counts_and_lists_problems_by_that_name(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seed_problem_demo(store, clock.today())
    dump = tmp_path / "dump.json"
    assert run(clock, "export", "--format", "json", "-o", str(dump))[0] == 0
    other = tmp_path / "other"

    code, output = run(
        clock, "--data-dir", str(other), "import", str(dump), "--dry-run"
    )

    assert code == 0
    assert "Adds 2 problems." in output
    assert "+ problem Flaky integration tests everyone reruns" in output
    assert "initiative" not in output.lower()


def test_a_problem_to_import_is_labelled_a_problem() -> None:
    label = added_label("initiatives", {"title": "Deploys take an hour"})

    assert label == "problem Deploys take an hour"
