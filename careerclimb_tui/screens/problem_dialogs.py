"""The small dialogs of the next-level problem tracker.

Each form dialog asks for a few fields, hands them to the domain and stays open
with the domain's message when it refuses them, so nothing typed is lost to a
mistake. It dismisses with the changed initiative (or the chosen path); the
screen that opened it saves, so the user hears about it only once it is on disk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import (
    Button,
    Input,
    Label,
    OptionList,
    Select,
    SelectionList,
    Static,
    TextArea,
)

from careerclimb_tui import catalogue
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    Stakeholders,
    add_note,
    add_reading,
    advance,
    correct_reading,
    correction_jump,
    allowed_moves,
    done_cautions,
    example_measure,
    last_source,
    numbered_reading,
    numbered_readings,
    one_active_message,
    reading_jump,
    reading_value,
    stage_note_example,
    step_after_details_change,
    suggested_better,
)
from careerclimb_tui.domain.numbers import refuse_number_unit
from careerclimb_tui.domain.problems import (
    BETTER_DIRECTIONS,
    BETTER_HIGHER,
    BETTER_LOWER,
    ProblemEntry,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import clean_list, split_names
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.paths import shown_path
from careerclimb_tui.screens.base import KeysOnlyDialog
from careerclimb_tui.screens.problem_text import amount, reading_date
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.fields import (
    DateInput,
    FieldError,
    FormSelect,
    LongTextArea,
    NamesInput,
    WholeInput,
)
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.lists import BoundedOptionList
from careerclimb_tui.widgets.text import markup_safe, one_line
from careerclimb_tui.widgets.toggles import MarkedSelectionList
from careerclimb_tui.widgets.wrapped_line import WrappedLine

T = TypeVar("T")


@dataclass(frozen=True)
class Field:
    """One field of a form dialog."""

    id: str
    label: str
    value: str = ""
    placeholder: str = ""
    suggestions: tuple[str, ...] = ()
    """Offered as the user types (Textual completes on the right arrow)."""
    multiline: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    """(label, value) pairs; the field becomes a drop-down when set."""
    beside: bool = False
    """Shown beside the field before it, so short fields share a line."""
    names: bool = False
    """A list of people or teams: typing after the list starts a new name."""
    wrapped: bool = False
    """One line of text shown over the lines it needs, its example too."""
    date: bool = False
    """A date: arriving from the keyboard selects it, so typing replaces it."""
    replaced: bool = False
    """Filled in to be typed over, as a date is: arriving selects the text."""
    checked: bool = False
    """Has a line of its own under it, saying why its value was refused."""


class FieldRefused(CareerClimbError):
    """A value refused for one field: said under that field, which takes focus."""

    def __init__(self, field_id: str, message: str) -> None:
        super().__init__(message)
        self.field_id = field_id
        """The ``Field.id`` of the field whose value was refused."""


FORM_TALL_FROM = 16
"""Terminal height from which a form dialog keeps its blank lines; below it the
title, the intro and the first field fit in view together (problem_dialogs.tcss)."""


class FormDialog(ModalScreen[T | None], Generic[T]):
    """A few fields, checked by the domain before the dialog closes."""

    CSS_PATH = "problem_dialogs.tcss"
    VERTICAL_BREAKPOINTS = [(0, "-short"), (FORM_TALL_FROM, "-tall")]
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="problem_dialog.save"),
        Binding("f2", "save", "Save", id="problem_dialog.save_f2", show=False),
        Binding("escape", "cancel", "Cancel", id="problem_dialog.cancel"),
    ]

    save_label = catalogue.SAVE_BUTTON
    """The label of the button that saves."""

    def __init__(self, title: str, fields: Sequence[Field], intro: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.fields = tuple(fields)
        self.intro = intro
        self._as_opened: dict[str, str] = {}

    @property
    def help_name(self) -> str:
        """What the help's title calls the dialog: its own title."""
        return self.title_text

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="problem-dialog"):
            yield Static(self.title_text, classes="dialog-title")
            if self.intro:
                yield Static(self.intro, classes="hint dialog-intro")
            for group in self._rows():
                if len(group) == 1:
                    yield Label(group[0].label, classes="dialog-label")
                    yield self._widget_for(group[0])
                    if group[0].checked:
                        yield FieldError(
                            id=f"error-{group[0].id}", classes="field-error"
                        )
                    continue
                with Horizontal(classes="dialog-row"):
                    for spec in group:
                        # Named by its field, so a cell can be sized for it.
                        with Vertical(classes=f"dialog-cell cell-{spec.id}"):
                            yield Label(spec.label, classes="dialog-label")
                            yield self._widget_for(spec)
                # Under the whole line, where a reason has room to be read.
                for spec in group:
                    if spec.checked:
                        yield FieldError(id=f"error-{spec.id}", classes="field-error")
            yield from self.compose_after_fields()
            yield FieldError(id="dialog-error")
            yield Static(catalogue.PROBLEM_DIALOG_KEYS, classes="hint dialog-keys")
            with Horizontal(classes="dialog-buttons"):
                yield Button(
                    self.save_label, variant="primary", compact=True, id="save"
                )
                yield Button(catalogue.CANCEL_BUTTON, compact=True, id="cancel")
        # Its own footer, over the screen's behind (the proposal's, for the
        # export): only this dialog's keys work while it is open.
        yield SteadyFooter()

    def compose_after_fields(self) -> ComposeResult:
        """Anything a dialog shows between its last field and its keys."""
        yield from ()

    def _rows(self) -> list[list[Field]]:
        """The fields grouped into lines: a field marked beside joins the last."""
        rows: list[list[Field]] = []
        for spec in self.fields:
            if spec.beside and rows:
                rows[-1].append(spec)
            else:
                rows.append([spec])
        return rows

    def _widget_for(self, spec: Field) -> Widget:
        widget_id = f"field-{spec.id}"
        if spec.choices:
            return FormSelect(
                spec.choices,
                value=spec.value if spec.value else Select.NULL,
                prompt=spec.placeholder or catalogue.PROBLEM_DIALOG_CHOOSE,
                type_to_search=False,
                compact=True,
                id=widget_id,
            )
        if spec.multiline:
            return LongTextArea(
                spec.value, soft_wrap=True, placeholder=spec.placeholder, id=widget_id
            )
        if spec.wrapped:
            return WrappedLine(
                spec.value,
                placeholder=spec.placeholder,
                id=widget_id,
                classes="wrapped-line",
            )
        field_class = (
            NamesInput
            if spec.names
            else DateInput
            if spec.date or spec.replaced
            else WholeInput
        )
        return field_class(
            spec.value,
            placeholder=spec.placeholder,
            suggester=SuggestFromList(spec.suggestions, case_sensitive=False)
            if spec.suggestions
            else None,
            id=widget_id,
        )

    def on_mount(self) -> None:
        self._as_opened = self.values()
        self.query_one("#dialog-error").display = False
        if self.fields:
            # Brought into view once laid out, from the top (see _open_at_top).
            self.query_one(f"#field-{self.fields[0].id}").focus(scroll_visible=False)
            self.call_after_refresh(self._open_at_top)

    def _open_at_top(self) -> None:
        """Show the dialog from its title, scrolled only as far as the first
        field needs to be in view.

        Left to the focus, a short terminal opens the dialog scrolled down to
        the field, past the title and the intro that say what it is for.
        """
        page = self.query_one(".problem-dialog", VerticalScroll)
        page.scroll_home(animate=False, immediate=True)
        first = self.query_one(f"#field-{self.fields[0].id}")
        page.scroll_to_widget(first, animate=False, immediate=True)

    def values(self) -> dict[str, str]:
        """What is in each field now, by field id."""
        found: dict[str, str] = {}
        for spec in self.fields:
            widget = self.query_one(f"#field-{spec.id}")
            if isinstance(widget, TextArea):
                found[spec.id] = widget.text
            elif isinstance(widget, Input):
                found[spec.id] = widget.value
            elif isinstance(widget, Select):
                value = widget.value
                found[spec.id] = "" if value is Select.NULL else str(value)
        return found

    def is_dirty(self) -> bool:
        """True when a field differs from what the dialog opened with."""
        return self.is_mounted and self.values() != self._as_opened

    def build(self, values: dict[str, str]) -> T:
        """Turn the fields into the dialog's result.

        Raises:
            CareerClimbError: when the fields cannot make one; the dialog stays.
        """
        raise NotImplementedError

    @on(Input.Submitted)
    @on(WrappedLine.Submitted)
    @on(FormSelect.Done)
    def _submitted(
        self, event: Input.Submitted | WrappedLine.Submitted | FormSelect.Done
    ) -> None:
        """Enter moves to the next field, and saves from the last one."""
        ids = [f"field-{spec.id}" for spec in self.fields]
        here = event.control.id if event.control else None
        if here in ids and here != ids[-1]:
            self.query_one(f"#{ids[ids.index(here) + 1]}").focus()
        else:
            self.action_save()

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    def _field_edited(
        self, event: Input.Changed | TextArea.Changed | Select.Changed
    ) -> None:
        """A refusal is about what a field held: once that field is edited, what
        was said about it, under it or below the fields, no longer holds."""
        widget_id = event.control.id if event.control else None
        if not widget_id or not widget_id.startswith("field-"):
            return
        field_id = widget_id.removeprefix("field-")
        for line in self.query(f"#error-{field_id}, #dialog-error"):
            if isinstance(line, FieldError):
                line.say("")

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def confirm_first(self, result: T) -> str:
        """A question to ask before closing with ``result``; empty to close at once.

        Asked when a value is allowed but looks like a slip; answering no
        leaves the dialog open with everything as typed.
        """
        return ""

    def action_save(self) -> None:
        """Check the fields with the domain; close with the result if it agrees."""
        try:
            result = self.build(self.values())
        except CareerClimbError as error:
            self._show_error(error)
            return
        self._show_error(None)
        question = self.confirm_first(result)
        if not question:
            self.dismiss(result)
            return

        def answered(sure: bool | None) -> None:
            if sure:
                self.dismiss(result)

        self.app.push_screen(ConfirmDialog(question), answered)

    def _show_error(self, error: CareerClimbError | None) -> None:
        """Say why the fields were refused, where it is seen; None clears it.

        A refusal of one field is said under that field, which takes the
        focus; any other is said below the fields. Either is scrolled into
        view: on a short terminal it may sit below the dialog's last row.
        """
        for line in self.query(FieldError):
            line.say("")
        if error is None:
            return
        field_id = error.field_id if isinstance(error, FieldRefused) else ""
        under_field = self.query(f"#error-{field_id}") if field_id else None
        if under_field:
            self.query_one(f"#field-{field_id}").focus()
            under_field.first(FieldError).say(error.message)
        else:
            self.query_one("#dialog-error", FieldError).say(error.message)
        self.app.bell()

    def action_cancel(self) -> None:
        """Close without a result, asking first when that drops typing."""
        if not self.is_dirty():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmDialog(catalogue.PROBLEM_DIALOG_DISCARD), answered)


