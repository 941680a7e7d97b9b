"""Form fields that never lose what the user pasted or what they held, fields of
several lines that read from their start once left, the line under a field that
says why its value cannot be used, and the scrolling page a form sits on."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input, Select, Static, TextArea
from textual.widgets.text_area import EditResult, Location

from careerclimb_tui import catalogue
from careerclimb_tui.domain.plain_text import plain_text
from careerclimb_tui.widgets.names import ELLIPSIS


class WholeInput(Input):
    """A one-line input that keeps a multi-line paste whole, and what it holds.

    Textual's own input keeps only the first line of a paste. Here the lines are
    joined with spaces, and the user is told, so nothing is cut silently. A
    control character typed or pasted is never taken in (see ``plain_text``).

    A field that opens filled in (a label, a path, a date) takes focus with the
    cursor after its text and nothing selected: the first key typed adds to the
    text instead of replacing all of it. Until the user types into it, such a
    field shows its text from the start (see ``show_cursor``).
    """

    def __init__(
        self, *args: Any, select_on_focus: bool = False, **kwargs: Any
    ) -> None:
        """Take Textual's input arguments; the text is not selected on focus."""
        self.typed_into = False
        """True once the text was changed in the field, not filled in by the app."""
        super().__init__(*args, select_on_focus=select_on_focus, **kwargs)

    def watch_value(self) -> None:
        # Text can only be typed into the field that has the focus; text put in
        # a field without it was filled in.
        self.typed_into = self.has_focus

    def validate_value(self, value: str) -> str:
        # Text filled in from a stored record may hold several lines (what
        # changed, a note); a line break drawn in a one-line field breaks the
        # screen, so the lines are shown joined by a space.
        return plain_text(value)

    def replace(self, text: str, start: int, end: int) -> None:
        # Every edit of an input comes through here: typing, pasting, deleting.
        super().replace(plain_text(text), start, end)

    def _on_paste(self, event: events.Paste) -> None:
        lines = [line.strip() for line in event.text.splitlines() if line.strip()]
        if len(lines) < 2:
            # Textual's input takes one line in its own paste handler, which runs
            # after this one; calling it here too would paste the text twice.
            return
        event.prevent_default()
        event.stop()
        self.insert_text_at_cursor(" ".join(lines))
        self.app.notify(
            catalogue.FIELD_PASTE_JOINED.format(count=len(lines)),
            title=self.border_title or "",
        )


class DateInput(WholeInput):
    """A one-line field holding a date, usually opened with today's filled in.

    A date is replaced far more often than edited, so arriving in the field
    from the keyboard (Tab, Shift+Tab, Enter from the field before) selects
    the whole date: typing a new one replaces it instead of being added after
    it. A click still puts the cursor where the user clicked.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Take Textual's input arguments; the date is selected on focus."""
        kwargs["select_on_focus"] = True
        super().__init__(*args, **kwargs)


def show_text_from_start(field: Input) -> None:
    """Scroll a one-line field back to the first character of its text.

    While the user types, the field scrolls to keep the cursor in view, so a long
    text is left showing its end, cut mid-word. A field nobody types into reads
    from its start, like the line of a printed form.

    Args:
        field: a field that has just lost the focus.
    """
    if field.is_attached and not field.has_focus:
        field.scroll_to(x=0, animate=False, force=True)


def show_cursor(field: Input) -> None:
    """Scroll a one-line field so that its cursor is in view, once typed into.

    A field left showing the start of a long text keeps its cursor where it was,
    often after the last character; arriving in it again shows that place. A
    field still holding the text it was filled in with shows that text from its
    start instead, to be read before it is changed: the first key typed, or
    moving the cursor, brings the cursor into view.

    Args:
        field: a field that has just taken the focus.
    """
    if not field.is_attached:
        return
    if isinstance(field, WholeInput) and not field.typed_into:
        field.scroll_to(x=0, animate=False, force=True)
        return
    # The field's own watcher scrolls to its cursor whenever it moves.
    field.mutate_reactive(Input.selection)


