"""The export file's name and the format agree, and the status line under the
field always tells the latest attempt's outcome."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.export.formats import DUMP_FORMAT, PACKET_FORMAT, format_for_name
from careerclimb_tui.screens.export import DUMP, PACKET, ExportScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, notices, wait_until


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("~/packet.json", DUMP_FORMAT),
        ("backup.JSON", DUMP_FORMAT),
        ("case.md", PACKET_FORMAT),
        ("notes/case.markdown", PACKET_FORMAT),
        ("packet.txt", None),
        ("packet", None),
        ("-", None),
        ("", None),
    ],
)
def test_the_file_name_names_the_export_format(name: str, expected: str | None) -> None:
    assert format_for_name(name) == expected


async def open_export(pilot: Pilot[None]) -> ExportScreen:
    await pilot.press("x")
    screen = pilot.app.screen
    assert isinstance(screen, ExportScreen)
    preview = screen.query_one("#export-preview", MarkdownPreview)
    await wait_until(pilot, lambda: bool(preview.text))
    return screen


def status(screen: ExportScreen) -> str:
    return str(screen.query_one("#export-status", Static).render())


async def test_a_json_name_switches_the_packet_to_the_dump_before_writing(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(store, clock.today())
    target = tmp_path / "packet.json"

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        kind = screen.query_one("#export-kind", Select)
        preview = screen.query_one("#export-preview", MarkdownPreview)
        screen.query_one("#export-path", Input).value = str(target)
        assert kind.value == PACKET

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: preview.text.startswith("{"))
        assert kind.value == DUMP
        assert not target.exists(), "the switched format is shown before it is written"
        assert any("names a JSON file" in said for said in notices(app))

        await pilot.press("ctrl+s")
        await wait_until(pilot, target.exists)
        assert json.loads(target.read_text(encoding="utf-8"))


async def test_a_name_of_no_format_is_written_only_once_the_user_agrees(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(store, clock.today())
    target = tmp_path / "packet.txt"

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        screen.query_one("#export-path", Input).value = str(target)

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("n")
        await pilot.pause()
        assert not target.exists()

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, target.exists)
        assert target.read_text(encoding="utf-8").startswith("# Promotion packet")


async def test_a_failed_write_replaces_the_earlier_success_in_the_status(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(store, clock.today())
    written = tmp_path / "packet.md"
    folder = tmp_path / "folder.md"
    folder.mkdir()

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        path = screen.query_one("#export-path", Input)
        path.value = str(written)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: status(screen).startswith("Wrote"))

        path.value = str(tmp_path / "missing" / "packet.md")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: "does not exist" in status(screen))
        assert "Wrote" not in status(screen)

        # A folder gets the usual file name, and the success replaces the failure.
        path.value = str(folder)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: status(screen).startswith("Wrote"))
        assert "does not exist" not in status(screen)
        assert len(list(folder.iterdir())) == 1
