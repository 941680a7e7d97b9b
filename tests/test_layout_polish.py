"""What a user reads at a glance: fields that have been left, home and the gap
table in a small terminal, and how long a passing note covers the screen.

A long text in a one-line field reads from its start once the user moves on;
home names every key the footer has no room for; the gap table's last columns
come into view with the arrow keys; and a short note goes sooner than a warning.
"""

from __future__ import annotations

import html
import re

from textual.pilot import Pilot
from textual.widgets import Input, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.screens.peer_form import PeerFormScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

SMALL = (40, 12)
LONG_NAME = (
    "Priya Raman from the payments platform team, who led the cross-team "
    "migration of the ledger"
)


def shown_text(field: Input) -> str:
    """The characters a one-line field shows, as the user reads them."""
    return field.render_line(0).text.strip()


def screen_text(pilot: Pilot[None]) -> str:
    """Every character on the terminal, run together."""
    svg = pilot.app.export_screenshot()
    parts = re.findall(r">([^<]*)</text>", svg)
    return html.unescape("".join(parts)).replace("\xa0", " ")


# --- one-line fields ----------------------------------------------------------------


async def test_a_long_name_reads_from_its_start_once_the_field_is_left(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.run_action("open('peers')")
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, PeerFormScreen))
        field = app.screen.query_one("#peer-name", Input)
        await type_text(pilot, LONG_NAME)
        await pilot.pause()
        assert shown_text(field).endswith("of the ledger"), "typing shows the cursor"

        await pilot.press("tab")
        await pilot.pause()
        assert not field.has_focus
        assert shown_text(field).startswith("Priya Raman from")

        # Back in the field, the cursor is where it was: after the last word.
        await pilot.press("shift+tab")
        await pilot.pause()
        assert field.has_focus
        assert shown_text(field).endswith("of the ledger")


async def test_a_long_search_reads_from_its_start_once_the_field_is_left(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SMALL) as pilot:
        await app.run_action("open('journal')")
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, JournalScreen) and app.screen.query("#wins"),
        )
        await pilot.pause()
        search = app.screen.query_one("#search", Input)
        search.focus()
        await type_text(pilot, "deploy failures across the payments service")
        await pilot.pause()
        assert not shown_text(search).startswith("deploy")

        await pilot.press("tab")
        await pilot.pause()
        assert not search.has_focus
        assert shown_text(search).startswith("deploy")


# --- home in a small terminal -------------------------------------------------------


async def test_home_names_the_keys_a_narrow_footer_cuts_off(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(
            pilot,
            lambda: isinstance(app.screen, HomeScreen) and app.screen.query("#recent"),
        )
        more = app.screen.query_one("#home-keys", Static)
        assert "Gaps" not in str(more.render()), "the footer shows it at 80 columns"

        await pilot.resize_terminal(*SMALL)
        await wait_until(pilot, lambda: "g Gaps" in str(more.render()))
        named = str(more.render())
        for key in ("r Review", "g Gaps", "l Ladder", "q Quit", "k Quick win"):
            assert key in named

        # Scrolled to the end, the whole line is on the page.
        page = app.screen.query_one("#home-body")
        page.scroll_end(animate=False)
        await pilot.pause()
        assert more.region.bottom <= page.region.bottom
        assert "every command" in screen_text(pilot)

        await pilot.resize_terminal(80, 24)
        await wait_until(pilot, lambda: "Gaps" not in str(more.render()))


# --- the gap table in a small terminal ----------------------------------------------


async def test_the_gap_tables_last_columns_come_into_view_with_the_arrows(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SMALL) as pilot:
        await app.run_action("open('gaps')")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        await pilot.pause()
        shown = screen_text(pilot)
        assert "Status" in shown, "short names leave room for the status"
        assert "Criteria" not in shown

        for _ in range(3):
            await pilot.press("right")
        await pilot.pause()
        shown = screen_text(pilot)
        assert "Criteria" in shown
        assert "0/1 met" in shown
        assert "Scope and imp…" in shown, "the dimension stays in view"

        for _ in range(3):
            await pilot.press("left")
        await pilot.pause()
        assert "Status" in screen_text(pilot)

        # Where the table fits, the names are whole again.
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        shown = screen_text(pilot)
        assert "Mentoring and growing others" in shown
        assert "Criteria" in shown


# --- notes ---------------------------------------------------------------------------


async def test_a_note_stays_as_long_as_it_takes_to_read(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.clear_notifications()
        app.notify("Win saved.", title="Saved")
        app.notify("The file could not be written.", severity="warning")
        app.notify("Nothing was saved.", severity="error")
        app.notify(" ".join(["word"] * 18), title="A long note")
        app.notify(" ".join(["word"] * 24), severity="warning")
        await pilot.pause()
        note, warning, error, long_note, long_warning = list(app._notifications)

        assert note.timeout == 3
        assert warning.timeout == error.timeout == app.NOTIFICATION_TIMEOUT
        # Twenty-odd words take seven or eight seconds to read: a long note stays
        # that long, past Textual's default, whatever its severity.
        assert long_note.timeout == 7
        assert long_warning.timeout == 8
