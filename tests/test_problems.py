"""The problem catalog: the bundled file, bad files, the user's own, the guided
questions, the ranking of entries against answers and the up-front candidate check.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careerclimb_tui.catalogs import (
    BUNDLED_PROBLEMS,
    CatalogError,
    load_problem_catalog,
    load_problem_file,
    parse_problem_catalog,
)
from careerclimb_tui.domain.problems import (
    BETTER_DIRECTIONS,
    CANDIDATE_QUESTIONS,
    QUESTIONNAIRE,
    ProblemEntry,
    ProblemMeasure,
    check_candidate,
    is_blank_answer,
    normalised_words,
    rank_problems,
    stem,
)
from careerclimb_tui.ladders import BUNDLED_DIR as LADDERS_DIR
from careerclimb_tui.ladders import load_ladder

PROBLEMS = Path(__file__).parent / "data" / "problems"
VALID = PROBLEMS / "valid-minimal.yaml"
TEST_DIMENSIONS = frozenset({"scope_impact", "execution", "collaboration_influence"})
LADDER_DIMENSIONS = frozenset(
    d.id for d in load_ladder(LADDERS_DIR / "software-engineer.yaml").dimensions
)


def load_error(path: Path) -> CatalogError:
    """The error that loading ``path`` raises; fails the test if it loads."""
    with pytest.raises(CatalogError) as caught:
        load_problem_file(path, TEST_DIMENSIONS)
    return caught.value


def user_folder(tmp_path: Path) -> Path:
    """An empty ``problems`` folder in a user folder; returns the user folder."""
    (tmp_path / "problems").mkdir(parents=True)
    return tmp_path


def entry(
    entry_id: str,
    title: str = "A problem",
    symptoms: tuple[str, ...] = ("one symptom", "another symptom"),
    keywords: tuple[str, ...] = ("alpha", "beta", "gamma"),
) -> ProblemEntry:
    return ProblemEntry(
        id=entry_id,
        title=title,
        symptoms=symptoms,
        why_next_level="Because.",
        dimensions=("execution",),
        first_steps=("Look", "Fix"),
        who_agrees=("Tech lead",),
        measures=(ProblemMeasure("Count", "items", "lower"),),
        keywords=keywords,
    )


# --- the bundled catalog -----------------------------------------------------------


def test_bundled_catalog_loads_with_at_least_ten_problems_and_nothing_broken() -> None:
    shelf = load_problem_catalog()

    assert shelf.broken == []
    assert len(shelf) >= 10
    assert all(e.source == str(BUNDLED_PROBLEMS) for e in shelf)


@pytest.mark.parametrize(
    "problem_id",
    [
        "slow-deploys",
        "risky-releases",
        "dropped-handoffs",
        "scope-misalignment",
        "flaky-tests",
        "noisy-on-call",
        "slow-onboarding",
        "recurring-incidents",
        "unowned-migration",
        "undocumented-critical-system",
        "slow-ci",
    ],
)
def test_bundled_catalog_covers_the_classic_next_level_problems(
    problem_id: str,
) -> None:
    assert load_problem_catalog().get(problem_id) is not None


@pytest.mark.parametrize(
    "problem_id, name, unit, better",
    [
        ("slow-deploys", "Deploy frequency", "deploys/week", "higher"),
        ("slow-deploys", "Lead time for changes", "hours", "lower"),
        ("risky-releases", "Change failure rate", "%", "lower"),
        ("risky-releases", "Time to restore service", "minutes", "lower"),
        ("flaky-tests", "Flaky-test rate", "% of runs", "lower"),
        ("noisy-on-call", "Pages per on-call week", "pages/week", "lower"),
        ("slow-onboarding", "Days to a new hire's first merged change", "days",
         "lower"),
        ("scope-misalignment", "Scope changes after sprint start", "changes/sprint",
         "lower"),
    ],
)  # fmt: skip
def test_bundled_catalog_measures_point_the_right_way(
    problem_id: str, name: str, unit: str, better: str
) -> None:
    problem = load_problem_catalog().get(problem_id)

    assert problem is not None
    assert ProblemMeasure(name, unit, better) in problem.measures


def test_every_bundled_entry_is_complete_and_names_ladder_dimensions() -> None:
    for problem in load_problem_catalog():
        assert set(problem.dimensions) <= LADDER_DIMENSIONS, problem.id
        assert len(problem.symptoms) >= 2, problem.id
        assert len(problem.first_steps) >= 2, problem.id
        assert problem.who_agrees, problem.id
        assert problem.measures, problem.id
        assert all(m.better in BETTER_DIRECTIONS for m in problem.measures)
        assert len(problem.keywords) >= 3, problem.id
        # Every keyword must survive normalisation, or it can never match.
        assert all(normalised_words(k) for k in problem.keywords), problem.id


def test_bundled_catalog_is_refused_against_a_ladder_without_its_dimensions() -> None:
    shelf = load_problem_catalog(dimension_ids={"execution"})

    assert len(shelf) == 0
    assert [b.path for b in shelf.broken] == [str(BUNDLED_PROBLEMS)]
    assert "unknown dimension" in shelf.broken[0].message


# --- good and bad files ------------------------------------------------------------


def test_valid_catalog_file_loads_every_field() -> None:
    entries = load_problem_file(VALID, TEST_DIMENSIONS)

    assert [e.id for e in entries] == ["slow-builds", "lost-handoffs"]
    handoffs = entries[1]
    assert handoffs.symptoms == (
        "Tickets bounce between teams",
        "Work waits for the other side",
    )
    assert handoffs.dimensions == ("collaboration_influence",)
    assert handoffs.who_agrees == ("Engineering manager", "Product manager")
    assert handoffs.measures == (
        ProblemMeasure("Reopened tickets", "tickets/sprint", "lower"),
        ProblemMeasure("Hand-offs on time", "%", "higher"),
    )
    assert handoffs.source == str(VALID)


BAD_FILES = [
    # file, line, field, words the problem must contain
    ("missing-field.yaml", 3, "problems[0].keywords", "missing field"),
    ("unknown-field.yaml", 10, "problems[0].owner", "unknown field"),
    ("unknown-dimension.yaml", 19, "problems[1].dimensions[1]",
     "unknown dimension 'speed'"),
    ("repeated-dimension.yaml", 7, "problems[0].dimensions[1]",
     "'execution' is listed twice"),
    ("value-no.yaml", 12, "problems[0].keywords[2]", "'NO' was read as a true/false"),
    ("value-on.yaml", 27, "problems[1].measures[0].better",
     "'on' was read as a true/false"),
    ("value-version.yaml", 31, "problems[1].keywords[2]",
     "'3.10' was read as a number"),
    ("value-date.yaml", 17, "problems[1].symptoms[1]",
     "'2026-01-05' was read as a date"),
    ("duplicate-id.yaml", 13, "problems[1].id",
     "'slow-builds' is used twice (lines 3 and 13)"),
    ("duplicate-key.yaml", 5, "problems[0].title", "appears twice (lines 4 and 5)"),
    ("bad-better.yaml", 30, "problems[1].measures[1].better",
     "'up' is not a direction; write lower or higher"),
    ("bad-id.yaml", 3, "problems[0].id", "'Slow Builds' is not a usable id"),
    ("too-few-keywords.yaml", 31, "problems[1].keywords", "needs at least 3 items"),
    ("measure-missing-unit.yaml", 25, "problems[1].measures[0].unit", "missing field"),
    ("repeated-measure.yaml", 28, "problems[1].measures[1].name",
     "listed twice (lines 25 and 28)"),
    ("empty-text.yaml", 6, "problems[0].why_next_level", "is empty"),
    ("empty-problems.yaml", 2, "problems", "is an empty list"),
    ("alias-list.yaml", 9, "problems[1].who_agrees", "anchors and aliases"),
    ("list-not-mapping.yaml", 2, "document", "expected a mapping"),
]  # fmt: skip


@pytest.mark.parametrize(
    "name, line, field, problem", BAD_FILES, ids=[row[0] for row in BAD_FILES]
)
def test_bad_catalog_file_is_refused_naming_file_line_and_field(
    name: str, line: int, field: str, problem: str
) -> None:
    error = load_error(PROBLEMS / name)

    assert (error.line, error.field) == (line, field)
    assert problem in error.problem
    assert f"{name}, line {line}: {field}: " in error.message


@pytest.mark.parametrize("name", ["value-no.yaml", "value-date.yaml"])
def test_misread_catalog_value_message_says_how_to_quote_it(name: str) -> None:
    assert "put it in quotes" in load_error(PROBLEMS / name).problem


def test_unknown_dimension_message_lists_the_known_ones() -> None:
    error = load_error(PROBLEMS / "unknown-dimension.yaml")

    assert "collaboration_influence, execution, scope_impact" in error.problem


def test_unreadable_catalog_path_is_a_catalog_error(tmp_path: Path) -> None:
    error = load_error(tmp_path / "missing.yaml")

    assert "missing.yaml" in error.message
    assert "cannot be read" in error.problem


YAMLISH = [
    "problems", "id", "title", "symptoms", "measures", "better", ": ", "- ", "\n",
    "\n  ", "\n    ", "[", "]", "{", "}", ",", "#", '"', "&a ", "*a", "NO", "3.10",
    "2026-01-05", "lower", "~", "\t", "é",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    text=st.one_of(
        st.text(),
        st.lists(st.sampled_from(YAMLISH), max_size=50).map("".join),
    )
)
def test_any_text_either_parses_or_raises_only_catalog_error(text: str) -> None:
    try:
        parse_problem_catalog(text, "fuzzed.yaml", TEST_DIMENSIONS)
    except CatalogError as error:
        assert error.message.startswith("fuzzed.yaml")
        assert error.problem.strip()


# --- the user's own files ----------------------------------------------------------


def test_users_own_problems_join_the_bundled_ones(tmp_path: Path) -> None:
    home = user_folder(tmp_path)
    shutil.copy(VALID, home / "problems" / "mine.yml")
    (home / "problems" / "notes.txt").write_text("not a catalog", encoding="utf-8")

    shelf = load_problem_catalog(home, LADDER_DIMENSIONS)

    assert shelf.broken == []
    assert shelf.get("slow-builds") is not None
    assert shelf.get("slow-ci") is not None
    assert list(shelf)[-1].id == "lost-handoffs"


def test_broken_user_file_is_listed_while_every_other_file_loads(
    tmp_path: Path,
) -> None:
    home = user_folder(tmp_path)
    shutil.copy(PROBLEMS / "value-no.yaml", home / "problems" / "a-broken.yaml")
    shutil.copy(VALID, home / "problems" / "b-good.yaml")

    shelf = load_problem_catalog(home, LADDER_DIMENSIONS)

    broken = home / "problems" / "a-broken.yaml"
    assert [b.path for b in shelf.broken] == [str(broken)]
    assert "a-broken.yaml, line 12: problems[0].keywords[2]" in shelf.broken[0].message
    assert shelf.get("slow-builds") is not None
    assert shelf.get("flaky-tests") is not None


def test_users_entry_with_a_bundled_id_replaces_the_bundled_one(
    tmp_path: Path,
) -> None:
    home = user_folder(tmp_path)
    text = VALID.read_text(encoding="utf-8").replace('"slow-builds"', '"slow-ci"')
    (home / "problems" / "ci.yaml").write_text(text, encoding="utf-8")

    shelf = load_problem_catalog(home, LADDER_DIMENSIONS)

    replaced = shelf.get("slow-ci")
    assert replaced is not None
    assert replaced.title == "Builds are slow"
    assert replaced.source == str(home / "problems" / "ci.yaml")


def test_same_id_in_two_user_files_refuses_the_second_naming_both_places(
    tmp_path: Path,
) -> None:
    home = user_folder(tmp_path)
    shutil.copy(VALID, home / "problems" / "first.yaml")
    shutil.copy(VALID, home / "problems" / "second.yaml")

    shelf = load_problem_catalog(home, LADDER_DIMENSIONS)

    assert [b.path for b in shelf.broken] == [str(home / "problems" / "second.yaml")]
    message = shelf.broken[0].message
    assert "second.yaml, line 3: problems[0].id:" in message
    assert f"{home / 'problems' / 'first.yaml'}, line 3" in message
    assert shelf.get("slow-builds") is not None


def test_missing_user_problems_folder_leaves_the_bundled_catalog(
    tmp_path: Path,
) -> None:
    shelf = load_problem_catalog(tmp_path / "nowhere")

    assert shelf.broken == []
    assert len(shelf) == len(load_problem_catalog())


# --- the guided questions ----------------------------------------------------------


def test_questionnaire_asks_about_drag_workarounds_handoffs_and_complaints() -> None:
    ids = [q.id for q in QUESTIONNAIRE]
    prompts = " ".join(q.prompt for q in QUESTIONNAIRE).casefold()

    assert len(set(ids)) == len(ids) >= 4
    for phrase in ("slows the team down", "works around", "hand-offs", "complain"):
        assert phrase in prompts
    assert all(q.prompt.endswith("?") and q.hint for q in QUESTIONNAIRE)


def test_candidate_check_asks_the_four_questions() -> None:
    assert [q.id for q in CANDIDATE_QUESTIONS] == [
        "peer_would_do_anyway",
        "choosing",
        "change_and_measure",
        "noticed_outside",
    ]


# --- normalisation -----------------------------------------------------------------


@pytest.mark.parametrize(
    "forms",
    [
        ("deploy", "deploys", "deployed", "deploying", "deployment"),
        ("flaky", "flake", "flakes", "flakiness"),
        ("drop", "drops", "dropped", "dropping"),
        ("page", "pages", "paged", "paging"),
        ("test", "tests", "testing", "tested"),
        ("query", "queries"),
        ("onboard", "onboarding", "onboarded"),
        ("slow", "slower", "slowly"),
    ],
)
def test_forms_of_one_word_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(word) for word in forms}) == 1, [stem(w) for w in forms]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The on-call rotation", ["oncall", "call", "rotation"]),
        # A noun made of a verb and "off" means neither part alone.
        ("Hand-offs drop", ["handoff", "drop"]),
        ("Someone on hand, work by hand", ["hand"]),
        ("We wait for CI every week", ["wait", "ci"]),
        ("Team's PRs, PRs and more PRs!", ["pr"]),
        ("3 times in 2026", []),
    ],
)
def test_normalised_words_drop_stop_words_and_split_compounds(
    text: str, expected: list[str]
) -> None:
    assert normalised_words(text) == [stem(w) for w in expected]


# --- ranking -----------------------------------------------------------------------

CATALOG = (
    entry("deploys", "Deploys are slow", keywords=("deploy", "release", "rollback")),
    entry("flaky", "Flaky tests", keywords=("flaky", "rerun", "test")),
    entry("oncall", "Noisy on-call", keywords=("pager", "alert", "on-call")),
    entry("ci", "Slow CI", symptoms=("Builds wait", "Tests are slow"),
          keywords=("pipeline", "build", "ci")),
)  # fmt: skip

RANKING_CASES = [
    # answers, expected ids best first, matched words of the first
    ({"weekly_drag": "We rerun flaky tests all day"}, ["flaky", "ci"],
     ("rerun", "flaky", "tests")),
    ({"complaints": "Releases get rolled back; deploying is scary"}, ["deploys"],
     ("releases", "deploying")),
    ({"weekly_drag": "The pager wakes us for alerts", "handoffs": "nothing"},
     ["oncall"], ("pager", "alerts")),
    ({"weekly_drag": "The on call week is brutal"}, ["oncall"], ("call",)),
    ({"weekly_drag": "Slow builds", "worked_around": "flaky pipeline"},
     ["ci", "flaky", "deploys"], ("slow", "builds", "pipeline")),
    ({"weekly_drag": ""}, [], ()),
    ({"weekly_drag": "the and of every week"}, [], ()),
]  # fmt: skip


@pytest.mark.parametrize("answers, expected, matched", RANKING_CASES)
def test_problems_rank_by_the_words_they_share_with_the_answers(
    answers: dict[str, str], expected: list[str], matched: tuple[str, ...]
) -> None:
    ranked = rank_problems(CATALOG, answers)

    assert [r.entry.id for r in ranked] == expected
    if expected:
        assert ranked[0].matched == matched
        assert all(word in ranked[0].reason for word in matched)


FINDER_CATALOG = (
    entry("flaky-tests", "Flaky tests that everyone reruns",
          symptoms=("A red build is retried", "Nobody trusts the tests"),
          keywords=("flaky", "tests", "rerun", "ci")),
    entry("dropped-handoffs", "Front-end and back-end hand-offs keep dropping",
          symptoms=("Tickets bounce between sides", "Work waits on the other side"),
          keywords=("hand-off", "api", "integration", "blocked")),
    entry("slow-deploys", "Deploys are slow",
          keywords=("deploy", "release", "manual")),
)  # fmt: skip

FINDER_RANKING_CASES = [
    # answers, ids best first: the problem named by the user's main words comes
    # before one that shares a single keyword with them
    ({"weekly_drag": "integration test suite reruns"},
     ["flaky-tests", "dropped-handoffs"]),
    ({"weekly_drag": "integration test suite reruns", "handoffs": "blocked"},
     ["flaky-tests", "dropped-handoffs"]),
    ({"weekly_drag": "flaky integration tests", "handoffs": "the api"},
     ["flaky-tests", "dropped-handoffs"]),
    ({"weekly_drag": "manual deploys", "worked_around": "tests blocked"},
     ["slow-deploys", "flaky-tests", "dropped-handoffs"]),
]  # fmt: skip


@pytest.mark.parametrize("answers, expected", FINDER_RANKING_CASES)
def test_a_single_shared_keyword_ranks_below_the_problem_the_answer_names(
    answers: dict[str, str], expected: list[str]
) -> None:
    ranked = rank_problems(FINDER_CATALOG, answers)

    assert [r.entry.id for r in ranked] == expected


REASON_CASES = [
    # answers, entry, reason shown for it
    ({"weekly_drag": "integration test suite reruns"}, "flaky-tests",
     "You mentioned: test, reruns"),
    ({"weekly_drag": "integration test suite reruns"}, "dropped-handoffs",
     "You mentioned: integration"),
    ({"handoffs": "front end is blocking us"}, "dropped-handoffs",
     "You mentioned: front, end · close to what you typed: "
     "blocked (you wrote blocking)"),
    ({"handoffs": "we block a lot"}, "dropped-handoffs",
     "Close to what you typed: blocked (you wrote block)"),
    ({"weekly_drag": "Hand-offs and the API"}, "dropped-handoffs",
     "You mentioned: hand-offs, API"),
    ({"weekly_drag": "deploying by hand"}, "slow-deploys",
     "Close to what you typed: deploy (you wrote deploying)"),
    ({"weekly_drag": "nothing at all"}, "slow-deploys",
     "Nothing you wrote matches this one."),
]  # fmt: skip


@pytest.mark.parametrize("answers, entry_id, reason", REASON_CASES)
def test_the_reason_names_only_words_the_user_typed(
    answers: dict[str, str], entry_id: str, reason: str
) -> None:
    ranked = rank_problems(FINDER_CATALOG, answers, include_unmatched=True)

    [found] = [r for r in ranked if r.entry.id == entry_id]
    assert found.reason == reason


SPELLING_CASES = [
    # answer, entry, reason shown for it
    ("Waiting for review on PRs", "review-bottleneck",
     "You mentioned: review, PRs · close to what you typed: wait "
     "(you wrote waiting)"),
    ("Slow CI builds", "slow-ci", "You mentioned: slow, CI, builds"),
]  # fmt: skip


@pytest.mark.parametrize("answer, entry_id, reason", SPELLING_CASES)
def test_the_reason_spells_the_words_as_the_user_typed_them(
    answer: str, entry_id: str, reason: str
) -> None:
    ranked = rank_problems(load_problem_catalog(), {"weekly_drag": answer})

    [found] = [r for r in ranked if r.entry.id == entry_id]
    assert found.reason == reason


def test_keyword_matches_outweigh_symptom_matches() -> None:
    by_keyword = entry("by-keyword", keywords=("deploy", "x1", "x2"))
    by_symptom = entry("by-symptom", symptoms=("We deploy rarely", "Slow"))

    ranked = rank_problems([by_symptom, by_keyword], {"q": "deploy"})

    assert [(r.entry.id, r.score) for r in ranked] == [
        ("by-keyword", 2),
        ("by-symptom", 1),
    ]


def test_ranking_order_does_not_depend_on_catalog_or_answer_order() -> None:
    answers = {"a": "slow deploys", "b": "slow tests"}
    reordered = {"b": "slow tests", "a": "slow deploys"}

    first = rank_problems(CATALOG, answers)
    second = rank_problems(tuple(reversed(CATALOG)), reordered)

    assert first == second


def test_unmatched_entries_can_follow_the_matched_ones() -> None:
    ranked = rank_problems(CATALOG, {"q": "pager"}, include_unmatched=True)

    assert [r.entry.id for r in ranked] == ["oncall", "ci", "deploys", "flaky"]
    assert [r.score for r in ranked] == [2, 0, 0, 0]
    assert ranked[-1].matched == ()
    assert "Nothing you wrote matches" in ranked[-1].reason


BUNDLED_RANKING_CASES = [
    ("Everyone reruns the flaky tests until the build goes green", "flaky-tests"),
    ("The pager wakes me at night for alerts nobody acts on", "noisy-on-call"),
    ("New joiners need two weeks to set up their laptop", "slow-onboarding"),
    ("The front-end waits for the API and tickets bounce back", "dropped-handoffs"),
    ("The PM keeps adding scope mid-sprint", "scope-misalignment"),
    ("Pull requests sit for days waiting for review", "review-bottleneck"),
    ("Only Sam understands billing and there are no docs",
     "undocumented-critical-system"),
    ("Nobody owns finishing the migration to the new queue", "unowned-migration"),
    ("The same outage every month; we just restart the service",
     "recurring-incidents"),
    ("Deploys happen once a week and need a checklist", "slow-deploys"),
    ("Releases get rolled back and we ship hotfixes", "risky-releases"),
    ("Our CI pipeline takes 40 minutes", "slow-ci"),
    ("Someone copies data into a spreadsheet by hand", "manual-toil"),
]  # fmt: skip


@pytest.mark.parametrize("answer, expected", BUNDLED_RANKING_CASES)
def test_bundled_catalog_ranks_the_obvious_problem_first(
    answer: str, expected: str
) -> None:
    answers = {"weekly_drag": answer, "complaints": "Nothing much"}

    ranked = rank_problems(load_problem_catalog(), answers)

    assert ranked[0].entry.id == expected
    assert all(other.score < ranked[0].score for other in ranked[1:])


# --- the up-front check of a candidate ---------------------------------------------

MEASURED = "Lead time from 2 days to 4 hours"
OUTSIDE = "Support and the mobile team"

CHECK_CASES = [
    # peer, choosing, change, outside → looks current-level, reasons (words),
    # cautions (words), unanswered
    (False, True, MEASURED, OUTSIDE, False, [], [], []),
    (True, True, MEASURED, OUTSIDE, True, ["bug you were assigned"], [], []),
    (False, False, MEASURED, OUTSIDE, True, ["assigned to you"], [], []),
    (False, True, "", OUTSIDE, True, ["how you would measure"], [], []),
    (False, True, "  not sure ", OUTSIDE, True, ["how you would measure"], [], []),
    (False, True, MEASURED, "", False, [], ["outside your team"], []),
    (False, True, MEASURED, "Nobody.", False, [], ["outside your team"], []),
    (True, False, "", "n/a", True,
     ["bug you were assigned", "assigned to you", "how you would measure"],
     ["outside your team"], []),
    (None, True, MEASURED, OUTSIDE, False, [], [], ["peer_would_do_anyway"]),
    (None, None, MEASURED, OUTSIDE, False, [], [],
     ["peer_would_do_anyway", "choosing"]),
    (True, None, MEASURED, OUTSIDE, True, ["bug you were assigned"], [],
     ["choosing"]),
]  # fmt: skip


@pytest.mark.parametrize(
    "peer, choosing, change, outside, current, reasons, cautions, unanswered",
    CHECK_CASES,
)
def test_candidate_check_says_plainly_when_work_looks_current_level(
    peer: bool | None,
    choosing: bool | None,
    change: str,
    outside: str,
    current: bool,
    reasons: list[str],
    cautions: list[str],
    unanswered: list[str],
) -> None:
    check = check_candidate(peer, choosing, change, outside)

    assert check.looks_current_level is current
    assert len(check.reasons) == len(reasons)
    for reason, words in zip(check.reasons, reasons, strict=True):
        assert words in reason
    assert len(check.cautions) == len(cautions)
    for caution, words in zip(check.cautions, cautions, strict=True):
        assert words in caution
    assert list(check.unanswered) == unanswered


@pytest.mark.parametrize(
    "peer, choosing, change, outside, verdict",
    [
        (True, True, MEASURED, OUTSIDE, "current-level work"),
        (None, True, MEASURED, OUTSIDE, "Answer every question"),
        (False, True, MEASURED, "", "strengthen it"),
        (False, True, MEASURED, OUTSIDE, "next-level work"),
    ],
)
def test_candidate_check_verdict_sums_it_up(
    peer: bool | None, choosing: bool | None, change: str, outside: str, verdict: str
) -> None:
    assert verdict in check_candidate(peer, choosing, change, outside).verdict


@pytest.mark.parametrize(
    "text, blank",
    [
        ("", True),
        ("   ", True),
        ("None", True),
        ("n/a", True),
        ("Don’t know.", True),
        ("no one", True),
        ("No idea!", True),
        ("Nobody yet, but support will", False),
        ("no more weekend pages", False),
    ],
)
def test_answers_that_say_nothing_count_as_blank(text: str, blank: bool) -> None:
    assert is_blank_answer(text) is blank
