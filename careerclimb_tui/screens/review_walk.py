"""The quarterly review walk: one win at a time through the four-question test.

Every answer is saved as it is given, so the walk can be left at any moment and
resumed exactly where it was.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Region
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import (
    Button,
    Input,
    Label,
    RadioSet,
    SelectionList,
    Static,
)

from careerclimb_tui import catalogue, queries
from careerclimb_tui.domain.evidence import noticed_after_answer, noticed_to_confirm
from careerclimb_tui.domain.initiative import Initiative
from careerclimb_tui.domain.measure_text import with_measure
from careerclimb_tui.domain.plain_text import plain_text
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.sentences import cut_at_word
from careerclimb_tui.domain.review import (
    Noticed,
    RerunMark,
    Review,
    ReviewEntry,
    VerdictKind,
    WinAnswers,
    advance,
    answer,
    call_to_keep,
    change_coach_text,
    change_for_win,
    change_question_how,
    dimensions_for_level,
    finish,
    finish_question,
    first_unanswered,
    from_check_text,
    go_back,
    in_walk_order,
    is_answered,
    is_stray_key,
    keep_taken_off,
    left_message,
    mark_judged,
    move_to,
    next_unanswered,
    noticed_to_give_back,
    override,
    pre_answer_from_checks,
    read_change,
    read_walk_change,
    rerun_marks,
    same_quarter,
    suggest_change,
    untagged_next_level,
)
from careerclimb_tui.domain.wins import (
    clean_list,
    framed,
    split_names,
)
from careerclimb_tui.screens.base import CoachScreen, KeysOnlyDialog
from careerclimb_tui.store.initiative_docs import initiatives
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.fields import (
    FormLine,
    FormScroll,
    WholeInput,
    show_text_from_start,
)
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.question import (
    HELD_KEY_NOTICE_SECONDS,
    MovesOnAfterAnswers,
    Option,
    QuestionRow,
)
from careerclimb_tui.widgets.toggles import MarkedRadioButton, MarkedSelectionList

Q1_OPTIONS = (
    Option("y", "yes", catalogue.REVIEW_ANSWER_YES),
    Option("n", "no", catalogue.REVIEW_ANSWER_NO),
    Option("s", "not_sure", catalogue.REVIEW_ANSWER_NOT_SURE),
)
# Yes and no, as the problem check asks the same question; c and a, the keys
# this question had before, still answer it.
Q2_OPTIONS = (
    Option("y", "chose", catalogue.REVIEW_ANSWER_CHOSE, aliases=("c",)),
    Option("n", "assigned", catalogue.REVIEW_ANSWER_ASSIGNED, aliases=("a",)),
    Option("p", "partly", catalogue.REVIEW_ANSWER_PARTLY),
)
Q4_OPTIONS = (
    Option("n", "no", catalogue.REVIEW_ANSWER_NOBODY),
    Option("y", "yes", catalogue.WALK_ANSWER_SOMEONE),
)

NOTICE_TITLE_CHARS = 80
"""How much of a win's title a notice quotes before cutting it at a word."""


