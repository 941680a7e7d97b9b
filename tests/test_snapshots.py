"""One picture per screen and dialog, at 100×30 and at 80×24.

Each picture is compared with the last approved one; update them after an intended
change with ``pytest --snapshot-update`` and look at what changed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.store import DataFileDamaged, Store
from tests.helpers import make_app

SIZES = [pytest.param((100, 30), id="100x30"), pytest.param((80, 24), id="80x24")]

Seed = Callable[[Store, FixedClock], None]


def profile_only(store: Store, clock: FixedClock) -> None:
    store.save_profile(DEMO_PROFILE)


def demo_career(store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())


def review_quarter(store: Store, clock: FixedClock) -> None:
    from tests.test_review_flow import seed_quarter

    seed_quarter(store, clock)


def nothing(store: Store, clock: FixedClock) -> None:
    pass


def two_wins_reviewed(store: Store, clock: FixedClock) -> None:
    """A finished review of two wins: one titled at length, both with a change
    confirmed in the review that differs from what the win said."""
    from careerclimb_tui.domain.quarters import quarter_of
    from careerclimb_tui.domain.records import Win
    from careerclimb_tui.domain.review import (
        ChangeAnswer,
        Noticed,
        answer,
        finish,
        start_review,
    )
    from careerclimb_tui.domain.wins import framed

    store.save_profile(DEMO_PROFILE)
    long_title = " ".join(
        ["Moved every service of the payments platform to the new deploy pipeline,"]
        + ["with canaries, automatic rollback and a runbook for each team"] * 6
    )
    written = [
        (long_title, "Deploys are safer", "Failed deploys fell from 1 in 5 to 1 in 40"),
        ("Paired with the new joiner", "", "She led her first incident alone"),
    ]
    now = clock.now()
    wins = [
        store.add_win(
            framed(
                Win(
                    title=title,
                    date=clock.today(),
                    what_changed=before,
                    dimensions=(dimension,),
                )
            )
        )
        for (title, before, _), dimension in zip(written, ["execution", "mentoring"])
    ]
    review = start_review(quarter_of(clock.today()), wins, now)
    for win, (*_, confirmed) in zip(wins, written):
        assert win.id is not None
        review = answer(
            review,
            win.id,
            now=now,
            peer_could="no",
            choice="chose",
            change=ChangeAnswer(confirmed, measured=True, framing="impact"),
            noticed=Noticed.by("SRE"),
        )
    store.save_review(finish(review, now=now))


async def walk_the_quarter(pilot: Pilot[None]) -> None:
    from tests.test_review_flow import QUARTER, answer_win

    await pilot.press("r", "s")
    for *_, keys in QUARTER:
        await answer_win(pilot, keys)
    await pilot.pause()


def keys(*pressed: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def press(pilot: Pilot[None]) -> None:
        await pilot.press(*pressed)
        await pilot.pause()

    return press


# (name, data, what to do before the picture)
SCREENS: list[tuple[str, Seed, Callable[[Pilot[None]], Awaitable[None]]]] = [
    ("setup_first_run", nothing, keys()),
    ("home_before_the_first_win", profile_only, keys()),
    ("home_with_a_quarter_of_wins", demo_career, keys()),
    ("profile_edit", demo_career, keys("e")),
    (
        "log_win_coaching_activity",
        profile_only,
        keys("w", *"Built a monitoring dashboard for the payments service"),
    ),
    ("quick_win", profile_only, keys("k", *"Halved the on-call pages")),
    ("discard_typed_win_dialog", profile_only, keys("w", *"Half a thought", "escape")),
    ("journal", demo_career, keys("j")),
    ("journal_no_match", demo_career, keys("j", "slash", *"zzz")),
    ("win_detail_dialog", demo_career, keys("j", "down", "down", "enter")),
    ("ladder_browser", demo_career, keys("l")),
    ("help_dialog_on_the_journal", demo_career, keys("j", "f1")),
    ("reviews", review_quarter, keys("r")),
    ("review_walk", review_quarter, keys("r", "s", "n", "c")),
    ("review_override_dialog", review_quarter, keys("r", "s", "o")),
    ("review_dimensions_dialog", review_quarter, keys("r", "s", "d")),
    ("review_summary", review_quarter, walk_the_quarter),
    ("review_summary_of_two_wins", two_wins_reviewed, keys("r", "s")),
    ("gap_view", review_quarter, keys("g")),
    ("gap_wins_dialog", two_wins_reviewed, keys("g", "down", "down", "enter")),
    ("settings", profile_only, keys("ctrl+p", *"settings", "enter")),
]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("name", "seed", "before"), SCREENS, ids=[screen[0] for screen in SCREENS]
)
def test_screen(
    snap_compare: Any,
    store: Store,
    clock: FixedClock,
    name: str,
    seed: Seed,
    before: Callable[[Pilot[None]], Awaitable[None]],
    size: tuple[int, int],
) -> None:
    seed(store, clock)
    assert snap_compare(make_app(store, clock), terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES)
def test_damaged_file_screen(
    snap_compare: Any, store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    from tests.test_damaged_flow import app_for, damaged_store

    found = damaged_store(store, clock)
    # The real path holds the temporary folder's name; show a stable one.
    shown = DataFileDamaged(
        Path("~/.local/share/careerclimb/careerclimb.json"),
        found.reason,
        found.line,
        found.column,
    )
    assert snap_compare(app_for(store, clock, shown), terminal_size=size)


def test_too_small_notice(snap_compare: Any, store: Store, clock: FixedClock) -> None:
    demo_career(store, clock)
    assert snap_compare(make_app(store, clock), terminal_size=(36, 10))
