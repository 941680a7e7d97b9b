"""Where quarterly reviews start, resume and stay readable.

The quarter offered first is one that ended with wins and no finished review, as
home asks for it; otherwise the current one, or the previous one during the first
three weeks of a new quarter. Every past run is listed and can be opened.
"""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Region, Spacing
from textual.widgets import DataTable, OptionList, Select, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.quarters import Quarter, quarter_of
from careerclimb_tui.domain.review import (
    Review,
    RunCounts,
    carry_forward,
    left_out_message,
    quarter_to_offer,
    run_counts,
    run_label,
    start_review,
    wins_left_out,
    wins_phrase,
)
from careerclimb_tui.domain.target import judged_level_now
from careerclimb_tui.domain.wins import quarters_with_wins
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.widgets.footer import SteadyFooter


class QuarterSelect(Select[str]):
    """The quarter drop-down, whose open list stops at its first and last quarter.

    Textual's list wraps around: Down on the last quarter jumps back to the first,
    so with two quarters, Down twice lands on the one the user started from. Here
    Up on the first quarter and Down on the last leave the highlight where it is.
    """

    BINDINGS = [
        Binding("up", "stay_at_end('first')", show=False, priority=True),
        Binding("down", "stay_at_end('last')", show=False, priority=True),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Only at an end of the open list do these keys stop here; everywhere
        # else they go on to the list, or open it.
        if action == "stay_at_end":
            return self.expanded and self._highlight_at(str(parameters[0]))
        return super().check_action(action, parameters)

    def _highlight_at(self, end: str) -> bool:
        """True when the open list's highlight is on its ``first`` or ``last`` row."""
        options = self.query_one(OptionList)
        last = options.option_count - 1
        return options.highlighted == (0 if end == "first" else last)

    def action_stay_at_end(self, end: str) -> None:
        """Keep the highlight on the end of the list it has reached."""


SHORT_HEIGHT = 16
"""At this many rows or fewer, the screen leaves out its introduction, so the
title and the quarter's picker stay in sight together."""


class ReviewsScreen(CoachScreen[None]):
    """Pick a quarter to review; open any past run."""

    CSS_PATH = "reviews.tcss"
    COMMAND_CATEGORY = "Reviews"
    CHANGE_ACTIONS = frozenset({"start", "rerun"})
    """Both start or resume a walk; s still opens a finished run's summary."""

    BINDINGS = [
        Binding("s", "start", "Start or resume", id="reviews.start"),
        Binding("r", "rerun", "Re-run quarter", id="reviews.rerun"),
        Binding("enter", "open_run", "Open run", id="reviews.open", show=False),
        Binding("escape", "back", "Back", id="reviews.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._reviews: list[Review] = []
        self._left: tuple[Quarter, str] | None = None
        """What leaving a walk did to a run of a quarter, said above that
        quarter's state until another run is opened; a notice would cover the
        list of runs the user comes back to."""

    def _start_month(self) -> int:
        profile = self.profile
        return profile.fiscal_year_start_month if profile else 1

    def compose(self) -> ComposeResult:
        today = self.clock.today()
        start_month = self._start_month()
        default = quarter_to_offer(
            today, self.store.wins(), self.store.reviews(), start_month
        )
        quarters = {default, quarter_of(today, start_month)}
        quarters |= set(quarters_with_wins(self.store.wins(), start_month))
        options = [(str(q), str(q)) for q in sorted(quarters, reverse=True)]
        # It scrolls, so a short window still reaches the past reviews.
        with VerticalScroll(id="reviews-body", can_focus=False):
            yield Static(catalogue.REVIEWS_TITLE, id="reviews-title")
            yield Static(self._intro(), id="reviews-intro", classes="hint")
            yield QuarterSelect(
                options,
                value=str(default),
                allow_blank=False,
                type_to_search=False,
                id="review-quarter",
            )
            yield Static(id="quarter-state")
            yield Static(catalogue.REVIEWS_PAST, classes="section-title")
            yield DataTable(id="runs", cursor_type="row", zebra_stripes=True)
            yield Static(
                catalogue.REVIEWS_NONE_READ_ONLY
                if self.store.read_only
                else catalogue.REVIEWS_NONE,
                id="runs-empty",
                classes="empty-state",
            )
            yield Static(id="reviews-keys", classes="hint")
        yield SteadyFooter()

    def _intro(self) -> str:
        if self.store.read_only:
            return catalogue.REVIEWS_INTRO_READ_ONLY
        return catalogue.REVIEWS_INTRO

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer r only once the chosen quarter has a run to run again."""
        if action == "rerun" and not self._quarter_has_a_run():
            return False
        return super().check_action(action, parameters)

    def _quarter_has_a_run(self) -> bool:
        """True when the chosen quarter has at least one run."""
        # The footer may ask before the quarter's picker is there.
        if not self.query("#review-quarter"):
            return False
        return bool(self._runs_of(self._chosen_quarter()))

    def refuses_change(self, action: str) -> bool:
        """In a backup opened read-only, s still opens a finished run."""
        if action == "start" and self._opens_a_finished_run():
            return False
        return super().refuses_change(action)

    def _opens_a_finished_run(self) -> bool:
        """True when s would open the chosen quarter's finished run."""
        # The footer may ask before the quarter's picker is there.
        if not self.query("#review-quarter"):
            return False
        runs = self._runs_of(self._chosen_quarter())
        return bool(runs) and runs[0].is_finished

    def on_mount(self) -> None:
        table = self.query_one("#runs", DataTable)
        table.add_columns("Quarter", "Run", "State", "Next-level", "Answered")
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    def on_resize(self) -> None:
        self.set_class(self.size.height <= SHORT_HEIGHT, "-short")

    def reload(self) -> None:
        """Read the reviews again and redraw the list and the quarter's state."""
        # Newest months first: a run of an earlier year start sits among the
        # others by the months it judged.
        self._reviews = sorted(
            self.store.reviews(),
            key=lambda r: (r.period.first_day, r.run),
            reverse=True,
        )
        start_month = self._start_month()
        wins = self.store.wins()
        table = self.query_one("#runs", DataTable)
        table.clear()
        for review in self._reviews:
            counts = run_counts(review, self._reviews, wins)
            state = (
                catalogue.SUMMARY_FINISHED
                if review.is_finished
                else catalogue.SUMMARY_IN_PROGRESS
            )
            table.add_row(
                run_label(review, start_month, short=True),
                str(review.run),
                state,
                f"{counts.next_level} of {counts.wins}",
                answered_cell(counts),
                key=str(review.id),
            )
        table.display = bool(self._reviews)
        empty = self.query_one("#runs-empty", Static)
        empty.display = not self._reviews
        if not self.store.read_only:
            empty.update(
                catalogue.REVIEWS_NONE if wins else catalogue.REVIEWS_NONE_NO_WINS
            )
        self._show_state()

    def _chosen_quarter(self) -> Quarter:
        from careerclimb_tui.domain.quarters import parse_quarter

        value = self.query_one("#review-quarter", Select).value
        return parse_quarter(str(value), self._start_month())

    def _runs_of(self, quarter: Quarter) -> list[Review]:
        return [r for r in self._reviews if r.period == quarter]

    @on(Select.Changed, "#review-quarter")
    def _show_state(self) -> None:
        quarter = self._chosen_quarter()
        wins = [w for w in self.store.wins() if quarter.contains(w.date)]
        runs = self._runs_of(quarter)
        if not runs and not wins and not self.store.read_only:
            text = catalogue.REVIEWS_STATE_NO_WINS.format(quarter=quarter)
        elif not runs:
            text = (
                catalogue.REVIEWS_STATE_NEW_READ_ONLY
                if self.store.read_only
                else catalogue.REVIEWS_STATE_NEW
            ).format(quarter=quarter, wins=wins_phrase(len(wins)))
        else:
            latest = runs[0]
            # r resumes a run in progress (see action_rerun): the line says so.
            if self.store.read_only:
                text = (
                    catalogue.REVIEWS_STATE_RUN_READ_ONLY
                    if latest.is_finished
                    else catalogue.REVIEWS_STATE_OPEN_READ_ONLY
                ).format(quarter=quarter, wins=wins_phrase(len(wins)), run=latest.run)
            elif latest.is_finished:
                text = catalogue.REVIEWS_STATE_RUN.format(
                    quarter=quarter,
                    wins=wins_phrase(len(wins)),
                    run=latest.run,
                    state=catalogue.SUMMARY_FINISHED,
                )
            else:
                text = catalogue.REVIEWS_STATE_RUN_OPEN.format(
                    quarter=quarter, wins=wins_phrase(len(wins)), run=latest.run
                )
            left_out = wins_left_out(latest, wins, runs)
            if left_out:
                text += "\n" + left_out_message(latest, len(left_out), on_reviews=True)
        if self._left is not None and self._left[0] == quarter:
            text = f"{self._left[1]}\n{text}"
        self.query_one("#quarter-state", Static).update(text)
        self._show_keys()
        # Whether s opens anything in a read-only backup depends on the quarter.
        self.refresh_bindings()

    @on(Select.Changed, "#review-quarter")
    def _point_at_chosen_quarter(self) -> None:
        """Put the list's cursor on the chosen quarter's latest run, if it has one.

        Enter on the list then opens the quarter the user just picked, not the
        one the cursor happened to rest on.
        """
        runs = self._runs_of(self._chosen_quarter())
        if runs:
            self.query_one("#runs", DataTable).move_cursor(
                row=self._reviews.index(runs[0])
            )

    @on(DataTable.RowHighlighted, "#runs")
    def _keep_row_in_view(self) -> None:
        """Scroll the page to the highlighted run, while the list has the focus.

        The list is as tall as its runs, so the page is the one thing that
        scrolls: the table's own scrolling never moves it. The cursor set from
        the picker, or as the screen opens, leaves the page where it is: on a
        short terminal, scrolling to the run would take the title and the
        picker in use out of sight.
        """
        table = self.query_one("#runs", DataTable)
        if table.has_focus:
            self._show_row(table)

    @on(events.DescendantFocus, "#runs")
    def _row_into_view_on_focus(self) -> None:
        """Bring the highlighted run into view as the list gets the focus."""
        # After the focus's own scroll, which only brings the list's top in.
        self.call_after_refresh(self._keep_row_in_view)

    def _show_row(self, table: DataTable[object]) -> None:
        """Scroll the page so the run under the list's cursor is in view.

        Args:
            table: the list of past runs.
        """
        header = table.header_height if table.show_header else 0
        row = table.virtual_region.y + header + table.cursor_row
        body = self.query_one("#reviews-body", VerticalScroll)
        # The header comes into view with the first run; the keys docked at
        # the foot of the page cover its last lines.
        top = row - header if table.cursor_row == 0 else row
        keys = self.query_one("#reviews-keys").outer_size.height
        body.scroll_to_region(
            Region(0, top, 1, row - top + 1),
            spacing=Spacing(0, 0, keys, 0),
            animate=False,
            immediate=True,
        )

    @on(events.DescendantFocus)
    @on(events.DescendantBlur)
    @on(DataTable.RowHighlighted, "#runs")
    def _show_keys(self) -> None:
        """Name the keys that act from the focused control, Enter first."""
        if self.is_mounted:
            self.query_one("#reviews-keys", Static).update(self._keys_text())

    def _keys_text(self) -> str:
        quarter = self._chosen_quarter()
        if self.query_one("#review-quarter", QuarterSelect).expanded:
            return catalogue.REVIEWS_KEYS_LIST.format(quarter=quarter)

        # With nothing focused, Enter still opens the run under the list's cursor.
        table = self.query_one("#runs", DataTable)
        if self.focused in (table, None) and self._reviews:
            review = self._reviews[table.cursor_row]
            keys = (
                catalogue.REVIEWS_KEYS_RUN_SUMMARY
                if review.is_finished
                else catalogue.REVIEWS_KEYS_RUN_RESUME
            )
            label = run_label(review, self._start_month(), short=True)
            return keys.format(quarter=label, run=review.run)

        runs = self._runs_of(quarter)
        if runs and runs[0].is_finished:
            start = catalogue.REVIEWS_KEYS_SUMMARY.format(
                quarter=quarter, run=runs[0].run
            )
        elif self.store.read_only:
            start = catalogue.REVIEWS_KEYS_READ_ONLY
        elif not runs and not self._has_wins(quarter):
            start = catalogue.REVIEWS_KEYS_NO_WINS
        elif not runs:
            start = catalogue.REVIEWS_KEYS_START.format(quarter=quarter)
        else:
            start = catalogue.REVIEWS_KEYS_RESUME.format(
                quarter=quarter, run=runs[0].run
            )
        text = catalogue.REVIEWS_KEYS_QUARTER.format(start=start)
        if self._reviews:
            text += catalogue.REVIEWS_KEYS_TO_RUNS
        return text

    def _has_wins(self, quarter: Quarter) -> bool:
        """True when some win is dated in ``quarter``."""
        return any(quarter.contains(w.date) for w in self.store.wins())

    # --- actions -------------------------------------------------------------------

    def action_start(self) -> None:
        """Resume the quarter's unfinished run, or start its first one."""
        quarter = self._chosen_quarter()
        runs = self._runs_of(quarter)
        if runs and not runs[0].is_finished:
            self._walk(runs[0])
        elif runs:
            self._open_summary(runs[0])
        else:
            self._start_new(quarter)

    def action_rerun(self) -> None:
        """Start another run of the quarter once the user agrees; earlier runs are
        kept as they are, and the new one starts from their answers."""
        quarter = self._chosen_quarter()
        runs = self._runs_of(quarter)
        if runs and not runs[0].is_finished:
            self.notify(catalogue.REVIEWS_UNFINISHED, severity="warning")
            self._walk(runs[0])
            return
        if not runs:
            self._start_new(quarter)
            return

        from careerclimb_tui.widgets.confirm import ConfirmDialog

        question = catalogue.REVIEWS_RERUN_CONFIRM.format(
            run=runs[0].run + 1, quarter=quarter, last=runs[0].run
        )

        def answered(start: bool | None) -> None:
            if start:
                self._start_new(quarter)

        self.app.push_screen(ConfirmDialog(question), answered)

    def _start_new(self, quarter: Quarter) -> None:
        if self._refused_read_only():
            return
        wins = self.store.wins()
        profile = self.profile
        review = start_review(
            quarter,
            wins,
            self.clock.now(),
            earlier=self._reviews,
            judged_level=(
                judged_level_now(self.ladder, profile.current_level) if profile else ""
            ),
        )
        # A re-run starts from the answers that count so far, to be confirmed.
        review = carry_forward(review, self._reviews, wins)
        if not review.win_ids:
            self.notify(
                catalogue.REVIEWS_NO_WINS.format(quarter=quarter), severity="warning"
            )
            return
        self._walk(review)

    def _walk(self, review: Review) -> None:
        from careerclimb_tui.screens.review_walk import ReviewWalkScreen, names_known

        if review.current_win_id is None:
            self._open_summary(review)
            return
        if self._refused_read_only():
            return
        self._left = None
        stored = self.store.wins()
        wins = {w.id: w for w in stored if w.id is not None}

        def tell_left(told: str) -> None:
            self._left = (review.period, told)

        screen = ReviewWalkScreen(
            review,
            wins,
            names_known(self._reviews, stored),
            tell_left=tell_left,
        )
        self.app.push_screen(screen)

    def _open_summary(self, review: Review) -> None:
        from careerclimb_tui.screens.review_summary import ReviewSummaryScreen

        self._left = None
        self.app.push_screen(ReviewSummaryScreen(review))

    def _refused_read_only(self) -> bool:
        """True, once the user is told, when a walk would answer into a backup
        opened read-only: no walk opens that could save none of its answers."""
        if self.store.read_only:
            self.notify(catalogue.STORE_READ_ONLY_NO_FORM, severity="warning")
        return self.store.read_only

    @on(DataTable.RowSelected, "#runs")
    def action_open_run(self) -> None:
        table = self.query_one("#runs", DataTable)
        if not self._reviews or not table.display:
            return
        review = self._reviews[table.cursor_row]
        if review.is_finished:
            self._open_summary(review)
        else:
            self._walk(review)

    def action_back(self) -> None:
        self.dismiss()


def answered_cell(counts: RunCounts) -> str:
    """The answered wins of a run ("4 of 5"), and its wins deleted since, if any."""
    cell = f"{counts.answered} of {counts.wins}"
    if counts.deleted:
        cell += catalogue.REVIEWS_DELETED_CELL.format(count=counts.deleted)
    return cell
