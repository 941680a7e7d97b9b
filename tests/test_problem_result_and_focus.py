"""The problem's next step said in home's own keys; a result that waits for done
until it has held; readings too close together called out; the stage dialog's
step shown whole; a visible focus on the problem check's fields; who noticed left
for the user to answer in the result win, the check's expectation only a hint;
one scroll region for the proposal.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from textual.binding import Binding
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Input, SelectionList, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    RESULT_HOLDS_DAYS,
    Initiative,
    Reading,
    Stage,
    Stakeholders,
    add_note,
    add_reading,
    advance,
    early_readings,
    early_result_note,
    move_after_result_win,
    reading_saved_text,
    result_noticed_hint,
    result_win,
    start_initiative,
    step_after_result_win,
    step_without_keys,
)
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.problem_dialogs import FormDialog, StageDialog
from careerclimb_tui.screens.problem_hub import ProblemHubScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import (
    home_read,
    make_app,
    open_problem_page,
    told,
    wait_until,
)

NOW = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.timezone.utc)
DAY = NOW.date()
KEY_MARK = re.compile(r"\(([A-Za-z])\)")


def measured(
    stage: Stage = Stage.MEASURING,
    days: tuple[int, ...] = (0, 28),
    values: tuple[float, ...] = (15, 4),
    step: str = "",
    check_note: str = "",
) -> Initiative:
    """A problem at ``stage`` with a reading ``days[i]`` days after the first,
    and the up-front check's answers as its first note when given."""
    initiative = start_initiative("Flaky tests that everyone reruns", NOW)
    if check_note:
        initiative = add_note(initiative, check_note, NOW)
    for forward in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        if initiative.stage is stage:
            break
        initiative = advance(initiative, forward, NOW)
    first = DAY - dt.timedelta(days=max(days, default=0))
    for offset, value in zip(days, values, strict=True):
        taken = Reading(value, "per week", first + dt.timedelta(days=offset))
        initiative = add_reading(initiative, taken, NOW)
    return initiative.with_changes(
        metric="Pipeline reruns",
        better="lower",
        next_step=step,
        stakeholders=Stakeholders(agreed=("EM",)),
    )


# --- the next step away from the tracker ------------------------------------------

OWN_WITH_LETTERS = "Agree on (a) the dashboard and (b) the owner"


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (
            catalogue.INITIATIVE_STEP_RESULT_LOGGED,
            "The result is logged as a win: take readings until they span four "
            "weeks or more, then move to Done, or sooner if you judge it settled",
        ),
        (
            catalogue.INITIATIVE_STEP_PROPOSED,
            "Send the one-page proposal to everyone who has to agree, and ask for "
            "an answer by a date",
        ),
        (
            catalogue.INITIATIVE_STEP_BUY_IN_FROM.format(who="Dana, Lee"),
            "Get an explicit yes from each of: Dana, Lee; record who agreed",
        ),
        (
            catalogue.INITIATIVE_STEP_MEASURED,
            "A reading after the baseline is in: log the result as a win, then "
            "keep taking readings to see that it holds",
        ),
        (OWN_WITH_LETTERS, OWN_WITH_LETTERS),
        ("", ""),
    ],
)
def test_a_suggested_step_is_said_without_the_trackers_keys(
    step: str, expected: str
) -> None:
    assert step_without_keys(step) == expected


def home_keys() -> set[str]:
    return {b.key for b in HomeScreen.BINDINGS if isinstance(b, Binding)}


def home_problem_line(pilot: Pilot[None]) -> str:
    notes = pilot.app.screen.query_one("#home-notes", Static)
    plain = Content.from_markup(str(notes.content)).plain
    [line] = [text for text in plain.splitlines() if text.startswith("Problem:")]
    return line


async def test_homes_problem_line_names_only_keys_home_binds(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measured(step=catalogue.INITIATIVE_STEP_RESULT_LOGGED))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await home_read(pilot)
        line = home_problem_line(pilot)

        named = set(KEY_MARK.findall(line))
        opener = line.rsplit(" · ", 1)[-1]
        assert named == set(), line
        assert opener == "i opens it"
        assert "i" in home_keys()
        assert "move to Done, or sooner" in line

        # The key named opens the problem itself, not the list of problems,
        # and Escape from it comes back home.
        await pilot.press("i")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))


