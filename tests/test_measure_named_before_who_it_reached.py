"""A count named before the verb of its change is named by those words, even
when who it reached stands between them ("pager escalations to me went 9 → 1")."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.domain.framing import read_statement
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pager escalations to me went 9 → 1 a month", "pager escalations"),
        (
            "Both now run incidents alone; pager escalations to me went 9 → 1 a month",
            "pager escalations",
        ),
        ("pages for us dropped from 12 to 2 a week", "pages"),
        ("tickets for me fell from 9 to 1", "tickets"),
        ("pager escalations went 9 → 1 a month", "pager escalations"),
        ("requests to the billing API went 900 → 100", "requests to the billing API"),
        ("Deploys 40 → 8 minutes", "Deploy time"),
        ("deploys per week 3×", "deploys per week"),
    ],
    ids=[
        "to me",
        "after another clause",
        "for us",
        "for me",
        "nobody reached",
        "where they went stays in the name",
        "time of each deploy",
        "a factor after its name",
    ],
)
def test_the_words_before_a_change_name_it(text: str, name: str) -> None:
    reading = read_statement(text)

    assert reading.measure_names == (name,)
    assert reading.has_metric


def test_a_logged_win_keeps_the_name_of_its_count() -> None:
    win = framed(
        Win(
            title="Mentored two juniors to their first on-call",
            date=dt.date(2026, 10, 5),
            what_changed=(
                "Both now run incidents alone; "
                "pager escalations to me went 9 → 1 a month"
            ),
        )
    )

    assert win.measure is not None
    assert win.measure.label == "pager escalations"
