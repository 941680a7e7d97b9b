"""The rehearsal scorecard's "Next time" gives each piece of advice once."""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.domain.conversation import EVIDENCE
from careerclimb_tui.domain.rehearsal import (
    TOUGH,
    advice_once,
    respond,
    scorecard,
    start_rehearsal,
)

BAR = "You never gave a measured change: bring a win."
ASK = catalogue.SCORE_TRY_SPECIFICS


@pytest.mark.parametrize(
    ("advice", "said"),
    [
        ([BAR], BAR),
        ([BAR, ASK], f"{BAR} {ASK}"),
        ([BAR, BAR], BAR),
        ([ASK, BAR, ASK], f"{ASK} {BAR}"),
        ([BAR, "", " ", ASK], f"{BAR} {ASK}"),
        ([BAR, f" {BAR} "], BAR),
        ([], ""),
    ],
)
def test_each_piece_of_advice_is_said_once_in_its_first_order(
    advice: list[str], said: str
) -> None:
    assert advice_once(advice) == said


def test_an_unmet_bar_does_not_ask_for_evidence_a_second_time() -> None:
    rehearsal = start_rehearsal(
        load_manager_bank(),
        TOUGH,
        0,
        level_names=("Senior engineer",),
        cycle_words=("March",),
    )
    for line in (
        "What would I need to demonstrate, specifically, to reach Senior "
        "engineer by March?",
        "Can you give me an example of the kind of work that would count?",
    ):
        rehearsal, _ = respond(rehearsal, line)

    card = scorecard(rehearsal)

    assert card.try_next_behaviour == EVIDENCE
    assert card.try_next.startswith("You never gave a measured change")
    assert catalogue.SCORE_TRY_EVIDENCE not in card.try_next
    assert card.try_next.count("before → after") == 1
