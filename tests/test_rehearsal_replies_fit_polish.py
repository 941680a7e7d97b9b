"""The manager's replies and closings fit what the user said: a reply to evidence
asks only for what it lacks, and an agreed follow-up names what is still open."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.rehearsal import (
    CLOSING_AGREED,
    CONCRETE_KINDS,
    DIFFICULTIES,
    EASY,
    REALISTIC,
    TOUGH,
    ManagerBank,
    Rehearsal,
    asks_for_measure,
    respond,
    speaks_of_reach,
    start_rehearsal,
)
from careerclimb_tui.screens.manager_rehearsal import ENDED, RehearsalScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

ASK = "What would I need to demonstrate, specifically, for senior?"
PUSH = "Can you give me an example of the kind of work that would count?"
BOTH = "I cut the deploy failure rate from 20% to 2%, and the platform team noticed."
MEASURED = "I cut the deploy failure rate from 20% to 2%."
SEEN = "I built the retry library, and the platform team adopted it."
SECOND = "CI build time also went from 40 to 12 minutes."
FOLLOW = "Let's check in on this in two weeks."
ACCEPT = "ok thanks, sounds good"
SEEDS = range(12)


@pytest.fixture(scope="module")
def bundled() -> ManagerBank:
    return load_manager_bank()


def played(bank: ManagerBank, difficulty: str, seed: int, *lines: str) -> Rehearsal:
    rehearsal = start_rehearsal(bank, difficulty, seed)
    for line in lines:
        if rehearsal.ended:
            break
        rehearsal, _ = respond(rehearsal, line)
    return rehearsal


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        (
            "Yes, that's evidence I can use. Write down the before and after so I "
            "can quote it.",
            True,
        ),
        (catalogue.REHEARSAL_REPLY_SEEN_OUTSIDE_NO_MEASURE, True),
        ("To be clear: cross-team, self-started, measured.", True),
        (
            "That's the kind of evidence I can take into calibration. Put it in "
            "writing just as you told it.",
            False,
        ),
        (catalogue.REHEARSAL_REPLY_OTHER_TEAMS_WHO_SAW, False),
    ],
)
def test_lines_that_ask_for_the_number_are_told_apart(line: str, asks: bool) -> None:
    assert asks_for_measure(line) is asks


# (case, evidence line, whether the reply may ask for the number, for a witness)
EVIDENCE = [
    ("measured and seen", BOTH, False, False),
    ("measured only", MEASURED, False, True),
    ("seen only", SEEN, True, False),
]


@pytest.mark.parametrize(
    ("line", "may_ask_measure", "may_speak_of_reach"),
    [case[1:] for case in EVIDENCE],
    ids=[case[0] for case in EVIDENCE],
)
@pytest.mark.parametrize("difficulty", [EASY, REALISTIC])
def test_a_concrete_managers_reply_to_evidence_asks_only_for_what_it_lacks(
    bundled: ManagerBank,
    difficulty: str,
    line: str,
    may_ask_measure: bool,
    may_speak_of_reach: bool,
) -> None:
    replies = []
    for seed in SEEDS:
        rehearsal = played(bundled, difficulty, seed, ASK, PUSH, PUSH)
        if rehearsal.stance not in CONCRETE_KINDS or rehearsal.ended:
            continue
        after, reply = respond(rehearsal, line)
        assert after.kinds[-1] in CONCRETE_KINDS
        replies.append(reply)

    assert len(replies) > 3
    if not may_ask_measure:
        assert not [r for r in replies if asks_for_measure(r)], replies
    if not may_speak_of_reach:
        assert not [r for r in replies if speaks_of_reach(r)], replies
    if may_ask_measure or may_speak_of_reach:
        # Something is missing, and every reply asks for it.
        assert all(asks_for_measure(r) or speaks_of_reach(r) for r in replies), replies


def _wants(*parts: str) -> set[str]:
    missing = " and ".join(parts)
    return {line.format(missing=missing) for line in catalogue.REHEARSAL_CLOSING_WANTS}


ALL_OPEN = _wants(catalogue.REHEARSAL_WANTS_MEASURE, catalogue.REHEARSAL_WANTS_OUTSIDE)
FRIENDLY = "friendly"
"""The bank's own agreed closings, which ask for nothing."""

