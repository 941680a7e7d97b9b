"""The data sets every benchmark reads: a profile, N generated wins, their reviews.

Each is written the way ``careerclimb demo --wins N`` writes it (one transaction,
one atomic write), seen from a fixed day so that every run measures the same data.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from careerclimb_tui.cli_demo import write_data_set
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.paths import DATA_FILE_NAME
from careerclimb_tui.store import Store

TODAY = dt.date(2026, 11, 18)
"""The day the data sets are seen from (a Wednesday in the middle of 2026Q4)."""
SEED = 7


def clock() -> FixedClock:
    """A clock stopped on :data:`TODAY`, at half past nine UTC."""
    moment = dt.datetime.combine(TODAY, dt.time(9, 30), tzinfo=dt.timezone.utc)
    return FixedClock(moment)


def make_data_set(folder: Path, wins: int) -> Path:
    """Write a data set of ``wins`` wins into a new folder.

    Args:
        folder: the folder to create; it must not exist yet.
        wins: how many wins; 0 gives a profile alone, so the app opens on home.

    Returns:
        The data file.
    """
    folder.mkdir(parents=True)
    path = folder / DATA_FILE_NAME
    store = Store(path, clock=clock())
    if wins:
        write_data_set(store, wins, clock(), seed=SEED)
    else:
        store.save_profile(DEMO_PROFILE)
    return path


def copy_data_set(source: Path, folder: Path) -> Path:
    """Copy a data set's file into a new folder, for a benchmark that writes.

    Args:
        source: the data file of a data set.
        folder: the folder to create for the copy.

    Returns:
        The copied data file.
    """
    folder.mkdir(parents=True)
    target = folder / source.name
    shutil.copy2(source, target)
    target.chmod(0o600)
    return target
