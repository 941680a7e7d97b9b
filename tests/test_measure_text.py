"""Whether a text already states a measure, and the measure added where it does not."""

from __future__ import annotations

import pytest

from careerclimb_tui.domain import evidence, measure_text
from careerclimb_tui.domain.measure_text import numbers_in, with_measure
from careerclimb_tui.domain.records import Measure, describe_measure

SPEND = Measure(before=12000, after=8500, unit="$/month", label="CI spend")


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Cut CI spend from $12,000 to $8,500", (12000, 8500)),
        ("Cut CI spend from $12k to $8.5K", (12000, 8500)),
        ("Saved €1.5M, then £2 million", (1_500_000, 2_000_000)),
        ("Builds take 5m now, was 12m", (5, 12)),
        ("From 1,200 to 300 ms", (1200, 300)),
    ],
)
def test_numbers_are_read_as_written_with_money_scales(
    text: str, numbers: tuple[float, ...]
) -> None:
    assert numbers_in(text) == pytest.approx(numbers)


@pytest.mark.parametrize(
    "text",
    [
        "Cut CI spend from $12,000 to $8,500 a month",
        "Cut CI spend from $12k to $8.5k a month",
        "Cut CI spend from 12000 to 8500",
    ],
)
def test_money_written_any_usual_way_states_the_measure(text: str) -> None:
    assert measure_text.states_measure(text, SPEND)
    assert evidence.states_measure(text, SPEND)
    assert with_measure(text, SPEND) == text


def test_a_measure_not_in_the_text_is_added_as_the_measure_shows_it() -> None:
    text = "Moved CI to spot runners"

    shown = with_measure(text, SPEND)

    assert shown == f"{text} ({describe_measure(SPEND)})"
    assert shown == f"{text} (CI spend $12,000 → $8,500 per month)"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Cut CI spend from $12 to $8.5", SPEND),
        ("p95 latency from 1,200 to 300 ms", Measure(before=1200, after=300)),
        ("p95 latency from 1200 to 300 ms", Measure(before=1200, after=300)),
        ("Deploy failures down 40%", Measure(change_pct=-40)),
    ],
)
def test_the_two_readers_of_a_stated_measure_agree(text: str, measure: Measure) -> None:
    assert evidence.states_measure(text, measure) is measure_text.states_measure(
        text, measure
    )


SAVING = Measure(amount=-40_000, unit="$ a year", label="CI bill")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Saved $40k a year on the CI bill", "Saved $40k a year on the CI bill"),
        (
            "Moved CI to spot runners",
            "Moved CI to spot runners (saved $40k a year on CI bill)",
        ),
    ],
)
def test_an_amount_of_change_is_added_only_where_the_text_does_not_state_it(
    text: str, shown: str
) -> None:
    assert with_measure(text, SAVING) == shown
