"""The form for one promoted peer, and the dialog for one thing they did.

The form asks for a name or initials (Ctrl+T shortens a name), the levels, the month,
the items of work that mapped to the next level, how that work became visible and
what the peer said. Each item is added in a small dialog that tags it with ladder
dimensions, a signal and kinds of work; the kinds its words suggest are offered
on a line beneath, never ticked for the user.
"""

from __future__ import annotations

from dataclasses import replace

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    DataTable,
    Input,
    Label,
    RadioSet,
    Select,
    SelectionList,
    Static,
    TextArea,
)

from careerclimb_tui import catalogue
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.peers import (
    KIND_IDS,
    WORK_KINDS,
    Peer,
    PeerItem,
    Signal,
    checked_peer,
    initials_of,
    looks_like_initials,
    parse_promoted_in,
    suggest_kinds,
    work_kind,
)
from careerclimb_tui.domain.wins import clean_list
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.base import FormScreen
from careerclimb_tui.store.peers_docs import save_peer
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.fields import (
    FieldError,
    FormScroll,
    FormSelect,
    LongTextArea,
    WholeInput,
)
from careerclimb_tui.widgets.footer import KeysFooter
from careerclimb_tui.widgets.hanging import wrap_hanging
from careerclimb_tui.widgets.names import names_lines, short_names
from careerclimb_tui.widgets.toggles import MarkedRadioButton, MarkedSelectionList

EDITABLE_FIELDS = (
    "name",
    "from_level",
    "to_level",
    "promoted_in",
    "items",
    "visibility",
    "advice",
)
"""The fields of a peer the form changes; the rest are kept as they were."""
ITEMS_FRAME = 15
"""Cells the items list takes besides its columns: the form's padding (4) and
scroll bar (2), the list's own scroll bar (1) and the padding of its four
columns (8)."""
ITEM_TEXT_MIN_WIDTH = 14
"""The fewest cells the item's own words keep beside its dimensions and kinds."""
TAGS_SHARE = 3
"""Dimensions and kinds of work may each take up to a third of the room: the
item's own words, wrapped in full, keep the rest."""


def level_options(ladder: Ladder, *keep: str) -> list[tuple[str, str]]:
    """The ladder's levels as (label, id) choices, plus any unknown ids to keep.

    The drop-downs show the labels as written, never read as markup.
    """
    # Two drop-downs share a line here: the titles alone fit, and tell levels apart.
    options = [(level.title, level.id) for level in ladder.levels]
    known = {level.id for level in ladder.levels}
    options.extend((level_id, level_id) for level_id in keep if level_id not in known)
    return options


