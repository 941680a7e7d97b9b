"""One rule decides whether the user has wins of a kind of work: a win filed under
the dimension that names the kind counts as that kind, so the peers' pattern never
says "you have none" of a kind just above the dimension that shows one."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.peers import (
    PatternRow,
    Peer,
    PeerItem,
    Signal,
    kind_dimensions,
    kinds_of_win,
    pattern_view,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.ladders import load_shelf

DAY = dt.date(2026, 11, 18)


def software_ladder() -> Ladder:
    found = load_shelf().get("software-engineer")
    assert found is not None
    return found


def test_a_dimension_names_a_kind_by_its_name_not_its_summary() -> None:
    named = kind_dimensions(software_ladder())

    assert named["mentoring"] == ("mentoring",)
    assert named["direction"] == ("technical_direction",)
    # "Turning plans into working, reliable software" is how, not what kind.
    assert "reliability" not in named


# Words that read as no kind, so only a dimension can make the win one.
PLAIN = "Helped Ana and Joe ship their first features"

KIND_CASES = {
    "filed under mentoring": (PLAIN, ("mentoring",), ("mentoring",)),
    "filed under technical direction": (
        PLAIN,
        ("technical_direction",),
        ("direction",),
    ),
    "filed under a dimension naming no kind": (PLAIN, ("scope_impact",), ()),
    "worded as mentoring, filed nowhere": (
        "Mentored two new joiners",
        (),
        ("mentoring",),
    ),
    "no words and no dimension": (PLAIN, (), ()),
}


@pytest.mark.parametrize(
    ("title", "dimensions", "kinds"), KIND_CASES.values(), ids=KIND_CASES.keys()
)
def test_a_win_is_of_a_kind_by_its_words_or_by_a_dimension_naming_it(
    title: str, dimensions: tuple[str, ...], kinds: tuple[str, ...]
) -> None:
    win = Win(title=title, date=DAY, dimensions=dimensions)

    assert kinds_of_win(win, kind_dimensions(software_ladder())) == kinds


def row(rows: tuple[PatternRow, ...], key: str) -> PatternRow:
    return next(found for found in rows if found.key == key)


def test_the_pattern_counts_a_mentoring_win_under_its_kind_and_dimension() -> None:
    item = PeerItem(
        "Mentored two juniors", ("mentoring",), Signal.NEXT_LEVEL, ("mentoring",)
    )
    peer = Peer("PR", "mid", "senior", items=(item,))
    win = Win(title=PLAIN, date=DAY, dimensions=("mentoring",), id=7)

    view = pattern_view([peer], software_ladder(), [win], {7: VerdictKind.NEXT_LEVEL})

    kind = row(view.kinds, "mentoring")
    dimension = row(view.dimensions, "mentoring")
    assert (kind.logged, kind.next_level) == (dimension.logged, dimension.next_level)
    assert (kind.logged, kind.next_level) == (1, 1)
    assert "no wins" not in kind.sentence
