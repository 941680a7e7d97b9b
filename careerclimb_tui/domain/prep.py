"""What the manager conversation's preparation argues with: the strongest wins,
the questions the gaps raise, and the initiative in one line.

Pure rules over the user's records; the store reads the records and the prep
screen shows what these pick.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain, islice

from careerclimb_tui import catalogue
from careerclimb_tui.domain.conversation import MAX_EVIDENCE
from careerclimb_tui.domain.criteria import STATUS_MET, Criterion
from careerclimb_tui.domain.gaps import GapStatus, GapView
from careerclimb_tui.domain.initiative import Initiative, Stage, change
from careerclimb_tui.domain.pitch import evidence_strength, strongest_first
from careerclimb_tui.domain.records import Win, describe_measure
from careerclimb_tui.domain.review import (
    Review,
    ReviewEntry,
    VerdictKind,
    latest_entries,
)

MAX_GAP_QUESTIONS = 3
"""How many questions drawn from the gaps the plan asks at most."""


def strongest_evidence(
    wins: Sequence[Win], reviews: Iterable[Review], limit: int = MAX_EVIDENCE
) -> list[Win]:
    """The wins that argue best for the target level, strongest first.

    Wins the quarterly review called next-level come first, ranked by the review's
    strength. After them come wins framed as impact that were never reviewed or
    stayed unclear: measured ones first, then ones noticed outside the team. In
    both groups, between wins of equal strength, one whose title tells a change
    comes before one whose title reads as activity, since the title is what is
    said first (``pitch.strongest_first``); then the newest. Wins the review
    called current-level are left out: they show the level the user already
    holds.

    Args:
        wins: every win.
        reviews: every saved review run.
        limit: how many wins to return at most.

    Returns:
        Up to ``limit`` wins.
    """
    entries = latest_entries(reviews)
    next_level: list[tuple[ReviewEntry, Win]] = []
    others: list[Win] = []
    for win in wins:
        entry = entries.get(win.id or 0)
        if entry is not None and entry.kind is VerdictKind.NEXT_LEVEL:
            next_level.append((entry, win))
        elif (entry is None or entry.kind is VerdictKind.UNCLEAR) and win.is_impact:
            others.append(win)

    reviewed = {win.id: entry for entry, win in next_level}
    ranked = chain(
        strongest_first(
            [win for _, win in next_level],
            lambda w: evidence_strength(reviewed[w.id], w),
        ),
        strongest_first(
            others,
            lambda w: (
                w.measure is not None and w.measure.is_complete,
                bool(w.noticed_by.strip()),
            ),
        ),
    )
    return list(islice(ranked, limit))


def gap_questions(view: GapView, known: Sequence[Criterion] = ()) -> list[str]:
    """Questions for the manager, drawn from what the gap view says is missing.

    The focus dimension comes first and gets the full question; the other missing
    and thin dimensions follow in ladder order, each asked more briefly and each in
    different words, so the list does not read as one sentence repeated. An open
    criterion that came without an example earns a question asking for one, ahead
    of the dimensions, since it is already on the table.

    Args:
        view: the gap view as of today.
        known: the criteria recorded so far.

    Returns:
        Up to ``MAX_GAP_QUESTIONS`` questions.
    """
    questions: list[str] = [
        catalogue.MANAGER_QUESTION_EXAMPLE.format(text=c.text)
        for c in known
        if c.status != STATUS_MET and not c.example_given
    ][:1]
    gaps = [g for g in view.dimensions if g.status is not GapStatus.COVERED]
    focus_id = view.focus.dimension_id if view.focus is not None else ""
    # A stable sort: the focus moves to the front, the rest keep the ladder's order.
    gaps.sort(key=lambda g: g.dimension_id != focus_id)

    others = 0
    for gap in gaps:
        missing = gap.status is GapStatus.MISSING
        if gap.dimension_id == focus_id:
            template = (
                catalogue.MANAGER_QUESTION_FOCUS_MISSING
                if missing
                else catalogue.MANAGER_QUESTION_FOCUS_THIN
            )
        else:
            wordings = (
                catalogue.MANAGER_QUESTION_OTHER_MISSING
                if missing
                else catalogue.MANAGER_QUESTION_OTHER_THIN
            )
            template = wordings[others % len(wordings)]
            others += 1
        questions.append(template.format(dimension=gap.name))
    return questions[:MAX_GAP_QUESTIONS]


def initiative_summary(initiative: Initiative | None) -> str | None:
    """The initiative in one line for the prep plan: its title, stage and change.

    A finished one is told as finished with its result, not as a change "so far".
    """
    if initiative is None:
        return None
    measure = change(initiative)
    moved = describe_measure(measure) if measure is not None else ""
    if moved and initiative.stage is Stage.DONE:
        template = catalogue.MANAGER_INITIATIVE_FINISHED
    elif moved:
        template = catalogue.MANAGER_INITIATIVE_MEASURED
    else:
        template = catalogue.MANAGER_INITIATIVE
    return template.format(
        title=" ".join(initiative.title.split()),
        stage=initiative.stage.label,
        change=moved,
    )
