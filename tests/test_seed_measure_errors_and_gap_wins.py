"""Small dead ends closed: a refused seed says why, a measure that is not a number
is shown under its field, and the gap view's wins dialog opens its wins."""

from __future__ import annotations

from textual import events
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.commands import CareerClimbCommands
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.rehearsal import MAX_SEED_DIGITS
from careerclimb_tui.screens.gap_dialogs import DimensionWinsDialog
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.help import HelpScreen, screen_keys
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.journal import WinDetailScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.manager_rehearsal import RehearsalScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.fields import FieldError
from tests.helpers import make_app, notices, type_text, wait_until
from tests.test_snapshots import two_wins_reviewed

# --- The rehearsal's seed field says why a key did not go in ----------------------


async def test_a_letter_typed_as_the_seed_is_explained_under_the_field(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=4))
        await wait_until(pilot, lambda: bool(app.screen.query("#seed-error")))
        screen = app.screen
        error = screen.query_one("#seed-error", FieldError)
        await pilot.press("tab", "a", "b", "c")
        await wait_until(pilot, lambda: error.display)

        assert error.message == catalogue.MANAGER_REHEARSE_SEED_NOT_A_NUMBER
        assert screen.query_one("#seed", Input).value == ""

        # A digit goes in, and the reason goes away with it.
        await pilot.press("4", "2")
        await wait_until(pilot, lambda: not error.display)
        await pilot.press("enter")
        assert isinstance(screen, RehearsalScreen) and screen.rehearsal is not None
        assert screen.rehearsal.seed == 42


async def test_a_digit_past_the_longest_seed_is_explained_as_too_long(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=4))
        await wait_until(pilot, lambda: bool(app.screen.query("#seed-error")))
        error = app.screen.query_one("#seed-error", FieldError)
        await pilot.press("tab", *"1" * (MAX_SEED_DIGITS + 1))
        await wait_until(pilot, lambda: error.display)

        assert error.message == catalogue.MANAGER_REHEARSE_SEED_TOO_LONG.format(
            digits=MAX_SEED_DIGITS
        )


async def test_the_seed_field_says_what_it_takes_and_a_refused_paste_says_so(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=4))
        await wait_until(pilot, lambda: bool(app.screen.query("#seed-error")))
        error = app.screen.query_one("#seed-error", FieldError)
        field = app.screen.query_one("#seed", Input)
        placeholder = field.placeholder
        await pilot.press("tab")

        field.post_message(events.Paste("1" * (MAX_SEED_DIGITS + 14)))
        await wait_until(pilot, lambda: error.display)
        too_long, kept = error.message, field.value

        field.post_message(events.Paste("abc"))
        await wait_until(pilot, lambda: error.message != too_long)
        not_a_number = error.message

    assert placeholder == f"digits only, up to {MAX_SEED_DIGITS}"
    # Nothing of a refused paste goes in, and the field says so.
    assert kept == ""
    assert too_long == catalogue.MANAGER_REHEARSE_SEED_PASTE_TOO_LONG.format(
        digits=MAX_SEED_DIGITS
    )
    assert not_a_number == catalogue.MANAGER_REHEARSE_SEED_PASTE_NOT_A_NUMBER


# --- The gap view's wins dialog opens its wins and has its own help ---------------


def hint_of(screen: object) -> str:
    """What the last hint line of a dialog says."""
    assert isinstance(screen, (DimensionWinsDialog, WinDetailScreen))
    return str(screen.query(".hint").last(Static).render())


async def test_enter_on_a_listed_win_opens_it_in_full_to_read(
    store: Store, clock: FixedClock
) -> None:
    two_wins_reviewed(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        await pilot.press("down", "down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, DimensionWinsDialog))
        listing = app.screen
        assert isinstance(listing, DimensionWinsDialog)
        assert hint_of(listing) == catalogue.GAPS_WINS_KEYS
        await wait_until(pilot, lambda: listing.query_one("#gap-wins-list").has_focus)

        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        detail = app.screen
        assert isinstance(detail, WinDetailScreen)
        assert detail.win == listing.filed[0].win
        assert hint_of(detail) == catalogue.DETAIL_KEYS_READ_ONLY
        # Read here, not changed: edit and delete are not on offer.
        offered = {active.binding.id for active in detail.active_bindings.values()}
        assert "detail.close" in offered
        assert not offered & {"detail.edit", "detail.delete"}
        await pilot.press("e", "d")
        assert app.screen is detail

        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is listing)


async def test_a_dimension_without_wins_offers_none_to_open_or_edit(
    store: Store, clock: FixedClock
) -> None:
    two_wins_reviewed(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, DimensionWinsDialog))
        dialog = app.screen
        offered = {active.binding.id for active in dialog.active_bindings.values()}

        assert hint_of(dialog) == catalogue.GAPS_NONE_KEYS
        assert "journal" not in hint_of(dialog)
        assert "gap_wins.open" not in offered


async def test_help_over_the_wins_dialog_explains_that_dialog(
    store: Store, clock: FixedClock
) -> None:
    two_wins_reviewed(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        await pilot.press("down", "down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, DimensionWinsDialog))
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        help_screen = app.screen
        title = str(help_screen.query_one("#help-title", Static).render())
        said = [str(line.render()) for line in help_screen.query("#help Static")]

    purpose, _ = catalogue.HELP_SCREENS["DimensionWinsDialog"]
    assert title == catalogue.HELP_TITLE.format(screen="Gap wins")
    assert " ".join(purpose.split()) in [" ".join(line.split()) for line in said]


async def test_gap_help_names_the_row_keys_and_the_palette_only_actions(
    store: Store, clock: FixedClock
) -> None:
    two_wins_reviewed(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        gaps = app.screen
        keys = screen_keys(gaps)
        titles = [command.title for command in CareerClimbCommands(gaps)._commands()]

    assert ("↑ ↓", "Move between the dimensions") in keys
    assert ("←", "Table: previous column") in keys, "the help still names them"
    assert f"Gaps: {catalogue.GAPS_PALETTE_WINS}" in titles
    moves = ("column", "Page up", "Page down", "Top of page", "End of page")
    assert not [title for title in titles if any(move in title for move in moves)]


# --- A measure that cannot be read is said under its fields ------------------------


async def test_a_before_that_is_not_a_number_is_said_under_the_measure(
    store: Store, clock: FixedClock
) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("k")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        assert isinstance(form, LogWinScreen)
        await type_text(pilot, "Cut deploy time for the web app")
        form.query_one("#before").focus()
        await type_text(pilot, "abc")
        form.query_one("#after").focus()
        await type_text(pilot, "3")
        # Saved from a later field, as the user met it.
        form.query_one("#date").focus()
        await pilot.press("ctrl+s")
        reason = form.query_one("#measure-error", FieldError)
        await wait_until(pilot, lambda: reason.display)

        assert reason.message == catalogue.NUMBER_NOT_A_NUMBER.format(
            text="abc", field=catalogue.LOG_MEASURE_BEFORE
        )
        assert form.query_one("#before").has_focus
        assert app.screen is form and not store.wins()
        assert not [n for n in notices(app) if "not a number" in n]

        await pilot.press("backspace", "backspace", "backspace", "8")
        assert form.query_one("#before", Input).value == "8"
        assert not reason.display
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(store.wins()))
