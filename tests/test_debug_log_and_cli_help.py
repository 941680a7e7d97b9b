"""The --debug log says what happened; every sub-command's help names the global
options."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.paths import DATA_FILE_NAME
from careerclimb_tui.store import Store
from tests.helpers import make_app

LOG_NAME = "careerclimb-debug.log"


def run_cli(clock: FixedClock, *argv: str) -> int:
    return main(list(argv), clock=clock, out=io.StringIO())


def test_a_command_line_error_with_debug_lands_in_the_log(
    isolated_home: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(clock, "--debug", "log", "  ") == 2

    text = (isolated_home / LOG_NAME).read_text(encoding="utf-8")
    assert ": log\n" in text
    assert f"data file: {isolated_home / DATA_FILE_NAME}" in text
    assert "error (exit status 2) from careerclimb_tui." in text
    # The terminal gets the error once, and the log's path; no log lines.
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "careerclimb: A win needs some text.",
        f"Debug log: {isolated_home / LOG_NAME}",
    ]


def test_opening_the_app_is_logged_as_the_app_not_none(
    isolated_home: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    # Under pytest there is no terminal, so the app refuses to open: an error.
    assert run_cli(clock, "--debug") == 2

    text = (isolated_home / LOG_NAME).read_text(encoding="utf-8")
    assert ": app\n" in text and "None" not in text
    assert "error (exit status 2) from careerclimb_tui." in text


TYPED_TITLE = "Quietly fixed the Hendricks account export"
TYPED_NOTE = "Maria from billing noticed"


@pytest.mark.parametrize(
    "argv",
    [
        ["log", TYPED_TITLE, "--changed", TYPED_NOTE, "--date", "2026-02-30"],
        ["log", TYPED_TITLE, "--changed", TYPED_NOTE],
        ["wins", "--search", TYPED_TITLE],
    ],
    ids=["refused", "saved", "searched"],
)
def test_the_debug_log_never_holds_what_the_user_typed(
    isolated_home: Path, clock: FixedClock, argv: list[str]
) -> None:
    run_cli(clock, "--debug", *argv)

    text = (isolated_home / LOG_NAME).read_text(encoding="utf-8")
    assert "exit status" in text
    for typed in (TYPED_TITLE, "Hendricks", TYPED_NOTE, "2026-02-30"):
        assert typed not in text, text


async def test_an_error_shown_in_the_app_is_logged_without_its_words(
    store: Store, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        with caplog.at_level(logging.INFO, logger="careerclimb_tui"):
            app.notify(f"'{TYPED_TITLE}' could not be saved", severity="error")
            await pilot.pause()

    logged = [record.getMessage() for record in caplog.records]
    assert any(line.startswith("error shown on HomeScreen") for line in logged)
    assert not any("Hendricks" in line for line in logged), logged


def test_the_log_stops_when_the_command_ends(
    isolated_home: Path, clock: FixedClock
) -> None:
    assert run_cli(clock, "--debug", "wins") == 0
    written = (isolated_home / LOG_NAME).read_text(encoding="utf-8")

    logging.getLogger("careerclimb_tui.store").info("after the command")
    assert run_cli(clock, "wins") == 0

    assert (isolated_home / LOG_NAME).read_text(encoding="utf-8") == written
    handlers = logging.getLogger("careerclimb_tui").handlers
    assert all(isinstance(handler, logging.NullHandler) for handler in handlers)


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--help"],
        ["log", "--help"],
        ["ladders", "--help"],
        ["ladders", "show", "--help"],
        ["problem", "--help"],
        ["export", "--help"],
    ],
    ids=lambda argv: " ".join(argv[:-1]),
)
def test_every_sub_commands_help_names_the_global_options(
    argv: list[str], clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv, clock=clock, out=io.StringIO())

    assert exited.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert shown.count(catalogue.CLI_GLOBAL_OPTIONS) == 1
