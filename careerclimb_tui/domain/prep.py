"""What the manager conversation's preparation argues with: the strongest wins,
the questions the gaps raise, and the initiative in one line.

Pure rules over the user's records; the store reads the records and the prep
screen shows what these pick.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import chain, islice

from careerclimb_tui import catalogue
from careerclimb_tui.domain.conversation import MAX_EVIDENCE, PrepPlan
from careerclimb_tui.domain.criteria import STATUS_MET, Criterion
from careerclimb_tui.domain.gaps import DimensionGap, GapStatus, GapView
from careerclimb_tui.domain.initiative import Initiative, Stage, change
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Win, describe_measure
from careerclimb_tui.domain.review import (
    Review,
    VerdictKind,
    case_strength,
    held_back_as_unclear,
    judged_win_ids,
    reviewed_entries,
    strongest_first,
)
from careerclimb_tui.domain.sentences import mid_sentence

MAX_GAP_QUESTIONS = 3
"""How many questions drawn from the gaps the plan asks at most."""
UNREVIEWED_QUARTERS = 3
"""How many ended quarters are searched for strong wins no review has
judged: with the current one, the last twelve months."""


def unreviewed_strong_wins(
    wins: Iterable[Win],
    reviews: Iterable[Review],
    today: dt.date,
    start_month: int = 1,
) -> list[Win]:
    """Measured impact wins of ended quarters that no review judged.

    Such a win counts in no gap until it is reviewed, yet it may be the best
    evidence the user has: the prep names it rather than leaving it out. The
    current quarter's wins are left to its own review, still to come; quarters
    older than the last twelve months no longer speak for the coming cycle.

    Args:
        wins: every win.
        reviews: every saved review run.
        today: the user's local date.
        start_month: the month the user's fiscal year starts in.

    Returns:
        The wins, newest first.
    """
    judged = judged_win_ids(reviews)
    current = quarter_of(today, start_month)
    oldest = current
    for _ in range(UNREVIEWED_QUARTERS):
        oldest = oldest.previous()
    found = [
        win
        for win in wins
        if win.id not in judged
        and win.is_impact
        and win.measure is not None
        and win.measure.is_complete
        and oldest.first_day <= win.date < current.first_day
    ]
    return sorted(found, key=lambda w: (w.date, w.id or 0), reverse=True)


def strongest_evidence(
    wins: Sequence[Win], reviews: Iterable[Review], limit: int = MAX_EVIDENCE
) -> list[Win]:
    """The wins that argue best for the target level, strongest first.

    The wins are ranked by the one rule the review's summary and the pitch
    rank by (``review.case_strength`` with ``review.strongest_first``): wins
    the quarterly review called next-level first, then wins framed as impact
    that were never reviewed or stayed unclear; between wins of equal
    strength, one whose title tells a change comes before one whose title
    reads as activity, then the newest. Wins the review called current-level
    are left out: they show the level the user already holds. So is a win a
    review judged unclear while others are next-level, and one the user
    judged unclear by their own call (``review.held_back_as_unclear``): the
    summary and the pitch do not put it in front of the manager either. A
    measured impact win that no review judged yet, tagged with a dimension
    none of the wins picked speaks to, is brought as well, after the reviewed
    next-level wins: it takes the last place when every place is taken,
    unless reviewed next-level wins hold them all. It is
    evidence the reviewed wins do not cover, and the talk may be the first to
    hear of it.

    Args:
        wins: every win.
        reviews: every saved review run.
        limit: how many wins to return at most.

    Returns:
        Up to ``limit`` wins.
    """
    reviews_seen = list(reviews)
    entries = reviewed_entries(reviews_seen)
    judged = judged_win_ids(reviews_seen)
    next_level: list[Win] = []
    candidates: list[Win] = []
    for win in wins:
        entry = entries.get(win.id or 0)
        kind = entry.kind if entry is not None else None
        if kind is VerdictKind.NEXT_LEVEL:
            next_level.append(win)
        if kind is VerdictKind.NEXT_LEVEL or (
            kind is not VerdictKind.CURRENT_LEVEL and win.is_impact
        ):
            candidates.append(win)

    held = held_back_as_unclear(candidates, entries, judged)
    ranked = strongest_first(
        [win for win in candidates if win.id not in held],
        lambda w: case_strength(entries.get(w.id or 0), w),
    )
    picked = list(islice(ranked, limit))

    covered = {d for win in picked for d in win.dimensions}
    waiting = [
        win
        for win in strongest_first(
            [w for w in wins if w.id not in judged and w.is_impact],
            lambda w: case_strength(entries.get(w.id or 0), w),
        )
        if win.measure is not None
        and win.measure.is_complete
        and set(win.dimensions) - covered
    ]
    # Only a place not held by a reviewed next-level win: judged evidence is
    # never dropped for a win the user has not judged yet.
    reviewed_places = min(len(next_level), limit)
    has_room = len(picked) < limit or reviewed_places < limit
    brought = {w.id for w in waiting} & {w.id for w in picked}
    if waiting and limit and has_room and not brought:
        picked = picked[: limit - 1] if len(picked) >= limit else picked
        picked.append(waiting[0])
    return picked


def not_yet_judged(wins: Iterable[Win], reviews: Iterable[Review]) -> list[Win]:
    """The given wins that no review has judged yet, in their order.

    Args:
        wins: the wins to look at, such as those brought to the talk.
        reviews: every saved review run.

    Returns:
        The wins no review has judged (``review.judged_win_ids``).
    """
    judged = judged_win_ids(reviews)
    return [win for win in wins if win.id not in judged]


def gap_questions(
    view: GapView,
    known: Sequence[Criterion] = (),
    unreviewed: Sequence[Win] = (),
    start_month: int = 1,
    brought: Sequence[Win] = (),
) -> list[str]:
    """Questions for the manager, drawn from what the gap view says is missing.

    The focus dimension comes first and gets the full question; the other missing
    and thin dimensions follow in ladder order, each asked more briefly and each in
    different words, so the list does not read as one sentence repeated. An open
    criterion that came without an example earns a question asking for one, ahead
    of the dimensions, since it is already on the table. A dimension that a
    strong win still waiting for its review speaks to is not asked about as if
    nothing showed it: reviewing that win is a to-do before the talk
    (``before_the_talk``), not a question. Nor is one that a win brought to the
    talk, not judged yet, speaks to: the question asks whether that win would
    count, once per win.

    Args:
        view: the gap view as of today.
        known: the criteria recorded so far.
        unreviewed: strong wins no review judged yet
            (``unreviewed_strong_wins``).
        start_month: the month the user's fiscal year starts in, to name the
            quarters of those wins.
        brought: the wins brought to the talk that no review judged
            yet (``not_yet_judged``), strongest first.

    Returns:
        Up to ``MAX_GAP_QUESTIONS`` questions.
    """
    asked = _gap_asks(view, known, unreviewed, start_month, brought)
    return [question for question, _ in asked][:MAX_GAP_QUESTIONS]


def gaps_not_asked(
    view: GapView,
    known: Sequence[Criterion] = (),
    unreviewed: Sequence[Win] = (),
    start_month: int = 1,
    brought: Sequence[Win] = (),
) -> list[str]:
    """The dimensions with a gap that ``gap_questions`` has no room to ask about.

    Args:
        view, known, unreviewed, start_month, brought: as for ``gap_questions``.

    Returns:
        The dimensions' names, in the order they would have been asked about.
    """
    asked = _gap_asks(view, known, unreviewed, start_month, brought)
    # A gap already asked about by a question shown, as a criterion's question
    # asks about its dimension, is not left out.
    shown = {name for _, names in asked[:MAX_GAP_QUESTIONS] for name in names}
    left = [name for _, names in asked[MAX_GAP_QUESTIONS:] for name in names]
    return [name for name in dict.fromkeys(left) if name and name not in shown]


def before_the_talk(
    view: GapView, unreviewed: Sequence[Win] = (), start_month: int = 1
) -> list[str]:
    """What to do before the talk: review the strong wins that may fill a gap.

    A gap that a strong win still waiting for its review speaks to is not
    asked about (``gap_questions``); the win is to be reviewed first, since
    until then it counts in no gap.

    Args:
        view: the gap view as of today.
        unreviewed: strong wins no review judged yet
            (``unreviewed_strong_wins``).
        start_month: the month the user's fiscal year starts in, to name the
            quarters of those wins.

    Returns:
        One line per such gap, the focus first, then in ladder order.
    """
    waiting = _waiting_by_dimension(unreviewed)
    return [
        _review_first(gap.name, waiting[gap.dimension_id], start_month)
        for gap in _open_gaps(view)
        if gap.dimension_id in waiting
    ]


def not_asked_hint(names: Sequence[str]) -> str:
    """The line under the questions naming the gaps they leave out.

    Args:
        names: the dimensions no question asks about (``gaps_not_asked``).

    Returns:
        The line, or "" when every gap is asked about.
    """
    if not names:
        return ""
    template = (
        catalogue.PREP_QUESTIONS_MORE_ONE
        if len(names) == 1
        else catalogue.PREP_QUESTIONS_MORE_MANY
    )
    return template.format(
        limit=MAX_GAP_QUESTIONS, count=len(names), names=", ".join(names)
    )


def _gap_asks(
    view: GapView,
    known: Sequence[Criterion],
    unreviewed: Sequence[Win],
    start_month: int,
    brought: Sequence[Win],
) -> list[tuple[str, tuple[str, ...]]]:
    """Every question ``gap_questions`` would ask with room for all, in order.

    Returns:
        (question, the names of the dimensions it asks about) pairs; a
        criterion's question asks about the criterion's dimension, or ""
        when that is none of the view's.
    """
    names = {gap.dimension_id: gap.name for gap in view.dimensions}
    asks: list[tuple[str, list[str], Win | None]] = [
        (
            catalogue.MANAGER_QUESTION_EXAMPLE.format(text=c.text),
            [names.get(c.dimension, "")],
            None,
        )
        for c in known
        if c.status != STATUS_MET and not c.example_given
    ][:1]
    focus_id = view.focus.dimension_id if view.focus is not None else ""
    waiting = _waiting_by_dimension(unreviewed)
    shown = _waiting_by_dimension(brought)
    asked: dict[int | None, list[str]] = {}
    others = 0
    for gap in _open_gaps(view):
        missing = gap.status is GapStatus.MISSING
        if gap.dimension_id in waiting:
            # Reviewing the win comes first: a to-do, not a question.
            continue
        if gap.dimension_id in shown:
            # One question per win: a win tagged with several gaps is asked
            # about once, and that question names every gap it speaks to.
            fresh = [w for w in shown[gap.dimension_id] if w.id not in asked]
            if not fresh:
                asked[shown[gap.dimension_id][0].id].append(gap.name)
                continue
            asked[fresh[0].id] = [gap.name]
            asks.append(("", asked[fresh[0].id], fresh[0]))
            continue
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
        asks.append((template.format(dimension=gap.name), [gap.name], None))
    return [
        (_brought_question(win, gaps) if win is not None else text, tuple(gaps))
        for text, gaps, win in asks
    ]


def _brought_question(win: Win, gaps: Sequence[str]) -> str:
    """The question whether a win brought, not judged yet, counts on its gaps."""
    title = " ".join(win.title.split())
    if len(gaps) == 1:
        return catalogue.MANAGER_QUESTION_BROUGHT_UNREVIEWED.format(
            dimension=gaps[0], id=win.id, title=title
        )
    return catalogue.MANAGER_QUESTION_BROUGHT_UNREVIEWED_MANY.format(
        count=len(gaps), dimensions="; ".join(gaps), id=win.id, title=title
    )


def _open_gaps(view: GapView) -> list[DimensionGap]:
    """The dimensions not yet covered, the focus first, then in ladder order."""
    gaps = [g for g in view.dimensions if g.status is not GapStatus.COVERED]
    focus_id = view.focus.dimension_id if view.focus is not None else ""
    # A stable sort: the focus moves to the front, the rest keep the ladder's order.
    gaps.sort(key=lambda g: g.dimension_id != focus_id)
    return gaps


def _waiting_by_dimension(wins: Iterable[Win]) -> dict[str, list[Win]]:
    """Dimension id → the given wins tagged with it, in their given order."""
    by_dimension: dict[str, list[Win]] = {}
    for win in wins:
        for dimension in win.dimensions:
            by_dimension.setdefault(dimension, []).append(win)
    return by_dimension


def _review_first(name: str, wins: Sequence[Win], start_month: int) -> str:
    """The line for a gap that unreviewed strong wins may already fill."""
    quarters = sorted({str(quarter_of(win.date, start_month)) for win in wins})
    many = len(wins) != 1
    template = (
        catalogue.PREP_BEFORE_REVIEW_MANY if many else catalogue.PREP_BEFORE_REVIEW_ONE
    )
    return template.format(
        dimension=name, count=len(wins), quarters=", ".join(quarters)
    )


def with_unreviewed_wins(
    plan: PrepPlan,
    view: GapView,
    known: Sequence[Criterion],
    unreviewed: Sequence[Win],
    start_month: int = 1,
    brought: Sequence[Win] = (),
) -> PrepPlan:
    """Return the plan telling which strong wins still wait for their review.

    The wins brought that no review judged are marked as such; the
    gaps those wins may fill are not asked about as if nothing showed the
    dimension: reviewing them is a to-do before the talk, or the question asks
    whether a win brought would count. The plan tells one story. With no gap
    left to ask about, the general questions about the target level are asked.

    Args:
        plan: the plan as built from the wins and the gaps.
        view: the gap view the plan's questions came from.
        known: the criteria recorded so far.
        unreviewed: strong wins no review judged
            (``unreviewed_strong_wins``).
        start_month: the month the user's fiscal year starts in.
        brought: the wins brought to the talk that no review judged
            (``not_yet_judged``).

    Returns:
        The plan, unchanged when there are no such wins.
    """
    if not unreviewed and not brought:
        return plan
    waiting = {win.id for win in chain(unreviewed, brought)}
    evidence = tuple(
        replace(line, notes=(*line.notes, catalogue.PREP_EVIDENCE_NOT_REVIEWED))
        if line.win_id in waiting
        else line
        for line in plan.evidence
    )
    questions = gap_questions(view, known, unreviewed, start_month, brought) or [
        q.format(level=plan.target_title) for q in catalogue.PREP_DEFAULT_QUESTIONS
    ]
    return replace(
        plan,
        evidence=evidence,
        questions=tuple(questions),
        before=tuple(before_the_talk(view, unreviewed, start_month)),
    )


def with_result_wins_checked(plan: PrepPlan, off: Mapping[int, str]) -> PrepPlan:
    """Return the plan marking the evidence whose numbers the readings no
    longer show.

    A result win can tell a before → after that its problem's later readings
    changed, while the plan's initiative tells the new one: the manager would
    hear two results for one change. The win stays where the user or the
    ranking put it; the note beside it says what to check before the talk.

    Args:
        plan: the plan as built.
        off: win id → the note to put beside it
            (``initiative.result_wins_off_readings``).

    Returns:
        The plan, unchanged when no win brought is off its readings.
    """
    evidence = tuple(
        replace(line, notes=(*line.notes, off[line.win_id]))
        if line.win_id is not None and line.win_id in off
        else line
        for line in plan.evidence
    )
    return replace(plan, evidence=evidence)


def initiative_summary(initiative: Initiative | None) -> str | None:
    """The initiative in one line for the prep plan: its title, stage and change.

    A finished one is told as finished with its result, not as a change "so far".
    """
    if initiative is None:
        return None
    measure = change(initiative)
    # The metric's name falls inside the sentence: "with change failure rate …".
    moved = mid_sentence(describe_measure(measure)) if measure is not None else ""
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
