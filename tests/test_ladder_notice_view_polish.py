"""The ladder's notice that an end was reached goes as soon as the pair moves away
from that end; other notices stay."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.ladder_browser import LadderScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, notices, wait_until

OWN_PAIR = "Software engineer → Senior engineer"
ONE_DOWN = "Staff engineer → Senior staff engineer"
TOP = catalogue.LADDER_AT_TOP
BOTTOM = catalogue.LADDER_AT_BOTTOM


def ladder_title(screen: LadderScreen) -> str:
    return str(screen.query_one("#ladder-title", Static).render())


@pytest.mark.parametrize(
    ("to_the_end", "end_notice", "back", "pair"),
    [
        (["right_square_bracket"] * 5, TOP, ["full_stop"], OWN_PAIR),
        (["left_square_bracket"] * 3, BOTTOM, ["full_stop"], OWN_PAIR),
        (["right_square_bracket"] * 5, TOP, ["left_square_bracket"], ONE_DOWN),
    ],
    ids=["top-then-own-pair", "bottom-then-own-pair", "top-then-one-down"],
)
async def test_the_end_of_ladder_notice_goes_when_the_pair_moves(
    store: Store,
    clock: FixedClock,
    to_the_end: list[str],
    end_notice: str,
    back: list[str],
    pair: str,
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await home_read(pilot)
        await pilot.press("l")
        await wait_until(pilot, lambda: isinstance(app.screen, LadderScreen))
        ladder = app.screen
        assert isinstance(ladder, LadderScreen)
        assert OWN_PAIR in ladder_title(ladder)

        await pilot.press(*to_the_end)
        await wait_until(pilot, lambda: end_notice in notices(app))
        assert notices(app).count(end_notice) == 1
        app.notify("Backed up.", timeout=60)
        await wait_until(pilot, lambda: "Backed up." in notices(app))

        assert end_notice in notices(app)
        await pilot.press(*back)
        await wait_until(pilot, lambda: ladder_title(ladder).startswith(pair))
        assert end_notice not in notices(app)
        assert "Backed up." in notices(app)
