"""A shown change rounds a half away from zero (−62.5% is −63%), and `careerclimb
gaps` names the next-level wins with no dimension, as the gap screen does."""

from __future__ import annotations

import io
import json

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Measure, describe_change, round_half_away
from careerclimb_tui.store import Store
from tests.test_untagged_and_trend import save_untagged_quarter

# (case, value, decimals, rounded)
HALVES = [
    ("half up", 62.5, 0, 63.0),
    ("half down", -62.5, 0, -63.0),
    ("even neighbour below", 2.5, 0, 3.0),
    ("below a half", 62.49, 0, 62.0),
    ("a half below one", -0.5, 0, -1.0),
    ("one decimal written", 0.15, 1, 0.2),
    ("one decimal, negative", -12.25, 1, -12.3),
    ("a difference that misses its half", 12.35 - 12.1, 1, 0.3),
    ("whole already", 40.0, 0, 40.0),
]


@pytest.mark.parametrize(
    ("value", "decimals", "rounded"),
    [case[1:] for case in HALVES],
    ids=[case[0] for case in HALVES],
)
def test_a_half_rounds_away_from_zero(
    value: float, decimals: int, rounded: float
) -> None:
    assert round_half_away(value, decimals) == rounded


# (case, measure, change shown)
CHANGES = [
    ("24 to 9 minutes", Measure(before=24, after=9, unit="minutes"), "−63%"),
    ("8 to 3 deploys", Measure(before=8, after=3, unit="deploys"), "−63%"),
    ("8 to 13 deploys", Measure(before=8, after=13, unit="deploys"), "+63%"),
    ("40 to 45 pages", Measure(before=40, after=45, unit="pages"), "+13%"),
    ("a rate in points", Measure(before=12.1, after=12.35, unit="%"), "+0.3 points"),
    ("near all of it", Measure(before=4000, after=1, unit="ms"), "−99.9%"),
]


@pytest.mark.parametrize(
    ("measure", "shown"),
    [case[1:] for case in CHANGES],
    ids=[case[0] for case in CHANGES],
)
def test_a_shown_change_rounds_its_half_away_from_zero(
    measure: Measure, shown: str
) -> None:
    assert describe_change(measure) == shown


def test_the_exported_packet_shows_the_half_rounded_away(
    store: Store, clock: FixedClock
) -> None:
    argv = ["log", "Cut CI time from 24 to 9 minutes", "--before", "24"]
    argv += ["--after", "9", "--unit", "minutes", "--metric", "CI duration"]
    assert main(argv, clock=clock, out=io.StringIO()) == 0

    out = io.StringIO()
    assert main(["export", "--format", "md"], clock=clock, out=out) == 0

    assert "−63%" in out.getvalue()
    assert "−62%" not in out.getvalue()


def test_gaps_names_the_next_level_wins_with_no_dimension(
    store: Store, clock: FixedClock
) -> None:
    save_untagged_quarter(store)

    out = io.StringIO()
    assert main(["gaps"], clock=clock, out=out) == 0
    as_json = io.StringIO()
    assert main(["gaps", "--json"], clock=clock, out=as_json) == 0

    line = catalogue.UNTAGGED_NEXT_LEVEL_MANY.format(
        count=2, key=catalogue.UNTAGGED_KEY_CLI
    )
    assert line in " ".join(out.getvalue().split())
    assert json.loads(as_json.getvalue())["untagged_next_level_wins"] == 2
