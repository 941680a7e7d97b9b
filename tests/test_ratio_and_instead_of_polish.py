"""Rates such as "1 in 5" and pairs with no "from" read as measured changes, and
comparisons with "instead of" read as a change whatever their tense."""

from __future__ import annotations

import pytest

from careerclimb_tui.domain.framing import rate_percent, read_statement, read_win
from careerclimb_tui.domain.measure_text import states_measure, with_measure
from careerclimb_tui.domain.records import FRAMING_ACTIVITY, FRAMING_IMPACT, Measure


@pytest.mark.parametrize(
    ("text", "before", "after", "unit"),
    [
        ("failed releases fell from 1 in 5 to 1 in 25", 20, 4, "%"),
        ("failed deploys went from one in five to one in twenty", 20, 5, "%"),
        ("failed deploys one in five to one in twenty", 20, 5, "%"),
        ("failed releases 1 in 5 → 1 in 25", 20, 4, "%"),
        ("deploy failures fell one time in five to one time in ten", 20, 10, "%"),
        ("flaky builds fell from 1 in 1,000 to 1 in 100,000", 0.1, 0.001, "%"),
        (
            "both now handle pages alone, time to first solo shift 6 weeks to 2 weeks",
            6,
            2,
            "weeks",
        ),
        ("Time to first solo shift: 6 weeks to 2 weeks", 6, 2, "weeks"),
        ("test coverage 40% to 80%", 40, 80, "%"),
    ],
)
def test_rates_and_named_pairs_are_measured_changes(
    text: str, before: float, after: float, unit: str
) -> None:
    reading = read_statement(text)

    assert reading.has_metric
    assert reading.is_impact
    [measure] = reading.measures
    assert (measure.before, measure.after) == pytest.approx((before, after))
    assert measure.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "3 to 4 people helped",
        "it takes 2 weeks to 3 weeks",
        "Estimate: 2 weeks to 3 weeks",
        "between 2 weeks to 3 weeks",
        "on March 3 to March 5",
        "upgraded Postgres 11 to 15",
        "v1.2 to v1.3 rollout",
        "1 in 5 to 1 in 25",
        "went from 1 in 2023 to 4 in 2024",
        "fell from 8 in 5 to 1 in 5",
        "alerts fell from 1 in 5 minutes to 1 in 25 minutes",
        "Releases fail one time in five",
    ],
)
def test_ranges_dates_and_versions_are_not_measured_changes(text: str) -> None:
    assert not read_statement(text).has_metric


def test_a_rate_with_more_words_than_twenty_is_not_read() -> None:
    assert rate_percent("one", "twenty") == 5
    assert rate_percent("1", "3") == pytest.approx(33.33)
    assert rate_percent("one", "thirty") is None
    assert rate_percent("6", "5") is None


def test_a_rate_states_its_share_so_it_is_not_repeated() -> None:
    measure = Measure(before=20, after=4, unit="%", label="failed releases")
    text = "failed releases fell from one in five to 1 in 25"

    assert states_measure(text, measure)
    assert with_measure(text, measure) == text
    assert with_measure("Cut failed releases", measure) == (
        "Cut failed releases (failed releases 20% → 4%)"
    )


@pytest.mark.parametrize(
    ("text", "framing"),
    [
        (
            "The team agreed a plan in one review instead of weeks of debate.",
            FRAMING_IMPACT,
        ),
        ("Agreed a plan in one review instead of weeks of debate", FRAMING_IMPACT),
        (
            "Alerts reached the owning team instead of the on-call engineer",
            FRAMING_IMPACT,
        ),
        ("Worked on the plan instead of the migration", FRAMING_ACTIVITY),
        ("Wrote the RFC instead of a design doc", FRAMING_ACTIVITY),
        ("We chose Postgres instead of MySQL", FRAMING_ACTIVITY),
        ("Chose Postgres rather than MySQL", FRAMING_ACTIVITY),
        ("I wrote the RFC instead of a doc", FRAMING_ACTIVITY),
    ],
)
def test_a_comparison_with_instead_of_states_a_change_in_any_tense(
    text: str, framing: str
) -> None:
    assert read_statement(text).framing == framing


def test_a_planned_comparison_is_still_a_plan() -> None:
    reading = read_statement("We will agree plans in one review instead of weeks")

    assert not reading.is_impact


def test_the_demo_rfc_win_reads_as_impact() -> None:
    reading = read_win(
        "Scoped the search migration myself and wrote the RFC with trade-offs",
        "The team agreed a plan in one review instead of weeks of debate.",
    )

    assert reading.is_impact
