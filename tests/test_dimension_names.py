"""Dimensions and kinds of work read the same way in every table, and a cut name
always shows that it was cut."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_case_demo, seed_demo
from careerclimb_tui.screens.peer_form import PeerFormScreen
from careerclimb_tui.screens.peers import PeersScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.names import cut_name, names_cell, short_names
from tests.helpers import make_app, open_journal, wait_until

LADDER_NAMES = [
    "Scope and impact",
    "Technical direction",
    "Execution and delivery",
    "Collaboration and influence",
    "Mentoring and growing others",
    "Ownership and initiative",
]
KIND_NAMES = ["Cross-team work", "Design and RFCs", "Reliability at the root"]


@pytest.mark.parametrize(
    ("names", "short"),
    [
        (["Technical direction"], {"Technical direction": "Technical…"}),
        (
            ["Scope", "Execution and delivery"],
            {"Scope": "Scope", "Execution and delivery": "Execution…"},
        ),
        (
            ["Technical direction", "Technical quality"],
            {
                "Technical direction": "Technical direction",
                "Technical quality": "Technical quality",
            },
        ),
    ],
)
def test_a_short_name_ends_in_an_ellipsis_when_words_were_left_out(
    names: list[str], short: dict[str, str]
) -> None:
    assert short_names(names) == short


@pytest.mark.parametrize(
    ("name", "width", "shown"),
    [
        ("Cross-team work", 15, "Cross-team work"),
        ("Cross-team work", 14, "Cross-team…"),
        ("Reliability at the root", 20, "Reliability at the…"),
        ("Collaboration", 8, "Collabo…"),
        ("Technical…", 7, "Techni…"),
    ],
)
def test_a_cut_name_ends_after_a_whole_word_and_an_ellipsis(
    name: str, width: int, shown: str
) -> None:
    assert cut_name(name, width) == shown


@pytest.mark.parametrize(
    ("names", "width", "shown"),
    [
        (["Technical direction"], 27, "Technical…"),
        (["Technical direction"], 28, "Technical direction"),
        (
            ["Technical direction", "Ownership and initiative"],
            22,
            "Technical…, Ownership…",
        ),
        (["Scope and impact", "Technical direction"], 15, "Scope… +1"),
        (
            ["Scope and impact", "Technical direction", "Execution and delivery"],
            30,
            "Scope and impact +2",
        ),
        (["Collaboration and influence", "Scope and impact"], 12, "2 dimensions"),
    ],
)
def test_dimensions_are_named_in_full_or_visibly_cut_and_others_counted_in_words(
    names: list[str], width: int, shown: str
) -> None:
    assert names_cell(names, short_names(LADDER_NAMES), width) == shown


@pytest.mark.parametrize(
    ("names", "width", "shown"),
    [
        (KIND_NAMES[:2], 24, "Cross-team work +1"),
        (KIND_NAMES[:2], 17, "Cross-team… +1"),
        (KIND_NAMES[2:], 16, "Reliability at…"),
    ],
)
def test_kinds_of_work_are_named_by_the_same_rule(
    names: list[str], width: int, shown: str
) -> None:
    assert names_cell(names, {}, width) == shown


def column(table: DataTable, index: int) -> list[str]:
    return [str(table.get_row_at(row)[index]) for row in range(table.row_count)]


async def open_peers(pilot: Pilot[None]) -> DataTable:
    await pilot.app.run_action("open('peers')")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, PeersScreen))
    await pilot.pause()
    return pilot.app.screen.query_one("#peers", DataTable)


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (
            (80, 24),
            [
                "Scope and impact +2",
                "Ownership and initiative +2",
                "Technical direction +1",
            ],
        ),
        (
            (100, 30),
            [
                "Scope and impact +2",
                "Ownership and initiative +2",
                "Technical direction, Ownership and initiative",
            ],
        ),
    ],
)
async def test_the_peers_list_never_cuts_a_dimension_without_an_ellipsis(
    store: Store, clock: FixedClock, size: tuple[int, int], shown: list[str]
) -> None:
    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())
    app = make_app(store, clock)

    async with app.run_test(size=size) as pilot:
        table = await open_peers(pilot)
        assert column(table, 4) == shown


async def test_the_journal_counts_other_dimensions_as_the_peers_list_does(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        journal = await open_journal(pilot)
        await pilot.pause()
        dimensions = column(journal.query_one("#wins", DataTable), 3)
        await pilot.press("escape")
        peers = column(await open_peers(pilot), 4)

    # The peers list has room to name the first whole. The journal's narrower
    # column names it by its short form, as it does in every row.
    assert dimensions[0] == "Scope… +2"
    assert peers[0] == "Scope and impact +2"


@pytest.mark.parametrize(
    ("size", "kinds"),
    [
        (
            (80, 24),
            ["Cross-team work", "Cross-team work\nDesign and RFCs", "Reliability at…"],
        ),
        (
            (100, 30),
            [
                "Cross-team work",
                "Cross-team work\nDesign and RFCs",
                "Reliability at the root",
            ],
        ),
    ],
)
async def test_the_peer_form_names_kinds_of_work_readably(
    store: Store, clock: FixedClock, size: tuple[int, int], kinds: list[str]
) -> None:
    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())
    app = make_app(store, clock)

    async with app.run_test(size=size) as pilot:
        await open_peers(pilot)
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, PeerFormScreen))
        await pilot.pause()
        assert column(app.screen.query_one("#items", DataTable), 3) == kinds
