"""A host app that opens the ladder browser on the bundled ladder, mid → senior."""

from __future__ import annotations

from textual.app import App

from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.ladder_browser import LadderScreen


class LadderApp(App[None]):
    """Nothing but the ladder browser, on top of an empty screen."""

    def __init__(self, current: str = "mid", target: str = "senior") -> None:
        super().__init__()
        self.current = current
        self.target = target

    def on_mount(self) -> None:
        ladder = load_shelf().ladders["software-engineer"]
        self.push_screen(LadderScreen(ladder, self.current, self.target))


if __name__ == "__main__":
    LadderApp().run()
