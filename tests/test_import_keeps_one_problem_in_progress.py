"""One problem is in progress at a time, imports included: a file's problem in
progress comes in paused when the user already drives one, and every screen names
the same problem when an older file holds two in progress."""

from __future__ import annotations

import datetime as dt
import io
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_problem_demo
from careerclimb_tui.domain.initiative import (
    Stage,
    active_initiative,
    paused_from,
    start_initiative,
)
from careerclimb_tui.export.dump import plan_merge
from careerclimb_tui.paths import DATA_FILE_NAME
from careerclimb_tui.screens.problem_text import home_line
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import (
    initiative_from_json,
    initiatives,
    save_initiative,
)


def problem(title: str, stage: str, minute: int) -> dict[str, Any]:
    # Each record is made at its own moment, as the app's records are.
    moment = f"2026-11-02T10:{minute:02d}:00Z"
    return {
        "title": title,
        "stage": stage,
        "history": [{"stage": stage, "at": moment, "note": ""}],
        "created_at": moment,
        "updated_at": moment,
    }


def table(*docs: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {str(number): doc for number, doc in enumerate(docs, start=1)}


@pytest.mark.parametrize(
    ("yours", "theirs", "stages", "paused"),
    [
        # Nothing of yours in progress: the file's one stays in progress.
        ((), ("spotted",), ["spotted"], []),
        (("paused",), ("measuring",), ["measuring"], []),
        (("done",), ("proposed",), ["proposed"], []),
        # Yours in progress: the file's comes in paused, yours is kept.
        (("spotted",), ("measuring",), ["paused"], [("file 1", "mine 1")]),
        # A file closed or paused already comes in as it is.
        (("spotted",), ("done", "paused"), ["done", "paused"], []),
        # An older file with two in progress: only its first stays so.
        ((), ("spotted", "buy_in"), ["spotted", "paused"], [("file 2", "file 1")]),
    ],
)
def test_an_import_keeps_one_problem_in_progress(
    yours: tuple[str, ...],
    theirs: tuple[str, ...],
    stages: list[str],
    paused: list[tuple[str, str]],
) -> None:
    target = {
        "initiatives": table(
            *(problem(f"mine {n}", s, n) for n, s in enumerate(yours, start=1))
        )
    }
    incoming = {
        "initiatives": table(
            *(problem(f"file {n}", s, 10 + n) for n, s in enumerate(theirs, start=1))
        )
    }
    ids = count(len(yours) + 1)

    plan = plan_merge(target, incoming, lambda _name: next(ids))

    assert [doc["stage"] for _, _, doc in plan.inserts] == stages
    assert plan.paused == paused
    paused_titles = {title for title, _ in paused}
    for _, doc_id, doc in plan.inserts:
        if doc["title"] in paused_titles:
            # A problem paused on arrival resumes to the stage it was in.
            before = doc["history"][-2]["stage"]
            record = initiative_from_json(doc, doc_id)
            assert paused_from(record) is Stage(before)


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def test_importing_a_problem_in_progress_pauses_it_beside_yours(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    seed_problem_demo(Store(folder / DATA_FILE_NAME, clock=clock), clock.today())
    dump = tmp_path / "dump.json"
    exported = run(
        clock, "--data-dir", str(folder), "export", "--format", "json", "-o", str(dump)
    )
    assert exported[0] == 0
    now = dt.datetime.combine(clock.today(), dt.time(9), tzinfo=dt.timezone.utc)
    save_initiative(store, start_initiative("Builds are slow", now))

    code, preview = run(clock, "import", str(dump), "--dry-run")
    assert code == 0
    assert "comes in paused" in " ".join(preview.split())
    code, output = run(clock, "import", str(dump))

    assert code == 0
    assert "comes in paused" in " ".join(output.split())
    active = [i for i in initiatives(store) if i.is_active]
    assert [i.title for i in active] == ["Builds are slow"]


def test_every_screen_names_the_same_problem_of_two_in_progress() -> None:
    now = dt.datetime(2026, 12, 1, 10, tzinfo=dt.timezone.utc)
    first = start_initiative("Builds are slow", now).with_changes(id=1)
    second = start_initiative("Releases fail", now).with_changes(id=3)

    assert active_initiative([first, second]) is first
    assert active_initiative([second, first]) is first
    line = home_line([second, first], now.date())
    assert line is not None and "Builds are slow" in line
