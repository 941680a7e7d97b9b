"""A promotion cycle closing decades ahead is a mistyped year: the profile
refuses it at the field, and a far date already saved is told in years."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from textual.widgets import Input, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.dates import span_in_words, weeks_away_in_words
from careerclimb_tui.domain.profile import read_cycle_closes
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.setup import SetupScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

TODAY = dt.date(2026, 11, 18)

CYCLE_DATES = [
    # (the date typed, the start of the refusal; None when it is taken)
    (None, None),
    (TODAY, None),
    (dt.date(2027, 3, 31), None),
    (dt.date(2028, 11, 18), None),
    (dt.date(2028, 11, 19), "19 Nov 2028 is more than 2 years away: is the year"),
    (dt.date(2031, 11, 17), "17 Nov 2031 is 4 years away: is the year right?"),
    (dt.date(2099, 12, 31), "31 Dec 2099 is 73 years away: is the year right?"),
    (dt.date(2026, 11, 17), "2026-11-17 has already passed"),
]  # fmt: skip


@pytest.mark.parametrize("day, refusal", CYCLE_DATES)
def test_a_cycle_date_is_taken_only_within_two_years(
    day: dt.date | None, refusal: str | None
) -> None:
    if refusal is None:
        assert read_cycle_closes(day, TODAY) == day
        return
    with pytest.raises(CareerClimbError) as raised:
        read_cycle_closes(day, TODAY)
    assert raised.value.message.startswith(refusal), raised.value.message


DISTANCES = [
    # (days ahead, how the cycle advice says it, how home says it when far)
    (0, "within a week", None),
    (13, "in 1 week", None),
    (364, "in 52 weeks", None),
    (365, "in about 1 year", "about 1 year"),
    (458, "in about 1 year and 3 months", "about 1 year and 3 months"),
    (26688, "in about 73 years", "about 73 years"),
]  # fmt: skip


@pytest.mark.parametrize("days, advice, span", DISTANCES)
def test_a_far_day_is_told_in_years_and_months(
    days: int, advice: str, span: str | None
) -> None:
    assert weeks_away_in_words(days) == advice
    if span is not None:
        assert span_in_words(days) == span


async def test_the_profile_refuses_a_cycle_decades_away_at_the_field(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        form = app.screen
        form.query_one("#cycle", Input).value = "31/12/2099"

        await pilot.press("ctrl+s")
        shown = form.query_one("#cycle-error", Static)
        await wait_until(pilot, lambda: "73 years away" in str(shown.render()))
        assert app.screen is form
    saved = store.profile()
    assert saved is not None and saved.cycle_closes == DEMO_PROFILE.cycle_closes


async def test_home_tells_a_far_cycle_in_years_not_days(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(replace(DEMO_PROFILE, cycle_closes=dt.date(2099, 12, 31)))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        line = app.screen.query_one("#cycle-line", Static)
        await wait_until(pilot, lambda: "2099" in str(line.render()))
        assert str(line.render()) == (
            "Promotion cycle closes 31 Dec 2099: about 73 years from today."
        )
