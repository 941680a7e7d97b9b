"""The help lists every key that works and only those; its page scrolls both ways.

Also: the printed review wraps a long win title under itself, and the packet
export takes a typed folder as the folder to write its usual file name in.
"""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from textual.pilot import Pilot
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import ManagerBank
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_problem_demo
from careerclimb_tui.domain.rehearsal import (
    SCORECARD_CHECKS,
    scorecard,
    scorecard_in_words,
)
from careerclimb_tui.domain.review import answer, finish, start_review
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.paths import DATA_FILE_NAME
from careerclimb_tui.reports import WIDTH
from careerclimb_tui.screens.export import PACKET, ExportScreen, default_export_path
from careerclimb_tui.screens.help import HelpPage, HelpScreen, screen_keys
from careerclimb_tui.screens.journal import WinDetailScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.manager_rehearsal import RehearsalScreen
from careerclimb_tui.screens.problem_hub import ProblemHubScreen
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.screens.setup import SetupScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until
from tests.test_export_key_rehearsal_leaving_and_pickers import open_rehearsal
from tests.test_plans_and_reruns import FIRST_DAY, NEXT_LEVEL_ANSWERS, Q3, WINS
from tests.test_rehearsal import bank, run, start  # noqa: F401 (bank is a fixture)
from tests.test_review_flow import seed_quarter


def career(store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())


async def open_help(pilot: Pilot[None], kind: type) -> HelpScreen:
    """Wait for a screen of ``kind``, then open its help with F1."""
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, kind))
    await pilot.press("f1")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))
    help_screen = pilot.app.screen
    assert isinstance(help_screen, HelpScreen)
    return help_screen


def help_text(help_screen: HelpScreen) -> str:
    return " ".join(str(static.render()) for static in help_screen.query(Static))


async def test_the_walk_help_lists_the_answer_keys(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        help_screen = await open_help(pilot, ReviewWalkScreen)

        rows = dict(screen_keys(help_screen.about))
        assert rows["y n s"] == "Question 1: yes, no, not sure"
        assert rows["y n p"] == "Question 2: I chose it, it was assigned, partly"
        assert rows["n y"].startswith("Question 4:")


async def test_a_dialogs_help_lists_the_keys_that_reach_the_app(
    store: Store, clock: FixedClock
) -> None:
    career(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        # ? opens the help here too: the dialog has nothing to type in.
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert isinstance(app.screen, HelpScreen)

        rows = dict(screen_keys(app.screen.about))
        assert rows["F1"] == "Help"
        assert rows["?"] == "Help"
        assert rows["Ctrl+Q"] == "Quit"


async def test_the_quick_win_help_is_about_the_quick_form(
    store: Store, clock: FixedClock
) -> None:
    career(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("k")
        help_screen = await open_help(pilot, LogWinScreen)
        title = help_screen.query_one("#help-title", Static).render()

        assert str(title) == catalogue.HELP_TITLE.format(screen="Quick win")
        purpose, _ = catalogue.HELP_SCREENS["LogWinScreen.quick"]
        assert purpose in help_text(help_screen)

        # Switched to the guided form, the help is the guided form's again.
        await pilot.press("escape", "ctrl+t")
        help_screen = await open_help(pilot, LogWinScreen)
        guided, _ = catalogue.HELP_SCREENS["LogWinScreen"]
        assert guided in help_text(help_screen)


async def test_keys_for_one_action_are_listed_together_under_one_name(
    store: Store, clock: FixedClock
) -> None:
    career(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        help_screen = await open_help(pilot, ProblemHubScreen)

        rows = screen_keys(help_screen.about)
        keys = [key for key, _ in rows]
        at = keys.index("Ctrl+G")
        assert keys[at + 1] == "i"
        assert rows[at][1] == rows[at + 1][1] == catalogue.PROBLEM_OPEN_IN_PROGRESS


async def test_the_profile_help_says_what_the_year_start_changes(
    store: Store, clock: FixedClock
) -> None:
    career(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        text = help_text(await open_help(pilot, SetupScreen))

        assert "changing it renames them" in text
        assert "finished reviews keep the months they judged" in text


def test_the_rehearsal_help_counts_the_checks_the_scorecard_lists(
    bank: ManagerBank,  # noqa: F811 (the fixture imported above)
) -> None:
    card = scorecard(run(start(bank), "What would I need to demonstrate?"))

    assert tuple(check for check, _ in card.shown) == SCORECARD_CHECKS
    said = scorecard_in_words()
    assert f"checks {catalogue.SCORE_COUNT_WORDS[len(card.shown)]} things" in said
    assert said.endswith(
        "and heard the manager name what would count. It names the one to try "
        "next time."
    )


async def test_a_started_rehearsal_help_offers_no_start(
    store: Store, clock: FixedClock
) -> None:
    career(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = await open_rehearsal(pilot)
        assert isinstance(screen.focused, Input), "s would be typed, not bound"
        help_screen = await open_help(pilot, RehearsalScreen)

        rows = screen_keys(help_screen.about)
        assert "Start" not in [does for _, does in rows]
        assert scorecard_in_words() in help_text(help_screen)


async def test_up_and_page_up_scroll_the_help_back(
    store: Store, clock: FixedClock
) -> None:
    career(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(60, 16)) as pilot:
        await pilot.press("j")
        help_screen = await open_help(pilot, type(app.screen))
        page = help_screen.query_one(HelpPage)
        await wait_until(pilot, lambda: page.max_scroll_y > 2)

        for back in ("up", "pageup"):
            await pilot.press("end")
            await wait_until(pilot, lambda: page.scroll_y == page.max_scroll_y)
            await pilot.press(back)
            await wait_until(pilot, lambda: page.scroll_y < page.max_scroll_y)

        await pilot.press("home", "down")
        await wait_until(pilot, lambda: page.scroll_y > 0)
        await pilot.press("pagedown")
        await wait_until(pilot, lambda: page.scroll_y > 1)


def test_the_review_print_wraps_a_long_title_under_itself(
    clock: FixedClock, isolated_home: Path
) -> None:
    from tests.test_cli import run as run_cli

    long_title = (
        "Cut the build time of every service in the monorepo by moving the "
        "slowest integration suites onto a shared cache that three teams now use"
    )
    store = Store(isolated_home / DATA_FILE_NAME, clock=clock)
    saved = store.add_win(framed(WINS[0].with_changes(id=None, title=long_title)))
    review = start_review(Q3, [saved], FIRST_DAY)
    review = answer(review, saved.id or 0, now=FIRST_DAY, **NEXT_LEVEL_ANSWERS)
    store.save_review(finish(review, now=FIRST_DAY))

    _, printed = run_cli(clock, "review", "--print", "--quarter", "2026Q3")

    lines = printed.splitlines()
    assert all(cell_len(line) <= WIDTH for line in lines), printed
    first = next(i for i, line in enumerate(lines) if line.startswith("  1. Cut"))
    assert lines[first + 1].startswith("     ") and lines[first + 1].strip()
    listed = next(i for i, line in enumerate(lines) if line.startswith(f"#{saved.id}"))
    indent = lines[listed].index("Cut")
    assert lines[listed + 1].startswith(" " * indent)
    assert lines[listed + 1][indent] != " "


async def test_a_folder_typed_for_the_packet_gets_the_usual_file_name(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    career(store, clock)
    usual = tmp_path / Path(default_export_path(PACKET, clock.today())).name

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
        field = app.screen.query_one("#export-path", Input)
        field.value = str(tmp_path)
        await pilot.press("ctrl+s")
        await wait_until(pilot, usual.exists)

        assert usual.read_text(encoding="utf-8").startswith("#")
