"""What the problem's dialogs say and where its exports land, as a user sees them:
each reason field has its own example, closing a problem speaks of the result win
as it stands, and the proposal is offered to the home folder like every export."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Input, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo, seed_problem_demo
from careerclimb_tui.domain.initiative import (
    RESULT_HOLDS_DAYS,
    Reading,
    Stage,
    add_reading,
    advance,
    link_win,
)
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.manager_prep import PrepScreen
from careerclimb_tui.screens.problem_dialogs import ExportDialog, StageDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from tests.helpers import make_app, save_driving, wait_until


def shown_text(widget: Static) -> str:
    """What a Static shows, without its markup."""
    return Content.from_markup(str(widget.content)).plain


async def open_tracker(pilot: Pilot[None]) -> InitiativeScreen:
    """From home, open the active problem's tracker."""
    await pilot.press("o", "enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, InitiativeScreen))
    tracker = pilot.app.screen
    assert isinstance(tracker, InitiativeScreen)
    return tracker


async def stage_dialog(pilot: Pilot[None], key: str) -> StageDialog:
    """Press a key on the tracker and wait for the stage dialog it opens."""
    await pilot.press(key)
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, StageDialog))
    dialog = pilot.app.screen
    assert isinstance(dialog, StageDialog)
    return dialog


def measured_without_a_win(store: Store, clock: FixedClock) -> None:
    """A problem being measured, with a change that held four weeks and no win
    logged for it."""
    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    driving = save_driving(store, clock, "Cut CI time")
    measuring = advance(driving, Stage.MEASURING, now)
    for value, days_ago in ((40, 35), (25, RESULT_HOLDS_DAYS), (25, 0)):
        taken = clock.today() - dt.timedelta(days=days_ago)
        reading = Reading(value, "minutes", taken, "CI dashboard")
        measuring = add_reading(measuring, reading, now)
    save_initiative(store, measuring)


EXAMPLES = catalogue.PROBLEM_STAGE_NOTE_HINTS
REASONS = [
    # key on the tracker, the label of the reason, the example under it
    ("x", catalogue.PROBLEM_STAGE_REASON, EXAMPLES["dropped"]),
    ("u", catalogue.PROBLEM_STAGE_PAUSE_REASON, EXAMPLES["paused"]),
]


@pytest.mark.parametrize(("key", "label", "example"), REASONS, ids=["drop", "pause"])
async def test_the_reason_to_drop_or_pause_has_an_example_of_its_own(
    store: Store, clock: FixedClock, key: str, label: str, example: str
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_tracker(pilot)
        dialog = await stage_dialog(pilot, key)
        labels = [str(label.content) for label in dialog.query(".dialog-label")]
        field = dialog.query_one("#field-note")
        assert isinstance(field, Input | TextArea)
        placeholder = str(field.placeholder)

    assert labels[0] == label
    assert placeholder == example and placeholder.startswith("e.g. ")
    assert placeholder != catalogue.PROBLEM_STAGE_NOTE_HINT


async def test_closing_a_problem_whose_result_win_is_logged_says_so(
    store: Store, clock: FixedClock
) -> None:
    # The problem's before → after is already a win, linked to it.
    measured_without_a_win(store, clock)
    [problem] = initiatives(store)
    result = store.add_win(
        Win(
            "Cut CI time from 40 to 25 minutes",
            clock.today(),
            measure=Measure(40, 25, "minutes"),
        )
    )
    assert result.id is not None
    save_initiative(store, link_win(problem, result.id, clock.now()))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_tracker(pilot)
        dialog = await stage_dialog(pilot, "a")
        intro = shown_text(dialog.query_one(".dialog-intro", Static))

    assert dialog.target is Stage.DONE
    assert "log that result as a win" not in intro
    assert "already logged" in intro


async def test_closing_a_problem_without_a_result_win_asks_to_log_one(
    store: Store, clock: FixedClock
) -> None:
    measured_without_a_win(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_tracker(pilot)
        dialog = await stage_dialog(pilot, "a")
        intro = shown_text(dialog.query_one(".dialog-intro", Static))

    assert dialog.target is Stage.DONE
    assert "log that result as a win" in intro
    assert "already logged" not in intro


async def test_the_proposal_is_offered_to_the_home_folder_named_by_date(
    store: Store, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    Path.home().mkdir(parents=True)
    started_in = tmp_path / "started-here"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_tracker(pilot)
        await pilot.press("p", "f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        offered = app.screen.query_one("#field-path", Input).value
        await pilot.press("enter")
        written = Path.home() / Path(offered).name
        await wait_until(pilot, written.exists)

    assert offered == ("~/careerclimb-proposal-releases-fail-one-time-2026-11-18.md")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert list(started_in.iterdir()) == []


async def test_the_prep_plan_is_offered_to_the_home_folder_as_the_packet_is(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(PrepScreen())
        await wait_until(pilot, lambda: isinstance(app.screen, PrepScreen))
        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        offered = app.screen.query_one("#field-path", Input).value

    assert offered == "~/careerclimb-prep-2026-11-18.md"


def test_the_change_line_of_the_problem_list_sits_under_its_title(
    store: Store, clock: FixedClock
) -> None:
    import io

    from careerclimb_tui.cli import main

    seed_problem_demo(store, clock.today())
    out = io.StringIO()
    assert main(["problem", "list"], clock=clock, out=out) == 0
    lines = out.getvalue().splitlines()
    header = next(line for line in lines if line.strip().startswith("ID"))
    change = next(line for line in lines if "↳" in line)
    assert change.index("↳") == header.index("PROBLEM")
