"""The simulated manager: the bank files, the seeded state machine and its scorecard."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import (
    BUNDLED_BANK,
    ManagerBankError,
    load_manager_bank,
    parse_manager_bank,
)
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.conversation import (
    BEHAVIOURS,
    CYCLE,
    EVIDENCE,
    EXAMPLE,
    FOLLOW_UP,
    LEVEL,
    SPECIFICS,
    behaviours_in,
)
from careerclimb_tui.domain.rehearsal import (
    CLOSING_AGREED,
    CLOSING_OUT_OF_TIME,
    CONCRETE,
    CONCRETE_KINDS,
    CONCRETE_WITH_CATCH,
    DIFFICULTIES,
    EASY,
    FOLLOW_UP_KEYS,
    GREETING,
    MANAGER,
    MOVING_TARGET,
    NEXT_STEP_AGREED,
    REALISTIC,
    REPLY_KINDS,
    TIME_NEARLY_UP,
    TOUGH,
    VAGUE_KINDS,
    YOU,
    ManagerBank,
    Rehearsal,
    bar_note,
    follow_up_agreed,
    manager_opening,
    names_someone_outside,
    read_seed,
    respond,
    scorecard,
    start_rehearsal,
    still_wanted,
)
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.store import Store

MANAGERS = Path(__file__).parent / "data" / "managers"
LEVELS = ("Senior engineer", "senior")
CYCLE_WORDS = ("March",)

ASK = (
    "What would I need to demonstrate, specifically, for a promotion to senior in "
    "the March cycle?"
)
ACCEPT = "ok thanks, sounds good"
PUSH = "Can you give me an example of the kind of work that would count?"
EVIDENCE_LINE = "Last quarter I cut deploy failures by 40%."
SEEN_EVIDENCE_LINE = (
    "I cut deploy failures by 40%, and the platform team adopted the fix."
)
FOLLOW = "Let's check in on this in two weeks."
SMALL_TALK = "How was your weekend?"


@pytest.fixture(scope="module")
def bank() -> ManagerBank:
    """The small test bank, whose lines name their own kind."""
    return load_manager_bank(MANAGERS / "valid.yaml")


@pytest.fixture(scope="module")
def bundled() -> ManagerBank:
    return load_manager_bank(BUNDLED_BANK)


def start(bank: ManagerBank, difficulty: str = REALISTIC, seed: int = 1) -> Rehearsal:
    return start_rehearsal(
        bank, difficulty, seed, level_names=LEVELS, cycle_words=CYCLE_WORDS
    )


def run(rehearsal: Rehearsal, *lines: str) -> Rehearsal:
    """Say each line in turn, stopping if the manager ends the meeting."""
    for line in lines:
        if rehearsal.ended:
            break
        rehearsal, _ = respond(rehearsal, line)
    return rehearsal


# --- The bundled bank ---------------------------------------------------------------


def test_bundled_bank_loads_with_several_managers_and_every_kind(
    bundled: ManagerBank,
) -> None:
    assert len(bundled.managers) >= 4
    assert set(bundled.replies) == set(REPLY_KINDS)
    for kind, lines in bundled.replies.items():
        assert len(lines.openers) >= 3, kind
        assert set(lines.follow_ups) == set(FOLLOW_UP_KEYS), kind
        for key, follow_ups in lines.follow_ups.items():
            assert len(follow_ups) >= 2, (kind, key)


def test_bundled_managers_differ_in_style_and_get_harder_with_difficulty(
    bundled: ManagerBank,
) -> None:
    styles = {
        tuple(m.weights[REALISTIC][k] for k in REPLY_KINDS) for m in bundled.managers
    }
    assert len(styles) == len(bundled.managers)

    for manager in bundled.managers:
        share = {
            d: sum(manager.weights[d][k] for k in CONCRETE_KINDS)
            / sum(manager.weights[d].values())
            for d in DIFFICULTIES
        }
        assert share[EASY] > share[REALISTIC] > share[TOUGH], manager.id
    rules = bundled.difficulties
    assert (
        rules[EASY].yields_to_example
        > rules[REALISTIC].yields_to_example
        > rules[TOUGH].yields_to_example
    )


def test_bundled_lines_fill_in_the_level(bundled: ManagerBank) -> None:
    everything = [
        line
        for lines in bundled.replies.values()
        for line in (*lines.openers, *(x for v in lines.follow_ups.values() for x in v))
    ]

    assert any("{level}" in line for line in everything)
    for seed in range(30):
        rehearsal = run(start(bundled, TOUGH, seed), ASK, PUSH, ACCEPT, PUSH)
        for turn in rehearsal.turns:
            assert "{" not in turn.text


def test_a_whole_rehearsal_runs_on_the_bundled_bank(bundled: ManagerBank) -> None:
    rehearsal = run(start(bundled, EASY, 3), ASK, PUSH, EVIDENCE_LINE, FOLLOW)

    assert rehearsal.ended
    assert rehearsal.kinds[-1] == CLOSING_AGREED
    assert rehearsal.criteria_named
    assert scorecard(rehearsal).count == 7


# Wording that promises a manager who gives ground readily; at tough, no persona is
# described this way, because there no manager answers concretely at once.
EASY_GOING_WORDS = ("warm", "encouraging", "concretely", "when you ask", "when asked")


def test_bundled_personas_are_described_as_they_behave_at_each_difficulty(
    bundled: ManagerBank,
) -> None:
    for manager in bundled.managers:
        about = {d: manager.about_at(d) for d in DIFFICULTIES}
        tough = about[TOUGH].casefold()

        assert len(set(about.values())) == len(DIFFICULTIES), manager.id
        assert [w for w in EASY_GOING_WORDS if w in tough] == [], manager.id


@pytest.mark.parametrize(
    ("difficulty", "specific_at_once"),
    [(EASY, True), (REALISTIC, True), (TOUGH, False)],
)
def test_only_a_tough_bundled_manager_holds_back_the_first_answer(
    bundled: ManagerBank, difficulty: str, specific_at_once: bool
) -> None:
    first: set[str] = set()
    later: set[str] = set()
    for seed in range(200):
        rehearsal = run(start(bundled, difficulty, seed), ASK, PUSH, PUSH, PUSH)
        first.add(rehearsal.kinds[1])
        later.update(rehearsal.kinds[2:])

    assert bool(first & set(CONCRETE_KINDS)) is specific_at_once
    assert later & set(CONCRETE_KINDS), "pushing must still pay off"


def test_a_rehearsal_describes_its_manager_at_its_difficulty(
    bundled: ManagerBank, bank: ManagerBank
) -> None:
    for difficulty in DIFFICULTIES:
        rehearsal = start(bundled, difficulty, seed=2)
        assert rehearsal.manager_about == rehearsal.manager.about_at(difficulty)

    # A bank that gives one line of "about" uses it at every difficulty.
    alma = bank.manager("alma")
    assert alma is not None
    assert {alma.about_at(d) for d in DIFFICULTIES} == {"A test manager called Alma."}


# --- The state machine --------------------------------------------------------------


def test_fixed_seed_gives_the_exact_same_conversation(bank: ManagerBank) -> None:
    rehearsal = start(bank, REALISTIC, seed=1)

    rehearsal = run(rehearsal, ASK, ACCEPT, PUSH, EVIDENCE_LINE, ACCEPT, FOLLOW)

    assert rehearsal.manager.id == "bram"
    assert manager_opening(rehearsal) == "Hello from bram."
    assert rehearsal.kinds == (
        GREETING,
        MOVING_TARGET,  # the ask, answered vaguely
        MOVING_TARGET,  # "ok thanks" lets the vague answer stand
        CONCRETE,  # asked for an example, the manager turns concrete
        CONCRETE,  # shown evidence, a concrete manager stays concrete
        CONCRETE,  # and stays so when the user merely agrees
        CLOSING_AGREED,  # a follow-up ends the meeting
    )
    assert [t.text for t in rehearsal.turns if t.speaker == MANAGER][1:] == [
        "moving_target opener 1 about Senior engineer.",
        "moving_target accepted 2.",
        "concrete asked_for_example 2.",
        # Two lines left: the manager says time is nearly up.
        f"concrete offered_evidence 2. {catalogue.REHEARSAL_TIME_NEARLY_UP[1]}",
        "concrete accepted 2.",
        # Nobody outside the team was named, so the follow-up is agreed on it.
        catalogue.REHEARSAL_CLOSING_WANTS[0].format(
            missing=catalogue.REHEARSAL_WANTS_OUTSIDE
        ),
    ]
    assert rehearsal.ended
    again = run(start(bank, REALISTIC, seed=1), ASK, ACCEPT, PUSH, EVIDENCE_LINE)
    assert again.turns == rehearsal.turns[: len(again.turns)]


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("seed", [0, 907003, 123456789])
def test_the_same_seed_and_difficulty_give_the_same_manager_lines(
    bundled: ManagerBank, difficulty: str, seed: int
) -> None:
    def manager_lines() -> list[str]:
        said = run(start(bundled, difficulty, seed), ASK, ACCEPT, PUSH, FOLLOW)
        return [t.text for t in said.turns if t.speaker == MANAGER]

    first = manager_lines()

    assert manager_lines() == first
    assert len(first) > 2


@pytest.mark.parametrize(
    "typed, seed",
    [
        ("", None),
        ("   ", None),
        ("907003", 907003),
        (" 42 ", 42),
        ("007", 7),
        ("123456789", 123456789),
        ("1234567890", CareerClimbError),
        ("-1", CareerClimbError),
        ("12a", CareerClimbError),
        ("1 2", CareerClimbError),
        ("\u0663", CareerClimbError),
    ],
)
def test_a_typed_seed_is_read_blank_asks_for_a_new_one_and_others_are_refused(
    typed: str, seed: int | type[CareerClimbError] | None
) -> None:
    if seed is CareerClimbError:
        with pytest.raises(CareerClimbError, match="not a seed"):
            read_seed(typed)
    else:
        assert read_seed(typed) == seed


def test_a_rehearsal_is_never_changed_by_answering_it(bank: ManagerBank) -> None:
    before = start(bank)

    after, reply = respond(before, ASK)

    assert len(before.turns) == 1 and before.stance is None
    assert after.turns[-1].text == reply
    assert [t.speaker for t in after.turns] == [MANAGER, YOU, MANAGER]
    assert respond(before, ASK) == (after, reply)


def test_different_seeds_give_different_conversations(bank: ManagerBank) -> None:
    scripts = {
        run(start(bank, REALISTIC, seed), ASK, PUSH, PUSH).kinds for seed in range(20)
    }

    assert len(scripts) > 3


@pytest.mark.parametrize(
    ("difficulty", "openers_expected"),
    [
        (EASY, set(REPLY_KINDS)),
        (REALISTIC, set(REPLY_KINDS)),
        # A tough manager gives nothing concrete before the third line.
        (TOUGH, set(VAGUE_KINDS)),
    ],
)
def test_every_difficulty_reaches_every_answer_and_both_endings(
    bank: ManagerBank, difficulty: str, openers_expected: set[str]
) -> None:
    openers: set[str] = set()
    answers: set[str] = set()
    endings: set[str] = set()
    for seed in range(200):
        # Evidence that meets every bar, on two lines, so that even the tough
        # manager agrees.
        wrap_up = f"{SEEN_EVIDENCE_LINE} {FOLLOW}"
        # A manager who calls time on agreeing closes on the line after it.
        script = (ASK, PUSH, f"{PUSH} {EVIDENCE_LINE}", wrap_up, ACCEPT)
        pushed = run(start(bank, difficulty, seed), *script)
        openers.add(pushed.kinds[1])
        answers.update(kind for kind in pushed.kinds if kind in REPLY_KINDS)
        endings.add(pushed.kinds[-1])
        rambled = run(start(bank, difficulty, seed), *[SMALL_TALK] * 40)
        assert rambled.ended
        assert rambled.kinds[-1] == CLOSING_OUT_OF_TIME
        assert rambled.user_turns == bank.difficulties[difficulty].turns

    assert openers == openers_expected
    assert answers == set(REPLY_KINDS)
    assert endings == {CLOSING_AGREED}


def test_asking_for_an_example_moves_vague_managers_more_often_when_easy(
    bank: ManagerBank,
) -> None:
    def concrete_after(difficulty: str, pushes: int) -> int:
        count = 0
        for seed in range(300):
            rehearsal = run(start(bank, difficulty, seed), "Hello.", *[PUSH] * pushes)
            assert rehearsal.kinds[1] in VAGUE_KINDS
            count += rehearsal.kinds[-1] in CONCRETE_KINDS
        return count

    easy, realistic, tough = (concrete_after(d, 2) for d in DIFFICULTIES)

    assert easy > realistic > tough > 0
    assert concrete_after(TOUGH, 1) == 0, "the second line is too early at tough"


def test_a_first_line_that_asks_for_nothing_gets_only_vague_answers(
    bank: ManagerBank,
) -> None:
    first = {run(start(bank, EASY, seed), SMALL_TALK).kinds[1] for seed in range(200)}

    assert first == set(VAGUE_KINDS)


def test_accepting_a_vague_answer_never_makes_it_concrete(bank: ManagerBank) -> None:
    for seed in range(100):
        rehearsal = run(start(bank, EASY, seed), SMALL_TALK, ACCEPT, ACCEPT, ACCEPT)
        assert len(set(rehearsal.kinds[1:])) == 1, rehearsal.kinds


def test_a_concrete_manager_drifts_back_only_where_drift_is_allowed(
    bank: ManagerBank,
) -> None:
    def drifted(difficulty: str) -> bool:
        # Room for a few more lines, since a tough manager turns concrete only
        # after the user has pushed more than once.
        rules = bank.difficulties[difficulty]
        roomy = replace(
            bank,
            difficulties={**bank.difficulties, difficulty: replace(rules, turns=9)},
        )
        for seed in range(200):
            rehearsal = run(start(roomy, difficulty, seed), ASK, PUSH, PUSH)
            if rehearsal.stance not in CONCRETE_KINDS:
                continue
            said = len(rehearsal.kinds)
            rehearsal = run(rehearsal, ACCEPT, ACCEPT)
            if any(k in VAGUE_KINDS for k in rehearsal.kinds[said:]):
                return True
        return False

    assert not drifted(EASY)
    assert drifted(TOUGH)


@pytest.mark.parametrize("held", [0, 1, 2, 3])
def test_answers_stay_vague_for_as_many_answers_as_the_difficulty_holds(
    bank: ManagerBank, held: int
) -> None:
    rules = dict(bank.difficulties)
    rules[EASY] = replace(rules[EASY], vague_answers_first=held)
    holding = replace(bank, difficulties=rules)

    first_concrete: set[int] = set()
    for seed in range(200):
        rehearsal = run(start(holding, EASY, seed), ASK, PUSH, PUSH, PUSH, PUSH)
        answers = [kind for kind in rehearsal.kinds if kind in REPLY_KINDS]
        found = [i for i, kind in enumerate(answers) if kind in CONCRETE_KINDS]
        if found:
            first_concrete.add(found[0])

    assert min(first_concrete) == held


def test_a_follow_up_in_the_very_first_line_does_not_end_the_meeting(
    bank: ManagerBank,
) -> None:
    rehearsal = run(start(bank), "Can we check in in two weeks about senior?")

    assert not rehearsal.ended
    assert rehearsal.kinds[1] in REPLY_KINDS


def test_an_ended_rehearsal_and_a_blank_line_are_refused(bank: ManagerBank) -> None:
    ended = run(start(bank), ASK, FOLLOW, ACCEPT)

    with pytest.raises(CareerClimbError, match="ended"):
        respond(ended, ASK)
    with pytest.raises(CareerClimbError):
        respond(start(bank), "   ")


def test_unknown_difficulty_or_manager_is_refused(bank: ManagerBank) -> None:
    with pytest.raises(CareerClimbError, match="nightmare"):
        start_rehearsal(bank, "nightmare", 1)
    with pytest.raises(CareerClimbError, match="nobody"):
        start_rehearsal(bank, EASY, 1, manager_id="nobody")


def test_a_manager_can_be_chosen_and_the_level_is_filled_in(bank: ManagerBank) -> None:
    for seed in range(50):
        rehearsal = start_rehearsal(
            bank, EASY, seed, level_names=["Staff engineer"], manager_id="bram"
        )
        rehearsal, reply = respond(rehearsal, ASK)
        assert rehearsal.manager.id == "bram"
        if "opener 1" in reply:
            assert reply.endswith("about Staff engineer.")
            break
    else:
        raise AssertionError("no seed drew the opener that names the level")

    nameless = start_rehearsal(bank, EASY, seed, manager_id="bram")
    _, reply = respond(nameless, ASK)
    assert reply.endswith(f"about {catalogue.REHEARSAL_NEXT_LEVEL}.")


# --- The scorecard of a rehearsal -------------------------------------------------


def test_scorecard_of_a_rehearsal_that_took_the_first_answer(
    bank: ManagerBank,
) -> None:
    rehearsal = run(start(bank), ASK, ACCEPT, ACCEPT)

    card = scorecard(rehearsal)

    assert card.showed(SPECIFICS)
    assert not card.showed(EXAMPLE)
    assert card.try_next_behaviour == EXAMPLE
    assert card.try_next == catalogue.SCORE_TRY_EXAMPLE


def test_scorecard_credits_pushing_a_vague_manager_to_concrete(
    bank: ManagerBank,
) -> None:
    rehearsal = run(start(bank, REALISTIC, 1), ASK, ACCEPT, PUSH, EVIDENCE_LINE)
    assert rehearsal.turned_concrete

    card = scorecard(rehearsal)

    assert catalogue.SCORE_WELL_TURNED in card.went_well
    assert card.try_next_behaviour == FOLLOW_UP


@pytest.mark.parametrize(
    ("lines", "credited"),
    [
        # Naming the level, with no cycle in sight, is credited on its own.
        (("Where do I stand for senior?", ACCEPT), {LEVEL}),
        # The tough manager agrees no follow-up here, so proposing one is no tick.
        (("Is March realistic?", FOLLOW), {CYCLE}),
        (
            (
                "What would I need to demonstrate, specifically, to reach senior?",
                PUSH,
            ),
            {SPECIFICS, LEVEL, EXAMPLE},
        ),
        ((ASK, EVIDENCE_LINE, FOLLOW), {SPECIFICS, LEVEL, CYCLE, EVIDENCE}),
        ((ACCEPT, SMALL_TALK), set()),
    ],
)
def test_every_behaviour_noted_during_a_rehearsal_is_ticked_on_the_scorecard(
    bank: ManagerBank, lines: tuple[str, ...], credited: set[str]
) -> None:
    rehearsal = run(start(bank, TOUGH, 1), *lines)
    noted = {b for reading in rehearsal.readings for b in behaviours_in(reading)}
    if not follow_up_agreed(rehearsal):
        # Noted as proposed under the line, and left unticked.
        noted.discard(FOLLOW_UP)

    card = scorecard(rehearsal)

    assert noted == credited
    assert {behaviour for behaviour, shown in card.shown if shown} == credited
    assert card.count == len(credited)


SECOND_PIECE = "I also cut flaky test reruns from 40 to 5 a week."


@pytest.mark.parametrize(
    ("difficulty", "lines", "later", "try_next"),
    [
        (EASY, (ASK, PUSH, EVIDENCE_LINE, FOLLOW), (), catalogue.SCORE_TRY_ALL_DONE),
        # All six shown, but the manager's first answer was vague and named
        # nothing: no tougher manager yet, getting criteria named comes first.
        (
            REALISTIC,
            (ASK, PUSH, EVIDENCE_LINE, FOLLOW),
            (),
            catalogue.SCORE_TRY_ALL_DONE_NO_CRITERIA,
        ),
        # The tough manager took the evidence and agreed, but never said what
        # would count: that, not "you are ready", is what to try next.
        (
            TOUGH,
            (ASK, PUSH, SEEN_EVIDENCE_LINE, FOLLOW),
            (SECOND_PIECE,),
            catalogue.SCORE_TRY_ALL_DONE_NO_CRITERIA,
        ),
        (TOUGH, (ASK, SEEN_EVIDENCE_LINE, FOLLOW), (SECOND_PIECE,), None),
        # One strong story is not yet a case: the tough manager agrees nothing,
        # and the scorecard asks for a second piece, not "you are ready".
        (
            TOUGH,
            (ASK, PUSH, SEEN_EVIDENCE_LINE, FOLLOW),
            (),
            "You never backed one story with a second piece of evidence: bring a "
            "win you finished, with its before → after and who outside your team "
            "saw it. " + catalogue.SCORE_TRY_FOLLOW_UP,
        ),
        # The evidence never met the tough bar, so no follow-up was agreed: the
        # bar comes first, then the follow-up.
        (
            TOUGH,
            (ASK, PUSH, EVIDENCE_LINE, FOLLOW),
            (),
            "You never named someone outside your team who saw the work: bring a "
            "win you finished, with its before → after and who outside your team "
            "saw it. " + catalogue.SCORE_TRY_FOLLOW_UP,
        ),
    ],
)
def test_all_six_at_the_toughest_level_suggests_no_tougher_manager(
    bank: ManagerBank,
    difficulty: str,
    lines: tuple[str, ...],
    later: tuple[str, ...],
    try_next: str | None,
) -> None:
    # One line holds every behaviour, so no early ending can cut the talk short;
    # then any later evidence, then the follow-up is proposed until the manager
    # agrees or time runs out.
    rehearsal = run(start(bank, difficulty, 1), " ".join(lines), *later)
    while not rehearsal.ended:
        rehearsal = run(rehearsal, FOLLOW)

    card = scorecard(rehearsal)

    if try_next is None:
        assert card.try_next_behaviour == EXAMPLE
        assert "tougher" not in card.try_next
    else:
        agreed = follow_up_agreed(rehearsal)
        # The six behaviours, then whether the manager named what would count.
        named = rehearsal.criteria_named
        assert card.count == (6 if agreed else 5) + named
        assert card.try_next == try_next


def test_concrete_from_the_start_is_not_credited_as_turned(bank: ManagerBank) -> None:
    for seed in range(100):
        rehearsal = run(start(bank, EASY, seed), ASK)
        if rehearsal.stance in (CONCRETE, CONCRETE_WITH_CATCH):
            break
    else:
        raise AssertionError("no seed answered concretely at once")
    rehearsal = run(rehearsal, PUSH)

    assert not rehearsal.turned_concrete


# --- Bank files that must be refused ----------------------------------------------


BAD_BANKS = [
    ("empty.yaml", None, "", "the file is empty"),
    ("unknown-kind.yaml", 119, "replies.flattery", "unknown field"),
    (
        "missing-follow-up.yaml",
        64,
        "replies.deflection.follow_ups.other",
        "missing field",
    ),
    (
        "weight-as-text.yaml",
        43,
        "managers[1].weights.tough.vague_praise",
        "two is not a whole number from 0 to 100",
    ),
    (
        "weight-too-large.yaml",
        31,
        "managers[0].weights.easy.concrete",
        "250 is not a whole number",
    ),
    (
        "weight-negative.yaml",
        43,
        "managers[1].weights.tough.moving_target",
        "-1 is not a whole number",
    ),
    (
        "weight-decimal.yaml",
        41,
        "managers[1].weights.easy.concrete",
        "2.5 is not a whole number",
    ),
    (
        "no-concrete-weight.yaml",
        32,
        "managers[0].weights.realistic",
        "concrete kind",
    ),
    ("no-vague-weight.yaml", 43, "managers[1].weights.tough", "vague kind"),
    (
        "unknown-placeholder.yaml",
        97,
        "replies.concrete.openers[1]",
        "{name} is not a placeholder",
    ),
    (
        "format-spec.yaml",
        74,
        "replies.moving_target.openers[2]",
        "{level!r} is not a placeholder",
    ),
    (
        "unmatched-brace.yaml",
        91,
        "replies.timing_dodge.follow_ups.accepted[0]",
        "not part of a placeholder",
    ),
    ("duplicate-manager.yaml", 35, "managers[1].id", "lines 25 and 35"),
    ("bad-manager-id.yaml", 35, "managers[1].id", "not a usable id"),
    ("one-manager.yaml", 25, "managers", "at least 2 managers"),
    ("empty-greetings.yaml", 38, "managers[1].greetings", "at least 1"),
    ("missing-difficulty.yaml", 5, "difficulties.tough", "missing field"),
    (
        "turns-too-few.yaml",
        18,
        "difficulties.tough.turns",
        "1 is not a whole number from 2 to 30",
    ),
    (
        "chance-over-100.yaml",
        13,
        "difficulties.realistic.yields_to_example",
        "101 is not a whole number",
    ),
    (
        "too-few-openers.yaml",
        108,
        "replies.concrete_with_catch.openers",
        "at least 3",
    ),
    (
        "line-read-as-yes.yaml",
        85,
        "replies.timing_dodge.openers[1]",
        "true/false",
    ),
    ("duplicate-key.yaml", 63, "replies.deflection.openers", "appears twice"),
    ("number-alias.yaml", 12, "difficulties.tough.turns", "aliases"),
    ("closing-missing.yaml", 119, "closings.out_of_time", "missing field"),
    (
        "vague-first-too-many.yaml",
        23,
        "difficulties.tough.vague_answers_first",
        "4 is not a whole number from 0 to 3",
    ),
    (
        "about-missing-difficulty.yaml",
        38,
        "managers[1].about.realistic",
        "missing field",
    ),
    (
        "only-cycle-lines.yaml",
        114,
        "replies.concrete_with_catch.follow_ups.offered_evidence",
        "every line here says when the cycle closes",
    ),
]
"""(file, line, field, part of the problem) for every bank file that must fail."""


@pytest.mark.parametrize("name, line, field, phrase", BAD_BANKS)
def test_bad_bank_files_name_the_file_line_and_field(
    name: str, line: int | None, field: str, phrase: str
) -> None:
    path = MANAGERS / name

    with pytest.raises(ManagerBankError) as caught:
        load_manager_bank(path)

    error = caught.value
    assert (error.file, error.line, error.field) == (str(path), line, field)
    assert phrase in error.problem
    assert error.message.startswith(str(path))
    assert error.title == "Manager bank problem"


def test_every_bad_bank_file_is_tested() -> None:
    on_disk = {p.name for p in MANAGERS.glob("*.yaml")} - {"valid.yaml"}

    assert on_disk == {case[0] for case in BAD_BANKS}


def test_a_bank_that_is_not_a_mapping_is_refused() -> None:
    with pytest.raises(ManagerBankError, match="expected a mapping"):
        parse_manager_bank("- just\n- a list\n", "list.yaml")


# --- What each difficulty needs before giving ground --------------------------------

WEAK = "I led the migration of our billing jobs to the new scheduler."
MEASURED = EVIDENCE_LINE
WITNESSED = "I built the retry library, and the platform team adopted it."
STRONG = SEEN_EVIDENCE_LINE
DENIED = "I cut deploy failures by 40%; the platform team didn't notice."
WONDERED = "I cut deploy failures by 40%. Would the platform team count?"

PLANNED = (
    "I plan to cut CI time by 50% across three teams.",
    "I want to get it adopted by 4 teams.",
    "I hope to cut CI time from 24 to 9 minutes for the platform team.",
    "We're hoping to cut deploy failures by 40% for the payments team.",
    "The goal is to cut deploy failures by 40% across other teams.",
    "I'd like to cut CI time from 24 to 9 minutes; the platform team will notice.",
)
SEEN_OUTSIDE = (
    "I cut CI time from 24 to 9 minutes and the developer experience group noticed.",
    "I cut CI time from 24 to 9 minutes and my skip-level called it out.",
    "I cut CI time from 24 to 9 minutes and Priya from Payments thanked me.",
    "Not only did I cut CI from 24 to 9 minutes, the platform team adopted it too.",
    "I cut CI time from 24 to 9 minutes, and our customers noticed.",
    "I cut CI time from 24 to 9 minutes; the frontend guild adopted it.",
    "I cut checkout errors from 20% to 5%, noticed by mobile and payments teams.",
)
WITNESS_ONLY = "The developer experience group noticed it too."

NEVER, SOMETIMES, ALWAYS = "never", "sometimes", "always"


def gives_ground(before: Rehearsal, after: Rehearsal) -> bool:
    """True when the manager's newest line concedes: agreed, or turned concrete."""
    last = after.kinds[-1]
    turned = before.stance in VAGUE_KINDS and last in CONCRETE_KINDS
    return last in (CLOSING_AGREED, NEXT_STEP_AGREED) or turned


