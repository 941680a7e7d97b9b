"""With no pattern to show yet, the peers page and `careerclimb peers` say what
is missing: next-level work, or a dimension or kind of work ticked on it."""

from __future__ import annotations

import io

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.peers import (
    PatternMissing,
    Peer,
    PeerItem,
    Signal,
    pattern_view,
)
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.peers import pattern_lines
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import save_peer

BARE_NEXT = PeerItem("Led the cross-team migration")
BARE_CURRENT = PeerItem("Fixed the build", signal=Signal.CURRENT_LEVEL)
KIND_NEXT = PeerItem("Ran the incident reviews", kinds=("reliability",))
DIMENSION_NEXT = PeerItem("Wrote the RFC", dimensions=("technical_direction",))
TAGGED_CURRENT = PeerItem(
    "Kept the runbook", signal=Signal.CURRENT_LEVEL, kinds=("ways_of_working",)
)

MISSING_CASES = {
    "no peer": ([], PatternMissing.NEXT_LEVEL_WORK),
    "a peer with a name only": ([()], PatternMissing.NEXT_LEVEL_WORK),
    "only current-level work": ([(BARE_CURRENT,)], PatternMissing.NEXT_LEVEL_WORK),
    "tagged current-level work": (
        [(TAGGED_CURRENT,)],
        PatternMissing.NEXT_LEVEL_WORK,
    ),
    "next-level work with no tags": ([(BARE_NEXT,)], PatternMissing.TAGS),
    "untagged next-level beside tagged current-level": (
        [(BARE_NEXT, TAGGED_CURRENT)],
        PatternMissing.TAGS,
    ),
    "next-level work with a kind": ([(KIND_NEXT,)], None),
    "next-level work with a dimension": ([(DIMENSION_NEXT,)], None),
    "one peer tagged, one not": ([(BARE_NEXT,), (KIND_NEXT,)], None),
}


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    found = load_shelf().get("software-engineer")
    assert found is not None
    return found


def peers_with(items: list[tuple[PeerItem, ...]]) -> list[Peer]:
    return [
        Peer(f"P{number}", "mid", "senior", "2026-06", items=told)
        for number, told in enumerate(items, start=1)
    ]


@pytest.mark.parametrize(
    ("items", "missing"), MISSING_CASES.values(), ids=MISSING_CASES.keys()
)
def test_the_pattern_view_says_what_it_is_missing(
    ladder: Ladder,
    items: list[tuple[PeerItem, ...]],
    missing: PatternMissing | None,
) -> None:
    view = pattern_view(peers_with(items), ladder, [], {})

    assert view.missing is missing


def test_the_peers_page_asks_to_tick_a_dimension_or_kind(ladder: Ladder) -> None:
    view = pattern_view(peers_with([(BARE_NEXT,)]), ladder, [], {})

    lines = pattern_lines(view)

    assert [line.text for line in lines] == [catalogue.PEERS_PATTERN_UNTAGGED]
    assert "Press e on a peer" in catalogue.PEERS_PATTERN_UNTAGGED


def test_the_peers_command_asks_to_tick_a_dimension_or_kind(
    store: Store, clock: FixedClock
) -> None:
    save_peer(store, peers_with([(BARE_NEXT,)])[0])
    out = io.StringIO()

    code = main(["peers"], clock=clock, out=out)

    assert code == 0
    printed = " ".join(out.getvalue().split())
    assert " ".join(catalogue.CLI_PEERS_PATTERN_UNTAGGED.split()) in printed
    assert "no peer has next-level work" not in printed


def test_the_peers_command_names_the_edit_key_as_the_footer_shows_it() -> None:
    assert "then e on a peer" in catalogue.CLI_PEERS_PATTERN_NONE
