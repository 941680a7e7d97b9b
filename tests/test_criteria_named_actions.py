"""A line of notes with a clear action and a named who or what is a criterion.

"Get a staff engineer outside the team to vouch for your work" says what to do
and with whom, so it is ticked when the talk is recorded; only lines such as
"Be more visible" are left unticked as vague.
"""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.domain.criteria import looks_concrete, why_not_concrete

# (case, line of notes, why it is left unticked: "" when it is ticked)
LINES = [
    (
        "a senior engineer to vouch",
        "Get a senior engineer outside the team to vouch for your work",
        "",
    ),
    (
        "someone more senior to vouch",
        "Get someone more senior outside the team to vouch for you",
        "",
    ),
    (
        "a director to vouch",
        "Have a director vouch for you",
        "",
    ),
    ("a sponsor outside the team", "Find a sponsor outside the team", ""),
    (
        "buy-in from another team",
        "Get buy-in from the platform team on the caching plan",
        "",
    ),
    ("a talk to give", "Give a talk at the engineering guild", ""),
    ("be more visible", "Be more visible", "vague: “be more visible”"),
    ("be more senior", "You need to be more senior", "vague: “more senior”"),
    ("get out there", "Get out there more", catalogue.NOTE_NOTHING_TO_SHOW),
    (
        "more presence",
        "Have more presence in meetings",
        "vague: “have more presence”",
    ),
    (
        "better at everything",
        "Get better at the whole thing",
        catalogue.NOTE_NOTHING_TO_SHOW,
    ),
]


@pytest.mark.parametrize(
    ("line", "reason"),
    [case[1:] for case in LINES],
    ids=[case[0] for case in LINES],
)
def test_an_action_with_a_named_who_or_what_is_ticked(line: str, reason: str) -> None:
    assert why_not_concrete(line) == reason
    assert looks_concrete(line) is (reason == "")
