"""The pitch check leads with what costs the case most and says how much follows;
the command line warns of a direction that contradicts the stated change; long
notes show how they begin once the cursor leaves them."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from textual.pilot import Pilot
from textual.widgets import Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Reading,
    Stage,
    add_note,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.domain.pitch import (
    FlagKind,
    InitiativeFacts,
    PitchFlag,
    by_cost,
    check_pitch,
)
from careerclimb_tui.domain.records import Measure
from careerclimb_tui.screens.manager_record import RecordConversationScreen
from careerclimb_tui.screens.peer_form import PeerFormScreen
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from tests.helpers import make_app, run_app, type_text, wait_until

TODAY = dt.date(2026, 11, 18)

DEPLOYS = InitiativeFacts(
    id=7,
    title="Deploys fail one time in five",
    fix="Moved migrations out of the deploy",
    measure=Measure(before=20, after=2, unit="%", label="failed deploys"),
    agreed=("platform team",),
    has_result=True,
    driven=True,
    measured_from=TODAY,
    measured_to=TODAY,
)
"""An initiative whose before → after was read on one day only."""


# --- the check's order -----------------------------------------------------------


def flag(kind: FlagKind, excerpt: str = "") -> PitchFlag:
    return PitchFlag(kind, excerpt, "")


@pytest.mark.parametrize(
    ("found", "ordered"),
    [
        (
            [FlagKind.ACTIVITY, FlagKind.EARLY_RESULT],
            [FlagKind.EARLY_RESULT, FlagKind.ACTIVITY],
        ),
        (
            [FlagKind.ACTIVITY, FlagKind.UNRECORDED, FlagKind.UNMEASURED],
            [FlagKind.UNRECORDED, FlagKind.UNMEASURED, FlagKind.ACTIVITY],
        ),
        (
            [FlagKind.TOO_LONG, FlagKind.NOT_NOTICED, FlagKind.PEER_COULD],
            [FlagKind.PEER_COULD, FlagKind.NOT_NOTICED, FlagKind.TOO_LONG],
        ),
        (
            [FlagKind.ACTIVITY, FlagKind.TOO_LONG],
            [FlagKind.TOO_LONG, FlagKind.ACTIVITY],
        ),
        (
            [FlagKind.EARLY_RESULT, FlagKind.PEER_COULD, FlagKind.UNRECORDED],
            [FlagKind.UNRECORDED, FlagKind.PEER_COULD, FlagKind.EARLY_RESULT],
        ),
    ],
)
def test_a_missing_or_contradicted_fact_comes_before_a_wording_hint(
    found: list[FlagKind], ordered: list[FlagKind]
) -> None:
    assert [f.kind for f in by_cost(flag(kind) for kind in found)] == ordered


def test_findings_of_one_kind_keep_the_order_of_the_text() -> None:
    first, second = flag(FlagKind.ACTIVITY, "first"), flag(FlagKind.ACTIVITY, "2nd")

    ordered = by_cost([second, flag(FlagKind.UNMEASURED), first])

    assert [f.excerpt for f in ordered] == ["", "2nd", "first"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "I worked on the docs. Failed deploys went from 20% to 2%.",
            [FlagKind.EARLY_RESULT, FlagKind.NOT_NOTICED, FlagKind.ACTIVITY],
        ),
        (
            "I worked on the docs. Failed deploys went from 20% to 2%. "
            "Reviewed 300 PRs.",
            [
                FlagKind.UNRECORDED,
                FlagKind.EARLY_RESULT,
                FlagKind.NOT_NOTICED,
                FlagKind.ACTIVITY,
                FlagKind.ACTIVITY,
            ],
        ),
        (
            "I worked on the docs. Deploys got much faster.",
            [FlagKind.UNMEASURED, FlagKind.NOT_NOTICED, FlagKind.ACTIVITY],
        ),
    ],
)
def test_the_check_lists_what_costs_the_case_most_first(
    text: str, kinds: list[FlagKind]
) -> None:
    assert [f.kind for f in check_pitch(text, [], [], [DEPLOYS])] == kinds


async def test_an_added_activity_line_leaves_the_early_result_first_and_counted(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    initiative = start_initiative("Deploys fail one time in five", now)
    initiative = initiative.with_changes(
        proposed_fix="Moved migrations out of the deploy",
        metric="failed deploys",
        better="lower",
    )
    initiative = add_reading(initiative, Reading(20, "%", clock.today()), now)
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        initiative = advance(initiative, stage, now)
    initiative = add_reading(initiative, Reading(2, "%", clock.today()), now)
    save_initiative(store, initiative)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        screen = app.screen
        assert isinstance(screen, PitchScreen)
        shown = screen.query_one("#pitch-flags", Static)
        title = screen.query_one("#pitch-check-title", Static)

        await pilot.press("ctrl+end", "enter", "enter", *"I worked on the docs.")
        await wait_until(pilot, lambda: "Reads as activity" in str(shown.render()))
        await pilot.pause()

        lines = str(shown.render()).split("\n▲ ")
        assert "so far measured only on 18 Nov 2026" in lines[0]
        assert any("Reads as activity" in line for line in lines[1:])
        count = str(shown.render()).count("▲ ")
        assert count >= 3
        assert str(title.render()) == f"How a committee reads it · {count} findings"
        coach = screen.query_one("#pitch-coach").region
        assert coach.contains(shown.region.x, shown.region.y)
        assert coach.contains(title.region.x, title.region.y)


# --- the command line's reading ---------------------------------------------------


def save_checked(store: Store, clock: FixedClock, said: str) -> None:
    """A problem being driven whose up-front check said ``said`` would change."""
    now = clock.now()
    note = catalogue.PROBLEM_CHECK_NOTE_CHANGE.format(text=said)
    initiative = add_note(start_initiative("Flaky tests", now), note, now)
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING):
        initiative = advance(initiative, stage, now)
    save_initiative(store, initiative)


def measure(clock: FixedClock, better: str, *more: str) -> tuple[int, str]:
    out = io.StringIO()
    argv = ["problem", "measure", "1", "20", "--unit", "%", "--better", better]
    code = main([*argv, "--metric", "CI red-run rate", *more], clock=clock, out=out)
    return code, out.getvalue()


def test_a_reading_against_the_stated_change_is_saved_with_a_warning(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    save_checked(store, clock, "CI red-run rate: 20% -> 2%")

    code, out = measure(clock, "higher")

    assert code == 0
    assert out.startswith("Baseline for problem #1: 20%")
    error = " ".join(capsys.readouterr().err.split())
    assert error.startswith("warning: You chose “higher is better”")
    assert "“CI red-run rate: 20% -> 2%”, so lower is better" in error
    assert "`careerclimb problem measure 1 NUMBER --better lower`." in error
    [saved] = initiatives(Store(store.path))
    assert saved.better == "higher"
    assert saved.baseline is not None and saved.baseline.value == 20


def test_a_direction_that_agrees_with_the_stated_change_is_not_warned_of(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    save_checked(store, clock, "CI red-run rate: 20% -> 2%")

    code, out = measure(clock, "lower", "--json")

    assert code == 0
    assert json.loads(out)
    assert capsys.readouterr().err == ""


def test_the_warning_leaves_json_output_whole(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    save_checked(store, clock, "CI red-run rate: 20% -> 2%")

    code, out = measure(clock, "higher", "--json")

    assert code == 0
    assert json.loads(out)
    assert capsys.readouterr().err.startswith("warning: You chose")


# --- long notes once left ----------------------------------------------------------

LONG = (
    "Added runbook links to every alert so on-call engineers reach the right "
    "page at once; the on-call engineer now finds the failing service in "
    "minutes, and the payments team asked for the same links on their alerts"
)


def shown(area: TextArea) -> list[str]:
    """The lines of the field as the screen shows them, without trailing blanks."""
    return [area.render_line(y).text.strip() for y in range(area.size.height)]


def starts(area: TextArea) -> bool:
    """Whether the field shows the long text's opening words on its first line."""
    lines = shown(area)
    return bool(lines) and lines[0].startswith("Added runbook links")


