"""Start-up as the command line does it: draw home first, then open the data file.

The command line hands the app functions that open the store and find the ladders,
so that the first frame waits for neither. These tests hold the app to what a user
sees: home on screen before the file is read, in the theme they picked, and every
way the file can turn out (sealed, damaged) still handled after that frame.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.settings import Settings
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.damaged import DamagedFileScreen
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.passphrase import PassphraseScreen
from careerclimb_tui.store import Store, crypto, peek
from careerclimb_tui.store.settings_docs import save_settings
from tests.helpers import wait_until
from tests.test_passphrase_flow import CHEAP


def app_as_the_command_line_opens_it(
    path: Path, clock: FixedClock, opened: list[bool]
) -> CareerClimbApp:
    """The app with a store opener that notes whether home was already up."""
    holder: dict[str, CareerClimbApp] = {}

    def open_store() -> Store:
        stack = holder["app"].screen_stack
        opened.append(any(isinstance(screen, HomeScreen) for screen in stack))
        return Store(path, clock=clock)

    app = CareerClimbApp(open_store, load_shelf, clock=clock, data_file=path)
    holder["app"] = app
    return app


async def test_home_is_on_screen_before_the_data_file_is_opened(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    opened: list[bool] = []
    app = app_as_the_command_line_opens_it(store.path, clock, opened)
    async with app.run_test(size=(100, 30)) as pilot:
        home = app.screen
        assert isinstance(home, HomeScreen)
        await wait_until(pilot, lambda: home._recent is not None)
        assert opened == [True]
        assert DEMO_PROFILE.name in str(home.query_one("#profile-line").render())


async def test_the_first_frame_is_drawn_in_the_saved_theme(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_settings(store, Settings(theme="nord"))
    opened: list[bool] = []
    app = app_as_the_command_line_opens_it(store.path, clock, opened)
    async with app.run_test(size=(100, 30)):
        assert app.theme == "nord"


async def test_a_damaged_file_found_after_the_first_frame_offers_the_ways_out(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.path.write_text('{"profile": {"1": {', encoding="utf-8")
    opened: list[bool] = []
    app = app_as_the_command_line_opens_it(store.path, clock, opened)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, DamagedFileScreen))
        assert not any(isinstance(s, HomeScreen) for s in app.screen_stack)
    assert store.path.read_text(encoding="utf-8") == '{"profile": {"1": {'


async def test_a_sealed_file_asks_for_the_passphrase_before_anything_is_read(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crypto, "DEFAULT_KDF", CHEAP)
    store.save_profile(DEMO_PROFILE)
    store.encrypt("correct horse battery")
    opened: list[bool] = []
    app = app_as_the_command_line_opens_it(store.path, clock, opened)
    async with app.run_test(size=(100, 30)):
        assert isinstance(app.screen, PassphraseScreen)
        assert not any(isinstance(s, HomeScreen) for s in app.screen_stack)
        assert True not in opened


# --- the quick look itself ----------------------------------------------------------


def test_the_saved_theme_is_seen_without_opening_the_store(store: Store) -> None:
    store.save_profile(DEMO_PROFILE)
    assert peek.saved_theme(store.path) is None
    save_settings(store, Settings(theme="gruvbox"))
    assert peek.saved_theme(store.path) == "gruvbox"
    assert not peek.is_sealed(store.path)


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (None, "no file yet"),
        (b"", "an empty file"),
        (
            json.dumps({"settings": {"1": {"theme": "nord"}}}, indent=4).encode(),
            "re-indented by hand",
        ),
        (b'{\n "settings": {\n  "1": {"theme": \n }\n}\n', "cut short"),
        (
            b'{\n "settings": {\n  "1": {"theme": 7}\n }\n}\n',
            "a theme that is not text",
        ),
        (crypto.MAGIC + b"\x00" * 64, "sealed"),
    ],
)
def test_a_file_the_quick_look_cannot_read_gives_no_theme(
    tmp_path: Path, content: bytes | None, why: str
) -> None:
    path = tmp_path / "careerclimb.json"
    if content is not None:
        path.write_bytes(content)
    assert peek.saved_theme(path) is None, why
    assert peek.is_sealed(path) == (why == "sealed")


async def test_after_the_passphrase_home_lists_the_recent_wins(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.widgets import DataTable

    from careerclimb_tui.demo import seed_full_demo
    from tests.helpers import type_text

    monkeypatch.setattr(crypto, "DEFAULT_KDF", CHEAP)
    seed_full_demo(store, clock.today())
    store.encrypt("correct horse battery")
    opened: list[bool] = []
    app = app_as_the_command_line_opens_it(store.path, clock, opened)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "correct horse battery")
        await pilot.press("enter")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, HomeScreen) and app.screen._recent is not None
            ),
        )
        await pilot.pause()
        table = app.screen.query_one("#recent", DataTable)
        assert table.row_count > 0
        assert table.size.height > 1, "the header alone, with no row in view"