class ReviewWalkScreen(MovesOnAfterAnswers[Review], CoachScreen[Review]):
    """Walks a quarter's wins; dismisses with the review as last saved."""

    CSS_PATH = "review_walk.tcss"
    COMMAND_CATEGORY = "Review"
    # The page keys have priority: otherwise the scrolling pane around the questions
    # takes them to scroll, and they never reach the walk while a question is focused.
    # With them in reach the footer would run out of room at 80 columns, so the
    # less used keys are left to the help screen. Every key the walk's own text
    # names (d, in the note on an untagged next-level win) stays in the footer.
    BINDINGS = [
        Binding("pagedown", "next_win", "Next", id="walk.next", priority=True),
        Binding(
            "pageup",
            "previous_win",
            "Previous",
            id="walk.previous",
            priority=True,
            show=False,
        ),
        Binding(
            "enter",
            "keep_answers",
            "Keep the answers and go on",
            id="walk.keep",
            show=False,
        ),
        Binding("o", "override", "Override", id="walk.override"),
        Binding("d", "dimensions", "Dimensions", id="walk.dimensions"),
        Binding("e", "explain", "Explain", id="walk.explain"),
        Binding(
            "ctrl+z",
            "restore_suggestion",
            "Undo typing in the answer",
            id="walk.restore",
            show=False,
        ),
        Binding("escape", "leave", "Save & leave", id="walk.leave"),
    ]
    # The questions take their answer keys themselves, so no binding names them.
    HELP_WIDGET_KEYS = catalogue.WALK_WIDGET_KEYS

    def __init__(
        self,
        review: Review,
        wins: dict[int, Win],
        known_names: list[str],
        *,
        from_summary: bool = False,
        tell_left: Callable[[str], None] | None = None,
    ):
        """Walk ``review`` from its position.

        Args:
            review: the run to walk.
            wins: the user's wins by id.
            known_names: people and teams named before, offered as names are typed.
            from_summary: opened from the run's summary on the win at its
                position: the walk stays on that win, and leaving or finishing
                goes back to the summary, which waits under the walk.
            tell_left: shows what leaving the walk did (kept or dropped) on the
                screen the walk goes back to; None says it in a notice.
        """
        super().__init__()
        self.review = review
        self.from_summary = from_summary
        self.tell_left = tell_left
        self.wins = wins
        self.known_names = known_names
        self._save_wanted = False
        self._awaiting_names = False
        """Question 4 was answered yes; the answer waits for the names."""
        self._names_shown = False
        """A "yes" just showed the names and sent the focus there; they are
        scrolled into view once it lands."""
        self._saving: asyncio.Task[None] | None = None
        self._as_shown: dict[Input, str] = {}
        """The text question 3 and the names held when the current win was shown."""
        self._answers_as_shown = WinAnswers()
        """The current win's answers when it was shown."""
        self._win_as_shown: Win | None = None
        """The current win as it was when shown, before any answer changed it."""
        self._earlier_runs: list[Review] = []
        """The quarter's runs before this one, whose answers a re-run carries."""
        self._initiatives: list[Initiative] = []
        """The problems whose up-front checks answered questions 1 and 2."""
        self._enter_keeps: QuestionRow | None = None
        """The question a win with every answer carried over lands on, where
        Enter keeps them all until the user answers or moves."""
        self._landed_on: tuple[Widget, int] | None = None
        """The question the walk put the focus on as it showed the win, past
        answers the problem's check filled in, and its number; None once the
        user answers or moves on, or when no check answer was passed over."""

    # --- layout --------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # On a short terminal the questions scroll the win away; this line keeps
        # its title in sight while they do.
        yield Static(id="win-pinned", markup=False)
        with VerticalScroll(id="walk"):
            yield Static(id="walk-header")
            # Where the win's answers come from: an earlier run, or the check of
            # the problem it is the result of.
            yield Static(id="walk-carried", classes="hint")
            yield Static(id="win-card")
            yield QuestionRow(
                1, catalogue.REVIEW_Q1, Q1_OPTIONS, catalogue.WALK_EXPLAIN_Q1, id="q1"
            )
            yield QuestionRow(
                2, catalogue.REVIEW_Q2, Q2_OPTIONS, catalogue.WALK_EXPLAIN_Q2, id="q2"
            )
            yield Label(f"3. {catalogue.REVIEW_Q3}", id="q3-label")
            # On a line of its own, under the question as the answers are under
            # theirs: together they wrap badly at 80 columns.
            yield Static(catalogue.REVIEW_Q3_HOW, id="q3-how")
            # Not selected when reached with Tab; an answer that moves the focus
            # here selects it (see guard_filled_field), with an answer key typed
            # first held. Ctrl+Z puts the suggestion back after any typing.
            # Left, a text wider than the field ends in "…" where it is cut.
            yield FormLine(
                select_on_focus=False,
                placeholder=catalogue.WALK_Q3_PLACEHOLDER,
                id="q3",
            )
            yield Static(id="q3-reading", classes="hint")
            yield QuestionRow(
                4, catalogue.REVIEW_Q4, Q4_OPTIONS, catalogue.WALK_EXPLAIN_Q4, id="q4"
            )
            yield Static(id="q4-suggested", classes="hint")
            # Left, names wider than the field end in "…" where they are cut.
            yield FormLine(
                placeholder=catalogue.WALK_WHO_PLACEHOLDER,
                suggester=SuggestFromList(self.known_names, case_sensitive=False),
                id="q4-who",
            )
            yield Static(id="verdict", markup=False)
            with Horizontal(id="walk-buttons"):
                yield Button(catalogue.WALK_NEXT_BUTTON, variant="primary", id="next")
        yield SteadyFooter()

    def on_mount(self) -> None:
        # Runs saved before every run went by date come back in that order.
        self.review = in_walk_order(self.review, self.wins.values())
        # A run left on a win already answered in full (the last answer given, the
        # walk left before moving on) resumes at the next win with questions open.
        win_id = self.review.current_win_id
        settled = win_id is not None and self.review.entry(win_id).is_settled
        if settled and not self.from_summary:
            open_id = next_unanswered(self.review)
            if open_id is not None:
                self.review = move_to(
                    self.review,
                    self.review.win_ids.index(open_id),
                    now=self.clock.now(),
                )
        self._earlier_runs = [
            run
            for run in self.store.reviews()
            if same_quarter(run, self.review) and run.run < self.review.run
        ]
        self._initiatives = initiatives(self.store)
        if self.review.id is None:
            # A run just started: a problem's result win starts from what the
            # problem's up-front check answered, until the user changes it.
            self.review = pre_answer_from_checks(
                self.review,
                self._initiatives,
                self.wins.values(),
                now=self.clock.now(),
            )
        self.watch(self.query_one("#walk"), "scroll_y", self._pin_title, init=False)
        # An answer shows and hides lines around the questions while the page
        # scrolls to the field it moves to. Textual then repaints only the
        # widgets it finds moved and can leave a row of the old layout behind
        # (a box's bottom edge, a line of answers); so after each layout the
        # page is painted whole, which costs one paint of the terminal.
        self.screen_layout_refresh_signal.subscribe(self, self._repaint_page)
        self.show_win()

    def _repaint_page(self, _screen: object) -> None:
        """Paint the whole page again, leaving no row of an earlier layout."""
        self.query_one("#walk").refresh()

    def on_screen_resume(self) -> None:
        """Go on with the wins as they are now, when a screen opened over the walk
        (the journal, say) changed them.

        The walk saves a win from its own copy; a copy older than the stored win
        would have that save refused as made in another window.
        """
        if not self.is_mounted:
            return
        stored = {win.id: win for win in queries.wins(self.store)}
        changed = {
            win_id: stored[win_id]
            for win_id, win in self.wins.items()
            if win_id in stored and stored[win_id] != win
        }
        if not changed:
            return

        current = self.win
        dirty = self.is_dirty()
        self.wins.update(changed)
        if current is None or current.id not in changed:
            return
        if not dirty:
            # Nothing typed would be lost: the questions start from the win anew.
            self.show_win()
            return
        # Typing not yet kept stays where it is; the win's card is brought up to date.
        edited = changed[current.id]
        self._show_card()
        self.query_one("#win-pinned", Static).update(
            catalogue.WALK_PINNED.format(
                number=self.review.position + 1,
                total=len(self.review.win_ids),
                title=titled(edited),
            )
        )
        self._show_verdict()

    # --- showing the current win ---------------------------------------------------

    @property
    def win(self) -> Win | None:
        win_id = self.review.current_win_id
        return self.wins.get(win_id) if win_id is not None else None

    def show_win(self) -> None:
        """Fill every question from the current win's entry."""
        win = self.win
        if win is None or win.id is None:
            return
        self._awaiting_names = False
        self._names_shown = False
        # Explanations opened on the win before stay with it: left open, the
        # first Escape on this win would only close them instead of leaving.
        for row in self.query(QuestionRow):
            row.explained = False
        entry = self.review.entry(win.id)
        answers = entry.answers
        total = len(self.review.win_ids)
        self.query_one("#walk-header", Static).update(
            catalogue.WALK_HEADER.format(
                quarter=self.review.quarter,
                run=self.review.run,
                number=self.review.position + 1,
                total=total,
            )
        )
        self._show_card()
        self.query_one("#win-pinned", Static).update(
            catalogue.WALK_PINNED.format(
                number=self.review.position + 1,
                total=total,
                title=titled(win),
            )
        )

        q1 = self.query_one("#q1", QuestionRow)
        q1.value = answers.peer_could.value if answers.peer_could else None
        q2 = self.query_one("#q2", QuestionRow)
        q2.value = answers.choice.value if answers.choice else None
        for row in (q1, q2):
            # The arrows and Enter start from the answer given, not from
            # where they pointed on the win before.
            if row.value is not None:
                row.cursor = _answer_index(row)
        change = answers.change or suggest_change(win)
        q3 = self.query_one("#q3", Input)
        with self.prevent(Input.Changed):
            q3.value = change.text
        # Reached by Tab, typing adds after the text; an answer moving the
        # focus here selects it instead. The field reads from its start while
        # it is not focused.
        q3.cursor_position = len(change.text)
        self.call_after_refresh(show_text_from_start, q3)
        self._show_noticed(win)
        names = self.query_one("#q4-who", Input)
        self._as_shown = {q3: q3.value, names: names.value}
        self._answers_as_shown = answers
        self._win_as_shown = win
        last = self.review.position == total - 1
        self.query_one("#next", Button).label = (
            catalogue.WALK_FINISH_BUTTON if last else catalogue.WALK_NEXT_BUTTON
        )
        first_open = next(
            (
                row
                for row, value in (
                    ("#q1", answers.peer_could),
                    ("#q2", answers.choice),
                    ("#q3", answers.change),
                    ("#q4", answers.noticed),
                )
                if value is None
            ),
            "#next",
        )
        target = self.query_one(first_open)
        # The focus may land below answers the user never gave: the status
        # line says which, and where the focus is, until they answer or move.
        self._landed_on = None
        if first_open != "#next":
            self._landed_on = (target, int(first_open.removeprefix("#q")))
        self._enter_keeps = None
        if first_open == "#next" and (self._earlier_runs or self.review.is_finished):
            # A re-run, or a finished run opened again, is there to change
            # answers: it lands on question 1, whose keys change it as in the
            # first run, and Enter there keeps every answer and goes on.
            target = q1
            self._enter_keeps = q1
        self._show_reading()
        self._show_verdict()
        self._show_q3_label()
        self._show_carried()
        self.query_one("#walk", VerticalScroll).scroll_home(animate=False)
        # Focus alone would scroll by the layout of the win just left, which can
        # leave the new one's header above the top; it is shown once laid out.
        target.focus(scroll_visible=False)
        self.call_after_refresh(self._show_from_top, target)
        # Resuming, or coming to a win, is like an answer moving the focus on: a
        # letter typed straight after was likely meant for a question.
        self.guard_filled_field(first_open)

    def _show_from_top(self, target: Widget) -> None:
        """Show the win from its header, then bring the field to answer into view.

        Args:
            target: the field given the focus as the win was shown.
        """
        walk = self.query_one("#walk", VerticalScroll)
        # At once, both: the second is measured from where the first left off.
        walk.scroll_home(animate=False, immediate=True)
        if target.id == "next" and not walk.can_view_entire(target):
            # Every question answered: the win itself is what there is to see,
            # so the page keeps the focus rather than a button out of view.
            walk.focus(scroll_visible=False)
            return
        walk.scroll_to_widget(target, animate=False, immediate=True)

    def _show_card(self) -> None:
        """The win's card; which answers the problem's check gave is said on the
        status line above it (``_show_carried``)."""
        win = self.win
        if win is None or win.id is None:
            return
        self.query_one("#win-card", Static).update(_win_card(win))

    def _pin_title(self) -> None:
        """Pin the win's title above the questions while its card is out of view."""
        walk = self.query_one("#walk", VerticalScroll)
        card = self.query_one("#win-card")
        # The title is the card's second line, under its top border and the date.
        title_row = card.virtual_region.y + 2
        pinned = self.query_one("#win-pinned")
        hidden = walk.scroll_y > title_row
        if pinned.display == hidden:
            return
        pinned.display = hidden
        if hidden and self.focused is not None:
            # The pinned line takes a row from the page: keep the focused field,
            # which the scroll had just brought in, whole in view.
            self._into_view_once_laid_out(self.focused)

    def _into_view_once_laid_out(self, widget: Widget) -> None:
        """Scroll a widget into view after the next refresh, while the focus that
        asked for it is still where it was.

        A scroll left waiting when the walk moves to another win would otherwise
        land on the new win and hide its header.
        """
        walk = self.query_one("#walk", VerticalScroll)
        focused = self.focused

        def scroll() -> None:
            if self.focused is focused and focused is not None:
                walk.scroll_to_widget(widget, animate=False, immediate=True)

        self.call_after_refresh(scroll)

    def _show_noticed(self, win: Win) -> None:
        """Fill question 4 from its answer, or suggest who the records say noticed.

        A suggestion is only pointed at, never recorded: the user confirms it. One
        is made when the win names someone and question 4 is unanswered, or when
        the answer no longer matches the win. What an earlier "no" took off the
        win waits, out of sight, in the names: a "yes" brings it back.
        """
        assert win.id is not None
        entry = self.review.entry(win.id)
        noticed = entry.answers.noticed
        q4 = self.query_one("#q4", QuestionRow)
        suggestion = self.query_one("#q4-suggested", Static)
        suggested = noticed_to_confirm(win, noticed)
        given_back = noticed_to_give_back(entry, win.noticed_by)
        if noticed is not None and suggested is None:
            who = ", ".join(noticed.who) or given_back
            q4.value = "yes" if noticed.outside else "no"
        else:
            who = ", ".join(suggested.who) if suggested else given_back
            q4.value = None
        values = [option.value for option in Q4_OPTIONS]
        q4.cursor = values.index(q4.value or ("yes" if suggested else "no"))
        if suggested is not None:
            told = (
                catalogue.WALK_Q4_SUGGESTED
                if noticed is None
                else catalogue.WALK_Q4_ON_RECORD
            )
        else:
            told = catalogue.WALK_Q4_TAKEN_OFF if given_back else ""
        suggestion.update(told.format(who=_escape(who)))
        suggestion.display = bool(told)
        names = self.query_one("#q4-who", Input)
        names.value = who
        # After the names: a key typed next adds to them, unless a "yes" moving
        # the focus here selects them to be replaced.
        names.cursor_position = len(who)
        names.display = q4.value != "no"

    @on(events.DescendantFocus, "#q4")
    def _bring_suggestion_into_view(self) -> None:
        # Reaching question 4 scrolls only the question itself into view; the
        # suggestion and the names below it are what there is to confirm.
        suggestion = self.query_one("#q4-suggested")
        if suggestion.display and self.query_one("#q4").has_focus:
            who = self.query_one("#q4-who")
            self._into_view_once_laid_out(who if who.display else suggestion)

    def _show_reading(self) -> None:
        win = self.win
        text = self.query_one("#q3", Input).value
        if win is None:
            reading = read_change(text)
            coach = change_coach_text(reading)
        else:
            entry = self.review.entries.get(win.id) if win.id is not None else None
            kept = entry.answers.change if entry is not None else None
            reading, coach = read_walk_change(win, text, kept)
        framing = win.framing if win else ""
        self.query_one("#q3-how", Static).update(change_question_how(reading, framing))
        self.query_one("#q3-reading", Static).update(coach)

    def _show_verdict(self) -> None:
        win = self.win
        if win is None or win.id is None:
            return
        entry = self.review.entry(win.id)
        verdict = entry.verdict
        lines = [
            catalogue.WALK_VERDICT.format(
                kind=verdict.kind.label, reason=verdict.reason
            )
        ]
        if entry.is_overridden:
            lines.append(entry.override_text())
        if entry.override_note:
            lines.append(catalogue.WALK_OVERRIDE_NOTE.format(note=entry.override_note))
        elif entry.is_overridden and not is_answered(entry):
            lines.append(catalogue.WALK_OVERRIDE_NO_REASON)
        if self._untagged(win, entry.kind):
            lines.append(catalogue.WALK_UNTAGGED)
        widget = self.query_one("#verdict", Static)
        widget.update("\n".join(lines))
        widget.set_classes(f"verdict-{entry.kind.value}")

    def _show_carried(self) -> None:
        """Say where the win's answers come from: an earlier run, or the check of
        the problem the win is the result of; or that the win is new in the run.

        A run's mark goes once any answer or the call differs from the earlier
        run's; the check's once the answers it gave are changed. As the walk
        lands past answers the check gave, the line also says which question
        the focus is on.
        """
        win = self.win
        carried = self.query_one("#walk-carried", Static)
        if win is None or win.id is None:
            carried.display = False
            return
        told: list[str] = []
        if self._earlier_runs:
            marks = rerun_marks(self.review, self._earlier_runs)
            mark = marks.get(win.id, RerunMark())
            last = max(run.run for run in self._earlier_runs)
            if mark.carried_from:
                told.append(catalogue.WALK_CARRIED.format(run=mark.carried_from))
            elif mark.new:
                told.append(catalogue.WALK_NEW_IN_RUN.format(run=last))
        on_question = self._landed_on[1] if self._landed_on else None
        from_check = from_check_text(
            self.review.entry(win.id),
            self._initiatives,
            self.wins.values(),
            on_question,
        )
        if from_check:
            told.append(from_check)
        text = " ".join(told)
        carried.update(_escape(text))
        carried.display = bool(text)

    @on(events.DescendantFocus)
    def _forget_landing(self, event: events.DescendantFocus) -> None:
        """Stop saying where the focus landed once it has moved to another field."""
        landed = self._landed_on
        # The page itself takes the focus as the screen opens, told only after
        # the walk has landed on a question: that is no move of the user's.
        if landed is None or event.widget in (landed[0], self.query_one("#walk")):
            return
        self._landed_on = None
        self._show_carried()

    @on(events.DescendantFocus)
    def _forget_enter_keeps(self, event: events.DescendantFocus) -> None:
        """Let Enter answer as usual once the focus has moved on from where the
        walk landed (the page taking it as the screen opens aside)."""
        if event.widget not in (self._enter_keeps, self.query_one("#walk")):
            self._enter_keeps = None

    @on(events.Key)
    async def _enter_keeps_carried_answers(self, event: events.Key) -> None:
        """Enter on the question the walk landed on keeps every answer and goes on.

        Only while it points at the answer given: an answer pointed at with
        the arrows is chosen by Enter, as on any question.
        """
        row = self._enter_keeps
        if event.key != "enter" or row is None or self.focused is not row:
            return
        if row.value is None or row.cursor != _answer_index(row):
            return
        event.stop()
        event.prevent_default()
        self._enter_keeps = None
        await self.action_next_win()

    def _untagged(self, win: Win, kind: VerdictKind) -> bool:
        """True when a next-level win counts for no dimension of the target level."""
        profile = self.profile
        target = profile.target_level if profile else self.ladder.levels[-1].id
        dimension_ids = [d.id for d in dimensions_for_level(self.ladder, target)]
        return bool(untagged_next_level([win], {win.id or 0: kind}, dimension_ids))

    # --- answering -----------------------------------------------------------------

    def _record(self, **answers: object) -> None:
        win = self.win
        if win is None or win.id is None:
            return
        self.review = answer(self.review, win.id, now=self.clock.now(), **answers)
        self.review = mark_judged(self.review, win, now=self.clock.now())
        self._landed_on = None
        self._enter_keeps = None
        self._show_card()
        self._show_verdict()
        self._show_q3_label()
        self._show_carried()
        self.schedule_save()

    def _show_q3_label(self) -> None:
        """Question 3's label, ticked like the other answers once confirmed."""
        win = self.win
        change = (
            self.review.entry(win.id).answers.change
            if win is not None and win.id is not None
            else None
        )
        label = f"3. {catalogue.REVIEW_Q3}"
        if change is None:
            shown = label
        elif change.text.strip():
            shown = f"{label} ✓"
        else:
            shown = catalogue.REVIEW_Q3_NOTHING_NAMED.format(label=label)
        self.query_one("#q3-label", Label).update(shown)

    @on(QuestionRow.Answered, "#q1")
    def _q1(self, event: QuestionRow.Answered) -> None:
        self._record(peer_could=event.value)
        self.move_on_to("#q2")

    @on(QuestionRow.Answered, "#q2")
    def _q2(self, event: QuestionRow.Answered) -> None:
        self._record(choice=event.value)
        self.move_on_to("#q3")
        self.guard_filled_field("#q3")

    @on(Input.Changed, "#q3")
    def _q3_typed(self) -> None:
        self._show_reading()

    @on(Input.Submitted, "#q3")
    async def _q3(self) -> None:
        self._put_back_stray_keys()
        # The focus moves on before the win is saved: a key typed during the
        # save is meant for question 4, not for the text just confirmed.
        self.query_one("#q4").focus()
        await self._confirm_change()

    async def _confirm_change(self) -> None:
        """Record question 3 and, when the user fixed the text, update the win."""
        win = self.win
        if win is None:
            return
        text = self.query_one("#q3", Input).value.strip()
        self._record(change=read_walk_change(win, text)[0])
        # The coach's line now speaks of the answer kept, not of one to give.
        self._show_reading()
        # The field shows a suggestion of several lines joined on one line;
        # kept as shown, it is not a fix to save on the win.
        suggested = plain_text(suggest_change(win).text)
        kept = change_for_win(text, win)
        if kept and text != suggested and kept != win.what_changed:
            updated = await self.careerclimb.run_store(
                lambda: self.store.update_win(
                    framed(win.with_changes(what_changed=kept))
                ),
                failure=catalogue.WALK_NOT_SAVED,
            )
            if updated is not None and updated.id is not None:
                self.wins[updated.id] = updated
                self._judged_as_saved(updated)

    @on(QuestionRow.Answered, "#q4")
    async def _q4(self, event: QuestionRow.Answered) -> None:
        win = self.win
        if event.value == "no" and win is not None and win.noticed_by.strip():
            # A "no" takes the names off the saved win: a single key should
            # not edit a record without the user saying so.
            self._ask_before_taking_names_off(win)
            return
        await self._answer_q4(event.value)

    async def _answer_q4(self, value: str) -> None:
        """Record question 4's answer and write it to the win's "noticed by".

        Args:
            value: "no", or "yes" with the names typed under the question.
        """
        self._awaiting_names = False
        self._say_under_q4("")
        who = self.query_one("#q4-who", Input)
        if value == "no":
            who.display = False
            self._record(noticed=Noticed.nobody())
            self.move_on_to("#next")
        else:
            who.display = True
            # Shown only now, the names are laid out after this answer: a
            # scroll made as they take the focus would aim at where they were.
            # A Tab from them goes straight on, as Enter alone does: the names
            # can wait, so no Tab is held here as after other answers.
            who.focus(scroll_visible=False)
            self._arrival = None
            self.guard_filled_field(who)
            if split_names(who.value):
                self._record(noticed=Noticed.by(*split_names(who.value)))
            else:
                self._wait_for_names()
            self._names_shown = True
        await self._keep_noticed_on_win()

    @on(events.DescendantFocus, "#q4-who")
    def _names_arrived(self) -> None:
        """Bring the names into view once a "yes" that showed them lands there."""
        if self._names_shown:
            self._names_shown = False
            self.call_after_refresh(self._names_into_view)

    def _names_into_view(self, passes: int = 3) -> None:
        """Scroll the names for question 4, and the line over them, into view
        while they have the focus.

        The field, the line over it and the verdict take their new sizes over
        more than one refresh: each pass scrolls by the layout of the moment,
        the last by the settled one.

        Args:
            passes: the refreshes to scroll after, this one included.
        """
        who = self.query_one("#q4-who", Input)
        if self.focused is not who:
            return
        walk = self.query_one("#walk", VerticalScroll)
        walk.scroll_to_widget(who, animate=False, immediate=True)
        if passes > 1:
            self.call_after_refresh(self._names_into_view, passes - 1)

    def _wait_for_names(self) -> None:
        """Ask for the names a "yes" to question 4 waits for, above their field."""
        self._awaiting_names = True
        self._say_under_q4(catalogue.WALK_WHO_PROMPT)
        # The names come first: a verdict shown now would be read as the
        # answer's last word while the user is still typing who noticed.
        verdict = self.query_one("#verdict", Static)
        verdict.update(catalogue.WALK_WHO_FIRST)
        verdict.set_classes("verdict-waiting")

    def _say_under_q4(self, text: str) -> None:
        """Show a line under question 4, over the names; hide it when empty."""
        line = self.query_one("#q4-suggested", Static)
        line.update(text)
        line.display = bool(text)

    def _ask_before_taking_names_off(self, win: Win) -> None:
        """Ask whether a "no" to question 4 should take the win's names off it.

        Yes answers no as without names on the win. No keeps the win and
        question 4 as they were, typing in the names included, and the focus
        on the question.

        Args:
            win: the current win, which names someone as noticing it.
        """
        q4 = self.query_one("#q4", QuestionRow)
        names = self.query_one("#q4-who", Input)
        typed, at = names.value, names.cursor_position
        question = catalogue.WALK_Q4_NO_CONFIRM.format(
            who=" ".join(win.noticed_by.split())
        )

        async def answered(take_off: bool | None) -> None:
            if self.win is None or self.win.id != win.id:
                return
            if take_off:
                q4.value = "no"
                await self._answer_q4("no")
                return
            awaiting = self._awaiting_names
            self._show_noticed(self.win)
            names.value, names.cursor_position = typed, at
            if awaiting:
                # A "yes" still waiting for its names stays a yes.
                q4.value = "yes"
                names.display = True
                self._wait_for_names()
            q4.focus()

        self.app.push_screen(ConfirmDialog(question), answered)

    @on(Input.Submitted, "#q4-who")
    async def _who(self) -> None:
        self._put_back_stray_keys()
        if not self._record_names():
            # Enter alone skips, as the line over the names said: a yes nobody
            # is named for stays open, and the line now says how to answer it.
            self.query_one("#q4", QuestionRow).value = None
            self._say_under_q4(catalogue.WALK_Q4_STILL_OPEN)
            self.move_on_to("#next")
            self.notify(catalogue.WALK_WHO_MISSING, severity="warning")
            return
        self._say_under_q4("")
        # Names typed after a skip answer yes too: the question shows it.
        self.query_one("#q4", QuestionRow).value = "yes"
        self.query_one("#next").focus()
        await self._keep_noticed_on_win()

    def _record_names(self) -> bool:
        """Record question 4 as "yes" by the names typed under it.

        Returns:
            True when a name was typed; False when none was, and question 4 is
            left unanswered, since notice by nobody named is not counted.
        """
        self._awaiting_names = False
        names = split_names(self.query_one("#q4-who", Input).value)
        win = self.win
        if names:
            self._record(noticed=Noticed.by(*names))
        elif win is not None and win.id is not None:
            if self.review.entry(win.id).answers.noticed is not None:
                self._record(noticed=None)
            else:
                self._show_verdict()
        return bool(names)

    async def _keep_noticed_on_win(self) -> None:
        """Write question 4's answer to the win's "noticed by".

        The journal and ``careerclimb wins`` show the win's field, and the packet
        reads it too: with the answer written there, all of them tell the same
        people as the review.
        """
        win = self.win
        if win is None or win.id is None:
            return
        noticed = self.review.entry(win.id).answers.noticed
        if noticed is None:
            return
        text = noticed_after_answer(win.noticed_by, noticed)
        if text == win.noticed_by:
            return

        updated = await self.careerclimb.run_store(
            lambda: self.store.update_win(win.with_changes(noticed_by=text)),
            failure=catalogue.WALK_NOT_SAVED,
        )
        if updated is None or updated.id is None:
            return
        self.wins[updated.id] = updated
        self.review = mark_judged(self.review, updated, now=self.clock.now())
        # The review holds what a "no" took off, so that a "yes" given later,
        # in this walk or after a restart, can give it back.
        self.review = keep_taken_off(
            self.review, updated.id, win.noticed_by, text, now=self.clock.now()
        )
        self.schedule_save()
        if self.win is not None and self.win.id == updated.id:
            # The card's "Noticed" line shows what the win now records.
            self.query_one("#win-card", Static).update(_win_card(updated))
            if not text:
                # Under question 4, what was taken off and the key that puts
                # it back.
                self._show_noticed(updated)
        if not text:
            # Taking names off the win is said aloud, with the way back.
            who = _escape(win.noticed_by)
            self.notify(catalogue.WALK_NOTICED_CLEARED.format(who=who))

    @on(Button.Pressed, "#next")
    async def _next_pressed(self) -> None:
        await self.action_next_win()

    # --- moving --------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """True when question 3, or the names for question 4, hold typing not kept.

        Answers picked with a key are saved at once; typed text waits for Enter or
        for a move to another win, so leaving the walk another way would lose it.
        """
        win = self.win
        if win is None or win.id is None:
            return False
        return self._awaiting_names or self._change_typed(win) or self._names_typed(win)

    def _change_typed(self, win: Win) -> bool:
        """True when question 3 holds text other than the walk filled in."""
        return self.query_one("#q3", Input).value.strip() != self._offered_change(win)

    def _names_typed(self, win: Win) -> bool:
        """True when the names for question 4, in view, differ from those offered."""
        who = self.query_one("#q4-who", Input)
        return bool(who.display) and split_names(who.value) != split_names(
            self._offered_names(win)
        )

    def _offered_change(self, win: Win) -> str:
        """Question 3's text as the walk fills it in: the answer kept, or the
        coach's suggestion."""
        assert win.id is not None
        answers = self.review.entry(win.id).answers
        # As the one-line field shows it: a text of several lines is joined.
        return plain_text((answers.change or suggest_change(win)).text).strip()

    def _offered_names(self, win: Win) -> str:
        """Who noticed, as the walk fills it in: the names answered, or the ones
        the win records."""
        assert win.id is not None
        entry = self.review.entry(win.id)
        noticed = entry.answers.noticed
        suggested = noticed_to_confirm(win, noticed)
        given_back = noticed_to_give_back(entry, win.noticed_by)
        if noticed is not None and suggested is None:
            return ", ".join(noticed.who) or given_back
        return ", ".join(suggested.who) if suggested else given_back

    async def action_restore_suggestion(self) -> None:
        """Put back the text question 3, or the names, held when the win was shown.

        Typing in the focused field is undone as a whole: a letter meant for the
        walk (o, e) and typed into the field never costs the suggestion there.
        Away from both fields, whichever of them was changed is put back. When
        the changed text was already confirmed with Enter, the text put back is
        confirmed in its place and the win gets back what it said, so a stray
        letter kept by mistake can still be undone.
        """
        win = self.win
        if win is None or win.id is None:
            return
        change = self.query_one("#q3", Input)
        names = self.query_one("#q4-who", Input)
        shown = self._as_shown
        fields = [self.focused] if self.focused in shown else [change, names]
        answers = self.review.entry(win.id).answers
        kept_again = False
        for field in fields:
            assert isinstance(field, Input)
            if field not in shown or field.value == shown[field] or not field.display:
                continue
            field.value = shown[field]
            field.cursor_position = len(field.value)
            # Put back in a field not focused, the text reads from its start.
            self.call_after_refresh(show_text_from_start, field)
            # The change goes back exactly as the review held it, never read
            # again from the win, whose measure the undone text may have set.
            if field is change and answers.change != self._answers_as_shown.change:
                self._record(change=self._answers_as_shown.change)
                await self._put_back_on_win("what_changed", "measure", "framing")
                kept_again = True
            elif field is names and answers.noticed != self._answers_as_shown.noticed:
                # Whoever the user said noticed is named again, as first shown.
                self._record_names()
                await self._put_back_on_win("noticed_by")
                kept_again = True
        if kept_again:
            self.notify(catalogue.WALK_RESTORED_KEPT)

    async def _put_back_on_win(self, *fields: str) -> None:
        """Give the current win back some fields as they were when it was shown.

        Args:
            fields: names of the win's fields to put back.
        """
        win, as_shown = self.win, self._win_as_shown
        if win is None or as_shown is None or win.id != as_shown.id:
            return
        changes = {
            name: getattr(as_shown, name)
            for name in fields
            if getattr(win, name) != getattr(as_shown, name)
        }
        if not changes:
            return
        updated = await self.careerclimb.run_store(
            lambda: self.store.update_win(win.with_changes(**changes)),
            failure=catalogue.WALK_NOT_SAVED,
        )
        if updated is not None and updated.id is not None:
            self.wins[updated.id] = updated
            self.query_one("#win-card", Static).update(_win_card(updated))
            self._judged_as_saved(updated)

    def _judged_as_saved(self, win: Win) -> None:
        """Mark the review as judging a win the walk itself just saved.

        The walk's own writes are part of the answers: they never count as an
        edit made since the review (``edited_since_review``).
        """
        if win.id in self.review.entries and self.review.entry(win.id).answers.given:
            self.review = mark_judged(self.review, win, now=self.clock.now())
            self.schedule_save()

    async def _settle_typed_change(self) -> None:
        """Keep what was typed for questions 3 and 4 as Enter would keep it.

        Leaving a win by any way (the page keys, Escape, the button, finishing)
        takes text that differs from what the walk filled in as the user's
        answer, so nothing typed is lost for want of an Enter.
        """
        win = self.win
        if win is None or win.id is None:
            return
        self._put_back_stray_keys()
        if self._change_typed(win):
            await self._confirm_change()
        if not (self._awaiting_names or self._names_typed(win)):
            return
        if self._record_names():
            await self._keep_noticed_on_win()
        else:
            # Said as typed (no markup), and short enough to read in a notice.
            title = cut_at_word(" ".join(win.title.split()), NOTICE_TITLE_CHARS)
            self.notify(
                catalogue.WALK_WHO_MISSING_LEFT.format(title=title),
                severity="warning",
                markup=False,
            )

    def _put_back_stray_keys(self) -> None:
        """Give question 3, and the names, back their filled-in text where a
        single key typed over it would replace it (see ``is_stray_key``).

        However the key got there, a lone letter never replaces a sentence or
        a name without a word: the user is told, and the text is what the walk
        filled in again.
        """
        win = self.win
        if win is None or win.id is None:
            return
        change = self.query_one("#q3", Input)
        names = self.query_one("#q4-who", Input)
        offered = (
            (change, self._offered_change(win)),
            (names, self._offered_names(win)),
        )
        for field, filled in offered:
            if not field.display or not is_stray_key(field.value, filled):
                continue
            key = field.value.strip()
            field.value = filled
            field.cursor_position = len(filled)
            self.call_after_refresh(show_text_from_start, field)
            self.notify(
                catalogue.WALK_STRAY_KEY_PUT_BACK.format(key=_escape(key)),
                severity="warning",
                timeout=HELD_KEY_NOTICE_SECONDS,
            )

    async def action_next_win(self) -> None:
        await self._settle_typed_change()
        if self.review.position + 1 >= len(self.review.win_ids):
            # Past the last win the run finishes: with wins still open, the
            # user says so first rather than finding them unclear after.
            question = finish_question(self.review, self._earlier_runs)
            if question:
                self._ask_before_finishing(question)
                return
        self.review = advance(self.review, now=self.clock.now())
        self.schedule_save()
        if self.review.current_win_id is None:
            await self._finish()
            return
        self.show_win()

    def _ask_before_finishing(self, question: str) -> None:
        """Ask whether to finish a run with wins unanswered.

        Yes finishes it and shows the summary; no goes back to the first win
        still to answer.

        Args:
            question: the question, as ``finish_question`` words it.
        """

        async def answered(finish_now: bool | None) -> None:
            if finish_now:
                self.review = advance(self.review, now=self.clock.now())
                self.schedule_save()
                await self._finish()
                return
            open_id = first_unanswered(self.review)
            if open_id is not None:
                self.review = move_to(
                    self.review,
                    self.review.win_ids.index(open_id),
                    now=self.clock.now(),
                )
                self.schedule_save()
            self.show_win()

        self.app.push_screen(ConfirmDialog(question), answered)

    async def action_keep_answers(self) -> None:
        """Enter on the page of a win with every answer given: keep them, go on.

        The page has the focus when every question is answered and the button is
        out of sight, as on a win whose answers an earlier run carried over.
        """
        if self.focused is self.query_one("#walk", VerticalScroll):
            await self.action_next_win()

    async def action_previous_win(self) -> None:
        await self._settle_typed_change()
        self.review = go_back(self.review, now=self.clock.now())
        self.schedule_save()
        self.show_win()

    async def _finish(self) -> None:
        from careerclimb_tui.screens.review_summary import ReviewSummaryScreen

        if not self.review.is_finished:
            self.review = finish(self.review, now=self.clock.now())
            self.schedule_save()
        await self.saved()
        self.dismiss(self.review)
        if not self.from_summary:
            self.app.push_screen(ReviewSummaryScreen(self.review))

    async def action_leave(self) -> None:
        """Close the explanations shown; with none shown, save and leave the walk."""
        explained = [row for row in self.query(QuestionRow) if row.explained]
        if explained:
            for row in explained:
                row.explained = False
            return

        await self._settle_typed_change()
        await self.saved()
        # Kept or dropped, the user is told which (see ``is_kept``).
        told = left_message(self.review)
        if self.tell_left is None:
            self.notify(told)
        else:
            self.tell_left(told)
        self.dismiss(self.review)

    def action_explain(self) -> None:
        """Show or hide the focused question's explanation.

        Away from the questions (on the button, say) every explanation is shown
        together, or hidden together when all of them already are.
        """
        focused = self.focused
        if isinstance(focused, QuestionRow):
            rows = [focused]
        else:
            rows = list(self.query(QuestionRow))
        shown = not all(row.explained for row in rows)
        for row in rows:
            row.explained = shown
        if shown and isinstance(focused, QuestionRow):
            # The explanation lands below the answers, out of sight on a short
            # terminal unless the row is brought into view once it has grown.
            self._into_view_once_laid_out(focused)

    def action_override(self) -> None:
        win = self.win
        if win is None or win.id is None:
            return
        entry = self.review.entry(win.id)
        win_id = win.id

        def chosen(result: tuple[str | None, str] | None) -> None:
            if result is None:
                return
            kind, note = result
            kept = call_to_keep(self.review.entry(win_id), kind)
            self.review = override(
                self.review, win_id, kept, note, now=self.clock.now()
            )
            judged = self.wins.get(win_id)
            if judged is not None:
                self.review = mark_judged(self.review, judged, now=self.clock.now())
            self._show_verdict()
            self._show_carried()
            self.schedule_save()
            if kept is not None and not is_answered(self.review.entry(win_id)):
                # A call alone does not count as answered: say so, and how.
                self.notify(
                    catalogue.WALK_OVERRIDE_KEPT_NO_REASON.format(kind=kept.label)
                )
            elif kept is not None:
                self.notify(catalogue.WALK_OVERRIDE_KEPT.format(kind=kept.label))
            elif note.strip():
                self.notify(catalogue.WALK_NOTE_KEPT_WITH_VERDICT)
            elif kind is not None:
                self.notify(catalogue.WALK_OVERRIDE_AGREES)

        self.app.push_screen(OverrideDialog(entry), chosen)

    def action_dimensions(self) -> None:
        win = self.win
        if win is None:
            return

        async def chosen(dimensions: tuple[str, ...] | None) -> None:
            if dimensions is None or dimensions == win.dimensions:
                return
            updated = await self.careerclimb.run_store(
                lambda: self.store.update_win(win.with_changes(dimensions=dimensions)),
                failure=catalogue.WALK_NOT_SAVED,
            )
            if updated is not None and updated.id is not None:
                self.wins[updated.id] = updated
                self.query_one("#win-card", Static).update(_win_card(updated))
                self._show_verdict()

        self.app.push_screen(DimensionsDialog(win, self.ladder), chosen)

    # --- saving --------------------------------------------------------------------

    def schedule_save(self) -> None:
        """Save the latest state soon; saves never overlap or arrive out of order."""
        self._save_wanted = True
        if self._saving is None or self._saving.done():
            self._saving = asyncio.create_task(self._save_loop())

    async def _save_loop(self) -> None:
        while self._save_wanted:
            self._save_wanted = False
            review = self.review
            saved = await self.careerclimb.run_store(
                lambda: self.store.save_review(review), failure=catalogue.WALK_NOT_SAVED
            )
            if saved is not None:
                # Adopt the saved id and stamp, so the next save is not taken for
                # one made from an older copy.
                stamp = max(self.review.updated_at, saved.updated_at)
                self.review = replace(self.review, id=saved.id, updated_at=stamp)

    async def saved(self) -> None:
        """Wait until everything answered so far is on disk."""
        while self._saving is not None and not self._saving.done():
            await self._saving


