"""The packet tells a problem as owned once it is over, and as owned now while it
is on its way, so the heading never says "owned" above a stage of "Buy-in"."""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import Initiative, Stage, owned_wording
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative

TITLE = "Releases fail one time in five"
OWN = f"The problem I own: {TITLE}"
OWNED = f"The problem I owned: {TITLE}"


@pytest.mark.parametrize(
    ("stage", "heading"),
    [
        (Stage.SPOTTED, OWN),
        (Stage.PROPOSED, OWN),
        (Stage.BUY_IN, OWN),
        (Stage.DRIVING, OWN),
        (Stage.MEASURING, OWN),
        (Stage.PAUSED, OWN),
        (Stage.DONE, OWNED),
        (Stage.DROPPED, OWNED),
    ],
)
def test_the_story_heading_fits_the_stage(stage: Stage, heading: str) -> None:
    template = owned_wording(stage, catalogue.PACKET_STORY, catalogue.PACKET_STORY_OPEN)

    line = owned_wording(
        stage,
        catalogue.PACKET_INITIATIVE_LINE,
        catalogue.PACKET_INITIATIVE_LINE_OPEN,
    ).format(stage=stage.label, title=TITLE)

    assert template.format(title=TITLE) == heading
    assert line.startswith("Problem I owned" if heading == OWNED else "Problem I own ")


@pytest.mark.parametrize(
    ("stage", "heading", "wrong"),
    [(Stage.BUY_IN, OWN, OWNED), (Stage.DONE, OWNED, OWN)],
)
def test_the_packet_heads_a_problem_by_its_stage(
    store: Store, clock: FixedClock, stage: Stage, heading: str, wrong: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, Initiative(title=TITLE, stage=stage))
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None

    packet = packet_markdown(store, ladder, store.profile(), clock.today())

    assert f"## {heading}\n" in packet
    assert f"## {wrong}\n" not in packet
    assert f"- Stage: {stage.label}" in packet
