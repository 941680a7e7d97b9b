"""A dialog opened from a page leaves the page's notices on the page: its key hint
reads whole at 80×24, and a notice raised while it is open still shows."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

# Not exported by textual.widgets: the widget a notice is drawn with.
from textual.widgets._toast import Toast

from careerclimb_tui import app as careerclimb_app
from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.journal import JournalScreen, WinDetailScreen
from careerclimb_tui.screens.pitch import PitchScreen, ShortPitchDialog
from careerclimb_tui.store import Store
from tests.helpers import make_app, notices, open_journal, type_text, wait_until


@pytest.fixture(autouse=True)
def notices_outlast_a_slow_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The saved notices these tests look for again stay up for the whole test,
    however slowly a busy machine runs it."""
    monkeypatch.setattr(careerclimb_app, "NOTE_MIN_SECONDS", 600.0)


def line_at(pilot: Pilot[None], y: int) -> str:
    """The text of one row of the screen as drawn."""
    strips = pilot.app.screen._compositor.render_strips()
    return "".join(segment.text for segment in strips[y])


def hint_line(pilot: Pilot[None], hint: Widget) -> str:
    """The row of the screen the one-line key hint ``hint`` is drawn on."""
    region = hint.region
    assert region.height == 1, "the hint shows on one line"
    return line_at(pilot, region.y)


def shown_notices(screen: Screen[object]) -> list[str]:
    """The messages of the notices drawn on ``screen``."""
    return [str(toast._notification.message) for toast in screen.query(Toast)]


async def test_the_win_dialog_hint_reads_whole_after_a_save_on_the_journal(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        journal = await open_journal(pilot)
        await pilot.press("ctrl+n")
        await type_text(pilot, "Halved the on-call pages in a month")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is journal)
        await wait_until(pilot, lambda: bool(journal.query(Toast)))
        assert isinstance(app.screen, JournalScreen)

        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        dialog = app.screen
        hint = dialog.query_one("#detail > .hint", Static)
        await wait_until(pilot, lambda: hint.region.height == 1)
        await pilot.pause()
        assert catalogue.DETAIL_KEYS in hint_line(pilot, hint)

        # A notice raised while the dialog is open shows on it alone, clear of
        # the hint; the saved notice, still up, stays for the journal.
        app.notify("Backed up.", timeout=60)
        await wait_until(pilot, lambda: bool(dialog.query(Toast)))
        await pilot.pause()
        assert shown_notices(dialog) == ["Backed up."]
        assert any(note.startswith("Saved win #") for note in notices(app))
        assert catalogue.DETAIL_KEYS in hint_line(pilot, hint)


async def test_the_short_pitch_hint_reads_whole_after_a_save_on_the_pitch(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        page = app.screen
        await pilot.press("ctrl+s")
        saved = catalogue.PITCH_SAVED.format(number=1)
        await wait_until(pilot, lambda: saved in notices(app))
        await wait_until(pilot, lambda: bool(page.query(Toast)))

        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, ShortPitchDialog))
        dialog = app.screen
        # The story is longer than the box: the hint is at the end of it.
        await pilot.press("end")
        hint = dialog.query("#short-pitch > .hint").last(Static)
        await wait_until(pilot, lambda: hint.region.height == 1)
        await pilot.pause()
        assert catalogue.SHORT_KEYS in hint_line(pilot, hint)

        # Sending it to the clipboard is told on the dialog alone, clear of the
        # hint; the saved notice, still up, stays for the pitch.
        await pilot.press("y")
        await wait_until(pilot, lambda: bool(dialog.query(Toast)))
        await pilot.pause()
        assert shown_notices(dialog) == [catalogue.PITCH_SHORT_COPIED]
        assert saved in notices(app)
        assert catalogue.SHORT_KEYS in hint_line(pilot, hint)
