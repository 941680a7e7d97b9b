"""One picture per screen at 100×30, compared with the last approved one.

Update the pictures after an intended change with ``pytest --snapshot-update``.
"""

from __future__ import annotations

from typing import Any

import pytest

from textual.pilot import Pilot

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.store import Store
from tests.helpers import make_app

SIZE = (100, 30)


def test_setup_screen_on_first_run(
    snap_compare: Any, store: Store, clock: FixedClock
) -> None:
    assert snap_compare(make_app(store, clock), terminal_size=SIZE)


def test_home_screen_with_a_quarter_of_wins(
    snap_compare: Any, store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    assert snap_compare(make_app(store, clock), terminal_size=SIZE)


def test_home_screen_before_the_first_win(
    snap_compare: Any, store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    assert snap_compare(make_app(store, clock), terminal_size=SIZE)


def test_log_win_screen_coaching_an_activity_statement(
    snap_compare: Any, store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)

    async def type_activity(pilot: Pilot[None]) -> None:
        await pilot.press("w")
        await pilot.press(*"Built a monitoring dashboard for the payments service")

    assert snap_compare(
        make_app(store, clock), terminal_size=SIZE, run_before=type_activity
    )


def test_journal_screen(snap_compare: Any, store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())
    assert snap_compare(make_app(store, clock), terminal_size=SIZE, press=["j"])


def test_win_detail_dialog(snap_compare: Any, store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())
    assert snap_compare(
        make_app(store, clock), terminal_size=SIZE, press=["j", "down", "down", "enter"]
    )


REVIEW_SIZES = [(100, 30), (80, 24)]


def _seed_review_quarter(store: Store, clock: FixedClock) -> None:
    from tests.test_review_flow import seed_quarter

    seed_quarter(store, clock)


@pytest.mark.parametrize("size", REVIEW_SIZES, ids=["100x30", "80x24"])
def test_review_walk_screen(
    snap_compare: Any, store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    _seed_review_quarter(store, clock)
    assert snap_compare(
        make_app(store, clock), terminal_size=size, press=["r", "s", "n", "c"]
    )


@pytest.mark.parametrize("size", REVIEW_SIZES, ids=["100x30", "80x24"])
def test_review_summary_screen(
    snap_compare: Any, store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    from tests.test_review_flow import QUARTER, answer_win

    _seed_review_quarter(store, clock)

    async def walk_the_quarter(pilot: Pilot[None]) -> None:
        await pilot.press("r", "s")
        for *_, keys in QUARTER:
            await answer_win(pilot, keys)
        await pilot.pause()

    assert snap_compare(
        make_app(store, clock), terminal_size=size, run_before=walk_the_quarter
    )


@pytest.mark.parametrize("size", REVIEW_SIZES, ids=["100x30", "80x24"])
def test_gap_view_screen(
    snap_compare: Any, store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    _seed_review_quarter(store, clock)
    assert snap_compare(make_app(store, clock), terminal_size=size, press=["g"])


def test_reviews_screen(snap_compare: Any, store: Store, clock: FixedClock) -> None:
    _seed_review_quarter(store, clock)
    assert snap_compare(make_app(store, clock), terminal_size=SIZE, press=["r"])


def test_damaged_file_screen(snap_compare: Any, store: Store, clock: FixedClock) -> None:
    from pathlib import Path

    from careerclimb_tui.store import DataFileDamaged
    from tests.test_damaged_flow import app_for, damaged_store

    found = damaged_store(store, clock)
    # The real path holds the temporary folder's name; show a stable one.
    shown = DataFileDamaged(
        Path("~/.local/share/careerclimb/careerclimb.json"),
        found.reason,
        found.line,
        found.column,
    )
    assert snap_compare(app_for(store, clock, shown), terminal_size=SIZE)


def test_help_dialog_on_the_journal(
    snap_compare: Any, store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    assert snap_compare(make_app(store, clock), terminal_size=SIZE, press=["j", "f1"])
