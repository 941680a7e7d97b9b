"""A win titled as activity is brought to the manager by its change, and an
unmeasured "faster" change is asked by how much."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.domain.conversation import build_prep_plan
from careerclimb_tui.domain.framing import read_win
from careerclimb_tui.domain.records import Profile, Win
from careerclimb_tui.ladders import BUNDLED_DIR, load_ladder

TODAY = dt.date(2026, 11, 18)

LINES = [
    # title, what changed, the line as the prep says it
    (
        "Worked on the CI pipeline",
        "Builds are faster for everyone",
        "Builds are faster for everyone — logged as: worked on the CI pipeline",
    ),
    # A title that tells a change is worded the same way: every line alike.
    (
        "Cut CI time for the web app",
        "Builds are faster for everyone",
        "Builds are faster for everyone — logged as: cut CI time for the web app",
    ),
    ("Reviewed 200 PRs this quarter", "", "Reviewed 200 PRs this quarter"),
]


@pytest.mark.parametrize("title, changed, line", LINES)
def test_the_prep_leads_with_the_change_when_the_title_reads_as_activity(
    title: str, changed: str, line: str
) -> None:
    ladder = load_ladder(BUNDLED_DIR / "software-engineer.yaml")
    profile = Profile(
        ladder_id="software-engineer", current_level="mid", target_level="senior"
    )
    win = Win(id=1, title=title, what_changed=changed, date=dt.date(2026, 11, 2))

    plan = build_prep_plan(profile, ladder, [win], None, [], TODAY)

    assert plan.evidence[0].text == line


HOW_MUCH = [
    # title, what changed, the word asked about, or "" when no such question
    ("Worked on the CI pipeline", "Builds are faster for everyone", "Faster"),
    ("Builds are faster for everyone", "", "Faster"),
    ("Worked on the CI pipeline", "Builds fell from 20 to 5 minutes", ""),
    ("Worked on the CI pipeline", "Builds are 3x faster for everyone", ""),
]


@pytest.mark.parametrize("title, changed, word", HOW_MUCH)
def test_the_coach_asks_by_how_much_for_an_unmeasured_faster(
    title: str, changed: str, word: str
) -> None:
    reading = read_win(title, changed)

    asked = [hint for hint in reading.hints if "by how much" in hint]
    if word:
        assert asked == [catalogue.FRAMING_HOW_MUCH.format(word=word)]
    else:
        assert asked == []
