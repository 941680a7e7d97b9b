"""The problem check's verdict waits for the answers unless one already settles
it; notices that leave a dialog's key hint and the page's last log line in sight;
a declined result win that is not offered again; the drop dialog's example read
whole; the command line's next step said without the tracker's keys.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from textual.app import App
from textual.geometry import Region
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static
from textual.widgets._toast import Toast

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    Stakeholders,
    add_reading,
    advance,
    decline_result_win,
    offers_result_win,
    stage_note_example,
    start_initiative,
    step_without_keys,
)
from careerclimb_tui.domain.problems import check_candidate
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_check import CandidateCheckScreen
from careerclimb_tui.screens.problem_dialogs import ReadingDialog, StageDialog
from careerclimb_tui.screens.problem_hub import ProblemHubScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import (
    make_app,
    open_catalogue_check,
    open_problem_page,
    run_app,
    type_text,
    wait_until,
)

MEASURED = "Lead time from 2 days to 4 hours"
OUTSIDE = "Support and the mobile team"
BOTH_TYPED = ("change_and_measure", "noticed_outside")

# --- the check's verdict waits for the answers -----------------------------------


@pytest.mark.parametrize(
    "peer, choosing, change, outside, not_reached, answered, settled",
    [
        (None, None, "", "", BOTH_TYPED, 0, False),
        (False, None, "", "", BOTH_TYPED, 1, False),
        (False, True, "", "", BOTH_TYPED, 2, False),
        (False, True, MEASURED, "", BOTH_TYPED, 3, False),
        (False, True, MEASURED, "", ("change_and_measure",), 4, True),
        (False, True, "", "", (), 4, True),
        (False, True, MEASURED, OUTSIDE, BOTH_TYPED, 4, True),
        (None, None, MEASURED, OUTSIDE, (), 2, False),
        # Either of these makes it current-level work whatever else is answered.
        (True, None, "", "", BOTH_TYPED, 1, True),
        (None, False, "", "", BOTH_TYPED, 1, True),
    ],
)
def test_the_checks_verdict_waits_for_every_answer_unless_one_settles_it(
    peer: bool | None,
    choosing: bool | None,
    change: str,
    outside: str,
    not_reached: tuple[str, ...],
    answered: int,
    settled: bool,
) -> None:
    check = check_candidate(peer, choosing, change, outside, not_reached)

    assert check.answered == answered
    assert check.settled is settled
    assert f"{answered} of 4" in check.progress


def _panel(check: CandidateCheckScreen) -> str:
    return str(check.query_one("#check-verdict", Static).content)


async def test_a_first_no_shows_progress_and_the_verdict_waits_for_the_rest(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        check = await open_catalogue_check(pilot)

        # "No, a peer would not": good so far, but nothing is decided yet.
        await pilot.press("n")
        await pilot.pause()
        panel = _panel(check)
        assert "1 of 4 questions answered" in panel
        assert catalogue.CHECK_VERDICT_CURRENT not in panel
        assert catalogue.CHECK_REASON_NO_CHANGE not in panel
        assert check.query_one("#check-panel").has_class("verdict-open")

        await pilot.press("y")
        await type_text(pilot, MEASURED)
        await pilot.press("enter")
        await wait_until(pilot, lambda: "3 of 4" in _panel(check))

        # Enter on a blank last answer answers it: the verdict, with its caution.
        await pilot.press("enter")
        await wait_until(pilot, lambda: catalogue.CHECK_VERDICT_ALMOST in _panel(check))
        assert catalogue.CHECK_CAUTION_INSIDE_ONLY in _panel(check)


async def test_assigned_work_settles_the_check_at_once(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        check = await open_catalogue_check(pilot)
        assert _panel(check) == catalogue.PROBLEM_CHECK_WAITING
        assert "assigned" in catalogue.PROBLEM_CHECK_WAITING

        await pilot.press("n", "n")
        await pilot.pause()

        panel = _panel(check)
        assert catalogue.CHECK_VERDICT_ASSIGNED in panel
        assert catalogue.CHECK_REASON_ASSIGNED in panel


@pytest.mark.parametrize(
    "peer, choosing, change, outside, not_reached, concerns",
    [
        # Settled early: the questions not reached yet hold nothing against it.
        (True, None, "", "", BOTH_TYPED, (catalogue.CHECK_REASON_PEER,)),
        (None, False, "", "", BOTH_TYPED, (catalogue.CHECK_REASON_ASSIGNED,)),
        (
            True,
            None,
            "",
            "",
            ("noticed_outside",),
            (catalogue.CHECK_REASON_PEER, catalogue.CHECK_REASON_NO_CHANGE),
        ),
        # Once every question is reached, a blank answer counts against it.
        (
            True,
            True,
            "",
            "",
            (),
            (
                catalogue.CHECK_REASON_PEER,
                catalogue.CHECK_REASON_NO_CHANGE,
                catalogue.CHECK_CAUTION_INSIDE_ONLY,
            ),
        ),
    ],
)
def test_a_settled_verdict_names_only_concerns_from_answered_questions(
    peer: bool | None,
    choosing: bool | None,
    change: str,
    outside: str,
    not_reached: tuple[str, ...],
    concerns: tuple[str, ...],
) -> None:
    check = check_candidate(peer, choosing, change, outside, not_reached)

    assert check.settled
    assert check.looks_current_level
    assert check.concerns == concerns


async def test_a_verdict_settled_by_one_answer_can_be_started_from(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        check = await open_catalogue_check(pilot)

        # "Yes, a strong peer would do this anyway" settles it on its own.
        await pilot.press("y")
        await wait_until(
            pilot, lambda: catalogue.CHECK_VERDICT_CURRENT in _panel(check)
        )
        panel = _panel(check)
        assert catalogue.CHECK_REASON_PEER in panel
        assert catalogue.CHECK_REASON_NO_CHANGE not in panel
        assert catalogue.CHECK_CAUTION_INSIDE_ONLY not in panel

        # Starting acts on that verdict: it asks about tracking current-level
        # work, naming the same reason, rather than asking for more answers.
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert catalogue.CHECK_REASON_PEER in dialog.question
        assert catalogue.CHECK_REASON_NO_CHANGE not in dialog.question
        assert catalogue.CHECK_CAUTION_INSIDE_ONLY not in dialog.question

        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        [started] = initiatives(store)
        assert started.stage is Stage.SPOTTED


# --- notices clear of the dialog's key hint and the page's last log line --------


def _last_line(region: Region) -> Region:
    return Region(region.x, region.bottom - 1, region.width, 1)


def _covering(screen: Screen[object], line: Region) -> list[Region]:
    return [
        toast.region for toast in screen.query(Toast) if toast.region.overlaps(line)
    ]


async def test_notices_leave_the_last_log_line_and_the_dialogs_hint_in_sight(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_catalogue_check(pilot)
        await pilot.press("n", "y")
        await type_text(pilot, MEASURED)
        await pilot.press("enter")
        await type_text(pilot, OUTSIDE)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        tracker = app.screen
        await wait_until(pilot, lambda: bool(tracker.query(Toast)))
        await pilot.pause()

        # The check's answers, the log's last line, show beside the notice.
        log = tracker.query_one("#tracker-log").region
        assert log.height
        assert not _covering(tracker, _last_line(log))

        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        dialog = app.screen
        await pilot.pause()
        # The page's notice is taken down as the dialog opens over it.
        hint = dialog.query_one(".dialog-keys").region
        assert hint.height
        assert not _covering(dialog, hint)
        assert not app._notifications


# --- a turned-down result win is not offered again --------------------------------

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)


def driving_with_a_result() -> Initiative:
    """A problem being driven, with a baseline and a better reading since."""
    initiative = start_initiative("Flaky tests that everyone reruns", NOW)
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING):
        initiative = advance(initiative, stage, NOW)
    for days_ago, value in ((28, 15.0), (0, 4.0)):
        taken = Reading(value, "per week", NOW.date() - dt.timedelta(days=days_ago))
        initiative = add_reading(initiative, taken, NOW)
    return initiative.with_changes(
        metric="Pipeline reruns",
        better="lower",
        stakeholders=Stakeholders(agreed=("EM",)),
    )


def test_a_declined_result_is_not_offered_again_until_a_new_reading() -> None:
    measuring = advance(driving_with_a_result(), Stage.MEASURING, NOW)
    assert offers_result_win(measuring, {})

    declined = decline_result_win(measuring)
    assert not offers_result_win(declined, {})
    assert not offers_result_win(advance(declined, Stage.DONE, NOW), {})

    later = Reading(3.0, "per week", NOW.date() + dt.timedelta(days=7))
    assert offers_result_win(add_reading(declined, later, NOW), {})


def test_the_declined_result_is_kept_in_the_store(store: Store) -> None:
    measuring = advance(driving_with_a_result(), Stage.MEASURING, NOW)
    saved = save_initiative(store, decline_result_win(measuring))

    [found] = initiatives(store)

    assert found.declined_result == saved.declined_result != ""
    assert not offers_result_win(found, {})


def _offered(app: App[None]) -> bool:
    screen = app.screen
    return (
        isinstance(screen, ConfirmDialog)
        and screen.question == catalogue.PROBLEM_OFFER_WIN
    )


async def _move_on(pilot: Pilot[None]) -> None:
    """Press a; say yes to leaving work undone if asked; save the stage dialog."""
    app = pilot.app
    await pilot.press("a")
    await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog | StageDialog))
    if isinstance(app.screen, ConfirmDialog):
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: not isinstance(app.screen, StageDialog))
    await pilot.pause()


async def test_turning_the_result_win_down_is_remembered_on_the_move_to_done(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, driving_with_a_result())
    async with run_app(store, clock) as (app, pilot):
        await open_problem_page(pilot)

        await _move_on(pilot)
        await wait_until(pilot, lambda: _offered(app))
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))

        await _move_on(pilot)
        await wait_until(pilot, lambda: initiatives(store)[0].stage is Stage.DONE)
        await pilot.pause()
        assert not _offered(app)
        assert isinstance(app.screen, InitiativeScreen)


# --- the drop dialog's example read whole -------------------------------------------


@pytest.mark.parametrize("width", [80, 60])
async def test_the_drop_dialogs_example_is_shown_whole(
    store: Store, clock: FixedClock, width: int
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, driving_with_a_result())
    async with run_app(store, clock, size=(width, 24)) as (app, pilot):
        await open_problem_page(pilot)
        await pilot.press("x")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        await pilot.pause()

        # The field's cells as they are on the screen.
        field = app.screen.query_one("#field-note").content_region
        lines = app.screen._compositor.render_strips()[field.y : field.bottom]
        shown = " ".join(line.crop(field.x, field.right).text.strip() for line in lines)
        assert " ".join(shown.split()) == stage_note_example(Stage.DROPPED)


# --- the next step said without the tracker's keys ---------------------------------


def test_the_command_line_says_the_next_step_without_the_trackers_keys(
    store: Store, clock: FixedClock
) -> None:
    step = catalogue.INITIATIVE_STEP_MEASURED
    saved = save_initiative(store, driving_with_a_result().with_changes(next_step=step))
    out = io.StringIO()

    code = main(["problem", "show", str(saved.id)], clock=clock, out=out)

    printed = " ".join(out.getvalue().split())
    assert code == 0
    assert step_without_keys(step) in printed
    assert step not in printed
    assert "(w)" not in printed


@pytest.mark.parametrize(
    ("stage", "said"), [(None, "Change so far:"), (Stage.DONE, "Change:")]
)
def test_the_command_line_tells_a_done_problems_change_as_its_result(
    store: Store, clock: FixedClock, stage: Stage | None, said: str
) -> None:
    shown = driving_with_a_result()
    if stage is not None:
        shown = shown.with_changes(stage=stage)
    saved = save_initiative(store, shown)
    out = io.StringIO()

    assert main(["problem", "show", str(saved.id)], clock=clock, out=out) == 0

    printed = out.getvalue()
    assert said in printed
    if stage is Stage.DONE:
        assert "so far" not in printed


async def test_the_hubs_card_says_the_next_step_without_the_trackers_keys(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    step = catalogue.INITIATIVE_STEP_MEASURED
    save_initiative(store, driving_with_a_result().with_changes(next_step=step))
    async with run_app(store, clock, size=(100, 30)) as (app, pilot):
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))
        await pilot.pause()

        card = str(app.screen.query_one("#hub-active", Static).content)
        assert step_without_keys(step) in " ".join(card.split())
        assert "(w)" not in card
