"""The note under a line, the manager's reply and the scorecard hear the same thing.

Whether the user named a measured change and someone outside their team who saw
it is read once; the tough manager's note, the reply and the scorecard all follow
that reading, so the manager never says work stayed inside the team after the
note said it has what it needs.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.rehearsal import (
    BARS,
    CONCRETE,
    CONCRETE_KINDS,
    CONCRETE_WITH_CATCH,
    MOVING_TARGET,
    OFFERED_EVIDENCE,
    OTHER,
    REALISTIC,
    TOUGH,
    EvidenceHeard,
    ManagerBank,
    bar_advice,
    bar_note,
    evidence_heard,
    follow_up_lines,
    respond,
    scorecard,
    speaks_of_reach,
    start_rehearsal,
)
from careerclimb_tui.screens.manager_rehearsal import RehearsalScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app

LEVELS = ("Senior engineer", "senior")
CYCLE_WORDS = ("March",)
ASK = "What would I need to demonstrate, specifically, for senior in March?"
EXAMPLE = "Can you give me an example of the kind of work that would count?"
CI_RERUNS = (
    "I cut CI reruns from 60 to 12 a week; the release managers noticed because "
    "their Friday releases stopped slipping"
)
SECOND_PIECE = "I also cut flaky test reruns from 40 to 5 a week."
SEEDS = (42, 7, 726738)

TAKES_IT = "takes it"
"""The manager has what they need and does not say the work stayed inside."""
WANTS_MEASURE = "wants a measure"
"""The manager heard a witness and asks only for a number."""
WANTS_OUTSIDE = "wants someone outside"
"""The manager heard no one outside the team; saying so is true."""
WANTS_MORE = "wants a second piece"
"""The manager heard one whole story and wants a second before taking it."""


@pytest.fixture(scope="module")
def bundled() -> ManagerBank:
    return load_manager_bank()


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("line", "reading", "reply"),
    [
        (
            CI_RERUNS,
            EvidenceHeard(measured=True, outside=True, pieces=1, beyond_team=True),
            WANTS_MORE,
        ),
        (
            "I cut CI reruns from 60 to 12 a week; Priya and Tom from Payments "
            "noticed it.",
            EvidenceHeard(measured=True, outside=True, pieces=1, beyond_team=True),
            WANTS_MORE,
        ),
        (
            "Deploy failures dropped 40% after my change, and the product "
            "managers Ana and Tom praised it.",
            EvidenceHeard(measured=True, outside=True, pieces=1, beyond_team=True),
            WANTS_MORE,
        ),
        (
            "I cut flaky tests from 40 to 5 a week within our team.",
            EvidenceHeard(measured=True, outside=False, pieces=1),
            WANTS_OUTSIDE,
        ),
        (
            "My teammate Ana noticed that I cut flaky tests from 40 to 5 a week.",
            EvidenceHeard(measured=True, outside=False, pieces=1),
            WANTS_OUTSIDE,
        ),
        (
            "I wrote the retry fix, and the platform team adopted it.",
            EvidenceHeard(measured=False, outside=True, pieces=1, beyond_team=True),
            WANTS_MEASURE,
        ),
        (
            "I fixed the flaky checkout tests and the SRE lead noticed.",
            EvidenceHeard(measured=False, outside=True, pieces=1, beyond_team=True),
            WANTS_MEASURE,
        ),
    ],
)
def test_the_note_the_reply_and_the_scorecard_hear_the_same_evidence(
    bundled: ManagerBank, seed: int, line: str, reading: EvidenceHeard, reply: str
) -> None:
    rehearsal = start_rehearsal(
        bundled, TOUGH, seed, level_names=LEVELS, cycle_words=CYCLE_WORDS
    )
    for said in (ASK, EXAMPLE, line):
        rehearsal, answer = respond(rehearsal, said)

    lines = [(t.text, t.reading) for t in rehearsal.turns if t.reading is not None]
    assert evidence_heard(lines) == reading
    note = bar_note(rehearsal)
    try_next = scorecard(rehearsal).try_next
    if reply == TAKES_IT:
        assert note == catalogue.MANAGER_SAID_BAR_MET
        assert rehearsal.kinds[-1] in CONCRETE_KINDS
        assert not speaks_of_reach(answer), answer
        assert catalogue.SCORE_TRY_NEVER_OUTSIDE not in try_next
        assert catalogue.SCORE_TRY_NEVER_MEASURE not in try_next
    elif reply == WANTS_MORE:
        # One whole story: the note, the reply and the scorecard all ask for a
        # second piece, and none of them says the work stayed inside the team.
        assert note == catalogue.MANAGER_SAID_SHORT_OF_BAR.format(
            missing=catalogue.REHEARSAL_WANTS_MORE_EVIDENCE
        )
        assert not speaks_of_reach(answer), answer
        assert answer != catalogue.REHEARSAL_REPLY_SEEN_OUTSIDE
        assert try_next.startswith(
            bar_advice((catalogue.REHEARSAL_WANTS_MORE_EVIDENCE,))
        )
        rehearsal, answer = respond(rehearsal, SECOND_PIECE)
        assert bar_note(rehearsal) == catalogue.MANAGER_SAID_BAR_MET
        assert rehearsal.kinds[-1] in CONCRETE_KINDS
        assert not speaks_of_reach(answer), answer
    elif reply == WANTS_MEASURE:
        assert note == catalogue.MANAGER_SAID_SHORT_OF_BAR.format(
            missing=catalogue.REHEARSAL_WANTS_MEASURE
        )
        assert not speaks_of_reach(answer), answer
        assert try_next.startswith(bar_advice((catalogue.REHEARSAL_WANTS_MEASURE,)))
    else:
        assert note == catalogue.MANAGER_SAID_SHORT_OF_BAR.format(
            missing=catalogue.REHEARSAL_WANTS_OUTSIDE
        )
        assert try_next.startswith(bar_advice((catalogue.REHEARSAL_WANTS_OUTSIDE,)))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_realistic_manager_never_says_work_others_saw_stayed_inside(
    bundled: ManagerBank, seed: int
) -> None:
    rehearsal = start_rehearsal(
        bundled, REALISTIC, seed, level_names=LEVELS, cycle_words=CYCLE_WORDS
    )
    replies = []
    for said in (ASK, EXAMPLE, CI_RERUNS, "I also cut flaky tests from 40 to 5."):
        rehearsal, answer = respond(rehearsal, said)
        replies.append(answer)

    assert not any(speaks_of_reach(answer) for answer in replies[2:]), replies


@pytest.mark.parametrize(
    ("stance", "key", "heard", "difficulty", "expected"),
    [
        # No one outside was named: the objection that it stayed inside is true,
        # and the number was given, so it is the one thing asked for.
        (
            CONCRETE,
            OFFERED_EVIDENCE,
            EvidenceHeard(True, False),
            TOUGH,
            (
                "That counts. What's missing is that it stayed inside the team; do "
                "the same where another team has to change too.",
            ),
        ),
        # Measured and seen outside on two lines: the line that asks for nothing.
        (
            CONCRETE,
            OFFERED_EVIDENCE,
            EvidenceHeard(True, True, pieces=2),
            TOUGH,
            (
                "That's the kind of evidence I can take into calibration. Put it in "
                "writing just as you told it.",
            ),
        ),
        (
            CONCRETE_WITH_CATCH,
            OFFERED_EVIDENCE,
            EvidenceHeard(True, True, pieces=2),
            TOUGH,
            (
                "Good, that one counts. The catch is that it only helps once it's "
                "written up, so get it down while it's fresh.",
            ),
        ),
        # One whole story is not yet a case: the manager asks for a second.
        (
            CONCRETE_WITH_CATCH,
            OFFERED_EVIDENCE,
            EvidenceHeard(True, True, pieces=1),
            TOUGH,
            (catalogue.REHEARSAL_REPLY_SEEN_OUTSIDE_ONE_PIECE,),
        ),
        # Restating what is needed with the witness heard: only the number.
        (
            CONCRETE,
            OTHER,
            EvidenceHeard(False, True),
            TOUGH,
            (catalogue.REHEARSAL_REPLY_SEEN_OUTSIDE_NO_MEASURE,),
        ),
        # A bar that wants no number does not ask for one.
        (
            CONCRETE,
            OTHER,
            EvidenceHeard(False, True),
            REALISTIC,
            (catalogue.REHEARSAL_REPLY_SEEN_OUTSIDE,),
        ),
        (
            MOVING_TARGET,
            OFFERED_EVIDENCE,
            EvidenceHeard(True, True),
            TOUGH,
            ("Nice. Now I'd want to see the same thing at a bigger scale.",),
        ),
    ],
)
def test_the_reply_to_evidence_follows_what_was_heard(
    bundled: ManagerBank,
    stance: str,
    key: str,
    heard: EvidenceHeard,
    difficulty: str,
    expected: tuple[str, ...] | None,
) -> None:
    replies = bundled.replies[stance]
    lines = follow_up_lines(replies, stance, key, heard, BARS[difficulty])

    assert lines == (replies.follow_ups[key] if expected is None else expected)


async def test_the_note_under_a_line_and_the_reply_to_it_agree(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=42, difficulty=TOUGH))
        await pilot.pause()
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        for line in (ASK, EXAMPLE, CI_RERUNS, SECOND_PIECE):
            screen.query_one("#say", Input).value = line
            await pilot.press("enter")
            await pilot.pause()
        notes = [str(n.content) for n in screen.query(".turn-notes").results(Static)]
        said = [str(t.content) for t in screen.query(".turn.manager").results(Static)]

    assert catalogue.MANAGER_SAID_BAR_MET not in notes[-2]
    assert catalogue.MANAGER_SAID_BAR_MET in notes[-1]
    assert "inside the team" not in said[-1]
    assert not speaks_of_reach(said[-1]), said[-1]
