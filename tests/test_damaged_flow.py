"""Starting the app on a data file that cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.domain.records import Win
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.damaged import DamagedFileScreen
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.store import DataFileDamaged, Store
from tests.helpers import wait_until

BROKEN = b'{"wins": {"1": {"title": "half a fi'


def damaged_store(store: Store, clock: FixedClock) -> DataFileDamaged:
    """A store with a day-old backup whose data file was then cut short."""
    seed_demo(store, clock.today())
    clock.advance(days=1)
    store.add_win(Win(title="A win from the next day", date=clock.today()))
    store.path.write_bytes(BROKEN)
    with pytest.raises(DataFileDamaged) as caught:
        Store(store.path, clock=clock).check()
    return caught.value


def app_for(
    store: Store, clock: FixedClock, problem: DataFileDamaged
) -> CareerClimbApp:
    fresh = Store(store.path, clock=clock)
    return CareerClimbApp(fresh, load_shelf(), clock=clock, problem=problem)


async def test_the_damaged_file_is_explained_and_left_untouched(
    store: Store, clock: FixedClock
) -> None:
    problem = damaged_store(store, clock)
    app = app_for(store, clock, problem)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, DamagedFileScreen)
        text = str(app.screen.query_one("#damaged-message").render())
        assert "line 1" in text and "column" in text
        await pilot.press("q")
    assert store.path.read_bytes() == BROKEN


async def test_the_choices_say_how_many_wins_the_backup_holds_and_when_it_was_taken(
    store: Store, clock: FixedClock
) -> None:
    problem = damaged_store(store, clock)
    app = app_for(store, clock, problem)
    async with app.run_test(size=(100, 30)):
        assert isinstance(app.screen, DamagedFileScreen)
        text = " ".join(str(s.render()) for s in app.screen.query("Static"))
    flat = " ".join(text.split())
    assert "(taken 2026-11-19); it holds 7 wins." in flat
    assert "r put that backup back (7 wins);" in flat


async def test_a_backup_can_be_opened_read_only_and_nothing_is_written(
    store: Store, clock: FixedClock
) -> None:
    problem = damaged_store(store, clock)
    app = app_for(store, clock, problem)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert app.store.read_only
        banner = app.screen.query_one("#home-banner")
        await wait_until(pilot, lambda: "READ-ONLY" in str(banner.render()))
        assert len(app.store.wins()) == 7
        for key in ("w", "k"):
            app.clear_notifications()
            await pilot.press(key)
            await wait_until(pilot, lambda: bool(app._notifications))
            assert isinstance(app.screen, HomeScreen), "no form to fill in for nothing"
            [said] = [n.message for n in app._notifications]
            assert said.startswith("Nothing can be changed in a backup opened")
    assert store.path.read_bytes() == BROKEN


def test_the_next_step_of_a_read_only_backup_is_to_repair_not_to_log(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.home_lines import next_step_line

    store.add_win(Win(title="Cut deploy time", date=clock.today()))
    backup = Store.open_read_only(store.path, clock=clock)

    writable = next_step_line(store, [], clock.today())
    read_only = next_step_line(backup, [], clock.today())

    assert writable.startswith("Log your first win")
    assert read_only.startswith("Nothing to log here: this backup is read-only.")
    assert "press w" not in read_only


async def test_restoring_puts_the_backup_back_and_keeps_the_damaged_file(
    store: Store, clock: FixedClock
) -> None:
    problem = damaged_store(store, clock)
    app = app_for(store, clock, problem)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert not app.store.read_only
    restored = Store(store.path, clock=clock)
    assert len(restored.wins()) == 7
    kept = list(store.path.parent.glob("careerclimb.json.damaged-*"))
    assert [path.read_bytes() for path in kept] == [BROKEN]


async def test_without_a_backup_only_quitting_is_offered(
    isolated_home: Path, clock: FixedClock
) -> None:
    isolated_home.mkdir(parents=True)
    path = isolated_home / "careerclimb.json"
    path.write_bytes(BROKEN)
    with pytest.raises(DataFileDamaged) as caught:
        Store(path, clock=clock).check()
    app = CareerClimbApp(
        Store(path, clock=clock), load_shelf(), clock=clock, problem=caught.value
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "o")
        assert isinstance(app.screen, DamagedFileScreen)
        keys = {
            binding.action
            for binding in (a.binding for a in app.screen.active_bindings.values())
        }
        assert "restore" not in keys and "open_read_only" not in keys
    assert path.read_bytes() == BROKEN


async def test_an_encrypted_backup_is_pointed_to_with_the_command_that_restores_it(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerclimb_tui.store import crypto

    cheap = crypto.KdfSettings(crypto.ARGON2ID, cost=8, rounds=1, lanes=1)
    monkeypatch.setattr(crypto, "DEFAULT_KDF", cheap)
    seed_demo(store, clock.today())
    store.encrypt("correct horse battery")
    clock.advance(days=1)
    store.add_win(Win(title="A win from the next day", date=clock.today()))
    store.path.write_bytes(BROKEN)
    with pytest.raises(DataFileDamaged) as caught:
        Store(store.path, clock=clock).check()
    app = app_for(store, clock, caught.value)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, DamagedFileScreen)
        text = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "is encrypted" in text and "careerclimb doctor --restore" in text
        await pilot.press("r")
        assert isinstance(app.screen, DamagedFileScreen)
    assert store.path.read_bytes() == BROKEN


async def test_home_on_a_read_only_backup_does_not_suggest_logging(
    store: Store, clock: FixedClock
) -> None:
    problem = damaged_store(store, clock)
    app = app_for(store, clock, problem)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.pause()
        step = str(app.screen.query_one("#next-step").render())
        assert "read-only" in step and "press w" not in step


async def test_a_read_only_backup_offers_no_key_that_would_change_it(
    store: Store, clock: FixedClock
) -> None:
    from textual.command import CommandPalette

    from careerclimb_tui import catalogue

    # The only backup holds no win: it was taken before the first save.
    store.save_profile(DEMO_PROFILE)
    clock.advance(days=1)
    for day in range(1, 6):
        store.add_win(Win(title=f"Win {day}", date=clock.today()))
    store.path.write_bytes(store.path.read_bytes()[:-40])
    with pytest.raises(DataFileDamaged) as caught:
        Store(store.path, clock=clock).check()
    app = app_for(store, clock, caught.value)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        home = app.screen
        await pilot.pause()

        empty = str(home.query_one("#recent-empty").render())
        assert empty == catalogue.HOME_NO_WINS_READ_ONLY
        assert "w" not in home.active_bindings
        assert "Quick win" not in str(home.query_one("#home-keys").render())

        await pilot.press("w")
        await wait_until(pilot, lambda: bool(app._notifications))
        said = " ".join(n.message for n in app._notifications)
        assert "doctor --restore" not in said and "would lose wins" in said

        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))

        def offered() -> str:
            found = app.screen.query("CommandList")
            options = found.first().options if found else []
            return " ".join(str(option.prompt) for option in options)

        await wait_until(pilot, lambda: "Wins journal" in offered())
        assert "Log a win" not in offered() and "Quick win" not in offered()
    assert store.path.read_bytes().startswith(b"{")
