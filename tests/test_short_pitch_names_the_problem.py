"""The sixty-second pitch always tells what the problem was before the fix: when
the problem's paragraph does not fit the minute, its first sentence does."""

from __future__ import annotations

import pytest

from careerclimb_tui.domain.pitch import (
    Part,
    PitchDraft,
    PitchLine,
    short_pitch,
    short_version,
)

PROBLEM_SENTENCE = "The problem: every release waited on a hand-run checklist."
DETAIL = " Each run took an engineer most of an afternoon, and steps were skipped."
FOUND = " What I found: nine of fourteen rollbacks came from a skipped step."
DROVE = (
    "What I drove: the fix I proposed — automate the checklist in the pipeline "
    "and retire the manual sign-off, with the release team and QA on board."
)
RESULT = "The result: releases went from four hours to forty minutes."


def story(problem_words: int) -> PitchDraft:
    """A story whose problem paragraph runs on for about ``problem_words``."""
    padding = " It also meant more waiting." * max(0, problem_words // 5)
    return PitchDraft(
        (
            PitchLine(Part.PROBLEM, PROBLEM_SENTENCE + DETAIL + FOUND + padding),
            PitchLine(Part.DROVE, DROVE),
            PitchLine(Part.RESULT, RESULT),
        ),
        (),
    )


@pytest.mark.parametrize(
    ("problem_words", "problem_told"),
    [
        (0, PROBLEM_SENTENCE + DETAIL + FOUND),
        (100, PROBLEM_SENTENCE),
        (400, PROBLEM_SENTENCE),
    ],
    ids=["the problem fits whole", "it runs over", "it runs far over"],
)
def test_the_short_pitch_tells_the_problem_before_the_fix(
    problem_words: int, problem_told: str
) -> None:
    draft = story(problem_words)
    edited = draft.text.replace(RESULT, f"{RESULT} Two teams adopted it.")

    for short in (short_pitch(draft), short_version(edited, draft)):
        first, second, *_ = short.lines
        assert (first.part, first.text) == (Part.PROBLEM, problem_told)
        assert second.part is Part.DROVE
