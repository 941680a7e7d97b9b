"""An option list whose highlight stops at its ends instead of wrapping round."""

from __future__ import annotations

from textual.widgets import OptionList


class BoundedOptionList(OptionList):
    """An option list where Up on the first option and Down on the last do nothing.

    Textual's list wraps round: Down on the last option lands on the first. In a
    short list of answers that turns one key too many into the opposite answer
    ("met" becomes "open"), so here the highlight stays at either end.
    """

    def action_cursor_up(self) -> None:
        before = self.highlighted
        super().action_cursor_up()
        if before is not None and (self.highlighted or 0) > before:
            self.highlighted = before

    def action_cursor_down(self) -> None:
        before = self.highlighted
        super().action_cursor_down()
        if before is not None and (self.highlighted or 0) < before:
            self.highlighted = before