async def test_homes_open_problem_key_says_why_it_waits_without_a_problem(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await home_read(pilot)
        more = pilot.app.screen.query_one("#home-keys", Static)
        plain = Content.from_markup(str(more.content)).plain
        # Named on the problem's note, where it acts; the list of more keys
        # keeps the key that shows every problem.
        assert "Open problem" not in plain and "Own a problem" in plain

        await pilot.press("i")
        reason = catalogue.KEY_DIMMED_REASONS["home.open_problem"]
        await wait_until(pilot, lambda: told(app, reason) == 1)
        assert isinstance(app.screen, HomeScreen)


# --- the result waits for done until it held --------------------------------------


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ((0, 0), "all readings were taken on 5 Dec 2026"),
        ((0, 1), "readings span only one day"),
        ((0, 3), "readings span only 3 days"),
        ((0, 6), "readings span only 6 days"),
        ((0, 7), ""),
        ((0, 40), ""),
        ((0,), ""),
    ],
)
def test_readings_too_close_together_are_called_out_in_plain_words(
    days: tuple[int, ...], expected: str
) -> None:
    values = (15.0, 4.0)[: len(days)]
    note = early_result_note(measured(days=days, values=values))
    if expected:
        assert (
            note == f"{expected}: take another on or after 2 Jan 2027 to show it holds"
        )
    else:
        assert note == ""


@pytest.mark.parametrize(
    ("baseline", "latest", "said"),
    [
        (dt.date(2026, 12, 5), dt.date(2026, 12, 5), "only on 5 Dec 2026"),
        (dt.date(2026, 12, 2), dt.date(2026, 12, 5), "only between 2 and 5 Dec 2026"),
        (
            dt.date(2026, 11, 29),
            dt.date(2026, 12, 5),
            "only between 29 Nov and 5 Dec 2026",
        ),
        (
            dt.date(2025, 12, 28),
            dt.date(2026, 1, 2),
            "only between 28 Dec 2025 and 2 Jan 2026",
        ),
    ],
)
def test_early_readings_are_a_clause_said_with_plain_days(
    baseline: dt.date, latest: dt.date, said: str
) -> None:
    fact = early_readings(baseline, latest)

    assert fact == f"so far measured {said}"
    # It reads on inside a sentence said aloud: no ISO dates, no colon.
    assert "-" not in fact and ":" not in fact


def holds_on(day: str) -> str:
    """The step after the result win that names the day it can show it held."""
    return catalogue.INITIATIVE_STEP_RESULT_HOLDS_ON.format(day=day)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        # The latest reading is on 5 Dec 2026; the four weeks count from the
        # first better reading, not from the baseline.
        ((0, 0), holds_on("2 Jan 2027")),
        ((0, RESULT_HOLDS_DAYS), holds_on("2 Jan 2027")),
        ((0, 10, 10 + RESULT_HOLDS_DAYS - 1), holds_on("6 Dec 2026")),
        ((0, 10, 10 + RESULT_HOLDS_DAYS), catalogue.INITIATIVE_STEP_RESULT_HELD),
        ((0, 10, 40), catalogue.INITIATIVE_STEP_RESULT_HELD),
    ],
)
def test_done_is_suggested_once_the_readings_span_four_weeks(
    days: tuple[int, ...], expected: str
) -> None:
    values = (15.0, 4.0, 4.0)[: len(days)]
    assert step_after_result_win(measured(days=days, values=values)) == expected


@pytest.mark.parametrize("stage", [Stage.DRIVING, Stage.MEASURING])
def test_no_move_follows_the_result_win_unasked(stage: Stage) -> None:
    assert move_after_result_win(measured(stage=stage)) is None


@pytest.mark.parametrize(
    ("stage", "days", "expected"),
    [
        (Stage.PROPOSED, (0,), catalogue.PROBLEM_BASELINE_SAVED),
        (Stage.PROPOSED, (0, 0), "Reading saved. At Proposed the fix is not"),
        (Stage.BUY_IN, (0, 20), "Reading saved. At Buy-in the fix is not"),
        (
            Stage.MEASURING,
            (0, 0),
            "Reading saved; all readings were taken on 5 Dec 2026: take another",
        ),
        (Stage.MEASURING, (0, 20), catalogue.PROBLEM_READING_SAVED),
    ],
)
def test_a_saved_reading_says_what_it_shows(
    stage: Stage, days: tuple[int, ...], expected: str
) -> None:
    values = (15.0, 4.0)[: len(days)]
    told = reading_saved_text(measured(stage=stage, days=days, values=values))
    assert told.startswith(expected)


def test_the_packet_says_when_both_readings_are_from_one_day(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.export.packet import packet_markdown
    from careerclimb_tui.ladders import load_shelf

    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measured(days=(0, 0)))
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None

    packet = packet_markdown(store, ladder, store.profile(), clock.today())

    assert "from 2026-12-05 to 2026-12-05" not in packet
    # The fact for the reader; the advice to take another reading stays in the app.
    assert "; so far measured only on 5 Dec 2026\n" in packet
    assert "take another in a week" not in packet


def stored(store: Store) -> Initiative:
    [found] = initiatives(Store(store.path, clock=store.clock))
    return found


