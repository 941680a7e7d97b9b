"""One reading of a vague change everywhere, and a pitch and packet that tell the
records whole.

1. A change with no amount is not impact yet: the form's coach, the saved framing,
   home's count and the review agree.
2. The committee check names a measure the story tells with two results.
3. The pitch names everyone who noticed, as an English list.
4. The packet heads a win as the pitch does: by its change when the title tells
   only of effort.
5. A proposed fix reads lower-case after the pitch's dash, unless it is a name.
6. A problem's result win names the people the problem records.
"""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.evidence import win_recognition
from careerclimb_tui.domain.framing import read_win
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    Stakeholders,
    add_reading,
    advance,
    result_win,
    start_initiative,
)
from careerclimb_tui.domain.pitch import (
    FlagKind,
    InitiativeFacts,
    build_pitch,
    check_pitch,
    win_headline,
)
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import (
    Noticed,
    answer,
    counted_framings,
    read_walk_change,
    start_review,
    suggest_change,
)
from careerclimb_tui.domain.sentences import clause_mid_sentence, with_article
from careerclimb_tui.domain.wins import framed, tally_quarter
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store.repository import Store

TODAY = dt.date(2026, 11, 18)
DAY = dt.date(2026, 11, 2)
NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
REVIEW = "Worked on the review process"
TURNAROUND = Measure(before=48, after=4, unit="hours", label="review turnaround")


# --- 1. A vague change reads the same everywhere ----------------------------------

# title, what changed, who benefited, typed measure, the framing every place shows
VAGUE_CHANGES = [
    (
        REVIEW,
        "Review turnaround for the platform team got faster",
        "",
        None,
        "activity",
    ),
    (REVIEW, "Review turnaround got faster", "platform team", None, "activity"),
    (REVIEW, "Flaky reruns dropped for the mobile team", "", None, "activity"),
    (REVIEW, "Review turnaround got faster", "", TURNAROUND, "impact"),
    (
        REVIEW,
        "Review turnaround for the platform team fell from 2 days to 4 hours",
        "",
        None,
        "impact",
    ),
    ("Cut CI time", "Builds got faster", "", None, "impact"),
]


@pytest.mark.parametrize(
    ("title", "changed", "benefited", "measure", "framing"),
    VAGUE_CHANGES,
    ids=[
        "faster for a team named in the change",
        "faster, with who benefited typed beside it",
        "a bare move for a team",
        "faster, with a typed measure",
        "a before and after",
        "the title states the change",
    ],
)
def test_the_coach_the_counts_and_the_review_agree_on_a_vague_change(
    title: str,
    changed: str,
    benefited: str,
    measure: Measure | None,
    framing: str,
) -> None:
    coach = read_win(title, changed, measure, benefited)
    win = framed(
        Win(
            id=1,
            title=title,
            date=DAY,
            what_changed=changed,
            measure=measure,
            beneficiaries=benefited,
        )
    )
    quarter = quarter_of(DAY)
    suggested = suggest_change(win)
    confirmed, walk_coach = read_walk_change(win, suggested.text)
    review = answer(start_review(quarter, [win], NOW), 1, now=NOW, change=suggested)
    counted = tally_quarter([win], quarter, counted_framings([win], [review]))

    assert coach.label == framing
    assert win.framing == framing
    assert tally_quarter([win], quarter).impact == (framing == "impact")
    assert suggested.framing == confirmed.framing == framing
    assert counted.impact == (framing == "impact")
    if coach.vague_change:
        # A change told with no amount is headed as the log form heads it.
        assert walk_coach.startswith("Coach: tells a change, with no amount yet.")
    else:
        assert walk_coach.startswith(f"Coach: reads as {framing}")


def test_a_vague_change_that_names_who_gained_asks_only_how_much() -> None:
    win = framed(
        Win(
            id=1,
            title=REVIEW,
            date=DAY,
            what_changed="Review turnaround for the platform team got faster",
        )
    )

    coach = read_win(win.title, win.what_changed)
    _, walk_coach = read_walk_change(win, win.what_changed)

    assert coach.vague_ask.startswith("“Faster” by how much?")
    assert coach.vague_ask in coach.hints
    assert coach.vague_ask in walk_coach
    assert "for whom" not in walk_coach


# --- 2. One measure, two results ---------------------------------------------------

TWO_RESULTS = (
    "The problem: flaky integration tests everyone reruns.\n\n"
    "What I drove: quarantined the worst tests. The result: flaky reruns went "
    "from 30 to 8 a week.\n\n"
    "Also: reviewed 40 PRs. Cut flaky reruns from 30 to 5 a week."
)


def test_a_measure_told_with_two_results_is_flagged_with_both() -> None:
    flags = check_pitch(TWO_RESULTS, [], [])

    [flag] = [flag for flag in flags if flag.kind is FlagKind.TWO_RESULTS]
    assert flag.message.startswith("“Flaky reruns” is told with two results")
    assert "30 → 8 a week and 30 → 5 a week" in flag.message


