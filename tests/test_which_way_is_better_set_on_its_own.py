"""Which way is better can be set on its own, so a direction mistyped on one
reading does not stay once that reading is gone."""

from __future__ import annotations

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.initiative import start_initiative
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative


@pytest.mark.parametrize(
    ("slip", "fix"),
    [("higher", "lower"), ("lower", "higher")],
    ids=["back to lower", "back to higher"],
)
def test_a_mistyped_direction_is_set_back_without_a_new_reading(
    store: Store,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    slip: str,
    fix: str,
) -> None:
    problem = save_initiative(store, start_initiative("Flaky builds", clock.now()))
    ident = str(problem.id)
    wrong = "lower" if fix == "higher" else "higher"
    baseline = ["--metric", "builds retried", "--better", wrong, "--unit", "%"]
    assert main(["problem", "measure", ident, "30", *baseline], clock=clock) == 0
    assert main(["problem", "measure", ident, "8", "--better", slip], clock=clock) == 0
    capsys.readouterr()

    assert main(["problem", "readings", ident, "--better", fix], clock=clock) == 0

    saved = initiatives(store)[0]
    assert saved.better == fix
    assert [r.value for r in saved.readings] == [8]
    out = capsys.readouterr().out
    assert f"{fix} is now better" in out


def test_setting_the_direction_cannot_be_mixed_with_a_correction(
    store: Store, clock: FixedClock
) -> None:
    problem = save_initiative(store, start_initiative("Flaky builds", clock.now()))
    ident = str(problem.id)
    args = ["problem", "readings", ident, "--better", "lower", "--delete", "1"]

    with pytest.raises(SystemExit) as stopped:
        main(args, clock=clock)

    assert stopped.value.code == 2
