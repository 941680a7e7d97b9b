"""A win is read by one rule everywhere, a share of something is a measure, and a
far too long title or change earns a gentle hint in the form's coach."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from textual.widgets import TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.framing import read_win
from careerclimb_tui.domain.records import Win, describe_measure
from careerclimb_tui.domain.review import read_walk_change
from careerclimb_tui.domain.wins import (
    LONG_CHANGE,
    LONG_TITLE,
    framed,
    length_hints,
)
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

DAY = dt.date(2026, 11, 2)


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


# --- A share of something, compared ---------------------------------------------


@pytest.mark.parametrize(
    ("change", "kept"),
    [
        ("CI flakiness fell from 14% of CI runs to 2%", "CI flakiness 14% → 2%"),
        (
            "Flaky failures dropped from 30% of builds to 5%",
            "Flaky failures 30% → 5%",
        ),
        ("Flaky reruns went from 14 % to 2 %", "Flaky reruns 14% → 2%"),
        ("Dropped from 30% of builds to 5%", "share of builds 30% → 5%"),
    ],
)
def test_a_share_compared_is_kept_as_a_named_before_and_after(
    change: str, kept: str
) -> None:
    win = framed(Win(title="Fixed the flaky test suite", date=DAY, what_changed=change))

    assert win.framing == "impact"
    assert win.measure is not None
    assert describe_measure(win.measure) == kept


def test_the_check_command_and_the_review_read_a_share_alike(
    clock: FixedClock, isolated_home: object
) -> None:
    change = "CI flakiness fell from 14% of CI runs to 2%"
    win = framed(Win(title="Fixed the flaky test suite", date=DAY, what_changed=change))

    answer, coach = read_walk_change(win, change)
    _, checked = run(clock, "check", change)
    _, as_json = run(clock, "check", change, "--json")

    assert answer.framing == "impact" and answer.measured
    assert coach.startswith("Coach: reads as impact, measured")
    assert checked.startswith("Reads as impact, measured.")
    assert json.loads(as_json)["has_metric"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Builds are faster for everyone",
        "Page load time −30% on the pricing page",
        "Four other teams adopted the canary checklist",
        "Reviewed 200 PRs for the team and mentored two new hires",
    ],
)
def test_check_gives_the_hints_a_win_of_that_text_would_get(
    clock: FixedClock, isolated_home: object, text: str
) -> None:
    _, as_json = run(clock, "check", text, "--json")

    reading = read_win(text)
    assert json.loads(as_json)["framing"] == reading.label
    assert json.loads(as_json)["hints"] == list(reading.hints)


# --- The saved reading and the coach agree ---------------------------------------


def test_a_logged_win_is_coached_by_the_reading_it_was_saved_with(
    clock: FixedClock, isolated_home: object
) -> None:
    code, said = run(
        clock, "log", "Fixed the flaky test suite", "--changed", "Flakes dropped"
    )

    assert code == 0
    assert "(activity)" in said
    ask = catalogue.FRAMING_VAGUE_CHANGE.format(word="Dropped")
    assert f"coach: {ask}" in said


async def test_the_form_coach_and_the_saved_win_agree_on_a_list_of_work(
    store: Store, clock: FixedClock
) -> None:
    title = "Reviewed 200 PRs for the team and mentored two new hires"
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        screen = app.screen
        screen.query_one("#title", TextArea).text = title
        await pilot.pause()
        verdict = screen.query_one("#coach-verdict")
        assert verdict.has_class("framing-activity")

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(store.wins()))

    [saved] = store.wins()
    assert saved.framing == "activity"


# --- Far too long a title or change ----------------------------------------------


@pytest.mark.parametrize(
    ("title", "changed", "count"),
    [
        ("Cut deploy time from 40 to 12 minutes", "", 0),
        ("x" * LONG_TITLE, "y" * LONG_CHANGE, 0),
        ("Reviewed PRs. " * 150, "", 1),
        ("Cut deploy time", "Deploys are quicker. " * 100, 1),
        ("Reviewed PRs. " * 150, "Deploys are quicker. " * 100, 2),
    ],
)
def test_only_a_field_far_past_a_sensible_length_earns_a_hint(
    title: str, changed: str, count: int
) -> None:
    hints = length_hints(title, changed)

    assert len(hints) == count
    assert all("one or two sentences" in hint for hint in hints)


async def test_the_form_asks_gently_for_a_shorter_title_and_still_saves(
    store: Store, clock: FixedClock
) -> None:
    title = "Cut deploy time from 40 to 12 minutes. " * 52
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        screen = app.screen
        screen.query_one("#title", TextArea).text = title
        await wait_until(
            pilot,
            lambda: (
                "one or two sentences"
                in " ".join(str(screen.query_one("#coach-hints").render()).split())
            ),
        )

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(store.wins()))

    [saved] = store.wins()
    assert saved.title == title
