"""The export preview follows the "Since" field: leaving the field with Tab, or
pausing after a readable date, shows the packet from that date."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.export import ExportScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, type_text, wait_until

OLDER_WIN = "Built a monitoring dashboard for the payments service"
"""A demo win dated nine days before the test clock's today."""
NEWER_WIN = "Found the root cause of our deploy reliability problem"
"""A demo win dated two days before the test clock's today."""


async def open_export(pilot: Pilot[None]) -> MarkdownPreview:
    await pilot.press("x")
    screen = pilot.app.screen
    assert isinstance(screen, ExportScreen)
    preview = screen.query_one("#export-preview", MarkdownPreview)
    await wait_until(pilot, lambda: OLDER_WIN in preview.text)
    return preview


async def test_tab_out_of_since_shows_the_packet_from_that_date(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        preview = await open_export(pilot)
        since = app.screen.query_one("#since", Input)
        since.focus()
        await type_text(pilot, "2026-11-12")
        await pilot.press("tab")

        assert not since.has_focus
        await wait_until(pilot, lambda: OLDER_WIN not in preview.text)
        assert NEWER_WIN in preview.text


async def test_a_readable_since_is_previewed_once_typing_pauses(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        preview = await open_export(pilot)
        since = app.screen.query_one("#since", Input)
        since.focus()
        await type_text(pilot, "12/11/2026")

        await wait_until(pilot, lambda: OLDER_WIN not in preview.text)
        assert since.has_focus
        assert NEWER_WIN in preview.text
