"""Promoted peers: the people recorded, what they did, and what they had in common.

The list shows each peer recorded; the highlighted one's items, how their work got
seen and what they said appear below it. The pattern view underneath sets what
most peers did beside the user's own evidence. The questions worth asking a
promoted peer are one key away, and one more key copies them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.gaps import latest_verdicts
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.peers import (
    PatternMissing,
    PatternRow,
    PatternView,
    Peer,
    kind_dimensions,
    kinds_of_win,
    level_title,
    newest_first,
    pattern_view,
    promotion_text,
    questions_for_copy,
    questions_to_ask,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.screens.base import (
    CoachScreen,
    page_binding_ids,
    page_bindings,
    KeysOnlyDialog,
    scroll_page,
)
from careerclimb_tui.store.peers_docs import delete_peer, peers
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.footer import KeysFooter
from careerclimb_tui.widgets.hanging import HangingLine, HangingText
from careerclimb_tui.widgets.names import (
    counts_names,
    cut_name,
    names_cell,
    short_names,
    widest_lead_name,
)
from careerclimb_tui.widgets.tables import clear_columns
from careerclimb_tui.widgets.text import markup_safe, one_line

PEERS_COLUMN_KEYS = ("who", "promotion", "when", "items", "dimensions")
"""The keys of the table's columns, in the order of their headings."""
DIMENSIONS_MIN_WIDTH = 12
"""The dimensions column never shrinks below this many cells."""
LEVEL_WIDTH = 16
"""Cells of the level reached shown in the table; the detail shows it in full."""
PAGE_CHROME = 6
"""Cells of the screen's width the table cannot use: the page's padding on both
sides and its scroll bar."""
CELL_PADDING = 2
"""Cells a table column adds around its content, one on each side."""
NAMED_WIN_WIDTH = 44
"""Cells of each win title named under a finding; the journal shows it in full."""
NAMED_WINS_ROOM = 56
"""Cells the titles named under a finding share, so that they and the count of
the others fit on one line of an 80-column terminal."""
NAMED_WINS_MOST = 3
"""Wins named under one finding at most; the others are counted."""

Backing = Mapping[tuple[str, str], Sequence[Win]]
"""The user's next-level wins behind each finding, by ("kind" or "dimension", id)."""


def peer_detail(peer: Peer, ladder: Ladder) -> list[HangingLine]:
    """The peer's promotion, items, how their work got seen and what they said.

    Every line is shown in full, wrapped under its mark, since an item cut short
    loses what the peer actually did. Levels are named by their titles on
    ``ladder``; what the user typed is never read as markup.
    """
    lines = [
        HangingLine(catalogue.PEERS_ITEMS_TITLE.format(name=peer.name), style="bold"),
        HangingLine(promotion_text(peer, ladder), style="dim"),
    ]
    if not peer.items:
        lines.append(HangingLine(catalogue.PEERS_NO_ITEMS, style="dim"))
    for item in peer.items:
        if item.is_next_level:
            lines.append(HangingLine(item.text, lead="▸ "))
        else:
            lines.append(HangingLine(item.text, lead="[dim]· [/]", style="dim"))
    for template, text in (
        (catalogue.PEERS_VISIBILITY, peer.visibility),
        (catalogue.PEERS_ADVICE, peer.advice),
    ):
        if text:
            lines.append(HangingLine(template.format(text=text), indent=2))
    return lines


def next_level_backing(
    wins: Iterable[Win], verdicts: Mapping[int, VerdictKind], ladder: Ladder
) -> Backing:
    """The user's next-level wins behind each finding of the pattern view.

    A win backs each dimension it is tagged with and each kind of work it is
    (``kinds_of_win``), the way ``pattern_view`` counts them; only wins the
    latest review calls next-level are kept.
    """
    named = kind_dimensions(ladder)
    backing: dict[tuple[str, str], list[Win]] = {}
    for win in wins:
        if win.id is None or verdicts.get(win.id) is not VerdictKind.NEXT_LEVEL:
            continue
        for dimension in win.dimensions:
            backing.setdefault(("dimension", dimension), []).append(win)
        for kind in kinds_of_win(win, named):
            backing.setdefault(("kind", kind), []).append(win)
    return backing


