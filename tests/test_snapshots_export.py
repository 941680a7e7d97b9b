"""Pictures of the export screen: the packet previewed, an import previewed, and
the question asked before a file is replaced, at 100×30 and 80×24.

Paths are shown from the test's own home folder (as ``~/…``) or relative to the
sample folder, so the pictures do not change from run to run. Update them after
an intended change with ``pytest --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_export_demo
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, type_text, wait_until

SIZES = [pytest.param((100, 30), id="100x30"), pytest.param((80, 24), id="80x24")]
SAMPLES = Path(__file__).parent / "data" / "import"


@pytest.fixture
def career(store: Store, clock: FixedClock) -> Store:
    seed_demo(store, clock.today())
    seed_export_demo(store, clock.today())
    return store


async def open_export(pilot: Pilot[None]) -> None:
    await pilot.press("x")
    preview = pilot.app.screen.query_one("#export-preview", MarkdownPreview)
    await wait_until(pilot, lambda: bool(preview.text))


@pytest.mark.parametrize("size", SIZES)
def test_export_screen_previewing_the_packet(
    snap_compare: Any, career: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    assert snap_compare(
        make_app(career, clock), terminal_size=size, run_before=open_export
    )


@pytest.mark.parametrize("size", SIZES)
def test_import_tab_previewing_a_markdown_list(
    snap_compare: Any,
    career: Store,
    clock: FixedClock,
    size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(SAMPLES)

    async def preview_import(pilot: Pilot[None]) -> None:
        await open_export(pilot)
        await pilot.press("ctrl+t")
        await type_text(pilot, "wins.md")
        await pilot.press("enter")
        report = pilot.app.screen.query_one("#import-preview", TextArea)
        await wait_until(pilot, lambda: report.text.startswith("Preview"))

    assert snap_compare(
        make_app(career, clock), terminal_size=size, run_before=preview_import
    )


@pytest.mark.parametrize("size", SIZES)
def test_question_before_replacing_an_exported_file(
    snap_compare: Any, career: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    home = Path.home()
    home.mkdir(parents=True, exist_ok=True)
    (home / "careerclimb-packet-2026-11-18.md").write_text("old", encoding="utf-8")

    async def write_again(pilot: Pilot[None]) -> None:
        await open_export(pilot)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, ConfirmDialog))

    assert snap_compare(
        make_app(career, clock), terminal_size=size, run_before=write_again
    )
