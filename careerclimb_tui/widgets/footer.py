"""A footer that lists its keys in the very first frame its screen draws."""

from __future__ import annotations

from textual.widgets import Footer


class KeysFooter(Footer):
    """Textual's footer, filled in as soon as it is mounted.

    The stock footer lists its keys only once the screen has been drawn and its
    bindings announced, so a screen with much to lay out showed a blank bottom
    row for its first frames.
    """

    def on_mount(self) -> None:
        self.bindings_changed(self.screen)
        self.refresh(recompose=True)
