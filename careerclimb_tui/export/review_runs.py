"""Numbering the review runs a dump brings in after the runs already stored.

A quarter's runs are numbered 1, 2, … in the order they were started, and the
highest number is the run its summary shows. Two data files reviewed apart
both hold a run 1 of the same quarter: merged, the file's run comes after the
user's own, so no two runs of one quarter share a number. The runs are told
apart by the months they judged, as the store names them (``named_under``):
a run of another year start that lines up with the user's is renamed to the
user's quarter; one that does not line up keeps its own name and months.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.quarters import parse_quarter, renamed
from careerclimb_tui.domain.review import counted
from careerclimb_tui.errors import CareerClimbError

PROFILE = "profile"
REVIEWS = "reviews"
_YEAR_START = "fiscal_year_start_month"

RunKey = tuple[str, int]
"""(quarter name, year start it is named under): the months a run judged."""


def year_start_of(tables: Mapping[str, Mapping[str, Any]]) -> int | None:
    """The month (1–12) a data file's year starts in; None when it has no
    profile that says."""
    for doc in tables.get(PROFILE, {}).values():
        month = doc.get(_YEAR_START) if isinstance(doc, Mapping) else None
        if isinstance(month, int) and not isinstance(month, bool):
            if 1 <= month <= 12:
                return month
    return None


def run_key(doc: Mapping[str, Any], named_under: int, start_here: int) -> RunKey | None:
    """The quarter a run's document reviews, as the user's data names it.

    Args:
        doc: the run as stored.
        named_under: the year start its quarter was named under when the
            document does not say.
        start_here: the year start of the data file it is read in.

    Returns:
        The quarter's name and year start: the user's when the two year starts
        line up, else the run's own; None for a document that is no run.
    """
    month = doc.get("start_month", named_under)
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        return None
    try:
        quarter = parse_quarter(str(doc.get("quarter", "")), month)
    except CareerClimbError:
        return None
    moved = renamed(quarter, start_here)
    if moved is not None:
        return str(moved), start_here
    return str(quarter), month


def _run_number(doc: Mapping[str, Any]) -> int:
    run = doc.get("run", 1)
    return run if isinstance(run, int) and not isinstance(run, bool) else 1


@dataclass(frozen=True)
class Renumbered:
    """A run of the file that comes in under another number."""

    quarter: str
    """The quarter, as the user's data names it."""
    was: int
    """Its number in the file."""
    now: int
    """Its number once imported."""
    before: tuple[int, ...]
    """The numbers of the user's own runs of that quarter."""


@dataclass
class RunNumbers:
    """Hands out the numbers of the runs a merge adds, one quarter at a time.

    Args:
        target: every table of the data file imported into.
        incoming: every table of the dump.
    """

    target: Mapping[str, Mapping[str, Any]]
    incoming: Mapping[str, Mapping[str, Any]]
    renumbered: list[Renumbered] = field(default_factory=list)
    """The file's runs that came in under another number, in the order placed."""

    def __post_init__(self) -> None:
        theirs = year_start_of(self.incoming)
        # Without a profile of its own the data file takes the dump's.
        self.start_here = year_start_of(self.target) or theirs or 1
        self.start_there = theirs or self.start_here
        self._own: dict[RunKey, list[int]] = {}
        for doc in self.target.get(REVIEWS, {}).values():
            key = run_key(doc, self.start_here, self.start_here)
            if key is not None:
                self._own.setdefault(key, []).append(_run_number(doc))
        self._taken = {key: max(runs) for key, runs in self._own.items()}

    def place(self, doc: Mapping[str, Any]) -> dict[str, Any]:
        """A run of the file as it is added: numbered after the user's own runs
        of its quarter, and saying which year start named it.

        Args:
            doc: the run as the dump holds it, its links already moved.

        Returns:
            A copy that keeps its number when it is above every number taken in
            its quarter, and otherwise takes the next one free; a run the app
            cannot read is returned as it is.
        """
        placed = dict(doc)
        key = run_key(doc, self.start_there, self.start_here)
        if key is None:
            return placed
        # Named under the dump's year start, whatever the user's is now.
        placed.setdefault("start_month", self.start_there)
        was = _run_number(doc)
        taken = self._taken.get(key, 0)
        now = was if was > taken else taken + 1
        self._taken[key] = now
        if now != was:
            placed["run"] = now
            own = tuple(sorted(self._own.get(key, ())))
            self.renumbered.append(Renumbered(key[0], was, now, own))
        return placed


def renumbered_notes(renumbered: Sequence[Renumbered]) -> tuple[str, ...]:
    """How the file's runs read beside the user's own, for the import's report.

    Args:
        renumbered: the runs that came in under another number.

    Returns:
        One sentence naming the first such run and how many there are, then how
        two runs of one quarter read and how to see its wins in one summary;
        none when no run was renumbered.
    """
    if not renumbered:
        return ()
    first = renumbered[0]
    yours = first.before[-1] if first.before else first.now - 1
    told = catalogue.IMPORT_RUN_RENUMBERED.format(
        quarter=first.quarter, was=first.was, now=first.now, yours=yours
    )
    if len(renumbered) > 1:
        told += " " + counted(
            len(renumbered) - 1,
            catalogue.IMPORT_RUNS_RENUMBERED_MORE_ONE,
            catalogue.IMPORT_RUNS_RENUMBERED_MORE,
        )
    return (told, catalogue.IMPORT_RUNS_READ.format(quarter=first.quarter))
