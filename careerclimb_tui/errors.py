"""The one exception type that carries a message meant for the user."""

from __future__ import annotations


class CareerClimbError(Exception):
    """A problem the user can act on, described in words they understand.

    The CLI prints ``message`` and exits with ``exit_code``; the TUI shows it in a
    notification or dialog. Neither shows a traceback.
    """

    exit_code: int = 1
    next_step: str = ""
    """What the user can do about it, shown after the message where it helps."""

    def __init__(self, message: str, *, title: str = "", exit_code: int | None = None):
        super().__init__(message)
        self.message = message
        self.title = title
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message
