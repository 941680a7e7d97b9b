"""Search-as-you-type in the real journal screen, in a fresh process.

``benchmarks/run.py`` starts this script once per data set. It opens CareerClimb
headless on the data set, opens the journal, and types the search one key at a
time. For each key it takes the processor time the app spends until it is idle
again: the screen filtering the wins, the table taking in a page of rows, and the
repaint. Processor time, not wall time, so that other work on the machine does
not count. As a floor it also times the same wait after a key that changes
nothing. It writes both as JSON to RESULT.

    python benchmarks/journal_keys.py RESULT DATA_DIR YYYY-MM-DD TYPED REPEAT
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sys
import time
from pathlib import Path

from textual.widgets import Input

from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.paths import DATA_FILE_NAME
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.store import Store

SIZE = (100, 30)


async def type_searches(
    data_dir: Path, today: dt.date, typed: str, repeat: int
) -> tuple[list[float], list[float]]:
    """Type ``typed`` into the journal's search ``repeat`` times.

    Returns:
        The milliseconds of processor time of every key, and of every idle
        wait after a key that changed nothing.
    """
    moment = dt.datetime.combine(today, dt.time(9, 30), tzinfo=dt.timezone.utc)
    clock = FixedClock(moment)
    store = Store(data_dir / DATA_FILE_NAME, clock=clock)
    app = CareerClimbApp(store, load_shelf(), clock=clock)
    keys: list[float] = []
    idle: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j")
        for _ in range(500):
            if isinstance(app.screen, JournalScreen):
                break
            await pilot.pause()
        journal = app.screen
        assert isinstance(journal, JournalScreen), "the journal did not open"
        await pilot.pause()
        search = journal.query_one("#search", Input)
        for _ in range(repeat):
            for end in range(1, len(typed) + 1):
                start = time.process_time()
                search.value = typed[:end]
                await pilot.pause()
                keys.append((time.process_time() - start) * 1000)

                start = time.process_time()
                search.value = typed[:end]
                await pilot.pause()
                idle.append((time.process_time() - start) * 1000)
            search.value = ""
            await pilot.pause()
    return keys, idle


def main(argv: list[str]) -> int:
    """Run as the module docstring says."""
    if len(argv) != 5:
        sys.stderr.write(__doc__ or "")
        return 2
    result, data_dir, today, typed, repeat = argv
    keys, idle = asyncio.run(
        type_searches(Path(data_dir), dt.date.fromisoformat(today), typed, int(repeat))
    )
    Path(result).write_text(
        json.dumps({"key_ms": keys, "idle_ms": idle}), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
