"""The problem page says one thing at a time, clear of its next step and log, and
takes its notices down when a dialog opens over it; a done problem tells its
change as the result; the result win comes with what changed and who benefited
filled in from the problem; a supporting win in the pitch starts its sentence
with a capital.
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual.geometry import Region
from textual.screen import Screen
from textual.widgets import Input, TextArea
from textual.widgets._toast import Toast

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    add_reading,
    advance,
    result_win,
    start_initiative,
)
from careerclimb_tui.domain.pitch import Part, build_pitch
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.problem_dialogs import NoteDialog, StageDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from tests.helpers import make_app, notices, open_problem_page, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)


def measured_reruns(stage: Stage = Stage.MEASURING) -> Initiative:
    """CI reruns, driven to ``stage`` with a baseline of 60 and a reading of 12."""
    initiative = start_initiative(
        "CI reruns eat the afternoon", NOW, problem_id="flaky-tests"
    ).with_changes(metric="CI reruns per week", better="lower")
    initiative = add_reading(
        initiative, Reading(60, "", NOW.date() - dt.timedelta(days=35)), NOW
    )
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, forward, NOW)
    initiative = add_reading(initiative, Reading(12, "", NOW.date()), NOW)
    if stage is Stage.DONE:
        initiative = advance(initiative, Stage.DONE, NOW)
    return initiative


def toasts(screen: Screen[object]) -> list[Region]:
    return [toast.region for toast in screen.query(Toast)]


def covering(screen: Screen[object], selector: str) -> list[Region]:
    """The notices drawn over the part of the page ``selector`` names."""
    # What shows of it: the page scrolls, and may hold more than its window.
    part = screen.find_widget(screen.query_one(selector)).visible_region
    assert part.height
    return [toast for toast in toasts(screen) if toast.overlaps(part)]


async def test_the_saved_result_win_leaves_one_notice_clear_of_the_title_and_next_step(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measured_reruns())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_problem_page(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await wait_until(pilot, lambda: bool(initiatives(store)[0].win_ids))
        page = app.screen
        await wait_until(pilot, lambda: "linked" in " ".join(notices(app)))
        # The page shows as many notices as are still up.
        await wait_until(pilot, lambda: len(page.query(Toast)) == len(notices(app)))
        await pilot.pause()

        said = notices(app)
        over_title = covering(page, "#tracker-title")
        over_step = covering(page, "#tracker-status")

    assert len(said) == 1
    assert said[0].startswith("Win #")
    # The notice sits at the foot of the page for a few seconds: what the user
    # reads first, the title and the next step, stays clear of it.
    assert not over_title
    assert not over_step


async def test_a_dialog_opened_from_the_page_is_not_covered_by_its_notice(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, start_initiative("Flaky tests", NOW, problem_id=""))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_problem_page(pilot)
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        page = app.screen
        await wait_until(pilot, lambda: bool(page.query(Toast)))
        moved = notices(app)

        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteDialog))
        await pilot.pause()
        over_dialog = toasts(app.screen)
        left = notices(app)

    assert moved == ["Moved to Proposed."]
    assert not over_dialog
    assert not left


# --- the result win, drafted from the problem's records ---------------------------


def measured(metric: str, before: float, after: float, unit: str) -> Initiative:
    """A problem in Measuring whose ``metric`` moved from ``before`` to ``after``."""
    initiative = start_initiative("Releases need babysitting", NOW).with_changes(
        metric=metric
    )
    initiative = add_reading(
        initiative, Reading(before, unit, NOW.date() - dt.timedelta(days=30)), NOW
    )
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, forward, NOW)
    return add_reading(initiative, Reading(after, unit, NOW.date()), NOW)


@pytest.mark.parametrize(
    ("metric", "values", "unit", "title", "what_changed"),
    [
        pytest.param(
            "CI reruns per week",
            (60, 12),
            "",
            "Cut CI reruns per week from 60 to 12",
            "CI reruns per week went from 60 to 12",
            id="a name that counts things takes no article",
        ),
        pytest.param(
            "Rollbacks",
            (14, 3),
            "",
            "Cut rollbacks from 14 to 3",
            "Rollbacks went from 14 to 3",
            id="a plural name alone",
        ),
        pytest.param(
            "flaky-test rate",
            (20, 3),
            "%",
            "Cut the flaky-test rate from 20% to 3%",
            "The flaky-test rate went from 20% to 3%",
            id="a rate keeps its article",
        ),
        pytest.param(
            "Time to first review",
            (48, 6),
            "hours",
            "Cut the time to first review from 48 to 6 hours",
            "The time to first review went from 48 to 6 hours",
            id="a time of something",
        ),
        pytest.param(
            "Deploy status",
            (1, 4),
            "",
            "Raised the deploy status from 1 to 4",
            "The deploy status went from 1 to 4",
            id="a word ending in s that is not plural",
        ),
    ],
)
def test_the_result_win_tells_the_change_in_words(
    metric: str,
    values: tuple[float, float],
    unit: str,
    title: str,
    what_changed: str,
) -> None:
    win = result_win(measured(metric, *values, unit), NOW.date())

    assert win.title == title
    assert win.what_changed == what_changed
    # A hope is not a fact: who noticed is the user's to say.
    assert win.noticed_by == ""


async def test_the_offered_result_win_opens_with_what_changed_filled_in(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measured_reruns())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await pilot.pause()
        form = app.screen
        title = form.query_one("#title", TextArea).text
        changed = form.query_one("#changed", TextArea).text
        noticed = form.query_one("#noticed", Input).value

    assert title == "Cut CI reruns per week from 60 to 12"
    assert changed == "CI reruns per week went from 60 to 12"
    assert noticed == ""


# --- a supporting win in the pitch -------------------------------------------------

PITCH_DAY = dt.date(2026, 11, 18)
PITCH_LEAD = Win(
    id=1,
    title="Cut the CI build time for the web app",
    date=dt.date(2026, 11, 1),
    what_changed="build time went from 24 minutes to 9 minutes",
    noticed_by="platform team",
)
CANARY = "Releases ship safely behind a canary step."
# After "Also:" the title reads mid-sentence, so its first word is lowered.
CANARY_TOLD = "Also: releases ship safely behind a canary step."
# A title the pitch check reads as activity: the win is told by its change alone.
BUSY_SUPPORT = "Worked on the release pipeline"


@pytest.mark.parametrize(
    ("what_changed", "told"),
    [
        pytest.param(
            "rollbacks went from 14 to 3 a quarter",
            "Rollbacks went from 14 to 3 a quarter.",
            id="a small first letter is raised",
        ),
        pytest.param(
            "iOS crash reports fell from 40 to 5",
            "iOS crash reports fell from 40 to 5.",
            id="a name with its own capital is kept",
        ),
        pytest.param(
            "CI reruns went from 60 to 12",
            "CI reruns went from 60 to 12.",
            id="already a capital",
        ),
        pytest.param(
            "p95 latency fell from 900 to 300 ms",
            "P95 latency fell from 900 to 300 ms.",
            id="a first word with a digit",
        ),
    ],
)
def test_a_supporting_wins_change_after_its_title_starts_with_a_capital(
    what_changed: str, told: str
) -> None:
    support = Win(
        id=3,
        title=CANARY.rstrip("."),
        date=dt.date(2026, 11, 8),
        what_changed=what_changed,
    )

    draft = build_pitch([framed(PITCH_LEAD), framed(support)], [], [], PITCH_DAY)

    lines = [line.text for line in draft.lines if line.part is Part.SUPPORT]
    assert f"{CANARY_TOLD} {told}" in lines, lines


@pytest.mark.parametrize(
    ("what_changed", "told"),
    [
        pytest.param(
            "Rollbacks went from 14 to 3 a quarter",
            "Also: rollbacks went from 14 to 3 a quarter.",
            id="an ordinary first word is lowered",
        ),
        pytest.param(
            "iOS crash reports fell from 40 to 5",
            "Also: iOS crash reports fell from 40 to 5.",
            id="a name with its own capital is kept",
        ),
        pytest.param(
            "CI reruns went from 60 to 12",
            "Also: CI reruns went from 60 to 12.",
            id="an acronym is kept",
        ),
        pytest.param(
            "p95 latency fell from 900 to 300 ms",
            "Also: p95 latency fell from 900 to 300 ms.",
            id="a first word with a digit is kept",
        ),
    ],
)
def test_a_supporting_win_reads_its_change_mid_sentence(
    what_changed: str, told: str
) -> None:
    support = Win(
        id=3,
        title=BUSY_SUPPORT,
        date=dt.date(2026, 11, 8),
        what_changed=what_changed,
    )

    draft = build_pitch([framed(PITCH_LEAD), framed(support)], [], [], PITCH_DAY)

    lines = [line.text for line in draft.lines if line.part is Part.SUPPORT]
    assert lines == [told]
