"""Activity phrasing beside a measured result in the pitch, and dated Markdown lines.

A committee still hears "worked on" and "reviewed 40 PRs" as effort when a result
follows them, so the pitch's check flags them in whichever paragraph they stand.
A Markdown list kept as a diary, one dated line per win without bullets, imports
as the help and the README say it does.
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.pitch import FlagKind, check_pitch
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.export.importers import parse_markdown_list
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app

TODAY = dt.date(2026, 11, 18)
NOTICED = " The platform team adopted it."

# --- activity phrasing in the pitch ------------------------------------------------

ACTIVITY_BESIDE_RESULTS = [
    # (the pitch, the activity phrasings a committee would question)
    (
        "Also: Worked on the on-call runbook and reviewed 40 PRs; pages went "
        "from 9 to 2 a week.",
        ["Worked on", "reviewed 40 PRs"],
    ),
    (
        "Helped with the migration; deploy time went from 40 to 12 minutes.",
        ["Helped with"],
    ),
    (
        "Was involved in the migration; deploy time went from 40 to 12 minutes.",
        ["Was involved in"],
    ),
    (
        "Reviewed 200 PRs; review wait went from 3 days to 4 hours.",
        ["Reviewed 200 PRs"],
    ),
    (
        "The problem: Pages woke the on-call engineer every night.\n\nWhat I "
        "drove: Cut alert noise; pages fell from 30 to 4 a week.\n\nAlso: "
        "Contributed to the runbook; time to diagnose went from 30 to 3 minutes.",
        ["Contributed to"],
    ),
    (
        "Wrote the on-call diagnosis runbook: time to diagnose went from 30 to 3 "
        "minutes.",
        [],
    ),
    (
        "Designed and shipped the new cache; p95 latency went from 900 to 120 ms.",
        [],
    ),
    (
        "Mentored two new engineers; pages they answered alone went from 0 to 12.",
        [],
    ),
    # The result told in the next sentence answers for the work before it,
    (
        "Also: Wrote the on-call diagnosis runbook and alert links. The on-call "
        "engineer now diagnoses payment incidents in 3 minutes instead of 30.",
        [],
    ),
    # but not for wording that hides the user's part.
    (
        "Also: Worked on the on-call runbook. Time to diagnose went from 30 to 3 "
        "minutes.",
        ["Worked on"],
    ),
]  # fmt: skip


@pytest.mark.parametrize("text, phrases", ACTIVITY_BESIDE_RESULTS)
def test_activity_phrasing_beside_a_result_is_still_flagged(
    text: str, phrases: list[str]
) -> None:
    flags = check_pitch(text + NOTICED, [], [])

    activity = [flag for flag in flags if flag.kind is FlagKind.ACTIVITY]
    if not phrases:
        assert activity == []
        return
    [flag] = activity
    assert f"({', '.join(phrases)})" in flag.message
    assert "a committee hears effort" in flag.message
    assert "Say what you changed" in flag.message


def test_activity_phrasing_without_a_result_says_what_a_committee_hears() -> None:
    [_not_noticed, flag] = check_pitch("Worked on the on-call runbook.", [], [])

    assert flag.kind is FlagKind.ACTIVITY
    assert flag.excerpt == "Worked on the on-call runbook."
    assert flag.message.startswith("Reads as activity (Worked on): a committee ")
    assert "Say what changed because of it." in flag.message


async def test_a_supporting_win_titled_as_activity_is_told_by_its_change(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        framed(
            Win(
                title="Cut deploy failures from 12 to 3 a month",
                date=dt.date(2026, 10, 1),
                noticed_by="Payments team",
            )
        )
    )
    store.add_win(
        framed(
            Win(
                title="Worked on the on-call runbook and reviewed 40 PRs",
                date=dt.date(2026, 10, 8),
                measure=Measure(before=9, after=2, unit="a week", label="pages"),
            )
        )
    )

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PitchScreen)

        assert "Also: pages went from 9 a week to 2 a week." in screen.text
        assert "reviewed 40 PRs" not in screen.text
        flags = " ".join(str(screen.query_one("#pitch-flags", Static).render()).split())
        assert "Reads as activity" not in flags


# --- Markdown lines without bullets ------------------------------------------------

BARE_LINES = [
    # (the file, the (date, title) of each win it gives, how many lines left out)
    ("2026-10-03 Cut CI time", [(dt.date(2026, 10, 3), "Cut CI time")], 0),
    ("2026-10-03: Cut CI time", [(dt.date(2026, 10, 3), "Cut CI time")], 0),
    ("03/10/2026 - Cut CI time", [(dt.date(2026, 10, 3), "Cut CI time")], 0),
    ("2026-10-03 \u2013 Cut CI time", [(dt.date(2026, 10, 3), "Cut CI time")], 0),
    (
        "2026-10-03 Cut CI time\n2026-10-17: Led the incident review",
        [
            (dt.date(2026, 10, 3), "Cut CI time"),
            (dt.date(2026, 10, 17), "Led the incident review"),
        ],
        0,
    ),
    (
        "2026-10-03 Cut CI time\n  for the web app",
        [(dt.date(2026, 10, 3), "Cut CI time for the web app")],
        0,
    ),
    (
        "# 2026-10-03 Autumn\nNotes for my 1:1.\n2026-10-03 Cut CI time",
        [(dt.date(2026, 10, 3), "Cut CI time")],
        2,
    ),
    ("2026-10-03\n2026-10-03:", [], 0),
    ("2026 was a good year\n3 bugs fixed", [], 2),
    ("```\n2026-10-03 an example\n```", [], 0),
    (
        "- 2026-10-03 Cut CI time\nA paragraph\n  still the paragraph",
        [(dt.date(2026, 10, 3), "Cut CI time")],
        2,
    ),
]  # fmt: skip


@pytest.mark.parametrize("text, wins, left_out", BARE_LINES)
def test_a_line_that_starts_with_a_date_is_a_win_without_a_bullet(
    text: str, wins: list[tuple[dt.date, str]], left_out: int
) -> None:
    parsed = parse_markdown_list(text, "wins.md", TODAY)

    found = [(c.win.date, c.win.title) for c in parsed.candidates if c.win]
    assert found == wins
    counts = [note.split()[0] for note in parsed.notes if "left out" in note]
    assert counts == ([str(left_out)] if left_out else [])


def test_a_dated_line_with_an_impossible_date_is_skipped_with_its_reason() -> None:
    parsed = parse_markdown_list("2026-02-30 Migrated the index", "wins.md", TODAY)

    [candidate] = parsed.candidates
    assert candidate.win is None
    assert candidate.reason == (
        "There is no 30 February 2026: February 2026 has 28 days."
    )
