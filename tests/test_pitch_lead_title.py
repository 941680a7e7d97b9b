"""A win whose title reads as activity does not lead the pitch or the manager prep
over an equally strong win whose title tells a change; when it must lead, the
pitch tells it by its change and asks for a new title."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain import prep
from careerclimb_tui.domain.pitch import (
    InitiativeFacts,
    Part,
    build_pitch,
    ranked_wins,
    title_reads_as_activity,
)
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    Review,
    answer,
    latest_entries,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

TODAY = dt.date(2026, 11, 18)
MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
BUSY = "Reviewed 200 PRs and helped with stuff"

ACTIVITY = framed(
    Win(
        id=1,
        title=BUSY,
        date=dt.date(2026, 11, 10),
        what_changed="review wait fell from 3 days to 1",
    )
)
IMPACT = framed(
    Win(
        id=2,
        title="Cut the CI build time for the web app",
        date=dt.date(2026, 10, 1),
        what_changed="builds finish in 9 minutes instead of 24",
    )
)
IMPACT_UNMEASURED = framed(
    Win(
        id=3,
        title="Cut the time to recover the payments service",
        date=dt.date(2026, 10, 1),
    )
)
NEITHER = framed(
    Win(
        id=4,
        title="Billing migration",
        date=dt.date(2026, 10, 1),
        what_changed="invoices go out in 2 hours instead of 9",
    )
)
ACTIVITY_NOTICED = replace(ACTIVITY, noticed_by="the platform team")
ACTIVITY_ONLY = framed(Win(id=5, title=BUSY, date=dt.date(2026, 11, 10)))

NEXT_LEVEL = {
    "peer_could": "no",
    "choice": "chose",
    "change": ChangeAnswer("It changed for the team", measured=True),
    "noticed": Noticed.by("platform team"),
}


def reviewed_next_level(wins: list[Win]) -> list[Review]:
    """A review per quarter that calls every win next-level, all alike."""
    reviews = []
    for quarter in sorted({quarter_of(w.date) for w in wins}):
        review = start_review(quarter, wins, MOMENT)
        for win_id in review.win_ids:
            review = answer(review, win_id, now=MOMENT, **NEXT_LEVEL)
        reviews.append(review)
    return reviews


ORDERS = [
    pytest.param(
        [ACTIVITY, IMPACT], False, [2, 1], id="activity title is newer, same strength"
    ),
    pytest.param([ACTIVITY, IMPACT], True, [2, 1], id="both next-level, same strength"),
    pytest.param([ACTIVITY], False, [1], id="activity title alone"),
    pytest.param(
        [ACTIVITY, NEITHER], False, [4, 1], id="a plain title beats an activity one"
    ),
    pytest.param(
        [IMPACT_UNMEASURED, ACTIVITY],
        False,
        [1, 3],
        id="a measured activity title stays above an unmeasured impact title",
    ),
    pytest.param(
        [IMPACT, ACTIVITY_NOTICED],
        False,
        [1, 2],
        id="noticed outside the team stays above a better title",
    ),
]


@pytest.mark.parametrize(("wins", "review", "order"), ORDERS)
def test_the_pitch_ranks_a_change_title_first_only_at_equal_strength(
    wins: list[Win], review: bool, order: list[int]
) -> None:
    reviews = reviewed_next_level(wins) if review else []

    ranked = ranked_wins(wins, latest_entries(reviews), TODAY)

    assert [win.id for win in ranked] == order


@pytest.mark.parametrize(("wins", "review", "order"), ORDERS)
def test_the_manager_prep_brings_a_change_title_first_only_at_equal_strength(
    wins: list[Win], review: bool, order: list[int]
) -> None:
    reviews = reviewed_next_level(wins) if review else []

    evidence = prep.strongest_evidence(wins, reviews, limit=10)

    assert [win.id for win in evidence] == order


@pytest.mark.parametrize(
    ("title", "activity"),
    [
        (BUSY, True),
        ("Built a dashboard", True),
        ("Cut the CI build time for the web app", False),
        ("Deploy failures dropped by 40%", False),
        ("Billing migration", False),
    ],
)
def test_a_title_is_read_as_activity_on_its_own(title: str, activity: bool) -> None:
    assert title_reads_as_activity(title) is activity


def title_hint(title: str) -> str:
    return catalogue.PITCH_PROMPT_TITLE_ACTIVITY.format(title=title)


@pytest.mark.parametrize(
    ("wins", "initiatives", "told", "hinted"),
    [
        pytest.param(
            [ACTIVITY, IMPACT],
            [],
            "What I drove: cut the CI build time for the web app.",
            False,
            id="the change title leads",
        ),
        pytest.param(
            [ACTIVITY],
            [],
            "review wait fell from 3 days to 1",
            True,
            id="alone, told by its change",
        ),
        pytest.param(
            [ACTIVITY_ONLY],
            [],
            "What I drove: reviewed 200 PRs and helped with stuff.",
            True,
            id="alone with no change, title kept",
        ),
        pytest.param(
            [ACTIVITY],
            [InitiativeFacts(title="Slow code review", win_ids=(1,), has_result=True)],
            "review wait fell from 3 days to 1",
            True,
            id="an initiative without a fix, told by its win's change",
        ),
    ],
)
def test_the_pitch_tells_the_lead_by_its_change_and_asks_for_a_new_title(
    wins: list[Win], initiatives: list[InitiativeFacts], told: str, hinted: bool
) -> None:
    draft = build_pitch(wins, [], initiatives, TODAY)
    story = [line for line in draft.lines if line.part is not Part.SUPPORT]

    assert told in " ".join(line.text for line in story)
    if BUSY.lower() not in told.lower():
        assert all(BUSY.lower() not in line.text.lower() for line in story)
    hint = title_hint(BUSY)
    assert (draft.prompt_for(Part.DROVE) == hint) is hinted
    assert (Part.DROVE in draft.missing) is hinted


@pytest.mark.parametrize(
    ("wins", "opening"),
    [
        pytest.param(
            [ACTIVITY, IMPACT],
            "What I drove: cut the CI build time for the web app.",
            id="two",
        ),
        pytest.param(
            [ACTIVITY], "The result: review wait fell from 3 days to 1.", id="alone"
        ),
    ],
)
async def test_the_pitch_screen_does_not_open_with_an_activity_title(
    store: Store, clock: FixedClock, wins: list[Win], opening: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    for win in wins:
        store.add_win(replace(win, id=None))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        screen = app.screen
        assert isinstance(screen, PitchScreen)

        assert BUSY.lower() not in screen.text.split("\n\n")[0].lower()
        assert opening in screen.text
        missing = " ".join(
            str(screen.query_one("#pitch-missing", Static).render()).split()
        )
        assert (f"“{BUSY}”" in missing) is (len(wins) == 1)
