"""Owning a next-level problem, driven by keyboard and checked on disk.

From the questionnaire to a chosen problem, through every stage with a baseline
and two readings, to a logged result win; the one-problem rule, the up-front
check, the proposal and its export, the home note, the store's documents and
``careerclimb problem`` on the command line.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Input, Select, SelectionList, Static, TextArea

# Not exported by textual.widgets, but it is the widget the footer draws a key with.
from textual.widgets._footer import FooterKey

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo, seed_problem_demo
from careerclimb_tui.domain.initiative import (
    FORWARD,
    Initiative,
    Reading,
    Stage,
    Stakeholders,
    add_note,
    add_reading,
    advance,
    draft_proposal,
    link_win,
    start_initiative,
)
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.home_lines import problem_line
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.initiative import FOOTER_KEYS, InitiativeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.problem_catalog import ProblemCatalogScreen
from careerclimb_tui.screens.problem_check import CandidateCheckScreen
from careerclimb_tui.screens.problem_dialogs import (
    ActiveInitiativeDialog,
    ExportDialog,
    FormDialog,
    ReadingDialog,
    StageDialog,
)
from careerclimb_tui.screens.problem_finder import ProblemFinderScreen
from careerclimb_tui.screens.problem_hub import ProblemHubScreen
from careerclimb_tui.screens.problem_proposal import ProposalScreen, missing_text
from careerclimb_tui.store import Store
from careerclimb_tui.store.convert import UnreadableRecord
from careerclimb_tui.store.initiative_docs import (
    INITIATIVES,
    initiative_from_json,
    initiative_to_json,
    initiatives,
    proposal_draft,
    save_initiative,
)
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.text import markup_safe
from tests.helpers import home_read, make_app, save_driving, wait_until

ANSWERS = (
    "Deploys wait for the one person who knows the release checklist",
    "",
    "",
    "",
    "",
    "Every release is a manual checklist",
)


async def enter_text(pilot: Pilot[None], text: str) -> None:
    """Put text into the focused field as one paste-like edit, then let it settle.

    Typing key by key would test Textual's keyboard handling, not this feature,
    and takes far longer.
    """
    focused = pilot.app.focused
    if isinstance(focused, Input):
        focused.insert_text_at_cursor(text)
    elif isinstance(focused, TextArea):
        focused.insert(text)
    else:
        raise AssertionError(f"no text field has focus: {focused!r}")
    await pilot.pause()


def stored(store: Store) -> list[Initiative]:
    """The initiatives as a fresh reader of the file sees them."""
    return initiatives(Store(store.path, clock=store.clock))


async def fill_dialog(pilot: Pilot[None], **values: str) -> None:
    """Type into the open form dialog's fields, in order, by keyboard."""
    dialog = pilot.app.screen
    assert isinstance(dialog, FormDialog)
    for name, text in values.items():
        widget = dialog.query_one(f"#field-{name}")
        widget.focus()
        await pilot.pause()
        if isinstance(widget, Input):
            widget.value = ""
            await enter_text(pilot, text)
        elif isinstance(widget, Select):
            widget.value = text
        elif isinstance(widget, TextArea):
            widget.load_text("")
            await enter_text(pilot, text)


async def save_dialog(pilot: Pilot[None], screen_type: type) -> None:
    """Save the open dialog and wait until its screen is back and saved."""
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, screen_type))
    await pilot.pause()


async def move_on(pilot: Pilot[None], note: str, next_step: str = "") -> None:
    """Press a on the tracker and confirm the move with a note."""
    await pilot.press("a")
    assert isinstance(pilot.app.screen, StageDialog)
    fields = {"note": note}
    if next_step:
        fields["next_step"] = next_step
    await fill_dialog(pilot, **fields)
    await pilot.press("ctrl+s")
    await pilot.pause()


def shown_text(widget: Static) -> str:
    """What a Static shows, with its markup applied."""
    return Content.from_markup(str(widget.content)).plain


def tracker_of(pilot: Pilot[None]) -> InitiativeScreen:
    screen = pilot.app.screen
    assert isinstance(screen, InitiativeScreen)
    return screen


def tracked(pilot: Pilot[None]) -> Initiative:
    """The initiative the tracker on top shows."""
    initiative = tracker_of(pilot).initiative
    assert initiative is not None
    return initiative


# --- the whole journey ------------------------------------------------------------


