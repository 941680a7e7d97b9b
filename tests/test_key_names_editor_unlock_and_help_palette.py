"""Keys named one way on the help, the editor variables said alike, the unlock
dialog's own word for a wrong passphrase, and the palette opened over the help."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from textual.app import App
from textual.binding import Binding
from textual.command import CommandList, CommandPalette
from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.commands import CareerClimbCommands
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.editor import editor_command
from careerclimb_tui.screens.help import HelpScreen, key_text
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.passphrase import Mode, PassphraseScreen
from careerclimb_tui.screens.problem_proposal import ProposalScreen
from careerclimb_tui.store import Store, crypto
from tests.helpers import make_app, type_text, wait_until

README = Path(__file__).parents[1] / "README.md"
CHEAP = crypto.KdfSettings(crypto.ARGON2ID, cost=8, rounds=1, lanes=1)
PASSPHRASE = "correct horse battery"


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stretch passphrases cheaply: the wording is tested here, not the KDF."""
    monkeypatch.setattr(crypto, "DEFAULT_KDF", CHEAP)


async def help_opened(pilot: object, app: App[None]) -> None:
    """Wait until the help is showing with its keys listed."""
    await wait_until(
        pilot,
        lambda: (
            isinstance(app.screen, HelpScreen)
            and app.screen.is_mounted
            and bool(app.screen.query("#help-keys"))
        ),
    )
    await pilot.pause()  # type: ignore[attr-defined]


def help_rows(app: App[None]) -> list[tuple[str, str]]:
    table = app.screen.query_one("#help-keys", DataTable)
    rows = (table.get_row_at(row) for row in range(table.row_count))
    return [(str(key), str(action)) for key, action in rows]


# --- one way of naming keys on the help ------------------------------------------


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (("w",), [("Esc", "Cancel"), ("Ctrl+S", "Save"), ("F2", "Save")]),
        (("j",), [("Enter", "Open the highlighted win"), ("Del", "Delete")]),
        (("l",), [("PgUp PgDn", "Scroll a page of dimensions at a time")]),
    ],
    ids=["win form", "journal", "ladder"],
)
async def test_the_help_names_every_key_as_the_apps_sentences_do(
    store: Store,
    clock: FixedClock,
    opening: tuple[str, ...],
    expected: list[tuple[str, str]],
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*opening)
        await pilot.pause()
        app.action_help()
        await help_opened(pilot, app)
        rows = help_rows(app)

    assert all(row in rows for row in expected), rows
    keys = [key for key, _ in rows]
    assert all(key == key_text(key) for key in keys), keys
    assert not {"esc", "⏎", "enter", "tab", "del", "^s"} & set(keys)


# --- the editor variables, said alike on the help and in the README ----------------


def test_the_editor_key_and_the_readme_name_visual_before_editor() -> None:
    action = catalogue.EDITOR_KEY_ACTION
    readme = " ".join(README.read_text(encoding="utf-8").split())

    assert action.index("$VISUAL") < action.index("$EDITOR")
    assert "`$VISUAL` first, then `$EDITOR`, then `vi`" in readme
    assert editor_command({"VISUAL": "ed", "EDITOR": "nano"}) == ["ed"]
    assert editor_command({"EDITOR": "nano"}) == ["nano"]
    assert editor_command({}, which=lambda name: f"/usr/bin/{name}") == ["vi"]
    for screen in (LogWinScreen, ProposalScreen):
        described = {
            binding.description
            for cls in screen.__mro__
            for binding in Binding.make_bindings(vars(cls).get("BINDINGS", ()))
            if binding.action == "external_editor"
        }
        assert described == {action}, screen


async def test_the_win_forms_help_names_both_editor_variables(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        app.action_help()
        await help_opened(pilot, app)
        rows = help_rows(app)

    assert ("Ctrl+O", "Edit in $VISUAL or $EDITOR") in rows


# --- a wrong passphrase: the unlock dialog's words, and the command line's ---------


async def test_the_unlock_dialog_asks_again_in_its_own_words(
    store: Store, clock: FixedClock, cheap_kdf: None
) -> None:
    seed_demo(store, clock.today())
    store.encrypt(PASSPHRASE)
    locked = Store(store.path, clock=clock)
    app = make_app(locked, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        prompt = app.screen
        assert isinstance(prompt, PassphraseScreen) and prompt.mode is Mode.UNLOCK
        await type_text(pilot, "not it at all")
        await pilot.press("enter")
        await wait_until(pilot, lambda: not prompt.busy)
        said = str(prompt.query_one("#passphrase-status", Static).render())

    assert said == catalogue.PRIVACY_UNLOCK_WRONG
    assert "Nothing was changed" not in said


def test_the_command_line_keeps_saying_nothing_was_changed(
    store: Store,
    clock: FixedClock,
    cheap_kdf: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed_demo(store, clock.today())
    store.encrypt(PASSPHRASE)
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, "guessing")
    monkeypatch.setenv(catalogue.PRIVACY_NEW_PASSPHRASE_ENV, "a brand new one")

    for command in (["passphrase"], ["decrypt"]):
        assert main(command, clock=clock, out=io.StringIO()) == 5
        said = " ".join(capsys.readouterr().err.split())
        assert catalogue.PRIVACY_WRONG_PASSPHRASE in said, command
        assert catalogue.PRIVACY_UNLOCK_WRONG not in said


# --- the palette over the help -------------------------------------------------------


async def open_palette_over_help(
    app: App[None], pilot: object, *opening: str
) -> tuple[HelpScreen, list[str]]:
    await pilot.press(*opening, "f1")  # type: ignore[attr-defined]
    await help_opened(pilot, app)
    help_screen = app.screen
    assert isinstance(help_screen, HelpScreen)
    await pilot.press("ctrl+p")  # type: ignore[attr-defined]
    await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
    palette = app.screen
    await wait_until(pilot, lambda: palette.has_class("-ready"))
    listed = palette.query_one(CommandList)
    await wait_until(pilot, lambda: not listed.has_class("--populating"))
    shown = [
        str(listed.get_option_at_index(i).hit.text)  # type: ignore[attr-defined]
        for i in range(listed.option_count)
    ]
    return help_screen, shown


@pytest.mark.parametrize(
    ("opening", "first"),
    [((), catalogue.COMMAND_LOG_WIN), (("j",), "Journal: Edit")],
    ids=["home", "journal"],
)
async def test_the_palette_over_the_help_offers_the_screens_actions_first(
    store: Store, clock: FixedClock, opening: tuple[str, ...], first: str
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        help_screen, shown = await open_palette_over_help(app, pilot, *opening)
        provider = CareerClimbCommands(help_screen)
        ours = [command.title for command in provider._commands()]

    assert shown[0] == first
    assert "Close" not in shown
    assert catalogue.COMMAND_HELP not in shown
    # Closing comes after every other entry of the app's own.
    closing = shown.index(catalogue.COMMAND_CLOSE_HELP)
    assert ours[-1] == catalogue.COMMAND_CLOSE_HELP
    assert all(shown.index(title) < closing for title in ours[:-1])


async def test_a_place_picked_over_the_help_closes_the_help_and_opens(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await open_palette_over_help(app, pilot)
        await type_text(pilot, "wins journal")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        stack = [type(screen) for screen in app.screen_stack]

    assert HelpScreen not in stack
    assert stack.count(HomeScreen) == 1