def named_wins(wins: Sequence[Win]) -> str:
    """The wins' titles, as many as read well on one line, the others counted.

    The first title is always named; each next one only while the titles fit in
    ``NAMED_WINS_ROOM``, since fewer titles that can be read say more than many
    cut to their first words. A long title is cut after a whole word, so a
    number in it is never cut in two.
    """
    titles: list[str] = []
    for win in wins[:NAMED_WINS_MOST]:
        title = f"“{cut_name(win.title, NAMED_WIN_WIDTH)}”"
        names = ", ".join([*titles, title])
        if titles and cell_len(names) > NAMED_WINS_ROOM:
            break
        titles.append(title)
    names = ", ".join(titles)
    if len(wins) > len(titles):
        more = len(wins) - len(titles)
        names += catalogue.PEERS_NAMED_MORE.format(count=more)
    return names


def pattern_lines(
    view: PatternView, backing: Backing | None = None
) -> list[HangingLine]:
    """The pattern view as lines: kinds of work, then dimensions, gaps highlighted.

    Under a finding the user has next-level wins for, ``backing`` names them. A
    finding that wraps goes on under its own words, not under its mark.
    """
    if view.missing is PatternMissing.TAGS:
        return [HangingLine(catalogue.PEERS_PATTERN_UNTAGGED, style="dim")]
    if view.missing is not None:
        return [HangingLine(catalogue.PEERS_PATTERN_NONE, style="dim")]
    lines: list[HangingLine] = []
    sections: tuple[tuple[str, str, tuple[PatternRow, ...]], ...] = (
        ("kind", catalogue.PEERS_PATTERN_BY_KIND, view.kinds),
        ("dimension", catalogue.PEERS_PATTERN_BY_DIMENSION, view.dimensions),
    )
    for section, title, rows in sections:
        if not rows:
            continue
        if lines:
            lines.append(HangingLine(""))
        lines.append(HangingLine(title, style="italic"))
        for row in rows:
            if row.is_gap:
                lead, style = "[bold yellow]▲ [/]", "bold yellow"
            else:
                lead, style = "· ", ""
            lines.append(HangingLine(row.sentence, lead=lead, style=style))
            wins = (backing or {}).get((section, row.key), ())
            if wins:
                lead = f"  [dim]{markup_safe(catalogue.PEERS_NAMED_WINS)}[/]"
                lines.append(HangingLine(named_wins(wins), lead=lead))
    if view.unrecorded_note:
        lines += [HangingLine(""), HangingLine(view.unrecorded_note, style="dim")]
    return lines


