"""A dialog opens at its top, as every screen does: the evidence picker shows its
title and explanation first, however long its list of wins, and the first key
pressed brings the list into view."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.manager_dialogs import EvidencePickerDialog
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, wait_until


async def test_the_evidence_picker_opens_at_its_top_with_many_wins(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    for day in range(1, 16):
        store.add_win(
            framed(
                Win(
                    title=f"Cut build time of service {day} by caching",
                    date=clock.today() - dt.timedelta(days=day),
                    what_changed="Builds take 5 minutes instead of 20",
                )
            )
        )
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await home_read(pilot)
        for key in "mpc":
            await pilot.press(key)
            await pilot.pause()
        await wait_until(pilot, lambda: isinstance(app.screen, EvidencePickerDialog))
        picker = app.screen
        page = picker.query_one("#evidence-dialog")
        choices = picker.query_one("#evidence-choices")
        await wait_until(pilot, lambda: app.focused is choices)
        await pilot.pause()

        # Long enough to scroll, yet it opens at its top, its explanation shown.
        assert page.max_scroll_y > 0
        assert page.scroll_y == 0
        intro = picker.query_one("#evidence-intro", Static)
        assert page.region.contains_region(intro.region)

        # The first key moves the page on to the list it acts on.
        await pilot.press("down")
        await wait_until(pilot, lambda: page.scroll_y > 0)
