"""One rule says when a win counts as reviewed, and every surface keeps it.

A win is reviewed once a run gives it a verdict (four answers, or the user's own
call), finished or not; a finished run judges every win it holds, unclear when
left unanswered; a win a run in progress has not settled is not reviewed yet.
The gaps, the manager prep, the packet and home all read a run left in progress
with two of four wins answered the same way.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.gaps import gap_view, latest_verdicts
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import FRAMING_IMPACT, Measure, Win
from careerclimb_tui.domain.review import (
    Choice,
    Noticed,
    PeerAnswer,
    Review,
    VerdictKind,
    answer,
    finish,
    judged_win_ids,
    override,
    read_change,
    start_review,
)
from careerclimb_tui.home_lines import gap_line
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store

Q3 = parse_quarter("2026Q3")
MOMENT = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.timezone.utc)
NEXT_LEVEL: dict[str, Any] = {
    "peer_could": PeerAnswer.NO,
    "choice": Choice.CHOSE,
    "change": read_change("Failed deploys fell from 12 to 2 a month"),
    "noticed": Noticed.by("SRE lead"),
}
CURRENT_LEVEL: dict[str, Any] = {
    "peer_could": PeerAnswer.YES,
    "choice": Choice.ASSIGNED,
    "change": read_change("Failed deploys fell from 12 to 2 a month"),
    "noticed": Noticed.nobody(),
}
HALF: dict[str, Any] = {"peer_could": PeerAnswer.NO}
NEXT = VerdictKind.NEXT_LEVEL
CURRENT = VerdictKind.CURRENT_LEVEL
UNCLEAR = VerdictKind.UNCLEAR


# --- the rule ------------------------------------------------------------------------

WIN = Win("Cut failed deploys", dt.date(2026, 8, 3), id=1)

RULE = {
    # case: (an earlier finished run's answers or None, this run's answers,
    #        this run finished, the verdict that counts or None: not reviewed)
    "never answered, run in progress": (None, None, False, None),
    "half answered, run in progress": (None, HALF, False, None),
    "all four answered, run in progress": (None, NEXT_LEVEL, False, NEXT),
    "the user's own call, run in progress": (None, "call", False, CURRENT),
    "never answered, run finished": (None, None, True, UNCLEAR),
    "half answered, run finished": (None, HALF, True, UNCLEAR),
    "all four answered, run finished": (None, NEXT_LEVEL, True, NEXT),
    "a re-run in progress leaves it open": (CURRENT_LEVEL, None, False, CURRENT),
    "a re-run in progress half answers it": (CURRENT_LEVEL, HALF, False, CURRENT),
    "a re-run in progress settles it anew": (CURRENT_LEVEL, NEXT_LEVEL, False, NEXT),
}


def runs_for(earlier: Any, given: Any, finished: bool) -> list[Review]:
    """The runs of one win's quarter: an earlier finished one, then this one."""
    runs: list[Review] = []
    if earlier is not None:
        first = answer(start_review(Q3, [WIN], MOMENT), 1, now=MOMENT, **earlier)
        runs.append(finish(first, now=MOMENT))
    later = MOMENT + dt.timedelta(days=1)
    run = start_review(Q3, [WIN], later, earlier=runs)
    if given == "call":
        run = override(run, 1, CURRENT, "My manager sees it as my level", now=later)
    elif given is not None:
        run = answer(run, 1, now=later, **given)
    if finished:
        run = finish(run, now=later)
    return [*runs, run]


@pytest.mark.parametrize(
    ("earlier", "given", "finished", "counts"), RULE.values(), ids=RULE.keys()
)
def test_one_rule_says_when_a_win_counts_as_reviewed(
    earlier: Any, given: Any, finished: bool, counts: VerdictKind | None
) -> None:
    runs = runs_for(earlier, given, finished)

    assert latest_verdicts(runs).get(1) is counts
    assert (1 in judged_win_ids(runs)) is (counts is not None)


# --- every surface reads a run left in progress alike -------------------------------

TITLES = (
    "Cut failed deploys from 12 to 2 a month",
    "Halved the build queue for every team",
    "Wrote the on-call runbook",
    "Moved the billing jobs to the new scheduler",
)


def two_of_four_answered(store: Store, clock: FixedClock) -> list[Win]:
    """A 2026Q3 review left in progress: two wins next-level, two unanswered."""
    store.save_profile(DEMO_PROFILE)
    wins = [
        store.add_win(
            Win(
                title,
                dt.date(2026, 8, 3 + n),
                framing=FRAMING_IMPACT,
                dimensions=("execution",),
                measure=Measure(before=12, after=2, label="failed deploys"),
            )
        )
        for n, title in enumerate(TITLES)
    ]
    run = start_review(Q3, wins, clock.now())
    for win in wins[:2]:
        run = answer(run, win.id or 0, now=clock.now(), **NEXT_LEVEL)
    store.save_review(run)
    return wins


def run_cli(args: list[str], clock: FixedClock) -> str:
    out = io.StringIO()
    assert main(args, clock=clock, out=out) == 0
    return " ".join(out.getvalue().split())


def test_the_gaps_count_the_answered_wins_and_wait_for_the_others(
    store: Store, clock: FixedClock
) -> None:
    two_of_four_answered(store, clock)
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None

    view = gap_view(
        ladder, "senior", store.wins(), store.reviews(), [], clock.today(), None
    )
    printed = run_cli(["gaps"], clock)

    execution = next(g for g in view.dimensions if g.dimension_id == "execution")
    assert (execution.next_level_wins, execution.awaiting_review) == (2, 2)
    assert " ".join(catalogue.GAPS_PENDING_AWAITING.split()) in printed
    assert "finished review" not in printed


def test_the_prep_brings_the_answered_wins_as_reviewed(
    store: Store, clock: FixedClock
) -> None:
    two_of_four_answered(store, clock)

    printed = run_cli(["prep", "--print"], clock).casefold()

    def marked(title: str) -> str:
        return catalogue.PREP_EVIDENCE_NOTED.format(
            line=title, notes=catalogue.PREP_EVIDENCE_NOT_REVIEWED
        ).casefold()

    for title in TITLES[:2]:
        assert title.casefold() in printed
        assert marked(title) not in printed
    assert marked(TITLES[3]) in printed


def test_the_packet_counts_the_unanswered_wins_as_not_reviewed(
    store: Store, clock: FixedClock
) -> None:
    two_of_four_answered(store, clock)

    printed = run_cli(
        ["export", "--format", "md", "--quarter", "2026Q3", "-o", "-"], clock
    )

    counts = catalogue.PACKET_COUNTS.format(
        period=catalogue.PACKET_PERIOD_QUARTER.format(quarter="2026Q3"),
        wins=4,
        next_level=2,
        current=0,
        unclear=0,
        unreviewed=2,
    )
    assert counts in printed


def test_home_sums_up_the_gaps_as_the_gap_view_does(
    store: Store, clock: FixedClock
) -> None:
    two_of_four_answered(store, clock)
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None

    line = gap_line(store, ladder, store.profile(), clock.today())
    printed = run_cli(["gaps"], clock)

    assert line is not None and line.startswith("Gaps: 1 of ")
    covered = line.removeprefix("Gaps: ").split(catalogue.GAP_LINE_SEPARATOR)[0]
    assert covered in printed
