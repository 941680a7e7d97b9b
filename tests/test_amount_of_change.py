"""An amount of change alone ("saved $40k a year") is kept, stored and shown."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

SAVING = Measure(amount=-40_000, unit="$ a year", label="CI bill")


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def test_a_win_that_states_a_saving_keeps_it_with_its_name() -> None:
    win = framed(
        Win(title="Saved $40k a year on the CI bill", date=dt.date(2026, 11, 2))
    )

    assert win.measure == SAVING
    assert win.is_impact


def test_an_amount_of_change_round_trips_through_the_store(
    store: Store, clock: FixedClock
) -> None:
    saved = store.add_win(
        Win(title="Moved CI to spot runners", date=dt.date(2026, 11, 2), measure=SAVING)
    )

    for reader in (store, Store(store.path, clock=clock)):
        assert reader.win(saved.id or 0).measure == SAVING
    document = json.loads(store.path.read_text(encoding="utf-8"))
    assert document["wins"]["1"]["measure"]["amount"] == -40_000


def test_a_data_file_from_before_amounts_still_loads(
    store: Store, clock: FixedClock
) -> None:
    measure = Measure(before=24, after=9, unit="minutes", label="CI duration")
    store.add_win(Win(title="Cut CI time", date=dt.date(2026, 11, 2), measure=measure))
    data: dict[str, Any] = json.loads(store.path.read_text(encoding="utf-8"))
    del data["wins"]["1"]["measure"]["amount"]
    store.path.write_text(json.dumps(data), encoding="utf-8")

    [win] = Store(store.path, clock=clock).wins()

    assert win.measure == measure
    assert win.measure.amount is None


def test_the_wins_command_shows_the_saving_as_one(clock: FixedClock) -> None:
    assert run(clock, "log", "Saved $40k a year on the CI bill")[0] == 0

    _, table = run(clock, "wins")
    _, listed = run(clock, "wins", "--json")

    assert "Saved $40k a year on the CI bill" in table
    assert "↳" not in table, "the title already says the saving"
    [win] = json.loads(listed)
    assert win["measure"]["amount"] == -40_000
    assert win["measure"]["text"] == "saved $40k a year on CI bill"


async def test_the_coach_calls_a_stated_saving_measured(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        await type_text(pilot, "Saved 1.5 hours per engineer per week")
        await pilot.pause()
        verdict = " ".join(str(app.screen.query_one("#coach-verdict").render()).split())

    assert verdict.endswith(catalogue.COACH_MEASURED), verdict


async def test_editing_a_win_keeps_its_amount_of_change(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(
        Win(title="Moved CI to spot runners", date=dt.date(2026, 11, 2), measure=SAVING)
    )
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(LogWinScreen(win))
        await pilot.pause()
        await type_text(pilot, " for every repo")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: not isinstance(app.screen, LogWinScreen))

    edited = store.win(win.id or 0)
    assert edited.title == "Moved CI to spot runners for every repo"
    assert edited.measure == SAVING
