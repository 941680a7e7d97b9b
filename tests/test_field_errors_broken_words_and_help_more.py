"""A reason under a field is seen whole, a word too long for a line is broken
with "…", the help says when more of it is below, and keys are written as the
help writes them."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.binding import Binding
from textual.pilot import Pilot
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.screens.help import HelpScreen
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.screens.peer_form import PeerFormScreen
from careerclimb_tui.screens.review_summary import HangingLines
from careerclimb_tui.screens.setup import SetupScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import peers
from careerclimb_tui.widgets.fields import FieldError
from careerclimb_tui.widgets.hanging import wrap_hanging
from careerclimb_tui.wrapping import break_word, wrap_words
from tests.helpers import home_read, make_app, wait_until

SIZE = (80, 24)
LONG = "supercalifragilisticexpialidocioussupercalifragilisticexpialidocious"


def in_view(pilot: Pilot[None], page_id: str, error: FieldError) -> bool:
    """True when every line of the reason is on the page, none under its fold."""
    page = pilot.app.screen.query_one(page_id)
    # A reason just shown has no lines until the next layout: not in view yet.
    return (
        error.display
        and error.region.height > 0
        and error.region.height == error.virtual_region.height
        and page.region.contains_region(error.region)
    )


# --- the peer form's month ----------------------------------------------------------


async def open_peer_form(pilot: Pilot[None]) -> PeerFormScreen:
    await pilot.app.run_action("open('peers')")
    await pilot.press("n")
    await wait_until(
        pilot,
        lambda: (
            isinstance(pilot.app.screen, PeerFormScreen)
            and bool(pilot.app.screen.query("#from-level"))
        ),
    )
    form = pilot.app.screen
    assert isinstance(form, PeerFormScreen)
    return form


async def test_saving_a_peer_with_no_such_month_says_why_under_it_and_goes_there(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_peer_form(pilot)
        when = form.query_one("#promoted-in", Input)
        when.value = "2026-13"
        form.query_one("#peer-name", Input).value = "JM"
        await pilot.press("ctrl+s")
        error = form.query_one("#when-error", FieldError)
        await wait_until(pilot, lambda: in_view(pilot, "#peer-form", error))

        assert form.focused is when, "the focus goes to the month to mend"
        assert "'2026-13' names month 13" in error.message
        assert not [
            n for n in app._notifications if n.title == catalogue.PEERS_NOT_SAVED
        ], "said under the field, not in a notice"
        assert app.screen is form

        # Mending the month takes the reason away; the peer then saves.
        when.value = "2026-06"
        await wait_until(pilot, lambda: not error.display)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is not form)
    assert [peer.promoted_in for peer in peers(store)] == ["2026-06"]


async def test_enter_on_a_month_that_cannot_be_read_keeps_the_focus_there(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_peer_form(pilot)
        when = form.query_one("#promoted-in", Input)
        when.focus()
        when.value = "June"
        await pilot.press("enter")
        error = form.query_one("#when-error", FieldError)
        await wait_until(pilot, lambda: in_view(pilot, "#peer-form", error))
        assert form.focused is when
        assert "'June' is not a month I can read" in error.message


async def test_a_reason_wrapped_further_by_a_narrower_terminal_stays_in_view(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_peer_form(pilot)
        when = form.query_one("#promoted-in", Input)
        when.focus()
        when.value = "2026-13"
        await pilot.press("enter")
        error = form.query_one("#when-error", FieldError)
        await wait_until(pilot, lambda: in_view(pilot, "#peer-form", error))
        lines = error.region.height

        await pilot.resize_terminal(44, 16)
        await wait_until(
            pilot,
            lambda: error.region.height > lines or error.virtual_region.height > lines,
        )
        await wait_until(pilot, lambda: in_view(pilot, "#peer-form", error))


# --- the profile form's cycle date on first run --------------------------------------


@pytest.mark.parametrize("key", ["enter", "ctrl+s"])
async def test_a_passed_cycle_date_is_shown_whole_on_first_run(
    store: Store, clock: FixedClock, key: str
) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        form = app.screen
        form.query_one("#cycle", Input).focus()
        await wait_until(pilot, lambda: form.focused is form.query_one("#cycle"))
        await pilot.press(*"2019-03-01", key)
        error = form.query_one("#cycle-error", FieldError)
        await wait_until(pilot, lambda: in_view(pilot, "#setup-form", error))
        assert error.region.height == 2, "the reason takes two lines at 80 columns"
        assert error.message.endswith("or leave it empty.")


# --- words too long for a line ------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "first", "rest", "pieces"),
    [
        ("fits", 4, None, ["fits"]),
        ("abcdefgh", 4, None, ["abc…", "def…", "gh"]),
        ("abcdefgh", 5, 3, ["abcd…", "ef…", "gh"]),
        ("abc", 1, None, ["a…", "b…", "c"]),
        ("漢字漢字", 3, None, ["漢…", "字…", "漢…", "字"]),
        ("", 3, None, [""]),
    ],
    ids=["fits", "same room", "less room later", "no room", "wide", "empty"],
)
def test_a_word_wider_than_its_line_is_broken_with_a_mark(
    word: str, first: int, rest: int | None, pieces: list[str]
) -> None:
    assert break_word(word, first, rest) == pieces
    assert "".join(piece.removesuffix("…") for piece in pieces) == word


def test_printed_text_breaks_a_long_word_with_a_mark() -> None:
    lines = wrap_words(f"Cut the time {LONG} for the team", 30)
    assert lines == [
        "Cut the time",
        "supercalifragilisticexpialido…",
        "cioussupercalifragilisticexpi…",
        "alidocious for the team",
    ]

    indented = wrap_words(
        f"x {LONG}", 30, initial_indent="  1. ", subsequent_indent="     "
    )
    assert all(cell_len(line) <= 30 for line in indented)
    assert [line.endswith("…") for line in indented] == [False, True, True, False]
    # A no-break space still glues two words into one.
    assert wrap_words("a\u00a0b c", 3) == ["a\u00a0b", "c"]


def test_a_hanging_line_breaks_a_long_word_with_a_mark() -> None:
    lines = wrap_hanging(f"Cut {LONG}", 30, 20)
    assert lines[0] == "Cut"
    assert all(cell_len(line) <= 20 for line in lines[1:])
    assert all(line.endswith("…") for line in lines[1:-1])
    assert "".join(line.removesuffix("…") for line in lines[1:]) == LONG


def test_the_strongest_wins_break_a_long_word_with_a_mark() -> None:
    title = HangingLines(f"1. Cut the time {LONG} for the team", hang=3)
    shown = [line.plain for line in title.lines(40)]
    assert shown == [
        "1. Cut the time",
        "   supercalifragilisticexpialidocioussu…",
        "   percalifragilisticexpialidocious for",
        "   the team",
    ]


# --- the help says when more is below -----------------------------------------------


async def test_the_help_says_more_is_below_until_scrolled_to_its_end(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await home_read(pilot)
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        more = app.screen.query_one("#help-more", Static)
        page = app.screen.query_one("#help")
        # Shown, and laid out where it can be read: inside the help's box.
        await wait_until(
            pilot,
            lambda: more.display and page.region.contains_region(more.region),
        )
        assert catalogue.HELP_MORE in str(more.render())

        page.scroll_end(animate=False)
        await wait_until(pilot, lambda: not more.display)
        await pilot.pause()
        assert page.scroll_y == page.max_scroll_y, "the last line is in view"

        page.scroll_home(animate=False)
        await wait_until(pilot, lambda: more.display)


async def test_a_help_that_fits_says_nothing_more(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 60)) as pilot:
        await home_read(pilot)
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        page = app.screen.query_one("#help")
        assert page.max_scroll_y == 0
        assert not app.screen.query_one("#help-more").display


# --- keys written as the help writes them -------------------------------------------


async def test_a_dimmed_key_with_no_reason_of_its_own_is_named_as_in_the_help(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        home = await home_read(pilot)
        reason = home.dimmed_key_reason(Binding("ctrl+s", "save", "Save"))
    assert reason == catalogue.KEY_DIMMED.format(key="Ctrl+S", action="Save")


async def test_home_names_its_other_keys_as_the_help_does(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = [
        *HomeScreen.BINDINGS,
        Binding("ctrl+e", "app.edit_profile", "Profile", show=False),
    ]
    monkeypatch.setattr(HomeScreen, "BINDINGS", keys)
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        home = await home_read(pilot)
        named = str(home.query_one("#home-keys", Static).render())
    assert "Ctrl+E Profile" in named
    assert "ctrl+e" not in named
    assert "k Quick win" in named, "a typed letter stays as it is"
