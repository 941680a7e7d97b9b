"""The coach reads a short win at every key, and a long one once typing pauses, so
a title of thousands of characters types as quickly as a short one."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.framing import Reading
from careerclimb_tui.screens import log_win
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.log_win import COACH_LIVE_CHARS, LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

WORK = "Reviewed the release checklist with the platform team and the on-call rota. "
LONG = (WORK * (3 * COACH_LIVE_CHARS // len(WORK) + 1)).strip()
MEASURED = " Deploy time fell from 30 to 10 minutes"


def counted_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the form's readings of the win; each holds the title read."""
    titles: list[str] = []
    read = log_win.read_win

    def counting(title: str, *args: Any, **kwargs: Any) -> Reading:
        titles.append(title)
        return read(title, *args, **kwargs)

    monkeypatch.setattr(log_win, "read_win", counting)
    return titles


async def open_quick_form(pilot: Pilot[None], title: str) -> LogWinScreen:
    """Open the quick form with ``title`` already in it, the cursor at its end."""
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, HomeScreen))
    await pilot.press("k")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, LogWinScreen))
    form = pilot.app.screen
    assert isinstance(form, LogWinScreen)
    area = form.query_one("#title", TextArea)
    area.text = title
    area.move_cursor(area.document.end)
    await pilot.pause()
    return form


def verdict_of(form: LogWinScreen) -> str:
    return " ".join(str(form.query_one("#coach-verdict").render()).split())


async def test_a_short_win_is_read_at_every_key(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with make_app(store, clock).run_test(size=(80, 24)) as pilot:
        form = await open_quick_form(pilot, "Reviewed the checklist")
        titles = counted_reads(monkeypatch)

        await type_text(pilot, " again")

        assert titles[-1] == "Reviewed the checklist again"
        assert len(titles) == len(" again")
        assert verdict_of(form) == catalogue.COACH_ACTIVITY


async def test_a_long_win_is_not_read_while_keys_keep_coming(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pause longer than the test: every key comes before it ends.
    monkeypatch.setattr(log_win, "COACH_PAUSE", 60.0)
    store.save_profile(DEMO_PROFILE)
    async with make_app(store, clock).run_test(size=(80, 24)) as pilot:
        form = await open_quick_form(pilot, LONG)
        titles = counted_reads(monkeypatch)

        await type_text(pilot, MEASURED)

        assert titles == []
        assert form._coach_waiting is not None


async def test_a_long_win_is_read_once_typing_pauses(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with make_app(store, clock).run_test(size=(80, 24)) as pilot:
        form = await open_quick_form(pilot, LONG)
        await wait_until(pilot, lambda: verdict_of(form) == catalogue.COACH_ACTIVITY)

        await type_text(pilot, MEASURED)

        measured = f"{catalogue.COACH_IMPACT} {catalogue.COACH_MEASURED}"
        await wait_until(pilot, lambda: verdict_of(form) == measured)
        assert form._coach_waiting is None
