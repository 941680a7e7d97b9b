"""The drafted pitch reads as spoken English, says each result once, and the
check says when the story leaves most of the five-minute slot unused. The pitch
footer offers the keys its help names, and the 60-second version claims no more
about the clipboard than the terminal can confirm."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from textual.widgets import Footer, Static

# Not exported by textual.widgets; it is the widget that draws one footer key.
from textual.widgets._footer import FooterKey

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.pitch import (
    InitiativeFacts,
    build_pitch,
    problem_before,
    restates_measure,
    speaking_time,
    unused_slot_note,
)
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.pitch import PitchScreen, ShortPitchDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import save_pitch_version
from tests.helpers import make_app, notices, wait_until

INCIDENTS = Measure(before=9, after=3, label="repeat incidents per quarter")


@pytest.mark.parametrize(
    ("label", "before", "unit", "said"),
    [
        (
            "repeat incidents per quarter",
            9,
            "",
            "there were 9 repeat incidents per quarter.",
        ),
        ("test failures per week", 30, "", "there were 30 test failures per week."),
        ("deploy time", 40, "minutes", "deploy time was 40 minutes."),
        ("failed deploys", 12, "a week", "failed deploys were 12 a week."),
        ("DNS errors", 9, "", "DNS errors were 9."),
    ],
)
def test_a_count_per_period_is_said_with_its_number_first(
    label: str, before: float, unit: str, said: str
) -> None:
    assert problem_before(label, before, unit) == said


@pytest.mark.parametrize(
    ("changed", "restates"),
    [
        ("Repeat incidents fell.", True),
        ("Repeat incidents went down a lot", True),
        ("Incidents dropped sharply", True),
        ("Repeat incidents fell, so on-call sleeps through the night.", False),
        ("The support team stopped escalating at night.", False),
        ("Deploys fell.", False),
        ("", False),
    ],
)
def test_a_what_changed_that_only_restates_the_numbers_is_recognised(
    changed: str, restates: bool
) -> None:
    assert restates_measure(changed, INCIDENTS) is restates


def test_the_result_is_said_once_when_what_changed_repeats_the_numbers() -> None:
    win = framed(
        Win(
            title="Fixed the alert runbooks",
            date=dt.date(2026, 11, 2),
            what_changed="Repeat incidents fell",
            measure=INCIDENTS,
            id=1,
        )
    )
    problem = InitiativeFacts(
        title="Repeat incidents",
        fix="Rewrote the alert runbooks",
        measure=INCIDENTS,
        has_result=True,
        driven=True,
        win_ids=(1,),
        id=1,
    )

    text = build_pitch([win], [], [problem], dt.date(2026, 12, 1)).text

    assert "went from 9 to 3." in text
    assert "Repeat incidents fell" not in text


@pytest.mark.parametrize(
    ("words", "note"),
    [
        (0, ""),
        (60, "Runs 25 s of a five-minute slot"),
        (200, "Runs 1 min 25 s of a five-minute slot"),
        (280, ""),
        (700, ""),
    ],
)
def test_a_story_far_shorter_than_the_slot_is_told_to_use_it(
    words: int, note: str
) -> None:
    # Timed by its length alone; what it tells is one result.
    text = "The result: deploy time went from 40 to 12 minutes."
    said = unused_slot_note(speaking_time("word " * words), text)
    assert said.startswith(note) if note else said == ""
    if note:
        assert "second result" in said


async def test_the_check_does_not_call_a_half_minute_pitch_fine(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_pitch_version(
        store,
        "Repeat incidents per quarter went from 9 to 3 after I rewrote the alert "
        "runbooks with the payments and search teams.",
    )

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        shown = " ".join(
            str(app.screen.query_one("#pitch-flags", Static).render()).split()
        )

    assert "of a five-minute slot, leaving most of it unused" in shown
    assert "Nothing a committee would question" not in shown


def test_the_printed_pitch_says_too_when_it_leaves_the_slot_unused(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_pitch_version(
        store,
        "Repeat incidents per quarter went from 9 to 3 after I rewrote the alert "
        "runbooks with the payments and search teams.",
    )

    printed = io.StringIO()
    assert main(["pitch", "--print"], clock=clock, out=printed) == 0
    text = " ".join(printed.getvalue().split())
    assert "of a five-minute slot, leaving most of it unused" in text
    assert "Nothing a committee would question" not in text

    out = io.StringIO()
    assert main(["pitch", "--json"], clock=clock, out=out) == 0
    assert "leaving most of it unused" in json.loads(out.getvalue())["unused_slot"]


async def test_the_pitch_footer_offers_the_versions_its_help_names(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        assert isinstance(app.screen, PitchScreen)
        await wait_until(pilot, lambda: bool(app.screen.query(FooterKey)))
        await pilot.pause()
        footer = app.screen.query_one(Footer)
        shown = {
            key.description: key.region.width
            for key in footer.query(FooterKey)
            if not key.has_class("-command-palette")
        }

    assert "Versions" in shown and shown["Versions"] > 0
    assert len(shown) <= 6


async def test_the_short_version_says_it_was_sent_not_that_it_was_copied(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", "ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, ShortPitchDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: bool(notices(app)))

    said = " ".join(notices(app))
    assert "Sent the 60-second pitch to your terminal's clipboard" in said
    assert "Nothing pastes?" in said
    assert "Copied" not in said
