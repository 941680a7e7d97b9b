"""Once an export is written to a folder, the next export is offered there.

The user who saves one file in ``~/reviews/2027`` keeps the next one beside it;
offering the home folder again each time makes them type the folder again.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from careerclimb_tui.cli_manager import default_export_path as prep_path
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo, seed_manager_demo
from careerclimb_tui.domain.initiative import start_initiative
from careerclimb_tui.paths import in_export_folder
from careerclimb_tui.screens.export import PACKET, ExportScreen
from careerclimb_tui.screens.export import default_export_path as packet_path
from careerclimb_tui.screens.problem_dialogs import ExportDialog
from careerclimb_tui.screens.problem_proposal import ProposalScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, open_problem_page, wait_until


def test_the_usual_offer_stands_until_an_export_is_written() -> None:
    offer = "~/careerclimb-packet-2026-11-18.md"

    assert in_export_folder(offer, None) == offer
    assert (
        in_export_folder(offer, Path("/srv/notes"))
        == "/srv/notes/careerclimb-packet-2026-11-18.md"
    )
    assert (
        in_export_folder(offer, Path.home() / "reviews")
        == "~/reviews/careerclimb-packet-2026-11-18.md"
    )


async def test_every_export_dialog_offers_the_folder_last_written_to(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    folder = tmp_path / "x"
    folder.mkdir()
    written = folder / "p.md"
    prep_name = prep_path(clock.today()).name

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "p", "f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        field = app.screen.query_one("#field-path", Input)
        assert field.value == f"~/{prep_name}"
        field.value = str(written)
        field.focus()
        await pilot.press("enter")
        await wait_until(pilot, written.exists)

        # The same dialog again: the folder just used, with the usual name.
        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        field = app.screen.query_one("#field-path", Input)
        assert field.value == str(folder / prep_name)
        await pilot.press("escape")

        # Another export is offered the same folder.
        await pilot.press("escape", "escape", "x")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
        screen = app.screen
        preview = screen.query_one("#export-preview", MarkdownPreview)
        await wait_until(pilot, lambda: bool(preview.text))
        packet = Path(packet_path(PACKET, clock.today())).name
        assert screen.query_one("#export-path", Input).value == str(folder / packet)


async def test_the_proposal_is_offered_the_folder_last_written_to(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, start_initiative("Flaky builds", clock.now()))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.export_written(tmp_path / "x" / "p.md")
        await open_problem_page(pilot)
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        offered = Path(app.screen.query_one("#field-path", Input).value)

    assert offered.parent == tmp_path / "x"
    assert offered.name.startswith("careerclimb-proposal-flaky-builds-")
