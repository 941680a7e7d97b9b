"""Home's note on promoted peers, and the finding the peers screen and the command
line print, say which of the user's wins they count, so the count is not read as
all of the user's next-level wins."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.peers import Peer, PeerItem, Signal, pattern_view
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.ladders import load_shelf

TODAY = dt.date(2026, 11, 18)
NEXT = VerdictKind.NEXT_LEVEL
CURRENT = VerdictKind.CURRENT_LEVEL

ACROSS = PeerItem(
    "Led work across teams",
    ("collaboration_influence",),
    Signal.NEXT_LEVEL,
    ("cross_team",),
)
MENTORED = PeerItem(
    "Mentored two people", ("mentoring",), Signal.NEXT_LEVEL, ("mentoring",)
)
SCOPED = PeerItem("Owned the roadmap", ("scope_impact",), Signal.NEXT_LEVEL)

ROLLOUT = "Drove the rollout across three teams"
MIGRATION = "Moved billing onto the new queue with two other teams"
CACHE = "Cut page loads from 2 s to 0.4 s"
TOGETHER = ("collaboration_influence",)


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    found = load_shelf().get("software-engineer")
    assert found is not None
    return found


@dataclass(frozen=True)
class NoteCase:
    """Peers, the user's wins with their verdicts, home's note on them and the
    user's side of the finding in full."""

    item: PeerItem
    wins: list[tuple[str, tuple[str, ...], VerdictKind | None]]
    note: str
    yours: str


NOTE_CASES = {
    "three next-level wins, two of them across teams": NoteCase(
        ACROSS,
        [
            (ROLLOUT, TOGETHER, NEXT),
            (MIGRATION, TOGETHER, NEXT),
            (CACHE, ("execution",), NEXT),
        ],
        "JS led work across teams; you: 2 next-level wins across teams",
        "you have 2 wins across teams logged, 2 of them next-level.",
    ),
    "one next-level win across teams": NoteCase(
        ACROSS,
        [(ROLLOUT, TOGETHER, NEXT), (CACHE, ("execution",), NEXT)],
        "JS led work across teams; you: 1 next-level win across teams",
        "you have 1 win across teams logged, 1 of them next-level.",
    ),
    "wins across teams, none next-level": NoteCase(
        ACROSS,
        [(ROLLOUT, TOGETHER, CURRENT), (CACHE, ("execution",), NEXT)],
        "JS led work across teams; you: 1 win across teams, none next-level",
        "you have 1 win across teams logged, none reviewed as next-level.",
    ),
    "no win across teams at all": NoteCase(
        ACROSS,
        [(CACHE, ("execution",), NEXT)],
        "JS led work across teams; you: no wins across teams logged",
        "you have no wins across teams logged.",
    ),
    "a kind other than cross-team work": NoteCase(
        MENTORED,
        [(CACHE, ("execution",), NEXT)],
        "JS grew other engineers; you: no wins growing others logged",
        "you have no wins growing others logged.",
    ),
    "a dimension with no kind of work": NoteCase(
        SCOPED,
        [(CACHE, ("scope_impact",), NEXT), (CACHE, ("execution",), NEXT)],
        "JS stood out in Scope and impact; you: 1 next-level win in Scope and impact",
        "you have 1 win in Scope and impact logged, 1 of them next-level.",
    ),
}


@pytest.mark.parametrize("case", NOTE_CASES.values(), ids=NOTE_CASES.keys())
def test_home_peers_note_names_the_wins_it_counts(
    ladder: Ladder, case: NoteCase
) -> None:
    peers = [
        Peer(name="JS", from_level="mid", to_level="senior", items=(case.item,), id=1)
    ]
    wins = [
        Win(title=title, date=TODAY, id=n, dimensions=dims)
        for n, (title, dims, _) in enumerate(case.wins, start=1)
    ]
    verdicts = {
        n: verdict
        for n, (_, _, verdict) in enumerate(case.wins, start=1)
        if verdict is not None
    }

    view = pattern_view(peers, ladder, wins, verdicts)

    assert view.brief_headline == case.note
    assert view.headline.endswith(f"; {case.yours}")
