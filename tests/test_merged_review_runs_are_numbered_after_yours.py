"""A dump's review runs come in numbered after the runs already stored for the
same quarter, pointing at the imported wins, their verdicts still counting."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.review import latest_entries
from careerclimb_tui.export.review_runs import RunNumbers, run_key
from careerclimb_tui.store import Store


def run(quarter: str, number: int = 1, start: int | None = 1) -> dict[str, Any]:
    doc: dict[str, Any] = {"quarter": quarter, "run": number}
    if start is not None:
        doc["start_month"] = start
    return doc


def tables(start: int | None, *runs: dict[str, Any]) -> dict[str, Any]:
    profile = {} if start is None else {"1": {"fiscal_year_start_month": start}}
    reviews = {str(i): doc for i, doc in enumerate(runs, start=1)}
    return {"profile": profile, "reviews": reviews}


PLACED = [
    # (yours, the file's, the numbers the file's runs get, their start_month)
    (tables(1), tables(1, run("2026Q4")), [1], [1]),
    (tables(1, run("2026Q4")), tables(1, run("2026Q4")), [2], [1]),
    (
        tables(1, run("2026Q4"), run("2026Q4", 2)),
        tables(1, run("2026Q4"), run("2026Q4", 2)),
        [3, 4],
        [1, 1],
    ),
    # A run numbered above yours keeps its number (a newer run of your own data).
    (tables(1, run("2026Q4")), tables(1, run("2026Q4", 3)), [3], [1]),
    (tables(1, run("2026Q3")), tables(1, run("2026Q4")), [1], [1]),
    # An April year start lines up: its 2027Q3 is your 2026Q4.
    (tables(1, run("2026Q4")), tables(4, run("2027Q3", start=4)), [2], [4]),
    # A February start does not: its runs keep their months and numbers.
    (tables(1, run("2026Q4")), tables(2, run("2026Q4", start=2)), [1], [2]),
    # A run that does not say is named under the file's year start.
    (tables(1, run("2026Q4")), tables(2, run("2026Q4", start=None)), [1], [2]),
    (tables(1, run("2026Q4")), tables(4, run("2027Q3", start=None)), [2], [4]),
    (tables(None), tables(None, run("2026Q4", start=None)), [1], [1]),
]  # fmt: skip


@pytest.mark.parametrize("yours, theirs, numbers, starts", PLACED)
def test_runs_of_the_file_are_numbered_after_yours(
    yours: dict[str, Any],
    theirs: dict[str, Any],
    numbers: list[int],
    starts: list[int],
) -> None:
    runs = RunNumbers(yours, theirs)

    placed = [runs.place(doc) for doc in theirs["reviews"].values()]

    assert [doc["run"] for doc in placed] == numbers
    assert [doc["start_month"] for doc in placed] == starts


KEYS = [
    # (run, named under when it does not say, year start here, key)
    (run("2026Q4"), 1, 1, ("2026Q4", 1)),
    (run("2027Q3", start=4), 4, 1, ("2026Q4", 1)),
    (run("2026Q4", start=2), 2, 1, ("2026Q4", 2)),
    (run("2026Q4", start=None), 7, 1, ("2026Q2", 1)),
    (run("not a quarter"), 1, 1, None),
    (run("2026Q4", start=13), 1, 1, None),
]  # fmt: skip


@pytest.mark.parametrize("doc, named_under, here, key", KEYS)
def test_a_run_is_keyed_by_the_months_it_judged(
    doc: dict[str, Any], named_under: int, here: int, key: tuple[str, int] | None
) -> None:
    assert run_key(doc, named_under, here) == key


def test_a_renumbered_run_is_kept_for_the_report() -> None:
    runs = RunNumbers(tables(1, run("2026Q4")), tables(1, run("2026Q4")))
    runs.place(run("2026Q4"))

    [renumbered] = runs.renumbered
    assert (renumbered.quarter, renumbered.was, renumbered.now) == ("2026Q4", 1, 2)


def cli(clock: FixedClock, home: Path, *args: str) -> str:
    out = io.StringIO()
    assert main(["--data-dir", str(home), *args], clock=clock, out=out) == 0
    return out.getvalue()


def test_merging_two_reviewed_data_files_keeps_every_verdict(
    clock: FixedClock, tmp_path: Path
) -> None:
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    cli(clock, mine, "demo", "--wins", "6", "--seed", "1")
    cli(clock, theirs, "demo", "--wins", "6", "--seed", "2")
    dump = tmp_path / "theirs.json"
    cli(clock, theirs, "export", "--format", "json", "-o", str(dump))
    their_runs = Store(theirs / "careerclimb.json", clock=clock).reviews()
    their_judged = sum(len(r.entries) for r in their_runs)
    my_judged = len(latest_entries(Store(mine / "careerclimb.json").reviews()))

    report = " ".join(cli(clock, mine, "import", str(dump)).split())

    merged = Store(mine / "careerclimb.json", clock=clock).reviews()
    numbers: dict[str, list[int]] = {}
    for review in merged:
        numbers.setdefault(review.quarter, []).append(review.run)
    assert all(sorted(n) == list(range(1, len(n) + 1)) for n in numbers.values())
    assert any(len(n) == 2 for n in numbers.values())
    assert "comes in as run 2, after your run 1" in report
    assert "Each run's verdicts count for the wins it walked" in report

    wins = {w.id: w for w in Store(mine / "careerclimb.json").wins()}
    assert all(win_id in wins for r in merged for win_id in r.win_ids)
    counted = latest_entries(merged)
    assert len(counted) == my_judged + their_judged

    dumped = json.loads(dump.read_text(encoding="utf-8"))
    assert len(dumped["tables"]["reviews"]) == len(their_runs)
