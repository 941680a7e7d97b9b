"""A percentage that moves is said in points; every "opens it" hint names a key the
screen's footer shows; home and the reminder give the same advice as the promotion
cycle draws near.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import replace

import pytest
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.widgets._footer import FooterKey

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo, seed_problem_demo
from careerclimb_tui.domain.numbers import measure_from_fields
from careerclimb_tui.domain.records import Measure, describe_change, describe_measure
from careerclimb_tui.domain.reminders import (
    CYCLE_CLOSING,
    cycle_advice,
    reminders_for,
)
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.export.packet import measure_text
from careerclimb_tui.home_lines import export_line
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_catalog import ProblemCatalogScreen
from careerclimb_tui.screens.problem_finder import ProblemFinderScreen
from careerclimb_tui.screens.problem_hub import ProblemHubScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, notices, save_driving, wait_until

# --- a percentage moves in points -------------------------------------------------

CHANGES = [
    # (before, after, unit, how far it moved)
    (20, 12, "%", "−8 points"),
    (20, 12, "percent", "−8 points"),
    (20, 12, " Per cent ", "−8 points"),
    (5, 6, "%", "+1 point"),
    (12.5, 10, "%", "−2.5 points"),
    (31, 6, "%", "−25 points"),
    (20, 12, "deploys/week", "−40%"),
    (24, 9, "minutes", "−63%"),
    (14, 28, "", "+100%"),
    (-12, 8, "NPS", ""),
]


@pytest.mark.parametrize(("before", "after", "unit", "expected"), CHANGES)
def test_a_percentage_moves_in_points_and_anything_else_by_its_relative_change(
    before: float, after: float, unit: str, expected: str
) -> None:
    measure = Measure(before=before, after=after, unit=unit)

    assert describe_change(measure) == expected


MEASURES = [
    (
        Measure(before=20, after=12, unit="%", label="Change failure rate"),
        "Change failure rate 20% → 12%",
    ),
    (Measure(before=20, after=12, unit="percent"), "20% → 12%"),
    (Measure(after=12, unit="%", label="error rate"), "error rate 12%"),
    # An after worked out from a typed change keeps the change, in points.
    (
        Measure(before=20, after=12, unit="percent", change_pct=-40),
        "20% → 12%, −8 points",
    ),
    (Measure(change_pct=-40, label="deploy failures"), "deploy failures −40%"),
    (Measure(before=30, after=3, unit="minutes", label="MTTR"), "MTTR 30 → 3 minutes"),
    (Measure(before=20, after=12, change_pct=-40), "20 → 12, −40%"),
]


@pytest.mark.parametrize(("measure", "expected"), MEASURES)
def test_each_number_of_a_percentage_carries_its_percent_sign(
    measure: Measure, expected: str
) -> None:
    assert describe_measure(measure) == expected


def test_percent_spelt_out_is_a_percentage_when_a_measure_is_typed() -> None:
    with pytest.raises(CareerClimbError) as raised:
        measure_from_fields("failure rate", "20", "-40%", "percent")

    assert "could be the new rate or a change to it" in raised.value.message


def test_the_packet_says_a_percentage_moved_in_points() -> None:
    measure = Measure(before=20, after=12, unit="%", label="Change failure rate")

    assert measure_text(measure) == "Change failure rate 20% → 12%, −8 points"


DEMO_CHANGE = "Change failure rate 20% → 12%, −8 points, better"


def test_problem_show_says_the_demo_rate_moved_in_points(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    out = io.StringIO()

    main(["problem", "list"], clock=clock, out=out)
    measured = re.search(r"^\s*(\d+)\s.*Measuring", out.getvalue(), re.MULTILINE)
    assert measured is not None
    out = io.StringIO()
    code = main(["problem", "show", measured.group(1)], clock=clock, out=out)

    shown = out.getvalue()
    assert code == 0
    # Inside a sentence the measure's name starts in lower case.
    said = DEMO_CHANGE[0].lower() + DEMO_CHANGE[1:]
    assert catalogue.PROBLEM_CLI_CHANGE.format(change=said) in shown
    assert "20% baseline" in shown
    assert "−40%" not in shown and " %" not in shown


def plain(screen: Screen[object]) -> str:
    """Every text a screen shows, on one line."""
    return " ".join(
        " ".join(str(widget.render()).split()) for widget in screen.query(Static)
    )


async def test_the_hub_and_the_tracker_say_the_demo_rate_moved_in_points(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))
        hub = app.screen
        assert DEMO_CHANGE in plain(hub)
        table = hub.query_one("#hub-list", DataTable)
        assert str(table.get_cell_at((0, 4))) == "20% → 12%, −8 points"

        await pilot.press("i")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        tracker = plain(app.screen)
        assert "20% → 12%, −8 points, better" in tracker
        assert "−40%" not in tracker


# --- every "opens it" names a key the footer shows ---------------------------------

_OPENS_IT = re.compile(r"\(([^()]+?) opens it\)")


def keys_named(text: str) -> list[str]:
    """The keys an "(x opens it)" hint names, as Textual spells them."""
    return [
        key.strip().casefold()
        for hint in _OPENS_IT.findall(text)
        for key in hint.split(" or ")
    ]


def footer_keys(screen: Screen[object]) -> dict[str, FooterKey]:
    """The keys the footer shows whole, beside the command palette's key."""
    shown = list(screen.query(FooterKey))
    palette = [key for key in shown if key.has_class("-command-palette")]
    edge = palette[0].region.x if palette else screen.size.width
    return {
        key.key: key
        for key in shown
        if key not in palette and key.region.right <= edge and key.region.width
    }


