"""A round amount of change keeps the short form it was typed in ("−40k a year"),
as a before → after does; only money or time over a period reads as a saving."""

from __future__ import annotations

import pytest

from careerclimb_tui.domain.records import Measure, describe_amount_of_change


@pytest.mark.parametrize(
    ("amount", "unit", "label", "said"),
    [
        (-40_000, "a year", "", "−40k a year"),
        (40_000, "a year", "", "+40k a year"),
        (-40_000, "pages", "", "−40k pages"),
        (-1_500_000, "users", "", "−1.5m users"),
        (-12_345, "a year", "", "−12345 a year"),
        (-3, "incidents", "", "−3 incidents"),
        (-40_000, "$ a year", "", "saved $40k a year"),
        (-40_000, "$ a year", "CI bill", "saved $40k a year on CI bill"),
        (-1_500_000, "minutes", "", "−1500000 minutes"),
    ],
    ids=[
        "no money or time, cut",
        "no money or time, grown",
        "a count",
        "millions of a count",
        "not round",
        "small",
        "money is a saving",
        "money with a name",
        "millions of a unit of time stay whole",
    ],
)
def test_a_round_amount_of_change_is_written_short(
    amount: float, unit: str, label: str, said: str
) -> None:
    measure = Measure(amount=amount, unit=unit, label=label)

    assert describe_amount_of_change(measure) == said
