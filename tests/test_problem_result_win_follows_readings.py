"""A problem's result win follows its readings: once a later reading changes the
result, the page says the logged win is behind and w brings that same win up to
date, keeping what the user wrote, instead of logging the result a second time.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from textual.widgets import Input, Static

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
    linked_result_win,
    offers_result_win,
    result_win,
    result_win_behind,
    start_initiative,
    step_after_measure,
    updated_result_win,
)
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.problem_dialogs import ReadingDialog, StageDialog
from careerclimb_tui.screens.problem_text import change_line
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, open_problem_page, type_text, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
BASELINE_DAY = NOW.date() - dt.timedelta(days=30)
LOGGED_DAY = BASELINE_DAY + dt.timedelta(days=10)
LATER_DAY = BASELINE_DAY + dt.timedelta(days=20)

FIRST_TITLE = "Cut the CI duration from 40 to 12 minutes"
FIRST_SAID = "The CI duration went from 40 to 12 minutes"
NEW_TITLE = "Cut the CI duration from 40 to 8 minutes"
NEW_SAID = "The CI duration went from 40 to 8 minutes"


def measuring(*later: float, stage: Stage = Stage.MEASURING) -> Initiative:
    """CI duration from a baseline of 40 minutes, then one reading per value."""
    initiative = start_initiative("CI is slow", NOW).with_changes(
        metric="CI duration", better="lower"
    )
    initiative = add_reading(initiative, Reading(40, "minutes", BASELINE_DAY), NOW)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, forward, NOW)
    for offset, value in enumerate(later):
        day = LOGGED_DAY + dt.timedelta(days=10 * offset)
        initiative = add_reading(initiative, Reading(value, "minutes", day), NOW)
    if stage is Stage.DONE:
        initiative = advance(initiative, Stage.DONE, NOW)
    return initiative


def logged_win(**changes: object) -> Win:
    """The result win as drafted for 40 → 12 minutes, saved as win #4."""
    win = result_win(measuring(12), LOGGED_DAY).with_changes(id=4)
    return win.with_changes(**changes)


LINKED_WINS = [
    # linked win (or None), readings after the baseline, is the result win, behind
    (None, (12, 8), False, False),
    (logged_win(), (12,), True, False),
    (logged_win(), (12, 8), True, True),
    (logged_win(), (12, 8, 12), True, False),
    (logged_win(), (12, 40), True, False),
    (logged_win(measure=Measure(40, 12, "minutes")), (12, 8), True, True),
    (
        logged_win(measure=Measure(40, 12, " Minutes ", "ci  duration")),
        (12, 8),
        True,
        True,
    ),
    (
        logged_win(measure=Measure(40, 12, "minutes", "Deploy time")),
        (12, 8),
        False,
        False,
    ),
    (
        logged_win(measure=Measure(30, 12, "minutes", "CI duration")),
        (12, 8),
        True,
        True,
    ),
    (
        logged_win(measure=Measure(40, 12, "hours", "CI duration")),
        (12, 8),
        False,
        False,
    ),
    (logged_win(measure=Measure(change_pct=-70)), (12, 8), False, False),
    (logged_win(measure=None), (12, 8), False, False),
]


@pytest.mark.parametrize(
    ("win", "later", "is_result", "behind"),
    LINKED_WINS,
    ids=[
        "no linked win",
        "the result as logged",
        "a later reading changed it",
        "a later reading came back to it",
        "back at the baseline: no result to carry",
        "its measure left unnamed",
        "named and counted in other spacing and case",
        "another metric",
        "from a baseline since corrected",
        "in another unit",
        "a relative change alone",
        "no measure",
    ],
)
def test_the_result_win_is_the_linked_win_from_the_baseline_and_follows_it(
    win: Win | None, later: tuple[float, ...], is_result: bool, behind: bool
) -> None:
    initiative = measuring(*later)
    wins: dict[int | None, Win] = {}
    if win is not None:
        wins[win.id] = win
        initiative = link_win(initiative, 4, NOW)

    found = linked_result_win(initiative, wins)
    late = result_win_behind(initiative, wins)

    assert (found is not None) is is_result
    assert (late is not None) is behind
    if behind:
        # Offered again on a move, to be updated; the step says the same.
        assert offers_result_win(initiative, wins)
        step = step_after_measure(
            initiative.with_changes(next_step=catalogue.INITIATIVE_STEP_MEASURED),
            None,
            result_logged=True,
            result_behind=True,
        )
        assert step == catalogue.INITIATIVE_STEP_RESULT_BEHIND


