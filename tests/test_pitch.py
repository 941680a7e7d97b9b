"""The pitch builder: drafted only from the user's records, checked, timed, kept."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.initiative import start_initiative
from careerclimb_tui.domain.pitch import (
    FlagKind,
    InitiativeFacts,
    Part,
    PitchVersion,
    build_pitch,
    check_pitch,
    count_words,
    duration_text,
    first_difference,
    latest_version,
    measure_phrase,
    numbers_on_record,
    on_record,
    short_pitch,
    speaking_time,
    version_numbers,
)
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import (
    Measure,
    Win,
    describe_amount,
    describe_measure,
    format_number,
)
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    Review,
    VerdictKind,
    answer,
    override,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import (
    INITIATIVES,
    initiative_facts,
    initiative_facts_from_json,
    pitch_versions,
    save_pitch_version,
)

TODAY = dt.date(2026, 11, 18)
MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)

NEXT_LEVEL_ANSWERS: dict[str, Any] = {
    "peer_could": "no",
    "choice": "chose",
    "change": ChangeAnswer("Failures fell from 12% to 1%", measured=True),
    "noticed": Noticed.by("platform team"),
}
CURRENT_LEVEL_ANSWERS: dict[str, Any] = {
    "peer_could": "yes",
    "choice": "assigned",
    "change": ChangeAnswer("The rota had cover", measured=False),
    "noticed": Noticed.nobody(),
}

DIAGNOSE = Win(
    id=1,
    title="Wrote the on-call diagnosis runbook",
    date=dt.date(2026, 11, 2),
    what_changed="On-call engineers diagnose payment incidents without paging me",
    measure=Measure(before=30, after=3, unit="minutes", label="time to diagnose"),
    beneficiaries="the on-call rotation",
    noticed_by="support team; SRE",
)
CI = Win(
    id=2,
    title="Cut CI time for the web app",
    date=dt.date(2026, 8, 20),
    what_changed="Engineers get feedback before they switch context",
    measure=Measure(before=24, after=9, unit="minutes", label="CI duration"),
)
REVIEWS = Win(id=3, title="Reviewed 200 PRs this quarter", date=dt.date(2026, 10, 1))
OLD = Win(
    id=4,
    title="Halved the build time",
    date=dt.date(2024, 3, 1),
    measure=Measure(change_pct=-50, label="build time"),
)


def reviewed(wins: Iterable[Win], answers: dict[int, dict[str, Any]]) -> list[Review]:
    """One review per quarter, answering the given wins as given."""
    every = list(wins)
    reviews = []
    for quarter in sorted({quarter_of(w.date) for w in every}):
        review = start_review(quarter, every, MOMENT)
        for win_id in review.win_ids:
            if win_id in answers:
                review = answer(review, win_id, now=MOMENT, **answers[win_id])
        reviews.append(review)
    return reviews


# --- drafting ---------------------------------------------------------------------


def test_a_single_wins_story_is_told_from_its_own_fields() -> None:
    draft = build_pitch([framed(DIAGNOSE)], [], [], TODAY)

    assert [line.part for line in draft.lines] == [Part.PROBLEM, Part.DROVE]
    assert draft.lines[0].text == "The problem: time to diagnose was 30 minutes."
    story = draft.lines[1].text
    assert story.startswith("What I drove: wrote the on-call diagnosis runbook.")
    assert "Who gained: the on-call rotation." in story
    assert "Noticed outside my team: the support team and SRE." in story
    assert "The result: time to diagnose went from 30 minutes to 3 minutes." in story
    assert story.endswith("without paging me.")
    assert draft.missing == (Part.INSIGHT,)
    assert draft.win_ids == (1, 1)


def test_the_reviews_nobody_leaves_out_who_noticed_when_the_win_names_nobody() -> None:
    wins = [framed(replace(DIAGNOSE, noticed_by=""))]
    reviews = reviewed(wins, {1: {**NEXT_LEVEL_ANSWERS, "noticed": Noticed.nobody()}})
    draft = build_pitch(wins, reviews, [], TODAY)
    assert "Noticed outside" not in draft.text


def test_names_typed_on_the_win_after_the_review_said_nobody_are_told() -> None:
    wins = [framed(DIAGNOSE)]
    reviews = reviewed(wins, {1: {**NEXT_LEVEL_ANSWERS, "noticed": Noticed.nobody()}})
    draft = build_pitch(wins, reviews, [], TODAY)
    assert "Noticed outside my team: the support team and SRE." in draft.text


SEARCH = Win(
    id=5,
    title="Moved search to the new cluster",
    date=dt.date(2026, 10, 9),
    measure=Measure(before=800, after=120, unit="ms", label="query time"),
)


def test_a_next_level_win_leads_and_current_level_work_comes_last() -> None:
    wins = [framed(w) for w in (DIAGNOSE, CI, SEARCH)]
    reviews = reviewed(wins, {2: NEXT_LEVEL_ANSWERS, 1: CURRENT_LEVEL_ANSWERS})

    draft = build_pitch(wins, reviews, [], TODAY)

    assert draft.lines[0].win_id == 2, "the reviewed next-level win leads"
    supports = [line.win_id for line in draft.lines if line.part is Part.SUPPORT]
    assert supports == [5], "current-level work never backs the story up"


@pytest.mark.parametrize(
    ("win", "answers", "supports"),
    [
        # Activity alone tells a committee the case is thin: it is left out.
        (REVIEWS, None, False),
        (REVIEWS, {"peer_could": "yes", "choice": "assigned"}, False),
        # Measured, or framed as impact, it backs the story up.
        (SEARCH, None, True),
        # unless the review called it current-level work.
        (SEARCH, CURRENT_LEVEL_ANSWERS, False),
        # So does work that says what changed, on the win or in the review,
        (replace(REVIEWS, what_changed="Juniors' PRs merge a day sooner"), None, True),
        (REVIEWS, CURRENT_LEVEL_ANSWERS, False),
    ],
)
def test_only_wins_that_tell_of_a_change_support_the_story(
    win: Win, answers: dict[str, Any] | None, supports: bool
) -> None:
    wins = [framed(w) for w in (CI, win)]
    given = {2: NEXT_LEVEL_ANSWERS} | ({win.id or 0: answers} if answers else {})
    reviews = reviewed(wins, given)

    draft = build_pitch(wins, reviews, [], TODAY)

    assert draft.lines[0].win_id == 2
    assert (win.id in draft.win_ids) is supports


def test_activity_the_user_called_a_next_level_signal_supports_by_its_change() -> None:
    wins = [framed(w) for w in (CI, REVIEWS)]
    reviews = reviewed(wins, {2: NEXT_LEVEL_ANSWERS})
    assert 3 not in build_pitch(wins, reviews, [], TODAY).win_ids

    # With only its title to tell it by, the draft would read as activity.
    called = [override(reviews[-1], 3, VerdictKind.NEXT_LEVEL, "Mine", now=MOMENT)]
    assert 3 not in build_pitch(wins, [*reviews[:-1], *called], [], TODAY).win_ids

    change = ChangeAnswer("Review wait fell from 3 days to 1 day", measured=True)
    answered = reviewed(wins, {2: NEXT_LEVEL_ANSWERS, 3: {"change": change}})
    called = [override(answered[-1], 3, VerdictKind.NEXT_LEVEL, "Mine", now=MOMENT)]
    draft = build_pitch(wins, [*answered[:-1], *called], [], TODAY)
    assert 3 in draft.win_ids
    assert "Also: review wait fell from 3 days to 1 day." in draft.text
    assert "Reviewed 200 PRs" not in draft.text


def test_wins_older_than_a_year_wait_while_newer_ones_exist() -> None:
    draft = build_pitch([framed(OLD), framed(REVIEWS)], [], [], TODAY)
    assert 4 not in draft.win_ids
    only_old = build_pitch([framed(OLD)], [], [], TODAY)
    assert only_old.win_ids[0] == 4


def test_no_records_give_an_empty_draft_that_names_what_is_missing() -> None:
    draft = build_pitch([], [], [], TODAY)
    assert draft.is_empty and draft.text == ""
    assert draft.missing == (Part.PROBLEM, Part.INSIGHT, Part.DROVE, Part.RESULT)


DEPLOYS = InitiativeFacts(
    id=7,
    title="Deploys fail one time in five",
    problem="Every release needs someone watching it.",
    evidence="The migration step retried forever on a lock",
    fix="Moved migrations out of the deploy and added a lock timeout",
    measure=Measure(before=20, after=2, unit="%", label="failed deploys"),
    helped=("Ana", "Raj"),
    other_teams=("platform team", "payments team"),
    win_ids=(1,),
    has_result=True,
)


def test_an_initiative_with_a_result_becomes_the_story() -> None:
    wins = [framed(DIAGNOSE), framed(CI)]
    draft = build_pitch(wins, [], [DEPLOYS], TODAY)

    assert [line.part for line in draft.lines] == [
        Part.PROBLEM,
        Part.DROVE,
        Part.SUPPORT,
    ]
    assert draft.lines[0].text == (
        "The problem: deploys fail one time in five. Every release needs someone "
        "watching it. What I found: the migration step retried forever on a lock."
    )
    story = draft.lines[1].text
    assert story.startswith("What I drove: moved migrations out of the deploy")
    assert "I did it together with Ana and Raj." in story
    assert "Teams involved beyond mine: platform team and payments team." in story
    assert "The result: failed deploys went from 20% to 2%." in story
    assert draft.lines[1].win_id == 1, "the initiative's own win tells the change"
    assert draft.lines[2].win_id == 2, "its linked win is not repeated as support"
    assert draft.missing == ()


ALL_HANDS = "VP Eng mentioned it at the all-hands"
FLAKY = InitiativeFacts(
    id=8,
    title="Flaky tests that everyone reruns",
    fix="Quarantined the flaky tests and fixed the worst ten",
    measure=Measure(before=20, after=3, unit="%", label="flaky-test rate"),
    agreed=("All product teams", "release managers"),
    win_ids=(5,),
    has_result=True,
)
RESULT = Win(
    id=5,
    title="Cut the flaky-test rate from 20% to 3%",
    date=dt.date(2026, 11, 10),
    measure=Measure(before=20, after=3, unit="%", label="flaky-test rate"),
)
RELEASES = Win(
    id=6,
    title="Moved the release checklist into CI",
    date=dt.date(2026, 11, 1),
    what_changed="Releases take an hour instead of a day",
    noticed_by=ALL_HANDS,
)
MENTORED = Win(
    id=7,
    title="Got two new hires taking on-call shifts alone",
    date=dt.date(2026, 10, 20),
    what_changed="The rota has two more people on it",
)


@dataclass(frozen=True)
class RecognitionCase:
    wins: list[Win]
    initiatives: list[InitiativeFacts]
    told: list[str]
    """Sentences the draft must hold."""
    untold: list[str] = field(default_factory=list)
    """Words the draft must not hold."""
    answers: dict[int, dict[str, Any]] = field(default_factory=dict)


RECOGNITION_CASES = {
    "a supporting win's own field": RecognitionCase(
        [framed(CI), framed(RELEASES)],
        [],
        [f"Noticed outside my team: {ALL_HANDS}."],
    ),
    "a supporting win's review answer": RecognitionCase(
        [framed(CI), framed(MENTORED)],
        [],
        ["Noticed outside my team: the payments lead."],
        answers={7: {"noticed": Noticed.by("Payments lead")}},
    ),
    "the field and a shorter answer name one person once": RecognitionCase(
        [framed(CI), framed(RELEASES)],
        [],
        [f"Noticed outside my team: {ALL_HANDS}."],
        untold=["and VP Eng"],
        answers={6: {"noticed": Noticed.by("VP Eng")}},
    ),
    "the review said nobody noticed": RecognitionCase(
        [framed(CI), framed(replace(RELEASES, noticed_by=""))],
        [],
        [],
        untold=["Noticed outside"],
        answers={6: {"noticed": Noticed.nobody()}},
    ),
    "names typed on the win after the review said nobody": RecognitionCase(
        [framed(CI), framed(RELEASES)],
        [],
        [f"Noticed outside my team: {ALL_HANDS}."],
        answers={6: {"noticed": Noticed.nobody()}},
    ),
    "who agreed to the initiative's fix": RecognitionCase(
        [framed(RESULT)],
        [FLAKY],
        ["I got the backing of all product teams and the release managers."],
    ),
    "who noticed the initiative's own win, all of them": RecognitionCase(
        [framed(replace(RESULT, noticed_by="VP Eng, release managers"))],
        [FLAKY],
        [
            "I got the backing of all product teams and the release managers.",
            "Noticed outside my team: VP Eng and the release managers.",
        ],
    ),
    "teams beyond mine are not named twice": RecognitionCase(
        [framed(replace(CI, id=1, noticed_by="platform team"))],
        [DEPLOYS],
        ["Teams involved beyond mine: platform team and payments team."],
        untold=["Noticed outside"],
    ),
}


@pytest.mark.parametrize(
    "case", RECOGNITION_CASES.values(), ids=RECOGNITION_CASES.keys()
)
def test_the_draft_tells_who_outside_the_team_is_on_record(
    case: RecognitionCase,
) -> None:
    reviews = reviewed(case.wins, case.answers) if case.answers else []

    text = build_pitch(case.wins, reviews, case.initiatives, TODAY).text

    for sentence in case.told:
        assert sentence in text
    for words in case.untold:
        assert words not in text


def test_a_story_noticed_outside_the_team_is_not_flagged_as_unnoticed() -> None:
    wins = [framed(w) for w in (RESULT, RELEASES, MENTORED)]
    answers = {
        6: {"noticed": Noticed.by("VP Eng")},
        7: {"noticed": Noticed.by("Payments lead")},
    }
    reviews = reviewed(wins, answers)

    draft = build_pitch(wins, reviews, [FLAKY], TODAY)
    flags = check_pitch(draft.text, wins, reviews, [FLAKY])

    assert "all product teams and the release managers" in draft.text
    assert ALL_HANDS in draft.text and "payments lead" in draft.text
    assert FlagKind.NOT_NOTICED not in {flag.kind for flag in flags}


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        (
            "Checkout errors went from 20% to 5%, noticed by mobile and payments "
            "teams.",
            True,
        ),
        ("Checkout errors went from 20% to 5%, seen by the SRE team.", True),
        ("Checkout errors went from 20% to 5%, praised by Payments team.", True),
        ("Checkout errors went from 20% to 5%. Mobile teams noticed.", True),
        ("Checkout errors went from 20% to 5%. Payments team asked for it.", True),
        ("Checkout errors went from 20% to 5%. Web and iOS teams adopted it.", True),
        ("Checkout errors went from 20% to 5%, noticed by my team.", False),
        ("Checkout errors went from 20% to 5%. The whole team praised it.", False),
        ("Checkout errors went from 20% to 5%. Our team adopted it.", False),
    ],
)
def test_teams_named_as_noticing_the_work_count_as_outside_the_team(
    text: str, outside: bool
) -> None:
    flags = check_pitch(text, [], [], [])

    assert (FlagKind.NOT_NOTICED in {flag.kind for flag in flags}) is not outside


def test_a_what_changed_that_gives_the_numbers_is_the_only_result_sentence() -> None:
    win = replace(
        RESULT,
        title="Moved the test suite to quarantined reruns",
        what_changed="The flaky-test rate went from 20% to 3% in six weeks",
    )
    story = build_pitch([framed(win)], [], [], TODAY).lines[-1].text
    assert story.count("20%") == 1, story
    assert "The result: the flaky-test rate went from 20% to 3% in six weeks." in story


def test_a_supporting_win_whose_what_changed_gives_the_numbers_tells_them_once() -> (
    None
):
    pages = Win(
        id=8,
        title="Rewrote the paging rules",
        date=dt.date(2026, 11, 4),
        what_changed="Pages at night dropped from 9 to 2 a week",
        measure=Measure(before=9, after=2, unit="a week", label="pages at night"),
    )
    wins = [framed(CI), framed(pages)]
    draft = build_pitch(wins, reviewed(wins, {2: NEXT_LEVEL_ANSWERS}), [], TODAY)

    support = [line.text for line in draft.lines if line.win_id == 8]
    assert support == ["Also: rewrote the paging rules. " + pages.what_changed + "."]


def test_a_what_changed_that_repeats_the_title_is_not_said_again() -> None:
    win = replace(RESULT, what_changed="Cut the flaky-test rate from 20% to 3%.")
    story = build_pitch([framed(win)], [], [], TODAY).lines[-1].text
    assert story == "What I drove: cut the flaky-test rate from 20% to 3%."


def test_a_title_that_gives_its_numbers_is_not_followed_by_them_again() -> None:
    draft = build_pitch([framed(RESULT)], [], [], TODAY)

    story = draft.lines[-1].text
    assert story == "What I drove: cut the flaky-test rate from 20% to 3%."
    assert Part.RESULT not in draft.missing


@pytest.mark.parametrize(
    "facts",
    [
        InitiativeFacts(title="Flaky tests", has_result=False),
        InitiativeFacts(title=" ", has_result=True),
    ],
    ids=["not yet measured", "no title"],
)
def test_an_initiative_without_a_result_is_left_for_later(
    facts: InitiativeFacts,
) -> None:
    draft = build_pitch([framed(DIAGNOSE)], [], [facts], TODAY)
    assert all(line.initiative_id is None for line in draft.lines)


@pytest.mark.parametrize(
    ("measure", "spoken"),
    [
        (
            Measure(before=24, after=9, unit="minutes", label="CI duration"),
            "CI duration went from 24 minutes to 9 minutes",
        ),
        (Measure(before=12, after=1, unit="%", label="flaky runs"), None),
        (Measure(change_pct=-40, label="deploy failures"), "deploy failures down 40%"),
        (Measure(change_pct=25, label="sign-ups"), "sign-ups up 25%"),
        (Measure(before=3, after=1.5, unit="h"), "it went from 3 h to 1.5 h"),
        (Measure(change_pct=-40), "−40%"),
    ],
)
def test_a_measure_is_said_with_its_own_label_and_numbers(
    measure: Measure, spoken: str | None
) -> None:
    expected = spoken or "flaky runs went from 12% to 1%"
    assert measure_phrase(measure) == expected


# --- nothing invented -------------------------------------------------------------

_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def numbers_of_records(
    wins: Iterable[Win], initiatives: Iterable[InitiativeFacts]
) -> set[str]:
    """Every number written in the records, as text and as a measure shows it."""
    found: set[str] = set()
    for win in wins:
        text = f"{win.title} {win.what_changed} {win.beneficiaries} {win.noticed_by}"
        found.update(_NUMBER.findall(text))
        if win.measure is not None:
            for value in (
                win.measure.before,
                win.measure.after,
                win.measure.change_pct,
            ):
                if value is not None:
                    found.add(format_number(abs(value)))
                    found.update(
                        _NUMBER.findall(describe_amount(abs(value), win.measure.unit))
                    )
            found.update(_NUMBER.findall(f"{win.measure.label} {win.measure.unit}"))
            # Large counts are written short ("12.5k"), as the records show them.
            found.update(_NUMBER.findall(describe_measure(win.measure)))
    for facts in initiatives:
        text = " ".join(
            (
                facts.title,
                facts.problem,
                facts.evidence,
                facts.fix,
                *facts.helped,
                *facts.agreed,
            )
        )
        found.update(_NUMBER.findall(" ".join((text, *facts.other_teams))))
        if facts.measure is not None:
            for value in (facts.measure.before, facts.measure.after):
                if value is not None:
                    found.add(format_number(value))
            found.update(_NUMBER.findall(facts.measure.label))
            found.update(_NUMBER.findall(describe_measure(facts.measure)))
    return found


def test_every_number_in_the_example_drafts_comes_from_the_records() -> None:
    wins = [framed(w) for w in (DIAGNOSE, CI, REVIEWS, OLD)]
    for initiatives in ([], [DEPLOYS]):
        draft = build_pitch(wins, [], initiatives, TODAY)
        short = short_pitch(draft)
        allowed = numbers_of_records(wins, initiatives)
        assert set(_NUMBER.findall(draft.text)) <= allowed
        assert set(_NUMBER.findall(short.text)) <= allowed


_WORDS = st.sampled_from(
    ["cut", "deploy", "time", "for", "the", "payments", "team", "led", "fixed", "3"]
)
_TEXT = st.lists(_WORDS, max_size=8).map(" ".join)
_VALUE = st.one_of(
    st.none(),
    st.integers(min_value=0, max_value=100_000).map(float),
    st.integers(min_value=1, max_value=9999).map(lambda n: n / 10),
)


@st.composite
def wins_strategy(draw: st.DrawFn) -> list[Win]:
    count = draw(st.integers(min_value=1, max_value=5))
    wins = []
    for win_id in range(1, count + 1):
        measure = draw(
            st.one_of(
                st.none(),
                st.builds(
                    Measure,
                    before=_VALUE,
                    after=_VALUE,
                    unit=st.sampled_from(["", "minutes", "%", "ms"]),
                    label=_TEXT,
                    change_pct=_VALUE,
                ),
            )
        )
        wins.append(
            Win(
                id=win_id,
                title=draw(_TEXT) or "Shipped it",
                date=TODAY - dt.timedelta(days=draw(st.integers(0, 900))),
                what_changed=draw(_TEXT),
                measure=measure,
                beneficiaries=draw(_TEXT),
                noticed_by=draw(_TEXT),
            )
        )
    return wins


@settings(max_examples=80, deadline=None)
@given(wins=wins_strategy())
def test_no_number_in_any_draft_is_invented(wins: list[Win]) -> None:
    draft = build_pitch(wins, [], [], TODAY)
    assert set(_NUMBER.findall(draft.text)) <= numbers_of_records(wins, [])


# --- the committee's reading ------------------------------------------------------


@dataclass(frozen=True)
class CheckCase:
    text: str
    expected: set[FlagKind]
    wins: list[Win] = field(default_factory=list)
    answers: dict[int, dict[str, Any]] = field(default_factory=dict)
    initiatives: list[InitiativeFacts] = field(default_factory=list)


NOTICED = " Noticed by the platform team."
CI_STORY = "Cut CI time for the web app: CI duration went from 24 to 9 minutes."
FLAKY_STORY = (
    "The problem: Flaky tests that everyone reruns. The result: the flaky-test "
    "rate went from 20% to 3%."
)
CHECK_CASES = {
    "activity phrasing": CheckCase(
        "Reviewed 200 PRs this quarter." + NOTICED, {FlagKind.ACTIVITY}
    ),
    "an activity verb in a sentence that measures its change": CheckCase(
        "Mentored two new engineers; pages they answered alone went from 0 to 12."
        + NOTICED,
        set(),
    ),
    "a claim without a measure": CheckCase(
        "Deploys got much faster." + NOTICED, {FlagKind.UNMEASURED}
    ),
    "a measured claim in the same paragraph": CheckCase(
        "Deploys got much faster. Deploy time went from 40 to 12 minutes." + NOTICED,
        set(),
    ),
    "a problem put as a goal is not a claim of change": CheckCase(
        "The problem: Cut the deploy wait for every team. Releases queue for a "
        "day.\n\nWhat I drove: a merge queue. The result: deploy time went from "
        "40 to 12 minutes." + NOTICED,
        set(),
    ),
    "a claim after the problem's part still needs a measure": CheckCase(
        "The problem: Releases queue for a day. The result: deploys got much "
        "faster." + NOTICED,
        {FlagKind.UNMEASURED},
    ),
    "a finding that tells what happened to things is not activity": CheckCase(
        "The problem: The pager goes off for alerts that need no action. What I "
        "found: Of 140 pages in March, 128 closed with no action. Tickets get "
        "reopened and reviewed twice." + NOTICED,
        set(),
    ),
    "the user's own work told as the finding is activity": CheckCase(
        "The problem: On-call is noisy. What I found: I closed 128 pages with "
        "no action." + NOTICED,
        {FlagKind.ACTIVITY},
    ),
    "work opening the finding is the user's activity": CheckCase(
        "What I found: Reviewed 200 PRs this quarter." + NOTICED,
        {FlagKind.ACTIVITY},
    ),
    "a measure in another paragraph does not count": CheckCase(
        "Deploys got much faster.\n\nDeploy time went from 40 to 12 minutes." + NOTICED,
        {FlagKind.UNMEASURED},
    ),
    "work a peer at your level could have done": CheckCase(
        "Cut CI time for the web app: CI duration went from 24 to 9 minutes." + NOTICED,
        {FlagKind.PEER_COULD},
        wins=[framed(CI)],
        answers={2: CURRENT_LEVEL_ANSWERS},
    ),
    "the same win judged next-level by the review": CheckCase(
        "Cut CI time for the web app: CI duration went from 24 to 9 minutes." + NOTICED,
        set(),
        wins=[framed(CI)],
        answers={2: NEXT_LEVEL_ANSWERS},
    ),
    "nothing noticed outside the team": CheckCase(
        "Cut CI time for the web app: CI duration went from 24 to 9 minutes.",
        {FlagKind.NOT_NOTICED},
        wins=[framed(CI)],
    ),
    "noticed by someone the win names": CheckCase(
        "Wrote the on-call diagnosis runbook: time to diagnose went from 30 to 3 "
        "minutes. SRE now links it from every alert.",
        set(),
        wins=[framed(DIAGNOSE)],
    ),
    "noticed by someone named only in the review": CheckCase(
        CI_STORY,
        set(),
        wins=[framed(CI)],
        answers={2: {"noticed": Noticed.by("Payments lead")}},
    ),
    "the review says nobody outside noticed": CheckCase(
        CI_STORY,
        {FlagKind.NOT_NOTICED},
        wins=[framed(CI)],
        answers={2: {"noticed": Noticed.nobody()}},
    ),
    "names typed on the win after the review said nobody": CheckCase(
        CI_STORY,
        set(),
        wins=[framed(replace(CI, noticed_by="SRE"))],
        answers={2: {"noticed": Noticed.nobody()}},
    ),
    "people outside agreed to the initiative's fix": CheckCase(
        FLAKY_STORY, set(), wins=[framed(RESULT)], initiatives=[FLAKY]
    ),
    "the initiative's own win was noticed, untold by title": CheckCase(
        FLAKY_STORY,
        set(),
        wins=[framed(replace(RESULT, noticed_by=ALL_HANDS))],
        initiatives=[replace(FLAKY, agreed=())],
    ),
    "an initiative with nobody outside on record": CheckCase(
        FLAKY_STORY,
        {FlagKind.NOT_NOTICED},
        wins=[framed(RESULT)],
        initiatives=[replace(FLAKY, agreed=())],
    ),
    "all product teams in the story's words": CheckCase(
        "The flaky-test rate went from 20% to 3% for all product teams.", set()
    ),
    "work across teams counts as noticed": CheckCase(
        "Drove the fix across three teams; failures dropped from 9 to 1 a week.",
        set(),
    ),
    "longer than five minutes": CheckCase(
        " ".join(["Failures dropped from 9 to 1 a week across three teams."] * 80),
        {FlagKind.TOO_LONG},
    ),
}


@pytest.mark.parametrize("case", CHECK_CASES.values(), ids=CHECK_CASES.keys())
def test_the_check_flags_what_a_committee_would_question(case: CheckCase) -> None:
    reviews = reviewed(case.wins, case.answers) if case.answers else []
    flags = check_pitch(case.text, case.wins, reviews, case.initiatives)
    assert {flag.kind for flag in flags} == case.expected


def test_a_flag_quotes_the_words_it_is_about() -> None:
    [flag] = check_pitch("Reviewed 200 PRs this quarter across three teams.", [], [])
    assert flag.kind is FlagKind.ACTIVITY
    assert "Reviewed 200 PRs" in flag.message
    assert flag.excerpt.startswith("Reviewed 200 PRs")


def test_an_empty_pitch_has_nothing_to_flag() -> None:
    assert check_pitch("  \n ", [framed(CI)], []) == ()


def test_the_example_draft_gives_the_check_nothing_to_question() -> None:
    wins = [framed(w) for w in (DIAGNOSE, CI, REVIEWS)]
    draft = build_pitch(wins, [], [], TODAY)
    assert check_pitch(draft.text, wins, []) == ()


NOISY_PAGER = InitiativeFacts(
    id=9,
    title="On-call is noisy and exhausting",
    problem="The pager goes off for alerts that need no action.",
    evidence="Of 140 pages in March, 128 closed with no action",
    fix="Delete or re-route the alerts that never need action",
    measure=Measure(before=35, after=12, unit="pages/week", label="pages a week"),
    agreed=("Dana (engineering manager)",),
    other_teams=("SRE team",),
    has_result=True,
    driven=True,
)


def test_a_draft_from_a_proposal_gives_the_check_nothing_to_question() -> None:
    draft = build_pitch([], [], [NOISY_PAGER], TODAY)
    assert "128 closed with no action" in draft.text

    flags = check_pitch(draft.text, [], [], [NOISY_PAGER], drafted=draft.lines)

    assert flags == ()


def test_the_sample_careers_draft_gives_the_check_nothing_to_question(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.demo import seed_full_demo

    seed_full_demo(store, clock.today())
    wins, reviews = store.wins(), store.reviews()
    initiatives = initiative_facts(store)
    draft = build_pitch(wins, reviews, initiatives, clock.today())

    flags = check_pitch(draft.text, wins, reviews, initiatives, drafted=draft.lines)

    assert draft.lines and flags == ()


# --- timing -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("The result: failures down 40%.", 5),
        ("— → · 30", 1),
        ("co-led the on-call re-design", 4),
    ],
)
def test_words_are_counted_as_a_listener_hears_them(text: str, words: int) -> None:
    assert count_words(text) == words


@pytest.mark.parametrize(
    ("words", "seconds", "over_slot"),
    [
        (0, 0, False),
        (1, 5, False),
        (110, 45, False),
        (140, 60, False),
        (700, 300, False),
        (702, 300, False),
        (712, 305, True),
    ],
)
def test_the_pitch_is_timed_at_140_words_a_minute(
    words: int, seconds: int, over_slot: bool
) -> None:
    timing = speaking_time(" ".join(["word"] * words))
    assert (timing.words, timing.seconds, timing.over_slot) == (
        words,
        seconds,
        over_slot,
    )
    assert "140 words a minute" in timing.describe()


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "0 s"), (2, "5 s"), (44, "45 s"), (60, "1 min"), (128, "2 min 10 s")],
)
def test_durations_are_shown_to_the_nearest_five_seconds(
    seconds: int, shown: str
) -> None:
    assert duration_text(seconds) == shown


def test_the_short_version_keeps_the_main_story_within_a_minute() -> None:
    wins = [framed(w) for w in (DIAGNOSE, CI, REVIEWS)]
    draft = build_pitch(wins, [], [DEPLOYS], TODAY)
    short = short_pitch(draft)

    assert Part.SUPPORT not in {line.part for line in short.lines}
    assert short.lines[0].part in (Part.PROBLEM, Part.DROVE)
    assert any(line.part is Part.DROVE for line in short.lines)
    assert speaking_time(short.text).seconds <= 60


def test_the_short_version_keeps_one_paragraph_even_when_it_runs_long() -> None:
    long_win = Win(id=9, title="Led it " * 200, date=TODAY)
    short = short_pitch(build_pitch([long_win], [], [], TODAY))
    assert len(short.lines) == 1 and short.lines[0].part is Part.DROVE


# --- versions ---------------------------------------------------------------------


def test_versions_are_numbered_in_the_order_they_were_saved() -> None:
    versions = [PitchVersion("b", id=7), PitchVersion("a", id=3), PitchVersion("c")]
    assert version_numbers(versions) == {3: 1, 7: 2}
    latest = latest_version(versions)
    assert latest is not None and latest.text == "b"
    assert latest_version([]) is None


def test_each_save_keeps_a_new_version_with_its_time(
    store: Store, clock: FixedClock
) -> None:
    first = save_pitch_version(store, "First take")
    clock.advance(minutes=5)
    second = save_pitch_version(store, "Second take")

    kept = pitch_versions(Store(store.path, clock=clock))
    assert [v.text for v in kept] == ["First take", "Second take"]
    assert first.created_at is not None
    assert kept[0].created_at == first.created_at
    assert second.created_at == first.created_at + dt.timedelta(minutes=5)


# --- initiatives, read defensively ------------------------------------------------

INITIATIVE_DOC: dict[str, Any] = {
    "title": "Deploys fail one time in five",
    "stage": "done",
    "description": "Every release needs someone watching it.",
    "evidence": "The migration step retried forever",
    "proposed_fix": "Lock timeout",
    "metric": "failed deploys",
    "baseline": {"value": 20, "unit": "%", "date": "2026-06-01"},
    "readings": [
        {"value": 9, "unit": "%", "date": "2026-08-01"},
        {"value": 2, "unit": "%", "date": "2026-10-01"},
    ],
    "stakeholders": {
        "helped": ["Ana"],
        "agreed": ["release managers"],
        "other_teams": ["platform team"],
    },
    "win_ids": [1, 2],
    "future_field": {"kept": True},
}


def test_an_initiative_document_gives_the_facts_the_pitch_uses() -> None:
    facts = initiative_facts_from_json(INITIATIVE_DOC, 4)
    assert facts is not None
    assert facts.measure == Measure(
        before=20, after=2, unit="%", label="failed deploys"
    )
    assert (facts.helped, facts.agreed, facts.other_teams, facts.win_ids) == (
        ("Ana",),
        ("release managers",),
        ("platform team",),
        (1, 2),
    )
    assert facts.has_result and facts.id == 4


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"stage": "dropped"}, None),
        ({"title": ""}, None),
        ({"title": 12}, None),
        ({"stakeholders": "Ana"}, ((), ())),
        (
            {"stakeholders": {"helped": "Ana", "other_teams": [1, "SRE"]}},
            ((), ("SRE",)),
        ),
        ({"baseline": "twenty"}, "no measure"),
        ({"readings": [{"value": "2"}]}, "no measure"),
        ({"win_ids": "1,2", "stage": 3}, "no ids"),
    ],
)
def test_an_odd_initiative_document_never_stops_the_pitch(
    changes: dict[str, Any], expected: object
) -> None:
    facts = initiative_facts_from_json({**INITIATIVE_DOC, **changes}, 4)
    if expected is None:
        assert facts is None
        return
    assert facts is not None
    if expected == "no measure":
        assert facts.measure is None
    elif expected == "no ids":
        assert facts.win_ids == () and not facts.has_result
    else:
        assert (facts.helped, facts.other_teams) == expected


def test_initiatives_are_read_from_their_table_skipping_what_cannot_be_used(
    store: Store,
) -> None:
    with store.transaction() as db:
        table = db.table(INITIATIVES)
        table.insert(INITIATIVE_DOC)
        table.insert({"title": "Dropped one", "stage": "dropped"})
    [facts] = initiative_facts(store)
    assert facts.title == "Deploys fail one time in five"
    assert not store.problems


@pytest.mark.parametrize(
    ("text", "earlier", "shown"),
    [
        ("Cut deploys to an hour.", None, "Cut deploys to an hour."),
        (
            "The problem: releases fail. I drove canaries across teams.",
            "The problem: releases fail. I drove flags.",
            "…I drove canaries across teams.",
        ),
        ("New opening. Same end.", "Old opening. Same end.", "New opening. Same end."),
        ("Same words.", "Same words.", ""),
        ("Same words.", "Same words. And more.", "Same words. (and the rest cut)"),
    ],
    ids=["first version", "a changed middle", "a changed start", "unchanged", "cut"],
)
def test_a_version_is_told_apart_by_where_it_departs_from_the_one_before(
    text: str, earlier: str | None, shown: str
) -> None:
    assert first_difference(text, earlier) == shown


PEER_COULD_BUT_STRONG: dict[str, Any] = {
    "peer_could": "yes",
    "choice": "chose",
    "change": ChangeAnswer("Failures fell from 12% to 1%", measured=True),
    "noticed": Noticed.by("platform team"),
}


@pytest.mark.parametrize(
    ("answers", "called", "flagged"),
    [
        (CURRENT_LEVEL_ANSWERS, None, True),
        (CURRENT_LEVEL_ANSWERS, VerdictKind.CURRENT_LEVEL, True),
        (CURRENT_LEVEL_ANSWERS, VerdictKind.UNCLEAR, False),
        (CURRENT_LEVEL_ANSWERS, VerdictKind.NEXT_LEVEL, False),
        # A peer could have, but the test itself leaves it unclear.
        (PEER_COULD_BUT_STRONG, None, False),
        (PEER_COULD_BUT_STRONG, VerdictKind.CURRENT_LEVEL, True),
        # Only the first question answered: nothing is settled yet.
        ({"peer_could": "yes"}, None, False),
        (NEXT_LEVEL_ANSWERS, None, False),
    ],
)
def test_a_win_is_flagged_as_peer_work_only_when_its_verdict_is_current_level(
    answers: dict[str, Any], called: VerdictKind | None, flagged: bool
) -> None:
    wins = [framed(CI)]
    [review] = reviewed(wins, {2: answers})
    if called is not None:
        review = override(review, 2, called, "My call", now=MOMENT)
    text = "Cut CI time for the web app: CI duration went from 24 to 9 minutes."

    kinds = {flag.kind for flag in check_pitch(text, wins, [review])}

    assert (FlagKind.PEER_COULD in kinds) is flagged


# --- numbers that no record holds -------------------------------------------------

LATENCY = Win(
    id=11,
    title="Cut p95 checkout latency",
    date=dt.date(2026, 8, 10),
    what_changed="Checkout no longer times out at peak; support saved 1200 hours",
    measure=Measure(before=900, after=400, unit="ms", label="p95 latency"),
    noticed_by="payments team",
)
RETRIES = Win(
    id=12,
    title="Shared retry library, adopted by four teams",
    date=dt.date(2026, 11, 2),
    what_changed="Onboarding engineers are productive in week 2 instead of week 6",
)
GATES = InitiativeFacts(
    id=3,
    title="Releases wait on manual gates",
    fix="Automated the release gates",
    measure=Measure(before=20, after=6, unit="%", label="blocked releases"),
    helped=("Ana", "Raj"),
    other_teams=("platform team", "payments team", "SRE"),
    has_result=True,
)
ON_FILE = [framed(LATENCY), framed(RETRIES)]


@pytest.mark.parametrize(
    ("text", "unrecorded"),
    [
        ("Cut p95 latency from 900 ms to 300 ms.", ["300 ms"]),
        ("Cut p95 latency from 950 ms to 300 ms.", ["950 ms", "300 ms"]),
        ("Latency fell 80% for every checkout.", ["80%"]),
        ("Checkout is 5x faster.", ["5x"]),
        ("It now serves 2,500 requests a second.", ["2,500"]),
        ("Saved $40k a year in compute.", ["$40k"]),
        ("The retry library was adopted by 7 teams.", ["7"]),
        ("New hires are productive in week 5 instead of week 6.", ["5"]),
        ("Support saved 1,500 hours.", ["1,500 hours"]),
        ("Blocked releases fell from 20% to 8%.", ["8%"]),
        ("Latency fell to 0.3 s.", ["0.3 s"]),
        ("What I drove: Cut 250 builds a day.", ["250"]),
        # Only a bare 4-digit number in year context is a year.
        ("We now serve 2,000 customers.", ["2,000"]),
        ("Signups grew from 1,200 to 1,900.", ["1,900"]),
        ("It handles 2050 requests per second.", ["2050"]),
    ],
)
def test_a_number_in_no_record_is_named(text: str, unrecorded: list[str]) -> None:
    flags = check_pitch(text, ON_FILE, [], [GATES])

    [flag] = [flag for flag in flags if flag.kind is FlagKind.UNRECORDED]
    assert flag.excerpt == text
    for number in unrecorded:
        assert number in flag.message
    assert ("are in none" in flag.message) is (len(unrecorded) > 1)


def test_the_note_names_the_number_and_what_to_do() -> None:
    [flag] = [
        flag
        for flag in check_pitch("Cut p95 latency from 900 ms to 300 ms.", ON_FILE, [])
        if flag.kind is FlagKind.UNRECORDED
    ]
    assert flag.message == (
        "300 ms is in none of your records: check it, or log the win it comes from."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Cut p95 latency from 900 ms to 400 ms.",
        "Cut p95 latency from 900ms to 400ms.",
        "Cut p95 latency 900 → 400 ms.",
        "Cut p95 latency from 0.9 s to 0.4 s.",
        "Latency is down 55%, or 56% rounded.",
        "Latency is down 55.6 %.",
        "Checkout is 2x faster, 2.25× to be exact.",
        "Checkout is 500 ms faster.",
        "Support saved 1,200 hours, or 1.2k hours.",
        "Support saved 1200 hours.",
        "The retry library was adopted by 4 teams.",
        "New hires are productive in week 2 instead of week 6.",
        "Blocked releases fell from 20% to 6%, down 70%.",
        "Drove it with 2 engineers across 3 teams.",
        "Two wins, over 4 months.",
        # Not claims: years, dates, times, levels, quarters, names and ordinals.
        "In 2026, before Q3, I made the case for L5, that is level 5.",
        "On 3 March, on 2026-03-01, at 9am and at 10:30, for the 2nd time.",
        "Ran it 24/7 through sprint 14, by week 9, on Postgres 15.",
        "Upgraded iOS 17 support; Kafka 3 came along.",
        "Both of my 2 wins this year landed in 2026Q4.",
        "Here is the 60-second version; deploys took 2-3 days.",
        "Zero rollbacks, 1 incident and 0 pages.",
    ],
)
def test_a_number_the_records_hold_in_any_form_is_not_flagged(text: str) -> None:
    flags = check_pitch(text, ON_FILE, [], [GATES])

    assert FlagKind.UNRECORDED not in {flag.kind for flag in flags}, flags


ROLLBACKS = Win(
    id=13,
    title="Fewer bad rollbacks",
    date=dt.date(2026, 9, 1),
    what_changed="9 of 14 rollbacks were config errors; CI time is down 62.5%",
    measure=Measure(before=20, after=12, unit="%", label="deploy failures"),
)


@pytest.mark.parametrize(
    "text",
    [
        "CI is about 60% faster.",
        "CI is around 60% faster, 62.5% to be exact.",
        "We moved the service from Python 3.8 to 3.12.",
        "Config errors caused 64% of rollbacks.",
        "Deploy failures went from 0.2 to 0.12.",
        "In 2026, we shipped it; since 2025 it grew.",
    ],
)
def test_a_number_said_another_way_than_recorded_is_not_flagged(text: str) -> None:
    flags = check_pitch(text, [framed(ROLLBACKS)], [])

    assert FlagKind.UNRECORDED not in {flag.kind for flag in flags}, flags


@pytest.mark.parametrize(
    ("text", "unrecorded"),
    [
        ("CI is about 80% faster.", "80%"),
        ("CI is 60% faster.", "60%"),
        ("Deploy failures went from 0.3 to 0.12.", "0.3"),
    ],
)
def test_a_hedge_allows_rounding_but_not_any_number(text: str, unrecorded: str) -> None:
    flags = check_pitch(text, [framed(ROLLBACKS)], [])

    [flag] = [flag for flag in flags if flag.kind is FlagKind.UNRECORDED]
    assert unrecorded in flag.message


def test_a_spaced_amount_after_a_currency_sign_is_one_number() -> None:
    win = Win(
        id=14,
        title="Cut the build bill",
        date=dt.date(2026, 9, 1),
        what_changed="Compute now costs $12,500 less a year",
    )

    flags = check_pitch("It saved $12 500 a year.", [framed(win)], [])
    wrong = check_pitch("It saved $13 500 a year.", [framed(win)], [])

    assert FlagKind.UNRECORDED not in {flag.kind for flag in flags}, flags
    [flag] = [flag for flag in wrong if flag.kind is FlagKind.UNRECORDED]
    assert "$13 500" in flag.message


def test_with_nothing_logged_there_is_nothing_to_compare_numbers_with() -> None:
    flags = check_pitch("Cut p95 latency from 900 ms to 300 ms.", [], [])

    assert FlagKind.UNRECORDED not in {flag.kind for flag in flags}


def test_a_reviews_confirmed_change_backs_its_numbers() -> None:
    wins = [framed(CI)]
    text = "CI failures fell from 12% to 1%."

    unreviewed = check_pitch(text, wins, [])
    reviews = reviewed(wins, {2: NEXT_LEVEL_ANSWERS})

    assert FlagKind.UNRECORDED in {flag.kind for flag in unreviewed}
    assert FlagKind.UNRECORDED not in {f.kind for f in check_pitch(text, wins, reviews)}


def test_criteria_and_every_initiative_reading_are_on_record() -> None:
    from careerclimb_tui.domain.criteria import Criterion
    from careerclimb_tui.domain.initiative import Reading, Stakeholders

    initiative = start_initiative("Releases wait on manual gates", MOMENT)
    initiative = replace(
        initiative,
        baseline=Reading(20, "%", dt.date(2026, 6, 1)),
        readings=(
            Reading(12, "%", dt.date(2026, 8, 1)),
            Reading(6, "%", dt.date(2026, 10, 1)),
        ),
        stakeholders=Stakeholders(other_teams=("SRE", "data", "web", "mobile")),
    )
    bar = Criterion(text="Lead work that spans 2 orgs", example="like the 9 squads")
    text = (
        "Blocked releases fell from 20% to 12% in two months. It spanned 2 orgs "
        "and 9 squads, 4 teams in all."
    )

    alone = numbers_on_record(ON_FILE, [])
    recorded = numbers_on_record(ON_FILE, [], also=on_record([bar], [initiative]))

    flagged = check_pitch(text, ON_FILE, [], recorded=alone)
    assert FlagKind.UNRECORDED in {flag.kind for flag in flagged}
    assert FlagKind.UNRECORDED not in {
        flag.kind for flag in check_pitch(text, ON_FILE, [], recorded=recorded)
    }
    assert {12.0, 40.0, 50.0, 70.0} <= recorded.values, "every pair of readings"


@pytest.mark.parametrize(
    ("dates", "months"),
    [
        ([dt.date(2026, 8, 10), dt.date(2026, 11, 2)], {3.0, 4.0}),
        ([dt.date(2026, 1, 31), dt.date(2026, 2, 1)], {1.0, 2.0}),
        ([dt.date(2026, 1, 5)], set()),
    ],
)
def test_the_months_the_wins_span_are_numbers_a_pitch_may_count(
    dates: list[dt.date], months: set[float]
) -> None:
    wins = [Win(id=n, title="Shipped it", date=d) for n, d in enumerate(dates, 1)]

    values = numbers_on_record(wins, []).values

    assert months <= values


@settings(max_examples=60, deadline=None)
@given(wins=wins_strategy())
def test_no_number_in_a_draft_is_flagged_as_unrecorded(wins: list[Win]) -> None:
    draft = build_pitch(wins, [], [], TODAY)

    flags = check_pitch(draft.text, wins, [])

    assert FlagKind.UNRECORDED not in {flag.kind for flag in flags}, draft.text


async def test_the_pitch_screen_names_a_number_that_is_in_no_win(
    store: Store, clock: FixedClock
) -> None:
    from textual.widgets import Static, TextArea

    from careerclimb_tui.demo import DEMO_PROFILE
    from careerclimb_tui.screens.pitch import PitchScreen
    from tests.helpers import make_app, type_text

    store.save_profile(DEMO_PROFILE)
    store.add_win(framed(LATENCY))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PitchScreen)
        flags = screen.query_one("#pitch-flags", Static)
        assert "none of your records" not in str(flags.render())

        area = screen.query_one("#pitch-text", TextArea)
        area.load_text("I cut p95 latency from 900 ms to 300 ms")
        await type_text(pilot, ".")

        shown = " ".join(str(flags.render()).split())
        assert "300 ms is in none of your records" in shown
        assert "900 ms is" not in shown


# --- a number said with a unit matches only numbers recorded as that kind --------

FAILED_DEPLOYS = Win(
    id=21,
    title="Found why deploys fail",
    date=dt.date(2026, 9, 1),
    what_changed="Deploy failures dropped 40% in a month; 4 teams adopted the fix",
    measure=Measure(before=20, after=12, unit="%", label="failed deploys"),
)
RELEASE_TOIL = Win(
    id=22,
    title="Automated the release checklist for 10 engineers",
    date=dt.date(2026, 10, 1),
    what_changed="Saves the team 5 days a month; the vendor bill fell by $2 million",
)
KINDS_ON_FILE = [framed(FAILED_DEPLOYS), framed(RELEASE_TOIL)]


@pytest.mark.parametrize(
    ("text", "unrecorded"),
    [
        # 4 is on record as a count of teams, not as a percentage.
        ("Deploy failures dropped 4%.", ["4%"]),
        # 10 is on record as a count of engineers; the record says 12%.
        ("Failed deploys went from 20% to 10%.", ["10%"]),
        ("Failed deploys went from 20 percent to 10 percent.", ["10 percent"]),
        # 5 days of work is 40 hours, not 20 and not 120.
        ("It saves the team 20 hours a month.", ["20 hours"]),
        ("It saves the team 120 hours a month.", ["120 hours"]),
        ("Onboarding now takes 10 minutes.", ["10 minutes"]),
        ("The bill fell by $10k.", ["$10k"]),
        ("This saved the company 3 million dollars a year.", ["3 million dollars"]),
        ("It saved 1.5 billion dollars.", ["1.5 billion dollars"]),
    ],
)
def test_a_number_with_a_unit_is_matched_only_against_its_own_kind(
    text: str, unrecorded: list[str]
) -> None:
    flags = check_pitch(text, KINDS_ON_FILE, [])

    [flag] = [flag for flag in flags if flag.kind is FlagKind.UNRECORDED]
    for number in unrecorded:
        assert number in flag.message


@pytest.mark.parametrize(
    "text",
    [
        "Deploy failures dropped 40%.",
        "Failed deploys went from 20% to 12%.",
        "Failed deploys went from 0.2 to 0.12, down 8 points.",
        "It saves the team 40 hours a month, 5 days of work.",
        "It saves the team about a week of work a month.",
        "It reached 10 engineers and 4 teams.",
        "The bill fell by $2 million.",
        "The bill fell by 2 million dollars.",
        "The bill fell by $2m, or $2,000,000.",
    ],
)
def test_a_number_recorded_as_its_kind_is_not_flagged(text: str) -> None:
    flags = check_pitch(text, KINDS_ON_FILE, [])

    assert FlagKind.UNRECORDED not in {flag.kind for flag in flags}, flags


@pytest.mark.parametrize(
    "text",
    [
        "This saved the company 2 million dollars a year.",
        "This saved the company 1.5 billion euros.",
        "It saved the team a dozen hours a week.",
    ],
)
def test_a_number_with_a_scale_word_is_a_measure_checked_against_the_records(
    text: str,
) -> None:
    kinds = {flag.kind for flag in check_pitch(text, ON_FILE, [])}

    assert FlagKind.UNMEASURED not in kinds
    assert FlagKind.UNRECORDED in kinds or "dozen" in text
