"""The proposal shows what the user typed, and its exports stay readable.

A "~15 min" typed into the problem's details reads "~15 min" in the proposal's
editor and in its Markdown file, not "\\~15 min"; a plain-text copy carries no
Markdown escape at all. A dialog over the proposal is the one thing with a scroll
bar: the editor behind it does not draw its own beside the dialog's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, TextArea

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import start_initiative
from careerclimb_tui.screens.problem_dialogs import DetailsDialog, ExportDialog
from careerclimb_tui.screens.problem_proposal import ProposalScreen, exported_text
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, wait_until

TARGET = "Deploys take ~15 min, down from ~45, and cost $50k less for R&D"


async def _export(store: Store, clock: FixedClock, path: Path) -> str:
    """Open the proposal, export it to ``path``; what the editor showed."""
    store.save_profile(DEMO_PROFILE)
    started = start_initiative("Slow deploys", clock.now())
    save_initiative(store, started.with_changes(target=TARGET))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        shown = app.screen.query_one("#proposal-text", TextArea).text
        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        app.screen.query_one("#field-path", Input).value = str(path)
        await pilot.press("enter")
        await wait_until(pilot, path.exists)
    return shown


async def test_the_proposal_shows_the_target_as_typed(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "proposal.md"

    shown = await _export(store, clock, path)

    assert f"Target: {TARGET}." in shown
    assert f"Target: {TARGET}." in path.read_text(encoding="utf-8")


async def test_a_plain_text_export_has_no_backslash(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "proposal.txt"

    await _export(store, clock, path)

    written = path.read_text(encoding="utf-8")
    assert f"Target: {TARGET}." in written
    assert "\\" not in written


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("p.md", "\\*Fast\\* deploys\\\n\\- daily"),
        ("p.markdown", "\\*Fast\\* deploys\\\n\\- daily"),
        ("p.txt", "*Fast* deploys\n- daily"),
        ("p.TXT", "*Fast* deploys\n- daily"),
        ("p.text", "*Fast* deploys\n- daily"),
    ],
)
def test_only_a_plain_text_file_loses_the_markdown_escapes(
    name: str, written: str
) -> None:
    assert exported_text("\\*Fast\\* deploys\\\n\\- daily", Path(name)) == written


def _drawn_scroll_bars(screen: Screen[object]) -> list[Widget]:
    """The widgets of a screen that draw a vertical scroll bar."""
    return [
        widget
        for widget in screen.walk_children(with_self=True)
        if isinstance(widget, Widget)
        and widget.show_vertical_scrollbar
        and widget.styles.scrollbar_visibility == "visible"
    ]


async def test_the_details_dialog_shows_the_only_scroll_bar(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    started = start_initiative("Slow deploys", clock.now())
    long = "\n".join(f"Step {n} of the release checklist" for n in range(40))
    save_initiative(store, started.with_changes(description=long, target=TARGET))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        proposal = app.screen
        editor = proposal.query_one("#proposal-text", TextArea)
        await wait_until(pilot, lambda: _drawn_scroll_bars(proposal) == [editor])

        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, DetailsDialog))
        dialog = app.screen
        await pilot.pause()
        behind = _drawn_scroll_bars(proposal)
        [dialog_bar] = _drawn_scroll_bars(dialog)

        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is proposal)
        await pilot.pause()
        back = _drawn_scroll_bars(proposal)

    assert behind == []
    assert dialog_bar.has_class("problem-dialog")
    assert back == [editor]
