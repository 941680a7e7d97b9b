"""The problem and peer lists fit the terminal again after it shrinks, and the
peers' Dimensions column names every row of several dimensions by one form."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import DataTable

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.peers import Peer, PeerItem
from careerclimb_tui.screens.peers import PeersScreen
from careerclimb_tui.screens.problem_hub import ProblemHubScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import save_peer
from tests.helpers import make_app, wait_until


async def open_route(
    pilot: Pilot[None], route: str, screen: type[Screen[None]]
) -> Screen[None]:
    await pilot.app.run_action(f"open('{route}')")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, screen))
    await pilot.pause()
    return pilot.app.screen


def fits(table: DataTable) -> bool:
    """Whether every column of the table shows without scrolling sideways."""
    return (
        table.virtual_size.width <= table.size.width
        and not table.show_horizontal_scrollbar
    )


@pytest.mark.parametrize(
    ("route", "screen", "table_id"),
    [
        ("problem", ProblemHubScreen, "#hub-list"),
        ("peers", PeersScreen, "#peers"),
    ],
)
async def test_a_list_drawn_wide_fits_again_once_the_terminal_shrinks(
    store: Store,
    clock: FixedClock,
    route: str,
    screen: type[Screen[None]],
    table_id: str,
) -> None:
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)

    async with app.run_test(size=(100, 30)) as pilot:
        shown = await open_route(pilot, route, screen)
        table = shown.query_one(table_id, DataTable)
        assert fits(table)
        wide = table.size.width

        await pilot.resize_terminal(80, 24)
        await wait_until(pilot, lambda: table.size.width < wide)
        await pilot.pause()
        # Columns once drawn wide used to keep their width: the list then
        # scrolled sideways by a cell or two, its scroll bar a lone mark.
        assert fits(table)


def peer(name: str, *dimensions: str) -> Peer:
    item = PeerItem(text="Led the work across teams", dimensions=dimensions)
    return Peer(name=name, from_level="mid", to_level="senior", items=(item,))


async def test_the_peers_list_counts_every_row_of_several_dimensions_alike(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_peer(store, peer("AB", "scope_impact", "technical_direction", "execution"))
    save_peer(store, peer("CD", "collaboration_influence", "mentoring"))
    save_peer(store, peer("EF", "technical_direction"))
    app = make_app(store, clock)

    async with app.run_test(size=(60, 20)) as pilot:
        shown = await open_route(pilot, "peers", PeersScreen)
        table = shown.query_one("#peers", DataTable)
        cells = {
            str(table.get_row_at(row)[0]): str(table.get_row_at(row)[4])
            for row in range(table.row_count)
        }

    # "Collaboration… +1" does not fit, so that row is counted; the row that
    # could read "Scope… +2" is counted too, and a lone dimension is named.
    assert cells == {
        "AB": "3 dimensions",
        "CD": "2 dimensions",
        "EF": "Technical…",
    }
