"""Names beside a count of more stay readable: the first is whole or its short
form, never a name cut after a joining word ("Ownership and… & 2 more")."""

from __future__ import annotations

import re

import pytest

from careerclimb_tui.widgets.names import names_cell, short_names

LADDER_NAMES = [
    "Scope and impact",
    "Technical direction",
    "Execution and delivery",
    "Collaboration and influence",
    "Mentoring and growing others",
    "Ownership and initiative",
]
OWNERSHIP_FIRST = [
    "Ownership and initiative",
    "Scope and impact",
    "Technical direction",
]
KINDS = ["Reliability at the root", "Cross-team work"]


@pytest.mark.parametrize(
    ("names", "short", "width", "shown"),
    [
        (OWNERSHIP_FIRST, {}, 27, "Ownership and initiative +2"),
        (OWNERSHIP_FIRST, {}, 23, "Ownership… +2"),
        (OWNERSHIP_FIRST, short_names(LADDER_NAMES), 23, "Ownership… +2"),
        (KINDS, {}, 16, "Reliability… +1"),
        (KINDS, {}, 12, "2 dimensions"),
    ],
)
def test_the_first_name_beside_a_count_is_whole_or_its_short_form(
    names: list[str], short: dict[str, str], width: int, shown: str
) -> None:
    assert names_cell(names, short, width) == shown


@pytest.mark.parametrize("names", [OWNERSHIP_FIRST, KINDS])
@pytest.mark.parametrize("width", range(8, 41))
def test_no_cut_ends_on_a_joining_word_or_runs_into_the_count(
    names: list[str], width: int
) -> None:
    shown = names_cell(names, {}, width)

    assert "&" not in shown
    assert not re.search(r"\b(?:and|at|the|of)…", shown), shown
    assert len(shown) <= width