def test_two_results_come_before_the_cheaper_findings() -> None:
    kinds = [flag.kind for flag in check_pitch(TWO_RESULTS, [], [])]

    assert kinds.index(FlagKind.TWO_RESULTS) < kinds.index(FlagKind.NOT_NOTICED)
    assert kinds.index(FlagKind.TWO_RESULTS) < kinds.index(FlagKind.ACTIVITY)


@pytest.mark.parametrize(
    "second",
    [
        "Also: cut the flaky reruns from 30 to 8 reruns/week.",
        "Also: pages fell from 30 to 5 a week.",
        "Also: flaky reruns are down a lot.",
    ],
    ids=["the same result in other words", "another measure", "no numbers"],
)
def test_a_measure_told_once_or_alike_is_not_flagged(second: str) -> None:
    text = f"The result: flaky reruns went from 30 to 8 a week.\n\n{second}"

    kinds = [flag.kind for flag in check_pitch(text, [], [])]

    assert FlagKind.TWO_RESULTS not in kinds


FLAKY = InitiativeFacts(
    id=3,
    title="Flaky integration tests everyone reruns",
    fix="Canary deploys for the test runners",
    measure=Measure(before=30, after=8, unit="a week", label="flaky reruns"),
    other_teams=("mobile team",),
    win_ids=(1,),
    has_result=True,
)
RESULT = Win(
    id=1,
    title="Cut flaky reruns from 30 to 8 a week",
    date=dt.date(2026, 11, 1),
    measure=Measure(before=30, after=8, unit="a week", label="flaky reruns"),
    noticed_by="Support lead, mobile team",
)
EARLIER = Win(
    id=2,
    title="Quarantined the worst flaky tests",
    what_changed="Flaky reruns fell from 30 to 5 a week",
    date=dt.date(2026, 10, 1),
    measure=Measure(before=30, after=5, unit="a week", label="flaky reruns"),
)


def test_a_draft_telling_a_problem_and_a_win_with_two_results_is_flagged() -> None:
    wins = [framed(RESULT), framed(EARLIER)]
    draft = build_pitch(wins, [], [FLAKY], TODAY)

    flags = check_pitch(draft.text, wins, [], [FLAKY], drafted=draft.lines)

    assert "flaky reruns went from 30 a week to 8 a week" in draft.text
    assert "Flaky reruns fell from 30 to 5 a week" in draft.text
    assert [f.kind for f in flags].count(FlagKind.TWO_RESULTS) == 1


# --- 3. Everyone who noticed, as an English list ----------------------------------


def test_the_pitch_names_everyone_who_noticed_a_problems_result() -> None:
    text = build_pitch([framed(RESULT)], [], [FLAKY], TODAY).text

    assert "Teams involved beyond mine: mobile team." in text
    assert "Noticed outside my team: the support lead and the mobile team." in text


def test_an_answer_naming_several_tells_each_of_them() -> None:
    win = framed(Win(id=5, title="Cut CI time", date=DAY))

    names = win_recognition(win, Noticed.by("Support lead, mobile team"))
    text = build_pitch([win.with_changes(noticed_by=", ".join(names))], [], [], TODAY)

    assert names == ("Support lead", "mobile team")
    assert "Noticed outside my team: the support lead and the mobile team." in (
        text.text
    )


def test_team_names_typed_with_capitals_are_told_as_typed() -> None:
    win = framed(Win(id=5, title="Cut CI time", date=DAY))

    names = win_recognition(win, Noticed.by("Payments team, Finance ops"))
    text = build_pitch([win.with_changes(noticed_by=", ".join(names))], [], [], TODAY)

    assert "Noticed outside my team: Payments team and Finance ops." in text.text


ARTICLES = [
    ("Support lead", "the support lead"),
    ("mobile team", "the mobile team"),
    ("developer experience group", "the developer experience group"),
    ("SRE team", "the SRE team"),
    ("QA lead", "the QA lead"),
    ("the platform team", "the platform team"),
    ("two other teams", "two other teams"),
    ("Dana (engineering manager)", "Dana (engineering manager)"),
    ("Jo from payments", "Jo from payments"),
    ("VP Eng", "VP Eng"),
    ("Sam Lee", "Sam Lee"),
    ("Head of Platform", "Head of Platform"),
    ("design", "design"),
    ("Payments team", "Payments team"),
    ("Finance ops", "Finance ops"),
    ("All product teams", "all product teams"),
]


@pytest.mark.parametrize(("typed", "named"), ARTICLES, ids=[a for a, _ in ARTICLES])
def test_a_role_or_a_team_is_named_with_the_article_a_list_needs(
    typed: str, named: str
) -> None:
    assert with_article(typed) == named


# --- 4. The packet heads a win as the pitch does ----------------------------------

EFFORT = Win(
    id=1,
    title="Worked on the CI pipeline and reviewed 40 PRs",
    date=DAY,
    what_changed="Engineers get feedback before they switch context",
    measure=Measure(before=24, after=9, unit="minutes", label="CI duration"),
)


def _packet(store: Store, clock: FixedClock) -> str:
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None
    return packet_markdown(store, ladder, store.profile(), clock.today())