BAR_CASES = [
    # The gentle managers concede on chance alone, and agree whenever asked.
    (EASY, (ASK, FOLLOW), ALWAYS),
    (REALISTIC, (ASK, FOLLOW), ALWAYS),
    # Asking for an example always moves the easy manager.
    (EASY, (SMALL_TALK, PUSH), ALWAYS),
    (EASY, (SMALL_TALK, WEAK), SOMETIMES),
    (REALISTIC, (SMALL_TALK, WEAK), SOMETIMES),
    (REALISTIC, (SMALL_TALK, MEASURED), SOMETIMES),
    # The tough one wraps up nothing and names nothing before the third line.
    (TOUGH, (ASK, FOLLOW), NEVER),
    (TOUGH, (SMALL_TALK, PUSH), NEVER),
    (TOUGH, (SMALL_TALK, STRONG), NEVER),
    # Nor, at any line, a wrap-up before the bar is met.
    (TOUGH, (ASK, SMALL_TALK, FOLLOW), NEVER),
    (TOUGH, (FOLLOW, FOLLOW, FOLLOW), NEVER),
    (TOUGH, (ASK, MEASURED, FOLLOW), NEVER),
    # One strong story is not yet a case; a second piece of work makes it one.
    (TOUGH, (ASK, STRONG, FOLLOW), NEVER),
    (TOUGH, (ASK, STRONG, SECOND_PIECE, FOLLOW), ALWAYS),
    (TOUGH, (ASK, STRONG, STRONG), NEVER),
    (TOUGH, (SMALL_TALK, PUSH, PUSH), SOMETIMES),
    # From then on, evidence counts once it is measured and seen outside the team.
    (TOUGH, (SMALL_TALK, SMALL_TALK, WEAK), NEVER),
    (TOUGH, (SMALL_TALK, SMALL_TALK, MEASURED), NEVER),
    (TOUGH, (SMALL_TALK, SMALL_TALK, WITNESSED), NEVER),
    (TOUGH, (SMALL_TALK, SMALL_TALK, DENIED), NEVER),
    (TOUGH, (SMALL_TALK, SMALL_TALK, WONDERED), NEVER),
    (TOUGH, (SMALL_TALK, SMALL_TALK, STRONG), NEVER),
    (TOUGH, (SMALL_TALK, MEASURED, STRONG), ALWAYS),
    (TOUGH, (SMALL_TALK, MEASURED, WITNESSED), ALWAYS),
    (TOUGH, (SMALL_TALK, WITNESSED, MEASURED), ALWAYS),
    # Plans, hopes and wants are not things done.
    *[(TOUGH, (SMALL_TALK, SMALL_TALK, line), NEVER) for line in PLANNED],
    # Witnesses beyond "the X team" are heard.
    *[(TOUGH, (SMALL_TALK, MEASURED, line), ALWAYS) for line in SEEN_OUTSIDE],
    # A witness named in a later line than the measure completes the bar there.
    (TOUGH, (SMALL_TALK, MEASURED, WITNESS_ONLY), ALWAYS),
    (TOUGH, (SMALL_TALK, MEASURED, "Priya from Payments thanked me."), ALWAYS),
    # Evidence whole before the third line is taken at the third, not before.
    (TOUGH, (MEASURED, WITNESSED), NEVER),
    (TOUGH, (MEASURED, WITNESSED, SMALL_TALK), ALWAYS),
]


