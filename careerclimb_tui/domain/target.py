"""Rules about the level a user aims for, seen from the level they are at.

Promotions go one level at a time: aiming two or more levels up is allowed, as a
long-term aim, but the profile form says plainly which level comes first.
"""

from __future__ import annotations

from collections.abc import Iterable

from careerclimb_tui import catalogue
from careerclimb_tui.domain.ladder import Ladder, Level
from careerclimb_tui.domain.review import Review, latest_entries


def levels_skipped(
    ladder: Ladder, current_id: str, target_id: str
) -> tuple[Level, ...]:
    """The levels strictly between the current level and the target.

    Args:
        ladder: the ladder both levels are on.
        current_id: the user's level now.
        target_id: the level they aim for.

    Returns:
        The levels in between, lowest first; none when the target is the next
        level, is not above the current one, or either id is not on the ladder.
    """
    ids = [level.id for level in ladder.levels]
    if current_id not in ids or target_id not in ids:
        return ()
    return tuple(ladder.levels[ids.index(current_id) + 1 : ids.index(target_id)])


def target_problem(ladder: Ladder, current_id: str, target_id: str) -> str:
    """Why a profile cannot aim for this target; empty when it can.

    Every measure holds work against the target, so it has to be above the
    current level; at the top of the ladder there is nothing above to aim for.

    Args:
        ladder: the ladder both levels are on.
        current_id: the user's level now.
        target_id: the level they aim for.

    Returns:
        A sentence saying what is wrong, or "" for a target above the current
        level (or a current level not on the ladder, which is no target's fault).
    """
    current = ladder.level(current_id)
    if current is None or _above(ladder, current_id, target_id):
        return ""
    if ladder.level_after(current_id) is None:
        return catalogue.SETUP_TARGET_NONE_ABOVE.format(level=current.title)
    return catalogue.SETUP_TARGET_NOT_ABOVE


def target_note(ladder: Ladder, current_id: str, target_id: str) -> str:
    """What to say beside a target that skips a level; empty when it skips none.

    Args:
        ladder: the ladder both levels are on.
        current_id: the user's level now.
        target_id: the level they aim for.

    Returns:
        A sentence naming how many levels up the target is and the level that
        comes first, or "" for a target one level up (or not above at all).
    """
    return _skip_sentence(catalogue.SETUP_TARGET_SKIPS, ladder, current_id, target_id)


def judged_level_now(ladder: Ladder, current_id: str) -> str:
    """The id of the level a review started now judges work against.

    The four questions ask whether a peer at the user's level could have done
    the work, so a next-level verdict shows work at the level above it.

    Args:
        ladder: the user's ladder.
        current_id: the user's level now.

    Returns:
        The id of the level above ``current_id``; "" at the top of the ladder
        or for a level not on it.
    """
    above = ladder.level_after(current_id)
    return above.id if above is not None else ""


def judged_levels(
    ladder: Ladder, current_id: str, reviews: Iterable[Review]
) -> tuple[Level, ...]:
    """The levels the verdicts that count now judged work against.

    Args:
        ladder: the user's ladder.
        current_id: the user's level now; a run that did not keep its level
            reads as judging the level above it.
        reviews: every saved review run.

    Returns:
        The levels of the runs holding the verdicts that count (those of
        ``latest_entries``), in ladder order; with no verdict yet, the level a
        review started now would judge. Ids not on the ladder are left out.
    """
    runs = list(reviews)
    now = judged_level_now(ladder, current_id)
    counted = latest_entries(runs)
    ids = {
        run.judged_level or now
        for run in runs
        for win_id, entry in run.entries.items()
        if counted.get(win_id) is entry
    } or {now}
    return tuple(level for level in ladder.levels if level.id in ids)


def levels_judged_apart(
    ladder: Ladder, current_id: str, target_id: str, reviews: Iterable[Review]
) -> tuple[Level, ...]:
    """The levels the counted verdicts judged that are not the target.

    Args:
        ladder: the user's ladder.
        current_id: the user's level now.
        target_id: the level they aim for.
        reviews: every saved review run.

    Returns:
        Of ``judged_levels``, those other than the target, in ladder order;
        none when the target is not above the current level (or not on the
        ladder), since no review judges work against such a target.
    """
    if not _above(ladder, current_id, target_id):
        return ()
    judged = judged_levels(ladder, current_id, reviews)
    return tuple(level for level in judged if level.id != target_id)


def _above(ladder: Ladder, current_id: str, target_id: str) -> bool:
    """True when both levels are on the ladder and the target is higher."""
    ids = [level.id for level in ladder.levels]
    if current_id not in ids or target_id not in ids:
        return False
    return ids.index(target_id) > ids.index(current_id)


def judged_level_note(
    ladder: Ladder,
    current_id: str,
    target_id: str,
    reviews: Iterable[Review] = (),
) -> str:
    """What the gap view says when its verdicts judged another level than the target.

    A review judges each win against the level above the user's at the time it
    ran, and keeps that level. When the verdicts that count judged another level
    than the target (the target skips a level, or the user's level changed since
    the reviews), the counts under the target's dimensions are not evidence for
    the target itself, and the user is told so and what to do.

    Args:
        ladder: the ladder both levels are on.
        current_id: the user's level now.
        target_id: the level they aim for.
        reviews: every saved review run.

    Returns:
        A sentence naming the levels the verdicts judged and the target, or ""
        when they judged the target (or the target is not above at all).
    """
    target = ladder.level(target_id)
    if target is None or not _above(ladder, current_id, target_id):
        return ""
    judged = judged_levels(ladder, current_id, reviews)
    apart = [level for level in judged if level.id != target_id]
    if not apart:
        return ""

    names = catalogue.GAPS_JUDGED_LEVELS_JOIN.join(level.title for level in apart)
    skipped = levels_skipped(ladder, current_id, target_id)
    if skipped:
        return catalogue.GAPS_JUDGED_BELOW_TARGET.format(
            target=target.title,
            steps=len(skipped) + 1,
            first=skipped[0].title,
            judged=names,
        )
    # Some runs may already have judged the target, after the level changed.
    template = (
        catalogue.GAPS_JUDGED_OTHER_LEVEL
        if len(apart) == len(judged)
        else catalogue.GAPS_JUDGED_SOME_OTHER_LEVEL
    )
    return template.format(judged=names, target=target.title)


def _skip_sentence(
    template: str, ladder: Ladder, current_id: str, target_id: str
) -> str:
    """``template`` filled with the target, its steps up and the level first
    reached; "" for a target one level up (or not above at all)."""
    skipped = levels_skipped(ladder, current_id, target_id)
    target = ladder.level(target_id)
    if not skipped or target is None:
        return ""
    return template.format(
        target=target.title, steps=len(skipped) + 1, first=skipped[0].title
    )