async def test_questionnaire_to_a_measured_problem_and_its_result_win(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o")
        assert isinstance(app.screen, ProblemHubScreen)

        # The questionnaire: six questions, the last Enter opens the ranking.
        await pilot.press("f")
        finder = app.screen
        assert isinstance(finder, ProblemFinderScreen)
        for answer in ANSWERS:
            await enter_text(pilot, answer)
            await pilot.press("enter")
        catalog = app.screen
        assert isinstance(catalog, ProblemCatalogScreen)
        best = catalog.ranked[0]
        assert best.entry.id == "slow-deploys"
        assert "checklist" in best.reason and "release" in best.reason
        shown = str(catalog.query_one("#entry-text", Static).content)
        assert "You mentioned:" in shown and "deploys/week" in shown

        # The four questions up front, answered as next-level work.
        await pilot.press("t")
        check = app.screen
        assert isinstance(check, CandidateCheckScreen)
        await pilot.press("shift+tab")
        await enter_text(pilot, "Releases wait days for one person.")
        await pilot.press("tab", "n", "y")
        await enter_text(pilot, "Lead time from days to hours")
        await pilot.press("enter")
        await enter_text(pilot, "Support and the product manager")
        verdict = str(check.query_one("#check-verdict", Static).content)
        assert catalogue.CHECK_VERDICT_NEXT in verdict
        # Enter in the last answer shows the verdict; Ctrl+S starts tracking.
        await pilot.press("enter", "ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))

        [started] = stored(store)
        assert started.problem_id == "slow-deploys"
        assert started.stage is Stage.SPOTTED
        assert started.description == "Releases wait days for one person."
        assert "Lead time from days to hours" in started.notes[0].text
        assert started.next_step.startswith("Time the path from merge")

        # The baseline, with what is measured and which way is better.
        await pilot.press("m")
        await fill_dialog(
            pilot,
            metric="Lead time for changes",
            better="lower",
            value="48",
            unit="hours",
            date="2026-10-01",
            source="deploy log",
        )
        await save_dialog(pilot, InitiativeScreen)
        await wait_until(pilot, lambda: tracked(pilot).baseline is not None)

        await move_on(pilot, "Sent the proposal to the tech lead", "Get a yes")
        await move_on(pilot, "Tech lead and EM agreed")
        # Nobody is recorded as agreeing, so leaving buy-in asks first.
        await pilot.press("a")
        asked = pilot.app.screen
        assert isinstance(asked, ConfirmDialog)
        assert catalogue.INITIATIVE_UNDONE_NOBODY_AGREED in asked.question
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, StageDialog))
        await fill_dialog(pilot, note="Building the pipeline change")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await move_on(pilot, "Pipeline live")
        # Measuring with only the baseline has no result to log yet.
        await wait_until(pilot, lambda: tracked(pilot).stage is Stage.MEASURING)
        await pilot.pause()
        assert isinstance(app.screen, InitiativeScreen)
        assert _question(pilot) == ""

        # Better readings four weeks apart or more: the result held.
        for value, day in (("30", "2026-10-20"), ("20", "2026-11-18")):
            await pilot.press("m")
            await fill_dialog(pilot, value=value, date=day)
            await save_dialog(pilot, InitiativeScreen)
        await wait_until(pilot, lambda: len(tracked(pilot).readings) == 2)
        measure = shown_text(tracker_of(pilot).query_one("#tracker-measure", Static))
        assert "48 → 20 hours" in measure and "better" in measure

        await move_on(pilot, "Lead time holds at under a day")
        await wait_until(pilot, lambda: "Log the result" in _question(pilot))
        await pilot.press("y")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        assert form.query_one("#before", Input).value == "48"
        assert form.query_one("#after", Input).value == "20"
        # What the check expected is asked about, not filled in as fact.
        noticed = form.query_one("#noticed", Input)
        assert noticed.value == ""
        assert str(form.query_one("#noticed-hint", Static).content) == (
            "Did support and the product manager notice? Name who did."
        )
        noticed.value = "Support"
        drafted = form.query_one("#title", TextArea).text
        assert drafted == "Cut the lead time for changes from 48 to 20 hours"
        form.query_one("#changed", TextArea).load_text(
            "Changes reach production the same day instead of two days later."
        )
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(tracked(pilot).win_ids))

    [done] = stored(store)
    assert done.stage is Stage.DONE
    assert [c.stage for c in done.history] == [
        Stage.SPOTTED,
        Stage.PROPOSED,
        Stage.BUY_IN,
        Stage.DRIVING,
        Stage.MEASURING,
        Stage.DONE,
    ]
    assert done.history[1].note == "Sent the proposal to the tech lead"
    assert (done.metric, done.better) == ("Lead time for changes", "lower")
    assert done.baseline == Reading(48, "hours", dt.date(2026, 10, 1), "deploy log")
    assert [(r.value, r.date) for r in done.readings] == [
        (30, dt.date(2026, 10, 20)),
        (20, dt.date(2026, 11, 18)),
    ]
    assert all(r.unit == "hours" for r in done.readings)
    [win] = Store(store.path, clock=clock).wins()
    assert done.win_ids == (win.id,)
    assert win.title == "Cut the lead time for changes from 48 to 20 hours"
    assert win.measure is not None
    assert (win.measure.before, win.measure.after, win.measure.unit) == (
        48,
        20,
        "hours",
    )
    assert win.measure.label == "Lead time for changes"
    assert win.what_changed.startswith("Changes reach production")
    # Who noticed is what the user answered, not what the check expected;
    # nobody is filed as having benefited; ownership alone is offered ticked.
    assert (win.beneficiaries, win.noticed_by) == ("", "Support")
    assert win.dimensions == ("ownership_initiative",)


