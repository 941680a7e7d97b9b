"""One problem at a time, said before anything is typed; and the command line
saying exactly which command, quarter or dimension id to use.
"""

from __future__ import annotations

import io

import pytest
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import Stage, advance
from careerclimb_tui.domain.problems import QUESTIONNAIRE
from careerclimb_tui.domain.records import Win
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_catalog import ProblemCatalogScreen
from careerclimb_tui.screens.problem_check import CandidateCheckScreen
from careerclimb_tui.screens.problem_finder import ProblemFinderScreen
from careerclimb_tui.screens.problem_hub import ProblemHubScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, save_driving, wait_until

DRIVEN = "Cut CI time"


def said(widget: Static) -> str:
    """What a Static shows, as plain text on one line."""
    return " ".join(str(widget.render()).split())


# --- one problem at a time, said up front -----------------------------------------


async def test_the_catalogue_names_the_problem_in_progress_and_asks_before_the_check(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, DRIVEN)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "c")
        catalog = app.screen
        assert isinstance(catalog, ProblemCatalogScreen)
        notice = catalog.query_one("#catalog-in-progress", Static)
        assert notice.display
        assert f"already working on “{DRIVEN}” (Driving)" in said(notice)
        assert "close or pause it" in said(notice)
        assert "(i or Ctrl+G opens it)" in said(notice)

        # Taking an entry asks first, before a single answer is typed.
        await pilot.press("t")
        question = app.screen
        assert isinstance(question, ConfirmDialog)
        assert DRIVEN in question.question
        await pilot.press("n")
        assert app.screen is catalog

        # So does writing one's own; going on opens the questions.
        await pilot.press("w", "y")
        await wait_until(pilot, lambda: isinstance(app.screen, CandidateCheckScreen))


async def test_without_a_problem_in_progress_the_check_opens_at_once(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "c")
        catalog = app.screen
        assert not catalog.query_one("#catalog-in-progress", Static).display
        assert "i" not in catalog.active_bindings

        await pilot.press("t")
        assert isinstance(app.screen, CandidateCheckScreen)


async def test_the_hub_says_one_at_a_time_and_i_opens_the_problem_in_progress(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    driven = save_driving(store, clock, DRIVEN)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        hub = app.screen
        assert isinstance(hub, ProblemHubScreen)
        card = said(hub.query_one("#hub-active", Static))
        assert "One problem at a time: close or pause it" in card
        assert "(i or Ctrl+G opens it)" in card

        await pilot.press("w")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape", "i")
        tracker = app.screen
        assert isinstance(tracker, InitiativeScreen)
        assert tracker.initiative_id == driven.id


@pytest.mark.parametrize("keys", [("o",), ("o", "c")], ids=["hub", "catalogue"])
async def test_ctrl_g_opens_the_problem_in_progress_as_in_the_questionnaire(
    store: Store, clock: FixedClock, keys: tuple[str, ...]
) -> None:
    store.save_profile(DEMO_PROFILE)
    driven = save_driving(store, clock, DRIVEN)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys, "ctrl+g")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        tracker = app.screen
        assert isinstance(tracker, InitiativeScreen)
        assert tracker.initiative_id == driven.id


async def test_the_finder_names_the_problem_in_progress_and_keeps_the_answers(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    driven = save_driving(store, clock, DRIVEN)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "f")
        finder = app.screen
        assert isinstance(finder, ProblemFinderScreen)
        notice = finder.query_one("#finder-in-progress", Static)
        assert f"“{DRIVEN}”" in said(notice) and "Ctrl+G opens it" in said(notice)
        finder.query_one("#finder-answer", Input).insert_text_at_cursor("deploys")
        await pilot.pause()

        await pilot.press("ctrl+g")
        tracker = app.screen
        assert isinstance(tracker, InitiativeScreen)
        assert tracker.initiative_id == driven.id

        # Paused meanwhile: back in the questions, the notice is gone, the
        # answer is still there.
        [shown] = initiatives(store)
        save_initiative(store, advance(shown, Stage.PAUSED, clock.now(), "on hold"))
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is finder)
        assert not notice.display
        assert finder.answers[QUESTIONNAIRE[0].id] == "deploys"


# --- the command line -------------------------------------------------------------


def run(clock: FixedClock, *argv: str) -> int:
    return main(list(argv), clock=clock, out=io.StringIO())


def errors(capsys: pytest.CaptureFixture[str]) -> str:
    return " ".join(capsys.readouterr().err.split())


def test_a_bare_problem_without_a_terminal_names_the_verbs_that_print(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(clock, "problem") == 2

    assert "`careerclimb problem list` prints them all" in errors(capsys)


def test_the_problem_help_says_that_no_verb_opens_the_app(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        run(clock, "problem", "--help")

    shown = " ".join(capsys.readouterr().out.split())
    assert "Without a verb, opens the app" in shown
    assert "`careerclimb problem list` prints your problems" in shown


def test_an_unreviewed_quarter_names_how_to_start_that_quarter(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(Win("Cut the build time in half", clock.today().replace(month=8)))

    assert run(clock, "review", "--quarter", "2026Q3", "--print") == 1

    message = errors(capsys)
    assert "choose 2026Q3 in the quarter list and press s" in message
    assert "`careerclimb review --quarter 2026Q3 --print`" in message


def test_a_quarter_without_wins_says_there_is_nothing_to_review(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    store.save_profile(DEMO_PROFILE)

    assert run(clock, "review", "--quarter", "2026Q1", "--print") == 1

    message = errors(capsys)
    assert "2026Q1 has not been reviewed, and it holds no wins" in message
    assert "--date 2026-01-01" in message


def test_a_quarter_is_not_silently_dropped_when_opening_the_app(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(clock, "review", "--quarter", "2026Q3") == 2

    message = errors(capsys)
    assert "--quarter picks the review to show with --print or --json" in message
    assert "choose 2026Q3 in the quarter list" in message


def test_an_unknown_dimension_lists_every_id_with_its_name(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(clock, "log", "Led the incident review", "--dimension", "scope") == 2

    lines = capsys.readouterr().err.splitlines()
    assert "Unknown dimension 'scope'" in lines[0]
    listed = [line.split(None, 1) for line in lines[1:]]
    assert ["scope_impact", "Scope and impact"] in listed
    assert ["ownership_initiative", "Ownership and initiative"] in listed


def test_ladders_show_lists_the_dimension_ids_first(clock: FixedClock) -> None:
    out = io.StringIO()

    assert main(["ladders", "show", "software-engineer"], clock=clock, out=out) == 0

    lines = out.getvalue().splitlines()
    assert lines[0] == catalogue.CLI_LADDER_DIMENSIONS
    assert lines[1].split(None, 1) == ["scope_impact", "Scope and impact"]


def test_the_log_help_says_where_the_dimension_ids_are(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        run(clock, "log", "--help")

    shown = " ".join(capsys.readouterr().out.split())
    assert "e.g. scope_impact" in shown and "ladders show LADDER" in shown
