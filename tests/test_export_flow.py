"""Export and import from the app, by keyboard: the text is shown before it is
written, a file is replaced only when the user says so, and an import shows what
it adds and leaves out before it writes anything."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static, TextArea

from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_export_demo
from careerclimb_tui.export.dump import export_dump
from careerclimb_tui.screens.export import ExportScreen
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, type_text, wait_until

SAMPLES = Path(__file__).parent / "data" / "import"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The user's home folder, where exports go by default."""
    folder = tmp_path / "user"
    folder.mkdir(exist_ok=True)
    return folder


def sample_career(store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())
    seed_export_demo(store, clock.today())


async def open_export(pilot: Pilot[None]) -> ExportScreen:
    await pilot.press("x")
    screen = pilot.app.screen
    assert isinstance(screen, ExportScreen)
    preview = screen.query_one("#export-preview", MarkdownPreview)
    await wait_until(pilot, lambda: bool(preview.text))
    return screen


def status(screen: ExportScreen, which: str) -> str:
    return str(screen.query_one(f"#{which}-status", Static).render())


async def test_the_packet_is_previewed_written_privately_and_replaced_on_yes(
    store: Store, clock: FixedClock, home: Path
) -> None:
    sample_career(store, clock)
    target = home / "careerclimb-packet-2026-11-18.md"

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_export(pilot)
        shown = screen.query_one("#export-preview", MarkdownPreview).text
        assert shown.startswith("# Promotion packet: Sam\n")
        assert not target.exists(), "nothing is written before Ctrl+S"

        await pilot.press("ctrl+s")
        await wait_until(pilot, target.exists)
        assert target.read_text(encoding="utf-8") == shown
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        await wait_until(pilot, lambda: status(screen, "export").startswith("Wrote"))

        target.write_text("my own notes", encoding="utf-8")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "my own notes"

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: target.read_text(encoding="utf-8") == shown)


async def test_the_complete_dump_is_chosen_by_keyboard_and_is_never_filtered(
    store: Store, clock: FixedClock, home: Path
) -> None:
    sample_career(store, clock)
    target = home / "careerclimb-dump-2026-11-18.json"

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_export(pilot)
        preview = screen.query_one("#export-preview", MarkdownPreview)
        screen.query_one("#quarter", Select).value = "2026Q3"
        await pilot.press("enter", "down", "enter")
        await wait_until(pilot, lambda: preview.text.startswith("{"))

        path = screen.query_one("#export-path", Input).value
        assert path == "~/careerclimb-dump-2026-11-18.json"
        assert screen.query_one("#filter-row").disabled
        assert preview.text == export_dump(store, clock.now())
        await pilot.press("ctrl+s")
        await wait_until(pilot, target.exists)
        assert target.read_text(encoding="utf-8") == preview.text


async def test_a_path_of_the_users_own_takes_the_extension_of_the_format(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    sample_career(store, clock)
    packet = tmp_path / "packet.md"
    packet.write_text("my packet", encoding="utf-8")

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        preview = screen.query_one("#export-preview", MarkdownPreview)
        path = screen.query_one("#export-path", Input)
        path.value = str(packet)
        note = screen.query_one("#filter-note", Static)
        assert not note.display

        await pilot.press("enter", "down", "enter")
        await wait_until(pilot, lambda: preview.text.startswith("{"))
        assert path.value == str(tmp_path / "packet.json")
        assert note.display and "packet only" in str(note.render())
        assert not screen.query_one("#filter-row").display

        await pilot.press("ctrl+s")
        await wait_until(pilot, (tmp_path / "packet.json").exists)
        assert not isinstance(app.screen, ConfirmDialog)
        assert packet.read_text(encoding="utf-8") == "my packet"

        await pilot.press("enter", "up", "enter")
        await wait_until(pilot, lambda: preview.text.startswith("# Promotion"))
        assert path.value == str(packet)
        assert not note.display


async def test_changed_options_are_previewed_before_they_are_written(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    sample_career(store, clock)
    target = tmp_path / "q3.md"

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_export(pilot)
        preview = screen.query_one("#export-preview", MarkdownPreview)
        screen.query_one("#since", Input).value = "2026-11-01"
        screen.query_one("#export-path", Input).value = str(target)

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: "Wins since 2026-11-01" in preview.text)
        assert not target.exists(), "a changed choice is shown before it is written"

        await pilot.press("ctrl+s")
        await wait_until(pilot, target.exists)
        assert "Wins since 2026-11-01" in target.read_text(encoding="utf-8")


async def test_an_import_is_previewed_then_written_once_with_a_report(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_career(store, clock)
    monkeypatch.chdir(SAMPLES)
    before = len(store.wins())

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("ctrl+t")
        assert screen.on_import_tab
        report = screen.query_one("#import-preview", TextArea)
        await type_text(pilot, "wins.md")
        await pilot.press("enter")
        await wait_until(pilot, lambda: report.text.startswith("Preview of"))
        assert "Adds 5 wins." in report.text
        assert '- line 12 "Reviewed 150 PRs": the same win as line 8' in report.text
        assert len(Store(store.path, clock=clock).wins()) == before

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: report.text.startswith("Imported"))
        assert len(Store(store.path, clock=clock).wins()) == before + 5

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: report.text.startswith("Preview of"))
        assert "Nothing new to add." in report.text
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert len(Store(store.path, clock=clock).wins()) == before + 5


