"""An app that hands on each key press only once the one before has had its effect.

Textual sends a key to whichever widget has focus at the moment the app reads the
key. Keys that arrive together (fast typing, a burst sent through tmux, typing on
while a screen repaints) are all sent on before the first has been handled, so
when the first one moves the focus (Tab, an answer that opens the next field, a
key that opens a dialog) the rest land where the focus was: in the field just
left, or as shortcuts on the screen just left.

Here the app keeps the keys it reads in a queue and hands on the next one when
the current screen's widgets have worked through everything before it, and when
the app itself has nothing left to do first (a key passed back up to it for the
screen's bindings, say). Typing at a human pace never waits: by the next key the
screen has long settled.
"""

from __future__ import annotations

import asyncio
from collections import deque

from textual import events
from textual.app import App, ReturnType, ScreenStackError
from textual.message_pump import MessagePump

# The longest a key waits for the screen to settle. A handler that takes longer
# (or that waits on the app itself) holds the next key back this long at most;
# the key then goes where the focus is, as it would have without the queue.
SETTLE_TIMEOUT = 0.5
# How many times in a row the next key lets the app's own pending work go first.
# The app is only ever busy for a moment; the bound keeps a key from waiting
# forever behind a stream of messages.
MAX_DEFERRALS = 20

Typed = events.Key | events.Paste


def _has_pending_messages(pump: MessagePump) -> bool:
    return pump.message_queue_size > 0


async def _processed(pumps: list[MessagePump], timeout: float) -> None:
    """Wait until each pump has handled every message queued before this call."""
    done: list[asyncio.Event] = []
    for pump in pumps:
        flag = asyncio.Event()
        if pump.call_later(flag.set):
            done.append(flag)
    if done:
        waits = [asyncio.ensure_future(flag.wait()) for flag in done]
        _, pending = await asyncio.wait(waits, timeout=timeout)
        for wait in pending:
            wait.cancel()


class HoldsKeys:
    """A screen that may keep a key from the widget it was meant for.

    The app asks the current screen before it hands on each key, so a screen can
    hold back even a key the focused widget would take (a letter in a text field).
    """

    def holds_key(self, key: events.Key) -> bool:
        """Whether to keep ``key`` from going any further; by default never.

        Args:
            key: the key about to be handed to the focused widget.

        Returns:
            True to drop the key here.
        """
        return False


class KeysInTurnApp(App[ReturnType]):
    """A Textual app whose keys and pastes reach widgets in turn, never ahead."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._typed: deque[Typed] = deque()
        self._handing_on = False
        self._deferrals = 0
        self.typed_count = 0
        """How many keys and pastes have been handed on so far.

        A screen that wants to know whether the user did anything between two
        moments compares the count at each.
        """

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self._typed.append(event)
            if not self._handing_on:
                await self._hand_on_typed()
            return
        await super().on_event(event)

    async def _hand_on_typed(self) -> None:
        """Hand on the queued keys in order, each once the screen has settled."""
        self._handing_on = True
        deferred = False
        try:
            while self._typed:
                await self._screen_settled()
                if _has_pending_messages(self) and self._deferrals < MAX_DEFERRALS:
                    # Whatever the app has queued (a key on its way back up to the
                    # bindings, a screen being pushed) goes first; the queue
                    # resumes behind it.
                    self._deferrals += 1
                    deferred = self.call_later(self._hand_on_typed)
                    if deferred:
                        return
                self._deferrals = 0
                self.typed_count += 1
                typed = self._typed.popleft()
                if isinstance(typed, events.Key) and self._screen_holds(typed):
                    continue
                await super().on_event(typed)
        finally:
            self._handing_on = deferred

    def _screen_holds(self, key: events.Key) -> bool:
        try:
            screen = self.screen
        except ScreenStackError:
            return False
        return isinstance(screen, HoldsKeys) and screen.holds_key(key)

    async def _screen_settled(self) -> None:
        """Wait until the current screen and its widgets have no message waiting.

        Handling one message can post another (an answer picked in a widget tells
        its screen, which moves the focus), so this looks again after each wait.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SETTLE_TIMEOUT
        while (left := deadline - loop.time()) > 0:
            try:
                screen = self.screen
            except ScreenStackError:
                return
            busy = [
                node
                for node in screen.walk_children(with_self=True)
                if _has_pending_messages(node)
            ]
            if not busy:
                return
            await _processed(busy, left)
