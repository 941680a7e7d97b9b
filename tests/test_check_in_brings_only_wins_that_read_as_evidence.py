"""The next check-in's advice brings only wins that read as evidence: a win saved
as activity, or one a review judged unclear or current-level, is not brought;
when it is all a criterion has, the advice says to add what changed to it first.
The packet still lists such a win under the criterion, marked as not yet
evidence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.criteria import (
    STATUS_GROWING,
    Criterion,
    WeakEvidence,
    next_check_in,
    weak_evidence,
)
from careerclimb_tui.domain.records import FRAMING_ACTIVITY, FRAMING_IMPACT, Win
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store
from careerclimb_tui.store.criteria_docs import criteria_home_line, save_criterion

NOW = dt.datetime(2026, 12, 6, 9, 30, tzinfo=dt.timezone.utc)
TODAY = NOW.date()

VAGUE = Win(
    title="Worked on the auth service", date=TODAY, id=1, framing=FRAMING_ACTIVITY
)
LATENCY = Win(
    title="Cut login latency from 900 to 300 ms",
    date=TODAY - dt.timedelta(days=5),
    id=2,
    framing=FRAMING_IMPACT,
)
ROTA = Win(
    title="Rota handover now takes 1 day instead of 5",
    date=TODAY - dt.timedelta(days=9),
    id=3,
    framing=FRAMING_IMPACT,
)
WINS = (VAGUE, LATENCY, ROTA)

UNCLEAR = VerdictKind.UNCLEAR
CURRENT = VerdictKind.CURRENT_LEVEL
NEXT = VerdictKind.NEXT_LEVEL


@pytest.mark.parametrize(
    ("framing", "verdict", "expected"),
    [
        (FRAMING_ACTIVITY, None, WeakEvidence.ACTIVITY),
        (FRAMING_ACTIVITY, UNCLEAR, WeakEvidence.UNCLEAR),
        (FRAMING_ACTIVITY, NEXT, None),
        (FRAMING_IMPACT, None, None),
        (FRAMING_IMPACT, UNCLEAR, WeakEvidence.UNCLEAR),
        (FRAMING_IMPACT, CURRENT, WeakEvidence.CURRENT_LEVEL),
        (FRAMING_IMPACT, NEXT, None),
    ],
)
def test_a_win_reads_as_evidence_by_its_verdict_then_its_framing(
    framing: str, verdict: VerdictKind | None, expected: WeakEvidence | None
) -> None:
    win = Win(title="Some work", date=TODAY, framing=framing)
    assert weak_evidence(win, verdict) is expected


def add_what_changed(win: Win, note: str) -> str:
    return catalogue.CHECKIN_ADD_WHAT_CHANGED.format(win=win.title, note=note, number=1)


CASES = [
    # linked wins, verdicts, the advice
    pytest.param(
        (1, 2, 3),
        {1: UNCLEAR},
        catalogue.CHECKIN_BRING_TWO.format(
            first=LATENCY.title, second=ROTA.title, number=1
        ),
        id="the vague win left out",
    ),
    pytest.param(
        (1, 2),
        {},
        catalogue.CHECKIN_BRING_ONE.format(win=LATENCY.title, number=1),
        id="activity left out",
    ),
    pytest.param(
        (1, 2),
        {2: CURRENT},
        add_what_changed(VAGUE, catalogue.CHECKIN_WEAK_ACTIVITY),
        id="nothing to bring",
    ),
    pytest.param(
        (1,),
        {1: UNCLEAR},
        add_what_changed(VAGUE, catalogue.CHECKIN_WEAK_UNCLEAR),
        id="only an unclear win",
    ),
    pytest.param(
        (2,),
        {2: CURRENT},
        add_what_changed(LATENCY, catalogue.CHECKIN_WEAK_CURRENT_LEVEL),
        id="only a current-level win",
    ),
    pytest.param(
        (1, 2),
        {1: NEXT},
        catalogue.CHECKIN_BRING_TWO.format(
            first=VAGUE.title, second=LATENCY.title, number=1
        ),
        id="a review called the activity next-level",
    ),
]


@pytest.mark.parametrize(("linked", "verdicts", "expected"), CASES)
def test_the_check_in_brings_only_wins_that_read_as_evidence(
    linked: tuple[int, ...], verdicts: dict[int, VerdictKind], expected: str
) -> None:
    criterion = Criterion(
        text="Own the auth service end to end",
        status=STATUS_GROWING,
        win_ids=linked,
        created_at=NOW - dt.timedelta(days=3),
    )
    advice = next_check_in([criterion], WINS, TODAY, verdicts=verdicts)
    assert advice == expected


def test_the_packet_marks_a_linked_win_that_is_not_yet_evidence(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    ladder = load_shelf().get(DEMO_PROFILE.ladder_id)
    vague = store.add_win(framed(Win(title=VAGUE.title, date=clock.today())))
    strong = store.add_win(framed(Win(title=LATENCY.title, date=clock.today())))
    criterion = Criterion(
        text="Own the auth service end to end",
        status=STATUS_GROWING,
        win_ids=(vague.id or 0, strong.id or 0),
        created_at=clock.now(),
    )
    save_criterion(store, criterion)

    packet = packet_markdown(store, ladder, DEMO_PROFILE, clock.today())
    mark = catalogue.PACKET_NOT_YET_EVIDENCE.format(why=catalogue.PACKET_WEAK_ACTIVITY)
    vague_line = next(line for line in packet.splitlines() if VAGUE.title in line)
    strong_line = next(line for line in packet.splitlines() if LATENCY.title in line)
    assert vague_line.endswith(mark)
    assert mark not in strong_line

    home = criteria_home_line(store, ladder, DEMO_PROFILE, clock.today())
    assert home is not None
    assert VAGUE.title not in home
    assert LATENCY.title in home
