"""The palette never quits by default, help closes with its own key, the theme
entry is found by the words settings uses, and the demo's privacy screen says
its folder is thrown away."""

from __future__ import annotations

import pytest
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.commands import CareerClimbCommands
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.home_lines import DEMO_ENV
from careerclimb_tui.screens.help import HelpScreen
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.privacy import PrivacyScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

SIZE = (80, 24)


async def open_palette(pilot: Pilot[None], app: CareerClimbApp) -> CommandPalette:
    await pilot.press("ctrl+p")
    palette = app.screen
    assert isinstance(palette, CommandPalette)
    await wait_until(pilot, lambda: palette.has_class("-ready"))
    return palette


def listed(palette: CommandPalette) -> list[str]:
    """The entries the palette shows, top first."""
    entries = palette.query_one(CommandList)
    return [
        str(entries.get_option_at_index(i).hit.text)  # type: ignore[attr-defined]
        for i in range(entries.option_count)
    ]


def shown(app: CareerClimbApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_enter_on_the_palette_opened_on_home_does_not_quit(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        palette = await open_palette(pilot, app)
        await wait_until(pilot, lambda: bool(listed(palette)))
        first = listed(palette)[0]
        assert "Quit" not in first

        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        assert app.return_code is None


async def test_quitting_is_offered_once_and_last_and_never_the_screen_showing(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        titles = [c.title for c in CareerClimbCommands(app.screen)._commands()]
        assert titles[0] == catalogue.COMMAND_LOG_WIN
        assert catalogue.COMMAND_GO_HOME not in titles
        palette = await open_palette(pilot, app)
        await wait_until(pilot, lambda: catalogue.COMMAND_QUIT in listed(palette))
        entries = listed(palette)
        assert [e for e in entries if "Quit" in e] == [catalogue.COMMAND_QUIT]
        assert entries[-1] == catalogue.COMMAND_QUIT
        assert catalogue.COMMAND_GO_HOME not in entries
        await pilot.press("escape")

        await pilot.press("j")
        titles = [c.title for c in CareerClimbCommands(app.screen)._commands()]
        assert titles.index(catalogue.COMMAND_GO_HOME) < titles.index(
            catalogue.COMMAND_LADDER
        )
        assert catalogue.COMMAND_JOURNAL not in titles


@pytest.mark.parametrize("key", ["f1", "question_mark"])
async def test_the_key_that_opens_help_closes_it(
    store: Store, clock: FixedClock, key: str
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(key)
        assert isinstance(app.screen, HelpScreen)

        await pilot.press(key)
        assert isinstance(app.screen, HomeScreen)
        assert "F1 or ? closes it" in " ".join(catalogue.HELP_CLOSE.split())


@pytest.mark.parametrize("query", ["theme", "change theme"])
async def test_the_palette_finds_the_theme_by_the_name_settings_gives(
    store: Store, clock: FixedClock, query: str
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        palette = await open_palette(pilot, app)
        await type_text(pilot, query)
        # The entry named as Settings names it comes first, so Enter picks it.
        await wait_until(
            pilot, lambda: listed(palette)[:1] == [catalogue.COMMAND_CHANGE_THEME]
        )
        assert catalogue.COMMAND_CHANGE_THEME in catalogue.SETTINGS_THEME

        await pilot.press("enter")
        # The theme picker is a palette of its own, listing the themes.
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, CommandPalette) and app.screen is not palette
            ),
        )
        themes = app.screen
        assert isinstance(themes, CommandPalette)
        # Named as the settings screen names them, not by their ids.
        await wait_until(pilot, lambda: "Textual dark" in listed(themes))
        assert "ANSI dark" in listed(themes)
        assert not any("-" in entry for entry in listed(themes))


async def test_the_demo_privacy_screen_says_its_folder_is_thrown_away(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DEMO_ENV, "1")
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("v")
        assert isinstance(app.screen, PrivacyScreen)

        state = " ".join(shown(app, "#privacy-state").split())
        assert "throw-away folder that is removed when the demo quits" in state
        assert "plain JSON" not in state
        assert shown(app, "#privacy-folder").startswith("Demo folder, removed")
        wipe = shown(app, "#privacy-wipe")
        assert "rm -f" not in wipe
        assert "Nothing to wipe" in wipe


async def test_outside_the_demo_the_privacy_screen_offers_the_wipe_command(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DEMO_ENV, raising=False)
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("v")

        assert "plain JSON" in shown(app, "#privacy-state")
        assert shown(app, "#privacy-folder").startswith("Data folder:")
        assert "rm -f" in shown(app, "#privacy-wipe")
