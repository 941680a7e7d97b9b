"""Asking to take or have more of a quality, or a line that opens with "more" of
one, is read as vague, as "show more ownership" is: the coach asks back what
that would look like. Lines that ask for more of a thing, or name a result, are
not."""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.domain.criteria import (
    is_vague_reason,
    looks_concrete,
    why_not_concrete,
)

# (case, line of notes, why it is left unticked: "" when it is ticked)
LINES = [
    ("take more", "Take more initiative", "vague: “take more initiative”"),
    ("takes more", "She takes more ownership", "vague: “takes more ownership”"),
    (
        "take more with a place",
        "Take more ownership of the release process",
        "vague: “take more ownership”",
    ),
    ("have more", "Have more presence in meetings", "vague: “have more presence”"),
    (
        "a line opening with more",
        "More ownership of the on-call rota",
        "vague: “more ownership”",
    ),
    (
        "a bit more",
        "A bit more initiative, please",
        "vague: “a bit more initiative”",
    ),
    # Not more of a quality: an action, a thing to count, or a result named.
    ("take on a role", "Take on the on-call rotation lead", ""),
    ("take the lead", "Take the lead on the search migration", ""),
    ("more of a thing", "Have more RFCs approved by other teams", ""),
    ("more design docs", "More design docs the platform team adopts", ""),
    ("more than a count", "More than three RFCs adopted by other teams", ""),
    ("a number", "Have more 1:1s with your skip-level", ""),
    ("more senior people", "Have more senior engineers review your designs", ""),
    ("a result named", "Take more ownership: run the on-call rota for a quarter", ""),
    (
        "more of the load",
        "Take more of the on-call load",
        catalogue.NOTE_NOTHING_TO_SHOW,
    ),
]


@pytest.mark.parametrize(
    ("line", "reason"),
    [case[1:] for case in LINES],
    ids=[case[0] for case in LINES],
)
def test_taking_or_having_more_of_a_quality_is_vague(line: str, reason: str) -> None:
    assert why_not_concrete(line) == reason
    assert looks_concrete(line) is (reason == "")
    assert is_vague_reason(reason) is reason.startswith("vague")
