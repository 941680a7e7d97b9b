"""The summary of one run of the quarterly review: what the quarter adds up to."""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.evidence import says_same_change
from careerclimb_tui.domain.gaps import Coverage, review_coverage
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    QuarterSummary,
    Review,
    ReviewEntry,
    as_counted,
    change_for_win,
    dimensions_for_level,
    edited_since_review,
    in_walk_order,
    move_to,
    own_call_text,
    run_label,
    strongest_groups,
    summarise,
    summary_title,
    unanswered_message,
    untagged_next_level,
    untagged_text,
    what_it_lacks,
)
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.hanging import wrap_hanging


def summary_text(
    summary: QuarterSummary,
    dimension_name: Callable[[str], str],
    coverage: Coverage,
) -> list[str]:
    """The summary as lines of markup, shared by the screen and its tests.

    Args:
        summary: what the run adds up to.
        dimension_name: the ladder's name for a dimension id.
        coverage: the target level's dimensions as the run leaves them, counted
            as the gap view counts them.

    Returns:
        The lines, one per fact; a list of dimensions only when it names any.
    """
    lines = [
        summary.counts_text,
        summary.framing_text,
    ]
    if summary.overridden_text:
        lines.append(summary.overridden_text)
    lines.extend(coverage.lines(dimension_name))
    untagged = untagged_text(summary.untagged, catalogue.UNTAGGED_KEY_SUMMARY)
    if untagged:
        lines.append(untagged)
    return lines


def strong_win_lines(rank: int, win: Win, entry: ReviewEntry | None) -> tuple[str, str]:
    """One of the strongest wins as two lines: the win, then its verdict and change.

    The verdict is the user's own call with its note, when they made one
    (``own_call_text``), else the kind the win counts as. The change is the one
    confirmed in the review (question 3), else the win's own; it is left out
    when it only says the title and its measure again (``says_same_change``).
    The win's measure follows the title, as it does on the walk's win card:
    whenever it is complete and the title does not already give its numbers.
    A long title is cut after a whole word (``summary_title``).

    Args:
        rank: its place among the strongest, from 1.
        win: the win.
        entry: its entry in the review, if it has one.

    Returns:
        The title line and the verdict line, as plain text on one line each.
    """
    title = " ".join(win.title.split())
    confirmed = entry.answers.change if entry is not None else None
    # The confirmed change may end with the measure it was pre-filled with.
    change = change_for_win(confirmed.text, win) if confirmed else ""
    change = change or " ".join(win.what_changed.split())
    if says_same_change(title, change, win.measure):
        change = ""
    title = summary_title(win)
    verdict = (own_call_text(entry) or entry.kind.label) if entry is not None else ""
    # The change follows the verdict on its line: a call's closing stop goes.
    verdict = verdict.removesuffix(".") if change else verdict
    second = (
        catalogue.SUMMARY_STRONG_CHANGE.format(verdict=verdict, change=change)
        if change and verdict
        else change or verdict
    )
    return catalogue.SUMMARY_STRONG_WIN.format(rank=rank, title=title), second


def cut_after_word(text: str, room: int) -> str:
    """A text cut to fit ``room`` cells after its last whole word, with "…".

    Args:
        text: plain text on one line.
        room: the cells it may take.

    Returns:
        The text as it is when it fits; else its first words and an ellipsis.
        A single word wider than the room is cut inside, still with the ellipsis.
    """
    if cell_len(text) <= room:
        return text
    kept = ""
    for word in text.split():
        longer = f"{kept} {word}" if kept else word
        if cell_len(longer) + 1 > room:
            break
        kept = longer
    if not kept:
        return Content(text).truncate(room, ellipsis=True).plain
    return kept.rstrip(" ,;:·–—") + "…"


