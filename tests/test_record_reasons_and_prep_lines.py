"""Recording a talk says why a line was left unticked, Tab after the notes goes on
to the lines, a stray cycle is caught, and the prep tells every win the same way.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli_manager import render_prep_markdown
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.conversation import (
    build_prep_plan,
    read_cycle,
    render_prep_text,
)
from careerclimb_tui.domain.criteria import looks_concrete, why_not_concrete
from careerclimb_tui.domain.records import FRAMING_IMPACT, Measure, Profile, Win
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.export.markdown import escape_inline
from careerclimb_tui.ladders import BUNDLED_DIR, load_ladder
from careerclimb_tui.screens.manager_record import RecordConversationScreen
from careerclimb_tui.store import Store, criteria_docs
from tests.helpers import make_app, notices, type_text, wait_until

SIZE = (80, 24)

# --- why a line was left unticked ---------------------------------------------------


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Be visible", catalogue.NOTE_TOO_SHORT),
        ("- Keep doing what you are doing", "vague: “keep doing”"),
        ("You need more  Leadership Presence", "vague: “leadership presence”"),
        ("Get better at the whole thing", catalogue.NOTE_NOTHING_TO_SHOW),
        ("Lead the migration off the old queue", ""),
        ("Cut pages to 3 a week", ""),
    ],
)
def test_a_line_left_unticked_says_why_and_a_concrete_one_says_nothing(
    line: str, reason: str
) -> None:
    assert why_not_concrete(line) == reason
    assert looks_concrete(line) == (reason == "")


NOTES = (
    "Keep doing what you are doing",
    "Get better at the whole thing",
    "Lead the migration off the old queue, e.g. payments",
)


async def open_record(pilot: Pilot[None]) -> RecordConversationScreen:
    await pilot.press("m", "n")
    await wait_until(
        pilot, lambda: isinstance(pilot.app.screen, RecordConversationScreen)
    )
    record = pilot.app.screen
    assert isinstance(record, RecordConversationScreen)
    return record


def row_text(table: DataTable[object], row: int) -> str:
    return str(table.get_row_at(row)[1])


async def test_tab_after_the_notes_shows_the_lines_with_the_reason_under_each_unticked(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        record = await open_record(pilot)
        await type_text(pilot, "\n".join(NOTES))
        await pilot.press("tab")
        await pilot.pause()

        table = record.query_one("#drafts", DataTable)
        assert record.step == "criteria"
        assert table.has_focus, "Tab goes on to the lines, not round to the date"
        assert [d.keep for d in record.drafts] == [False, False, True]
        assert row_text(table, 0).splitlines()[1] == "vague: “keep doing”"
        assert row_text(table, 1).splitlines()[1] == catalogue.NOTE_NOTHING_TO_SHOW
        assert len(row_text(table, 2).splitlines()) == 1, "a kept line needs none"
        detail = str(record.query_one("#draft-detail", Static).render())
        assert "Space ticks it if it is a real criterion" in " ".join(detail.split())

        await pilot.press("down", "space")
        assert record.drafts[1].keep
        assert len(row_text(table, 1).splitlines()) == 1, "ticked, no reason shows"


async def test_tab_in_empty_notes_still_comes_round_to_the_date(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        record = await open_record(pilot)
        await pilot.press("tab")

        assert record.step == "notes"
        assert record.query_one("#talk-date", Input).has_focus


# --- the cycle ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, kept",
    [
        ("", ""),
        ("  H1   2027 ", "H1 2027"),
        ("FY27", "FY27"),
        ("Q3 '27", "Q3 '27"),
        ("cycle closing 2027-03-31", "cycle closing 2027-03-31"),
        ("Spring 2027 promotion round", "Spring 2027 promotion round"),
    ],
)
def test_a_cycle_with_a_year_is_kept_tidied(typed: str, kept: str) -> None:
    assert read_cycle(typed) == kept


@pytest.mark.parametrize(
    "typed, message",
    [
        (
            "cycle closing 2027-03-31Lead the",
            catalogue.MANAGER_CYCLE_AFTER_DATE.format(
                cycle="cycle closing 2027-03-31Lead the",
                kept="cycle closing 2027-03-31",
            ),
        ),
        (
            "cycle closing 2027-02-30",
            catalogue.MANAGER_CYCLE_BAD_DATE.format(
                cycle="cycle closing 2027-02-30", date="2027-02-30"
            ),
        ),
        (
            "H1 2027-01-05x",
            catalogue.MANAGER_CYCLE_BAD_DATE.format(
                cycle="H1 2027-01-05x", date="2027-01-05x"
            ),
        ),
        (
            "the spring round",
            catalogue.MANAGER_CYCLE_NO_YEAR.format(cycle="the spring round"),
        ),
        (
            "H1 2027 Lead the migration off the old queue",
            catalogue.MANAGER_CYCLE_TOO_LONG.format(
                cycle="H1 2027 Lead the migration off the old…"
            ),
        ),
    ],
)
def test_stray_text_in_the_cycle_is_refused_with_what_to_write(
    typed: str, message: str
) -> None:
    with pytest.raises(CareerClimbError) as refused:
        read_cycle(typed)

    assert refused.value.message == message


async def test_text_typed_onto_the_cycle_is_caught_before_the_lines(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        record = await open_record(pilot)
        cycle = record.query_one("#talk-cycle", Input)
        cycle.value = "cycle closing 2027-03-31"
        await type_text(pilot, NOTES[2])
        await pilot.press("shift+tab", "end")
        await type_text(pilot, "Lead")
        await pilot.press("ctrl+s")
        await pilot.pause()

        assert record.step == "notes"
        assert cycle.has_focus
        assert catalogue.MANAGER_CYCLE_AFTER_DATE.format(
            cycle="cycle closing 2027-03-31Lead", kept="cycle closing 2027-03-31"
        ) in notices(app)

        await pilot.press("backspace", "backspace", "backspace", "backspace")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()

    saved = criteria_docs.criteria(store)
    assert {c.cycle for c in saved if c.text.startswith("Lead the migration")} == {
        "cycle closing 2027-03-31"
    }


# --- the prep's evidence ------------------------------------------------------------


def win(title: str, win_id: int, **fields: Any) -> Win:
    return Win(
        title=title,
        date=dt.date(2026, 10, 1),
        id=win_id,
        framing=FRAMING_IMPACT,
        **fields,
    )


def test_every_evidence_line_tells_the_change_with_its_measure_once() -> None:
    ladder = load_ladder(BUNDLED_DIR / "software-engineer.yaml")
    profile = Profile(
        ladder_id="software-engineer", current_level="mid", target_level="senior"
    )
    wins = [
        win(
            "Rebuilt the deploy pipeline",
            1,
            what_changed="Deploys no longer fail on Fridays",
            measure=Measure(before=12, after=3, unit="failures/week", label="deploy"),
        ),
        win(
            "Moved search to the new index",
            2,
            what_changed="Search p95 fell from 900 to 300 ms",
            measure=Measure(before=900, after=300, unit="ms", label="p95"),
        ),
        win(
            "Cut checkout latency",
            3,
            measure=Measure(change_pct=-40, label="p95"),
        ),
    ]

    plan = build_prep_plan(profile, ladder, wins, None, [], dt.date(2026, 11, 18))

    lines = [
        "Deploys no longer fail on Fridays (deploy 12 → 3 failures/week) — "
        "logged as: rebuilt the deploy pipeline",
        "Search p95 fell from 900 to 300 ms — logged as: moved search to the new index",
        "P95 −40% — logged as: cut checkout latency",
    ]
    assert [line.text for line in plan.evidence] == lines
    printed = " ".join(render_prep_text(plan).split()).replace("\u00a0", " ")
    exported = render_prep_markdown(plan)
    for line in lines:
        assert line in printed
        assert escape_inline(line) in exported


PAGES = Measure(before=35, after=12, unit="pages/week", label="pages")


@pytest.mark.parametrize(
    "title, what_changed, line",
    [
        # The change only says the title's before → after again.
        (
            "Cut pages per on-call week from 35 to 12",
            "Pages per on-call week went from 35 to 12",
            "Cut pages per on-call week from 35 to 12",
        ),
        # A change in words of its own is still told.
        (
            "Cut pages per on-call week from 35 to 12",
            "On-call engineers sleep through the night",
            "On-call engineers sleep through the night — logged as: "
            "cut pages per on-call week from 35 to 12",
        ),
        # Numbers the title does not give are still worth hearing.
        (
            "Quietened the on-call rota",
            "Pages per on-call week went from 35 to 12",
            "Pages per on-call week went from 35 to 12 — logged as: "
            "quietened the on-call rota",
        ),
    ],
)
def test_an_evidence_line_does_not_say_the_titles_numbers_twice(
    title: str, what_changed: str, line: str
) -> None:
    ladder = load_ladder(BUNDLED_DIR / "software-engineer.yaml")
    profile = Profile(
        ladder_id="software-engineer", current_level="mid", target_level="senior"
    )
    wins = [win(title, 1, what_changed=what_changed, measure=PAGES)]

    plan = build_prep_plan(profile, ladder, wins, None, [], dt.date(2026, 11, 18))

    assert [evidence.text for evidence in plan.evidence] == [line]
    printed = " ".join(render_prep_text(plan).split()).replace("\u00a0", " ")
    assert line in printed
