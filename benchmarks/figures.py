"""What a benchmark reports: a figure, its yardstick, the ratio and the goal."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Goal:
    """What a figure should reach, and how to tell."""

    text: str
    """The goal as the table shows it, e.g. "≤ 1.3x"."""
    met: Callable[[float, float | None], bool]
    """Given the figure's median and its ratio (None without a yardstick)."""


@dataclass
class Figure:
    """One measured figure: samples of it and of its yardstick, from the same run."""

    name: str
    """What was measured, as the table's first column says it."""
    wins: int
    """How many wins the data set held."""
    unit: str
    """"s", "ms" or "MiB": how the samples are counted."""
    samples: list[float]
    """Every measurement, in ``unit``."""
    yardstick: str = ""
    """What the figure is compared with; empty when nothing is."""
    yardstick_samples: list[float] = field(default_factory=list)
    """The yardstick's measurements, same unit, same run."""
    goal: Goal | None = None
    """The goal for this figure at this size, if it has one."""
    note: str = ""
    """Anything the reader must know to read the figure right."""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def yardstick_median(self) -> float | None:
        if not self.yardstick_samples:
            return None
        return statistics.median(self.yardstick_samples)

    @property
    def ratio(self) -> float | None:
        """The figure's median over its yardstick's; None without a yardstick."""
        floor = self.yardstick_median
        if floor is None or floor <= 0:
            return None
        return self.median / floor

    @property
    def verdict(self) -> str:
        """ "met", "missed", or "" when the figure has no goal."""
        if self.goal is None:
            return ""
        return "met" if self.goal.met(self.median, self.ratio) else "missed"

    def as_json(self) -> dict[str, Any]:
        """The figure with every sample, for the results file."""
        return {
            "name": self.name,
            "wins": self.wins,
            "unit": self.unit,
            "median": self.median,
            "samples": self.samples,
            "yardstick": self.yardstick or None,
            "yardstick_median": self.yardstick_median,
            "yardstick_samples": self.yardstick_samples,
            "ratio": self.ratio,
            "goal": self.goal.text if self.goal else None,
            "verdict": self.verdict or None,
            "note": self.note or None,
        }


def at_most_ratio(limit: float) -> Goal:
    """The figure's ratio to its yardstick is ``limit`` or less."""
    return Goal(
        f"≤ {limit:g}x", lambda _median, ratio: ratio is not None and ratio <= limit
    )


def under(limit: float, unit: str) -> Goal:
    """The figure's median is below ``limit``."""
    return Goal(f"< {limit:g} {unit}", lambda median, _ratio: median < limit)


def both(first: Goal, second: Goal) -> Goal:
    """Both goals at once."""
    return Goal(
        f"{first.text}, {second.text}",
        lambda median, ratio: first.met(median, ratio) and second.met(median, ratio),
    )


def timed(action: Callable[[], object]) -> float:
    """How long one call of ``action`` took, in seconds."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start
