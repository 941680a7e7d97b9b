"""The command palette offers what applies now; help explains every screen."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.commands import CareerClimbCommands
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.screens.help import HelpScreen
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until


def palette_titles(app: object) -> list[str]:
    provider = CareerClimbCommands(app.screen)  # type: ignore[attr-defined]
    return [command.title for command in provider._commands()]


async def test_the_palette_offers_win_actions_only_when_there_is_a_win(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        titles = palette_titles(app)
        assert "Journal: Delete" not in titles
        assert "Journal: New win" in titles
        assert "Go: Ladder browser" in titles

        store.add_win(seed_win(clock))
        app.screen.reload()
        await pilot.pause()
        assert "Journal: Delete" in palette_titles(app)


def seed_win(clock: FixedClock):  # type: ignore[no-untyped-def]
    from careerclimb_tui.domain.records import Win

    return Win(title="Halved the build time", date=clock.today())


async def test_the_palette_opens_a_screen_by_name(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await type_text(pilot, "wins journal")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))


async def test_the_palette_offers_each_command_once_and_only_the_apps_own(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        commands = CareerClimbCommands(app.screen)._commands()  # type: ignore[arg-type]
        helps = {command.title: command.help for command in commands}
        titles = palette_titles(app)
        assert len(titles) == len(set(titles))
        assert "Go: Gap view" in titles
        assert "Home: Gaps" not in titles
        assert "g" in helps["Go: Gap view"]
        assert not any("Focus" in title or "Copy" in title for title in titles)


async def test_the_palette_lists_the_apps_commands_before_textuals(
    store: Store, clock: FixedClock
) -> None:
    from textual.command import CommandList, CommandPalette

    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        ours = set(palette_titles(app))
        await pilot.press("ctrl+p")
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        await wait_until(pilot, lambda: palette.has_class("-ready"))
        listed = palette.query_one(CommandList)
        shown = [
            str(listed.get_option_at_index(i).hit.text)  # type: ignore[attr-defined]
            for i in range(listed.option_count)
        ]
        assert len(shown) > len(ours), "Textual's own commands are listed too"
        assert set(shown[: len(ours)]) == ours
        assert catalogue.COMMAND_CHANGE_THEME in shown[len(ours) :]
        assert shown[-1] == catalogue.COMMAND_QUIT
        assert not any("Focus" in text for text in shown)


async def test_a_form_offers_no_navigation_that_would_drop_what_was_typed(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        titles = palette_titles(app)
        assert "Win: Save" in titles
        assert not any(title.startswith("Go:") for title in titles)


async def test_f1_explains_the_screen_and_lists_its_keys(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "f1")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        keys = help_screen.query_one("#help-keys", DataTable)
        actions = {str(keys.get_row_at(i)[1]) for i in range(keys.row_count)}
        assert {"Edit", "Delete", "New win", "Search"} <= actions
        await pilot.press("escape")
        assert isinstance(app.screen, JournalScreen)


async def test_a_question_mark_typed_in_a_field_is_text_not_help(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "slash", "question_mark")
        assert isinstance(app.screen, JournalScreen)
        assert app.screen.query_one("#search", Input).value == "?"
        await pilot.press("escape", "escape")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)


async def test_every_screen_has_its_own_help_text(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui import catalogue

    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        for keys in (("w",), ("j",), ("l",), ("e",), ("j", "enter")):
            await pilot.press(*keys)
            name = type(app.screen).__name__
            assert name in catalogue.HELP_SCREENS, name
            await pilot.press("f1")
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            app.action_go_home()
            await pilot.pause()
        assert not isinstance(app.screen, LogWinScreen)


async def test_searching_theme_offers_only_the_theme_entries(
    store: Store, clock: FixedClock
) -> None:
    from textual.command import CommandList, CommandPalette

    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        await type_text(pilot, "theme")
        listed = palette.query_one(CommandList)

        def shown() -> list[str]:
            options = [
                listed.get_option_at_index(i) for i in range(listed.option_count)
            ]
            # A palette's options carry the hit they were made from.
            hits = [option.hit for option in options]  # type: ignore[attr-defined]
            return [str(hit.text) for hit in hits]

        await wait_until(pilot, lambda: catalogue.COMMAND_CHANGE_THEME in shown())
        await wait_until(pilot, lambda: not listed.has_class("--populating"))
        assert all("theme" in text.casefold() for text in shown()), shown()


def test_a_typed_word_matches_within_one_word_of_a_title() -> None:
    from careerclimb_tui.commands import words_match

    assert words_match("jrnl", "Go: Wins journal")
    assert words_match("wins jour", "Go: Wins journal")
    assert not words_match("theme", "Go: Prepare the promotion conversation")
