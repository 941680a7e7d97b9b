"""An export to a folder that does not exist keeps what was typed.

Every place that writes a file from the app (the proposal, the prep plan, the
packet) says why under the path field and stays open with the path as typed, so
that the user can correct it or make the folder and try again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.css.query import NoMatches
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_problem_demo
from careerclimb_tui.screens.export import ExportScreen
from careerclimb_tui.screens.problem_dialogs import ExportDialog
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

# (case, the keys that open the export, the path field, where the error shows)
PLACES = [
    ("proposal", ("o", "enter", "p", "f3"), "#field-path", "#dialog-error"),
    ("prep plan", ("m", "p", "f3"), "#field-path", "#dialog-error"),
    ("packet", ("x",), "#export-path", "#export-status"),
]


def exporting(pilot: Pilot[None]) -> bool:
    return isinstance(pilot.app.screen, (ExportDialog, ExportScreen))


def said(screen: Screen[object], where: str) -> str:
    """What the export shows at ``where``; nothing once it has closed."""
    try:
        shown = screen.query_one(where, Static)
    except NoMatches:
        return ""
    return str(shown.render()) if shown.display else ""


@pytest.mark.parametrize(
    ("keys", "field_id", "error_id"),
    [place[1:] for place in PLACES],
    ids=[place[0] for place in PLACES],
)
async def test_a_missing_folder_is_told_under_the_field_and_the_path_is_kept(
    store: Store,
    clock: FixedClock,
    tmp_path: Path,
    keys: tuple[str, ...],
    field_id: str,
    error_id: str,
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    folder = tmp_path / "nope"
    typed = str(folder / "export.md")
    message = catalogue.EXPORT_NO_FOLDER.format(folder=folder)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)
        await wait_until(pilot, lambda: exporting(pilot))
        screen = app.screen
        field = screen.query_one(field_id, Input)
        field.value = typed
        field.focus()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: said(screen, error_id) == message)

        assert app.screen is screen
        assert field.value == typed
        assert not folder.exists()

        # Once the folder is there, the same path writes.
        folder.mkdir()
        await pilot.press("ctrl+s")
        await wait_until(pilot, (folder / "export.md").exists)
