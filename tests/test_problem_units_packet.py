"""A problem's unit said once, and its packet section stating facts, not advice.

A unit is shortened only where the measure's name stands right before the
numbers and already says it ("reruns per week 40 → 7"); wherever the numbers
stand without the name, the whole unit is said. The packet states when the
readings were taken; the advice to take another one stays in the app.
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    advance,
    draft_proposal,
    early_result_fact,
    early_result_note,
    owned_dimensions,
    result_win,
    start_initiative,
)
from careerclimb_tui.domain.records import describe_amount, describe_measure, unit_after
from careerclimb_tui.export.packet import measure_text, packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_text import change_line, reading_bars
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, wait_until

NOW = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.timezone.utc)
DAY = NOW.date()


@pytest.fixture
def clock() -> FixedClock:
    """A clock stopped on the day of the latest reading."""
    return FixedClock(NOW)


@pytest.mark.parametrize(
    ("label", "unit", "said"),
    [
        ("reruns per week", "reruns/week", ""),
        ("Reruns a week", "reruns/week", ""),
        ("Weekly reruns", "reruns/week", ""),
        ("Reruns per week", "reruns per week", ""),
        ("Pages per on-call week", "pages/week", ""),
        ("Build reruns", "reruns/week", "per week"),
        ("pages", "pages/week", "per week"),
        ("Reruns", "/week", "per week"),
        ("Failures a day", "deploys/day", "deploys"),
        ("", "reruns/week", "reruns/week"),
        ("Review wait", "hours/PR", "hours/PR"),
        ("Deploys", "deploys", ""),
        ("Change failure rate", "%", "%"),
        ("Build reruns", "", ""),
    ],
)
def test_a_unit_after_the_name_says_only_what_the_name_leaves_out(
    label: str, unit: str, said: str
) -> None:
    assert unit_after(label, unit) == said


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("reruns per week", "40"),
        ("Build reruns", "40 per week"),
        ("", "40 reruns/week"),
    ],
)
def test_an_amount_beside_its_name_keeps_what_the_name_does_not_say(
    label: str, said: str
) -> None:
    assert describe_amount(40, "reruns/week", label) == said


def measured(metric: str, unit: str, days_apart: int = 28) -> Initiative:
    """A problem being measured: 40 at the baseline, 7 at the latest reading."""
    problem = start_initiative("Builds are rerun all the time", NOW)
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        problem = advance(problem, stage, NOW)
    first = DAY - dt.timedelta(days=days_apart)
    return problem.with_changes(
        metric=metric,
        better="lower",
        baseline=Reading(40.0, unit, first),
        readings=(Reading(7.0, unit, DAY),),
    )


# what was measured, its unit; the change said with its name (review, packet,
# journal); the change and a reading said without it (tracker, proposal)
EVERY_PLACE = [
    ("reruns per week", "reruns/week", "reruns per week 40 → 7", "reruns/week"),
    ("Build reruns", "reruns/week", "Build reruns 40 → 7 per week", "reruns/week"),
    ("pages", "pages/week", "pages 40 → 7 per week", "pages/week"),
    ("", "reruns/week", "40 → 7 reruns/week", "reruns/week"),
]


@pytest.mark.parametrize(
    ("metric", "unit", "named", "whole"),
    EVERY_PLACE,
    ids=["name says the rate", "name says the count", "name is the count", "no name"],
)
def test_every_place_a_problem_shows_its_numbers_says_the_unit_once(
    metric: str, unit: str, named: str, whole: str
) -> None:
    problem = measured(metric, unit)
    win = result_win(problem, DAY)
    assert win.measure is not None

    card = describe_measure(win.measure)
    packet = measure_text(win.measure)
    tracker = change_line(problem, label=False)
    bars = reading_bars(problem)
    proposal = draft_proposal(problem, None)
    lines = proposal.success.lines
    table = [row for section in proposal.sections for row in section.table]

    assert card == named
    assert packet == f"{named}, −83%"
    assert tracker is not None and tracker.startswith(f"40 → 7 {whole}, −83%")
    assert bars[0].endswith(f" 40 {whole} baseline")
    assert bars[1].endswith(f" 7 {whole}")
    assert any(line.startswith(f"Baseline: 40 {whole} on") for line in lines)
    assert any(line.startswith(f"Latest reading: 7 {whole} on") for line in lines)
    assert any(f"40 {whole}" in row for row in table)


async def test_the_tracker_says_the_whole_unit_where_the_name_is_not_beside_it(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    saved = save_initiative(store, measured("reruns per week", "reruns/week"))
    assert saved.id is not None
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(InitiativeScreen(saved.id))
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await pilot.pause()
        measure = str(app.screen.query_one("#tracker-measure", Static).render())
        bars = str(app.screen.query_one("#tracker-bars", Static).render())

    assert "40 → 7 reruns/week" in measure
    assert "40 reruns/week baseline" in bars
    assert " per week baseline" not in bars


# --- the packet states when the readings were taken -------------------------------


@pytest.mark.parametrize(
    ("days", "fact", "said"),
    [
        (0, "so far measured only on 5 Dec 2026", "all readings were taken on"),
        (3, "so far measured only between 2 and 5 Dec 2026", "readings span only 3"),
        (28, "", ""),
    ],
)
def test_readings_too_close_together_are_told_as_a_fact_and_then_as_advice(
    days: int, fact: str, said: str
) -> None:
    problem = measured("reruns per week", "reruns/week", days_apart=days)

    assert early_result_fact(problem) == fact
    note = early_result_note(problem)
    if fact:
        assert note.startswith(said)
        assert note.endswith(": take another on or after 2 Jan 2027 to show it holds")
    else:
        assert note == ""


@pytest.mark.parametrize(
    ("days", "result"),
    [
        (0, "reruns per week 40 → 7, −83%; so far measured only on 5 Dec 2026"),
        (
            3,
            "reruns per week 40 → 7, −83%; so far measured only between 2 and "
            "5 Dec 2026",
        ),
        (28, "reruns per week 40 → 7, −83%, from 2026-11-07 to 2026-12-05"),
    ],
)
def test_the_packet_states_when_the_readings_were_taken_without_advice(
    store: Store, clock: FixedClock, days: int, result: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    problem = measured("reruns per week", "reruns/week", days_apart=days)
    save_initiative(store, problem)
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None

    packet = packet_markdown(store, ladder, store.profile(), clock.today())

    [line] = [line for line in packet.splitlines() if "40 → 7" in line]
    assert line.endswith(f": {result}")
    assert "take another in a week" not in packet


@pytest.mark.parametrize(
    ("dimension_ids", "suggested"),
    [
        (
            ("scope_impact", "ownership_initiative", "collaboration"),
            ("ownership_initiative",),
        ),
        (("Ownership",), ("Ownership",)),
        (("scope_impact", "technical_direction"), ()),
        ((), ()),
    ],
)
def test_a_result_win_suggests_the_ladders_ownership_dimension(
    dimension_ids: tuple[str, ...], suggested: tuple[str, ...]
) -> None:
    assert owned_dimensions(dimension_ids) == suggested
