"""Home's note on promoted peers says how many peers its count leaves out, as the
peers screen does, so a peer recorded with a name only does not vanish."""

from __future__ import annotations

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.peers import Peer, PeerItem, Signal, pattern_view
from careerclimb_tui.home_lines import peers_line
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import save_peer

ACROSS = PeerItem(
    "Led work across teams",
    ("collaboration_influence",),
    Signal.NEXT_LEVEL,
    ("cross_team",),
)


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    found = load_shelf().get("software-engineer")
    assert found is not None
    return found


def promoted(name: str, *items: PeerItem) -> Peer:
    return Peer(name=name, from_level="mid", to_level="senior", items=items)


NOTE_CASES = {
    "every peer has something recorded": (
        [promoted("Ana", ACROSS), promoted("Bo", ACROSS)],
        "both led work across teams; you: no wins across teams logged",
    ),
    "one peer has a name only": (
        [promoted("Ana", ACROSS), promoted("Bo", ACROSS), promoted("Cy")],
        "both led work across teams; you: no wins across teams logged "
        "(1 more peer with nothing recorded yet)",
    ),
    "two peers have a name only": (
        [promoted("Ana", ACROSS), promoted("Bo"), promoted("Cy")],
        "Ana led work across teams; you: no wins across teams logged "
        "(2 more peers with nothing recorded yet)",
    ),
    "nobody has anything recorded": ([promoted("Bo"), promoted("Cy")], ""),
}


@pytest.mark.parametrize(("peers", "note"), NOTE_CASES.values(), ids=NOTE_CASES.keys())
def test_home_note_says_how_many_peers_its_count_leaves_out(
    peers: list[Peer], note: str, ladder: Ladder
) -> None:
    assert pattern_view(peers, ladder, [], {}).home_note == note


def test_home_names_the_peer_added_with_a_name_only(
    store: Store, clock: FixedClock, ladder: Ladder
) -> None:
    store.save_profile(DEMO_PROFILE)
    for peer in (promoted("Ana", ACROSS), promoted("Bo", ACROSS), promoted("Cy")):
        save_peer(store, peer)

    line = peers_line(store, ladder, DEMO_PROFILE, clock.today())

    assert line is not None
    assert line.startswith("Peers: both led work across teams")
    assert line.endswith("(1 more peer with nothing recorded yet)")
