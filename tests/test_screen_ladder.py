"""The ladder browser: two levels side by side, moving along the ladder, any size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Footer, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.help import describe_screen, screen_keys
from careerclimb_tui.screens.ladder_browser import LadderScreen
from tests.helpers import wait_until

SNAPSHOT_APP = Path(__file__).parent / "snapshot_apps" / "ladder_app.py"


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    """The bundled software-engineer ladder."""
    found = load_shelf().get("software-engineer")
    assert found is not None
    return found


class HostApp(App[None]):
    """An otherwise empty app that opens the ladder browser and notes every toast."""

    def __init__(self, ladder: Ladder, current: str, target: str) -> None:
        super().__init__()
        self.ladder = ladder
        self.current = current
        self.target = target
        self.toasts: list[str] = []

    def on_mount(self) -> None:
        self.push_screen(LadderScreen(self.ladder, self.current, self.target))

    def notify(self, message: str, **kwargs: Any) -> None:
        self.toasts.append(message)
        super().notify(message, **kwargs)


def texts(app: App[Any], selector: str) -> list[str]:
    """The plain text of every Static on the current screen matching ``selector``."""
    widgets = app.screen.query(selector).results(Static)
    return [str(widget.render()) for widget in widgets]


def title(app: App[Any]) -> str:
    return texts(app, "#ladder-title")[0]


async def test_mid_expectation_is_next_to_the_signals_for_senior(
    ladder: Ladder,
) -> None:
    app = HostApp(ladder, "mid", "senior")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()

        assert isinstance(app.screen, LadderScreen)
        assert "Software engineer → Senior engineer" in title(app)
        assert any("L4 / E4 / SDE II" in text for text in texts(app, ".current-level"))
        assert any("L5 / E5 / SDE III" in text for text in texts(app, ".target-level"))

        now = texts(app, ".current-expectation")
        assert any(text.startswith("Owns features from start to") for text in now)
        there = texts(app, ".target-expectation")
        assert any(text.startswith("Leads projects that deliver") for text in there)

        signals = texts(app, ".next-signals .bullet-text")
        assert any("Writes an RFC" in text for text in signals)
        assert any("Unblocks teammates before they ask" in text for text in signals)
        assert texts(app, ".signals-label")[0] == catalogue.LADDER_SIGNALS_THAT_LEVEL
        assert not app.screen.query(".pair-note")


async def test_brackets_move_the_pair_along_the_ladder(ladder: Ladder) -> None:
    app = HostApp(ladder, "mid", "senior")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()

        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert "Senior engineer → Staff engineer" in title(app)
        now = texts(app, ".current-expectation")
        assert any(text.startswith("Leads projects that deliver") for text in now)
        assert not any("Writes an RFC" in t for t in texts(app, ".bullet-text"))

        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert "Software engineer → Senior engineer" in title(app)
        signals = texts(app, ".next-signals .bullet-text")
        assert any("Writes an RFC" in text for text in signals)


async def test_full_stop_brings_back_the_users_own_pair_from_anywhere(
    ladder: Ladder,
) -> None:
    app = HostApp(ladder, "mid", "senior")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(4):
            await pilot.press("right_square_bracket")
        await pilot.pause()
        assert "Senior staff engineer → Principal engineer" in title(app)
        await pilot.press("pagedown")
        body = app.screen.query_one("#ladder-body")
        await wait_until(pilot, lambda: body.scroll_y > 0)

        await pilot.press("full_stop")
        await pilot.pause()
        assert "Software engineer → Senior engineer" in title(app)
        assert texts(app, ".level-role") == [
            catalogue.LADDER_NOW_HEADING,
            catalogue.LADDER_TARGET_HEADING,
        ]
        assert body.scroll_y == 0

        await pilot.press("left_square_bracket", "full_stop")
        await pilot.pause()
        assert "Software engineer → Senior engineer" in title(app)


async def test_help_says_how_to_move_between_dimensions_and_pairs(
    ladder: Ladder,
) -> None:
    app = HostApp(ladder, "mid", "senior")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = dict(screen_keys(app.screen))
        assert rows["."] == catalogue.LADDER_KEY_OWN
        assert rows["["] == catalogue.LADDER_KEY_LOWER
        assert rows["]"] == catalogue.LADDER_KEY_HIGHER
        assert rows["↑ ↓"] == "Scroll through the dimensions"
        purpose, _ = describe_screen(app.screen)
        assert "bracket keys move both levels" in purpose
        assert "full stop brings back your own two" in purpose


async def test_headings_follow_the_pair_and_mark_the_users_own_level(
    ladder: Ladder,
) -> None:
    app = HostApp(ladder, "mid", "senior")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert texts(app, ".level-role") == [
            catalogue.LADDER_NOW_HEADING,
            catalogue.LADDER_TARGET_HEADING,
        ]

        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert texts(app, ".level-role") == [
            catalogue.LADDER_TARGET_HEADING,
            catalogue.LADDER_ABOVE_HEADING,
        ]

        await pilot.press("left_square_bracket", "left_square_bracket")
        await pilot.pause()
        assert "Early-career engineer → Software engineer" in title(app)
        assert texts(app, ".level-role") == [
            catalogue.LADDER_BELOW_HEADING,
            catalogue.LADDER_NOW_HEADING,
        ]


async def test_the_ends_of_the_ladder_stop_the_pair_with_a_notice(
    ladder: Ladder,
) -> None:
    app = HostApp(ladder, "junior", "mid")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()

        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert app.toasts == [catalogue.LADDER_AT_BOTTOM]
        assert "Early-career engineer → Software engineer" in title(app)

        for _ in range(len(ladder.levels)):
            await pilot.press("right_square_bracket")
        await pilot.pause()
        assert app.toasts[-1] == catalogue.LADDER_AT_TOP
        assert "Senior staff engineer → Principal engineer" in title(app)


async def test_compact_view_hides_the_examples(ladder: Ladder) -> None:
    app = HostApp(ladder, "mid", "senior")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        rows = list(app.screen.query(".examples-row"))
        assert rows and all(row.display for row in rows)

        await pilot.press("c")
        await pilot.pause()
        assert app.screen.has_class("-compact")
        assert not any(row.display for row in app.screen.query(".examples-row"))
        assert all(w.display for w in app.screen.query(".current-expectation"))

        await pilot.press("c")
        await pilot.pause()
        assert all(row.display for row in app.screen.query(".examples-row"))


async def test_compact_view_survives_moving_the_pair(ladder: Ladder) -> None:
    app = HostApp(ladder, "mid", "senior")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c", "right_square_bracket")
        await pilot.pause()
        assert not any(row.display for row in app.screen.query(".examples-row"))


async def test_escape_goes_back_to_the_screen_underneath(ladder: Ladder) -> None:
    app = HostApp(ladder, "mid", "senior")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LadderScreen)

        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, LadderScreen)


async def test_keyboard_scrolls_the_comparison(ladder: Ladder) -> None:
    app = HostApp(ladder, "mid", "senior")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        body = app.screen.query_one("#ladder-body")
        assert body.max_scroll_y > 0

        # The scroll is animated: wait for it to arrive rather than for time.
        await pilot.press("end")
        await wait_until(pilot, lambda: body.scroll_y == body.max_scroll_y)

        await pilot.press("home")
        await wait_until(pilot, lambda: body.scroll_y == 0)
        await pilot.press("pagedown")
        await wait_until(pilot, lambda: 0 < body.scroll_y < body.max_scroll_y)


async def test_footer_shows_the_five_screen_keys(ladder: Ladder) -> None:
    app = HostApp(ladder, "mid", "senior")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = {
            binding.id
            for _, binding, _, _ in app.screen.active_bindings.values()
            if binding.show and binding.id
        }
        assert shown == {
            "ladder.prev",
            "ladder.next",
            "ladder.own",
            "ladder.compact",
            "ladder.back",
        }
        assert app.screen.query_one(Footer)


@pytest.mark.parametrize(
    ("current", "target", "shown"),
    [
        ("nowhere", "senior", "Early-career engineer → Senior engineer"),
        ("mid", "nowhere", "Software engineer → Senior engineer"),
        ("principal", "nowhere", "Principal engineer → Principal engineer"),
        ("mid", "mid", "Software engineer → Software engineer"),
        ("junior", "staff", "Early-career engineer → Staff engineer"),
    ],
)
async def test_unknown_or_unusual_levels_still_show_a_pair(
    ladder: Ladder, current: str, target: str, shown: str
) -> None:
    app = HostApp(ladder, current, target)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert shown in title(app)
        assert len(app.screen.query(".dimension")) == len(ladder.dimensions)


async def test_a_target_that_is_not_next_is_explained(ladder: Ladder) -> None:
    app = HostApp(ladder, "junior", "staff")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        notes = texts(app, ".pair-note")
        assert notes and "Staff engineer is not the level right after" in notes[0]
        label = texts(app, ".signals-label")[0]
        assert label == catalogue.LADDER_SIGNALS_ABOVE.format(
            level="Early-career engineer"
        )


async def test_narrow_terminal_stacks_the_columns(ladder: Ladder) -> None:
    app = HostApp(ladder, "mid", "senior")
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.has_class("-narrow")
        now = screen.query(".current-column").first()
        there = screen.query(".target-column").first()
        assert now.region.x == there.region.x
        assert there.region.y > now.region.y

        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert not screen.has_class("-narrow")
        now = screen.query(".current-column").first()
        there = screen.query(".target-column").first()
        assert there.region.x > now.region.x
        assert there.region.y == now.region.y


async def test_resizing_to_tiny_and_back_does_not_fail(ladder: Ladder) -> None:
    app = HostApp(ladder, "mid", "senior")
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.resize_terminal(20, 5)
        await pilot.press("right_square_bracket", "c", "end")
        await pilot.resize_terminal(120, 40)
        await pilot.press("c", "left_square_bracket", "home")
        await pilot.pause()
        assert isinstance(app.screen, LadderScreen)
        assert "Software engineer → Senior engineer" in title(app)


def test_ladder_browser_snapshot(snap_compare: Callable[..., bool]) -> None:
    """Software engineer next to senior engineer, at 100×30."""
    assert snap_compare(SNAPSHOT_APP, terminal_size=(100, 30))
