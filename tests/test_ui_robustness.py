"""The app under awkward handling: tiny terminals, empty lists, stray keys."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.journal import JournalScreen, WinDetailScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, save_driving, type_text, wait_until


@pytest.mark.parametrize("keys", [(), ("w",), ("j",), ("l",), ("e",), ("j", "enter")])
async def test_every_screen_opens_at_40_by_12_and_survives_resizing(
    store: Store, clock: FixedClock, keys: tuple[str, ...]
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press(*keys)
        for size in ((120, 40), (20, 5), (40, 12), (100, 30)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert app.is_running


async def test_home_with_a_whole_career_fits_80_by_24_banner_first(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerclimb_tui.demo import seed_full_demo
    from careerclimb_tui.home_lines import DEMO_ENV

    monkeypatch.setenv(DEMO_ENV, "1")
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, HomeScreen)
                and app.screen.query_one("#recent", DataTable).row_count > 0
            ),
        )
        await pilot.pause()
        home = app.screen
        assert home.query_one("#home-body").max_scroll_y == 0
        footer_row = 23
        assert home.query_one("#home-keys").region.bottom <= footer_row
        banner = home.query_one("#home-banner")
        assert str(banner.render()).startswith("DEMO")
        parts = (
            "#profile-line",
            "#quarter-line",
            "#next-step",
            "#home-notes",
            "#recent",
        )
        for part in parts:
            assert home.query_one(part).region.y > banner.region.y, part
        recent = home.query_one("#recent", DataTable)
        assert recent.region.height - 1 >= 3, "a few recent wins show"


@pytest.mark.parametrize(("keys", "table"), [("g", "#gap-table"), ("j", "#wins")])
async def test_tables_use_the_width_of_80_columns_and_stay_inside_it(
    store: Store, clock: FixedClock, keys: str, table: str
) -> None:
    from careerclimb_tui.demo import seed_full_demo

    seed_full_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(keys)
        await pilot.pause()
        shown = app.screen.query_one(table, DataTable)
        await wait_until(pilot, lambda: shown.row_count > 0)
        await pilot.pause()
        # Nothing runs past the right edge, and little is left empty there.
        assert shown.virtual_size.width <= shown.size.width
        assert shown.size.width - shown.virtual_size.width <= 3


async def test_text_typed_in_a_form_survives_a_resize_with_a_dialog_open(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("w")
        await type_text(pilot, "Halved the page load time")
        form = app.screen
        await pilot.resize_terminal(20, 5)
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert form.query_one("#title", TextArea).text == "Halved the page load time"


async def test_letters_typed_into_the_search_never_fire_journal_keys(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    count = len(store.wins())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "slash")
        await type_text(pilot, "dune")
        assert isinstance(app.screen, JournalScreen)
        assert app.screen.query_one("#search", Input).value == "dune"
    assert len(store.wins()) == count


async def test_letters_typed_into_a_win_never_fire_home_keys(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        await type_text(pilot, "q jlwke")
        assert isinstance(app.screen, LogWinScreen)
        assert app.screen.query_one("#title", TextArea).text == "q jlwke"


async def test_closing_the_win_dialog_returns_focus_to_the_list(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "down", "enter")
        assert isinstance(app.screen, WinDetailScreen)
        await pilot.press("escape")
        assert isinstance(app.focused, DataTable)
        assert app.focused.cursor_row == 1


async def test_saving_from_a_filtered_empty_view_adds_one_win_and_touches_no_other(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    before = {w.id: w for w in store.wins()}
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "slash")
        await type_text(pilot, "no such words")
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, LogWinScreen)
        await type_text(pilot, "Cut cold start time")
        await pilot.press("f2")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
    after = {w.id: w for w in store.wins()}
    added = set(after) - set(before)
    assert len(added) == 1
    assert all(after[i] == before[i] for i in before)


async def test_bad_numbers_and_dates_in_the_form_are_refused_and_nothing_is_saved(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        await type_text(pilot, "Sped up the nightly job")
        form = app.screen
        form.query_one("#before", Input).value = "ten"
        form.query_one("#after", Input).value = "3"
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, LogWinScreen)
        form.query_one("#before", Input).value = "10"
        form.query_one("#date", Input).value = "31/02/2026"
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, LogWinScreen)
        form.query_one("#date", Input).value = "02/11/2026"
        await pilot.press("f2")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
    [win] = store.wins()
    assert win.date.isoformat() == "2026-11-02"
    assert win.measure is not None and win.measure.before == 10


async def test_a_multi_line_paste_into_a_one_line_field_is_kept_whole(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        field = app.screen.query_one("#beneficiaries", Input)
        field.focus()
        await pilot.pause()
        app.copy_to_clipboard("")
        from textual import events

        field.post_message(
            events.Paste("the payments team\nthe on-call rotation\nsupport")
        )
        await pilot.pause()
        assert field.value == "the payments team the on-call rotation support"


async def test_a_terminal_too_small_asks_for_room_and_then_gives_it_back(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.screens.too_small import TooSmallScreen

    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        await type_text(pilot, "Typed before shrinking")
        await pilot.resize_terminal(30, 8)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert isinstance(app.screen, LogWinScreen)
        assert app.screen.query_one("#title", TextArea).text == "Typed before shrinking"


async def test_brackets_in_a_win_are_shown_as_typed(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.domain.records import Win

    title = "[WIP] Cut deploys [b]in half[/b] for [$team]"
    store.save_profile(DEMO_PROFILE)
    store.add_win(Win(title=title, date=clock.today(), noticed_by="[Platform]"))
    app = make_app(store, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r", "s")
        card = str(app.screen.query_one("#win-card").render())
        assert title in card


async def test_typing_in_the_journal_list_searches_and_deletes_nothing(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    count = len(store.wins())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        assert isinstance(app.focused, DataTable)
        await type_text(pilot, "dash")
        assert app.screen.query_one("#search", Input).value == "dash"
    assert len(store.wins()) == count


async def test_a_word_typed_fast_on_the_journal_list_is_searched_whole(
    store: Store, clock: FixedClock
) -> None:
    from textual import events

    seed_demo(store, clock.today())
    before = store.path.read_bytes()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        journal = app.screen
        assert isinstance(journal, JournalScreen)
        assert isinstance(app.focused, DataTable)
        # Every key is in the queue before the app has handled the first one.
        for char in "deploy":
            app.post_message(events.Key(char, char))
        await pilot.pause()
        await pilot.pause()
        assert app.screen is journal
        assert journal.query_one("#search", Input).value == "deploy"
        assert journal.selected_win() is not None
    assert store.path.read_bytes() == before


async def test_a_slash_typed_in_a_word_is_text_and_pressed_alone_goes_to_search(
    store: Store, clock: FixedClock
) -> None:
    from textual import events

    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        search = app.screen.query_one("#search", Input)
        await wait_until(pilot, lambda: app.focused is not None)
        for char, key in zip("ci/cd", ["c", "i", "slash", "c", "d"], strict=True):
            app.post_message(events.Key(key, char))
        # Every key is taken, however slowly a busy machine handles them.
        await wait_until(pilot, lambda: len(search.value) == len("ci/cd"))
        assert search.value == "ci/cd"

        await pilot.press("tab")
        await wait_until(pilot, lambda: not search.has_focus)
        await pilot.press("slash")
        await wait_until(pilot, lambda: search.has_focus)
        assert search.value == "ci/cd"


async def test_enter_in_the_journal_search_opens_the_first_match(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await type_text(pilot, "runbook")
        await pilot.press("enter")
        detail = app.screen
        assert isinstance(detail, WinDetailScreen)
        assert "runbook" in detail.win.title
        await pilot.press("escape")
        assert isinstance(app.focused, DataTable)


async def test_typing_in_the_export_path_adds_to_the_path_shown(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("x")
        path = app.screen.query_one("#export-path", Input)
        shown = path.value
        assert shown
        path.focus()
        await pilot.pause()
        await type_text(pilot, ".bak")
        assert path.value == f"{shown}.bak"


async def test_typing_in_a_filled_in_baseline_label_adds_to_it(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.domain.initiative import Stage, advance, start_initiative
    from careerclimb_tui.screens.problem_dialogs import ReadingDialog
    from careerclimb_tui.store.initiative_docs import save_initiative

    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    initiative = start_initiative("CI fails on flaky tests", now, "flaky-tests")
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING):
        initiative = advance(initiative, stage, now)
    save_initiative(store, initiative.with_changes(metric="Flaky-test rate"))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o", "enter", "m")
        assert isinstance(app.screen, ReadingDialog)
        label = app.focused
        assert isinstance(label, Input)
        assert label.value == "Flaky-test rate"
        await type_text(pilot, " (web)")
        assert label.value == "Flaky-test rate (web)"


def notices(app: object) -> list[str]:
    """The messages of the notifications on show."""
    return [n.message for n in app._notifications]  # type: ignore[attr-defined]


async def test_a_dimmed_key_says_why_it_does_nothing(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui import catalogue
    from careerclimb_tui.screens.initiative import InitiativeScreen

    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, "Deploys wait two days", "slow-deploys")
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o", "enter")
        assert isinstance(app.screen, InitiativeScreen)
        app.clear_notifications()
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, InitiativeScreen)
        reason = catalogue.KEY_DIMMED_REASONS["initiative.result_win"]
        assert notices(app) == [reason]


async def test_a_dimmed_key_of_the_empty_journal_says_why(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        assert isinstance(app.screen, JournalScreen)
        app.clear_notifications()
        await pilot.press("delete")
        await pilot.pause()
        assert notices(app) and "No win" in notices(app)[0]


@pytest.mark.parametrize("first_run", [True, False])
async def test_the_fiscal_year_hint_wraps_whole_inside_the_form(
    store: Store, clock: FixedClock, first_run: bool
) -> None:
    from textual.widgets import Static

    from careerclimb_tui import catalogue

    if not first_run:
        seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        if not first_run:
            await pilot.press("e")
            await pilot.pause()
        hint = app.screen.query_one("#fiscal-hint", Static)
        assert str(hint.render()) == catalogue.SETUP_FISCAL_HINT
        assert hint.region.right <= 80 - 2
        assert hint.region.height >= 2


async def test_a_cycle_date_in_the_past_is_refused_at_set_up(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.screens.setup import SetupScreen

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#cycle", Input).value = "2020-01-01"
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        # Refused beside the date, where it is mended.
        said = str(app.screen.query_one("#cycle-error", Static).render())
        assert "2020-01-01" in said
        app.screen.query_one("#cycle", Input).value = "2027-03-31"
        await pilot.press("f2")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        # The refusal no longer stands beside "saved".
        titles = [n.title for n in app._notifications]
        assert catalogue.SETUP_NOT_SAVED not in titles
    profile = store.profile()
    assert profile is not None and str(profile.cycle_closes) == "2027-03-31"


async def test_pressing_past_the_top_of_the_ladder_shows_one_notice(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("l")
        app.clear_notifications()
        for _ in range(8):
            await pilot.press("right_square_bracket")
        await pilot.pause()
        assert len(app._notifications) == 1


@pytest.mark.parametrize("leave", ["dismiss", "exit"])
async def test_the_gap_view_left_while_it_opens_raises_nothing(
    store: Store, clock: FixedClock, leave: str
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        gaps = GapScreen()
        app.push_screen(gaps)
        # Both happen before the view has filled its table.
        if leave == "dismiss":
            gaps.dismiss()
            await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        else:
            app.exit()
    assert app.return_code in (None, 0)


async def test_enter_in_the_baseline_direction_chooses_then_moves_on(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.domain.problems import BETTER_LOWER
    from careerclimb_tui.screens.problem_dialogs import ReadingDialog
    from careerclimb_tui.widgets.fields import FormSelect

    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, "CI fails on flaky tests", "flaky-tests")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "m")
        dialog = app.screen
        assert isinstance(dialog, ReadingDialog)
        await type_text(pilot, "Flaky-test rate\n")
        direction = dialog.query_one("#field-better", FormSelect)
        assert app.focused is direction
        await pilot.press("enter")
        assert direction.expanded, "with nothing chosen, Enter opens the list"
        await pilot.press("down", "enter")
        assert direction.value == BETTER_LOWER
        assert app.focused is direction, "choosing leaves the focus where it was"
        await pilot.press("enter")
        assert not direction.expanded, "with a choice made, Enter moves on"
        await type_text(pilot, "20")
        assert dialog.query_one("#field-value", Input).value == "20"

        await pilot.press("shift+tab", "tab")
        await type_text(pilot, "5")
        assert dialog.query_one("#field-value", Input).value == "205"
