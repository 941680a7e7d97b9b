"""The help dialog: what the current screen is for, the method behind it, its keys."""

from __future__ import annotations

import re

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Static

from careerclimb_tui import catalogue


def describe_screen(screen: Screen[object]) -> tuple[str, str]:
    """The purpose and method sentences for a screen."""
    return catalogue.HELP_SCREENS.get(type(screen).__name__, catalogue.HELP_DEFAULT)


_FUNCTION_KEY = re.compile(r"f\d{1,2}")


def key_text(shown: str) -> str:
    """A key as the help prose writes it: "^q" as "Ctrl+Q", "f1" as "F1".

    Args:
        shown: the key as the footer shows it.

    Returns:
        The key for the help table; other keys are left as they are.
    """
    if _FUNCTION_KEY.fullmatch(shown):
        return shown.upper()
    if shown.startswith("^") and len(shown) == 2:
        return f"Ctrl+{shown[1].upper()}"
    return shown


def screen_keys(screen: Screen[object]) -> list[tuple[str, str]]:
    """(key, what it does) for every described key active on a screen.

    The screen's own keys come first, then the keys its widgets handle
    themselves (which no binding describes), then the app's, which work
    everywhere, ending with the command palette's.
    """
    own: list[tuple[str, str]] = []
    everywhere: list[tuple[str, str]] = []
    seen: set[str] = set()
    for key, active in screen.active_bindings.items():
        description = active.binding.description
        # Only the keys this app defines (they all carry an id): a focused widget's
        # cursor keys and Textual's own would crowd out what the screen is for.
        if active.node not in (screen, screen.app) or active.binding.id is None:
            continue
        if not description or key in seen:
            continue
        seen.add(key)
        rows = own if active.node is screen else everywhere
        rows.append((key_text(screen.app.get_key_display(active.binding)), description))
    widget_keys = list(getattr(screen, "HELP_WIDGET_KEYS", ()))
    if screen.app.ENABLE_COMMAND_PALETTE:
        everywhere.append((catalogue.HELP_PALETTE_KEY, catalogue.HELP_PALETTE_ACTION))
    return own + widget_keys + everywhere


class HelpScreen(ModalScreen[None]):
    """Explains the screen beneath it."""

    CSS_PATH = "help.tcss"
    BINDINGS = [
        Binding("escape,q,f1,question_mark", "close", "Close", id="help.close"),
    ]

    def __init__(self, about: Screen[object]) -> None:
        super().__init__()
        self.about = about

    def compose(self) -> ComposeResult:
        purpose, method = describe_screen(self.about)
        title = getattr(self.about, "COMMAND_CATEGORY", "") or catalogue.APP_NAME
        with VerticalScroll(id="help"):
            yield Static(catalogue.HELP_TITLE.format(screen=title), id="help-title")
            yield Static(purpose)
            yield Static(method, classes="hint")
            yield Static(catalogue.HELP_KEYS, classes="section-title")
            yield DataTable(id="help-keys", show_cursor=False)
            yield Static(catalogue.HELP_CLOSE, classes="hint")
        # Its own footer, over the explained screen's: only closing works here.
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#help-keys", DataTable)
        table.add_columns("Key", "Action")
        for key, description in screen_keys(self.about):
            table.add_row(Text(key), Text(description))

    def action_close(self) -> None:
        self.dismiss()
