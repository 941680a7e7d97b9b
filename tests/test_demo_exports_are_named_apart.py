"""In the demo, exports are offered under names of their own, so that a sample
file in the real home folder never stands in the way of a real export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input

from careerclimb_tui.cli_manager import default_export_path as prep_path
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.paths import DEMO_ENV, export_file_name
from careerclimb_tui.screens.export import DUMP, PACKET, ExportScreen
from careerclimb_tui.screens.export import default_export_path as export_path
from careerclimb_tui.screens.problem_proposal import default_export_name
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, wait_until

DAY = dt.date(2026, 11, 18)


@pytest.mark.parametrize(
    ("demo", "made", "name"),
    [
        (False, lambda: export_path(PACKET, DAY), "~/careerclimb-packet-2026-11-18.md"),
        (
            True,
            lambda: export_path(PACKET, DAY),
            "~/careerclimb-demo-packet-2026-11-18.md",
        ),
        (
            True,
            lambda: export_path(DUMP, DAY),
            "~/careerclimb-demo-dump-2026-11-18.json",
        ),
        (
            False,
            lambda: default_export_name("Deploys are slow", DAY),
            "careerclimb-proposal-deploys-are-slow-2026-11-18.md",
        ),
        (
            True,
            lambda: default_export_name("Deploys are slow", DAY),
            "careerclimb-demo-proposal-deploys-are-slow-2026-11-18.md",
        ),
        (True, lambda: prep_path(DAY).name, "careerclimb-demo-prep-2026-11-18.md"),
        (False, lambda: prep_path(DAY).name, "careerclimb-prep-2026-11-18.md"),
    ],
)
def test_default_export_names_say_demo_only_in_the_demo(
    monkeypatch: pytest.MonkeyPatch, demo: bool, made: object, name: str
) -> None:
    if demo:
        monkeypatch.setenv(DEMO_ENV, "1")

    assert callable(made)
    assert made() == name


def test_a_name_of_the_users_own_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DEMO_ENV, "1")

    assert export_file_name("~/notes/packet.md") == "~/notes/packet.md"


async def test_the_demo_export_writes_its_own_file_in_the_home_folder(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DEMO_ENV, "1")
    seed_demo(store, clock.today())
    real = Path.home() / f"careerclimb-packet-{clock.today().isoformat()}.md"
    written = Path.home() / f"careerclimb-demo-packet-{clock.today().isoformat()}.md"
    Path.home().mkdir(parents=True, exist_ok=True)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        preview = screen.query_one("#export-preview", MarkdownPreview)
        await wait_until(pilot, lambda: bool(preview.text))
        assert screen.query_one("#export-path", Input).value == f"~/{written.name}"

        await pilot.press("ctrl+s")
        await wait_until(pilot, written.exists)

    assert not real.exists()
