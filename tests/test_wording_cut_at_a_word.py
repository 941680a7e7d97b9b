"""A title cut to fit one line ends after a whole word, then "…".

Home's recent wins are cut this way, so that no word is left half-written; a
single word wider than the room is still cut inside, as nothing else fits.
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import DataTable

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.text import one_line
from tests.helpers import run_app, wait_until

TITLE = "Cut CI time for the web app"

CUT = [
    (TITLE, 40, TITLE),
    (TITLE, len(TITLE), TITLE),
    (TITLE, 15, "Cut CI time…"),
    (TITLE, 20, "Cut CI time for the…"),
    (TITLE, 22, "Cut CI time for the…"),
    ("Cut CI,   then   more", 8, "Cut CI…"),
    ("Supercalifragilistic word", 10, "Supercali…"),
    ("Unbreakable", 4, "Unb…"),
    ("ab cd", 3, "ab…"),
    ("abc", 1, "…"),
]


@pytest.mark.parametrize(
    ("text", "width", "shown"), CUT, ids=[f"{row[0]} at {row[1]}" for row in CUT]
)
def test_a_line_cut_at_a_word_ends_after_a_whole_word(
    text: str, width: int, shown: str
) -> None:
    line = one_line(text, width, at_word=True)

    assert line.plain == shown
    assert line.cell_len <= width


def test_a_line_cut_anywhere_is_still_cut_to_its_width() -> None:
    assert one_line(TITLE, 15).plain == "Cut CI time fo…"


LONG = (
    "Payments and mobile teams no longer rerun their builds after the flaky test "
    "quarantine landed"
)


async def test_home_cuts_a_long_recent_win_after_a_whole_word(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(framed(Win(title=LONG, date=dt.date(2026, 11, 3))))

    async with run_app(store, clock, size=(80, 24)) as (app, pilot):
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, HomeScreen) and app.screen._recent,
        )
        await pilot.pause()
        table = app.screen.query_one("#recent", DataTable)
        shown = table.get_row_at(0)[2].plain

    assert shown.endswith("…") and len(shown) < len(LONG)
    kept = shown.removesuffix("…")
    assert LONG.startswith(kept)
    assert LONG[len(kept)] == " ", f"cut inside a word: {shown!r}"
