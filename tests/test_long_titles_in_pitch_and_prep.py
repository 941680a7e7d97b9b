"""A win title far longer than a line anyone retells is questioned by the pitch
check, and the prep quotes it by its first words, on screen and in print."""

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
from careerclimb_tui.domain.conversation import EVIDENCE_TITLE_CHARS, build_prep_plan
from careerclimb_tui.domain.pitch import FlagKind, check_pitch
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.sentences import cut_at_word
from careerclimb_tui.domain.wins import LONG_TITLE, framed
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.manager_prep import PrepScreen
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

# A title pasted in whole: some 1,600 characters, one sentence.
PASTED = " ".join(
    ["Reworked the flaky integration suite so that teams can trust it again"] * 23
)
SHORT_TITLE = "Cut deploy time for payments and search"


def long_sentence_flags(text: str) -> list[str]:
    return [
        flag.message
        for flag in check_pitch(text, [], [])
        if flag.kind is FlagKind.LONG_SENTENCE
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Also: cut deploy time for payments and search.", None),
        # Exactly as long as the win coach lets a title be.
        ("x" * (LONG_TITLE - 1) + ".", None),
        ("x" * LONG_TITLE + ".", LONG_TITLE + 1),
        (f"Also: {PASTED}.", len(f"Also: {PASTED}.")),
        # Many short sentences make a long paragraph, not a long line.
        (" ".join(["Deploys take 10 minutes instead of 45."] * 12), None),
    ],
    ids=["short", "at the limit", "one past it", "pasted title", "many short"],
)
def test_a_sentence_past_a_title_s_length_is_questioned(
    text: str, count: int | None
) -> None:
    found = long_sentence_flags(text)

    if count is None:
        assert found == []
    else:
        assert len(found) == 1
        assert found[0].startswith(f"One sentence runs to {count:,} characters")


@pytest.mark.parametrize(
    ("text", "limit", "cut"),
    [
        ("Cut CI time", 50, "Cut CI time"),
        ("Cut  CI\ntime", 50, "Cut CI time"),
        ("Cut CI time for the web app", 12, "Cut CI time…"),
        ("Cut CI time for the web app", 11, "Cut CI time…"),
        ("Cut CI time for the web app", 10, "Cut CI…"),
        ("Cut CI time, then the web app", 12, "Cut CI time…"),
        ("Supercalifragilistic", 5, "Super…"),
    ],
)
def test_a_long_text_is_cut_after_a_whole_word(text: str, limit: int, cut: str) -> None:
    assert cut_at_word(text, limit) == cut


CUT = cut_at_word(PASTED, EVIDENCE_TITLE_CHARS)


@pytest.mark.parametrize(
    ("title", "changed", "said"),
    [
        (SHORT_TITLE, "", SHORT_TITLE),
        (
            SHORT_TITLE,
            "Deploys take 10 minutes",
            "Deploys take 10 minutes — logged as: cut deploy time for payments "
            "and search",
        ),
        (PASTED, "", CUT),
        (PASTED, "Reruns fell", f"Reruns fell — logged as: r{CUT[1:]}"),
    ],
    ids=["short alone", "short with change", "long alone", "long with change"],
)
def test_evidence_quotes_a_long_title_by_its_first_words(
    title: str, changed: str, said: str
) -> None:
    win = Win(title=title, date=dt.date(2026, 11, 2), what_changed=changed, id=1)
    ladder = load_shelf().ladders[DEMO_PROFILE.ladder_id]

    plan = build_prep_plan(DEMO_PROFILE, ladder, [win], None, [], dt.date(2026, 12, 1))

    assert [line.text for line in plan.evidence] == [said]
    assert CUT.endswith("…") and len(CUT) <= EVIDENCE_TITLE_CHARS + 1


def shown_text(widget: Static) -> str:
    """What a static widget shows, its words on one line."""
    console = Console(width=200, file=io.StringIO(), record=True)
    console.print(widget.content)
    return " ".join(console.export_text().split())


def seed_long_title(store: Store) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        framed(
            Win(
                title=PASTED,
                date=dt.date(2026, 11, 2),
                what_changed="Reruns fell from 30 a week to 4 a week",
                measure=Measure(before=30, after=4, unit="reruns a week"),
            )
        )
    )


def run(clock: FixedClock, *argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), clock=clock, out=out) == 0
    return out.getvalue()


def test_the_printed_prep_and_pitch_deal_with_a_pasted_title(
    store: Store, clock: FixedClock
) -> None:
    seed_long_title(store)

    prep = " ".join(run(clock, "prep", "--print").split())
    pitch = " ".join(run(clock, "pitch", "--print").split())
    listed = json.loads(run(clock, "prep", "--json"))["evidence"]

    assert PASTED not in prep
    assert CUT[1:] in prep
    assert listed[0]["title"].startswith(CUT)
    assert "One sentence runs to" in pitch
    assert "Nothing a committee would question" not in pitch


async def test_the_pitch_and_prep_screens_deal_with_a_pasted_title(
    store: Store, clock: FixedClock
) -> None:
    seed_long_title(store)

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        flags = app.screen.query_one("#pitch-flags", Static)
        await wait_until(pilot, lambda: "One sentence runs to" in str(flags.render()))
        checked = " ".join(str(flags.render()).split())

        await pilot.press("escape", "m", "p")
        await wait_until(pilot, lambda: isinstance(app.screen, PrepScreen))
        shown = shown_text(app.screen.query_one("#prep-evidence", Static))

    assert "Nothing a committee would question" not in checked
    assert "…" in shown
    assert PASTED not in shown
    assert len(shown) < len(PASTED)
