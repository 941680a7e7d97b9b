"""A packet limited to a period says which of its sections cover every date; one
phrase for a win no review has judged; one minus sign in every sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Measure, describe_measure
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store

Q3 = Quarter(2026, 3)
JULY = dt.date(2026, 7, 1)

# (since, quarter, what the sections that cover every date say they are not only)
PERIODS = {
    "every win": (None, None, ""),
    "a quarter": (None, Q3, "the wins of 2026Q3"),
    "since a day": (JULY, None, "the wins since 2026-07-01"),
    "both": (JULY, Q3, "the wins of 2026Q3 since 2026-07-01"),
}


@pytest.mark.parametrize(
    ("since", "quarter", "scope"), PERIODS.values(), ids=PERIODS.keys()
)
def test_a_packet_for_a_period_says_which_sections_cover_every_date(
    store: Store,
    clock: FixedClock,
    since: dt.date | None,
    quarter: Quarter | None,
    scope: str,
) -> None:
    seed_full_demo(store, clock.today())
    ladder = load_shelf().get(DEMO_PROFILE.ladder_id)
    assert ladder is not None

    packet = packet_markdown(
        store, ladder, store.profile(), clock.today(), since=since, quarter=quarter
    )

    notes = [
        catalogue.PACKET_PITCH_EVERY_DATE,
        catalogue.PACKET_CRITERIA_EVERY_DATE,
        catalogue.PACKET_STORY_EVERY_DATE,
    ]
    headings = [
        catalogue.PACKET_PITCH,
        catalogue.PACKET_CRITERIA,
        catalogue.PACKET_STORY_OPEN.format(title=""),
    ]
    for note, heading in zip(notes, headings, strict=True):
        section = packet.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
        if scope:
            assert f"*{note.format(scope=scope)}*" in section
        else:
            assert "not only" not in section
    # The wins themselves follow the period.
    wins = packet.split(f"## {catalogue.PACKET_WINS}", 1)[1]
    if quarter is not None:
        assert "2026-12-04" not in wins


def test_a_win_no_review_has_judged_is_told_in_one_phrase() -> None:
    assert catalogue.PACKET_NOT_REVIEWED in catalogue.PACKET_PENDING_AWAITING
    assert "no review has judged" not in catalogue.PACKET_PENDING_AWAITING


MEASURES = {
    "a rate below zero": (
        Measure(before=20, after=-5, unit="%", label="Error budget"),
        "Error budget 20% → −5%, −25 points",
    ),
    "a count below zero": (
        Measure(before=-12, after=8, unit="pt", label="NPS"),
        "NPS −12 → 8 pt",
    ),
    "a count with a word for each number": (
        Measure(before=-1, after=3, unit="days", label="Slack"),
        "Slack −1 day → 3 days",
    ),
}


@pytest.mark.parametrize(("measure", "said"), MEASURES.values(), ids=MEASURES.keys())
def test_numbers_below_zero_take_the_same_minus_sign_as_the_change(
    measure: Measure, said: str
) -> None:
    shown = describe_measure(measure, moved=True)
    assert shown == said
    assert "-" not in shown
