"""Reviews and gaps as text a person reads, or as JSON for scripts.

Used by ``careerclimb review --print`` and ``careerclimb gaps``; the same numbers
the screens show, because both come from ``queries`` and the domain.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len

from careerclimb_tui import catalogue
from careerclimb_tui.domain.gaps import Coverage, GapView
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    SUMMARY_TITLE_CHARS,
    QuarterSummary,
    Review,
    ReviewEntry,
    edited_since_review,
    left_out_message,
    strongest_groups,
    summary_title,
    untagged_text,
    verdict_lines,
    what_it_lacks,
)
from careerclimb_tui.domain.sentences import cut_at_word
from careerclimb_tui.gap_text import (
    NAME_MIN_WIDTH,
    flagged_lines,
    gap_cells,
    met_unreviewed_lines,
    pending_lines,
)
from careerclimb_tui.wrapping import wrap_words

WIDTH = 78
COLUMN_GAP = 2
"""Blanks between two columns of a printed table."""


def _answers_json(entry: ReviewEntry) -> dict[str, Any]:
    answers = entry.answers
    return {
        "peer_could": answers.peer_could.value if answers.peer_could else None,
        "choice": answers.choice.value if answers.choice else None,
        "what_changed": answers.change.text if answers.change else None,
        "change_measured": answers.change.measured if answers.change else None,
        "noticed_outside": answers.noticed.outside if answers.noticed else None,
        "noticed_by": list(answers.noticed.who) if answers.noticed else [],
    }


def _left_out_text(review: Review, summary: QuarterSummary) -> str:
    """The summary's note on wins the run leaves out, naming the command that
    opens the reviews rather than a key of the app."""
    return left_out_message(review, len(summary.left_out), command_line=True)


def review_json(
    review: Review,
    summary: QuarterSummary,
    wins: dict[int, Win],
    coverage: Coverage,
    unanswered: str = "",
) -> dict[str, Any]:
    """A review run and its summary, for scripts; ``coverage`` is the target
    level's dimensions as the run leaves them, ``unanswered`` what
    ``review.unanswered_message`` says of the wins the run left open."""
    return {
        "quarter": review.quarter,
        "run": review.run,
        "finished": review.is_finished,
        "wins": [
            {
                "id": entry.win_id,
                "title": wins[entry.win_id].title if entry.win_id in wins else None,
                "answers": _answers_json(entry),
                "verdict": entry.verdict.kind.value,
                "reason": entry.verdict.reason,
                "override": entry.override_kind.value if entry.override_kind else None,
                "override_note": entry.override_note,
                "counts_as": entry.kind.value,
                "edited_since_review": entry.win_id in wins
                and edited_since_review(entry, wins[entry.win_id]),
            }
            for entry in review.entries_in_order()
        ],
        "summary": {
            "wins": summary.wins,
            "deleted_since": summary.deleted,
            "next_level": summary.next_level,
            "current_level": summary.current_level,
            "unclear": summary.unclear,
            "overridden": summary.overridden,
            "impact": summary.impact,
            "activity": summary.activity,
            "dimensions_with_evidence": list(summary.dimensions_with_evidence),
            "dimensions_without_evidence": list(summary.dimensions_without_evidence),
            "coverage": {
                "covered": list(coverage.covered),
                "thin": list(coverage.thin),
                "missing": list(coverage.missing),
                "text": coverage.text(),
            },
            "strongest": [win.id for win in summary.strongest],
            "message": summary.message,
            "left_out": list(summary.left_out),
            "left_out_message": _left_out_text(review, summary),
            "unanswered_message": unanswered,
        },
    }


def review_text(
    review: Review,
    summary: QuarterSummary,
    wins: dict[int, Win],
    ladder: Ladder,
    coverage: Coverage,
    unanswered: str = "",
) -> list[str]:
    """A review run as readable lines, in the summary screen's words.

    A long win title is cut as the summary screen cuts it
    (``review.summary_title``); the packet prints it whole.

    ``coverage`` is the target level's dimensions as the run leaves them;
    ``unanswered`` is what ``review.unanswered_message`` says of the wins the
    run left open.
    """
    state = (
        catalogue.SUMMARY_FINISHED
        if review.is_finished
        else catalogue.SUMMARY_IN_PROGRESS
    )
    lines = [
        catalogue.SUMMARY_TITLE.format(
            quarter=review.quarter, run=review.run, state=state
        ),
        "",
    ]
    for entry in review.entries_in_order():
        win = wins.get(entry.win_id)
        if win is None:
            continue
        title = cut_at_word(win.title, SUMMARY_TITLE_CHARS)
        lines.extend(hanging(f"#{win.id} {win.date.isoformat()}  ", title))
        edited = edited_since_review(entry, win)
        for said in verdict_lines(entry, edited=edited):
            lines.extend(
                wrap_words(said, WIDTH, initial_indent="    ", subsequent_indent="    ")
            )
    lines.append("")
    lines.append(summary.counts_text)
    left_out = _left_out_text(review, summary)
    if left_out:
        lines.extend(wrap_words(left_out, WIDTH))
    if unanswered:
        lines.extend(wrap_words(unanswered, WIDTH))
    lines.append(
        catalogue.SUMMARY_FRAMING.format(
            impact=summary.impact, activity=summary.activity
        )
    )
    if summary.overridden_text:
        lines.append(summary.overridden_text)
    for line in coverage.lines(ladder.dimension_name):
        lines.extend(wrap_words(line, WIDTH))
    if summary.message:
        lines.extend(["", *wrap_words(summary.message, WIDTH)])
    rank = 0
    for group in strongest_groups(summary):
        lines.extend(["", group.heading + ":"])
        for win in group.wins:
            rank += 1
            lines.extend(hanging(f"  {rank}. ", summary_title(win)))
            entry = review.entries.get(win.id or 0)
            if not group.next_level and entry is not None:
                lines.extend(
                    wrap_words(
                        what_it_lacks(entry),
                        WIDTH,
                        initial_indent="     ",
                        subsequent_indent="     ",
                    )
                )
    return lines


def hanging(lead: str, text: str) -> list[str]:
    """``text`` after ``lead``, wrapped to ``WIDTH``, its later lines under its
    first word, so a long win title stays in its column."""
    return wrap_words(
        text, WIDTH, initial_indent=lead, subsequent_indent=" " * cell_len(lead)
    )


def gaps_json(view: GapView, judged_note: str = "") -> dict[str, Any]:
    """The gap view, for scripts; ``judged_note`` as for ``gaps_text``."""
    return {
        "today": view.today.isoformat(),
        "judged_note": judged_note,
        "dimensions": [
            {
                "id": gap.dimension_id,
                "name": gap.name,
                "status": gap.status.value,
                "next_level_wins": gap.next_level_wins,
                "latest_next_level": gap.latest_next_level.isoformat()
                if gap.latest_next_level
                else None,
                "current_level_wins": gap.current_level_wins,
                "pending": gap.pending,
                "criteria": [
                    {"text": c.text, "status": c.status} for c in gap.criteria
                ],
            }
            for gap in view.dimensions
        ],
        "focus": view.focus.dimension_id if view.focus else None,
        "focus_reason": view.focus_reason,
        "cycle_closes": view.cycle_closes.isoformat() if view.cycle_closes else None,
        "weeks_remaining": view.weeks_remaining,
        "trend": [
            {
                "quarter": str(point.quarter),
                "wins": point.wins,
                "next_level": point.next_level,
                "next_level_share": point.next_level_share,
                "dimensions_covered": point.dimensions_covered,
            }
            for point in view.trend
        ],
        "summary": view.summary_line(),
        "untagged_next_level_wins": view.untagged,
    }


def gaps_text(view: GapView, ladder: Ladder, judged_note: str = "") -> list[str]:
    """The gap view as readable lines: the gap screen's table and its legend.

    Args:
        view: the gap view.
        ladder: the profile's ladder, to name a flagged criterion's dimension.
        judged_note: what to say when the verdicts speak to a level below the
            target (see ``target.judged_level_note``); empty for nothing.

    Returns:
        The summary, any note, the table (a heading line, then one line per
        dimension, in columns that fit ``WIDTH``), the lines that explain the
        table's marks, then the focus.
    """
    lines = wrap_words(view.summary_line(), WIDTH)
    if judged_note:
        lines.extend(wrap_words(judged_note, WIDTH))
    lines.append("")
    rows = [list(catalogue.GAPS_COLUMNS), *(gap_cells(g) for g in view.dimensions)]
    lines.extend(fitted_columns(rows, WIDTH))

    legend = [line for _, line in pending_lines(view, command_line=True)]
    legend += met_unreviewed_lines(view, command_line=True)
    # These wins are in no row of the table, as on the gap screen: say why.
    untagged = untagged_text(view.untagged, catalogue.UNTAGGED_KEY_CLI)
    if untagged:
        legend.append(untagged)
    legend += flagged_lines(view, ladder)
    for line in legend:
        lines.extend(wrap_words(line, WIDTH))
    lines.append("")
    lines.extend(
        wrap_words(catalogue.GAPS_FOCUS.format(reason=view.focus_reason), WIDTH)
    )
    return lines


def fitted_columns(rows: list[list[str]], width: int) -> list[str]:
    """Rows as lines of columns two blanks apart, each as wide as its widest cell.

    When the lines would be wider than ``width``, the first column (the
    dimensions' names) is cut short, as the gap screen cuts it, but never below
    ``NAME_MIN_WIDTH``.
    """
    widths = [max(cell_len(row[c]) for row in rows) for c in range(len(rows[0]))]
    excess = sum(widths) + COLUMN_GAP * (len(widths) - 1) - width
    if excess > 0:
        widths[0] = max(NAME_MIN_WIDTH, widths[0] - excess)
        rows = [[_cut(row[0], widths[0]), *row[1:]] for row in rows]
    return [
        (" " * COLUMN_GAP)
        .join(
            cell + " " * (size - cell_len(cell))
            for cell, size in zip(row, widths, strict=True)
        )
        .rstrip()
        for row in rows
    ]


def _cut(text: str, width: int) -> str:
    """The text cut with "…" to at most ``width`` cells."""
    if cell_len(text) <= width:
        return text
    kept = text
    while cell_len(kept) > width - 1:
        kept = kept[:-1]
    return kept.rstrip() + "…"
