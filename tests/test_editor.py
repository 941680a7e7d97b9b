"""Editing a text in the user's own editor: private, cleaned up, never lost."""

from __future__ import annotations

import contextlib
import json
import logging
import shlex
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from textual.app import App
from textual.drivers.headless_driver import HeadlessDriver
from textual.widgets import TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.editor import DIR_PREFIX, edit_text, editor_command
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, notices, type_text, wait_until

EDITORS = Path(__file__).parent / "data" / "editor"
TEXT = "The problem: deploys failed weekly.\n\nThe result: failures down 40%."


def fake_editor(name: str) -> list[str]:
    """A stand-in editor from tests/data/editor, run by this Python."""
    return [sys.executable, str(EDITORS / f"{name}.py")]


def clock_of(*moments: float) -> Callable[[], float]:
    """A monotonic clock that reads the given moments in turn."""
    ticks: Iterator[float] = iter(moments)
    return lambda: next(ticks)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, None),
        ({"EDITOR": "vim"}, ["vim"]),
        ({"EDITOR": "  "}, None),
        ({"VISUAL": "code --wait", "EDITOR": "vim"}, ["code", "--wait"]),
        ({"VISUAL": "", "EDITOR": "nano -w"}, ["nano", "-w"]),
        ({"EDITOR": "'/opt/My Editor/bin/ed' -q"}, ["/opt/My Editor/bin/ed", "-q"]),
    ],
)
def test_the_editor_comes_from_visual_then_editor(
    environ: dict[str, str], expected: list[str] | None
) -> None:
    assert editor_command(environ, which=lambda name: None) == expected


@pytest.mark.parametrize(
    ("installed", "expected"), [(True, ["vi"]), (False, None)], ids=["vi", "none"]
)
def test_without_visual_or_editor_vi_is_used_when_installed(
    installed: bool, expected: list[str] | None
) -> None:
    def which(name: str) -> str | None:
        return f"/usr/bin/{name}" if installed and name == "vi" else None

    assert editor_command({}, which=which) == expected
    assert editor_command({"EDITOR": "nano"}, which=which) == ["nano"]


def test_an_editor_variable_with_an_open_quote_is_refused_clearly() -> None:
    with pytest.raises(CareerClimbError, match="not a command"):
        editor_command({"EDITOR": "vim 'unclosed"})


def test_an_edit_comes_back_from_a_private_file_that_is_then_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "report.json"
    monkeypatch.setenv("CAREERCLIMB_TEST_EDITOR_REPORT", str(report))

    result = edit_text(TEXT, fake_editor("append"))

    seen = json.loads(report.read_text(encoding="utf-8"))
    assert seen["file_mode"] == 0o600
    assert seen["dir_mode"] == 0o700
    assert seen["text"].rstrip("\n") == TEXT
    assert not Path(seen["path"]).exists()
    assert not Path(seen["path"]).parent.exists()
    assert result.changed and not result.returned_at_once
    assert result.text == TEXT + "\nEdited in my own editor."


def test_an_editor_that_returns_at_once_without_a_change_is_detected() -> None:
    result = edit_text(TEXT, fake_editor("untouched"), monotonic=clock_of(10.0, 10.2))
    assert result.returned_at_once
    assert not result.changed
    assert result.text == TEXT


def test_an_editor_closed_later_without_a_change_is_just_no_change() -> None:
    result = edit_text(TEXT, fake_editor("untouched"), monotonic=clock_of(10.0, 95.0))
    assert not result.returned_at_once
    assert not result.changed


def test_blank_lines_an_editor_adds_at_the_end_are_no_change() -> None:
    result = edit_text(TEXT, fake_editor("newline"), monotonic=clock_of(0.0, 30.0))
    assert not result.changed
    assert result.text == TEXT


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (fake_editor("fail"), "exited with status 3"),
        (fake_editor("latin1"), "not UTF-8"),
        (["/nonexistent/careerclimb-editor"], "Could not start the editor"),
    ],
    ids=["non-zero exit", "not utf-8", "missing program"],
)
def test_an_editor_that_fails_leaves_the_text_alone_and_no_file_behind(
    command: Sequence[str], message: str, tmp_path: Path
) -> None:
    folders: list[Path] = []

    def run(argv: Sequence[str]) -> int:
        import subprocess

        folders.append(Path(argv[-1]).parent)
        return subprocess.run(list(argv), check=False).returncode

    with pytest.raises(CareerClimbError, match=message):
        edit_text(TEXT, command, run=run)
    assert folders and not folders[0].exists()


def test_the_path_is_the_last_argument_after_the_users_own_flags() -> None:
    seen: list[Sequence[str]] = []

    def run(argv: Sequence[str]) -> int:
        seen.append(list(argv))
        return 0

    edit_text(TEXT, shlex.split("code --wait --new-window"), run=run)
    assert seen[0][:3] == ["code", "--wait", "--new-window"]
    assert Path(seen[0][3]).suffix == ".md"