def test_the_most_recently_linked_result_win_is_the_one_updated() -> None:
    older, newer = logged_win(id=2), logged_win(id=7)
    initiative = link_win(link_win(measuring(12, 8), 2, NOW), 7, NOW)

    found = linked_result_win(initiative, {2: older, 7: newer})

    assert found is not None and found.id == 7


UPDATES = [
    # title, what changed, as saved → as updated
    (FIRST_TITLE, FIRST_SAID, NEW_TITLE, NEW_SAID),
    (f"  {FIRST_TITLE.lower()} ", "", NEW_TITLE, NEW_SAID),
    ("Made CI fast for everyone", FIRST_SAID, "Made CI fast for everyone", NEW_SAID),
    (
        FIRST_TITLE,
        f"{FIRST_SAID}, so releases go out before lunch.",
        NEW_TITLE,
        f"{NEW_SAID}, so releases go out before lunch.",
    ),
    (
        FIRST_TITLE,
        "Builds no longer block the release train.",
        NEW_TITLE,
        "Builds no longer block the release train.",
    ),
]


@pytest.mark.parametrize(
    ("title", "said", "new_title", "new_said"),
    UPDATES,
    ids=[
        "both as drafted",
        "drafted title in other spacing and case, nothing said",
        "own title kept",
        "own words around the drafted sentence kept",
        "own rewrite of what changed kept",
    ],
)
def test_the_updated_result_win_keeps_what_the_user_wrote(
    title: str, said: str, new_title: str, new_said: str
) -> None:
    win = logged_win(
        title=title,
        what_changed=said,
        beneficiaries="Every product team",
        noticed_by="Head of platform",
        tags=("ci",),
    )

    updated = updated_result_win(measuring(12, 8), win)

    assert updated.id == 4
    assert updated.measure == Measure(40, 8, "minutes", "CI duration")
    assert (updated.title, updated.what_changed) == (new_title, new_said)
    assert (updated.date, updated.beneficiaries, updated.noticed_by, updated.tags) == (
        LOGGED_DAY,
        "Every product team",
        "Head of platform",
        ("ci",),
    )


def test_the_change_reads_as_every_other_before_and_after() -> None:
    assert change_line(measuring(12, 8)) == "CI duration 40 → 8 minutes, −80%, better"
    assert change_line(measuring(12, 50), label=False, verdict=False) == (
        "40 → 50 minutes, +25%"
    )


def page_text(screen: InitiativeScreen) -> str:
    return " ".join(
        " ".join(str(widget.render()).split()) for widget in screen.query(Static)
    )


