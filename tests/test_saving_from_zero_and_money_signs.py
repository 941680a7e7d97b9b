"""A saving typed as 0 → a negative amount reads as the saving it is."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.numbers import measure_from_fields
from careerclimb_tui.domain.records import (
    Measure,
    Win,
    describe_measure,
    describe_under_kind,
    is_saving,
    measure_kind,
)
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store

SAVED = "saved $40k a year on AWS spend"

# (before, after, unit, how describe_measure says it, the heading it goes under)
MEASURES = {
    "0 to a negative amount of money": (
        0, -40_000, "$ a year", SAVED, catalogue.MEASURE_KIND_SAVING
    ),
    "the amount alone": (
        None, -40_000, "$ a year", SAVED, catalogue.MEASURE_KIND_SAVING
    ),
    "0 to negative hours a week": (
        0, -3, "hours/week", "saved 3 hours/week on AWS spend",
        catalogue.MEASURE_KIND_SAVING,
    ),
    "a spend that fell from above 0": (
        12_000, 8_500, "$ a year", "AWS spend $12,000 → $8,500 a year",
        catalogue.MEASURE_KIND_BEFORE_AFTER,
    ),
    "0 to a rise in money": (
        0, 2_000, "$ a year", "AWS spend $0 → $2,000 a year",
        catalogue.MEASURE_KIND_BEFORE_AFTER,
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("before", "after", "unit", "said", "kind"),
    MEASURES.values(),
    ids=MEASURES.keys(),
)
def test_a_saving_from_zero_reads_as_the_saving_alone_does(
    before: float | None, after: float, unit: str, said: str, kind: str
) -> None:
    if before is None:
        measure = Measure(amount=after, unit=unit, label="AWS spend")
    else:
        measure = Measure(before=before, after=after, unit=unit, label="AWS spend")

    assert describe_measure(measure) == said
    assert measure_kind(measure) == kind
    assert is_saving(measure) == (kind == catalogue.MEASURE_KIND_SAVING)
    if kind == catalogue.MEASURE_KIND_SAVING:
        assert describe_under_kind(measure) == said.removeprefix("saved ")


def test_a_saving_typed_from_zero_is_kept_as_the_saving_typed_alone() -> None:
    from_zero = measure_from_fields("AWS spend", "0", "-$40k", "a year")
    alone = measure_from_fields("AWS spend", "", "-$40k", "a year")

    assert (
        from_zero
        == alone
        == Measure(amount=-40_000, unit="$ a year", label="AWS spend")
    )


def test_a_packet_tells_a_saving_from_zero_as_a_saving(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    day = clock.today() - dt.timedelta(days=1)
    store.add_win(
        Win(
            title="Saved $40k on the cloud",
            date=day,
            measure=Measure(before=0, after=-40_000, unit="$ a year", label="AWS"),
        )
    )
    store.add_win(
        Win(
            title="Cut the CI bill",
            date=day,
            measure=Measure(
                before=12_000, after=8_500, unit="$/month", label="CI spend"
            ),
        )
    )
    ladder = load_shelf().get(DEMO_PROFILE.ladder_id)
    assert ladder is not None

    packet = packet_markdown(store, ladder, store.profile(), clock.today())

    assert "- Saving: $40k a year on AWS" in packet
    assert "CI spend $12,000 → $8,500 per month" in packet
    assert "→ −" not in packet
