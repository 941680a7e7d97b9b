"""The wins journal: every win, newest first, searchable as you type.

A heavy user has thousands of wins, so the journal folds each win's text once per
read of the store and only scans it per keystroke, and draws a page of matching
rows at a time; moving past the last row drawn brings in the next page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Input, Select, Static

from careerclimb_tui import catalogue, queries
from careerclimb_tui.domain.dates import day_in_words
from careerclimb_tui.domain.evidence import noticed_to_edit, win_recognition
from careerclimb_tui.domain.gaps import added_after_review, reviewed_times
from careerclimb_tui.domain.measure_text import with_measure
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Win, describe_under_kind, measure_kind
from careerclimb_tui.domain.review import (
    Noticed,
    Review,
    counted,
    edited_since_review,
    run_judging,
    wins_phrase,
)
from careerclimb_tui.domain.wins import (
    filter_wins,
    matching_with_texts,
    quarters_with_wins,
    search_narrows,
    same_win_in,
    search_texts,
    search_words,
)
from careerclimb_tui.screens.base import CoachScreen, KeysOnlyDialog
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.names import (
    counts_names,
    names_cell,
    short_names,
    widest_lead_name,
)
from careerclimb_tui.widgets.tables import RowTable
from careerclimb_tui.widgets.text import one_line

if TYPE_CHECKING:
    from careerclimb_tui.domain.ladder import Ladder
    from careerclimb_tui.screens.log_win import LogWinScreen
    from careerclimb_tui.store import Store

ALL_QUARTERS = "all"
HELP_KEY = "question_mark"
"""The app's help key: typed on the list it opens help instead of a search."""
SCREEN_PADDING = 4
"""Cells taken by the padding on either side of the journal (see journal.tcss)."""
SCROLLBAR_WIDTH = 1
CELL_PADDING = 2
"""Cells the table adds around every column."""
FIXED_WIDTHS = {"date": 10, "day": 5, "framing": 8}
"""Columns whose text always has the same width."""
WIN_MIN_WIDTH = 20
"""The fewest cells the Win column is given before other columns make way."""
WIN_WANTED_WIDTH = 45
"""Cells the Win column takes first, so that wins that begin alike differ on
screen; Dimensions gets what is left beyond them, within its bounds."""
DIMENSIONS_MIN_WIDTH = 12
"""Room for a short dimension name, or for a count ("3 dimensions")."""
DIMENSIONS_MAX_WIDTH = 26
LAYOUTS = (
    ("date", "framing", "win", "dimensions"),
    ("date", "framing", "win"),
    ("day", "win"),
)
"""The columns shown, widest first: Dimensions goes first, then the framing, so
that the win itself stays readable. The date stays, without its year ("day"):
wins that begin alike are told apart by it, and the list is in date order."""
PAGE_ROWS = 100
"""Rows drawn at a time: four screens to scroll through, few enough to draw again
at every key (each row drawn is measured and kept by the table)."""
NARROW_BELOW = 60
"""Below this many columns the quarter filter shrinks and the search hint is short,
so that the search box keeps room for what is typed (see journal.tcss)."""


def column_widths(
    width: int, widest: Mapping[str, int] | None = None
) -> dict[str, int]:
    """The journal's columns at a screen width, in order, each with its width.

    The win takes up to ``WIN_WANTED_WIDTH`` cells of what the fixed columns
    leave, Dimensions what is left beyond them within its bounds, and the win
    the rest; when the win would get fewer than ``WIN_MIN_WIDTH`` cells,
    Dimensions and then the framing are left out, and the date loses its year.
    Sized to their text, the columns take no more than it needs: Dimensions
    shrinks to its widest names (down to its heading) and is left out when no
    win has any, and the win has the rest.
    Dimensions keeps room for the widest short name a row starts with
    ("Collaboration…"), so that no name is cut inside its first word.

    Args:
        width: the screen's width in cells.
        widest: column key → the cells of its widest text ("win", "dimensions"),
            when known; a column not given is sized as if its text were long.
            "short_dimension" gives the cells of the widest short name that
            a row starts with.

    Returns:
        Column key → the width of its text, without the cell padding.
    """
    widest = widest or {}
    win_wanted = min(widest.get("win", WIN_WANTED_WIDTH), WIN_WANTED_WIDTH)
    heading = cell_len(catalogue.JOURNAL_COLUMNS["dimensions"])
    dimensions_wanted = min(
        max(widest.get("dimensions", DIMENSIONS_MAX_WIDTH), heading),
        DIMENSIONS_MAX_WIDTH,
    )
    short = widest.get("short_dimension", 0)
    dimensions_least = min(dimensions_wanted, max(short, DIMENSIONS_MIN_WIDTH))
    layouts = LAYOUTS
    if widest.get("dimensions") == 0:
        layouts = tuple(keys for keys in LAYOUTS if "dimensions" not in keys)

    room = width - SCREEN_PADDING - SCROLLBAR_WIDTH
    for keys in layouts:
        left = room - len(keys) * CELL_PADDING
        left -= sum(FIXED_WIDTHS.get(key, 0) for key in keys)
        widths = {key: FIXED_WIDTHS.get(key, 0) for key in keys}
        if "dimensions" in keys:
            widths["dimensions"] = min(
                max(left - win_wanted, dimensions_least), dimensions_wanted
            )
            left -= widths["dimensions"]
        widths["win"] = max(left, 1)
        if left >= WIN_MIN_WIDTH:
            break
    return widths