# --- moving between stages -------------------------------------------------------


def stage_dialog_title(initiative: Initiative, target: Stage) -> str:
    """What the stage dialog is about to do, as its title."""
    if target is Stage.DROPPED:
        return catalogue.PROBLEM_STAGE_DROP_TITLE
    if target is Stage.PAUSED:
        return catalogue.PROBLEM_STAGE_PAUSE_TITLE
    if initiative.stage is Stage.PAUSED:
        return catalogue.PROBLEM_STAGE_RESUME_TITLE.format(stage=target.label)
    return catalogue.PROBLEM_STAGE_MOVE_TITLE.format(stage=target.label)


def stage_dialog_intro(target: Stage, result_logged: bool) -> str:
    """The guide shown above the stage dialog's fields.

    Args:
        target: the stage the initiative moves into.
        result_logged: whether a win linked to the initiative already carries
            its measured result.

    Returns:
        The guide for the stage; for done, it asks to log the result as a win
        only while no linked win holds it.
    """
    if target is Stage.DONE and result_logged:
        return catalogue.PROBLEM_STAGE_GUIDE_DONE_LOGGED
    return catalogue.PROBLEM_STAGE_GUIDE.get(target.value, "")


class StageDialog(FormDialog[Initiative]):
    """Moves an initiative to a stage, with a note and the next step."""

    def __init__(
        self,
        initiative: Initiative,
        target: Stage,
        now: dt.datetime,
        result_logged: bool = False,
    ):
        """Ask about one move.

        Args:
            initiative: the initiative to move, its next step as offered.
            target: the stage it moves into.
            now: the moment of the move (UTC).
            result_logged: whether a linked win already carries the result.
        """
        self.initiative = initiative
        self.target = target
        self.now = now
        labels = {
            Stage.DROPPED: catalogue.PROBLEM_STAGE_REASON,
            Stage.PAUSED: catalogue.PROBLEM_STAGE_PAUSE_REASON,
        }
        fields = [
            Field(
                "note",
                labels.get(target, catalogue.PROBLEM_STAGE_NOTE),
                placeholder=stage_note_example(target),
                # The reason for dropping, and its example, are read whole.
                wrapped=target is Stage.DROPPED,
            )
        ]
        if target not in (Stage.DROPPED, Stage.DONE):
            fields.append(
                Field(
                    "next_step",
                    catalogue.PROBLEM_NEXT_STEP_LABEL,
                    value=initiative.next_step,
                    placeholder=catalogue.PROBLEM_NEXT_STEP_HINT,
                    # Wrapped, so a suggested step is read whole before saving.
                    multiline=True,
                )
            )
        super().__init__(
            stage_dialog_title(initiative, target),
            fields,
            intro=stage_dialog_intro(target, result_logged),
        )
        # Done closes the problem for good, so what to weigh is said before saving.
        self.cautions = done_cautions(initiative) if target is Stage.DONE else ()

    def compose_after_fields(self) -> ComposeResult:
        for caution in self.cautions:
            yield Static(markup_safe(caution), classes="dialog-caution")

    def build(self, values: dict[str, str]) -> Initiative:
        note = " ".join(values["note"].split())
        moved = advance(self.initiative, self.target, self.now, note)
        # One line, however the wrapped field was typed.
        step = " ".join(values.get("next_step", "").split())
        if self.target in (Stage.DROPPED, Stage.DONE):
            # A closed problem has nothing left to do.
            step = ""
        return moved.with_changes(next_step=step)


