"""A reading no measure could hold is refused under its number, naming the largest
figure taken, in the app and on the command line alike; the note dialog shows a
long next step whole rather than cut mid-word."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from textual.widgets import Input, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Reading,
    Stage,
    advance,
    reading_value,
    start_initiative,
)
from careerclimb_tui.domain.numbers import LARGEST_AMOUNT, parse_amount
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.problem_dialogs import NoteDialog, ReadingDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.fields import FieldError
from tests.helpers import make_app, open_problem_page, wait_until

LIMIT = f"±{LARGEST_AMOUNT:,.0f}"
"""How the refusal names the largest figure taken."""
NOT_FINITE = "is not a figure a measure can hold"
BEYOND = "is beyond any measure"

LONG_STEP = (
    "Walk the platform lead through the canary dashboards, then agree on "
    "which alerts page the on-call engineer overnight"
)


# --- the rule ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("inf", NOT_FINITE),
        ("-inf", NOT_FINITE),
        ("Infinity", NOT_FINITE),
        ("nan", NOT_FINITE),
        ("1e300", BEYOND),
        ("1e13", BEYOND),
        ("-1e13", BEYOND),
        ("1,000,000,000,001", BEYOND),
        ("1e400", NOT_FINITE),
    ],
)
def test_a_reading_no_measure_could_hold_is_refused(typed: str, said: str) -> None:
    with pytest.raises(CareerClimbError) as refused:
        parse_amount(typed, catalogue.PROBLEM_READING_VALUE_NAME)

    message = refused.value.message
    assert said in message and repr(typed) in message
    assert refused.value.exit_code == 2
    if said == BEYOND:
        assert LIMIT in message


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("1e12", 1e12),
        ("-1e12", -1e12),
        ("1e9", 1e9),
        ("1,000,000,000,000", 1e12),
        ("24", 24.0),
    ],
)
def test_a_reading_within_the_bound_is_read(typed: str, read: float) -> None:
    assert parse_amount(typed, catalogue.PROBLEM_READING_VALUE_NAME) == read


def test_a_change_that_takes_a_reading_past_the_bound_is_refused() -> None:
    baseline = Reading(5e11, "requests", dt.date(2026, 11, 1))

    with pytest.raises(CareerClimbError) as refused:
        reading_value("+200%", catalogue.PROBLEM_READING_VALUE_NAME, baseline)

    assert BEYOND in refused.value.message and LIMIT in refused.value.message
    assert reading_value("+50%", "reading", baseline) == 7.5e11


# --- the app and the command line -------------------------------------------------


def driving(store: Store, clock: FixedClock, next_step: str = "") -> int:
    """A problem being driven with no baseline yet; its id."""
    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    problem = start_initiative("Deploys take a day", now)
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING):
        problem = advance(problem, stage, now)
    saved = save_initiative(store, problem.with_changes(next_step=next_step))
    assert saved.id is not None
    return saved.id


@pytest.mark.parametrize("typed", ["inf", "1e300"])
async def test_the_baseline_dialog_says_why_under_the_number(
    store: Store, clock: FixedClock, typed: str
) -> None:
    driving(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        dialog = app.screen
        number = dialog.query_one("#field-value", Input)
        number.focus()
        await pilot.press(*typed, "ctrl+s")

        under = dialog.query_one("#error-value", FieldError)
        await wait_until(pilot, lambda: bool(under.message))
        assert repr(typed) in under.message
        assert not dialog.query_one("#dialog-error", FieldError).message
        assert app.focused is number and app.screen is dialog
    assert initiatives(store)[0].baseline is None


def test_the_command_line_refuses_the_same_readings(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    ident = str(driving(store, clock))

    for typed in ("nan", "1e300"):
        code = main(
            ["problem", "measure", ident, typed], clock=clock, out=io.StringIO()
        )
        error = capsys.readouterr().err
        assert code == 2 and repr(typed) in error and "Traceback" not in error
    assert LIMIT in error
    assert initiatives(store)[0].baseline is None


async def test_the_note_dialog_shows_a_long_next_step_whole(
    store: Store, clock: FixedClock
) -> None:
    driving(store, clock, next_step=LONG_STEP)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteDialog))
        step = app.screen.query_one("#field-next_step", TextArea)
        await wait_until(pilot, lambda: step.size.height > 1)

        # Every line of the step shows: none is scrolled out of its box.
        assert step.text == LONG_STEP
        assert step.wrapped_document.height == step.size.height
        assert step.max_scroll_x == 0 and step.max_scroll_y == 0

        # Saved as one line, as typed.
        await pilot.press("tab")
        await wait_until(pilot, lambda: app.focused is step)
        await pilot.press(*" today", "ctrl+s")
        await wait_until(pilot, lambda: app.screen is page)
    assert initiatives(store)[0].next_step == f"{LONG_STEP} today"
