"""A pitch that leaves most of the five-minute slot unused is told what to add
from what it already tells: never a second result when it tells two or more,
and only the parts it leaves out (the insight, the scope, who noticed)."""

from __future__ import annotations

import io
import json

import pytest
from textual.widgets import Static

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_full_demo
from careerclimb_tui.domain.pitch import (
    FlagKind,
    PitchFlag,
    results_told,
    slot_additions,
    speaking_time,
    tells_insight,
    unused_slot_note,
)
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

FOUND = "What I found: 9 of 14 rollbacks were config changes with no switch."
DROVE = "What I drove: config changes behind flags."
ACTIVITY = "What I drove: reviewed 200 PRs and attended the release meetings."
RESULT = "The result: change failure rate went from 20% to 12%."
SCOPE = "Two other teams took part."
REACH = "It reached 40 engineers."
SUPPORT_CI = "Also: CI duration went from 24 minutes to 9 minutes."
SUPPORT_ONCALL = "Also: on-call diagnosis went from 30 minutes to 3 minutes."
NOTICED = "Noticed outside my team: the support team."


def story(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    ("text", "results", "additions"),
    [
        # No result: the measured result comes first.
        (story(ACTIVITY), 0, ("result", "insight")),
        (story(FOUND, f"{ACTIVITY} {SCOPE}"), 0, ("result",)),
        # One result: a second one, then the first part left out.
        (story(f"{DROVE} {RESULT}"), 1, ("second", "insight")),
        (story(FOUND, f"{DROVE} {RESULT}"), 1, ("second", "scope")),
        (story(FOUND, f"{DROVE} {RESULT} {SCOPE}"), 1, ("second",)),
        # Two results: never a second one.
        (story(f"{DROVE} {RESULT}", SUPPORT_CI), 2, ("insight", "scope")),
        (story(FOUND, f"{DROVE} {RESULT}", SUPPORT_CI), 2, ("scope", "noticed")),
        (story(FOUND, f"{DROVE} {RESULT} {SCOPE}", SUPPORT_CI), 2, ("detail",)),
        # Three results, as the sample career's pitch tells them.
        (
            story(f"{DROVE} {RESULT}", SUPPORT_CI, SUPPORT_ONCALL),
            3,
            ("insight", "scope"),
        ),
        (
            story(f"{DROVE} {RESULT} {SCOPE}", SUPPORT_CI, SUPPORT_ONCALL),
            3,
            ("insight",),
        ),
        (
            story(FOUND, f"{DROVE} {RESULT}", SUPPORT_CI, SUPPORT_ONCALL),
            3,
            ("scope", "noticed"),
        ),
        (
            story(FOUND, f"{DROVE} {RESULT} {SCOPE}", SUPPORT_CI, SUPPORT_ONCALL),
            3,
            ("detail",),
        ),
    ],
)
def test_a_short_story_is_offered_what_it_lacks(
    text: str, results: int, additions: tuple[str, ...]
) -> None:
    assert results_told(text) == results
    assert slot_additions(text) == additions


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (FOUND, True),
        ("We traced the failures to config changes with no switch.", True),
        ("It turned out most rollbacks were config changes.", True),
        ("Releases failed because config changes had no switch.", True),
        # Says that there was a cause, not what it was.
        ("Found the root cause of our deploy reliability problem.", False),
        (RESULT, False),
    ],
)
def test_the_insight_counts_as_told_only_when_the_story_says_what_it_was(
    text: str, told: bool
) -> None:
    assert tells_insight(text) is told


def test_who_noticed_is_offered_only_when_the_check_has_not_asked_for_it() -> None:
    # The reach is told as a count of people, so nobody outside is named yet.
    text = story(FOUND, f"{DROVE} {RESULT} {REACH}", SUPPORT_CI)
    flagged = [PitchFlag(FlagKind.NOT_NOTICED, "", "nobody outside noticed")]

    assert slot_additions(text) == ("noticed",)
    assert slot_additions(text, flagged) == ("detail",)
    assert slot_additions(story(text, NOTICED)) == ("detail",)
    across = "Teams involved beyond mine: platform team and payments team."
    assert slot_additions(f"{text} {across}") == ("detail",)


def test_a_story_of_three_results_is_not_asked_for_a_second() -> None:
    text = story(f"{DROVE} {RESULT} {SCOPE}", SUPPORT_CI, SUPPORT_ONCALL)

    said = unused_slot_note(speaking_time(text), text)

    assert said.startswith("Runs 20 s of a five-minute slot")
    assert "already tells 3 results" in said
    assert "the root cause or insight" in said
    assert "second result" not in said


def test_a_story_of_one_result_is_still_asked_for_a_second() -> None:
    text = story(f"{DROVE} {RESULT}")

    said = unused_slot_note(speaking_time(text), text)

    assert "add a second result, or the root cause or insight" in said
    assert "already tells" not in said


async def test_the_sample_pitch_is_told_to_say_more_of_its_main_result(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        panel = app.screen.query_one("#pitch-flags", Static)
        await wait_until(pilot, lambda: "five-minute slot" in str(panel.render()))
        shown = " ".join(str(panel.render()).split())

    assert "already tells 3 results; add more on the main result" in shown
    assert "second result" not in shown


def test_the_printed_sample_pitch_gives_the_same_advice(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())

    printed = io.StringIO()
    assert main(["pitch", "--print"], clock=clock, out=printed) == 0
    text = " ".join(printed.getvalue().split())
    assert "already tells 3 results; add more on the main result" in text
    assert "second result" not in text

    out = io.StringIO()
    assert main(["pitch", "--json"], clock=clock, out=out) == 0
    note = json.loads(out.getvalue())["unused_slot"]
    assert "already tells 3 results" in note
