"""A profile's name has a length limit, and home cuts a long one to keep the
levels where they belong."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.profile import NAME_MAX_CHARS, read_profile_name
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.setup import SetupScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, notices, wait_until

LONG_NAME = " ".join(["Alexandra Konstantinopoulou"] * 7)
"""A name of 195 characters: well past the limit."""


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("", ""),
        ("   ", ""),
        ("  Sam  ", "Sam"),
        ("A" * NAME_MAX_CHARS, "A" * NAME_MAX_CHARS),
        (f"  {'A' * NAME_MAX_CHARS}  ", "A" * NAME_MAX_CHARS),
    ],
)
def test_a_name_within_the_limit_is_kept(typed: str, kept: str) -> None:
    assert read_profile_name(typed) == kept


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("A" * (NAME_MAX_CHARS + 1), NAME_MAX_CHARS + 1),
        (LONG_NAME, len(LONG_NAME)),
        ("x" * 1200, 1200),
    ],
)
def test_a_name_past_the_limit_is_refused_naming_the_field_and_the_limit(
    typed: str, count: int
) -> None:
    with pytest.raises(CareerClimbError) as raised:
        read_profile_name(typed)

    message = raised.value.message
    assert message == catalogue.SETUP_NAME_TOO_LONG.format(
        count=count, limit=NAME_MAX_CHARS
    )
    assert message.startswith("Your name ") and f" {NAME_MAX_CHARS} " in message


async def test_saving_the_profile_with_a_name_too_long_says_why_and_saves_nothing(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        await home_read(pilot)
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        app.screen.query_one("#name", Input).value = LONG_NAME
        await pilot.press("ctrl+s")
        expected = catalogue.SETUP_NAME_TOO_LONG.format(
            count=len(LONG_NAME), limit=NAME_MAX_CHARS
        )
        await wait_until(pilot, lambda: expected in notices(app))
        assert isinstance(app.screen, SetupScreen)

    saved = store.profile()
    assert saved is not None and saved.name == DEMO_PROFILE.name


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_home_cuts_a_long_name_so_the_levels_stay_at_the_top(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    # A name from a data file written before the limit, or by hand.
    store.save_profile(replace(DEMO_PROFILE, name=LONG_NAME))
    app = make_app(store, clock)

    async with app.run_test(size=size) as pilot:
        home = await home_read(pilot)
        line = home.query_one("#profile-line", Static)
        await wait_until(pilot, lambda: line.size.width > 0)
        await pilot.pause()
        drawn = [
            strip.text.rstrip() for strip in line.render_lines(line.region.reset_offset)
        ]
        width = line.size.width
        assert isinstance(app.screen, HomeScreen)

    first = drawn[0]
    assert first.startswith("Alexandra") and "… · " in first
    assert len(first.split(" · ")[0]) <= width // 2
    # The name takes part of one line: the levels follow on the same line or
    # the next, as they do for a short name.
    assert "Software engineer" in " ".join(drawn[:2])