def _question(pilot: Pilot[None]) -> str:
    """The question of the confirmation on top, if one is open."""
    screen = pilot.app.screen
    question = getattr(screen, "question", "")
    return question if isinstance(question, str) else ""


async def test_a_finished_problem_with_its_result_logged_asks_for_no_second_win(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    measuring = driving(store, clock, "Flaky tests everyone reruns")
    measuring = advance(measuring, Stage.MEASURING, now)
    # The 3% has held four weeks since the fix.
    for value, days_ago in ((20, 35), (3, 28), (3, 0)):
        day = clock.today() - dt.timedelta(days=days_ago)
        measuring = add_reading(measuring, Reading(value, "%", day), now)
    logged = store.add_win(
        Win(
            "Cut the flaky-test rate from 20% to 3%",
            clock.today(),
            measure=Measure(20, 3, "%", "Flaky-test rate"),
        )
    )
    assert logged.id is not None
    save_initiative(store, link_win(measuring, logged.id, now))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o", "enter")
        assert isinstance(app.screen, InitiativeScreen)
        await move_on(pilot, "The rate holds at 3%")
        await wait_until(pilot, lambda: tracked(pilot).stage is Stage.DONE)
        await pilot.pause()

        assert isinstance(app.screen, InitiativeScreen), "no second offer"
        alert = shown_text(tracker_of(pilot).query_one("#tracker-alert", Static))
        assert alert == catalogue.PROBLEM_DONE_WITH_WIN
        assert "press w" not in alert


async def test_the_result_win_is_labelled_with_the_measure_the_baseline_showed(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        saved = driving(store, clock, "Flaky tests everyone reruns")
        saved = save_initiative(
            store, saved.with_changes(problem_id="flaky-tests", metric="")
        )
        await pilot.press("o", "enter")
        assert isinstance(app.screen, InitiativeScreen)
        entry = tracker_of(pilot).entry
        assert entry is not None, "the problem comes from the catalogue"
        # The baseline form shows the catalogue's measure; the user keeps it.
        await pilot.press("m")
        await fill_dialog(pilot, value="20", unit="%")
        await save_dialog(pilot, InitiativeScreen)
        await move_on(pilot, "Quarantine live")
        await pilot.press("m")
        await fill_dialog(pilot, value="3")
        await save_dialog(pilot, InitiativeScreen)
        await wait_until(pilot, lambda: len(tracked(pilot).readings) == 1)
        await pilot.press("w")
        form = app.screen
        assert isinstance(form, LogWinScreen)

        assert form.query_one("#metric", Input).value == entry.measures[0].name
        assert form.query_one("#before", Input).value == "20"


async def test_the_result_win_form_asks_whether_the_expected_people_noticed(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    initiative = start_initiative("CI takes too long", now, problem_id="slow-ci")
    initiative = add_note(
        initiative, "Would be noticed by: Mobile and payments teams.", now
    )
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING):
        initiative = advance(initiative, stage, now)
    initiative = initiative.with_changes(
        metric="CI pipeline duration",
        stakeholders=Stakeholders(other_teams=("platform team",)),
    )
    for value in (40, 12):
        initiative = add_reading(
            initiative, Reading(value, "minutes", clock.today()), now
        )
    save_initiative(store, initiative)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter")
        await move_on(pilot, "The pipeline change is live")
        await wait_until(pilot, lambda: "Log the result" in _question(pilot))
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        assert isinstance(form, LogWinScreen)

        benefited = form.query_one("#beneficiaries", Input)
        noticed = form.query_one("#noticed", Input)
        # The other team involved took part, which is not gaining: who
        # benefited starts empty, the team named under it; who noticed too,
        # the check's expectation only a hint.
        assert (benefited.value, noticed.value) == ("", "")
        assert str(form.query_one("#beneficiaries-hint", Static).content) == (
            "The team involved was platform team. Who gained from the result?"
        )
        assert str(form.query_one("#noticed-hint", Static).content) == (
            "Did mobile and payments teams or the platform team notice? Name who did."
        )
        ticked = form.query_one("#dimensions", SelectionList).selected
        assert ticked == ["ownership_initiative"]
        title = form.query_one("#title", TextArea).text
        assert title == "Cut the CI pipeline duration from 40 to 12 minutes"


# --- one problem at a time --------------------------------------------------------


def driving(store: Store, clock: FixedClock, title: str = "Cut CI time") -> Initiative:
    """A stored initiative at the driving stage."""
    return save_driving(store, clock, title)


async def start_own_problem(pilot: Pilot[None], title: str) -> None:
    """From the hub, while another is driven, describe an own problem and ask to
    track it."""
    from careerclimb_tui.widgets.confirm import ConfirmDialog

    await pilot.press("w")
    # Told before typing anything that another problem is in progress.
    assert isinstance(pilot.app.screen, ConfirmDialog)
    await pilot.press("y")
    assert isinstance(pilot.app.screen, CandidateCheckScreen)
    await enter_text(pilot, title)
    await pilot.press("tab", "tab", "n", "y")
    await enter_text(pilot, "Pages per week from 40 to 10")
    await pilot.press("enter")
    await enter_text(pilot, "The SRE team")
    await pilot.press("enter", "ctrl+s")


async def test_starting_a_second_problem_asks_about_the_first_and_can_pause_it(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    first = driving(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o")
        await start_own_problem(pilot, "On-call pages for alerts that need nothing")
        await wait_until(pilot, lambda: isinstance(app.screen, ActiveInitiativeDialog))
        assert "Cut CI time" in str(app.screen.query_one(Static).content) or any(
            "Cut CI time" in str(s.content) for s in app.screen.query(Static)
        )
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))

    paused, second = stored(store)
    assert paused.id == first.id and paused.stage is Stage.PAUSED
    assert second.title == "On-call pages for alerts that need nothing"
    assert second.is_active and second.problem_id is None


async def test_the_first_problem_stays_on_cancel_and_drops_only_with_a_reason(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    driving(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o")
        await start_own_problem(pilot, "Noisy on-call")
        await wait_until(pilot, lambda: isinstance(app.screen, ActiveInitiativeDialog))
        dialog = app.screen
        assert isinstance(dialog, ActiveInitiativeDialog)
        assert not dialog.query("#done"), "done is offered only from measuring"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CandidateCheckScreen)
        [only] = stored(store)
        assert only.stage is Stage.DRIVING, "cancelling changes nothing"

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ActiveInitiativeDialog))
        await pilot.press("x")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        await pilot.press("ctrl+s")
        await pilot.pause()
        drop = app.screen
        assert isinstance(drop, StageDialog), "no reason, no drop"
        error = str(drop.query_one("#dialog-error", Static).content)
        assert error == catalogue.INITIATIVE_DROP_NEEDS_REASON
        await enter_text(pilot, "The platform team took it over")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))

    dropped, second = stored(store)
    assert dropped.stage is Stage.DROPPED
    assert dropped.dropped_reason == "The platform team took it over"
    assert second.title == "Noisy on-call"


