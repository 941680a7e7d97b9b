"""The realistic manager opens the usual way and never ends the meeting unannounced.

A realistic manager greets with their usual open question, whatever the seed,
and says once that time is nearly up before the meeting ends: a follow-up agreed
before the clock warning is agreed with "anything else?", and the meeting ends
on the user's next line. Everything else stays drawn from the seed. Rules are
tested as tables on the domain; the screen is driven at 80×24.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain import rehearsal as rehearsal_rules
from careerclimb_tui.domain.conversation import FOLLOW_UP
from careerclimb_tui.domain.rehearsal import (
    CLOSING_AGREED,
    CLOSING_OUT_OF_TIME,
    DIFFICULTIES,
    EASY,
    MANAGER,
    MANNERS,
    NEXT_STEP_AGREED,
    REALISTIC,
    TOUGH,
    ManagerBank,
    MeetingManners,
    Rehearsal,
    follow_up_agreed,
    respond,
    scorecard,
    start_rehearsal,
)
from careerclimb_tui.screens.manager_rehearsal import (
    ENDED,
    TALKING,
    RehearsalScreen,
)
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

ASK = (
    "What would I need to demonstrate, specifically, for you to make a case for "
    "my promotion next cycle?"
)
FOLLOW = "Let's check in on this in two weeks."
ACCEPT = "ok thanks, sounds good"
PUSH = "Can you give me an example of the kind of work that would count?"
SMALL_TALK = "How was your weekend?"
SEEDS = range(60)
ANYTHING_ELSE = catalogue.REHEARSAL_ANYTHING_ELSE


@pytest.fixture(scope="module")
def bundled() -> ManagerBank:
    return load_manager_bank()


def run(rehearsal: Rehearsal, lines: tuple[str, ...]) -> Rehearsal:
    """Say each line in turn, stopping once the manager ends the meeting."""
    for line in lines:
        if rehearsal.ended:
            break
        rehearsal, _ = respond(rehearsal, line)
    return rehearsal


@pytest.mark.parametrize(
    ("difficulty", "manners"),
    [
        (EASY, MeetingManners()),
        (REALISTIC, MeetingManners(usual_opening=True, warns_before_ending=True)),
        (TOUGH, MeetingManners()),
    ],
)
def test_only_the_realistic_manager_keeps_the_usual_manners(
    difficulty: str, manners: MeetingManners
) -> None:
    assert MANNERS[difficulty] == manners


ENDING_CASES = [
    # difficulty, what the user says, lines said when it ends, how it ends
    # A follow-up agreed early: time is called, and the next line closes.
    (REALISTIC, (ASK, FOLLOW, ACCEPT), 3, CLOSING_AGREED),
    (REALISTIC, (ASK, FOLLOW, PUSH, PUSH), 3, CLOSING_AGREED),
    (REALISTIC, (ASK, FOLLOW, FOLLOW), 3, CLOSING_AGREED),
    (REALISTIC, (SMALL_TALK, ASK, FOLLOW, ACCEPT), 4, CLOSING_AGREED),
    # Once the clock warning was said, a follow-up closes at once.
    (REALISTIC, (ASK, *[SMALL_TALK] * 5, FOLLOW), 7, CLOSING_AGREED),
    (REALISTIC, (ASK, *[SMALL_TALK] * 6, FOLLOW), 8, CLOSING_AGREED),
    # Talking on, time runs out after the one warning.
    (REALISTIC, (ASK, *[SMALL_TALK] * 9), 8, CLOSING_OUT_OF_TIME),
    # The other difficulties close as soon as a follow-up is agreed.
    (EASY, (ASK, FOLLOW), 2, CLOSING_AGREED),
    (EASY, (ASK, *[SMALL_TALK] * 9), 8, CLOSING_OUT_OF_TIME),
    (TOUGH, (ASK, *[SMALL_TALK] * 9), 6, CLOSING_OUT_OF_TIME),
]


@pytest.mark.parametrize(
    ("difficulty", "lines", "said", "ending"),
    ENDING_CASES,
    ids=[f"{d}-{n}-{e}" for d, _, n, e in ENDING_CASES],
)
def test_how_each_manager_ends_the_meeting(
    bundled: ManagerBank,
    difficulty: str,
    lines: tuple[str, ...],
    said: int,
    ending: str,
) -> None:
    for seed in SEEDS:
        rehearsal = run(start_rehearsal(bundled, difficulty, seed), lines)
        warnings = [turn for turn in rehearsal.turns if turn.warns]

        assert rehearsal.ended, seed
        assert rehearsal.user_turns == said, seed
        assert rehearsal.kinds[-1] == ending, seed
        if MANNERS[difficulty].warns_before_ending:
            # Warned exactly once, and before the line that ends it.
            assert len(warnings) == 1, seed
            assert not rehearsal.turns[-1].warns, seed


def test_an_early_follow_up_is_agreed_with_time_called_and_one_line_left(
    bundled: ManagerBank,
) -> None:
    for seed in SEEDS:
        rehearsal = run(start_rehearsal(bundled, REALISTIC, seed), (ASK, FOLLOW))
        line = rehearsal.turns[-1]

        assert not rehearsal.ended
        assert rehearsal.closing_due
        assert rehearsal.lines_left == 1
        assert line.kind == NEXT_STEP_AGREED and line.warns
        assert line.text.endswith(ANYTHING_ELSE)
        assert line.text.startswith(catalogue.REHEARSAL_NEXT_STEP_AGREED)
        # The follow-up counts as agreed already: ending the meeting now keeps it.
        assert follow_up_agreed(rehearsal)
        assert scorecard(rehearsal).showed(FOLLOW_UP)

        closed, _ = respond(rehearsal, ACCEPT)
        assert closed.ended and closed.kinds[-1] == CLOSING_AGREED
        assert scorecard(closed).showed(FOLLOW_UP)


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_the_realistic_manager_always_opens_with_their_usual_greeting(
    bundled: ManagerBank, difficulty: str
) -> None:
    for manager in bundled.managers:
        opened = {
            start_rehearsal(bundled, difficulty, seed, manager_id=manager.id)
            .turns[0]
            .text
            for seed in SEEDS
        }
        if MANNERS[difficulty].usual_opening:
            assert opened == {manager.greetings[0]}, manager.id
        else:
            # Elsewhere the greeting is still drawn from the seed.
            assert len(opened) > 1, manager.id


def test_every_usual_greeting_asks_what_the_user_wants_to_talk_about(
    bundled: ManagerBank,
) -> None:
    open_question = re.compile(r"\b(?:What|Where)\b[^.!?]*\?$")
    assert not [
        m.greetings[0]
        for m in bundled.managers
        if not open_question.search(m.greetings[0])
    ]


def test_the_usual_greeting_leaves_the_rest_of_a_seeds_conversation_as_drawn(
    bundled: ManagerBank, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = (ASK, PUSH, PUSH, SMALL_TALK)

    def conversation(seed: int) -> tuple[str, ...]:
        said = run(start_rehearsal(bundled, REALISTIC, seed), script)
        return tuple(turn.text for turn in said.turns)

    usual = [conversation(seed) for seed in SEEDS]
    drawn_greeting = replace(MANNERS[REALISTIC], usual_opening=False)
    monkeypatch.setitem(rehearsal_rules.MANNERS, REALISTIC, drawn_greeting)
    drawn = [conversation(seed) for seed in SEEDS]

    # Only the greeting differs; what each seed draws after it is the same.
    assert [c[1:] for c in usual] == [c[1:] for c in drawn]
    assert len({c[0] for c in drawn}) > len({c[0] for c in usual})
    assert len(set(usual)) > len(SEEDS) // 2


async def test_the_screen_keeps_the_meeting_open_for_a_last_line_after_anything_else(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=4, difficulty=REALISTIC))
        await pilot.pause()
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        await wait_until(pilot, lambda: screen.phase == TALKING)
        opening = screen.rehearsal.turns[0].text if screen.rehearsal else ""

        for line in (ASK, FOLLOW):
            screen.query_one("#say", Input).value = line
            await pilot.press("enter")
            await wait_until(
                pilot,
                lambda: (
                    screen.rehearsal is not None
                    and screen.rehearsal.user_turns > 0
                    and screen.rehearsal.turns[-1].speaker == MANAGER
                    and screen.rehearsal.turns[-2].text == line
                ),
            )
        chat = screen.query_one("#chat", VerticalScroll)
        said = [str(s.content) for s in chat.query(".turn.manager").results(Static)]
        phase_after_follow = screen.phase
        keys = str(screen.query_one("#say-keys", Static).content)

        screen.query_one("#say", Input).value = "No, that's all. Thanks!"
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.phase == ENDED)
        kinds = screen.rehearsal.kinds if screen.rehearsal else ()

    assert screen.rehearsal is not None
    assert opening == screen.rehearsal.manager.greetings[0]
    assert said[-1].endswith(ANYTHING_ELSE)
    assert phase_after_follow == TALKING
    # The lines left fell to one because of the follow-up, and the row says so.
    assert keys == catalogue.MANAGER_REHEARSE_LAST_LINE_AGREED
    assert kinds[-1] == CLOSING_AGREED