@pytest.mark.parametrize(
    ("difficulty", "lines", "expected"),
    BAR_CASES,
    ids=[f"{d}: {' / '.join(lines)[:60]}" for d, lines, _ in BAR_CASES],
)
def test_each_difficulty_gives_ground_only_once_its_bar_is_met(
    bundled: ManagerBank, difficulty: str, lines: tuple[str, ...], expected: str
) -> None:
    conceded = 0
    for seed in range(200):
        before = run(start(bundled, difficulty, seed), *lines[:-1])
        assert not before.ended
        after, _ = respond(before, lines[-1])
        conceded += gives_ground(before, after)

    found = ALWAYS if conceded == 200 else (NEVER if conceded == 0 else SOMETIMES)
    assert found == expected, f"conceded in {conceded} of 200"


def test_a_tough_manager_presses_on_until_the_evidence_meets_the_bar(
    bundled: ManagerBank,
) -> None:
    script = (ASK, PUSH, WEAK, MEASURED, WITNESSED)
    for seed in range(100):
        rehearsal = start(bundled, TOUGH, seed)
        for line in script[:-1]:
            rehearsal, _ = respond(rehearsal, line)
            assert rehearsal.kinds[-1] != CLOSING_AGREED
        assert not rehearsal.ended
        assert rehearsal.stance in VAGUE_KINDS, seed

        rehearsal, _ = respond(rehearsal, script[-1])

        assert rehearsal.stance in CONCRETE_KINDS, seed


