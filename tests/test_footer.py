"""At 80×24 every screen's footer shows whole keys, six at most; help lists the rest.

A dialog brings its own footer, so the keys of the screen behind it, which do
nothing while it is open, are not offered.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.pilot import Pilot
from textual.screen import ModalScreen
from textual.widgets import Footer, Input

# Not exported by textual.widgets, but it is the widget the footer draws a key with.
from textual.widgets._footer import FooterKey

from careerclimb_tui import screens, widgets
from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import (
    DEMO_PROFILE,
    seed_case_demo,
    seed_demo,
    seed_manager_demo,
    seed_problem_demo,
)
from careerclimb_tui.routes import ROUTES
from careerclimb_tui.screens.help import key_text, screen_keys
from careerclimb_tui.screens.passphrase import PassphraseScreen
from careerclimb_tui.store import Store, crypto
from tests.helpers import make_app, wait_until

MAX_FOOTER_KEYS = 6
WIDTH, HEIGHT = 80, 24

Opener = Callable[[CareerClimbApp, Pilot[None]], Awaitable[None]]


def keys(*pressed: str) -> Opener:
    """Open a screen by the keys a person would press from home."""

    async def press(app: CareerClimbApp, pilot: Pilot[None]) -> None:
        await pilot.press(*pressed)

    return press


def route(name: str) -> Opener:
    """Open a screen by its route, as the command palette does."""

    async def go(app: CareerClimbApp, pilot: Pilot[None]) -> None:
        app.action_open(name)

    return go


def steps(*openers: Opener) -> Opener:
    """Open a screen by several openers, one after the other."""

    async def run(app: CareerClimbApp, pilot: Pilot[None]) -> None:
        for opener in openers:
            await opener(app, pilot)
            await pilot.pause()

    return run


async def walk_the_quarter(app: CareerClimbApp, pilot: Pilot[None]) -> None:
    """Answer every win of the quarter, which ends on the review summary."""
    from tests.test_review_flow import QUARTER, answer_win

    await pilot.press("r", "s")
    for *_, answers in QUARTER:
        await answer_win(pilot, answers)


def career(store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())


def quarter(store: Store, clock: FixedClock) -> None:
    from tests.test_review_flow import seed_quarter

    seed_quarter(store, clock)


def profile(store: Store, clock: FixedClock) -> None:
    store.save_profile(DEMO_PROFILE)


def manager(store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())


def peers(store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())


async def second_problem(app: CareerClimbApp, pilot: Pilot[None]) -> None:
    """Start a problem of one's own while another is being driven."""
    from tests.test_problem_flow import start_own_problem

    await pilot.press("o")
    await start_own_problem(pilot, "On-call pages for alerts that need nothing")


async def replace_an_export(app: CareerClimbApp, pilot: Pilot[None]) -> None:
    """Export the proposal to a file that is already there."""
    from careerclimb_tui.screens.problem_dialogs import ExportDialog

    target = Path.home() / "proposal.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("an earlier export\n", encoding="utf-8")
    await pilot.press("o", "enter", "p", "f3")
    await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
    app.screen.query_one("#field-path", Input).value = str(target)
    await pilot.press("enter")


Seed = Callable[[Store, FixedClock], None]

# Every route, then the screens and forms reached from home or from a route.
SCREENS: list[tuple[str, Seed, Opener]] = [
    *((name, career, route(name)) for name in ROUTES),
    ("home", career, keys()),
    ("ladder", career, keys("l")),
    ("log_win", career, keys("w")),
    ("quick_win", career, keys("k")),
    ("profile", career, keys("e")),
    ("initiative", career, keys("o", "enter")),
    ("problem_finder", career, keys("o", "f")),
    ("problem_catalogue", career, keys("o", "c")),
    ("problem_of_your_own", career, keys("o", "w", "y")),
    ("proposal", career, keys("o", "enter", "p")),
    ("record_a_talk", career, keys("m", "n")),
    ("rehearsal", career, keys("m", "r")),
    ("peer_form", career, keys("P", "n")),
    ("review_walk", quarter, keys("r", "s")),
    ("review_summary", quarter, walk_the_quarter),
]

