"""A plural noun before a change in minutes or days names how long each one
takes ("deploy time"), never a count of them in minutes."""

from __future__ import annotations

import io
import json
import sys

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.framing import read_win
from careerclimb_tui.store import Store


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deploys 40 → 8 minutes", "Deploy time"),
        ("Builds 40 → 8 min", "Build time"),
        ("Deploys went from 40 to 8 minutes", "Deploy time"),
        ("Cut deploys from 40 to 8 minutes", "deploy time"),
        ("Meetings 10 → 4 hours a week", "Meeting time"),
        ("Releases took 3 days, now 1", "Release time"),
        ("Deploy time 40 → 8 minutes", "Deploy time"),
        ("Cut p95 latency from 800 to 200 ms", "p95 latency"),
        ("Incidents 40 → 8", "Incidents"),
        ("Deploys 40 → 8 per week", "Deploys"),
    ],
)
def test_a_plural_before_a_time_is_named_as_its_time(text: str, name: str) -> None:
    assert read_win(text).measure_names[:1] == (name,)


def test_log_from_standard_input_names_deploys_in_minutes_deploy_time(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Deploys 40 → 8 minutes\n"))
    assert main(["log", "-"], clock=clock, out=io.StringIO()) == 0

    out = io.StringIO()
    assert main(["wins", "--json"], clock=clock, out=out) == 0
    [win] = json.loads(out.getvalue())
    assert win["measure"]["label"] == "Deploy time"
    assert (win["measure"]["before"], win["measure"]["after"]) == (40, 8)
    assert win["measure"]["unit"] == "minutes"