# --- notes ---------------------------------------------------------------------


class NoteDialog(FormDialog[Initiative]):
    """Files a dated note under the current stage and updates the next step."""

    def __init__(self, initiative: Initiative, now: dt.datetime):
        self.initiative = initiative
        self.now = now
        super().__init__(
            catalogue.PROBLEM_NOTE_TITLE.format(stage=initiative.stage.label),
            [
                Field(
                    "note",
                    catalogue.PROBLEM_NOTE_LABEL,
                    placeholder=catalogue.PROBLEM_NOTE_HINT,
                ),
                Field(
                    "next_step",
                    catalogue.PROBLEM_NEXT_STEP_LABEL,
                    value=initiative.next_step,
                    placeholder=catalogue.PROBLEM_NEXT_STEP_HINT,
                    # A step too long for one line is read whole, not cut.
                    wrapped=True,
                ),
            ],
        )

    def build(self, values: dict[str, str]) -> Initiative:
        # One line, however the wrapped field was typed.
        step = " ".join(values["next_step"].split())
        note = values["note"]
        if not note.strip() and step != self.initiative.next_step:
            # Only the next step changed: that is an update in itself.
            return self.initiative.with_changes(next_step=step, updated_at=self.now)
        noted = add_note(self.initiative, note, self.now)
        return noted.with_changes(next_step=step)


