"""A result from readings too close together is told as early, and the check asks
for a later reading, as the problem page and the packet already say."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.initiative import (
    Reading,
    Stage,
    add_reading,
    advance,
    early_result_fact,
    start_initiative,
)
from careerclimb_tui.domain.pitch import (
    FlagKind,
    InitiativeFacts,
    PitchFlag,
    build_pitch,
    check_pitch,
    early_readings_said,
    early_result,
)
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from careerclimb_tui.store.peers_docs import initiative_facts_from_json
from tests.helpers import make_app, wait_until

TODAY = dt.date(2026, 11, 18)
MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)

DEPLOYS = InitiativeFacts(
    id=7,
    title="Deploys fail one time in five",
    fix="Moved migrations out of the deploy",
    measure=Measure(before=20, after=2, unit="%", label="failed deploys"),
    agreed=("platform team",),
    has_result=True,
    driven=True,
)


def measured(days_apart: int) -> InitiativeFacts:
    """The deploys initiative, its latest reading taken today."""
    start = TODAY - dt.timedelta(days=days_apart)
    return replace(DEPLOYS, measured_from=start, measured_to=TODAY)


def early_flags(text: str, facts: InitiativeFacts) -> list[PitchFlag]:
    found = check_pitch(text, [], [], [facts])
    return [flag for flag in found if flag.kind is FlagKind.EARLY_RESULT]


# --- one rule, the problem page's own ---------------------------------------------


@pytest.mark.parametrize(
    ("days_apart", "said"),
    [
        (0, "so far measured only on 18 Nov 2026"),
        (1, "so far measured only between 17 and 18 Nov 2026"),
        (6, "so far measured only between 12 and 18 Nov 2026"),
        (7, ""),
        (45, ""),
    ],
)
def test_an_early_result_is_named_by_its_readings_days(
    days_apart: int, said: str
) -> None:
    assert early_result(measured(days_apart)) == said


@pytest.mark.parametrize("days_apart", [0, 3, 6, 7, 28, 60])
def test_the_pitch_and_the_problem_page_agree_on_an_early_result(
    days_apart: int,
) -> None:
    initiative = start_initiative("Deploys fail one time in five", MOMENT)
    start = TODAY - dt.timedelta(days=days_apart)
    initiative = add_reading(initiative, Reading(20, "%", start), MOMENT)
    initiative = add_reading(initiative, Reading(2, "%", TODAY), MOMENT)

    assert early_result(measured(days_apart)) == early_result_fact(initiative)


@pytest.mark.parametrize(
    "facts",
    [
        DEPLOYS,
        replace(DEPLOYS, measured_from=TODAY),
        replace(DEPLOYS, measure=None, measured_from=TODAY, measured_to=TODAY),
    ],
    ids=["no reading days", "no latest reading", "no before → after"],
)
def test_without_a_before_and_after_nothing_is_early(facts: InitiativeFacts) -> None:
    assert early_result(facts) == ""


# --- the draft and the check ---------------------------------------------------------


@pytest.mark.parametrize(
    ("days_apart", "told", "not_told"),
    [
        (
            0,
            "Early readings, all taken on 18 November, show that failed deploys "
            "went from 20% to 2%.",
            "The result:",
        ),
        (
            4,
            "Early readings, taken between 14 and 18 November, show that failed "
            "deploys went from 20% to 2%.",
            "The result:",
        ),
        (30, "The result: failed deploys went from 20% to 2%.", "Early readings"),
    ],
)
def test_the_draft_tells_a_result_from_close_readings_as_early(
    days_apart: int, told: str, not_told: str
) -> None:
    draft = build_pitch([], [], [measured(days_apart)], TODAY)

    assert told in draft.text
    assert not_told not in draft.text


@pytest.mark.parametrize(
    ("start", "end", "said"),
    [
        (TODAY, TODAY, "all taken on 18 November"),
        (dt.date(2026, 11, 12), TODAY, "taken between 12 and 18 November"),
        (
            dt.date(2026, 10, 29),
            dt.date(2026, 11, 2),
            "taken between 29 October and 2 November",
        ),
        (
            dt.date(2025, 12, 29),
            dt.date(2026, 1, 2),
            "taken between 29 December 2025 and 2 January 2026",
        ),
        (dt.date(2025, 3, 3), dt.date(2025, 3, 5), "taken between 3 and 5 March 2025"),
        (dt.date(2026, 10, 1), TODAY, ""),
    ],
    ids=["one day", "one month", "two months", "two years", "last year", "settled"],
)
def test_the_days_of_early_readings_are_said_as_a_person_says_them(
    start: dt.date, end: dt.date, said: str
) -> None:
    facts = replace(DEPLOYS, measured_from=start, measured_to=end)

    assert early_readings_said(facts, TODAY) == said


@pytest.mark.parametrize("days_apart", [0, 4])
def test_the_days_of_early_readings_are_not_taken_for_unrecorded_numbers(
    days_apart: int,
) -> None:
    facts = measured(days_apart)
    logged = [Win(id=1, title="Cut CI from 30 to 12 minutes", date=TODAY)]
    draft = build_pitch(logged, [], [facts], TODAY)

    flags = check_pitch(draft.text, logged, [], [facts], drafted=draft.lines)

    assert FlagKind.UNRECORDED not in {flag.kind for flag in flags}
    assert FlagKind.EARLY_RESULT in {flag.kind for flag in flags}


@pytest.mark.parametrize(
    ("days_apart", "text", "excerpt"),
    [
        # As drafted: the numbers are quoted, not the lead-in before them.
        (0, "", "failed deploys went from 20% to 2%."),
        # Told as settled in the user's own words.
        (0, "Deploy failures fell from 20% to 2% this week.", None),
        (5, "Deploy failures fell from 20% to 2% this week.", None),
        # The readings span a week or more: nothing to ask.
        (7, "", ""),
        # The numbers are not told, so no result rests on them.
        (0, "Deploys fail less often now; platform team noticed.", ""),
    ],
    ids=["drafted", "own words", "days apart", "a week apart", "numbers not told"],
)
def test_the_check_asks_for_a_later_reading_of_an_early_result(
    days_apart: int, text: str, excerpt: str | None
) -> None:
    facts = measured(days_apart)
    text = text or build_pitch([], [], [facts], TODAY).text

    flags = early_flags(text, facts)

    if excerpt == "":
        assert flags == []
        return
    [flag] = flags
    assert flag.excerpt == (excerpt or text)
    assert flag.message == catalogue.PITCH_FLAG_EARLY_RESULT.format(
        fact=early_result(facts)
    )
    assert "Take another reading" in flag.message


def test_the_store_reads_the_days_of_the_readings_the_measure_is_made_of() -> None:
    doc = {
        "title": "Deploys fail one time in five",
        "stage": "measuring",
        "baseline": {"value": 20, "unit": "%", "date": "2026-11-18"},
        "readings": [
            {"value": 2, "unit": "%", "date": "2026-11-18"},
            {"value": "n/a", "unit": "%", "date": "2026-11-20"},
        ],
    }
    facts = initiative_facts_from_json(doc, 1)
    assert facts is not None
    assert (facts.measured_from, facts.measured_to) == (TODAY, TODAY)

    doc["baseline"] = {"value": 20, "unit": "%", "date": "18/11/2026"}
    unread = initiative_facts_from_json(doc, 1)
    assert unread is not None and unread.measured_from is None
    assert early_result(unread) == ""


# --- on the pitch screen -------------------------------------------------------------


async def test_the_pitch_screen_asks_for_another_reading_of_a_same_day_result(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    initiative = start_initiative("Deploys fail one time in five", now)
    initiative = initiative.with_changes(
        proposed_fix="Moved migrations out of the deploy",
        metric="failed deploys",
        better="lower",
    )
    initiative = add_reading(initiative, Reading(20, "%", clock.today()), now)
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, stage, now)
    initiative = add_reading(initiative, Reading(2, "%", clock.today()), now)
    save_initiative(store, initiative)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        screen = app.screen
        assert isinstance(screen, PitchScreen)

        assert "Early readings, all taken on 18 November, show that" in screen.text
        assert "The result:" not in screen.text
        shown = screen.query_one("#pitch-flags", Static).render()
        flags = " ".join(str(shown).split())
        assert "This result was so far measured only on 18 Nov 2026, so" in flags
        assert "Take another reading on the problem page later" in flags


async def test_a_complete_draft_leaves_no_empty_rows_under_the_check(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        screen = app.screen
        await pilot.pause()

        assert not screen.query_one("#missing-title").display
        assert not screen.query_one("#pitch-missing").display
        flags = screen.query_one("#pitch-flags").region
        coach = screen.query_one("#pitch-coach").region
        assert flags.bottom == coach.bottom, "the check's last line ends the panel"