# (case, difficulty, lines, closings expected)
CLOSINGS = [
    ("easy, nothing shown", EASY, (ASK, PUSH, FOLLOW), ALL_OPEN),
    (
        "easy, measured only",
        EASY,
        (ASK, PUSH, MEASURED, FOLLOW),
        _wants(catalogue.REHEARSAL_WANTS_OUTSIDE),
    ),
    (
        "easy, seen only",
        EASY,
        (ASK, PUSH, SEEN, FOLLOW),
        _wants(catalogue.REHEARSAL_WANTS_MEASURE),
    ),
    ("easy, nothing open", EASY, (ASK, PUSH, BOTH, FOLLOW), FRIENDLY),
    # The realistic manager calls time on agreeing, and closes on the next line.
    (
        "realistic, nothing shown",
        REALISTIC,
        (ASK, PUSH, PUSH, FOLLOW, ACCEPT),
        ALL_OPEN,
    ),
    (
        "realistic, nothing open",
        REALISTIC,
        (ASK, PUSH, PUSH, BOTH, FOLLOW, ACCEPT),
        FRIENDLY,
    ),
    (
        "tough, bar met",
        TOUGH,
        (ASK, PUSH, BOTH, SECOND, FOLLOW),
        set(catalogue.REHEARSAL_CLOSING_BAR_MET),
    ),
]


@pytest.mark.parametrize(
    ("difficulty", "lines", "expected"),
    [case[1:] for case in CLOSINGS],
    ids=[case[0] for case in CLOSINGS],
)
def test_an_agreed_follow_up_names_what_the_manager_still_wants(
    bundled: ManagerBank,
    difficulty: str,
    lines: tuple[str, ...],
    expected: set[str] | str,
) -> None:
    friendly = set(bundled.closings["agreed"])
    closings = []
    for seed in SEEDS:
        rehearsal = played(bundled, difficulty, seed, *lines)
        concrete = any(kind in CONCRETE_KINDS for kind in rehearsal.kinds)
        if rehearsal.kinds[-1] != CLOSING_AGREED or not concrete:
            continue
        closings.append(rehearsal.turns[-1].text)

    assert len(closings) > 3
    assert set(closings) <= (friendly if expected == FRIENDLY else expected)


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_a_manager_who_only_answered_vaguely_closes_without_conditions(
    bundled: ManagerBank, difficulty: str
) -> None:
    closings = []
    for seed in SEEDS:
        # A last nod, for the manager who calls time before closing.
        lines = ("Hi.", ACCEPT, ACCEPT, FOLLOW, ACCEPT)
        rehearsal = played(bundled, difficulty, seed, *lines)
        if rehearsal.kinds[-1] == CLOSING_AGREED:
            assert not any(kind in CONCRETE_KINDS for kind in rehearsal.kinds)
            closings.append(rehearsal.turns[-1].text)

    if difficulty == TOUGH:
        # The tough manager agrees nothing before the bar is met.
        assert closings == []
    else:
        assert closings
        assert set(closings) <= set(bundled.closings["agreed"])


def _user_turns(screen: RehearsalScreen) -> int:
    return 0 if screen.rehearsal is None else screen.rehearsal.user_turns


async def test_a_tough_rehearsal_ends_on_a_closing_that_takes_the_evidence(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    script = (ASK, PUSH, BOTH, SECOND, FOLLOW)

    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=2, difficulty=TOUGH))
        await pilot.pause()
        await pilot.press("s")
        screen = app.screen
        await wait_until(pilot, lambda: screen.rehearsal is not None)
        assert isinstance(screen, RehearsalScreen)
        for said_so_far, line in enumerate(script, start=1):
            screen.query_one("#say", Input).value = line
            await pilot.press("enter")
            await wait_until(pilot, lambda n=said_so_far: _user_turns(screen) == n)
        await wait_until(pilot, lambda: screen.phase == ENDED)

        said = [str(s.content) for s in screen.query(".turn.manager").results(Static)]
        assert screen.rehearsal is not None
        assert screen.rehearsal.kinds[-1] == CLOSING_AGREED
        assert said[-1].split("\n", 1)[1] in catalogue.REHEARSAL_CLOSING_BAR_MET
        assert "Great, that works for me" not in said[-1]
