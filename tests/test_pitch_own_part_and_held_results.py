"""The pitch says what the user did even when a win's change leads its line, and
leads with the strongest evidence: a problem only once its result has held,
else the strongest win a review called next-level, the problem told as work in
progress."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    add_reading,
    advance,
    link_win,
    start_initiative,
)
from careerclimb_tui.domain.pitch import (
    FlagKind,
    InitiativeFacts,
    Part,
    PitchDraft,
    build_pitch,
    check_pitch,
    short_pitch,
    told_title,
)
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    Review,
    answer,
    start_review,
)
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from careerclimb_tui.store.peers_docs import initiative_facts

TODAY = dt.date(2026, 11, 18)
MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
SHIPPED = "Both interns shipped to prod in week 3 instead of week 8"


def reviewed_next_level(wins: list[Win]) -> list[Review]:
    """One review of the wins' quarter calling each of them next-level."""
    review = start_review(quarter_of(wins[0].date), wins, MOMENT)
    for win in wins:
        assert win.id is not None
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


def story(draft: PitchDraft) -> str:
    """The main story: every paragraph but the ones that back it up."""
    return "\n\n".join(
        line.text for line in draft.lines if line.part is not Part.SUPPORT
    )


# --- what the user did, when the change leads -----------------------------------


TITLES = [
    # Wording a committee questions beside the result is left off the end.
    (
        "Mentored the two new interns and helped them ship",
        "Mentored the two new interns",
    ),
    (
        "Wrote the onboarding guide, helped the interns use it",
        "Wrote the onboarding guide",
    ),
    (
        "Paired with the interns on their first tickets and reviewed 40 of their PRs",
        "Paired with the interns on their first tickets",
    ),
    # A title a committee would not question is told whole.
    ("Mentored the two new interns", "Mentored the two new interns"),
    (
        "Wrote the onboarding guide and a starter project",
        "Wrote the onboarding guide and a starter project",
    ),
    # Questioned from its first words: nothing of it can be told.
    ("Helped onboard the two new interns", ""),
    ("Worked on the onboarding guide and reviewed 40 PRs", ""),
]


@pytest.mark.parametrize(("title", "told"), TITLES, ids=[row[0] for row in TITLES])
def test_a_title_is_told_as_far_as_a_committee_would_not_question_it(
    title: str, told: str
) -> None:
    assert told_title(title, None, SHIPPED) == told


MENTORED = Win(
    id=2,
    title="Mentored the two new interns and helped them ship",
    date=dt.date(2026, 11, 5),
    what_changed=SHIPPED,
    measure=Measure(before=8, after=3, unit="weeks", label="time to ship to prod"),
)
LEAD = Win(
    id=1,
    title="Cut the CI build time for the web app",
    date=dt.date(2026, 11, 1),
    what_changed="build time went from 24 minutes to 9 minutes",
    noticed_by="platform team",
)


def test_a_supporting_line_led_by_its_change_still_says_what_the_user_did() -> None:
    draft = build_pitch([LEAD, MENTORED], [], [], TODAY)

    supports = [line.text for line in draft.lines if line.part is Part.SUPPORT]
    assert supports == [
        "Also: mentored the two new interns. Both interns shipped to prod in week 3 "
        "instead of week 8."
    ]
    flags = check_pitch(draft.text, [LEAD, MENTORED], [], drafted=draft.lines)
    assert not [flag for flag in flags if flag.kind is FlagKind.ACTIVITY]


def test_a_main_story_led_by_its_change_still_says_what_the_user_did() -> None:
    draft = build_pitch([MENTORED], [], [], TODAY)

    assert "What I drove: mentored the two new interns." in story(draft)
    assert "helped them ship" not in draft.text
    assert Part.DROVE not in draft.missing
    flags = check_pitch(draft.text, [MENTORED], [], drafted=draft.lines)
    assert not [flag for flag in flags if flag.kind is FlagKind.ACTIVITY]


