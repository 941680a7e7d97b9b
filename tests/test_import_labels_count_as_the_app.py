"""An import's report tells an edited proposal in one short line, and counts a
pitch's words exactly as the app does."""

from __future__ import annotations

import pytest

from careerclimb_tui.domain.pitch import speaking_time
from careerclimb_tui.export.dump import added_label

PROPOSAL = (
    "# Proposal: Merges wait for CI\n\n## The problem\n\nMerges wait forty "
    "minutes for CI, every day.\n\n## Who needs to agree\n\n"
    "| Who | Agreed |\n| --- | --- |\n| Ana (tech lead) | yes |\n"
)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            PROPOSAL,
            "edited proposal Proposal: Merges wait for CI, 20 words: The problem "
            "Merges wait forty minutes for CI,…",
        ),
        (
            "## The problem\n\nSlow.\n",
            "edited proposal untitled, 3 words: The problem Slow.",
        ),
        ("", "edited proposal untitled, 0 words: "),
    ],
    ids=["titled", "without a title", "empty"],
)
def test_an_edited_proposal_to_import_is_listed_in_one_short_line(
    text: str, label: str
) -> None:
    shown = added_label("proposal_drafts", {"initiative_id": 1, "text": text})

    assert shown == label
    assert "\n" not in shown


@pytest.mark.parametrize(
    "text",
    [
        "What I drove: the fix I proposed — automate the checklist.",
        "Deploys went from 40 to 12 minutes (−70 %) · 3 teams & QA / SRE.",
        "The problem: merges wait.\n\n-- \n\nWhat I found: 9 of 14 rollbacks.",
    ],
    ids=["a dash", "signs between words", "a stray separator"],
)
def test_a_pitch_to_import_counts_its_words_as_the_app_does(text: str) -> None:
    label = added_label("pitches", {"text": text})

    assert label.startswith(f"pitch {speaking_time(text).words} words: ")
