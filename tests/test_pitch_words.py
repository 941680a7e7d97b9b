"""The pitch's words agree with the coach and read as a committee expects: a
result with its effort in a clause is a result, a draft gives its own check
nothing to question, a planned fix is never told as done, and names, measure
labels and amounts read as they would in a spoken sentence."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_full_demo
from careerclimb_tui.domain.framing import read_win
from careerclimb_tui.domain.pitch import (
    FlagKind,
    InitiativeFacts,
    Part,
    PitchFlag,
    build_pitch,
    check_pitch,
    clause_mid_sentence,
    measure_phrase,
    mid_sentence,
    problem_sentence,
    reads_as_activity,
)
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import ChangeAnswer, Review, answer, start_review
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import (
    initiative_facts,
    initiative_facts_from_json,
)

TODAY = dt.date(2026, 11, 18)
MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
PAGES_DROPPED = "On-call pages dropped after I fixed the noisiest alerts"
ON_CALL_HELP = "Helped with the on-call rotation"
FIX = (
    "Quarantine the 12 worst tests, fix them one a week, and add a flake detector to CI"
)

PAGES = Win(
    id=1,
    title=PAGES_DROPPED,
    date=dt.date(2026, 11, 2),
    measure=Measure(before=25, after=6, unit="pages", label="pages per week"),
    beneficiaries="everyone on the rotation",
    noticed_by="SRE team",
)
HELPED = Win(
    id=2,
    title=ON_CALL_HELP,
    date=dt.date(2026, 11, 4),
    what_changed="Fewer pages at night for everyone",
)
RERUNS = Win(
    id=3,
    title="Cut flaky test reruns",
    date=dt.date(2026, 10, 20),
    measure=Measure(before=40, after=7, unit="reruns/week", label="reruns per week"),
    noticed_by="platform team",
)
CI = Win(
    id=4,
    title="Cut CI time for the web app",
    date=dt.date(2026, 9, 14),
    what_changed="Engineers get feedback before they switch context",
    measure=Measure(before=24, after=9, unit="minutes", label="CI duration"),
)
FLAKY = InitiativeFacts(
    id=1,
    title="Flaky tests everyone reruns",
    problem="CI fails on tests that pass on retry.",
    fix=FIX,
    measure=Measure(before=20, after=12, unit="%", label="Change failure rate"),
    agreed=("Tech lead", "Engineering manager"),
    other_teams=("Platform team",),
    win_ids=(3,),
    has_result=True,
)


def reviewed(wins: list[Win], changes: dict[int, str]) -> list[Review]:
    """One review of the wins' quarter, answering what changed for some of them."""
    review = start_review(quarter_of(wins[0].date), wins, MOMENT)
    for win_id, text in changes.items():
        if win_id in review.win_ids:
            change = ChangeAnswer(text, measured=False)
            review = answer(review, win_id, now=MOMENT, change=change)
    return [review]


def on_drafted_lines(flags: tuple[PitchFlag, ...]) -> list[PitchFlag]:
    """The flags about a sentence of the text, not about the story as a whole."""
    return [flag for flag in flags if flag.excerpt]


# --- the check agrees with the coach ------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        pytest.param(f"{PAGES_DROPPED}.", False, id="result, effort in a clause"),
        pytest.param(
            f"What I drove: {PAGES_DROPPED}. Noticed outside my team: SRE team. "
            "The result: pages per week went from 25 to 6.",
            False,
            id="result told further on, after who noticed",
        ),
        pytest.param(
            "Alert noise fell once I rewrote the paging rules.",
            False,
            id="another result with its effort in a clause",
        ),
        pytest.param(f"Also: {ON_CALL_HELP}.", True, id="activity alone"),
        pytest.param("Reviewed 200 PRs this quarter.", True, id="a tally of work"),
    ],
)
def test_the_pitch_check_reads_activity_as_the_coach_does(
    text: str, flagged: bool
) -> None:
    assert reads_as_activity(text) is flagged
    flags = check_pitch(text, [], [])
    assert (FlagKind.ACTIVITY in {flag.kind for flag in flags}) is flagged


