"""Where quarterly reviews start, resume and stay readable.

The quarter defaults to the current one, or to the previous one during the first
three weeks of a new quarter. Every past run is listed and can be opened.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Select, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.quarters import Quarter, quarter_of
from careerclimb_tui.domain.review import (
    Review,
    default_quarter_to_review,
    left_out_message,
    start_review,
    wins_left_out,
    wins_phrase,
)
from careerclimb_tui.domain.wins import clean_list, quarters_with_wins, split_names
from careerclimb_tui.screens.base import CoachScreen


class ReviewsScreen(CoachScreen[None]):
    """Pick a quarter to review; open any past run."""

    CSS_PATH = "reviews.tcss"
    COMMAND_CATEGORY = "Reviews"
    BINDINGS = [
        Binding("s", "start", "Start or resume", id="reviews.start"),
        Binding("r", "rerun", "Re-run quarter", id="reviews.rerun"),
        Binding("enter", "open_run", "Open run", id="reviews.open", show=False),
        Binding("escape", "back", "Back", id="reviews.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._reviews: list[Review] = []

    def _start_month(self) -> int:
        profile = self.profile
        return profile.fiscal_year_start_month if profile else 1

    def compose(self) -> ComposeResult:
        today = self.clock.today()
        start_month = self._start_month()
        default = default_quarter_to_review(today, start_month)
        quarters = {default, quarter_of(today, start_month)}
        quarters |= set(quarters_with_wins(self.store.wins(), start_month))
        options = [(str(q), str(q)) for q in sorted(quarters, reverse=True)]
        with Vertical(id="reviews-body"):
            yield Static(catalogue.REVIEWS_TITLE, id="reviews-title")
            yield Static(catalogue.REVIEWS_INTRO, classes="hint")
            yield Select(
                options,
                value=str(default),
                allow_blank=False,
                type_to_search=False,
                id="review-quarter",
            )
            yield Static(id="quarter-state")
            yield Static(catalogue.REVIEWS_PAST, classes="section-title")
            yield DataTable(id="runs", cursor_type="row", zebra_stripes=True)
            yield Static(catalogue.REVIEWS_NONE, id="runs-empty", classes="empty-state")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#runs", DataTable)
        table.add_columns("Quarter", "Run", "State", "Next-level", "Answered")
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the reviews again and redraw the list and the quarter's state."""
        self._reviews = sorted(
            self.store.reviews(), key=lambda r: (r.quarter, r.run), reverse=True
        )
        table = self.query_one("#runs", DataTable)
        table.clear()
        for review in self._reviews:
            entries = review.entries_in_order()
            next_level = sum(1 for e in entries if e.kind.value == "next_level")
            settled = sum(1 for e in entries if e.is_settled)
            state = (
                catalogue.SUMMARY_FINISHED
                if review.is_finished
                else catalogue.SUMMARY_IN_PROGRESS
            )
            table.add_row(
                review.quarter,
                str(review.run),
                state,
                f"{next_level} of {len(entries)}",
                f"{settled} of {len(entries)}",
                key=str(review.id),
            )
        table.display = bool(self._reviews)
        self.query_one("#runs-empty").display = not self._reviews
        self._show_state()

    def _chosen_quarter(self) -> Quarter:
        from careerclimb_tui.domain.quarters import parse_quarter

        value = self.query_one("#review-quarter", Select).value
        return parse_quarter(str(value), self._start_month())

    def _runs_of(self, quarter: Quarter) -> list[Review]:
        return [r for r in self._reviews if r.quarter == str(quarter)]

    @on(Select.Changed, "#review-quarter")
    def _show_state(self) -> None:
        quarter = self._chosen_quarter()
        wins = [w for w in self.store.wins() if quarter.contains(w.date)]
        runs = self._runs_of(quarter)
        if not runs:
            text = catalogue.REVIEWS_STATE_NEW.format(
                quarter=quarter, wins=wins_phrase(len(wins))
            )
        else:
            latest = runs[0]
            state = (
                catalogue.SUMMARY_FINISHED
                if latest.is_finished
                else catalogue.SUMMARY_IN_PROGRESS
            )
            text = catalogue.REVIEWS_STATE_RUN.format(
                quarter=quarter,
                wins=wins_phrase(len(wins)),
                run=latest.run,
                state=state,
            )
            left_out = wins_left_out(latest, wins, self._start_month())
            if left_out:
                text += "\n" + left_out_message(latest, len(left_out))
        self.query_one("#quarter-state", Static).update(text)

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
        """Start another run of the quarter; earlier runs are kept as they are."""
        quarter = self._chosen_quarter()
        runs = self._runs_of(quarter)
        if runs and not runs[0].is_finished:
            self.notify(catalogue.REVIEWS_UNFINISHED, severity="warning")
            self._walk(runs[0])
            return
        self._start_new(quarter)

    def _start_new(self, quarter: Quarter) -> None:
        wins = self.store.wins()
        review = start_review(quarter, wins, self.clock.now(), earlier=self._reviews)
        if not review.win_ids:
            self.notify(
                catalogue.REVIEWS_NO_WINS.format(quarter=quarter), severity="warning"
            )
            return
        self._walk(review)

    def _walk(self, review: Review) -> None:
        from careerclimb_tui.screens.review_walk import ReviewWalkScreen

        if review.current_win_id is None:
            self._open_summary(review)
            return
        wins = {w.id: w for w in self.store.wins() if w.id is not None}
        screen = ReviewWalkScreen(review, wins, self._known_names())
        self.app.push_screen(screen)

    def _known_names(self) -> list[str]:
        """People and teams named before, offered again as the user types."""
        names: list[str] = []
        for review in self._reviews:
            for entry in review.entries.values():
                if entry.answers.noticed is not None:
                    names.extend(entry.answers.noticed.who)
        for win in self.store.wins():
            names.extend(split_names(win.noticed_by))
        return list(clean_list(names))

    def _open_summary(self, review: Review) -> None:
        from careerclimb_tui.screens.review_summary import ReviewSummaryScreen

        self.app.push_screen(ReviewSummaryScreen(review))

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
