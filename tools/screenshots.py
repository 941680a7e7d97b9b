"""Regenerate the SVG screenshots in screenshots/ from the demo data.

Run with ``make screenshots``. The app runs headless at a fixed size on a temporary
copy of the demo career, with a fixed clock, so the pictures only change when the
screens do.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

OUT = Path(__file__).parents[1] / "screenshots"
SIZE = (100, 30)

# (file name, keys to press from the home screen)
SHOTS: Sequence[tuple[str, Sequence[str]]] = (
    ("home.svg", ()),
    ("log_win.svg", ("w", *"Built a monitoring dashboard for the payments service")),
    ("journal.svg", ("j",)),
    ("win_detail.svg", ("j", "enter")),
    ("ladder.svg", ("l",)),
    ("reviews.svg", ("r",)),
    ("gaps.svg", ("g",)),
    ("problem.svg", ("ctrl+p", *"Go: Next-level problem", "enter")),
    ("manager.svg", ("m",)),
    ("pitch.svg", ("p",)),
    ("peers.svg", ("ctrl+p", *"Go: Promoted peers", "enter")),
    ("export.svg", ("x",)),
    ("help.svg", ("f1",)),
)


async def take(name: str, keys: Sequence[str], home: Path) -> None:
    from careerclimb_tui.app import CareerClimbApp
    from careerclimb_tui.clock import FixedClock
    from careerclimb_tui.ladders import load_shelf
    from careerclimb_tui.paths import DATA_FILE_NAME
    from careerclimb_tui.store import Store

    clock = FixedClock(dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc))
    app = CareerClimbApp(Store(home / DATA_FILE_NAME, clock=clock), load_shelf(), clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*keys)
        await pilot.pause(0.3)
        app.save_screenshot(name, str(OUT))
    print(f"wrote {OUT / name}")


def main() -> None:
    from careerclimb_tui.clock import FixedClock
    from careerclimb_tui.demo import seed_full_demo
    from careerclimb_tui.paths import DATA_FILE_NAME, HOME_ENV
    from careerclimb_tui.store import Store

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        os.environ[HOME_ENV] = folder
        clock = FixedClock(dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc))
        seed_full_demo(Store(home / DATA_FILE_NAME, clock=clock), clock.today())
        OUT.mkdir(exist_ok=True)
        for name, keys in SHOTS:
            asyncio.run(take(name, keys, home))


if __name__ == "__main__":
    main()
