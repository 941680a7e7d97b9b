"""``doctor --restore`` exits by whether the restore worked; what else it finds,
such as a folder others can read, is still said."""

from __future__ import annotations

import datetime as dt
import io

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Win
from careerclimb_tui.store import Store


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["doctor", *argv], clock=clock, out=out)
    return code, out.getvalue()


def written_on_three_days(store: Store, clock: FixedClock) -> Store:
    for title in ("day one", "day two", "day three"):
        store.add_win(Win(title, dt.date(2026, 11, 3)))
        clock.advance(days=1)
    return store


def test_a_restore_that_worked_exits_0_and_still_tells_the_folder_warning(
    store: Store, clock: FixedClock
) -> None:
    written_on_three_days(store, clock)
    store.path.parent.chmod(0o755)
    backup = store.backups()[0].name

    code, output = run(clock, "--restore", backup, "--yes")

    assert code == 0
    assert f"Put back {backup} as the data file" in output
    assert f"chmod 700 {store.path.parent}" in output


def test_without_a_restore_the_folder_warning_still_exits_1(
    store: Store, clock: FixedClock
) -> None:
    written_on_three_days(store, clock)
    store.path.parent.chmod(0o755)

    code, output = run(clock)

    assert code == 1
    assert f"chmod 700 {store.path.parent}" in output


def test_a_restore_refused_exits_1(store: Store, clock: FixedClock) -> None:
    written_on_three_days(store, clock)
    store.path.parent.chmod(0o755)

    code, _ = run(clock, "--restore", "careerclimb-19990101.json", "--yes")

    assert code == 1
