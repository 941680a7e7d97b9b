"""The pitch tells a measured change once, even when the win's measure and its
"what changed" give it in different units."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.domain.framing import same_before_after
from careerclimb_tui.domain.pitch import build_pitch
from careerclimb_tui.domain.records import FRAMING_IMPACT, Measure, Win

TODAY = dt.date(2026, 11, 18)
RTO = Measure(before=240, after=15, unit="minutes", label="RTO")


# (case, what changed, how often "went from" is told)
TOLD: list[tuple[str, str, int]] = [
    ("same change in hours", "Recovery time objective went from 4h to 15 min.", 1),
    ("same change, same units", "Recovery time objective went from 240 to 15 min.", 1),
    ("another change", "Recovery time objective went from 4h to 30 min.", 2),
    ("another kind of unit", "Restores needed went from 4 steps to 1 step.", 2),
]


@pytest.mark.parametrize(
    ("changed", "times"), [row[1:] for row in TOLD], ids=[row[0] for row in TOLD]
)
def test_a_result_given_in_two_units_is_told_once(changed: str, times: int) -> None:
    win = Win(
        id=1,
        title="Rebuilt disaster recovery for the payments database",
        date=dt.date(2026, 11, 2),
        what_changed=changed,
        measure=RTO,
        framing=FRAMING_IMPACT,
    )

    draft = build_pitch([win], [], [], TODAY)

    assert draft.text.count("went from") == times
    assert changed.casefold() in draft.text.casefold(), "the user's words are kept"


# (case, first, second, the same before → after)
PAIRS: list[tuple[str, Measure, Measure, bool]] = [
    ("minutes and hours", RTO, Measure(4, 0.25, "hours"), True),
    ("short unit names", RTO, Measure(4, 0.25, "h"), True),
    ("another after", RTO, Measure(4, 0.5, "hours"), False),
    ("units of another kind", RTO, Measure(240, 15, "deploys"), False),
    ("no before", RTO, Measure(after=15, unit="minutes"), False),
    ("data sizes", Measure(2, 1, "GB"), Measure(2048, 1024, "MB"), True),
]


@pytest.mark.parametrize(
    ("first", "second", "same"), [row[1:] for row in PAIRS], ids=[r[0] for r in PAIRS]
)
def test_a_before_and_after_compare_across_units(
    first: Measure, second: Measure, same: bool
) -> None:
    assert same_before_after(first, second) is same
