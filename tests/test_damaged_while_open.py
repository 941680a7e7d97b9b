"""A data file damaged on disk while the app, or a store, already has it open."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.records import Profile, Win
from careerclimb_tui.screens.damaged import DamagedFileScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import DataFileDamaged, Store
from tests.helpers import home_read, notices, run_app, type_text, wait_until

# What an editor or a stray command could leave behind, each with the line the
# damage is reported on.
Harm = Callable[[str], str]


def braces_on_line(line: int) -> Harm:
    """Stray braces typed at the start of one line, as a slip in an editor."""

    def harm(text: str) -> str:
        lines = text.split("\n")
        lines[line - 1] = "{{{ " + lines[line - 1]
        return "\n".join(lines)

    return harm


DAMAGE: list[tuple[Harm, int | None]] = [
    (braces_on_line(4), 4),
    (lambda text: text[: len(text) // 2], None),
    (lambda text: "", None),
]


def damage(path: Path, harm: Harm) -> bytes:
    """Write a damaged copy of the data file over it; return the damaged bytes."""
    broken = harm(path.read_text(encoding="utf-8")).encode("utf-8")
    path.write_bytes(broken)
    return broken


@pytest.mark.parametrize("harm, line", DAMAGE, ids=["braces", "cut", "emptied"])
def test_reads_after_the_damage_show_what_was_read_and_saves_stop(
    store: Store, clock: FixedClock, harm: Harm, line: int | None
) -> None:
    seed_demo(store, clock.today())
    seen = Store(store.path, clock=clock)
    told: list[DataFileDamaged] = []
    seen.on_damage = told.append
    before = seen.wins()
    broken = damage(store.path, harm)

    assert seen.wins() == before
    assert seen.damage is not None and told and told[-1] is not None
    if line is not None:
        assert told[-1].line == line
    with pytest.raises(DataFileDamaged):
        seen.add_win(Win(title="Cut deploy time", date=clock.today()))
    with pytest.raises(DataFileDamaged):
        seen.save_profile(Profile("software-engineer", "mid", "senior"))
    assert seen.wins() == before, "a refused save keeps what was read"
    assert store.path.read_bytes() == broken


def test_a_repaired_file_is_read_again_and_the_damage_forgotten(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    good = store.path.read_bytes()
    seen = Store(store.path, clock=clock)
    seen.wins()
    store.path.write_bytes(b"{")
    seen.wins()
    assert seen.damage is not None

    store.path.write_bytes(good)
    seen.add_win(Win(title="Cut deploy time", date=clock.today()))

    assert seen.damage is None
    assert "Cut deploy time" in [win.title for win in Store(store.path).wins()]


def test_a_first_read_of_a_damaged_file_still_raises(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    store.path.write_bytes(b"{")
    with pytest.raises(DataFileDamaged):
        Store(store.path, clock=clock).wins()


async def test_a_file_damaged_while_open_offers_the_ways_out_instead_of_crashing(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with run_app(store, clock) as (app, pilot):
        await home_read(pilot)
        broken = damage(store.path, DAMAGE[0][0])

        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, DamagedFileScreen))

        text = str(app.screen.query_one("#damaged-message").render())
        assert "line 4" in text
        assert app.is_running and app.return_code is None
    assert store.path.read_bytes() == broken


async def test_saving_over_a_damaged_file_says_so_once_with_the_next_step(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with run_app(store, clock, size=(100, 30)) as (app, pilot):
        home = await home_read(pilot)
        await pilot.press("k")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await type_text(pilot, "Cut deploy time")
        broken = damage(store.path, DAMAGE[0][0])

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(notices(app)))
        # Home looks for outside changes on a timer; the form is left alone.
        home._check_for_outside_changes()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(app._notifications) == 1)
        await pilot.pause()

        [said] = notices(app)
        # The path starts a line and is broken, if at all, only after a "/".
        assert f"\n{store.path}\n" in said.replace("/\n", "/")
        assert "careerclimb doctor" in said
        assert isinstance(app.screen, LogWinScreen), "the typing is kept"

        await pilot.press("escape", "y")
        await wait_until(pilot, lambda: isinstance(app.screen, DamagedFileScreen))
        assert app.is_running
    assert store.path.read_bytes() == broken


def test_the_command_line_points_a_damaged_file_to_the_doctor(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_demo(store, clock.today())
    store.path.write_bytes(b"{")

    code = main(["wins"], clock=clock, out=io.StringIO())
    err = capsys.readouterr().err
    doctor_code = main(["doctor"], clock=clock, out=io.StringIO())
    doctor_err = capsys.readouterr().err

    assert code == 3
    assert err.count("careerclimb doctor") == 1
    assert catalogue.DATA_FILE_DAMAGED_NEXT in err
    assert doctor_code != 0 and catalogue.DATA_FILE_DAMAGED_NEXT not in doctor_err
