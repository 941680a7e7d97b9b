"""The summary of one run of the quarterly review: what the quarter adds up to."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Footer, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.records import Win, describe_measure
from careerclimb_tui.domain.review import (
    QuarterSummary,
    Review,
    ReviewEntry,
    as_counted,
    strongest_groups,
    summarise,
    unanswered_message,
    what_it_lacks,
)
from careerclimb_tui.screens.base import CoachScreen


def summary_text(summary: QuarterSummary, dimension_name: object) -> list[str]:
    """The summary as lines of markup, shared by the screen and its tests."""
    assert callable(dimension_name)
    lines = [
        summary.counts_text,
        summary.framing_text,
    ]
    if summary.overridden_text:
        lines.append(summary.overridden_text)
    with_evidence = ", ".join(
        dimension_name(d) for d in summary.dimensions_with_evidence
    )
    without = ", ".join(dimension_name(d) for d in summary.dimensions_without_evidence)
    lines.append(catalogue.SUMMARY_WITH.format(names=with_evidence or "—"))
    lines.append(catalogue.SUMMARY_WITHOUT.format(names=without or "—"))
    return lines


def strong_win_lines(rank: int, win: Win, entry: ReviewEntry | None) -> tuple[str, str]:
    """One of the strongest wins as two lines: the win, then its verdict and change.

    The change is the one confirmed in the review (question 3), else the win's own;
    it is left out when it only repeats the title.

    Args:
        rank: its place among the strongest, from 1.
        win: the win.
        entry: its entry in the review, if it has one.

    Returns:
        The title line and the verdict line, as plain text on one line each.
    """
    title = " ".join(win.title.split())
    if win.measure is not None and win.measure.is_complete:
        title = f"{title} ({describe_measure(win.measure)})"
    confirmed = entry.answers.change if entry is not None else None
    change = " ".join((confirmed.text if confirmed else "").split())
    change = change or " ".join(win.what_changed.split())
    # A change confirmed as the title it was pre-filled from says nothing new.
    if change in {title, " ".join(win.title.split())}:
        change = ""
    verdict = entry.kind.label if entry is not None else ""
    second = (
        catalogue.SUMMARY_STRONG_CHANGE.format(verdict=verdict, change=change)
        if change and verdict
        else change or verdict
    )
    return catalogue.SUMMARY_STRONG_WIN.format(rank=rank, title=title), second


class ReviewSummaryScreen(CoachScreen[None]):
    """Counts, dimensions with and without next-level evidence, strongest wins."""

    CSS_PATH = "review_summary.tcss"
    COMMAND_CATEGORY = "Review summary"
    BINDINGS = [
        Binding("g", "app.open('gaps')", "Gap view", id="summary.gaps"),
        Binding("escape", "back", "Back", id="summary.back"),
    ]

    def __init__(self, review: Review) -> None:
        super().__init__()
        self.review = review

    def compose(self) -> ComposeResult:
        profile = self.profile
        target = profile.target_level if profile else self.ladder.levels[-1].id
        start_month = profile.fiscal_year_start_month if profile else 1
        # Wins this run left open are summed up with the verdicts that still count.
        counted = as_counted(self.review, self.store.reviews())
        summary = summarise(
            counted, self.store.wins(), self.ladder, target, start_month
        )
        state = (
            catalogue.SUMMARY_FINISHED
            if self.review.is_finished
            else catalogue.SUMMARY_IN_PROGRESS
        )
        with VerticalScroll(id="summary"):
            yield Static(
                catalogue.SUMMARY_TITLE.format(
                    quarter=summary.quarter, run=summary.run, state=state
                ),
                id="summary-title",
            )
            if summary.left_out_message:
                # Above the counts: they leave these wins out, and should not be
                # read as the whole quarter.
                yield Static(summary.left_out_message, id="summary-left-out")
            unanswered = unanswered_message(self.review, self.store.reviews())
            if unanswered:
                yield Static(unanswered, id="summary-unanswered")
            for line in summary_text(summary, self.ladder.dimension_name):
                yield Static(line)
            if summary.message:
                yield Static(summary.message, id="summary-message")
            if not summary.strongest:
                yield Static(catalogue.SUMMARY_STRONGEST, classes="section-title")
                yield Static(catalogue.SUMMARY_NO_STRONGEST, classes="hint")
            rank = 0
            for group in strongest_groups(summary):
                yield Static(group.heading, classes="section-title")
                for win in group.wins:
                    rank += 1
                    entry = counted.entries.get(win.id or 0)
                    title, change = strong_win_lines(rank, win, entry)
                    if not group.next_level and entry is not None:
                        change = what_it_lacks(entry)
                    # One line each, cut with an ellipsis: a long title stays a
                    # line. What a win lacks wraps: it is the point of the line.
                    second = "strong-change" if group.next_level else "strong-lacks"
                    with Vertical(classes="strong-win"):
                        yield Static(title, markup=False, classes="strong-title")
                        yield Static(change, markup=False, classes=second)
        yield Footer()

    def on_mount(self) -> None:
        if self.review.is_finished:
            self._withdraw_resume_notice()

    def _withdraw_resume_notice(self) -> None:
        """Take down a notice, still up, that this run resumes where it was left.

        Leaving the walk says so; finishing the run soon after would otherwise
        show the finished summary under a promise that no longer holds.
        """
        stale = catalogue.WALK_LEFT.format(quarter=self.review.quarter)
        # Textual offers no public way to take down one notice among others.
        notices = self.app._notifications
        for notice in [n for n in notices if n.message == stale]:
            self.app._unnotify(notice)

    def action_back(self) -> None:
        self.dismiss()
