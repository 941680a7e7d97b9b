"""How a measure's numbers are said: round counts from ten thousand up are
written short as they are typed, and a change that is not total never reads
as −100% or +100%."""

from __future__ import annotations

import pytest

from careerclimb_tui.domain.numbers import measure_from_fields
from careerclimb_tui.domain.records import Measure, describe_change, describe_measure

COUNT_PAIRS = [
    # before, after, unit, said
    ("100k", "-40k", "", "100k → −40k"),
    ("100k", "-40k", "usd", "100k → −40k usd"),
    ("1.5m", "250k", "requests", "1.5m → 250k requests"),
    ("1.5m", "700k", "USD", "1.5m → 700k USD"),
    ("$2bn", "$1.5m", "", "$2bn → $1.5m"),
    # Millions of a unit of time in full: "1.5m" would read as minutes.
    ("1500000", "20000", "seconds", "1500000 → 20000 seconds"),
    ("1500000", "20000", "seconds a week", "1500000 → 20000 seconds a week"),
    ("100000", "20000", "seconds", "100k → 20k seconds"),
    ("2000000", "1500000", "engineer hours", "2000000 → 1500000 engineer hours"),
    ("40000", "1", "", "40000 → 1"),
    ("12345", "20000", "", "12345 → 20000"),
    ("30", "3", "minutes", "30 → 3 minutes"),
    ("$100k", "-$40k", "", "$100k → −$40k"),
]


@pytest.mark.parametrize("before, after, unit, said", COUNT_PAIRS)
def test_a_count_is_said_the_way_it_was_typed(
    before: str, after: str, unit: str, said: str
) -> None:
    measure = measure_from_fields("", before, after, unit)

    assert measure is not None
    assert describe_measure(measure) == said


CHANGES = [
    # before, after, said
    (40_000, 10, "−99.9%"),
    (40_000, 0, "−100%"),
    (1_000, 5, "−99.5%"),
    (1_000, 6, "−99%"),
    (1_000, 4, "−99.6%"),
    (100, 199.6, "+99.6%"),
    (100, 200, "+100%"),
    (100, 200.4, "+100.4%"),
    (100, 60, "−40%"),
    (100, 98.6, "−1%"),
    (3, 1, "−67%"),
]


@pytest.mark.parametrize("before, after, said", CHANGES)
def test_a_change_that_is_not_total_never_reads_as_one(
    before: float, after: float, said: str
) -> None:
    measure = Measure(before=before, after=after, unit="pages")

    assert describe_change(measure) == said