# --- readings ------------------------------------------------------------------


READING_ROOMY_FROM = 60
"""Terminal width from which the direction's box is kept wide enough for its
longest choice beside the number and its unit (see problem_dialogs.tcss)."""


class ReadingDialog(FormDialog[Initiative]):
    """Records the baseline (with what is measured), or a later reading."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (READING_ROOMY_FROM, "-roomy")]

    def __init__(
        self,
        initiative: Initiative,
        entry: ProblemEntry | None,
        now: dt.datetime,
        today: dt.date,
    ):
        self.initiative = initiative
        self.now = now
        self.today = today
        self.first = initiative.baseline is None
        measures = entry.measures if entry else ()
        self.jump = ""
        """Why the reading being saved looks like a slip; empty when it does not."""
        # Asked at every reading, so a direction chosen the wrong way round can
        # be turned at any time; until one is chosen, the check's words suggest it.
        better = Field(
            "better",
            catalogue.PROBLEM_READING_BETTER,
            value=suggested_better(initiative),
            choices=(
                (catalogue.PROBLEM_BETTER_LOWER, BETTER_LOWER),
                (catalogue.PROBLEM_BETTER_HIGHER, BETTER_HIGHER),
            ),
            beside=True,
        )
        fields: list[Field] = []
        if self.first:
            # An example that improves the way pre-selected below, so the two agree.
            suggested = example_measure(initiative, entry)
            fields += [
                Field(
                    "metric",
                    catalogue.PROBLEM_READING_METRIC,
                    value=initiative.metric,
                    placeholder=catalogue.PROBLEM_READING_METRIC_SUGGESTED.format(
                        name=suggested.name
                    )
                    if suggested
                    else catalogue.PROBLEM_READING_METRIC_HINT,
                    suggestions=tuple(m.name for m in measures),
                ),
                better,
            ]
        unit = initiative.baseline.unit if initiative.baseline else ""
        fields += [
            # A hint like its neighbours', so the empty box reads as one.
            Field(
                "value",
                catalogue.PROBLEM_READING_VALUE,
                placeholder=catalogue.PROBLEM_READING_VALUE_HINT,
                checked=True,
            ),
            Field(
                "unit",
                catalogue.PROBLEM_READING_UNIT,
                value=unit,
                suggestions=tuple(m.unit for m in measures),
                placeholder=catalogue.PROBLEM_READING_UNIT_HINT,
                beside=True,
            ),
            # Beside the number of a later reading: the form keeps its height.
            *(() if self.first else (better,)),
            Field(
                "date",
                catalogue.PROBLEM_READING_DATE,
                value=today.isoformat(),
                date=True,
            ),
            Field(
                "source",
                catalogue.PROBLEM_READING_SOURCE,
                value=last_source(initiative),
                placeholder=catalogue.PROBLEM_READING_SOURCE_HINT,
                beside=True,
            ),
        ]
        if self.first:
            title, intro = (
                catalogue.PROBLEM_BASELINE_TITLE,
                catalogue.PROBLEM_BASELINE_INTRO,
            )
        else:
            title = catalogue.PROBLEM_READING_TITLE
            intro = catalogue.PROBLEM_READING_INTRO.format(
                baseline=initiative.baseline.describe() if initiative.baseline else ""
            )
        super().__init__(title, fields, intro=markup_safe(intro))

    def on_resize(self) -> None:
        # The hint is wider than the box beside the date and would be cut
        # mid-word: it is fitted to the box, its end shown as an ellipsis.
        self.call_after_refresh(self._fit_source_hint)

    def _fit_source_hint(self) -> None:
        source = self.query_one("#field-source", Input)
        width = source.content_size.width - 1
        if width > 0:
            hint = catalogue.PROBLEM_READING_SOURCE_HINT
            source.placeholder = one_line(hint, width, at_word=True).plain

    def build(self, values: dict[str, str]) -> Initiative:
        self.jump = ""
        better = values.get("better", "")
        if better not in BETTER_DIRECTIONS:
            better = self.initiative.better
        try:
            value = reading_value(
                values["value"],
                catalogue.PROBLEM_READING_VALUE_NAME,
                None if self.first else self.initiative.baseline,
            )
        except CareerClimbError as error:
            # Said under the number, which takes the focus to be corrected.
            raise FieldRefused("value", error.message) from error
        if value is None and not self.first and better != self.initiative.better:
            # Only the direction changed: it is saved without a new reading.
            return self.initiative.with_changes(better=better, updated_at=self.now)
        if value is None:
            raise FieldRefused("value", catalogue.INITIATIVE_READING_NOT_A_NUMBER)
        try:
            refuse_number_unit(values["unit"])
        except CareerClimbError as error:
            # Said under the unit, which takes the focus to be corrected.
            raise FieldRefused("unit", error.message) from error
        day = reading_date(values["date"], self.today)
        self.jump = "" if self.first else reading_jump(self.initiative, value)
        reading = Reading(value, values["unit"], day, values["source"])
        initiative = self.initiative.with_changes(better=better)
        if self.first:
            initiative = initiative.with_changes(
                metric=values.get("metric", "").strip()
            )
        return add_reading(initiative, reading, self.now)

    def confirm_first(self, result: Initiative) -> str:
        if not self.jump:
            return ""
        return catalogue.PROBLEM_READING_JUMP_CONFIRM.format(jump=self.jump)


# --- people and details --------------------------------------------------------


class PeopleDialog(FormDialog[Initiative]):
    """Who needs to agree, who agreed, who helped, and the other teams."""

    def __init__(
        self, initiative: Initiative, now: dt.datetime, roles: Sequence[str] = ()
    ):
        self.initiative = initiative
        self.now = now
        people = initiative.stakeholders
        known = clean_list((*people.to_agree, *people.agreed, *roles))
        super().__init__(
            catalogue.PROBLEM_PEOPLE_TITLE,
            [
                Field(
                    "to_agree",
                    catalogue.PROBLEM_PEOPLE_TO_AGREE,
                    ", ".join(people.to_agree),
                    names=True,
                    # An example, like every other hint: bare role names read
                    # as an answer already given.
                    placeholder=(
                        catalogue.PROBLEM_ROLES_HINT.format(roles=", ".join(roles[:2]))
                        if roles
                        else catalogue.PROBLEM_NAMES_HINT
                    ),
                ),
                Field(
                    "agreed",
                    catalogue.PROBLEM_PEOPLE_AGREED_LABEL,
                    ", ".join(people.agreed),
                    names=True,
                    placeholder=catalogue.PROBLEM_NAMES_HINT,
                    suggestions=known,
                ),
                Field(
                    "helped",
                    catalogue.PROBLEM_PEOPLE_HELPED_LABEL,
                    ", ".join(people.helped),
                    names=True,
                    placeholder=catalogue.PROBLEM_NAMES_HINT,
                ),
                Field(
                    "other_teams",
                    catalogue.PROBLEM_PEOPLE_TEAMS_LABEL,
                    ", ".join(people.other_teams),
                    names=True,
                    placeholder=catalogue.PROBLEM_TEAMS_HINT,
                ),
            ],
            intro=catalogue.PROBLEM_PEOPLE_INTRO,
        )

    def build(self, values: dict[str, str]) -> Initiative:
        people = Stakeholders(
            to_agree=split_names(values["to_agree"]),
            agreed=split_names(values["agreed"]),
            helped=split_names(values["helped"]),
            other_teams=split_names(values["other_teams"]),
        )
        if people == self.initiative.stakeholders:
            return self.initiative
        return self.initiative.with_changes(stakeholders=people, updated_at=self.now)


class DetailsDialog(FormDialog[Initiative]):
    """The words the proposal is drafted from: problem, evidence, fix, cost and
    the target the fix aims at. A suggested next step follows them."""

    def __init__(
        self,
        initiative: Initiative,
        now: dt.datetime,
        entry: ProblemEntry | None = None,
    ):
        """Edit the details of ``initiative``.

        Args:
            initiative: the initiative whose details are edited.
            now: the current moment (UTC), the time of the change.
            entry: the catalogue entry it came from, whose plan a suggested
                next step may come from.
        """
        self.initiative = initiative
        self.now = now
        self.entry = entry
        super().__init__(
            catalogue.PROBLEM_DETAILS_TITLE,
            [
                Field(
                    "title",
                    catalogue.PROBLEM_DETAILS_NAME,
                    initiative.title,
                    checked=True,
                ),
                Field(
                    "description",
                    catalogue.PROPOSAL_H_PROBLEM,
                    initiative.description,
                    multiline=True,
                ),
                Field(
                    "evidence",
                    catalogue.PROBLEM_DETAILS_EVIDENCE,
                    initiative.evidence,
                    placeholder=catalogue.PROBLEM_DETAILS_EVIDENCE_EXAMPLE,
                    multiline=True,
                ),
                Field(
                    "proposed_fix",
                    catalogue.PROPOSAL_H_FIX,
                    initiative.proposed_fix,
                    multiline=True,
                ),
                Field(
                    "cost", catalogue.PROPOSAL_H_COST, initiative.cost, multiline=True
                ),
                Field(
                    "target",
                    catalogue.PROBLEM_DETAILS_TARGET,
                    initiative.target,
                    placeholder=catalogue.CHECK_H_CHANGE,
                ),
            ],
            intro=catalogue.PROBLEM_DETAILS_INTRO,
        )

    def build(self, values: dict[str, str]) -> Initiative:
        if not values["title"].strip():
            raise FieldRefused("title", catalogue.INITIATIVE_NEEDS_TITLE)
        changes = {
            "title": values["title"].strip(),
            "description": values["description"].strip(),
            "evidence": values["evidence"].strip(),
            "proposed_fix": values["proposed_fix"].strip(),
            "cost": values["cost"].strip(),
            "target": values["target"].strip(),
        }
        if all(getattr(self.initiative, k) == v for k, v in changes.items()):
            return self.initiative
        edited = self.initiative.with_changes(**changes, updated_at=self.now)
        return edited.with_changes(
            next_step=step_after_details_change(edited, self.entry)
        )


# --- export --------------------------------------------------------------------


class ExportDialog(FormDialog[Path]):
    """Asks where to write the proposal as Markdown."""

    # The same keys as every form, named as the button is: they export here.
    BINDINGS = [
        Binding(
            "ctrl+s", "save", catalogue.PROBLEM_EXPORT_BUTTON, id="problem_export.save"
        ),
        Binding(
            "f2",
            "save",
            catalogue.PROBLEM_EXPORT_BUTTON,
            id="problem_export.save_f2",
            show=False,
        ),
    ]

    save_label = catalogue.PROBLEM_EXPORT_BUTTON

    def __init__(self, default: Path, file_name: str = ""):
        """Ask where to write, offering ``default``.

        Args:
            default: the path shown in the field to start with.
            file_name: the name a folder typed in the field is given; the
                default's own name when empty. A dialog opened again on a name
                the user typed still gives a folder the usual name.
        """
        super().__init__(
            catalogue.PROBLEM_EXPORT_TITLE,
            [Field("path", catalogue.PROBLEM_EXPORT_PATH, str(default))],
            intro=catalogue.PROBLEM_EXPORT_INTRO,
        )
        self.default = default
        self.file_name = file_name or default.name

    def compose_after_fields(self) -> ComposeResult:
        yield Static(id="export-whole-path", classes="hint", markup=False)

    def on_mount(self) -> None:
        # The one field has no next one: Enter writes, as in every export.
        # FormDialog's own on_mount runs as well: Textual calls each class's.
        self.query_one(".dialog-keys", Static).update(catalogue.FILE_DIALOG_KEYS)
        self.query_one("#export-whole-path").display = False
        # The field's width is known only once it is laid out.
        self.call_after_refresh(self._show_whole_path)

    def on_resize(self) -> None:
        self.call_after_refresh(self._show_whole_path)

    @on(Input.Changed, "#field-path")
    def _show_whole_path(self) -> None:
        """Spell out the whole path, wrapped, when the field shows only part of it.

        A one-line field scrolls a long path sideways, so its start or its end
        is out of sight; the line below shows all of it, and only then.
        """
        field = self.query_one("#field-path", Input)
        whole = self.query_one("#export-whole-path", Static)
        width = field.content_region.width
        # The cursor takes a cell after the last character.
        cut = width > 0 and cell_len(field.value) + 1 > width
        whole.display = cut
        if cut:
            whole.update(catalogue.PROBLEM_EXPORT_WHOLE_PATH.format(path=field.value))

    def build(self, values: dict[str, str]) -> Path:
        text = values["path"].strip()
        if not text:
            raise CareerClimbError(catalogue.PROBLEM_EXPORT_NO_PATH)
        path = Path(text).expanduser()
        if path.is_dir():
            path = path / self.file_name
        path = path.absolute()
        if not path.parent.is_dir():
            # Told here, the dialog stays open with the path as typed, to fix.
            raise CareerClimbError(
                catalogue.EXPORT_NO_FOLDER.format(folder=shown_path(path.parent))
            )
        return path


# --- one active problem ----------------------------------------------------------


class ActiveInitiativeDialog(KeysOnlyDialog[Stage | None]):
    """Asks whether the problem being driven is done, dropped or paused."""

    CSS_PATH = "problem_dialogs.tcss"
    BINDINGS = [
        Binding("d", "choose('done')", "Done", id="active_dialog.done"),
        Binding("p", "choose('paused')", "Pause it", id="active_dialog.pause"),
        Binding("x", "choose('dropped')", "Drop it", id="active_dialog.drop"),
        Binding("escape", "cancel", "Cancel", id="active_dialog.cancel"),
    ]

    help_name = catalogue.PROBLEM_ACTIVE_TITLE
    """What the help's title calls the dialog."""

    def __init__(self, active: Initiative, resuming: Initiative | None = None) -> None:
        """Ask about the problem in progress.

        Args:
            active: the problem being driven.
            resuming: the paused problem the user is resuming, if that is what
                asks; None when a new problem is about to start.
        """
        super().__init__()
        self.active = active
        self.resuming = resuming
        self.allowed = allowed_moves(active)

    def compose(self) -> ComposeResult:
        asked = one_active_message([self.active], resuming=self.resuming)
        with VerticalScroll(classes="problem-dialog"):
            yield Static(catalogue.PROBLEM_ACTIVE_TITLE, classes="dialog-title")
            yield Static(markup_safe(asked), classes="dialog-intro")
            if Stage.DONE not in self.allowed:
                yield Static(
                    catalogue.PROBLEM_ACTIVE_NOT_DONE.format(
                        stage=self.active.stage.label
                    ),
                    classes="hint",
                )
            with Horizontal(classes="dialog-buttons", id="active-buttons"):
                if Stage.DONE in self.allowed:
                    yield Button(
                        catalogue.PROBLEM_ACTIVE_DONE,
                        variant="success",
                        compact=True,
                        id="done",
                    )
                yield Button(catalogue.PROBLEM_ACTIVE_PAUSE, compact=True, id="paused")
                yield Button(
                    catalogue.PROBLEM_ACTIVE_DROP,
                    variant="warning",
                    compact=True,
                    id="dropped",
                )
                yield Button(
                    catalogue.CANCEL_BUTTON,
                    variant="primary",
                    compact=True,
                    id="cancel",
                )
        # Its own footer: the initiative's keys do nothing while it asks.
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self.action_choose(event.button.id or "")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer a move's key only when the problem can make that move; the
        dialog's hint says why "done" is missing before a measured result."""
        if action == "choose" and parameters:
            return Stage(str(parameters[0])) in self.allowed
        return True

    def action_choose(self, stage: str) -> None:
        target = Stage(stage)
        if target not in self.allowed:
            self.app.bell()
            return
        self.dismiss(target)

    def action_cancel(self) -> None:
        self.dismiss(None)


