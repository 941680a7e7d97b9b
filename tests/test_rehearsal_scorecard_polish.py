"""The scorecard's lines agree, and the manager never says the same line twice.

A user who asked what, specifically, would count is never told to ask it; all
six behaviours shown is not "ready" while the manager named no criteria; and
whatever the user says, at any difficulty, no manager line repeats the one
just before it.
"""

from __future__ import annotations

import random

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.domain.conversation import BEHAVIOURS, CRITERIA_HEARD, SPECIFICS
from careerclimb_tui.domain.rehearsal import (
    DIFFICULTIES,
    EASY,
    MANAGER,
    REALISTIC,
    TOUGH,
    ManagerBank,
    Rehearsal,
    follow_up_sentence,
    pick_line,
    respond,
    scorecard,
    start_rehearsal,
)

ASK = (
    "I'd like to talk about my promotion to Senior engineer in the March cycle. "
    "What would I need to demonstrate, specifically?"
)
PUSH = "Can you give me an example of the kind of work that would count?"
EVIDENCE = (
    "I cut deploy failures from 20% to 12% and the platform team adopted the fix."
)
SECOND = "I also cut on-call pages from 40 to 10 a week, and the SRE lead noticed."
OTHER_TEAMS = "The mobile team also uses it now."
ACCEPT = "ok thanks, sounds good"
SMALL_TALK = "How was your weekend?"
FOLLOW = "Can we check in on this in four weeks?"

NAMED = catalogue.SCORE_WELL_FOLLOW_UP
NONE_NAMED = catalogue.SCORE_WELL_FOLLOW_UP_NO_CRITERIA
NONE_NAMED_ASKED = catalogue.SCORE_WELL_FOLLOW_UP_NO_CRITERIA_ASKED
READY = "You are ready"


@pytest.fixture(scope="module")
def bundled() -> ManagerBank:
    return load_manager_bank()


def run(bank: ManagerBank, difficulty: str, seed: int, *lines: str) -> Rehearsal:
    rehearsal = start_rehearsal(
        bank,
        difficulty,
        seed,
        level_names=("Senior engineer",),
        cycle_words=("March",),
    )
    for line in lines:
        if rehearsal.ended:
            break
        rehearsal, _ = respond(rehearsal, line)
    return rehearsal


# --- 1. The follow-up sentence agrees with the ticks above it -----------------------


# (asked for specifics, criteria named, follow-up agreed, the sentence)
FOLLOW_UP_SENTENCES = [
    (True, True, True, NAMED),
    (False, True, True, NAMED),
    (True, False, True, NONE_NAMED_ASKED),
    (False, False, True, NONE_NAMED),
    (True, True, False, None),
    (False, True, False, None),
    (True, False, False, None),
    (False, False, False, None),
]


@pytest.mark.parametrize(("asked", "named", "agreed", "sentence"), FOLLOW_UP_SENTENCES)
def test_the_follow_up_sentence_fits_what_was_asked_and_named(
    asked: bool, named: bool, agreed: bool, sentence: str | None
) -> None:
    said = follow_up_sentence(agreed, named, asked)

    assert said == sentence
    if asked and said:
        # Ticked as asked, the user is never told to go and ask it.
        assert "by asking" not in said


def test_the_reported_rehearsal_no_longer_contradicts_itself(
    bundled: ManagerBank,
) -> None:
    rehearsal = run(bundled, TOUGH, 126971, ASK, PUSH, EVIDENCE, SECOND, FOLLOW)
    card = scorecard(rehearsal)

    assert rehearsal.ended and not rehearsal.criteria_named
    # Every behaviour shown, yet the card is not full: no criteria were named.
    assert all(card.showed(behaviour) for behaviour in BEHAVIOURS)
    assert card.count == len(card.shown) - 1
    assert not card.showed(CRITERIA_HEARD)
    assert card.showed(SPECIFICS)
    assert NONE_NAMED_ASKED in card.went_well
    assert NONE_NAMED not in card.went_well
    assert READY not in card.try_next
    assert card.try_next == catalogue.SCORE_TRY_ALL_DONE_NO_CRITERIA


