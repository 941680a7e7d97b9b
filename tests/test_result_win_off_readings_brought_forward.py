"""A result win whose numbers the problem's readings no longer show is marked
wherever it is brought forward: in the prep's evidence and in the packet, by the
same rule the problem page warns with.
"""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.conversation import EvidenceLine, PrepPlan
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    add_reading,
    advance,
    link_win,
    remove_reading,
    result_win,
    result_wins_off_readings,
    start_initiative,
)
from careerclimb_tui.domain.prep import with_result_wins_checked
from careerclimb_tui.domain.records import Win
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
BASELINE_DAY = NOW.date() - dt.timedelta(days=30)
LOGGED_DAY = BASELINE_DAY + dt.timedelta(days=10)

OFF = catalogue.RESULT_WIN_OFF_READINGS.format(baseline="30%", latest="8%")


def rerun_rate(*later: float, stage: Stage = Stage.MEASURING) -> Initiative:
    """The build rerun rate from a 30% baseline, then one reading per value."""
    initiative = start_initiative("Builds are rerun", NOW).with_changes(
        metric="build rerun rate", better="lower"
    )
    initiative = add_reading(initiative, Reading(30, "%", BASELINE_DAY), NOW)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, forward, NOW)
    for offset, value in enumerate(later):
        day = LOGGED_DAY + dt.timedelta(days=5 * offset)
        initiative = add_reading(initiative, Reading(value, "%", day), NOW)
    if stage is Stage.DONE:
        initiative = advance(initiative, stage, NOW)
    return initiative


def win_for(*later: float, win_id: int = 8) -> Win:
    """The result win as drafted once the readings were ``later``."""
    return result_win(rerun_rate(*later), LOGGED_DAY).with_changes(id=win_id)


CASES = [
    # the readings after the baseline, the win's readings, stage, the note
    ((8,), (8, 5), Stage.MEASURING, OFF),
    ((8,), (8, 5), Stage.DONE, OFF),
    ((8, 5), (8, 5), Stage.MEASURING, None),
    (
        (8, 5),
        (8,),
        Stage.MEASURING,
        catalogue.RESULT_WIN_OFF_READINGS.format(baseline="30%", latest="5%"),
    ),
    ((), (8,), Stage.MEASURING, catalogue.RESULT_WIN_UNBACKED_NOTE),
    ((8,), (8, 5), Stage.DRIVING, OFF),
]


@pytest.mark.parametrize(
    ("later", "said", "stage", "note"),
    CASES,
    ids=[
        "reading removed",
        "done, reading removed",
        "matches",
        "a later reading",
        "no reading backs it",
        "moved back to driving",
    ],
)
def test_result_wins_off_readings_follow_the_problem_page_rule(
    later: tuple[float, ...],
    said: tuple[float, ...],
    stage: Stage,
    note: str | None,
) -> None:
    win = win_for(*said)
    initiative = link_win(rerun_rate(*later, stage=stage), 8, NOW)
    if stage is Stage.DRIVING:
        # Moved back: the win still lends its numbers to the case.
        initiative = initiative.with_changes(stage=Stage.DRIVING)

    found = result_wins_off_readings([initiative], {8: win})

    assert found.get(8) == note


def test_a_win_off_its_readings_is_marked_in_the_prep_evidence() -> None:
    plan = PrepPlan(
        target_level_id="l4",
        target_title="Senior",
        current_title="Engineer",
        cycle_closes=None,
        cycle="",
        cycle_dated="",
        ask="",
        evidence=(
            EvidenceLine("Cut reruns", "30% → 5%", win_id=8),
            EvidenceLine("Ran the guild", "", win_id=9),
        ),
        evidence_hint="",
        initiative=None,
        questions=(),
        push_back="",
        write_down=(),
    )

    checked = with_result_wins_checked(plan, {8: OFF})

    assert [line.text for line in checked.evidence] == [
        f"30% → 5% — logged as: cut reruns ({OFF})",
        "Ran the guild",
    ]
    assert [line.title for line in checked.evidence] == ["Cut reruns", "Ran the guild"]
    assert with_result_wins_checked(plan, {}) == plan


def test_prep_and_packet_say_a_result_win_no_longer_matches_the_readings(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(win_for(8, 5).with_changes(id=None))
    assert win.id is not None
    initiative = link_win(rerun_rate(8, 5), win.id, NOW)
    save_initiative(store, remove_reading(initiative, 3, NOW))

    prep = io.StringIO()
    assert main(["prep", "--print"], clock=clock, out=prep) == 0
    packet = io.StringIO()
    assert main(["export", "--format", "md"], clock=clock, out=packet) == 0

    flat_prep = " ".join(prep.getvalue().split())
    assert f"(not reviewed yet; {OFF})" in flat_prep
    flat_packet = " ".join(packet.getvalue().split())
    assert f"{catalogue.PACKET_OFF_READINGS}: Its numbers no longer match" in (
        flat_packet
    )
    listed = io.StringIO()
    assert main(["prep", "--json"], clock=clock, out=listed) == 0
    [brought] = [
        line for line in json.loads(listed.getvalue())["evidence"] if line["notes"]
    ]
    assert brought["notes"] == [catalogue.PREP_EVIDENCE_NOT_REVIEWED, OFF]
    assert brought["title"] == "Cut the build rerun rate from 30% to 5%"