class LongTextArea(TextArea):
    """A field of several lines that, once left, shows how its text begins.

    While the user types, the field scrolls to keep the cursor in view, so a long
    text is left showing its last lines, its opening words out of sight. Once the
    focus moves elsewhere it reads from its start, as the one-line fields do; the
    cursor stays where it was, and coming back to the field shows it again.
    Line breaks and tabs are kept; any other control character is not taken in.
    """

    keeps_lines = True
    """False for a field that holds one line wrapped over several, such as a
    title: a line break or a tab typed or pasted into it becomes a space."""

    def replace(
        self,
        insert: str,
        start: Location,
        end: Location,
        *,
        maintain_selection_offset: bool = True,
    ) -> EditResult:
        # Typing and pasting both come through here.
        return super().replace(
            plain_text(insert, lines=self.keeps_lines),
            start,
            end,
            maintain_selection_offset=maintain_selection_offset,
        )

    _sized = False
    """True once the field has been told its size (its first Resize)."""

    def on_resize(self) -> None:
        self._sized = True

    def render_lines(self, crop: Region) -> list[Strip]:
        # The first frame is drawn before the field hears of its size, when its
        # text is still wrapped for no width at all: lines cut at the edge until
        # the next frame. Wrapped now for the width it is drawn at, it reads
        # right from the start; its own resize then only confirms it.
        if not self._sized and self.soft_wrap and self.wrap_width > 0:
            self._wrap_before_sized()
        return super().render_lines(crop)

    def _wrap_before_sized(self) -> None:
        """Wrap the text for the width it is about to be drawn at, leaving room
        for the scroll bar that a text taller than the field will get."""
        width = self.wrap_width
        self.wrapped_document.wrap(width, self.indent_width)
        bar = self.styles.scrollbar_size_vertical
        taller = self.wrapped_document.height > self.scrollable_content_region.height
        if taller and not self.show_vertical_scrollbar and width > bar:
            self.wrapped_document.wrap(width - bar, self.indent_width)

    def on_blur(self) -> None:
        self.show_from_start()

    def on_focus(self) -> None:
        # Once drawn: a click has then put the cursor where it landed, already in
        # view, and the text does not move under the pointer.
        self.call_after_refresh(self.scroll_cursor_visible)

    def on_text_area_changed(self) -> None:
        # A line the text has just wrapped onto counts only once drawn; until
        # then the field cannot scroll down to it, and what is being typed
        # there stays out of sight.
        if self.has_focus:
            self.call_after_refresh(self.scroll_cursor_visible)

    def show_from_start(self) -> None:
        """Scroll back to the first line of the text."""
        self.scroll_home(animate=False, immediate=True)


