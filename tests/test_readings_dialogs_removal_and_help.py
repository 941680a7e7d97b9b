"""The readings dialogs: a result win left without its reading is said on the
page, No to a removal goes back to the list, the help names each dialog and its
keys, and a measure without a unit is worded without one."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Input, OptionList, Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
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
    unit_given,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.help import help_title, screen_keys
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_dialogs import (
    ReadingDialog,
    ReadingFixDialog,
    ReadingsDialog,
    remove_reading_question,
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


@pytest.mark.parametrize(
    ("initiative", "unit", "units", "given"),
    [
        (measuring(unit=""), "minutes", ["minutes", "minutes"], "minutes"),
        (measuring(20, unit=""), "min", ["min", "min", "min"], "min"),
        (measuring(20, unit=""), "", ["", "", ""], ""),
        (measuring(20), "minutes", ["minutes", "minutes", "minutes"], ""),
    ],
    ids=[
        "a unit given after a baseline without one",
        "every reading so far takes it",
        "still none",
        "the same unit as before",
    ],
)
def test_the_first_unit_given_becomes_every_readings(
    initiative: Initiative, unit: str, units: list[str], given: str
) -> None:
    read = add_reading(initiative, Reading(12, unit, LATER_DAY), NOW)
    assert [r.unit for r in (read.baseline, *read.readings)] == units
    assert unit_given(initiative, read) == given


def test_a_unit_the_readings_so_far_cannot_be_in_is_refused() -> None:
    retried = start_initiative("Flaky builds", NOW).with_changes(
        metric="builds retried", better="lower"
    )
    retried = add_reading(retried, Reading(150, "", BASELINE_DAY), NOW)
    with pytest.raises(CareerClimbError) as refused:
        add_reading(retried, Reading(90, "%", LATER_DAY), NOW)
    assert "150" in refused.value.message


def test_a_reading_against_a_baseline_with_a_unit_says_so() -> None:
    with pytest.raises(CareerClimbError) as refused:
        add_reading(measuring(), Reading(12, "hours", LATER_DAY), NOW)
    assert "the baseline is in minutes" in refused.value.message

    with pytest.raises(CareerClimbError) as refused:
        add_reading(measuring(), Reading(12, "", LATER_DAY), NOW)
    assert "This reading has no unit" in refused.value.message


def test_correcting_a_reading_without_a_unit_words_it_without_one() -> None:
    dialog = ReadingFixDialog(measuring(12, unit=""), 1, NOW, NOW.date())
    assert dialog.intro.endswith(catalogue.PROBLEM_READING_FIX_INTRO_NO_UNIT[-30:])
    assert "stays -" not in dialog.intro


def test_the_cli_says_on_stderr_when_a_removal_leaves_the_result_win_unbacked(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    win = store.add_win(logged_win().with_changes(id=None))
    assert win.id is not None
    saved = save_initiative(store, link_win(measuring(12), win.id, NOW))
    ident = str(saved.id)

    assert main(["problem", "readings", ident, "--delete", "2"], clock=clock) == 0

    said = capsys.readouterr()
    assert "Removed reading 2" in said.out
    assert f"Win #{win.id} still says 30 → 12 minutes" in said.err
    assert f"careerclimb problem measure {ident} VALUE" in said.err
    assert "Win #" not in said.out


@pytest.mark.parametrize(
    ("initiative", "number", "asked"),
    [
        (measuring(20, 12), 2, "Remove the reading of 20 minutes on 29 Oct 2026?"),
        (
            measuring(20, 12),
            1,
            "Remove the baseline, 30 minutes on 19 Oct 2026? The next reading, "
            "20 minutes on 29 Oct 2026, becomes the baseline",
        ),
        (
            measuring(),
            1,
            "Remove the baseline, 30 minutes on 19 Oct 2026? The next reading you "
            "take becomes the baseline.",
        ),
    ],
    ids=["a later reading", "the baseline, readings after it", "the only reading"],
)
def test_removing_the_baseline_asks_naming_the_reading_that_takes_its_place(
    initiative: Initiative, number: int, asked: str
) -> None:
    assert remove_reading_question(initiative, number).startswith(asked)


async def test_the_page_asks_before_the_next_reading_becomes_the_baseline(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measuring(20, 12))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingsDialog))
        await pilot.press("home", "d")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert "The next reading, 20 minutes on 29 Oct 2026" in app.screen.question
        await pilot.press("y")
        await wait_until(pilot, lambda: initiatives(store)[0].baseline.value == 20)

    assert [r.value for r in initiatives(store)[0].readings] == [12]


def test_the_cli_gives_readings_saved_without_a_unit_the_one_typed(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    ident = str(save_initiative(store, measuring(20, unit="")).id)

    args = ["problem", "measure", ident, "12", "--unit", "minutes"]
    assert main(args, clock=clock) == 0

    assert f"Every reading of problem #{ident} is now in minutes." in (
        capsys.readouterr().out
    )
    read = initiatives(store)[0]
    assert [r.unit for r in (read.baseline, *read.readings)] == ["minutes"] * 3


async def test_the_measure_dialog_gives_readings_without_a_unit_the_one_typed(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measuring(20, unit=""))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        app.screen.query_one("#field-value", Input).value = "12"
        app.screen.query_one("#field-unit", Input).value = "minutes"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(initiatives(store)[0].readings) == 2)

    read = initiatives(store)[0]
    assert [r.unit for r in (read.baseline, *read.readings)] == ["minutes"] * 3