def names_known(reviews: list[Review], wins: list[Win]) -> list[str]:
    """People and teams named before, to offer again as the user types names.

    Args:
        reviews: every run of the review.
        wins: the user's wins.

    Returns:
        The names given to question 4 and on the wins, each once.
    """
    names: list[str] = []
    for review in reviews:
        for entry in review.entries.values():
            if entry.answers.noticed is not None:
                names.extend(entry.answers.noticed.who)
    for win in wins:
        names.extend(split_names(win.noticed_by))
    return list(clean_list(names))


def _answer_index(row: QuestionRow) -> int:
    """Where the answer a question holds sits among its answers (0 for none)."""
    values = [option.value for option in row.options]
    return values.index(row.value) if row.value in values else 0


def titled(win: Win) -> str:
    """A win's title on one line, its measure after it when the title does not
    already give the measure's numbers (as the review summary shows it)."""
    return with_measure(" ".join(win.title.split()), win.measure)


def _win_card(win: Win) -> str:
    lines = [f"[b]{win.date.isoformat()} · {win.framing}[/b]"]
    lines.append(_escape(titled(win)))
    if win.what_changed:
        lines.append(catalogue.WALK_CARD_CHANGED.format(text=_escape(win.what_changed)))
    if win.noticed_by.strip():
        lines.append(catalogue.WALK_CARD_NOTICED.format(text=_escape(win.noticed_by)))
    return "\n".join(lines)


