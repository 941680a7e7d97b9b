"""What still points at a win once it is deleted, and what undoing the delete
brings back.

Deleting a win leaves the records that name it as they are: a criterion keeps
the win among its evidence, a review run keeps the verdict it gave, a problem
keeps the win logged from its result. Whatever counts or lists evidence reads
those links through the wins still on record (``on_record``), so a deleted win
counts nowhere, and undoing the delete puts the win back under its own id with
every link that was not changed meanwhile.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from careerclimb_tui import catalogue

if TYPE_CHECKING:
    from careerclimb_tui.domain.criteria import Criterion


def on_record(win_ids: Iterable[int], existing: Container[int]) -> tuple[int, ...]:
    """The ids of the wins still on record, in the order given.

    Args:
        win_ids: the wins a record links to.
        existing: the ids of every win in the data file.

    Returns:
        The ids whose win exists, each once.
    """
    return tuple(i for i in dict.fromkeys(win_ids) if i in existing)


def criterion_on_record(criterion: Criterion, existing: Container[int]) -> Criterion:
    """The criterion as it counts now: its links to deleted wins left out.

    Args:
        criterion: the criterion as stored.
        existing: the ids of every win in the data file.

    Returns:
        The same criterion when every linked win exists, else a copy without
        the deleted ones (its stored links are not changed).
    """
    kept = on_record(criterion.win_ids, existing)
    if kept == criterion.win_ids:
        return criterion
    return replace(criterion, win_ids=kept)


@dataclass(frozen=True)
class WinLinks:
    """How many records point at one win."""

    criteria: int = 0
    """Criteria that list it as evidence."""
    problems: int = 0
    """Problems that list it among their wins."""
    reviews: int = 0
    """Review runs that gave it a verdict."""

    def restored_text(self, win_id: int) -> str:
        """The notice of an undone delete: the win, and the links it has again.

        Args:
            win_id: the restored win's id, which it keeps.

        Returns:
            One sentence, naming only the kinds of link the win has.
        """
        parts = [
            _counted(self.criteria, catalogue.LINKS_CRITERION),
            _counted(self.problems, catalogue.LINKS_PROBLEM),
            _counted(self.reviews, catalogue.LINKS_REVIEW),
        ]
        named = [part for part in parts if part]
        if not named:
            return catalogue.JOURNAL_RESTORED.format(id=win_id)
        if len(named) > 1:
            named = [", ".join(named[:-1]), named[-1]]
        return catalogue.JOURNAL_RESTORED_LINKED.format(
            id=win_id, links=" and ".join(named)
        )


def _counted(count: int, kinds: tuple[str, str]) -> str:
    """A count and its noun ("1 criterion", "2 criteria"); empty for none."""
    if not count:
        return ""
    return f"{count} {kinds[0] if count == 1 else kinds[1]}"


def links_to_win(
    win_id: int,
    criteria_win_ids: Iterable[Iterable[int]],
    problem_win_ids: Iterable[Iterable[int]],
    reviewed_win_ids: Iterable[Iterable[int]],
) -> WinLinks:
    """Count the records that point at one win.

    Args:
        win_id: the win.
        criteria_win_ids: each criterion's linked wins, as stored.
        problem_win_ids: each problem's wins, as stored.
        reviewed_win_ids: each review run's judged wins.

    Returns:
        The counts.
    """

    def holding(groups: Iterable[Iterable[int]]) -> int:
        return sum(1 for ids in groups if win_id in set(ids))

    return WinLinks(
        criteria=holding(criteria_win_ids),
        problems=holding(problem_win_ids),
        reviews=holding(reviewed_win_ids),
    )