async def test_a_problem_not_yet_measured_is_not_offered_as_done(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, empty_at(Stage.SPOTTED, clock.now()))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await start_own_problem(pilot, "Noisy on-call")
        await wait_until(pilot, lambda: isinstance(app.screen, ActiveInitiativeDialog))
        dialog = app.screen
        await wait_until(pilot, lambda: bool(dialog.query(FooterKey)))
        footer = {key.description for key in dialog.query(FooterKey)}
        await pilot.press("d")
        await pilot.pause()
        still_asking = app.screen is dialog

    assert "Done" not in footer
    assert {"Pause it", "Drop it", "Cancel"} <= footer
    assert still_asking
    [only] = stored(store)
    assert only.stage is Stage.SPOTTED


# --- the up-front check ------------------------------------------------------------


async def test_the_check_says_plainly_when_it_looks_like_current_level_work(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o", "w")
        check = app.screen
        assert isinstance(check, CandidateCheckScreen)
        waiting = str(check.query_one("#check-verdict", Static).content)
        assert waiting == catalogue.PROBLEM_CHECK_WAITING
        await enter_text(pilot, "Fix the login bug I was given")

        # Unanswered questions: nothing starts, the first open one gets focus.
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CandidateCheckScreen)
        assert check.focused is check.query_one("#check-peer")

        await pilot.press("y", "n")
        verdict = str(check.query_one("#check-verdict", Static).content)
        assert catalogue.CHECK_VERDICT_CURRENT in verdict
        assert catalogue.CHECK_REASON_PEER in verdict
        assert catalogue.CHECK_REASON_ASSIGNED in verdict
        assert check.query_one("#check-panel").has_class("verdict-current")

        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "current-level work" in _question(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, CandidateCheckScreen)
    assert stored(store) == []


# --- notes, people, pausing -------------------------------------------------------


