"""Check boxes, radio buttons and selection lists whose state shows in the glyph.

Textual draws the same mark inside a ticked and an unticked box and tells them
apart by colour alone, so under NO_COLOR every box looks ticked. These draw the
mark only when ticked and leave the box blank otherwise; screens use them in
place of Textual's own.
"""

from __future__ import annotations

from typing import Any, TypeVar

from rich.segment import Segment
from textual.binding import Binding
from textual.strip import Strip
from textual.widgets import Checkbox, RadioButton, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

EMPTY_INNER = " "
"""What an unticked box or radio shows inside: nothing."""

SelectionType = TypeVar("SelectionType")


class _MarkedWhenOn:
    """Draws the button's mark only while its value is on."""

    MARK = ""
    """The mark of a ticked button."""

    value: bool

    # A property where Textual has a class attribute: the glyph follows the value,
    # and Textual reads it afresh at every draw.
    @property
    def BUTTON_INNER(self) -> str:
        """The glyph inside the button: the mark when on, a blank when off."""
        return self.MARK if self.value else EMPTY_INNER


class MarkedCheckbox(_MarkedWhenOn, Checkbox):
    """A check box that is blank while unticked and shows its mark when ticked."""

    MARK = Checkbox.BUTTON_INNER


class MarkedRadioButton(_MarkedWhenOn, RadioButton):
    """A radio button that is blank while off and shows its dot when on."""

    MARK = RadioButton.BUTTON_INNER


class MarkedSelectionList(SelectionList[SelectionType]):
    """A selection list whose boxes are blank for the options not selected.

    Only Space ticks and unticks. Enter never does: a habitual Enter after a
    Space would otherwise untick what was just ticked. In a form it moves on to
    the next field; in a dialog whose only field is the list it does what the
    dialog's footer offers first, such as saving.
    """

    BINDINGS = [Binding("enter", "enter", "Move on or save", show=False)]

    def __init__(self, *args: Any, enter_action: str = "", **kwargs: Any) -> None:
        """Take Textual's selection list arguments.

        Args:
            enter_action: the action Enter runs, such as ``"screen.save"``;
                empty to move on to the next field.
        """
        super().__init__(*args, **kwargs)
        self.enter_action = enter_action or "app.focus_next"

    async def action_enter(self) -> None:
        await self.run_action(self.enter_action)

    def render_line(self, y: int) -> Strip:
        """Draw one line as Textual does, then empty the box of an unselected option.

        Args:
            y: the line to draw, from the top of the visible list.

        Returns:
            The line.
        """
        line = super().render_line(y)
        # The same arithmetic Textual uses to find the option drawn on this line.
        index = self.scroll_offset.y + y
        try:
            value = self.get_option_at_index(index).value
        except OptionDoesNotExist:
            return line
        if value in self.selected:
            return line

        # Textual's line starts with the box: left side, mark, right side, the
        # mark being a check box's.
        segments = list(line)
        if len(segments) < 3 or segments[1].text != Checkbox.BUTTON_INNER:
            return line
        left, inner, *rest = segments
        return Strip([left, Segment(EMPTY_INNER, inner.style), *rest])
