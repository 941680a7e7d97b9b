"""The end of a rehearsal says what is true of it.

Once the scorecard shows, the hint under the kept box names what the keys do
now, and the follow-up sentence speaks of criteria only when the manager said
what would count, not when a concrete reply only weighed the user's evidence.
"""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.rehearsal import (
    CONCRETE_KINDS,
    EASY,
    REALISTIC,
    TOUGH,
    ManagerBank,
    Rehearsal,
    respond,
    scorecard,
    start_rehearsal,
)
from careerclimb_tui.screens.manager_rehearsal import ENDED, RehearsalScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

SMALL_TALK = "Hi, how are you?"
EVIDENCE = (
    "I cut deploy failures from 20% to 12% and the platform team adopted the fix."
)
ASK = (
    "What would I need to demonstrate, specifically, to reach Senior engineer "
    "this cycle?"
)
PUSH = "Can you give me an example of the kind of work that would count?"
FOLLOW = "Can we check in on this in four weeks?"

NAMED = catalogue.SCORE_WELL_FOLLOW_UP
NONE_NAMED = catalogue.SCORE_WELL_FOLLOW_UP_NO_CRITERIA
NONE_NAMED_ASKED = catalogue.SCORE_WELL_FOLLOW_UP_NO_CRITERIA_ASKED
PROPOSED = catalogue.SCORE_WELL_FOLLOW_UP_PROPOSED


@pytest.fixture(scope="module")
def bundled() -> ManagerBank:
    return load_manager_bank()


def run(bank: ManagerBank, difficulty: str, seed: int, *lines: str) -> Rehearsal:
    rehearsal = start_rehearsal(
        bank,
        difficulty,
        seed,
        level_names=("Senior engineer",),
        cycle_words=("this cycle",),
    )
    for line in lines:
        rehearsal, _ = respond(rehearsal, line)
    return rehearsal


# (case, difficulty, seed, lines, a concrete reply came, the follow-up sentence)
FOLLOW_UPS = [
    (
        "only vague answers, follow-up agreed",
        EASY,
        1,
        (SMALL_TALK, FOLLOW),
        False,
        NONE_NAMED,
    ),
    (
        "a concrete reply to evidence alone, follow-up agreed",
        EASY,
        0,
        (SMALL_TALK, EVIDENCE, FOLLOW),
        True,
        NONE_NAMED,
    ),
    (
        "a concrete reply with a catch to evidence alone",
        REALISTIC,
        2,
        (ASK, EVIDENCE, FOLLOW),
        True,
        NONE_NAMED_ASKED,
    ),
    (
        "a concrete answer to the push, follow-up agreed",
        REALISTIC,
        1,
        (ASK, PUSH, FOLLOW),
        True,
        NAMED,
    ),
    (
        "a concrete answer to the ask, then evidence weighed",
        EASY,
        1,
        (ASK, EVIDENCE, FOLLOW),
        True,
        NAMED,
    ),
    ("follow-up proposed, not agreed", TOUGH, 1, (ASK, FOLLOW), False, PROPOSED),
]


@pytest.mark.parametrize(
    ("difficulty", "seed", "lines", "concrete", "sentence"),
    [case[1:] for case in FOLLOW_UPS],
    ids=[case[0] for case in FOLLOW_UPS],
)
def test_the_follow_up_speaks_of_criteria_only_when_some_were_stated(
    bundled: ManagerBank,
    difficulty: str,
    seed: int,
    lines: tuple[str, ...],
    concrete: bool,
    sentence: str,
) -> None:
    rehearsal = run(bundled, difficulty, seed, *lines)

    went_well = scorecard(rehearsal).went_well

    # The row is about the kind of reply it names.
    assert any(k in CONCRETE_KINDS for k in rehearsal.kinds) is concrete
    assert sentence in went_well
    others = {NAMED, NONE_NAMED, NONE_NAMED_ASKED, PROPOSED} - {sentence}
    assert not others & set(went_well)


async def test_the_end_of_a_rehearsal_names_the_keys_that_work_now(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=0, difficulty=EASY))
        await pilot.pause()
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        for line in (SMALL_TALK, EVIDENCE, FOLLOW):
            screen.query_one("#say", Input).value = line
            await pilot.press("enter")
            await pilot.pause()
        await wait_until(pilot, lambda: screen.phase == ENDED)
        assert screen.rehearsal is not None
        assert "concrete" in screen.rehearsal.kinds
        card = screen.query_one("#scorecard")
        shown = Console(width=76, record=True, file=io.StringIO())
        for part in card.query(Static).results(Static):
            shown.print(part.content)
        went_well = " ".join(shown.export_text().split())
        card_shown = card.display and screen.query_one("#chat").display
        keys = str(screen.query_one("#say-keys", Static).content)
        placeholder = screen.query_one("#say", Input).placeholder

        await type_text(pilot, "ask for it in writing")
        await pilot.press("enter")
        await pilot.pause()
        chat = screen.query_one("#chat", VerticalScroll)
        kept = [str(n.content) for n in chat.query(".unsaid").results(Static)]
        await pilot.press("ctrl+n", "y")
        restarted = screen.phase != ENDED

    assert card_shown
    assert "shows the scorecard" not in keys
    assert keys == catalogue.MANAGER_REHEARSE_OVER_KEYS
    assert "Enter adds the note" in keys and "Ctrl+N" in keys
    assert placeholder == catalogue.MANAGER_REHEARSE_OVER_PLACEHOLDER
    assert kept and kept[0].endswith("ask for it in writing")
    assert restarted
    assert "these criteria will be looked at again" not in went_well
    assert "the manager named no criteria yet" in went_well
