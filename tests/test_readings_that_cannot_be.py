"""A reading or a measure that cannot be is refused or questioned before it spreads
to the pitch and the packet: a rate, a share or a length of time below zero, or a
reading a thousand times the earlier ones."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    add_note,
    add_reading,
    better_contradiction,
    example_measure,
    note_saved_text,
    reading_jump,
    start_initiative,
)
from careerclimb_tui.domain.numbers import measure_from_fields, starts_at_zero
from careerclimb_tui.domain.problems import ProblemEntry, ProblemMeasure
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.export.markdown import escape_cell, escape_inline, table_lines
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative

NOW = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)
DAY = dt.date(2026, 11, 2)


@pytest.mark.parametrize(
    ("unit", "metric", "at_zero"),
    [
        # may go below zero: a score, points, money, time early or late
        ("", "NPS", False),
        ("NPS", "", False),
        ("points", "Story points left", False),
        ("$ margin", "", False),
        ("days late", "Release date", False),
        ("days", "Days late", False),
        ("%", "Revenue growth", False),
        ("%", "Growth rate", False),
        ("%", "Rate of change", False),
        ("%", "", False),
        ("", "", False),
        # may not: a rate or a share of things, a length of time
        ("% of deploys", "", True),
        ("failure rate %", "", True),
        ("%", "Change failure rate", True),
        ("%", "Test coverage", True),
        ("hours", "Lead time", True),
        ("lead time hours", "", True),
        ("hours", "Lead time for changes", True),
        ("minutes", "", True),
        ("min", "MTTR", True),
        ("pages", "", True),
    ],
)
def test_a_measure_starts_at_zero_when_it_is_a_count_a_share_or_a_length_of_time(
    unit: str, metric: str, at_zero: bool
) -> None:
    assert starts_at_zero(unit, metric) is at_zero


def measured(metric: str, unit: str, *values: float) -> Initiative:
    """An initiative measuring ``metric``, its readings a week apart."""
    initiative = start_initiative("Deploys fail", NOW).with_changes(
        metric=metric, better="lower"
    )
    for offset, value in enumerate(values):
        day = DAY + dt.timedelta(days=7 * offset)
        initiative = add_reading(initiative, Reading(value, unit, day), NOW)
    return initiative


@pytest.mark.parametrize(
    ("metric", "unit", "values", "refused"),
    [
        ("Change failure rate", "%", (20, -5), "−5% is below zero, which a rate"),
        ("Lead time for changes", "hours", (30, -2), "a length of time cannot"),
        ("Deploys that fail", "% of deploys", (-1,), "a rate or a share"),
        ("Release slip", "days late", (3, -2), ""),
        ("NPS", "", (-12, 8), ""),
        ("Change failure rate", "%", (20, 0), ""),
    ],
)
def test_a_reading_below_zero_is_refused_where_the_measure_starts_at_zero(
    metric: str, unit: str, values: tuple[float, ...], refused: str
) -> None:
    if not refused:
        assert len(measured(metric, unit, *values).readings) == len(values) - 1
        return
    with pytest.raises(CareerClimbError) as caught:
        measured(metric, unit, *values)
    assert refused in caught.value.message
    assert caught.value.message.endswith(".")


@pytest.mark.parametrize(
    ("label", "before", "after", "unit", "kept"),
    [
        ("Change failure rate", "20", "-5", "%", False),
        ("Lead time", "30", "-2", "hours", False),
        ("Release slip", "3", "-2", "days late", True),
        ("Gross margin", "-3", "4", "$ margin", True),
        ("Lead time", "", "-2", "hours", True),
    ],
    ids=["rate", "lead time", "days late", "margin", "amount of change"],
)
def test_a_win_measure_follows_the_same_rule_as_a_reading(
    label: str, before: str, after: str, unit: str, kept: bool
) -> None:
    if kept:
        assert measure_from_fields(label, before, after, unit) is not None
        return
    with pytest.raises(CareerClimbError, match="is below zero"):
        measure_from_fields(label, before, after, unit)


@pytest.mark.parametrize(
    ("metric", "unit", "value", "refused"),
    [
        ("Change failure rate", "%", 120, True),
        ("Builds rerun", "% of builds", 101, True),
        ("Test coverage", "%", 100, False),
        ("CPU utilisation", "%", 350, False),
        ("Revenue growth rate", "%", 150, False),
        ("Latency", "ms", 250, False),
    ],
)
def test_a_share_in_percent_stops_at_a_hundred(
    metric: str, unit: str, value: float, refused: bool
) -> None:
    if not refused:
        assert measure_from_fields(metric, "10", str(value), unit) is not None
        assert len(measured(metric, unit, 10, value).readings) == 1
        return
    with pytest.raises(CareerClimbError, match="more than all of it"):
        measure_from_fields(metric, "10", str(value), unit)
    with pytest.raises(CareerClimbError, match="more than all of it"):
        measured(metric, unit, 10, value)


@pytest.mark.parametrize(
    ("values", "new", "questioned"),
    [
        ((20,), 1e9, True),
        ((20, 18), 19_999, False),
        ((20, 18), 20_000, True),
        ((20, 18), 20_001, True),
        ((20, 30_000), 40_000, False),
        ((0,), 900, False),
        ((0,), 1_001, True),
        ((20,), -1e9, True),
        ((), 1e9, False),
    ],
    ids=[
        "1e9 after 20",
        "just under a thousand times",
        "a thousand times",
        "just over",
        "near the last reading",
        "zero baseline, small",
        "zero baseline, huge",
        "huge below zero",
        "the baseline itself",
    ],
)
def test_a_reading_a_thousand_times_the_earlier_ones_is_questioned(
    values: tuple[float, ...], new: float, questioned: bool
) -> None:
    said = reading_jump(measured("Lead time", "points", *values), new)

    assert bool(said) is questioned
    if questioned:
        assert "Check the number" in said and said.endswith(".")


def test_a_jump_names_the_baseline_and_the_last_reading() -> None:
    said = reading_jump(measured("Lead time", "hours", 20, 18), 1e9)

    assert "the baseline (20 hours) and the last reading (18 hours)" in said


def test_the_cli_refuses_a_jump_unless_told_it_is_right(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = save_initiative(store, measured("Lead time", "hours", 20))
    problem = str(saved.id)

    refused = main(["problem", "measure", problem, "1e9"], clock=clock)
    err = capsys.readouterr().err
    assert refused == 2
    assert "Check the number" in err and "--yes" in err
    assert not initiatives(store)[0].readings

    kept = main(
        ["problem", "measure", problem, "1e9", "--yes"], clock=clock, out=io.StringIO()
    )
    assert kept == 0
    assert initiatives(store)[0].readings[0].value == 1e9


def test_the_cli_refuses_a_rate_below_zero(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = save_initiative(store, measured("Change failure rate", "%", 20))

    code = main(["problem", "measure", str(saved.id), "--", "-5"], clock=clock)

    assert code == 2
    assert "below zero, which a rate" in capsys.readouterr().err
    assert not initiatives(store)[0].readings


def test_the_cli_names_its_own_way_to_turn_the_direction(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    checked = add_note(
        start_initiative("Flaky tests", NOW),
        catalogue.PROBLEM_CHECK_NOTE_CHANGE.format(text="CI red-run rate: 20% -> 2%"),
        NOW,
    ).with_changes(metric="CI red-run rate", better="higher")
    checked = add_reading(checked, Reading(20, "%", DAY), NOW)
    saved = save_initiative(store, checked)

    main(
        ["problem", "measure", str(saved.id), "5"],
        clock=FixedClock(NOW + dt.timedelta(days=30)),
        out=io.StringIO(),
    )
    err = " ".join(capsys.readouterr().err.split())

    assert "--better lower" in err
    assert f"careerclimb problem measure {saved.id} NUMBER --better lower" in err
    assert "press m" not in err
    # The app's notice keeps the app's way.
    assert "press m" in better_contradiction(initiatives(store)[0])


def test_the_baseline_example_points_the_way_that_is_pre_selected() -> None:
    entry = ProblemEntry(
        id="slow-deploys",
        title="Deploys are slow",
        symptoms=(),
        why_next_level="",
        dimensions=(),
        first_steps=(),
        who_agrees=(),
        measures=(
            ProblemMeasure("Deploy frequency", "deploys/week", "higher"),
            ProblemMeasure("Lead time for changes", "hours", "lower"),
        ),
        keywords=(),
    )
    lower = start_initiative("Slow deploys", NOW).with_changes(better="lower")
    higher = lower.with_changes(better="higher")
    unchosen = lower.with_changes(better="")

    assert example_measure(lower, entry) == entry.measures[1]
    assert example_measure(higher, entry) == entry.measures[0]
    assert example_measure(unchosen, entry) == entry.measures[0]
    assert example_measure(lower, None) is None


def test_an_empty_note_that_changes_the_step_is_told_as_the_step() -> None:
    before = start_initiative("Slow deploys", NOW).with_changes(next_step="Ask Ana")
    cleared = before.with_changes(next_step="")
    changed = before.with_changes(next_step="Ask Bo")
    noted = add_note(before, "Talked to Ana", NOW)

    assert note_saved_text(before, cleared) == (
        "Next step cleared; no note, as the note was empty."
    )
    assert note_saved_text(before, changed) == (
        "Next step saved; no note, as the note was empty."
    )
    assert note_saved_text(before, noted) == "Note saved."


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("-5%", "-5%"),
        ("- item", "- item"),
        ("# not a heading", "# not a heading"),
        ("> not a quote", "> not a quote"),
        ("1. first", "1. first"),
        ("a | b", "a \\| b"),
        ("*bold*", "\\*bold\\*"),
    ],
)
def test_a_table_cell_escapes_only_what_a_cell_would_misread(
    text: str, cell: str
) -> None:
    assert escape_cell(text) == cell


def test_a_reading_below_zero_in_a_table_keeps_its_minus_as_typed() -> None:
    lines = table_lines(("Date", "Reading"), [["2026-12-06", "-5%"]])

    assert lines[-1] == "| 2026-12-06 | -5% |"
    # Where a line starts, a leading minus is still escaped.
    assert escape_inline("- item") == "\\- item"