def test_a_concrete_tough_manager_restates_the_bar_for_evidence_short_of_it(
    bank: ManagerBank,
) -> None:
    rules = bank.difficulties[TOUGH]
    roomy = replace(
        bank, difficulties={**bank.difficulties, TOUGH: replace(rules, turns=9)}
    )
    checked = 0
    for seed in range(200):
        rehearsal = run(start(roomy, TOUGH, seed), ASK, PUSH, PUSH)
        if rehearsal.stance not in CONCRETE_KINDS:
            continue
        _, weak = respond(rehearsal, WEAK)
        _, one_story = respond(rehearsal, STRONG)
        measured, _ = respond(rehearsal, MEASURED)
        _, strong = respond(measured, STRONG)
        assert weak == f"{rehearsal.stance} other {weak[-2]}.", weak
        assert one_story == f"{rehearsal.stance} other {one_story[-2]}.", one_story
        assert "offered_evidence" in strong
        checked += 1

    assert checked > 5


@pytest.mark.parametrize("difficulty", [EASY, REALISTIC])
def test_a_gentle_concrete_manager_takes_any_evidence(
    bank: ManagerBank, difficulty: str
) -> None:
    for seed in range(100):
        rehearsal = run(start(bank, difficulty, seed), ASK)
        if rehearsal.stance in CONCRETE_KINDS:
            _, reply = respond(rehearsal, WEAK)
            assert "offered_evidence" in reply
            return
    raise AssertionError("no seed answered concretely at once")


