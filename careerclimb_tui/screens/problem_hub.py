"""Where owning a next-level problem starts: the problem being driven, every
problem owned so far, and the ways to find a new one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.initiative import (
    Initiative,
    Stage,
    active_initiative,
    advance,
    can_start_another,
    change,
    days_ago_text,
    days_since_update,
    initiative_in_the_way,
    step_without_keys,
)
from careerclimb_tui.domain.problems import ProblemEntry
from careerclimb_tui.domain.records import describe_measure
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.screens.problem_dialogs import ActiveInitiativeDialog, StageDialog
from careerclimb_tui.screens.problem_text import (
    change_line,
    no_active_line,
    problem_shelf,
    stage_path,
    stale_warning,
    status_line,
)
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.tables import clear_columns
from careerclimb_tui.widgets.text import markup_safe, one_line

HUB_COLUMN_KEYS = ("id", "title", "stage", "updated", "change")
"""The keys of the list's columns, in the order of their headings."""
HUB_PADDING = 6
"""Cells beside the list's columns: the screen's padding on both sides, the
screen's scroll bar and the list's own (one cell each, see problem_hub.tcss),
kept free whether or not they show, so no column is ever cut by one."""
HUB_TITLE_MIN = 16
"""Cells the title keeps before the change column drops its percentage."""
HUB_TITLE_FLOOR = 12
"""Cells the title keeps before the change is cut, and on the narrowest screens,
where the list then scrolls sideways."""
HUB_CHANGE_MIN = len(catalogue.PROBLEM_HUB_COLUMNS[-1])
"""Cells the change keeps when cut: as wide as its heading."""

OPEN_IN_PROGRESS_KEY = "i"
"""Opens the problem in progress from the hub and the catalogue."""
OPEN_IN_PROGRESS_SHORTCUT = "ctrl+g"
"""Opens the problem in progress on every problem screen, even where letters are
typed into an answer."""
OPEN_IN_PROGRESS_SHORTCUT_SAID = "Ctrl+G"
"""The same key as the screens' notices name it."""
OPEN_IN_PROGRESS_KEYS_SAID = catalogue.PROBLEM_OPEN_KEYS_EITHER.format(
    key=OPEN_IN_PROGRESS_KEY, shortcut=OPEN_IN_PROGRESS_SHORTCUT_SAID
)
"""How the hub and the catalogue name the keys that open the problem in progress:
the key in their footer first, then the shortcut that works on every problem
screen."""


def bare_change(initiative: Initiative) -> str | None:
    """The before → after so far, without what is measured or the percentage."""
    measure = change(initiative)
    if measure is None:
        return None
    return describe_measure(replace(measure, label=""))


def open_tracker(app: App[object], initiative_id: int) -> None:
    """Show an initiative's tracker on top of the problem hub.

    The screens opened to find and check the problem are closed first, so that
    Escape from the tracker leads back to the hub, not through the search.

    Args:
        app: the running app.
        initiative_id: the initiative to show.
    """
    from careerclimb_tui.screens.initiative import InitiativeScreen

    if any(isinstance(screen, ProblemHubScreen) for screen in app.screen_stack):
        while not isinstance(app.screen, ProblemHubScreen):
            app.pop_screen()
    app.push_screen(InitiativeScreen(initiative_id))


def in_progress_notice(active: Initiative, key: str) -> str:
    """Markup saying a problem is in progress, so another cannot start yet.

    Args:
        active: the initiative being worked on.
        key: the key that opens it, as the footer shows keys.

    Returns:
        The notice, with the problem's name made safe to show as markup.
    """
    return catalogue.PROBLEM_IN_PROGRESS_NOTICE.format(
        title=markup_safe(active.title), stage=active.stage.label, key=key
    )


