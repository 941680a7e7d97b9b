"""The impact-framing analyser: impact or activity, measured changes, and hints."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from careerclimb_tui import catalogue
from careerclimb_tui.domain import framing
from careerclimb_tui.domain.framing import (
    Reading,
    read_statement,
    read_win,
    stated_measure,
)
from careerclimb_tui.domain.records import (
    FRAMING_ACTIVITY,
    FRAMING_IMPACT,
    Measure,
    describe_change,
    describe_measure,
)
from careerclimb_tui.domain.review import read_change

STATEMENTS = Path(__file__).parent / "data" / "statements.yaml"
ROWS: list[dict[str, Any]] = yaml.safe_load(STATEMENTS.read_text(encoding="utf-8"))

REQUIRED_ROWS = {
    "Built a monitoring dashboard for the payments service": (
        FRAMING_ACTIVITY,
        False,
    ),
    "The on-call engineer now diagnoses payment incidents in 3 minutes instead of 30": (
        FRAMING_IMPACT,
        True,
    ),
    "Found the root cause of our deploy reliability problem, drove the fix across "
    "three teams; deploy failures dropped 40% in the first month": (
        FRAMING_IMPACT,
        True,
    ),
    "Reviewed 200 PRs this quarter": (FRAMING_ACTIVITY, False),
    "Closed every ticket in the sprint": (FRAMING_ACTIVITY, False),
}

# A number with its sign, when a sign stands right before it; a hyphen glued to a
# word or a number ("x-5", "2-3") is no sign, so "5" and "3" are read unsigned.
NUMBER = re.compile(r"(?:(?<![\w.,+-])[-+])?\d+(?:[.,]\d+)*")
DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d", "-"))


def row_id(row: dict[str, Any]) -> str:
    """A readable test id: the start of the statement on one line."""
    text = " ".join(row["text"].split())
    return text[:60] or "<blank>"


def numbers_in(text: str) -> set[str]:
    """Every number in a text as written, with its sign; "−5" is the same as "-5"."""
    return set(NUMBER.findall(text.translate(DASHES)))


def assert_hints_invent_no_numbers(text: str, reading: Reading) -> None:
    typed = numbers_in(text)
    for hint in reading.hints:
        invented = numbers_in(hint) - typed
        assert not invented, f"hint {hint!r} shows numbers {invented} not in {text!r}"


# --- The labelled table -------------------------------------------------------------


def test_table_is_large_and_holds_the_reference_statements() -> None:
    texts = {row["text"] for row in ROWS}

    assert len(ROWS) >= 45
    assert set(REQUIRED_ROWS) <= texts
    for row in ROWS:
        assert row["framing"] in (FRAMING_IMPACT, FRAMING_ACTIVITY)
        assert isinstance(row["has_metric"], bool)
    for text, (framing_, has_metric) in REQUIRED_ROWS.items():
        row = next(row for row in ROWS if row["text"] == text)
        assert (row["framing"], row["has_metric"]) == (framing_, has_metric)


@pytest.mark.parametrize("row", ROWS, ids=row_id)
def test_statement_is_read_as_labelled(row: dict[str, Any]) -> None:
    reading = read_statement(row["text"])

    assert reading.framing == row["framing"]
    assert reading.has_metric is row["has_metric"]
    assert reading.has_metric is bool(reading.measures)
    assert reading.planned is row.get("planned", False)
    if "output_only" in row:
        assert reading.output_only is row["output_only"]
    if "activity" in row:
        assert reading.activity_phrases == tuple(row["activity"])
    for expected, found in zip(row.get("measures", []), reading.measures, strict=False):
        for field, value in expected.items():
            assert getattr(found, field) == pytest.approx(value), field
    assert len(reading.measures) >= len(row.get("measures", []))
    if "names" in row:
        assert reading.measure_names == tuple(row["names"])


@pytest.mark.parametrize("row", ROWS, ids=row_id)
def test_hints_never_show_a_number_the_user_did_not_type(row: dict[str, Any]) -> None:
    reading = read_statement(row["text"])

    assert_hints_invent_no_numbers(row["text"], reading)
    assert len(reading.hints) <= framing.MAX_HINTS


# --- Plans, hopes and denials -------------------------------------------------------

PLANNED_ROWS = [row for row in ROWS if row.get("planned")]


def test_the_table_holds_plans_and_work_done_beside_a_plan() -> None:
    texts = {row["text"] for row in PLANNED_ROWS}

    assert {
        "Not yet adopted by 4 teams",
        "Hoping it will be adopted by 4 teams",
        "Goal: adopted by 4 teams by Q2",
        "Used by 4 teams? Not yet.",
        "We plan to cut build time in half",
        "Will migrate the billing service next quarter",
    } <= texts
    assert any(row.get("planned") is False for row in ROWS)


@pytest.mark.parametrize("row", PLANNED_ROWS, ids=row_id)
def test_a_plan_is_activity_with_a_hint_to_log_it_once_it_has_happened(
    row: dict[str, Any],
) -> None:
    reading = read_statement(row["text"])

    assert reading.framing == FRAMING_ACTIVITY
    assert reading.measures == ()
    assert reading.hints == (catalogue.FRAMING_PLAN_NOT_YET,)


def test_a_plan_in_a_win_counts_only_a_measure_typed_beside_it() -> None:
    plan = read_win("We plan to cut build time in half")
    half = read_win("We plan to cut build time in half", measure=Measure(before=30))

    assert plan.framing == FRAMING_ACTIVITY
    assert not plan.has_metric
    assert plan.hints == (catalogue.FRAMING_PLAN_NOT_YET,)
    assert half.hints == (
        catalogue.FRAMING_PLAN_NOT_YET,
        catalogue.FRAMING_COMPLETE_THE_MEASURE,
    )


def test_a_change_that_happened_beside_a_plan_still_counts() -> None:
    reading = read_win(
        "Will migrate the billing service next quarter",
        what_changed="Invoice runs already fell from 6 hours to 40 minutes",
    )

    assert reading.framing == FRAMING_IMPACT
    assert reading.has_metric
    assert not reading.planned


# --- Activity phrasing --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Worked on the search service", "Worked on"),
        ("helped with the Kafka upgrade", "helped with"),
        ("Helped to plan the offsite", "Helped to"),
        ("Helped the data team", "Helped"),
        ("Shipped the export feature", "Shipped"),
        ("Reviewed 200 PRs", "Reviewed 200 PRs"),
        ("Participated in the on-call rota", "Participated in"),
        ("Was responsible for the release train", "Was responsible for"),
        ("Contributed to the style guide", "Contributed to"),
        ("Attended the planning summit", "Attended"),
        ("Assisted the security audit", "Assisted"),
        ("closed 45 tickets", "closed 45 tickets"),
        ("Closed every ticket in the sprint", "Closed every ticket"),
        ("Wrote 300 tests", "Wrote 300 tests"),
        ("Fixed 12 bugs", "Fixed 12 bugs"),
        ("Implemented rate limiting", "Implemented"),
        ("Built the importer", "Built"),
        ("Created the release checklist", "Created"),
        ("Completed the migration", "Completed"),
        ("WORKED ON the billing service", "WORKED ON"),
        ("I’ve worked on the\nsearch service", "worked on"),
    ],
)
def test_activity_phrasing_is_flagged_as_typed(text: str, phrase: str) -> None:
    reading = read_statement(text)

    assert phrase in reading.activity_phrases
    assert reading.framing == FRAMING_ACTIVITY


@pytest.mark.parametrize(
    "text",
    [
        "Our built-in retries cover this",
        "Rebuilt confidence in the release process",
        "The attendee list for the summit",
        "A peer-reviewed change",
    ],
)
def test_activity_words_inside_other_words_are_not_flagged(text: str) -> None:
    assert read_statement(text).activity_phrases == ()


def test_flagged_activity_asks_what_changed_quoting_the_user() -> None:
    reading = read_statement("Helped with the Kubernetes migration")

    assert reading.hints[0] == catalogue.FRAMING_ASK_WHAT_CHANGED.format(
        phrase="Helped with the Kubernetes migration"
    )


def test_counted_activity_is_told_a_count_is_not_a_change() -> None:
    reading = read_statement("Reviewed 200 PRs this quarter")

    assert reading.hints[0] == catalogue.FRAMING_ASK_WHAT_COUNT_CHANGED.format(
        phrase="Reviewed 200 PRs this quarter"
    )


@pytest.mark.parametrize(
    ("text", "hint", "phrases"),
    [
        (
            "Worked on various things, reviewed 200 PRs",
            catalogue.FRAMING_ASK_WHAT_SEVERAL_COUNT_CHANGED,
            "“Worked on various things” and “reviewed 200 PRs”",
        ),
        (
            "Reviewed 200 PRs and worked on the deploy tooling",
            catalogue.FRAMING_ASK_WHAT_SEVERAL_COUNT_CHANGED,
            "“Reviewed 200 PRs” and “worked on the deploy tooling”",
        ),
        (
            "Helped with onboarding and attended standups",
            catalogue.FRAMING_ASK_WHAT_SEVERAL_CHANGED,
            "“Helped with onboarding” and “attended standups”",
        ),
        (
            "Helped with onboarding, attended standups, triaged alerts, fixed bugs",
            catalogue.FRAMING_ASK_WHAT_SEVERAL_CHANGED,
            "“Helped with onboarding”, “attended standups”, “triaged alerts”"
            " and 1 more",
        ),
    ],
)
def test_several_activity_phrasings_are_all_named_in_the_hint(
    text: str, hint: str, phrases: str
) -> None:
    reading = read_statement(text)

    assert reading.hints[0] == hint.format(phrases=phrases)


@pytest.mark.parametrize(
    "text",
    [
        "Mentored Jo through first on-call; Jo handled 2 incidents alone",
        "Mentored Jo, who then handled 2 incidents independently",
        "Onboarded Kim; she has resolved 6 pages without any help",
        "Coached the new hires until they closed 5 tickets by themselves",
        "Paired with Ana; Ana unassisted fixed 3 flaky tests",
    ],
)
def test_what_someone_else_now_does_alone_is_impact_not_effort(text: str) -> None:
    reading = read_statement(text)

    assert reading.framing == FRAMING_IMPACT
    assert not reading.has_metric
    for hint in reading.hints:
        assert "counts effort" not in hint, hint


@pytest.mark.parametrize(
    "text",
    [
        "Handled 12 incidents alone",
        "I handled 12 incidents alone",
        "Mentored Jo and handled 2 incidents alone",
        "We closed 40 tickets without help",
        "Jo handled 2 incidents",
    ],
)
def test_the_writers_own_work_alone_still_counts_effort(text: str) -> None:
    reading = read_statement(text)

    assert reading.framing == FRAMING_ACTIVITY
    assert "effort, not change" in reading.hints[0]


def test_activity_that_states_an_outcome_is_impact() -> None:
    text = "Fixed the flaky login test, so CI no longer fails at random"

    reading = read_statement(text)

    assert reading.framing == FRAMING_IMPACT
    assert "Fixed" in reading.activity_phrases
    assert reading.hints[0] == catalogue.FRAMING_ASK_BEFORE_AFTER


@pytest.mark.parametrize(
    "text",
    [
        "Two of the three now lead projects on their own",
        "Merges stopped being blocked by reruns",
        "The new hires handle on-call on their own",
    ],
)
def test_a_change_in_the_form_the_coach_asks_for_is_not_asked_for_again(
    text: str,
) -> None:
    reading = read_statement(text)
    walk = read_change(text)

    assert reading.framing == FRAMING_IMPACT
    assert catalogue.FRAMING_ASK_FOR_CHANGE not in reading.hints
    assert reading.hints[0] == catalogue.FRAMING_ASK_BEFORE_AFTER
    assert walk.framing == FRAMING_IMPACT


# --- Measures of change -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MTTR 30 → 3 minutes", Measure(before=30, after=3, unit="minutes")),
        ("queue wait 30 -> 3", Measure(before=30, after=3)),
        ("p95 800ms=>200ms", Measure(before=800, after=200, unit="ms")),
        ("cut it from 30 to 3 minutes", Measure(before=30, after=3, unit="minutes")),
        (
            "on-call now diagnoses in 3 minutes instead of 30",
            Measure(before=30, after=3, unit="minutes"),
        ),
        (
            "triage is down from 2 hours to 20 minutes",
            Measure(before=120, after=20, unit="minutes"),
        ),
        (
            "builds take 20 minutes, down from 2 hours",
            Measure(before=120, after=20, unit="minutes"),
        ),
        (
            "cloud spend went from $12k to $4k a month",
            Measure(before=12000, after=4000, unit="$ a month"),
        ),
        ("deploy failures dropped 40%", Measure(unit="%", change_pct=-40)),
        ("deploy failures −40%", Measure(unit="%", change_pct=-40)),
        ("deploy failures –40%", Measure(unit="%", change_pct=-40)),
        ("signups +12%", Measure(unit="%", change_pct=12)),
        ("cut cloud costs by 40 percent", Measure(unit="%", change_pct=-40)),
        ("conversion rose by about 5%", Measure(unit="%", change_pct=5)),
        ("40% fewer pages", Measure(unit="%", change_pct=-40)),
        ("cut review time in half", Measure(change_pct=-50)),
        ("halved the flaky test rate", Measure(change_pct=-50)),
        ("doubled deploy frequency", Measure(change_pct=100)),
        ("made builds 2x faster", Measure(change_pct=-50)),
        ("deploys per week 3×", Measure(change_pct=200)),
        (
            "productive in week 2 instead of week 6",
            Measure(before=6, after=2, unit="weeks"),
        ),
        ("ramp-up from week 6 to week 2", Measure(before=6, after=2, unit="weeks")),
        ("ramp-up week 6 → week 2", Measure(before=6, after=2, unit="weeks")),
        ("now in week 2, down from week 6", Measure(before=6, after=2, unit="weeks")),
        ("ramp-up now week 2, was week 6", Measure(before=6, after=2, unit="weeks")),
        ("ramp-up was week 6, now week 2", Measure(before=6, after=2, unit="weeks")),
        (
            "first deploy on day 3 instead of 10",
            Measure(before=10, after=3, unit="days"),
        ),
        (
            "live in month 2 rather than month 5",
            Measure(before=5, after=2, unit="months"),
        ),
        (
            "shipped in sprint 3 instead of sprint 5",
            Measure(before=5, after=3, unit="sprints"),
        ),
        ("in week two instead of week six", Measure(before=6, after=2, unit="weeks")),
        # The period of a rate is not a numbered period: 40 counts pages.
        ("pages per week 40 → 12", Measure(before=40, after=12)),
        ("pages a week 40 → 12", Measure(before=40, after=12)),
        ("pages/week 40 → 12", Measure(before=40, after=12)),
        (
            "deploys now take 4 minutes, was 45",
            Measure(before=45, after=4, unit="minutes"),
        ),
        ("queue wait now 3 (it was 30)", Measure(before=30, after=3)),
    ],
)
def test_measure_values_are_extracted(text: str, expected: Measure) -> None:
    reading = read_statement(text)

    assert reading.has_metric
    assert reading.measures[0] == expected


@pytest.mark.parametrize(
    ("text", "amount", "unit", "described"),
    [
        (
            "saved $50k a year in licences",
            -50_000,
            "$ a year",
            "saved $50k a year on licences",
        ),
        (
            "Saved $40k a year on the CI bill",
            -40_000,
            "$ a year",
            "saved $40k a year on CI bill",
        ),
        (
            "saved 10 hours a week for support",
            -10,
            "hours a week",
            "saved 10 hours a week",
        ),
        (
            "Saved 1.5 hours per engineer per week",
            -1.5,
            "hours per engineer per week",
            "saved 1.5 hours per engineer per week",
        ),
        (
            "Cut review wait by 2.5 percentage points",
            -2.5,
            "points",
            "review wait −2.5 points",
        ),
        ("Lifted NPS by 1 point", 1, "points", "NPS +1 point"),
        (
            "reduced the p95 build time by 12 minutes",
            -12,
            "minutes",
            "p95 build time −12 minutes",
        ),
        ("checkout is 300 ms faster", -300, "ms", "checkout −300 ms"),
        ("Had 3 fewer incidents this quarter", -3, "incidents", "−3 incidents"),
        (
            "Raised revenue by $2k a month",
            2000,
            "$ a month",
            "revenue +$2,000 a month",
        ),
        ("Shaved $300 off the cloud bill", -300, "$", "saved $300 on cloud bill"),
    ],
)
def test_an_amount_of_change_is_kept_signed_the_way_it_went(
    text: str, amount: float, unit: str, described: str
) -> None:
    reading = read_statement(text)
    kept = stated_measure(reading.measures, reading.measure_names)

    assert reading.has_metric
    assert reading.keeps_measure
    assert kept is not None
    assert (kept.amount, kept.unit) == (amount, unit)
    assert (kept.before, kept.after, kept.change_pct) == (None, None, None)
    assert describe_measure(kept) == described


def test_an_amount_that_says_not_of_what_is_not_kept() -> None:
    reading = read_win("Cut errors by 3")

    assert reading.has_metric
    assert not reading.keeps_measure


@pytest.mark.parametrize(
    "text",
    [
        "adopted by 4 teams",
        "The SDK is now used by 12 teams",
        "adopted across 3 orgs",
        "used by over 200 engineers",
        "reused by 4 other teams",
        "in use at 3 companies",
        "adopted in 40+ services",
        "relied on by 1,200 users",
        "4 teams adopted it",
        "Platform team adopted it as their Q4 plan",
        "the payments team adopted it",
        "two teams adopted our design",
        "three product teams now use it",
        "6 squads have since switched to it",
        "Led the migration of 12 services to the new deploy pipeline, adopted by "
        "two other teams",
    ],
)
def test_adoption_by_others_is_impact_but_its_count_is_no_measure(text: str) -> None:
    reading = read_statement(text)

    assert reading.is_impact
    assert not reading.has_metric
    assert reading.measures == ()
    assert catalogue.FRAMING_ASK_BEFORE_AFTER in reading.hints


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Migrated 12 services, which saved 10 hours a week",
            Measure(amount=-10, unit="hours a week"),
        ),
        (
            "Cut p95 from 800 to 120 ms across 12 services",
            Measure(before=800, after=120, unit="ms"),
        ),
        ("Errors down 40% after 200 PRs", Measure(unit="%", change_pct=-40)),
        (
            "Adopted by two other teams; deploys went from 40 to 12 minutes",
            Measure(before=40, after=12, unit="minutes"),
        ),
    ],
)
def test_beside_a_count_only_the_quantified_outcome_is_measured(
    text: str, expected: Measure
) -> None:
    reading = read_statement(text)

    assert reading.has_metric
    assert reading.keeps_measure is expected.is_complete
    assert reading.measures == (expected,)


@pytest.mark.parametrize(
    "text",
    [
        "Reviewed 200 PRs",
        "closed 45 tickets",
        "wrote 300 tests",
        "Worked with 3 teams",
        "worked with 4 teams",
        "attended 4 meetings",
        "Presented to 4 teams",
        "Supported 4 teams",
        "Helped 4 teams use the new runners",
        "Used Terraform in 4 projects",
        "adopted by 0 teams",
        "Led the migration of 12 services",
        "Rolled the pipeline out to two other teams",
        "Reviewed 200 PRs across 4 teams",
        "Ran the migration from week 1 to week 6",
        "Owned the launch from day 1 to day 90",
        "Bumped the API from version 2 to version 3",
        "Released version 2 instead of version 3",
        "Covered 80% of the codebase",
        "Upgraded Postgres from 11 to 15",
        "Owned the roadmap from 2023 to 2025",
        "Hosted office hours from 9am to 11am",
        "Error rate dropped to 2%",
        "Saved 3 customers from churning",
        "Wrote 2x4 grid layout helpers",
        "Hired for our 10x engineer culture",
    ],
)
def test_a_count_or_a_level_is_not_a_measured_change(text: str) -> None:
    reading = read_statement(text)

    assert not reading.has_metric
    assert reading.measures == ()


@pytest.mark.parametrize(
    ("text", "expected", "name"),
    [
        (
            "Removed flaky tests, failure rate fell 12% to 2%",
            Measure(before=12, after=2, unit="%"),
            "failure rate",
        ),
        ("errors dropped 12% to 2%", Measure(before=12, after=2, unit="%"), "errors"),
        (
            "cut build time 40 to 7 min",
            Measure(before=40, after=7, unit="minutes"),
            "build time",
        ),
        ("on-call pages cut 40 to 7", Measure(before=40, after=7), "on-call pages"),
        (
            "adoption rose 3 to 5 teams",
            Measure(before=3, after=5, unit="teams"),
            "adoption",
        ),
        (
            "p95 fell 800ms down to 200ms",
            Measure(before=800, after=200, unit="ms"),
            "p95",
        ),
        (
            "reduced MTTR 50 to just 12 minutes",
            Measure(before=50, after=12, unit="minutes"),
            "MTTR",
        ),
        (
            "shortened triage 2 hours to 20 minutes",
            Measure(before=120, after=20, unit="minutes"),
            "triage",
        ),
        (
            "incidents declined 12 to 2 a week",
            Measure(before=12, after=2, unit="a week"),
            "incidents",
        ),
        (
            "test coverage grew 40% to 75%",
            Measure(before=40, after=75, unit="%"),
            "test coverage",
        ),
        (
            "queue wait improved 30 to 3 minutes",
            Measure(before=30, after=3, unit="minutes"),
            "queue wait",
        ),
    ],
)
def test_a_change_verb_then_x_to_y_is_a_before_and_after(
    text: str, expected: Measure, name: str
) -> None:
    reading = read_statement(text)

    assert reading.measures == (expected,)
    assert reading.measure_names == (name,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("failure rate fell 12%", Measure(unit="%", change_pct=-12)),
        ("failure rate fell by 12%", Measure(unit="%", change_pct=-12)),
        ("failure rate fell by 12% to 2%", Measure(unit="%", change_pct=-12)),
        ("failure rate fell 12%, to 2%", Measure(unit="%", change_pct=-12)),
        ("usage grew 3x to 5 teams", Measure(change_pct=200)),
        ("usage grew 20% to 5 teams", Measure(unit="%", change_pct=20)),
        ("revenue grew 12% to $5M", Measure(unit="%", change_pct=12)),
        ("signups grew 50% to 300", Measure(unit="%", change_pct=50)),
    ],
)
def test_a_change_with_a_level_after_it_stays_a_change(
    text: str, expected: Measure
) -> None:
    reading = read_statement(text)

    assert reading.measures == (expected,)


@pytest.mark.parametrize(
    ("text", "kept", "described", "change"),
    [
        (
            "Cut memory use of the image service from 2GB to 512MB per pod",
            Measure(before=2048, after=512, unit="MB", label="memory use"),
            "memory use 2048 → 512 MB",
            "−75%",
        ),
        (
            "Memory use of the image service dropped from 2 GB to 512 MB",
            Measure(before=2048, after=512, unit="MB", label="Memory use"),
            "Memory use 2048 → 512 MB",
            "−75%",
        ),
        (
            "Review turnaround for the platform team fell from 2 days to 4 hours",
            Measure(before=48, after=4, unit="hours", label="Review turnaround"),
            "Review turnaround 48 → 4 hours",
            "−92%",
        ),
        (
            "Reduced checkout errors for the mobile team from 5% to 1%",
            Measure(before=5, after=1, unit="%", label="checkout errors"),
            "checkout errors 5% → 1%",
            "−4 points",
        ),
        (
            "Raised the cache size from 512MB to 2GB",
            Measure(before=512, after=2048, unit="MB", label="cache size"),
            "cache size 512 → 2048 MB",
            "+300%",
        ),
        (
            "Cut the image size from 1.5 GiB to 600 MiB",
            Measure(before=1536, after=600, unit="MiB", label="image size"),
            "image size 1536 → 600 MiB",
            "−61%",
        ),
        (
            "Deploys went from 2/week to 10/day",
            Measure(before=2, after=70, unit="/week", label="Deploys"),
            "Deploys 2 → 70 per week",
            "+3400%",
        ),
        (
            "Deploys went from 2 a week to 3 a day",
            Measure(before=2, after=21, unit="a week", label="Deploys"),
            "Deploys 2 → 21 a week",
            "+950%",
        ),
        (
            "Deploys went from 10 per day to 2/week",
            Measure(before=70, after=2, unit="/week", label="Deploys"),
            "Deploys 70 → 2 per week",
            "−97%",
        ),
        (
            "Incidents fell from 30 a month to 12 a quarter",
            Measure(before=90, after=12, unit="a quarter", label="Incidents"),
            "Incidents 90 → 12 a quarter",
            "−87%",
        ),
        (
            "Cut cloud bill from $12,000/mo to $8,500/mo",
            Measure(before=12000, after=8500, unit="$/month", label="cloud bill"),
            "cloud bill $12,000 → $8,500 per month",
            "−29%",
        ),
        (
            "Cut hosting spend from $1.2M to $900k a year",
            Measure(before=1.2e6, after=9e5, unit="$ a year", label="hosting spend"),
            "hosting spend $1.2m → $900k a year",
            "−25%",
        ),
        (
            "Licence costs went from €5k to €3.5k a month",
            Measure(before=5000, after=3500, unit="€ a month", label="Licence costs"),
            "Licence costs €5,000 → €3,500 a month",
            "−30%",
        ),
        (
            "Cut onboarding in half, from 10 days",
            Measure(
                before=10, after=5, unit="days", change_pct=-50, label="onboarding"
            ),
            "onboarding 10 → 5 days, −50%",
            "−50%",
        ),
        (
            "Halved onboarding from 10 days",
            Measure(
                before=10, after=5, unit="days", change_pct=-50, label="onboarding"
            ),
            "onboarding 10 → 5 days, −50%",
            "−50%",
        ),
        (
            "Made the test suite 3x faster",
            Measure(change_pct=-67, label="test suite time"),
            "test suite time −67%",
            "−67%",
        ),
        (
            "Made builds 10x faster",
            Measure(change_pct=-90, label="build time"),
            "build time −90%",
            "−90%",
        ),
        (
            "CI is now 2 times quicker",
            Measure(change_pct=-50, label="CI time"),
            "CI time −50%",
            "−50%",
        ),
        ("Shipped 3x more deploys", Measure(change_pct=200), "+200%", "+200%"),
        (
            "Support tickets dropped 12% to 2 a day",
            Measure(unit="%", change_pct=-12, label="Support tickets"),
            "Support tickets −12%",
            "−12%",
        ),
    ],
)
def test_a_stated_measure_is_kept_in_one_unit_and_reads_the_right_way(
    text: str, kept: Measure, described: str, change: str
) -> None:
    reading = read_statement(text)
    found = stated_measure(reading.measures, reading.measure_names)

    assert reading.keeps_measure
    assert found == kept
    assert describe_measure(found) == described
    assert describe_change(found) == change


@pytest.mark.parametrize(
    ("text", "before", "after", "unit", "change"),
    [
        ("Build takes 2h 30m instead of 6h now", 360, 150, "minutes", "−58%"),
        ("Build takes 2h30m instead of 6h", 360, 150, "minutes", "−58%"),
        ("Build takes 2 h 30 min instead of 6 hours", 360, 150, "minutes", "−58%"),
        (
            "Build takes 2 hours and 30 minutes instead of 6 hours",
            360,
            150,
            "minutes",
            "−58%",
        ),
        ("Builds went from 6 hours to 1 hour 15 minutes", 360, 75, "minutes", "−79%"),
        ("Builds went from 1 hour 15 minutes to 20 min", 75, 20, "minutes", "−73%"),
        ("Tests run in 1m 30s instead of 5 minutes", 300, 90, "seconds", "−70%"),
        ("Triage 1d 4h → 6h", 28, 6, "hours", "−79%"),
        ("p95 from 1s 500ms to 800ms", 1500, 800, "ms", "−47%"),
    ],
)
def test_a_duration_written_in_parts_is_read_as_one_amount(
    text: str, before: float, after: float, unit: str, change: str
) -> None:
    found = stated_measure(read_statement(text).measures)

    assert found is not None
    assert (found.before, found.after, found.unit) == (before, after, unit)
    assert describe_change(found) == change


@pytest.mark.parametrize(
    ("text", "amount", "unit", "described"),
    [
        (
            "Saved the team 2h 30m a week",
            -2.5,
            "hours a week",
            "saved 2.5 hours a week",
        ),
        (
            "Saved 2 hours 15 minutes per engineer per week",
            -2.25,
            "hours per engineer per week",
            "saved 2.25 hours per engineer per week",
        ),
        # 1.333 hours is no number anyone writes: kept in minutes.
        ("Saved 1h 20m a week", -80, "minutes a week", "saved 80 minutes a week"),
    ],
)
def test_a_saved_duration_in_parts_keeps_both_parts_in_the_unit_typed_first(
    text: str, amount: float, unit: str, described: str
) -> None:
    [measure] = read_statement(text).measures

    assert (measure.amount, measure.unit) == (amount, unit)
    assert describe_measure(measure) == described


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Saved $40k a year in AWS spend", "$ a year"),
        ("Cut build time by 10 minutes", "minutes"),
        ("Improved checkout conversion by 2.5 percentage points", "points"),
        ("Improved checkout conversion by 2.5% points", "points"),
        ("Lifted NPS by 12 points", "points"),
    ],
)
def test_an_amount_alone_is_kept_and_called_measured(text: str, unit: str) -> None:
    reading = read_win(text)

    assert reading.is_impact
    assert reading.keeps_measure
    assert [measure.unit for measure in reading.measures] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "Deploys went from 2 a week to 10 a month",
        "Deploys went from 2 per sprint to 10 per week",
    ],
)
def test_rates_over_periods_that_do_not_divide_state_no_change(text: str) -> None:
    reading = read_win(text)

    assert reading.is_impact
    assert not reading.has_metric
    assert not reading.keeps_measure
    assert reading.measures == ()
    assert catalogue.FRAMING_ASK_BEFORE_AFTER in reading.hints


@pytest.mark.parametrize(
    "text",
    [
        "cut 3 to 5 minutes off the build",
        "increased throughput 2 to 3 times",
        "Handled 12 to 2 escalations a day",
        "Upgraded Node 16 to 18",
        "headcount rose 2023 to 2024",
    ],
)
def test_x_to_y_without_a_change_verb_or_against_it_is_no_pair(text: str) -> None:
    reading = read_statement(text)

    assert all(measure.before is None for measure in reading.measures)


def test_measures_come_in_the_order_they_are_written() -> None:
    text = "Deploys 3× more often; MTTR 30 → 3 minutes; pages dropped 40%"

    reading = read_statement(text)

    assert [m.change_pct for m in reading.measures] == [200, None, -40]
    assert reading.measures[1].before == 30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "error budget went from -5% to 0",
            Measure(before=-5, after=0, unit="%"),
        ),
        ("NPS rose from -12 to +8", Measure(before=-12, after=8)),
        ("margin from \u22123 to 2", Measure(before=-3, after=2)),
        ("margin from \u22123% to 2%", Measure(before=-3, after=2, unit="%")),
        ("NPS -12 → +8", Measure(before=-12, after=8)),
        ("NPS -12 -> 8", Measure(before=-12, after=8)),
        ("drift 5->-3 ms", Measure(before=5, after=-3, unit="ms")),
        ("NPS was +8 last quarter, now -2", Measure(before=8, after=-2)),
        ("NPS is 8, up from -12", Measure(before=-12, after=8)),
        ("NPS (from -12 to 8)", Measure(before=-12, after=8)),
        ("score went from -0.5 to 0.3", Measure(before=-0.5, after=0.3)),
        (
            "cash flow from -$5k to $2k a month",
            Measure(before=-5000, after=2000, unit="$ a month"),
        ),
        ("latency changed by -40%", Measure(unit="%", change_pct=-40)),
        ("latency changed by \u221240%", Measure(unit="%", change_pct=-40)),
        ("conversion changed by +5%", Measure(unit="%", change_pct=5)),
        (
            "latency changed by -40 ms",
            Measure(unit="ms", amount=-40),
        ),
    ],
)
def test_a_signed_number_is_read_with_its_sign(text: str, expected: Measure) -> None:
    reading = read_statement(text)

    assert reading.measures == (expected,)
    assert reading.is_impact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hyphen between two numbers makes a range or a date, not a minus.
        ("Deploys took 2-3 days", ()),
        ("from 2-3 days to 1 day", ()),
        ("lead time 2-3 days → 1 day", (Measure(before=3, after=1, unit="days"),)),
        ("planned for Q3-2026", ()),
        ("from 9-5 to 10-4", ()),
        # A hyphen after a word joins a compound.
        ("moved from x-5 to x-2", ()),
        ("COVID-19 cases 40 -> 10", (Measure(before=40, after=10),)),
        ("sprint-5 to sprint-9", ()),
        # An arrow's own dash is not a minus.
        ("queue wait 30->3", (Measure(before=30, after=3),)),
        ("queue wait 30-->3", (Measure(before=30, after=3),)),
        # A dash with a space after it separates, it does not negate.
        ("from 5 to 3 - a big win", (Measure(before=5, after=3),)),
        ("from - 5 to 3", ()),
        ("margin from \u2013 3 to 2", ()),
    ],
)
def test_a_hyphen_in_a_range_or_a_word_is_not_read_as_a_minus(
    text: str, expected: tuple[Measure, ...]
) -> None:
    reading = read_statement(text)

    assert reading.measures == expected
    assert all(
        value is None or value >= 0
        for measure in reading.measures
        for value in (measure.before, measure.after)
    )


# What may stand before a number: nothing, a sign, or a word or number joined by a
# hyphen; then the number and a unit. Two of them joined make a statement.
_GLUE = ["", "-", "+", "\u2212", "\u2013", "- ", "(-", "-$", "2-", "Q3-", "x-", "--"]
_NUMBER_PIECE = st.tuples(
    st.sampled_from(_GLUE),
    st.sampled_from(["3", "12", "0.5", "40"]),
    st.sampled_from(["", "%", " days"]),
).map("".join)
_SIGNED_STATEMENTS = st.tuples(
    st.sampled_from(["", "from ", "was ", "NPS ", "went from ", "changed by "]),
    _NUMBER_PIECE,
    st.sampled_from([" → ", "->", "-->", " to ", ", up from ", " instead of ", " "]),
    _NUMBER_PIECE,
    st.sampled_from(["", ", now 3", " days", "-2"]),
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_SIGNED_STATEMENTS)
def test_a_value_is_negative_only_where_a_minus_touches_it(text: str) -> None:
    # Every number written with a minus right in front of it, and no word, number
    # or other sign glued before that minus.
    clean = text.replace("\u2212", "-").replace("\u2013", "-")
    minus = {
        -float(found)
        for found in re.findall(r"(?<![\w.,+-])-\$?(\d+(?:\.\d+)?)", clean)
    }

    for measure in read_statement(text).measures:
        for value in (measure.before, measure.after):
            if value is not None and value < 0:
                assert value in minus, (text, measure)


# --- Output only --------------------------------------------------------------------


def test_an_artifact_alone_is_output_only_and_steered_to_its_outcome() -> None:
    reading = read_statement("Built a monitoring dashboard for the payments service")

    assert reading.output_only
    assert reading.hints[0] == catalogue.FRAMING_OUTPUT_TO_OUTCOME.format(
        artifact="the dashboard"
    )
    assert "<after>" in reading.hints[0]


def test_an_artifact_with_its_outcome_is_not_output_only() -> None:
    reading = read_statement(
        "Built a monitoring dashboard; on-call now finds the failing service first"
    )

    assert reading.framing == FRAMING_IMPACT
    assert not reading.output_only


# --- Hints --------------------------------------------------------------------------


def test_no_measured_change_asks_for_a_before_and_after() -> None:
    reading = read_statement("Unblocked the mobile team's release")

    assert reading.hints[0] == catalogue.FRAMING_ASK_BEFORE_AFTER
    assert "<before> → <after>" in reading.hints[0]


def test_measured_impact_gets_at_most_the_noticed_prompt() -> None:
    reading = read_statement("Deploy failures dropped 40% in a month")

    assert reading.hints == (catalogue.FRAMING_ASK_WHO_NOTICED,)


@pytest.mark.parametrize(
    "changed",
    [
        "Flaky test rate fell from 12% to 1%; two other teams adopted it",
        "Flaky test rate fell from 12% to 1%, and another team now uses it",
        "Flaky test rate fell from 12% to 1%; requested by two other squads",
        "Flaky test rate fell from 12% to 1%; other teams asked for it",
        "Flaky test rate fell from 12% to 1%; 4 teams adopted it",
    ],
)
def test_others_taking_the_work_up_is_not_asked_who_noticed_again(
    changed: str,
) -> None:
    guided = read_win("Quarantined flaky tests", changed)
    quick = read_win("Quarantined flaky tests", changed, quick=True)
    noticed = read_win("Quarantined flaky tests", changed, noticed_by="Search team")

    assert catalogue.FRAMING_ASK_WHO_NOTICED not in guided.hints
    assert catalogue.FRAMING_NAME_ADOPTERS_AS_NOTICED in guided.hints
    assert quick.hints == ()
    assert noticed.hints == ()
    assert read_statement(changed).hints == ()


@pytest.mark.parametrize(
    "changed",
    [
        "Flaky test rate fell from 12% to 1%; we hope other teams adopt it",
        "Flaky test rate fell from 12% to 1% for the other teams",
        "Flaky test rate fell from 12% to 1%",
    ],
)
def test_no_take_up_by_other_teams_still_asks_who_noticed(changed: str) -> None:
    reading = read_win("Quarantined flaky tests", changed)

    assert reading.hints == (catalogue.FRAMING_ASK_WHO_NOTICED,)


def test_hints_are_few_and_most_useful_first() -> None:
    reading = read_statement("Reviewed 200 PRs this quarter")

    assert reading.hints == (
        catalogue.FRAMING_ASK_WHAT_COUNT_CHANGED.format(
            phrase="Reviewed 200 PRs this quarter"
        ),
        catalogue.FRAMING_ASK_BEFORE_AFTER,
        catalogue.FRAMING_ASK_WHO_BENEFITED,
    )


def test_a_named_beneficiary_drops_the_who_benefited_hint() -> None:
    unnamed = read_win("Reviewed 200 PRs this quarter")
    named = read_win("Reviewed 200 PRs this quarter", beneficiaries="the search team")

    assert catalogue.FRAMING_ASK_WHO_BENEFITED in unnamed.hints
    assert catalogue.FRAMING_ASK_WHO_BENEFITED not in named.hints


MEASURED = Measure(before=20, after=12, unit="per week", label="flaky failures")


@pytest.mark.parametrize(
    ("title", "measure", "quick", "asked", "not_asked"),
    [
        (
            "Quarantined flaky tests",
            MEASURED,
            False,
            {catalogue.FRAMING_ASK_WHO_NOTICED},
            set(),
        ),
        ("Quarantined flaky tests", MEASURED, True, set(), {"noticed"}),
        (
            "Reviewed 200 PRs this quarter",
            None,
            False,
            {catalogue.FRAMING_ASK_WHO_BENEFITED, catalogue.FRAMING_ASK_BEFORE_AFTER},
            set(),
        ),
        (
            "Reviewed 200 PRs this quarter",
            None,
            True,
            {catalogue.FRAMING_ASK_BEFORE_AFTER},
            {"benefited", "noticed"},
        ),
    ],
    ids=["guided, measured", "quick, measured", "guided, activity", "quick, activity"],
)
def test_the_quick_form_coach_asks_only_for_what_the_quick_form_holds(
    title: str,
    measure: Measure | None,
    quick: bool,
    asked: set[str],
    not_asked: set[str],
) -> None:
    hints = read_win(title, measure=measure, quick=quick).hints

    assert asked <= set(hints)
    for word in not_asked:
        assert not any(word in hint for hint in hints), hints


def test_every_hint_is_a_question_or_a_template() -> None:
    for row in ROWS:
        for hint in read_statement(row["text"]).hints:
            assert "?" in hint or "<" in hint, hint


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_hints_invent_no_numbers_for_any_text(text: str) -> None:
    assert_hints_invent_no_numbers(text, read_statement(text))


@pytest.mark.parametrize(
    ("typed", "shown", "invented"),
    [
        ("from -5 to 3", "-5 → 3", set()),
        ("from 5 to 3", "-5 → 3", {"-5"}),
        ("from \u22125 to 3", "-5 → 3", set()),
        ("from -5 to 3", "5 → 3", {"5"}),
        ("from +8 to 3", "8 → 3", {"8"}),
        ("took 2-3 days", "took 2-3 days", set()),
        ("took 2-3 days", "took -3 days", {"-3"}),
        ("moved x-5", "moved x-5", set()),
    ],
)
def test_the_number_check_counts_a_sign_as_part_of_the_number(
    typed: str, shown: str, invented: set[str]
) -> None:
    assert numbers_in(shown) - numbers_in(typed) == invented


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["Fixed ", "Closed ", "Reviewed ", "Worked on ", "Built ", ""]),
    _SIGNED_STATEMENTS,
    st.sampled_from(["", " tickets", " PRs a week", " for the team"]),
)
def test_hints_invent_no_signed_numbers(verb: str, statement: str, tail: str) -> None:
    text = verb + statement + tail

    assert_hints_invent_no_numbers(text, read_statement(text))


# --- A whole win --------------------------------------------------------------------


def test_read_win_counts_a_complete_explicit_measure_as_a_change() -> None:
    measure = Measure(before=30, after=8, unit="minutes", label="CI time")

    reading = read_win("Moved the CI runners to bigger machines", measure=measure)

    assert reading.framing == FRAMING_IMPACT
    assert reading.has_metric
    assert reading.measures[0] == measure
    assert not reading.output_only


def test_read_win_counts_a_relative_measure_as_a_change() -> None:
    measure = Measure(change_pct=-25, label="p95 latency")

    reading = read_win("Tuned the cache", measure=measure)

    assert reading.framing == FRAMING_IMPACT
    assert reading.has_metric


def test_read_win_asks_to_finish_a_half_typed_measure() -> None:
    reading = read_win("Tuned the cache", measure=Measure(before=30, unit="ms"))

    assert reading.framing == FRAMING_ACTIVITY
    assert not reading.has_metric
    assert catalogue.FRAMING_COMPLETE_THE_MEASURE in reading.hints


def test_read_win_reads_the_change_in_what_changed() -> None:
    reading = read_win(
        "Rewrote the flaky test runner", what_changed="CI no longer fails at random"
    )

    assert reading.framing == FRAMING_IMPACT
    assert reading.activity_phrases == ()


def test_read_win_reads_a_change_stated_in_the_title() -> None:
    reading = read_win("Deploy failures dropped 40% after the rollout fix")

    assert reading.framing == FRAMING_IMPACT
    assert reading.measures[0].change_pct == -40


TITLE_PHRASE = "Worked on the deploy pipeline"


@pytest.mark.parametrize(
    ("title", "what_changed", "measure", "example"),
    [
        (
            "Worked on the deploy pipeline and reviewed 200 PRs",
            "Deploy time fell from 40 to 12 minutes",
            None,
            "Deploy time 40 → 12 minutes",
        ),
        (
            "Worked on the deploy pipeline and reviewed 200 PRs",
            "",
            Measure(before=40, after=12, unit="minutes", label="deploy time"),
            "deploy time 40 → 12 minutes",
        ),
        (
            "Worked on the deploy pipeline",
            "Releases no longer wait a day for a deploy slot",
            None,
            "",
        ),
    ],
    ids=["measured in what changed", "typed measure", "unmeasured change"],
)
def test_a_win_made_impact_by_its_change_still_coaches_an_activity_title(
    title: str, what_changed: str, measure: Measure | None, example: str
) -> None:
    measured = bool(example)
    if measured:
        hint = catalogue.FRAMING_TITLE_STILL_ACTIVITY_MEASURED
    else:
        hint = catalogue.FRAMING_TITLE_STILL_ACTIVITY

    reading = read_win(title, what_changed, measure)
    quick = read_win(title, what_changed, measure, quick=True)

    assert reading.framing == FRAMING_IMPACT
    assert reading.has_metric is measured
    assert reading.hints[0] == hint.format(phrase=TITLE_PHRASE, example=example)
    assert len(reading.hints) <= framing.MAX_HINTS
    assert quick.hints[0] == reading.hints[0]


@pytest.mark.parametrize(
    ("title", "what_changed"),
    [
        ("Deploy failures dropped 40% after the rollout fix", ""),
        ("Rewrote the flaky test runner", "CI no longer fails at random"),
        ("Reviewed 200 PRs this quarter", ""),
        ("", "Deploy time fell from 40 to 12 minutes"),
    ],
)
def test_no_title_hint_when_the_title_states_the_change_or_the_win_is_activity(
    title: str, what_changed: str
) -> None:
    reading = read_win(title, what_changed)

    for hint in reading.hints:
        assert "the title still reads" not in hint.casefold(), hint


def test_read_win_of_an_artifact_alone_is_output_only() -> None:
    reading = read_win("Wrote a design doc for the caching layer", beneficiaries="")

    assert reading.output_only
    assert reading.framing == FRAMING_ACTIVITY


# --- Blank and unusual input --------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\t  \n"])
def test_empty_text_is_activity_with_a_hint_to_start_with_what_changed(
    text: str,
) -> None:
    reading = read_statement(text)

    assert reading.framing == FRAMING_ACTIVITY
    assert not reading.has_metric
    assert reading.measures == ()
    assert reading.activity_phrases == ()
    assert not reading.output_only
    assert reading.hints[0] == catalogue.FRAMING_START_WITH_CHANGE


def test_an_empty_win_is_read_like_an_empty_statement() -> None:
    assert read_win("") == read_statement("")


ODD_TEXTS = [
    "🚀🎉🔥",
    "שיפרנו את זמן הפריסה ב-40%",
    "部署失败率下降了40%",
    "Ａｒｒｏｗ ３０ → ３",
    "\x00\x01\x7f",
    "\ud800 lone surrogate",
    "line one\r\nline two\rline three\u2028",
    "→→→ -> => %%% $$$ ×××",
    "from from from to to to 1 2 3",
]

# Inputs shaped to make a careless pattern backtrack; each is read in one pass.
LONG_TEXTS = {
    "digits": "1" * 50_000,
    "digit groups": "1," * 25_000,
    "arrows": "1 -> 2 " * 7_200,
    "from-to": "from 1 to " * 5_000,
    "one long gap": "9" + " " * 50_000 + "x",
    "percentages": "40% " * 12_500,
    "change words": "reduced by " * 4_600,
    "so that": "so " * 16_700,
    "now": "now " * 12_500,
    "letters": "x" * 50_000,
    "activity": "worked on " * 5_000,
    "currency": "$" * 50_000,
    "emoji": "🚀" * 50_000,
    "mixed": "Reviewed 200 PRs; failures dropped 40%, 30 → 3 minutes. " * 900,
}


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_unusual_text_is_read_without_error(text: str) -> None:
    reading = read_statement(text)
    win = read_win(text, text, None, text)

    assert reading.framing in (FRAMING_IMPACT, FRAMING_ACTIVITY)
    assert win.framing in (FRAMING_IMPACT, FRAMING_ACTIVITY)
    assert_hints_invent_no_numbers(text, reading)


@pytest.mark.parametrize("name", LONG_TEXTS)
def test_a_very_long_text_is_read_in_one_pass(name: str) -> None:
    text = LONG_TEXTS[name]

    reading = read_statement(text)

    assert len(text) >= 45_000
    assert reading.framing in (FRAMING_IMPACT, FRAMING_ACTIVITY)
    assert len(reading.hints) <= framing.MAX_HINTS


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_read_statement_never_raises(text: str) -> None:
    reading = read_statement(text)

    assert reading.framing in (FRAMING_IMPACT, FRAMING_ACTIVITY)
    assert reading.has_metric is bool(reading.measures)
    assert len(reading.hints) <= framing.MAX_HINTS


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text(), st.text())
def test_read_win_never_raises(title: str, what_changed: str, who: str) -> None:
    reading = read_win(title, what_changed, None, who)

    assert reading.framing in (FRAMING_IMPACT, FRAMING_ACTIVITY)


# --- Layering -----------------------------------------------------------------------


def test_the_analyser_imports_only_the_standard_library_and_our_domain() -> None:
    source = Path(framing.__file__).read_text(encoding="utf-8")
    allowed = {
        "careerclimb_tui.catalogue",
        "careerclimb_tui.domain.measure_direction",
        "careerclimb_tui.domain.patterns",
        "careerclimb_tui.domain.records",
    }

    imported: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "careerclimb_tui":
                imported.update(f"careerclimb_tui.{a.name}" for a in node.names)
            else:
                imported.add(node.module)

    outside = {
        name
        for name in imported
        if name not in allowed and name.split(".")[0] not in sys.stdlib_module_names
    }
    assert imported & allowed
    assert not outside


@pytest.mark.parametrize(
    "text",
    [
        "The feature shipped in week 8 instead of week 4",
        "Releases now ship in sprint 4, was sprint 2",
    ],
)
def test_a_slip_to_a_later_period_is_never_called_an_improvement(text: str) -> None:
    reading = read_statement(text)

    assert reading.has_metric
    assert reading.measures[0].after > reading.measures[0].before
    for hint in reading.hints:
        assert not any(w in hint.casefold() for w in ("improv", "better", "faster"))
