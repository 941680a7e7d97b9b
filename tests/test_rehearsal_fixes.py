"""The rehearsal's notes and scorecard say only what the user did, and seeds vary."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from rich.console import Console
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.conversation import EXAMPLE, SPECIFICS, read_reply
from careerclimb_tui.domain.rehearsal import (
    CLOSING_OUT_OF_TIME,
    CONCRETE,
    EASY,
    GREETING,
    MANAGER,
    REALISTIC,
    TOUGH,
    VAGUE_KINDS,
    VAGUE_PRAISE,
    YOU,
    ManagerBank,
    Rehearsal,
    RehearsalTurn,
    respond,
    scorecard,
    start_rehearsal,
    took_vague_answer,
)
from careerclimb_tui.screens.manager_rehearsal import RehearsalScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app

LEVELS = ("Senior engineer", "senior")
CYCLE_WORDS = ("March",)
ASK = "What would I need to demonstrate, specifically, for senior in March?"
GENERIC_ASK = "What do I need to do to get promoted?"
THANKS = "Ok thanks"
HELLO = "Hi, how are you?"
PRAISE = "You're doing great, keep it up."
CRITERION = "I'd need to see you lead a fix that two other teams adopt."


@pytest.fixture(scope="module")
def bundled() -> ManagerBank:
    return load_manager_bank()


def start(bank: ManagerBank, difficulty: str, seed: int) -> Rehearsal:
    return start_rehearsal(
        bank, difficulty, seed, level_names=LEVELS, cycle_words=CYCLE_WORDS
    )


def scripted(bank: ManagerBank, difficulty: str, *lines: tuple[str, str]) -> Rehearsal:
    """A rehearsal whose lines are written out: (speaker or manager kind, text)."""
    turns = [RehearsalTurn(MANAGER, "Hello.", GREETING)]
    for who, text in lines:
        if who == YOU:
            reading = read_reply(text, LEVELS, CYCLE_WORDS)
            turns.append(RehearsalTurn(YOU, text, reading=reading))
        else:
            turns.append(RehearsalTurn(MANAGER, text, who))
    return replace(start(bank, difficulty, 1), turns=tuple(turns))


# --- An empty or near-empty rehearsal is not praised --------------------------------


@pytest.mark.parametrize(
    ("difficulty", "lines", "went_well", "try_next"),
    [
        # Ended before a word was said: nothing went well; say the ask next time.
        (EASY, (), catalogue.SCORE_WELL_NOTHING_SAID, catalogue.SCORE_TRY_SAY_THE_ASK),
        (TOUGH, (), catalogue.SCORE_WELL_NOTHING_SAID, catalogue.SCORE_TRY_SAY_THE_ASK),
        # A greeting and a thank-you ask for nothing.
        (
            REALISTIC,
            ((YOU, HELLO), (VAGUE_PRAISE, PRAISE), (YOU, THANKS)),
            catalogue.SCORE_WELL_NOTHING_ASKED,
            catalogue.SCORE_TRY_SPECIFICS,
        ),
        # Talking until time ran out is going through the whole conversation.
        (
            REALISTIC,
            ((YOU, HELLO), (CLOSING_OUT_OF_TIME, "We're out of time.")),
            catalogue.SCORE_WELL_NOTHING,
            catalogue.SCORE_TRY_SPECIFICS,
        ),
    ],
)
def test_a_rehearsal_that_showed_nothing_is_not_praised(
    bundled: ManagerBank,
    difficulty: str,
    lines: tuple[tuple[str, str], ...],
    went_well: str,
    try_next: str,
) -> None:
    card = scorecard(scripted(bundled, difficulty, *lines))

    assert card.count == 0
    assert card.went_well == (went_well,)
    assert card.try_next == try_next


async def test_ending_a_rehearsal_at_once_shows_no_praise(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=4))
        await pilot.pause()
        await pilot.press("enter", "ctrl+f")
        await pilot.pause()
        console = Console(width=200, file=io.StringIO(), record=True)
        for part in app.screen.query("#scorecard Static").results(Static):
            console.print(part.content)
        shown = " ".join(console.export_text().split())

    assert "Scorecard: 0 of 7" in shown
    assert catalogue.SCORE_WELL_NOTHING_SAID in shown
    assert catalogue.SCORE_WELL_NOTHING not in shown
    assert " ".join(catalogue.SCORE_TRY_SAY_THE_ASK.split()) in shown


# --- Notes and credit match what was said -------------------------------------------


@pytest.mark.parametrize(
    ("text", "specifics"),
    [
        (GENERIC_ASK, False),
        ("What should I do to get promoted?", False),
        ("What do I have to do to get to senior?", False),
        ("What would I need to demonstrate to get promoted?", True),
        ("What do I need to show for senior?", True),
        ("What would we have to deliver by March?", True),
        ("What, specifically, would I need to do?", True),
        ("What exactly do I need to do?", True),
    ],
)
def test_only_a_question_about_what_to_show_is_asking_for_specifics(
    text: str, specifics: bool
) -> None:
    assert read_reply(text, LEVELS, CYCLE_WORDS).asks_for_specifics is specifics


@pytest.mark.parametrize(
    ("before", "line", "took_vague"),
    [
        (VAGUE_PRAISE, THANKS, True),
        (CONCRETE, THANKS, False),
        # Thanking for the greeting takes no answer at all.
        (GREETING, THANKS, False),
        (VAGUE_PRAISE, "Can you give me an example?", False),
    ],
)
def test_a_line_takes_a_vague_answer_only_after_one(
    bundled: ManagerBank, before: str, line: str, took_vague: bool
) -> None:
    lines = [(YOU, HELLO), (before, PRAISE if before == VAGUE_PRAISE else CRITERION)]
    if before == GREETING:
        lines = []
    rehearsal = scripted(bundled, EASY, *lines, (YOU, line))

    assert took_vague_answer(rehearsal) is took_vague


@pytest.mark.parametrize(
    ("answers", "try_next"),
    [
        # The manager was concrete at once: there was nothing vague to push past.
        ((CONCRETE, CONCRETE), catalogue.SCORE_TRY_EXAMPLE_AFTER_CONCRETE),
        ((VAGUE_PRAISE, CONCRETE), catalogue.SCORE_TRY_EXAMPLE),
        ((VAGUE_PRAISE, VAGUE_PRAISE), catalogue.SCORE_TRY_EXAMPLE),
    ],
)
def test_pushing_past_a_vague_answer_is_advised_only_after_one(
    bundled: ManagerBank, answers: tuple[str, str], try_next: str
) -> None:
    first, second = answers
    rehearsal = scripted(
        bundled, EASY, (YOU, ASK), (first, "First."), (YOU, THANKS), (second, "Then.")
    )

    card = scorecard(rehearsal)

    assert card.try_next_behaviour == EXAMPLE
    assert card.try_next == try_next


def test_a_general_question_then_thanks_earns_no_credit_for_specifics(
    bundled: ManagerBank,
) -> None:
    rehearsal = start(bundled, EASY, 42)
    for line in (GENERIC_ASK, THANKS):
        rehearsal, _ = respond(rehearsal, line)

    card = scorecard(rehearsal)

    assert not card.showed(SPECIFICS)
    assert catalogue.SCORE_WELL_SPECIFICS not in card.went_well
    assert card.try_next == catalogue.SCORE_TRY_SPECIFICS
    # The general question got a general answer, and thanking for it let it stand.
    assert rehearsal.kinds[1] in VAGUE_KINDS
    assert took_vague_answer(rehearsal)


# --- A new seed meets a new manager -------------------------------------------------


def test_seeds_next_to_each_other_meet_different_managers(
    bundled: ManagerBank,
) -> None:
    for first in (0, 630851, 959490, 999_999):
        met = [start(bundled, REALISTIC, first + step).manager for step in range(3)]
        assert len({manager.name for manager in met}) == 3, first


def test_several_seeds_meet_several_managers_and_openings(
    bundled: ManagerBank,
) -> None:
    seeds = (959490, 959491, 630851, 12, 407, 88_213, 555_555, 731_002)
    for difficulty in (REALISTIC, TOUGH):
        opened = [start(bundled, difficulty, seed) for seed in seeds]
        names = {rehearsal.manager.name for rehearsal in opened}
        openings = {rehearsal.turns[0].text for rehearsal in opened}

        assert len(names) >= 5, names
        assert len(openings) >= 5, openings
    assert len(bundled.managers) >= 8
