"""A folder typed in an export dialog gets the usual file name.

The prep plan's dialog comes back with the name typed when the user declines to
replace a file. A folder typed then must get the name a fresh dialog gives it,
not the name of the file the user just chose not to replace.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from careerclimb_tui.cli_manager import default_export_path
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_manager_demo
from careerclimb_tui.screens.problem_dialogs import ExportDialog
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, wait_until


async def test_a_folder_typed_after_declining_to_replace_gets_the_usual_name(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    kept = tmp_path / "prop.md"
    kept.write_text("mine\n")
    usual = tmp_path / default_export_path(clock.today()).name

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "p", "f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        field = app.screen.query_one("#field-path", Input)
        field.value = str(kept)
        field.focus()
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("n")

        # The dialog is back with the name typed; now a folder is typed.
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        field = app.screen.query_one("#field-path", Input)
        assert field.value == str(kept)
        field.value = f"{tmp_path}/"
        field.focus()
        await pilot.press("enter")
        await wait_until(pilot, usual.exists)

        assert not isinstance(app.screen, (ExportDialog, ConfirmDialog))
        assert kept.read_text() == "mine\n"