@pytest.mark.parametrize(
    "sentence", [PAGES_DROPPED, "Alert noise fell once I rewrote the paging rules"]
)
def test_what_the_coach_calls_impact_the_pitch_never_calls_activity(
    sentence: str,
) -> None:
    assert read_win(sentence).is_impact
    assert not reads_as_activity(f"What I drove: {sentence}.")


# --- a draft gives its own check nothing to question --------------------------


DRAFT_CASES = {
    "a result whose effort is in a clause leads": ([PAGES], {}, []),
    "activity whose change is not measured": ([PAGES, HELPED], {}, []),
    "activity the review answered with a change": (
        [PAGES, replace(HELPED, what_changed="")],
        {2: "The rota had cover every night"},
        [],
    ),
    "activity told by its measured change": (
        [
            CI,
            replace(
                HELPED,
                what_changed="",
                measure=Measure(before=25, after=6, unit="pages", label="pages"),
            ),
        ],
        {},
        [],
    ),
    "an initiative with its result win and others in support": (
        [PAGES, HELPED, RERUNS, CI],
        {},
        [FLAKY],
    ),
}


@pytest.mark.parametrize(
    ("wins", "changes", "initiatives"), DRAFT_CASES.values(), ids=DRAFT_CASES.keys()
)
def test_a_draft_gives_its_own_check_nothing_to_question(
    wins: list[Win], changes: dict[int, str], initiatives: list[InitiativeFacts]
) -> None:
    every = [framed(win) for win in wins]
    reviews = reviewed(every, changes)

    draft = build_pitch(every, reviews, initiatives, TODAY)

    assert not draft.is_empty
    assert ON_CALL_HELP not in draft.text
    flags = check_pitch(draft.text, every, reviews, initiatives, drafted=draft.lines)
    assert on_drafted_lines(flags) == []


