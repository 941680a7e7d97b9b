"""The summary of one run of the quarterly review: what the quarter adds up to."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.records import describe_measure
from careerclimb_tui.domain.review import QuarterSummary, Review, summarise
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.widgets.text import markup_safe as escape


def summary_text(summary: QuarterSummary, dimension_name: object) -> list[str]:
    """The summary as lines of markup, shared by the screen and its tests."""
    assert callable(dimension_name)
    lines = [
        summary.counts_text,
        catalogue.SUMMARY_FRAMING.format(
            impact=summary.impact, activity=summary.activity
        ),
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
        summary = summarise(
            self.review, self.store.wins(), self.ladder, target, start_month
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
            for line in summary_text(summary, self.ladder.dimension_name):
                yield Static(line)
            if summary.message:
                yield Static(summary.message, id="summary-message")
            yield Static(catalogue.SUMMARY_STRONGEST, classes="section-title")
            if not summary.strongest:
                yield Static(catalogue.SUMMARY_NO_STRONGEST, classes="hint")
            for rank, win in enumerate(summary.strongest, start=1):
                measure = ""
                if win.measure is not None and win.measure.is_complete:
                    measure = f" ({escape(describe_measure(win.measure))})"
                verdict = self.review.entries[win.id or 0].kind.label
                yield Static(
                    f"{rank}. {escape(' '.join(win.title.split()))}{measure}"
                    f" — {verdict}",
                    classes="strong-win",
                )
        yield Footer()

    def action_back(self) -> None:
        self.dismiss()
