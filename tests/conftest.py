"""Shared test set-up: every test gets its own CareerClimb home, never the real one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.paths import DATA_FILE_NAME, HOME_ENV
from careerclimb_tui.store import Store

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def steady_cursors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a focused field's cursor shown instead of blinking.

    A blink is timed: on a busy machine a picture could catch the cursor in either
    half of its cycle, and the same screen would compare differently by load.
    """
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point CareerClimb, and the platform's user folders, at a temporary place."""
    home = tmp_path / "careerclimb-home"
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user" / "config"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home


@pytest.fixture
def clock() -> FixedClock:
    """A clock stopped on a Wednesday in the middle of 2026Q4."""
    return FixedClock(dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc))


@pytest.fixture
def store(isolated_home: Path, clock: FixedClock) -> Store:
    """An empty store in the test's own home."""
    return Store(isolated_home / DATA_FILE_NAME, clock=clock)
