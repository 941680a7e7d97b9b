"""Saving an export with a field in error takes the focus to that field, as the
log and reading forms do, so the user can fix it at once."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.export import ExportScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, wait_until


async def test_saving_with_an_impossible_since_focuses_the_since_field(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(store, clock.today())
    target = tmp_path / "packet.md"
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        preview = screen.query_one("#export-preview", MarkdownPreview)
        await wait_until(pilot, lambda: bool(preview.text))
        status = screen.query_one("#export-status")
        screen.query_one("#since", Input).value = "2026-13-01"
        path = screen.query_one("#export-path", Input)
        path.value = str(target)
        path.focus()

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: status.has_class("error"))

        assert app.focused is screen.query_one("#since", Input)
        assert not target.exists()


async def test_saving_with_no_path_focuses_the_path_field(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        preview = screen.query_one("#export-preview", MarkdownPreview)
        await wait_until(pilot, lambda: bool(preview.text))
        status = screen.query_one("#export-status")
        screen.query_one("#export-path", Input).value = ""
        screen.query_one("#since", Input).focus()

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: status.has_class("error"))

        assert app.focused is screen.query_one("#export-path", Input)
