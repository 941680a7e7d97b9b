"""Typing in the review walk as a user meets it: a filled-in answer reached by a
key is replaced by what is typed, never quietly added to."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Review,
    finish,
    left_out_message,
    override,
    rerun_start,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.store import Store
from tests.helpers import (
    answer_up_to_the_change,
    answer_up_to_the_names,
    notices,
    run_app,
    seed_win,
    type_text,
    wait_until,
)

CHANGED = "Rollbacks stopped being a weekly event after the canary stage went in"
NOTICED = "Payments SRE lead asked to reuse it"


async def test_names_typed_after_yes_replace_the_names_shown(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store, what_changed=CHANGED, noticed_by=NOTICED)
    async with run_app(store, clock) as (app, pilot):
        names = await answer_up_to_the_names(pilot)
        assert names.selected_text == NOTICED, "the names show selected"

        await type_text(pilot, "Platform lead")
        # A capital "P" starts a name, though "p" answers question 2: nothing is
        # held, and the typing replaces the names instead of running on after.
        assert catalogue.FILLED_ANSWER_KEY_HELD not in notices(app)
        assert names.value == "Platform lead"
        await pilot.press("enter")

        await wait_until(pilot, lambda: store.win(win.id).noticed_by != NOTICED)
        assert store.win(win.id).noticed_by == "Platform lead"

        # Ctrl+Z still gives the win back the names it had.
        await pilot.press("shift+tab")
        assert app.focused is names
        await pilot.press("ctrl+z")
        assert names.value == NOTICED
        await wait_until(pilot, lambda: store.win(win.id).noticed_by == NOTICED)


async def test_the_suggested_change_is_replaced_by_typing_and_kept_by_end(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock) as (app, pilot):
        field = await answer_up_to_the_change(pilot)
        assert field.selected_text == CHANGED

        await type_text(pilot, "Fewer rollbacks")
        assert field.value == "Fewer rollbacks", "typing replaces, never adds on"
        await pilot.press("ctrl+z")
        assert field.value == CHANGED

        # End keeps the text, to add to it.
        await pilot.press("shift+tab", "c")
        await wait_until(pilot, lambda: app.focused is field)
        await pilot.press("end")
        await type_text(pilot, " 40%")
        assert field.value == CHANGED + " 40%"


async def test_leaving_a_selected_answer_and_coming_back_edits_it(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=CHANGED)
    async with run_app(store, clock) as (app, pilot):
        field = await answer_up_to_the_change(pilot)

        await pilot.press("shift+tab", "tab")
        assert app.focused is field
        await type_text(pilot, "!")
        assert field.value == CHANGED + "!"


async def test_one_escape_leaves_the_walk_after_moving_on_from_an_explanation(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed=CHANGED)
    store.add_win(framed(Win(title="Flaky tests fixed", date=dt.date(2026, 10, 9))))
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("r", "s", "e")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        await pilot.press("pagedown")
        await wait_until(pilot, lambda: walk.review.position == 1)
        await pilot.pause()

        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is not walk)


NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)


def earlier_run(settled: tuple[int, ...], walked: tuple[int, ...]) -> Review:
    """A first run of 2026Q4 over ``walked`` wins, with ``settled`` ones judged."""
    wins = [
        Win(id=win_id, title=f"Win {win_id}", date=dt.date(2026, 10, win_id))
        for win_id in walked
    ]
    review = start_review(Quarter(2026, 4), wins, NOW)
    for win_id in settled:
        review = override(review, win_id, "next_level", "", now=NOW)
    return review


@pytest.mark.parametrize(
    ("walked_before", "settled_before", "walked_now", "opens_at"),
    [
        # No earlier run: the first win.
        ((), (), (1, 2, 3), 0),
        # A win logged late, after three settled ones: that win.
        ((1, 2, 3), (1, 2, 3), (1, 2, 3, 4), 3),
        # A late win dated between settled ones: the late win.
        ((1, 3), (1, 3), (1, 2, 3), 1),
        # One win left unsettled before: that win.
        ((1, 2, 3), (1, 3), (1, 2, 3), 1),
        # Nothing settled before: the first win.
        ((1, 2, 3), (), (1, 2, 3, 4), 0),
        # Everything settled before, nothing new: the first win.
        ((1, 2), (1, 2), (1, 2), 0),
    ],
)
def test_a_rerun_opens_on_the_first_win_left_to_answer(
    walked_before: tuple[int, ...],
    settled_before: tuple[int, ...],
    walked_now: tuple[int, ...],
    opens_at: int,
) -> None:
    earlier = [earlier_run(settled_before, walked_before)] if walked_before else []
    assert rerun_start(walked_now, earlier) == opens_at


def test_a_new_run_starts_on_the_late_win() -> None:
    earlier = earlier_run((1, 3), (1, 3))
    wins = [
        Win(id=win_id, title=f"Win {win_id}", date=dt.date(2026, 10, win_id))
        for win_id in (1, 2, 3)
    ]
    rerun = start_review(Quarter(2026, 4), wins, NOW, earlier=[earlier])
    assert rerun.run == 2
    assert rerun.current_win_id == 2


@pytest.mark.parametrize(
    ("count", "finished", "on_reviews", "told"),
    [
        (
            1,
            True,
            True,
            "1 win of 2026Q4 was added after run 1 started and is not in it. "
            "To include it, start a new run (press r); run 1 is kept as it is.",
        ),
        (
            2,
            True,
            False,
            "2 wins of 2026Q4 were added after run 1 started and are not in it. "
            "To include them, start a new run (r on the reviews screen); run 1 is "
            "kept as it is.",
        ),
        (
            1,
            False,
            False,
            "1 win of 2026Q4 was added after run 1 started and is not in it. "
            "To include it, finish run 1, then start a new run (r on the reviews "
            "screen); run 1 is kept as it is.",
        ),
    ],
)
def test_wins_left_out_of_a_run_are_told_in_number_and_place(
    count: int, finished: bool, on_reviews: bool, told: str
) -> None:
    run = earlier_run((1,), (1,))
    if finished:
        run = finish(run, now=NOW)
    assert left_out_message(run, count, on_reviews=on_reviews) == told
