"""The readings dialogs: a result win left without its reading is said on the
page, No to a removal goes back to the list, the help names each dialog and its
keys, and a measure without a unit is worded without one."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import OptionList, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    add_reading,
    advance,
    link_win,
    result_win,
    result_win_unbacked,
    start_initiative,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.help import help_title, screen_keys
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_dialogs import (
    ReadingDialog,
    ReadingFixDialog,
    ReadingsDialog,
)
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, open_problem_page, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
BASELINE_DAY = NOW.date() - dt.timedelta(days=30)
LATER_DAY = BASELINE_DAY + dt.timedelta(days=10)


def measuring(*later: float, unit: str = "minutes", stage: Stage = Stage.MEASURING):
    """CI duration from a baseline of 30, then one reading per value."""
    initiative = start_initiative("CI is slow", NOW).with_changes(
        metric="CI duration", better="lower"
    )
    initiative = add_reading(initiative, Reading(30, unit, BASELINE_DAY), NOW)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, forward, NOW)
    for offset, value in enumerate(later):
        day = LATER_DAY + dt.timedelta(days=offset)
        initiative = add_reading(initiative, Reading(value, unit, day), NOW)
    if stage is not Stage.MEASURING:
        initiative = advance(initiative, stage, NOW)
    return initiative


def logged_win() -> Win:
    """The result win as drafted for 30 → 12 minutes, saved as win #4."""
    return result_win(measuring(12), LATER_DAY).with_changes(id=4)


def baseline_only(stage: Stage = Stage.MEASURING) -> Initiative:
    """Measured to 12 and linked to the result win, the 12 then removed."""
    linked = link_win(measuring(12, stage=stage), 4, NOW)
    return linked.with_changes(readings=())


@pytest.mark.parametrize(
    ("initiative", "wins", "unbacked"),
    [
        (baseline_only(), {4: logged_win()}, True),
        (baseline_only(Stage.DONE), {4: logged_win()}, True),
        (link_win(measuring(12), 4, NOW), {4: logged_win()}, False),
        (link_win(measuring(12, 8), 4, NOW), {4: logged_win()}, False),
        (baseline_only(), {}, False),
        (measuring(), {4: logged_win()}, False),
    ],
    ids=[
        "its reading removed",
        "done, its reading removed",
        "its reading still there",
        "a later reading (said as behind instead)",
        "no win linked",
        "never measured, no win linked",
    ],
)
def test_a_result_win_without_its_reading_is_found(
    initiative: Initiative, wins: dict[int | None, Win], unbacked: bool
) -> None:
    found = result_win_unbacked(initiative, wins)
    assert (found is not None) is unbacked


def page_text(screen: InitiativeScreen) -> str:
    return " ".join(
        " ".join(str(widget.render()).split()) for widget in screen.query(Static)
    )


async def test_removing_the_result_wins_reading_says_the_win_still_claims_it(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(logged_win().with_changes(id=None))
    assert win.id is not None
    save_initiative(store, link_win(measuring(12), win.id, NOW))
    said = catalogue.PROBLEM_RESULT_WIN_UNBACKED.format(
        id=win.id, said="30 → 12 minutes"
    )

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        assert said not in page_text(page)
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingsDialog))
        await pilot.press("delete")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: not initiatives(store)[0].readings)
        await wait_until(pilot, lambda: said in page_text(page))


async def test_no_to_a_removal_goes_back_to_the_list_on_that_reading(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measuring(20, 12))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingsDialog))
        await pilot.press("up", "d")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingsDialog))
        listed = app.screen.query_one(OptionList)
        await wait_until(pilot, lambda: listed.highlighted == 1)

    assert len(initiatives(store)[0].readings) == 2


async def test_the_readings_dialogs_help_names_each_and_lists_enter(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measuring(20, 12))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingsDialog))
        listed = app.screen
        assert help_title(listed) == catalogue.PROBLEM_READINGS_TITLE
        keys = dict(screen_keys(listed))
        assert keys["Enter"] == keys["c"] == "Correct"

        await pilot.press("up", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingFixDialog))
        assert help_title(app.screen) == "Correct reading 2"
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))

        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        assert help_title(app.screen) == catalogue.PROBLEM_READING_TITLE


def test_a_reading_against_a_baseline_without_a_unit_says_so() -> None:
    plain = measuring(unit="")
    with pytest.raises(CareerClimbError) as refused:
        add_reading(plain, Reading(12, "minutes", LATER_DAY), NOW)
    assert "the baseline has no unit" in refused.value.message
    assert " - " not in refused.value.message and "-;" not in refused.value.message

    with pytest.raises(CareerClimbError) as refused:
        add_reading(measuring(), Reading(12, "", LATER_DAY), NOW)
    assert "This reading has no unit" in refused.value.message


def test_correcting_a_reading_without_a_unit_words_it_without_one() -> None:
    dialog = ReadingFixDialog(measuring(12, unit=""), 1, NOW, NOW.date())
    assert dialog.intro.endswith(catalogue.PROBLEM_READING_FIX_INTRO_NO_UNIT[-30:])
    assert "stays -" not in dialog.intro