@pytest.mark.parametrize(
    ("keys", "screen_type"),
    [
        (("o",), ProblemHubScreen),
        (("o", "c"), ProblemCatalogScreen),
        (("o", "f"), ProblemFinderScreen),
    ],
    ids=["hub", "catalogue", "finder"],
)
async def test_every_opens_it_hint_names_a_key_the_screens_footer_shows(
    store: Store,
    clock: FixedClock,
    keys: tuple[str, ...],
    screen_type: type[Screen[None]],
) -> None:
    store.save_profile(DEMO_PROFILE)
    driven = save_driving(store, clock, "Cut CI time")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)
        await wait_until(pilot, lambda: isinstance(app.screen, screen_type))
        await pilot.pause()
        screen = app.screen
        named = keys_named(plain(screen))
        shown = footer_keys(screen)

        assert named, "the screen says which key opens the problem in progress"
        # The first key named is the one in this screen's footer, shown whole.
        assert named[0] in shown
        assert shown[named[0]].action == "open_in_progress"
        for key in named:
            active = screen.active_bindings.get(key)
            assert active is not None and active.binding.action == "open_in_progress"

        # And each of them opens it.
        for key in named:
            await pilot.press(key)
            await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
            tracker = app.screen
            assert isinstance(tracker, InitiativeScreen)
            assert tracker.initiative_id == driven.id
            await pilot.press("escape")
            await wait_until(
                pilot, lambda: not isinstance(app.screen, InitiativeScreen)
            )
            if not isinstance(app.screen, screen_type):
                await pilot.press(*keys[1:])
                await wait_until(pilot, lambda: isinstance(app.screen, screen_type))


@pytest.mark.parametrize(
    ("keys", "screen_type"),
    [(("o",), ProblemHubScreen), (("o", "f"), ProblemFinderScreen)],
    ids=["hub", "finder"],
)
async def test_the_footer_shows_every_key_whole_at_80_columns(
    store: Store,
    clock: FixedClock,
    keys: tuple[str, ...],
    screen_type: type[Screen[None]],
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, "Cut CI time")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)
        await wait_until(pilot, lambda: isinstance(app.screen, screen_type))
        await pilot.pause()
        screen = app.screen
        every = {key.key for key in screen.query(FooterKey)} - {"ctrl+p"}

        assert "escape" in every
        assert set(footer_keys(screen)) == every


# --- one piece of advice as the cycle draws near -----------------------------------

GAPS = "The cycle closes {}: press g to see which gaps are still open."
PACKET = "The cycle closes {}: press x to export your promotion packet."
ADVICE = [
    # (days until the cycle closes, any wins, the advice or None)
    (120, True, None),
    (57, True, None),
    (56, True, GAPS.format("in 8 weeks")),
    (35, True, GAPS.format("in 5 weeks")),
    (28, True, GAPS.format("in 4 weeks")),
    (27, True, PACKET.format("in 3 weeks")),
    (13, True, PACKET.format("in 1 week")),
    (6, True, PACKET.format("within a week")),
    (0, True, PACKET.format("within a week")),
    (-1, True, None),
    (35, False, GAPS.format("in 5 weeks")),
    (13, False, GAPS.format("in 1 week")),
]


@pytest.mark.parametrize(("days", "has_wins", "expected"), ADVICE)
def test_the_advice_turns_from_the_gaps_to_the_packet_as_the_cycle_closes(
    days: int, has_wins: bool, expected: str | None
) -> None:
    today = dt.date(2026, 11, 18)

    advice = cycle_advice(today + dt.timedelta(days=days), today, has_wins)

    assert advice == expected


@pytest.mark.parametrize("days", [56, 35, 27, 6, 0])
def test_home_and_the_reminder_give_the_same_advice(
    store: Store, clock: FixedClock, days: int
) -> None:
    today = clock.today()
    seed_demo(store, today)
    profile = replace(DEMO_PROFILE, cycle_closes=today + dt.timedelta(days=days))
    store.save_profile(profile)
    ladder = load_shelf().get(profile.ladder_id)
    assert ladder is not None

    reminders = reminders_for(store.wins(), [], [], profile, today)
    reminded = [r.text for r in reminders if r.key == CYCLE_CLOSING]

    assert reminded == [export_line(store, ladder, profile, today)]


async def test_five_weeks_out_home_and_the_notice_both_point_to_the_gaps(
    store: Store, clock: FixedClock
) -> None:
    today = clock.today()
    seed_demo(store, today)
    store.save_profile(
        replace(DEMO_PROFILE, cycle_closes=today + dt.timedelta(days=35))
    )
    expected = GAPS.format("in 5 weeks")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: any(expected in n for n in notices(app)))
        notes = plain(app.screen)

        assert expected in notes
        assert "export your promotion packet" not in notes
        assert not any("export your promotion packet" in n for n in notices(app))
