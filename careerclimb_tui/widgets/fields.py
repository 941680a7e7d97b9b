"""Form fields that never lose what the user pasted or what they held."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input, OptionList, Select

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


class FormSelect(Select[str]):
    """A drop-down that a form moves on from the way it does from a text field.

    Textual's drop-down opens its list on Enter. In a form, where Enter means
    "next field", that swallowed what the user typed next. Here Enter opens the
    list only while nothing is chosen; with a choice made it says the field is
    done, and so does picking an answer from the list.
    """

    BINDINGS = [Binding("enter", "enter", "Choose or move on", show=False)]

    class Done(Message):
        """Posted when the user is finished with the field."""

        def __init__(self, select: FormSelect) -> None:
            super().__init__()
            self.select = select

        @property
        def control(self) -> FormSelect:
            return self.select

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._value_when_opened: object = Select.NULL

    def action_enter(self) -> None:
        if self.is_blank():
            self.action_show_overlay()
            # The list starts on the prompt, which picks nothing; point at the
            # first answer instead, so Enter again chooses one.
            overlay = self.query_one(OptionList)
            if self._allow_blank and overlay.option_count > 1:
                overlay.highlighted = 1
        else:
            self.post_message(self.Done(self))

    def _watch_expanded(self, expanded: bool) -> None:
        super()._watch_expanded(expanded)
        if expanded:
            self._value_when_opened = self.value
        elif not self.is_blank() and self.value != self._value_when_opened:
            self.post_message(self.Done(self))
