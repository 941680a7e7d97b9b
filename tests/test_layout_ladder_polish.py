"""The ladder browser's column headings each stay on one line, for every pair of
levels, at 80×24 and at 100×30."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widgets import Static

from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.ladder_browser import LadderScreen

HEADINGS = ".level-role, .column-label, .examples-label"
"""The headings over the columns: whose level, what is expected, the lists."""


class LadderApp(App[None]):
    """An otherwise empty app that opens the ladder browser on the lowest pair."""

    def __init__(self, ladder: Ladder) -> None:
        super().__init__()
        self.ladder = ladder

    def on_mount(self) -> None:
        first, second = self.ladder.levels[:2]
        self.push_screen(LadderScreen(self.ladder, first.id, second.id))


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
        for step in ["right_square_bracket"] * (len(ladder.levels) - 2) + [
            "left_square_bracket"
        ] * (len(ladder.levels) - 2):
            screen = app.screen
            assert isinstance(screen, LadderScreen)
            seen.append((screen.pair.current.title, screen.pair.target.title))
            assert not broken_headings(app), seen[-1]
            await pilot.press(step)
            await pilot.pause()

        assert len(set(seen)) == len(ladder.levels) - 1, "every pair was shown"
        assert not broken_headings(app)
