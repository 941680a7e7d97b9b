"""The help dialog: what the current screen is for, the method behind it, its keys."""

from __future__ import annotations

import re

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.keys import key_to_character
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.widgets.footer import SteadyFooter


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


def declared_bindings(node: DOMNode) -> list[Binding]:
    """Every binding a node's class and its bases declare, the class's own first."""
    found: list[Binding] = []
    for cls in type(node).__mro__:
        found.extend(Binding.make_bindings(vars(cls).get("BINDINGS", ())))
    return found


def taken_by_focus(screen: Screen[object], key: str) -> bool:
    """Whether the focused widget keeps ``key`` for itself, as a field typing it.

    Args:
        screen: the screen whose focused widget is asked.
        key: a key's name, as bindings write it ("delete", "question_mark").

    Returns:
        True when the focused widget binds the key or takes it as text.
    """
    focused = screen.focused
    if focused is None:
        return False
    active = screen.active_bindings.get(key)
    if active is not None and active.node not in (screen, screen.app):
        return True
    return focused.check_consume_key(key, key_to_character(key))


def screen_keys(screen: Screen[object]) -> list[tuple[str, str]]:
    """(key, what it does) for every described key a screen offers.

    The screen's own keys come first, then the keys its widgets handle
    themselves (which no binding describes), then the app's, which work
    everywhere, ending with the command palette's. A key that the focused
    field keeps for itself (Delete in a search box, ? typed as text) is
    listed all the same: the screen's footer and hint lines name it, and it
    works again once the focus leaves the field.
    """
    own: list[tuple[str, str]] = []
    everywhere: list[tuple[str, str]] = []
    widget_keys = list(getattr(screen, "HELP_WIDGET_KEYS", ()))
    seen: set[str] = {key for key, _ in widget_keys}

    def add(node: DOMNode, binding: Binding) -> None:
        seen.add(binding.key)
        rows = own if node is screen else everywhere
        rows.append(
            (key_text(screen.app.get_key_display(binding)), binding.description)
        )

    for key, active in screen.active_bindings.items():
        # Only the keys this app defines (they all carry an id): a focused widget's
        # cursor keys and Textual's own would crowd out what the screen is for.
        if active.node not in (screen, screen.app) or active.binding.id is None:
            continue
        if active.binding.description and key not in seen:
            add(active.node, active.binding)

    # A modal screen shuts the app's keys out, so only its own can be taken.
    nodes: tuple[DOMNode, ...] = (screen,) if screen.is_modal else (screen, screen.app)
    for node in nodes:
        for binding in declared_bindings(node):
            if binding.key in seen or binding.id is None or not binding.description:
                continue
            if taken_by_focus(screen, binding.key):
                add(node, binding)

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
        yield SteadyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#help-keys", DataTable)
        table.add_columns("Key", "Action")
        rows = screen_keys(self.about)
        for key, description in rows:
            table.add_row(Text(key), Text(description))
        # As tall as its rows, so the dialog is the one region that scrolls and
        # no key hides inside the table; the room for a scroll bar under it is
        # for a narrow terminal, where the descriptions are wider than the table.
        bar = table.styles.scrollbar_size_horizontal
        table.styles.max_height = len(rows) + table.header_height + bar

    def action_close(self) -> None:
        self.dismiss()