# --- linking wins ----------------------------------------------------------------


class LinkWinsDialog(KeysOnlyDialog[tuple[int, ...] | None]):
    """Picks the wins that came out of the initiative."""

    CSS_PATH = "problem_dialogs.tcss"
    BINDINGS = [
        Binding("ctrl+s,f2", "save", "Save", id="link_dialog.save"),
        Binding("escape", "cancel", "Cancel", id="link_dialog.cancel"),
    ]

    help_name = catalogue.PROBLEM_LINK_TITLE
    """What the help's title calls the dialog."""

    def __init__(self, wins: Sequence[Win], linked: Sequence[int]) -> None:
        super().__init__()
        self.wins = [w for w in wins if w.id is not None]
        self.linked = tuple(linked)

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="problem-dialog"):
            yield Static(catalogue.PROBLEM_LINK_TITLE, classes="dialog-title")
            if not self.wins:
                yield Static(catalogue.PROBLEM_LINK_NO_WINS, classes="hint")
            yield MarkedSelectionList[int](
                *[
                    (
                        Content(f"{w.date.isoformat()}  {' '.join(w.title.split())}"),
                        w.id or 0,
                        w.id in self.linked,
                    )
                    for w in self.wins
                ],
                id="link-wins",
                enter_action="screen.save",
            )
            yield Static(catalogue.PROBLEM_LINK_KEYS, classes="hint")
        # Its own footer: the initiative's keys do nothing while it is open.
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#link-wins", SelectionList).focus()

    def action_save(self) -> None:
        chosen = self.query_one("#link-wins", SelectionList).selected
        self.dismiss(tuple(int(value) for value in chosen))

    def action_cancel(self) -> None:
        self.dismiss(None)


