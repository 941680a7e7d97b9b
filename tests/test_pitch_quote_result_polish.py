"""The check quotes the sentence that tells an early result's change, not a
problem statement that happens to hold the same numbers, and keeps asking for a
later reading after the pitch is edited."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Reading,
    Stage,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.domain.pitch import (
    FlagKind,
    InitiativeFacts,
    build_pitch,
    check_pitch,
)
from careerclimb_tui.domain.records import Measure
from careerclimb_tui.screens import pitch as pitch_screen
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, wait_until

TODAY = dt.date(2026, 12, 5)
PROBLEM = "About 30 reruns a week across 4 teams; each costs 20 minutes of waiting"

RERUNS = InitiativeFacts(
    id=3,
    title="Flaky CI reruns",
    problem=PROBLEM,
    fix="Quarantined the flaky tests",
    measure=Measure(before=30, after=4, label="CI reruns a week"),
    agreed=("Payments team",),
    has_result=True,
    driven=True,
    measured_from=TODAY,
    measured_to=TODAY,
)
DRAFT = build_pitch([], [], [RERUNS], TODAY)
DRAFTED_RESULT = "CI reruns a week went from 30 to 4."


def early_excerpts(text: str) -> list[str]:
    flags = check_pitch(text, [], [], [RERUNS], drafted=DRAFT.lines)
    return [flag.excerpt for flag in flags if flag.kind is FlagKind.EARLY_RESULT]


@pytest.mark.parametrize(
    ("text", "excerpts"),
    [
        (DRAFT.text, [DRAFTED_RESULT]),
        (DRAFT.text + "\nIt also gave back a day of waiting a week.", [DRAFTED_RESULT]),
        (DRAFT.text + "\n\nThe Payments team noticed it.", [DRAFTED_RESULT]),
        (
            f"The problem: {PROBLEM}.\n\nReruns fell from 30 a week to 4 by Friday.",
            ["Reruns fell from 30 a week to 4 by Friday."],
        ),
        (
            f"{PROBLEM}. Only 4 reruns now, down from 30. Reruns went from 30 to 4.",
            ["Reruns went from 30 to 4."],
        ),
        (f"The problem: {PROBLEM}. We quarantined the flaky tests.", []),
    ],
    ids=[
        "as drafted",
        "a line added to the result's paragraph",
        "a paragraph added",
        "the result in the user's own words",
        "the numbers told before then after",
        "the result left out, only the problem holds its numbers",
    ],
)
def test_the_early_result_quoted_is_the_sentence_that_tells_the_change(
    text: str, excerpts: list[str]
) -> None:
    assert early_excerpts(text) == excerpts


async def test_an_edited_pitch_still_asks_for_a_later_reading(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    initiative = start_initiative("Flaky CI reruns", now, description=PROBLEM)
    initiative = initiative.with_changes(
        proposed_fix="Quarantine the flaky tests",
        metric="reruns a week",
        better="lower",
    )
    initiative = add_reading(initiative, Reading(30, "reruns", clock.today()), now)
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, stage, now)
    initiative = add_reading(initiative, Reading(4, "reruns", clock.today()), now)
    save_initiative(store, initiative)
    added = "It also gave back a day of waiting a week."
    monkeypatch.setattr(
        pitch_screen, "edit_in_editor", lambda app, text: f"{text}\n{added}\n"
    )

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        screen = app.screen
        assert isinstance(screen, PitchScreen)

        def check() -> str:
            shown = screen.query_one("#pitch-flags", Static).render()
            return " ".join(str(shown).split())

        quoted = "“reruns a week went from 30 to 4.” This result was so far"
        assert quoted in check()

        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: added in screen.text)

        assert screen.is_dirty()
        assert quoted in check()
        assert "Take another reading on the problem page later" in check()
        assert PROBLEM[:20] not in check()
        assert catalogue.PITCH_TITLE_EDITED in str(
            screen.query_one("#pitch-title", Static).render()
        )
