"""A yes/no question asked before something that cannot be undone."""

from __future__ import annotations

import re

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from careerclimb_tui import catalogue
from careerclimb_tui.widgets.footer import SteadyFooter


class ConfirmDialog(ModalScreen[bool]):
    """Asks one question; dismisses with True for yes and False for no."""

    DEFAULT_CSS = """
    ConfirmDialog {
        align: center middle;
    }
    /* The question wraps and the box grows with it; on a screen too short
       for it all, the box scrolls rather than cutting the question off. */
    ConfirmDialog > VerticalScroll {
        width: 60;
        max-width: 95%;
        height: auto;
        max-height: 100%;
        border: round $warning;
        background: $surface;
        padding: 0 2;
    }
    ConfirmDialog Horizontal {
        height: auto;
        margin-top: 1;
    }
    /* Notices stack at the bottom right, at most half the screen wide: kept
       narrow, the buttons stay in the left half, clear of any notice. */
    ConfirmDialog Button {
        min-width: 11;
        margin-right: 2;
    }
    """
    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str) -> None:
        """Ask ``question``.

        Args:
            question: plain text, never markup: it often quotes what the user
                typed (a criterion, a name, a path), brackets and all.
        """
        super().__init__()
        self.question = question

    @property
    def help_name(self) -> str:
        """What the help's title calls the dialog: the question's first sentence.

        A question can run to a second sentence saying what answering costs;
        the title keeps only what is asked.
        """
        asked = re.match(r".*?[?.!](?=\s|$)", " ".join(self.question.split()))
        return asked.group() if asked else " ".join(self.question.split())

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.question, markup=False)
            with Horizontal():
                yield Button(catalogue.CONFIRM_YES, variant="warning", id="yes")
                yield Button(catalogue.CONFIRM_NO, variant="primary", id="no")
        # Its own footer, over the screen's behind: only y and n answer here.
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