async def test_logging_the_result_win_leaves_done_for_the_user_to_ask(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measured(stage=Stage.DRIVING, days=(0, 0)))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        app.screen.query_one("#changed", TextArea).load_text("Nobody reruns.")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await wait_until(pilot, lambda: bool(stored(store).win_ids))
        linked = catalogue.PROBLEM_WIN_LINKED_NEXT.format(id=stored(store).win_ids[0])
        await wait_until(
            pilot, lambda: linked in [n.message for n in app._notifications]
        )

        assert not isinstance(app.screen, FormDialog)
        measure = app.screen.query_one("#tracker-measure", Static)
        shown = Content.from_markup(str(measure.content)).plain
        told = [n.message for n in app._notifications]

    kept = stored(store)
    assert kept.stage is Stage.MEASURING
    assert kept.next_step == holds_on("2 Jan 2027")
    # The notice is short; the next step itself is on the tracker, saved above.
    assert catalogue.PROBLEM_WIN_LINKED_NEXT.format(id=kept.win_ids[0]) in told
    assert "all readings were taken on 5 Dec 2026" in shown


# --- the stage dialog shows the whole step -----------------------------------------


def screen_text(pilot: Pilot[None]) -> str:
    """The terminal's text as the user reads it, one line per row."""
    svg = pilot.app.export_screenshot()
    rows = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    return "".join(rows).replace("&#160;", " ")


async def test_the_stage_dialog_shows_the_suggested_step_whole_at_80x24(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, start_initiative("Flaky tests that everyone reruns", NOW))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))
        await pilot.pause()
        area = app.screen.query_one("#field-next_step", TextArea)
        assert area.text == catalogue.INITIATIVE_STEP_PROPOSED
        assert area.wrapped_document.height <= area.scrollable_content_region.height
        shown = " ".join(screen_text(pilot).split())

    for word in catalogue.INITIATIVE_STEP_PROPOSED.split():
        assert word in shown
    assert "ask for an answer by a date" in shown


# --- a visible focus on the problem check's fields ---------------------------------

CHECK_FIELDS = ("#check-name", "#check-description", "#check-change", "#check-outside")


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_problem_checks_typed_fields_show_the_focus_bar(
    store: Store, clock: FixedClock, theme: str
) -> None:
    from careerclimb_tui.screens.problem_check import CandidateCheckScreen

    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, CandidateCheckScreen))
        check = app.screen
        question = check.query_one("#check-peer")
        question.focus()
        await pilot.pause()
        bar = question.styles.border_left

        for selector in CHECK_FIELDS:
            field = check.query_one(selector)
            field.focus()
            await pilot.pause()
            others = [check.query_one(s) for s in CHECK_FIELDS if s != selector]

            assert field.styles.border_left == bar, selector
            for other in others:
                assert other.styles.border_left[0] == "blank", selector


# --- who noticed, asked rather than carried from the check -----------------------

NOTICED = "the payments team and release managers"
CHECK_NOTE = (
    catalogue.PROBLEM_CHECK_NOTE_CHANGE.format(text="Nobody reruns the pipeline")
    + " "
    + catalogue.PROBLEM_CHECK_NOTE_OUTSIDE.format(text=NOTICED)
)


@pytest.mark.parametrize(
    ("note", "hint"),
    [
        (CHECK_NOTE, f"Did {NOTICED} notice? Name who did."),
        (
            catalogue.PROBLEM_CHECK_NOTE_OUTSIDE.format(text="SRE"),
            "Did SRE notice? Name who did.",
        ),
        ("Talked to Ana about the pager.", ""),
        ("", ""),
    ],
)
def test_the_result_win_asks_who_noticed_instead_of_naming_the_expected(
    note: str, hint: str
) -> None:
    problem = measured(check_note=note)

    win = result_win(problem, DAY)

    assert win.noticed_by == ""
    assert win.beneficiaries == ""
    assert result_noticed_hint(problem) == hint


async def test_the_result_win_form_leaves_who_noticed_empty_under_the_hint(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, measured(check_note=CHECK_NOTE))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await pilot.pause()
        field = app.screen.query_one("#noticed", Input)
        filled = field.value
        hint = str(app.screen.query_one("#noticed-hint", Static).content)
        ticked = app.screen.query_one("#dimensions", SelectionList).selected

    assert filled == ""
    assert hint == f"Did {NOTICED} notice? Name who did."
    # Owning a problem to its result is what the ownership dimension describes.
    assert ticked == ["ownership_initiative"]


# --- one scroll region in the details dialog --------------------------------------


async def test_the_details_dialog_scrolls_as_one_region_at_80x24(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.screens.problem_dialogs import DetailsDialog
    from careerclimb_tui.screens.problem_proposal import ProposalScreen

    store.save_profile(DEMO_PROFILE)
    long = " ".join(["Every release needs an engineer watching dashboards."] * 8)
    save_initiative(
        store, measured().with_changes(description=long, evidence=long, cost=long)
    )
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, DetailsDialog))
        await pilot.pause()
        scrolling = [
            widget
            for widget in app.screen.query("*")
            if widget.show_vertical_scrollbar and widget.max_scroll_y > 0
        ]
        description = app.screen.query_one("#field-description", TextArea)
        whole = description.wrapped_document.height
        shown = description.size.height

    assert [widget.has_class("problem-dialog") for widget in scrolling] == [True]
    assert whole > 4 and shown == whole
