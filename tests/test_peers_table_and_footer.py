"""The promoted peers screen at 80×24: dimension names as whole as the row allows,
and the keys in the footer from the first frame the screen draws."""

from __future__ import annotations

import pytest
from rich.console import RenderableType
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import DataTable

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_case_demo, seed_demo
from careerclimb_tui.screens.peer_form import PeerFormScreen
from careerclimb_tui.screens.peers import PeersScreen, QuestionsDialog
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until


def screen_rows(app: App[None]) -> list[str]:
    """Every character on the screen, row by row."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def sample_career(store: Store, clock: FixedClock) -> None:
    """The sample career, with its promoted peers."""
    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())


async def open_peers(pilot: Pilot[None]) -> PeersScreen:
    await pilot.press("P")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, PeersScreen))
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, PeersScreen)
    return screen


async def test_the_peers_table_names_whole_dimensions_where_the_row_has_room(
    store: Store, clock: FixedClock
) -> None:
    sample_career(store, clock)
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_peers(pilot)
        table = screen.query_one("#peers", DataTable)
        rows = screen_rows(app)

        # The first peer's first dimension, named in full beside the count.
        assert any("Scope and impact +2" in row for row in rows), rows
        assert any("Technical direction +1" in row for row in rows), rows
        # Nothing of the table is out of sight to the right.
        assert table.virtual_size.width <= table.scrollable_content_region.width


def frames_of(app: App[None], kind: type[Screen[None]]) -> list[str]:
    """The bottom row of every frame drawn while a screen of ``kind`` is on top.

    Starts recording now; each frame is read as the terminal is sent it.
    """
    bottoms: list[str] = []
    send = app._display

    def recorded(screen: Screen[object], renderable: RenderableType | None) -> None:
        if isinstance(screen, kind) and renderable is not None:
            bottoms.append(screen._compositor.render_strips()[-1].text)
        send(screen, renderable)

    app._display = recorded  # type: ignore[method-assign]
    return bottoms


OPENED: list[tuple[str, type[Screen[None]], str]] = [
    # key pressed on the peers screen (none: open it from home), what opens,
    # a key its footer shows
    ("", PeersScreen, "New peer"),
    ("a", QuestionsDialog, "Copy questions"),
    ("n", PeerFormScreen, "Save"),
]


@pytest.mark.parametrize("key, kind, shown", OPENED)
async def test_the_footer_shows_its_keys_in_the_first_frame(
    store: Store, clock: FixedClock, key: str, kind: type[Screen[None]], shown: str
) -> None:
    sample_career(store, clock)
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        if key:
            await open_peers(pilot)
        bottoms = frames_of(app, kind)
        await pilot.press(key or "P")
        await wait_until(pilot, lambda: isinstance(app.screen, kind))
        await pilot.pause()

    assert bottoms, "the screen was drawn"
    assert shown in bottoms[0], bottoms[0]
