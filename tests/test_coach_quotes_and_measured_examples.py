"""The coach quotes a cut title with "…", and asks for a measured change with
the win's own numbers once the user has given them."""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.domain.framing import read_statement, read_win
from careerclimb_tui.domain.records import Measure

DASHBOARD = "Built a cost dashboard for the data platform — Überblick für Kosten"
CHANGED = "Finance now spots cost spikes sooner"

QUOTED = [
    # Longer than a quote may run: cut after a whole word, and said to be cut.
    (
        DASHBOARD,
        CHANGED,
        "Built a cost dashboard for the data platform — Überblick für…",
    ),
    (
        "Reviewed 200 PRs for the payments platform team during the long freeze",
        "",
        "Reviewed 200 PRs for the payments platform team during the…",
    ),
    # A whole clause, however it ends, is quoted as it is.
    ("Reviewed 200 PRs", "", "Reviewed 200 PRs"),
    (
        "Reviewed 200 PRs for the payments team, all quarter",
        "",
        "Reviewed 200 PRs for the payments team",
    ),
    (
        "Built a cost dashboard for the data platform",
        CHANGED,
        "Built a cost dashboard for the data platform",
    ),
]


@pytest.mark.parametrize(
    ("title", "changed", "quote"), QUOTED, ids=[row[2] for row in QUOTED]
)
def test_a_quote_that_is_cut_ends_in_an_ellipsis(
    title: str, changed: str, quote: str
) -> None:
    reading = read_win(title, changed, Measure(before=14, after=1, unit="days"))
    if not changed:
        reading = read_statement(title)

    assert f"“{quote}”" in reading.hints[0]


EXAMPLES = [
    # The measure's fields are filled in: the example is told with them.
    (
        Measure(before=14, after=1, unit="days", label="time to spot a cost spike"),
        CHANGED,
        "time to spot a cost spike 14 days → 1 day",
    ),
    (Measure(before=14, after=1, unit="days"), CHANGED, "<what> 14 days → 1 day"),
    (
        Measure(before=12000, after=8500, unit="$ a month", label="cloud bill"),
        CHANGED,
        "cloud bill $12,000 → $8,500 a month",
    ),
    # Or the text states them.
    (
        None,
        "Cost spikes are now spotted in 1 day instead of 14",
        "<what> 14 days → 1 day",
    ),
    # Nothing to tell the numbers with: the template, to fill in.
    (
        None,
        "Cloud spend fell 12% and idle clusters fell 30%",
        catalogue.FRAMING_MEASURED_CHANGE_EXAMPLE,
    ),
]


@pytest.mark.parametrize(
    ("measure", "changed", "example"),
    EXAMPLES,
    ids=["named", "unnamed", "money", "stated in the text", "no single measure"],
)
def test_an_activity_title_is_asked_to_lead_with_the_wins_own_numbers(
    measure: Measure | None, changed: str, example: str
) -> None:
    title = "Built a cost dashboard for the data platform"

    reading = read_win(title, changed, measure)

    assert reading.hints[0] == catalogue.FRAMING_TITLE_STILL_ACTIVITY_MEASURED.format(
        phrase=title, example=example
    )
    assert reading.hints[0].endswith(f"e.g. “{example}”")
    if measure is not None:
        assert "<before>" not in " ".join(reading.hints)
