"""The gap view: which dimensions of the target level have next-level evidence.

For every dimension of the target level it counts the next-level and current-level
wins (by each win's latest verdict in the quarterly reviews), lists the manager's
criteria for it, and calls it covered, thin or missing. It then names the one
dimension most worth working on next, counts the weeks left before the promotion
cycle closes, and shows how the last few quarters trended. A criterion left without
evidence too long is flagged here by the same rule as on the criteria screen.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from careerclimb_tui import catalogue
from careerclimb_tui.domain.criteria import Criterion, needs_evidence
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.quarters import Quarter, quarter_of
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Review,
    VerdictKind,
    dimensions_for_level,
    reviewed_entries,
    untagged_next_level,
)

CRITERION_OPEN = "open"
"""A manager criterion with no evidence against it yet."""
CRITERION_GROWING = "evidence growing"
"""A manager criterion with some evidence against it."""
CRITERION_MET = "met"
"""A manager criterion the user and manager agree is met."""

TREND_QUARTERS = 4
"""How many quarters the trend covers by default, the current one included."""

COVERED_MIN_WINS = 2
"""Next-level wins a dimension needs before it counts as covered."""


class CriterionLike(Protocol):
    """Anything that reads as a manager's criterion: the gap view needs only this."""

    @property
    def dimension(self) -> str:
        """The ladder dimension id the criterion speaks to."""
        ...

    @property
    def status(self) -> str:
        """``"open"``, ``"evidence growing"`` or ``"met"``."""
        ...

    @property
    def text(self) -> str:
        """What the manager said would count, in the user's words."""
        ...


class GapStatus(str, enum.Enum):
    """How well a dimension is evidenced at the target level."""

    COVERED = "covered"
    """At least two next-level wins, the newest within the last two quarters."""
    THIN = "thin"
    """One next-level win, or only evidence older than two quarters."""
    MISSING = "missing"
    """No next-level evidence at all."""

    def __str__(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        """The status as the user reads it."""
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    GapStatus.COVERED: catalogue.GAP_STATUS_COVERED,
    GapStatus.THIN: catalogue.GAP_STATUS_THIN,
    GapStatus.MISSING: catalogue.GAP_STATUS_MISSING,
}


@dataclass(frozen=True)
class DimensionGap:
    """The evidence for one dimension of the target level."""

    dimension_id: str
    """The ladder's id for the dimension."""
    name: str
    """The dimension's display name."""
    next_level_wins: int
    """Wins whose latest verdict is next-level."""
    latest_next_level: dt.date | None
    """The date of the newest of those wins; None when there is none."""
    current_level_wins: int
    """Wins whose latest verdict is current-level."""
    criteria: tuple[CriterionLike, ...]
    """The manager's criteria for this dimension, in the order given."""
    status: GapStatus
    """Covered, thin or missing."""
    flagged_criteria: tuple[CriterionLike, ...] = ()
    """Of ``criteria``, those left without evidence too long."""
    awaiting_review: int = 0
    """Wins filed under this dimension that no review has judged yet
    (see ``awaiting_review``); shown apart, they count towards no status."""
    added_after_review: int = 0
    """Wins filed under this dimension by linking them to a criterion after a
    finished review judged them (see ``added_after_review``); shown apart, they
    count towards no status until a new run of the review judges them."""
    met_unreviewed: tuple[CriterionLike, ...] = ()
    """Of ``criteria``, those met by wins that count here only once a review
    judges them with this dimension: met, yet none of their evidence counts."""

    @property
    def pending(self) -> int:
        """Wins filed under this dimension that count only once reviewed."""
        return self.awaiting_review + self.added_after_review

    @property
    def open_criteria(self) -> tuple[CriterionLike, ...]:
        """The criteria still open, in the order given."""
        return tuple(c for c in self.criteria if c.status == CRITERION_OPEN)

    @property
    def unmet_criteria(self) -> tuple[CriterionLike, ...]:
        """The criteria not met yet, open or with evidence growing, in the order
        given: what the manager still asks for in this dimension."""
        return tuple(c for c in self.criteria if c.status != CRITERION_MET)


class CoverageReach(str, enum.Enum):
    """Which wins a trend point's dimension counts stand on, for their wording.

    A quarter's share of next-level wins is its own, but whether a dimension is
    covered depends on every next-level win up to then, earlier quarters included;
    the words say so, or a review of an earlier quarter would seem to change a
    later one.
    """

    SO_FAR = "so far"
    """The quarter is still running: every next-level win up to today counts."""
    BY_THEN = "by then"
    """The quarter is over: every next-level win up to its last day counts."""


