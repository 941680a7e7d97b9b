"""Going to a place in the app: open it over the screen showing, or bring it back.

Route screens (the journal, the gap view, the ladder browser and the others) are
places. One opens over the screen it was asked for from, so Escape from it goes
back there. A place already open is brought back instead of opened a second time:
the screens opened over it close, so hopping between places never piles them up.
Going home closes everything above home. Typing in a form is never dropped without
asking, and dialogs are closed the way Escape closes them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from textual.app import App
from textual.screen import ModalScreen, Screen

from careerclimb_tui import catalogue

ScreenFactory = Callable[[], Screen[Any]]


@dataclass(frozen=True)
class Plan:
    """What going somewhere takes, worked out from the screen stack."""

    closing: tuple[Screen[Any], ...]
    """The screens to close, top first."""
    opening: ScreenFactory | None
    """Builds the screen to open once they are closed; None opens nothing."""

    @property
    def nothing_to_do(self) -> bool:
        """True when the place asked for is the one already showing."""
        return not self.closing and self.opening is None


def has_unsaved_typing(screens: Sequence[Screen[Any]]) -> bool:
    """True when a form among ``screens`` holds typing that was never saved."""
    for screen in screens:
        is_dirty = getattr(screen, "is_dirty", None)
        if callable(is_dirty) and is_dirty():
            return True
    return False


def plan_route(
    stack: Sequence[Screen[Any]],
    home: type[Screen[Any]],
    target: type[Screen[Any]],
    build: ScreenFactory | None,
) -> Plan | None:
    """Work out how to reach ``target`` from the screens now stacked.

    Args:
        stack: the app's screen stack, bottom first.
        home: the class of the home screen.
        target: the class of the screen to show (``home`` to go home).
        build: makes a new ``target``; None when ``target`` is home.

    Returns:
        The plan, or None when there is no home in the stack to return to (the
        passphrase or damaged-file screen is up, so no route can open yet).
    """
    bottom = next((i for i, s in enumerate(stack) if isinstance(s, home)), None)
    if bottom is None:
        return None
    above = list(stack[bottom + 1 :])
    if target is home:
        return Plan(tuple(reversed(above)), None)

    # The place is open already: what was opened over it closes, and it keeps
    # its search and scroll position, rather than a second copy piling up.
    opened = [i for i, screen in enumerate(above) if type(screen) is target]
    if opened:
        return Plan(tuple(reversed(above[opened[-1] + 1 :])), None)

    # Dialogs close; the screen under them stays, for Escape to come back to.
    dialogs = len(above)
    while dialogs and isinstance(above[dialogs - 1], ModalScreen):
        dialogs -= 1
    return Plan(tuple(reversed(above[dialogs:])), build)


def go_to(
    app: App[Any], target: type[Screen[Any]], build: ScreenFactory | None
) -> None:
    """Show ``target``, over the screen showing or brought back if already open.

    Asks before closing a screen that holds typing never saved.

    Args:
        app: the running app.
        target: the class of the screen to show (the home screen to go home).
        build: makes a new ``target`` when one has to be opened; None for home.
    """
    # Imported here: the screens import the app's modules, not the other way round.
    from careerclimb_tui.screens.home import HomeScreen
    from careerclimb_tui.screens.too_small import TooSmallScreen
    from careerclimb_tui.widgets.confirm import ConfirmDialog

    stack = app.screen_stack
    plan = plan_route(stack, HomeScreen, target, build)
    # While the terminal is too small the cover has to stay; it lifts by itself.
    if plan is None or any(isinstance(s, TooSmallScreen) for s in stack):
        app.bell()
        return
    if plan.nothing_to_do:
        return
    if not has_unsaved_typing(plan.closing):
        _carry_out(app, plan)
        return

    def answered(leave: bool | None) -> None:
        # Work the plan out again: the stack is read after the question is gone.
        if leave:
            again = plan_route(app.screen_stack, HomeScreen, target, build)
            if again is not None:
                _carry_out(app, again)

    app.push_screen(ConfirmDialog(catalogue.NAVIGATE_DISCARD), answered)


def _carry_out(app: App[Any], plan: Plan) -> None:
    """Close the planned screens, top first, then open the new one."""
    for screen in plan.closing:
        if isinstance(screen, ModalScreen):
            # As Escape would: whoever waits for the dialog's answer hears None
            # (cancelled) instead of waiting for an answer that never comes.
            screen.dismiss(None)
        else:
            app.pop_screen()
    if plan.opening is not None:
        app.push_screen(plan.opening())
