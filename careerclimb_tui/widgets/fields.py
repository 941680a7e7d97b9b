"""Form fields that never lose what the user pasted or what they held."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Input

from careerclimb_tui import catalogue


class WholeInput(Input):
    """A one-line input that keeps a multi-line paste whole, and what it holds.

    Textual's own input keeps only the first line of a paste. Here the lines are
    joined with spaces, and the user is told, so nothing is cut silently.

    A field that opens filled in (a label, a path, a date) takes focus with the
    cursor after its text and nothing selected: the first key typed adds to the
    text instead of replacing all of it.
    """

    def __init__(
        self, *args: Any, select_on_focus: bool = False, **kwargs: Any
    ) -> None:
        """Take Textual's input arguments; the text is not selected on focus."""
        super().__init__(*args, select_on_focus=select_on_focus, **kwargs)

    def _on_paste(self, event: events.Paste) -> None:
        lines = [line.strip() for line in event.text.splitlines() if line.strip()]
        if len(lines) > 1:
            event.prevent_default()
            event.stop()
            self.insert_text_at_cursor(" ".join(lines))
            self.app.notify(
                catalogue.FIELD_PASTE_JOINED.format(count=len(lines)),
                title=self.border_title or "",
            )
            return
        super()._on_paste(event)
