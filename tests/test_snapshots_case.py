"""Pictures of the promoted-peers and pitch screens and dialogs, at two sizes.

Update them after an intended change with ``pytest --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_case_demo, seed_demo
from careerclimb_tui.store import Store
from tests.helpers import make_app

SIZES = [(100, 30), (80, 24)]
SIZE_IDS = ["100x30", "80x24"]

Steps = Callable[[Pilot[None]], Awaitable[None]]


async def open_peers(pilot: Pilot[None]) -> None:
    await pilot.app.run_action("open('peers')")
    await pilot.pause()


async def open_questions(pilot: Pilot[None]) -> None:
    await open_peers(pilot)
    await pilot.press("a")


async def open_peer_form(pilot: Pilot[None]) -> None:
    await open_peers(pilot)
    await pilot.press("e")
    await pilot.pause()


async def open_item_dialog(pilot: Pilot[None]) -> None:
    await open_peer_form(pilot)
    pilot.app.screen.query_one("#items", DataTable).focus()
    # The form scrolls the focused list into view after its next refresh; let
    # that land before the dialog covers it, however busy the machine is.
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


async def open_pitch(pilot: Pilot[None]) -> None:
    await pilot.press("p")
    await pilot.pause()


async def open_short(pilot: Pilot[None]) -> None:
    await open_pitch(pilot)
    await pilot.press("ctrl+t")


async def open_versions(pilot: Pilot[None]) -> None:
    await open_pitch(pilot)
    await pilot.press("ctrl+l")


SCREENS: dict[str, Steps] = {
    "peers": open_peers,
    "questions": open_questions,
    "peer_form": open_peer_form,
    "peer_item": open_item_dialog,
    "pitch": open_pitch,
    "short_pitch": open_short,
    "pitch_versions": open_versions,
}


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("screen", SCREENS)
def test_case_screen(
    snap_compare: Any,
    store: Store,
    clock: FixedClock,
    screen: str,
    size: tuple[int, int],
) -> None:
    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())
    assert snap_compare(
        make_app(store, clock), terminal_size=size, run_before=SCREENS[screen]
    )
