"""The manager conversation: the prep plan, the reply reader and the scorecard."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from careerclimb_tui import catalogue
from careerclimb_tui.domain.conversation import (
    BEHAVIOURS,
    CYCLE,
    EVIDENCE,
    EXAMPLE,
    FOLLOW_UP,
    LEVEL,
    MAX_EVIDENCE,
    PLAIN_WIDTH,
    SPECIFICS,
    ReplyReading,
    build_prep_plan,
    cycle_words_for,
    describe_cycle,
    evidence_hint,
    level_names_for,
    read_reply,
    render_prep_text,
    score_replies,
    with_ask,
    with_wins_logged,
)
from careerclimb_tui.domain.criteria import Criterion
from careerclimb_tui.domain.gaps import DimensionGap, GapStatus, GapView
from careerclimb_tui.domain.initiative import (
    Reading,
    Stage,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.prep import gap_questions, initiative_summary
from careerclimb_tui.domain.records import (
    FRAMING_IMPACT,
    Measure,
    Profile,
    Win,
)
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.ladders import BUNDLED_DIR, load_ladder

REPLIES = Path(__file__).parent / "data" / "replies.yaml"
TABLE: dict[str, Any] = yaml.safe_load(REPLIES.read_text(encoding="utf-8"))
ROWS: list[dict[str, Any]] = TABLE["rows"]
LEVEL_NAMES: list[str] = TABLE["level_names"]
CYCLE_WORDS: list[str] = TABLE["cycle_words"]

# Column of the table → attribute of the reading.
COLUMNS = {
    "specifics": "asks_for_specifics",
    "example": "asks_for_example",
    "level": "names_level",
    "cycle": "names_cycle",
    "evidence": "offers_evidence",
    "follow_up": "agrees_follow_up",
    "vague": "is_vague_accepting",
}

TODAY = dt.date(2026, 11, 18)


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    return load_ladder(BUNDLED_DIR / "software-engineer.yaml")


def profile(cycle_closes: dt.date | None = dt.date(2027, 3, 31)) -> Profile:
    return Profile(
        ladder_id="software-engineer",
        current_level="mid",
        target_level="senior",
        cycle_closes=cycle_closes,
    )


def win(title: str, win_id: int, **fields: Any) -> Win:
    return Win(
        title=title,
        date=dt.date(2026, 10, 1),
        id=win_id,
        framing=FRAMING_IMPACT,
        **fields,
    )


WINS = (
    win(
        "Rebuilt the deploy pipeline",
        1,
        measure=Measure(before=12, after=3, unit="failures/week", label="deploy"),
    ),
    win("Took over the on-call rota", 2, what_changed="Pages now reach one person"),
    win("Cut checkout latency", 3, measure=Measure(change_pct=-40, label="p95")),
    win("Mentored two new hires", 4),
)


def reading(**shown: bool) -> ReplyReading:
    """A reading with only the named behaviours shown."""
    fields = {name: False for name in ReplyReading.__dataclass_fields__}
    fields.update(shown)
    return ReplyReading(**fields)


def row_id(row: dict[str, Any]) -> str:
    return " ".join(row["text"].split())[:60]


# --- The reply reader ---------------------------------------------------------------


def test_reply_table_is_large_and_holds_the_method_lines() -> None:
    texts = {" ".join(row["text"].split()) for row in ROWS}

    assert len(ROWS) >= 40
    assert catalogue.CONVO_ASK in texts
    assert catalogue.CONVO_PUSH_BACK in texts
    for row in ROWS:
        assert set(row) == {"text", *COLUMNS}, row_id(row)
    for column in COLUMNS:
        assert any(row[column] for row in ROWS), f"no row shows {column}"
        assert not all(row[column] for row in ROWS), f"every row shows {column}"


@pytest.mark.parametrize("row", ROWS, ids=row_id)
def test_reply_is_read_as_labelled(row: dict[str, Any]) -> None:
    found = read_reply(row["text"], LEVEL_NAMES, CYCLE_WORDS)

    wrong = {
        column: (row[column], getattr(found, attribute))
        for column, attribute in COLUMNS.items()
        if row[column] != getattr(found, attribute)
    }

    assert not wrong, f"(expected, read) differ: {wrong}"


@pytest.mark.parametrize(
    "straight, curly",
    [
        ("I don't need an example.", "I don’t need an example."),
        ("I'll send you a summary.", "I’ll send you a summary."),
        (
            'When you say "visibility", what would that look like?',
            "When you say “visibility”, what would that look like?",
        ),
    ],
)
def test_curly_quotes_read_like_straight_ones(straight: str, curly: str) -> None:
    assert read_reply(curly, LEVEL_NAMES, CYCLE_WORDS) == read_reply(
        straight, LEVEL_NAMES, CYCLE_WORDS
    )


def test_the_cycle_words_given_count_beside_the_general_ones() -> None:
    line = "Could I make the case by the autumn round?"

    assert not read_reply(line, LEVEL_NAMES, ()).names_cycle
    assert read_reply(line, LEVEL_NAMES, ["autumn round"]).names_cycle


def test_a_level_name_counts_only_as_a_whole_word() -> None:
    assert not read_reply("What about L50?", ["L5"], ()).names_level
    assert read_reply("What about L5?", ["L5"], ()).names_level
    assert read_reply("a senior-level project", ["senior"], ()).names_level


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_read_and_case_makes_no_difference(text: str) -> None:
    found = read_reply(text, LEVEL_NAMES, CYCLE_WORDS)

    assert found == read_reply(text.upper(), LEVEL_NAMES, CYCLE_WORDS) or (
        # A few characters change length or meaning when upper-cased (ß → SS).
        text.upper().lower() != text.lower()
    )
    pushes = (
        found.asks_for_specifics
        or found.asks_for_example
        or found.offers_evidence
        or found.agrees_follow_up
    )
    assert not (found.is_vague_accepting and pushes)


def test_level_names_come_from_title_id_and_aliases(ladder: Ladder) -> None:
    names = level_names_for(ladder, "senior_staff")

    assert names[:2] == ("Senior staff engineer", "senior staff")
    assert len(names) > 2
    assert level_names_for(ladder, "no-such-level") == ()


def test_cycle_words_name_the_month_and_year_of_the_close() -> None:
    assert cycle_words_for(dt.date(2027, 3, 31)) == ("March", "2027")
    assert cycle_words_for(None) == ()


# --- The prep plan ------------------------------------------------------------------


def test_prep_plan_asks_about_the_target_level_and_brings_three_wins(
    ladder: Ladder,
) -> None:
    plan = build_prep_plan(profile(), ladder, WINS, "Fix flaky CI", ["Q?"], TODAY)

    assert plan.target_title == "Senior engineer"
    assert plan.current_title == "Software engineer"
    assert plan.ask == catalogue.CONVO_ASK_FOR_LEVEL.format(level="Senior engineer")
    assert plan.push_back == catalogue.CONVO_PUSH_BACK
    assert [e.win_id for e in plan.evidence] == [1, 2, 3]
    assert len(plan.evidence) == MAX_EVIDENCE
    assert plan.evidence_hint == ""
    assert plan.initiative == "Fix flaky CI"
    assert plan.questions == ("Q?",)
    assert plan.write_down == catalogue.PREP_WRITE_DOWN


def test_evidence_shows_the_before_and_after_or_else_what_changed(
    ladder: Ladder,
) -> None:
    plan = build_prep_plan(profile(), ladder, WINS, None, [], TODAY)

    assert [e.text for e in plan.evidence] == [
        "Deploy 12 → 3 failures/week — logged as: rebuilt the deploy pipeline",
        "Pages now reach one person — logged as: took over the on-call rota",
        "P95 −40% — logged as: cut checkout latency",
    ]
    bare = build_prep_plan(profile(), ladder, WINS[3:], None, [], TODAY)
    assert bare.evidence[0].text == "Mentored two new hires"


def test_a_win_whose_title_gives_its_numbers_is_not_followed_by_them_again(
    ladder: Ladder,
) -> None:
    measured = win(
        "Cut the flaky-test rate from 20% to 3%",
        5,
        measure=Measure(before=20, after=3, unit="%", label="flaky-test rate"),
        what_changed="Nobody reruns the suite any more",
    )

    plan = build_prep_plan(profile(), ladder, [measured], None, [], TODAY)

    assert plan.evidence[0].text == (
        "Nobody reruns the suite any more — logged as: cut the flaky-test rate "
        "from 20% to 3%"
    )


@pytest.mark.parametrize(
    "wins, hint",
    [
        ((), catalogue.PREP_EVIDENCE_NONE),
        (WINS[:1], catalogue.PREP_EVIDENCE_FEW),
        (WINS[:2], ""),
    ],
)
def test_too_few_wins_earn_a_hint_to_log_another(
    ladder: Ladder, wins: tuple[Win, ...], hint: str
) -> None:
    plan = build_prep_plan(profile(), ladder, wins, None, [], TODAY)

    assert plan.evidence_hint == hint


@pytest.mark.parametrize(
    "brought, logged, hint",
    [
        (0, 0, catalogue.PREP_EVIDENCE_NONE),
        (0, 5, catalogue.PREP_EVIDENCE_PICK_SOME),
        (1, 1, catalogue.PREP_EVIDENCE_FEW),
        (1, 2, catalogue.PREP_EVIDENCE_PICK_ANOTHER.format(others=1)),
        (1, 19, catalogue.PREP_EVIDENCE_PICK_ANOTHER.format(others=18)),
        # A count that lags behind the plan never asks for a negative number.
        (1, 0, catalogue.PREP_EVIDENCE_FEW),
        (2, 2, ""),
        (2, 19, ""),
        (3, 19, ""),
    ],
)
def test_the_evidence_hint_says_to_pick_another_when_more_wins_are_logged(
    brought: int, logged: int, hint: str
) -> None:
    assert evidence_hint(brought, logged) == hint


def test_a_plan_bringing_one_of_many_wins_asks_to_pick_another(
    ladder: Ladder,
) -> None:
    plan = build_prep_plan(profile(), ladder, WINS[:1], None, [], TODAY)

    many = with_wins_logged(plan, 19)

    assert plan.evidence_hint == catalogue.PREP_EVIDENCE_FEW
    assert many.evidence_hint == catalogue.PREP_EVIDENCE_PICK_ANOTHER.format(others=18)
    flat = " ".join(render_prep_text(many).split())
    assert "pick another to bring; you have 18 more logged" in flat
    assert "log another" not in flat


def test_gap_questions_are_cleaned_and_general_ones_fill_in(ladder: Ladder) -> None:
    asked = build_prep_plan(
        profile(), ladder, WINS, None, ["  Who decides?", "", "Who decides?"], TODAY
    )
    general = build_prep_plan(profile(), ladder, WINS, "   ", [], TODAY)

    assert asked.questions == ("Who decides?",)
    assert general.questions == tuple(
        q.format(level="Senior engineer") for q in catalogue.PREP_DEFAULT_QUESTIONS
    )
    assert general.initiative is None


# --- Questions drawn from the gaps ---------------------------------------------------

MISSING, THIN, COVERED = GapStatus.MISSING, GapStatus.THIN, GapStatus.COVERED
FOCUS_MISSING = catalogue.MANAGER_QUESTION_FOCUS_MISSING
FOCUS_THIN = catalogue.MANAGER_QUESTION_FOCUS_THIN
OTHER_MISSING = catalogue.MANAGER_QUESTION_OTHER_MISSING
OTHER_THIN = catalogue.MANAGER_QUESTION_OTHER_THIN
UNSHOWN = Criterion(text="Own the on-call clean-up", dimension="mentoring")


def gaps(statuses: dict[str, GapStatus], focus: str | None) -> GapView:
    """A gap view over dimensions named after their ids, in the order given."""
    dimensions = tuple(
        DimensionGap(
            dimension_id=dimension_id,
            name=dimension_id.title(),
            next_level_wins=0 if status is MISSING else 1,
            latest_next_level=None,
            current_level_wins=0,
            criteria=(),
            status=status,
        )
        for dimension_id, status in statuses.items()
    )
    return GapView(
        today=TODAY,
        dimensions=dimensions,
        focus=next((d for d in dimensions if d.dimension_id == focus), None),
        focus_reason="",
        cycle_closes=None,
        weeks_remaining=None,
        trend=(),
    )


# (statuses in ladder order, focus, criteria known, the questions as templates and
# the dimension each one names)
GAP_QUESTION_ROWS: list[
    tuple[dict[str, GapStatus], str | None, list[Criterion], list[tuple[str, str]]]
] = [
    ({"scope": COVERED, "mentoring": COVERED}, None, [], []),
    ({"scope": MISSING}, "scope", [], [(FOCUS_MISSING, "Scope")]),
    ({"scope": THIN}, "scope", [], [(FOCUS_THIN, "Scope")]),
    # The focus comes first and in full; the others follow in ladder order,
    # shorter, each in its own words even when their status is the same.
    (
        {"scope": MISSING, "direction": MISSING, "mentoring": MISSING},
        "mentoring",
        [],
        [
            (FOCUS_MISSING, "Mentoring"),
            (OTHER_MISSING[0], "Scope"),
            (OTHER_MISSING[1], "Direction"),
        ],
    ),
    (
        {"scope": THIN, "direction": THIN, "mentoring": MISSING},
        "mentoring",
        [],
        [
            (FOCUS_MISSING, "Mentoring"),
            (OTHER_THIN[0], "Scope"),
            (OTHER_THIN[1], "Direction"),
        ],
    ),
    (
        {"scope": THIN, "direction": COVERED, "mentoring": MISSING},
        "scope",
        [],
        [(FOCUS_THIN, "Scope"), (OTHER_MISSING[0], "Mentoring")],
    ),
    # A criterion still waiting for its example is asked about first.
    (
        {"scope": MISSING, "direction": THIN, "mentoring": MISSING},
        "mentoring",
        [UNSHOWN],
        [
            (catalogue.MANAGER_QUESTION_EXAMPLE, ""),
            (FOCUS_MISSING, "Mentoring"),
            (OTHER_MISSING[0], "Scope"),
        ],
    ),
    (
        {"scope": MISSING},
        "scope",
        [replace(UNSHOWN, example_given=True)],
        [(FOCUS_MISSING, "Scope")],
    ),
]


@pytest.mark.parametrize("statuses, focus, known, expected", GAP_QUESTION_ROWS)
def test_gap_questions_ask_the_focus_in_full_and_vary_the_others(
    statuses: dict[str, GapStatus],
    focus: str | None,
    known: list[Criterion],
    expected: list[tuple[str, str]],
) -> None:
    questions = gap_questions(gaps(statuses, focus), known)

    assert questions == [
        template.format(dimension=name, text=UNSHOWN.text)
        for template, name in expected
    ]
    wordings = [
        q.replace(name, "") for q, (_, name) in zip(questions, expected, strict=True)
    ]
    assert len(set(wordings)) == len(wordings), "no question repeats another"


@pytest.mark.parametrize(
    "closes, expected",
    [
        (None, catalogue.PREP_CYCLE_UNSET),
        (
            dt.date(2026, 11, 1),
            catalogue.PREP_CYCLE_PASSED.format(date="1 Nov 2026"),
        ),
        (
            dt.date(2026, 11, 18),
            catalogue.PREP_CYCLE_CLOSES_DAYS.format(date="18 Nov 2026", days=0),
        ),
        (
            dt.date(2026, 12, 1),
            catalogue.PREP_CYCLE_CLOSES_DAYS.format(date="1 Dec 2026", days=13),
        ),
        (
            dt.date(2026, 12, 2),
            catalogue.PREP_CYCLE_CLOSES.format(date="2 Dec 2026", weeks=2),
        ),
        (
            dt.date(2027, 3, 31),
            catalogue.PREP_CYCLE_CLOSES.format(date="31 Mar 2027", weeks=19),
        ),
    ],
)
def test_the_cycle_is_described_by_how_far_away_it_is(
    closes: dt.date | None, expected: str
) -> None:
    assert describe_cycle(closes, TODAY) == expected


def test_a_target_level_missing_from_the_ladder_is_refused(ladder: Ladder) -> None:
    lost = Profile(ladder_id="x", current_level="mid", target_level="wizard")

    with pytest.raises(CareerClimbError, match="wizard"):
        build_prep_plan(lost, ladder, WINS, None, [], TODAY)


def test_the_ask_can_be_reworded_but_not_emptied(ladder: Ladder) -> None:
    plan = build_prep_plan(profile(), ladder, WINS, None, [], TODAY)

    reworded = with_ask(plan, "  What would count   for senior?  ")

    assert reworded.ask == "What would count for senior?"
    assert reworded.evidence == plan.evidence
    with pytest.raises(CareerClimbError):
        with_ask(plan, "   ")


def test_printed_plan_has_every_section_within_the_width(ladder: Ladder) -> None:
    plan = build_prep_plan(profile(), ladder, WINS, "Fix flaky CI", ["Q1?"], TODAY)

    text = render_prep_text(plan)

    for heading in (
        catalogue.PREP_ASK_HEADING,
        catalogue.PREP_EVIDENCE_HEADING,
        catalogue.PREP_INITIATIVE_HEADING,
        catalogue.PREP_QUESTIONS_HEADING,
        catalogue.PREP_PUSH_HEADING,
        catalogue.PREP_WRITE_DOWN_HEADING,
    ):
        assert f"\n{heading}\n" in text
    assert "  1. Deploy 12 → 3 failures/week — logged as: rebuilt the deploy" in text
    assert "  - Q1?" in text
    assert f"  [ ] {catalogue.PREP_WRITE_DOWN[0]}" in text
    assert "closes on 31 Mar 2027, 19 weeks from 18 Nov 2026" in " ".join(text.split())
    assert all(len(line) <= PLAIN_WIDTH for line in text.splitlines())
    assert text.endswith("\n")
    # The ask wraps, but reads the same once the lines are joined again.
    assert plan.ask in " ".join(text.split())


LONG = (
    "Moved the release checklist into CI so that a release no longer waits for the "
    "one person who knows the steps"
)


@pytest.mark.parametrize(
    ("first", "hang"),
    [("  1. Moved", 5), ("  - Which expectations", 4), ("  [ ] Anything", 6)],
    ids=["a numbered win", "a question", "a line to write down"],
)
def test_printed_items_wrap_under_their_own_text(
    ladder: Ladder, first: str, hang: int
) -> None:
    question = catalogue.PREP_DEFAULT_QUESTIONS[0].format(level="Senior engineer")
    plan = build_prep_plan(
        profile(), ladder, [win(LONG, 9)], None, [question + " " + question], TODAY
    )

    lines = render_prep_text(plan).splitlines()

    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    follow = lines[start + 1]
    assert follow[:hang].isspace() and not follow[hang].isspace(), follow


@pytest.mark.parametrize(
    ("stage", "values", "summary"),
    [
        ("driving", (), "Flaky tests (Driving)"),
        ("measuring", (20,), "Flaky tests (Measuring)"),
        (
            "measuring",
            (20, 3),
            "Flaky tests (Measuring): flaky-test rate 20% → 3% so far",
        ),
        (
            "done",
            (20, 3),
            "Flaky tests: finished, with flaky-test rate 20% → 3% as the result",
        ),
    ],
)
def test_the_plan_tells_a_finished_problem_by_its_result(
    stage: str, values: tuple[float, ...], summary: str
) -> None:
    now = dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC)
    initiative = start_initiative("Flaky tests", now).with_changes(
        metric="Flaky-test rate"
    )
    for value in values:
        initiative = add_reading(initiative, Reading(value, "%", now.date()), now)
    for step in list(Stage)[1:]:
        initiative = advance(initiative, step, now)
        if step.value == stage:
            break

    assert initiative_summary(initiative) == summary


def test_printed_plan_without_wins_or_initiative_says_what_to_do(
    ladder: Ladder,
) -> None:
    plan = build_prep_plan(profile(None), ladder, (), None, [], TODAY)

    flat = " ".join(render_prep_text(plan).split())

    assert catalogue.PREP_EVIDENCE_NONE in flat
    assert catalogue.PREP_INITIATIVE_NONE in flat
    assert catalogue.PREP_CYCLE_UNSET in flat


# --- The scorecard ------------------------------------------------------------------

# Behaviour → the end of its SCORE_TRY_ catalogue name.
_SUFFIX = {
    SPECIFICS: "SPECIFICS",
    EXAMPLE: "EXAMPLE",
    LEVEL: "LEVEL",
    CYCLE: "CYCLE",
    EVIDENCE: "EVIDENCE",
    FOLLOW_UP: "FOLLOW_UP",
}


@pytest.mark.parametrize(
    "readings, shown, try_next",
    [
        ([], set(), SPECIFICS),
        ([reading(is_vague_accepting=True)], set(), SPECIFICS),
        ([reading(asks_for_specifics=True)], {SPECIFICS}, EXAMPLE),
        (
            [reading(asks_for_specifics=True), reading(asks_for_example=True)],
            {SPECIFICS, EXAMPLE},
            LEVEL,
        ),
        # Naming the level is credited even when no line names the cycle.
        (
            [reading(asks_for_specifics=True, names_level=True)],
            {SPECIFICS, LEVEL},
            EXAMPLE,
        ),
        (
            [reading(asks_for_specifics=True, asks_for_example=True, names_level=True)],
            {SPECIFICS, EXAMPLE, LEVEL},
            CYCLE,
        ),
        ([reading(names_cycle=True)], {CYCLE}, SPECIFICS),
        (
            [reading(names_level=True), reading(names_cycle=True)],
            {LEVEL, CYCLE},
            SPECIFICS,
        ),
        (
            [reading(offers_evidence=True), reading(agrees_follow_up=True)],
            {EVIDENCE, FOLLOW_UP},
            SPECIFICS,
        ),
        (
            [
                reading(asks_for_specifics=True, names_level=True, names_cycle=True),
                reading(asks_for_example=True),
                reading(offers_evidence=True),
            ],
            {SPECIFICS, EXAMPLE, LEVEL, CYCLE, EVIDENCE},
            FOLLOW_UP,
        ),
    ],
)
def test_scorecard_coaches_the_first_missing_behaviour(
    readings: list[ReplyReading], shown: set[str], try_next: str
) -> None:
    card = score_replies(readings)

    assert {b for b in BEHAVIOURS if card.showed(b)} == shown
    assert card.count == len(shown)
    assert card.try_next_behaviour == try_next
    assert card.try_next == getattr(catalogue, f"SCORE_TRY_{_SUFFIX[try_next]}")
    assert len(card.went_well) == max(1, len(shown))


def test_scorecard_with_every_behaviour_suggests_a_tougher_manager() -> None:
    everything = reading(
        asks_for_specifics=True,
        asks_for_example=True,
        names_level=True,
        names_cycle=True,
        offers_evidence=True,
        agrees_follow_up=True,
    )

    card = score_replies([everything], manager_turned_concrete=True)

    assert card.count == len(BEHAVIOURS) == 6
    assert card.try_next_behaviour is None
    assert card.try_next == catalogue.SCORE_TRY_ALL_DONE
    assert card.went_well[-1] == catalogue.SCORE_WELL_TURNED


@pytest.mark.parametrize(
    ("proposed", "agreed", "ticked", "said"),
    [
        (True, None, True, catalogue.SCORE_WELL_FOLLOW_UP),
        (True, True, True, catalogue.SCORE_WELL_FOLLOW_UP),
        (True, False, False, catalogue.SCORE_WELL_FOLLOW_UP_PROPOSED),
        (False, False, False, None),
        (False, None, False, None),
    ],
)
def test_a_follow_up_is_ticked_only_when_agreed_and_said_the_same_way(
    proposed: bool, agreed: bool | None, ticked: bool, said: str | None
) -> None:
    line = reading(asks_for_specifics=True, agrees_follow_up=proposed)

    card = score_replies([line], follow_up_agreed=agreed)

    assert card.showed(FOLLOW_UP) is ticked
    assert card.count == 1 + ticked
    sentences = {
        catalogue.SCORE_WELL_FOLLOW_UP,
        catalogue.SCORE_WELL_FOLLOW_UP_PROPOSED,
    } & set(card.went_well)
    assert sentences == ({said} if said else set())


def test_scorecard_with_nothing_shown_still_says_something_went_well() -> None:
    card = score_replies([reading(is_vague_accepting=True)])

    assert card.went_well == (catalogue.SCORE_WELL_NOTHING,)


def test_scorecard_reads_a_spoken_conversation() -> None:
    lines = [
        catalogue.CONVO_ASK_FOR_LEVEL.format(level="Senior engineer"),
        "ok thanks, sounds good",
    ]

    card = score_replies([read_reply(t, LEVEL_NAMES, CYCLE_WORDS) for t in lines])

    assert card.showed(SPECIFICS)
    assert card.showed(LEVEL) and card.showed(CYCLE)
    assert card.try_next_behaviour == EXAMPLE


@pytest.mark.parametrize(
    ("text", "example", "specifics"),
    [
        ("Such as?", True, False),
        ("e.g.?", True, False),
        ("Can you say more?", False, True),
        ("Could you tell me more about that?", False, True),
        ("What do you mean by that?", False, True),
        ("Could you elaborate?", False, True),
        ("Sorry, I'm still not clear what would count.", False, True),
        ("I still don't know what you need from me.", False, True),
        # Offers and plain statements push for nothing.
        ("I did things such as the deploy work.", False, False),
        ("I'm not sure.", False, False),
        ("I know what you mean.", False, False),
    ],
)
def test_asking_again_in_other_words_is_read_as_a_push(
    text: str, example: bool, specifics: bool
) -> None:
    found = read_reply(text, LEVEL_NAMES, CYCLE_WORDS)

    assert (found.asks_for_example, found.asks_for_specifics) == (example, specifics)