def test_the_sample_career_drafts_nothing_its_check_questions(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    wins, reviews = store.wins(), store.reviews()
    initiatives = initiative_facts(store)

    draft = build_pitch(wins, reviews, initiatives, clock.today())

    flags = check_pitch(draft.text, wins, reviews, initiatives, drafted=draft.lines)
    assert flags == ()


# --- (a) a planned fix is never told as done ---------------------------------


DONE_FIX = (
    "What I drove: the fix I proposed — quarantine the 12 worst tests, fix them "
    "one a week, and add a flake detector to CI."
)


@pytest.mark.parametrize(
    ("initiative", "lead", "opens"),
    [
        pytest.param(FLAKY, RERUNS, DONE_FIX, id="measuring: the fix was driven"),
        pytest.param(
            replace(FLAKY, has_result=False, driven=True),
            RERUNS,
            DONE_FIX,
            id="driving: the fix was driven",
        ),
        pytest.param(
            replace(FLAKY, fix="Quarantined the 12 worst tests"),
            RERUNS,
            "What I drove: quarantined the 12 worst tests.",
            id="driven, and typed as done: the user's words",
        ),
        pytest.param(
            replace(FLAKY, fix="Speed up the flaky suite"),
            RERUNS,
            "What I drove: the fix I proposed — speed up the flaky suite.",
            id="driven, typed as a plan that ends in -ed",
        ),
        pytest.param(
            replace(FLAKY, has_result=False),
            RERUNS,
            "What I drove: cut flaky test reruns.",
            id="still a plan: the result win tells what was done",
        ),
        pytest.param(
            replace(FLAKY, has_result=False, win_ids=()),
            None,
            "I got the backing of",
            id="still a plan, no result win: nothing told as driven",
        ),
    ],
)
def test_the_fix_is_told_as_done_only_once_it_was_driven(
    initiative: InitiativeFacts, lead: Win | None, opens: str
) -> None:
    wins = [framed(lead)] if lead is not None else []

    draft = build_pitch(wins, [], [initiative], TODAY)

    [story] = [line.text for line in draft.lines if line.part is Part.DROVE]
    assert story.startswith(opens)
    if not initiative.fix_is_done:
        assert "quarantine the 12 worst" not in draft.text.casefold()


def test_a_planned_fix_without_a_result_win_says_what_to_do() -> None:
    planned = replace(FLAKY, has_result=False, win_ids=())

    draft = build_pitch([], [], [planned], TODAY)

    assert Part.DROVE in draft.missing
    assert draft.prompt_for(Part.DROVE) == catalogue.PITCH_PROMPT_FIX_PLANNED.format(
        title=planned.title
    )


# --- (b) and (c) names and labels said inside a sentence ----------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Tech lead", "tech lead"),
        ("Engineering manager", "engineering manager"),
        ("Platform team lead", "platform team lead"),
        ("Change failure rate", "change failure rate"),
        ("Dana", "Dana"),
        ("Dana (engineering manager)", "Dana (engineering manager)"),
        ("Lee (SRE)", "Lee (SRE)"),
        ("VP Engineering", "VP Engineering"),
        ("VP", "VP"),
        ("CI duration", "CI duration"),
        ("Sam Lee", "Sam Lee"),
        ("Head of Platform", "Head of Platform"),
        ("Jo from payments", "Jo from payments"),
        ("iOS team", "iOS team"),
        ("Set-up time", "set-up time"),
        ("Follow-up rate", "follow-up rate"),
        ("X-ray team", "X-ray team"),
    ],
)
def test_an_entry_reads_as_it_would_inside_a_sentence(typed: str, said: str) -> None:
    assert mid_sentence(typed) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Re-route the noisy alerts to their owners",
            "re-route the noisy alerts to their owners",
        ),
        ("Set-up a shared build cache", "set-up a shared build cache"),
        ("Quarantine the flaky tests in CI", "quarantine the flaky tests in CI"),
        ("Move CI to GraphQL schema checks", "move CI to GraphQL schema checks"),
        (
            "Delete alerts nobody acts on; route the rest by owner.",
            "delete alerts nobody acts on; route the rest by owner.",
        ),
        ("Retire the old paging rules", "retire the old paging rules"),
        ("Silence alerts with no owner", "silence alerts with no owner"),
        ("A shared cache for every Kafka job", "a shared cache for every Kafka job"),
        ("CI runs on every merge", "CI runs on every merge"),
        ("GraphQL schema checks in review", "GraphQL schema checks in review"),
        ("Kafka", "Kafka"),
        ("Kafka Streams replaces the cron job", "Kafka Streams replaces the cron job"),
        ("Sam Lee, then the platform team", "Sam Lee, then the platform team"),
        ("iOS builds on every merge", "iOS builds on every merge"),
    ],
)
def test_a_fix_reads_as_it_would_after_a_dash(typed: str, said: str) -> None:
    assert clause_mid_sentence(typed) == said


TITLES_MID_SENTENCE = [
    # A first word that may be a name keeps its capital.
    ("Kafka consumers now retry", "Kafka consumers now retry"),
    ("Postgres upgrade finished", "Postgres upgrade finished"),
    ("API latency halved", "API latency halved"),
    # A common word capitalised only because it came first is lowered.
    ("Reduced the p95", "reduced the p95"),
    ("Cut build time", "cut build time"),
    ("The deploy pipeline", "the deploy pipeline"),
    ("Onboarding time for new hires", "onboarding time for new hires"),
]


@pytest.mark.parametrize(
    ("typed", "said"), TITLES_MID_SENTENCE, ids=[row[0] for row in TITLES_MID_SENTENCE]
)
def test_a_title_keeps_a_first_word_that_may_be_a_name_mid_sentence(
    typed: str, said: str
) -> None:
    assert mid_sentence(typed) == said
    assert clause_mid_sentence(typed) == said


def test_a_fix_naming_a_product_first_keeps_its_capital_in_the_pitch() -> None:
    initiative = replace(FLAKY, fix="Kafka consumers retry with backoff")

    draft = build_pitch([framed(RERUNS)], [], [initiative], TODAY)

    assert "the fix I proposed — Kafka consumers retry with backoff." in draft.text


