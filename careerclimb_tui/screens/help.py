"""The help dialog: what the current screen is for, the method behind it, its keys."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.actions import parse
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
    """The purpose and method sentences for a screen.

    A screen that changes what it is for as it is used (the win form, quick or
    guided) names the help it needs in ``help_topic``; one whose help counts
    or names what changes with the app words it in ``help_sentences()``;
    others are looked up by their class's name.
    """
    worded = getattr(screen, "help_sentences", None)
    if worded is not None:
        sentences: tuple[str, str] = worded()
        return sentences
    topic = getattr(screen, "help_topic", "") or type(screen).__name__
    return catalogue.HELP_SCREENS.get(topic, catalogue.HELP_DEFAULT)


def help_title(screen: Screen[object]) -> str:
    """What the help's title calls a screen: its ``help_name``, else its category."""
    return (
        getattr(screen, "help_name", "")
        or getattr(screen, "COMMAND_CATEGORY", "")
        or catalogue.APP_NAME
    )


_KEY_WORDS = {
    "esc": "Esc",
    "escape": "Esc",
    "⏎": "Enter",
    "⌫": "Backspace",
    "del": "Del",
    "delete": "Del",
    "pgup": "PgUp",
    "pageup": "PgUp",
    "pgdn": "PgDn",
    "pagedown": "PgDn",
}
"""Keys whose name the help writes otherwise than by a capital first letter."""


def _key_word(word: str, modified: bool) -> str:
    """One key of a combination, in the help's style.

    A typed character ("q", "?", "[", "↑") is left as it is, unless a modifier
    comes before it, as in "Ctrl+S"; a named key starts with a capital.
    """
    named = _KEY_WORDS.get(word.lower())
    if named is not None:
        return named
    if len(word) == 1:
        return word.upper() if modified else word
    if word.isascii() and word.isalnum():
        return word[0].upper() + word[1:]
    return word


def key_text(shown: str) -> str:
    """A key as the help and the palette write it: "Esc", "Enter", "Ctrl+S", "F3".

    Every key name the help screen and the command palette show comes through
    here, so they all read alike, and alike with the app's own sentences.

    Args:
        shown: the key as the footer shows it ("esc", "⏎", "^s", "f3"), as a
            binding names it ("shift+tab"), or already written for the help;
            several keys may be given apart by spaces ("PgUp PgDn").

    Returns:
        The key for the help table; typed characters are left as they are.
    """
    if " " in shown:
        return " ".join(key_text(part) for part in shown.split(" ") if part)
    if len(shown) == 1:
        return _key_word(shown, modified=False)
    *modifiers, key = shown.split("+")
    if key.startswith("^") and len(key) > 1:
        modifiers, key = ["ctrl", *modifiers], key[1:]
    # Ctrl first, as people say it: "Ctrl+Shift+Home", not "Shift+Ctrl+Home".
    names = sorted(
        (_key_word(modifier, modified=True) for modifier in modifiers),
        key=lambda name: name != "Ctrl",
    )
    return "+".join([*names, _key_word(key, modified=bool(names))])


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


def applies(node: DOMNode, binding: Binding) -> bool:
    """Whether a binding's action applies now: its node's ``check_action`` does
    not hide it (Start, once a rehearsal has started). A dimmed one applies,
    and so does one the node names in ``HELP_KEPT_WHILE_TYPING``: hidden only
    while a field takes its key, it works again once the focus leaves."""
    namespace, name, parameters = parse(binding.action)
    if namespace or name in getattr(node, "HELP_KEPT_WHILE_TYPING", ()):
        return True
    return node.check_action(name, parameters) is not False


def moves_the_view(screen: Screen[object], binding: Binding) -> bool:
    """Whether a key of ``screen`` only moves what it shows (a page, a table's
    columns), as a widget's own arrows do: the screen names such keys' ids in
    ``VIEW_KEYS``. The help lists them after the screen's actions; the
    palette, a list of things to do, leaves them out."""
    return (binding.id or "") in getattr(screen, "VIEW_KEYS", ())


# The help's groups of keys, in the order they are listed: what the screen is
# for comes first; moving about it, leaving it and the keys of every screen last.
_ACTIONS, _MOVING, _LEAVING, _EVERYWHERE = range(4)


def _place(
    screen: Screen[object], node: DOMNode, binding: Binding
) -> tuple[int, int, str]:
    """Where a key is listed: its group, its place in the declared order, and
    its action as grouped (a dialog's own ``app.help`` is the app's ``help``)."""
    app_keys = declared_bindings(screen.app)
    app_actions = {each.action for each in app_keys}
    action = binding.action
    if node is not screen or action.removeprefix("app.") in app_actions:
        action = action.removeprefix("app.")
        # As the app declares them: Quit, then F1 and ? for help.
        same = [i for i, each in enumerate(app_keys) if each.action == action]
        exact = [i for i in same if app_keys[i].key == binding.key]
        return _EVERYWHERE, (exact or same)[0], action
    own = declared_bindings(screen)
    index = next(
        (
            i
            for i, each in enumerate(own)
            if each.key == binding.key and each.action == action
        ),
        len(own),
    )
    if moves_the_view(screen, binding):
        return _MOVING, index, action
    # Esc leaves (or steps back towards leaving, as a search cleared first).
    leaving = {each.action for each in own if each.key == "escape"}
    return (_LEAVING if action in leaving else _ACTIONS), index, action