# --- correcting readings -----------------------------------------------------------


def typed_number(value: float) -> str:
    """A reading's number as it would be typed: "31", "0.03", never "1e+06"."""
    if value == int(value):
        return str(int(value))
    return repr(value)


def reading_option(number: int, reading: Reading) -> Content:
    """One line of the readings list: its number, day, amount and source."""
    line = f"{number:>2}  {reading.date.isoformat()}  {amount(reading)}"
    if number == 1:
        line += f"  {catalogue.PROBLEM_READINGS_BASELINE_MARK}"
    if reading.source:
        line += f"  ({' '.join(reading.source.split())})"
    return Content(line)


class ReadingsDialog(KeysOnlyDialog[tuple[str, int] | None]):
    """Lists every reading, to put one typed wrong right or to remove it.

    Dismisses with ``("correct", number)`` or ``("remove", number)``, the number
    as ``numbered_readings`` counts it; the page asks or edits from there.
    """

    CSS_PATH = "problem_dialogs.tcss"
    BINDINGS = [
        # Enter reaches the list first, which chooses the reading it is on;
        # declared here too, so the help lists it beside c.
        Binding(
            "enter",
            "correct",
            "Correct",
            id="readings_dialog.correct_enter",
            show=False,
        ),
        Binding("c", "correct", "Correct", id="readings_dialog.correct"),
        Binding("delete,d", "remove", "Remove", id="readings_dialog.remove"),
        Binding("escape", "cancel", "Close", id="readings_dialog.cancel"),
    ]

    help_name = catalogue.PROBLEM_READINGS_TITLE
    """What the help's title calls the dialog."""

    def __init__(self, initiative: Initiative, highlighted: int = 0) -> None:
        """List an initiative's readings.

        Args:
            initiative: the initiative whose readings are listed.
            highlighted: the number of the reading the list opens on; 0 (or a
                number not listed) for the latest.
        """
        super().__init__()
        self.readings = numbered_readings(initiative)
        self.highlighted = highlighted

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="problem-dialog"):
            yield Static(catalogue.PROBLEM_READINGS_TITLE, classes="dialog-title")
            yield Static(catalogue.PROBLEM_READINGS_INTRO, classes="hint dialog-intro")
            yield BoundedOptionList(
                *[
                    reading_option(number, reading)
                    for number, reading in enumerate(self.readings, start=1)
                ],
                id="readings-list",
            )
            yield Static(catalogue.PROBLEM_READINGS_KEYS, classes="hint")
        # Its own footer: the page's keys do nothing while it is open.
        yield SteadyFooter()

    def on_mount(self) -> None:
        listed = self.query_one("#readings-list", BoundedOptionList)
        # The latest reading is the one most likely just typed wrong.
        latest = len(self.readings)
        number = self.highlighted if 0 < self.highlighted <= latest else latest
        listed.highlighted = number - 1 if self.readings else None
        listed.focus()

    @on(OptionList.OptionSelected, "#readings-list")
    def _selected(self) -> None:
        self.action_correct()

    def _chosen(self) -> int | None:
        highlighted = self.query_one("#readings-list", BoundedOptionList).highlighted
        return None if highlighted is None else highlighted + 1

    def action_correct(self) -> None:
        number = self._chosen()
        if number is not None:
            self.dismiss(("correct", number))

    def action_remove(self) -> None:
        number = self._chosen()
        if number is not None:
            self.dismiss(("remove", number))

    def action_cancel(self) -> None:
        self.dismiss(None)


