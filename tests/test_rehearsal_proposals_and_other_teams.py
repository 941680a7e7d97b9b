"""The rehearsal hears a next step proposed with a time from now, and the teams
the work reached; the tough manager's label says what it takes to move them.

1. "By Friday", "in two weeks", "next 1:1" or "end of the month" after a word
   that proposes is a follow-up: the note says so and the manager answers it.
2. Once the user said the work was for other teams, the manager no longer says
   it stayed inside the team.
3. The difficulty picker says the tough manager wants two pieces of proof.
"""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from textual.widgets import OptionList

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.conversation import FOLLOW_UP, behaviours_in, read_reply
from careerclimb_tui.domain.rehearsal import (
    BARS,
    CLOSING_AGREED,
    CONCRETE,
    CONCRETE_WITH_CATCH,
    DEFLECTION,
    DIFFICULTIES,
    EASY,
    MOVING_TARGET,
    OFFERED_EVIDENCE,
    OTHER,
    REALISTIC,
    TOUGH,
    EvidenceHeard,
    ManagerBank,
    answer_to_proposal,
    evidence_heard,
    follow_up_lines,
    names_other_teams,
    respond,
    scorecard,
    speaks_of_reach,
    start_rehearsal,
)
from careerclimb_tui.screens.manager_rehearsal import RehearsalScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app

LEVELS = ("Senior engineer", "senior")
ASK = "What would I need to demonstrate, specifically, for senior this cycle?"
PROPOSAL = (
    "Can we agree I send you a written list of those criteria by Friday and we "
    "review it in two weeks?"
)
FOR_OTHER_TEAMS = "I cut flaky reruns from 60 to 22 a week for payments and mobile."
SEEDS = range(40)


@pytest.fixture(scope="module")
def bundled() -> ManagerBank:
    return load_manager_bank()


# --- 1. A next step with a time from now ------------------------------------------

# (case, what the user said, whether it proposes a follow-up)
PROPOSALS = [
    ("a list by Friday, a review in two weeks", PROPOSAL, True),
    ("by Friday", "I'll send you the list by Friday.", True),
    ("in two weeks", "Can we revisit this in two weeks?", True),
    ("next 1:1", "Let's go over it at the next 1:1.", True),
    ("end of the month", "Could we review progress at the end of the month?", True),
    ("next week", "How about we look at it again next week?", True),
    ("we review it", "I write them up and we review it in a couple of weeks.", True),
    # What happened in a while, or by a day, proposes nothing.
    ("a result in a month", "Deploy failures dropped 40% in a month.", False),
    ("done by Friday", "I shipped the fix by Friday.", False),
    (
        "by the end of the quarter",
        "Pages fell by half by the end of the quarter.",
        False,
    ),
    ("reviewed in two weeks", "I reviewed 40 changes in two weeks.", False),
]


@pytest.mark.parametrize(
    ("said", "proposes"),
    [case[1:] for case in PROPOSALS],
    ids=[case[0] for case in PROPOSALS],
)
def test_a_next_step_with_a_time_from_now_is_a_follow_up(
    said: str, proposes: bool
) -> None:
    reading = read_reply(said, LEVELS, ())

    assert reading.agrees_follow_up is proposes
    assert (FOLLOW_UP in behaviours_in(reading)) is proposes


def test_the_proposal_still_asks_for_specifics() -> None:
    reading = read_reply(PROPOSAL, LEVELS, ())

    assert reading.asks_for_specifics
    assert reading.agrees_follow_up


# (case, the manager's stance, what the bar still lacks, the answer)
ANSWERS = [
    ("a vague manager", DEFLECTION, (), catalogue.REHEARSAL_PROPOSAL_PUT_OFF),
    (
        "a concrete manager short of the bar",
        CONCRETE,
        (catalogue.REHEARSAL_WANTS_MEASURE, catalogue.REHEARSAL_WANTS_OUTSIDE),
        "Before we set a follow-up, I'd need a measured change and someone outside "
        "your team who saw it.",
    ),
    (
        "a concrete manager wanting a second piece",
        CONCRETE_WITH_CATCH,
        (catalogue.REHEARSAL_WANTS_MORE_EVIDENCE,),
        "Before we set a follow-up, I'd need a second piece of evidence.",
    ),
    (
        "a concrete manager not yet ready",
        CONCRETE,
        (),
        catalogue.REHEARSAL_PROPOSAL_TOO_SOON,
    ),
]


@pytest.mark.parametrize(
    ("stance", "wanted", "answer"),
    [case[1:] for case in ANSWERS],
    ids=[case[0] for case in ANSWERS],
)
def test_a_proposal_not_agreed_gets_an_answer(
    stance: str, wanted: tuple[str, ...], answer: str
) -> None:
    assert answer_to_proposal(stance, wanted) == answer