def _escape(text: str) -> str:
    from careerclimb_tui.widgets.text import markup_safe as escape

    return escape(text)


class CallList(RadioSet):
    """The calls to choose from, whose arrows stop at the first and the last.

    Textual's radio set goes round from one end to the other, which puts the
    last call, the four questions' own verdict, one Up above the first: a user
    counting key presses lands on the opposite of what they aimed at.
    """

    # Textual keeps the highlighted call's index in ``_selected`` and offers no
    # public way to read it.

    def action_previous_button(self) -> None:
        """Move up to the call before, unless already on the first."""
        if self._selected != 0:
            super().action_previous_button()

    def action_next_button(self) -> None:
        """Move down to the call after, unless already on the last."""
        if self._selected != len(self.children) - 1:
            super().action_next_button()


# ModalScreen comes first: Textual takes a screen's default look (the dimmed walk
# behind the dialog) from its first base class only.
class OverrideDialog(
    ModalScreen[tuple[str | None, str] | None],
    MovesOnAfterAnswers[tuple[str | None, str] | None],
):
    """Lets the user replace the test's verdict with their own call and a note.

    Enter on a call moves on to the note, and a Tab pressed straight after stays
    there; text typed while the calls have the focus goes into the note too.
    The note's label and the keys shown under it say where the focus is, and Up
    from the note goes back to the calls.
    """

    CSS_PATH = "review_walk.tcss"
    BINDINGS = [
        Binding("ctrl+s,f2", "save", "Save", id="override.save"),
        Binding("escape", "cancel", "Cancel", id="override.cancel"),
        # The note is one line: Up moves nothing there, so it goes back up.
        Binding(
            "up",
            "back_to_calls",
            "Back to the calls",
            id="override.back_to_calls",
            show=False,
        ),
    ]

    help_name = catalogue.OVERRIDE_TITLE
    """What the help's title calls the dialog."""

    def __init__(self, entry: ReviewEntry) -> None:
        """Open on the win's entry: its call now in force and the note beside it.

        Args:
            entry: the win's entry in the review, which also says which call
                only repeats the four questions' verdict.
        """
        super().__init__()
        self.entry = entry
        self.kind = entry.override_kind
        self.note = entry.override_note

    def compose(self) -> ComposeResult:
        with FormScroll(id="override"):
            yield Static(catalogue.OVERRIDE_TITLE, classes="section-title")
            with CallList(id="override-kind"):
                for kind in VerdictKind:
                    yield MarkedRadioButton(
                        kind.label, value=kind == self.kind, name=kind.value
                    )
                yield MarkedRadioButton(
                    catalogue.OVERRIDE_REMOVE, value=self.kind is None, name="none"
                )
            with Vertical(id="override-note-field"):
                yield Label(catalogue.OVERRIDE_NOTE)
                yield WholeInput(self.note, id="override-note")
            yield Static(catalogue.OVERRIDE_KEYS, id="override-keys", classes="hint")
        # Its own footer, over the walk's: the walk's keys do nothing here.
        yield SteadyFooter()

    def on_mount(self) -> None:
        kinds = self.query_one("#override-kind", RadioSet)
        # The arrows start from the call now in force, not from the top.
        for _ in range(max(kinds.pressed_index, 0)):
            kinds.action_next_button()
        kinds.focus()

    @on(events.Key)
    def _from_the_calls(self, event: events.Key) -> None:
        """Enter on a call, or typing there, chooses it and goes on to why.

        Enter moves on even on the call already chosen, which changes nothing
        the call list would report. A character typed on the calls starts the
        note: the call pointed at is taken as with Enter, and the character goes
        into the note with the focus, so nothing typed is lost.
        """
        kinds = self.query_one("#override-kind", RadioSet)
        if not kinds.has_focus:
            return
        typed = event.character if event.is_printable else None
        if event.key != "enter" and typed in (None, " "):
            return
        event.stop()
        event.prevent_default()
        kinds.action_toggle_button()
        note = self.query_one("#override-note", Input)
        if typed is None:
            self.move_on_to(note)
            return
        note.cursor_position = len(note.value)
        note.insert_text_at_cursor(typed)
        note.focus()

    @on(events.Key)
    def _keep_a_habitual_tab_quietly(self, event: events.Key) -> None:
        """Keep a Tab typed straight after choosing a call on the note, unsaid.

        Choosing a call and going on to why is this dialog's one step, and the
        note is where that Tab was aimed. The walk's notice that an answer moved
        the focus would puzzle here, and would still be up over the walk once
        the dialog is saved. Runs before the hold the dialog inherits, which
        says it; a Tab meant to move on is left to go on.
        """
        arrival = self._arrival
        if event.key != "tab" or arrival is None:
            return
        self._arrival = None
        field, typed_then = arrival
        if self.focused is field and self._typed_so_far() == typed_then + 1:
            event.stop()
            event.prevent_default()

    @on(RadioSet.Changed, "#override-kind")
    def _chosen(self, event: RadioSet.Changed) -> None:
        """A call chosen with Space, or clicked, moves on to why as well."""
        note = self.query_one("#override-note", Input)
        if event.radio_set.has_focus and self.focused is not note:
            self.move_on_to(note)

    @on(events.DescendantFocus)
    def _say_the_keys_where_the_focus_is(self) -> None:
        """Show the keys of the calls, or of the note, whichever has the focus."""
        note = self.query_one("#override-note", Input)
        keys = (
            catalogue.OVERRIDE_NOTE_KEYS if note.has_focus else catalogue.OVERRIDE_KEYS
        )
        self.query_one("#override-keys", Static).update(keys)

    def action_back_to_calls(self) -> None:
        self.query_one("#override-kind", RadioSet).focus()

    def action_save(self) -> None:
        pressed = self.query_one("#override-kind", RadioSet).pressed_button
        name = pressed.name if pressed is not None else "none"
        kind = None if name == "none" else VerdictKind(name)
        note = self.query_one("#override-note", Input).value
        if kind is None and self.entry.is_overridden and note == self.note:
            # Removing an override takes its reason with it; a note typed or
            # changed here is kept beside the four questions' verdict instead.
            note = ""
        self.dismiss((None if kind is None else kind.value, note))

    @on(Input.Submitted, "#override-note")
    def _submitted(self) -> None:
        self.action_save()

    def action_cancel(self) -> None:
        self.dismiss(None)