# Every dialog, named by its class, and how a person gets to it.
DIALOGS: list[tuple[str, Seed, Opener]] = [
    ("StageDialog", career, keys("o", "enter", "a", "y")),
    ("NoteDialog", career, keys("o", "enter", "n")),
    ("ReadingDialog", career, keys("o", "enter", "m")),
    ("ReadingsDialog", career, keys("o", "enter", "r")),
    ("ReadingFixDialog", career, keys("o", "enter", "r", "enter")),
    ("PeopleDialog", career, keys("o", "enter", "k")),
    ("DetailsDialog", career, keys("o", "enter", "e")),
    ("LinkWinsDialog", career, keys("o", "enter", "l")),
    ("ExportDialog", career, keys("o", "enter", "p", "f3")),
    ("ReplaceFileDialog", career, replace_an_export),
    ("ActiveInitiativeDialog", career, second_problem),
    ("LineDialog", manager, keys("m", "p", "a")),
    ("ChoiceDialog", manager, keys("m", "c", "s")),
    ("EvidencePickerDialog", manager, keys("m", "c", "l")),
    ("ConversationDialog", manager, keys("m", "tab", "down", "enter")),
    ("QuestionsDialog", peers, steps(route("peers"), keys("a"))),
    ("PeerItemDialog", career, keys("P", "n", "ctrl+n")),
    ("OverrideDialog", quarter, keys("r", "s", "o")),
    ("DimensionsDialog", quarter, keys("r", "s", "d")),
    ("HelpScreen", career, keys("j", "f1")),
    ("PassphraseScreen", career, keys("v", "e")),
    ("ConfirmDialog", profile, keys("w", *"Half", "escape")),
    ("WinDetailScreen", career, keys("j", "down", "enter")),
    ("ShortPitchDialog", career, keys("p", "ctrl+t")),
    ("PitchVersionsDialog", career, keys("p", "ctrl+l")),
    ("DimensionWinsDialog", career, keys("g", "enter")),
]

# Dialogs not opened above, and why they need no footer of their own.
WITHOUT_FOOTER = {
    # Only ever opened through one of their subclasses.
    "FormDialog",
    "KeysOnlyDialog",
    # Covers the whole terminal and offers no key until it lifts by itself.
    "TooSmallScreen",
}


