"""Owning a next-level problem: stages, notes, readings, staleness, the one-active
rule, the result win and the proposal drafted from what the user entered.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.framing import read_statement
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    Stakeholders,
    add_note,
    add_reading,
    advance,
    allowed_moves,
    can_start_another,
    change,
    days_since_update,
    draft_proposal,
    improved,
    initiative_to_discuss,
    is_stale,
    last_source,
    link_win,
    measured_label,
    missing_measure_terms,
    offers_result_win,
    one_active_message,
    paused_from,
    reading_value,
    result_benefited_hint,
    result_noticed_hint,
    result_title,
    result_win,
    resume,
    stage_note_example,
    start_initiative,
)
from careerclimb_tui.domain.problems import ProblemEntry, ProblemMeasure
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.errors import CareerClimbError

DAY = dt.timedelta(days=1)

ENTRY = ProblemEntry(
    id="slow-ci",
    title="CI takes too long",
    symptoms=("Builds queue up", "People batch changes"),
    why_next_level="Everyone waits.",
    dimensions=("execution", "technical_direction"),
    first_steps=("Measure the pipeline", "Fix the slowest step"),
    who_agrees=("Tech lead", "CI owner"),
    measures=(ProblemMeasure("CI pipeline duration", "minutes", "lower"),),
    keywords=("ci", "pipeline", "build"),
)


def started(clock: FixedClock) -> Initiative:
    return start_initiative(
        "Cut CI time", clock.now(), problem_id="slow-ci", description="CI is slow."
    )


def at_stage(stage: Stage, clock: FixedClock) -> Initiative:
    """An initiative walked forward to ``stage``; paused from driving, dropped from
    proposed."""
    initiative = started(clock)
    if stage is Stage.PAUSED:
        initiative = at_stage(Stage.DRIVING, clock)
        return advance(initiative, Stage.PAUSED, clock.now(), "on leave")
    if stage is Stage.DROPPED:
        initiative = at_stage(Stage.PROPOSED, clock)
        return advance(initiative, Stage.DROPPED, clock.now(), "team reorganised")
    for step in Stage:
        if step is stage:
            return initiative
        initiative = advance(initiative, next_after(step), clock.now())
    raise AssertionError(stage)


def next_after(stage: Stage) -> Stage:
    order = list(Stage)
    return order[order.index(stage) + 1]


def reading(value: float, day: dt.date, unit: str = "minutes") -> Reading:
    return Reading(value, unit, day, "CI dashboard")


# --- starting -------------------------------------------------------------------


def test_new_initiative_starts_spotted_with_its_first_history_entry(
    clock: FixedClock,
) -> None:
    initiative = started(clock)

    assert initiative.stage is Stage.SPOTTED
    assert [(c.stage, c.at) for c in initiative.history] == [
        (Stage.SPOTTED, clock.now())
    ]
    assert initiative.created_at == initiative.updated_at == clock.now()
    assert initiative.problem_id == "slow-ci"


def test_initiative_needs_a_title(clock: FixedClock) -> None:
    with pytest.raises(CareerClimbError, match="Name the problem"):
        start_initiative("   ", clock.now())


# --- every transition -----------------------------------------------------------

S = Stage
ALLOWED = {
    S.SPOTTED: {S.PROPOSED, S.PAUSED, S.DROPPED},
    S.PROPOSED: {S.BUY_IN, S.PAUSED, S.DROPPED},
    S.BUY_IN: {S.DRIVING, S.PAUSED, S.DROPPED},
    S.DRIVING: {S.MEASURING, S.PAUSED, S.DROPPED},
    S.MEASURING: {S.DONE, S.PAUSED, S.DROPPED},
    S.DONE: set(),
    S.DROPPED: set(),
    # at_stage pauses from driving, so resuming goes back to driving.
    S.PAUSED: {S.DRIVING, S.DROPPED},
}


@pytest.mark.parametrize(
    "from_stage, to_stage",
    list(itertools.product(Stage, Stage)),
    ids=[f"{a.value}->{b.value}" for a, b in itertools.product(Stage, Stage)],
)
def test_every_transition_is_allowed_or_refused_with_a_message(
    from_stage: Stage, to_stage: Stage, clock: FixedClock
) -> None:
    initiative = at_stage(from_stage, clock)
    clock.advance(days=1)

    if to_stage in ALLOWED[from_stage]:
        moved = advance(initiative, to_stage, clock.now(), "because")
        assert moved.stage is to_stage
        assert moved.history[-1].stage is to_stage
        assert moved.history[-1].at == clock.now()
        assert moved.history[:-1] == initiative.history
        assert moved.updated_at == clock.now()
    else:
        with pytest.raises(CareerClimbError) as refused:
            advance(initiative, to_stage, clock.now(), "because")
        assert refused.value.message.strip()


def test_allowed_moves_match_what_advance_accepts(clock: FixedClock) -> None:
    for stage in Stage:
        assert set(allowed_moves(at_stage(stage, clock))) == ALLOWED[stage], stage


REFUSALS = [
    # from, to, words the message must contain
    (S.SPOTTED, S.BUY_IN, "one stage at a time: from Spotted the next stage is "
     "Proposed, not Buy-in"),
    (S.SPOTTED, S.DONE, "the next stage is Proposed"),
    (S.DRIVING, S.PROPOSED, "cannot go back from Driving to Proposed"),
    (S.MEASURING, S.MEASURING, "already at Measuring"),
    (S.DONE, S.SPOTTED, "is done; it cannot move"),
    (S.DROPPED, S.PROPOSED, "is dropped; it cannot move"),
    (S.PAUSED, S.MEASURING, "resume it (back to Driving)"),
    (S.PAUSED, S.PAUSED, "already at Paused"),
]  # fmt: skip


@pytest.mark.parametrize("from_stage, to_stage, words", REFUSALS)
def test_refused_transition_says_what_is_allowed_instead(
    from_stage: Stage, to_stage: Stage, words: str, clock: FixedClock
) -> None:
    with pytest.raises(CareerClimbError) as refused:
        advance(at_stage(from_stage, clock), to_stage, clock.now())

    assert words in refused.value.message


def test_stage_can_be_given_by_its_stored_name(clock: FixedClock) -> None:
    moved = advance(started(clock), "proposed", clock.now())

    assert moved.stage is Stage.PROPOSED


def test_unknown_stage_name_is_refused_listing_the_stages(clock: FixedClock) -> None:
    with pytest.raises(CareerClimbError, match="'shipped' is not a stage.*buy_in"):
        advance(started(clock), "shipped", clock.now())


@pytest.mark.parametrize("reason", ["", "   "])
def test_dropping_needs_a_reason(reason: str, clock: FixedClock) -> None:
    with pytest.raises(CareerClimbError, match="Say why"):
        advance(started(clock), Stage.DROPPED, clock.now(), reason)


def test_dropped_initiative_keeps_its_reason(clock: FixedClock) -> None:
    dropped = advance(started(clock), Stage.DROPPED, clock.now(), " CI replaced ")

    assert dropped.dropped_reason == "CI replaced"
    assert started(clock).dropped_reason == ""


@pytest.mark.parametrize("stage", [S.SPOTTED, S.BUY_IN, S.MEASURING])
def test_resume_returns_to_the_stage_it_was_paused_in(
    stage: Stage, clock: FixedClock
) -> None:
    paused = advance(at_stage(stage, clock), Stage.PAUSED, clock.now())
    clock.advance(days=3)

    resumed = resume(paused, clock.now(), "back from leave")

    assert paused_from(paused) is stage
    assert resumed.stage is stage
    assert resumed.history[-1].note == "back from leave"


def test_second_pause_resumes_to_the_latest_stage(clock: FixedClock) -> None:
    initiative = at_stage(Stage.PROPOSED, clock)
    initiative = advance(initiative, Stage.PAUSED, clock.now())
    initiative = resume(initiative, clock.now())
    initiative = advance(initiative, Stage.BUY_IN, clock.now())
    initiative = advance(initiative, Stage.PAUSED, clock.now())

    assert resume(initiative, clock.now()).stage is Stage.BUY_IN


def test_only_a_paused_initiative_can_be_resumed(clock: FixedClock) -> None:
    with pytest.raises(CareerClimbError, match="Only a paused problem"):
        resume(started(clock), clock.now())


# --- notes ----------------------------------------------------------------------


def test_note_is_dated_and_filed_under_the_current_stage(clock: FixedClock) -> None:
    initiative = add_note(started(clock), "Asked the CI owner", clock.now())
    clock.advance(days=2)
    initiative = advance(initiative, Stage.PROPOSED, clock.now())
    initiative = add_note(initiative, "  Sent the proposal  ", clock.now())

    assert [n.text for n in initiative.notes_for(Stage.SPOTTED)] == [
        "Asked the CI owner"
    ]
    proposed = initiative.notes_for(Stage.PROPOSED)
    assert [(n.text, n.at) for n in proposed] == [("Sent the proposal", clock.now())]
    assert initiative.updated_at == clock.now()


def test_empty_note_is_refused(clock: FixedClock) -> None:
    with pytest.raises(CareerClimbError, match="empty"):
        add_note(started(clock), " \n ", clock.now())


# --- readings and the change they show ------------------------------------------


def test_first_reading_becomes_the_baseline(clock: FixedClock) -> None:
    today = clock.today()

    initiative = add_reading(started(clock), reading(40, today), clock.now())

    assert initiative.baseline == reading(40, today)
    assert initiative.readings == ()
    assert change(initiative) is None


def test_later_readings_are_kept_in_date_order(clock: FixedClock) -> None:
    today = clock.today()
    initiative = add_reading(started(clock), reading(40, today), clock.now())

    for value, offset in [(20, 14), (30, 7), (25, 7)]:
        initiative = add_reading(
            initiative, reading(value, today + offset * DAY), clock.now()
        )

    assert [r.value for r in initiative.readings] == [30, 25, 20]


def test_reading_on_the_baseline_day_is_accepted(clock: FixedClock) -> None:
    today = clock.today()
    initiative = add_reading(started(clock), reading(40, today), clock.now())

    initiative = add_reading(initiative, reading(38, today), clock.now())

    assert [r.value for r in initiative.readings] == [38]


def test_reading_before_the_baseline_is_refused(clock: FixedClock) -> None:
    today = clock.today()
    initiative = add_reading(started(clock), reading(40, today), clock.now())

    with pytest.raises(CareerClimbError) as refused:
        add_reading(initiative, reading(50, today - DAY), clock.now())

    message = refused.value.message
    assert "17 Nov 2026 comes before the baseline of 18 Nov 2026" in message


def test_reading_in_another_unit_is_refused(clock: FixedClock) -> None:
    today = clock.today()
    initiative = add_reading(started(clock), reading(40, today), clock.now())

    with pytest.raises(CareerClimbError, match="in hours but the baseline is in"):
        add_reading(initiative, reading(1, today + DAY, "hours"), clock.now())


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_reading_that_is_not_a_number_is_refused(
    value: float, clock: FixedClock
) -> None:
    with pytest.raises(CareerClimbError, match="needs a number"):
        add_reading(started(clock), reading(value, clock.today()), clock.now())


CHANGE_CASES = [
    # baseline, later readings, better → measure before/after, improved
    (40, [30, 12], "lower", (40, 12), True),
    (40, [50], "lower", (40, 50), False),
    (2, [5], "higher", (2, 5), True),
    (5, [5], "higher", (5, 5), False),
    (40, [12], "", (40, 12), None),
]


@pytest.mark.parametrize("baseline, later, better, pair, better_now", CHANGE_CASES)
def test_change_runs_from_the_baseline_to_the_latest_reading(
    baseline: float,
    later: list[float],
    better: str,
    pair: tuple[float, float],
    better_now: bool | None,
    clock: FixedClock,
) -> None:
    today = clock.today()
    initiative = started(clock).with_changes(metric="CI duration", better=better)
    initiative = add_reading(initiative, reading(baseline, today), clock.now())
    for offset, value in enumerate(later, start=1):
        initiative = add_reading(
            initiative, reading(value, today + offset * DAY), clock.now()
        )

    assert change(initiative) == Measure(
        before=pair[0], after=pair[1], unit="minutes", label="CI duration"
    )
    assert improved(initiative) is better_now


# --- staleness ------------------------------------------------------------------


@pytest.mark.parametrize(
    "days, stale", [(0, False), (20, False), (21, True), (22, True)]
)
def test_active_initiative_goes_stale_after_three_weeks_without_change(
    days: int, stale: bool, clock: FixedClock
) -> None:
    initiative = at_stage(Stage.DRIVING, clock)
    later = clock.today() + days * DAY

    assert days_since_update(initiative, later) == days
    assert is_stale(initiative, later) is stale


@pytest.mark.parametrize("stage", [S.PAUSED, S.DONE, S.DROPPED])
def test_set_aside_or_closed_initiatives_never_go_stale(
    stage: Stage, clock: FixedClock
) -> None:
    initiative = at_stage(stage, clock)

    assert not is_stale(initiative, clock.today() + 100 * DAY)


def test_stale_threshold_can_be_changed(clock: FixedClock) -> None:
    initiative = started(clock)

    assert is_stale(initiative, clock.today() + 7 * DAY, days=7)
    assert not is_stale(initiative, clock.today() + 6 * DAY, days=7)


def test_a_note_makes_a_stale_initiative_fresh(clock: FixedClock) -> None:
    initiative = started(clock)
    clock.advance(days=30)

    refreshed = add_note(initiative, "Still on it", clock.now())

    assert is_stale(initiative, clock.today())
    assert not is_stale(refreshed, clock.today())


def test_days_since_update_is_never_negative(clock: FixedClock) -> None:
    assert days_since_update(started(clock), clock.today() - 5 * DAY) == 0


def test_days_since_update_uses_the_utc_date_of_the_last_change() -> None:
    late_evening = dt.datetime(
        2026, 3, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    initiative = start_initiative("Problem", late_evening)

    # 23:30 at UTC-5 is already 2 March in UTC.
    assert days_since_update(initiative, dt.date(2026, 3, 23)) == 21


# --- a reading typed as a change -------------------------------------------------

# typed, the baseline's value and unit (None: no baseline), the reading recorded
READING_VALUES = [
    ("7", (12, "failures/week"), 7),
    ("-3", (12, "°C"), -3),
    ("", (12, "failures/week"), None),
    ("-40%", (12, "failures/week"), 7.2),
    ("−40 %", (12, "failures/week"), 7.2),
    ("+25%", (8, "deploys/week"), 10),
    ("-40%", (7, "pages"), 4.2),
    ("12%", (20, "%"), 12),
    ("12", (20, "%"), 12),
    ("20%", None, 20),
]


@pytest.mark.parametrize(("typed", "baseline", "value"), READING_VALUES)
def test_a_signed_percentage_reading_is_a_change_from_the_baseline(
    typed: str,
    baseline: tuple[float, str] | None,
    value: float | None,
    clock: FixedClock,
) -> None:
    first = reading(*baseline[:1], clock.today(), baseline[1]) if baseline else None

    assert reading_value(typed, "reading", first) == value


@pytest.mark.parametrize(
    ("typed", "baseline", "message"),
    [
        ("-40%", None, "no baseline yet"),
        ("-40%", (20, "%"), "could be the new rate or a change of the baseline's 20%"),
        ("+5%", (20, "%"), "could be the new rate"),
    ],
)
def test_a_change_that_reads_two_ways_is_refused(
    typed: str, baseline: tuple[float, str] | None, message: str, clock: FixedClock
) -> None:
    first = reading(*baseline[:1], clock.today(), baseline[1]) if baseline else None

    with pytest.raises(CareerClimbError, match=message):
        reading_value(typed, "reading", first)


# --- one active problem at a time -----------------------------------------------

ONE_ACTIVE_CASES = [
    ([], True),
    ([S.SPOTTED], False),
    ([S.MEASURING], False),
    ([S.PAUSED], True),
    ([S.DONE, S.DROPPED], True),
    ([S.DONE, S.PAUSED, S.DRIVING], False),
]


@pytest.mark.parametrize("stages, may_start", ONE_ACTIVE_CASES)
def test_only_one_problem_is_driven_at_a_time(
    stages: list[Stage], may_start: bool, clock: FixedClock
) -> None:
    initiatives = [at_stage(stage, clock) for stage in stages]

    assert can_start_another(initiatives) is may_start
    assert bool(one_active_message(initiatives)) is not may_start


def finished(
    clock: FixedClock, title: str, days_later: int, values: tuple[float, ...]
) -> Initiative:
    """A problem carried to done ``days_later`` days on, with its readings."""
    initiative = start_initiative(title, clock.now())
    for offset, value in enumerate(values):
        day = clock.today() + offset * DAY
        initiative = add_reading(initiative, reading(value, day), clock.now())
    for stage in list(Stage)[1:6]:
        initiative = advance(initiative, stage, clock.now() + days_later * DAY)
    return initiative


@pytest.mark.parametrize(
    ("kept", "discussed"),
    [
        ((), None),
        (("driving", "done early"), "driving"),
        (("done early",), "done early"),
        (("done early", "done late"), "done late"),
        (("done late", "done early"), "done late"),
        (("done unmeasured",), None),
        (("done unmeasured", "done early"), "done early"),
        (("dropped",), None),
    ],
)
def test_the_manager_hears_of_the_active_problem_or_else_the_latest_result(
    kept: tuple[str, ...], discussed: str | None, clock: FixedClock
) -> None:
    made = {
        "driving": at_stage(S.DRIVING, clock).with_changes(title="driving"),
        "done early": finished(clock, "done early", 5, (20, 3)),
        "done late": finished(clock, "done late", 9, (40, 12)),
        "done unmeasured": finished(clock, "done unmeasured", 12, (40,)),
        "dropped": at_stage(S.DROPPED, clock).with_changes(title="dropped"),
    }

    chosen = initiative_to_discuss(made[name] for name in kept)

    assert (chosen.title if chosen else None) == discussed


def test_blocked_start_asks_whether_the_active_one_is_done_dropped_or_paused(
    clock: FixedClock,
) -> None:
    initiatives = [at_stage(S.DONE, clock), at_stage(S.BUY_IN, clock)]

    message = one_active_message(initiatives)

    assert "“Cut CI time” (Buy-in)" in message
    assert "done, dropped or paused" in message


# --- the result win -------------------------------------------------------------


def measured(clock: FixedClock, stage: Stage = S.MEASURING) -> Initiative:
    initiative = at_stage(stage, clock).with_changes(
        metric="CI pipeline duration",
        better="lower",
        stakeholders=Stakeholders(other_teams=("Mobile", "Payments")),
    )
    initiative = add_reading(initiative, reading(40, clock.today()), clock.now())
    return add_reading(initiative, reading(12, clock.today() + 30 * DAY), clock.now())


@pytest.mark.parametrize("stage", [S.MEASURING, S.DONE])
def test_result_win_is_drafted_from_the_measured_initiative(
    stage: Stage, clock: FixedClock
) -> None:
    today = clock.today() + 31 * DAY

    win = result_win(measured(clock, stage), today, ENTRY)

    assert win.title == "Cut the CI pipeline duration from 40 to 12 minutes"
    assert win.date == today
    assert win.measure == Measure(40, 12, "minutes", "CI pipeline duration")
    assert win.what_changed == "The CI pipeline duration went from 40 to 12 minutes"
    assert win.id is None
    assert win.is_impact


# the people recorded on the problem, notes written while spotted, the hint
# offered for who noticed, and the hint offered for who benefited; both fields
# are drafted empty: helping is not gaining and expecting is not noticing
WHO_NOTICED = [
    (
        Stakeholders(other_teams=("platform team",)),
        (),
        "Did the platform team notice? Name who did.",
        "The team involved was platform team. Who gained from the result?",
        "",
    ),
    (
        Stakeholders(other_teams=("platform team",)),
        ("Would be noticed by: Mobile and payments teams.",),
        "Did mobile and payments teams or the platform team notice? Name who did.",
        "The team involved was platform team. Who gained from the result?",
        "",
    ),
    (
        Stakeholders(),
        ("Would change: pages 30 to 12. Would be noticed by: SRE team.",),
        "Did the SRE team notice? Name who did.",
        "",
        "",
    ),
    (
        Stakeholders(to_agree=("Ana (tech lead)",), agreed=("Ana",), helped=("Raj",)),
        (),
        "",
        "",
        "",
    ),
    (
        Stakeholders(
            agreed=("Ana (tech lead)", "Omar"),
            helped=("ana", "Lee (SRE)"),
            other_teams=("payments team", "mobile team"),
        ),
        (),
        "Did the payments team or the mobile team notice? Name who did.",
        "The teams involved were payments team and mobile team. Who gained from "
        "the result?",
        "",
    ),
    (Stakeholders(), ("Would change: pages from 30 to 12.",), "", "", ""),
    (Stakeholders(), ("Talked to Ana about the pager.",), "", "", ""),
    (Stakeholders(), (), "", "", ""),
]


@pytest.mark.parametrize(
    ("people", "notes", "hint", "benefited_hint", "noticed"),
    WHO_NOTICED,
    ids=[
        "other teams involved",
        "other teams involved and the check's answer",
        "the check's answer",
        "who agreed and who helped, perhaps in the user's own team",
        "everyone recorded: only the other teams named",
        "the check named nobody",
        "a note of the user's own",
        "nothing recorded",
    ],
)
def test_the_result_win_leaves_the_people_to_the_user_and_hints_them(
    people: Stakeholders,
    notes: tuple[str, ...],
    hint: str,
    benefited_hint: str,
    noticed: str,
    clock: FixedClock,
) -> None:
    initiative = started(clock)
    for text in notes:
        initiative = add_note(initiative, text, clock.now())
    initiative = measured(clock).with_changes(
        notes=initiative.notes, stakeholders=people
    )

    win = result_win(initiative, clock.today(), ENTRY)

    assert win.beneficiaries == ""
    assert win.noticed_by == noticed
    assert result_noticed_hint(initiative) == hint
    assert result_benefited_hint(initiative) == benefited_hint


@pytest.mark.parametrize("entry", [ENTRY, None], ids=["from the catalogue", "own"])
def test_the_result_win_picks_no_dimensions_for_the_user(
    entry: ProblemEntry | None, clock: FixedClock
) -> None:
    win = result_win(measured(clock), clock.today(), entry)

    assert win.dimensions == ()


FLAKY = "Flaky tests that everyone reruns"
RESULT_TITLES = [
    ("flaky-test rate", (20, 3), "%", "Cut the flaky-test rate from 20% to 3%"),
    (
        "Lead time for changes",
        (48, 20),
        "hours",
        "Cut the lead time for changes from 48 to 20 hours",
    ),
    ("CI duration", (24, 9.5), "minutes", "Cut the CI duration from 24 to 9.5 minutes"),
    (
        "deploy frequency",
        (2, 10),
        "deploys/week",
        "Raised the deploy frequency from 2 to 10 deploys/week",
    ),
    ("our p95 latency", (900, 300), "ms", "Cut our p95 latency from 900 to 300 ms"),
    (
        "Pages per on-call week",
        (30, 12),
        "pages/week",
        "Cut pages per on-call week from 30 to 12",
    ),
    (
        "Hours spent on releases",
        (10, 2),
        "hours",
        "Cut hours spent on releases from 10 to 2",
    ),
    (
        "build reruns",
        (12, 2),
        "reruns/week",
        "Cut build reruns from 12 to 2 reruns/week",
    ),
    ("", (20, 3), "%", "Cut flaky tests that everyone reruns from 20% to 3%"),
    ("Latency", (800, 200), "ms", "Cut the latency from 800 to 200 ms"),
    ("flaky-test rate", (20,), "%", FLAKY),
    ("flaky-test rate", (20, 20), "%", FLAKY),
    ("flaky-test rate", (), "%", FLAKY),
]


@pytest.mark.parametrize(
    ("metric", "values", "unit", "title"),
    RESULT_TITLES,
    ids=[
        "a percentage down",
        "a metric with a capital",
        "a capitalised abbreviation",
        "a count up",
        "a metric that says whose",
        "a metric that says its unit",
        "a metric that says its unit first",
        "a metric that says part of its unit",
        "no metric named",
        "a metric of one capitalised word",
        "a baseline only",
        "no change",
        "no readings",
    ],
)
def test_the_result_win_is_titled_by_what_changed_from_the_records(
    metric: str,
    values: tuple[float, ...],
    unit: str,
    title: str,
    clock: FixedClock,
) -> None:
    initiative = start_initiative(FLAKY, clock.now()).with_changes(metric=metric)
    for offset, value in enumerate(values):
        day = clock.today() + offset * DAY
        initiative = add_reading(initiative, reading(value, day, unit), clock.now())

    assert result_title(initiative) == title
    if title != FLAKY:
        assert read_statement(title).is_impact and read_statement(title).has_metric


RESULT_WIN_OFFERS = [
    # stage, readings (baseline first), linked win's measure, offered
    (S.DRIVING, (40, 12), None, False),
    (S.MEASURING, (), None, False),
    (S.MEASURING, (40,), None, False),
    (S.MEASURING, (40, 40), None, False),
    (S.MEASURING, (40, 12), None, True),
    (S.DONE, (40,), None, False),
    (S.DONE, (40, 12), None, True),
    (S.DONE, (40, 12), Measure(), True),  # a linked win with no result
    (S.DONE, (40, 12), Measure(40, 12, "minutes"), False),
    (S.MEASURING, (40, 12), Measure(change_pct=-70), True),
    (S.DONE, (40, 12, 8), Measure(40, 12, "minutes"), True),
]


@pytest.mark.parametrize(
    ("stage", "values", "linked", "offered"),
    RESULT_WIN_OFFERS,
    ids=[
        "not measuring yet",
        "no readings",
        "a baseline only",
        "no change",
        "a measured change",
        "done with a baseline only",
        "done with a measured change",
        "done with an unmeasured win linked",
        "done with the result win linked",
        "measuring with a relative change alone linked",
        "done with the result win behind a later reading",
    ],
)
def test_the_result_win_is_offered_only_for_a_result_not_yet_logged(
    stage: Stage,
    values: tuple[float, ...],
    linked: Measure | None,
    offered: bool,
    clock: FixedClock,
) -> None:
    initiative = at_stage(stage, clock)
    for offset, value in enumerate(values):
        day = clock.today() + offset * DAY
        initiative = add_reading(initiative, reading(value, day), clock.now())
    wins: dict[int | None, Win] = {}
    if linked is not None:
        wins[5] = Win("Sped up CI", clock.today(), measure=linked, id=5)
        initiative = link_win(initiative, 5, clock.now())

    assert offers_result_win(initiative, wins) is offered


@pytest.mark.parametrize(
    ("metric", "unit", "entry", "label"),
    [
        ("Build time", "minutes", ENTRY, "Build time"),
        ("  CI   time ", "minutes", ENTRY, "CI time"),
        ("", "minutes", ENTRY, "CI pipeline duration"),
        ("", "reruns/week", None, ""),
        ("", "", ENTRY, "CI pipeline duration"),
    ],
    ids=["named", "spaces tidied", "from the entry", "nothing to name it", "no unit"],
)
def test_the_result_measure_is_named_even_when_the_metric_was_left_blank(
    metric: str, unit: str, entry: ProblemEntry | None, label: str, clock: FixedClock
) -> None:
    initiative = started(clock).with_changes(metric=metric)
    if unit:
        initiative = add_reading(
            initiative, reading(40, clock.today(), unit), clock.now()
        )

    assert measured_label(initiative, entry) == label


def test_the_result_win_keeps_the_measure_named_by_the_catalogue(
    clock: FixedClock,
) -> None:
    entry = replace(
        ENTRY,
        measures=(
            ProblemMeasure("Flaky-test rate", "%", "lower"),
            ProblemMeasure("Build reruns", "reruns/week", "lower"),
        ),
    )
    initiative = at_stage(S.MEASURING, clock)
    for value in (12, 2):
        initiative = add_reading(
            initiative, reading(value, clock.today(), "reruns/week"), clock.now()
        )

    win = result_win(initiative, clock.today(), entry)

    assert win.measure is not None and win.measure.label == "Build reruns"
    assert win.title == "Cut build reruns from 12 to 2 reruns/week"


@pytest.mark.parametrize("stage", [S.SPOTTED, S.DRIVING, S.PAUSED, S.DROPPED])
def test_result_win_waits_until_the_initiative_is_measured(
    stage: Stage, clock: FixedClock
) -> None:
    with pytest.raises(CareerClimbError, match="once it is being measured"):
        result_win(at_stage(stage, clock), clock.today(), ENTRY)


def test_a_win_is_linked_once(clock: FixedClock) -> None:
    initiative = link_win(started(clock), 7, clock.now())

    assert link_win(initiative, 7, clock.now()).win_ids == (7,)


# --- the proposal ---------------------------------------------------------------


def filled(clock: FixedClock) -> Initiative:
    initiative = started(clock).with_changes(
        evidence="Builds took 40 minutes on 30 of the last 30 days.",
        proposed_fix="Cache dependencies and split the test job.",
        cost="Two weeks of my time.",
        metric="CI pipeline duration",
        better="lower",
        stakeholders=Stakeholders(to_agree=("Tech lead", "PM"), agreed=("PM",)),
    )
    return add_reading(initiative, reading(40, dt.date(2026, 11, 2)), clock.now())


def test_proposal_sections_hold_the_users_own_words(clock: FixedClock) -> None:
    proposal = draft_proposal(filled(clock), ENTRY)

    assert proposal.title == "Proposal: Cut CI time"
    assert proposal.missing == ()
    assert proposal.problem.lines == ("CI is slow.",)
    assert proposal.evidence.lines == (
        "Builds took 40 minutes on 30 of the last 30 days.",
    )
    assert proposal.evidence.table == (("2026-11-02", "40 minutes", "CI dashboard"),)
    assert proposal.proposed_fix.lines == (
        "Cache dependencies and split the test job.",
    )
    assert proposal.cost.lines == ("Two weeks of my time.",)
    assert proposal.success.lines == (
        "Measured by CI pipeline duration; lower is better.",
        "Baseline: 40 minutes on 2 Nov 2026 (CI dashboard).",
    )
    assert proposal.who_agrees.table == (("Tech lead", "not yet"), ("PM", "yes"))


def test_empty_proposal_sections_say_what_to_fill_in_and_invent_nothing(
    clock: FixedClock,
) -> None:
    bare = start_initiative("Cut CI time", clock.now())

    proposal = draft_proposal(bare, None)

    assert len(proposal.missing) == 6
    for section in proposal.sections:
        assert section.lines == () and section.table == (), section.heading
        assert section.to_fill.startswith("To fill in:"), section.heading
        assert section.suggestions == (), section.heading


def test_catalog_entry_offers_ideas_only_as_suggestions(clock: FixedClock) -> None:
    bare = start_initiative("Cut CI time", clock.now(), problem_id="slow-ci")

    proposal = draft_proposal(bare, ENTRY)

    assert proposal.problem.suggestions == ENTRY.symptoms
    assert proposal.proposed_fix.suggestions == ENTRY.first_steps
    assert proposal.success.suggestions == (
        "CI pipeline duration (minutes, lower is better)",
    )
    assert proposal.who_agrees.suggestions == ENTRY.who_agrees
    assert all(not s.is_filled for s in proposal.sections)


def test_proposal_shows_the_latest_reading_once_there_is_one(
    clock: FixedClock,
) -> None:
    initiative = add_reading(
        filled(clock), reading(25, dt.date(2026, 11, 16)), clock.now()
    )

    proposal = draft_proposal(initiative, None)

    assert proposal.success.lines[-1] == (
        "Latest reading: 25 minutes on 16 Nov 2026 (CI dashboard)."
    )
    assert len(proposal.evidence.table) == 2


MEASURE_TERMS = [
    # what is measured, which way is better, what is still unnamed
    ("Lead time for changes", "lower", ()),
    ("Deploys per week", "higher", ()),
    ("Lead time for changes", "Lower", ("better",)),
    ("", "lower", ("metric",)),
    ("   ", "higher", ("metric",)),
    ("Lead time for changes", "", ("better",)),
    ("Lead time for changes", "sideways", ("better",)),
    ("", "", ("metric", "better")),
]


@pytest.mark.parametrize(("metric", "better", "missing"), MEASURE_TERMS)
def test_a_baseline_needs_what_is_measured_and_which_way_is_better(
    metric: str, better: str, missing: tuple[str, ...]
) -> None:
    assert missing_measure_terms(metric, better) == missing


@pytest.mark.parametrize(
    ("to_agree", "agreed", "waiting"),
    [
        (("Ana (tech lead)", "Raj (EM)"), ("Ana",), ("Raj (EM)",)),
        (("Ana",), ("ana (tech lead)",), ()),
        (("Ana Lopez",), ("Ana",), ("Ana Lopez",)),
        (("SRE team",), (), ("SRE team",)),
    ],
    ids=["role in brackets", "role on the agreed side", "another name", "nobody yet"],
)
def test_who_is_still_to_agree_is_matched_by_name_without_the_role(
    to_agree: tuple[str, ...], agreed: tuple[str, ...], waiting: tuple[str, ...]
) -> None:
    from careerclimb_tui.domain.initiative import Stakeholders

    people = Stakeholders(to_agree=to_agree, agreed=agreed)
    assert people.still_to_agree == waiting


@pytest.mark.parametrize(
    ("wanted", "given", "answers"),
    [
        ("Tech lead", "Priya (tech lead)", True),
        ("tech lead", "Priya (Tech Lead)", True),
        ("Tech lead", "Priya - tech lead", True),
        ("Tech lead", "Priya – our tech lead", True),
        ("Tech lead", "Priya (tech lead, payments)", True),
        ("Engineering manager", "Sam - EM", True),
        ("Engineering manager", "Sam (engineering manager)", True),
        ("EM", "Sam (engineering manager)", True),
        ("Engineering manager", "EM", True),
        ("Ana (tech lead)", "ana", True),
        # not a match: another role, another person, or a role without a name
        ("Engineering manager", "Priya (tech lead)", False),
        ("Tech lead", "Priya (tech lead's manager)", False),
        ("Tech lead", "Priya", False),
        ("Ana (tech lead)", "Ben (tech lead)", False),
        ("Engineering manager", "Sam (em)", False),
        ("Engineering manager", "Sam (EMEA sales)", False),
        ("Tech lead", "Techlead-Priya", False),
        ("Jean-Luc", "Jean", False),
    ],
)
def test_a_role_is_agreed_for_by_someone_who_names_it(
    wanted: str, given: str, answers: bool
) -> None:
    from careerclimb_tui.domain.initiative import agreed_for

    assert agreed_for(wanted, given) is answers


def test_still_to_agree_lists_only_roles_nobody_agreed_for() -> None:
    from careerclimb_tui.domain.initiative import Stakeholders

    people = Stakeholders(
        to_agree=("Tech lead", "Engineering manager"), agreed=("Priya (tech lead)",)
    )

    assert people.still_to_agree == ("Engineering manager",)


def test_the_proposal_shows_who_agreed_for_a_role(clock: FixedClock) -> None:
    initiative = started(clock).with_changes(
        stakeholders=Stakeholders(
            to_agree=("Tech lead", "Engineering manager", "Ana (PM)"),
            agreed=("Priya (tech lead)", "ana", "Omar"),
        )
    )

    proposal = draft_proposal(initiative, None)

    assert proposal.who_agrees.table == (
        ("Priya (tech lead)", "yes"),
        ("Engineering manager", "not yet"),
        ("Ana (PM)", "yes"),
        ("Omar", "yes"),
    )


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        (
            "Priya (tech lead, platform), Omar (EM)",
            ("Priya (tech lead, platform)", "Omar (EM)"),
        ),
        ("Ana; Raj", ("Ana", "Raj")),
        ("SRE team, , SRE team", ("SRE team",)),
        ("Lee (SRE", ("Lee (SRE",)),
        ("", ()),
    ],
    ids=[
        "comma in brackets",
        "semicolon",
        "blanks and repeats",
        "open bracket",
        "empty",
    ],
)
def test_names_are_split_at_commas_outside_brackets(
    typed: str, names: tuple[str, ...]
) -> None:
    from careerclimb_tui.domain.wins import split_names

    assert split_names(typed) == names


# the stage moved into, the example under the note of the move
STAGE_NOTE_EXAMPLES = [
    (Stage.SPOTTED, "Timed five releases: each waited a day for sign-off"),
    (Stage.PROPOSED, "Shared the proposal with the tech lead on Tuesday"),
    (Stage.BUY_IN, "The EM and the SRE lead agreed to a two-week trial"),
    (Stage.DRIVING, "Shipped the first change with the platform team"),
    (Stage.MEASURING, "The new pipeline has run every release since Monday"),
    (Stage.DONE, "Six weeks of readings hold at the new level"),
    (Stage.PAUSED, "On hold until the release freeze ends in January"),
    (Stage.DROPPED, "The platform team is replacing this pipeline next quarter"),
]


@pytest.mark.parametrize(
    ("stage", "example"),
    STAGE_NOTE_EXAMPLES,
    ids=[s.value for s, _ in STAGE_NOTE_EXAMPLES],
)
def test_each_stage_s_note_offers_an_example_of_its_own(
    stage: Stage, example: str
) -> None:
    assert stage_note_example(stage) == f"e.g. {example}"


def test_no_two_stages_share_a_note_example() -> None:
    examples = [stage_note_example(stage) for stage in Stage]

    assert len(set(examples)) == len(Stage)


@pytest.mark.parametrize(
    ("baseline", "later", "source"),
    [
        ("", (), ""),
        ("CI dashboard", (), "CI dashboard"),
        ("CI dashboard", ("build dashboard",), "build dashboard"),
        ("CI dashboard", ("build dashboard", ""), "build dashboard"),
        ("", ("", "pager export"), "pager export"),
    ],
)
def test_a_new_reading_comes_from_the_last_source_named(
    clock: FixedClock, baseline: str, later: tuple[str, ...], source: str
) -> None:
    day = clock.today()
    measured = at_stage(S.MEASURING, clock).with_changes(
        baseline=replace(reading(40, day), source=baseline),
        readings=tuple(
            replace(reading(30 - number, day), source=said)
            for number, said in enumerate(later)
        ),
    )

    assert last_source(measured) == source
