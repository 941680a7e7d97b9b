"""Once a win saves, the form's earlier "Win not saved" notices are taken down.

A failure shown for a save the data file refused is about the win before it
was corrected; left on screen over home it would say the win was lost. Notices
from elsewhere stay up. A half-typed measure is said under its fields instead,
and goes once the figures change.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from careerclimb_tui import catalogue
from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Win
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.fields import FieldError
from tests.helpers import make_app, type_text, wait_until

TITLE = "Cut deploy time for the web app"
ELSEWHERE = "A notice from another part of the app"
REFUSED = "The data file could not be written just now."


def notices(app: CareerClimbApp) -> list[tuple[str, str, str]]:
    """The notices on screen: (severity, title, message)."""
    return [(n.severity, n.title, n.message) for n in app._notifications]


async def open_quick_form(app: CareerClimbApp, pilot: Pilot) -> LogWinScreen:
    """Set up with the defaults, open the quick form and type the win's line."""
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
    await pilot.press("k")
    form = app.screen
    assert isinstance(form, LogWinScreen)
    await type_text(pilot, TITLE)
    return form


async def test_a_corrected_measure_saves_and_takes_down_its_reason(
    store: Store, clock: FixedClock
) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_quick_form(app, pilot)
        app.notify(ELSEWHERE, severity="error", timeout=600)
        form.query_one("#before").focus()
        await type_text(pilot, "8")
        await pilot.press("ctrl+s")
        reason = form.query_one("#measure-error", FieldError)
        await wait_until(pilot, lambda: reason.display)
        assert reason.message == catalogue.LOG_MEASURE_INCOMPLETE
        assert app.screen is form
        # The half left blank takes the focus, to be typed into at once.
        assert form.query_one("#after").has_focus

        await type_text(pilot, "3")
        assert not reason.display
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.pause()

        shown = notices(app)
        assert not [n for n in shown if n[1] == catalogue.LOG_NOT_SAVED]
        assert ("error", "", ELSEWHERE) in shown
        [win] = store.wins()
        assert any(n[2].startswith(f"Saved win #{win.id}") for n in shown)


async def test_a_save_the_store_refused_is_taken_down_once_it_saves(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_win = store.add_win
    attempts: list[Win] = []

    def refuse_once(win: Win) -> Win:
        attempts.append(win)
        if len(attempts) == 1:
            raise CareerClimbError(REFUSED)
        return add_win(win)

    monkeypatch.setattr(store, "add_win", refuse_once)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_quick_form(app, pilot)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(attempts) == 1)
        await wait_until(
            pilot,
            lambda: ("error", catalogue.LOG_NOT_SAVED, REFUSED) in notices(app),
        )
        assert app.screen is form

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.pause()

        assert not [n for n in notices(app) if n[1] == catalogue.LOG_NOT_SAVED]
        assert [win.title for win in store.wins()] == [TITLE]