def test_the_packet_heads_the_win_as_the_pitch_tells_it(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(replace(MENTORED, id=None))
    out = io.StringIO()

    assert main(["export", "--format", "md"], clock=clock, out=out) == 0

    packet = out.getvalue()
    assert "not reviewed yet · Mentored the two new interns\n" in packet
    assert f"  - Logged as: {MENTORED.title}\n" in packet
    assert f"  - What changed: {SHIPPED}\n" in packet


# --- which evidence leads -----------------------------------------------------------

ALERTS = InitiativeFacts(
    id=8,
    title="On-call pages wake people for alerts nobody acts on",
    fix="Route alerts nobody acts on to a ticket queue",
    measure=Measure(before=40, after=12, unit="pages", label="pages per week"),
    other_teams=("SRE team",),
    has_result=True,
    driven=True,
    measured_from=TODAY,
    measured_to=TODAY,
)
RELEASES = InitiativeFacts(
    id=3,
    title="Releases fail one time in five",
    fix="Moved config changes behind flags",
    measure=Measure(before=20, after=12, unit="%", label="change failure rate"),
    other_teams=("payments team",),
    has_result=True,
    driven=True,
    measured_from=TODAY - dt.timedelta(days=60),
    measured_to=TODAY,
    win_ids=(1,),
)
ONE_DAY = "pages per week went from 40 to 12"
IN_PROGRESS = "Still in progress: on-call pages wake people for alerts nobody acts on."


LEADS: list[tuple[str, list[InitiativeFacts], bool, str, bool]] = [
    # (case, initiatives, reviewed, what the main story opens with, in progress)
    ("one day of readings, a reviewed win", [ALERTS], True, "What I drove: cut", True),
    (
        "the result held",
        [replace(ALERTS, result_held=True)],
        True,
        "The problem: on-call pages",
        False,
    ),
    ("nothing reviewed next-level", [ALERTS], False, "The problem: on-call", False),
    (
        "the reviewed win is the problem's own result",
        [replace(ALERTS, win_ids=(1,))],
        True,
        "The problem: on-call pages",
        False,
    ),
    (
        "the win's own problem leads the newer one",
        [RELEASES, ALERTS],
        True,
        "The problem: releases fail",
        True,
    ),
    (
        "a problem that held leads one that did not",
        [replace(RELEASES, win_ids=(), result_held=True), ALERTS],
        True,
        "The problem: releases fail",
        True,
    ),
]


@pytest.mark.parametrize(
    ("initiatives", "reviewed", "opens", "in_progress"),
    [row[1:] for row in LEADS],
    ids=[row[0] for row in LEADS],
)
def test_the_main_story_is_the_strongest_evidence(
    initiatives: list[InitiativeFacts], reviewed: bool, opens: str, in_progress: bool
) -> None:
    wins = [LEAD]
    reviews = reviewed_next_level(wins) if reviewed else []

    draft = build_pitch(wins, reviews, initiatives, TODAY)

    assert story(draft).startswith(opens)
    assert (IN_PROGRESS in draft.text) is in_progress
    if in_progress:
        # Told as in progress, the one-day readings are not claimed as a result.
        assert ONE_DAY not in draft.text
        flags = check_pitch(draft.text, wins, reviews, initiatives, drafted=draft.lines)
        assert FlagKind.EARLY_RESULT not in {flag.kind for flag in flags}
        assert draft.lines[-1].initiative_id == ALERTS.id


def test_the_problem_in_progress_stays_out_of_the_sixty_second_version() -> None:
    draft = build_pitch([LEAD], reviewed_next_level([LEAD]), [ALERTS], TODAY)

    assert IN_PROGRESS in draft.text
    assert IN_PROGRESS not in short_pitch(draft).text


# --- the records the pitch reads ------------------------------------------------


def measuring(better_for: int | None) -> Initiative:
    """The pages problem being measured, its latest reading taken today.

    Args:
        better_for: how many days the readings have been better than the
            baseline; None for a baseline and one reading, both today.
    """
    days = [0, 0] if better_for is None else [better_for + 7, better_for, 0]
    moments = [MOMENT - dt.timedelta(days=ago) for ago in days]
    problem = start_initiative(ALERTS.title, moments[0] - dt.timedelta(days=7))
    problem = problem.with_changes(metric="Pages per week", better="lower")
    problem = add_reading(problem, Reading(40, "pages", moments[0].date()), moments[0])
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        problem = advance(problem, stage, moments[0], "")
    for value, moment in zip((15, 12)[-(len(days) - 1) :], moments[1:], strict=True):
        problem = add_reading(problem, Reading(value, "pages", moment.date()), moment)
    return problem


@pytest.mark.parametrize(
    ("better_for", "held"), [(None, False), (14, False), (27, False), (28, True)]
)
def test_the_pitch_reads_whether_a_result_held_as_the_problem_page_does(
    store: Store, better_for: int | None, held: bool
) -> None:
    save_initiative(store, measuring(better_for))

    [facts] = initiative_facts(store)

    assert facts.result_held is held


def test_a_redrafted_pitch_leads_with_the_reviewed_win_over_one_days_readings(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    lead = store.add_win(replace(LEAD, id=None))
    for review in reviewed_next_level([lead]):
        store.save_review(review)
    save_initiative(store, measuring(None))
    out = io.StringIO()

    assert main(["pitch", "--print"], clock=clock, out=out) == 0

    printed = out.getvalue()
    assert printed.index("What I drove: cut the CI build time") < printed.index(
        "Still in progress: on-call pages"
    )
    assert "Early readings" not in printed
    assert "so far measured only" not in printed


def test_the_result_win_of_a_problem_that_held_is_told_with_it(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    lead = store.add_win(replace(LEAD, id=None))
    assert lead.id is not None
    save_initiative(store, link_win(measuring(28), lead.id, MOMENT))
    out = io.StringIO()

    assert main(["pitch", "--print"], clock=clock, out=out) == 0

    assert "The problem: on-call pages wake people" in out.getvalue()
    assert "Still in progress" not in out.getvalue()