@pytest.mark.parametrize(
    ("difficulty", "lines", "wanted"),
    [
        (EASY, (), ()),
        (REALISTIC, (WEAK,), ()),
        (
            TOUGH,
            (),
            (catalogue.REHEARSAL_WANTS_MEASURE, catalogue.REHEARSAL_WANTS_OUTSIDE),
        ),
        (
            TOUGH,
            (WEAK,),
            (catalogue.REHEARSAL_WANTS_MEASURE, catalogue.REHEARSAL_WANTS_OUTSIDE),
        ),
        (TOUGH, (MEASURED,), (catalogue.REHEARSAL_WANTS_OUTSIDE,)),
        (TOUGH, (DENIED,), (catalogue.REHEARSAL_WANTS_OUTSIDE,)),
        (TOUGH, (WONDERED,), (catalogue.REHEARSAL_WANTS_OUTSIDE,)),
        (TOUGH, (WITNESSED,), (catalogue.REHEARSAL_WANTS_MEASURE,)),
        # A measure only counts as evidence the user offers, not as a wish.
        (
            TOUGH,
            ("If I cut deploy failures by 40%, would that count?", WITNESSED),
            (catalogue.REHEARSAL_WANTS_MEASURE,),
        ),
        (TOUGH, (MEASURED, WITNESSED), ()),
        (TOUGH, (STRONG,), (catalogue.REHEARSAL_WANTS_MORE_EVIDENCE,)),
        # The same story told again is still one piece.
        (TOUGH, (STRONG, STRONG), (catalogue.REHEARSAL_WANTS_MORE_EVIDENCE,)),
        (TOUGH, (STRONG, SECOND_PIECE), ()),
        (TOUGH, (MEASURED, WITNESS_ONLY), ()),
        *[
            (
                TOUGH,
                (line,),
                (catalogue.REHEARSAL_WANTS_MEASURE, catalogue.REHEARSAL_WANTS_OUTSIDE),
            )
            for line in PLANNED
        ],
        *[
            (TOUGH, (line,), (catalogue.REHEARSAL_WANTS_MORE_EVIDENCE,))
            for line in SEEN_OUTSIDE
        ],
        *[(TOUGH, (MEASURED, line), ()) for line in SEEN_OUTSIDE],
        # A plan beside work done: only the work done counts.
        (
            TOUGH,
            (
                "I cut CI time from 24 to 9 minutes. I plan to get the platform "
                "team to adopt it.",
            ),
            (catalogue.REHEARSAL_WANTS_OUTSIDE,),
        ),
    ],
)
def test_what_the_manager_still_wants_of_the_evidence(
    bundled: ManagerBank,
    difficulty: str,
    lines: tuple[str, ...],
    wanted: tuple[str, ...],
) -> None:
    rules = bundled.difficulties[difficulty]
    roomy = replace(
        bundled,
        difficulties={**bundled.difficulties, difficulty: replace(rules, turns=9)},
    )
    rehearsal = run(start(roomy, difficulty, 5), *lines)

    assert still_wanted(rehearsal) == wanted


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        ("The platform team adopted it.", True),
        ("I drove it across three teams.", True),
        ("Our director asked for the write-up.", True),
        ("Other teams now use it.", True),
        ("My whole team noticed.", False),
        ("Nobody outside the team noticed.", False),
        ("The platform team didn't notice.", False),
        ("Would the platform team count?", False),
        ("If the platform team adopts it, will it count?", False),
        ("I shipped it; the payments team uses it daily.", True),
        ("The developer experience group noticed.", True),
        ("My skip-level called it out.", True),
        ("Priya from Payments thanked me.", True),
        ("Someone from Billing asked for the write-up.", True),
        ("Not only did I ship it, the platform team adopted it too.", True),
        ("Our VP mentioned it at the all-hands.", True),
        ("The security guild adopted it.", True),
        ("The rest of the team liked it.", False),
        ("I hope the platform team adopts it.", False),
        ("The platform team will adopt it next quarter.", False),
        ("I want to get it adopted by 4 teams.", False),
        ("Not a single other team has noticed.", False),
        ("Errors fell from 20% to 5%, noticed by mobile and payments teams.", True),
        ("It was seen by the SRE and data teams.", True),
        ("It was praised by Payments team.", True),
        ("Mobile and payments teams noticed it.", True),
        ("The payments team asked for it.", True),
        ("Web, iOS and Android teams adopted it.", True),
        ("It was noticed by my team.", False),
        ("It was seen by the entire team.", False),
        ("The whole team praised it.", False),
        ("Our team adopted it.", False),
        ("Mobile and payments teams did not notice it.", False),
    ],
)
def test_someone_outside_the_team_is_named_only_as_a_plain_fact(
    text: str, outside: bool
) -> None:
    assert names_someone_outside(text) is outside


