"""A "what changed" pasted in at great length is said in prep by its first words,
as a long title is: on screen, in print and in the JSON, its measure kept."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from rich.console import Console
from textual.widgets import Static

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.conversation import (
    EVIDENCE_CHANGE_CHARS,
    build_prep_plan,
)
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.manager_prep import PrepScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

TITLE = "Fixed the flaky integration suite"
# Some 850 characters, as a retro's notes pasted in whole.
PASTED = " ".join(["Teams rerun the suite far less often and trust it again"] * 15)
SHORT = "Reruns fell from 30 a week to 4"
RERUNS = Measure(before=30, after=4, unit="reruns a week")
TODAY = dt.date(2026, 12, 1)


def first_words(text: str, limit: int) -> str:
    """The words of ``text`` that fit in ``limit`` characters."""
    kept = text[:limit]
    return kept if text[limit : limit + 1] in ("", " ") else kept.rsplit(" ", 1)[0]


CUT = first_words(PASTED, EVIDENCE_CHANGE_CHARS) + "…"
AT_LIMIT = "x" * (EVIDENCE_CHANGE_CHARS - 5) + " fell"

CHANGE_CASES = {
    "a short change is said whole": (SHORT, None, SHORT),
    "a change at the limit is said whole": (AT_LIMIT, None, AT_LIMIT),
    "a pasted change is cut after a whole word": (PASTED, None, CUT),
    "one character past the limit loses the last word": (
        f"{AT_LIMIT}s",
        None,
        AT_LIMIT.rsplit(" ", 1)[0] + "…",
    ),
    "the measure follows a cut change": (
        PASTED,
        RERUNS,
        f"{CUT} (30 → 4 reruns a week)",
    ),
}


@pytest.mark.parametrize(
    ("changed", "measure", "said"), CHANGE_CASES.values(), ids=CHANGE_CASES.keys()
)
def test_evidence_says_a_long_change_by_its_first_words(
    changed: str, measure: Measure | None, said: str
) -> None:
    day = dt.date(2026, 11, 2)
    win = Win(title=TITLE, date=day, what_changed=changed, measure=measure, id=1)
    ladder = load_shelf().ladders[DEMO_PROFILE.ladder_id]

    plan = build_prep_plan(DEMO_PROFILE, ladder, [win], None, [], TODAY)

    [line] = plan.evidence
    assert line.change == said


def seed_long_change(store: Store) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        framed(Win(title=TITLE, date=dt.date(2026, 11, 2), what_changed=PASTED))
    )


def run(clock: FixedClock, *argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), clock=clock, out=out) == 0
    return out.getvalue()


def test_the_printed_prep_and_its_json_cut_a_long_change_alike(
    store: Store, clock: FixedClock
) -> None:
    seed_long_change(store)

    printed = " ".join(run(clock, "prep", "--print").split())
    [listed] = json.loads(run(clock, "prep", "--json"))["evidence"]

    assert PASTED not in printed
    assert f"{CUT} — logged as: fixed the flaky integration suite" in printed
    assert listed["change"] == CUT


async def test_the_prep_screen_cuts_a_long_change(
    store: Store, clock: FixedClock
) -> None:
    seed_long_change(store)

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "p")
        await wait_until(pilot, lambda: isinstance(app.screen, PrepScreen))
        evidence = app.screen.query_one("#prep-evidence", Static)
        console = Console(width=200, file=io.StringIO(), record=True)
        console.print(evidence.content)
        shown = " ".join(console.export_text().split())

    assert PASTED not in shown
    assert CUT in shown