class NamesTheProblemInProgress(CoachScreen[None]):
    """A screen that starts new problems and says first which one is in progress.

    One problem is driven at a time, so a screen offering to start another says
    up front which one is in progress and offers a key to open it. Subclasses
    name the notice's widget and how the notice names that key.
    """

    IN_PROGRESS_NOTICE = ""
    """Selector of the ``Static`` that carries the notice."""
    IN_PROGRESS_KEY_SAID = ""
    """The key that opens the problem in progress, as the notice names it."""

    in_progress_id: int | None = None
    """The problem in progress, if there is one."""

    def on_screen_resume(self) -> None:
        # The problem in progress may have been closed or paused meanwhile.
        self._show_in_progress()

    def _show_in_progress(self) -> None:
        """Say up front which problem is in progress, if one is."""
        active = active_initiative(initiatives(self.store))
        self.in_progress_id = active.id if active is not None else None
        notice = self.query_one(self.IN_PROGRESS_NOTICE, Static)
        notice.display = active is not None
        if active is not None:
            notice.update(in_progress_notice(active, self.IN_PROGRESS_KEY_SAID))
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer to open the problem in progress only while there is one."""
        if self.refuses_change(action):
            return False
        if action == "open_in_progress":
            return self.in_progress_id is not None
        return True

    def action_open_in_progress(self) -> None:
        """Look at the problem in progress; Escape comes back to this screen."""
        from careerclimb_tui.screens.initiative import InitiativeScreen

        if self.in_progress_id is not None:
            self.app.push_screen(InitiativeScreen(self.in_progress_id))


def start_check(screen: CoachScreen[None], entry: ProblemEntry | None) -> None:
    """Open the four questions for a new problem, asking first if one is driven.

    One problem is driven at a time, and starting to track a new one asks to
    close or pause the one in progress. That is said before anything is typed,
    so nobody answers the four questions only to learn it at the end.

    Args:
        screen: the screen the check is opened from.
        entry: the catalogue entry to check, or None for the user's own problem.
    """
    from careerclimb_tui.screens.problem_check import CandidateCheckScreen

    found = initiatives(screen.store)
    if can_start_another(found):
        screen.app.push_screen(CandidateCheckScreen(entry))
        return
    active = active_initiative(found)
    assert active is not None

    def answered(go_on: bool | None) -> None:
        if go_on:
            screen.app.push_screen(CandidateCheckScreen(entry))

    question = catalogue.PROBLEM_IN_PROGRESS_ASK.format(
        title=active.title, stage=active.stage.label
    )
    screen.app.push_screen(ConfirmDialog(question), answered)


RoomMade = Callable[[Initiative | None], Awaitable[None]]
"""What goes on once room is made: handed the problem set aside, if one was."""


async def make_room(
    screen: CoachScreen[Any], then: RoomMade, resuming: Initiative | None = None
) -> None:
    """Ask about the problem being driven, if any, before another one is.

    One problem is driven at a time (``initiative_in_the_way``), whether the
    other one is new or resumed: the user marks the one in progress done,
    pauses or drops it (with a reason), or cancels and nothing changes.

    Args:
        screen: the screen the move is made from.
        then: called once nothing stands in the way, with the problem just
            set aside and saved, or None when none was in progress.
        resuming: the paused problem about to be resumed, if that is the move.
    """
    found = await screen.careerclimb.run_store(
        lambda: initiatives(screen.store), failure=catalogue.PROBLEM_NOT_SAVED
    )
    if found is None:
        return
    active = initiative_in_the_way(found, resuming)
    if active is None:
        await then(None)
        return

    async def closed(result: Initiative | None) -> None:
        if result is None:
            return
        saved = await screen.careerclimb.run_store(
            lambda: save_initiative(screen.store, result),
            failure=catalogue.PROBLEM_NOT_SAVED,
        )
        if saved is not None:
            await then(saved)

    async def decided(target: Stage | None) -> None:
        if target is None:
            return
        if target is Stage.DROPPED:
            screen.app.push_screen(
                StageDialog(active, target, screen.clock.now()), closed
            )
            return
        await closed(advance(active, target, screen.clock.now()))

    screen.app.push_screen(ActiveInitiativeDialog(active, resuming), decided)


def set_aside_notice(set_aside: Initiative) -> str:
    """What to tell the user of the problem they just set aside."""
    return catalogue.PROBLEM_SET_ASIDE.format(
        title=set_aside.title, stage=set_aside.stage.in_sentence
    )


class ProblemHubScreen(CoachScreen[None]):
    """The problem being driven and every problem owned, with ways to find one."""

    CSS_PATH = "problem_hub.tcss"
    COMMAND_CATEGORY = "Problem"
    CHANGE_ACTIONS = frozenset({"find", "write_own"})

    BINDINGS = [
        # The questionnaire, where letters are typed, opens it with Ctrl+G; the
        # same key works here too, so a user who learnt it there is not lost.
        # Listed first, so the command palette offers it under its full name.
        Binding(
            OPEN_IN_PROGRESS_SHORTCUT,
            "open_in_progress",
            catalogue.PROBLEM_OPEN_IN_PROGRESS,
            id="problem.open_in_progress_ctrl",
            show=False,
        ),
        Binding("f", "find", catalogue.PROBLEM_HUB_FIND, id="problem.find"),
        Binding("c", "catalog", "Catalogue", id="problem.catalog"),
        Binding("w", "write_own", "Your own", id="problem.own"),
        Binding("o", "open_selected", "Open", id="problem.open"),
        # In the footer, since the card of the problem in progress names it;
        # said short, so that six keys fit in 80 columns.
        Binding(
            OPEN_IN_PROGRESS_KEY,
            "open_in_progress",
            catalogue.PROBLEM_IN_PROGRESS_FOOTER,
            id="problem.open_in_progress",
        ),
        Binding("escape", "back", "Back", id="problem.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._shown: list[Initiative] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="hub"):
            yield Static(catalogue.PROBLEM_HUB_TITLE, id="hub-title")
            yield Static(catalogue.PROBLEM_HUB_INTRO, classes="hint")
            yield Static(id="hub-active")
            yield Static(catalogue.PROBLEM_HUB_LIST, classes="section-title")
            yield DataTable(id="hub-list", cursor_type="row", zebra_stripes=True)
            yield Static(
                catalogue.PROBLEM_HUB_NONE_READ_ONLY
                if self.store.read_only
                else catalogue.PROBLEM_HUB_NONE,
                id="hub-empty",
                classes="empty-state",
            )
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.reload()
        self._focus_the_list()

    def on_screen_resume(self) -> None:
        self.reload()
        self._focus_the_list()

    def _focus_the_list(self) -> None:
        """Give the list the arrows and Enter, unless the user moved the focus on.

        The page, where nothing is picked, never keeps the focus while there is a
        list; with no list to move through, the arrows scroll the page instead.
        """
        table = self.query_one("#hub-list", DataTable)
        page = self.query_one("#hub", VerticalScroll)
        if self._shown and self.focused in (None, page):
            table.focus()
        elif not self._shown and self.focused in (None, table):
            page.focus()

    def on_resize(self) -> None:
        # Titles are cut to the width; the data itself has not changed.
        if self.is_mounted:
            self._draw()

    def reload(self) -> None:
        """Read the initiatives again and redraw the card and the list."""
        found = initiatives(self.store)
        # The active one first, then the rest, newest first.
        found.sort(key=lambda i: i.id or 0, reverse=True)
        found.sort(key=lambda i: not i.is_active)
        self._shown = found
        self._draw()

    def _draw(self) -> None:
        found = self._shown
        today = self.clock.today()
        self._show_active(active_initiative(found))

        table = self.query_one("#hub-list", DataTable)
        # The row under the cursor stays under it when the list is drawn again.
        kept = (
            table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            if table.row_count
            else None
        )
        clear_columns(table, zip(HUB_COLUMN_KEYS, catalogue.PROBLEM_HUB_COLUMNS))
        # Every column but the title: id, stage, updated, change.
        rows = [
            (
                shown,
                Text(str(shown.id)),
                Text(shown.stage.label),
                Text(days_ago_text(days_since_update(shown, today))),
                Text(change_line(shown, label=False, verdict=False) or "—"),
            )
            for shown in found
        ]
        width = self._title_width(rows)
        if width < HUB_TITLE_MIN:
            # Too narrow for the percentage too: the before → after stays.
            rows = [(*row[:4], Text(bare_change(row[0]) or "—")) for row in rows]
            width = self._title_width(rows)
        if width < HUB_TITLE_FLOOR:
            # Still too narrow: the change gives up cells, and says it was cut.
            widest = max((row[4].cell_len for row in rows), default=0)
            room = max(widest - (HUB_TITLE_FLOOR - width), HUB_CHANGE_MIN)
            rows = [(*row[:4], one_line(row[4].plain, room)) for row in rows]
            width = self._title_width(rows)
        width = max(width, HUB_TITLE_FLOOR)
        for shown, *cells in rows:
            table.add_row(
                cells[0],
                one_line(shown.title, width),
                *cells[1:],
                key=str(shown.id),
            )
        ids = [str(shown.id) for shown in found]
        if kept in ids:
            table.move_cursor(row=ids.index(kept), animate=False)
        table.display = bool(found)
        self.query_one("#hub-empty", Static).display = not found
        self.refresh_bindings()

    def _title_width(
        self, rows: list[tuple[Initiative, Text, Text, Text, Text]]
    ) -> int:
        """Cells left for the title beside the other columns' widest entries.

        Each other column is as wide as its widest entry or heading, and every
        column is padded by one cell on each side. Below zero when the other
        columns alone do not fit.
        """
        number, _, *rest = catalogue.PROBLEM_HUB_COLUMNS
        taken = sum(
            max([len(heading), *(row[index].cell_len for row in rows)])
            for index, heading in enumerate((number, *rest), start=1)
        )
        columns = len(catalogue.PROBLEM_HUB_COLUMNS)
        return self.size.width - HUB_PADDING - taken - 2 * columns

    def _show_active(self, active: Initiative | None) -> None:
        card = self.query_one("#hub-active", Static)
        if active is None:
            card.update(
                catalogue.PROBLEM_HUB_NO_ACTIVE_READ_ONLY
                if self.store.read_only
                else markup_safe(no_active_line(self._shown))
            )
            card.set_class(False, "stale")
            return
        today = self.clock.today()
        # The hub binds other keys than the tracker its step may name.
        entry = problem_shelf(self.store.path).get(active.problem_id)
        said = active.with_changes(next_step=step_without_keys(active.next_step, entry))
        lines = [
            catalogue.PROBLEM_HUB_ACTIVE.format(title=markup_safe(active.title)),
            markup_safe(stage_path(active)),
            markup_safe(status_line(said, today)),
        ]
        moved = change_line(active)
        if moved:
            lines.append(
                catalogue.PROBLEM_CHANGE_LINE.format(change=markup_safe(moved))
            )
        warning = stale_warning(active, today)
        if warning:
            lines.append(f"[b]{markup_safe(warning)}[/b]")
        lines.append(
            catalogue.PROBLEM_HUB_ONE_AT_A_TIME.format(key=OPEN_IN_PROGRESS_KEYS_SAID)
        )
        card.update("\n".join(lines))
        card.set_class(bool(warning), "stale")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim Open while there is nothing to open."""
        if self.refuses_change(action):
            return False
        if action == "open_selected":
            return True if self._shown else None
        if action == "open_in_progress":
            return active_initiative(self._shown) is not None
        return True

    # --- actions -------------------------------------------------------------------

    def action_find(self) -> None:
        """Answer a few questions to find a problem worth owning."""
        from careerclimb_tui.screens.problem_finder import ProblemFinderScreen

        self.app.push_screen(ProblemFinderScreen())

    def action_catalog(self) -> None:
        """Browse every problem of the catalogue."""
        from careerclimb_tui.screens.problem_catalog import ProblemCatalogScreen

        self.app.push_screen(ProblemCatalogScreen())

    def action_write_own(self) -> None:
        """Describe a problem of your own and check it up front."""
        start_check(self, None)

    def action_open_in_progress(self) -> None:
        """Open the tracker of the problem in progress."""
        active = active_initiative(self._shown)
        if active is not None and active.id is not None:
            open_tracker(self.app, active.id)

    @on(DataTable.RowSelected, "#hub-list")
    def action_open_selected(self) -> None:
        """Open the tracker of the problem under the cursor."""
        table = self.query_one("#hub-list", DataTable)
        if not self._shown or not table.display:
            return
        chosen = self._shown[min(table.cursor_row, len(self._shown) - 1)]
        if chosen.id is not None:
            open_tracker(self.app, chosen.id)

    def action_back(self) -> None:
        self.dismiss()
