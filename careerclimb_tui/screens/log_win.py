"""Log a win, guided: what changed, the before → after, who noticed — with a coach.

The coach panel reads the win as the user types and asks about what is missing; it
writes nothing into the win. Once open, the form changes one thing by itself: a
"what changed" sentence drafted from the before → after (a problem's result, say)
follows the figures when they are edited, so the two never disagree; words the
user wrote around it, or instead of it, are kept. Quick mode keeps only the one
line and the measure, for a thirty-second capture.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import (
    Button,
    Input,
    Label,
    SelectionList,
    Static,
    TextArea,
)

from careerclimb_tui import catalogue
from careerclimb_tui.domain.dates import parse_win_date
from careerclimb_tui.domain.framing import Reading, activity_heading, read_win
from careerclimb_tui.domain.initiative import what_changed_for_measure
from careerclimb_tui.domain.numbers import (
    AFTER,
    BEFORE,
    is_number_unit,
    measure_from_fields,
    measure_jump,
    measure_value_at_fault,
)
from careerclimb_tui.domain.records import (
    FRAMING_IMPACT,
    Measure,
    Win,
    describe_measure,
    format_number,
)
from careerclimb_tui.domain.wins import (
    check_title_length,
    clean_list,
    framed,
    length_hints,
    saved_note,
    split_tags,
)
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.base import FormScreen
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.external import edit_in_editor
from careerclimb_tui.widgets.fields import (
    DateInput,
    FieldError,
    FormLine,
    FormNames,
    FormScroll,
    LongTextArea,
)
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.text import markup_safe
from careerclimb_tui.widgets.toggles import MarkedSelectionList

NARROW_WIDTH = 76

COACH_LIVE_CHARS = 1_000
"""Up to this many characters of text the coach reads the win at every key."""
COACH_PAUSE = 0.25
"""Seconds without a key before the coach reads a longer win.

Reading takes about a hundredth of a second per thousand characters, so past
``COACH_LIVE_CHARS`` a reading at every key would slow typing down."""

WIN_FIELD = "win-field"
"""The class of the container holding a field of the form with its label."""

QUICK_FIELDS = ("title", "metric", "unit", "before", "after", "date")
"""The fields the quick form asks for, in the order the form shows them."""

GUIDED_ONLY_FIELDS = ("changed", "beneficiaries", "noticed", "dimensions", "tags")
"""The fields only the guided form shows, in order."""


class FormArea(LongTextArea):
    """A field of several lines in which Enter moves on to the next field.

    Enter moves on, as it does from every field of the form, so answers typed
    one after the other each land in their own field. A text of several lines
    can still be pasted in, or written in the external editor.
    """

    class Submitted(Message):
        """Posted when Enter is pressed in the field: the user is moving on."""

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            # Stopped here, the key never reaches the text area's own handler.
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted())


class TitleArea(FormArea):
    """The one line saying what the user did, wrapped on screen when it runs long.

    It is a title, as one-line fields are: a text of several lines pasted into
    it is joined with spaces, and the user told. The longer story belongs in
    "what changed".
    """

    keeps_lines = False

    async def _on_paste(self, event: events.Paste) -> None:
        lines = [line.strip() for line in event.text.splitlines() if line.strip()]
        if len(lines) < 2 or self.read_only:
            return
        event.stop()
        event.prevent_default()
        self.replace(" ".join(lines), *self.selection, maintain_selection_offset=False)
        self.app.notify(catalogue.FIELD_PASTE_JOINED.format(count=len(lines)))


class DimensionList(MarkedSelectionList[str]):
    """The ladder dimensions a win speaks to, ticked and unticked with Space.

    A sentence typed here by mistake would tick and untick the highlighted
    dimension at every space. A letter, which does nothing in the list, is kept
    from the screen, and the first one says which keys work here.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._told_keys = False

    def on_blur(self) -> None:
        self._told_keys = False

    def on_key(self, event: events.Key) -> None:
        character = event.character or ""
        if not character.isalnum() or event.key in self.screen.active_bindings:
            return
        event.stop()
        event.prevent_default()
        if not self._told_keys:
            self._told_keys = True
            self.notify(catalogue.LOG_DIMENSIONS_KEYS, severity="warning")


