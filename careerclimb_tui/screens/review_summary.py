"""The summary of one run of the quarterly review: what the quarter adds up to."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Footer, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.measure_text import with_measure
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    QuarterSummary,
    Review,
    ReviewEntry,
    as_counted,
    strongest_groups,
    summarise,
    unanswered_message,
    untagged_text,
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
    untagged = untagged_text(summary.untagged, catalogue.UNTAGGED_KEY_JOURNAL)
    if untagged:
        lines.append(untagged)
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
    title = with_measure(" ".join(win.title.split()), win.measure)
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


class TwoLines(Widget):
    """Plain text wrapped to at most two lines, the second cut with an ellipsis.

    A title or a change too long for one line is still read to its end in most
    cases, while a very long one never pushes the other wins out of sight.
    """

    DEFAULT_CSS = """
    TwoLines {
        height: auto;
    }
    """
    MOST_LINES = 2

    def __init__(self, text: str, *, hang: int = 0, classes: str = "") -> None:
        """Show ``text``.

        Args:
            text: plain text, never markup.
            hang: how far the second line is set in, to start under the text
                after a number such as "1. ".
            classes: CSS classes of the widget.
        """
        super().__init__(classes=classes)
        self.text = text
        self.hang = hang
        self._laid_out_width = 0

    def lines(self, width: int) -> list[Content]:
        """The text as shown in ``width`` cells: two lines at most.

        Args:
            width: the room for each line, in cells.

        Returns:
            The lines; the last ends with an ellipsis when text was left out.
        """
        content = Content(self.text)
        hang = self.hang if width - self.hang > 10 else 0
        if width <= 0:
            return [content]
        first, *more = content.wrap(width)
        if not more:
            return [first]
        rest = Content(" ".join(line.plain.strip() for line in more))
        room = width - hang
        wrapped = rest.wrap(room)
        kept = wrapped[: self.MOST_LINES - 1]
        if len(wrapped) > len(kept):
            left = " ".join(line.plain.strip() for line in wrapped[len(kept) - 1 :])
            kept[-1] = Content(left).truncate(room, ellipsis=True)
        return [first, *(Content(" " * hang) + line for line in kept)]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # The lines are cut for the width the text is measured at.
        self._laid_out_width = width
        return len(self.lines(width))

    def render(self) -> Content:
        width = self._laid_out_width or self.content_size.width
        return Content("\n").join(self.lines(width))


class ReviewSummaryScreen(CoachScreen[None]):
    """Counts, dimensions with and without next-level evidence, strongest wins."""

    CSS_PATH = "review_summary.tcss"
    COMMAND_CATEGORY = "Review summary"
    BINDINGS = [
        Binding("g", "app.open('gaps')", "Gap view", id="summary.gaps"),
        Binding("j", "app.open('journal')", "Journal", id="summary.journal"),
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
                    # Two lines at most each, so a long title is read to its
                    # end yet leaves room for the other wins. What a win lacks
                    # wraps in full: it is the point of the line.
                    with Vertical(classes="strong-win"):
                        number = catalogue.SUMMARY_STRONG_WIN.format(
                            rank=rank, title=""
                        )
                        yield TwoLines(title, hang=len(number), classes="strong-title")
                        if group.next_level:
                            yield TwoLines(change, classes="strong-change")
                        else:
                            yield Static(change, markup=False, classes="strong-lacks")
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