@pytest.mark.parametrize(
    ("name", "seed", "opener"),
    [*SCREENS, *DIALOGS],
    ids=[screen[0] for screen in [*SCREENS, *DIALOGS]],
)
async def test_the_footer_at_80_by_24_shows_every_key_it_offers_whole(
    store: Store, clock: FixedClock, name: str, seed: Seed, opener: Opener
) -> None:
    seed(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        await pilot.pause()
        await opener(app, pilot)
        await wait_until(pilot, lambda: bool(app.screen.query(FooterKey)))
        await pilot.pause()
        screen = app.screen
        footer = screen.query_one(Footer)

        every = list(footer.query(FooterKey))
        palette = [k for k in every if k.has_class("-command-palette")]
        shown = [k for k in every if k not in palette]
        assert 0 < len(shown) <= MAX_FOOTER_KEYS, [k.description for k in shown]

        # A key is cut off when it runs under the palette key docked on the right,
        # or past the edge of the terminal.
        room = palette[0].region.x if palette else footer.region.right
        assert room <= WIDTH
        for key in shown:
            assert key.region.width > 0, key.description
            assert key.region.right <= room, (key.description, key.region, room)

        # Every key of the screen is described; those left out of the footer are
        # listed by help (when they act on this screen right now).
        for binding in vars(type(screen)).get("BINDINGS", []):
            assert isinstance(binding, Binding), (name, binding)
            assert binding.description and binding.id, (name, binding.key)
        listed = {description for _, description in screen_keys(screen)}
        for active in screen.active_bindings.values():
            ours = active.node is screen and active.binding.id is not None
            if ours and not active.binding.show:
                assert active.binding.description in listed, (name, active.binding)


SMALL_WIDTH, SMALL_HEIGHT = 40, 12


@pytest.mark.parametrize(
    ("name", "seed", "opener"),
    [*SCREENS, *DIALOGS],
    ids=[screen[0] for screen in [*SCREENS, *DIALOGS]],
)
async def test_the_footer_at_40_by_12_drops_a_key_that_does_not_fit_whole(
    store: Store, clock: FixedClock, name: str, seed: Seed, opener: Opener
) -> None:
    seed(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(SMALL_WIDTH, SMALL_HEIGHT)) as pilot:
        await pilot.pause()
        await opener(app, pilot)
        await wait_until(pilot, lambda: bool(app.screen.query(FooterKey)))
        screen = app.screen
        footer = screen.query_one(Footer)

        def keys() -> tuple[list[FooterKey], list[FooterKey], list[FooterKey]]:
            every = list(footer.query(FooterKey))
            palette = [k for k in every if k.has_class("-command-palette")]
            shown = [k for k in every if k not in palette and k.display]
            return every, palette, shown

        def every_shown_key_fits() -> bool:
            _, palette, shown = keys()
            room = palette[0].region.x if palette else footer.region.right
            return all(0 < k.region.width and k.region.right <= room for k in shown)

        # The footer drops what does not fit once it is laid out: wait for that.
        await wait_until(pilot, every_shown_key_fits)
        every, palette, shown = keys()
        assert shown, "the footer keeps the keys that fit"

        # The way out is kept over the other keys.
        for key in every:
            if key.key == "escape":
                assert key in shown, (name, key.description)

        # The keys left out for want of room are still on the help screen.
        listed = {key for key, _ in screen_keys(screen)}
        for key in every:
            if key not in palette and not key.display:
                assert key_text(key.key_display) in listed, (name, key.description)


def every_dialog_class() -> Iterator[str]:
    """The name of every modal screen the app defines."""
    for package in (screens, widgets):
        for module_info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{module_info.name}")
            for name, value in vars(module).items():
                if (
                    isinstance(value, type)
                    and issubclass(value, ModalScreen)
                    and value.__module__ == module.__name__
                ):
                    yield name


def test_every_dialog_is_opened_by_the_footer_tests() -> None:
    opened = {name for name, _, _ in DIALOGS}
    missing = set(every_dialog_class()) - opened - WITHOUT_FOOTER
    assert not missing, f"open these dialogs in DIALOGS: {sorted(missing)}"


async def shown_keys(app: CareerClimbApp, pilot: Pilot[None]) -> list[FooterKey]:
    """The keys the top screen's own footer shows, the palette key left out."""
    await wait_until(pilot, lambda: bool(app.screen.query(FooterKey)))
    await pilot.pause()
    # Queried from the top screen, so a footer of the screen behind is not found.
    footer = app.screen.query_one(Footer)
    return [
        key for key in footer.query(FooterKey) if not key.has_class("-command-palette")
    ]


@pytest.mark.parametrize(
    ("name", "seed", "opener"), DIALOGS, ids=[dialog[0] for dialog in DIALOGS]
)
async def test_a_dialogs_footer_offers_only_its_own_keys_and_the_apps(
    store: Store, clock: FixedClock, name: str, seed: Seed, opener: Opener
) -> None:
    seed(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        await pilot.pause()
        await opener(app, pilot)
        await wait_until(pilot, lambda: type(app.screen).__name__ == name)
        dialog = app.screen
        shown = await shown_keys(app, pilot)

        active = dialog.active_bindings
        for key in shown:
            owner = active[key.key].node
            assert owner is dialog or owner is app, (key.key, key.description, owner)
        own = {key.description for key in shown if active[key.key].node is dialog}
        assert own, "the footer says what the dialog's own keys do"
        offered = {
            bound.binding.description
            for bound in active.values()
            if bound.node is dialog and bound.binding.show
        }
        assert own == offered


async def test_the_unlock_prompt_offers_enter_to_unlock_and_escape_as_quitting(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Stretched cheaply: what the footer says is tested here, not the key stretch.
    cheap = crypto.KdfSettings(crypto.ARGON2ID, cost=8, rounds=1, lanes=1)
    monkeypatch.setattr(crypto, "DEFAULT_KDF", cheap)
    seed_demo(store, clock.today())
    store.encrypt("correct horse battery")
    app = make_app(Store(store.path, clock=clock), clock)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, PassphraseScreen))
        # Enter is offered once the field has the focus, and the footer redrawn.
        await wait_until(
            pilot,
            lambda: any(key.key == "enter" for key in app.screen.query(FooterKey)),
        )
        shown = await shown_keys(app, pilot)

        assert [(key.key, key.description) for key in shown] == [
            ("enter", "Unlock"),
            ("escape", "Quit"),
        ]
