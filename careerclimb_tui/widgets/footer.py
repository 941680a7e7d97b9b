"""The footers of the app's screens: keys rebuilt only when they change."""

from __future__ import annotations

from collections.abc import Hashable

from textual.widgets import Footer


class SteadyFooter(Footer):
    """Textual's footer, rebuilt only when the keys it shows change.

    The stock footer throws its keys away and builds them again whenever the
    screen's bindings are announced, which happens on every move of the focus,
    though the keys to show are mostly the same. Building a key lays it out and
    styles it anew, and a form moved through field by field paid that on every
    step. This footer remembers what it last showed and keeps its keys while that
    has not changed.
    """

    _shown: Hashable = None
    """What the footer last built its keys from; None before the first build."""

    def keys_shown(self) -> Hashable:
        """Everything the footer's keys are built from, as one comparable value.

        Returns:
            The key, its label, description, action, whether it is enabled, its
            tooltip and group, for each binding the footer shows, the command
            palette's included, and whether the palette's key is offered.
        """
        bindings = self.screen.active_bindings
        shown = [
            (binding, enabled, tooltip)
            for _, binding, enabled, tooltip in bindings.values()
            if binding.show
        ]
        palette = bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if palette is not None:
            _, binding, enabled, tooltip = palette
            shown.append((binding, enabled, tooltip))
        offered = self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE
        return offered, tuple(
            (
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                enabled,
                tooltip,
                binding.group,
            )
            for binding, enabled, tooltip in shown
        )

    async def recompose(self) -> None:
        """Build the keys again, unless they would come out as they are."""
        if not self.is_attached:
            return
        shown = self.keys_shown()
        if shown == self._shown and self.children:
            return
        await super().recompose()
        # Before the bindings are first announced the footer builds nothing:
        # remembered only once keys were built from them.
        if self.children:
            self._shown = shown


class KeysFooter(SteadyFooter):
    """A steady footer, filled in as soon as it is mounted.

    The stock footer lists its keys only once the screen has been drawn and its
    bindings announced, so a screen with much to lay out showed a blank bottom
    row for its first frames.
    """

    def on_mount(self) -> None:
        self.bindings_changed(self.screen)
        self.refresh(recompose=True)
