"""Form fields that never lose what the user pasted."""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class WholeInput(Input):
    """A one-line input that keeps a multi-line paste whole.

    Textual's own input keeps only the first line of a paste. Here the lines are
    joined with spaces, and the user is told, so nothing is cut silently.
    """

    def _on_paste(self, event: events.Paste) -> None:
        lines = [line.strip() for line in event.text.splitlines() if line.strip()]
        if len(lines) > 1:
            event.prevent_default()
            event.stop()
            self.insert_text_at_cursor(" ".join(lines))
            self.app.notify(
                f"Pasted {len(lines)} lines as one line.", title=self.border_title or ""
            )
            return
        super()._on_paste(event)