def test_the_packet_heads_every_win_with_what_the_user_did(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(framed(EFFORT.with_changes(id=None)))

    packet = _packet(store, clock)
    pitch = build_pitch([win], [], [], TODAY).text

    # The packet reads alike for every win: what was done heads it, the change
    # is told under it; the pitch tells the result as its result.
    assert f"· not reviewed yet · {win.title}\n" in packet
    assert "Logged as" not in packet
    assert f"- What changed: {win.what_changed}" in packet
    headline = win_headline(win)
    assert headline.startswith("CI duration went from 24 minutes to 9 minutes.")
    assert f"The result: {clause_mid_sentence(headline)}" in pitch


@pytest.mark.parametrize(
    ("title", "what_changed", "measure"),
    [
        ("Worked on the deploy pipeline", "Not sure yet, it feels faster.", None),
        (
            "Worked on the deploy pipeline and helped with stuff",
            "Deploys feel faster.",
            None,
        ),
        (
            "Restored checkout after the outage",
            "Restored checkout for every shopper.",
            Measure(before=120, after=20, unit="minutes", label="checkout outage"),
        ),
    ],
    ids=["vague change", "vague change, effort title", "measured result"],
)
def test_a_change_never_heads_a_win_in_the_packet(
    store: Store,
    clock: FixedClock,
    title: str,
    what_changed: str,
    measure: Measure | None,
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = Win(title=title, date=DAY, what_changed=what_changed, measure=measure)
    store.add_win(framed(win))

    packet = _packet(store, clock)
    [line] = [line for line in packet.splitlines() if "· not reviewed yet ·" in line]

    assert line.endswith(f"· {title}")
    assert f"- What changed: {what_changed}" in packet


@pytest.mark.parametrize(
    "what_changed",
    ["Not sure yet, it feels faster.", "Builds got faster."],
)
def test_a_vague_change_never_heads_a_win_in_the_pitch(what_changed: str) -> None:
    win = Win(
        title="Worked on the deploy pipeline", date=DAY, what_changed=what_changed
    )

    assert win_headline(win) == win.title


def test_a_title_that_tells_the_change_heads_the_packet_as_logged(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    title = "Cut CI time for the web app"
    store.add_win(framed(EFFORT.with_changes(id=None, title=title)))

    packet = _packet(store, clock)

    assert f"· not reviewed yet · {title}" in packet
    assert "Logged as" not in packet
    assert "- What changed: Engineers get feedback" in packet


# --- 5. A fix reads lower-case after the dash -------------------------------------

CLAUSES = [
    ("Canary deploys for the test runners", "canary deploys for the test runners"),
    ("Feature flags on every config change", "feature flags on every config change"),
    ("Quarantine the worst tests", "quarantine the worst tests"),
    ("Kafka consumers retry on failure", "Kafka consumers retry on failure"),
    ("CI runs nightly", "CI runs nightly"),
    ("GraphQL schema checks", "GraphQL schema checks"),
]


@pytest.mark.parametrize(("typed", "told"), CLAUSES, ids=[c for c, _ in CLAUSES])
def test_a_fix_reads_lower_case_mid_sentence_unless_it_is_a_name(
    typed: str, told: str
) -> None:
    assert clause_mid_sentence(typed) == told


def test_the_pitch_tells_the_proposed_fix_lower_case() -> None:
    text = build_pitch([framed(RESULT)], [], [FLAKY], TODAY).text

    assert "the fix I proposed — canary deploys for the test runners." in text


# --- 6. A result win names the problem's people -----------------------------------


def _measured(people: Stakeholders) -> Initiative:
    started = start_initiative("Flaky integration tests everyone reruns", NOW)
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        started = advance(started, stage, NOW)
    for value, day in ((30, dt.date(2026, 9, 1)), (8, dt.date(2026, 10, 20))):
        started = add_reading(started, Reading(value, "a week", day), NOW)
    return started.with_changes(
        metric="Flaky reruns", better="lower", stakeholders=people
    )


def test_the_result_win_leaves_who_benefited_and_who_noticed() -> None:
    people = Stakeholders(
        agreed=("Dana (engineering manager)",),
        helped=("Lee (SRE)",),
        other_teams=("mobile team", "payments team"),
    )

    win = result_win(_measured(people), TODAY)

    # The other teams took part; whether they gained is the user's to say.
    assert win.beneficiaries == ""
    # Who agreed or helped may be in the user's own team: noticing is theirs to say.
    assert win.noticed_by == ""
    assert win.title == "Cut flaky reruns from 30 to 8 a week"
    assert win.what_changed == "Flaky reruns went from 30 to 8 a week"


def test_a_result_win_of_a_problem_with_nobody_recorded_leaves_the_ask() -> None:
    win = result_win(_measured(Stakeholders()), TODAY)
    coach = read_win(win.title, win.what_changed, win.measure)

    assert (win.beneficiaries, win.noticed_by) == ("", "")
    assert any("noticed" in hint for hint in coach.hints)