def coverage_reach(quarter: Quarter, today: dt.date) -> CoverageReach:
    """Say whether a quarter's dimension counts are final or still growing.

    Args:
        quarter: the trend point's quarter.
        today: the user's local date.

    Returns:
        ``SO_FAR`` for a quarter that has not ended by ``today``, else ``BY_THEN``.
    """
    return CoverageReach.SO_FAR if today <= quarter.last_day else CoverageReach.BY_THEN


@dataclass(frozen=True)
class TrendPoint:
    """How one quarter looked."""

    quarter: Quarter
    """The quarter."""
    wins: int
    """Wins dated in the quarter."""
    next_level: int
    """Of those, wins whose latest verdict is next-level."""
    dimensions_covered: int
    """Dimensions covered as of the quarter's last day, by the same rule as now."""
    reviewed: int = 0
    """Of those, wins that a review has given a verdict."""
    dimensions_thin: int = 0
    """Dimensions thin as of the quarter's last day, by the same rule as now."""
    reach: CoverageReach = CoverageReach.BY_THEN
    """Whether the dimension counts are the quarter's final ones or still growing."""
    before_first_win: bool = False
    """The quarter ended before the user's first win (see ``is_before_first_win``):
    it has nothing to show and says so once rather than as an empty quarter."""

    @property
    def next_level_share(self) -> float | None:
        """The share of the quarter's wins that are next-level.

        None when the quarter has no wins, or none reviewed: a quarter nobody
        reviewed has not shown 0% next-level work, it has not been looked at.
        """
        if not self.wins or not self.reviewed:
            return None
        return self.next_level / self.wins


@dataclass(frozen=True)
class FlaggedCriterion:
    """A manager's criterion that has waited too long for its first evidence."""

    number: int
    """Its number as the criteria screen shows it, counting from 1."""
    criterion: CriterionLike
    """The criterion."""
    weeks: int
    """Whole weeks since it was recorded, all of them without evidence."""


@dataclass(frozen=True)
class GapView:
    """The target level's dimensions against the evidence, and what to do next."""

    today: dt.date
    """The user's local date the view was worked out for."""
    dimensions: tuple[DimensionGap, ...]
    """One gap per dimension of the target level, in ladder order."""
    focus: DimensionGap | None
    """The dimension most worth working on next; None when all are covered."""
    focus_reason: str
    """One sentence saying why that dimension, or that nothing is missing."""
    cycle_closes: dt.date | None
    """When the promotion cycle closes, if known."""
    weeks_remaining: int | None
    """Whole weeks until the cycle closes; 0 once passed; None with no date."""
    trend: tuple[TrendPoint, ...]
    """The last few quarters, oldest first, ending with the current one."""
    unplaced_criteria: tuple[CriterionLike, ...] = ()
    """Criteria whose dimension the target level does not describe."""
    flagged_criteria: tuple[FlaggedCriterion, ...] = ()
    """Every criterion left without evidence too long, placed or not, in order."""
    untagged: int = 0
    """Next-level wins that count for no dimension of the level (see
    ``review.untagged_next_level``)."""
    has_wins: bool = True
    """False while no win is logged at all: no quarter is then "before the first
    win", since there is none yet."""
    added_after_in_run: bool = False
    """True when every win filed under a dimension after its review is in a run
    still in progress: finishing that run counts them, no new run is needed."""

    @property
    def covered(self) -> int:
        """How many dimensions are covered."""
        return sum(1 for gap in self.dimensions if gap.status is GapStatus.COVERED)

    @property
    def cycle_has_closed(self) -> bool:
        """True when the cycle's closing date is already past."""
        return self.cycle_closes is not None and self.cycle_closes < self.today

    def summary_line(self, with_cycle: bool = True) -> str:
        """The gap view in one line.

        Args:
            with_cycle: add the weeks to the cycle; home leaves them to its own
                line about the cycle.

        Returns:
            e.g. "3 of 6 dimensions covered by reviewed wins · focus: Technical
            direction · 17 weeks to the cycle"; the cycle part is left out when
            no date is known.
        """
        parts = [
            catalogue.GAP_LINE_COVERED.format(
                covered=self.covered, total=len(self.dimensions)
            )
        ]
        if self.focus is not None:
            parts.append(catalogue.GAP_LINE_FOCUS.format(dimension=self.focus.name))
        else:
            parts.append(catalogue.GAP_LINE_ALL_COVERED)

        cycle = self._cycle_part() if with_cycle else None
        if cycle is not None:
            parts.append(cycle)
        return catalogue.GAP_LINE_SEPARATOR.join(parts)

    def _cycle_part(self) -> str | None:
        """How long is left before the cycle, in a few words; None when unknown."""
        if self.cycle_has_closed:
            return catalogue.GAP_LINE_CYCLE_CLOSED
        if self.weeks_remaining == 0:
            return catalogue.GAP_LINE_UNDER_A_WEEK
        if self.weeks_remaining == 1:
            return catalogue.GAP_LINE_ONE_WEEK
        if self.weeks_remaining is not None:
            return catalogue.GAP_LINE_WEEKS.format(weeks=self.weeks_remaining)
        return None


