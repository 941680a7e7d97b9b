"""Home's recent wins say how many more the journal holds when not all fit, and a
24-row terminal still shows at least five of them beside the whole status."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import DataTable, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.home_lines import DEMO_ENV
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.store import Store
from tests.helpers import run_app, wait_until


def rows_in_view(home: HomeScreen) -> int:
    table = home.query_one("#recent", DataTable)
    return table.size.height - table.header_height


def more_line(home: HomeScreen) -> str | None:
    more = home.query_one("#recent-more", Static)
    return str(more.render()) if more.display else None


async def test_a_full_home_at_80x24_shows_five_wins_and_says_how_many_are_left_out(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DEMO_ENV, "1")
    seed_full_demo(store, clock.today())
    # More wins than any 24-row home can list beside the whole status.
    for day in range(1, 5):
        store.add_win(framed(Win(title=f"Win {day}", date=dt.date(2026, 10, day))))
    total = len(store.wins())

    async with run_app(store, clock) as (app, pilot):
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, HomeScreen) and app.screen._recent,
        )
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        shown = rows_in_view(home)

        assert shown >= 5
        assert shown < total
        assert more_line(home) == f"… {total - shown} more in the journal (j)"
        assert home.query_one("#home-body").max_scroll_y == 0
        profile = home.query_one("#profile-line", Static)
        assert profile.size.height <= 2, "the profile takes two lines at most"


async def test_a_few_wins_that_all_fit_need_no_line_about_more(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    for day in (3, 4):
        store.add_win(framed(Win(title=f"Win {day}", date=dt.date(2026, 11, day))))

    async with run_app(store, clock) as (app, pilot):
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, HomeScreen) and app.screen._recent,
        )
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)

        assert rows_in_view(home) == 2
        assert more_line(home) is None


async def test_a_taller_terminal_shows_more_wins_and_leaves_out_fewer(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    total = len(store.wins())

    async with run_app(store, clock, size=(80, 40)) as (app, pilot):
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, HomeScreen) and app.screen._recent,
        )
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)

        assert rows_in_view(home) == total
        assert more_line(home) is None
