"""The measure section and the next step name one day for the next reading: once a
reading is better than the baseline, the first day a reading can show the result
held; before that, a reading in a week or two.
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual.content import Content
from textual.widgets import Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    Stakeholders,
    add_reading,
    advance,
    early_result_note,
    start_initiative,
    step_after_result_win,
)
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.problem_dialogs import StageDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, open_problem_page, wait_until

NOW = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.timezone.utc)
DAY = NOW.date()


def with_readings(
    readings: tuple[tuple[int, float], ...],
    stage: Stage = Stage.MEASURING,
    better: str = "lower",
) -> Initiative:
    """A problem at ``stage`` whose readings are (days before today, value), the
    first of them the baseline."""
    problem = start_initiative("Flaky tests that everyone reruns", NOW)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        if problem.stage is stage:
            break
        problem = advance(problem, forward, NOW)
    for days_before, value in readings:
        taken = DAY - dt.timedelta(days=days_before)
        problem = add_reading(problem, Reading(value, "per week", taken), NOW)
    return problem.with_changes(
        metric="Pipeline reruns",
        better=better,
        stakeholders=Stakeholders(agreed=("EM",)),
    )


WEEK_OR_TWO = ": take another in a week or two to show it holds"


@pytest.mark.parametrize(
    ("readings", "better", "expected"),
    [
        (
            ((0, 30.0), (0, 8.0)),
            "lower",
            "all readings were taken on 5 Dec 2026: take another on or after "
            "2 Jan 2027 to show it holds",
        ),
        (
            ((3, 30.0), (0, 8.0)),
            "lower",
            "readings span only 3 days: take another on or after 2 Jan 2027 "
            "to show it holds",
        ),
        (
            ((3, 30.0), (1, 8.0), (0, 9.0)),
            "lower",
            "readings span only 3 days: take another on or after 1 Jan 2027 "
            "to show it holds",
        ),
        (
            ((1, 30.0), (0, 8.0)),
            "higher",
            "readings span only one day" + WEEK_OR_TWO,
        ),
        (
            ((0, 30.0), (0, 30.0)),
            "lower",
            "all readings were taken on 5 Dec 2026" + WEEK_OR_TWO,
        ),
        (
            ((5, 30.0), (2, 8.0), (0, 31.0)),
            "lower",
            "readings span only 5 days" + WEEK_OR_TWO,
        ),
        (((30, 30.0), (0, 8.0)), "lower", ""),
    ],
    ids=[
        "better the same day",
        "better days later",
        "counted from the first better reading",
        "worse reading",
        "no change",
        "latest reading worse again",
        "readings far enough apart",
    ],
)
def test_readings_advice_names_the_day_a_result_can_show_it_held(
    readings: tuple[tuple[int, float], ...], better: str, expected: str
) -> None:
    assert early_result_note(with_readings(readings, better=better)) == expected


def test_readings_advice_and_next_step_name_the_same_day() -> None:
    problem = with_readings(((0, 30.0), (0, 8.0)))

    step = step_after_result_win(problem)

    assert "on or after 2 Jan 2027" in step
    assert "on or after 2 Jan 2027" in early_result_note(problem)


def plain(page: InitiativeScreen, selector: str) -> str:
    """A part of the problem's page as the user reads it, on one line."""
    content = page.query_one(selector, Static).content
    return " ".join(Content.from_markup(str(content)).plain.split())


async def test_the_problem_page_names_one_day_for_the_next_reading(
    store: Store,
) -> None:
    clock = FixedClock(NOW)
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, with_readings(((0, 30.0), (0, 8.0)), stage=Stage.DRIVING))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        app.screen.query_one("#changed", TextArea).load_text("Nobody reruns.")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is page)
        await wait_until(
            pilot, lambda: bool(initiatives(Store(store.path, clock=clock))[0].win_ids)
        )
        step = catalogue.INITIATIVE_STEP_RESULT_HOLDS_ON.format(day="2 Jan 2027")
        await wait_until(pilot, lambda: step in plain(page, "#tracker-status"))

        measure = plain(page, "#tracker-measure")

    assert "all readings were taken on 5 Dec 2026" in measure
    assert "take another on or after 2 Jan 2027 to show it holds" in measure
    assert "week or two" not in measure
