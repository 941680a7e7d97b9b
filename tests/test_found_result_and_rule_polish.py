"""What the user found is asked for as a finding and told only as one; the pitch
goes on in small letters after "The result:" and "Who gained:"; the rule that
ends a rehearsal keeps the screen's side margins.
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Input, Label

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import start_initiative
from careerclimb_tui.domain.pitch import (
    InitiativeFacts,
    Part,
    build_pitch,
    reads_as_source,
)
from careerclimb_tui.domain.records import FRAMING_IMPACT, Measure, Win
from careerclimb_tui.screens.manager_rehearsal import RehearsalScreen
from careerclimb_tui.screens.problem_dialogs import DetailsDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, wait_until

TODAY = dt.date(2026, 11, 18)


# --- what the user found ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("CI dashboard, Oct 2026", True),
        ("Jira export", True),
        ("2026 incident log", True),
        ("12 Oct CI data", True),
        ("postmortems from Q3", True),
        ("merges wait 40 minutes on average, 3 weeks of CI data", False),
        ("30% of PRs need a rerun", False),
        ("Half the deploys fail on the first try", False),
        ("Most flakes traced to one shared fixture", False),
        ("on-call: 12 pages a week", False),
        ("", False),
    ],
)
def test_a_bare_source_is_told_apart_from_a_finding(text: str, source: bool) -> None:
    assert reads_as_source(text) is source


def initiative(evidence: str) -> InitiativeFacts:
    return InitiativeFacts(
        id=3,
        title="Merges wait on a slow CI",
        evidence=evidence,
        fix="Cached the dependencies",
        measure=Measure(before=40, after=12, unit="minutes", label="merge wait"),
        has_result=True,
        driven=True,
    )


@pytest.mark.parametrize(
    ("evidence", "told"),
    [
        ("CI dashboard, Oct 2026", None),
        (
            "Merges wait 40 minutes on average, 3 weeks of CI data",
            "What I found: merges wait 40 minutes on average, 3 weeks of CI data.",
        ),
    ],
)
def test_the_pitch_tells_only_a_finding_as_what_was_found(
    evidence: str, told: str | None
) -> None:
    draft = build_pitch([], [], [initiative(evidence)], TODAY)

    if told is None:
        assert catalogue.PITCH_LEAD_INSIGHT.split(":")[0] not in draft.text
        assert Part.INSIGHT in draft.missing
    else:
        assert told in draft.text
        assert Part.INSIGHT not in draft.missing


async def test_the_details_ask_what_was_found_with_a_finding_as_example(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, start_initiative("Slow merges", clock.now()))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "p")
        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, DetailsDialog))
        labels = [str(label.content) for label in app.screen.query(Label)]
        field = app.screen.query_one("#field-evidence")
        placeholder = str(getattr(field, "placeholder"))

    assert "What you found (the evidence the problem is real)" in labels
    assert placeholder == ("e.g. merges wait 40 minutes on average, 3 weeks of CI data")


# --- after a colon ----------------------------------------------------------------


def win(title: str, what_changed: str, beneficiaries: str = "") -> Win:
    return Win(
        id=1,
        title=title,
        date=TODAY,
        what_changed=what_changed,
        beneficiaries=beneficiaries,
        framing=FRAMING_IMPACT,
    )


@pytest.mark.parametrize(
    ("logged", "said"),
    [
        (
            win(
                "Quarantined the flaky tests",
                "The PRs needing a rerun went from 30% to 4%",
            ),
            "The result: the PRs needing a rerun went from 30% to 4%.",
        ),
        (
            win("Quarantined the flaky tests", "Reruns fell from 30% to 4%"),
            "The result: reruns fell from 30% to 4%.",
        ),
        (
            win("Quarantined the flaky tests", "CI reruns fell from 30% to 4%"),
            "The result: CI reruns fell from 30% to 4%.",
        ),
        (
            win(
                "Moved migrations out of the deploy",
                "Deploys no longer fail",
                "The support team",
            ),
            "Who gained: the support team.",
        ),
    ],
)
def test_the_result_and_who_gained_go_on_in_small_letters(
    logged: Win, said: str
) -> None:
    draft = build_pitch([logged], [], [], TODAY)

    assert said in draft.text


# --- the end of a rehearsal -------------------------------------------------------


async def test_the_rule_after_the_meeting_keeps_the_screens_margins(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=4))
        await pilot.pause()
        await pilot.press("s")
        box = app.screen.query_one("#say-box")
        await wait_until(pilot, lambda: box.region.width > 0)
        talking = box.region
        for line in (
            "What would I need to demonstrate, specifically, for senior in March?",
            "Can you give me an example of the kind of work that would count?",
            "Let's check in on this in two weeks.",
            "That's all from me, thanks.",
        ):
            app.screen.query_one("#say", Input).value = line
            await pilot.press("enter")
        # The rule is drawn by the first layout after the meeting ends.
        await wait_until(pilot, lambda: box.has_class("over") and box.region != talking)
        title = app.screen.query_one("#rehearsal-title")
        ruled, text = box.region, title.region

    assert box.border_title == f" {catalogue.MANAGER_REHEARSE_OVER_TITLE} "
    assert ruled.x == text.x == 2
    assert ruled.right == text.right == 78
