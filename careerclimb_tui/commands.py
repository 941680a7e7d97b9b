"""The command palette: every screen and every action that applies right now.

One provider serves the whole app. It offers the keys of the screen the palette was
opened from (only those enabled at this moment, so there is no "Delete win" on an
empty journal) and the screens one can go to, each with a category prefix; every
entry has a line saying what it is for. These come before Textual's own commands, and a
screen's key that opens a screen is offered once, as that screen, with the key
named beside what it is for. The screen showing is not offered as a place to go.
Quitting is offered once, by the app, after every other entry, so that opening the
palette and pressing Enter never closes the app.
A second provider lists the themes by the names the settings screen uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from rich.text import Text
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode
from textual.screen import Screen

from careerclimb_tui import catalogue
from careerclimb_tui.routes import ROUTES

# (title, what it is for, app action, class of the screen it shows or "") for the
# screens one can always go to, outside a form. The screen already showing is
# offered after them.
NAVIGATION: tuple[tuple[str, str, str, str], ...] = (
    (
        catalogue.COMMAND_GO_HOME,
        catalogue.COMMAND_GO_HOME_PURPOSE,
        "go_home",
        "HomeScreen",
    ),
    (catalogue.COMMAND_LOG_WIN, catalogue.COMMAND_LOG_WIN_PURPOSE, "log_win", ""),
    (
        catalogue.COMMAND_QUICK_WIN,
        catalogue.COMMAND_QUICK_WIN_PURPOSE,
        "quick_win",
        "",
    ),
    (
        catalogue.COMMAND_LADDER,
        catalogue.COMMAND_LADDER_PURPOSE,
        "ladder",
        "LadderScreen",
    ),
    *(
        (route.palette_title, route.purpose, f"open({name!r})", route.screen)
        for name, route in ROUTES.items()
    ),
    (
        catalogue.COMMAND_PROFILE,
        catalogue.COMMAND_PROFILE_PURPOSE,
        "edit_profile",
        "",
    ),
    (catalogue.COMMAND_HELP, catalogue.COMMAND_HELP_PURPOSE, "help", ""),
)
HELP_ACTION = "help"
"""The app action that opens the help on the screen showing."""
QUIT_ACTION = "quit"
"""The app action that closes the app: the app offers it, after everything else."""

APP_NAMESPACE = "app."
OWN_COMMAND_SCORE = 1.0
"""The palette lists commands by score, Textual's own at 0: the app's come first."""


def _in_order(letters: str, word: str) -> bool:
    """True when every letter of ``letters`` is in ``word``, in the same order."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def words_match(query: str, title: str) -> bool:
    """True when each word typed is found, letter by letter, inside one word of
    the title.

    Textual's matcher gathers the letters of a query from anywhere in a title, so
    "theme" would find "Go: Prepare the promotion conversation" (t-h-e from
    "the", m from "promotion", e from "conversation"). Asking each typed word to
    sit inside a single word of the title keeps short forms ("jrnl" for
    "journal") and drops such chance matches.

    Args:
        query: what the user typed in the palette.
        title: a command's title.

    Returns:
        Whether the command should be offered for the query.
    """
    words = _words(title)
    return all(any(_in_order(typed, word) for word in words) for typed in _words(query))


def _words(text: str) -> list[str]:
    """The words of a text, folded for comparing, punctuation left out."""
    return "".join(c if c.isalnum() else " " for c in text.casefold()).split()


def action_purpose(binding: Binding) -> str:
    """What a screen's key does for the user, said under its entry in the palette.

    Args:
        binding: a key of the screen, with an id.

    Returns:
        The catalogue's purpose for the key's id; else its tooltip, without the
        full stop that the palette's lines leave out; else "".
    """
    purpose = catalogue.ACTION_PURPOSES.get(binding.id or "")
    if purpose is not None:
        return purpose
    return binding.tooltip.removesuffix(".")


