"""The tracker of one next-level problem: its stage, log, measure and people.

Every change goes through the domain (``domain.initiative``) and is saved before
the user is told; a move into measuring or done offers to log the result as a
win with the before → after already filled in, once there is a reading after
the baseline and no linked win carries the result yet, or to update that win
once a later reading changed the result. Once that win is saved or turned down
on arriving at measuring, the move to done is asked for at once; a move that
leaves the current stage's work open is confirmed first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import VerticalScroll
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen, ScreenResultCallbackType
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.dates import day_in_words
from careerclimb_tui.domain.framing import stale_title_figure
from careerclimb_tui.domain.initiative import (
    RESULT_STAGES,
    Initiative,
    Reading,
    Stage,
    allowed_moves,
    better_contradiction,
    better_in_words,
    decline_result_win,
    early_result_note,
    has_result_win,
    leave_stage_question,
    link_win,
    linked_result_win,
    move_after_result_win,
    next_stage,
    note_saved_text,
    offers_result_win,
    owned_dimensions,
    paused_from,
    reading_saved_text,
    remove_reading,
    result_benefited_hint,
    result_is_final,
    result_noticed_hint,
    result_win,
    result_win_behind,
    result_win_unbacked,
    result_win_refusal,
    step_after_measure,
    step_after_people_change,
    suggested_next_step,
    unit_given,
    updated_result_win,
)
from careerclimb_tui.domain.initiative_merge import merged_onto
from careerclimb_tui.domain.problems import ProblemEntry
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import clean_list
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.screens.problem_dialogs import (
    DetailsDialog,
    FormDialog,
    LinkWinsDialog,
    NoteDialog,
    PeopleDialog,
    ReadingDialog,
    ReadingFixDialog,
    ReadingsDialog,
    StageDialog,
    remove_reading_question,
)
from careerclimb_tui.screens.problem_hub import make_room, set_aside_notice
from careerclimb_tui.screens.problem_text import (
    all_readings,
    change_line,
    people_lines,
    problem_shelf,
    reading_bars,
    result_win_behind_line,
    result_win_unbacked_line,
    stage_log,
    stage_path,
    stale_warning,
    status_line,
    trend_row,
)
from careerclimb_tui.store.initiative_docs import initiative, save_initiative
from careerclimb_tui.store.tables import RecordChangedElsewhere
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.hanging import HangingLine, HangingText
from careerclimb_tui.widgets.text import markup_safe

R = TypeVar("R")
"""What a dialog opened over the page hands back."""

NARROW_BARS = 12
"""Bar cells when the screen is narrow; the full width fits 80 columns."""
WIDE_BARS = 24
SPARKLINE_READINGS = 4
"""From this many readings on, a one-row trend shows above the bars."""
DAY_CELLS = len("30 Sep 2026")
"""Cells of the longest day in words, so dated lines stay in line."""
FOOTER_KEYS: dict[Stage, tuple[str, ...]] = {
    Stage.SPOTTED: ("a", "p", "e", "k", "m", "escape"),
    Stage.PROPOSED: ("a", "p", "e", "k", "n", "escape"),
    Stage.BUY_IN: ("a", "k", "p", "e", "m", "escape"),
    Stage.DRIVING: ("a", "m", "e", "n", "k", "escape"),
    Stage.MEASURING: ("a", "m", "r", "w", "escape"),
    Stage.DONE: ("w", "l", "m", "r", "escape"),
    Stage.PAUSED: ("u", "n", "x", "p", "e", "escape"),
    Stage.DROPPED: ("p", "n", "e", "l", "escape"),
}
"""The keys the footer holds at each stage, in order: the ones the stage's work
and its suggested next step call for, and e, since the details can be edited in
every stage, except once measuring, where r (put a reading right) is of more
use and e would not fit; six at most and no wider than 80 columns. The others
stay on the help screen and in the command palette, and the tracker's texts
never name them."""
FOOTER_KEYS_NO_BASELINE: dict[Stage, tuple[str, ...]] = {
    Stage.PROPOSED: ("a", "p", "e", "k", "m", "escape"),
    Stage.PAUSED: ("u", "n", "m", "x", "e", "escape"),
}
"""The footer of a stage that would leave m out, while there is no baseline: the
page asks for one, so m stays at hand in place of a key the page needs less (n
while proposing, p while paused). A dropped problem asks for no baseline."""


def trend_caption(shown: Initiative, count: int) -> str:
    """The line over the trend row: what is measured, read oldest to newest.

    Args:
        shown: the initiative whose readings the trend row draws.
        count: how many readings it draws, the baseline included.

    Returns:
        Markup naming the measure, or the readings alone when none is named.
    """
    if shown.metric.strip():
        return catalogue.PROBLEM_TREND_CAPTION.format(
            metric=markup_safe(" ".join(shown.metric.split())), count=count
        )
    return catalogue.PROBLEM_TREND_CAPTION_NO_METRIC.format(count=count)


def _same_title(first: str, second: str) -> bool:
    """True when two titles say the same words, whatever the spacing and case."""
    return first.casefold().split() == second.casefold().split()


def _day_cell(day: dt.date) -> str:
    """A day in words, as the rest of the page says it, right-aligned in a column
    of its own so that the text after it lines up: " 5 Dec 2026", "21 Nov 2026".
    """
    return day_in_words(day).rjust(DAY_CELLS)


def _day_in_bar(line: str, day: dt.date) -> str:
    """A reading's bar led by its day in words instead of the typed form the
    bars start with, which suits a printed listing better than this page.
    """
    typed = day.isoformat()
    if not line.startswith(typed):
        return line
    return _day_cell(day) + line.removeprefix(typed)


def _bar_entry(line: str, reading: Reading) -> HangingLine:
    """A reading's bar line with its source after it, the words after the bar
    wrapping under their own start so a long source stays beside its bar.
    """
    day = _day_cell(reading.date)
    bar, _, words = line.removeprefix(day).lstrip().partition(" ")
    if reading.source:
        words = f"{words}  ({reading.source})"
    return HangingLine(words, lead=markup_safe(f"{day} {bar} "))


class InitiativeScreen(CoachScreen[None]):
    """One initiative, from spotted to its measured result."""

    CSS_PATH = "initiative.tcss"
    COMMAND_CATEGORY = "Problem"
    CHANGE_ACTIONS = frozenset(
        {
            "advance",
            "people",
            "note",
            "reading",
            "readings",
            "result_win",
            "details",
            "link_wins",
            "pause_or_resume",
            "drop",
        }
    )

    BINDINGS = [
        # Which of these the footer shows depends on the stage (FOOTER_KEYS).
        Binding("a", "advance", "Next stage", id="initiative.advance"),
        Binding("p", "proposal", "Proposal", id="initiative.proposal"),
        Binding("k", "people", "People", id="initiative.people"),
        Binding("n", "note", "Note", id="initiative.note"),
        Binding("m", "reading", "Reading", id="initiative.reading"),
        Binding("r", "readings", "Fix readings", id="initiative.readings"),
        Binding("escape", "back", "Back", id="initiative.back"),
        Binding("w", "result_win", "Result win", id="initiative.result_win"),
        Binding("e", "details", "Details", id="initiative.details"),
        Binding("l", "link_wins", "Link wins", id="initiative.link"),
        Binding("u", "pause_or_resume", "Pause or resume", id="initiative.pause"),
        Binding("x", "drop", "Drop", id="initiative.drop"),
    ]
    PALETTE_TITLES = {
        "reading": catalogue.PROBLEM_PALETTE_READING,
        "readings": catalogue.PROBLEM_PALETTE_READINGS,
    }
    """The palette's words for a key whose footer label is too short to find."""

    def __init__(self, initiative_id: int) -> None:
        super().__init__()
        self.initiative_id = initiative_id
        self.initiative: Initiative | None = None
        self._wins: dict[int | None, Win] = {}
        self._opened_on: Initiative | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="tracker"):
            yield Static(id="tracker-title")
            yield Static(id="tracker-origin", classes="hint")
            yield Static(id="tracker-path")
            yield Static(id="tracker-status")
            yield Static(id="tracker-alert")
            yield Static(catalogue.PROBLEM_SECTION_MEASURE, classes="section-title")
            yield Static(id="tracker-measure")
            yield Static(id="tracker-spark-caption", classes="hint")
            yield Static(id="tracker-spark", markup=False)
            yield HangingText(id="tracker-bars")
            yield Static(catalogue.PROBLEM_SECTION_PEOPLE, classes="section-title")
            yield Static(id="tracker-people")
            yield Static(catalogue.PROBLEM_SECTION_LOG, classes="section-title")
            yield HangingText(id="tracker-log")
            yield Static(catalogue.PROBLEM_SECTION_WINS, classes="section-title")
            yield HangingText(id="tracker-wins")
            yield Static(catalogue.PROBLEM_TRACKER_KEYS, classes="hint keys-hint")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.reload()
        self.follow_outside_changes()

    def on_screen_resume(self) -> None:
        self.reload()

    def show_outside_changes(self) -> None:
        """Draw the readings, notes and wins another window added."""
        self.reload()

    def on_resize(self) -> None:
        if self.initiative is not None:
            self.show(self.initiative)

    def reload(self) -> None:
        """Read the initiative again and redraw it."""
        try:
            found = initiative(self.store, self.initiative_id)
        except CareerClimbError as error:
            self.notify(error.message, severity="error")
            self.dismiss()
            return
        self._wins = {w.id: w for w in self.store.wins()}
        self.show(found)

    @property
    def footer_keys(self) -> tuple[str, ...]:
        """The keys the footer holds for the initiative's stage, in order."""
        if self.initiative is None:
            return ("escape",)
        stage = self.initiative.stage
        if self.initiative.baseline is None:
            return FOOTER_KEYS_NO_BASELINE.get(stage, FOOTER_KEYS[stage])
        return FOOTER_KEYS[stage]

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """Every active key, with only the stage's own keys shown in the footer.

        The footer's keys come first, in the stage's order; the rest keep
        working and stay on the help screen and in the command palette.
        """
        footer = self.footer_keys
        found = super().active_bindings
        shown: dict[str, ActiveBinding] = {}
        for key in footer:
            if key in found:
                shown[key] = found[key]
        for key, active in found.items():
            if key in shown:
                continue
            if active.node is self and active.binding.show:
                active = active._replace(binding=replace(active.binding, show=False))
            shown[key] = active
        return shown

    @property
    def entry(self) -> ProblemEntry | None:
        """The catalogue entry the initiative came from, if any."""
        if self.initiative is None:
            return None
        return problem_shelf(self.store.path).get(self.initiative.problem_id)

    # --- drawing -------------------------------------------------------------------

    def show(self, shown: Initiative) -> None:
        """Draw every part of the tracker from one initiative."""
        self.initiative = shown
        today = self.clock.today()
        entry = self.entry
        self.query_one("#tracker-title", Static).update(markup_safe(shown.title))
        if entry is None:
            origin = catalogue.PROBLEM_OWN
        elif _same_title(shown.title, entry.title):
            # The title above already names the entry: saying it twice reads
            # as a mistake.
            origin = catalogue.PROBLEM_FROM_CATALOG_SAME
        else:
            origin = catalogue.PROBLEM_FROM_CATALOG.format(
                title=markup_safe(entry.title)
            )
        if shown.description:
            origin += "\n" + markup_safe(shown.description)
        self.query_one("#tracker-origin", Static).update(origin)
        self.query_one("#tracker-path", Static).update(markup_safe(stage_path(shown)))
        self.query_one("#tracker-status", Static).update(
            markup_safe(status_line(shown, today))
        )
        self._show_alert(shown, today)
        self._show_measure(shown)
        people = people_lines(shown)
        no_people = (
            catalogue.PROBLEM_NO_PEOPLE
            if "k" in self.footer_keys
            else catalogue.PROBLEM_NO_PEOPLE_NO_KEY
        )
        self.query_one("#tracker-people", Static).update(
            markup_safe("\n".join(people)) if people else no_people
        )
        self.query_one("#tracker-log", HangingText).show_entries(
            self._log_entries(shown), catalogue.PROBLEM_NO_LOG
        )
        self.query_one("#tracker-wins", HangingText).show_entries(
            self._win_entries(shown), self._no_wins_text()
        )
        self.refresh_bindings()

    def _show_alert(self, shown: Initiative, today: dt.date) -> None:
        alert = self.query_one("#tracker-alert", Static)
        stale = stale_warning(shown, today)
        if shown.stage is Stage.DROPPED:
            text = catalogue.PROBLEM_DROPPED_BECAUSE.format(
                reason=markup_safe(shown.dropped_reason)
            )
        elif shown.stage is Stage.DONE:
            text = (
                catalogue.PROBLEM_DONE_WITH_WIN
                if has_result_win(shown, self._wins)
                else catalogue.PROBLEM_DONE_NOTE
            )
        elif stale:
            text = markup_safe(stale)
        else:
            text = ""
        behind = result_win_behind(shown, self._wins)
        if behind is not None:
            # A result win behind the readings is what the page most needs said:
            # the pitch and the packet would otherwise tell the older result.
            line = markup_safe(result_win_behind_line(shown, behind))
            text = line if shown.stage is Stage.DONE or not text else f"{text}\n{line}"
        unbacked = result_win_unbacked(shown, self._wins)
        if unbacked is not None:
            # Its reading removed, the win still tells a result nothing shows.
            line = markup_safe(result_win_unbacked_line(unbacked))
            text = line if shown.stage is Stage.DONE or not text else f"{text}\n{line}"
        alert.update(text)
        alert.display = bool(text)
        alert.set_class(bool(stale), "stale")

    def _show_measure(self, shown: Initiative) -> None:
        lines: list[str] = []
        if shown.metric:
            direction = (
                catalogue.PROBLEM_METRIC_BETTER.format(better=markup_safe(shown.better))
                if shown.better
                else ""
            )
            lines.append(
                catalogue.PROBLEM_METRIC_LINE.format(
                    metric=markup_safe(shown.metric), direction=direction
                )
            )
        moved = change_line(shown, label=False)
        if moved:
            template = (
                catalogue.PROBLEM_RESULT_LINE
                if result_is_final(shown)
                else catalogue.PROBLEM_CHANGE_LINE
            )
            line = template.format(change=markup_safe(moved))
            early = early_result_note(shown)
            if early:
                line = catalogue.PROBLEM_CHANGE_EARLY.format(
                    line=line, note=markup_safe(early)
                )
            lines.append(line)
        elif "m" not in self.footer_keys:
            lines.append(
                catalogue.PROBLEM_NO_BASELINE_NO_KEY
                if shown.baseline is None
                else catalogue.PROBLEM_ONLY_BASELINE_NO_KEY
            )
        elif shown.baseline is None:
            lines.append(catalogue.PROBLEM_NO_BASELINE)
        else:
            lines.append(catalogue.PROBLEM_ONLY_BASELINE)
        self.query_one("#tracker-measure", Static).update("\n".join(lines))

        readings = all_readings(shown)
        spark = self.query_one("#tracker-spark", Static)
        spark.update(trend_row(shown))
        spark.display = len(readings) >= SPARKLINE_READINGS
        caption = self.query_one("#tracker-spark-caption", Static)
        caption.display = spark.display
        caption.update(trend_caption(shown, len(readings)))
        width = NARROW_BARS if self.size.width < 80 else WIDE_BARS
        bars = [
            _bar_entry(_day_in_bar(line, reading.date), reading)
            for line, reading in zip(reading_bars(shown, width), readings, strict=True)
        ]
        self.query_one("#tracker-bars", HangingText).show_entries(bars)

    def _log_entries(self, shown: Initiative) -> list[HangingLine]:
        """Each move and note of the log; a wrapped note stays under its text."""
        entries: list[HangingLine] = []
        for stage, at, why, notes in stage_log(shown):
            head = f"[b]{stage.label}[/b] · {day_in_words(at.date())}"
            if why:
                entries.append(HangingLine(why, lead=f"{head} — ", indent=2))
            else:
                entries.append(HangingLine("", lead=head))
            for when, text in notes:
                entries.append(HangingLine(text, lead=f"  {_day_cell(when.date())}  "))
        return entries

    def _no_wins_text(self) -> str:
        """What the linked wins section says while none is linked."""
        footer = self.footer_keys
        return {
            (True, True): catalogue.PROBLEM_NO_WINS,
            (True, False): catalogue.PROBLEM_NO_WINS_LINK,
            (False, True): catalogue.PROBLEM_NO_WINS_RESULT,
            (False, False): catalogue.PROBLEM_NO_WINS_NO_KEY,
        }["l" in footer, "w" in footer]

    def _win_entries(self, shown: Initiative) -> list[HangingLine]:
        """The linked wins, each title wrapping under its own start."""
        entries: list[HangingLine] = []
        for win_id in shown.win_ids:
            win = self._wins.get(win_id)
            if win is None:
                gone = catalogue.PROBLEM_WIN_GONE.format(id=win_id)
                entries.append(HangingLine(gone))
            else:
                lead = f"#{win_id} {_day_cell(win.date)}  "
                entries.append(HangingLine(win.title, lead=markup_safe(lead)))
        return entries

    # --- which keys apply now --------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim the keys that have nothing to act on for this initiative."""
        if self.refuses_change(action):
            return False
        shown = self.initiative
        if shown is None:
            return True
        moves = allowed_moves(shown)
        if action == "advance":
            return True if next_stage(shown) else None
        if action == "pause_or_resume":
            return True if Stage.PAUSED in moves or paused_from(shown) else None
        if action == "drop":
            return True if Stage.DROPPED in moves else None
        if action == "result_win":
            return True if shown.stage in RESULT_STAGES else None
        if action == "readings":
            return True if shown.baseline is not None else None
        return True

    # --- saving --------------------------------------------------------------------

    async def save(
        self,
        updated: Initiative,
        told: str,
        then_dialog: bool = False,
        severity: SeverityLevel = "information",
        follow: Callable[[Initiative], Initiative] | None = None,
    ) -> Initiative | None:
        """Save the initiative off the event loop; tell the user once it is saved.

        Args:
            updated: the initiative as changed by the domain.
            told: what to say once it is on disk.
            then_dialog: a dialog opens right after the save, so nothing is
                said: the notice would sit over the dialog, and the page shows
                the change once the dialog closes.
            severity: how the notice is shown; a warning for a save the user
                should look at again.
            follow: what the change brings with it (a suggested next step),
                worked out again when the change is put onto a newer copy.

        Returns:
            The saved initiative, or None when saving failed (the user was told).
        """
        then = follow or (lambda changed: changed)
        if then(updated) == self.initiative:
            return then(updated)
        base = self._opened_on or self.initiative
        saved = await self.careerclimb.run_store(
            lambda: self._save_onto_newest(base, updated, then),
            failure=catalogue.PROBLEM_NOT_SAVED,
        )
        if saved is None:
            return None
        self.show(saved)
        if not then_dialog:
            self.tell(told, severity)
        return saved

    def _save_onto_newest(
        self,
        base: Initiative | None,
        updated: Initiative,
        follow: Callable[[Initiative], Initiative],
    ) -> Initiative:
        """Save ``updated``; when another window saved the initiative since
        ``base`` was read, put the change onto that newer copy instead.

        A note, a reading or a move added in a dialog cannot clash with one
        added elsewhere meanwhile, so what was typed is not lost to it.

        Raises:
            RecordChangedElsewhere: when both changed one field differently.
        """
        try:
            return save_initiative(self.store, follow(updated))
        except RecordChangedElsewhere:
            if base is None or updated.id is None:
                raise
            newest = initiative(self.store, updated.id)
            merged = merged_onto(base, updated, newest)
            if merged is None:
                raise
            return save_initiative(self.store, follow(merged))

    def tell(self, message: str, severity: SeverityLevel = "information") -> None:
        """Show one notice, in place of the ones shown before it.

        Notices stack at the top of the page; two at once reach down over the
        next step they may point to. The newest says what the last action did:
        a form that closed into this page ("Saved win #4") may have raised one
        just before, so the older ones are taken down once that one is shown.
        """

        def replace_notices() -> None:
            self.app.clear_notifications()
            self.notify(message, severity=severity)

        self.app.call_after_refresh(replace_notices)

    def _push_dialog(
        self,
        dialog: ModalScreen[R],
        done: ScreenResultCallbackType[R] | None = None,
    ) -> None:
        """Open a dialog over the page, taking the page's notices down first.

        A notice about the page, left up, would be drawn over the dialog.
        """
        self.app.clear_notifications()
        # What the dialog changes is put onto this copy, or onto a newer one
        # another window saves while the dialog is open.
        self._opened_on = self.initiative
        self.app.push_screen(dialog, done)

    # --- actions -------------------------------------------------------------------

    def _result_logged(self, shown: Initiative) -> bool:
        """Whether a linked win carries the result as the latest reading tells it."""
        return (
            has_result_win(shown, self._wins)
            and result_win_behind(shown, self._wins) is None
        )

    def _move(
        self,
        target: Stage,
        offer_win: bool = True,
        forward: bool = False,
        told_first: str = "",
    ) -> None:
        """Ask for the move's note and next step, save it, then offer the result.

        Args:
            target: the stage to move to.
            offer_win: whether arriving with a measured result offers to log it
                as a win; off for the move that follows that offer.
            forward: the move is the next stage's, so the offer may lead on
                to the stage after it.
            told_first: what was done just before the move, said ahead of it
                once the dialog closes, saved or not.
        """
        shown = self.initiative
        if shown is None:
            return

        async def moved(result: Initiative | None) -> None:
            if result is None:
                if told_first:
                    self.tell(told_first)
                return
            offering = offer_win and offers_result_win(result, self._wins)
            told = catalogue.PROBLEM_MOVED.format(stage=target.label)
            if told_first:
                told = f"{told_first} {told}"
            refusal = result_win_refusal(result) if offer_win else ""
            if refusal:
                told = f"{told} {refusal}"
            saved = await self.save(result, told, then_dialog=offering)
            if saved is not None and offering:
                self._offer_result_win(
                    move_after_result_win(saved) if forward else None
                )

        # The dialog pre-fills the initiative's next step: offer the one that fits
        # the stage it moves into and the result win logged, unless the user
        # wrote their own.
        step = suggested_next_step(shown, target, self.entry, self._wins)
        offered = shown.with_changes(next_step=step)
        logged = self._result_logged(shown)
        self._push_dialog(
            StageDialog(offered, target, self.clock.now(), result_logged=logged), moved
        )

    def _move_forward(self, target: Stage, offer_win: bool = True) -> None:
        """Move forward, first asking when the current stage has work left open."""
        shown = self.initiative
        if shown is None:
            return
        question = leave_stage_question(shown)
        if not question:
            self._move(target, offer_win, forward=True)
            return

        def answered(go_on: bool | None) -> None:
            if go_on:
                self._move(target, offer_win, forward=True)

        self._push_dialog(ConfirmDialog(question), answered)

    def action_advance(self) -> None:
        """Move forward one stage."""
        if self.initiative is None:
            return
        target = next_stage(self.initiative)
        if target is None:
            self.tell(
                catalogue.INITIATIVE_CLOSED.format(
                    stage=self.initiative.stage.in_sentence
                ),
                severity="warning",
            )
            return
        self._move_forward(target)

    async def action_pause_or_resume(self) -> None:
        """Pause an active initiative, or resume a paused one.

        Resuming puts the problem back in progress, so a problem being driven
        is asked about first, as it is before a new one starts (``make_room``).
        """
        shown = self.initiative
        if shown is None:
            return
        resume_to = paused_from(shown)
        if resume_to is None:
            if Stage.PAUSED in allowed_moves(shown):
                self._move(Stage.PAUSED)
            return

        async def room_made(set_aside: Initiative | None) -> None:
            told = set_aside_notice(set_aside) if set_aside is not None else ""
            self._move(resume_to, told_first=told)

        # A notice about the page, left up, would be drawn over the question.
        self.app.clear_notifications()
        await make_room(self, room_made, resuming=shown)

    def action_drop(self) -> None:
        """Drop the initiative, with a reason."""
        if self.initiative is not None and Stage.DROPPED in allowed_moves(
            self.initiative
        ):
            self._move(Stage.DROPPED)

    def _open_dialog(self, dialog: FormDialog[Initiative], told: str) -> None:
        async def done(result: Initiative | None) -> None:
            if result is not None:
                await self.save(result, told)

        self._push_dialog(dialog, done)

    def action_note(self) -> None:
        """Add a dated note and update the next step."""
        before = self.initiative
        if before is None:
            return

        async def done(result: Initiative | None) -> None:
            # An empty note saves the next step alone, and is told as that.
            if result is not None:
                await self.save(result, note_saved_text(before, result))

        self._push_dialog(NoteDialog(before, self.clock.now()), done)

    def action_reading(self) -> None:
        """Record the baseline, or a later reading."""
        if self.initiative is None:
            return
        entry = self.entry

        async def done(result: Initiative | None) -> None:
            # Told against the copy the dialog opened on: the page may have
            # drawn a newer one meanwhile.
            before = self._opened_on or self.initiative
            if result is None or before is None:
                return
            read = (result.baseline, result.readings) != (
                before.baseline,
                before.readings,
            )
            told = (
                reading_saved_text(result)
                if read
                else catalogue.PROBLEM_BETTER_SAVED.format(
                    better=better_in_words(result.better)
                )
            )
            unit = unit_given(before, result)
            if unit:
                told = f"{told} {catalogue.PROBLEM_UNIT_GIVEN.format(unit=unit)}"
            against = better_contradiction(result)
            if against:
                told = f"{told}\n{against}"
            await self.save(
                result,
                told,
                severity="warning" if against else "information",
                follow=self._step_after_measure,
            )

        self._push_dialog(
            ReadingDialog(self.initiative, entry, self.clock.now(), self.clock.today()),
            done,
        )

    def action_readings(self, highlighted: int = 0) -> None:
        """List the readings, to correct one typed wrong or remove it.

        Args:
            highlighted: the number of the reading to open the list on; 0
                for the latest.
        """
        shown = self.initiative
        if shown is None or shown.baseline is None:
            return

        def chosen(picked: tuple[str, int] | None) -> None:
            current = self.initiative
            if picked is None or current is None:
                return
            what, number = picked
            if what == "remove":
                self._remove_reading(current, number)
                return
            dialog = ReadingFixDialog(
                current, number, self.clock.now(), self.clock.today()
            )

            async def fixed(result: Initiative | None) -> None:
                if result is not None:
                    await self._save_readings(
                        result, catalogue.PROBLEM_READING_CORRECTED
                    )

            self._push_dialog(dialog, fixed)

        self._push_dialog(ReadingsDialog(shown, highlighted), chosen)

    def _remove_reading(self, current: Initiative, number: int) -> None:
        """Ask, then remove reading ``number`` of ``current``."""

        async def answered(sure: bool | None) -> None:
            if sure:
                removed = remove_reading(current, number, self.clock.now())
                await self._save_readings(removed, catalogue.PROBLEM_READING_REMOVED)
            else:
                # Not removed: back to the list, on the same reading.
                self.action_readings(number)

        question = remove_reading_question(current, number)
        self._push_dialog(ConfirmDialog(question), answered)

    async def _save_readings(self, result: Initiative, told: str) -> None:
        """Save readings put right; the suggested step follows the new result."""
        await self.save(result, told, follow=self._step_after_measure)

    def _step_after_measure(self, measured: Initiative) -> Initiative:
        """``measured`` with the next step its latest reading suggests."""
        logged = has_result_win(measured, self._wins)
        behind = result_win_behind(measured, self._wins) is not None
        step = step_after_measure(measured, self.entry, logged, behind)
        return measured.with_changes(next_step=step)

    def action_people(self) -> None:
        """Edit who needs to agree, who agreed, who helped, other teams."""
        if self.initiative is None:
            return
        entry = self.entry
        roles = entry.who_agrees if entry else ()

        async def done(result: Initiative | None) -> None:
            if result is None:
                return
            # At buy-in the suggested step names whoever is still to agree.
            step = step_after_people_change(result, entry)
            await self.save(
                result.with_changes(next_step=step), catalogue.PROBLEM_PEOPLE_SAVED
            )

        self._push_dialog(PeopleDialog(self.initiative, self.clock.now(), roles), done)

    def action_details(self) -> None:
        """Edit the words the proposal is drafted from."""
        if self.initiative is not None:
            self._open_dialog(
                DetailsDialog(self.initiative, self.clock.now(), self.entry),
                catalogue.PROBLEM_DETAILS_SAVED,
            )

    def action_link_wins(self) -> None:
        """Link the wins that came out of this initiative."""
        shown = self.initiative
        if shown is None:
            return

        async def chosen(ids: tuple[int, ...] | None) -> None:
            current = self.initiative
            if ids is None or current is None:
                return
            now = self.clock.now()
            kept = tuple(i for i in current.win_ids if i in ids)
            updated = current
            if kept != current.win_ids:
                updated = current.with_changes(win_ids=kept, updated_at=now)
            for win_id in ids:
                updated = link_win(updated, win_id, now)
            await self.save(updated, catalogue.PROBLEM_LINKS_SAVED)

        wins = self.store.wins()
        self._push_dialog(LinkWinsDialog(wins, shown.win_ids), chosen)

    def action_proposal(self) -> None:
        """Open the one-page proposal drafted from this initiative."""
        from careerclimb_tui.screens.problem_proposal import ProposalScreen

        if self.initiative is not None and self.initiative.id is not None:
            self.app.push_screen(ProposalScreen(self.initiative.id))

    def _offer_result_win(self, then: Stage | None) -> None:
        """Offer to log the result as a win; whatever the answer, go on to ``then``.

        Args:
            then: the stage to offer moving to once the win is saved or turned
                down; None when the offer ends the move.
        """

        async def answered(log_it: bool | None) -> None:
            if log_it:
                await self._log_result_win(offered=True, then=then)
                return
            await self._remember_declined_win()
            if then is not None:
                self._move_forward(then, offer_win=False)

        shown = self.initiative
        behind = None if shown is None else result_win_behind(shown, self._wins)
        # The question says what the form will hold and what it only names.
        teams = () if shown is None else clean_list(shown.stakeholders.other_teams)
        if behind is not None:
            question = catalogue.PROBLEM_OFFER_WIN_UPDATE.format(id=behind.id)
        elif teams:
            question = catalogue.PROBLEM_OFFER_WIN_BENEFITED.format(
                who=", ".join(teams)
            )
        else:
            question = catalogue.PROBLEM_OFFER_WIN
        self._push_dialog(ConfirmDialog(question), answered)

    async def _remember_declined_win(self) -> None:
        """Keep the turned-down offer, so that a later move does not repeat it."""
        shown = self.initiative
        if shown is None:
            return
        declined = decline_result_win(shown)
        saved = await self.careerclimb.run_store(
            lambda: save_initiative(self.store, declined),
            failure=catalogue.PROBLEM_NOT_SAVED,
        )
        if saved is not None:
            self.show(saved)

    async def action_result_win(self) -> None:
        """Open the win form, pre-filled with the initiative's measured result.

        Only the measured result is filled in; who benefited and who noticed
        are the user's to say, with hints naming the other teams involved and
        who the up-front check expected to notice. Once
        a linked win carries the result, that win is opened instead, brought up
        to the latest reading, so the result is never logged twice.
        """
        await self._log_result_win(offered=False, then=None)

    async def _log_result_win(self, offered: bool, then: Stage | None) -> None:
        """Open the result win form; link the saved win, then go on to ``then``.

        Args:
            offered: the form was opened from the offer made on a move, so
                closing it without saving is explained.
            then: the stage to offer moving to once the win is saved.
        """
        from careerclimb_tui.screens.log_win import LogWinScreen

        shown = self.initiative
        if shown is None:
            return
        try:
            draft = result_win(shown, self.clock.today(), self.entry)
        except CareerClimbError as error:
            self.tell(error.message, severity="warning")
            return
        existing = linked_result_win(shown, self._wins)
        if existing is not None:
            await self._update_result_win(existing, then)
            return
        dimension_ids = [dimension.id for dimension in self.ladder.dimensions]
        suggested = owned_dimensions(dimension_ids, self.entry)
        draft = draft.with_changes(dimensions=suggested)

        async def logged(win: Win | None) -> None:
            current = self.initiative
            if current is None:
                return
            if win is None or win.id is None:
                if offered:
                    self._say_result_win_closed(current, then)
                return
            await self._after_result_win_saved(current, win, then, updated=False)

        form = LogWinScreen(
            draft=draft,
            noticed_hint=result_noticed_hint(shown),
            benefited_hint=result_benefited_hint(shown),
        )
        await self.app.push_screen(form, logged)

    async def _update_result_win(self, win: Win, then: Stage | None) -> None:
        """Open the linked result win in the edit form, up to the latest reading.

        Saving writes over the same win. The form hands back what it was opened
        with, unsaved, when nothing was typed; the update is saved here then.

        Args:
            win: the linked win that carries the result (``linked_result_win``).
            then: the stage to offer moving to once the win is saved.
        """
        from careerclimb_tui.screens.log_win import LogWinScreen

        shown = self.initiative
        if shown is None:
            return
        draft = updated_result_win(shown, win, self.entry)
        hint = "" if win.noticed_by.strip() else result_noticed_hint(shown)
        benefited = "" if win.beneficiaries.strip() else result_benefited_hint(shown)

        async def edited(result: Win | None) -> None:
            current = self.initiative
            if current is None or win.id is None:
                return
            if result is None or (result is draft and draft == win):
                if draft != win:
                    told = catalogue.PROBLEM_RESULT_WIN_NOT_UPDATED.format(id=win.id)
                    self.tell(told, severity="warning")
                return
            if result is draft:
                saved_win = await self.careerclimb.run_store(
                    lambda: self.store.update_win(draft),
                    failure=catalogue.LOG_NOT_SAVED,
                )
                if saved_win is None:
                    return
                result = saved_win
            await self._keep_result_verdict(win, draft, result)
            await self._after_result_win_saved(current, result, then, updated=True)

        form = LogWinScreen(
            win=draft,
            noticed_hint=hint,
            benefited_hint=benefited,
            changed_written_for=win.measure,
        )
        await self.app.push_screen(form, edited)

    async def _keep_result_verdict(self, before: Win, offered: Win, saved: Win) -> None:
        """Keep the reviews' verdict on a result win its update only brought up
        to the readings (``review.verdict_kept_after_result_update``).

        Args:
            before: the win as it was before the update.
            offered: the update as drafted here.
            saved: the win as saved.
        """
        from careerclimb_tui.domain.review import verdict_kept_after_result_update

        def keep() -> bool:
            for review in self.store.reviews():
                kept = verdict_kept_after_result_update(review, before, offered, saved)
                if kept is not review:
                    self.store.save_review(kept)
            return True

        await self.careerclimb.run_store(keep, failure=catalogue.LOG_NOT_SAVED)

    async def _after_result_win_saved(
        self, current: Initiative, win: Win, then: Stage | None, updated: bool
    ) -> None:
        """Link the saved result win, move the next step on, and tell the user.

        Args:
            current: the initiative as shown when the form closed.
            win: the win as saved.
            then: the stage to offer moving to next, if any.
            updated: the win was the linked result win, updated in place.
        """
        assert win.id is not None
        self._wins[win.id] = win
        linked = link_win(current, win.id, self.clock.now())
        behind = result_win_behind(linked, self._wins) is not None
        step = step_after_measure(
            linked, self.entry, has_result_win(linked, self._wins), behind
        )
        if updated:
            told = catalogue.PROBLEM_WIN_UPDATED.format(id=win.id)
            if linked.stage is Stage.MEASURING:
                told = catalogue.PROBLEM_WIN_UPDATED_NEXT.format(id=win.id)
            stale = stale_title_figure(win.title, win.measure)
            if stale:
                figure = catalogue.PROBLEM_WIN_TITLE_STALE.format(figure=stale)
                told = f"{told} {figure}"
        else:
            told = catalogue.PROBLEM_WIN_LINKED.format(id=win.id)
            if linked.stage is Stage.MEASURING:
                # Done waits for the user: the notice says when it makes sense.
                told = catalogue.PROBLEM_WIN_LINKED_NEXT.format(id=win.id)
        updated_initiative = linked.with_changes(next_step=step)
        if updated_initiative == current:
            # Nothing of the problem changed, yet the wins shown with it did.
            self.show(current)
            self.tell(told)
            saved: Initiative | None = current
        else:
            saved = await self.save(
                updated_initiative, told, then_dialog=then is not None
            )
        if saved is not None and then is not None:
            self._move_forward(then, offer_win=False)

    def _say_result_win_closed(self, current: Initiative, then: Stage | None) -> None:
        """Tell the user the offered win was not logged, and where that leaves them."""
        if then is None:
            told = catalogue.PROBLEM_RESULT_WIN_CLOSED_DONE
        else:
            told = catalogue.PROBLEM_RESULT_WIN_CLOSED.format(
                stage=current.stage.label, next=then.label
            )
        self.tell(told, severity="warning")

    def action_back(self) -> None:
        self.dismiss()