@pytest.mark.parametrize(
    ("name", "file_name"),
    [
        ("What you did", "what-you-did.md"),
        ("../../etc/passwd", "etc-passwd.md"),
        ("¿?", "text.md"),
    ],
)
def test_the_file_is_named_after_what_is_edited_and_stays_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, file_name: str
) -> None:
    report = tmp_path / "report.json"
    monkeypatch.setenv("CAREERCLIMB_TEST_EDITOR_REPORT", str(report))

    edit_text(TEXT, fake_editor("append"), name=name)

    seen = json.loads(report.read_text(encoding="utf-8"))
    path = Path(seen["path"])
    assert path.name == file_name
    assert path.parent.name.startswith(DIR_PREFIX)
    assert seen["file_mode"] == 0o600 and seen["dir_mode"] == 0o700
    assert not path.parent.exists()


async def test_what_you_did_opens_in_a_file_named_after_it(
    store: Store, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "report.json"
    monkeypatch.setenv("CAREERCLIMB_TEST_EDITOR_REPORT", str(report))
    monkeypatch.setenv("EDITOR", shlex.join(fake_editor("append")))
    monkeypatch.delenv("VISUAL", raising=False)

    # The test driver has no terminal to hand over: the editor runs as it is.
    @contextlib.contextmanager
    def suspended(self: object) -> Iterator[None]:
        yield

    monkeypatch.setattr(App, "suspend", suspended)
    seed_demo(store, clock.today())

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        title = form.query_one("#title", TextArea)
        title.focus()
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: "Edited in my own editor." in title.text)

    seen = json.loads(report.read_text(encoding="utf-8"))
    assert Path(seen["path"]).name == "what-you-did.md"
    assert not Path(seen["path"]).parent.exists()


class RecordingDriver:
    """Makes the test driver hand over the terminal as a real one does, through
    Textual's own ``App.suspend``, and records each hand-over and take-back."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.steps: list[str] = []
        monkeypatch.setattr(HeadlessDriver, "can_suspend", property(lambda _: True))
        monkeypatch.setattr(
            HeadlessDriver,
            "suspend_application_mode",
            lambda _: self.steps.append("handed over"),
        )
        monkeypatch.setattr(
            HeadlessDriver,
            "resume_application_mode",
            lambda _: self.steps.append("taken back"),
        )


@pytest.mark.parametrize(
    ("command", "notice"),
    [
        (
            ["/nonexistent/careerclimb-editor"],
            'Could not start the editor "/nonexistent/careerclimb-editor": not '
            "found. Set $VISUAL or $EDITOR to an editor that is installed; the "
            "text is unchanged.",
        ),
        (
            fake_editor("fail"),
            "The editor exited with status 3; the text is unchanged.",
        ),
        (fake_editor("untouched"), catalogue.PITCH_EDITOR_AT_ONCE),
    ],
    ids=["missing", "non-zero exit", "returns at once"],
)
async def test_an_editor_that_fails_gives_the_form_back_with_its_text(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    notice: str,
) -> None:
    driver = RecordingDriver(monkeypatch)
    monkeypatch.setenv("EDITOR", shlex.join(command))
    monkeypatch.delenv("VISUAL", raising=False)
    # However slow the machine, an unchanged file counts as "came back at once".
    monkeypatch.setattr("careerclimb_tui.editor.QUICK_RETURN_SECONDS", 3600.0)
    seed_demo(store, clock.today())

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        await type_text(pilot, "Drafted the plan")
        await pilot.press("tab", "ctrl+o")
        await wait_until(pilot, lambda: notice in notices(app))

        assert driver.steps == ["handed over", "taken back"]
        assert app.is_running and app.screen is form
        assert form.query_one("#title", TextArea).text == "Drafted the plan"
        await pilot.press("ctrl+t")
        assert form.quick


async def test_the_editor_run_its_status_and_the_screens_go_to_the_debug_log(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    RecordingDriver(monkeypatch)
    monkeypatch.setenv("EDITOR", shlex.join(fake_editor("fail")))
    monkeypatch.delenv("VISUAL", raising=False)
    caplog.set_level(logging.DEBUG, logger="careerclimb_tui")
    seed_demo(store, clock.today())

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w")
        await type_text(pilot, "Drafted the plan")
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: bool(notices(app)))

    logged = caplog.messages
    assert "screen: HomeScreen" in logged and "screen: LogWinScreen" in logged
    assert any(
        line.startswith("editor: running ") and "what-you-did.md" in line
        for line in logged
    )
    assert any(line.startswith("editor: exited with status 3") for line in logged)
    # The notice is logged by where it came from, never by its words.
    assert any(line.startswith("error shown on LogWinScreen") for line in logged)
    assert not any("the text is unchanged" in line for line in logged)
    assert not any("Drafted the plan" in line for line in logged)