async def test_the_import_preview_shows_a_long_title_whole_folded_to_its_width(
    store: Store, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    title = (
        "Moved the nightly billing reconciliation off the shared cron host so a "
        "slow run no longer delays the morning invoice batch for every region"
    )
    sample_career(store, clock)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "long.md").write_text(f"- 2026-10-01: {title}\n", encoding="utf-8")

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("ctrl+t")
        report = screen.query_one("#import-preview", TextArea)
        await type_text(pilot, "long.md")
        await pilot.press("enter")
        await wait_until(pilot, lambda: report.text.startswith("Preview of"))

        lines = report.text.splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith("+ win"))
        item = [lines[start]]
        item += [line for line in lines[start + 1 :] if line.startswith("  ")]
        assert " ".join(line.strip() for line in item).endswith(title)
        # Each line fits the preview: none is cut, and none is folded again.
        assert all(len(line) <= report.wrap_width for line in lines), lines
        assert report.wrapped_document.height == len(lines)

        await pilot.resize_terminal(60, 24)
        await wait_until(pilot, lambda: len(report.text.splitlines()) > len(lines))
        assert all(len(line) <= report.wrap_width for line in report.text.splitlines())


async def test_a_long_import_preview_says_what_needs_a_look_and_scrolls_by_key(
    store: Store, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_career(store, clock)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "list.md").write_text(
        "# My wins\n\n"
        "- 2026-10-03: Cut CI time from 20 to 8 minutes for the web team\n"
        "- 2026-11-12: Deploy failures dropped 40% after the rollback fix\n"
        "- Mentored two new hires through their first on-call\n"
        "- 2026-09-01:\n"
        "- 2030-01-01: future win\n"
        "- 2026-08-14: Search latency p95 fell from 900 ms to 300 ms\n",
        encoding="utf-8",
    )

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("ctrl+t")
        report = screen.query_one("#import-preview", TextArea)
        more = screen.query_one("#import-more", Static)
        await type_text(pilot, "list.md")
        await pilot.press("enter")
        await wait_until(pilot, lambda: report.text.startswith("Preview of"))

        # What needs a look is said at the top, before the list of wins.
        lines = report.text.splitlines()
        assert lines[2] == "2 left out, 1 win dated today: see below."
        # The rest is out of sight, and the line under the preview says so.
        await wait_until(pilot, lambda: report.max_scroll_y > 0 and more.display)
        assert "More below" in str(more.render())

        await pilot.press("tab", "tab")
        await wait_until(pilot, lambda: report.has_focus)
        await pilot.press("end")
        await wait_until(
            pilot,
            lambda: report.scroll_y == report.max_scroll_y and not more.display,
        )
        assert any("is dated 2026-11-18" in line for line in lines)

        await pilot.press("home")
        await wait_until(pilot, lambda: report.scroll_y == 0 and more.display)


async def test_a_file_that_cannot_be_imported_is_said_so_and_nothing_changes(
    store: Store, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_career(store, clock)
    monkeypatch.chdir(tmp_path)
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    before = store.path.read_bytes()

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("ctrl+t")
        await type_text(pilot, broken.name)
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: "Nothing was imported" in status(screen, "import")
        )
        await pilot.press("ctrl+s")
        await pilot.pause()

    assert store.path.read_bytes() == before


async def test_a_failed_preview_shows_why_in_place_of_the_last_files_preview(
    store: Store, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_career(store, clock)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wins.md").write_bytes((SAMPLES / "wins.md").read_bytes())
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not text")
    before = store.path.read_bytes()

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("ctrl+t")
        report = screen.query_one("#import-preview", TextArea)
        await type_text(pilot, "wins.md")
        await pilot.press("enter")
        await wait_until(pilot, lambda: report.text.startswith("Preview of"))

        for name, reason in (
            ("missing.md", "missing.md does not exist."),
            ("photo.jpg", "photo.jpg is not UTF-8 text (line 1)"),
        ):
            await pilot.press("ctrl+u")
            await type_text(pilot, name)
            await pilot.press("enter")
            await wait_until(pilot, lambda: "Preview of" not in report.text)
            assert status(screen, "import") == "Nothing was imported."
            assert report.text.startswith(reason), report.text
            app.clear_notifications()
            await pilot.press("ctrl+s")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert report.text.startswith(reason)
            # Nothing covers the reason, nor asks for a second Ctrl+S.
            assert not app._notifications

            await pilot.press("ctrl+u")
            await type_text(pilot, "wins.md")
            await pilot.press("enter")
            await wait_until(pilot, lambda: report.text.startswith("Preview of"))

    assert store.path.read_bytes() == before


async def test_the_screen_opens_from_the_palette_and_escape_goes_home(
    store: Store, clock: FixedClock
) -> None:
    sample_career(store, clock)

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_open("export")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_the_screen_survives_being_squeezed_and_grown_again(
    store: Store, clock: FixedClock
) -> None:
    sample_career(store, clock)

    app: CareerClimbApp = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        for size in ((40, 12), (20, 5), (100, 30)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert screen.is_attached and screen.on_import_tab