class PeersScreen(CoachScreen[None]):
    """Lists promoted peers, shows one in full, and the pattern across them."""

    CSS_PATH = "peers.tcss"
    COMMAND_CATEGORY = "Peers"
    CHANGE_ACTIONS = frozenset({"new", "edit", "delete"})

    BINDINGS = [
        Binding("n", "new", "New peer", id="peers.new"),
        Binding("e", "edit", "Edit", id="peers.edit"),
        Binding("d", "delete", "Delete", id="peers.delete"),
        Binding("a", "questions", "Questions to ask", id="peers.questions"),
        Binding("y", "copy_questions", "Copy questions", id="peers.copy", show=False),
        Binding("escape", "back", "Back", id="peers.back"),
        # The list of peers has the focus; these keys move the page beneath it,
        # which holds the detail and the pattern, instead of the list's cursor.
        *page_bindings("peers"),
    ]
    VIEW_KEYS = page_binding_ids("peers")
    """Keys that only move the page: listed after the actions, not in the palette."""

    def __init__(self) -> None:
        super().__init__()
        self._peers: list[Peer] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="peers-body"):
            yield Static(catalogue.PEERS_TITLE, id="peers-title")
            yield Static(catalogue.PEERS_INTRO, classes="hint")
            yield DataTable(id="peers", cursor_type="row", zebra_stripes=True)
            yield Static(catalogue.PEERS_NONE, id="peers-empty", classes="empty-state")
            yield HangingText(id="peer-detail")
            yield Static(catalogue.PEERS_PATTERN_TITLE, classes="section-title")
            yield HangingText(id="pattern")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#peers", DataTable).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def on_resize(self) -> None:
        if self.is_mounted:
            self._fill_table()
            self._show_detail()

    # --- loading -------------------------------------------------------------------

    def reload(self, keep_id: int | None = None) -> None:
        """Read the peers again and redraw, keeping the cursor on ``keep_id``."""
        table = self.query_one("#peers", DataTable)
        if keep_id is None and self._peers and table.row_count:
            keep_id = self._current_id()
        self._peers = newest_first(peers(self.store))
        self._fill_table()
        rows = [p.id for p in self._peers]
        if keep_id in rows:
            table.move_cursor(row=rows.index(keep_id), animate=False)
        self._show_detail()

        wins = self.store.wins()
        verdicts = latest_verdicts(self.store.reviews())
        view = pattern_view(self._peers, self.ladder, wins, verdicts)
        backing = next_level_backing(wins, verdicts, self.ladder)
        self.query_one("#pattern", HangingText).show_entries(
            pattern_lines(view, backing)
        )
        self.refresh_bindings()

    def _fill_table(self) -> None:
        table = self.query_one("#peers", DataTable)
        cursor = table.cursor_row
        clear_columns(table, zip(PEERS_COLUMN_KEYS, catalogue.PEERS_COLUMNS))
        leading = [
            (
                one_line(peer.name, 16),
                one_line(level_title(self.ladder, peer.to_level), LEVEL_WIDTH),
                Text(peer.promoted_in or catalogue.PEERS_UNKNOWN_MONTH),
                Text(str(len(peer.next_level_items))),
            )
            for peer in self._peers
        ]

        # Dimensions are named as the journal names them: every one, by one form,
        # and counted in every row of several once one row has to be.
        short = short_names([dimension.name for dimension in self.ladder.dimensions])
        rows = [
            [self.ladder.dimension_name(d) for d in peer.dimensions]
            for peer in self._peers
        ]
        width = self._dimensions_width(leading, widest_lead_name(rows, short))
        counted = counts_names(rows, short, width)
        for peer, names, cells in zip(self._peers, rows, leading, strict=True):
            cell = names_cell(names, short, width, counted=counted)
            table.add_row(*cells, Text(cell or "—"), key=str(peer.id))
        if self._peers:
            table.move_cursor(row=min(cursor, len(self._peers) - 1), animate=False)
        table.display = bool(self._peers)
        self.query_one("#peers-empty").display = not self._peers

    def _dimensions_width(self, leading: Sequence[Sequence[Text]], least: int) -> int:
        """Cells the dimensions column can have: what the other columns leave.

        The other columns are as wide as their widest cell or title, so the
        dimensions get every cell of the row the rest does not use, and never
        fewer than ``least`` (the widest short name a row starts with, as the
        journal keeps) or ``DIMENSIONS_MIN_WIDTH``.
        """
        titles = catalogue.PEERS_COLUMNS[: len(catalogue.PEERS_COLUMNS) - 1]
        taken = sum(
            max([cell_len(title), *(row[index].cell_len for row in leading)])
            + CELL_PADDING
            for index, title in enumerate(titles)
        )
        room = self.size.width - PAGE_CHROME - taken - CELL_PADDING
        return max(room, least, DIMENSIONS_MIN_WIDTH)

    def _current(self) -> Peer | None:
        table = self.query_one("#peers", DataTable)
        if not self._peers or not 0 <= table.cursor_row < len(self._peers):
            return None
        return self._peers[table.cursor_row]

    def _current_id(self) -> int | None:
        peer = self._current()
        return peer.id if peer else None

    @on(DataTable.RowHighlighted, "#peers")
    def _show_detail(self) -> None:
        peer = self._current()
        detail = self.query_one("#peer-detail", HangingText)
        detail.display = peer is not None
        if peer is not None:
            detail.show_entries(peer_detail(peer, self.ladder))

    # --- actions -------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim the keys that need a peer while there is none."""
        if self.refuses_change(action):
            return False
        if action in ("edit", "delete") and not self._peers:
            return None
        return True

    def action_new(self) -> None:
        """Open the form for a new peer."""
        from careerclimb_tui.screens.peer_form import PeerFormScreen

        self.app.push_screen(PeerFormScreen(), self._form_closed)

    @on(DataTable.RowSelected, "#peers")
    def action_edit(self) -> None:
        """Open the highlighted peer in the form."""
        from careerclimb_tui.screens.peer_form import PeerFormScreen

        peer = self._current()
        if peer is not None:
            self.app.push_screen(PeerFormScreen(peer), self._form_closed)

    def _form_closed(self, saved: Peer | None) -> None:
        if saved is not None:
            self.reload(keep_id=saved.id)

    def action_delete(self) -> None:
        """Delete the highlighted peer, once the user confirms."""
        peer = self._current()
        if peer is None or peer.id is None:
            return
        peer_id = peer.id

        def remove() -> bool:
            delete_peer(self.store, peer_id)
            return True

        async def answered(delete: bool | None) -> None:
            if not delete:
                return
            done = await self.careerclimb.run_store(
                remove, failure=catalogue.PEERS_NOT_DELETED
            )
            if done:
                self.notify(catalogue.PEERS_DELETED.format(name=peer.name))
                self.reload()

        self.app.push_screen(
            ConfirmDialog(catalogue.PEERS_DELETE.format(name=peer.name)), answered
        )

    def action_questions(self) -> None:
        """Show the questions worth asking a promoted peer."""
        self.app.push_screen(QuestionsDialog())

    def action_copy_questions(self) -> None:
        """Copy the questions, numbered, to the clipboard."""
        copy_questions(self)

    def action_scroll_page(self, where: str) -> None:
        """Move the page a screenful up or down, or to its top or its end."""
        scroll_page(self.query_one("#peers-body", VerticalScroll), where)

    def action_back(self) -> None:
        self.dismiss()


