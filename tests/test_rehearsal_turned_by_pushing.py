"""The scorecard credits pushing only when a push turned a vague answer concrete.

A manager who turns concrete to weigh shown evidence names no criteria, so the
scorecard must not say both that no criteria were named and that the user's
pushing turned a vague answer into a concrete one.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.domain.conversation import read_reply
from careerclimb_tui.domain.rehearsal import (
    CLOSING_AGREED,
    CONCRETE,
    DEFLECTION,
    EASY,
    GREETING,
    MANAGER,
    VAGUE_PRAISE,
    YOU,
    ManagerBank,
    Rehearsal,
    RehearsalTurn,
    respond,
    scorecard,
    start_rehearsal,
)

LEVELS = ("Senior engineer",)
CYCLE_WORDS = ("this cycle",)
SMALL_TALK = "Hi, how are you?"
ASK = (
    "What would I need to demonstrate, specifically, to reach Senior engineer "
    "this cycle?"
)
PUSH = "Can you give me an example of the kind of work that would count?"
EVIDENCE = (
    "I cut deploy failures from 20% to 12% and the platform team adopted the fix."
)
ACCEPT = "ok thanks, sounds good"
FOLLOW = "Can we check in on this in four weeks?"

TURNED = catalogue.SCORE_WELL_TURNED
NONE_NAMED = catalogue.SCORE_WELL_FOLLOW_UP_NO_CRITERIA


@pytest.fixture(scope="module")
def bundled() -> ManagerBank:
    return load_manager_bank()


def start(bank: ManagerBank, seed: int = 0) -> Rehearsal:
    return start_rehearsal(
        bank, EASY, seed, level_names=LEVELS, cycle_words=CYCLE_WORDS
    )


def you(text: str) -> RehearsalTurn:
    return RehearsalTurn(YOU, text, reading=read_reply(text, LEVELS, CYCLE_WORDS))


def manager(kind: str, names_criteria: bool = False) -> RehearsalTurn:
    return RehearsalTurn(MANAGER, kind, kind, names_criteria=names_criteria)


# (case, the user's and the manager's lines after the greeting, credited)
TURNS = [
    (
        "pushed after a vague answer, criteria named",
        (you(SMALL_TALK), manager(VAGUE_PRAISE), you(PUSH), manager(CONCRETE, True)),
        True,
    ),
    (
        "asked for specifics after a vague answer, criteria named",
        (you(SMALL_TALK), manager(DEFLECTION), you(ASK), manager(CONCRETE, True)),
        True,
    ),
    (
        "evidence after a vague answer, concrete but no criteria",
        (you(SMALL_TALK), manager(VAGUE_PRAISE), you(EVIDENCE), manager(CONCRETE)),
        False,
    ),
    (
        "pushed after a vague answer, still vague",
        (you(SMALL_TALK), manager(VAGUE_PRAISE), you(PUSH), manager(DEFLECTION)),
        False,
    ),
    (
        "concrete from the first answer, then pushed",
        (you(ASK), manager(CONCRETE, True), you(PUSH), manager(CONCRETE, True)),
        False,
    ),
    (
        "turned by evidence, then pushed the concrete manager",
        (
            you(SMALL_TALK),
            manager(VAGUE_PRAISE),
            you(EVIDENCE),
            manager(CONCRETE),
            you(PUSH),
            manager(CONCRETE, True),
        ),
        False,
    ),
    (
        "accepted a vague answer, then the follow-up",
        (
            you(SMALL_TALK),
            manager(VAGUE_PRAISE),
            you(ACCEPT),
            manager(VAGUE_PRAISE),
            you(FOLLOW),
            manager(CLOSING_AGREED),
        ),
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "turns", "credited"), TURNS, ids=[row[0] for row in TURNS]
)
def test_pushing_is_credited_only_when_a_push_drew_criteria(
    bundled: ManagerBank,
    case: str,
    turns: tuple[RehearsalTurn, ...],
    credited: bool,
) -> None:
    rehearsal = start(bundled)
    rehearsal = replace(rehearsal, turns=(rehearsal.turns[0], *turns))
    assert rehearsal.turns[0].kind == GREETING

    assert rehearsal.turned_concrete is credited, case
    assert (TURNED in scorecard(rehearsal).went_well) is credited, case


# (case, seed, lines, credited, the follow-up sentence)
FLOWS = [
    (
        "vague, evidence weighed concretely, follow-up agreed",
        0,
        (SMALL_TALK, EVIDENCE, FOLLOW),
        False,
        NONE_NAMED,
    ),
    (
        "vague, pushed for an example, follow-up agreed",
        0,
        (SMALL_TALK, PUSH, FOLLOW),
        True,
        catalogue.SCORE_WELL_FOLLOW_UP,
    ),
]


@pytest.mark.parametrize(
    ("case", "seed", "lines", "credited", "follow_up"),
    FLOWS,
    ids=[row[0] for row in FLOWS],
)
def test_the_scorecard_never_credits_pushing_when_no_criteria_were_named(
    bundled: ManagerBank,
    case: str,
    seed: int,
    lines: tuple[str, ...],
    credited: bool,
    follow_up: str,
) -> None:
    rehearsal = start(bundled, seed)
    for line in lines:
        rehearsal, _ = respond(rehearsal, line)

    went_well = scorecard(rehearsal).went_well

    assert follow_up in went_well, case
    assert (TURNED in went_well) is credited, case
    assert not (NONE_NAMED in went_well and TURNED in went_well), case
