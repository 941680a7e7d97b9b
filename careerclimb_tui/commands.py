"""The command palette: every screen and every action that applies right now.

One provider serves the whole app. It offers the keys of the screen the palette was
opened from (only those enabled at this moment, so there is no "Delete win" on an
empty journal) and the screens one can go to, each with a category prefix.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode

from careerclimb_tui import catalogue
from careerclimb_tui.routes import ROUTES

# (title, app action) for the screens one can always go to, outside a form.
NAVIGATION: tuple[tuple[str, str], ...] = (
    (catalogue.COMMAND_GO_HOME, "go_home"),
    (catalogue.COMMAND_LOG_WIN, "log_win"),
    (catalogue.COMMAND_QUICK_WIN, "quick_win"),
    (catalogue.COMMAND_LADDER, "ladder"),
    *((route.palette_title, f"open({name!r})") for name, route in ROUTES.items()),
    (catalogue.COMMAND_PROFILE, "edit_profile"),
    (catalogue.COMMAND_HELP, "help"),
)


@dataclass(frozen=True)
class PaletteCommand:
    """One entry of the palette."""

    title: str
    help: str
    run: Callable[[], None]


class CareerClimbCommands(Provider):
    """Offers the current screen's actions and the app's screens."""

    def _commands(self) -> Iterator[PaletteCommand]:
        screen = self.screen
        app = self.app
        category = getattr(screen, "COMMAND_CATEGORY", "")
        seen: set[tuple[int, str]] = set()
        for key, active in screen.active_bindings.items():
            binding = active.binding
            node = active.node
            if node is not screen or not active.enabled or not binding.description:
                continue
            if (id(node), binding.action) in seen:
                continue
            seen.add((id(node), binding.action))
            yield PaletteCommand(
                f"{category}: {binding.description}"
                if category
                else binding.description,
                catalogue.COMMAND_KEY_HELP.format(key=app.get_key_display(binding)),
                partial(self._run, binding.action, node),
            )
        if getattr(screen, "IS_FORM", False):
            # Leaving a form from the palette would drop what was typed.
            return
        for title, action in NAVIGATION:
            yield PaletteCommand(
                title, catalogue.COMMAND_GO_HELP, partial(self._run, action, app)
            )

    def _run(self, action: str, node: DOMNode) -> None:
        self.app.call_later(self.app.run_action, action, node)

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(command.title, command.run, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command.title),
                    command.run,
                    text=command.title,
                    help=command.help,
                )


def commands_provider() -> type[CareerClimbCommands]:
    """The provider class, loaded when the palette first opens."""
    return CareerClimbCommands