def app_action(action: str) -> str | None:
    """The app action a screen's key runs (``app.open('gaps')`` → ``open('gaps')``).

    Args:
        action: a binding's action.

    Returns:
        The action without its ``app.`` namespace, or None for the screen's own.
    """
    if action.startswith(APP_NAMESPACE):
        return action[len(APP_NAMESPACE) :]
    return None


def _or(keys: str | None, key: str) -> str:
    """``key`` added after the keys already named for an entry ("F1 or ?")."""
    return catalogue.COMMAND_KEYS_OR.join(filter(None, (keys, key)))


@dataclass(frozen=True)
class PaletteCommand:
    """One entry of the palette."""

    title: str
    help: str
    run: Callable[[], None]


class CareerClimbCommands(Provider):
    """Offers the current screen's actions and the app's screens."""

    def _commands(self) -> Iterator[PaletteCommand]:
        """The palette's entries for the screen it was opened on.

        Over the help, they are those of the screen the help explains, each
        closing the help first, and only then closing the help itself: that is
        what Esc does, and the help was opened to find what else can be done.
        """
        from careerclimb_tui.screens.help import HelpScreen

        screen = self.screen
        if not isinstance(screen, HelpScreen):
            yield from self._commands_of(screen)
            return
        yield from self._commands_of(screen.about, closing=screen)
        yield from self._commands_of(screen, navigation=False)

    def _commands_of(
        self,
        screen: Screen[object],
        closing: Screen[object] | None = None,
        navigation: bool = True,
    ) -> Iterator[PaletteCommand]:
        """A screen's own actions, then the places one can go to from it.

        Args:
            screen: the screen whose keys are offered.
            closing: a dialog over that screen, closed before an entry runs.
            navigation: whether to offer the places too.
        """
        # Keys are named as the help names them ("Ctrl+E", "F1"); loaded here,
        # not at start-up, like the screens.
        from careerclimb_tui.screens.help import key_text, moves_the_view

        app = self.app
        category = getattr(screen, "COMMAND_CATEGORY", "")
        # A form that is a step of a flow (a new win, a dialog) is finished or
        # cancelled before going elsewhere; a form that is itself a place, such
        # as the pitch, offers the other places like any screen.
        places = {shows for *_, shows in NAVIGATION if shows}
        is_form = getattr(screen, "IS_FORM", False) and (
            type(screen).__name__ not in places
        )
        destinations = {action for _, _, action, _ in NAVIGATION}
        keys_to: dict[str, str] = {}
        if screen.is_modal:
            # A dialog shuts the app's keys out, all but its priority ones (F1),
            # which reach the app first: they still open the help from here.
            from careerclimb_tui.screens.help import declared_bindings

            for binding in declared_bindings(app):
                if binding.priority and binding.action in destinations:
                    key_shown = key_text(app.get_key_display(binding))
                    keys_to[binding.action] = _or(
                        keys_to.get(binding.action), key_shown
                    )
        # Each action of the screen once, with every key that runs it here.
        actions: dict[tuple[int, str], tuple[Binding, DOMNode, list[str]]] = {}
        for active in screen.active_bindings.values():
            binding = active.binding
            node = active.node
            key_shown = key_text(app.get_key_display(binding))
            if node is app and active.enabled and binding.action in destinations:
                # The app's own keys for a place (F1 and ? for help) work on
                # every screen: all of them are named, in the order declared.
                keys_to[binding.action] = _or(keys_to.get(binding.action), key_shown)
                continue
            # Keys Textual gives every screen (focus next, copy) have no id.
            if node is not screen or not active.enabled or not binding.id:
                continue
            if not binding.description:
                continue
            # A key that only moves the view (a page, a table's columns) stands in
            # for a widget's own key, and those are not offered either.
            if moves_the_view(screen, binding):
                continue
            goes_to = app_action(binding.action)
            if goes_to == QUIT_ACTION:
                continue
            if goes_to in destinations and not is_form:
                # Offered once, as the screen it opens, which names this key
                # beside what the screen is for.
                keys_to[goes_to] = _or(keys_to.get(goes_to), key_shown)
                continue
            found = actions.setdefault((id(node), binding.action), (binding, node, []))
            found[2].append(key_shown)
        for binding, node, keys in actions.values():
            key_shown = catalogue.COMMAND_KEYS_OR.join(keys)
            # A screen may word a key at length here, where the footer has no
            # room, so the words a user would search for find it.
            described = getattr(screen, "PALETTE_TITLES", {}).get(
                binding.action, binding.description
            )
            purpose = action_purpose(binding)
            yield PaletteCommand(
                f"{category}: {described}" if category else described,
                catalogue.COMMAND_GO_KEY_HELP.format(purpose=purpose, key=key_shown)
                if purpose
                else catalogue.COMMAND_KEY_HELP.format(key=key_shown),
                partial(self._run, binding.action, node, closing),
            )
        # A form offers no places of its own, but its help does: the help is
        # where one looks for a way elsewhere, keeping the form's typing. So a
        # form offers the help, and only the help.
        if navigation and (not is_form or closing is not None):
            yield from self._navigation(screen, keys_to, closing)
        elif navigation:
            yield from self._navigation(
                screen, keys_to, closing, frozenset({HELP_ACTION})
            )

    def _navigation(
        self,
        screen: Screen[object],
        keys_to: dict[str, str],
        closing: Screen[object] | None,
        only: frozenset[str] | None = None,
    ) -> Iterator[PaletteCommand]:
        """The screens one can go to from ``screen``, each with what it is for,
        and the key that opens it from there, when there is one; over the help,
        the help itself is not offered again. ``only``, when given, names the
        app actions of the places offered."""
        showing = type(screen).__name__
        for title, purpose, action, shows in NAVIGATION:
            if shows == showing or (closing is not None and action == HELP_ACTION):
                continue
            if only is not None and action not in only:
                continue
            # Not offered where it could not run (a new win in a read-only backup).
            if self.app.check_action(action.split("(", 1)[0], ()) is False:
                continue
            key_here = keys_to.get(action)
            yield PaletteCommand(
                title,
                catalogue.COMMAND_GO_KEY_HELP.format(purpose=purpose, key=key_here)
                if key_here
                else purpose,
                partial(self._run, action, self.app, closing),
            )

    def _run(
        self, action: str, node: DOMNode, closing: Screen[object] | None = None
    ) -> None:
        if closing is not None and closing.is_current:
            closing.dismiss()
        self.app.call_later(self.app.run_action, action, node)

    async def discover(self) -> Hits:
        # Scored hits rather than discovery hits, which all score 0 and would be
        # mixed in with Textual's own commands (screenshot, theme, quit).
        for command in self._commands():
            yield Hit(
                OWN_COMMAND_SCORE,
                # Text, not str: a str prompt would be read as markup.
                Text(command.title),
                command.run,
                text=command.title,
                help=command.help,
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            if not words_match(query, command.title):
                continue
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command.title),
                    command.run,
                    text=command.title,
                    help=command.help,
                )


class ThemeCommands(Provider):
    """Offers every theme, named as the settings screen names it ("ANSI dark")."""

    def _themes(self) -> list[tuple[str, Callable[[], None]]]:
        from careerclimb_tui.screens.settings import theme_title

        names = sorted(self.app.available_themes, key=theme_title)
        return [(theme_title(name), partial(self._pick, name)) for name in names]

    def _pick(self, name: str) -> None:
        self.app.theme = name

    async def discover(self) -> Hits:
        for title, pick in self._themes():
            yield DiscoveryHit(Text(title), pick, text=title)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, pick in self._themes():
            if not words_match(query, title):
                continue
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), pick, text=title)


def commands_provider() -> type[CareerClimbCommands]:
    """The provider class, loaded when the palette first opens."""
    return CareerClimbCommands