SHORT_OF_BOTH = catalogue.MANAGER_SAID_SHORT_OF_BAR.format(
    missing=", ".join(
        (catalogue.REHEARSAL_WANTS_MEASURE, catalogue.REHEARSAL_WANTS_OUTSIDE)
    )
)
SHORT_OF_OUTSIDE = catalogue.MANAGER_SAID_SHORT_OF_BAR.format(
    missing=catalogue.REHEARSAL_WANTS_OUTSIDE
)
SHORT_OF_MORE = catalogue.MANAGER_SAID_SHORT_OF_BAR.format(
    missing=catalogue.REHEARSAL_WANTS_MORE_EVIDENCE
)


@pytest.mark.parametrize(
    ("difficulty", "lines", "note"),
    [
        (EASY, (MEASURED,), ""),
        (REALISTIC, (FOLLOW,), ""),
        (TOUGH, (SMALL_TALK,), ""),
        (TOUGH, (FOLLOW,), SHORT_OF_BOTH),
        (TOUGH, (WEAK,), SHORT_OF_BOTH),
        (TOUGH, (PLANNED[0],), SHORT_OF_BOTH),
        (TOUGH, (MEASURED,), SHORT_OF_OUTSIDE),
        (TOUGH, (MEASURED, FOLLOW), SHORT_OF_OUTSIDE),
        # One strong story: the manager wants a second before taking it.
        (TOUGH, (STRONG,), SHORT_OF_MORE),
        (TOUGH, (STRONG, STRONG), SHORT_OF_MORE),
        (TOUGH, (STRONG, SMALL_TALK), ""),
        # Whole by the second line, the manager takes it only at the third, and
        # the note says so under that line, where the manager gives ground.
        (TOUGH, (MEASURED, WITNESS_ONLY), ""),
        (TOUGH, (MEASURED, WITNESS_ONLY, SMALL_TALK), catalogue.MANAGER_SAID_BAR_MET),
        (TOUGH, (SMALL_TALK, MEASURED, WITNESS_ONLY), catalogue.MANAGER_SAID_BAR_MET),
        (TOUGH, (ASK, STRONG, SECOND_PIECE), catalogue.MANAGER_SAID_BAR_MET),
        # Once met, the news is told once, not under every later line.
        (TOUGH, (ASK, STRONG, SECOND_PIECE, STRONG), ""),
        (TOUGH, (ASK, STRONG, SECOND_PIECE, SMALL_TALK), ""),
    ],
)
def test_the_note_on_the_bar_says_what_is_missing_and_when_it_is_met(
    bundled: ManagerBank, difficulty: str, lines: tuple[str, ...], note: str
) -> None:
    rules = bundled.difficulties[difficulty]
    roomy = replace(
        bundled,
        difficulties={**bundled.difficulties, difficulty: replace(rules, turns=9)},
    )
    rehearsal = run(start(roomy, difficulty, 5), *lines)

    assert bar_note(rehearsal) == note


