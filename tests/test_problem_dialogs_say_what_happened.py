"""The problem's dialogs say what happened where it is seen: a refused name under
its field, a step saved without a note as that, a reading out of proportion asked
about first; the baseline's example agrees with its direction, and a narrow
reading dialog stacks its boxes."""

from __future__ import annotations

import datetime as dt

from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Input, Select, TextArea
from textual.widgets._select import SelectCurrent

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Reading,
    Stage,
    add_note,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_dialogs import (
    DetailsDialog,
    NoteDialog,
    ReadingDialog,
)
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.fields import FieldError
from tests.helpers import make_app, notices, open_problem_page, wait_until


def driving(
    store: Store, clock: FixedClock, problem_id: str = "flaky-tests", said: str = ""
) -> None:
    """A problem being driven with no baseline yet, its check's change ``said``."""
    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    initiative = start_initiative("Deploys take a day", now, problem_id)
    if said:
        note = catalogue.PROBLEM_CHECK_NOTE_CHANGE.format(text=said)
        initiative = add_note(initiative, note, now)
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING):
        initiative = advance(initiative, stage, now)
    initiative = initiative.with_changes(next_step="Ask the release team")
    save_initiative(store, initiative)


def in_view(pilot: Pilot[None], widget: FieldError) -> bool:
    """True when every line of ``widget`` shows inside the dialog's frame."""
    frame = pilot.app.screen.query_one(".problem-dialog", VerticalScroll)
    return (
        widget.display
        and widget.region.height > 0
        and widget.region.height == widget.virtual_region.height
        and frame.region.contains_region(widget.region)
    )


async def test_an_emptied_problem_name_is_said_under_its_field_in_view(
    store: Store, clock: FixedClock
) -> None:
    driving(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, DetailsDialog))
        dialog = app.screen
        title = dialog.query_one("#field-title", Input)
        title.value = ""
        # The user was further down the dialog when they saved.
        dialog.query_one("#field-cost", TextArea).focus()
        await pilot.pause()

        await pilot.press("ctrl+s")
        error = dialog.query_one("#error-title", FieldError)
        await wait_until(pilot, lambda: in_view(pilot, error))

        assert error.message == catalogue.INITIATIVE_NEEDS_TITLE
        assert app.focused is title
        assert not dialog.query_one("#dialog-error", FieldError).display
        assert app.screen is dialog

        # Named again, the line goes and the details are saved.
        await pilot.press(*"Slow deploys")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
    assert initiatives(store)[0].title == "Slow deploys"


async def test_an_empty_note_with_the_step_cleared_says_the_step_was_cleared(
    store: Store, clock: FixedClock
) -> None:
    driving(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        page = await open_problem_page(pilot)
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteDialog))
        app.screen.query_one("#field-next_step", TextArea).load_text("")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is page and bool(notices(app)))
        said = notices(app)

    saved = initiatives(store)[0]
    assert saved.next_step == ""
    assert catalogue.PROBLEM_NOTE_STEP_CLEARED in said
    assert catalogue.PROBLEM_NOTE_SAVED not in said


async def test_a_reading_a_thousand_times_the_baseline_is_asked_about_first(
    store: Store, clock: FixedClock
) -> None:
    driving(store, clock)
    problem = initiatives(store)[0].with_changes(metric="Lead time", better="lower")
    earlier = clock.today() - dt.timedelta(days=14)
    save_initiative(
        store, add_reading(problem, Reading(20, "hours", earlier), clock.now())
    )
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        dialog = app.screen
        await pilot.press(*"1e9", "ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        asked = app.screen
        assert isinstance(asked, ConfirmDialog)
        assert "Check the number" in asked.question

        # No leaves the dialog open with the number as typed, to correct it.
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is dialog)
        assert not initiatives(store)[0].readings
        field = dialog.query_one("#field-value", Input)
        assert field.value == "1e9"

        field.value = "18"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is page)
        await wait_until(pilot, lambda: bool(initiatives(store)[0].readings))
    assert initiatives(store)[0].readings[0].value == 18


async def test_the_baseline_example_agrees_with_the_direction_chosen_for_it(
    store: Store, clock: FixedClock
) -> None:
    driving(store, clock, "slow-deploys", said="Lead time: 3 days -> 4 hours")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        metric = app.screen.query_one("#field-metric", Input)
        better = app.screen.query_one("#field-better", Select)

        assert metric.placeholder == "e.g. Lead time for changes"
        assert better.value == "lower"


async def test_the_baseline_with_no_direction_yet_picks_none(
    store: Store, clock: FixedClock
) -> None:
    driving(store, clock, "slow-deploys")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        metric = app.screen.query_one("#field-metric", Input)
        better = app.screen.query_one("#field-better", Select)

        assert metric.placeholder == "e.g. Deploy frequency"
        assert better.value is Select.NULL


async def test_a_narrow_reading_dialog_stacks_its_boxes(
    store: Store, clock: FixedClock
) -> None:
    driving(store, clock)
    problem = initiatives(store)[0].with_changes(metric="Reruns", better="lower")
    earlier = clock.today() - dt.timedelta(days=14)
    save_initiative(
        store, add_reading(problem, Reading(12, "reruns/week", earlier), clock.now())
    )
    app = make_app(store, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        await pilot.pause()
        dialog = app.screen
        current = dialog.query_one("#field-better", Select).query_one(SelectCurrent)
        value = dialog.query_one("#field-value", Input)
        unit = dialog.query_one("#field-unit", Input)

        assert current.virtual_region.height == 1
        assert catalogue.PROBLEM_BETTER_LOWER in str(
            current.query_one("#label").render()
        )
        # One box under the other, each as wide as the dialog.
        value_cell, unit_cell = value.parent, unit.parent
        assert value_cell is not None and unit_cell is not None
        assert unit_cell.virtual_region.y > value_cell.virtual_region.y
        assert unit_cell.virtual_region.width == value_cell.virtual_region.width
        assert value.placeholder == catalogue.PROBLEM_READING_VALUE_HINT
        assert value.content_size.width > len(catalogue.PROBLEM_READING_VALUE_HINT)
