"""Criteria from the manager conversation: drafting, evidence, status and check-ins."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain import gaps
from careerclimb_tui.domain.criteria import (
    STALE_WEEKS,
    STATUS_GROWING,
    STATUS_MET,
    STATUS_OPEN,
    STATUSES,
    Conversation,
    Criterion,
    StatusChange,
    criteria_from_notes,
    link_evidence,
    looks_concrete,
    needs_evidence,
    next_check_in,
    set_status,
    unlink_evidence,
)
from careerclimb_tui.domain.records import FRAMING_IMPACT, Win
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.ladders import BUNDLED_DIR, load_ladder

START = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.timezone.utc)


def criterion(
    text: str = "Lead a design another team builds on",
    *,
    status: str = STATUS_OPEN,
    win_ids: tuple[int, ...] = (),
    initiative_id: int | None = None,
    example_given: bool = False,
    created: dt.datetime | None = START,
) -> Criterion:
    return Criterion(
        text=text,
        dimension="technical_direction",
        status=status,
        win_ids=win_ids,
        initiative_id=initiative_id,
        example_given=example_given,
        status_history=(StatusChange(status, START),),
        created_at=created,
        updated_at=created,
    )


def win(win_id: int, title: str, day: int) -> Win:
    # Read as impact when saved, so the check-in advice brings them.
    return Win(
        title=title, date=dt.date(2026, 10, day), id=win_id, framing=FRAMING_IMPACT
    )


# --- Records ------------------------------------------------------------------------


def test_criterion_fits_the_gap_view() -> None:
    ladder = load_ladder(BUNDLED_DIR / "software-engineer.yaml")
    asked = criterion("Own the on-call clean-up")
    today = dt.date(2026, 11, 18)

    view = gaps.gap_view(ladder, "senior", [], [], [asked], today, None)

    assert STATUSES == (gaps.CRITERION_OPEN, gaps.CRITERION_GROWING, gaps.CRITERION_MET)
    placed = [g for g in view.dimensions if asked in g.criteria]
    assert [g.dimension_id for g in placed] == ["technical_direction"]


def test_a_conversation_records_the_notes_and_its_criteria() -> None:
    talk = Conversation(dt.date(2026, 11, 18), "Said: lead a cross-team design", (3, 4))

    assert talk.criterion_ids == (3, 4)
    assert talk.id is None
    assert talk == replace(talk, extra={"from_a_newer_app": True})


# --- Drafting criteria from notes ---------------------------------------------------


@pytest.mark.parametrize(
    "line, text, example",
    [
        (
            "Lead a design another team builds on",
            "Lead a design another team builds on",
            "",
        ),
        (
            "- Lead a design another team builds on",
            "Lead a design another team builds on",
            "",
        ),
        (
            "2) Mentor a new hire to solo on-call",
            "Mentor a new hire to solo on-call",
            "",
        ),
        ("[ ] Cut pages by a third", "Cut pages by a third", ""),
        ("  *   Own   the incident reviews  ", "Own the incident reviews", ""),
        (
            "Drive a cross-team fix, e.g. the deploy pipeline",
            "Drive a cross-team fix",
            "the deploy pipeline",
        ),
        (
            "Mentor someone (for example, the new grad on payments)",
            "Mentor someone",
            "the new grad on payments",
        ),
        (
            "Improve reliability, for instance: checkout p95 under 300ms.",
            "Improve reliability",
            "checkout p95 under 300ms",
        ),
        (
            "Example: the schema migration Ana led",
            "the schema migration Ana led",
            "the schema migration Ana led",
        ),
        ("Ship the egg-based feature flags", "Ship the egg-based feature flags", ""),
    ],
)
def test_a_marked_line_becomes_a_draft_criterion(
    line: str, text: str, example: str, clock: FixedClock
) -> None:
    (draft,) = criteria_from_notes([line], clock.now(), cycle=" March 2027 ")

    assert (draft.text, draft.example, draft.example_given) == (
        text,
        example,
        bool(example),
    )
    assert draft.status == STATUS_OPEN
    assert draft.cycle == "March 2027"
    assert draft.status_history == (StatusChange(STATUS_OPEN, clock.now()),)
    assert draft.id is None and draft.created_at == clock.now()


def test_blank_lines_and_repeats_make_no_criteria(clock: FixedClock) -> None:
    drafts = criteria_from_notes(
        ["", "  - ", "Own the rota", "own the rota", "Write the RFC"],
        clock.now(),
        dimension="execution",
    )

    assert [d.text for d in drafts] == ["Own the rota", "Write the RFC"]
    assert {d.dimension for d in drafts} == {"execution"}


@pytest.mark.parametrize(
    "line, concrete",
    [
        ("Lead a design that another team builds on", True),
        ("Cut pages per week by a third", True),
        ("- Mentor the new grad until they run on-call alone", True),
        ("Something cross-team, e.g. the deploy pipeline", True),
        (
            "Show a measured reliability improvement that people outside the "
            "team noticed",
            True,
        ),
        ("A design the platform team adopted", True),
        ("Demonstrates ownership of the on-call tooling", True),
        ("Keep doing what you're doing", False),
        ("You need more visibility", False),
        ("It's up to the committee", False),
        ("Let's revisit next half", False),
        ("Operate at the next level", False),
        ("Lead more, show more impact", False),
        ("Be strategic", False),
        ("Ship", False),
    ],
)
def test_vague_lines_are_not_offered_as_criteria(line: str, concrete: bool) -> None:
    assert looks_concrete(line) is concrete


# --- Status rules -------------------------------------------------------------------


@pytest.mark.parametrize(
    "start, win_ids, initiative, to, outcome",
    [
        (STATUS_OPEN, (), None, STATUS_MET, CareerClimbError),
        (STATUS_GROWING, (), None, STATUS_MET, CareerClimbError),
        (STATUS_OPEN, (7,), None, STATUS_MET, STATUS_MET),
        (STATUS_OPEN, (), 2, STATUS_MET, STATUS_MET),
        (STATUS_GROWING, (7,), None, STATUS_MET, STATUS_MET),
        (STATUS_MET, (7,), None, STATUS_GROWING, STATUS_GROWING),
        (STATUS_MET, (7,), None, STATUS_OPEN, STATUS_OPEN),
        (STATUS_OPEN, (), None, STATUS_GROWING, STATUS_GROWING),
        (STATUS_OPEN, (), None, "done", CareerClimbError),
        (STATUS_OPEN, (), None, "Met", CareerClimbError),
    ],
)
def test_status_rules(
    start: str,
    win_ids: tuple[int, ...],
    initiative: int | None,
    to: str,
    outcome: str | type[Exception],
    clock: FixedClock,
) -> None:
    before = criterion(status=start, win_ids=win_ids, initiative_id=initiative)

    if outcome is CareerClimbError:
        with pytest.raises(CareerClimbError):
            set_status(before, to, clock.now())
        return
    after = set_status(before, to, clock.now())

    assert after.status == outcome
    assert after.status_history == (
        *before.status_history,
        StatusChange(to, clock.now()),
    )
    assert after.updated_at == clock.now()


def test_met_without_evidence_says_what_to_link(clock: FixedClock) -> None:
    with pytest.raises(CareerClimbError) as caught:
        set_status(criterion("Own the rota"), STATUS_MET, clock.now())

    assert caught.value.message == catalogue.CRITERION_MET_NEEDS_EVIDENCE.format(
        text="Own the rota"
    )


def test_setting_the_same_status_records_nothing(clock: FixedClock) -> None:
    before = criterion(status=STATUS_GROWING)

    assert set_status(before, STATUS_GROWING, clock.now()) is before


def test_linking_evidence_moves_an_open_criterion_to_growing(clock: FixedClock) -> None:
    before = criterion()

    after = link_evidence(before, clock.now(), win_ids=[4, 5, 4])
    again = link_evidence(after, clock.now(), win_ids=[5, 6], initiative_id=9)

    assert after.win_ids == (4, 5)
    assert after.status == STATUS_GROWING
    assert after.status_history[-1] == StatusChange(STATUS_GROWING, clock.now())
    assert again.win_ids == (4, 5, 6)
    assert again.initiative_id == 9
    assert len(again.status_history) == len(after.status_history)


def test_linking_nothing_leaves_an_open_criterion_open(clock: FixedClock) -> None:
    after = link_evidence(criterion(), clock.now())

    assert after.status == STATUS_OPEN
    assert len(after.status_history) == 1


def test_unlinking_the_last_evidence_reopens_even_a_met_criterion(
    clock: FixedClock,
) -> None:
    met = criterion(status=STATUS_MET, win_ids=(4, 5), initiative_id=1)

    partly = unlink_evidence(met, clock.now(), win_ids=[4, 99])
    emptied = unlink_evidence(partly, clock.now(), win_ids=[5], initiative=True)

    assert (partly.win_ids, partly.status) == ((5,), STATUS_MET)
    assert (emptied.win_ids, emptied.initiative_id) == ((), None)
    assert emptied.status == STATUS_OPEN
    assert emptied.status_history[-1] == StatusChange(STATUS_OPEN, clock.now())


@pytest.mark.parametrize(
    "days_old, status, win_ids, expected",
    [
        (STALE_WEEKS * 7, STATUS_OPEN, (), True),
        (STALE_WEEKS * 7 - 1, STATUS_OPEN, (), False),
        (200, STATUS_OPEN, (), True),
        (200, STATUS_GROWING, (), True),
        (200, STATUS_GROWING, (3,), False),
        (200, STATUS_MET, (3,), False),
        (0, STATUS_OPEN, (), False),
    ],
)
def test_a_criterion_without_evidence_for_six_weeks_needs_evidence(
    days_old: int, status: str, win_ids: tuple[int, ...], expected: bool
) -> None:
    today = START.date() + dt.timedelta(days=days_old)

    found = needs_evidence(criterion(status=status, win_ids=win_ids), today)

    assert found is expected


def test_a_draft_never_needs_evidence_and_the_wait_can_be_changed() -> None:
    today = START.date() + dt.timedelta(weeks=3)

    assert not needs_evidence(criterion(created=None), today)
    assert needs_evidence(criterion(), today, weeks=3)
    assert not needs_evidence(criterion(), today, weeks=4)


# --- The next check-in --------------------------------------------------------------

WINS = (
    win(1, "Rebuilt the deploy pipeline", 3),
    win(2, "Took over the on-call rota", 20),
    win(3, "Cut checkout latency", 10),
    win(
        4,
        "Moved every service in the payments group onto the shared deploy tooling",
        12,
    ),
)
RECENT = dt.date(2026, 9, 10)
LATER = dt.date(2026, 11, 18)


@pytest.mark.parametrize(
    "criteria, today, expected",
    [
        ([], RECENT, catalogue.CHECKIN_NO_CRITERIA),
        (
            [criterion(status=STATUS_MET, win_ids=(1,))],
            LATER,
            catalogue.CHECKIN_ALL_MET,
        ),
        (
            [
                criterion(status=STATUS_MET, win_ids=(1,)),
                criterion(status=STATUS_GROWING, win_ids=(1, 3, 2)),
            ],
            RECENT,
            (
                "Bring these two wins, “Took over the on-call rota” and “Cut "
                "checkout latency”, and ask whether criterion 2 is now met."
            ),
        ),
        (
            [
                criterion(status=STATUS_GROWING, win_ids=(1,)),
                criterion(status=STATUS_GROWING, win_ids=(2, 99)),
            ],
            RECENT,
            (
                "Bring “Rebuilt the deploy pipeline” and ask whether criterion 1 is "
                "now met."
            ),
        ),
        (
            [criterion(status=STATUS_GROWING, win_ids=(4,))],
            RECENT,
            (
                "Bring “Moved every service in the payments group onto the…” and ask "
                "whether criterion 1 is now met."
            ),
        ),
        (
            [criterion(), criterion(status=STATUS_GROWING, initiative_id=5)],
            RECENT,
            catalogue.CHECKIN_BRING_INITIATIVE.format(number=2),
        ),
        (
            [criterion(), criterion(status=STATUS_GROWING, win_ids=(3,))],
            LATER,
            "Bring “Cut checkout latency” and ask whether criterion 2 is now met. "
            + catalogue.CHECKIN_STALE.format(number=1, weeks=6),
        ),
        (
            [criterion(example_given=True), criterion()],
            LATER,
            catalogue.CHECKIN_STALE.format(number=1, weeks=6),
        ),
        (
            [criterion(example_given=True), criterion("Own the rota")],
            RECENT,
            catalogue.CHECKIN_ASK_EXAMPLE.format(number=2, text="Own the rota"),
        ),
        (
            [criterion(example_given=True)],
            RECENT,
            catalogue.CHECKIN_ON_TRACK.format(number=1),
        ),
    ],
)
def test_next_check_in_says_what_to_bring_and_ask(
    criteria: list[Criterion], today: dt.date, expected: str
) -> None:
    assert next_check_in(criteria, WINS, today) == expected
