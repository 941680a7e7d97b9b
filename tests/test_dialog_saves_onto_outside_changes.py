"""A note or a reading typed on the problem page is saved even when another
window or the command line changed the problem while its dialog was open."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import Reading, add_note, add_reading
from careerclimb_tui.screens import base
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_dialogs import NoteDialog, ReadingDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiative, save_initiative
from tests.helpers import make_app, open_problem_page, save_driving, wait_until


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Look for outside changes often, so a test waits a moment, not seconds."""
    monkeypatch.setattr(base, "OUTSIDE_CHANGE_CHECK_SECONDS", 0.02)


def measured_problem(store: Store, clock: FixedClock) -> int:
    """A problem being driven, its baseline taken a month ago; stored, its id."""
    store.save_profile(DEMO_PROFILE)
    problem = save_driving(store, clock, "CI reruns eat the afternoon", "flaky-tests")
    earlier = clock.today() - dt.timedelta(days=30)
    problem = problem.with_changes(metric="CI reruns", better="lower")
    problem = add_reading(
        problem, Reading(60, "reruns/week", earlier, "CI dashboard"), clock.now()
    )
    saved = save_initiative(store, problem)
    assert saved.id is not None
    return saved.id


def elsewhere(store: Store, clock: FixedClock) -> Store:
    """A store of its own on the same file, a minute later, as another process."""
    clock.advance(minutes=1)
    return Store(store.path, clock=clock)


async def test_a_note_typed_while_a_note_is_logged_elsewhere_is_saved_too(
    store: Store, clock: FixedClock
) -> None:
    problem_id = measured_problem(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        page = await open_problem_page(pilot)
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteDialog))
        await pilot.press(*"Met SRE")

        other = elsewhere(store, clock)
        shown = initiative(other, problem_id)
        save_initiative(other, add_note(shown, "Logged from the CLI", clock.now()))
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))

        saved = initiative(Store(store.path, clock=clock), problem_id)
        assert [note.text for note in saved.notes] == [
            "Logged from the CLI",
            "Met SRE",
        ]
        await wait_until(pilot, lambda: page.initiative == saved)
        told = [n.message for n in app._notifications]
        assert catalogue.RECORD_CHANGED_ELSEWHERE not in told


async def test_a_reading_typed_while_one_is_taken_elsewhere_is_saved_too(
    store: Store, clock: FixedClock
) -> None:
    problem_id = measured_problem(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        await pilot.press(*"50")

        other = elsewhere(store, clock)
        shown = initiative(other, problem_id)
        reading = Reading(45, "reruns/week", clock.today(), "CI dashboard")
        save_initiative(
            other,
            add_reading(shown, reading, clock.now()).with_changes(next_step="X"),
        )
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))

        saved = initiative(Store(store.path, clock=clock), problem_id)
        assert sorted(r.value for r in saved.readings) == [45, 50]
        # The step set elsewhere stays: the reading here did not change it.
        assert saved.next_step == "X"