class NamesInput(WholeInput):
    """A one-line field holding names or teams, separated by commas.

    A field often arrives filled in (the names a win records, the people already
    on a problem). Typing straight after them on arriving starts a new name:
    ", " goes in first, so two names never run together as "supportSRE".
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._just_arrived = False

    def on_focus(self) -> None:
        self._just_arrived = True

    def on_blur(self) -> None:
        self._just_arrived = False

    def insert_text_at_cursor(self, text: str) -> None:
        arrived, self._just_arrived = self._just_arrived, False
        if arrived and self._continues_a_name(text):
            text = f", {text}"
        super().insert_text_at_cursor(text)

    def _continues_a_name(self, text: str) -> bool:
        """True when ``text`` would be glued onto the last name of the list."""
        held = self.value.rstrip()
        return (
            bool(held)
            and not self.selected_text
            and self.cursor_position == len(self.value)
            and not held.endswith((",", ";"))
            and not text[:1].isspace()
            and text[:1] not in ",;"
        )


def plain_options(options: Iterable[tuple[str, Any]]) -> list[tuple[Text, Any]]:
    """Drop-down choices whose labels are never read as markup.

    Labels come from ladder files and other user text, where a bracket is text.

    Args:
        options: (label, value) pairs.

    Returns:
        The same pairs, each label as plain ``Text``.
    """
    return [(Text(label), value) for label, value in options]


class _MarksCutText(Input):
    """A one-line field that ends its text in "…" where it is cut, once left.

    Left, a field shows the start of its text; a text wider than the field would
    otherwise stop mid-word with nothing to say that more follows.
    """

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        text = self._value
        if y != 0 or self.has_focus or not self.value or text.cell_len <= width:
            return super().render_line(y)
        # Spaces after the last word are not text the field leaves out: a
        # sentence that fits without them is shown whole, with no "…".
        if cell_len(self.value.rstrip()) <= width:
            return super().render_line(y)

        text.truncate(max(width - 1, 0), overflow="crop")
        text.append(ELLIPSIS)
        render = self.app.console.render
        options = self.app.console_options.update_width(width + 1)
        strip = Strip(list(render(text, options))).crop(0, width + 1)
        return strip.extend_cell_length(width + 1).apply_style(self.rich_style)


class FormLine(_MarksCutText, WholeInput):
    """A one-line field of the form: its text ends in "…" where it is cut."""


class FormNames(_MarksCutText, NamesInput):
    """The names of who benefited or noticed: they end in "…" where they are cut."""


class FormSelect(Select[str]):
    """A drop-down that a form moves on from the way it does from a text field.

    Enter on a closed drop-down opens its list, as Textual's own does, even when
    a choice is already there: a pre-filled field is one the user may have come
    to change. Once the list has been shown, picking leaves the focus on the
    drop-down, as Tab users expect, and the next Enter says the field is done,
    so Enter alone still walks the whole form. Leaving the field starts over.
    """

    BINDINGS = [Binding("enter", "enter", "Open the list or move on", show=False)]

    def __init__(self, options: Iterable[tuple[str, Any]], **kwargs: Any) -> None:
        super().__init__(plain_options(options), **kwargs)
        self._list_shown = False

    def set_options(self, options: Iterable[tuple[str, Any]]) -> FormSelect:
        """Replace the choices; their labels are shown exactly as written."""
        super().set_options(plain_options(options))
        return self

    class Done(Message):
        """Posted when the user is finished with the field."""

        def __init__(self, select: FormSelect) -> None:
            super().__init__()
            self.select = select

        @property
        def control(self) -> FormSelect:
            return self.select

    def watch_expanded(self, expanded: bool) -> None:
        if expanded:
            self._list_shown = True

    def on_blur(self, _event: events.Blur) -> None:
        # The open list takes the focus from the drop-down; only a move to
        # another field ends the visit.
        focused = self.screen.focused
        if focused is None or self not in focused.ancestors_with_self:
            self._list_shown = False

    def action_enter(self) -> None:
        if self._list_shown and not self.is_blank():
            self.post_message(self.Done(self))
        else:
            self.action_show_overlay()


class FormScroll(VerticalScroll, can_focus=False):
    """The scrolling page of a form: its fields take the focus, never the page.

    A focused page shows nothing a user can see, least of all without colour, so
    a Tab that landed on it would seem to do nothing. The page still scrolls to
    whichever field has the focus, and with the mouse wheel.
    """

    def show_field(self, field: Widget, group: str) -> None:
        """Scroll a field into view together with its label.

        A field with its label above the fold is one the user cannot name, so
        what is brought into view is the whole group the field sits in. Back at
        the first group, the page scrolls to its top, bringing the title along.
        The scroll waits for the next refresh, so a field just shown is placed
        where it will be drawn.

        Args:
            field: the widget that has the focus, on this page.
            group: the class of the container holding each field with its label;
                empty where there is none.
        """
        if not group:
            # A form whose labels stand apart from their fields shows the field.
            self.call_after_refresh(self.scroll_to_widget, field, animate=False)
            return
        shown = next(
            (
                node
                for node in field.ancestors_with_self
                if isinstance(node, Widget) and node.has_class(group)
            ),
            field,
        )
        groups = self.query(f".{group}")
        if groups and shown is groups.first():
            self.call_after_refresh(self.scroll_home, animate=False)
        else:
            self.call_after_refresh(self.scroll_to_widget, shown, animate=False)


class FieldError(Static):
    """Why what a field holds cannot be used, said on the lines under the field.

    It takes no room while there is nothing to say. Once said, the whole reason
    is scrolled into view, and again whenever it takes more or fewer lines (a
    narrower terminal wraps it further): a reason that starts on the last row
    of the page would otherwise be read only to its first line.
    """

    DEFAULT_CSS = """
    FieldError {
        height: auto;
        display: none;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", id=id, classes=classes, markup=False)
        self.message = ""
        """What the line says now; empty while it is hidden."""

    def say(self, message: str) -> None:
        """Show ``message`` under the field, or hide the line when it is empty.

        Args:
            message: plain text, never read as markup.
        """
        if not message and not self.display:
            return
        self.message = message
        self.update(message)
        self.display = bool(message)
        if message:
            self._bring_into_view()

    def on_resize(self) -> None:
        if self.display:
            self._bring_into_view()

    def _bring_into_view(self) -> None:
        # Only a refresh lays the lines out, and the page learns how far it can
        # scroll on the one after it: scrolled any sooner, the reason would stop
        # at the old foot of the page.
        self.call_after_refresh(
            lambda: self.call_after_refresh(self.scroll_visible, animate=False)
        )
