"""What every CareerClimb screen can reach: the store, the clock, the ladder."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual import events, on
from textual.binding import Binding
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Button

from careerclimb_tui import catalogue
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.help import key_text
from careerclimb_tui.widgets.fields import FormScroll

if TYPE_CHECKING:
    from careerclimb_tui.app import CareerClimbApp
    from careerclimb_tui.clock import Clock
    from careerclimb_tui.domain.ladder import Ladder
    from careerclimb_tui.domain.records import Profile
    from careerclimb_tui.store import Store

ResultType = TypeVar("ResultType")

OUTSIDE_CHANGE_CHECK_SECONDS = 2.0
"""How often a page that follows the data looks for changes made by another
window or the command line (a cheap stat)."""


def scroll_page(page: Widget, where: str) -> None:
    """Move a scrolling page a screenful up or down, or to its top or its end.

    Args:
        page: the container that scrolls.
        where: "down", "up", "end" or "home", as the page keys' bindings say.
    """
    moves = {
        "down": page.scroll_page_down,
        "up": page.scroll_page_up,
        "end": page.scroll_end,
        "home": page.scroll_home,
    }
    moves[where](animate=False)


PAGE_MOVES = (
    ("pagedown", "down", "Page down", "page_down"),
    ("pageup", "up", "Page up", "page_up"),
    ("end", "end", "End of page", "end"),
    ("home", "home", "Top of page", "home"),
)
"""The page keys: key, where ``scroll_page`` moves, description, id suffix."""


def page_bindings(
    screen_id: str, described: Mapping[str, str] | None = None
) -> list[Binding]:
    """The page keys of a screen whose focused list or table sits on a longer page.

    They take priority over the focused widget's own paging, so they move the page
    beneath it (which holds the detail, the trend or past talks) instead of its
    cursor. The screen gives them an ``action_scroll_page(where)``.

    Args:
        screen_id: the prefix of the screen's binding ids, as in "gaps".
        described: what a key does on this screen, by where it moves, when the
            screen's action does more than move the page.
    """
    described = described or {}
    return [
        Binding(
            key,
            f"scroll_page('{where}')",
            described.get(where, description),
            id=f"{screen_id}.{suffix}",
            show=False,
            priority=True,
        )
        for key, where, description, suffix in PAGE_MOVES
    ]


def page_binding_ids(screen_id: str) -> frozenset[str]:
    """The ids ``page_bindings`` gives a screen's page keys."""
    return frozenset(f"{screen_id}.{suffix}" for *_, suffix in PAGE_MOVES)


class OpensAtItsTop(Screen[ResultType]):
    """A screen or dialog that opens at its top, whatever it first focuses.

    Its first focus shows the top of the page, and the first key pressed brings
    the focused widget into view.
    """

    _keys_when_opened: int | None = None
    _focus_shown = False

    def set_focus(
        self,
        widget: Widget | None,
        scroll_visible: bool = True,
        from_app_focus: bool = False,
    ) -> None:
        """Focus a widget; the screen's own first choice leaves its page at the top.

        Textual would centre a widget taller than what is left below the title
        (a table, a list), scrolling the title and summary off as the screen
        opens. Until the user presses a key here, the page stays where a reader
        starts: the focused widget shows as far as it fits under the title.
        """
        self._note_keys_when_opened()
        opening = self._keys_when_opened == self._typed_count()
        super().set_focus(
            widget,
            scroll_visible=scroll_visible and not opening,
            from_app_focus=from_app_focus,
        )

    @on(events.Mount)
    def _note_keys_when_opened(self) -> None:
        if self._keys_when_opened is None:
            self._keys_when_opened = self._typed_count()

    def _typed_count(self) -> int:
        return int(getattr(self.app, "typed_count", 0))

    @on(events.Key)
    def _show_the_focus_once_used(self) -> None:
        """Bring the focused widget into view when a key acts on it unseen.

        On a small terminal the screen opens on its title with the focused list
        or table below the fold; the arrows must not move a cursor out of sight.
        """
        focused = self.focused
        if focused is None:
            return
        # The first key brings in the whole widget the screen opened on (a list
        # whose top edge alone shows would hide its cursor); later keys only
        # one that is out of sight, so a reader's own scrolling is kept.
        first = not self._focus_shown
        self._focus_shown = True
        if not self.can_view_partial(focused) or (
            first and not self.can_view_entire(focused)
        ):
            focused.scroll_visible(animate=False)


