"""The coach's example of a measured change moves the way the quoted word does."""

from __future__ import annotations

import pytest

from careerclimb_tui.domain.framing import read_win

WORK = "Worked on the merge queue"

# (what changed, the title, the word quoted, how the example says it moved)
CHANGES = [
    ("Merges per day went up", "", "Went up", "rose from"),
    ("Merges per day went up", WORK, "Went up", "rose from"),
    ("Throughput increased for the team", "Reworked CI", "Increased", "rose from"),
    ("Deploys grew", WORK, "Grew", "rose from"),
    ("Test coverage is higher now", WORK, "Is higher", "rose from"),
    ("Pages went down for everyone", "Reworked CI", "Went down", "fell from"),
    ("Flaky failures dropped", WORK, "Dropped", "fell from"),
    ("Fewer bugs", WORK, "Fewer", "fell from"),
    ("Builds got faster for everyone", "Reworked CI", "Faster", "fell from"),
    ("Code quality improved", WORK, "Improved", "went from"),
    ("Onboarding got better", WORK, "Got better", "went from"),
]


@pytest.mark.parametrize(("changed", "title", "word", "moved"), CHANGES)
def test_the_how_much_example_follows_the_quoted_direction(
    changed: str, title: str, word: str, moved: str
) -> None:
    reading = read_win(title or changed, changed if title else "")

    [asked] = [hint for hint in reading.hints if "by how much" in hint]
    assert asked.startswith(f"“{word}” by how much")
    assert f"<what> {moved} <before>" in asked
    others = {"rose from", "fell from", "went from"} - {moved}
    assert not any(other in asked for other in others)
