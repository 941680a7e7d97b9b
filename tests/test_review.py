"""The quarterly self-review: the four-question verdicts, the walk and the summary."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.framing import vague_change_ask
from careerclimb_tui.domain.gaps import latest_verdicts
from careerclimb_tui.domain.ladder import Dimension, Expectation, Ladder, Level
from careerclimb_tui.domain.quarters import Quarter, parse_quarter
from careerclimb_tui.domain.records import (
    FRAMING_ACTIVITY,
    FRAMING_IMPACT,
    Measure,
    Win,
)
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Choice,
    Noticed,
    PeerAnswer,
    Review,
    ReviewEntry,
    VerdictKind,
    WinAnswers,
    advance,
    answer,
    change_coach_text,
    default_quarter_to_review,
    dimensions_for_level,
    finish,
    go_back,
    is_complete,
    latest_entries,
    latest_runs,
    left_out_message,
    move_to,
    next_unanswered,
    override,
    read_change,
    start_review,
    strength_key,
    suggest_change,
    suggest_noticed,
    summarise,
    verdict_for,
    wins_left_out,
    wins_phrase,
)
from careerclimb_tui.errors import CareerClimbError

DATA = Path(__file__).parent / "data" / "review"
D = dt.date

NEXT = VerdictKind.NEXT_LEVEL
CURRENT = VerdictKind.CURRENT_LEVEL
UNCLEAR = VerdictKind.UNCLEAR

YES, NO, NOT_SURE = PeerAnswer.YES, PeerAnswer.NO, PeerAnswer.NOT_SURE
CHOSE, ASSIGNED, PARTLY = Choice.CHOSE, Choice.ASSIGNED, Choice.PARTLY
IMPACT, ACTIVITY = FRAMING_IMPACT, FRAMING_ACTIVITY
NOBODY = Noticed.nobody()
SEEN = Noticed.by("platform team")
MEASURED = ChangeAnswer("Deploy failures fell from 12% to 1%", measured=True)
UNMEASURED = ChangeAnswer("Deploys are calmer now", measured=False)


def answers(
    peer: PeerAnswer | None = None,
    choice: Choice | None = None,
    change: ChangeAnswer | None = None,
    noticed: Noticed | None = None,
) -> WinAnswers:
    return WinAnswers(peer_could=peer, choice=choice, change=change, noticed=noticed)


# --- The verdict rule table ---------------------------------------------------------

# answers, win framing, win has a metric, expected kind, part of the reason.
# The confirmed change's "measured" flag is passed as measured_change.
VERDICTS: list[tuple[str, WinAnswers, str, bool, VerdictKind, str]] = [
    (
        "nothing answered",
        answers(),
        IMPACT,
        True,
        UNCLEAR,
        "still to answer whether a peer at your level could have done it, whether",
    ),
    (
        "only who noticed is missing",
        answers(NO, CHOSE, MEASURED),
        IMPACT,
        True,
        UNCLEAR,
        "still to answer whether anyone outside your team noticed.",
    ),
    (
        "choice and change missing",
        answers(YES, noticed=SEEN),
        IMPACT,
        False,
        UNCLEAR,
        "whether you chose the work and what changed.",
    ),
    (
        "peer and assigned but change missing still waits for every answer",
        answers(YES, ASSIGNED, noticed=NOBODY),
        IMPACT,
        False,
        UNCLEAR,
        "still to answer what changed",
    ),
    (
        "beyond peers, chosen, measured and noticed",
        answers(NO, CHOSE, MEASURED, SEEN),
        IMPACT,
        True,
        NEXT,
        "you chose it, the change is measured and people outside your team noticed",
    ),
    (
        "beyond peers, chosen, impact without a measure",
        answers(NO, CHOSE, UNMEASURED, NOBODY),
        IMPACT,
        False,
        NEXT,
        "could not have done this, you chose it and it says what changed:",
    ),
    (
        "beyond peers, partly chosen and measured",
        answers(NO, PARTLY, MEASURED, NOBODY),
        IMPACT,
        True,
        NEXT,
        "you partly chose it and the change is measured",
    ),
    (
        "beyond peers, assigned but measured and noticed",
        answers(NO, ASSIGNED, MEASURED, SEEN),
        IMPACT,
        True,
        NEXT,
        "the change is measured and people outside your team noticed",
    ),
    (
        "beyond peers, assigned, impact framing and noticed",
        answers(NO, ASSIGNED, UNMEASURED, SEEN),
        IMPACT,
        False,
        NEXT,
        "it says what changed and people outside your team noticed",
    ),
    (
        "activity without a measure is never next-level",
        answers(NO, CHOSE, UNMEASURED, SEEN),
        ACTIVITY,
        False,
        UNCLEAR,
        "add what changed, with a before and an after",
    ),
    (
        "activity without a measure, assigned and unseen",
        answers(NO, ASSIGNED, UNMEASURED, NOBODY),
        ACTIVITY,
        False,
        UNCLEAR,
        "reads as activity with no measure",
    ),
    (
        "activity framing with a measure on the win can count",
        answers(NO, CHOSE, UNMEASURED, NOBODY),
        ACTIVITY,
        True,
        NEXT,
        "you chose it and the change is measured",
    ),
    (
        "activity framing with a measured confirmed change can count",
        answers(NO, ASSIGNED, MEASURED, SEEN),
        ACTIVITY,
        False,
        NEXT,
        "the change is measured and people outside",
    ),
    (
        "beyond peers with only one backing signal",
        answers(NO, ASSIGNED, MEASURED, NOBODY),
        IMPACT,
        True,
        UNCLEAR,
        "or ask your manager how they read it",
    ),
    (
        "a peer could have, and it was assigned",
        answers(YES, ASSIGNED, MEASURED, SEEN),
        IMPACT,
        True,
        CURRENT,
        "and it was assigned: current-level work, however well it was done.",
    ),
    (
        "a peer could have, assigned, activity",
        answers(YES, ASSIGNED, UNMEASURED, NOBODY),
        ACTIVITY,
        False,
        CURRENT,
        "reads as activity with no measure: current-level work that does not yet",
    ),
    (
        "a peer could have, assigned, no change named",
        answers(YES, ASSIGNED, ChangeAnswer("", measured=False), NOBODY),
        ACTIVITY,
        False,
        CURRENT,
        "no change is named for it: current-level work that does not yet show",
    ),
    (
        "a peer could have, chosen, no change named but the win is measured",
        answers(YES, CHOSE, ChangeAnswer("", measured=False), NOBODY),
        ACTIVITY,
        True,
        CURRENT,
        "good current-level work",
    ),
    (
        "a peer could have, but chosen, measured and noticed",
        answers(YES, CHOSE, MEASURED, SEEN),
        IMPACT,
        True,
        UNCLEAR,
        "next-level scope done at your level, so ask your manager",
    ),
    (
        "a peer could have, partly chosen, measured and noticed",
        answers(YES, PARTLY, MEASURED, SEEN),
        IMPACT,
        True,
        UNCLEAR,
        "next-level scope done at your level",
    ),
    (
        "a peer could have, chosen and measured but unseen",
        answers(YES, CHOSE, MEASURED, NOBODY),
        IMPACT,
        True,
        CURRENT,
        "good current-level work, not yet a sign of the next level",
    ),
    (
        "a peer could have, chosen and noticed but unmeasured",
        answers(YES, CHOSE, UNMEASURED, SEEN),
        IMPACT,
        False,
        CURRENT,
        "good current-level work",
    ),
    (
        "a peer could have, chosen activity",
        answers(YES, CHOSE, UNMEASURED, SEEN),
        ACTIVITY,
        False,
        CURRENT,
        "reads as activity with no measure: current-level work",
    ),
    (
        "not sure, but everything else points up",
        answers(NOT_SURE, CHOSE, MEASURED, SEEN),
        IMPACT,
        True,
        NEXT,
        "You are not sure a peer could have done this, but you chose it",
    ),
    (
        "not sure and only partly chosen",
        answers(NOT_SURE, PARTLY, MEASURED, SEEN),
        IMPACT,
        True,
        UNCLEAR,
        "or someone a level up, how they would read it",
    ),
    (
        "not sure with an unmeasured change",
        answers(NOT_SURE, CHOSE, UNMEASURED, SEEN),
        IMPACT,
        False,
        UNCLEAR,
        "You are not sure a peer at your level could have done this",
    ),
    (
        "not sure and unseen",
        answers(NOT_SURE, CHOSE, MEASURED, NOBODY),
        IMPACT,
        True,
        UNCLEAR,
        "ask your manager",
    ),
    (
        "not sure and activity without a measure",
        answers(NOT_SURE, CHOSE, UNMEASURED, SEEN),
        ACTIVITY,
        False,
        UNCLEAR,
        "cannot count as next-level yet",
    ),
    (
        "noticed outside without names leaves question 4 open",
        answers(NO, ASSIGNED, UNMEASURED, Noticed(outside=True)),
        IMPACT,
        False,
        UNCLEAR,
        "still to answer whether anyone outside your team noticed",
    ),
]


@pytest.mark.parametrize(
    "given, framing, has_metric, kind, reason_part",
    [row[1:] for row in VERDICTS],
    ids=[row[0] for row in VERDICTS],
)
def test_the_four_questions_give_the_expected_verdict_and_reason(
    given: WinAnswers,
    framing: str,
    has_metric: bool,
    kind: VerdictKind,
    reason_part: str,
) -> None:
    measured_change = given.change is not None and given.change.measured

    verdict = verdict_for(given, framing, has_metric, measured_change)

    assert verdict.kind is kind
    assert reason_part in verdict.reason


def _every_combination() -> list[tuple[WinAnswers, str, bool]]:
    peers = [None, YES, NO, NOT_SURE]
    choices = [None, CHOSE, ASSIGNED, PARTLY]
    changes = [None, MEASURED, UNMEASURED]
    noticed = [None, NOBODY, SEEN]
    return [
        (answers(p, c, ch, n), framing, metric)
        for p, c, ch, n, framing, metric in itertools.product(
            peers, choices, changes, noticed, (IMPACT, ACTIVITY), (True, False)
        )
    ]


def test_no_combination_of_answers_breaks_the_method() -> None:
    for given, framing, has_metric in _every_combination():
        measured = given.change is not None and given.change.measured
        verdict = verdict_for(given, framing, has_metric, measured)
        context = (given, framing, has_metric, verdict)

        # One plain sentence, whatever the combination.
        assert verdict.reason.endswith("."), context
        assert ". " not in verdict.reason, context
        if not given.is_complete:
            assert verdict.kind is UNCLEAR, context
        if framing == ACTIVITY and not (has_metric or measured):
            assert verdict.kind is not NEXT, context
        if verdict.kind is NEXT:
            assert given.peer_could is not YES, context
        if given.is_complete and given.peer_could is YES and given.choice is ASSIGNED:
            assert verdict.kind is CURRENT, context


def test_answers_given_as_plain_values_read_as_the_same_answers() -> None:
    plain = WinAnswers(peer_could="no", choice="partly")  # type: ignore[arg-type]

    assert plain.peer_could is NO
    assert plain.choice is PARTLY


def test_an_unknown_answer_value_is_refused() -> None:
    with pytest.raises(ValueError):
        WinAnswers(peer_could="maybe")  # type: ignore[arg-type]


def test_names_of_who_noticed_need_a_yes() -> None:
    with pytest.raises(ValueError):
        Noticed(outside=False, who=("design team",))


# --- Which quarter to review --------------------------------------------------------

DEFAULT_QUARTER = [
    # today, fiscal start month, quarter offered
    (D(2026, 7, 1), 1, "2026Q2"),  # first day of Q3: close Q2 first
    (D(2026, 7, 21), 1, "2026Q2"),  # 21st day: still the grace period
    (D(2026, 7, 22), 1, "2026Q3"),  # 22nd day: the current quarter
    (D(2026, 9, 30), 1, "2026Q3"),
    (D(2027, 1, 1), 1, "2026Q4"),  # across the year end
    (D(2027, 1, 21), 1, "2026Q4"),
    (D(2027, 1, 22), 1, "2027Q1"),
    (D(2026, 7, 1), 7, "2026Q4"),  # July start: FY2027 begins, FY2026Q4 offered
    (D(2026, 7, 22), 7, "2027Q1"),
    (D(2026, 2, 21), 2, "2026Q4"),  # February start
    (D(2026, 2, 22), 2, "2027Q1"),
    (D(2026, 10, 21), 4, "2027Q2"),  # April start: October opens FY2027Q3
    (D(2026, 10, 22), 4, "2027Q3"),
]


@pytest.mark.parametrize(
    "today, start_month, expected",
    DEFAULT_QUARTER,
    ids=[f"{day}-start{month}" for day, month, _ in DEFAULT_QUARTER],
)
def test_the_quarter_just_ended_is_offered_for_three_weeks(
    today: dt.date, start_month: int, expected: str
) -> None:
    quarter = default_quarter_to_review(today, start_month)

    assert str(quarter) == expected
    assert quarter.start_month == start_month


def test_mid_quarter_the_current_quarter_is_offered(clock: FixedClock) -> None:
    assert default_quarter_to_review(clock.today()) == Quarter(2026, 4)


# --- Walking a quarter --------------------------------------------------------------

Q3 = Quarter(2026, 3)


def win(win_id: int, day: dt.date, title: str = "", **fields: Any) -> Win:
    return Win(title=title or f"Win {win_id}", date=day, id=win_id, **fields)


@pytest.fixture
def quarter_wins() -> list[Win]:
    return [
        win(3, D(2026, 9, 1)),
        win(1, D(2026, 7, 10)),
        win(9, D(2026, 6, 30)),  # the quarter before
        win(2, D(2026, 8, 5)),
        win(8, D(2026, 10, 1)),  # the quarter after
    ]


@pytest.fixture
def review(quarter_wins: list[Win], clock: FixedClock) -> Review:
    return start_review(Q3, quarter_wins, clock.now())


def test_a_review_walks_the_quarters_wins_oldest_first(review: Review) -> None:
    assert review.quarter == "2026Q3"
    assert review.win_ids == (1, 2, 3)
    assert review.position == 0
    assert review.current_win_id == 1
    assert review.run == 1
    assert review.finished_at is None
    assert not is_complete(review)


def test_answering_keeps_earlier_answers_and_moves_the_updated_time(
    review: Review, clock: FixedClock
) -> None:
    started = review.started_at
    review = answer(review, 2, now=clock.now(), peer_could="no", choice=CHOSE)
    clock.advance(minutes=5)

    review = answer(review, 2, now=clock.now(), change=MEASURED)

    given = review.entry(2).answers
    assert (given.peer_could, given.choice, given.change) == (NO, CHOSE, MEASURED)
    assert given.noticed is None
    assert review.started_at == started
    assert review.updated_at == clock.now()


def test_passing_none_clears_an_answer(review: Review, clock: FixedClock) -> None:
    review = answer(review, 1, now=clock.now(), peer_could=YES, choice=ASSIGNED)

    review = answer(review, 1, now=clock.now(), choice=None)

    assert review.entry(1).answers.peer_could is YES
    assert review.entry(1).answers.choice is None


def test_answering_leaves_the_original_review_unchanged(
    review: Review, clock: FixedClock
) -> None:
    answer(review, 1, now=clock.now(), peer_could=YES)

    assert review.entry(1).answers == WinAnswers()


def test_answering_a_win_outside_the_review_is_a_clear_error(
    review: Review, clock: FixedClock
) -> None:
    with pytest.raises(CareerClimbError, match="#9 is not part of the 2026Q3"):
        answer(review, 9, now=clock.now(), peer_could=YES)


def test_an_unsaved_win_cannot_be_reviewed(clock: FixedClock) -> None:
    unsaved = Win(title="Not saved yet", date=D(2026, 8, 1))

    with pytest.raises(ValueError, match="save it"):
        start_review(Q3, [unsaved], clock.now())


def test_the_walk_stops_at_the_first_win_and_at_the_summary(
    review: Review, clock: FixedClock
) -> None:
    now = clock.now()
    assert go_back(review, now=now).position == 0

    review = advance(
        advance(advance(advance(review, now=now), now=now), now=now), now=now
    )
    assert review.position == 3
    assert review.current_win_id is None

    review = go_back(review, now=now)
    assert review.current_win_id == 3
    assert move_to(review, -5, now=now).position == 0


def test_next_unanswered_looks_ahead_then_wraps_round(
    review: Review, clock: FixedClock
) -> None:
    now = clock.now()
    full: dict[str, Any] = {"peer_could": YES, "choice": ASSIGNED, "change": UNMEASURED}
    review = answer(review, 2, now=now, noticed=NOBODY, **full)
    review = move_to(review, 1, now=now)

    assert next_unanswered(review) == 3

    review = answer(review, 3, now=now, noticed=NOBODY, **full)
    assert next_unanswered(review) == 1

    review = answer(review, 1, now=now, noticed=SEEN, **full)
    assert next_unanswered(review) is None
    assert is_complete(review)


def test_an_override_settles_a_win_without_every_answer(
    review: Review, clock: FixedClock
) -> None:
    now = clock.now()
    for win_id in (1, 2):
        review = override(review, win_id, CURRENT, "Routine work", now=now)

    review = override(review, 3, "next_level", "My manager counts it", now=now)

    assert is_complete(review)
    assert next_unanswered(review) is None


def test_an_override_is_kept_beside_the_computed_verdict(
    review: Review, clock: FixedClock
) -> None:
    now = clock.now()
    review = answer(
        review,
        1,
        now=now,
        peer_could=YES,
        choice=CHOSE,
        change=MEASURED,
        noticed=SEEN,
    )

    review = override(review, 1, NEXT, " Three teams had to agree. ", now=now)

    entry = review.entry(1)
    assert entry.verdict.kind is UNCLEAR
    assert entry.kind is NEXT
    assert entry.override_note == "Three teams had to agree."
    assert entry.override_text() == catalogue.REVIEW_OVERRIDDEN.format(
        kind="next-level", computed="unclear"
    )


def test_removing_an_override_restores_the_computed_verdict(
    review: Review, clock: FixedClock
) -> None:
    review = override(review, 1, NEXT, "Mine", now=clock.now())

    review = override(review, 1, None, now=clock.now())

    entry = review.entry(1)
    assert entry.kind is UNCLEAR
    assert not entry.is_overridden
    assert entry.override_note == ""
    assert entry.override_text() == ""


def test_finishing_records_when_and_keeps_the_answers(
    review: Review, clock: FixedClock
) -> None:
    review = answer(review, 1, now=clock.now(), peer_could=NO)
    clock.advance(days=1)

    done = finish(review, now=clock.now())

    assert done.is_finished
    assert done.finished_at == clock.now()
    assert done.entry(1).answers.peer_could is NO


def test_re_running_a_quarter_creates_a_second_run_and_keeps_the_first(
    quarter_wins: list[Win], review: Review, clock: FixedClock
) -> None:
    first = finish(answer(review, 1, now=clock.now(), peer_could=YES), now=clock.now())
    other_quarter = start_review(Q3.next(), quarter_wins, clock.now())
    clock.advance(days=30)

    second = start_review(Q3, quarter_wins, clock.now(), earlier=[first, other_quarter])

    assert second.run == 2
    assert second.entry(1).answers == WinAnswers()
    assert first.run == 1
    assert first.entry(1).answers.peer_could is YES
    assert latest_runs([second, first, other_quarter]) == {
        "2026Q3": second,
        "2026Q4": other_quarter,
    }


# --- Pre-filling questions 3 and 4 --------------------------------------------------


def test_the_change_is_prefilled_from_the_win_with_its_measure() -> None:
    measured = win(
        1,
        D(2026, 8, 1),
        "Fixed flaky deploys",
        what_changed="Deploys stopped failing",
        measure=Measure(before=12, after=1, unit="%", label="deploy failures"),
        framing=IMPACT,
    )

    suggestion = suggest_change(measured)

    assert suggestion.text == "Deploys stopped failing (deploy failures 12% → 1%)"
    assert suggestion.measured
    assert suggestion.framing == IMPACT


def test_the_change_falls_back_to_a_title_that_states_a_change() -> None:
    bare = win(1, D(2026, 8, 1), "Cut the review wait to a day", framing=IMPACT)

    suggestion = suggest_change(bare)

    assert suggestion.text == "Cut the review wait to a day"


def test_a_title_that_tells_only_of_activity_is_not_offered_as_the_change() -> None:
    bare = win(1, D(2026, 8, 1), "Reviewed pull requests", framing=ACTIVITY)

    suggestion = suggest_change(bare)

    assert suggestion == ChangeAnswer("", False, ACTIVITY)


def test_a_corrected_change_is_read_again_by_the_coach() -> None:
    corrected = read_change("  Review wait fell from 3 days to 4 hours ")

    assert corrected.text == "Review wait fell from 3 days to 4 hours"
    assert corrected.measured
    assert corrected.framing == IMPACT


def test_a_corrected_change_can_turn_activity_into_impact_for_the_verdict(
    review: Review, clock: FixedClock
) -> None:
    base: dict[str, Any] = {"peer_could": NO, "choice": CHOSE, "noticed": NOBODY}
    review = answer(review, 1, now=clock.now(), **base, change=UNMEASURED)
    assert review.entry(1).kind is UNCLEAR  # the win was saved as activity

    fixed = read_change("Support now answers billing questions without paging us")
    review = answer(review, 1, now=clock.now(), change=fixed)

    assert fixed.framing == IMPACT
    assert review.entry(1).kind is NEXT


def test_who_noticed_is_prefilled_only_when_the_win_names_someone() -> None:
    named = win(1, D(2026, 8, 1), noticed_by="platform team; VP engineering, ")

    assert suggest_noticed(named) == Noticed.by("platform team", "VP engineering")
    assert suggest_noticed(win(2, D(2026, 8, 1))) is None


# --- The summary of a hand-built quarter --------------------------------------------


def _expectation() -> Expectation:
    return Expectation("Expected.", ("Solid work.",), ("A next-level signal.",))


def make_ladder() -> Ladder:
    ids = [
        ("scope_impact", "Scope and impact"),
        ("technical_direction", "Technical direction"),
        ("execution", "Execution"),
        ("collaboration", "Collaboration"),
        ("mentoring", "Mentoring"),
        ("ownership", "Ownership"),
    ]
    dimensions = tuple(Dimension(key, name) for key, name in ids)
    everything = {key: _expectation() for key, _ in ids}
    # The target level leaves one dimension out, so that the summary must follow it.
    described = {key: value for key, value in everything.items() if key != "ownership"}
    return Ladder(
        id="test",
        title="Test ladder",
        track="software engineer",
        dimensions=dimensions,
        levels=(
            Level("mid", "Engineer", "A team.", expectations=everything),
            Level(
                "senior", "Senior engineer", "Several teams.", expectations=described
            ),
        ),
    )


def _load_quarter() -> tuple[Quarter, list[Win], list[dict[str, Any]]]:
    raw = yaml.safe_load((DATA / "2026Q3.yaml").read_text(encoding="utf-8"))
    wins: list[Win] = []
    for item in raw["wins"]:
        measure = item.get("measure")
        wins.append(
            Win(
                id=item["id"],
                date=item["date"],
                title=item["title"],
                what_changed=item.get("what_changed", ""),
                measure=Measure(**measure) if measure else None,
                framing=item["framing"],
                dimensions=tuple(item["dimensions"]),
                noticed_by=item.get("noticed_by", ""),
            )
        )
    return parse_quarter(raw["quarter"]), wins, raw["wins"]


@pytest.fixture
def walked_quarter(clock: FixedClock) -> tuple[Review, list[Win]]:
    """The hand-built quarter, every win walked through the four questions."""
    quarter, wins, raw = _load_quarter()
    review = start_review(quarter, wins, clock.now())
    for item, saved in zip(raw, wins):
        given = item["answers"]
        suggestion = suggest_change(saved)
        # The coach's pre-fill must agree with what the user confirms in the file.
        assert suggestion.measured == given["measured"], saved.title
        noticed = Noticed.by(*given["noticed"]) if given["noticed"] else NOBODY
        review = answer(
            review,
            saved.id or 0,
            now=clock.now(),
            peer_could=given["peer_could"],
            choice=given["choice"],
            change=suggestion,
            noticed=noticed,
        )
        if "override" in item:
            review = override(
                review,
                saved.id or 0,
                item["override"]["kind"],
                item["override"]["note"],
                now=clock.now(),
            )
    return review, wins


def test_the_quarter_summary_counts_verdicts_with_overrides_winning(
    walked_quarter: tuple[Review, list[Win]],
) -> None:
    review, wins = walked_quarter

    summary = summarise(review, wins, make_ladder(), "senior")

    assert summary.quarter == "2026Q3"
    assert summary.wins == 7
    assert (summary.next_level, summary.current_level, summary.unclear) == (2, 4, 1)
    assert summary.overridden == 1
    assert (summary.impact, summary.activity) == (4, 3)


def test_the_quarter_summary_splits_the_target_levels_dimensions(
    walked_quarter: tuple[Review, list[Win]],
) -> None:
    review, wins = walked_quarter

    summary = summarise(review, wins, make_ladder(), "senior")

    assert summary.dimensions_with_evidence == (
        "scope_impact",
        "technical_direction",
        "collaboration",
    )
    assert summary.dimensions_without_evidence == ("execution", "mentoring")


def test_the_strongest_wins_rank_next_level_then_a_clear_no_to_question_1(
    walked_quarter: tuple[Review, list[Win]],
) -> None:
    review, wins = walked_quarter

    summary = summarise(review, wins, make_ladder(), "senior")

    # 3 and 7 are both next-level, measured, noticed and chosen; 3 was a clear
    # "no" to question 1, 7 a "yes" the user overrode. Of the rest, 4 is the one
    # answered "not sure"; the others were a "yes".
    assert [w.id for w in summary.strongest] == [3, 7, 4]


def test_mostly_current_level_work_gets_the_plain_message(
    walked_quarter: tuple[Review, list[Win]],
) -> None:
    review, wins = walked_quarter

    summary = summarise(review, wins, make_ladder(), "senior")

    assert summary.message == catalogue.REVIEW_MOSTLY_CURRENT_LEVEL.format(
        count=4, total=7
    )
    assert "we need to see more" in summary.message


def test_exactly_half_current_level_work_gets_no_message(
    walked_quarter: tuple[Review, list[Win]], clock: FixedClock
) -> None:
    review, wins = walked_quarter
    review = override(review, 1, NEXT, "My manager counts it", now=clock.now())
    without_the_unclear_win = [w for w in wins if w.id != 4]

    summary = summarise(review, without_the_unclear_win, make_ladder(), "senior")

    assert (summary.wins, summary.next_level, summary.current_level) == (6, 3, 3)
    assert summary.overridden == 2
    assert summary.message == ""


def test_strength_ranks_measured_then_noticed_then_chosen_then_recent(
    clock: FixedClock,
) -> None:
    def judged(win_id: int, day: dt.date, **given: Any) -> tuple[int, dt.date, Any]:
        return win_id, day, {"peer_could": YES, **given}

    walked = [
        judged(1, D(2026, 7, 1), choice=ASSIGNED, change=MEASURED, noticed=NOBODY),
        judged(2, D(2026, 7, 2), choice=ASSIGNED, change=UNMEASURED, noticed=SEEN),
        judged(3, D(2026, 7, 3), choice=CHOSE, change=UNMEASURED, noticed=NOBODY),
        judged(4, D(2026, 7, 4), choice=PARTLY, change=UNMEASURED, noticed=NOBODY),
        judged(5, D(2026, 9, 5), choice=ASSIGNED, change=UNMEASURED, noticed=NOBODY),
        judged(6, D(2026, 7, 6), choice=ASSIGNED, change=UNMEASURED, noticed=NOBODY),
    ]
    wins = [win(win_id, day, framing=IMPACT) for win_id, day, _ in walked]
    review = start_review(Q3, wins, clock.now())
    for win_id, _, given in walked:
        review = answer(review, win_id, now=clock.now(), **given)
    ordered = sorted(
        wins,
        key=lambda w: strength_key(review.entry(w.id or 0), w),
        reverse=True,
    )

    assert [w.id for w in ordered] == [1, 2, 3, 4, 5, 6]
    summary = summarise(review, wins, make_ladder(), "senior")
    assert [w.id for w in summary.strongest] == [1, 2, 3]


def test_a_win_deleted_since_the_review_is_left_out_of_the_summary(
    walked_quarter: tuple[Review, list[Win]],
) -> None:
    review, wins = walked_quarter
    remaining = [w for w in wins if w.id != 3]

    summary = summarise(review, remaining, make_ladder(), "senior")

    assert summary.wins == 6
    assert summary.next_level == 1
    assert "scope_impact" in summary.dimensions_without_evidence


def test_an_unknown_target_level_uses_every_dimension_of_the_ladder() -> None:
    ladder = make_ladder()

    assert dimensions_for_level(ladder, "senior")[-1].id == "mentoring"
    assert dimensions_for_level(ladder, "no-such-level") == ladder.dimensions


def test_an_empty_quarter_sums_to_nothing(clock: FixedClock) -> None:
    review = start_review(Q3, [], clock.now())

    summary = summarise(review, [], make_ladder(), "senior")

    assert is_complete(review)
    assert next_unanswered(review) is None
    assert (summary.wins, summary.next_level, summary.message) == (0, 0, "")
    assert summary.strongest == ()


# --- Wins added after a run started -------------------------------------------------

# (the wins saved when the run starts, the wins saved later, fiscal start month,
#  ids the run leaves out). The run reviews 2026Q3 as the fiscal year counts it.
LEFT_OUT = [
    pytest.param([], [], 1, [], id="an-empty-quarter-leaves-nothing-out"),
    pytest.param(
        [(1, D(2026, 7, 10))], [], 1, [], id="every-win-walked-leaves-nothing-out"
    ),
    pytest.param(
        [(1, D(2026, 7, 10))],
        [(5, D(2026, 9, 30)), (4, D(2026, 8, 1))],
        1,
        [4, 5],
        id="later-wins-of-the-quarter-are-left-out-oldest-first",
    ),
    pytest.param(
        [(1, D(2026, 7, 10))],
        [(6, D(2026, 6, 30)), (7, D(2026, 10, 1))],
        1,
        [],
        id="later-wins-of-other-quarters-do-not-count",
    ),
    pytest.param(
        # With an October start, 2026Q3 runs from April to June 2026.
        [(1, D(2026, 4, 10))],
        [(8, D(2026, 6, 30)), (9, D(2026, 7, 1))],
        10,
        [8],
        id="the-fiscal-year-decides-the-quarter",
    ),
    pytest.param(
        [(1, D(2026, 7, 10))],
        [(None, D(2026, 8, 1))],
        1,
        [],
        id="an-unsaved-win-is-not-counted",
    ),
]


@pytest.mark.parametrize(("walked", "later", "start_month", "expected"), LEFT_OUT)
def test_wins_added_after_a_run_started_are_named_as_left_out(
    clock: FixedClock,
    walked: list[tuple[int, dt.date]],
    later: list[tuple[int | None, dt.date]],
    start_month: int,
    expected: list[int],
) -> None:
    quarter = parse_quarter("2026Q3", start_month)
    first = [win(win_id, day) for win_id, day in walked]
    review = start_review(quarter, first, clock.now())
    logged_later = [Win(title="Later", date=day, id=win_id) for win_id, day in later]

    left_out = wins_left_out(review, [*first, *logged_later])

    assert [w.id for w in left_out] == expected


def test_the_summary_names_the_wins_left_out_and_how_to_include_them(
    walked_quarter: tuple[Review, list[Win]], clock: FixedClock
) -> None:
    review, wins = walked_quarter
    review = finish(review, now=clock.now())
    later = [win(50, D(2026, 9, 29)), win(51, D(2026, 9, 30))]

    summary = summarise(review, [*wins, *later], make_ladder(), "senior")

    assert summary.wins == 7, "the run's own counts are unchanged"
    assert summary.left_out == (50, 51)
    assert summary.left_out_message.startswith(
        "2 wins of 2026Q3 were added after run 1 started and are not in it."
    )
    assert "start a new run" in summary.left_out_message
    assert summarise(review, wins, make_ladder(), "senior").left_out_message == ""


LEFT_OUT_MESSAGES = [
    # count, finished, how the message starts, how it says to include them
    (0, True, "", ""),
    (1, True, "1 win of 2026Q3 was added after run 2 started and is", "start a new"),
    (3, True, "3 wins of 2026Q3 were added after run 2 started and are", "start a"),
    (2, False, "2 wins of 2026Q3 were added", "finish run 2, then start a new"),
]


@pytest.mark.parametrize(("count", "finished", "opening", "how"), LEFT_OUT_MESSAGES)
def test_the_left_out_message_agrees_with_its_count_and_the_runs_state(
    clock: FixedClock, count: int, finished: bool, opening: str, how: str
) -> None:
    review = start_review(Q3, [win(1, D(2026, 7, 10))], clock.now())
    review = replace(review, run=2)
    if finished:
        review = finish(review, now=clock.now())

    message = left_out_message(review, count)

    assert message.startswith(opening)
    assert how in message


PLURALS = [
    # wins (all current-level), how many by override: what the summary says
    (1, 1, ("1 win:", "1 verdict is your own call", "Your one win")),
    (2, 2, ("2 wins:", "2 verdicts are your own call", "2 of 2 wins")),
    (3, 0, ("3 wins:", "", "3 of 3 wins")),
    (0, 0, ("0 wins:", "", "")),
]


@pytest.mark.parametrize(("total", "overridden", "said"), PLURALS)
def test_review_counts_read_as_english_for_one_and_for_many(
    clock: FixedClock, total: int, overridden: int, said: tuple[str, str, str]
) -> None:
    wins = [win(i, D(2026, 7, i), framing=IMPACT) for i in range(1, total + 1)]
    review = start_review(Q3, wins, clock.now())
    for w in wins:
        review = override(review, w.id or 0, CURRENT, "", now=clock.now())
    for w in wins[overridden:]:
        review = override(review, w.id or 0, None, now=clock.now())
        review = answer(
            review,
            w.id or 0,
            now=clock.now(),
            peer_could=YES,
            choice=ASSIGNED,
            change=UNMEASURED,
            noticed=NOBODY,
        )

    summary = summarise(review, wins, make_ladder(), "senior")

    counts, overridden_text, message = said
    assert summary.counts_text.startswith(counts)
    assert summary.overridden_text.startswith(overridden_text)
    assert bool(summary.overridden_text) == bool(overridden_text)
    assert summary.message.startswith(message)
    assert bool(summary.message) == bool(message)
    assert wins_phrase(total) == counts.rstrip(":")


# --- Which run's answers count --------------------------------------------------

NEXT_LEVEL_WALK = {"peer_could": NO, "choice": "chose", "change": MEASURED}
CURRENT_LEVEL_WALK = {"peer_could": YES, "choice": "assigned", "change": MEASURED}

# What the second run holds for win 1 (None: nothing answered yet), whether each
# run is finished, and the kind that counts for win 1.
RUN_CASES = {
    "a fresh run does not undo a finished one": (None, (True, False), NEXT),
    "a win settled in the fresh run takes its new verdict": (
        {**CURRENT_LEVEL_WALK, "noticed": NOBODY},
        (True, False),
        CURRENT,
    ),
    "a half-answered win keeps the finished run's verdict": (
        {"peer_could": YES},
        (True, False),
        NEXT,
    ),
    "a finished second run leaves a half-answered win's verdict": (
        {"peer_could": YES},
        (True, True),
        NEXT,
    ),
    "without a finished run a half-answered win keeps its verdict": (
        {"peer_could": YES},
        (False, False),
        NEXT,
    ),
}


@pytest.mark.parametrize("case", RUN_CASES.values(), ids=RUN_CASES.keys())
def test_the_entry_that_counts_follows_the_finished_run(
    quarter_wins: list[Win], review: Review, clock: FixedClock, case: Any
) -> None:
    second_answers, (first_done, second_done), expected = case
    now = clock.now()
    first = answer(review, 1, now=now, **NEXT_LEVEL_WALK, noticed=SEEN)
    assert first.entry(1).kind is NEXT
    if first_done:
        first = finish(first, now=now)
    clock.advance(days=1)
    second = start_review(Q3, quarter_wins, clock.now(), earlier=[first])
    if second_answers is not None:
        second = answer(second, 1, now=clock.now(), **second_answers)
    if second_done:
        second = finish(second, now=clock.now())

    assert latest_entries([second, first])[1].kind is expected
    assert latest_verdicts([first, second])[1] is expected


# --- A bare direction is no change until it says how much ----------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Team velocity went up", "Went up"),
        ("Error rate went down", "Went down"),
        ("Code quality improved", "Improved"),
        ("Throughput increased", "Increased"),
        ("Onboarding got better", "Got better"),
        ("Test coverage is higher now", "Is higher"),
    ],
)
def test_a_bare_direction_is_asked_by_how_much_and_is_no_change(
    text: str, word: str
) -> None:
    change = read_change(text)
    entry = ReviewEntry(
        win_id=1,
        win_framing=IMPACT,
        answers=answers(NO, CHOSE, change, NOBODY),
    )

    assert change.framing == ACTIVITY
    assert not change.measured
    assert vague_change_ask(word) in change_coach_text(change)
    assert entry.kind is not NEXT


@pytest.mark.parametrize(
    "text",
    [
        "Team velocity went up from 20 to 30 points a sprint",
        "Error rate went down 40%",
        "Throughput increased by 2x",
    ],
)
def test_a_direction_with_its_amount_is_a_measured_change(text: str) -> None:
    change = read_change(text)
    entry = ReviewEntry(
        win_id=1,
        win_framing=IMPACT,
        answers=answers(NO, CHOSE, change, SEEN),
    )

    assert change.measured
    assert "by how much" not in change_coach_text(change)
    assert entry.kind is NEXT
