"""A metric's name put inside a sentence reads lower-case, as the rest of the
sentence does, unless it is an acronym or a name: "finished, with change failure
rate 20% → 9% as the result", but "with MTTR 40 → 12 minutes"."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Reading,
    Stage,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.domain.prep import initiative_summary
from careerclimb_tui.domain.sentences import mid_sentence
from careerclimb_tui.store import Store
from tests.helpers import save_driving

NOW = dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC)

METRICS = [
    # (the metric as typed, as it reads inside a sentence)
    ("Change failure rate", "change failure rate"),
    ("Deploy time", "deploy time"),
    ("Flaky-test rate", "flaky-test rate"),
    ("MTTR", "MTTR"),
    ("CI red-run rate", "CI red-run rate"),
    ("NPS of the checkout", "NPS of the checkout"),
    ("Kubernetes upgrade time", "Kubernetes upgrade time"),
    ("p95 latency", "p95 latency"),
]  # fmt: skip


@pytest.mark.parametrize("metric, inside", METRICS)
def test_a_metric_name_reads_lower_case_inside_a_sentence(
    metric: str, inside: str
) -> None:
    assert mid_sentence(metric) == inside


def finished_with(metric: str) -> str | None:
    initiative = start_initiative("Risky deploys", NOW).with_changes(metric=metric)
    for value in (20, 9):
        initiative = add_reading(initiative, Reading(value, "%", NOW.date()), NOW)
    for step in list(Stage)[1:]:
        initiative = advance(initiative, step, NOW)
        if step is Stage.DONE:
            break
    return initiative_summary(initiative)


@pytest.mark.parametrize("metric, inside", METRICS)
def test_the_prep_plan_tells_the_result_with_the_metric_inside_its_sentence(
    metric: str, inside: str
) -> None:
    assert finished_with(metric) == (
        f"Risky deploys: finished, with {inside} 20% → 9% as the result"
    )


def test_problem_show_puts_the_metric_after_change_in_lower_case(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    ident = str(save_driving(store, clock, "Risky deploys").id)
    measure = ["problem", "measure", ident]
    for argv in (
        [*measure, "20", "--unit", "%", "--date", "2026-11-01",
         "--metric", "Change failure rate", "--better", "lower"],
        [*measure, "9"],
    ):  # fmt: skip
        assert main(argv, clock=clock, out=io.StringIO()) == 0
    out = io.StringIO()

    assert main(["problem", "show", ident], clock=clock, out=out) == 0

    assert "Change so far: change failure rate 20% → 9%" in out.getvalue()
