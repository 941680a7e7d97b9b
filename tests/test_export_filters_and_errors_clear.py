"""Export filters that share no day are refused before anything is written, and
an error about a field goes as soon as that field is edited: on the export screen
and in the problem's dialogs."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.domain.initiative import Stage
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.export.packet import filters_apart
from careerclimb_tui.screens.export import ExportScreen
from careerclimb_tui.screens.problem_dialogs import StageDialog
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, save_driving, type_text, wait_until

Q3 = Quarter(2026, 3)
FILTERS = [
    # (since, quarter, whether no day passes both)
    (dt.date(2026, 11, 1), Q3, True),
    (dt.date(2026, 10, 1), Q3, True),
    (dt.date(2026, 9, 30), Q3, False),
    (dt.date(2026, 5, 1), Q3, False),
    (dt.date(2026, 11, 1), None, False),
    (None, Q3, False),
    (dt.date(2026, 7, 1), Quarter(2027, 1, start_month=7), False),
    (dt.date(2026, 10, 1), Quarter(2027, 1, start_month=7), True),
]  # fmt: skip


@pytest.mark.parametrize("since, quarter, apart", FILTERS)
def test_filters_that_share_no_day_are_told_apart(
    since: dt.date | None, quarter: Quarter | None, apart: bool
) -> None:
    assert filters_apart(since, quarter) is apart


def test_the_export_command_refuses_filters_that_share_no_day(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_demo(store, clock.today())
    argv = ["export", "--since", "2026-11-01", "--quarter", "2026Q3"]
    out = io.StringIO()

    assert main(argv, clock=clock, out=out) == 2

    assert out.getvalue() == ""
    said = " ".join(capsys.readouterr().err.split())
    assert "--since 2026-11-01 is after 2026Q3 ends (2026-09-30)" in said


async def open_export(pilot: Pilot[None]) -> ExportScreen:
    await pilot.press("x")
    screen = pilot.app.screen
    assert isinstance(screen, ExportScreen)
    preview = screen.query_one("#export-preview", MarkdownPreview)
    await wait_until(pilot, lambda: bool(preview.text))
    return screen


def status_of(screen: ExportScreen) -> Static:
    return screen.query_one("#export-status", Static)


async def test_a_since_after_the_quarter_is_said_before_writing(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(store, clock.today())
    target = tmp_path / "packet.md"
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_export(pilot)
        status = status_of(screen)
        screen.query_one("#export-path", Input).value = str(target)
        screen.query_one("#since", Input).value = "2026-11-01"
        screen.query_one("#quarter", Select).value = "2026Q3"

        await wait_until(pilot, lambda: status.has_class("error"))
        assert str(status.render()) == catalogue.EXPORT_FILTERS_APART.format(
            since="2026-11-01", quarter="2026Q3", last="2026-09-30"
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert status.has_class("error")
        assert not target.exists()


async def test_an_impossible_date_is_no_longer_blamed_once_it_is_edited(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_export(pilot)
        status = status_of(screen)
        screen.query_one("#since", Input).focus()
        await type_text(pilot, "2026-02-30\n")
        await wait_until(pilot, lambda: status.has_class("error"))
        assert "There is no 30 February 2026" in str(status.render())

        await pilot.press("backspace")
        await wait_until(pilot, lambda: not status.has_class("error"))
        assert str(status.render()) == catalogue.EXPORT_SINCE_EDITED


async def test_a_missing_path_is_no_longer_blamed_once_one_is_typed(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_export(pilot)
        status = status_of(screen)
        previewed = str(status.render())
        path = screen.query_one("#export-path", Input)
        path.value = ""
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: status.has_class("error"))
        assert str(status.render()) == catalogue.EXPORT_NO_PATH

        path.focus()
        await type_text(pilot, "~")
        await wait_until(pilot, lambda: not status.has_class("error"))
        assert str(status.render()) == previewed


async def test_the_drop_dialog_stops_asking_for_a_reason_once_one_is_typed(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    problem = save_driving(store, clock, "Cut CI time")
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(StageDialog(problem, Stage.DROPPED, clock.now()))
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        dialog = app.screen
        error = dialog.query_one("#dialog-error", Static)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(error.display))
        assert str(error.render()) == catalogue.INITIATIVE_DROP_NEEDS_REASON

        await type_text(pilot, "T")
        await wait_until(pilot, lambda: not error.display)
        assert app.screen is dialog
