"""Commands that only read (list, print, export to standard output) leave no data
folder behind when there is no data yet; the first save makes it, private."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.paths import DATA_FILE_NAME, HOME_ENV

READ_ONLY = {
    "wins": ["wins", "-n", "2"],
    "wins as JSON": ["wins", "--json"],
    "problem list": ["problem", "list"],
    "criteria": ["criteria"],
    "peers": ["peers"],
    "printed review": ["review", "--print"],
    "printed pitch": ["pitch", "--print"],
    "printed prep": ["prep", "--print"],
    "gaps": ["gaps"],
    "packet to stdout": ["export"],
    "dump to stdout": ["export", "--format", "json"],
}


@pytest.fixture
def missing_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "not-there-yet" / "careerclimb"
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


@pytest.mark.parametrize("argv", READ_ONLY.values(), ids=READ_ONLY.keys())
def test_a_read_only_command_creates_no_data_folder(
    missing_home: Path, clock: FixedClock, argv: list[str]
) -> None:
    main(argv, clock=clock, out=io.StringIO())

    assert not missing_home.parent.exists()


def test_the_first_save_creates_the_data_folder_private(
    missing_home: Path, clock: FixedClock
) -> None:
    assert main(["wins"], clock=clock, out=io.StringIO()) == 0
    assert not missing_home.parent.exists()

    assert main(["log", "Cut CI time"], clock=clock, out=io.StringIO()) == 0

    assert (missing_home / DATA_FILE_NAME).is_file()
    for folder in (missing_home, missing_home.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
