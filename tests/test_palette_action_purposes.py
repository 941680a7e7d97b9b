"""Every action a screen offers in the command palette says what it is for, as the
palette's places do: "{purpose} · key: {key}", not a bare key."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

import pytest
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen
from textual.widgets._footer import FooterKey

from careerclimb_tui import catalogue, screens, widgets
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.commands import (
    CareerClimbCommands,
    PaletteCommand,
    action_purpose,
    app_action,
)
from careerclimb_tui.demo import seed_demo, seed_problem_demo
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.ladder_browser import LadderScreen
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, open_problem_page, wait_until
from tests.test_footer import DIALOGS, SCREENS, Opener, Seed
from tests.test_palette_entries_alike import listed

# Long enough to say what a key does, short enough for one line of the palette.
MAX_PURPOSE = 60
NO_PURPOSE = catalogue.COMMAND_KEY_HELP.format(key="")


def screen_bindings() -> Iterator[tuple[str, Binding]]:
    """Each key, by class, that a screen or dialog of the app runs itself."""
    for package in (screens, widgets):
        for module_info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{module_info.name}")
            for name, value in sorted(vars(module).items()):
                if not (
                    isinstance(value, type)
                    and issubclass(value, Screen)
                    and value.__module__ == module.__name__
                ):
                    continue
                for bindings in value._merge_bindings().key_to_bindings.values():
                    for binding in bindings:
                        # A key that opens a place is offered as that place.
                        own = app_action(binding.action) is None
                        if binding.id and binding.description and own:
                            yield f"{name}:{binding.id}", binding


BINDINGS = dict(screen_bindings())


@pytest.mark.parametrize("binding", BINDINGS.values(), ids=list(BINDINGS))
def test_every_screen_key_has_a_purpose(binding: Binding) -> None:
    assert action_purpose(binding)


@pytest.mark.parametrize(
    ("binding_id", "purpose"),
    catalogue.ACTION_PURPOSES.items(),
    ids=list(catalogue.ACTION_PURPOSES),
)
def test_each_purpose_is_a_short_fragment_of_a_key_the_app_has(
    binding_id: str, purpose: str
) -> None:
    assert binding_id in {binding.id for binding in BINDINGS.values()}
    assert len(purpose) <= MAX_PURPOSE
    assert purpose[0].isupper()
    # The palette's lines are fragments, as the places' purposes are.
    assert not purpose.endswith(".")
    assert purpose == " ".join(purpose.split())


def lacking(commands: Iterator[PaletteCommand]) -> list[str]:
    """The entries whose line under the title names only a key, or nothing."""
    return [
        command.title
        for command in commands
        if not command.help or command.help.startswith(NO_PURPOSE)
    ]


@pytest.mark.parametrize(
    ("name", "seed", "opener"),
    [*SCREENS, *DIALOGS],
    ids=[screen[0] for screen in [*SCREENS, *DIALOGS]],
)
async def test_no_palette_entry_lacks_a_purpose_on_any_screen(
    store: Store, clock: FixedClock, name: str, seed: Seed, opener: Opener
) -> None:
    seed(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        first = app.screen
        await opener(app, pilot)
        await wait_until(
            pilot,
            lambda: (
                (name == "home" or app.screen is not first)
                and bool(app.screen.query(FooterKey))
            ),
            # Walking a whole quarter takes a while on a busy machine.
            tries=1000,
        )
        await pilot.pause()
        shown = type(app.screen).__name__
        commands = list(CareerClimbCommands(app.screen)._commands())

    assert commands, name
    assert not lacking(iter(commands)), (name, shown)


async def test_the_palette_says_what_the_reviews_start_key_is_for(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        await pilot.press("ctrl+p")
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        await wait_until(pilot, lambda: catalogue.COMMAND_QUIT in listed(palette))
        entries = listed(palette)

    assert entries["Reviews: Start or resume"] == (
        "Start this quarter's review, or resume the run in progress · key: s"
    )


async def test_a_problems_keys_and_a_tooltips_key_say_what_they_are_for(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        page = await open_problem_page(pilot)
        on_problem = {c.title: c.help for c in CareerClimbCommands(page)._commands()}
        await pilot.press("escape", "escape")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("l")
        await wait_until(pilot, lambda: isinstance(app.screen, LadderScreen))
        ladder = app.screen
        on_ladder = {c.title: c.help for c in CareerClimbCommands(ladder)._commands()}

    assert on_problem["Problem: People"] == (
        "Record who must agree, who has, and who helped · key: k"
    )
    assert on_problem["Problem: Next stage"] == (
        "Move the problem on to its next stage · key: a"
    )
    # A key with a tooltip and no purpose of its own is described by the tooltip.
    assert on_ladder["Ladder: Lower level"] == (
        "Compare the pair of levels one step down the ladder · key: ["
    )
