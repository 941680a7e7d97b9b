"""A long text in a field of several lines of the win form shows how it begins once
the field is left, and where the cursor is once the user comes back."""

from __future__ import annotations

import datetime as dt

from textual.pilot import Pilot
from textual.widgets import TextArea

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import run_app, type_text, wait_until

LONG = (
    "Added runbook links to every alert so on-call engineers reach the right "
    "page at once; on-call now finds the failing service in minutes"
)


def shown(area: TextArea) -> list[str]:
    """The lines of the field as the screen shows them, without trailing blanks."""
    return [area.render_line(y).text.strip() for y in range(area.size.height)]


async def _typed_long(pilot: Pilot[None], key: str, field: str) -> TextArea:
    """Open the win form with ``key``, type the long text into ``field``."""
    await pilot.press(key)
    await wait_until(
        pilot,
        lambda: (
            isinstance(pilot.app.screen, LogWinScreen)
            and pilot.app.screen.query(f"#{field}")
        ),
    )
    area = pilot.app.screen.query_one(f"#{field}", TextArea)
    area.focus()
    await type_text(pilot, LONG)
    return area


def _starts(area: TextArea) -> bool:
    """Whether the field shows the long text's opening words on its first line."""
    lines = shown(area)
    return bool(lines) and lines[0].startswith("Added runbook links")


async def test_what_you_did_shows_its_opening_words_once_left(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        title = await _typed_long(pilot, "k", "title")
        await wait_until(pilot, lambda: not _starts(title))

        await pilot.press("tab")

        assert app.focused is not title
        await wait_until(pilot, lambda: _starts(title))


async def test_the_line_being_typed_on_stays_in_view(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        title = await _typed_long(pilot, "k", "title")

        # The text's last word, on a line of its own, is the one being typed.
        await wait_until(pilot, lambda: shown(title)[-1] == "minutes")


async def test_coming_back_to_the_field_shows_the_cursor_again(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        title = await _typed_long(pilot, "k", "title")
        await pilot.press("tab")
        await wait_until(pilot, lambda: _starts(title))

        await pilot.press("shift+tab")

        assert app.focused is title
        assert title.cursor_location == title.document.end
        await wait_until(
            pilot, lambda: any(line.endswith("minutes") for line in shown(title))
        )
        # Typing goes on at the end, where it was left.
        await type_text(pilot, " now")
        assert title.text == f"{LONG} now"


async def test_what_changed_shows_its_start_once_left(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        changed = await _typed_long(pilot, "w", "changed")
        await pilot.press("tab")

        await wait_until(pilot, lambda: _starts(changed))


async def test_a_saved_win_opens_with_what_changed_shown_from_its_start(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(
        framed(
            Win(title="Alert runbooks", date=dt.date(2026, 11, 2), what_changed=LONG)
        )
    )
    async with run_app(store, clock) as (app, pilot):
        app.push_screen(LogWinScreen(win))
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, LogWinScreen) and app.screen.query("#changed")
            ),
        )
        changed = app.screen.query_one("#changed", TextArea)

        await wait_until(pilot, lambda: _starts(changed))
