"""Peer lines name what they count, the ladder print labels its examples, and the
gap view says when its table scrolls sideways."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.peers import Peer, PeerItem, Signal, pattern_view
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.peers import NAMED_WINS_ROOM, named_wins
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, wait_until

TODAY = dt.date(2026, 11, 18)
DESIGNED = PeerItem(
    "Wrote the RFC", ("technical_direction",), Signal.NEXT_LEVEL, ("direction",)
)


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    found = load_shelf().get("software-engineer")
    assert found is not None
    return found


def _win(win_id: int, title: str) -> Win:
    return Win(title=title, date=TODAY, id=win_id, dimensions=("technical_direction",))


@pytest.mark.parametrize(
    "next_level, yours",
    [
        (1, "you: 1 next-level win on designs or RFCs"),
        (3, "you: 3 next-level wins on designs or RFCs"),
    ],
)
def test_home_says_next_level_wins_not_a_bare_count(
    ladder: Ladder, next_level: int, yours: str
) -> None:
    peers = [
        Peer(name=name, from_level="mid", to_level="senior", items=(DESIGNED,), id=1)
        for name in ("A", "B")
    ]
    wins = [_win(n, f"Designed part {n} of search") for n in range(1, 4)]
    verdicts = {n: VerdictKind.NEXT_LEVEL for n in range(1, next_level + 1)}

    view = pattern_view(peers, ladder, wins, verdicts)

    assert view.brief_headline.endswith(yours)


LONG = "Cut the deploy time from 40 to 4 minutes for every team"
NAMED = [
    ("one title whole", ["Cut the deploy time"], "“Cut the deploy time”"),
    (
        "a long title keeps its words",
        [LONG, "Wrote the RFC for the event bus"],
        "“Cut the deploy time from 40 to 4 minutes…” and 1 more",
    ),
    (
        "two short titles fit",
        ["Cut deploys to 4 min", "Wrote the event bus RFC"],
        "“Cut deploys to 4 min”, “Wrote the event bus RFC”",
    ),
    (
        "many wins: fewer titles, whole",
        [LONG, *(f"Win number {n}" for n in range(5))],
        "“Cut the deploy time from 40 to 4 minutes…” and 5 more",
    ),
]


@pytest.mark.parametrize(
    "titles, shown", [row[1:] for row in NAMED], ids=[row[0] for row in NAMED]
)
def test_wins_under_a_finding_are_named_readably(titles: list[str], shown: str) -> None:
    wins = [_win(n, title) for n, title in enumerate(titles, start=1)]

    names = named_wins(wins)

    assert names == shown
    assert len(names.split(" and ")[0]) <= NAMED_WINS_ROOM


def test_ladder_show_labels_examples_as_examples(clock: FixedClock) -> None:
    out = io.StringIO()
    argv = ["ladders", "show", "software-engineer", "--level", "L5"]
    assert main(argv, clock=clock, out=out) == 0
    text = out.getvalue()

    assert "current level:" not in text
    assert "      example:    Leads a project within the team" in text
    assert "      next level: " in text


@pytest.mark.parametrize("size, shown", [((40, 12), True), ((100, 30), False)])
async def test_the_gap_view_says_when_its_table_scrolls_sideways(
    store: Store, clock: FixedClock, size: tuple[int, int], shown: bool
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await home_read(pilot)
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        hint = app.screen.query_one("#gaps-scrolls", Static)
        await wait_until(pilot, lambda: hint.display is shown)
        region = hint.region

    assert str(hint.content) == catalogue.GAPS_TABLE_SCROLLS
    if shown:
        assert region.bottom <= size[1] - 1, "the hint is in view"