class HangingLines(Widget):
    """Plain text wrapped under a hanging indent, to a few lines or in full.

    A win's title, cut beforehand when long (``summary_title``), wraps in full,
    so it is always read to its end with its measure. A change is kept to two
    lines, so a very long one never pushes the other wins out of sight; when it
    is cut, it ends on a whole word and "…".
    """

    DEFAULT_CSS = """
    HangingLines {
        height: auto;
    }
    """

    def __init__(
        self,
        text: str,
        *,
        hang: int = 0,
        most_lines: int | None = None,
        classes: str = "",
    ) -> None:
        """Show ``text``.

        Args:
            text: plain text, never markup.
            hang: how far the lines after the first are set in, to start under
                the text after a number such as "1. ".
            most_lines: the most lines shown (two or more); None for all.
            classes: CSS classes of the widget.
        """
        super().__init__(classes=classes)
        self.text = text
        self.hang = hang
        self.most_lines = most_lines
        self._laid_out_width = 0

    def lines(self, width: int) -> list[Content]:
        """The text as shown in ``width`` cells.

        Args:
            width: the room for each line, in cells.

        Returns:
            The lines; the last ends with an ellipsis when text was left out.
        """
        hang = self.hang if width - self.hang > 10 else 0
        if width <= 0:
            return [Content(self.text)]
        room = width - hang
        # A word wider than a line is broken with "…", never cut at the edge.
        first, *wrapped = wrap_hanging(self.text, width, room)
        if not wrapped:
            return [Content(first)]

        if self.most_lines is not None and len(wrapped) >= self.most_lines:
            kept = wrapped[: self.most_lines - 1]
            left = " ".join(wrapped[len(kept) - 1 :])
            kept[-1] = cut_after_word(left, room)
            wrapped = kept
        return [Content(first), *(Content(" " * hang + line) for line in wrapped)]

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
    CHANGE_ACTIONS = frozenset({"walk"})

    BINDINGS = [
        Binding("g", "app.open('gaps')", "Gap view", id="summary.gaps"),
        Binding("j", "app.open('journal')", "Journal", id="summary.journal"),
        Binding("b", "walk", catalogue.SUMMARY_BACK_TO_WALK, id="summary.walk"),
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
        reviews = self.store.reviews()
        wins = self.store.wins()
        counted = as_counted(self.review, reviews)
        summary = summarise(counted, wins, self.ladder, target, reviews)
        coverage = review_coverage(counted, reviews, wins, self.ladder, target)
        state = (
            catalogue.SUMMARY_FINISHED
            if self.review.is_finished
            else catalogue.SUMMARY_IN_PROGRESS
        )
        with VerticalScroll(id="summary"):
            yield Static(
                catalogue.SUMMARY_TITLE.format(
                    quarter=run_label(self.review, start_month),
                    run=summary.run,
                    state=state,
                ),
                id="summary-title",
            )
            if summary.left_out_message:
                # Above the counts: they leave these wins out, and should not be
                # read as the whole quarter.
                yield Static(summary.left_out_message, id="summary-left-out")
            unanswered = unanswered_message(self.review, reviews)
            if unanswered:
                yield Static(unanswered, id="summary-unanswered")
            for line in summary_text(summary, self.ladder.dimension_name, coverage):
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
                    # Edited since judged, what the answers said of it may no
                    # longer hold: the verdict stays, the reason gives way.
                    edited = edited_since_review(entry, win)
                    if edited and entry is not None:
                        change = catalogue.REVIEW_EDITED_FLAG.format(
                            verdict=entry.kind.label
                        )
                    # The title, cut when long, wraps in full; the change takes
                    # two lines at most, to leave room for the other wins. What
                    # a win lacks wraps in full: it is the point of the line.
                    with Vertical(classes="strong-win"):
                        number = catalogue.SUMMARY_STRONG_WIN.format(
                            rank=rank, title=""
                        )
                        yield HangingLines(
                            title, hang=len(number), classes="strong-title"
                        )
                        if group.next_level and not edited:
                            yield HangingLines(
                                change, most_lines=2, classes="strong-change"
                            )
                        else:
                            yield Static(change, markup=False, classes="strong-lacks")
        yield SteadyFooter()

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

    def action_walk(self) -> None:
        """Open the walk on the run's first next-level win with no dimension, where
        d tags it; with none, on the run's last win. The summary waits under the
        walk and shows what changed when the walk is left."""
        from careerclimb_tui.screens.review_walk import ReviewWalkScreen, names_known

        if not self.review.win_ids:
            return
        profile = self.profile
        target = profile.target_level if profile else self.ladder.levels[-1].id
        reviews = self.store.reviews()
        wins = self.store.wins()

        counted = as_counted(self.review, reviews)
        verdicts = {win_id: entry.kind for win_id, entry in counted.entries.items()}
        dimension_ids = [d.id for d in dimensions_for_level(self.ladder, target)]
        by_id = {win.id: win for win in wins if win.id is not None}
        ordered = in_walk_order(self.review, wins)
        walked = [by_id[i] for i in ordered.win_ids if i in by_id]
        untagged = untagged_next_level(walked, verdicts, dimension_ids)
        win_id = untagged[0] if untagged else ordered.win_ids[-1]
        position = ordered.win_ids.index(win_id)
        review = move_to(ordered, position, now=self.clock.now())

        walk = ReviewWalkScreen(
            review, by_id, names_known(reviews, wins), from_summary=True
        )
        self.app.push_screen(walk, self._walked)

    def _walked(self, review: Review | None) -> None:
        """Sum up the run again as the walk left it."""
        if review is not None:
            self.review = review
        self.refresh(recompose=True)
