"""On the problem page, which way is better can be turned at any later reading,
and a reading no better than the baseline is never logged as the result."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Select, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    add_note,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_dialogs import ReadingDialog, StageDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import (
    make_app,
    notices,
    open_problem_page,
    save_driving,
    type_text,
    wait_until,
)

CHECK_SAID = "CI red-run rate: 20% -> 2%"


def red_runs(
    store: Store,
    clock: FixedClock,
    stage: Stage,
    better: str,
    values: tuple[float, ...],
) -> Initiative:
    """The problem of the red CI runs, its check saying "20% -> 2%"; stored."""
    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    note = catalogue.PROBLEM_CHECK_NOTE_CHANGE.format(text=CHECK_SAID)
    problem = add_note(start_initiative("Red CI runs", now), note, now)
    for target in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        problem = advance(problem, target, now)
        if target is stage:
            break
    problem = problem.with_changes(metric="CI red-run rate", better=better)
    start = clock.today() - dt.timedelta(days=len(values))
    for offset, value in enumerate(values):
        day = start + dt.timedelta(days=offset)
        problem = add_reading(problem, Reading(value, "%", day), now)
    return save_initiative(store, problem)


def page_text(page: InitiativeScreen) -> str:
    parts = ("#tracker-status", "#tracker-measure")
    return "\n".join(str(page.query_one(part, Static).render()) for part in parts)


async def test_a_later_reading_turns_the_direction_and_the_page_follows(
    store: Store, clock: FixedClock
) -> None:
    red_runs(store, clock, Stage.MEASURING, "higher", (20, 4))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        page = await open_problem_page(pilot)
        before = page_text(page)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        await pilot.pause()
        better = app.screen.query_one("#field-better", Select)
        offered = better.value
        # From the empty number past the unit to the direction, then the other.
        await pilot.press("tab", "tab", "down")
        await pilot.pause()
        await pilot.press("up", "enter")
        await pilot.pause()
        chosen = better.value
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is page)
        await wait_until(pilot, lambda: bool(notices(app)))
        after = page_text(page)
        told = notices(app)

    assert offered == "higher" and chosen == "lower"
    assert "(higher is better)" in before and "not better yet" in before
    assert "(lower is better)" in after and "not better yet" not in after
    assert "no better than the baseline" not in after
    assert told == ["Saved: lower is better, and every change is judged that way."]
    [kept] = initiatives(store)
    assert kept.better == "lower" and len(kept.readings) == 1


async def test_the_baseline_form_offers_the_direction_the_check_stated(
    store: Store, clock: FixedClock
) -> None:
    red_runs(store, clock, Stage.DRIVING, "", ())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        await pilot.pause()
        offered = app.screen.query_one("#field-better", Select).value

    assert offered == "lower"


async def test_a_direction_against_the_check_is_named_after_the_save(
    store: Store, clock: FixedClock
) -> None:
    red_runs(store, clock, Stage.MEASURING, "higher", (20,))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        page = await open_problem_page(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        await pilot.pause()
        await pilot.press("4", "ctrl+s")
        await wait_until(pilot, lambda: app.screen is page)
        await wait_until(pilot, lambda: bool(notices(app)))
        told = " ".join(notices(app))

    assert "You chose “higher is better”" in told
    assert CHECK_SAID in told and "press m" in told


async def test_a_worse_reading_is_not_offered_as_a_win_on_the_move_to_measuring(
    store: Store, clock: FixedClock
) -> None:
    red_runs(store, clock, Stage.DRIVING, "higher", (20, 4))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        page = await open_problem_page(pilot)
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is page and bool(notices(app)))
        await pilot.pause()
        offered = isinstance(app.screen, ConfirmDialog)
        moved = " ".join(notices(app))
        app.clear_notifications()
        await pilot.press("w")
        await wait_until(pilot, lambda: bool(notices(app)))
        on_w = " ".join(notices(app))
        stays = app.screen is page

    assert not offered
    assert "Moved to Measuring." in moved and "No result win yet" in moved
    assert "No result win yet" in on_w and stays
    assert store.wins() == []


@pytest.mark.parametrize("typed", ["measure", "reading", "baseline", "better"])
async def test_the_palette_finds_the_reading_by_the_words_a_user_types(
    store: Store, clock: FixedClock, typed: str
) -> None:
    red_runs(store, clock, Stage.MEASURING, "higher", (20, 4))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("ctrl+p")
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        await wait_until(pilot, lambda: palette.has_class("-ready"))
        await type_text(pilot, typed)
        entries = palette.query_one(CommandList)
        await wait_until(pilot, lambda: entries.option_count > 0)
        await pilot.pause()
        first = str(entries.get_option_at_index(0).prompt)

    assert first.startswith("Problem: Take a reading of the measure")


@pytest.mark.parametrize(
    ("title", "origin"),
    [
        ("Flaky tests that everyone reruns", "From the problem catalogue"),
        ("flaky tests  that everyone reruns", "From the problem catalogue"),
        ("Red CI runs", "From the catalogue: Flaky tests that everyone reruns"),
    ],
)
async def test_the_header_names_the_catalogue_entry_only_when_the_title_differs(
    store: Store, clock: FixedClock, title: str, origin: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, title, "flaky-tests")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        shown = str(page.query_one("#tracker-origin", Static).render())

    assert shown.splitlines()[0] == origin