class LogWinScreen(FormScreen[Win]):
    """The guided form for a new win, or for editing one already saved."""

    CSS_PATH = "log_win.tcss"
    FIELD_PAGE = "#log-form"
    FIELD_GROUP = WIN_FIELD
    COMMAND_CATEGORY = "Win"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="log.save"),
        Binding("f2", "save", "Save", id="log.save_f2", show=False),
        Binding("ctrl+t", "toggle_quick", "Quick/guided", id="log.toggle_quick"),
        Binding("escape", "cancel", "Cancel", id="log.cancel"),
        Binding(
            "ctrl+o,f4",
            "external_editor",
            catalogue.EDITOR_KEY_ACTION,
            id="log.editor",
            show=False,
        ),
    ]

    def __init__(
        self,
        win: Win | None = None,
        quick: bool = False,
        draft: Win | None = None,
        noticed_hint: str = "",
        noticed: str | None = None,
        changed_written_for: Measure | None = None,
        benefited_hint: str = "",
    ) -> None:
        """Open the form.

        Args:
            win: a saved win to edit; saving updates it.
            quick: start in the one-line mode (new wins only).
            draft: an unsaved win to start from, such as a problem's measured
                result; saving adds it as a new win.
            noticed_hint: a hint on who may have noticed, such as the people a
                problem's check expected to notice its result; shown wrapped
                under the field, so it stays whole and in view while typing.
            noticed: who noticed, to start the field from instead of the win's
                own, such as the names a review recorded for it
                (``evidence.noticed_to_edit``); saving keeps them on the win.
            changed_written_for: the measure the win's "what changed" was
                written for, when the win's own measure is newer (a result win
                brought up to a later reading).
            benefited_hint: a hint on who may have benefited, such as the other
                teams a problem involved; shown wrapped under the field.
        """
        super().__init__()
        self.editing = win
        self.draft = draft if win is None else None
        self.quick = quick and win is None and draft is None
        self.noticed_hint = noticed_hint
        self.benefited_hint = benefited_hint
        self._noticed = noticed
        self._failures: list[tuple[str, str]] = []
        """The (title, message) of each failure to save this form has shown."""
        opened = self.editing or self.draft
        self._written_for = changed_written_for or (opened.measure if opened else None)
        """The measure the "what changed" field was written for."""
        self._measure_seen: Measure | None = None
        """The last whole measure the form held, until the next one is typed."""
        self._coach_waiting: Timer | None = None
        """The coach's reading put off until typing pauses, while one is."""

    def compose(self) -> ComposeResult:
        win = self.editing or self.draft
        measure = win.measure if win else None
        dimensions = set(win.dimensions) if win else set()
        heading = self._heading()

        with Horizontal(id="log-body"):
            with FormScroll(id="log-form"):
                yield Static(heading, id="log-heading")
                # A draft may come with dimensions ticked for the user (a
                # problem's result): they are named here, in sight, since the
                # list itself sits below the fold.
                ticked = Static(id="log-ticked", classes="hint", markup=False)
                ticked.display = bool(self.draft and self.draft.dimensions)
                yield ticked
                # Each field sits with its label in one group, which is what is
                # marked while the field has focus and what is scrolled into view.
                # The guided form's own fields are marked "guided" with their
                # group, so the quick form hides both.
                with Vertical(classes=WIN_FIELD):
                    yield Label(catalogue.LOG_ASK_WHAT)
                    yield TitleArea(win.title if win else "", id="title")
                    # Why the win cannot be saved without it, as for the date.
                    yield FieldError(id="title-error")
                with Vertical(classes=f"{WIN_FIELD} guided"):
                    yield Label(catalogue.LOG_ASK_CHANGED)
                    yield FormArea(
                        win.what_changed if win else "",
                        id="changed",
                        soft_wrap=True,
                        classes="guided",
                    )
                with Vertical(classes=WIN_FIELD):
                    yield Label(catalogue.LOG_ASK_MEASURE)
                    # What was measured has the whole line: a name such as
                    # "Time to first review" is read whole beside the coach.
                    yield FormLine(
                        measure.label if measure else "",
                        placeholder=catalogue.LOG_MEASURE_LABEL,
                        id="metric",
                    )
                    with Horizontal(classes="measure-row"):
                        yield FormLine(
                            measure.unit if measure else "",
                            placeholder=catalogue.LOG_MEASURE_UNIT,
                            id="unit",
                        )
                        yield FormLine(
                            _number_text(measure.before if measure else None),
                            placeholder=catalogue.LOG_MEASURE_BEFORE,
                            id="before",
                        )
                        yield Static("→", classes="arrow")
                        yield FormLine(
                            _after_text(measure),
                            placeholder=catalogue.LOG_MEASURE_AFTER,
                            id="after",
                        )
                    # Why the figures cannot be used, under them, as for the date.
                    yield FieldError(id="measure-error")
                with Vertical(classes=f"{WIN_FIELD} guided"):
                    yield Label(catalogue.LOG_ASK_BENEFICIARIES)
                    # Names, often filled in from a problem: typing after them
                    # on arriving starts a new name instead of gluing onto one.
                    yield FormNames(
                        win.beneficiaries if win else "",
                        id="beneficiaries",
                        classes="guided",
                    )
                    benefited_hint = Static(
                        self.benefited_hint,
                        id="beneficiaries-hint",
                        classes="hint",
                        markup=False,
                    )
                    benefited_hint.display = bool(self.benefited_hint)
                    yield benefited_hint
                with Vertical(classes=f"{WIN_FIELD} guided"):
                    yield Label(catalogue.LOG_ASK_NOTICED)
                    yield FormNames(
                        self._noticed_text(), id="noticed", classes="guided"
                    )
                    hint = Static(
                        self.noticed_hint,
                        id="noticed-hint",
                        classes="hint",
                        markup=False,
                    )
                    hint.display = bool(self.noticed_hint)
                    yield hint
                with Vertical(classes=f"{WIN_FIELD} guided"):
                    yield Label(catalogue.LOG_ASK_DIMENSIONS)
                    yield DimensionList(
                        *[
                            (d.name, d.id, d.id in dimensions)
                            for d in self.ladder.dimensions
                        ],
                        id="dimensions",
                        classes="guided",
                    )
                    yield Static(
                        catalogue.LOG_DIMENSIONS_HINT,
                        id="dimensions-hint",
                        classes="hint",
                    )
                with Vertical(classes=WIN_FIELD):
                    yield Label(catalogue.LOG_ASK_DATE)
                    day = win.date if win else self.clock.today()
                    yield DateInput(day.isoformat(), id="date")
                    # Why the date cannot be used, under it: a notice would be
                    # drawn over the field at the foot of the short form.
                    yield FieldError(id="date-error")
                with Vertical(classes=f"{WIN_FIELD} guided"):
                    yield Label(catalogue.LOG_ASK_TAGS)
                    yield FormLine(
                        " ".join(win.tags) if win else "", id="tags", classes="guided"
                    )
                with Horizontal(id="log-buttons"):
                    yield Button(catalogue.SAVE_BUTTON, variant="primary", id="save")
                    yield Button(catalogue.CANCEL_BUTTON, id="cancel")
            with Vertical(id="coach"):
                yield Static(catalogue.COACH_TITLE, id="coach-title")
                yield Static(id="coach-verdict")
                yield Static(id="coach-hints")
        yield SteadyFooter()

    def _noticed_text(self) -> str:
        """Who noticed, as the form starts: as given, else as the win has it."""
        if self._noticed is not None:
            return self._noticed
        win = self.editing or self.draft
        return win.noticed_by if win else ""

    def on_mount(self) -> None:
        self.set_class(self.quick, "quick")
        # A filled-in text is added to, as in the one-line fields: typing starts
        # after it, not in front of it.
        title = self.query_one("#title", TextArea)
        for area in self.query(FormArea):
            area.move_cursor(area.document.end)
            if area is not title:
                # The move scrolled to the end; a field not being typed into
                # shows how its text begins, once the form is laid out.
                self.call_after_refresh(area.show_from_start)
        title.focus()
        self._measure_seen = self._typed_measure()
        self._update_coach()
        self._say_ticked()
        self.remember_as_opened()

    def typed_values(self) -> tuple[object, ...]:
        """Everything the user can change in the form, to tell if they did."""
        fields = (
            "#title",
            "#changed",
            "#metric",
            "#unit",
            "#before",
            "#after",
            "#beneficiaries",
            "#noticed",
            "#date",
            "#tags",
        )
        selection = tuple(self.query_one("#dimensions", SelectionList).selected)
        return (*(self._value(field) for field in fields), selection)

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW_WIDTH, "narrow")

    @on(SelectionList.SelectedChanged, "#dimensions")
    def _say_ticked(self) -> None:
        """Name the dimensions ticked now, on the line kept for a draft's."""
        line = self.query_one("#log-ticked", Static)
        if not line.display:
            return
        chosen = set(self.query_one("#dimensions", SelectionList).selected)
        names = [d.name for d in self.ladder.dimensions if d.id in chosen]
        line.update(
            catalogue.LOG_TICKED_DIMENSIONS.format(names=", ".join(names))
            if names
            else catalogue.LOG_TICKED_NONE
        )

    @on(Input.Submitted)
    @on(FormArea.Submitted)
    def _next_field(self, event: Input.Submitted | FormArea.Submitted) -> None:
        """Enter in any text field moves on, as in every dialog; Ctrl+S saves.

        A date that cannot be read keeps the focus, with the reason under it,
        as the profile's dates do, rather than waiting for the save to say so.
        """
        if isinstance(event, Input.Submitted) and event.input.id == "date":
            try:
                parse_win_date(event.value, self.clock.today())
            except CareerClimbError as error:
                self._say_date_error(error.message)
                return
        self.focus_next()

    # --- the coach -----------------------------------------------------------------

    @on(TextArea.Changed)
    @on(Input.Changed)
    def _form_changed(self) -> None:
        """Read the win again: at once while it is short, else once typing pauses."""
        typed = len(self._value("#title")) + len(self._value("#changed"))
        if typed <= COACH_LIVE_CHARS:
            self._coach_after_pause()
        elif self._coach_waiting is not None:
            self._coach_waiting.reset()
        else:
            self._coach_waiting = self.set_timer(COACH_PAUSE, self._coach_after_pause)

    def _coach_after_pause(self) -> None:
        if self._coach_waiting is not None:
            self._coach_waiting.stop()
            self._coach_waiting = None
        self._update_coach()

    @on(Input.Changed, "#metric, #unit, #before, #after")
    def _measure_edited(self) -> None:
        """Keep a drafted "what changed" in step with the figures as typed."""
        typed = self._typed_measure()
        seen = self._measure_seen
        if typed is None or not typed.is_complete or seen is None or typed == seen:
            return

        self._measure_seen = typed
        area = self.query_one("#changed", TextArea)
        text, _ = what_changed_for_measure(area.text, seen, typed)
        if text != area.text:
            area.text = text
            area.move_cursor(area.document.end)
            self._written_for = typed

    @on(Input.Changed, "#metric, #unit, #before, #after")
    def _measure_error_answered(self) -> None:
        error = self.query_one("#measure-error", FieldError)
        if error.message:
            error.say("")
            # The coach spoke of the error; it reads the figures again now.
            self._update_coach()

    @on(TextArea.Changed, "#title")
    def _title_edited(self) -> None:
        self.query_one("#title-error", FieldError).say("")

    @on(Input.Changed, "#date")
    def _date_edited(self) -> None:
        self._say_date_error("")

    def _say_date_error(self, message: str) -> None:
        """Show why the date cannot be used; the line takes no room when empty."""
        self.query_one("#date-error", FieldError).say(message)

    def _typed_measure(self) -> Measure | None:
        """The measure as typed, ignoring what is not a number yet."""
        try:
            return self._measure_from_form()
        except CareerClimbError:
            return None

    def _update_coach(self) -> None:
        reading = read_win(
            self._value("#title"),
            self._value("#changed"),
            self._typed_measure(),
            self._value("#beneficiaries"),
            self._value("#noticed"),
            quick=self.quick,
        )
        self._show_reading(reading)

    def _show_reading(self, reading: Reading) -> None:
        verdict = self.query_one("#coach-verdict", Static)
        hints_shown = self.query_one("#coach-hints", Static)
        if not self._value("#title").strip():
            verdict.update(catalogue.COACH_WAITING)
            verdict.set_classes("hint")
            # On an empty form the waiting prompt says it all; hints about a
            # win not written yet would only repeat it in other words.
            if not self._value("#changed").strip():
                hints_shown.update("")
                return
        elif reading.framing == FRAMING_IMPACT:
            typed = self._typed_measure()
            if self.query_one("#measure-error", FieldError).message:
                measured = catalogue.COACH_MEASURE_UNREADABLE
            elif reading.partial_measure:
                measured = catalogue.COACH_PARTIAL_MEASURE
            elif reading.keeps_measure or (typed is not None and typed.is_complete):
                measured = catalogue.COACH_MEASURED
            elif reading.has_metric:
                # Several relative changes ("-40% errors, -30% pages") cannot be
                # told apart once saved, so none is kept unless typed below.
                measured = catalogue.COACH_FIGURE_NOT_KEPT
            else:
                measured = catalogue.COACH_UNMEASURED
            if reading.direction_clash:
                # Said first, so the headline never reads as approval of a
                # win whose before → after contradicts its words.
                verdict.update(catalogue.COACH_IMPACT_CLASH)
            else:
                verdict.update(f"{catalogue.COACH_IMPACT} {measured}")
            verdict.set_classes("framing-impact")
        else:
            verdict.update(activity_heading(reading))
            verdict.set_classes("framing-activity")
        too_long = length_hints(self._value("#title"), self._value("#changed"))
        asked = reading.hints
        if self.query_one("#measure-error", FieldError).message:
            # The figures are typed, only not readable: asking for a number
            # would tell the user they gave none.
            ask = catalogue.FRAMING_ASK_BEFORE_AFTER
            asked = tuple(hint for hint in asked if hint != ask)
        jump = measure_jump(self._typed_measure())
        if jump:
            # After the direction check, which the headline points to.
            first = 1 if reading.direction_clash in asked[:1] else 0
            asked = (*asked[:first], jump, *asked[first:])
        hints = "\n\n".join(f"• {markup_safe(hint)}" for hint in (*too_long, *asked))
        hints_shown.update(hints)

    # --- reading the form ----------------------------------------------------------

    def _value(self, selector: str) -> str:
        widget = self.query_one(selector)
        if isinstance(widget, TextArea):
            return widget.text
        if isinstance(widget, Input):
            return widget.value
        return ""

    def _measure_from_form(self) -> Measure | None:
        return measure_from_fields(
            self._value("#metric"),
            self._value("#before"),
            self._value("#after"),
            self._value("#unit"),
        )

    def _win_from_form(self) -> Win | None:
        """The win as filled in; None when the title is empty or the date or
        the measure cannot be used, which is then said under its field.

        Raises:
            CareerClimbError: when anything else keeps the win from being saved.
        """
        title = self._value("#title")
        if not title.strip():
            # The title is what needs filling in: the focus goes there, with
            # the reason under it.
            self.query_one("#title-error", FieldError).say(catalogue.LOG_NEEDS_TEXT)
            self.query_one("#title").focus()
            return None
        try:
            check_title_length(title)
        except CareerClimbError as error:
            self.query_one("#title-error", FieldError).say(error.message)
            self.query_one("#title").focus()
            return None
        try:
            date = parse_win_date(self._value("#date"), self.clock.today())
        except CareerClimbError as error:
            # The date is what needs fixing, wherever the save was asked from:
            # the focus goes there, with the reason under it.
            self._say_date_error(error.message)
            self.query_one("#date").focus()
            return None
        try:
            measure = self._measure_from_form()
        except CareerClimbError as error:
            # The figure to fix takes the focus, with the reason under the row.
            self.query_one("#measure-error", FieldError).say(error.message)
            self._update_coach()
            if is_number_unit(self._value("#unit")):
                self.query_one("#unit").focus()
                return None
            at_fault = measure_value_at_fault(
                self._value("#before"), self._value("#after"), self._value("#unit")
            )
            self.query_one({BEFORE: "#before", AFTER: "#after"}[at_fault]).focus()
            return None
        selection = self.query_one("#dimensions", SelectionList)
        fields = dict(
            title=title,
            what_changed=self._value("#changed"),
            measure=measure,
            beneficiaries=self._value("#beneficiaries").strip(),
            noticed_by=self._value("#noticed").strip(),
            dimensions=clean_list(str(value) for value in selection.selected),
            tags=split_tags(self._value("#tags")),
            date=date,
        )
        if self.editing is not None:
            return framed(self.editing.with_changes(**fields))
        return framed(Win(**fields))

    # --- actions -------------------------------------------------------------------

    async def action_save(self) -> None:
        """Save off the event loop; say so only once it is on disk.

        Once saved, the failures this form showed earlier are taken down: they
        were about what the win held before it was corrected.
        """
        try:
            win = self._win_from_form()
        except CareerClimbError as error:
            self._failures.append((catalogue.LOG_NOT_SAVED, error.message))
            self.notify(error.message, title=catalogue.LOG_NOT_SAVED, severity="error")
            return
        if win is None:
            return
        self._say_changed_may_be_old(win)
        if self.editing is not None and win == self.editing:
            self._withdraw_failures()
            self.dismiss(self.editing)
            return
        store = self.store
        action = store.update_win if self.editing is not None else store.add_win

        def save() -> Win:
            try:
                return action(win)
            except CareerClimbError as error:
                title = error.title or catalogue.LOG_NOT_SAVED
                self._failures.append((title, error.message))
                raise

        saved = await self.careerclimb.run_store(save, failure=catalogue.LOG_NOT_SAVED)
        if saved is None:
            return
        self._withdraw_failures()
        self.notify(saved_note(saved), severity="information")
        self.dismiss(saved)

    def _say_changed_may_be_old(self, win: Win) -> None:
        """Warn when the user's own "what changed" names a figure now gone."""
        _, stale = what_changed_for_measure(
            win.what_changed, self._written_for, win.measure
        )
        if not stale or self._written_for is None or win.measure is None:
            return
        old, new = (
            describe_measure(replace(measure, label=""), named=False)
            for measure in (self._written_for, win.measure)
        )
        told = catalogue.LOG_CHANGED_MAY_BE_OLD.format(old=old, new=new)
        self.notify(told, severity="warning")

    def _withdraw_failures(self) -> None:
        """Take down the failures to save this form showed, if still on screen.

        Other notices, this form's or not, stay up.
        """
        failures = set(self._failures)
        self._failures.clear()
        # Textual offers no public way to take down one notice among others.
        notices = self.app._notifications
        stale = [
            notice
            for notice in notices
            if notice.severity == "error" and (notice.title, notice.message) in failures
        ]
        for notice in stale:
            self.app._unnotify(notice)

    def action_external_editor(self) -> None:
        """Open the focused long field (or "what changed") in the user's editor."""
        focused = self.focused
        area = (
            focused
            if isinstance(focused, TextArea)
            else self.query_one("#changed", TextArea)
        )
        name = (
            catalogue.EDITOR_FILE_WHAT_YOU_DID
            if area.id == "title"
            else catalogue.EDITOR_FILE_WHAT_CHANGED
        )
        edited = edit_in_editor(self.app, area.text, name)
        if edited is None:
            return
        if isinstance(area, TitleArea):
            # The title stays one line, however the editor left it.
            lines = (line.strip() for line in edited.splitlines())
            edited = " ".join(line for line in lines if line)
        area.load_text(edited.rstrip("\n"))

    def action_toggle_quick(self) -> None:
        self.quick = not self.quick
        self.set_class(self.quick, "quick")
        self._show_heading()
        # The hints depend on which fields are on show.
        self._update_coach()
        self._focus_after_the_switch()

    def _focus_after_the_switch(self) -> None:
        """Put the focus on a field on show after switching quick and guided.

        Into the guided form, typing a new win goes on in the first question
        the quick form did not ask that is still unanswered; a win being edited
        keeps the field the user was on, since nothing there is left to answer
        in turn. Otherwise the field with the focus keeps it and is scrolled
        into view, unless the quick form hides it: then the first empty field
        of the quick form takes over, or the title when every one is filled in.
        """
        focused = self.focused
        target: Widget | None = None
        if not self.quick and self.editing is None:
            target = self._first_empty(GUIDED_ONLY_FIELDS)
        elif not self.quick and focused is None:
            target = self.query_one("#title")
        elif focused is None or focused.id in GUIDED_ONLY_FIELDS:
            target = self._first_empty(QUICK_FIELDS) or self.query_one("#title")
        if target is not None and target is not focused:
            target.focus()
        elif focused is not None:
            self.query_one("#log-form", FormScroll).show_field(focused, WIN_FIELD)

    def _first_empty(self, fields: tuple[str, ...]) -> Widget | None:
        """The first of ``fields`` (ids) the user has not filled in, if any."""
        for field in fields:
            widget = self.query_one(f"#{field}")
            if isinstance(widget, SelectionList):
                if not widget.selected:
                    return widget
            elif not self._value(f"#{field}").strip():
                return widget
        return None

    @property
    def help_topic(self) -> str:
        """The help's text for the form as it is now: quick or guided."""
        return "LogWinScreen.quick" if self.quick else ""

    @property
    def help_name(self) -> str:
        """What the help's title calls the form: the quick one has a name."""
        return catalogue.HELP_QUICK_WIN if self.quick else ""

    def _show_heading(self) -> None:
        self.query_one("#log-heading", Static).update(self._heading())

    def _heading(self) -> str:
        if self.editing:
            return catalogue.LOG_EDIT_TITLE
        return catalogue.LOG_QUICK_TITLE if self.quick else catalogue.LOG_TITLE

    def action_cancel(self) -> None:
        """Leave the form, asking first when that would throw typing away."""
        if not self.is_dirty():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmDialog(catalogue.LOG_DISCARD), answered)


def _number_text(value: float | None) -> str:
    return "" if value is None else format_number(value)


def _after_text(measure: Measure | None) -> str:
    """The "after" field: the after value, or a change such as -40% or -2.5."""
    if measure is None:
        return ""
    if measure.amount is not None and measure.after is None:
        # Signed, as an amount of change alone is typed: "-2.5", "+3".
        sign = "+" if measure.amount > 0 else ""
        return f"{sign}{format_number(measure.amount)}"
    if measure.change_pct is not None:
        # Given back as typed, so saving the form again keeps the change.
        sign = "+" if measure.change_pct > 0 and measure.before is not None else ""
        return f"{sign}{format_number(measure.change_pct)}%"
    return _number_text(measure.after)
