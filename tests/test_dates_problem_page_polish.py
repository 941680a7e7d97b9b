"""The problem page says every day the same way: "5 Oct 2026", never "2026-10-05".

The readings, the log and the linked wins use the words the page's results and
the pitch use; days in a column are right-aligned so the text after them lines up.
"""

from __future__ import annotations

import datetime as dt
import re

from textual.content import Content
from textual.widgets import Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.initiative import Reading, add_note, add_reading, link_win
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, save_driving, seed_win, wait_until

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def shown_lines(widget: Static) -> list[str]:
    """What a Static shows, markup applied, line by line."""
    return Content.from_markup(str(widget.content)).plain.split("\n")


async def test_the_problem_page_says_every_day_in_words(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store)
    assert win.id is not None
    now = clock.now()
    problem = save_driving(store, clock, "CI takes 40 minutes")
    problem = add_reading(problem, Reading(40, "min", dt.date(2026, 10, 5)), now)
    problem = add_reading(problem, Reading(30, "min", dt.date(2026, 11, 12)), now)
    problem = add_note(problem, "Cache warmed first", now)
    saved = save_initiative(store, link_win(problem, win.id, now))
    assert saved.id is not None

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(InitiativeScreen(saved.id))
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        page = app.screen
        await wait_until(
            pilot,
            lambda: any(
                "Canary" in str(w.content) for w in page.query("#tracker-wins")
            ),
        )
        texts = {
            f"#{widget.id}": shown_lines(widget)
            for widget in page.query(Static)
            if widget.id
        }

    everything = "\n".join(line for lines in texts.values() for line in lines)
    assert not ISO_DAY.findall(everything)

    bars = texts["#tracker-bars"]
    assert bars[0].startswith(" 5 Oct 2026 █")
    assert bars[1].startswith("12 Nov 2026 █")
    assert len({line.index("█") for line in bars}) == 1, "the bars line up"

    log = texts["#tracker-log"]
    assert "Driving · 18 Nov 2026" in log
    assert "  18 Nov 2026  Cache warmed first" in log

    assert texts["#tracker-wins"] == [f"#{win.id}  5 Oct 2026  Canary releases"]