@pytest.mark.parametrize("stage", [Stage.MEASURING, Stage.DONE])
async def test_w_brings_the_linked_result_win_up_to_a_later_reading(
    store: Store, clock: FixedClock, stage: Stage
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(logged_win(id=None))
    assert win.id is not None
    save_initiative(store, link_win(measuring(12, stage=stage), win.id, NOW))
    behind = catalogue.PROBLEM_RESULT_WIN_BEHIND.format(
        id=win.id, said="40 → 12 minutes", latest="8 minutes"
    )

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        await pilot.pause()
        await type_text(pilot, "8")
        app.screen.query_one("#field-date", Input).value = LATER_DAY.isoformat()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await wait_until(pilot, lambda: len(initiatives(store)[0].readings) == 2)
        page = app.screen
        assert isinstance(page, InitiativeScreen)
        await wait_until(pilot, lambda: behind in page_text(page))

        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await pilot.pause()
        form = app.screen
        assert isinstance(form, LogWinScreen) and form.editing is not None
        assert form.query_one("#after", Input).value == "8"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await wait_until(pilot, lambda: behind not in page_text(page))

    wins = store.wins()
    assert [(w.id, w.title, w.what_changed) for w in wins] == [
        (win.id, NEW_TITLE, NEW_SAID)
    ]
    assert wins[0].measure == Measure(40, 8, "minutes", "CI duration")
    assert initiatives(store)[0].win_ids == (win.id,)


async def test_w_still_logs_a_new_result_win_when_none_is_linked(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    other = store.add_win(Win("Ran the guild talk", NOW.date()))
    assert other.id is not None
    save_initiative(store, link_win(measuring(12, 8), other.id, NOW))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await pilot.pause()
        form = app.screen
        assert isinstance(form, LogWinScreen) and form.editing is None
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(initiatives(store)[0].win_ids) == 2)

    assert len(store.wins()) == 2


def test_problem_measure_and_show_say_the_result_win_is_behind(
    store: Store, clock: FixedClock
) -> None:
    win = store.add_win(logged_win(id=None))
    assert win.id is not None
    logged = link_win(measuring(12), win.id, NOW).with_changes(
        next_step=catalogue.INITIATIVE_STEP_RESULT_LOGGED
    )
    saved = save_initiative(store, logged)
    shown_before = io.StringIO()
    main(["problem", "show", str(saved.id)], clock=clock, out=shown_before)

    main(["problem", "measure", str(saved.id), "8"], clock=clock, out=io.StringIO())
    shown = io.StringIO()
    main(["problem", "show", str(saved.id)], clock=clock, out=shown)

    behind = catalogue.PROBLEM_CLI_RESULT_WIN_BEHIND.format(
        id=win.id, said="40 → 12 minutes", latest="8 minutes", problem=saved.id
    )
    assert behind not in " ".join(shown_before.getvalue().split())
    assert behind in " ".join(shown.getvalue().split())
    assert initiatives(store)[0].next_step == catalogue.INITIATIVE_STEP_RESULT_BEHIND


@pytest.mark.parametrize(
    ("value", "says_behind"),
    [
        # a reading that moves past the result win, and one that agrees with it
        ("8", True),
        ("12", False),
    ],
)
def test_problem_measure_says_when_the_reading_leaves_the_result_win_behind(
    store: Store, clock: FixedClock, value: str, says_behind: bool
) -> None:
    win = store.add_win(logged_win(id=None))
    assert win.id is not None
    saved = save_initiative(store, link_win(measuring(12), win.id, NOW))

    out = io.StringIO()
    main(["problem", "measure", str(saved.id), value], clock=clock, out=out)

    behind = catalogue.PROBLEM_CLI_RESULT_WIN_BEHIND.format(
        id=win.id,
        said="40 → 12 minutes",
        latest=f"{value} minutes",
        problem=saved.id,
    )
    assert (behind in " ".join(out.getvalue().split())) is says_behind


async def test_the_move_to_done_offers_to_update_a_result_win_left_behind(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(logged_win(id=None))
    assert win.id is not None
    save_initiative(store, link_win(measuring(12, 8), win.id, NOW))
    offer = catalogue.PROBLEM_OFFER_WIN_UPDATE.format(id=win.id)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        # The readings span less than four weeks: yes to moving on anyway.
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        await pilot.press("ctrl+s")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, ConfirmDialog) and app.screen.question == offer
            ),
        )
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await wait_until(pilot, lambda: store.wins()[0].title == NEW_TITLE)

    assert len(store.wins()) == 1
    assert initiatives(store)[0].stage is Stage.DONE
