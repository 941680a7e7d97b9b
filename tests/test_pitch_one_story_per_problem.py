"""A win linked to a problem still in progress is told inside that problem's own
paragraph, never again under "Also": one story per problem."""

from __future__ import annotations

from dataclasses import replace

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.domain.pitch import Part, build_pitch
from careerclimb_tui.domain.records import Win

from test_pitch_in_progress_result_told import (
    FLAKY,
    KICKOFF_WIN,
    LEAD,
    MEASURED_LINKED_WIN,
    OTHER_WIN,
    RESULT_WIN,
    TODAY,
    reviewed_next_level,
)

ALSO = catalogue.PITCH_LEAD_SUPPORT.split("{", 1)[0]
SO_FAR = catalogue.PITCH_LEAD_SO_FAR.split("{", 1)[0]

STORIES: list[tuple[str, Win, tuple[int, ...], str, bool]] = [
    # (case, other win, the problem's wins, words that tell that win, in "Also")
    (
        "its result win",
        RESULT_WIN,
        (2,),
        "cut the flaky rerun rate from 30% to 4%",
        False,
    ),
    (
        "a linked win with a measure of its own",
        MEASURED_LINKED_WIN,
        (5,),
        "quarantined the worst flaky suites",
        False,
    ),
    (
        "a linked win that states no change",
        KICKOFF_WIN,
        (4,),
        "QA and the web team now own the flaky-test list together",
        False,
    ),
    (
        "a win not linked to it",
        OTHER_WIN,
        (),
        "moved search to the new cluster",
        True,
    ),
]


@pytest.mark.parametrize(
    ("other", "win_ids", "words", "in_also"),
    [row[1:] for row in STORIES],
    ids=[row[0] for row in STORIES],
)
def test_a_win_linked_to_a_problem_in_progress_is_told_in_its_paragraph(
    other: Win, win_ids: tuple[int, ...], words: str, in_also: bool
) -> None:
    initiative = replace(FLAKY, win_ids=win_ids)

    draft = build_pitch([LEAD, other], reviewed_next_level(LEAD), [initiative], TODAY)

    assert draft.text.count(words) == 1
    supports = [line for line in draft.lines if line.part is Part.SUPPORT]
    in_progress = supports[-1]
    assert in_progress.initiative_id == FLAKY.id
    telling = next(line for line in draft.lines if words in line.text)
    if in_also:
        assert telling.text.startswith(ALSO)
        assert SO_FAR not in in_progress.text
    else:
        assert telling is in_progress
        assert in_progress.win_id == other.id
        assert SO_FAR + words in in_progress.text
        assert ALSO not in draft.text
