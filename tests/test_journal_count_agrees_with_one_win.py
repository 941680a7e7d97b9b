"""The journal's count line agrees with its number: one win is "1 win", never
"1 of 1 wins"."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.store import Store
from tests.helpers import journal_opened, journal_status_line, seed_win, wait_until


@pytest.mark.parametrize(
    ("wins", "count"),
    [(1, "1 win shown · "), (2, "2 of 2 wins shown · ")],
    ids=["one win", "two wins"],
)
async def test_the_journal_counts_its_wins_in_the_right_number(
    store: Store, clock: FixedClock, wins: int, count: str
) -> None:
    seed_win(store)
    for _ in range(wins - 1):
        store.add_win(framed(Win("Faster builds", dt.date(2026, 10, 6))))

    async with journal_opened(store, clock) as (_app, pilot, journal):
        await wait_until(pilot, lambda: bool(journal_status_line(journal)))

        assert journal_status_line(journal).startswith(count)
        assert "1 of 1 wins" not in journal_status_line(journal)