class DimensionsDialog(KeysOnlyDialog[tuple[str, ...] | None]):
    """Links a win to ladder dimensions during the walk."""

    CSS_PATH = "review_walk.tcss"
    BINDINGS = [
        Binding("ctrl+s,f2", "save", "Save", id="dimensions.save"),
        Binding("escape", "cancel", "Cancel", id="dimensions.cancel"),
    ]

    help_name = catalogue.DIMENSIONS_TITLE
    """What the help's title calls the dialog."""

    def __init__(self, win: Win, ladder: object) -> None:
        super().__init__()
        self.win = win
        self.ladder = ladder

    def compose(self) -> ComposeResult:
        from careerclimb_tui.domain.ladder import Ladder

        assert isinstance(self.ladder, Ladder)
        with VerticalScroll(id="dimensions-dialog"):
            yield Static(catalogue.DIMENSIONS_TITLE, classes="section-title")
            yield MarkedSelectionList[str](
                *[
                    (d.name, d.id, d.id in self.win.dimensions)
                    for d in self.ladder.dimensions
                ],
                id="dimension-choices",
                enter_action="screen.save",
            )
            yield Static(catalogue.DIMENSIONS_KEYS, classes="hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#dimension-choices", SelectionList).focus()

    @on(SelectionList.SelectionHighlighted, "#dimension-choices")
    def _keep_highlight_in_view(
        self, event: SelectionList.SelectionHighlighted[str]
    ) -> None:
        """Scroll the dialog to the dimension highlighted: the list never scrolls
        on its own, being as tall as its dimensions."""
        choices = event.selection_list
        row = choices.virtual_region.y + choices.gutter.top + event.selection_index
        self.query_one("#dimensions-dialog", VerticalScroll).scroll_to_region(
            Region(0, row, 1, 1), animate=False, immediate=True
        )

    def action_save(self) -> None:
        selected = self.query_one("#dimension-choices", SelectionList).selected
        self.dismiss(clean_list(str(value) for value in selected))

    def action_cancel(self) -> None:
        self.dismiss(None)