class CoachScreen(OpensAtItsTop[ResultType]):
    """A screen of the CareerClimb app, with typed access to its services."""

    CHANGE_ACTIONS: ClassVar[frozenset[str]] = frozenset()
    """The screen's actions that only lead to a change of the data. While the
    data is a backup opened read-only, their keys are not offered (see
    ``check_action``) and pressing one says why nothing happens."""

    def refuses_change(self, action: str) -> bool:
        """True when ``action`` would change a backup opened read-only.

        A screen with its own ``check_action`` asks this first, so the rule is
        the same on every screen.
        """
        return action in self.CHANGE_ACTIONS and self.store.read_only

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer no key that would change a backup opened read-only."""
        return not self.refuses_change(action)

    @on(events.Key)
    def _say_why_a_change_key_is_not_offered(self, event: events.Key) -> None:
        """A change key pressed by habit in a read-only backup says why it does
        nothing, though neither the footer nor the help offers it."""
        if not self.CHANGE_ACTIONS or not self.store.read_only:
            return
        if event.key in self.active_bindings:
            # Something else here takes the key (Delete in a search box).
            return
        refused = any(
            event.key in binding.key.split(",") and self.refuses_change(binding.action)
            for binding in self.BINDINGS
            if isinstance(binding, Binding)
        )
        if refused:
            self.notify(catalogue.STORE_READ_ONLY_NO_FORM, severity="warning")

    def follow_outside_changes(self) -> None:
        """Look for changes made by another window or the command line on a
        timer, and redraw the page with ``show_outside_changes`` when there are.

        Only the page on top redraws: a dialog or form over it keeps what was
        typed, and the page reads the data again when it is back on top.
        """
        self.set_interval(OUTSIDE_CHANGE_CHECK_SECONDS, self._check_for_outside_changes)

    def show_outside_changes(self) -> None:
        """Redraw from the data as it is now, keeping the cursor and the scroll;
        a page that follows outside changes says how."""

    def _check_for_outside_changes(self) -> None:
        if not self.is_active or not self.store.changed_on_disk():
            return
        try:
            self.show_outside_changes()
        except CareerClimbError as error:
            # The file was damaged or locked behind our back: say so, keep going.
            self.careerclimb.tell_store_error(error)

    @property
    def careerclimb(self) -> CareerClimbApp:
        from careerclimb_tui.app import CareerClimbApp

        assert isinstance(self.app, CareerClimbApp)
        return self.app

    @property
    def store(self) -> Store:
        return self.careerclimb.store

    @property
    def clock(self) -> Clock:
        return self.careerclimb.clock

    @property
    def profile(self) -> Profile | None:
        return self.careerclimb.profile

    @property
    def ladder(self) -> Ladder:
        return self.careerclimb.ladder

    @on(events.Key)
    def _explain_a_dimmed_key(self, event: events.Key) -> None:
        """Say why a key the footer shows dimmed does nothing when pressed.

        Keys typed into a field never get here (the field keeps them), and a key
        that something focused acts on is enabled, so only a dimmed key is told.
        """
        active = self.active_bindings.get(event.key)
        if active is None or active.enabled:
            return
        self.notify(self.dimmed_key_reason(active.binding), severity="warning")

    @on(events.ScreenSuspend)
    def _mark_covered(self) -> None:
        # A dialog over this screen shows its own scroll bar; this screen's,
        # drawn beside the dialog, would read as a second one (see app.tcss).
        self.add_class("-covered")

    @on(events.ScreenResume)
    def _mark_uncovered(self) -> None:
        self.remove_class("-covered")

    _as_opened: tuple[object, ...] = ()

    def typed_values(self) -> tuple[object, ...]:
        """Everything the user can change in the form, to tell whether they did.

        A form that should ask before its typing is thrown away says what its
        fields hold; one that says nothing is never dirty.
        """
        return ()

    def remember_as_opened(self) -> None:
        """Take what the form holds now as the state nothing was typed in yet."""
        self._as_opened = self.typed_values()

    def is_dirty(self) -> bool:
        """True when the form holds something the user changed and did not save."""
        return self.is_mounted and self.typed_values() != self._as_opened

    def dimmed_key_reason(self, binding: Binding) -> str:
        """Why a key is dimmed here; a screen can override it to say more.

        Args:
            binding: the key's binding, dimmed by the screen's ``check_action``.

        Returns:
            The reason from the catalogue, by the binding's id, or a general one.
        """
        reason = catalogue.KEY_DIMMED_REASONS.get(binding.id or "")
        if reason:
            return reason
        # Written as the help and the palette write keys ("Ctrl+S", not "^s").
        key = key_text(self.app.get_key_display(binding))
        return catalogue.KEY_DIMMED.format(key=key, action=binding.description)


class KeysOnlyDialog(ModalScreen[ResultType], OpensAtItsTop[ResultType]):
    """A dialog with nothing to type in: ``?`` opens the help, as on every screen.

    A dialog shuts the app's own ``?`` out, there for the screens whose fields
    type it; here no field could, so the key is the dialog's (F1 reaches the app
    first anyway). Dialogs with a text field stay plain modal screens.
    """

    BINDINGS = [
        Binding("question_mark", "app.help", "Help", id="dialog.help", show=False),
    ]


class FormScreen(CoachScreen[ResultType]):
    """A screen holding a form: its Save and Cancel buttons run its actions.

    Subclasses define ``action_save`` and ``action_cancel``; the buttons with ids
    ``save`` and ``cancel`` call them, so mouse and keyboard do the same thing.
    """

    IS_FORM = True

    FIELD_PAGE = ""
    """Selector of the form's scrolling page (a ``FormScroll``), if it has one."""
    FIELD_GROUP = ""
    """Class of the containers holding each field together with its label."""

    def set_focus(
        self,
        widget: Widget | None,
        scroll_visible: bool = True,
        from_app_focus: bool = False,
    ) -> None:
        """Focus a widget; a form with a page then scrolls it into view itself.

        Textual would scroll only as far as the field, centring it with an
        animation that a second scroll, to bring its label along, would cut
        short; and a form opening on its first field would lose its title.
        """
        super().set_focus(
            widget,
            scroll_visible=scroll_visible and not self.FIELD_PAGE,
            from_app_focus=from_app_focus,
        )

    @on(events.DescendantFocus)
    def _keep_the_field_in_view(self, event: events.DescendantFocus) -> None:
        """Scroll the focused field into view together with its label.

        However the focus moved (Enter, Tab, Shift+Tab, a click), the user sees
        what they type into and what it asks.
        """
        if self.FIELD_PAGE:
            page = self.query_one(self.FIELD_PAGE, FormScroll)
            page.show_field(event.widget, self.FIELD_GROUP)

    @on(events.Resize)
    def _keep_the_field_in_view_on_resize(self) -> None:
        """After the terminal is resized, show the field being typed into again."""
        if self.FIELD_PAGE and self.focused is not None:
            page = self.query_one(self.FIELD_PAGE, FormScroll)
            if page in self.focused.ancestors:
                page.show_field(self.focused, self.FIELD_GROUP)

    @on(Button.Pressed, "#save")
    async def _save_pressed(self) -> None:
        await self.run_action("save")

    @on(Button.Pressed, "#cancel")
    async def _cancel_pressed(self) -> None:
        await self.run_action("cancel")
