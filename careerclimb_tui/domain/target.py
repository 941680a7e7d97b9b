"""Rules about the level a user aims for, seen from the level they are at.

Promotions go one level at a time: aiming two or more levels up is allowed, as a
long-term aim, but the profile form says plainly which level comes first.
"""

from __future__ import annotations

from careerclimb_tui import catalogue
from careerclimb_tui.domain.ladder import Ladder, Level


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


def judged_level_note(ladder: Ladder, current_id: str, target_id: str) -> str:
    """What the gap view says when its verdicts speak to a level below the target.

    The four questions of a review judge a win against the current level, so a
    next-level verdict shows work at the level right above it. With a target two
    or more levels up, the counts under the target's dimensions are evidence for
    that first step, not for the target itself, and the user is told so.

    Args:
        ladder: the ladder both levels are on.
        current_id: the user's level now.
        target_id: the level they aim for.

    Returns:
        A sentence naming the level the verdicts speak to and the target, or ""
        when the target is the next level (or not above at all).
    """
    return _skip_sentence(
        catalogue.GAPS_JUDGED_BELOW_TARGET, ladder, current_id, target_id
    )


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
