"""A Since date cleared after an error leaves no "press Enter" hint behind: the
field asks for the whole packet again, and the whole packet is what is shown."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.export import ExportScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, type_text, wait_until


async def test_clearing_a_date_after_today_shows_the_whole_packet_without_a_hint(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    ahead = (clock.today() + dt.timedelta(days=60)).isoformat()

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        preview = screen.query_one("#export-preview", MarkdownPreview)
        await wait_until(pilot, lambda: bool(preview.text))
        status = screen.query_one("#export-status", Static)
        whole = str(status.render())

        screen.query_one("#since", Input).focus()
        await type_text(pilot, ahead)
        await pilot.press("tab")
        await wait_until(pilot, lambda: status.has_class("error"))

        await pilot.press("shift+tab", "ctrl+u")
        assert screen.query_one("#since", Input).value == ""
        await pilot.press("tab")
        await wait_until(pilot, lambda: str(status.render()) == whole)

        assert not status.has_class("error")
        assert catalogue.EXPORT_SINCE_EDITED not in str(status.render())
