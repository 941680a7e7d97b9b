"""A problem told as work in progress after the main story never promises to tell
a result the story has already told: it says that result is still being measured."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.domain.pitch import InitiativeFacts, Part, build_pitch
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    Review,
    answer,
    start_review,
)

TODAY = dt.date(2026, 11, 18)
MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)

LEAD = Win(
    id=1,
    title="Cut the CI build time for the web app",
    date=dt.date(2026, 11, 1),
    what_changed="build time went from 24 minutes to 9 minutes",
    noticed_by="platform team",
)
RERUNS = Measure(before=30, after=4, unit="%", label="flaky rerun rate")
RESULT_WIN = Win(
    id=2,
    title="Cut the flaky rerun rate from 30% to 4%",
    date=dt.date(2026, 11, 10),
    measure=RERUNS,
)
OTHER_WIN = Win(
    id=3,
    title="Moved search to the new cluster",
    date=dt.date(2026, 11, 9),
    measure=Measure(before=800, after=120, unit="ms", label="query time"),
)
KICKOFF_WIN = Win(
    id=4,
    title="QA and the web team now own the flaky-test list together",
    date=dt.date(2026, 11, 8),
    noticed_by="QA lead",
    framing="impact",
)
MEASURED_LINKED_WIN = Win(
    id=5,
    title="Quarantined the worst flaky suites",
    date=dt.date(2026, 11, 9),
    measure=Measure(
        before=40, after=12, unit="minutes", label="wait for a green build"
    ),
)
FLAKY = InitiativeFacts(
    id=8,
    title="Flaky tests that everyone reruns",
    measure=RERUNS,
    has_result=True,
    driven=True,
    measured_from=TODAY - dt.timedelta(days=10),
    measured_to=TODAY,
)


def reviewed_next_level(win: Win) -> list[Review]:
    """One review of the win's quarter calling it next-level."""
    assert win.id is not None
    review = start_review(quarter_of(win.date), [win], MOMENT)
    review = answer(
        review,
        win.id,
        now=MOMENT,
        peer_could="no",
        choice="chose",
        change=ChangeAnswer(win.what_changed, measured=True),
        noticed=Noticed.by("platform team"),
    )
    return [review]


TOLD: list[tuple[str, Win, tuple[int, ...], str]] = [
    # (case, supporting win, the problem's wins, how the in-progress line ends)
    (
        "no result told yet",
        OTHER_WIN,
        (),
        catalogue.PITCH_RESULT_TO_COME,
    ),
    (
        "the problem's own result win told in support",
        RESULT_WIN,
        (2,),
        catalogue.PITCH_RESULT_BEING_MEASURED,
    ),
    (
        "its readings told by a win not linked to it",
        RESULT_WIN,
        (),
        catalogue.PITCH_RESULT_BEING_MEASURED,
    ),
    (
        "a linked win that states no measured change",
        KICKOFF_WIN,
        (4,),
        catalogue.PITCH_RESULT_TO_COME,
    ),
    (
        "a linked win that states a measured change of its own",
        MEASURED_LINKED_WIN,
        (5,),
        catalogue.PITCH_RESULT_BEING_MEASURED,
    ),
]


@pytest.mark.parametrize(
    ("support", "win_ids", "ending"),
    [row[1:] for row in TOLD],
    ids=[row[0] for row in TOLD],
)
def test_a_problem_in_progress_never_promises_a_result_already_told(
    support: Win, win_ids: tuple[int, ...], ending: str
) -> None:
    initiative = replace(FLAKY, win_ids=win_ids)

    draft = build_pitch([LEAD, support], reviewed_next_level(LEAD), [initiative], TODAY)

    supports = [line for line in draft.lines if line.part is Part.SUPPORT]
    assert supports[0].win_id == support.id
    last = supports[-1]
    assert last.initiative_id == FLAKY.id
    assert last.text.startswith("Still in progress: flaky tests that everyone reruns.")
    assert last.text.endswith(ending)
    endings = {catalogue.PITCH_RESULT_TO_COME, catalogue.PITCH_RESULT_BEING_MEASURED}
    [other] = endings - {ending}
    assert other not in draft.text
