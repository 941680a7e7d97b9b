"""A problem's result win stays its result win once the baseline it started from
is removed or corrected, and is then marked as telling numbers the readings no
longer show, on the page, on the command line and wherever it is brought forward.
"""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    add_reading,
    advance,
    correct_reading,
    link_win,
    linked_result_win,
    remove_reading,
    result_win,
    result_win_behind,
    result_win_unbacked,
    result_wins_off_readings,
    start_initiative,
    updated_result_win,
)
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.screens.problem_text import result_win_behind_line
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
BASELINE_DAY = NOW.date() - dt.timedelta(days=30)
LOGGED_DAY = BASELINE_DAY + dt.timedelta(days=10)


def measuring(*later: float, metric: str = "CI duration") -> Initiative:
    """CI duration from a baseline of 40 minutes, then one reading per value."""
    initiative = start_initiative("CI is slow", NOW).with_changes(
        metric=metric, better="lower"
    )
    initiative = add_reading(initiative, Reading(40, "minutes", BASELINE_DAY), NOW)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, forward, NOW)
    for offset, value in enumerate(later):
        day = LOGGED_DAY + dt.timedelta(days=5 * offset)
        initiative = add_reading(initiative, Reading(value, "minutes", day), NOW)
    return initiative


def drafted(win_id: int = 4, metric: str = "CI duration") -> Win:
    """The result win as drafted for 40 → 8 minutes."""
    win = result_win(measuring(8, metric=metric), LOGGED_DAY)
    return win.with_changes(id=win_id)


def baseline_removed(initiative: Initiative) -> Initiative:
    return remove_reading(initiative, 1, NOW)


def baseline_corrected(initiative: Initiative) -> Initiative:
    fixed = Reading(45, "minutes", BASELINE_DAY)
    return correct_reading(initiative, 1, fixed, NOW)


def every_reading_removed(initiative: Initiative) -> Initiative:
    return remove_reading(remove_reading(initiative, 1, NOW), 1, NOW)


def moved_back(initiative: Initiative) -> Initiative:
    return baseline_corrected(initiative).with_changes(stage=Stage.DRIVING)


OFF_45 = catalogue.RESULT_WIN_OFF_READINGS.format(
    baseline="45 minutes", latest="8 minutes"
)
CASES = [
    # what happened to the readings, the linked wins, the result win, the note
    ("nothing", (drafted(),), 4, None),
    ("baseline removed", (drafted(),), 4, catalogue.RESULT_WIN_UNBACKED_NOTE),
    ("baseline corrected", (drafted(),), 4, OFF_45),
    ("every reading removed", (drafted(),), 4, catalogue.RESULT_WIN_UNBACKED_NOTE),
    ("moved back to driving", (drafted(),), 4, OFF_45),
    ("baseline corrected", (drafted(4), drafted(5)), None, None),
    (
        "baseline corrected",
        (drafted().with_changes(measure=Measure(40, 8, "minutes", "Deploy time")),),
        None,
        None,
    ),
    (
        "baseline corrected",
        (drafted().with_changes(measure=Measure(40, 8, "hours", "CI duration")),),
        None,
        None,
    ),
]
CHANGES = {
    "nothing": lambda initiative: initiative,
    "baseline removed": baseline_removed,
    "baseline corrected": baseline_corrected,
    "every reading removed": every_reading_removed,
    "moved back to driving": moved_back,
}


@pytest.mark.parametrize(
    ("happened", "linked", "result_id", "note"),
    CASES,
    ids=[
        "readings as drafted",
        "baseline removed",
        "baseline corrected",
        "every reading removed",
        "moved back to driving",
        "two wins could be it",
        "another metric",
        "another unit",
    ],
)
def test_the_result_win_outlives_its_baseline_and_is_marked(
    happened: str, linked: tuple[Win, ...], result_id: int | None, note: str | None
) -> None:
    initiative = measuring(8)
    for win in linked:
        assert win.id is not None
        initiative = link_win(initiative, win.id, NOW)
    initiative = CHANGES[happened](initiative)
    wins: dict[int | None, Win] = {win.id: win for win in linked}

    found = linked_result_win(initiative, wins)
    off = result_wins_off_readings([initiative], wins)

    assert (found.id if found else None) == result_id
    assert off.get(4) == note
    if note is not None and initiative.stage is not Stage.DRIVING:
        # The page warns by the same rule.
        page = result_win_behind(initiative, wins) or result_win_unbacked(
            initiative, wins
        )
        assert page is not None


def test_the_page_names_the_new_baseline_and_w_brings_the_win_to_it() -> None:
    win = drafted()
    initiative = baseline_corrected(link_win(measuring(8), 4, NOW))

    line = result_win_behind_line(initiative, win)
    updated = updated_result_win(initiative, win)

    assert line == catalogue.PROBLEM_RESULT_WIN_BEHIND.format(
        id=4,
        said="40 → 8 minutes",
        latest="8 minutes, from a baseline now 45 minutes",
    )
    assert updated.measure == Measure(45, 8, "minutes", "CI duration")
    assert updated.title == "Cut the CI duration from 45 to 8 minutes"
    assert result_wins_off_readings([initiative], {4: updated}) == {}


def test_deleting_the_baseline_says_the_result_win_is_unbacked(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    win = store.add_win(drafted().with_changes(id=None))
    assert win.id is not None
    saved = save_initiative(store, link_win(measuring(8), win.id, NOW))

    ident = str(saved.id)
    assert main(["problem", "readings", ident, "--delete", "1"], clock=clock) == 0

    said = " ".join(capsys.readouterr().err.split())
    assert f"Win #{win.id} still says 40 → 8 minutes" in said
