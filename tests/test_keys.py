"""Keys that mean one thing everywhere, and dialogs that offer only their own."""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.widgets import Footer, TextArea

# Not exported by textual.widgets, but it is the widget the footer draws a key with.
from textual.widgets._footer import FooterKey

from careerclimb_tui import screens
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_problem_demo
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

EDITORS = Path(__file__).parent / "data" / "editor"


@pytest.fixture
def append_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor that adds a line, run under a driver that cannot hand over."""

    @contextlib.contextmanager
    def suspended(self: object) -> Iterator[None]:
        yield

    from textual.app import App

    monkeypatch.setattr(App, "suspend", suspended)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {EDITORS / 'append.py'}")


def every_screen_binding() -> Iterator[tuple[str, Binding]]:
    """(class name, binding) for every binding of every screen and dialog."""
    for module_info in pkgutil.iter_modules(screens.__path__):
        module = importlib.import_module(f"{screens.__name__}.{module_info.name}")
        for name, value in vars(module).items():
            if not isinstance(value, type) or value.__module__ != module.__name__:
                continue
            for binding in vars(value).get("BINDINGS", []):
                if isinstance(binding, Binding):
                    yield name, binding


def test_ctrl_o_opens_the_users_editor_on_every_screen_that_binds_it() -> None:
    bound = [
        (name, binding.action)
        for name, binding in every_screen_binding()
        if "ctrl+o" in binding.key.split(",")
    ]
    assert bound, "some screen offers the user's editor"
    assert all(action == "external_editor" for _, action in bound), bound


async def test_ctrl_o_opens_the_proposal_in_the_users_editor(
    store: Store, clock: FixedClock, append_editor: None
) -> None:
    from careerclimb_tui.screens.problem_proposal import ProposalScreen

    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o", "enter", "p")
        proposal = app.screen
        assert isinstance(proposal, ProposalScreen)
        area = proposal.query_one("#proposal-text", TextArea)
        await pilot.press("ctrl+o")
        await wait_until(
            pilot, lambda: area.text.rstrip().endswith("Edited in my own editor.")
        )
        assert app.screen is proposal


async def test_the_sixty_second_dialog_shows_only_its_own_keys(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.screens.pitch import ShortPitchDialog

    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", "ctrl+t")
        dialog = app.screen
        assert isinstance(dialog, ShortPitchDialog)
        await wait_until(pilot, lambda: bool(dialog.query(FooterKey)))
        footer = dialog.query_one(Footer)
        shown = {key.description for key in footer.query(FooterKey)}
        assert shown == {"Copy", "Close"}