def test_pushing_once_the_evidence_is_taken_earns_the_ready_line(
    bundled: ManagerBank,
) -> None:
    rehearsal = run(bundled, TOUGH, 126971, ASK, EVIDENCE, SECOND, PUSH, FOLLOW)
    card = scorecard(rehearsal)

    assert rehearsal.criteria_named
    assert NAMED in card.went_well
    assert card.try_next == catalogue.SCORE_TRY_ALL_DONE_TOUGHEST


SCRIPTS = [
    (ASK, PUSH, EVIDENCE, SECOND, FOLLOW),
    (ASK, EVIDENCE, SECOND, PUSH, FOLLOW),
    (SMALL_TALK, EVIDENCE, SECOND, FOLLOW, FOLLOW),
    (f"{ASK} {PUSH} {EVIDENCE} {FOLLOW}", SECOND, FOLLOW, FOLLOW),
]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("script", SCRIPTS, ids=range(len(SCRIPTS)))
def test_no_scorecard_tells_the_user_to_ask_what_they_asked_or_calls_them_ready(
    bundled: ManagerBank, difficulty: str, script: tuple[str, ...]
) -> None:
    for seed in range(40):
        rehearsal = run(bundled, difficulty, seed, *script)
        card = scorecard(rehearsal)
        asked = card.showed(SPECIFICS)

        if asked:
            assert NONE_NAMED not in card.went_well, seed
        if not rehearsal.criteria_named:
            assert READY not in card.try_next, seed
            assert "tougher manager" not in card.try_next, seed


# --- 1b. The card is full only once the manager named what would count ------------

REPORTED_ASK = (
    "What would I need to demonstrate, specifically, to reach Senior engineer "
    "this cycle in March?"
)
MEASURED = (
    "Deploy failures dropped from 20% to 12% across three teams, and Maria from "
    "the payments team said it saved her on-call."
)
DATED_FOLLOW = "Can we check in on this in two weeks on the 15th?"

# (case, difficulty, seed, what the user says, whether criteria were named)
FULL_CARDS = [
    (
        "tough manager who never names anything",
        TOUGH,
        659191,
        (REPORTED_ASK, PUSH, EVIDENCE, MEASURED, DATED_FOLLOW),
        False,
    ),
    (
        "tough manager pushed after taking the evidence",
        TOUGH,
        126971,
        (ASK, EVIDENCE, SECOND, PUSH, FOLLOW),
        True,
    ),
    ("easy manager", EASY, 3, (ASK, PUSH, EVIDENCE, SECOND, FOLLOW), True),
    ("realistic manager", REALISTIC, 3, (ASK, PUSH, EVIDENCE, SECOND, FOLLOW), True),
]


@pytest.mark.parametrize(
    ("difficulty", "seed", "script", "named"),
    [case[1:] for case in FULL_CARDS],
    ids=[case[0] for case in FULL_CARDS],
)
def test_the_scorecard_is_full_only_when_the_manager_named_what_would_count(
    bundled: ManagerBank,
    difficulty: str,
    seed: int,
    script: tuple[str, ...],
    named: bool,
) -> None:
    rehearsal = run(bundled, difficulty, seed, *script)
    card = scorecard(rehearsal)

    assert all(card.showed(behaviour) for behaviour in BEHAVIOURS)
    assert rehearsal.criteria_named is named
    assert card.showed(CRITERIA_HEARD) is named
    assert (card.count == len(card.shown)) is named
    assert len(card.shown) == len(BEHAVIOURS) + 1


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("script", SCRIPTS, ids=range(len(SCRIPTS)))
def test_no_full_scorecard_without_criteria_named(
    bundled: ManagerBank, difficulty: str, script: tuple[str, ...]
) -> None:
    for seed in range(40):
        rehearsal = run(bundled, difficulty, seed, *script)
        card = scorecard(rehearsal)

        if card.count == len(card.shown):
            assert rehearsal.criteria_named, seed


