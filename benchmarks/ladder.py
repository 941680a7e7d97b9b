"""Opening the ladder browser and moving its pair, headless, in this process.

    python -m benchmarks.ladder [--repeat N]

Each sample opens the browser on the bundled software-engineer ladder at 80×24,
waits for its first full layout, then moves the pair up the ladder to the top and
back down, timing each move until the screen has been laid out again. The figures
are wall-clock medians, so take them on a quiet machine.

Figures on the 2-core development machine, quiet, three runs of three samples
each, before and after moves rewrote the widgets already on screen instead of
composing the whole comparison again. A key that does nothing costs about 0.11 s
here (the pilot's own work), so a move's own cost went from about 0.32 s to 0.14 s::

    medians       open           move
    before        0.54–0.65 s    0.43 s
    after         0.55–0.60 s    0.25 s

Opening is dominated by styling and laying out about 230 widgets; setting the
breakpoint class before they are built spares one restyle of all of them.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from textual.app import App

from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.ladder_browser import LadderScreen

SIZE = (80, 24)
LADDER = "software-engineer"


class _Host(App[None]):
    """An otherwise empty app to push the browser onto."""


async def sample() -> tuple[float, list[float]]:
    """One opening and every move up and back down, in seconds."""
    ladder = load_shelf().get(LADDER)
    assert ladder is not None
    app = _Host()
    async with app.run_test(size=SIZE) as pilot:
        start = time.perf_counter()
        screen = LadderScreen(ladder, ladder.levels[0].id, ladder.levels[1].id)
        await app.push_screen(screen)
        await pilot.pause()
        opened = time.perf_counter() - start

        moves = []
        steps = len(ladder.levels) - 2
        for key in ["right_square_bracket"] * steps + ["left_square_bracket"] * steps:
            start = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            moves.append(time.perf_counter() - start)
    return opened, moves


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)

    opens: list[float] = []
    moves: list[float] = []
    for _ in range(args.repeat):
        opened, moved = asyncio.run(sample())
        opens.append(opened)
        moves += moved
    print(f"open  median {statistics.median(opens):.3f} s  ({len(opens)} samples)")
    print(f"move  median {statistics.median(moves):.3f} s  ({len(moves)} samples)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
