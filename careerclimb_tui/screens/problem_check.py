"""The four questions asked of a candidate problem before committing to it.

Works for a catalogue entry and for a problem of the user's own. The verdict
(``domain.problems.check_candidate``) waits until the four questions are answered,
or an answer settles it, and says plainly when the candidate looks like
current-level work, and why. Starting to track it respects the
one-problem-at-a-time rule.
"""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Label, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.domain.initiative import (
    Initiative,
    Stage,
    add_note,
    start_initiative,
    suggested_next_step,
    with_check_answers,
)
from careerclimb_tui.domain.problems import (
    CandidateCheck,
    ProblemEntry,
    check_candidate,
    is_bare_reply,
    is_blank_answer,
)
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.screens.problem_hub import (
    make_room,
    open_tracker,
    set_aside_notice,
)
from careerclimb_tui.store.initiative_docs import save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.fields import FormLine, FormScroll, LongTextArea
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.question import MovesOnAfterAnswers, Option, QuestionRow
from careerclimb_tui.widgets.wrapped_line import WrappedLine

NARROW_WIDTH = 76
"""Below this width the verdict is shown under the questions."""

PEER_OPTIONS = (
    Option("y", "yes", catalogue.PROBLEM_CHECK_PEER_YES),
    Option("n", "no", catalogue.PROBLEM_CHECK_PEER_NO),
)
CHOOSING_OPTIONS = (
    Option("y", "yes", catalogue.PROBLEM_CHECK_CHOOSING_YES),
    Option("n", "no", catalogue.PROBLEM_CHECK_CHOOSING_NO),
)
TYPED_QUESTIONS = {
    "#check-change": "change_and_measure",
    "#check-outside": "noticed_outside",
}
"""The typed questions, in the order asked, with their ids in the domain check."""


def check_markup(check: CandidateCheck) -> str:
    """The verdict with its reasons and cautions, as markup."""
    lines = [f"[b]{check.verdict}[/b]"]
    for concern in check.concerns:
        lines += ["", f"• {concern}"]
    return "\n".join(lines)


def verdict_class(check: CandidateCheck) -> str:
    """The CSS class that colours the verdict panel."""
    if check.looks_current_level:
        return "verdict-current"
    if check.unanswered:
        return "verdict-open"
    if check.cautions:
        return "verdict-almost"
    return "verdict-next"