def remove_reading_question(initiative: Initiative, number: int) -> str:
    """What to ask before a reading is removed, saying what follows from it.

    Args:
        initiative: the initiative as it is.
        number: the reading's number in ``numbered_readings``.

    Returns:
        The question, naming the reading; for the baseline, also what becomes
        the baseline in its place.
    """
    readings = numbered_readings(initiative)
    gone = readings[number - 1].describe()
    if number > 1:
        return catalogue.PROBLEM_READING_REMOVE_CONFIRM.format(reading=gone)
    if len(readings) == 1:
        return catalogue.PROBLEM_BASELINE_REMOVE_ONLY_CONFIRM.format(reading=gone)
    return catalogue.PROBLEM_BASELINE_REMOVE_CONFIRM.format(
        reading=gone, next=readings[1].describe()
    )


class ReadingFixDialog(FormDialog[Initiative]):
    """Puts right the number, day or source of one reading; its unit stays."""

    def __init__(
        self, initiative: Initiative, number: int, now: dt.datetime, today: dt.date
    ) -> None:
        self.initiative = initiative
        self.number = number
        self.now = now
        self.today = today
        self.jump = ""
        """Why the corrected number looks like a slip; empty when it does not."""
        was = numbered_reading(initiative, number)
        title = (
            catalogue.PROBLEM_BASELINE_FIX_TITLE
            if number == 1
            else catalogue.PROBLEM_READING_FIX_TITLE.format(number=number)
        )
        intro = (
            catalogue.PROBLEM_READING_FIX_INTRO
            if was.unit
            else catalogue.PROBLEM_READING_FIX_INTRO_NO_UNIT
        ).format(reading=was.describe(), unit=was.unit)
        super().__init__(
            title,
            [
                Field(
                    "value",
                    catalogue.PROBLEM_READING_VALUE,
                    value=typed_number(was.value),
                    checked=True,
                    replaced=True,
                ),
                Field(
                    "date",
                    catalogue.PROBLEM_READING_DATE,
                    value=was.date.isoformat(),
                    date=True,
                    beside=True,
                ),
                Field(
                    "source",
                    catalogue.PROBLEM_READING_SOURCE,
                    value=was.source,
                    placeholder=catalogue.PROBLEM_READING_SOURCE_HINT,
                ),
            ],
            intro=markup_safe(intro),
        )

    def build(self, values: dict[str, str]) -> Initiative:
        self.jump = ""
        # A change such as "-40%" is a change of the baseline, never of itself.
        baseline = self.initiative.baseline if self.number > 1 else None
        try:
            value = reading_value(
                values["value"], catalogue.PROBLEM_READING_VALUE_NAME, baseline
            )
        except CareerClimbError as error:
            raise FieldRefused("value", error.message) from error
        if value is None:
            raise FieldRefused("value", catalogue.INITIATIVE_READING_NOT_A_NUMBER)
        day = reading_date(values["date"], self.today)
        fixed = Reading(value, "", day, values["source"])
        corrected = correct_reading(self.initiative, self.number, fixed, self.now)
        self.jump = correction_jump(self.initiative, self.number, value)
        return corrected

    def confirm_first(self, result: Initiative) -> str:
        if not self.jump:
            return ""
        return catalogue.PROBLEM_READING_JUMP_CONFIRM.format(jump=self.jump)
