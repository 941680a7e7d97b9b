"""`careerclimb peers` never prints its pattern heading with nothing under it:
with no peer's next-level work recorded, it says plainly that nothing is shared
yet."""

from __future__ import annotations

import io

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.peers import Peer, PeerItem, Signal
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import save_peer

CROSS_NEXT = PeerItem(
    "Led the rollout across three teams", (), Signal.NEXT_LEVEL, ("cross_team",)
)
CROSS_CURRENT = PeerItem(
    "Fixed the build for the team", (), Signal.CURRENT_LEVEL, ("ways_of_working",)
)
NOTHING_YET = " ".join(catalogue.CLI_PEERS_PATTERN_NONE.split()[:4])

HEADING_CASES = {
    "a peer with nothing recorded": ([()], True),
    "a peer with only current-level work": ([(CROSS_CURRENT,)], True),
    "two peers, neither with next-level work": ([(), (CROSS_CURRENT,)], True),
    "a peer with next-level work": ([(CROSS_NEXT,)], False),
}


def after_heading(text: str) -> list[str]:
    """The lines under the pattern's heading, up to the end of the output."""
    lines = text.splitlines()
    start = lines.index(catalogue.CLI_PEERS_PATTERN)
    return lines[start + 1 :]


@pytest.mark.parametrize(
    ("items", "nothing_yet"), HEADING_CASES.values(), ids=HEADING_CASES.keys()
)
def test_the_pattern_heading_always_has_something_under_it(
    store: Store,
    clock: FixedClock,
    items: list[tuple[PeerItem, ...]],
    nothing_yet: bool,
) -> None:
    for number, told in enumerate(items, start=1):
        peer = Peer(f"P{number}", "mid", "senior", "2026-06", items=told)
        save_peer(store, peer)
    out = io.StringIO()

    code = main(["peers"], clock=clock, out=out)

    assert code == 0
    under = after_heading(out.getvalue())
    assert under and all(line.startswith("  ") for line in under)
    assert (NOTHING_YET in "\n".join(under)) is nothing_yet
    if not nothing_yet:
        assert under[0].startswith("  ▲ P1 led work across teams")
