"""The committee check reads each sentence of a pitch whole, colons and all, and
never asks for a measure in a sentence that gives the numbers on record."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from careerclimb_tui.domain.pitch import (
    FlagKind,
    InitiativeFacts,
    Part,
    build_pitch,
    check_pitch,
)
from careerclimb_tui.domain.records import Measure, Win

TODAY = dt.date(2026, 12, 5)
RERUNS = Measure(before=60, after=22, unit="reruns a week", label="CI reruns")
STOPPED = "Payments and mobile teams stopped rerunning builds: 60 to 22 reruns a week."

FLAKY = Win(
    id=1,
    title="Quarantined the flaky tests",
    date=dt.date(2026, 11, 20),
    what_changed=STOPPED,
    measure=RERUNS,
    dimensions=("scope",),
)
CI = InitiativeFacts(
    id=3,
    title="CI reruns eat a day a week",
    fix="Quarantined the flaky tests",
    measure=RERUNS,
    win_ids=(1,),
    other_teams=("payments",),
    has_result=True,
    driven=True,
)
EARLY = replace(CI, measured_from=TODAY, measured_to=TODAY)
SETTLED = replace(CI, measured_from=dt.date(2026, 10, 1), measured_to=TODAY)


def _unmeasured(text: str, initiatives: list[InitiativeFacts]) -> list[str]:
    flags = check_pitch(text, [FLAKY], [], initiatives)
    return [flag.excerpt for flag in flags if flag.kind is FlagKind.UNMEASURED]


# (case, the initiative the draft tells of, if any, the result sentence it drafts)
DRAFTED = [
    (
        "early readings",
        EARLY,
        "Early readings, all taken on 5 December, show that payments and mobile "
        "teams stopped rerunning builds: 60 to 22 reruns a week.",
    ),
    (
        "settled readings",
        SETTLED,
        "The result: payments and mobile teams stopped rerunning builds: 60 to 22 "
        "reruns a week.",
    ),
    (
        "a single win",
        None,
        "The result: payments and mobile teams stopped rerunning builds: 60 to 22 "
        "reruns a week.",
    ),
]


@pytest.mark.parametrize(
    ("initiative", "result"),
    [row[1:] for row in DRAFTED],
    ids=[row[0] for row in DRAFTED],
)
def test_a_drafted_result_with_its_measure_after_a_colon_is_not_flagged(
    initiative: InitiativeFacts | None, result: str
) -> None:
    initiatives = [initiative] if initiative is not None else []
    draft = build_pitch([FLAKY], [], initiatives, TODAY)
    assert draft.text.endswith(result)

    flags = check_pitch(draft.text, [FLAKY], [], initiatives, drafted=draft.lines)

    assert FlagKind.UNMEASURED not in {flag.kind for flag in flags}


def test_an_early_result_is_quoted_as_one_sentence_not_cut_at_its_colon() -> None:
    draft = build_pitch([FLAKY], [], [EARLY], TODAY)

    flags = check_pitch(draft.text, [FLAKY], [], [EARLY], drafted=draft.lines)

    [early] = [flag for flag in flags if flag.kind is FlagKind.EARLY_RESULT]
    assert early.excerpt.startswith(
        "payments and mobile teams stopped rerunning builds: 60 to"
    )


# (case, a paragraph as the user left it, the sentence flagged; "" for none)
OWN_WORDS = [
    ("the recorded numbers after a colon", STOPPED, ""),
    ("the numbers after a lead-in", f"The result: {STOPPED}", ""),
    (
        "a colon and no numbers",
        "The result: reruns dropped sharply: payments noticed.",
        "The result: reruns dropped sharply: payments noticed.",
    ),
    (
        "numbers on record for another change",
        "Builds are calmer now: 3 teams stopped rerunning them.",
        "Builds are calmer now: 3 teams stopped rerunning them.",
    ),
]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [row[1:] for row in OWN_WORDS],
    ids=[row[0] for row in OWN_WORDS],
)
def test_a_claim_is_judged_as_the_whole_sentence(text: str, flagged: str) -> None:
    assert _unmeasured(text, [SETTLED]) == ([flagged] if flagged else [])


def test_a_supporting_win_told_with_its_measure_after_a_colon_is_kept() -> None:
    lead = Win(
        id=2,
        title="Cut the deploy time from 40 to 12 minutes",
        date=dt.date(2026, 11, 25),
        measure=Measure(before=40, after=12, unit="minutes", label="deploy time"),
        noticed_by="platform team",
    )

    draft = build_pitch([lead, FLAKY], [], [], TODAY)

    support = [line for line in draft.lines if line.part is Part.SUPPORT]
    assert [line.win_id for line in support] == [1]
    assert STOPPED in support[0].text
    flags = check_pitch(draft.text, [lead, FLAKY], [], [], drafted=draft.lines)
    assert FlagKind.UNMEASURED not in {flag.kind for flag in flags}
