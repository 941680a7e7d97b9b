"""Moving a problem on with one key, warned of what a stage leaves open; wrapped
log and evidence lines that keep their indent; a coach that follows the typing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from rich.cells import cell_len
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Input, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.dates import day_in_words
from careerclimb_tui.domain.initiative import (
    RESULT_HOLDS_DAYS,
    Initiative,
    Reading,
    Stage,
    Stakeholders,
    add_note,
    add_reading,
    advance,
    leave_stage_question,
    left_undone,
    move_after_result_win,
    start_initiative,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.problem_dialogs import FormDialog, StageDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.hanging import HangingLine, hanging_markup, wrap_hanging
from tests.helpers import make_app, type_text, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
DAY = NOW.date()


def at_stage(
    stage: Stage,
    people: Stakeholders = Stakeholders(),
    readings: tuple[float, ...] = (),
    days_apart: int = 0,
) -> Initiative:
    """A problem moved forward to ``stage``, with people and readings (the first
    is the baseline), the last taken today and each ``days_apart`` after the one
    before."""
    initiative = start_initiative("Releases fail one time in five", NOW)
    for step in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        if initiative.stage is stage:
            break
        initiative = advance(initiative, step, NOW)
    for index, value in enumerate(readings):
        back = dt.timedelta(days=days_apart * (len(readings) - 1 - index))
        initiative = add_reading(initiative, Reading(value, "%", DAY - back), NOW)
    return initiative.with_changes(stakeholders=people, metric="Failure rate")


EM_TO_AGREE = Stakeholders(to_agree=("Tech lead", "EM"), agreed=("tech lead",))
ALL_AGREED = Stakeholders(to_agree=("EM",), agreed=("EM (manager)",))
# Readings four weeks apart: two better than the baseline show the result held.
HELD = (20, 12, 11)
# One better reading today, the baseline's day, holds four weeks from 16 Dec 2026.
NOT_HELD_YET = (
    "The result counts as held once better readings span four weeks, and all "
    "readings were taken on 18 Nov 2026: a reading on or after 16 Dec 2026 can "
    "show it holds."
)


@pytest.mark.parametrize(
    ("stage", "people", "readings", "undone"),
    [
        (Stage.SPOTTED, EM_TO_AGREE, (), ()),
        # Getting the yes is what buy-in is for, not what proposing leaves open.
        (Stage.PROPOSED, EM_TO_AGREE, (), ()),
        (Stage.BUY_IN, EM_TO_AGREE, (), ("Still to agree: EM.",)),
        (Stage.BUY_IN, ALL_AGREED, (), ()),
        (
            Stage.BUY_IN,
            Stakeholders(),
            (),
            (catalogue.INITIATIVE_UNDONE_NOBODY_AGREED,),
        ),
        (Stage.BUY_IN, Stakeholders(agreed=("EM",)), (), ()),
        (Stage.DRIVING, EM_TO_AGREE, (), ()),
        (Stage.MEASURING, ALL_AGREED, (), (catalogue.INITIATIVE_UNDONE_NO_BASELINE,)),
        (Stage.MEASURING, ALL_AGREED, (20,), (catalogue.INITIATIVE_UNDONE_NO_READING,)),
        (Stage.MEASURING, ALL_AGREED, (20, 12), (NOT_HELD_YET,)),
    ],
)
def test_moving_on_names_what_the_stage_leaves_undone(
    stage: Stage,
    people: Stakeholders,
    readings: tuple[float, ...],
    undone: tuple[str, ...],
) -> None:
    initiative = at_stage(stage, people, readings)
    assert initiative.stage is stage
    assert left_undone(initiative) == undone


def test_a_result_that_held_leaves_measuring_with_nothing_undone() -> None:
    held = at_stage(Stage.MEASURING, ALL_AGREED, HELD, days_apart=RESULT_HOLDS_DAYS)

    assert left_undone(held) == ()
    assert leave_stage_question(held) == ""


def test_closed_and_paused_problems_have_nothing_to_leave() -> None:
    waiting = at_stage(Stage.BUY_IN, EM_TO_AGREE)
    paused = advance(waiting, Stage.PAUSED, NOW)
    dropped = advance(waiting, Stage.DROPPED, NOW, "Reorg")
    assert left_undone(paused) == left_undone(dropped) == ()
    assert leave_stage_question(paused) == ""


def test_the_question_names_what_is_open_and_where_the_move_goes() -> None:
    question = leave_stage_question(at_stage(Stage.BUY_IN, EM_TO_AGREE))
    assert question.startswith("Buy-in is not finished.")
    assert "\nStill to agree: EM.\n" in question
    assert question.endswith("Move to Driving anyway?")
    assert leave_stage_question(at_stage(Stage.BUY_IN, ALL_AGREED)) == ""


@pytest.mark.parametrize(
    ("stage", "readings"),
    [
        (Stage.SPOTTED, ()),
        (Stage.PROPOSED, ()),
        (Stage.BUY_IN, ()),
        (Stage.DRIVING, ()),
        (Stage.MEASURING, (20, 12)),
    ],
)
def test_a_result_win_offered_on_arriving_at_a_stage_moves_on_to_nothing(
    stage: Stage, readings: tuple[float, ...]
) -> None:
    # One reading after the baseline is not yet a result that held: the move to
    # done waits for the user.
    assert move_after_result_win(at_stage(stage, readings=readings)) is None


def test_nothing_follows_the_result_win_offered_on_arriving_at_done() -> None:
    done = advance(at_stage(Stage.MEASURING, readings=(20, 12)), Stage.DONE, NOW)
    assert move_after_result_win(done) is None


# --- on the tracker -----------------------------------------------------------------


def stored(store: Store) -> Initiative:
    [found] = initiatives(Store(store.path, clock=store.clock))
    return found


def save_at(store: Store, initiative: Initiative) -> Initiative:
    store.save_profile(DEMO_PROFILE)
    return save_initiative(store, initiative)


async def open_tracker(pilot: Pilot[None]) -> None:
    await pilot.press("o", "enter")
    assert isinstance(pilot.app.screen, InitiativeScreen)


async def save_stage_dialog(pilot: Pilot[None]) -> None:
    """Save the stage dialog on top with a note, and let the save land."""
    dialog = pilot.app.screen
    assert isinstance(dialog, StageDialog)
    note = dialog.query_one("#field-note", Input)
    note.focus()
    note.insert_text_at_cursor("Readings hold")
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: not isinstance(pilot.app.screen, FormDialog))
    await pilot.pause()


def question_on_top(pilot: Pilot[None]) -> str:
    screen = pilot.app.screen
    return screen.question if isinstance(screen, ConfirmDialog) else ""


async def arrive_at_measuring_with_a_result(pilot: Pilot[None], store: Store) -> None:
    """Press a once on a driven problem whose readings already show a change."""
    await open_tracker(pilot)
    await pilot.press("a")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, StageDialog))
    await save_stage_dialog(pilot)
    await wait_until(pilot, lambda: stored(store).stage is Stage.MEASURING)
    await wait_until(pilot, lambda: "Log the result" in question_on_top(pilot))


async def test_after_its_result_win_a_takes_a_measured_problem_to_done(
    store: Store, clock: FixedClock
) -> None:
    held = at_stage(Stage.DRIVING, ALL_AGREED, HELD, days_apart=RESULT_HOLDS_DAYS)
    save_at(store, held)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await arrive_at_measuring_with_a_result(pilot, store)
        await pilot.press("y")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        form.query_one("#changed", TextArea).load_text("Releases need no watcher.")
        await pilot.press("ctrl+s")

        # Once the win is saved the problem stays at measuring, and the notice
        # says what comes next; the move to done is the user's own step.
        await wait_until(pilot, lambda: bool(stored(store).win_ids))
        win_id = stored(store).win_ids[0]
        linked = catalogue.PROBLEM_WIN_LINKED_NEXT.format(id=win_id)
        await wait_until(
            pilot, lambda: linked in [str(n.message) for n in app._notifications]
        )
        assert isinstance(app.screen, InitiativeScreen)
        assert stored(store).stage is Stage.MEASURING
        assert stored(store).next_step == catalogue.INITIATIVE_STEP_RESULT_HELD

        # The result held, so the move to done asks nothing first.
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        dialog = app.screen
        assert isinstance(dialog, StageDialog)
        assert dialog.target is Stage.DONE
        assert "already logged" in dialog.intro
        await save_stage_dialog(pilot)
        await wait_until(pilot, lambda: stored(store).stage is Stage.DONE)
        await pilot.pause()
        assert isinstance(app.screen, InitiativeScreen), "no second offer"

    done = stored(store)
    [win] = Store(store.path, clock=clock).wins()
    assert done.win_ids == (win.id,)


async def test_turning_the_result_win_down_keeps_measuring_and_is_not_asked_again(
    store: Store, clock: FixedClock
) -> None:
    save_at(store, at_stage(Stage.DRIVING, ALL_AGREED, readings=(20, 12)))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await arrive_at_measuring_with_a_result(pilot, store)
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await pilot.pause()
        assert isinstance(app.screen, InitiativeScreen), "no move follows by itself"
        assert stored(store).stage is Stage.MEASURING

        # One reading after the baseline has not held yet: the move to done asks
        # first, and yes goes on to it.
        await pilot.press("a")
        await wait_until(pilot, lambda: "16 Dec 2026" in question_on_top(pilot))
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        dialog = app.screen
        assert isinstance(dialog, StageDialog) and dialog.target is Stage.DONE
        await save_stage_dialog(pilot)
        await wait_until(pilot, lambda: stored(store).stage is Stage.DONE)

        # The result was turned down once: arriving at done does not ask again.
        await pilot.pause()
        assert isinstance(app.screen, InitiativeScreen), "nothing follows at done"
    assert stored(store).stage is Stage.DONE
    assert Store(store.path, clock=clock).wins() == []


async def test_closing_the_offered_win_form_says_nothing_was_logged(
    store: Store, clock: FixedClock
) -> None:
    save_at(store, at_stage(Stage.DRIVING, ALL_AGREED, readings=(20, 12)))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await arrive_at_measuring_with_a_result(pilot, store)
        await pilot.press("y")
        assert isinstance(app.screen, LogWinScreen)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await pilot.pause()
        told = [n.message for n in app._notifications]

    assert (
        "No win logged: the form was closed without saving. "
        "Press w to log the result." in told
    ), told
    assert stored(store).stage is Stage.MEASURING


async def test_leaving_buy_in_with_someone_still_to_agree_asks_first(
    store: Store, clock: FixedClock
) -> None:
    save_at(store, at_stage(Stage.BUY_IN, EM_TO_AGREE))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_tracker(pilot)
        await pilot.press("a")
        question = question_on_top(pilot)
        assert "Still to agree: EM" in question and "Driving" in question
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, InitiativeScreen)
        assert stored(store).stage is Stage.BUY_IN

        await pilot.press("a")
        await pilot.press("y")
        await save_stage_dialog(pilot)
        await wait_until(pilot, lambda: stored(store).stage is Stage.DRIVING)


async def test_leaving_buy_in_when_everyone_agreed_asks_nothing(
    store: Store, clock: FixedClock
) -> None:
    save_at(store, at_stage(Stage.BUY_IN, ALL_AGREED))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_tracker(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, StageDialog)


# --- wrapped lines keep their indent ------------------------------------------------

LONG_NOTE = (
    "Would change: releases go out without anyone watching dashboards. Would be "
    "noticed by: support, the payments team and the on-call rota."
)


def test_wrapped_lines_start_under_the_text_not_at_the_margin() -> None:
    lines = wrap_hanging(LONG_NOTE, 30, 30)
    assert all(cell_len(line) <= 30 for line in lines)
    assert " ".join(lines) == " ".join(LONG_NOTE.split())

    entry = HangingLine(LONG_NOTE, lead="  2026-10-03  ")
    shown = Content.from_markup(hanging_markup([entry], 50)).plain.split("\n")
    assert shown[0].startswith("  2026-10-03  Would change:")
    assert len(shown) > 2
    assert all(line.startswith(" " * 14) and line[14] != " " for line in shown[1:])
    assert all(cell_len(line) <= 50 for line in shown)


def test_typed_brackets_stay_text_in_a_hanging_line() -> None:
    entry = HangingLine("Cache warmed in [staging] first", lead="[b]Note[/b] ")
    assert Content.from_markup(hanging_markup([entry], 60)).plain == (
        "Note Cache warmed in [staging] first"
    )


def shown_lines(widget: Static) -> list[str]:
    return Content.from_markup(str(widget.content)).plain.split("\n")


async def test_a_long_note_in_the_problem_log_wraps_under_its_text(
    store: Store, clock: FixedClock
) -> None:
    driving = at_stage(Stage.DRIVING, ALL_AGREED)
    save_at(store, add_note(driving, LONG_NOTE, NOW))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_tracker(pilot)
        log = app.screen.query_one("#tracker-log", Static)
        await wait_until(pilot, lambda: len(shown_lines(log)) > 4)
        await pilot.pause()
        lines = shown_lines(log)
        width = log.size.width

    note_at = next(i for i, line in enumerate(lines) if "Would change" in line)
    assert lines[note_at].startswith("  18 Nov 2026  Would change")
    rest = lines[note_at + 1 :]
    assert rest and all(line.startswith(" " * 15) for line in rest)
    assert "on-call rota." in rest[-1]
    assert all(cell_len(line) <= width for line in lines)


async def test_evidence_that_wraps_stays_under_its_title_in_the_criteria(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.domain.criteria import Criterion, link_evidence
    from careerclimb_tui.screens.manager_criteria import CriteriaScreen
    from careerclimb_tui.store.criteria_docs import save_criterion

    store.save_profile(DEMO_PROFILE)
    win = store.add_win(
        Win(
            "Found the root cause of our deploy failures and drove the fix across "
            "three teams; deploy failures fell 40% in a month",
            DAY,
        )
    )
    assert win.id is not None
    save_criterion(
        store,
        link_evidence(Criterion("Lead a change across teams"), NOW, [win.id]),
    )
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_open("criteria")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        await wait_until(pilot, lambda: bool(app.screen.query("#criterion-detail")))
        detail = app.screen.query_one("#criterion-detail", Static)
        await wait_until(pilot, lambda: "Found the root" in str(detail.content))
        # The pane may gain a scroll bar after its first layout and wrap again.
        await wait_until(
            pilot,
            lambda: all(
                cell_len(line) <= detail.size.width for line in shown_lines(detail)
            ),
        )
        lines = shown_lines(detail)
        width = detail.size.width

    win_at = next(i for i, line in enumerate(lines) if "Found the root" in line)
    lead = f"  ✓ {day_in_words(dt.date(2026, 11, 18))} "
    assert lines[win_at].startswith(lead + "Found the root")
    # The title's own lines run until it ends; what follows is another paragraph.
    end = next(i for i, line in enumerate(lines) if line.endswith("month"))
    rest = lines[win_at + 1 : end + 1]
    assert rest and all(line.startswith(" " * len(lead)) for line in rest)
    assert all(cell_len(line) <= width for line in lines)


# --- the coach follows the typing ---------------------------------------------------


def coach_hints(pilot: Pilot[None]) -> str:
    return str(pilot.app.screen.query_one("#coach-hints", Static).content)


async def test_the_coach_stops_asking_who_noticed_as_soon_as_it_is_typed(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        if form.quick:
            await pilot.press("ctrl+t")
        await type_text(pilot, "Cut deploy failures from 20% to 12% in a month")
        asked = catalogue.FRAMING_ASK_WHO_NOTICED
        assert asked in coach_hints(pilot)

        while app.focused is not form.query_one("#noticed"):
            await pilot.press("tab")
        await pilot.press("P")
        assert asked not in coach_hints(pilot), "asked while the field is filled"
        await type_text(pilot, "ayments team")
        assert asked not in coach_hints(pilot)

        await pilot.press(*["backspace"] * len("Payments team"))
        assert asked in coach_hints(pilot), "asked again once the field is empty"
