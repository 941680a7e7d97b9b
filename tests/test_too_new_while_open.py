"""A data file rewritten by a newer CareerClimb while this one has it open.

What was read stays on screen, nothing is saved over the newer file, and the user
is told once, plainly, that this app is older than the file: no traceback, and no
offer to put a backup back over what the newer app saved.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.records import Win
from careerclimb_tui.screens.damaged import DamagedFileScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import DataFileDamaged, DataFileTooNew, Store
from careerclimb_tui.store.migrations import SCHEMA_VERSION
from tests.helpers import home_read, notices, run_app, type_text, wait_until


def rewrite_as_newer(path: Path) -> bytes:
    """Write the file again as a newer app would, one format ahead; its bytes."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    newer = json.dumps(data).encode("utf-8")
    written = path.stat().st_mtime_ns
    path.write_bytes(newer)
    # Written a second later, as another program would: the same size within
    # the clock's tick would otherwise look like the file the app last read.
    later = written + 1_000_000_000
    os.utime(path, ns=(later, later))
    return newer


def test_reads_after_a_newer_app_wrote_show_what_was_read_and_saves_stop(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seen = Store(store.path, clock=clock)
    told: list[DataFileDamaged | DataFileTooNew] = []
    seen.on_damage = told.append
    before = seen.wins()
    newer = rewrite_as_newer(store.path)

    assert seen.wins() == before
    assert isinstance(seen.damage, DataFileTooNew)
    assert told and isinstance(told[-1], DataFileTooNew)
    with pytest.raises(DataFileTooNew):
        seen.add_win(Win(title="Cut deploy time", date=clock.today()))
    assert seen.wins() == before, "a refused save keeps what was read"
    assert store.path.read_bytes() == newer


def test_a_file_from_a_newer_app_is_still_refused_at_the_first_read(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    rewrite_as_newer(store.path)
    with pytest.raises(DataFileTooNew):
        Store(store.path, clock=clock).wins()


async def test_the_app_says_once_that_it_is_older_than_the_file_and_goes_on(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with run_app(store, clock, size=(100, 30)) as (app, pilot):
        await home_read(pilot)
        # Every notice is kept as it is shown: on a busy machine one can time
        # out and leave the screen before the test looks for it.
        said: list[str] = []
        show = app.notify

        def keep(message: str, *args: object, **kwargs: object) -> None:
            said.append(str(message))
            show(message, *args, **kwargs)  # type: ignore[arg-type]

        app.notify = keep  # type: ignore[method-assign]
        newer = rewrite_as_newer(store.path)

        await pilot.press("j")
        await wait_until(pilot, lambda: bool(said))
        await pilot.pause()

        [told_once] = said
        assert "newer CareerClimb" in told_once and "update CareerClimb" in told_once
        assert catalogue.DATA_FILE_TOO_NEW_WHILE_OPEN in told_once
        assert not any(isinstance(s, DamagedFileScreen) for s in app.screen_stack)

        # Every later read finds the same file: it is not told again.
        await pilot.press("escape", "j")
        await pilot.pause()
        assert [s for s in said if "newer CareerClimb" in s] == [told_once]
        assert app.is_running and app.return_code is None
    assert store.path.read_bytes() == newer


async def test_saving_over_a_newer_file_gives_the_same_next_step(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with run_app(store, clock, size=(100, 30)) as (app, pilot):
        await home_read(pilot)
        await pilot.press("k")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await type_text(pilot, "Cut deploy time")
        newer = rewrite_as_newer(store.path)

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(notices(app)))
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(app._notifications) == 1)
        await pilot.pause()

        [said] = notices(app)
        assert catalogue.DATA_FILE_TOO_NEW_WHILE_OPEN in said
        assert isinstance(app.screen, LogWinScreen), "the typing is kept"
    assert store.path.read_bytes() == newer
