"""Record a conversation with the manager, and turn what they said into criteria.

First the notes, one thing the manager said per line, then the date and the cycle
under them, the field being filled marked by a bar down its left edge. Then
each line is offered as a criterion: lines that read as concrete are kept already,
the others are not and say why under them; the user decides, files each one under a
ladder dimension and writes down the example the manager gave for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import DataTable, Input, Label, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.domain.conversation import read_cycle
from careerclimb_tui.domain.criteria import (
    OUT_OF_HANDS_MARKS,
    Conversation,
    Criterion,
    criteria_from_notes,
    criterion_key,
    is_vague_reason,
    looks_concrete,
    recorded_already,
    suggest_dimension,
    why_not_concrete,
    with_example,
)
from careerclimb_tui.domain.dates import day_in_words, parse_date
from careerclimb_tui.domain.ladder import Dimension
from careerclimb_tui.domain.review import dimensions_for_level
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.base import FormScreen
from careerclimb_tui.screens.manager_dialogs import LineDialog, dimension_dialog
from careerclimb_tui.store import criteria_docs
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.fields import (
    DateInput,
    FormScroll,
    LongTextArea,
    WholeInput,
)
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.text import one_line

NOTES = "notes"
CRITERIA = "criteria"
"""The two steps: writing the notes, then marking the criteria in them."""

DRAFT_FIXED_WIDTH = 50
"""Cells taken by the padding and the keep, dimension and example columns."""

NARROW_BELOW = 60
"""Terminal width below which the date and the cycle stand one under the other."""


@dataclass
class Draft:
    """One line of the notes, offered as a criterion."""

    criterion: Criterion
    """The criterion the line would become."""
    keep: bool
    """True when it will be saved as a criterion."""
    reason: str = ""
    """Why the coach would not keep the line; empty when it reads as concrete."""
    recorded_as: int | None = None
    """The number of the criterion recorded before that says the same, if any:
    kept, it is that criterion heard again, not a new one."""


class NotesArea(LongTextArea):
    """The notes, one thing the manager said per line, with no blank line first.

    The form opens here, above the date and the cycle, and Enter in those comes
    round to here. An Enter meant to move on, pressed in the box itself, would
    put a blank line above the first note; before anything is typed it does
    nothing.
    """

    def _on_key(self, event: events.Key) -> None:
        # Runs before the editor's own key handler, which a dropped key skips.
        if event.key == "enter" and not self.text.strip():
            event.prevent_default()
            event.stop()
            return
        # Once notes are written, what comes after them is marking the lines;
        # coming round to the date and the cycle would type into them unseen.
        if event.key == "tab" and self.text.strip():
            event.prevent_default()
            event.stop()
            self.post_message(self.Finished())

    class Finished(Message):
        """Posted when Tab is pressed in notes that hold some text."""


class RecordConversationScreen(FormScreen[Conversation | None]):
    """The form that records a conversation; dismisses with it once saved."""

    CSS_PATH = "manager_record.tcss"
    COMMAND_CATEGORY = "Record"
    # The page keeps a field's label in view with it, and opens at its top.
    FIELD_PAGE = "#record-notes"
    FIELD_GROUP = "record-field"
    # Below this width the date and the cycle are stacked (see manager_record.tcss).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-wide")]
    BINDINGS = [
        Binding("ctrl+s", "to_criteria", "Mark criteria", id="record.next"),
        Binding("f2", "to_criteria", "Mark criteria", id="record.next_f2", show=False),
        Binding("ctrl+s", "save", "Save", id="record.save"),
        Binding("f2", "save", "Save", id="record.save_f2", show=False),
        Binding("space", "toggle", "Keep or skip", id="record.toggle"),
        Binding("d", "dimension", "Dimension", id="record.dimension"),
        Binding("x", "example", "Example", id="record.example"),
        Binding("escape", "back", "Back", id="record.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.step = NOTES
        self.drafts: list[Draft] = []
        self.talk_date: dt.date | None = None
        self._saved = False

    # --- layout --------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        today = self.clock.today()
        yield Static(catalogue.MANAGER_RECORD_TITLE, id="record-title")
        # The notes come first, as they are what is written first; Tab from
        # empty notes goes down to the date and the cycle under them.
        with FormScroll(id="record-notes"):
            with Vertical(id="notes-field", classes="record-field"):
                yield Label(catalogue.MANAGER_RECORD_NOTES)
                yield NotesArea(id="talk-notes", soft_wrap=True)
            with Horizontal(id="record-facts"):
                with Vertical(classes="fact record-field"):
                    yield Label(catalogue.MANAGER_RECORD_DATE)
                    yield DateInput(today.isoformat(), id="talk-date")
                with Vertical(classes="fact record-field"):
                    yield Label(catalogue.MANAGER_RECORD_CYCLE)
                    yield WholeInput(
                        criteria_docs.default_cycle(self.profile),
                        placeholder=catalogue.MANAGER_RECORD_CYCLE_PLACEHOLDER,
                        id="talk-cycle",
                    )
            yield Static(catalogue.MANAGER_RECORD_NOTES_KEYS, classes="hint")
        with Vertical(id="record-criteria"):
            yield Static(catalogue.MANAGER_RECORD_PICK, classes="section-title")
            yield DataTable(id="drafts", cursor_type="row", zebra_stripes=True)
            yield Static(id="draft-detail")
            yield Static(catalogue.MANAGER_RECORD_PICK_KEYS, classes="hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#drafts", DataTable)
        table.add_column(catalogue.MANAGER_RECORD_COL_KEEP, key="keep", width=4)
        table.add_column(catalogue.MANAGER_RECORD_COL_TEXT, key="text")
        table.add_column(catalogue.MANAGER_RECORD_COL_DIMENSION, key="dim", width=22)
        table.add_column(catalogue.MANAGER_RECORD_COL_EXAMPLE, key="example", width=7)
        self._show_step()
        self.query_one("#talk-notes", TextArea).focus()
        self.remember_as_opened()

    def _show_step(self) -> None:
        self.query_one("#record-notes").display = self.step == NOTES
        self.query_one("#record-criteria").display = self.step == CRITERIA
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "to_criteria":
            return self.step == NOTES
        if action in ("save", "toggle", "dimension", "example"):
            return self.step == CRITERIA
        return True

    def on_resize(self) -> None:
        if self.is_mounted and self.step == CRITERIA:
            self._show_drafts()

    def typed_values(self) -> tuple[str, ...]:
        """The date, the cycle and the notes, as they stand in the form."""
        return (
            self.query_one("#talk-date", Input).value,
            self.query_one("#talk-cycle", Input).value,
            self.query_one("#talk-notes", TextArea).text,
        )

    def is_dirty(self) -> bool:
        """True when the form was changed and the conversation is not saved yet."""
        return not self._saved and super().is_dirty()

    @on(Input.Submitted)
    def _next_field(self) -> None:
        """Enter in the date or the cycle moves on, as in every form."""
        self.focus_next()

    @on(NotesArea.Finished)
    def _notes_finished(self) -> None:
        """Tab after the notes goes on to the lines, as Ctrl+S does."""
        self.action_to_criteria()

    # --- from the notes to the drafts ----------------------------------------------

    def _read_date(self) -> dt.date:
        today = self.clock.today()
        day = parse_date(self.query_one("#talk-date", Input).value, today)
        if day > today:
            raise CareerClimbError(
                catalogue.MANAGER_RECORD_FUTURE.format(day=day_in_words(day))
            )
        return day

    def _moment(self, day: dt.date) -> dt.datetime:
        """When the criteria were heard: the wait for evidence counts from then."""
        if day == self.clock.today():
            return self.clock.now()
        return dt.datetime.combine(day, dt.time(12), tzinfo=dt.timezone.utc)

    def action_to_criteria(self) -> None:
        """Check the date and notes, then offer each line as a criterion."""
        notes = self.query_one("#talk-notes", TextArea).text
        try:
            day = self._read_date()
        except CareerClimbError as error:
            self.notify(error.message, severity="error")
            self.query_one("#talk-date").focus()
            return
        try:
            cycle = read_cycle(self.query_one("#talk-cycle", Input).value)
        except CareerClimbError as error:
            self.notify(error.message, severity="error")
            self.query_one("#talk-cycle").focus()
            return
        if not notes.strip():
            self.notify(catalogue.MANAGER_RECORD_NO_NOTES, severity="error")
            return

        self.talk_date = day
        earlier = {criterion_key(d.criterion.text): d for d in self.drafts}
        recorded = criteria_docs.criteria(self.store)
        drafts: list[Draft] = []
        seen: set[str] = set()
        for line in notes.splitlines():
            found = criteria_from_notes([line], self._moment(day), cycle)
            if not found or criterion_key(found[0].text) in seen:
                continue
            draft = found[0]
            seen.add(criterion_key(draft.text))
            repeat = recorded_already(draft.text, recorded)
            number = repeat[0] if repeat else None
            before = earlier.get(criterion_key(draft.text))
            if before is not None:
                # Choices made before going back to the notes are kept.
                draft = replace(
                    draft,
                    dimension=before.criterion.dimension,
                    example_given=before.criterion.example_given,
                    example=before.criterion.example,
                )
                drafts.append(Draft(draft, before.keep, why_not_concrete(line), number))
            else:
                # Filed where its words point, for the user to confirm or change.
                suggested = suggest_dimension(draft.text, self._dimensions())
                draft = replace(draft, dimension=suggested)
                drafts.append(
                    Draft(draft, looks_concrete(line), why_not_concrete(line), number)
                )
        self.drafts = drafts

        self.step = CRITERIA
        self._show_step()
        self._show_drafts()
        self.query_one("#drafts", DataTable).focus()

    def _show_drafts(self) -> None:
        table = self.query_one("#drafts", DataTable)
        row = table.cursor_row
        table.clear()
        width = max(self.size.width - DRAFT_FIXED_WIDTH, 12)
        for index, draft in enumerate(self.drafts):
            criterion = draft.criterion
            dimension = (
                self.ladder.dimension_name(criterion.dimension)
                if criterion.dimension
                else catalogue.MANAGER_NO_DIMENSION
            )
            text = one_line(criterion.text, width)
            why = "" if draft.keep else draft.reason
            if why:
                # The reason sits under the line, so the user can judge it there.
                under = one_line(why, width)
                under.stylize("dim italic")
                text.append("\n")
                text.append_text(under)
            table.add_row(
                "✓" if draft.keep else "·",
                text,
                one_line(dimension, 20),
                catalogue.MANAGER_YES if criterion.example_given else "—",
                key=str(index),
                height=2 if why else 1,
            )
        if self.drafts:
            table.move_cursor(row=min(row, len(self.drafts) - 1))
        self._show_detail()

    @on(DataTable.RowHighlighted, "#drafts")
    def _show_detail(self) -> None:
        draft = self._current()
        detail = self.query_one("#draft-detail", Static)
        if draft is None:
            detail.update(catalogue.MANAGER_RECORD_NO_LINES)
            return
        text = Text(draft.criterion.text)
        if draft.reason and not draft.keep:
            # A line out of the manager's hands is worth its record, not a fault.
            if draft.reason == catalogue.NOTE_OUT_OF_HANDS_ASK_WHO:
                # The table has no place for who decides: the line itself does.
                said = catalogue.MANAGER_RECORD_OUT_OF_HANDS_ASK_WHO
            elif draft.reason in OUT_OF_HANDS_MARKS:
                said = catalogue.MANAGER_RECORD_OUT_OF_HANDS.format(mark=draft.reason)
            elif draft.reason == catalogue.NOTE_FOLLOW_UP_DAY:
                said = catalogue.MANAGER_RECORD_FOLLOW_UP
            elif is_vague_reason(draft.reason):
                said = catalogue.MANAGER_RECORD_VAGUE.format(reason=draft.reason)
            else:
                said = catalogue.MANAGER_RECORD_UNTICKED.format(reason=draft.reason)
            text.append("\n" + said, style="dim")
        if draft.recorded_as is not None:
            text.append(
                "\n" + catalogue.MANAGER_RECORD_REPEAT.format(number=draft.recorded_as),
                style="dim",
            )
        if draft.criterion.example:
            text.append(
                "\n"
                + catalogue.MANAGER_EXAMPLE.format(example=draft.criterion.example),
                style="italic",
            )
        detail.update(text)

    def _current(self) -> Draft | None:
        if not self.drafts:
            return None
        row = self.query_one("#drafts", DataTable).cursor_row
        return self.drafts[min(max(row, 0), len(self.drafts) - 1)]

    # --- marking -------------------------------------------------------------------

    @on(DataTable.RowSelected, "#drafts")
    def action_toggle(self) -> None:
        """Keep the line as a criterion, or skip it."""
        draft = self._current()
        if draft is None:
            return
        draft.keep = not draft.keep
        self._show_drafts()

    def action_example(self) -> None:
        """Write down the example the manager gave for this one, or take it off."""
        draft = self._current()
        if draft is None:
            return

        def written(example: str | None) -> None:
            if example is None:
                return
            draft.criterion = with_example(draft.criterion, example)
            # An example names work that would count: the line is worth keeping.
            draft.keep = draft.keep or draft.criterion.example_given
            self._show_drafts()

        self.app.push_screen(
            LineDialog(
                catalogue.MANAGER_EXAMPLE_TITLE.format(text=draft.criterion.text),
                draft.criterion.example,
                catalogue.MANAGER_EXAMPLE_HINT,
            ),
            written,
        )

    def _dimensions(self) -> tuple[Dimension, ...]:
        profile = self.profile
        target = profile.target_level if profile else ""
        return dimensions_for_level(self.ladder, target)

    def action_dimension(self) -> None:
        """File the criterion under one of the target level's dimensions."""
        draft = self._current()
        if draft is None:
            return
        dialog, ids = dimension_dialog(
            self._dimensions(), draft.criterion.dimension, draft.criterion.text
        )

        def chosen(index: int | None) -> None:
            if index is None:
                return
            dimension = ids[index]
            draft.criterion = replace(draft.criterion, dimension=dimension)
            draft.keep = draft.keep or bool(dimension)
            self._show_drafts()

        self.app.push_screen(dialog, chosen)

    # --- saving and leaving --------------------------------------------------------

    async def action_save(self) -> None:
        """Save the conversation and the lines kept as criteria."""
        if self.step != CRITERIA or self.talk_date is None:
            return
        day = self.talk_date
        notes = self.query_one("#talk-notes", TextArea).text.strip()
        kept = [d.criterion for d in self.drafts if d.keep]
        talk = Conversation(date=day, notes=notes)
        result = await self.careerclimb.run_store(
            lambda: criteria_docs.record_conversation(self.store, talk, kept),
            failure=catalogue.MANAGER_RECORD_NOT_SAVED,
        )
        if result is None:
            return
        self._saved = True
        saved, criteria = result
        if criteria:
            repeats = "".join(
                " " + catalogue.MANAGER_RECORD_REPEAT.format(number=d.recorded_as)
                for d in self.drafts
                if d.keep and d.recorded_as is not None
            )
            self.notify(
                catalogue.MANAGER_RECORD_SAVED.format(
                    date=day_in_words(day),
                    count=len(criteria),
                    word=catalogue.MANAGER_CRITERION_WORDS[len(criteria) != 1],
                )
                + repeats
            )
        else:
            self.notify(
                catalogue.MANAGER_RECORD_SAVED_NONE.format(date=day_in_words(day))
            )
        self.dismiss(saved)

    def action_back(self) -> None:
        """Go back to the notes, or leave (asking first if anything was typed)."""
        if self.step == CRITERIA:
            self.step = NOTES
            self._show_step()
            self.query_one("#talk-notes", TextArea).focus()
            return
        if not self.is_dirty():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmDialog(catalogue.MANAGER_RECORD_DISCARD), answered)