@pytest.mark.parametrize(
    ("fix", "told"),
    [
        (
            "Re-route the noisy alerts to their owners",
            "the fix I proposed — re-route the noisy alerts to their owners.",
        ),
        (
            "Quarantine the flaky tests and run them nightly in CI",
            "the fix I proposed — quarantine the flaky tests and run them nightly "
            "in CI.",
        ),
        (
            "GraphQL schema checks before every merge",
            "the fix I proposed — GraphQL schema checks before every merge.",
        ),
    ],
)
def test_a_capitalised_fix_is_told_in_small_letters_mid_sentence(
    fix: str, told: str
) -> None:
    draft = build_pitch([framed(RERUNS)], [], [replace(FLAKY, fix=fix)], TODAY)

    assert told in draft.text


@pytest.mark.parametrize(
    ("agreed", "helped", "said"),
    [
        (
            ("Tech lead", "Engineering manager"),
            (),
            "I got the backing of the tech lead and the engineering manager.",
        ),
        (
            ("VP Engineering", "Dana (engineering manager)"),
            (),
            "I got the backing of VP Engineering and Dana (engineering manager).",
        ),
        (
            (),
            ("Staff engineer", "Sam Lee"),
            "I did it together with the staff engineer and Sam Lee.",
        ),
    ],
)
def test_roles_are_lower_cased_mid_sentence_names_are_kept(
    agreed: tuple[str, ...], helped: tuple[str, ...], said: str
) -> None:
    initiative = replace(FLAKY, agreed=agreed, helped=helped)

    draft = build_pitch([framed(RERUNS)], [], [initiative], TODAY)

    assert said in draft.text
    assert "Teams involved beyond mine: platform team." in draft.text


@pytest.mark.parametrize(
    ("label", "result"),
    [
        (
            "Change failure rate",
            "The result: change failure rate went from 20% to 12%.",
        ),
        ("CI failure rate", "The result: CI failure rate went from 20% to 12%."),
        ("", "The result: it went from 20% to 12%."),
    ],
)
def test_the_result_says_its_measure_as_a_clause(label: str, result: str) -> None:
    initiative = replace(FLAKY, measure=replace(FLAKY.measure, label=label))

    draft = build_pitch([framed(RERUNS)], [], [initiative], TODAY)

    assert result in draft.text


# --- (d) amounts do not repeat what the label says ----------------------------


@pytest.mark.parametrize(
    ("measure", "said"),
    [
        (
            Measure(before=25, after=6, unit="pages", label="pages per week"),
            "pages per week went from 25 to 6",
        ),
        (
            Measure(before=24, after=9, unit="minutes", label="CI duration"),
            "CI duration went from 24 minutes to 9 minutes",
        ),
        (
            Measure(before=24, after=9, unit="minutes"),
            "it went from 24 minutes to 9 minutes",
        ),
    ],
)
def test_a_measured_change_names_its_unit_once(measure: Measure, said: str) -> None:
    assert measure_phrase(measure) == said


def test_a_rate_the_label_names_is_not_repeated_after_each_amount() -> None:
    measure = Measure(before=40, after=7, unit="reruns/week", label="reruns per week")

    phrase = measure_phrase(measure)
    problem = problem_sentence(measure)

    for said in (phrase, problem):
        assert "reruns/week" not in said
        assert "40 reruns" not in said
    assert phrase.startswith("reruns per week went from 40")
    assert problem.startswith("The problem: reruns per week were 40")


def test_the_problem_names_its_count_once() -> None:
    measure = Measure(before=25, after=6, unit="pages", label="Pages per week")
    assert problem_sentence(measure) == "The problem: pages per week were 25."


@pytest.mark.parametrize(
    ("stage", "driven"),
    [
        ("spotted", False),
        ("proposed", False),
        ("buy_in", False),
        ("driving", True),
        ("measuring", True),
        ("done", True),
    ],
)
def test_a_stored_problem_counts_as_driven_from_the_driving_stage_on(
    stage: str, driven: bool
) -> None:
    facts = initiative_facts_from_json({"title": "Flaky tests", "stage": stage}, 1)
    assert facts is not None
    assert facts.fix_is_done is driven