async def leave_after_typing(
    pilot: Pilot[None], area: TextArea, text: str, key: str
) -> None:
    """Type ``text`` into ``area``, see its start scrolled away, then press ``key``."""
    area.focus()
    await type_text(pilot, text)
    await wait_until(pilot, lambda: not starts(area))

    await pilot.press(key)

    assert pilot.app.focused is not area


async def test_the_peer_forms_advice_shows_its_start_once_left(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        await app.run_action("open('peers')")
        await pilot.press("n")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, PeerFormScreen)
                and bool(app.screen.query("#advice"))
            ),
        )
        advice = app.screen.query_one("#advice", TextArea)

        await leave_after_typing(pilot, advice, LONG, "tab")

        await wait_until(pilot, lambda: starts(advice))


async def test_the_conversation_notes_show_their_first_line_once_left(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    notes = "\n".join([LONG, *(f"Said point {n}" for n in range(2, 12))])
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("m", "n")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, RecordConversationScreen)
                and bool(app.screen.query("#talk-notes"))
            ),
        )
        area = app.screen.query_one("#talk-notes", TextArea)

        await leave_after_typing(pilot, area, notes, "shift+tab")

        await wait_until(pilot, lambda: starts(area))
        # Coming back shows where the cursor was left, on the last note.
        area.focus()
        await wait_until(pilot, lambda: shown(area)[-1] == "Said point 11")
        assert area.cursor_location == area.document.end