def screen_keys(screen: Screen[object]) -> list[tuple[str, str]]:
    """(key, what it does) for every described key a screen offers.

    The screen's actions come first, in the order it declares them; then the
    keys that move about it (its widgets' own, which no binding describes,
    then its page keys); then the key that leaves it; last the app's, which
    work everywhere (Quit, Help), ending with the command palette's. A dialog's
    own help key is listed with the app's. A key that the focused field keeps
    for itself (Delete in a search box, ? typed as text) is listed all the
    same: the screen's footer and hint lines name it, and it works again once
    the focus leaves the field. Keys for the same action are listed together,
    under one description, so they never read as two different things.
    """
    rows: list[tuple[tuple[int, int], str, str, str]] = []
    widget_keys = list(getattr(screen, "HELP_WIDGET_KEYS", ()))
    seen: set[str] = {key for key, _ in widget_keys}
    widget_keys = [(key_text(key), does) for key, does in widget_keys]

    def add(node: DOMNode, binding: Binding) -> None:
        seen.add(binding.key)
        group, index, action = _place(screen, node, binding)
        key = key_text(screen.app.get_key_display(binding))
        rows.append(((group, index), key, binding.description, action))

    for key, active in screen.active_bindings.items():
        # Only the keys this app defines (they all carry an id): a focused widget's
        # cursor keys and Textual's own would crowd out what the screen is for.
        if active.node not in (screen, screen.app) or active.binding.id is None:
            continue
        if active.binding.description and key not in seen:
            add(active.node, active.binding)

    # A modal screen shuts the app's keys out, so only its own can be taken;
    # all but the app's priority keys (F1, Ctrl+Q), which reach the app first.
    nodes: tuple[DOMNode, ...] = (screen,) if screen.is_modal else (screen, screen.app)
    for node in nodes:
        for binding in declared_bindings(node):
            if binding.key in seen or binding.id is None or not binding.description:
                continue
            if taken_by_focus(screen, binding.key) and applies(node, binding):
                add(node, binding)
    if screen.is_modal:
        for binding in declared_bindings(screen.app):
            if binding.priority and binding.id and binding.key not in seen:
                add(screen.app, binding)

    # Sorted on the group and the declared order only: the order keys come in
    # (a focused table's page keys first) says nothing about what they are for.
    rows.sort(key=lambda row: row[0])
    grouped = {
        group: _together([row[1:] for row in rows if row[0][0] == group])
        for group in (_ACTIONS, _MOVING, _LEAVING, _EVERYWHERE)
    }
    keys = grouped[_ACTIONS] + widget_keys + grouped[_MOVING]
    keys += grouped[_LEAVING] + grouped[_EVERYWHERE]
    if screen.app.ENABLE_COMMAND_PALETTE:
        palette = key_text(catalogue.HELP_PALETTE_KEY)
        keys.append((palette, catalogue.HELP_PALETTE_ACTION))
    return keys