class PeerFormScreen(FormScreen["Peer | None"]):
    """Records a new promoted peer or edits one; dismisses with the saved peer."""

    CSS_PATH = "peer_form.tcss"
    FIELD_PAGE = "#peer-form"
    COMMAND_CATEGORY = "Peer"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="peer.save"),
        Binding("f2", "save", "Save", id="peer.save_f2", show=False),
        Binding("ctrl+n", "add_item", "Add item", id="peer.add_item"),
        Binding("ctrl+t", "use_initials", "Use initials", id="peer.initials"),
        Binding(
            "delete", "remove_item", "Remove item", id="peer.remove_item", show=False
        ),
        Binding("escape", "cancel", "Cancel", id="peer.cancel"),
    ]

    def __init__(self, peer: Peer | None = None) -> None:
        super().__init__()
        self.editing = peer
        self._items: list[PeerItem] = list(peer.items) if peer else []
        # The name Ctrl+T last shortened and the initials it made, so that Ctrl+T on
        # those initials brings the name back instead of shortening them again.
        self._shortened: tuple[str, str] | None = None

    def compose(self) -> ComposeResult:
        peer = self.editing
        profile = self.profile
        levels = self.ladder.levels
        from_level = peer.from_level if peer else ""
        to_level = peer.to_level if peer else ""
        if peer is None:
            from_level = profile.current_level if profile else levels[0].id
            to_level = profile.target_level if profile else levels[-1].id
        options = level_options(self.ladder, from_level, to_level)
        heading = (
            catalogue.PEER_FORM_EDIT.format(name=peer.name)
            if peer
            else catalogue.PEER_FORM_NEW
        )

        with FormScroll(id="peer-form"):
            yield Static(heading, id="peer-heading", markup=False)
            yield Label(catalogue.PEER_ASK_NAME)
            yield WholeInput(
                peer.name if peer else "",
                placeholder=catalogue.PEER_NAME_PLACEHOLDER,
                id="peer-name",
            )
            yield Static(catalogue.PEER_NAME_HINT, id="name-hint", classes="hint")
            with Horizontal(id="peer-levels"):
                with Vertical():
                    yield Label(catalogue.PEER_ASK_FROM)
                    yield FormSelect(
                        options,
                        value=from_level,
                        allow_blank=False,
                        type_to_search=False,
                        id="from-level",
                    )
                with Vertical():
                    yield Label(catalogue.PEER_ASK_TO)
                    yield FormSelect(
                        options,
                        value=to_level,
                        allow_blank=False,
                        type_to_search=False,
                        id="to-level",
                    )
            yield Label(catalogue.PEER_ASK_WHEN)
            yield WholeInput(
                peer.promoted_in if peer else "",
                placeholder=catalogue.PEER_WHEN_PLACEHOLDER,
                id="promoted-in",
            )
            yield FieldError(id="when-error")
            yield Label(catalogue.PEER_ASK_ITEMS)
            yield DataTable(id="items", cursor_type="row", zebra_stripes=True)
            yield Static(catalogue.PEER_ITEMS_NONE, id="items-empty", classes="hint")
            yield Static(catalogue.PEER_ITEMS_HINT, classes="hint")
            yield Label(catalogue.PEER_ASK_VISIBILITY)
            yield LongTextArea(peer.visibility if peer else "", id="visibility")
            yield Label(catalogue.PEER_ASK_ADVICE)
            yield LongTextArea(peer.advice if peer else "", id="advice")
            with Horizontal(id="peer-buttons"):
                yield Button(catalogue.SAVE_BUTTON, variant="primary", id="save")
                yield Button(catalogue.CANCEL_BUTTON, id="cancel")
        yield KeysFooter()

    def on_resize(self) -> None:
        if self.is_mounted:
            self._show_items(cursor=self.query_one("#items", DataTable).cursor_row)

    def on_mount(self) -> None:
        table = self.query_one("#items", DataTable)
        for key, title in zip(
            ("text", "signal", "dimensions", "kinds"), catalogue.PEER_ITEM_COLUMNS
        ):
            table.add_column(title, key=key)
        self._show_items()
        self.query_one("#peer-name", Input).focus()
        self.remember_as_opened()

    # --- the items -----------------------------------------------------------------

    def _show_items(self, cursor: int | None = None) -> None:
        """List the items, each in full: a row grows to hold its wrapped words."""
        table = self.query_one("#items", DataTable)
        table.clear()
        signal_width = max(cell_len(signal.label) for signal in Signal)
        room = max(self.size.width - ITEMS_FRAME - signal_width, 3 * 8)
        _, _, dimensions_title, kinds_title = catalogue.PEER_ITEM_COLUMNS

        # Named as the journal and the peers list name them, one to a line. Each
        # of the two may take a third of the room; the item's words the rest.
        short = short_names([d.name for d in self.ladder.dimensions])
        dimensions = [
            names_lines(
                [self.ladder.dimension_name(d) for d in item.dimensions],
                short,
                room // TAGS_SHARE,
            )
            or "—"
            for item in self._items
        ]
        kinds = [
            names_lines(
                [kind.name for k in item.kinds if (kind := work_kind(k))],
                {},
                room // TAGS_SHARE,
            )
            or "—"
            for item in self._items
        ]
        used = sum(
            max(cell_len(line) for cell in [title, *cells] for line in cell.split("\n"))
            for title, cells in ((dimensions_title, dimensions), (kinds_title, kinds))
        )
        text_width = max(room - used, ITEM_TEXT_MIN_WIDTH)

        for item, dimension_cell, kind_cell in zip(self._items, dimensions, kinds):
            words = wrap_hanging(item.text, text_width, text_width)
            table.add_row(
                # Text, not str: what the user typed and a ladder's own names
                # are never read as markup.
                Text("\n".join(words)),
                item.signal.label,
                Text(dimension_cell),
                Text(kind_cell),
                height=None,
            )
        if cursor is not None and self._items:
            table.move_cursor(row=min(cursor, len(self._items) - 1), animate=False)
        table.display = bool(self._items)
        self.query_one("#items-empty").display = not self._items

    def action_add_item(self) -> None:
        """Add one thing the peer did, in the item dialog."""

        def added(item: PeerItem | None) -> None:
            if item is not None:
                self._items.append(item)
                self._show_items(cursor=len(self._items) - 1)
                self.query_one("#items", DataTable).focus()

        self.app.push_screen(PeerItemDialog(self.ladder), added)

    @on(DataTable.RowSelected, "#items")
    def _edit_item(self) -> None:
        row = self.query_one("#items", DataTable).cursor_row
        if not 0 <= row < len(self._items):
            return

        def edited(item: PeerItem | None) -> None:
            if item is not None:
                self._items[row] = item
                self._show_items(cursor=row)

        self.app.push_screen(PeerItemDialog(self.ladder, self._items[row]), edited)

    def action_remove_item(self) -> None:
        """Remove the highlighted item, when the list has the focus."""
        table = self.query_one("#items", DataTable)
        if self.focused is not table or not self._items:
            return
        row = table.cursor_row
        if 0 <= row < len(self._items):
            del self._items[row]
            self._show_items(cursor=row)
            if not self._items:
                self.query_one("#peer-name", Input).focus()

    # --- the name ------------------------------------------------------------------

    @on(Input.Changed, "#peer-name")
    def _name_typed(self, event: Input.Changed) -> None:
        # A full name is the user's call, but the hint stands out until it is made.
        full_name = bool(event.value.strip()) and not looks_like_initials(event.value)
        self.query_one("#name-hint").set_class(full_name, "full-name")

    def action_use_initials(self) -> None:
        """Turn the typed name into initials, or back into the name Ctrl+T shortened.

        Initials are never shortened again ("PR" stays "PR"). The focus stays
        where it is, so Tab and Enter go on from the name as they would have.
        """
        field = self.query_one("#peer-name", Input)
        typed = field.value
        if self._shortened is not None and typed == self._shortened[1]:
            field.value = self._shortened[0]
            self._shortened = None
            # The name is the user's text: brackets in it are not markup.
            self.notify(
                catalogue.PEER_INITIALS_UNDONE.format(name=field.value), markup=False
            )
            return
        initials = initials_of(typed)
        if not initials:
            self.notify(catalogue.PEER_INITIALS_NOTHING, severity="warning")
            return
        if looks_like_initials(typed):
            self.notify(
                catalogue.PEER_INITIALS_ALREADY.format(initials=typed.strip()),
                markup=False,
            )
            return
        field.value = initials
        self._shortened = (typed, initials)
        self.notify(catalogue.PEER_INITIALS_DONE.format(initials=initials))

    @on(Input.Submitted)
    @on(FormSelect.Done)
    def _next_field(self, event: Input.Submitted | FormSelect.Done) -> None:
        """Enter in a one-line field or on a chosen level moves on; Ctrl+S saves.

        A month that cannot be read keeps the focus, with the reason under it,
        as the profile's and a win's dates do.
        """
        if isinstance(event, Input.Submitted) and event.input.id == "promoted-in":
            if not self._when_is_readable():
                return
        self.focus_next()

    # --- the month -----------------------------------------------------------------

    @on(Input.Changed, "#promoted-in")
    def _when_edited(self) -> None:
        self.query_one("#when-error", FieldError).say("")

    def _when_is_readable(self) -> bool:
        """Check the month as typed, saying under it why when it cannot be used."""
        error = self.query_one("#when-error", FieldError)
        try:
            parse_promoted_in(
                self.query_one("#promoted-in", Input).value, self.clock.today()
            )
        except CareerClimbError as problem:
            error.say(problem.message)
            return False
        error.say("")
        return True

    # --- reading the form ----------------------------------------------------------

    def typed_values(self) -> tuple[object, ...]:
        """Everything the user can change in the form, to tell if they did."""
        return (
            self.query_one("#peer-name", Input).value,
            self.query_one("#from-level", Select).value,
            self.query_one("#to-level", Select).value,
            self.query_one("#promoted-in", Input).value,
            tuple(self._items),
            self.query_one("#visibility", TextArea).text,
            self.query_one("#advice", TextArea).text,
        )

    def _peer_from_form(self) -> Peer:
        typed = Peer(
            name=self.query_one("#peer-name", Input).value,
            from_level=str(self.query_one("#from-level", Select).value),
            to_level=str(self.query_one("#to-level", Select).value),
            promoted_in=parse_promoted_in(
                self.query_one("#promoted-in", Input).value, self.clock.today()
            ),
            items=tuple(self._items),
            visibility=self.query_one("#visibility", TextArea).text,
            advice=self.query_one("#advice", TextArea).text,
        )
        if self.editing is not None:
            # Keep the id, stamps and unknown fields of the record being edited.
            typed = replace(
                self.editing,
                **{f: getattr(typed, f) for f in EDITABLE_FIELDS},
            )
        return checked_peer(typed)

    # --- actions -------------------------------------------------------------------

    async def action_save(self) -> None:
        """Save off the event loop; say so only once it is on disk."""
        if not self._when_is_readable():
            # Said under the month, where the user mends it.
            self.query_one("#promoted-in", Input).focus()
            return
        try:
            peer = self._peer_from_form()
        except CareerClimbError as error:
            self.notify(
                error.message, title=catalogue.PEERS_NOT_SAVED, severity="error"
            )
            return
        saved = await self.careerclimb.run_store(
            lambda: save_peer(self.store, peer), failure=catalogue.PEERS_NOT_SAVED
        )
        if saved is None:
            return
        self.notify(catalogue.PEERS_SAVED.format(name=saved.name))
        self.dismiss(saved)

    def action_cancel(self) -> None:
        """Leave the form, asking first when that would throw typing away."""
        if not self.is_dirty():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmDialog(catalogue.PEER_DISCARD), answered)


