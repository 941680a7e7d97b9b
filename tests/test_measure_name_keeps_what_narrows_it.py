"""A measure's name keeps the words that narrow it down ("tickets about stale
data", "pages resolved without escalation"), so it still says what was counted."""

from __future__ import annotations

import io

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.framing import read_statement
from careerclimb_tui.store import Store

# (what changed, the name the coach reads for its measure)
CASES = {
    "a verb and without": (
        "Pages resolved without escalation rose from 40% to 75%",
        "Pages resolved without escalation",
    ),
    "about": (
        "Support tickets about stale data fell from 12 to 2 a week",
        "Support tickets about stale data",
    ),
    "about after one word": (
        "Complaints about search dropped from 40 to 5",
        "Complaints about search",
    ),
    "about with no subject": ("Talked about stale data 12 → 2", "stale data"),
    "time of each deploy": ("Deploys 40 → 8 minutes", "Deploy time"),
    "who it reached": ("pager escalations to me went 9 → 1", "pager escalations"),
}


@pytest.mark.parametrize(("text", "name"), CASES.values(), ids=CASES.keys())
def test_a_name_keeps_what_narrows_it(text: str, name: str) -> None:
    reading = read_statement(text)

    assert reading.measure_names == (name,)


def test_a_logged_win_stores_the_whole_name(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Moved the on-call runbooks into the repo\n"
        "Pages resolved without escalation rose from 40% to 75%\n"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(text))

    code = main(["log", "-"], clock=clock)

    assert code == 0
    [win] = store.wins()
    assert win.measure is not None
    assert win.measure.label == "Pages resolved without escalation"
