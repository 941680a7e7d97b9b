"""The manager conversation hub: prepare, rehearse, record, and track the criteria.

It also keeps the history: every conversation recorded, newest first, with what the
manager said and the criteria that came out of it.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from careerclimb_tui import catalogue
from careerclimb_tui.domain.criteria import (
    STATUS_MET,
    Conversation,
    Criterion,
    needs_evidence,
    next_check_in,
)
from careerclimb_tui.domain.dates import day_in_words, time_ago_in_words
from careerclimb_tui.domain.gaps import latest_verdicts
from careerclimb_tui.screens.base import (
    CoachScreen,
    page_binding_ids,
    page_bindings,
    scroll_page,
)
from careerclimb_tui.screens.manager_dialogs import ConversationDialog
from careerclimb_tui.store import criteria_docs
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.hanging import hanging_prompt
from careerclimb_tui.widgets.text import one_line

# (option id, label) for the four steps, in the order the user takes them.
_STEPS = (
    ("prepare", catalogue.MANAGER_HUB_PREPARE),
    ("rehearse", catalogue.MANAGER_HUB_REHEARSE),
    ("record", catalogue.MANAGER_HUB_RECORD),
    ("criteria", catalogue.MANAGER_HUB_CRITERIA),
)
NOTES_FIXED_WIDTH = 30
"""Cells taken by the padding and the date and criteria columns of the history."""


class ManagerHubScreen(CoachScreen[None]):
    """Where the manager conversation starts: the four steps and the history."""

    CSS_PATH = "manager_hub.tcss"
    COMMAND_CATEGORY = "Manager"
    CHANGE_ACTIONS = frozenset({"record"})

    BINDINGS = [
        Binding("p", "prepare", "Prepare", id="manager.prepare"),
        Binding("r", "rehearse", "Rehearse", id="manager.rehearse"),
        Binding("n", "record", "Record a talk", id="manager.record"),
        Binding("c", "criteria", "Criteria", id="manager.criteria"),
        Binding("escape", "back", "Back", id="manager.back"),
        # The steps have the focus; these keys move the page beneath them, down
        # to the past conversations, instead of the steps' highlight.
        *page_bindings("manager"),
    ]
    VIEW_KEYS = page_binding_ids("manager")
    """Keys that only move the page: listed after the actions, not in the palette."""

    def __init__(self) -> None:
        super().__init__()
        self._talks: list[Conversation] = []
        self._criteria: list[Criterion] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="hub"):
            yield Static(catalogue.MANAGER_HUB_TITLE, id="hub-title")
            yield Static(catalogue.MANAGER_HUB_INTRO, classes="hint")
            yield Static(id="hub-status")
            yield Static(id="hub-next")
            yield OptionList(
                *[Option(_step_prompt(label), id=step) for step, label in _STEPS],
                id="hub-steps",
            )
            yield Static(catalogue.MANAGER_HUB_HISTORY, classes="section-title")
            yield DataTable(id="talks", cursor_type="row", zebra_stripes=True)
            yield Static(
                catalogue.MANAGER_HUB_NO_TALKS, id="talks-empty", classes="empty-state"
            )
        yield SteadyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#talks", DataTable)
        table.add_column(catalogue.MANAGER_HUB_COL_DATE, key="date", width=10)
        table.add_column(catalogue.MANAGER_HUB_COL_CRITERIA, key="criteria", width=8)
        table.add_column(catalogue.MANAGER_HUB_COL_NOTES, key="notes")
        self.reload()
        self.query_one("#hub-steps", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def on_resize(self) -> None:
        if self.is_mounted:
            self._show_talks()

    def reload(self) -> None:
        """Read the criteria and conversations again and redraw the hub."""
        self._talks = criteria_docs.conversations(self.store)
        self._criteria = criteria_docs.criteria(self.store)
        today = self.clock.today()

        self.query_one("#hub-status", Static).update(self._status_text())
        wins = self.store.wins()
        off = criteria_docs.result_wins_off(self.store, wins)
        verdicts = latest_verdicts(self.store.reviews())
        advice = next_check_in(self._criteria, wins, today, self._talks, off, verdicts)
        # The advice quotes the user's own words, so it is never read as markup.
        self.query_one("#hub-next", Static).update(
            Text(catalogue.MANAGER_NEXT_CHECK_IN.format(advice=advice))
        )
        self._show_talks()

    def _status_text(self) -> str:
        today = self.clock.today()
        found = self._criteria
        if self._talks:
            last = self._talks[0].date
            talk = catalogue.MANAGER_HUB_LAST_TALK.format(
                date=day_in_words(last), ago=time_ago_in_words((today - last).days)
            )
        else:
            talk = catalogue.MANAGER_HUB_NO_TALK_YET
        if not found:
            return talk
        unmet = sum(1 for c in found if c.status != STATUS_MET)
        flagged = sum(1 for c in found if needs_evidence(c, today))
        counts = catalogue.MANAGER_HUB_COUNTS.format(
            total=len(found),
            word=catalogue.MANAGER_CRITERION_WORDS[len(found) != 1],
            unmet=unmet,
            met=len(found) - unmet,
        )
        if flagged:
            counts += catalogue.MANAGER_HUB_FLAGGED.format(flagged=flagged)
        return f"{talk}\n{counts}"

    def _show_talks(self) -> None:
        table = self.query_one("#talks", DataTable)
        table.clear()
        width = max(self.size.width - NOTES_FIXED_WIDTH, 10)
        for talk in self._talks:
            first = next((line for line in talk.notes.splitlines() if line.strip()), "")
            table.add_row(
                talk.date.isoformat(),
                str(len(talk.criterion_ids)),
                one_line(first, width),
                key=str(talk.id),
            )
        table.display = bool(self._talks)
        self.query_one("#talks-empty").display = not self._talks

    # --- actions -------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#hub-steps")
    def _step_chosen(self, event: OptionList.OptionSelected) -> None:
        actions = {
            "prepare": self.action_prepare,
            "rehearse": self.action_rehearse,
            "record": self.action_record,
            "criteria": self.action_criteria,
        }
        actions[event.option.id or "prepare"]()

    def action_prepare(self) -> None:
        """Open the one-page plan."""
        from careerclimb_tui.screens.manager_prep import PrepScreen

        self.app.push_screen(PrepScreen())

    def action_rehearse(self) -> None:
        """Practise against a simulated manager."""
        from careerclimb_tui.screens.manager_rehearsal import RehearsalScreen

        self.app.push_screen(RehearsalScreen())

    def action_record(self) -> None:
        """Write down what the manager said, and turn it into criteria."""
        from careerclimb_tui.screens.manager_record import RecordConversationScreen

        def recorded(talk: Conversation | None) -> None:
            if talk is not None and talk.criterion_ids:
                self.action_criteria()

        self.app.push_screen(RecordConversationScreen(), recorded)

    def action_criteria(self) -> None:
        """Open the criteria and their evidence."""
        from careerclimb_tui.screens.manager_criteria import CriteriaScreen

        self.app.push_screen(CriteriaScreen())

    @on(DataTable.RowSelected, "#talks")
    def _talk_chosen(self) -> None:
        table = self.query_one("#talks", DataTable)
        if not self._talks or not table.display:
            return
        talk = self._talks[table.cursor_row]
        self.app.push_screen(ConversationDialog(talk, self._criteria, self.ladder))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.refuses_change(action):
            return False
        # In the list of talks the page keys page through the talks instead.
        # The footer may ask while the page is still being built or taken
        # down, when the list is not there to ask about.
        if action == "scroll_page":
            talks = self.query("#talks")
            return not talks or self.focused is not talks.first()
        return True

    def action_scroll_page(self, where: str) -> None:
        """Move the page a screenful up or down, or to its top or its end."""
        scroll_page(self.query_one("#hub", VerticalScroll), where)

    def action_back(self) -> None:
        self.dismiss()


def _step_prompt(label: str) -> Table:
    """A step's option, its wrapped words hanging under its name, not its key."""
    key, _, words = label.partition("  ")
    return hanging_prompt(f"{key}  ", words)