async def test_notes_people_wins_and_a_pause_are_kept_with_the_problem(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    older = store.add_win(Win("Wrote the caching RFC", dt.date(2026, 11, 2)))
    newer = store.add_win(Win("Warmed the cache in staging", dt.date(2026, 11, 16)))
    saved = driving(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o", "enter")
        assert isinstance(app.screen, InitiativeScreen)
        await pilot.press("n")
        await fill_dialog(
            pilot, note="Cache warmed in [staging] first", next_step="Roll out"
        )
        await save_dialog(pilot, InitiativeScreen)
        await pilot.press("k")
        await fill_dialog(
            pilot,
            to_agree="Tech lead, EM",
            agreed="Tech lead",
            helped="Lee",
            other_teams="platform team; data team",
        )
        await save_dialog(pilot, InitiativeScreen)
        # Newest win first: link the newer one, leave the older one alone.
        await pilot.press("l", "space", "ctrl+s")
        await wait_until(pilot, lambda: tracked(pilot).win_ids == (newer.id,))
        await pilot.press("u")
        await fill_dialog(pilot, note="On leave for two weeks")
        await save_dialog(pilot, InitiativeScreen)
        await wait_until(pilot, lambda: tracked(pilot).stage is Stage.PAUSED)
        log = shown_text(tracker_of(pilot).query_one("#tracker-log", Static))
        assert "Cache warmed in [staging] first" in log, "brackets are shown as typed"

    [kept] = stored(store)
    assert kept.id == saved.id
    assert [n.text for n in kept.notes] == ["Cache warmed in [staging] first"]
    assert kept.notes[0].stage is Stage.DRIVING
    assert kept.next_step == "Roll out"
    assert kept.stakeholders == Stakeholders(
        to_agree=("Tech lead", "EM"),
        agreed=("Tech lead",),
        helped=("Lee",),
        other_teams=("platform team", "data team"),
    )
    assert kept.stage is Stage.PAUSED
    assert kept.history[-1].note == "On leave for two weeks"
    assert kept.win_ids == (newer.id,) and older.id not in kept.win_ids


async def test_a_reading_in_another_unit_is_refused_and_the_dialog_stays(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    initiative = driving(store, clock)
    save_initiative(
        store,
        add_reading(initiative, Reading(12, "minutes", clock.today()), clock.now()),
    )
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o", "enter", "m")
        await fill_dialog(pilot, value="9", unit="hours")
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FormDialog)
        error = str(dialog.query_one("#dialog-error", Static).content)
        assert "minutes" in error and "hours" in error
    [kept] = stored(store)
    assert kept.readings == ()


# --- the proposal -----------------------------------------------------------------

_PAGE_KEY = re.compile(r"\b([a-z]) on the problem's page|\bCtrl\+([A-Z])\b")


def keys_for_the_problem_page(text: str) -> set[str]:
    """The keys a proposal's text sends the user to press on the problem's page."""
    found: set[str] = set()
    for place in text.split(";"):
        if "problem's page" in place:
            for key, ctrl in _PAGE_KEY.findall(place):
                found.add(key or f"ctrl+{ctrl.lower()}")
    return found


def empty_at(stage: Stage, now: dt.datetime) -> Initiative:
    """A problem moved to ``stage`` with nobody recorded around it."""
    problem = start_initiative("Builds are rerun all the time", now)
    path = FORWARD[1 : FORWARD.index(stage) + 1] if stage in FORWARD else ()
    if stage in (Stage.PAUSED, Stage.DROPPED):
        path = (Stage.PROPOSED, stage)
    for target in path:
        problem = advance(problem, target, now, "Replaced by the new pipeline")
    return problem


@pytest.mark.parametrize("stage", list(Stage), ids=lambda s: s.value)
def test_the_proposal_names_only_keys_the_problem_page_footer_shows(
    stage: Stage, clock: FixedClock
) -> None:
    problem = empty_at(stage, clock.now())

    text = missing_text(draft_proposal(problem, None), stage)
    keys = keys_for_the_problem_page(text)

    assert "Who needs to agree" in text
    assert keys, text
    assert keys <= {*FOOTER_KEYS[stage], "ctrl+p"}, text
    if stage in (Stage.SPOTTED, Stage.PROPOSED):
        assert keys == {"k"}


async def test_a_spotted_problem_shows_the_people_key_its_proposal_names(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    saved = save_initiative(store, empty_at(Stage.SPOTTED, clock.now()))
    assert saved.id is not None
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(InitiativeScreen(saved.id))
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        tracker = app.screen
        await wait_until(pilot, lambda: bool(tracker.query(FooterKey)))
        footer = {key.key_display for key in tracker.query(FooterKey)}
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        await pilot.pause()
        missing = str(app.screen.query_one("#proposal-missing", Static).render())

    assert "k on the problem's page" in missing
    assert keys_for_the_problem_page(missing) <= footer


async def test_the_proposal_is_edited_saved_and_exported_privately(
    store: Store, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    monkeypatch.chdir(tmp_path)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o", "enter", "p")
        proposal = app.screen
        assert isinstance(proposal, ProposalScreen)
        area = proposal.query_one("#proposal-text", TextArea)
        assert area.text.startswith("# Proposal: Releases fail one time in five")
        assert "| 2026-09-16 | 20% | deploy dashboard |" in area.text
        area.insert("<!-- draft 2 -->\n", (0, 0))
        assert proposal.is_dirty()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: not proposal.is_dirty())

        await pilot.press("f3")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        default = dialog.query_one("#field-path", Input).value
        # Beside the other exports, in the home folder, named by title and date.
        assert default.startswith("~/careerclimb-proposal-releases-fail")
        assert default.endswith(f"-{clock.today().isoformat()}.md")
        target = Path(default).expanduser()
        target.parent.mkdir(parents=True, exist_ok=True)
        await pilot.press("enter")
        await wait_until(pilot, target.exists)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert target.read_text(encoding="utf-8") == area.text

        # A second export to the same file asks before replacing it.
        area.insert("Edited again.\n", (1, 0))
        await pilot.press("f3", "enter")
        await wait_until(pilot, lambda: "already exists" in _question(pilot))
        await pilot.press("n")
        await pilot.pause()
        assert "Edited again." not in target.read_text(encoding="utf-8")
        await pilot.press("f3", "enter")
        await wait_until(pilot, lambda: "already exists" in _question(pilot))
        await pilot.press("y")
        await wait_until(
            pilot, lambda: "Edited again." in target.read_text(encoding="utf-8")
        )
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    releases = next(i for i in stored(store) if i.is_active)
    assert releases.id is not None
    draft = proposal_draft(Store(store.path, clock=clock), releases.id)
    assert draft is not None and draft.text.startswith("<!-- draft 2 -->")


async def test_the_proposal_follows_new_details_until_the_text_is_edited(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    driving(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o", "enter", "p")
        proposal = app.screen
        assert isinstance(proposal, ProposalScreen)
        area = proposal.query_one("#proposal-text", TextArea)
        assert catalogue.PROPOSAL_FILL_COST in area.text.replace("\\", "")
        await pilot.press("ctrl+t")
        await fill_dialog(pilot, cost="Two weeks of my time")
        await save_dialog(pilot, ProposalScreen)
        await wait_until(pilot, lambda: "Two weeks of my time" in area.text)
        assert catalogue.PROPOSAL_FILL_COST not in area.text.replace("\\", "")
    [kept] = stored(store)
    assert kept.cost == "Two weeks of my time"


# --- home -------------------------------------------------------------------------


def test_home_note_shows_the_active_problem_and_flags_it_after_three_weeks(
    store: Store, clock: FixedClock
) -> None:
    ladder = load_shelf().ladders["software-engineer"]
    assert problem_line(store, ladder, None, clock.today()) is None

    initiative = driving(store, clock, "Deploys need a babysitter")
    save_initiative(store, initiative.with_changes(next_step="Book the SRE lead"))
    line = problem_line(store, ladder, None, clock.today())
    assert line == (
        "Problem: Deploys need a babysitter · Driving · updated today · "
        "next step: Book the SRE lead · i opens it"
    )

    # A suggested step names the tracker's keys, which mean other things on
    # home: there it is said without them.
    suggested = catalogue.INITIATIVE_STEP_RESULT_HELD
    assert "(a)" in suggested and "(m)" in suggested
    save_initiative(store, initiative.with_changes(next_step=suggested))
    keyless = problem_line(store, ladder, None, clock.today())
    assert keyless is not None
    assert keyless.endswith(
        "next step: The result is logged and has held for four weeks or more: "
        "move to Done, or take another reading · i opens it"
    )

    later = clock.today() + dt.timedelta(days=21)
    stale = problem_line(store, ladder, None, later)
    assert stale is not None
    assert stale.startswith(catalogue.PROBLEM_HOME_STALE_MARK)
    assert "updated 21 days ago" in stale


async def test_problem_screens_fit_small_terminals_and_survive_resizing(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        home = await home_read(pilot)
        notes = shown_text(home.query_one("#home-notes", Static))
        assert "Problem: Releases fail one time in five" in notes
        assert "Measuring" in notes

        for keys in (
            ("o",),
            ("o", "enter"),
            ("o", "enter", "p"),
            ("o", "f"),
            ("o", "c"),
            ("o", "w"),
        ):
            await pilot.press(*keys)
            opened = type(app.screen)
            for size in ((20, 5), (40, 12)):
                await pilot.resize_terminal(*size)
                await pilot.pause()
            assert app.is_running and type(app.screen) is opened
            app.action_go_home()
            await pilot.pause()


# --- the store --------------------------------------------------------------------


def test_an_initiative_survives_the_data_file_whole(
    store: Store, clock: FixedClock
) -> None:
    now = clock.now()
    initiative = start_initiative("Flaky tests", now, problem_id="flaky-tests")
    initiative = add_note(initiative, "31 reruns in two weeks", now)
    initiative = add_reading(initiative, Reading(31, "reruns", clock.today()), now)
    initiative = advance(initiative, Stage.PAUSED, now, "holiday")
    initiative = initiative.with_changes(
        stakeholders=Stakeholders(("EM",), ("EM",), ("Lee",), ("QA",)),
        win_ids=(3, 5),
        better="lower",
        extra={"colour": "teal"},
    )
    saved = save_initiative(store, initiative)

    [read] = stored(store)
    assert read == saved
    assert read.extra == {"colour": "teal"}, "fields of newer versions are kept"
    assert initiative_to_json(read)["colour"] == "teal"
    assert initiative_to_json(read)["stage"] == "paused"


@pytest.mark.parametrize(
    "damage",
    [
        {"stage": "finished"},
        {"title": ""},
        {"baseline": {"value": True, "unit": "%", "date": "2026-01-01"}},
        {"readings": [{"value": 1, "unit": "%", "date": "01/01/2026"}]},
        {"win_ids": ["3"]},
        {"history": [{"stage": "spotted"}]},
        {"stakeholders": {"agreed": "EM"}},
    ],
    ids=["stage", "title", "bool-value", "date", "win-ids", "moment", "people"],
)
def test_a_damaged_initiative_is_reported_not_read(
    damage: dict[str, object], clock: FixedClock
) -> None:
    good = initiative_to_json(start_initiative("Slow CI", clock.now()))
    with pytest.raises(UnreadableRecord):
        initiative_from_json({**good, **damage}, 1)


def test_an_unreadable_initiative_stays_in_the_file_and_is_listed(
    store: Store, clock: FixedClock
) -> None:
    driving(store, clock)
    with store.transaction() as db:
        db.table(INITIATIVES).insert({"title": "x", "stage": "nowhere"})
    found = initiatives(store)
    assert [i.title for i in found] == ["Cut CI time"]
    assert [p.table for p in store.problems] == [INITIATIVES]


def test_markup_in_user_text_is_shown_as_written() -> None:
    for text in ("[WIP] cut deploys", "[b]not bold[/b]", "[$x] and \\[y]"):
        assert Content.from_markup(markup_safe(text)).plain == text


# --- the command line -------------------------------------------------------------


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def test_problem_list_shows_initiatives_apart_from_the_catalogue(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())

    code, text = run(clock, "problem", "list")
    assert code == 0
    yours, catalog = text.split(catalogue.PROBLEM_CLI_CATALOG)
    assert yours.startswith(catalogue.PROBLEM_CLI_YOURS)
    assert "Releases fail one time in five" in yours and "Measuring" in yours
    assert "Dropped" in yours
    assert "↳ Change failure rate 20% → 12%, −8 points, better" in yours
    # Updated as the app says it: in words, never "104d ago".
    assert "104 days ago" in yours and "d ago" not in yours
    assert "slow-deploys" in catalog and "slow-deploys" not in yours

    code, text = run(clock, "problem", "list", "--json")
    listing = json.loads(text)
    assert {i["stage"] for i in listing["initiatives"]} == {"dropped", "measuring"}
    assert "slow-deploys" in {entry["id"] for entry in listing["catalog"]}


def test_problem_log_and_measure_go_through_the_domain(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    saved = driving(store, clock)
    ident = str(saved.id)

    assert (
        run(clock, "problem", "log", ident, "Met the SRE lead", "--next", "RFC")[0] == 0
    )
    code, text = run(
        clock, "problem", "measure", ident, "40", "--unit", "minutes",
        "--date", "2026-11-01", "--source", "CI dashboard",
        "--metric", "CI duration", "--better", "lower",
    )  # fmt: skip
    assert code == 0 and text.startswith("Baseline for problem #")
    code, text = run(clock, "problem", "measure", ident, "25")
    assert code == 0 and "40 → 25 minutes" in text

    code, text = run(clock, "problem", "show", ident, "--json")
    shown = json.loads(text)
    assert shown["notes"][0]["text"] == "Met the SRE lead"
    assert shown["notes"][0]["stage"] == "driving"
    assert shown["next_step"] == "RFC"
    assert shown["baseline"] == {
        "value": 40.0,
        "unit": "minutes",
        "date": "2026-11-01",
        "source": "CI dashboard",
    }
    assert shown["readings"][0]["unit"] == "minutes"
    assert shown["readings"][0]["source"] == "CI dashboard"
    assert shown["change"]["before"] == 40 and shown["change"]["after"] == 25

    code, text = run(clock, "problem", "show", ident)
    assert "Driving · updated today · next step: RFC" in text
    assert "Met the SRE lead" in text


def test_a_reading_without_a_source_keeps_the_last_one_and_says_so(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    store.save_profile(DEMO_PROFILE)
    ident = str(driving(store, clock).id)
    run(
        clock, "problem", "measure", ident, "40", "--unit", "minutes",
        "--date", "2026-11-01", "--source", "CI dashboard",
        "--metric", "CI duration", "--better", "lower",
    )  # fmt: skip
    run(clock, "problem", "measure", ident, "30", "--source", "build dashboard")
    capsys.readouterr()

    code, _ = run(clock, "problem", "measure", ident, "25")
    told = capsys.readouterr().err
    shown = json.loads(run(clock, "problem", "show", ident, "--json")[1])

    assert code == 0
    # The same source the app's reading box opens holding: the latest one named.
    assert shown["readings"][-1]["source"] == "build dashboard"
    assert "source: build dashboard (as before; --source to change)" in told


@pytest.mark.parametrize(
    "argv, message",
    [
        (("problem", "show", "abc"), "“abc” is not a problem id"),
        (("problem", "show", ""), "“” is not a problem id"),
        (("problem", "log", "1", "   "), catalogue.INITIATIVE_EMPTY_NOTE),
        (("problem", "log", "1", ""), catalogue.INITIATIVE_EMPTY_NOTE),
        (("problem", "log", "", "Met the SRE lead"), "is not a problem id"),
        (("problem", "measure", "1", "lots"), "not a number"),
        (("problem", "measure", "1", ""), "A reading needs a number"),
        (("problem", "measure", "1", "5", "--date", "2027-01-01"), "in the future"),
    ],
    ids=[
        "word-id",
        "empty-id",
        "blank-note",
        "empty-note",
        "log-empty-id",
        "not-a-number",
        "empty-reading",
        "future-date",
    ],
)
def test_problem_commands_refuse_bad_input_cleanly(
    store: Store,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    message: str,
) -> None:
    driving(store, clock)
    code, _ = run(clock, *argv)
    assert code == 2, "every mistake in what was typed exits with 2"
    error = capsys.readouterr().err
    assert message in error and "Traceback" not in error


def test_a_reading_in_another_unit_is_refused_on_the_command_line(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    driving(store, clock)
    first = ("--unit", "minutes", "--metric", "CI duration", "--better", "lower")
    assert run(clock, "problem", "measure", "1", "40", *first)[0] == 0
    code, _ = run(clock, "problem", "measure", "1", "1", "--unit", "hours")
    assert code == 2
    assert "use the same unit" in capsys.readouterr().err
    [kept] = stored(store)
    assert kept.readings == ()


def test_the_problem_command_imports_no_textual() -> None:
    script = (
        "import sys\n"
        "import careerclimb_tui.cli_problem\n"
        "import careerclimb_tui.home_lines\n"
        "print(sorted(m for m in sys.modules if m.startswith('textual')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )
    assert result.stdout.strip() == "[]"


def test_every_problem_screen_and_dialog_has_help() -> None:
    names = (
        "ProblemHubScreen",
        "ProblemFinderScreen",
        "ProblemCatalogScreen",
        "CandidateCheckScreen",
        "InitiativeScreen",
        "ProposalScreen",
        "StageDialog",
        "NoteDialog",
        "ReadingDialog",
        "PeopleDialog",
        "DetailsDialog",
        "ExportDialog",
        "ActiveInitiativeDialog",
        "LinkWinsDialog",
    )
    for name in names:
        purpose, method = catalogue.HELP_SCREENS[name]
        assert purpose and method, name


def test_demo_problem_is_linked_to_its_result_win(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    wins: dict[int | None, Win] = {w.id: w for w in store.wins()}
    dropped, releases = initiatives(store)
    assert dropped.stage is Stage.DROPPED and dropped.dropped_reason
    assert releases.stage is Stage.MEASURING
    [win_id] = releases.win_ids
    assert wins[win_id].title.startswith("Found the root cause")


async def test_every_hint_of_the_people_dialog_reads_as_an_example(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.screens.problem_dialogs import PeopleDialog

    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "k")
        await wait_until(pilot, lambda: isinstance(app.screen, PeopleDialog))
        hints = [str(field.placeholder) for field in app.screen.query(Input)]
        assert hints and all(hint.startswith("e.g. ") for hint in hints), hints


async def test_every_hint_of_the_baseline_dialog_reads_as_an_example(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, "CI fails on flaky tests", "flaky-tests")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        hints = [
            str(field.placeholder)
            for field in app.screen.query(Input)
            if field.placeholder
        ]
        assert len(hints) >= 3, hints
        assert all(hint.startswith("e.g. ") for hint in hints), hints


async def test_a_reading_typed_as_a_change_is_worked_out_from_the_baseline(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    initiative = driving(store, clock)
    save_initiative(
        store,
        add_reading(initiative, Reading(12, "minutes", clock.today()), clock.now()),
    )
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o", "enter", "m")
        await fill_dialog(pilot, value="-40%", unit="minutes")
        await save_dialog(pilot, InitiativeScreen)
    [kept] = stored(store)
    assert [reading.value for reading in kept.readings] == [pytest.approx(7.2)]
