"""The problem finder counts a word only where it means what the entry means."""

from __future__ import annotations

import pytest

from careerclimb_tui.catalogs import load_problem_catalog
from careerclimb_tui.domain.problems import rank_problems

HANDOFFS = "dropped-handoffs"

# (what the user wrote, whether the hand-offs entry matches it)
ANSWERS = [
    ("Releases need someone on hand to watch them", False),
    ("Fixing the problem at hand", False),
    ("On the other hand, reviews are slow", False),
    ("We deploy by hand", False),
    ("Hand-offs between the web and the API keep failing", True),
    ("Handoffs keep getting lost", True),
    ("The hand offs keep getting lost", True),
]


@pytest.mark.parametrize(("answer", "listed"), ANSWERS)
def test_hand_counts_only_where_it_means_a_hand_off(answer: str, listed: bool) -> None:
    ranked = rank_problems(load_problem_catalog(), {"struggle": answer})

    entry = next((r for r in ranked if r.entry.id == HANDOFFS), None)
    matched = () if entry is None else entry.matched
    assert bool(matched) is listed
    assert "hand" not in matched


def test_someone_on_hand_is_not_read_as_hand() -> None:
    ranked = rank_problems(load_problem_catalog(), {"struggle": "need someone on hand"})

    assert all("hand" not in r.matched for r in ranked)


def test_by_hand_still_points_at_manual_deploys() -> None:
    ranked = rank_problems(load_problem_catalog(), {"struggle": "We deploy by hand"})

    assert ranked[0].entry.id == "slow-deploys"
    assert "hand" in ranked[0].matched