def _together(rows: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """(key, what it does), each action's keys next to each other, in the order
    the actions first come, under the fullest of their descriptions (the
    footer's may be cut short for room)."""
    by_action: dict[str, list[tuple[str, str]]] = {}
    for key, does, action in rows:
        by_action.setdefault(action, []).append((key, does))
    together: list[tuple[str, str]] = []
    for keys in by_action.values():
        fullest = max((does for _, does in keys), key=len)
        together.extend((key, fullest) for key, _ in keys)
    return together


SMALL_BELOW_WIDTH = 60
"""Terminal width below which the help takes the whole width."""
SMALL_BELOW_HEIGHT = 20
"""Terminal height below which the help takes the whole height."""


class HelpPage(VerticalScroll):
    """The help's scrolling page, saying on its last row while more is below.

    A scroll bar alone is easy to miss, and without colour it is not drawn at
    all; the line goes once the page is scrolled to its end, or fits whole.
    """

    _end_asked = False
    """End was pressed and the end not reached yet: the page may still grow."""

    def on_resize(self) -> None:
        self._say_if_more()

    def watch_virtual_size(self) -> None:
        # The content may grow with no resize sent: the keys' table takes its
        # full height late, and the scroll bar, once shown, makes the text wrap
        # onto more rows.
        self.call_after_refresh(self._say_if_more)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if new_value < old_value:
            self._end_asked = False
        self._say_if_more()

    def action_scroll_end(self) -> None:
        # Taken even while the page still fits: pressed as the help opens, End
        # is kept until the page is laid out and has an end to go to.
        self._end_asked = True
        if self.max_scroll_y > 0:
            self.scroll_end()

    def _say_if_more(self) -> None:
        found = self.query("#help-more") if self.is_mounted else None
        if not found:
            # Not composed yet, or already being taken down as the help closes
            # while a scroll is still under way.
            return
        more = found.first()
        shown = round(self.scroll_y) < self.max_scroll_y
        if more.display and not shown:
            # The line gives its row back, so the end comes a row sooner than
            # the scroll aimed for: aim at where it stopped, or the first Up
            # would only move the aim back to the end.
            self.call_after_refresh(self._aim_where_it_is)
        elif shown and self._aims_at_the_end():
            # The page grew (the line itself takes a row) after End aimed at
            # the end it had then: go on to the end it has now.
            self.call_after_refresh(self._aim_at_the_end)
        more.display = shown

    def _aims_at_the_end(self) -> bool:
        if self.max_scroll_y <= 0:
            return False
        return self._end_asked or self.scroll_target_y >= self.max_scroll_y

    def _aim_where_it_is(self) -> None:
        self._end_asked = False
        self.scroll_target_y = self.scroll_y

    def _aim_at_the_end(self) -> None:
        if self.scroll_target_y != self.max_scroll_y:
            self.scroll_to(y=self.max_scroll_y)


class HelpKeys(DataTable[Text]):
    """The help's keys, each description wrapped to the width the dialog gives.

    A description wider than the table would be cut at its edge, with a scroll
    bar under the table that reads as a stray cursor; wrapped, every word shows
    and nothing scrolls sideways.
    """

    KEY_HEADING = "Key"
    ACTION_HEADING = "Action"
    LEAST_ACTION_WIDTH = 10
    """The fewest cells a description is wrapped to, however narrow the table."""

    def __init__(self, rows: list[tuple[str, str]], *, id: str | None = None) -> None:
        super().__init__(id=id, show_cursor=False)
        self.key_rows = rows
        """(key, what it does), in the order they are listed."""
        self._fitted_to = -1

    def on_mount(self) -> None:
        # Listed at once, at the terminal's width; fitted once the table is laid out.
        self._fit(self.size.width or self.app.size.width)

    def on_resize(self) -> None:
        self._fit(self.size.width)

    def _fit(self, width: int) -> None:
        """Lay the rows out again for a table ``width`` cells wide."""
        if width == self._fitted_to or width <= 0:
            return
        self._fitted_to = width
        keys = max(
            [cell_len(key) for key, _ in self.key_rows] + [cell_len(self.KEY_HEADING)]
        )
        # Each column has a cell of padding on either side.
        padding = 2 * self.cell_padding
        action = max(width - keys - 2 * padding, self.LEAST_ACTION_WIDTH)

        self.clear(columns=True)
        self.add_column(self.KEY_HEADING, width=keys)
        self.add_column(self.ACTION_HEADING, width=action)
        lines = 0
        for key, description in self.key_rows:
            text = Text(description)
            # None: the row is as tall as its wrapped description.
            self.add_row(Text(key), text, height=None)
            lines += len(text.wrap(self.app.console, action))
        # As tall as its rows, so the dialog is the one region that scrolls and
        # no key hides inside the table.
        self.styles.max_height = lines + self.header_height


class HelpScreen(ModalScreen[None]):
    """Explains the screen beneath it."""

    CSS_PATH = "help.tcss"
    # On a small terminal the dialog takes all of it (see help.tcss).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (SMALL_BELOW_WIDTH, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (SMALL_BELOW_HEIGHT, "-tall")]
    BINDINGS = [
        Binding("escape,q,f1,question_mark", "close", "Close", id="help.close"),
    ]
    # Over the help, the palette lists this last, after the explained screen's.
    PALETTE_TITLES = {"close": catalogue.COMMAND_CLOSE_HELP}

    def __init__(self, about: Screen[object]) -> None:
        super().__init__()
        self.about = about

    def compose(self) -> ComposeResult:
        purpose, method = describe_screen(self.about)
        title = help_title(self.about)
        with HelpPage(id="help"):
            # Docked, it stays on the dialog's last row while the rest scrolls.
            yield Static(catalogue.HELP_MORE, id="help-more")
            # Plain text: a dialog's name may quote what the user typed.
            yield Static(
                catalogue.HELP_TITLE.format(screen=title),
                id="help-title",
                markup=False,
            )
            yield Static(purpose)
            yield Static(method, classes="hint")
            yield Static(catalogue.HELP_KEYS, classes="section-title")
            keys = HelpKeys(screen_keys(self.about), id="help-keys")
            # Unfocused, it leaves the arrow and page keys to the page, which
            # then scrolls back up as well as down.
            keys.can_focus = False
            yield keys
            yield Static(catalogue.HELP_CLOSE, classes="hint")
        # Its own footer, over the explained screen's: only closing works here.
        yield SteadyFooter()

    def action_close(self) -> None:
        self.dismiss()
