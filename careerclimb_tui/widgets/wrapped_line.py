"""A one-line answer shown over as many lines as its text needs."""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.widgets import TextArea
from textual.widgets.text_area import EditResult, Location

from careerclimb_tui import catalogue
from careerclimb_tui.domain.plain_text import plain_text


class WrappedLine(TextArea):
    """One line of text, wrapped to the box's width so it is read whole.

    A name or a reason is often wider than the form it sits in, and a one-line
    box would show only its start; this box grows to the lines the text (or,
    while empty, its example) needs instead. Enter moves on, as from any
    one-line field, and a pasted block of lines is joined with spaces, so the
    answer stays one line.
    """

    class Submitted(Message):
        """Posted when Enter is pressed in the field."""

        def __init__(self, field: WrappedLine) -> None:
            super().__init__()
            self.field = field

        @property
        def control(self) -> WrappedLine:
            return self.field

    def __init__(
        self, text: str, *, placeholder: str, id: str, classes: str = ""
    ) -> None:
        super().__init__(
            text,
            soft_wrap=True,
            highlight_cursor_line=False,
            placeholder=placeholder,
            id=id,
            classes=classes,
        )

    def on_mount(self) -> None:
        # Arriving in a filled-in field, typing goes on after it, as in a text box.
        self.move_cursor(self.document.end)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        height = super().get_content_height(container, viewport, width)
        if self.text or not self.placeholder:
            return height
        # Empty, the box shows its example, wrapped at the same width; a box
        # squeezed to no width at all (a narrow terminal) still has a column.
        wrapped = Content.from_text(self.placeholder).wrap(max(width, 1))
        return max(height, len(wrapped))

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted(self))

    def replace(
        self,
        insert: str,
        start: Location,
        end: Location,
        *,
        maintain_selection_offset: bool = True,
    ) -> EditResult:
        # Typing and pasting both come through here; the answer is one line.
        return super().replace(
            plain_text(insert),
            start,
            end,
            maintain_selection_offset=maintain_selection_offset,
        )

    async def _on_paste(self, event: events.Paste) -> None:
        if "".join(event.text.splitlines()) == event.text:
            # No line break at all: the text area's own paste will do.
            return
        lines = [line.strip() for line in event.text.splitlines() if line.strip()]
        event.stop()
        event.prevent_default()
        start, end = self.selection
        self.move_cursor(self.replace(" ".join(lines), start, end).end_location)
        if len(lines) > 1:
            self.notify(catalogue.FIELD_PASTE_JOINED.format(count=len(lines)))