# --- 2. A manager never says the line just said ---------------------------------------


LINE_SCRIPTS = [
    (ASK, PUSH, PUSH, PUSH, PUSH, PUSH, PUSH, PUSH),
    (ASK, EVIDENCE, EVIDENCE, SECOND, SECOND, OTHER_TEAMS, OTHER_TEAMS, FOLLOW),
    (SMALL_TALK, ACCEPT, ACCEPT, ACCEPT, SMALL_TALK, SMALL_TALK, ACCEPT, ACCEPT),
    (ASK, OTHER_TEAMS, OTHER_TEAMS, OTHER_TEAMS, OTHER_TEAMS, OTHER_TEAMS),
]


def manager_lines(rehearsal: Rehearsal) -> list[str]:
    return [turn.text for turn in rehearsal.turns if turn.speaker == MANAGER]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_no_two_manager_lines_in_a_row_are_the_same(
    bundled: ManagerBank, difficulty: str
) -> None:
    # Scripted lines and lines drawn at random, so every kind of reply repeats.
    said = (ASK, PUSH, EVIDENCE, SECOND, OTHER_TEAMS, ACCEPT, SMALL_TALK, FOLLOW)
    chooser = random.Random(7)
    scripts = [
        *LINE_SCRIPTS,
        *(tuple(chooser.choice(said[:-1]) for _ in range(8)) for _ in range(6)),
    ]
    # The seed picks the manager in turn, so each manager is met three times,
    # each time drawing differently.
    for seed in range(3 * len(bundled.managers)):
        for script in scripts:
            lines = manager_lines(run(bundled, difficulty, seed, *script))
            for before, after in zip(lines, lines[1:]):
                # A warning added to a line does not make the line new.
                assert not after.startswith(before), (seed, script, after)
                assert not before.startswith(after), (seed, script, after)


def test_the_reported_tough_manager_gives_a_new_line_to_the_second_push(
    bundled: ManagerBank,
) -> None:
    lines = manager_lines(run(bundled, TOUGH, 126971, ASK, PUSH, PUSH))

    assert len(lines) == 4
    assert lines[2] != lines[3]


def test_lines_picked_are_the_same_for_the_same_seed(bundled: ManagerBank) -> None:
    script = LINE_SCRIPTS[1]

    first = manager_lines(run(bundled, TOUGH, 126971, *script))
    again = manager_lines(run(bundled, TOUGH, 126971, *script))

    assert first == again


# (pools, said so far, the lines it may pick, the pool)
PICKS = [
    # A line not said yet comes first.
    ((("a", "b"),), ("a",), {"b"}, 0),
    # Both said: anything but the line just said.
    ((("a", "b"),), ("a", "b"), {"a"}, 0),
    # The only fitting line was just said: another pool's line.
    ((("a",), ("c", "d")), ("c", "a"), {"d"}, 1),
    ((("a",), ("c",)), ("c", "a"), {"c"}, 1),
    # Nothing else to say: the line is restated, in other words than before.
    ((("a",), ("a",)), ("a",), {catalogue.REHEARSAL_SAID_AGAIN.format(line="a")}, 0),
    # A line followed by a warning was still said.
    ((("a", "b"),), ("a (Checks the time.)",), {"b"}, 0),
    # Nothing said yet: any line.
    ((("a", "b"),), (), {"a", "b"}, 0),
]


@pytest.mark.parametrize(("pools", "said", "allowed", "pool"), PICKS)
def test_the_line_picked_is_never_the_one_just_said(
    pools: tuple[tuple[str, ...], ...],
    said: tuple[str, ...],
    allowed: set[str],
    pool: int,
) -> None:
    for seed in range(10):
        line, index = pick_line(random.Random(seed), pools, said)

        assert line in allowed
        assert index == pool
