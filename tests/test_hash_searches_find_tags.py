"""A search word starting with "#" finds a win by its tag, in the journal and
in ``careerclimb wins --search``, as jrnl users write tags."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from textual.widgets import Input

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Win, marked_tag
from careerclimb_tui.domain.wins import filter_wins
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, run_app, type_text, wait_until

DAY = dt.date(2026, 11, 3)
WINS = [
    Win(title="Cut API latency", date=DAY, tags=("perf",), id=1),
    Win(title="Wrote the #oncall guide", date=DAY, id=2),
    Win(title="Sped up the perf dashboard", date=DAY, id=3),
    Win(title="Tuned the cache", date=DAY, tags=("#cache", "performance"), id=4),
]

SEARCHES = [
    # query, ids found
    ("#perf", [1, 4]),
    ("#PERF", [1, 4]),
    ("perf", [1, 3, 4]),
    ("#per", [1, 4]),
    ("#perf latency", [1]),
    ("#cache", [4]),
    ("cache", [4]),
    ("#oncall", [2]),
    ("#latency", []),
    ("#dashboard", []),
    # A "#" with no tag word after it yet narrows nothing.
    ("#", [1, 2, 3, 4]),
    ("##", [1, 2, 3, 4]),
    ("# ", [1, 2, 3, 4]),
    ("tuned #", [4]),
    ("# latency", [1]),
]


@pytest.mark.parametrize("query, expected", SEARCHES)
def test_a_word_marked_hash_finds_the_wins_with_that_tag(
    query: str, expected: list[int]
) -> None:
    assert [win.id for win in filter_wins(WINS, query)] == expected


@pytest.mark.parametrize(
    "tag, marked", [("perf", "#perf"), ("#perf", "#perf"), ("on-call", "#on-call")]
)
def test_a_tag_is_marked_once(tag: str, marked: str) -> None:
    assert marked_tag(tag) == marked


def test_wins_search_finds_a_tag_marked_hash(clock: FixedClock) -> None:
    def run(*argv: str) -> str:
        out = io.StringIO()
        assert main(list(argv), clock=clock, out=out) == 0
        return out.getvalue()

    run("log", "Cut API latency", "--tag", "perf")
    run("log", "Sped up the dashboard")

    found = run("wins", "--search", "#perf")
    assert "Cut API latency" in found and "dashboard" not in found


async def test_the_journal_search_finds_a_tag_marked_hash(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(Win(title="Cut API latency", date=clock.today(), tags=("perf",)))
    store.add_win(Win(title="Sped up the dashboard", date=clock.today()))

    async with run_app(store, clock) as (app, pilot):
        await home_read(pilot)
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        journal = app.screen
        assert isinstance(journal, JournalScreen)
        await wait_until(pilot, lambda: len(journal._wins) == 2)

        await type_text(pilot, "#perf")
        await wait_until(pilot, lambda: journal.query_one(Input).value == "#perf")
        await wait_until(
            pilot, lambda: [w.title for w in journal._matches] == ["Cut API latency"]
        )
