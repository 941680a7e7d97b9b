"""A count of things never goes below zero, and a reading's bar grows from zero."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    add_reading,
    start_initiative,
)
from careerclimb_tui.domain.numbers import counts_things, measure_from_fields
from careerclimb_tui.domain.records import Measure
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.problem_text import bar_cells, reading_bars
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives
from tests.helpers import save_driving

NOW = dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.timezone.utc)
DAY = dt.date(2026, 5, 1)


@pytest.mark.parametrize(
    ("unit", "counts"),
    [
        ("pages", True),
        ("reruns/week", True),
        ("pages a week", True),
        ("support tickets per sprint", True),
        ("PRs", True),
        ("GB", True),
        ("% of builds", True),
        ("", False),
        ("%", False),
        ("percent", False),
        ("points", False),
        ("NPS", False),
        ("score", False),
        ("$ a year", False),
        ("°C", False),
        ("degrees", False),
        ("net new users", False),
        ("days", False),
        ("minutes of downtime", False),
        ("min", False),
    ],
)
def test_a_unit_counts_things_when_it_names_them_in_the_plural(
    unit: str, counts: bool
) -> None:
    assert counts_things(unit) is counts


def _with(*readings: tuple[float, str]) -> Initiative:
    initiative = start_initiative("Fewer stale pages", NOW)
    for offset, (value, unit) in enumerate(readings):
        day = DAY + dt.timedelta(days=7 * offset)
        initiative = add_reading(initiative, Reading(value, unit, day, ""), NOW)
    return initiative


@pytest.mark.parametrize(
    ("readings", "refused"),
    [
        ([(-40, "pages")], "\u221240 pages is below zero"),
        ([(40, "pages"), (-5, "pages")], "\u22125 pages is below zero"),
        ([(12, "reruns/week"), (-1, "reruns/week")], "a count of reruns cannot"),
        ([(40, "pages"), (0, "pages")], ""),
        ([(-40, "points"), (5, "points")], ""),
        ([(-12, ""), (8, "")], ""),
        ([(3, "days late"), (-2, "days late")], ""),
        ([(-3, "%"), (4, "%")], ""),
    ],
    ids=[
        "negative baseline",
        "negative reading",
        "negative rate",
        "zero",
        "points",
        "no unit",
        "days late",
        "percent",
    ],
)
def test_a_reading_below_zero_is_refused_only_where_the_unit_is_a_count(
    readings: list[tuple[float, str]], refused: str
) -> None:
    if not refused:
        assert len(_with(*readings).readings) == len(readings) - 1
        return
    with pytest.raises(CareerClimbError) as caught:
        _with(*readings)
    assert refused in caught.value.message
    assert caught.value.message.endswith(".")


@pytest.mark.parametrize(
    ("before", "after", "unit", "kept"),
    [
        ("-40", "5", "pages", None),
        ("40", "-5", "tickets", None),
        ("20", "-140%", "reruns/week", None),
        ("40", "5", "pages", Measure(before=40, after=5, unit="pages")),
        ("-40", "5", "points", Measure(before=-40, after=5, unit="points")),
        ("", "-5", "pages", Measure(amount=-5, unit="pages")),
    ],
    ids=[
        "before",
        "after",
        "worked-out after",
        "both above zero",
        "points",
        "amount of change",
    ],
)
def test_a_win_measure_below_zero_is_refused_where_its_unit_is_a_count(
    before: str, after: str, unit: str, kept: Measure | None
) -> None:
    if kept is not None:
        assert measure_from_fields("", before, after, unit) == kept
        return
    with pytest.raises(CareerClimbError) as caught:
        measure_from_fields("", before, after, unit)
    assert "is below zero, which a count of" in caught.value.message


@pytest.mark.parametrize(
    ("values", "cells"),
    [
        ([-40, 5], [0, 24]),
        ([40, 5], [24, 3]),
        ([20, 10, 0], [24, 12, 0]),
        ([100, 1], [24, 1]),
        ([-5, -10], [0, 0]),
        ([0, 0], [0, 0]),
        ([-10, 20, 10], [0, 24, 12]),
    ],
)
def test_a_bar_is_as_long_as_its_value_from_zero(
    values: list[float], cells: list[int]
) -> None:
    assert bar_cells(values, 24) == cells


def test_a_baseline_below_zero_is_drawn_with_no_bar_beside_its_number() -> None:
    first, latest = reading_bars(_with((-40, "points"), (5, "points")))

    assert "█" not in first and first.endswith("\u221240 points baseline")
    assert "·" not in latest and latest.endswith(" 5 points")


def test_the_command_line_refuses_a_reading_below_zero_of_a_count(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    save_driving(store, clock, "Fewer stale pages")
    argv = ["problem", "measure", "--metric", "stale pages", "--better", "lower"]
    argv += ["--unit", "pages", "1", "--", "-40"]

    code = main(argv, clock=clock, out=io.StringIO())

    assert code == 2
    error = " ".join(capsys.readouterr().err.split())
    assert "\u221240 pages is below zero, which a count of pages cannot be" in error
    assert "e.g. 40." in error
    assert initiatives(Store(store.path, clock=clock))[0].baseline is None