class CandidateCheckScreen(MovesOnAfterAnswers[None], CoachScreen[None]):
    """Names the problem, asks the four questions, and starts tracking it."""

    CSS_PATH = "problem_check.tcss"
    COMMAND_CATEGORY = "Problem check"
    IS_FORM = True
    # No focus by default: Textual's would centre the name with an animation,
    # scrolling the title and the intro away; on_mount focuses what it should.
    AUTO_FOCUS = ""
    BINDINGS = [
        Binding("ctrl+s", "start", "Start tracking", id="check.start"),
        Binding("f2", "start", "Start tracking", id="check.start_f2", show=False),
        Binding("escape", "cancel", "Cancel", id="check.cancel"),
    ]
    # The questions take their answer keys themselves, so no binding names them.
    HELP_WIDGET_KEYS = catalogue.CHECK_WIDGET_KEYS

    def __init__(self, entry: ProblemEntry | None) -> None:
        super().__init__()
        self.entry = entry
        # Ids of the typed questions the user has left behind, answered or not.
        self._moved_past: set[str] = set()

    def compose(self) -> ComposeResult:
        entry = self.entry
        with Horizontal(id="check-body"):
            with FormScroll(id="check-form"):
                yield Static(catalogue.PROBLEM_CHECK_TITLE, id="check-title")
                if entry is not None:
                    # The name itself is shown whole in its box just below.
                    yield Static(catalogue.PROBLEM_CHECK_FROM_CATALOG, classes="hint")
                else:
                    yield Static(catalogue.PROBLEM_CHECK_OWN_INTRO, classes="hint")
                yield Label(catalogue.PROBLEM_CHECK_NAME, classes="check-label")
                yield WrappedLine(
                    entry.title if entry else "",
                    placeholder=catalogue.PROBLEM_CHECK_NAME_HINT,
                    id="check-name",
                )
                yield Label(catalogue.PROBLEM_CHECK_DESCRIPTION, classes="check-label")
                yield LongTextArea(id="check-description", soft_wrap=True)
                yield QuestionRow(
                    1,
                    catalogue.CHECK_Q_PEER,
                    PEER_OPTIONS,
                    catalogue.CHECK_H_PEER,
                    id="check-peer",
                )
                yield QuestionRow(
                    2,
                    catalogue.CHECK_Q_CHOOSING,
                    CHOOSING_OPTIONS,
                    catalogue.CHECK_H_CHOOSING,
                    id="check-choosing",
                )
                yield Label(f"3. {catalogue.CHECK_Q_CHANGE}", classes="check-label")
                # Once left, a long answer ends in "…" where the field cuts it,
                # as the win form's one-line fields do.
                yield FormLine(placeholder=catalogue.CHECK_H_CHANGE, id="check-change")
                yield Static(
                    catalogue.CHECK_CHANGE_BARE, id="check-change-bare", markup=False
                )
                yield Label(f"4. {catalogue.CHECK_Q_OUTSIDE}", classes="check-label")
                yield FormLine(
                    placeholder=catalogue.CHECK_H_OUTSIDE, id="check-outside"
                )
            with VerticalScroll(id="check-panel"):
                yield Static(catalogue.PROBLEM_CHECK_PANEL, id="check-panel-title")
                yield Static(id="check-verdict")
        yield SteadyFooter()

    def on_mount(self) -> None:
        for row in self.query(QuestionRow):
            # The domain's hint is short enough to show under its question.
            row.explained = True
        # The first keys go where the screen asks for them: the name of a problem
        # of the user's own, else the first question, answered by a single key.
        # The description is optional and one Shift+Tab away.
        first = self.query_one("#check-name" if not self.entry else "#check-peer")
        self.set_focus(first, scroll_visible=False)
        # Scrolled no further than it takes to show it, so the title and the
        # problem's name stay in view above it where the screen is tall enough.
        form = self.query_one("#check-form", FormScroll)
        self.call_after_refresh(form.scroll_to_widget, first, animate=False)
        self.remember_as_opened()
        self._show_verdict()

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW_WIDTH, "narrow")

    # --- reading the form ----------------------------------------------------------

    def _text(self, selector: str) -> str:
        widget = self.query_one(selector)
        if isinstance(widget, TextArea):
            return widget.text
        if isinstance(widget, Input):
            return widget.value
        return ""

    def _yes(self, selector: str) -> bool | None:
        value = self.query_one(selector, QuestionRow).value
        return None if value is None else value == "yes"

    def typed_values(self) -> tuple[object, ...]:
        return (
            self._text("#check-name"),
            self._text("#check-description"),
            self.query_one("#check-peer", QuestionRow).value,
            self.query_one("#check-choosing", QuestionRow).value,
            self._text("#check-change"),
            self._text("#check-outside"),
        )

    def check(self) -> CandidateCheck:
        """The four questions' verdict on the answers as they stand."""
        return check_candidate(
            self._yes("#check-peer"),
            self._yes("#check-choosing"),
            self._text("#check-change"),
            self._text("#check-outside"),
            not_reached=set(TYPED_QUESTIONS.values()) - self._moved_past,
        )

    def _check_as_answered(self) -> CandidateCheck:
        """The verdict with every typed question taken as answered, blank or not."""
        return check_candidate(
            self._yes("#check-peer"),
            self._yes("#check-choosing"),
            self._text("#check-change"),
            self._text("#check-outside"),
        )

    # --- the verdict ---------------------------------------------------------------

    def _show_verdict(self) -> None:
        verdict = self.query_one("#check-verdict", Static)
        panel = self.query_one("#check-panel")
        check = self.check()
        if not check.settled:
            # A verdict now would judge questions not answered yet.
            waiting = catalogue.PROBLEM_CHECK_WAITING
            if check.answered:
                waiting = f"[b]{check.progress}[/b]\n\n{waiting}"
            verdict.update(waiting)
            panel.set_classes("verdict-open")
            return
        verdict.update(check_markup(check))
        panel.set_classes(verdict_class(check))

    def _moved_past_up_to(self, field: str) -> None:
        """Count the typed questions before ``field`` as answered, blank or not."""
        for selector, question_id in TYPED_QUESTIONS.items():
            if selector == field:
                break
            self._moved_past.add(question_id)
        self._show_verdict()

    def _change_is_bare(self) -> bool:
        """True when question 3 holds only a yes, a no or a single letter."""
        return is_bare_reply(self._text("#check-change"))

    def _say_change_is_bare(self, shown: bool) -> None:
        """Show or hide, under question 3, what a bare yes or no is missing."""
        self.query_one("#check-change-bare").display = shown

    @on(events.DescendantFocus)
    def _arrived(self, event: events.DescendantFocus) -> None:
        if event.widget.id != "check-change" and self._change_is_bare():
            # Left behind with a bare yes or no, question 3 says why it is open.
            self._say_change_is_bare(True)
        if event.widget.id in ("check-outside", "check-panel"):
            self._moved_past_up_to(f"#{event.widget.id}")

    @on(QuestionRow.Answered, "#check-peer")
    def _peer(self) -> None:
        self._show_verdict()
        self.move_on_to("#check-choosing")

    @on(QuestionRow.Answered, "#check-choosing")
    def _choosing(self) -> None:
        self._show_verdict()
        self.move_on_to("#check-change")

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        if event.input.id == "check-change" and not self._change_is_bare():
            self._say_change_is_bare(False)
        self._show_verdict()

    @on(WrappedLine.Submitted, "#check-name")
    def _name_done(self) -> None:
        self.query_one("#check-description").focus()

    @on(Input.Submitted, "#check-change")
    def _change_done(self) -> None:
        if self._change_is_bare():
            # Stay to be answered: the next question is no place to fix this one.
            self._say_change_is_bare(True)
            return
        self.query_one("#check-outside").focus()

    @on(Input.Submitted, "#check-outside")
    def _outside_done(self) -> None:
        # Enter answers the last question, blank or not, and only moves on, as
        # in every one-line field: to what is still empty, else to the verdict.
        # Starting is Ctrl+S, once the verdict has been read.
        self._moved_past_up_to("#check-panel")
        empty = self._first_empty()
        self.query_one(empty or "#check-panel").focus()

    # --- starting ------------------------------------------------------------------

    def _first_empty(self) -> str | None:
        """The first field the check still needs, in the order they are asked."""
        if not self._text("#check-name").strip():
            return "#check-name"
        unanswered = self._first_unanswered()
        if unanswered is not None:
            return unanswered
        if not self._text("#check-change").strip() or self._change_is_bare():
            return "#check-change"
        return None

    def _first_unanswered(self) -> str | None:
        for selector in ("#check-peer", "#check-choosing"):
            if self.query_one(selector, QuestionRow).value is None:
                return selector
        return None

    async def action_start(self) -> None:
        """Start tracking the problem, once the four questions are answered or an
        answer has settled the verdict."""
        check = self.check()
        name = self._text("#check-name").strip()
        if not name:
            self.notify(catalogue.INITIATIVE_NEEDS_TITLE, severity="warning")
            self.query_one("#check-name").focus()
            return
        if self._change_is_bare():
            self._say_change_is_bare(True)
            self.query_one("#check-change").focus()
            return
        if not check.settled_by_answer:
            unanswered = self._first_unanswered()
            if unanswered is not None:
                self.notify(catalogue.CHECK_VERDICT_UNANSWERED, severity="warning")
                self.query_one(unanswered).focus()
                return
            # Starting answers the typed questions as they stand: a blank one
            # means the user cannot say, which the check holds against it.
            check = self._check_as_answered()
        if not check.looks_current_level:
            await self._make_room()
            return

        async def answered(anyway: bool | None) -> None:
            if anyway:
                await self._make_room()

        question = catalogue.PROBLEM_CHECK_ANYWAY.format(
            verdict=check.verdict,
            reasons="\n".join(f"• {concern}" for concern in check.concerns),
        )
        self.app.push_screen(ConfirmDialog(question), answered)

    async def _make_room(self) -> None:
        """Ask about the problem being driven, if any, before starting another."""

        async def room_made(set_aside: Initiative | None) -> None:
            if set_aside is not None:
                self.notify(set_aside_notice(set_aside))
            await self._start()

        await make_room(self, room_made)

    async def _start(self) -> None:
        now = self.clock.now()
        entry = self.entry
        try:
            started = start_initiative(
                self._text("#check-name"),
                now,
                problem_id=entry.id if entry else None,
                description=self._text("#check-description"),
            )
        except CareerClimbError as error:
            self.notify(error.message, severity="error")
            return
        # A step to start from, which the user will replace as they go; the
        # notice below names the same one the page shows.
        started = started.with_changes(
            next_step=suggested_next_step(started, Stage.SPOTTED, entry)
        )
        change = self._text("#check-change").strip()
        if not is_blank_answer(change):
            # What would change is the aim the proposal is measured against.
            started = started.with_changes(target=change)
        # Questions 1 and 2 are asked again of the problem's result win in the
        # quarterly review, which starts from these answers.
        started = with_check_answers(
            started, self._yes("#check-peer"), self._yes("#check-choosing")
        )
        answers = self._check_note()
        if answers:
            started = add_note(started, answers, now)
        saved = await self.careerclimb.run_store(
            lambda: save_initiative(self.store, started),
            failure=catalogue.PROBLEM_NOT_SAVED,
        )
        if saved is None or saved.id is None:
            return
        self.notify(catalogue.PROBLEM_STARTED.format(step=saved.next_step.rstrip(".")))
        open_tracker(self.app, saved.id)

    def _check_note(self) -> str:
        """The answers to questions 3 and 4, kept as the first note."""
        parts = []
        change = self._text("#check-change").strip()
        outside = self._text("#check-outside").strip()
        if not is_blank_answer(change):
            parts.append(catalogue.PROBLEM_CHECK_NOTE_CHANGE.format(text=change))
        if not is_blank_answer(outside):
            parts.append(catalogue.PROBLEM_CHECK_NOTE_OUTSIDE.format(text=outside))
        return " ".join(parts)

    # --- leaving -------------------------------------------------------------------

    def action_cancel(self) -> None:
        """Leave, asking first when that would drop what was typed."""
        if not self.is_dirty():
            self.dismiss()
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss()

        self.app.push_screen(ConfirmDialog(catalogue.PROBLEM_CHECK_DISCARD), answered)
