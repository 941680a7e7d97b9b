"""The ladder browser's column headings each stay on one line, for every pair of
levels, at 80×24 and at 100×30."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widgets import Static

from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.ladder_browser import LadderScreen
from tests.helpers import wait_until

HEADINGS = ".level-role, .column-label, .examples-label"
"""The headings over the columns: whose level, what is expected, the lists."""


class LadderApp(App[None]):
    """An otherwise empty app that opens the ladder browser on the lowest pair."""

    def __init__(self, ladder: Ladder, pair: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.ladder = ladder
        self.pair = pair or (ladder.levels[0].id, ladder.levels[1].id)

    def on_mount(self) -> None:
        self.push_screen(LadderScreen(self.ladder, *self.pair))


def broken_headings(app: App[None]) -> list[str]:
    """The column headings on screen that take more than one line."""
    return [
        str(heading.render())
        for heading in app.screen.query(HEADINGS).results(Static)
        if heading.content_size.height > 1
    ]


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
async def test_every_pairs_column_headings_stay_on_one_line(
    size: tuple[int, int],
) -> None:
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None
    app = LadderApp(ladder)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        seen = []
        # The headings depend only on the pair shown, so one walk up the ladder
        # sees every pair.
        for step in ["right_square_bracket"] * (len(ladder.levels) - 2) + [None]:
            screen = app.screen
            assert isinstance(screen, LadderScreen)
            seen.append((screen.pair.current.title, screen.pair.target.title))
            assert not broken_headings(app), seen[-1]
            if step:
                await pilot.press(step)
                await pilot.pause()

        assert len(set(seen)) == len(ladder.levels) - 1, "every pair was shown"


def shown(app: App[None], selector: str) -> list[str]:
    """The text of every Static on screen matching ``selector``, in order."""
    return [str(text.render()) for text in app.screen.query(selector).results(Static)]


def expected(ladder: Ladder, screen: LadderScreen) -> dict[str, list[str]]:
    """What the comparison should say for the pair on ``screen``, from the ladder."""
    now = [screen.pair.current.expectations[d.id] for d in ladder.dimensions]
    there = [screen.pair.target.expectations[d.id] for d in ladder.dimensions]
    return {
        ".level-name": [screen.pair.current.label, screen.pair.target.label],
        ".current-expectation": [found.expectation for found in now],
        ".target-expectation": [found.expectation for found in there],
        ".current-examples .bullet-text": [
            example for found in now for example in found.current_level
        ],
        ".next-signals .bullet-text": [
            signal for found in now for signal in found.next_level
        ],
    }


async def test_moving_the_pair_shows_every_pair_in_full_without_rebuilding() -> None:
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None
    app = LadderApp(ladder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LadderScreen)
        blocks = list(screen.query(".dimension"))

        # Up to the top and one back: lists grow and shrink on the way, as the
        # levels give some dimensions four examples and others three.
        steps = ["right_square_bracket"] * (len(ladder.levels) - 2)
        for step in [*steps, "left_square_bracket"]:
            await pilot.press(step)
            want = expected(ladder, screen)
            await wait_until(
                pilot,
                lambda: all(
                    shown(app, selector) == texts for selector, texts in want.items()
                ),
            )

        # The same blocks were rewritten, not built again: a move stays quick.
        assert list(screen.query(".dimension")) == blocks
        moved = heights(app)
        last = (screen.pair.current.id, screen.pair.target.id)

    # Each block is as tall as when the browser opens on that pair: none keeps
    # blank lines left over from a pair that needed more.
    fresh = LadderApp(ladder, last)
    async with fresh.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert heights(fresh) == moved


def heights(app: App[None]) -> list[int]:
    """The height of the levels block and of every dimension block, in order."""
    return [block.size.height for block in app.screen.query("#levels, .dimension")]
