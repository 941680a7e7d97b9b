"""Notices that name a written file keep its path readable and copyable, and a
notice from a page never moves over that page's title when a dialog opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot
from textual.widgets import Input
from textual.widgets._toast import Toast

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.notices import TOAST_FRAME, file_notice
from careerclimb_tui.screens.export import ExportScreen
from careerclimb_tui.screens.problem_dialogs import ExportDialog
from careerclimb_tui.screens.problem_proposal import ProposalScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, open_problem_page, save_driving, wait_until

FOLDER_PARTS = ("a-folder-with-a-rather-long-name", "proposals-for-the-next-cycle")
"""Folders that make any exported path too long for one line at 80 columns."""


def long_folder(tmp_path: Path) -> Path:
    folder = tmp_path.joinpath(*FOLDER_PARTS)
    folder.mkdir(parents=True)
    return folder


def toast_lines(toast: Toast) -> list[str]:
    """The lines of text a notice shows on the screen, its frame left out."""
    strips = toast.screen._compositor.render_strips()  # type: ignore[attr-defined]
    text = toast.content_region
    lines = [strip.text[text.x : text.right].strip() for strip in strips]
    return [line for line in lines[text.y : text.bottom] if line]


def assert_path_reads_whole(lines: list[str], path: str, width: int) -> None:
    """The path starts a line, each of its lines but the last ends at a "/", and
    together they spell it exactly."""
    start = next(index for index, line in enumerate(lines) if path.startswith(line))
    path_lines = lines[start:]
    assert "".join(path_lines) == path
    assert all(line.endswith("/") for line in path_lines[:-1]), path_lines
    assert all(cell_len(line) <= width for line in lines)


@pytest.mark.parametrize(
    "path",
    [
        "/home/dana/careerclimb-proposal-flaky-tests-2026-12-05.md",
        "~/careerclimb-proposal-releases-fail-one-time-2026-12-05.md",
        "/home/someone/documents/career/promotion/2027/exports/drafts/"
        "careerclimb-proposal-flaky-tests-that-people-2026-12-05.md",
    ],
)
def test_a_written_files_path_breaks_only_after_a_slash_at_80_columns(
    path: str,
) -> None:
    notice = file_notice(catalogue.PROBLEM_EXPORTED.format(path=path), path, 80)
    lines = notice.text.split("\n")

    assert lines[0] == "Proposal written to"
    assert notice.width <= 80
    assert_path_reads_whole(lines, path, notice.width - TOAST_FRAME)


def test_a_path_that_fits_the_screen_stays_on_one_line() -> None:
    path = "/home/dana/careerclimb-proposal-flaky-tests-2026-12-05.md"
    notice = file_notice(f"Wrote the packet to {path}.", path, 80)

    assert notice.text.split("\n") == ["Wrote the packet to", path]


async def shown_toast(pilot: Pilot[None], saying: str) -> Toast:
    """The notice on the current screen whose first line is ``saying``."""

    def found() -> list[Toast]:
        return [
            toast
            for toast in pilot.app.screen.query(Toast)
            if toast.size.width and toast_lines(toast)[:1] == [saying]
        ]

    await wait_until(pilot, lambda: bool(found()))
    return found()[0]


async def test_the_exported_proposals_notice_breaks_its_path_at_slashes(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, "Flaky tests that everyone reruns")
    target = long_folder(tmp_path) / "careerclimb-proposal-flaky-tests.md"

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_problem_page(pilot)
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        app.screen.query_one("#field-path", Input).value = str(target)
        await pilot.press("enter")
        await wait_until(pilot, target.exists)

        toast = await shown_toast(pilot, "Proposal written to")
        assert toast.region.right <= 80
        assert_path_reads_whole(
            toast_lines(toast), str(target), toast.content_region.width
        )


async def test_the_written_packets_notice_breaks_its_path_at_slashes(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(store, clock.today())
    target = long_folder(tmp_path) / "careerclimb-packet-for-the-calibration.md"

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        preview = screen.query_one("#export-preview", MarkdownPreview)
        await wait_until(pilot, lambda: bool(preview.text))
        screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await wait_until(pilot, target.exists)

        toast = await shown_toast(pilot, catalogue.EXPORT_DONE_TITLE)
        lines = toast_lines(toast)
        assert lines[1] == "Wrote the promotion packet to"
        assert_path_reads_whole(lines, str(target), toast.content_region.width)


async def test_a_saved_notice_stays_at_the_foot_when_the_export_dialog_opens(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, "Flaky tests that everyone reruns")

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_problem_page(pilot)
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        page = app.screen
        await pilot.press("ctrl+s")
        saved = await shown_toast(pilot, catalogue.PROBLEM_PROPOSAL_SAVED)

        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        await pilot.pause()
        await pilot.pause()

        assert not app.screen.query(Toast), "the dialog draws no notice of the page"
        assert saved in page.query(Toast), "the page's notice stays where it was"
        title = page.query_one("#proposal-title")
        assert saved.region.y > title.region.bottom


async def test_a_notice_raised_while_a_dialog_is_open_shows_on_it(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, "Flaky tests that everyone reruns")

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_problem_page(pilot)
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        dialog = app.screen
        app.notify(catalogue.PROBLEM_EXPORT_NO_PATH)

        toast = await shown_toast(pilot, catalogue.PROBLEM_EXPORT_NO_PATH)
        assert toast in dialog.query(Toast)
