"""The next check-in's advice does not send the user off with a result win whose
numbers its problem's readings no longer show: it brings the other wins, or says
to update that one first and what the readings show now.
"""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.domain.criteria import STATUS_GROWING, Criterion, next_check_in
from careerclimb_tui.domain.initiative import (
    Reading,
    Stage,
    add_reading,
    advance,
    correct_reading,
    link_win,
    result_win,
    start_initiative,
)
from careerclimb_tui.domain.records import FRAMING_IMPACT, Win
from careerclimb_tui.store import Store
from careerclimb_tui.store.criteria_docs import criteria_home_line, save_criterion
from careerclimb_tui.store.initiative_docs import save_initiative

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
TODAY = NOW.date()
OFF = "its numbers no longer match the readings: 45 minutes baseline, 8 minutes latest"


def win(win_id: int, title: str, days_ago: int) -> Win:
    # Read as impact when saved, so only the readings keep one from the advice.
    day = TODAY - dt.timedelta(days=days_ago)
    return Win(title=title, date=day, id=win_id, framing=FRAMING_IMPACT)


WINS = (win(1, "Cut the CI duration from 40 to 8 minutes", 2), win(2, "Led the RFC", 9))


def growing(*win_ids: int) -> Criterion:
    return Criterion(
        text="Own a problem end to end",
        status=STATUS_GROWING,
        win_ids=win_ids,
        created_at=NOW - dt.timedelta(days=3),
    )


CASES = [
    # linked wins, the result wins off their readings, the advice
    (
        (1, 2),
        {},
        catalogue.CHECKIN_BRING_TWO.format(
            first=WINS[0].title, second=WINS[1].title, number=1
        ),
    ),
    (
        (1, 2),
        {1: OFF},
        catalogue.CHECKIN_BRING_ONE.format(win=WINS[1].title, number=1),
    ),
    (
        (1,),
        {1: OFF},
        catalogue.CHECKIN_UPDATE_RESULT_WIN.format(
            win=WINS[0].title, note=OFF, number=1
        ),
    ),
    (
        (1,),
        {1: catalogue.RESULT_WIN_UNBACKED_NOTE},
        catalogue.CHECKIN_UPDATE_RESULT_WIN.format(
            win=WINS[0].title, note=catalogue.RESULT_WIN_UNBACKED_NOTE, number=1
        ),
    ),
]


@pytest.mark.parametrize(
    ("linked", "off", "advice"),
    CASES,
    ids=["both fine", "one off: the other", "only one, off", "only one, unbacked"],
)
def test_the_check_in_brings_no_result_win_off_its_readings(
    linked: tuple[int, ...], off: dict[int, str], advice: str
) -> None:
    assert next_check_in([growing(*linked)], WINS, TODAY, off=off) == advice


def test_home_says_to_update_a_result_win_whose_baseline_was_corrected(
    store: Store,
) -> None:
    initiative = start_initiative("CI is slow", NOW).with_changes(
        metric="CI duration", better="lower"
    )
    first_day = TODAY - dt.timedelta(days=30)
    initiative = add_reading(initiative, Reading(40, "minutes", first_day), NOW)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, forward, NOW)
    later = Reading(8, "minutes", first_day + dt.timedelta(days=10))
    initiative = add_reading(initiative, later, NOW)
    saved = store.add_win(result_win(initiative, later.date))
    assert saved.id is not None
    fixed = Reading(45, "minutes", first_day)
    initiative = correct_reading(link_win(initiative, saved.id, NOW), 1, fixed, NOW)
    save_initiative(store, initiative)
    save_criterion(store, growing(saved.id))

    # The ladder and profile are unused by the criteria line.
    line = criteria_home_line(store, None, None, TODAY)  # type: ignore[arg-type]

    assert line is not None
    assert catalogue.CHECKIN_UPDATE_RESULT_WIN.format(
        win=saved.title, note=OFF, number=1
    ) in " ".join(line.split())