@pytest.mark.parametrize(
    "script",
    [
        (STRONG, SECOND_PIECE, SMALL_TALK, FOLLOW),
        (ASK, STRONG, SECOND_PIECE, FOLLOW),
        (MEASURED, WITNESSED, PUSH, FOLLOW),
        (ASK, PUSH, STRONG, STRONG, MEASURED, FOLLOW),
    ],
)
def test_the_note_on_the_bar_and_the_tough_managers_reply_agree_in_every_turn(
    bundled: ManagerBank, script: tuple[str, ...]
) -> None:
    for seed in range(100):
        rehearsal = start(bundled, TOUGH, seed)
        for line in script:
            if rehearsal.ended:
                break
            rehearsal, _ = respond(rehearsal, line)
            note, kind = bar_note(rehearsal), rehearsal.kinds[-1]
            if note == catalogue.MANAGER_SAID_BAR_MET:
                assert kind in (*CONCRETE_KINDS, CLOSING_AGREED), (seed, line)
            else:
                assert kind != CLOSING_AGREED or not still_wanted(rehearsal)
        # Each script brings two pieces of evidence before its follow-up.
        assert follow_up_agreed(rehearsal), seed


@pytest.mark.parametrize("seed", [0, 907003, 123456789])
def test_a_tough_rehearsal_with_evidence_is_the_same_for_the_same_seed(
    bundled: ManagerBank, seed: int
) -> None:
    script = (ASK, MEASURED, PUSH, STRONG, FOLLOW)

    first = run(start(bundled, TOUGH, seed), *script)
    again = run(start(bundled, TOUGH, seed), *script)
    shorter = run(start(bundled, TOUGH, seed), *script[:3])

    assert first.turns == again.turns
    assert first.turns[: len(shorter.turns)] == shorter.turns


async def test_the_rehearsal_notes_what_a_tough_manager_still_wants(
    store: Store, clock: FixedClock
) -> None:
    from textual.widgets import Input, Static

    from careerclimb_tui.demo import seed_demo
    from careerclimb_tui.screens.manager_rehearsal import RehearsalScreen
    from tests.helpers import make_app

    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(RehearsalScreen(seed=907003, difficulty=TOUGH))
        await pilot.pause()
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        for line in (MEASURED, STRONG, SECOND_PIECE):
            screen.query_one("#say", Input).value = line
            await pilot.press("enter")
            await pilot.pause()
        notes = [str(n.content) for n in screen.query(".turn-notes").results(Static)]

    wanted = catalogue.MANAGER_SAID_SHORT_OF_BAR.format(
        missing=catalogue.REHEARSAL_WANTS_OUTSIDE
    )
    assert wanted in notes[0]
    # Whole on the second line, but taken only on the third, as the note says.
    assert "still wants" not in notes[1]
    assert catalogue.MANAGER_SAID_BAR_MET not in notes[1]
    assert "still wants" not in notes[2]
    assert catalogue.MANAGER_SAID_BAR_MET in notes[2]


# --- Each difficulty behaves as its label says --------------------------------------

EXAMPLE_ASKS = (
    "Can you give me an example of the kind of work that would count for Senior?",
    "can you give me an example",
    "What would that look like?",
    "For instance?",
    "What kind of work would count?",
    "Like what?",
    "Such as?",
    "Any examples you could share?",
)
OTHER_PUSHES = (
    "Could you be more specific?",
    "Can you say more?",
    "What do you mean by that?",
    "Sorry, I'm still not clear what would count.",
    PUSH,
)
SEEDS = range(150)