@pytest.mark.parametrize("seed", SEEDS)
def test_the_tough_manager_answers_a_follow_up_proposed_too_soon(
    bundled: ManagerBank, seed: int
) -> None:
    rehearsal = start_rehearsal(bundled, TOUGH, seed, level_names=LEVELS)
    rehearsal, _ = respond(rehearsal, ASK)
    rehearsal, line = respond(rehearsal, PROPOSAL)

    assert rehearsal.kinds[-1] != CLOSING_AGREED
    answers = (
        catalogue.REHEARSAL_PROPOSAL_PUT_OFF,
        catalogue.REHEARSAL_PROPOSAL_TOO_SOON,
        catalogue.REHEARSAL_PROPOSAL_WANTS.split("{")[0],
    )
    assert any(answer in line for answer in answers), line


@pytest.mark.parametrize("seed", SEEDS)
def test_the_easy_manager_agrees_the_proposed_follow_up(
    bundled: ManagerBank, seed: int
) -> None:
    rehearsal = start_rehearsal(bundled, EASY, seed, level_names=LEVELS)
    rehearsal, _ = respond(rehearsal, ASK)
    rehearsal, _ = respond(rehearsal, PROPOSAL)

    assert rehearsal.kinds[-1] == CLOSING_AGREED
    assert scorecard(rehearsal).showed(FOLLOW_UP)


# --- 2. The teams the work reached ------------------------------------------------

# (case, what the user said, whether it names other teams the work reached)
OTHER_TEAMS = [
    ("areas the work was for", FOR_OTHER_TEAMS, True),
    ("areas alone", "The work was for payments and mobile.", True),
    ("teams by area", "The search and ads teams use it now.", True),
    ("other teams", "Two other teams rely on it.", True),
    ("cross-team", "It was cross-team work.", True),
    ("someone outside who saw it", "The payments lead noticed it.", True),
    ("the user's own team", "I built it with my team.", False),
    ("a question", "Would payments count?", False),
    ("a plan", "I plan to roll it out to mobile.", False),
    ("a denial", "Nobody in payments noticed.", False),
    ("a product area, not a team", "I improved the mobile app's start time.", False),
]


@pytest.mark.parametrize(
    ("said", "beyond"),
    [case[1:] for case in OTHER_TEAMS],
    ids=[case[0] for case in OTHER_TEAMS],
)
def test_other_teams_named_as_reached_are_heard(said: str, beyond: bool) -> None:
    assert names_other_teams(said) is beyond
    reading = read_reply(said, LEVELS, ())
    assert evidence_heard([(said, reading)]).beyond_team is beyond


# (case, stance, what the user did, what was heard, difficulty, lines expected)
REPLIES = [
    (
        "a vague manager keeps the lines that leave reach alone",
        MOVING_TARGET,
        OFFERED_EVIDENCE,
        EvidenceHeard(measured=True, beyond_team=True),
        TOUGH,
        ("Nice. Now I'd want to see the same thing at a bigger scale.",),
    ),
    (
        "a concrete manager asks who there saw it",
        CONCRETE_WITH_CATCH,
        OFFERED_EVIDENCE,
        EvidenceHeard(measured=True, pieces=1, beyond_team=True),
        TOUGH,
        (catalogue.REHEARSAL_REPLY_OTHER_TEAMS_WHO_SAW,),
    ),
    (
        "restating what is needed takes the reach as heard",
        CONCRETE,
        OTHER,
        EvidenceHeard(measured=True, pieces=1, beyond_team=True),
        REALISTIC,
        (catalogue.REHEARSAL_REPLY_SEEN_OUTSIDE,),
    ),
]


@pytest.mark.parametrize(
    ("stance", "key", "heard", "difficulty", "expected"),
    [case[1:] for case in REPLIES],
    ids=[case[0] for case in REPLIES],
)
def test_a_manager_who_heard_other_teams_does_not_say_it_stayed_inside(
    bundled: ManagerBank,
    stance: str,
    key: str,
    heard: EvidenceHeard,
    difficulty: str,
    expected: tuple[str, ...],
) -> None:
    lines = follow_up_lines(
        bundled.replies[stance], stance, key, heard, BARS[difficulty]
    )

    assert lines == expected


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("seed", SEEDS)
def test_work_for_other_teams_is_never_called_inside_the_team(
    bundled: ManagerBank, difficulty: str, seed: int
) -> None:
    rehearsal = start_rehearsal(bundled, difficulty, seed, level_names=LEVELS)
    rehearsal, _ = respond(rehearsal, ASK)
    rehearsal, line = respond(rehearsal, FOR_OTHER_TEAMS)

    assert "inside the team" not in line
    assert not speaks_of_reach(line), line


def prompt_lines(prompt: object, width: int = 200) -> list[str]:
    """An option's prompt as the list draws it ``width`` columns wide."""
    console = Console(width=width, file=io.StringIO())
    with console.capture() as captured:
        console.print(prompt)
    return [line.rstrip() for line in captured.get().splitlines()]


# --- 3. The tough manager's label -------------------------------------------------


async def test_the_picker_says_the_tough_manager_wants_two_pieces_whole(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=1))
        await pilot.pause()
        picker = app.screen.query_one("#difficulty", OptionList)
        width = picker.scrollable_content_region.width
        label = prompt_lines(picker.get_option(TOUGH).prompt, width)

    assert len(label) == 1, "on one line"
    assert "a measured change" in label[0] and "outside your team" in label[0]
