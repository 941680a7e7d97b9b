"""The pitch tells everyone who noticed the work: the sentence is left out only when
the story already names every one of them; otherwise it names them all, never only
those the story did not name yet."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.domain.pitch import InitiativeFacts, build_pitch
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.wins import framed

TODAY = dt.date(2026, 11, 18)
RESULT = Win(
    id=1,
    title="Cut release rollbacks with a canary step",
    date=dt.date(2026, 11, 10),
    measure=Measure(before=14, after=3, unit="a quarter", label="rollbacks"),
    noticed_by="QA, release managers",
)


def releases(**named: tuple[str, ...]) -> InitiativeFacts:
    return InitiativeFacts(
        id=3,
        title="Releases roll back too often",
        fix="Added a canary step before every full rollout",
        measure=Measure(before=14, after=3, unit="a quarter", label="rollbacks"),
        win_ids=(1,),
        has_result=True,
        **named,
    )


@pytest.mark.parametrize(
    ("initiatives", "noticed"),
    [
        ([], "Noticed outside my team: QA and the release managers."),
        ([releases()], "Noticed outside my team: QA and the release managers."),
        (
            [releases(helped=("Priya from QA",))],
            "Noticed outside my team: QA and the release managers.",
        ),
        (
            [releases(agreed=("QA lead",))],
            "Noticed outside my team: QA and the release managers.",
        ),
        (
            [releases(other_teams=("the QA team",))],
            "Noticed outside my team: QA and the release managers.",
        ),
        (
            [releases(agreed=("Release managers",), other_teams=("QA",))],
            "",
        ),
    ],
    ids=[
        "a win's story",
        "an initiative that names nobody",
        "one of the group's people helped",
        "the group's lead backed the fix",
        "the group is named among the teams involved",
        "every group is named already",
    ],
)
def test_every_group_that_noticed_is_told_once(
    initiatives: list[InitiativeFacts], noticed: str
) -> None:
    text = build_pitch([framed(RESULT)], [], initiatives, TODAY).text

    if noticed:
        assert text.count(noticed) == 1
    else:
        assert "Noticed outside" not in text