@pytest.mark.parametrize("asked", EXAMPLE_ASKS)
def test_asking_for_an_example_in_any_wording_makes_the_easy_manager_give_one(
    bundled: ManagerBank, asked: str
) -> None:
    for seed in SEEDS:
        first = run(start(bundled, EASY, seed), asked)
        after_vague = run(start(bundled, EASY, seed), SMALL_TALK, asked)
        asked_twice = run(start(bundled, EASY, seed), asked, asked)

        assert first.kinds[1] in CONCRETE_KINDS, (seed, first.turns[-1].text)
        assert after_vague.kinds[1] in VAGUE_KINDS
        assert after_vague.kinds[2] in CONCRETE_KINDS, seed
        assert asked_twice.kinds[2] in CONCRETE_KINDS, seed


@pytest.mark.parametrize(
    "pushes",
    [
        (SMALL_TALK, EXAMPLE_ASKS[0], EXAMPLE_ASKS[0]),
        (SMALL_TALK, OTHER_PUSHES[0], OTHER_PUSHES[1]),
        (SMALL_TALK, OTHER_PUSHES[2], EXAMPLE_ASKS[3]),
        (SMALL_TALK, OTHER_PUSHES[3], OTHER_PUSHES[4]),
        # The ask itself asks for specifics, so one push after it is the second.
        (ASK, EXAMPLE_ASKS[2]),
        (ASK, OTHER_PUSHES[1]),
        # A push after small talk counts; the small talk does not.
        (SMALL_TALK, EXAMPLE_ASKS[4], SMALL_TALK, OTHER_PUSHES[0]),
    ],
)
def test_a_realistic_manager_names_something_concrete_by_the_second_push(
    bundled: ManagerBank, pushes: tuple[str, ...]
) -> None:
    for seed in SEEDS:
        rehearsal = run(start(bundled, REALISTIC, seed), *pushes)

        assert rehearsal.kinds[-1] in CONCRETE_KINDS, (seed, rehearsal.kinds)

    # Vague at first: the first answer to the ask is mostly vague.
    if pushes[0] == ASK:
        firsts = [run(start(bundled, REALISTIC, s), ASK).kinds[1] for s in SEEDS]
        assert sum(k in VAGUE_KINDS for k in firsts) > len(SEEDS) // 2


def test_a_tough_manager_is_not_moved_by_pushes_alone_at_once(
    bundled: ManagerBank,
) -> None:
    for seed in SEEDS:
        rehearsal = run(start(bundled, TOUGH, seed), EXAMPLE_ASKS[0], PUSH)
        assert not rehearsal.criteria_named, seed


@pytest.mark.parametrize(
    ("difficulty", "lines", "said"),
    [
        # The manager named criteria and agreed to meet again.
        (EASY, (ASK, PUSH, FOLLOW), catalogue.SCORE_WELL_FOLLOW_UP),
        # Agreed, but nothing concrete was ever named.
        (REALISTIC, (SMALL_TALK, FOLLOW), catalogue.SCORE_WELL_FOLLOW_UP_NO_CRITERIA),
        (EASY, (SMALL_TALK, FOLLOW), catalogue.SCORE_WELL_FOLLOW_UP_NO_CRITERIA),
        # Proposed, but the tough manager did not agree.
        (TOUGH, (ASK, FOLLOW), catalogue.SCORE_WELL_FOLLOW_UP_PROPOSED),
        (
            TOUGH,
            (SMALL_TALK, MEASURED, FOLLOW),
            catalogue.SCORE_WELL_FOLLOW_UP_PROPOSED,
        ),
    ],
)
def test_the_scorecard_says_what_a_follow_up_settled(
    bundled: ManagerBank, difficulty: str, lines: tuple[str, ...], said: str
) -> None:
    others = {
        catalogue.SCORE_WELL_FOLLOW_UP,
        catalogue.SCORE_WELL_FOLLOW_UP_NO_CRITERIA,
        catalogue.SCORE_WELL_FOLLOW_UP_PROPOSED,
    } - {said}
    agreed = said != catalogue.SCORE_WELL_FOLLOW_UP_PROPOSED
    for seed in SEEDS:
        rehearsal = run(start(bundled, difficulty, seed), *lines)
        card = scorecard(rehearsal)

        # One rule decides both the tick and the sentence.
        assert follow_up_agreed(rehearsal) is agreed, seed
        assert card.showed(FOLLOW_UP) is agreed, seed
        assert said in card.went_well, seed
        assert not others & set(card.went_well), seed


@pytest.mark.parametrize("seed", [42, *SEEDS])
def test_a_follow_up_the_tough_manager_did_not_agree_is_not_ticked(
    bundled: ManagerBank, seed: int
) -> None:
    # Every behaviour shown, but the evidence never reaches the tough bar.
    rehearsal = run(start(bundled, TOUGH, seed), ASK, PUSH, EVIDENCE_LINE, FOLLOW)
    card = scorecard(rehearsal)

    assert not follow_up_agreed(rehearsal)
    assert not card.showed(FOLLOW_UP)
    assert [b for b in BEHAVIOURS if not card.showed(b)] == [FOLLOW_UP]
    assert catalogue.SCORE_WELL_FOLLOW_UP_PROPOSED in card.went_well
    assert catalogue.SCORE_TRY_FOLLOW_UP in card.try_next


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_the_manager_warns_two_lines_before_time_runs_out(
    bundled: ManagerBank, difficulty: str
) -> None:
    turns = bundled.difficulties[difficulty].turns
    warnings = bundled.closings[TIME_NEARLY_UP]
    for seed in SEEDS:
        rehearsal = start(bundled, difficulty, seed)
        left = [rehearsal.lines_left]
        for _ in range(turns):
            rehearsal, _ = respond(rehearsal, SMALL_TALK)
            left.append(rehearsal.lines_left)
        replies = [t.text for t in rehearsal.turns if t.speaker == MANAGER][1:]
        warned = [i for i, text in enumerate(replies) if text.endswith(warnings)]

        assert left == [*range(turns, 0, -1), 0]
        assert warned == [turns - 3], (seed, replies)
        assert rehearsal.kinds[-1] == CLOSING_OUT_OF_TIME


def test_the_bundled_bank_has_its_own_warning_and_older_banks_use_the_apps(
    bundled: ManagerBank, bank: ManagerBank
) -> None:
    assert bundled.closings[TIME_NEARLY_UP]
    assert bundled.closings[TIME_NEARLY_UP] != catalogue.REHEARSAL_TIME_NEARLY_UP
    assert bank.closings[TIME_NEARLY_UP] == catalogue.REHEARSAL_TIME_NEARLY_UP
