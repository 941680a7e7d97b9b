"""Pictures of the passphrase prompt, the privacy screen and the passphrase dialog.

The data lives under the test's own home folder, so that paths show as
``~/.local/share/careerclimb/…`` and the pictures do not change from run to run.
Update them after an intended change with ``pytest --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.paths import DATA_FILE_NAME, default_data_dir
from careerclimb_tui.store import Store, crypto
from tests.helpers import make_app

SIZES = [pytest.param((100, 30), id="100x30"), pytest.param((80, 24), id="80x24")]
CHEAP = crypto.KdfSettings(crypto.ARGON2ID, cost=8, rounds=1, lanes=1)


@pytest.fixture
def home_store(
    isolated_home: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> Store:
    """The demo career, in the test's home, where the platform would keep it."""
    monkeypatch.setattr(crypto, "DEFAULT_KDF", CHEAP)
    monkeypatch.setenv("XDG_DATA_HOME", str(Path.home() / ".local" / "share"))
    path = default_data_dir() / DATA_FILE_NAME
    store = Store(path, clock=clock)
    seed_demo(store, clock.today())
    return store


@pytest.mark.parametrize("size", SIZES)
def test_passphrase_prompt_before_home(
    snap_compare: Any, home_store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    home_store.encrypt("correct horse battery")
    locked = Store(home_store.path, clock=clock)

    assert snap_compare(make_app(locked, clock), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_privacy_screen_of_plain_data(
    snap_compare: Any, home_store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    assert snap_compare(make_app(home_store, clock), terminal_size=size, press=["v"])


@pytest.mark.parametrize("size", SIZES)
def test_change_passphrase_dialog(
    snap_compare: Any, home_store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    home_store.encrypt("correct horse battery")

    assert snap_compare(
        make_app(home_store, clock), terminal_size=size, press=["v", "c"]
    )
