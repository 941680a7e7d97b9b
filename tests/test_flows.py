"""A new user's first session, driven key by key through the real app and store."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, SelectionList, Static, TextArea

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.paths import DATA_FILE_NAME
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.journal import JournalScreen, WinDetailScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.setup import SetupScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

WIN_TEXT = "Fixed the flaky migration step in the deploy pipeline"
CHANGED_TEXT = "Deploy failures dropped 40% in a month"


async def test_setup_log_a_win_restart_and_find_it_in_the_journal(
    isolated_home: Path, clock: FixedClock
) -> None:
    path = isolated_home / DATA_FILE_NAME
    app = make_app(Store(path, clock=clock), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, SetupScreen)
        await type_text(pilot, "Ada")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

        await pilot.press("w")
        assert isinstance(app.screen, LogWinScreen)
        await type_text(pilot, WIN_TEXT)
        await pilot.press("tab")
        await type_text(pilot, CHANGED_TEXT)
        screen = app.screen
        screen.query_one("#metric", Input).value = "deploy failures"
        screen.query_one("#before", Input).value = "10"
        screen.query_one("#after", Input).value = "6"
        screen.query_one("#unit", Input).value = "per month"
        screen.query_one("#dimensions", SelectionList).select("ownership_initiative")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

    stored = Store(path, clock=clock)
    profile = stored.profile()
    assert profile is not None and profile.name == "Ada"
    assert (profile.current_level, profile.target_level) == ("mid", "senior")
    [win] = stored.wins()
    assert win.title == WIN_TEXT
    assert win.what_changed == CHANGED_TEXT
    assert win.measure is not None
    assert (win.measure.before, win.measure.after) == (10, 6)
    assert win.dimensions == ("ownership_initiative",)
    assert win.framing == "impact"
    assert win.date == clock.today()

    again = make_app(Store(path, clock=clock), clock)
    async with again.run_test(size=(100, 30)) as pilot:
        assert isinstance(again.screen, HomeScreen), "set-up is never asked twice"
        await pilot.press("j")
        journal = again.screen
        assert isinstance(journal, JournalScreen)
        table = journal.query_one("#wins", DataTable)
        assert table.row_count == 1
        assert str(table.get_row_at(0)[2]).startswith(WIN_TEXT[:30])
        selected = journal.selected_win()
        assert selected is not None and selected.title == WIN_TEXT

        await pilot.press("slash")
        await type_text(pilot, "nothing-like-this")
        assert not table.display
        journal.query_one("#search", Input).value = "flaky"
        await pilot.pause()
        assert table.display and table.row_count == 1


async def test_the_coach_flags_activity_and_then_reads_impact(
    store: Store, clock: FixedClock
) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("w")
        screen = app.screen
        await type_text(pilot, "Reviewed 200 PRs this quarter")
        verdict = screen.query_one("#coach-verdict")
        assert verdict.has_class("framing-activity")
        hints = str(screen.query_one("#coach-hints").render())
        assert "200" not in hints.replace("Reviewed 200 PRs", "")

        title = screen.query_one("#title", TextArea)
        title.text = (
            "The on-call engineer now diagnoses incidents in 3 minutes instead of 30"
        )
        await pilot.pause()
        assert verdict.has_class("framing-impact")


async def test_an_empty_win_form_shows_one_coaching_prompt(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui import catalogue

    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        screen = app.screen
        assert isinstance(screen, LogWinScreen)
        verdict = " ".join(str(screen.query_one("#coach-verdict").render()).split())
        assert verdict == catalogue.COACH_WAITING
        assert not str(screen.query_one("#coach-hints").render()).strip()

        await type_text(pilot, "Reviewed 200 PRs")
        assert str(screen.query_one("#coach-hints").render()).strip()


async def test_delete_from_the_journal_can_be_undone(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.demo import seed_demo

    seed_demo(store, clock.today())
    before = [w.id for w in store.wins()]
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        journal = app.screen
        assert isinstance(journal, JournalScreen)
        first = journal.selected_win()
        assert first is not None
        await pilot.press("delete")
        await wait_until(pilot, lambda: len(store.wins()) == len(before) - 1)
        assert first.id not in [w.id for w in Store(store.path).wins()]

        await pilot.press("ctrl+z")
        await wait_until(pilot, lambda: len(store.wins()) == len(before))
        assert [w.id for w in Store(store.path).wins()] == before


async def test_opening_a_win_shows_it_whole_and_edit_keeps_its_id(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.demo import seed_demo

    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "enter")
        assert isinstance(app.screen, WinDetailScreen)
        win = app.screen.win
        await pilot.press("e")
        assert isinstance(app.screen, LogWinScreen)
        app.screen.query_one("#tags", Input).value = "calibration"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
    edited = store.win(win.id or 0)
    assert edited.tags == ("calibration",)
    assert edited.title == win.title
    assert len(store.wins()) == 7


async def test_leaving_an_edit_without_changes_changes_nothing(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.demo import seed_demo

    seed_demo(store, clock.today())
    raw_before = store.path.read_bytes()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "ctrl+e")
        assert isinstance(app.screen, LogWinScreen)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.press("ctrl+e", "escape")
    assert store.path.read_bytes() == raw_before


async def test_actions_on_an_empty_journal_explain_instead_of_failing(
    store: Store, clock: FixedClock
) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("j")
        for key in ("enter", "ctrl+e", "delete", "ctrl+z", "down"):
            await pilot.press(key)
        assert isinstance(app.screen, JournalScreen)
        assert app.screen.query_one("#journal-empty").display


async def test_quick_mode_hides_the_guided_questions(
    store: Store, clock: FixedClock
) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("k")
        screen = app.screen
        assert isinstance(screen, LogWinScreen)
        assert not screen.query_one("#changed").display
        await type_text(pilot, "Halved the on-call pages")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
    [win] = store.wins()
    assert win.title == "Halved the on-call pages"


async def test_an_edit_made_from_an_older_copy_is_refused_not_lost(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.demo import seed_demo
    from careerclimb_tui.store.tables import RecordChangedElsewhere

    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "ctrl+e")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        assert form.editing is not None
        # Another window saves a newer version of the same win meanwhile.
        other = Store(store.path, clock=clock)
        clock.advance(minutes=5)
        other.update_win(other.win(form.editing.id or 0).with_changes(tags=("other",)))
        form.query_one("#tags", Input).value = "mine"
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, LogWinScreen), "the form stays open with the text"
        assert form.query_one("#tags", Input).value == "mine"
    assert store.win(form.editing.id or 0).tags == ("other",)
    assert issubclass(RecordChangedElsewhere, Exception)


async def test_what_changed_can_be_written_in_the_users_editor(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import contextlib
    import sys
    from collections.abc import Iterator

    from textual.app import App

    @contextlib.contextmanager
    def no_terminal_handover(self: object) -> Iterator[None]:
        yield

    monkeypatch.setattr(App, "suspend", no_terminal_handover)
    editor = Path(__file__).parent / "data" / "editor" / "append.py"
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w", *"Cut the build time", "tab")
        await type_text(pilot, "Builds are faster.")
        await pilot.press("f4")
        await pilot.pause()
        area = app.screen.query_one("#changed", TextArea)
        assert area.text == "Builds are faster.\nEdited in my own editor."


async def test_the_form_heading_says_whether_it_is_the_quick_or_the_guided_form(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui import catalogue

    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("k")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        heading = form.query_one("#log-heading", Static)
        assert str(heading.render()) == catalogue.LOG_QUICK_TITLE
        await pilot.press("ctrl+t")
        assert str(heading.render()) == catalogue.LOG_TITLE


async def test_typing_in_an_edited_win_adds_after_its_text(
    store: Store, clock: FixedClock
) -> None:
    import datetime as dt

    from careerclimb_tui.domain.records import Win

    store.save_profile(DEMO_PROFILE)
    win = store.add_win(Win(title="Cut deploy time", date=dt.date(2026, 11, 2)))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(LogWinScreen(win))
        await pilot.pause()
        await type_text(pilot, " across 3 repos")
        title = app.screen.query_one("#title", TextArea)
        assert title.text == "Cut deploy time across 3 repos"


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Cut the cloud bill from $12,000/mo to $8,500/mo", "COACH_MEASURED"),
        ("Saved $40k a year in AWS spend", "COACH_MEASURED"),
        ("Cut deploy failures 40% and pages 30%", "COACH_FIGURE_NOT_KEPT"),
        ("Releases no longer slip on Fridays", "COACH_UNMEASURED"),
    ],
)
async def test_the_coach_calls_a_change_measured_only_when_a_measure_is_kept(
    store: Store, clock: FixedClock, title: str, said: str
) -> None:
    from careerclimb_tui import catalogue

    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        screen = app.screen
        assert isinstance(screen, LogWinScreen)
        await type_text(pilot, title)
        await pilot.pause()
        verdict = " ".join(str(screen.query_one("#coach-verdict").render()).split())
    assert verdict.endswith(getattr(catalogue, said)), verdict