def weeks_until(cycle_closes: dt.date | None, today: dt.date) -> int | None:
    """Whole weeks left before the promotion cycle closes.

    Args:
        cycle_closes: the closing date, if the user knows it.
        today: the user's local date.

    Returns:
        None with no date; 0 once the date has passed (or is less than a week
        away); otherwise the number of whole weeks left.
    """
    if cycle_closes is None:
        return None
    return max(0, (cycle_closes - today).days // 7)


def is_before_first_win(
    quarter: Quarter, current: Quarter, first_win: dt.date | None
) -> bool:
    """Say whether a trend quarter comes before the user logged anything.

    Such a quarter is not a quiet one: the user was not using the app yet, and
    an empty bar for it would read as a quarter without next-level work.

    Args:
        quarter: the trend point's quarter.
        current: the quarter ``today`` falls in, which is always shown.
        first_win: the date of the user's earliest win; None with no wins.

    Returns:
        True when ``quarter`` ended before ``first_win`` (with no wins, when it
        is any quarter before the current one).
    """
    if quarter >= current:
        return False
    return first_win is None or quarter.last_day < first_win


def latest_verdicts(reviews: Iterable[Review]) -> dict[int, VerdictKind]:
    """Each reviewed win's verdict as it counts now, the user's overrides included.

    The entries are those of ``review.reviewed_entries``: a win counts once a
    review judged it (``review.counts_as_reviewed``), and a run started after a
    finished one counts for a win only once the win is settled in it.

    Args:
        reviews: every saved review.

    Returns:
        Win id → the kind that counts for it.
    """
    return {win_id: e.kind for win_id, e in reviewed_entries(reviews).items()}


LINKED_DIMENSIONS = "linked_dimensions"
"""The key in a win's ``extra`` for the dimensions it was given by linking it
to a criterion: dimension id → when (ISO 8601)."""


def with_linked_dimension(win: Win, dimension: str, now: dt.datetime) -> Win:
    """The win also filed under a criterion's dimension, marked as only linked.

    Linking a win to a criterion claims the win shows that dimension; no review
    has judged it so. The mark keeps the claim apart until a review finishes
    after it (see ``unreviewed_dimensions``).

    Args:
        win: the win linked to the criterion.
        dimension: the criterion's dimension id.
        now: the moment the dimension is added.

    Returns:
        The win with the dimension and the mark; the win unchanged when it is
        already filed under the dimension.
    """
    if dimension in win.dimensions:
        return win
    extra = dict(win.extra)
    linked = dict(extra.get(LINKED_DIMENSIONS) or {})
    linked[dimension] = now.isoformat()
    extra[LINKED_DIMENSIONS] = linked
    return replace(win, dimensions=(*win.dimensions, dimension), extra=extra)


def reviewed_times(reviews: Iterable[Review]) -> dict[int, dt.datetime]:
    """When each win was last judged: the latest finished run that settled it.

    Args:
        reviews: every saved review run.

    Returns:
        Win id → when the newest finished run holding a settled entry for the
        win finished; wins no finished run settled are left out.
    """
    judged: dict[int, dt.datetime] = {}
    for review in reviews:
        if review.finished_at is None:
            continue
        for win_id, entry in review.entries.items():
            held = judged.get(win_id)
            if entry.is_settled and (held is None or held < review.finished_at):
                judged[win_id] = review.finished_at
    return judged


def unreviewed_dimensions(win: Win, judged_at: dt.datetime | None) -> frozenset[str]:
    """The win's dimensions it has only by linking, with no review since.

    Args:
        win: any win.
        judged_at: when a review last judged the win (``reviewed_times``);
            None when none has.

    Returns:
        The dimension ids the win still carries that were added by linking it
        to a criterion after ``judged_at``; empty for every other win.
    """
    linked = win.extra.get(LINKED_DIMENSIONS)
    if not isinstance(linked, dict):
        return frozenset()
    claimed = set()
    for dimension, when in linked.items():
        if dimension not in win.dimensions:
            continue
        try:
            added = dt.datetime.fromisoformat(str(when))
        except ValueError:
            continue
        if judged_at is None or _before(judged_at, added):
            claimed.add(dimension)
    return frozenset(claimed)


def awaiting_review(
    win: Win, judged_at: dt.datetime | None, has_verdict: bool
) -> frozenset[str]:
    """The win's dimensions that wait for a review still to come or to finish.

    Args:
        win: any win.
        judged_at: when a finished review last judged the win; None when none has.
        has_verdict: a review gave the win a verdict, finished or not.

    Returns:
        Every dimension of a win no review has given a verdict; for a win whose
        only verdict is in a run still going, the dimensions linked to it, which
        count once the run finishes; empty for a win a finished review judged.
    """
    if judged_at is not None:
        return frozenset()
    if not has_verdict:
        return frozenset(win.dimensions)
    return unreviewed_dimensions(win, None)


def added_after_review(
    win: Win, judged_at: dt.datetime | None, verdict: VerdictKind | None = None
) -> frozenset[str]:
    """The dimensions a win was filed under by linking after its review.

    The review judged the win without them, so they count only once a new run
    of the review judges the win again. A win judged unclear waits for no such
    count: an unclear verdict counts under no dimension, so linking the win to
    another one promises nothing; it stays unclear there too until a review
    judges it again.

    Args:
        win: any win.
        judged_at: when a finished review last judged the win; None when none has.
        verdict: the win's latest verdict, when known.

    Returns:
        The dimension ids linked since ``judged_at``; empty when no finished
        review judged the win, or when its latest verdict is unclear.
    """
    if judged_at is None or verdict is VerdictKind.UNCLEAR:
        return frozenset()
    return unreviewed_dimensions(win, judged_at)


def _before(first: dt.datetime, second: dt.datetime) -> bool:
    """``first < second``, reading a time without a zone as UTC."""
    if first.tzinfo is None:
        first = first.replace(tzinfo=dt.timezone.utc)
    if second.tzinfo is None:
        second = second.replace(tzinfo=dt.timezone.utc)
    return first < second


def as_judged(win: Win, judged_at: dt.datetime | None) -> Win:
    """The win with only the dimensions a review has judged it with.

    A next-level verdict speaks for the dimensions the win had when it was
    judged; a dimension claimed by linking since then is not evidence yet.

    Args:
        win: any win.
        judged_at: when a review last judged the win; None when none has.

    Returns:
        The win without its unreviewed linked dimensions.
    """
    claimed = unreviewed_dimensions(win, judged_at)
    if not claimed:
        return win
    kept = tuple(d for d in win.dimensions if d not in claimed)
    return replace(win, dimensions=kept)


def status_of(evidence: Sequence[dt.date], as_of: Quarter) -> GapStatus:
    """Call a dimension covered, thin or missing from its next-level wins' dates.

    Args:
        evidence: the dates of the dimension's next-level wins, in any order.
        as_of: the quarter the status is for; "recent" means this quarter or the
            one before it.

    Returns:
        Covered with at least two wins and the newest recent; thin with one win or
        with only older evidence; missing with none.
    """
    if not evidence:
        return GapStatus.MISSING
    newest = quarter_of(max(evidence), as_of.start_month)
    recent = newest >= as_of.previous()
    if len(evidence) >= COVERED_MIN_WINS and recent:
        return GapStatus.COVERED
    return GapStatus.THIN


@dataclass(frozen=True)
class Coverage:
    """The target level's dimensions sorted by their next-level evidence."""

    covered: tuple[str, ...]
    """Dimension ids that count as covered (see ``status_of``), in ladder order."""
    thin: tuple[str, ...]
    """Dimension ids with some next-level evidence, too little to be covered."""
    missing: tuple[str, ...]
    """Dimension ids with no next-level evidence at all."""

    @property
    def total(self) -> int:
        """How many dimensions the target level has."""
        return len(self.covered) + len(self.thin) + len(self.missing)

    @property
    def evidenced(self) -> int:
        """How many dimensions have any next-level evidence, covered or thin."""
        return len(self.covered) + len(self.thin)

    def text(self) -> str:
        """The counts in the gap view's words, with what "covered" takes.

        Returns:
            e.g. "4 of 6 dimensions with next-level evidence: 2 covered, 2 thin
            (a dimension counts as covered with 2 next-level wins, …)".
        """
        rule = catalogue.COVERAGE_RULE.format(wins=COVERED_MIN_WINS)
        if not self.evidenced:
            return catalogue.COVERAGE_NONE.format(total=self.total, rule=rule)
        return catalogue.COVERAGE_COUNTS.format(
            evidenced=self.evidenced,
            total=self.total,
            covered=len(self.covered),
            thin=len(self.thin),
            rule=rule,
        )

    def lines(self, dimension_name: Callable[[str], str]) -> list[str]:
        """The counts, then one line naming each group of dimensions there is.

        The review summary and its printed form both show these lines.

        Args:
            dimension_name: the ladder's name for a dimension id.

        Returns:
            The counts, then "Covered: …", "Thin: …" and "No next-level
            evidence yet: …", each only when it names a dimension.
        """
        named = (
            (catalogue.SUMMARY_COVERED, self.covered),
            (catalogue.SUMMARY_THIN, self.thin),
            (catalogue.SUMMARY_WITHOUT, self.missing),
        )
        return [self.text()] + [
            template.format(names=", ".join(dimension_name(d) for d in ids))
            for template, ids in named
            if ids
        ]


def coverage_as_of(
    quarter: Quarter, next_level_wins: Iterable[Win], dimension_ids: Sequence[str]
) -> Coverage:
    """Sort the dimensions by the next-level wins dated up to a quarter's end.

    The gap view's table and its trend, and the review summary, all count by
    this rule, so they agree on how many dimensions are covered.

    Args:
        quarter: the quarter the coverage is for.
        next_level_wins: the wins whose verdict that counts is next-level.
        dimension_ids: the target level's dimensions, in ladder order.

    Returns:
        The covered, thin and missing dimensions.
    """
    last = quarter.last_day
    dated = [win for win in next_level_wins if win.date <= last]
    statuses = {
        dimension_id: status_of(
            [win.date for win in dated if dimension_id in win.dimensions], quarter
        )
        for dimension_id in dimension_ids
    }

    def having(status: GapStatus) -> tuple[str, ...]:
        return tuple(d for d in dimension_ids if statuses[d] is status)

    return Coverage(
        covered=having(GapStatus.COVERED),
        thin=having(GapStatus.THIN),
        missing=having(GapStatus.MISSING),
    )


def review_coverage(
    review: Review,
    reviews: Iterable[Review],
    wins: Iterable[Win],
    ladder: Ladder,
    target_level_id: str,
) -> Coverage:
    """The target level's coverage as one run of the review leaves it.

    Coverage stands on every next-level win up to the end of the run's quarter,
    earlier quarters included, as the gap view counts it; the run's own verdicts
    count for its wins, the latest verdicts for the others. The quarter is the
    months the run judged, whatever the year start is now.

    Args:
        review: the run summed up, with the verdicts that count for its wins.
        reviews: every saved review run.
        wins: every win.
        ladder: the user's ladder.
        target_level_id: the level the user is working towards.

    Returns:
        The covered, thin and missing dimensions as of the run's quarter.
    """
    every = list(reviews)
    kinds = latest_verdicts(every)
    kinds.update((win_id, entry.kind) for win_id, entry in review.entries.items())
    judged = reviewed_times(every)
    next_level = [
        as_judged(win, judged.get(win.id))
        for win in wins
        if win.id is not None and kinds.get(win.id) is VerdictKind.NEXT_LEVEL
    ]
    dimension_ids = [d.id for d in dimensions_for_level(ladder, target_level_id)]
    return coverage_as_of(review.period, next_level, dimension_ids)


def _focus(gaps: Sequence[DimensionGap]) -> tuple[DimensionGap | None, str]:
    """The dimension most worth working on next, and why, tie-break included.

    A missing dimension comes first, then a thin one. Among dimensions of the
    same kind the tie-breaks are, in turn: the fewest next-level wins, a
    criterion the manager asked for and that is not met yet
    (``DimensionGap.unmet_criteria``), the first on the ladder. When other
    dimensions were of the same kind, the reason names them and says which
    tie-break decided.
    """
    for status in (GapStatus.MISSING, GapStatus.THIN):
        tier = [gap for gap in gaps if gap.status is status]
        if tier:
            # min keeps the first of equals, and the tier is in ladder order.
            chosen = min(tier, key=focus_order)
            return chosen, _focus_reason(chosen, tier)
    return None, catalogue.GAP_FOCUS_NONE


def focus_order(gap: DimensionGap) -> tuple[int, bool]:
    """How a dimension ranks for the focus among those of its kind, lowest first.

    Ladder order is the last tie-break, kept by sorting stably.

    Args:
        gap: a missing or thin dimension.

    Returns:
        Its next-level wins, then False when the manager asked for it.
    """
    return gap.next_level_wins, not gap.unmet_criteria


def _status_reason(gap: DimensionGap) -> str:
    """Why a dimension needs work, from its status alone."""
    if gap.status is GapStatus.MISSING:
        return catalogue.GAP_FOCUS_MISSING.format(dimension=gap.name)
    thin = (
        catalogue.GAP_FOCUS_THIN_ONE
        if gap.next_level_wins == 1
        else catalogue.GAP_FOCUS_THIN_OLD
    )
    return thin.format(dimension=gap.name)


def _focus_reason(chosen: DimensionGap, tier: Sequence[DimensionGap]) -> str:
    """The focus's reason, followed by why it won over the others of its kind.

    Args:
        chosen: the focus.
        tier: every dimension of the same kind as the focus, in ladder order.

    Returns:
        Why the focus needs work (with what the manager asked for, when that
        is the reason), then, when other dimensions were of its kind, one
        sentence naming them and the tie-break that decided.
    """
    asked = chosen.unmet_criteria
    criterion = asked[0].text.strip() if asked else ""
    others = [gap for gap in tier if gap is not chosen]
    level = [gap for gap in others if gap.next_level_wins == chosen.next_level_wins]
    # Tied on wins: those without a criterion lost to the manager's ask, the
    # others (asked for alike, or none asked for) to ladder order.
    lost_to_ask = [gap for gap in level if asked and not gap.unmet_criteria]
    if lost_to_ask:
        tie = (
            catalogue.GAP_FOCUS_TIED_ASKED_LADDER
            if len(lost_to_ask) < len(level)
            else catalogue.GAP_FOCUS_TIED_ASKED
        )
        return " ".join(
            [
                _status_reason(chosen),
                tie.format(
                    others=_joined([gap.name for gap in level]), criterion=criterion
                ),
            ]
        )

    if asked and chosen.status is GapStatus.MISSING:
        reason = catalogue.GAP_FOCUS_ASKED_FOR.format(
            dimension=chosen.name, criterion=criterion
        )
    else:
        reason = _status_reason(chosen)
    if level:
        tie = catalogue.GAP_FOCUS_TIED_LADDER.format(
            others=_joined([gap.name for gap in level])
        )
    elif others:
        tie = catalogue.GAP_FOCUS_TIED_FEWER.format(
            others=_joined([gap.name for gap in others]),
            status=chosen.status.label,
        )
    else:
        return reason
    return f"{reason} {tie}"


def _joined(names: Sequence[str]) -> str:
    """One dimension by its name; more by their number, since a dimension's name
    may hold an "and" of its own ("Execution and delivery") and a list of them
    would not read as one."""
    if len(names) == 1:
        return names[0]
    return catalogue.GAP_FOCUS_OTHERS.format(count=len(names))


def flagged_criteria(
    criteria: Sequence[CriterionLike], today: dt.date
) -> tuple[FlaggedCriterion, ...]:
    """The criteria the criteria screen flags, numbered as it numbers them.

    The rule is ``criteria.needs_evidence``. Only recorded criteria carry the
    dates and links it reads; any other criterion is never flagged.

    Args:
        criteria: every criterion, in the order the criteria screen lists them.
        today: the user's local date.

    Returns:
        The flagged ones, in the same order, each with its number and its weeks.
    """
    flagged = []
    for number, criterion in enumerate(criteria, start=1):
        if not isinstance(criterion, Criterion) or not needs_evidence(criterion, today):
            continue
        # needs_evidence only flags a criterion with a creation time.
        recorded = criterion.created_at.date() if criterion.created_at else today
        flagged.append(
            FlaggedCriterion(number, criterion, (today - recorded).days // 7)
        )
    return tuple(flagged)


def met_unreviewed(
    criteria: Sequence[CriterionLike],
    dimension: str,
    pending_for: Mapping[int, frozenset[str]],
    counted: Mapping[int, frozenset[str]],
) -> tuple[CriterionLike, ...]:
    """The met criteria whose evidence does not count for their dimension yet.

    A criterion is met on the user's word, while the dimension counts only
    next-level wins a review judged with it; a criterion met by a win still
    waiting for that review would sit beside "missing" with nothing to say why.

    Args:
        criteria: the criteria filed under ``dimension``.
        dimension: the dimension id.
        pending_for: win id → the dimensions the win waits for a review to count
            under (see ``awaiting_review`` and ``added_after_review``).
        counted: win id → the dimensions the win counts under as next-level.

    Returns:
        The met recorded criteria with a linked win pending for ``dimension``
        and none counted under it, in the order given.
    """
    found = []
    for criterion in criteria:
        if criterion.status != CRITERION_MET or not isinstance(criterion, Criterion):
            continue
        linked = criterion.win_ids
        if any(dimension in counted.get(win_id, ()) for win_id in linked):
            continue
        if any(dimension in pending_for.get(win_id, ()) for win_id in linked):
            found.append(criterion)
    return tuple(found)


def gap_view(
    ladder: Ladder,
    target_level_id: str,
    wins: Iterable[Win],
    reviews: Iterable[Review],
    criteria: Iterable[CriterionLike],
    today: dt.date,
    cycle_closes: dt.date | None,
    start_month: int = 1,
    trend_quarters: int = TREND_QUARTERS,
) -> GapView:
    """Set the target level's dimensions against the evidence gathered so far.

    A win counts by its latest verdict (see ``latest_verdicts``); wins never
    reviewed, and wins deleted since their review, count for nothing. Each
    dimension says how many wins filed under it wait for a review (see
    ``DimensionGap.pending``).

    Args:
        ladder: the user's ladder.
        target_level_id: the level the user is working towards.
        wins: every win.
        reviews: every saved review run.
        criteria: the manager's criteria, each with a dimension, status and text.
        today: the user's local date.
        cycle_closes: when the promotion cycle closes, if known.
        start_month: the month (1–12) the user's fiscal year starts in.
        trend_quarters: how many quarters the trend covers, the current included.

    Returns:
        The gap for each dimension, the focus and why, the weeks left, and the trend.
    """
    every_review = list(reviews)
    kinds = latest_verdicts(every_review)
    judged = reviewed_times(every_review)
    dimensions = dimensions_for_level(ladder, target_level_id)
    dimension_ids = [d.id for d in dimensions]

    # Dimensions no review has judged a win with are counted apart as pending,
    # and those only linked are set aside, so that no count below takes them for
    # judged evidence.
    awaiting = dict.fromkeys(dimension_ids, 0)
    added_after = dict.fromkeys(dimension_ids, 0)
    pending_for: dict[int, frozenset[str]] = {}
    in_a_run = {
        win_id
        for review in every_review
        if not review.is_finished
        for win_id in review.win_ids
    }
    added_ids: set[int] = set()
    all_wins: list[Win] = []
    for win in wins:
        if win.id is None:
            continue
        judged_at = judged.get(win.id)
        waiting = awaiting_review(win, judged_at, win.id in kinds)
        for dimension_id in waiting:
            if dimension_id in awaiting:
                awaiting[dimension_id] += 1
        added = added_after_review(win, judged_at, kinds.get(win.id))
        for dimension_id in added:
            if dimension_id in added_after:
                added_after[dimension_id] += 1
                added_ids.add(win.id)
        pending_for[win.id] = waiting | added
        all_wins.append(as_judged(win, judged_at))
    known = set(dimension_ids)
    all_criteria = list(criteria)
    current = quarter_of(today, start_month)

    # One pass over the wins for every dimension at once: a heavy user has
    # thousands of them, and the gap view is drawn on home at every start.
    next_level_wins: list[Win] = []
    next_dates: dict[str, list[dt.date]] = {d: [] for d in dimension_ids}
    current_counts = dict.fromkeys(dimension_ids, 0)
    counted: dict[int, frozenset[str]] = {}
    for win in all_wins:
        kind = kinds.get(win.id or 0)
        if kind is VerdictKind.NEXT_LEVEL:
            next_level_wins.append(win)
            counted[win.id or 0] = frozenset(win.dimensions)
            for dimension_id in dimension_ids:
                if dimension_id in win.dimensions:
                    next_dates[dimension_id].append(win.date)
        elif kind is VerdictKind.CURRENT_LEVEL:
            for dimension_id in dimension_ids:
                if dimension_id in win.dimensions:
                    current_counts[dimension_id] += 1

    flagged = flagged_criteria(all_criteria, today)
    # By identity: two criteria may read the same and only one be flagged.
    flagged_ids = {id(f.criterion) for f in flagged}

    gaps: list[DimensionGap] = []
    for dimension in dimensions:
        dates = next_dates[dimension.id]
        placed = tuple(c for c in all_criteria if c.dimension == dimension.id)
        gaps.append(
            DimensionGap(
                dimension_id=dimension.id,
                name=dimension.name,
                next_level_wins=len(dates),
                latest_next_level=max(dates, default=None),
                current_level_wins=current_counts[dimension.id],
                criteria=placed,
                status=status_of(dates, current),
                flagged_criteria=tuple(c for c in placed if id(c) in flagged_ids),
                awaiting_review=awaiting[dimension.id],
                added_after_review=added_after[dimension.id],
                met_unreviewed=met_unreviewed(
                    placed, dimension.id, pending_for, counted
                ),
            )
        )
    focus, reason = _focus(gaps)

    trend: list[TrendPoint] = []
    first_win = min((win.date for win in all_wins), default=None)
    quarter = current
    for _ in range(trend_quarters):
        point = _trend_point(
            quarter, today, all_wins, next_level_wins, dimension_ids, kinds
        )
        before = is_before_first_win(quarter, current, first_win)
        trend.append(replace(point, before_first_win=before))
        quarter = quarter.previous()

    return GapView(
        today=today,
        dimensions=tuple(gaps),
        focus=focus,
        focus_reason=reason,
        cycle_closes=cycle_closes,
        weeks_remaining=weeks_until(cycle_closes, today),
        trend=tuple(reversed(trend)),
        unplaced_criteria=tuple(c for c in all_criteria if c.dimension not in known),
        flagged_criteria=flagged,
        untagged=len(untagged_next_level(next_level_wins, kinds, dimension_ids)),
        has_wins=first_win is not None,
        added_after_in_run=bool(added_ids) and added_ids <= in_a_run,
    )


def _trend_point(
    quarter: Quarter,
    today: dt.date,
    wins: Sequence[Win],
    next_level_wins: Sequence[Win],
    dimension_ids: Sequence[str],
    verdicts: Mapping[int, VerdictKind],
) -> TrendPoint:
    """How one quarter looked: its wins, its next-level share, its coverage.

    Args:
        quarter: the quarter.
        today: the user's local date, which says whether the quarter is over.
        wins: every win.
        next_level_wins: the wins whose latest verdict is next-level.
        dimension_ids: the target level's dimensions.
        verdicts: win id → the verdict that counts, for the reviewed wins.
    """
    # The bounds once, not per win: working them out builds dates and quarters.
    first, last = quarter.first_day, quarter.last_day
    inside_wins = [win for win in wins if first <= win.date <= last]
    inside = len(inside_wins)
    reviewed = sum(1 for win in inside_wins if (win.id or 0) in verdicts)
    next_level = [win for win in next_level_wins if win.date <= last]
    coverage = coverage_as_of(quarter, next_level, dimension_ids)
    return TrendPoint(
        quarter=quarter,
        wins=inside,
        next_level=sum(1 for win in next_level if first <= win.date),
        dimensions_covered=len(coverage.covered),
        reviewed=reviewed,
        dimensions_thin=len(coverage.thin),
        reach=coverage_reach(quarter, today),
    )


class FiledReading(str, enum.Enum):
    """What the reviews made of a win filed under one dimension, as the gap view
    counts it there."""

    NEXT_LEVEL = "next_level"
    """Counted in the dimension's next-level wins."""
    CURRENT_LEVEL = "current_level"
    """Counted in the dimension's current-level wins."""
    UNCLEAR = "unclear"
    """Judged, but neither next-level nor current-level: counted in neither."""
    AWAITING_REVIEW = "awaiting_review"
    """No review has judged it with the dimension yet: pending."""
    ADDED_AFTER_REVIEW = "added_after_review"
    """Filed under the dimension after its review judged it: pending, unless
    that review judged it unclear (see ``added_after_review``)."""

    def __str__(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        """The reading as the user reads it: "next-level", "not reviewed yet"."""
        return _READING_LABELS[self]


_READING_LABELS = {
    FiledReading.NEXT_LEVEL: catalogue.REVIEW_KIND_NEXT_LEVEL,
    FiledReading.CURRENT_LEVEL: catalogue.REVIEW_KIND_CURRENT_LEVEL,
    FiledReading.UNCLEAR: catalogue.REVIEW_KIND_UNCLEAR,
    FiledReading.AWAITING_REVIEW: catalogue.GAPS_WINS_NOT_REVIEWED,
    FiledReading.ADDED_AFTER_REVIEW: catalogue.GAPS_WINS_ADDED_AFTER,
}

_KIND_READINGS = {
    VerdictKind.NEXT_LEVEL: FiledReading.NEXT_LEVEL,
    VerdictKind.CURRENT_LEVEL: FiledReading.CURRENT_LEVEL,
    VerdictKind.UNCLEAR: FiledReading.UNCLEAR,
}


@dataclass(frozen=True)
class FiledWin:
    """A win filed under a dimension, with what the reviews made of it there."""

    win: Win
    """The win as stored."""
    reading: FiledReading
    """How the gap view counts it under the dimension."""


def wins_filed_under(
    dimension_id: str, wins: Iterable[Win], reviews: Iterable[Review]
) -> tuple[FiledWin, ...]:
    """Every win filed under a dimension, each read as ``gap_view`` counts it.

    The next-level and current-level ones are those the dimension's row counts,
    and the two pending readings add up to its pending mark; an unclear verdict
    counts in neither.

    Args:
        dimension_id: the ladder's id for the dimension.
        wins: every win.
        reviews: every saved review run.

    Returns:
        The wins filed under the dimension, newest first.
    """
    every_review = list(reviews)
    kinds = latest_verdicts(every_review)
    judged = reviewed_times(every_review)
    filed = []
    for win in wins:
        if win.id is None or dimension_id not in win.dimensions:
            continue
        judged_at = judged.get(win.id)
        kind = kinds.get(win.id)
        if dimension_id in awaiting_review(win, judged_at, kind is not None):
            reading = FiledReading.AWAITING_REVIEW
        elif dimension_id in added_after_review(win, judged_at, kind):
            reading = FiledReading.ADDED_AFTER_REVIEW
        elif kind is None:
            # No verdict counts for it, so it waits for one like any unreviewed win.
            reading = FiledReading.AWAITING_REVIEW
        else:
            reading = _KIND_READINGS[kind]
        filed.append(FiledWin(win, reading))
    filed.sort(key=lambda each: (each.win.date, each.win.id or 0), reverse=True)
    return tuple(filed)
