"""The footers of the app's screens: keys rebuilt only when they change, and
dropped whole where the terminal is too narrow for them."""

from __future__ import annotations

from collections.abc import Hashable

from rich.cells import cell_len
from textual.widget import Widget
from textual.widgets import Footer

# Not exported by textual.widgets, but it is the widget the footer draws a key with.
from textual.widgets._footer import FooterKey


class SteadyFooter(Footer):
    """Textual's footer, rebuilt only when the keys it shows change.

    The stock footer throws its keys away and builds them again whenever the
    screen's bindings are announced, which happens on every move of the focus,
    though the keys to show are mostly the same. Building a key lays it out and
    styles it anew, and a form moved through field by field paid that on every
    step. This footer remembers what it last showed and keeps its keys while that
    has not changed.

    On a terminal too narrow for every key, the stock footer cuts the last one
    it can reach mid-word. This one shows the keys, in order, while each fits
    whole before the command palette's key, and leaves out the rest; the help
    screen lists every key all the same. The way out (Escape) is kept over the
    other keys: its room is set aside first.
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
        self.call_after_refresh(self._drop_keys_cut_off)

    def on_resize(self) -> None:
        self.call_after_refresh(self._drop_keys_cut_off)

    def _drop_keys_cut_off(self, tries: int = 3) -> None:
        """Show the keys that fit whole, in order; hide the first that does not
        and every key after it. Escape's key, the way out, takes its room first.

        Args:
            tries: how many refreshes more to wait for the palette's key to be
                laid out; a footer out of sight never lays it out.
        """
        if not self.is_attached or not self.size.width:
            return
        palette = [
            key
            for key in self.query_children(FooterKey)
            if key.has_class("-command-palette")
        ]
        if palette and not palette[0].region.width:
            # Not laid out yet: its place is known after the next refresh.
            if tries:
                self.call_after_refresh(self._drop_keys_cut_off, tries - 1)
            return
        room = palette[0].region.x if palette else self.region.right
        keys = [child for child in self.children if child not in palette]
        way_out = [key for key in keys if _is_way_out(key)]
        right = self.region.x
        for key in way_out:
            key.display = right + _width(key) <= room
            right += _width(key) if key.display else 0

        fits = True
        for child in keys:
            if child in way_out:
                continue
            right += _width(child)
            fits = fits and right <= room
            child.display = fits


def _is_way_out(widget: Widget) -> bool:
    """True for the footer's key that leaves the screen: the one bound to Escape."""
    return isinstance(widget, FooterKey) and widget.key == "escape"


def _width(widget: Widget) -> int:
    """The columns a key (or a group of keys) takes in the footer, shown or not.

    A hidden key has no place on the screen to measure, so a key's width is
    worked out from its text; anything else the footer holds is measured.
    """
    styles = widget.styles
    if isinstance(widget, FooterKey):
        text = cell_len(widget.render().plain)
        return text + styles.gutter.width + styles.margin.width
    return widget.outer_size.width


class KeysFooter(SteadyFooter):
    """A steady footer, filled in as soon as it is mounted.

    The stock footer lists its keys only once the screen has been drawn and its
    bindings announced, so a screen with much to lay out showed a blank bottom
    row for its first frames.
    """

    def on_mount(self) -> None:
        self.bindings_changed(self.screen)
        self.refresh(recompose=True)
