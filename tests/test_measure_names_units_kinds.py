"""Measures read from a win's text say what they measure and read as typed.

A time taken "in" so long is named for what it took to do; a unit agrees with a
"1" beside it; money typed short stays short; a saving, a change and a before →
after are each headed for what they are.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.framing import read_statement, stated_measure
from careerclimb_tui.domain.measure_text import with_measure
from careerclimb_tui.domain.records import (
    Measure,
    Win,
    describe_amount,
    describe_measure,
    describe_under_kind,
    measure_kind,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.journal import WinDetailScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

DAY = dt.date(2026, 11, 2)

# --- What a time taken "in" so long is named ----------------------------------------

NAMED = [
    (
        "New joiners now ship their first change in 1 week instead of 3",
        "time to first change",
    ),
    ("New hires open their first PR within 2 days, not 5", "time to first PR"),
    ("Customers get a refund in 1 day instead of 5", "time to get a refund"),
    ("Support answers a ticket in 2 hours, not 8", "time to answer a ticket"),
    ("We close tickets in 2 days instead of 5", "time to close tickets"),
    (
        "The on-call engineer now diagnoses payment incidents in 3 minutes "
        "instead of 30",
        "time to diagnose payment incidents",
    ),
    ("we fix flaky tests in 2 days, down from 9", "time to fix flaky tests"),
    ("We merge PRs in 4 hours vs 2 days before", "time to merge PRs"),
    # What was done so quickly is named by its verb, with or without "now".
    ("Reviews now land in 4 hours (was 2 days)", "time to land"),
    ("Reviews land in 4 hours instead of 2 days", "time to land"),
    ("PRs merge in 4 hours instead of 2 days", "time to merge"),
    ("Fixes now ship in 2 days instead of 9", "time to ship"),
    ("The team ships fixes in 2 days instead of 9", "time to ship fixes"),
    ("Hotfixes deploy in 10 minutes instead of 2 hours", "time to deploy"),
    ("Incidents resolve in 2 hours instead of 9", "time to resolve"),
    ("Pages resolved in 2 hours instead of 9", "time to resolve"),
    ("Support responds in 1 hour instead of 8", "time to respond"),
    # "Invoices out" would read "invoices out was 4 days": left unnamed.
    ("Invoices out in 1 day, not 4", ""),
    # Shapes that named what they measure before keep their names.
    ("Deploys take 1 day instead of 4", "Deploy time"),
    ("Cut build time from 4 days to 1 day", "build time"),
    ("new hires were productive in week 2 instead of week 6", ""),
]


@pytest.mark.parametrize(("text", "name"), NAMED, ids=[row[0] for row in NAMED])
def test_a_time_taken_in_so_long_is_named_for_what_it_took(
    text: str, name: str
) -> None:
    saved = framed(Win(title=text, date=DAY))

    assert saved.measure is not None and saved.measure.is_complete
    assert saved.measure.label == name


TYPED = [
    ("Reviews now land in 4 hours", "", 4, "time to land"),
    ("Sped up code review", "PRs now merge in 4 hours", 4, "time to merge"),
    ("Incidents resolve in 2 hours", "", 2, "time to resolve"),
    # The time the text states is not the typed after: it names something else.
    ("Reviews now land in 3 hours", "", 4, ""),
    ("Reviews now land in 4 hours", "", 4.5, ""),
]


@pytest.mark.parametrize(
    ("title", "changed", "after", "name"), TYPED, ids=[row[0] for row in TYPED]
)
def test_a_typed_measure_is_named_for_the_time_its_text_says_it_took(
    title: str, changed: str, after: float, name: str
) -> None:
    typed = Measure(before=48, after=after, unit="hours")

    saved = framed(Win(title=title, date=DAY, what_changed=changed, measure=typed))

    assert saved.measure is not None
    assert saved.measure.label == name
    assert (saved.measure.before, saved.measure.after) == (48, after)


def test_a_typed_name_is_kept_over_the_time_the_title_states() -> None:
    typed = Measure(before=48, after=4, unit="hours", label="review wait")

    saved = framed(Win(title="Reviews now land in 4 hours", date=DAY, measure=typed))

    assert saved.measure == typed


def test_the_review_card_says_what_the_onboarding_change_measured() -> None:
    saved = framed(
        Win(
            title="Rewrote the onboarding guide",
            date=DAY,
            what_changed=(
                "New joiners now ship their first change in 1 week instead of 3"
            ),
        )
    )

    assert with_measure(saved.title, saved.measure) == (
        "Rewrote the onboarding guide (time to first change 3 weeks → 1 week)"
    )


# --- Units agree with the number beside them ----------------------------------------

AGREEING = [
    (Measure(before=4, after=1, unit="days"), "4 days → 1 day"),
    (Measure(before=1, after=4, unit="days"), "1 day → 4 days"),
    (Measure(before=30, after=3, unit="minutes"), "30 → 3 minutes"),
    (
        Measure(before=4, after=1, unit="days", label="deploy time"),
        "deploy time 4 days → 1 day",
    ),
    (Measure(before=4, after=1, unit="days a week"), "4 days → 1 day a week"),
    (Measure(before=14, after=1, unit="reruns/week"), "14 reruns → 1 rerun/week"),
    (Measure(before=3, after=1, unit="replies"), "3 replies → 1 reply"),
    (Measure(before=2, after=1, unit="PRs", label="PRs"), "PRs 2 → 1"),
    (Measure(before=5, after=1, unit="ms"), "5 → 1 ms"),
    (Measure(before=20, after=1, unit="%"), "20% → 1%"),
    (Measure(amount=-1, unit="hours a week"), "saved 1 hour a week"),
    (Measure(amount=-1, unit="incidents"), "−1 incident"),
    (Measure(amount=-3, unit="incidents"), "−3 incidents"),
]


@pytest.mark.parametrize(
    ("measure", "described"), AGREEING, ids=[row[1] for row in AGREEING]
)
def test_a_unit_agrees_with_the_number_it_follows(
    measure: Measure, described: str
) -> None:
    assert describe_measure(measure) == described


def test_one_reading_says_its_unit_in_the_singular() -> None:
    assert describe_amount(1, "days") == "1 day"
    assert describe_amount(2, "days") == "2 days"


# --- Amounts read as they were typed ------------------------------------------------

TYPED = [
    ("Saved $40k a year on cloud spend", "saved $40k a year on cloud spend"),
    ("Cut hosting from $40k to $25k a month", "hosting $40k → $25k a month"),
    ("Cut the bill from $12,000 to $8,500 a month", "bill $12,000 → $8,500 a month"),
    ("Saved $12,345 a year on licences", "saved $12,345 a year on licences"),
    ("Saved the team 2h 30m a week", "saved 2.5 hours a week"),
    ("3 fewer pages a week", "−3 pages a week"),
    ("3 fewer pages/week for on-call", "−3 pages/week"),
    ("Invoices out in 1 day, not 4", "4 days → 1 day"),
]


@pytest.mark.parametrize(("text", "described"), TYPED, ids=[row[0] for row in TYPED])
def test_a_stated_amount_reads_back_as_it_was_typed(text: str, described: str) -> None:
    reading = read_statement(text)
    kept = stated_measure(reading.measures, reading.measure_names)

    assert kept is not None
    assert describe_measure(kept) == described


# --- A measure is headed for what it holds ------------------------------------------

SAVING = Measure(amount=-40_000, unit="$ a year", label="CI bill")
CHANGE = Measure(unit="%", change_pct=-40, label="deploy failures")
PAIR = Measure(before=24, after=9, unit="minutes", label="CI duration")

KINDS = [
    (PAIR, catalogue.MEASURE_KIND_BEFORE_AFTER),
    (SAVING, catalogue.MEASURE_KIND_SAVING),
    (CHANGE, catalogue.MEASURE_KIND_CHANGE),
    (Measure(amount=-2.5, unit="points"), catalogue.MEASURE_KIND_CHANGE),
    (Measure(amount=3, unit="incidents"), catalogue.MEASURE_KIND_CHANGE),
]


@pytest.mark.parametrize(("measure", "kind"), KINDS)
def test_a_measure_is_headed_for_what_it_holds(measure: Measure, kind: str) -> None:
    assert measure_kind(measure) == kind


def detail_labels(detail: WinDetailScreen) -> list[str]:
    return [str(label.render()) for label in detail.query(".detail-label")]


@pytest.mark.parametrize(
    ("measure", "heading"),
    [(SAVING, "Saving"), (CHANGE, "Change"), (PAIR, "Before → after")],
)
async def test_the_win_detail_heads_a_measure_for_what_it_holds(
    store: Store, clock: FixedClock, measure: Measure, heading: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(Win(title="Moved CI to spot runners", date=DAY, measure=measure))
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        detail = app.screen
        assert isinstance(detail, WinDetailScreen)
        labels = detail_labels(detail)
        values = [str(value.render()) for value in detail.query(Static)]

    assert heading in labels
    assert describe_under_kind(measure) in values
    others = {"Saving", "Change", "Before → after"} - {heading}
    assert not others & set(labels)


def test_the_packet_heads_each_measure_for_what_it_holds(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    for title, measure in (
        ("Moved CI to spot runners", SAVING),
        ("Canary releases", CHANGE),
        ("Cached the CI images", PAIR),
    ):
        store.add_win(Win(title=title, date=dt.date(2026, 10, 5), measure=measure))
    out = io.StringIO()

    assert main(["export", "--format", "md"], clock=clock, out=out) == 0
    packet = out.getvalue()

    assert "- Saving: $40k a year on CI bill" in packet
    assert "- Change: deploy failures −40%" in packet
    assert "- Before → after: CI duration 24 → 9 minutes, −63%" in packet
    assert "Before → after: saved" not in packet
    assert "Before → after: deploy" not in packet