class JournalScreen(CoachScreen[None]):
    """Lists, searches, opens, edits and deletes wins, with undo."""

    CSS_PATH = "journal.tcss"
    COMMAND_CATEGORY = "Journal"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-wide")]
    CHANGE_ACTIONS = frozenset({"edit", "delete", "new", "undo"})
    # The list, not the search box, takes the keys from the start: focusing it
    # later, from on_mount, would let a key typed at once land in the search.
    AUTO_FOCUS = "#wins"
    # Every letter typed on the list starts a search, so the list's own actions
    # sit on keys that print nothing: a fast typist's second letter, reaching the
    # list before the search box has focus, must never edit or delete a win.
    # Edit and Delete act on the highlighted row from the search box too, so they
    # come before the box's own use of those keys (see check_action).
    BINDINGS = [
        Binding("enter", "open", "Open", id="journal.open", show=False),
        Binding("ctrl+e", "edit", "Edit", id="journal.edit", priority=True),
        Binding("delete", "delete", "Delete", id="journal.delete", priority=True),
        Binding("ctrl+z", "undo", "Undo", id="journal.undo"),
        Binding("ctrl+n", "new", "New win", id="journal.new"),
        # Any letter typed on the list starts a search (the status line says so),
        # so "/" gives its footer room to Esc, whose "Clear search" is long.
        Binding("slash", "search", "Search", id="journal.search", show=False),
        # Over the box's own Ctrl+U, which only deletes what is left of the cursor
        # and does nothing from the list; this one empties the search from both.
        Binding(
            "ctrl+u",
            "empty_search",
            catalogue.JOURNAL_EMPTY_SEARCH,
            id="journal.empty_search",
            show=False,
            priority=True,
        ),
        # One key, two steps: Esc empties a search first, and leaves only once
        # nothing is typed (check_action turns the first step off till then).
        Binding(
            "escape",
            "clear_search",
            catalogue.JOURNAL_CLEAR_SEARCH,
            id="journal.clear_search",
        ),
        Binding("escape", "back", "Back", id="journal.back"),
    ]
    HELP_WIDGET_KEYS = catalogue.JOURNAL_WIDGET_KEYS
    # Refused only while the search box has focus (see ``check_action``).
    HELP_KEPT_WHILE_TYPING = frozenset({"delete"})

    class Loaded(Message):
        """Posted when the journal has read the wins and drawn their first page."""

    def __init__(self) -> None:
        super().__init__()
        self._wins: list[Win] = []
        # Each win's folded text, made once per read, right after it is drawn.
        self._texts: list[str] | None = None
        self._quarters: list[Quarter] = []
        self._matches: list[Win] = []
        # The last search's matches with their texts, for a search typed further.
        self._matched_texts: list[str] = []
        self._searched: tuple[str, Quarter | None] | None = None
        # The matches drawn so far: the rows of the table, in order.
        self._shown: list[Win] = []
        self._key_state: tuple[bool, bool, bool, bool] | None = None
        # True from a letter typed on the list until the search box is left:
        # keys typed meanwhile are part of the search, whatever they are bound to.
        self._typing_search = False
        # Each win's cells as drawn with the current columns: a search redraws the
        # same wins again and again, and fitting text to a cell is the costly part.
        self._cells: dict[int, tuple[Text, ...]] = {}
        self._columns: dict[str, int] = {}
        # The cells of the widest text of each sized column, over every win.
        self._widest: dict[str, int] = {}
        self._short_names: dict[str, str] = {}
        # True when the Dimensions column counts every row of several names.
        self._counted = False
        self._count_line = ""

    @property
    def _deleted(self) -> list[Win]:
        """The wins deleted since the app opened: kept by the app, not this
        screen, so that leaving the journal does not lose the undo."""
        return self.careerclimb.deleted_wins

    def compose(self) -> ComposeResult:
        with Vertical(id="journal-body"):
            yield Static(catalogue.JOURNAL_TITLE, id="journal-title")
            with Horizontal(id="journal-filters"):
                yield Input(
                    placeholder=catalogue.JOURNAL_SEARCH,
                    select_on_focus=False,
                    id="search",
                )
                yield Select(
                    [(catalogue.JOURNAL_ALL_QUARTERS, ALL_QUARTERS)],
                    value=ALL_QUARTERS,
                    allow_blank=False,
                    type_to_search=False,
                    id="quarter",
                )
            yield RowTable(id="wins", before_last_row=self._draw_all)
            yield Static(id="journal-empty", classes="empty-state")
            yield Static(id="journal-count", classes="hint")
        yield SteadyFooter()

    def on_resize(self, event: events.Resize) -> None:
        search = self.query_one("#search", Input)
        narrow = event.size.width < NARROW_BELOW
        placeholder = (
            catalogue.JOURNAL_SEARCH_SHORT if narrow else catalogue.JOURNAL_SEARCH
        )
        if search.placeholder != placeholder:
            search.placeholder = placeholder
        if self.is_mounted:
            self._apply_filter()

    def on_mount(self) -> None:
        table = self.query_one("#wins", DataTable)
        self._short_names = short_names([d.name for d in self.ladder.dimensions])
        self.reload()
        table.focus()
        self.post_message(self.Loaded())
        self.follow_outside_changes()

    def on_screen_resume(self) -> None:
        """Show the wins as they are now, when a screen opened over the journal
        changed them (a win logged, a quarter reviewed)."""
        # Compared record by record, the wins kept since the last read are the
        # same records when nothing changed, so the check costs little.
        if self.is_mounted and queries.wins(self.store) != self._wins:
            self.reload()

    def show_outside_changes(self) -> None:
        """List the wins another window logged, edited or deleted; the cursor
        stays on its win and the search keeps what was typed."""
        if queries.wins(self.store) != self._wins:
            self.reload()

    # --- loading and filtering -----------------------------------------------------

    def reload(self, keep_id: int | None = None) -> None:
        """Read the wins again and redraw, keeping the cursor on ``keep_id``."""
        self._wins = queries.wins(self.store)
        self._widest = self._widest_texts()
        self._texts = None
        self._searched = None
        self._cells = {}
        self._counted = self._counts_dimensions()
        self._refresh_quarters()
        self._apply_filter(keep_id)
        # Folded once the rows are on screen, so the first keystroke finds it done.
        self.call_after_refresh(self._search_texts)

    def _widest_texts(self) -> dict[str, int]:
        """The cells of the widest win, with its measure, of the widest names of
        a win's dimensions, and of the widest short name a row starts with, over
        every win (0 when there is none).

        Every win is measured, not only those shown, so the columns stay put while
        a search narrows the list; a column's text is measured no further than the
        widest the column is ever given.
        """
        win = dimensions = 0
        named: list[tuple[str, ...]] = []
        for each in self._wins:
            if win < WIN_WANTED_WIDTH:
                title = " ".join(with_measure(each.title, each.measure).split())
                win = max(win, cell_len(title))
            if each.dimensions:
                names = self.ladder.dimension_names(each.dimensions)
                named.append(names)
                if dimensions < DIMENSIONS_MAX_WIDTH:
                    dimensions = max(dimensions, cell_len(", ".join(names)))
        short = widest_lead_name(named, self._short_names)
        return {"win": win, "dimensions": dimensions, "short_dimension": short}

    def _start_month(self) -> int:
        profile = self.profile
        return profile.fiscal_year_start_month if profile else 1

    def _refresh_quarters(self) -> None:
        select = self.query_one("#quarter", Select)
        chosen = self._chosen_quarter()
        start_month = self._start_month()
        self._quarters = quarters_with_wins(self._wins, start_month)
        if (
            chosen is not None
            and chosen.start_month == start_month
            and chosen not in self._quarters
        ):
            # The chosen quarter lost its last win (deleted, or dated elsewhere by
            # an edit): the filter stays on it and shows it empty. Jumping to all
            # quarters would fill the list again, as if nothing had been deleted.
            self._quarters = sorted([*self._quarters, chosen], reverse=True)
        options = [(catalogue.JOURNAL_ALL_QUARTERS, ALL_QUARTERS)]
        options += [(str(q), str(q)) for q in self._quarters]
        with self.prevent(Select.Changed):
            select.set_options(options)
            known = {value for _, value in options}
            kept = str(chosen) if chosen is not None else ALL_QUARTERS
            select.value = kept if kept in known else ALL_QUARTERS

    def _chosen_quarter(self) -> Quarter | None:
        chosen = self.query_one("#quarter", Select).value
        for quarter in self._quarters:
            if str(quarter) == chosen:
                return quarter
        return None

    def _search_texts(self) -> list[str]:
        if self._texts is None:
            self._texts = search_texts(self._wins)
        return self._texts

    def _find(self, query: str, quarter: Quarter | None) -> None:
        """Set the matches of a search, looking through as few wins as it can."""
        if not search_words(query):
            self._matches = filter_wins(self._wins, "", quarter)
            self._searched = None
            return
        wins, texts = self._wins, self._search_texts()
        if self._searched is not None:
            before, before_quarter = self._searched
            # A key typed at the end only narrows: look through the last matches.
            if before_quarter == quarter and search_narrows(before, query):
                wins, texts = self._matches, self._matched_texts
        self._matches, self._matched_texts = matching_with_texts(
            wins, texts, query, quarter
        )
        self._searched = (query, quarter)

    def _apply_filter(self, keep_id: int | None = None, from_top: bool = False) -> None:
        """Draw the wins that match the search and the quarter.

        Args:
            keep_id: the win the cursor stays on; None keeps the highlighted one.
            from_top: put the cursor on the first match instead.
        """
        query = self.query_one("#search", Input).value
        self._find(query, self._chosen_quarter())
        table = self.query_one("#wins", DataTable)
        if from_top:
            keep_id = self._matches[0].id if self._matches else None
        elif keep_id is None:
            current = self.selected_win()
            keep_id = current.id if current else None

        # Draw as many pages as it takes to reach the win the cursor stays on.
        position = next(
            (row for row, win in enumerate(self._matches) if win.id == keep_id), None
        )
        pages = 1 if position is None else position // PAGE_ROWS + 1
        page = self._matches[: pages * PAGE_ROWS]
        columns = column_widths(self.app.size.width, self._widest)
        # A key that leaves the rows as they are (often, once a search is
        # narrow) costs no redraw: clearing the table repaints all of it.
        if columns != self._columns or page != self._shown:
            if columns != self._columns:
                self._set_columns(columns)
            else:
                table.clear()
            self._shown = []
            self._draw_more(len(page))
        if position is not None and table.cursor_row != position:
            table.move_cursor(row=position)
        self._show_counts()

    def _set_columns(self, columns: dict[str, int]) -> None:
        """Draw the table again with these columns (key → width), and no rows."""
        table = self.query_one("#wins", DataTable)
        table.clear(columns=True)
        for key, width in columns.items():
            table.add_column(catalogue.JOURNAL_COLUMNS[key], key=key, width=width)
        self._columns = columns
        self._cells = {}
        self._counted = self._counts_dimensions()

    def _counts_dimensions(self) -> bool:
        """True when the Dimensions column, as wide as it is now, has to count the
        dimensions of some win; it then counts those of every win with several.

        Every win is looked at, not only those shown, so a search never changes
        how the rows it leaves read.
        """
        width = self._columns.get("dimensions")
        if width is None:
            return False
        rows = {
            tuple(self.ladder.dimension_names(dimensions))
            for dimensions in {win.dimensions for win in self._wins}
        }
        return counts_names(rows, self._short_names, width)

    def _draw_more(self, count: int) -> None:
        """Add the next ``count`` matches to the bottom of the table."""
        table = self.query_one("#wins", DataTable)
        start = len(self._shown)
        for win in self._matches[start : start + count]:
            cells = self._cells.get(win.id or 0)
            if cells is None:
                cells = self._cells.setdefault(win.id or 0, self._row_cells(win))
            table.add_row(*cells, key=str(win.id))
            self._shown.append(win)

    def _draw_all(self) -> None:
        """Add every match not drawn yet, so End reaches the last of them."""
        if len(self._matches) > len(self._shown):
            self._draw_more(len(self._matches) - len(self._shown))
            self._show_counts()

    def _row_cells(self, win: Win) -> tuple[Text, ...]:
        """One win's cells, each fitted to the width of its column."""
        title = with_measure(win.title, win.measure)
        # Text, not str: a str cell would be read as markup on every draw.
        cells = {
            "date": Text(win.date.isoformat()),
            # The month and the day of the ISO date: "11-27".
            "day": Text(win.date.isoformat()[5:]),
            "framing": Text(win.framing),
            "win": one_line(title, self._columns["win"]),
        }
        if "dimensions" in self._columns:
            names = self.ladder.dimension_names(win.dimensions)
            width = self._columns["dimensions"]
            cells["dimensions"] = Text(
                names_cell(names, self._short_names, width, counted=self._counted)
            )
        return tuple(cells[key] for key in self._columns)

    @on(DataTable.RowHighlighted, "#wins")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        # Reaching the last row drawn brings in the next page, if there is one.
        last = len(self._shown) - 1
        if event.cursor_row >= last and len(self._matches) > len(self._shown):
            self._draw_more(PAGE_ROWS)
            self._show_counts()

    def _show_counts(self) -> None:
        empty = self.query_one("#journal-empty", Static)
        table = self.query_one("#wins", DataTable)
        if not self._wins:
            empty.update(catalogue.JOURNAL_EMPTY)
        elif not self._shown:
            empty.update(self._no_match_text())
        # Set only on a change: each setting restyles the screen, once per key.
        has_rows = bool(self._shown)
        if table.display != has_rows:
            table.display = has_rows
        if empty.display == has_rows:
            empty.display = not has_rows
        if len(self._matches) > len(self._shown):
            count = catalogue.JOURNAL_PAGE_LIMIT.format(
                shown=len(self._shown),
                matches=len(self._matches),
                total=len(self._wins),
            )
        elif self.query_one("#search", Input).value or (
            self._chosen_quarter() is not None
        ):
            # While filtering, the count says how many wins match, out of all.
            count = counted(
                len(self._matches),
                catalogue.JOURNAL_COUNT_MATCH,
                catalogue.JOURNAL_COUNT_MATCHES,
                wins=wins_phrase(len(self._wins)),
                keys=self._keys_hint(),
            )
        else:
            count = counted(
                len(self._wins),
                catalogue.JOURNAL_COUNT_ONE,
                catalogue.JOURNAL_COUNT,
                shown=len(self._shown),
                total=len(self._wins),
                keys=self._keys_hint(),
            )
        if count != self._count_line:
            self._count_line = count
            self.query_one("#journal-count", Static).update(count)
        key_state = (
            has_rows,
            bool(self._deleted),
            self._in_search(),
            bool(self.query_one("#search", Input).value),
        )
        if key_state != self._key_state:
            self._key_state = key_state
            self.refresh_bindings()

    def _no_match_text(self) -> str:
        """Why the list is empty: nothing matches, or the quarter has no wins now.

        A quarter kept in the filter after its last win was deleted says so, and
        offers the undo when the win deleted last was one of its own.
        """
        quarter = self._chosen_quarter()
        if quarter is None or any(quarter.contains(win.date) for win in self._wins):
            return catalogue.JOURNAL_NO_MATCH
        if self._deleted and quarter.contains(self._deleted[-1].date):
            return catalogue.JOURNAL_QUARTER_EMPTIED_UNDO.format(quarter=quarter)
        return catalogue.JOURNAL_QUARTER_EMPTIED.format(quarter=quarter)

    def _keys_hint(self) -> str:
        """The keys that work from where the focus is: Del deletes from the list.

        With no row shown there is no list to go to: the hint says so and names
        what brings rows back instead.
        """
        if not self._shown:
            if not self._wins:
                return catalogue.JOURNAL_KEYS_NO_WINS
            if self.query_one("#search", Input).value:
                return catalogue.JOURNAL_KEYS_NO_MATCH
            return catalogue.JOURNAL_KEYS_NO_MATCH_QUARTER
        if self._in_search():
            return catalogue.JOURNAL_KEYS_SEARCH
        return catalogue.JOURNAL_KEYS_LIST

    def on_descendant_focus(self) -> None:
        # The status line names the keys that work from the focused widget.
        if self.is_mounted:
            self._show_counts()

    @on(Input.Changed, "#search")
    def _search_changed(self) -> None:
        # Each search typed highlights its first match, the row Enter opens and ↓
        # reaches. Kept on the win highlighted before, a search typed back to
        # fewer letters (or to none) would leave the cursor down the list, out of
        # sight of a user who is looking at the search box.
        self._apply_filter(from_top=True)

    @on(Input.Blurred, "#search")
    def _search_left(self) -> None:
        self._typing_search = False

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        """Enter in the search opens the highlighted match, as the hint says."""
        if not self._shown:
            return
        # Set now, not later: the list is the focus the dialog gives back.
        self.set_focus(self.query_one("#wins", DataTable))
        self.action_open()

    @on(Select.Changed, "#quarter")
    def _quarter_changed(self) -> None:
        self._apply_filter()

    def selected_win(self) -> Win | None:
        """The win under the cursor, or None when the list is empty."""
        table = self.query_one("#wins", DataTable)
        if not self._shown or not table.display:
            return None
        row = table.cursor_row
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def on_key(self, event: events.Key) -> None:
        """Typing in the list searches: every letter goes to the search box.

        The search box keeps the letters it is given itself, so a printable key
        that gets here was typed on the list, or before the search box had focus.
        Backspace on the list takes a letter off the search the same way, and Down
        in the search box moves to the first row of the list, where the row keys
        act.
        """
        search = self.query_one("#search", Input)
        if event.key == "delete" and self._in_search():
            # The box deletes a letter with it: no word about the refused key, but
            # the key goes on to the box (a stopped key would never reach it).
            event.prevent_default()
            return
        if event.key == "down" and self.focused is search and self._shown:
            event.stop()
            event.prevent_default()
            # The row just under the box, whichever row was highlighted before
            # the search box took the focus.
            table = self.query_one("#wins", DataTable)
            table.move_cursor(row=0)
            self.set_focus(table)
            return
        if event.key == "backspace" and self.focused is not search and search.value:
            event.stop()
            event.prevent_default()
            self._typing_search = True
            self.set_focus(search)
            search.action_delete_left()
            return
        if not event.is_printable or not event.character:
            return
        bound = {
            key.strip()
            for binding in self.BINDINGS
            if isinstance(binding, Binding)
            for key in binding.key.split(",")
        }
        # A key of the list's own (the "/" of search) acts only when nothing is
        # being typed: right after a letter it is one more character of it. So
        # does "?", the app's help key, which works everywhere but in a text field.
        if event.key in bound | {HELP_KEY} and not self._typing_search:
            return
        event.stop()
        event.prevent_default()
        self._typing_search = True
        search.insert_text_at_cursor(event.character)
        # Focus moves here and now, not after this frame, so that the next key
        # goes straight to the search box behind this one.
        self.set_focus(search)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim the keys that have nothing to act on (None shows them dimmed).

        Delete is left out of the footer while the search box has focus, where it
        deletes a character: a key whose action is refused is passed on to the
        box. A win is deleted only from the list, never by a Delete meant for the
        search text; the status line says how to reach the list.
        """
        if self.refuses_change(action):
            return False
        if action == "delete" and self._in_search():
            return False
        if action in {"open", "edit", "delete"} and not self._shown:
            return None
        if action == "undo" and not self._deleted:
            return None
        if action == "clear_search":
            # False, not None: with nothing typed the footer names Esc "Back".
            return self._search_typed()
        if action == "empty_search":
            # None: in the box, the key goes on to it; on the list, it is told.
            return self._search_typed() or None
        return True

    def _search_typed(self) -> bool:
        """True when the search box holds text; False while the page is being
        built or taken down and has no box to read."""
        boxes = self.query("#search").results(Input)
        return any(box.value for box in boxes)

    def _in_search(self) -> bool:
        """True while the search box has focus."""
        return any(box.has_focus for box in self.query("#search").results(Input))

    def _typing_in_search(self) -> bool:
        """True while the search box has focus and holds text."""
        search = self.query_one("#search", Input)
        return search.has_focus and bool(search.value)

    def _need_selection(self) -> Win | None:
        win = self.selected_win()
        if win is None:
            self.notify(catalogue.JOURNAL_NOTHING_SELECTED, severity="warning")
        return win

    # --- actions -------------------------------------------------------------------

    @on(DataTable.RowSelected, "#wins")
    def _row_chosen(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        win = self._need_selection()
        if win is None:
            return

        def after(choice: str | None) -> None:
            if choice == "edit":
                self._edit(win)
            elif choice == "delete":
                self.run_worker(self._delete(win))

        detail = win_detail(
            win, self.store, self.ladder, read_only=self.store.read_only
        )
        self.app.push_screen(detail, after)

    def action_edit(self) -> None:
        win = self._need_selection()
        if win is not None:
            self._edit(win)

    def _edit(self, win: Win) -> None:
        def after(saved: Win | None) -> None:
            self.reload(keep_id=saved.id if saved else win.id)

        self.app.push_screen(edit_form(win, self.store), after)

    async def action_delete(self) -> None:
        win = self._need_selection()
        if win is not None:
            await self._delete(win)

    async def _delete(self, win: Win) -> None:
        # The cursor stays at the deleted win's row, on the win that moves up into
        # it (or the one above, when it was the last), so Del again deletes on.
        neighbour = self._neighbour_of(win)
        if await delete_win(self, win):
            self.reload(keep_id=neighbour.id if neighbour else None)

    def _neighbour_of(self, win: Win) -> Win | None:
        """The match listed after ``win``, or before it when it is the last."""
        ids = [match.id for match in self._matches]
        if win.id not in ids:
            return None
        row = ids.index(win.id)
        if row + 1 < len(self._matches):
            return self._matches[row + 1]
        return self._matches[row - 1] if row > 0 else None

    def dimmed_key_reason(self, binding: Binding) -> str:
        """Why Ctrl+Z is dimmed says whether deletes were undone already."""
        if binding.id == "journal.undo" and self.careerclimb.wins_restored:
            return catalogue.JOURNAL_NOTHING_LEFT_TO_UNDO
        return super().dimmed_key_reason(binding)

    async def action_undo(self) -> None:
        """Bring back the win deleted last, unless the same win is back already.

        An import (or a new log) may have brought the same win, by date and
        title, back since it was deleted: restoring it too would list it twice.
        """
        if not self._deleted:
            nothing = (
                catalogue.JOURNAL_NOTHING_LEFT_TO_UNDO
                if self.careerclimb.wins_restored
                else catalogue.JOURNAL_NOTHING_TO_UNDO
            )
            self.notify(nothing, severity="warning")
            return
        win = self._deleted[-1]
        back = same_win_in(win, queries.wins(self.store))
        if back is not None:
            self._deleted.pop()
            self.careerclimb.wins_restored += 1
            self.reload(keep_id=back.id)
            self.notify(catalogue.JOURNAL_RESTORE_BACK_ALREADY.format(id=back.id))
            return

        restored = await self.careerclimb.run_store(
            lambda: self.store.restore_win(win), failure=catalogue.JOURNAL_NOT_RESTORED
        )
        if restored is None:
            return
        self._deleted.pop()
        self.careerclimb.wins_restored += 1
        self.reload(keep_id=restored.id)
        assert restored.id is not None
        links = queries.links_to_win(self.store, restored.id)
        self.notify(links.restored_text(restored.id))

    def action_new(self) -> None:
        from careerclimb_tui.screens.log_win import LogWinScreen

        def after(saved: Win | None) -> None:
            self.reload(keep_id=saved.id if saved else None)

        self.app.push_screen(LogWinScreen(), after)

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_clear_search(self) -> None:
        """Empty the search, keep the cursor on its win and give the list focus."""
        self.action_empty_search()
        if self._shown:
            self.set_focus(self.query_one("#wins", DataTable))

    def action_empty_search(self) -> None:
        """Empty the search whole, wherever the cursor is in it, and keep the
        cursor of the list on its win; the focus stays where it is, so a new
        search can be typed straight away."""
        with self.prevent(Input.Changed):
            self.query_one("#search", Input).value = ""
        self._apply_filter()

    def action_back(self) -> None:
        """Leave the journal, from the list or from the empty search box."""
        self.dismiss()


def edit_form(win: Win, store: Store) -> LogWinScreen:
    """The form that edits a win, with who noticed it as its review recorded.

    Args:
        win: the win to edit.
        store: where the reviews that judged it are read from.

    Returns:
        The form, not yet shown; it is dismissed with the saved win, or None.
    """
    from careerclimb_tui.screens.log_win import LogWinScreen

    answer = _noticed_answer(win, queries.reviews(store))
    return LogWinScreen(win, noticed=noticed_to_edit(win, answer))


async def delete_win(screen: CoachScreen[object], win: Win) -> bool:
    """Delete a win, keep it for the journal's undo and say so.

    Args:
        screen: the screen the win was deleted from; it tells the user.
        win: the win to delete, as stored.

    Returns:
        True when the win is gone; False when the store refused (already told).
    """
    assert win.id is not None
    win_id = win.id
    removed = await screen.careerclimb.run_store(
        lambda: screen.store.delete_win(win_id), failure=catalogue.JOURNAL_NOT_DELETED
    )
    if removed is None:
        return False
    # Kept by the app, not a screen, so that the journal's Ctrl+Z can bring it
    # back wherever it was deleted from.
    screen.careerclimb.deleted_wins.append(removed)
    screen.notify(catalogue.JOURNAL_DELETED.format(id=win_id))
    return True


def win_detail(
    win: Win, store: Store, ladder: Ladder, read_only: bool = False
) -> WinDetailScreen:
    """The dialog showing one win in full, with what its review made of it.

    Args:
        win: the win to show.
        store: where the reviews that judged it are read from.
        ladder: names the win's dimensions.
        read_only: True where the win cannot be edited or deleted from the
            dialog (the gap view's lists), False where it can (the journal).

    Returns:
        The dialog, not yet shown.
    """
    reviews = queries.reviews(store)
    noticed = win_recognition(win, _noticed_answer(win, reviews))
    verdict = _review_verdict(win, reviews)
    added = added_after_review(win, reviewed_times(reviews).get(win.id or 0))
    return WinDetailScreen(
        win,
        ladder.dimension_names,
        verdict,
        noticed,
        added_after=added,
        read_only=read_only,
    )


def _noticed_answer(win: Win, reviews: list[Review]) -> Noticed | None:
    """The answer to question 4 of the review that counts for a win, if any."""
    found = run_judging(win.id, reviews) if win.id is not None else None
    return found[1].answers.noticed if found is not None else None


def _review_verdict(win: Win, reviews: list[Review]) -> tuple[str, str] | None:
    """The label and text of how the review that counts judged a win; None when
    no review holds it."""
    if win.id is None:
        return None
    found = run_judging(win.id, reviews)
    if found is None:
        return None
    run, entry = found
    label = catalogue.DETAIL_REVIEW.format(quarter=run.quarter)
    if entry.override_kind is None:
        text = entry.kind.label
    else:
        text = catalogue.DETAIL_REVIEW_OWN_CALL.format(
            kind=entry.override_kind.label, computed=entry.verdict.kind.label
        )
    if edited_since_review(entry, win):
        text = catalogue.REVIEW_EDITED_FLAG.format(verdict=text)
    return label, text


class WinDetailScreen(KeysOnlyDialog[str | None]):
    """One win, in full; the user can edit or delete it from here."""

    CSS_PATH = "journal.tcss"
    COMMAND_CATEGORY = "Win"
    BINDINGS = [
        Binding("e", "choose('edit')", "Edit", id="detail.edit"),
        Binding("d", "choose('delete')", "Delete", id="detail.delete"),
        Binding("escape,q", "choose('')", "Close", id="detail.close"),
    ]

    def __init__(
        self,
        win: Win,
        dimension_names: Callable[[Iterable[str]], Sequence[str]],
        review_verdict: tuple[str, str] | None = None,
        noticed: Sequence[str] = (),
        added_after: Iterable[str] = (),
        read_only: bool = False,
    ) -> None:
        """Show one win.

        Args:
            win: the win to show.
            dimension_names: turns dimension ids into their names on the ladder,
                in the ladder's order.
            review_verdict: the label and text of the review's verdict on the win;
                None when no review judged it.
            noticed: who outside the team noticed it, as the packet tells them
                (``evidence.win_recognition``).
            added_after: the dimension ids linked to the win after its review
                (``gaps.added_after_review``), named last and marked as such.
            read_only: True to show the win without its edit and delete keys.
        """
        super().__init__()
        self.win = win
        self.read_only = read_only
        self._dimension_names = dimension_names
        self._review_verdict = review_verdict
        self._noticed = tuple(noticed)
        self._added_after = frozenset(added_after)

    def compose(self) -> ComposeResult:
        win = self.win
        rows: list[tuple[str, str]] = [
            (catalogue.DETAIL_DATE, day_in_words(win.date)),
            (catalogue.DETAIL_FRAMING, win.framing),
            self._review_verdict or ("", ""),
            (catalogue.DETAIL_WHAT, win.title),
            (catalogue.DETAIL_CHANGED, win.what_changed),
            (
                measure_kind(win.measure) if win.measure else catalogue.DETAIL_MEASURE,
                describe_under_kind(win.measure) if win.measure else "",
            ),
            (catalogue.DETAIL_BENEFICIARIES, win.beneficiaries),
            (catalogue.DETAIL_NOTICED, ", ".join(self._noticed)),
            (catalogue.DETAIL_DIMENSIONS, self._dimensions_text()),
            (catalogue.DETAIL_TAGS, " ".join(win.tags)),
        ]
        with VerticalScroll(id="detail"):
            yield Static(catalogue.DETAIL_TITLE.format(id=win.id), id="detail-title")
            for label, value in rows:
                if value:
                    yield Static(label, classes="detail-label")
                    yield Static(value, markup=False, classes="detail-value")
            keys = catalogue.DETAIL_KEYS
            if self._in_backup():
                keys = catalogue.DETAIL_KEYS_BACKUP
            elif self.read_only:
                keys = catalogue.DETAIL_KEYS_READ_ONLY
            yield Static(keys, classes="hint")
        # Its own footer, over the journal's: only this dialog's keys work here.
        yield SteadyFooter()

    def _in_backup(self) -> bool:
        """True when the app shows a backup opened read-only."""
        from careerclimb_tui.app import CareerClimbApp

        return isinstance(self.app, CareerClimbApp) and self.app.store.read_only

    def _dimensions_text(self) -> str:
        """The win's dimensions by name; those added after its review last, marked
        as not counted yet, as the gap view shows them."""
        judged = [d for d in self.win.dimensions if d not in self._added_after]
        added = [d for d in self.win.dimensions if d in self._added_after]
        names = list(self._dimension_names(judged))
        names += [
            catalogue.DETAIL_DIMENSION_ADDED_AFTER.format(name=name)
            for name in self._dimension_names(added)
        ]
        return ", ".join(names)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Only closing is offered where the win is read, not changed.
        if action == "choose" and self.read_only:
            return parameters in ((), ("",))
        return True

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice or None)
