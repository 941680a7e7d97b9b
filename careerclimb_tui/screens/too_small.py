"""Covers the app while the terminal is smaller than it can be used at."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Static

from careerclimb_tui import catalogue

MIN_WIDTH = 40
MIN_HEIGHT = 12


def too_small(width: int, height: int) -> bool:
    """True when the app cannot be used at this size."""
    return width < MIN_WIDTH or height < MIN_HEIGHT


class TooSmallScreen(ModalScreen[None]):
    """Asks for a larger window; goes away by itself once there is room."""

    DEFAULT_CSS = """
    TooSmallScreen {
        align: center middle;
        background: $background;
    }
    /* The block is centred and its lines start together: centred one by one,
       lines of different lengths would each begin in a different column. */
    TooSmallScreen Static {
        width: auto;
        max-width: 100%;
        padding: 0 1;
    }
    /* A notice would cover the lines that say what to do; it shows again on
       the screen beneath once the window is large enough. (The rack of notices
       shows itself whenever it holds one, so the notices are what is hidden.) */
    TooSmallScreen Toast {
        display: none;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(
            catalogue.TOO_SMALL.format(width=MIN_WIDTH, height=MIN_HEIGHT),
            id="too-small",
        )