def copy_questions(node: CoachScreen[None] | QuestionsDialog) -> None:
    """Copy the numbered questions and say so."""
    node.app.copy_to_clipboard(questions_for_copy())
    node.notify(catalogue.PEERS_COPIED.format(count=len(questions_to_ask())))


class QuestionsDialog(KeysOnlyDialog[None]):
    """The questions to ask a promoted peer, ready to copy."""

    CSS_PATH = "peers.tcss"
    BINDINGS = [
        Binding("y", "copy", "Copy questions", id="questions.copy"),
        Binding("escape,q", "close", "Close", id="questions.close"),
    ]

    help_name = catalogue.QUESTIONS_TITLE
    """What the help's title calls the dialog."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="questions"):
            yield Static(catalogue.QUESTIONS_TITLE, classes="section-title")
            yield Static(catalogue.QUESTIONS_INTRO, classes="hint")
            for number, question in enumerate(questions_to_ask(), start=1):
                yield Static(f"{number}. {question}", classes="question")
            yield Static(catalogue.QUESTIONS_KEYS, classes="hint")
        # Its own footer, over the peers': only this dialog's keys work here.
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#questions", VerticalScroll).focus()

    def action_copy(self) -> None:
        """Copy the numbered questions to the clipboard."""
        copy_questions(self)

    def action_close(self) -> None:
        self.dismiss()
