"""A win's before → after a thousand times apart is questioned, by the same
rule as a problem's readings, as a note: the win is still saved."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.numbers import measure_jump, scale_jump
from careerclimb_tui.domain.records import Measure
from careerclimb_tui.screens.log_win import FormArea, LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, seed_win, wait_until

ASK = "is a unit or a zero off?"

# (the number, those it is set beside, the way it is out of scale)
SCALES = {
    "a thousand times up": (10_000, [10], 1),
    "just under a thousand times": (9_999, [10], 0),
    "up from below one": (300, [0.2], 0),
    "up from zero": (1_000, [0], 1),
    "a thousandth": (0.01, [10], -1),
    "just over a thousandth": (0.011, [10], 0),
    "down to zero": (0, [10], 0),
    "beside two, both far below": (20_000, [10, 20], 1),
    "beside two, one close": (10_000, [10, 5_000], 0),
}


@pytest.mark.parametrize(("value", "others", "way"), SCALES.values(), ids=SCALES.keys())
def test_a_number_out_of_all_scale_is_told(
    value: float, others: list[float], way: int
) -> None:
    assert scale_jump(value, others) == way


# (the measure, the note or "" when the coach says nothing)
NOTES = {
    "a jump": (Measure(10, 20_000, "ms"), f"20000 is 2000 times 10: {ASK}"),
    "a drop": (
        Measure(20_000, 10, "ms"),
        f"10 is 2000 times smaller than 20000: {ASK}",
    ),
    "in proportion": (Measure(800, 120, "ms"), ""),
    "from nothing": (Measure(0, 1_200, "users"), ""),
    "to nothing": (Measure(40, 0, "pages"), ""),
    "a change alone": (Measure(change_pct=-40), ""),
    "no measure": (None, ""),
}


@pytest.mark.parametrize(("measure", "note"), NOTES.values(), ids=NOTES.keys())
def test_a_before_after_far_apart_is_asked_about(
    measure: Measure | None, note: str
) -> None:
    assert measure_jump(measure) == note


def test_log_notes_the_jump_on_stderr_and_keeps_the_win(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["log", "Cut checkout latency", "--before", "10", "--after", "20000"]
    args += ["--unit", "ms", "--metric", "p95 latency"]

    code = main(args, clock=clock)

    assert code == 0
    printed = capsys.readouterr()
    assert f"coach: 20000 is 2000 times 10: {ASK}" in printed.err
    assert ASK not in printed.out
    [win] = store.wins()
    assert win.measure is not None and win.measure.after == 20_000


async def test_the_form_coach_asks_about_the_jump(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await home_read(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        form.query_one("#title", FormArea).text = "Cut checkout latency"
        form.query_one("#metric", Input).value = "p95 latency"
        form.query_one("#before", Input).value = "10"
        form.query_one("#after", Input).value = "20000"
        form.query_one("#unit", Input).value = "ms"
        hints = form.query_one("#coach-hints", Static)
        await wait_until(pilot, lambda: ASK in str(hints.content))

        assert "• 20000 is 2000 times 10" in str(hints.content)
