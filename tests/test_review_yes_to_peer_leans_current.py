"""A "yes" to question 1 says where the verdict leans, while the verdict itself
still waits for the other answers."""

from __future__ import annotations

import pytest

from careerclimb_tui.domain.framing import FRAMING_IMPACT
from careerclimb_tui.domain.review import (
    VerdictKind,
    WinAnswers,
    verdict_for,
)

LEANS = "Points to current-level work, as a peer at your level could have done it"

# (the answers, the start of the verdict's line)
CASES = {
    "yes alone": (
        WinAnswers(peer_could="yes"),  # type: ignore[arg-type]
        f"{LEANS}; to settle it, still to answer whether you chose the work,",
    ),
    "yes and a choice": (
        WinAnswers(peer_could="yes", choice="chose"),  # type: ignore[arg-type]
        f"{LEANS}; to settle it, still to answer what changed and",
    ),
    "no alone": (
        WinAnswers(peer_could="no"),  # type: ignore[arg-type]
        "No verdict yet: still to answer whether you chose the work,",
    ),
    "not sure alone": (
        WinAnswers(peer_could="not_sure"),  # type: ignore[arg-type]
        "No verdict yet: still to answer whether you chose the work,",
    ),
    "nothing yet": (
        WinAnswers(),
        "No verdict yet: still to answer whether a peer at your level",
    ),
}


@pytest.mark.parametrize(("answers", "start"), CASES.values(), ids=CASES.keys())
def test_an_open_verdict_says_where_a_yes_leans(
    answers: WinAnswers, start: str
) -> None:
    verdict = verdict_for(answers, FRAMING_IMPACT, True, False)

    assert verdict.kind is VerdictKind.UNCLEAR
    assert verdict.reason.startswith(start)
    if start.startswith(LEANS):
        assert verdict.reason.endswith(" noticed.")