class PeerItemDialog(ModalScreen["PeerItem | None"]):
    """One thing a peer did: its words, signal, dimensions and kinds of work."""

    CSS_PATH = "peer_form.tcss"
    BINDINGS = [
        Binding("ctrl+s,f2", "save", "Keep it", id="peer_item.save"),
        Binding("escape", "cancel", "Cancel", id="peer_item.cancel"),
    ]

    help_name = catalogue.PEER_ITEM_TITLE
    """What the help's title calls the dialog."""

    def __init__(self, ladder: Ladder, item: PeerItem | None = None) -> None:
        super().__init__()
        self.ladder = ladder
        self.item = item
        # Kinds the user left or took off are theirs: they are not offered again.
        # An item kept earlier has had its kinds chosen already.
        self._declined: set[str] = (
            set(suggest_kinds(item.text)) - set(item.kinds) if item else set()
        )

    def compose(self) -> ComposeResult:
        item = self.item
        signal = item.signal if item else Signal.NEXT_LEVEL
        dimensions = set(item.dimensions) if item else set()
        kinds = set(item.kinds) if item else set()
        with FormScroll(id="peer-item"):
            yield Static(catalogue.PEER_ITEM_TITLE, classes="section-title")
            yield Label(catalogue.PEER_ITEM_ASK_TEXT)
            yield LongTextArea(
                item.text if item else "", id="item-text", soft_wrap=True
            )
            yield Label(catalogue.PEER_ITEM_ASK_SIGNAL)
            with RadioSet(id="item-signal"):
                for choice in Signal:
                    yield MarkedRadioButton(
                        choice.label, value=choice is signal, name=choice.value
                    )
            with Horizontal(id="item-tags"):
                with Vertical():
                    yield Label(catalogue.PEER_ITEM_ASK_DIMENSIONS)
                    yield MarkedSelectionList[str](
                        *[
                            (d.name, d.id, d.id in dimensions)
                            for d in self.ladder.dimensions
                        ],
                        id="item-dimensions",
                    )
                with Vertical():
                    yield Label(catalogue.PEER_ITEM_ASK_KINDS)
                    yield MarkedSelectionList[str](
                        *[(k.name, k.id, k.id in kinds) for k in WORK_KINDS],
                        id="item-kinds",
                    )
            yield Static(id="kinds-guess", classes="hint", markup=False)
            yield Static(catalogue.PEER_ITEM_KEYS, classes="hint")
        # Its own footer, over the form's: the form's keys do nothing here.
        yield KeysFooter()

    def on_mount(self) -> None:
        area = self.query_one("#item-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        self._show_guess()

    def _guesses(self) -> list[str]:
        """Kinds the words suggest that are neither ticked nor declined."""
        kinds = self.query_one("#item-kinds", SelectionList)
        ticked = set(kinds.selected)
        return [
            kind
            for kind in suggest_kinds(self.query_one("#item-text", TextArea).text)
            if kind not in ticked and kind not in self._declined
        ]

    @on(TextArea.Changed, "#item-text")
    def _show_guess(self) -> None:
        """Say under the kinds of work what the words look like; tick nothing.

        While the focus is elsewhere, the list's cursor rests on the first kind
        offered, so that moving into the list and pressing space ticks it.
        """
        guesses = self._guesses()
        line = self.query_one("#kinds-guess", Static)
        line.display = bool(guesses)
        if not guesses:
            return
        names = ", ".join(kind.name for k in guesses if (kind := work_kind(k)))
        template = (
            catalogue.PEER_ITEM_GUESS_ONE
            if len(guesses) == 1
            else catalogue.PEER_ITEM_GUESS_MANY
        )
        line.update(template.format(kinds=names))
        kinds = self.query_one("#item-kinds", SelectionList)
        if self.focused is not kinds:
            kinds.highlighted = KIND_IDS.index(guesses[0])

    @on(SelectionList.SelectionToggled, "#item-kinds")
    def _kinds_toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        kinds = self.query_one("#item-kinds", SelectionList)
        toggled = str(event.selection.value)
        if toggled not in kinds.selected:
            self._declined.add(toggled)
        # The highlight stays on the kind just ticked, as in the dimensions
        # beside it, so that the arrow keys go on from where the user is.
        self._show_guess()

    def action_save(self) -> None:
        """Keep the item and close; refuse an item with no words."""
        text = " ".join(self.query_one("#item-text", TextArea).text.split())
        if not text:
            self.notify(catalogue.PEER_ITEM_NEEDS_TEXT, severity="warning")
            self.query_one("#item-text", TextArea).focus()
            return
        # Only what the user ticked is kept: an item may have no kind at all.
        pressed = self.query_one("#item-signal", RadioSet).pressed_button
        signal = Signal(pressed.name) if pressed and pressed.name else Signal.NEXT_LEVEL
        dimensions = self.query_one("#item-dimensions", SelectionList).selected
        kinds = self.query_one("#item-kinds", SelectionList).selected
        self.dismiss(
            PeerItem(
                text=text,
                dimensions=clean_list(str(d) for d in dimensions),
                signal=signal,
                kinds=clean_list(str(k) for k in kinds),
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
