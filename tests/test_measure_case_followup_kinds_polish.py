"""A measure's name read mid-sentence, a follow-up proposed for a day, and work
across teams recognised in a peer's words."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.conversation import read_reply
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    add_reading,
    draft_proposal,
    result_title,
    result_what_changed,
    start_initiative,
)
from careerclimb_tui.domain.peers import CROSS_TEAM, suggest_kinds
from careerclimb_tui.domain.sentences import clause_mid_sentence, mid_sentence
from careerclimb_tui.export.markdown import render_proposal_markdown

# --- a measure's name inside a sentence ------------------------------------------

# (case, the name as typed, as it reads mid-sentence)
MEASURE_NAMES = [
    ("a plural typed like a heading", "Reruns per week", "reruns per week"),
    ("a plural in -ies", "Retries per build", "retries per build"),
    ("a hyphenated first word", "Flaky-test rate", "flaky-test rate"),
    ("a common first word", "Deploy time", "deploy time"),
    ("a count of open things", "Open bugs", "open bugs"),
    ("an acronym first", "CI pipeline duration", "CI pipeline duration"),
    ("an acronym mid-name", "PR review time", "PR review time"),
    ("already lower-case", "p95 latency", "p95 latency"),
    ("a product's name first", "Kafka lag", "Kafka lag"),
    ("a product's name in -s", "Postgres restarts", "Postgres restarts"),
    ("a past tense not in -ed", "Rebuilt the quarantine", "rebuilt the quarantine"),
    ("another past tense", "Taught the team", "taught the team"),
]


@pytest.mark.parametrize(
    ("typed", "said"),
    [case[1:] for case in MEASURE_NAMES],
    ids=[case[0] for case in MEASURE_NAMES],
)
def test_a_measure_name_typed_like_a_heading_reads_lower_case_mid_sentence(
    typed: str, said: str
) -> None:
    assert mid_sentence(typed) == said


def _reruns_problem(clock: FixedClock) -> Initiative:
    initiative = start_initiative("Flaky tests that everyone reruns", clock.now())
    initiative = initiative.with_changes(metric="Reruns per week", better="lower")
    for offset, value in enumerate((120, 25)):
        day = clock.today() + dt.timedelta(days=offset)
        initiative = add_reading(
            initiative, Reading(value, "", day, "CI dashboard"), clock.now()
        )
    return initiative


def test_the_result_win_title_says_the_measure_in_lower_case(
    clock: FixedClock,
) -> None:
    initiative = _reruns_problem(clock)

    assert result_title(initiative) == "Cut reruns per week from 120 to 25"
    changed = result_what_changed(initiative)
    assert changed == "Reruns per week went from 120 to 25"
    assert clause_mid_sentence(changed) == "reruns per week went from 120 to 25"


def test_the_exported_proposal_says_the_measure_in_lower_case(
    clock: FixedClock,
) -> None:
    packet = render_proposal_markdown(draft_proposal(_reruns_problem(clock), None))

    assert "Measured by reruns per week; lower is better." in packet
    assert "Reruns per week" not in packet


# --- a follow-up proposed for a day ------------------------------------------------

# (case, what the user said, whether it proposes a follow-up)
FOLLOW_UPS = [
    ("meet on a day", "Let's meet on January 15 to check progress.", True),
    ("talk on a date", "Let's talk on 2027-01-15?", True),
    ("sync next week", "Let's sync next week.", True),
    ("catch up on the 15th", "Shall we catch up on the 15th?", True),
    ("shall we meet in weeks", "Shall we meet in two weeks?", True),
    ("talk by a day", "Could we talk by 15 March?", True),
    ("set a date", "Let's set a date to go over this.", True),
    ("pick a time", "Shall we pick a time for the next one?", True),
    ("already heard: meet again", "Can we meet again on January 15?", True),
    ("already heard: check in", "Let's check in again on January 15.", True),
    ("a meeting that happened", "We met on January 15.", False),
    ("meeting the team", "I met the team.", False),
    ("meeting the team, proposed", "Let's meet the team on the 15th.", False),
    ("meeting the bar", "We could meet the bar by 1 March.", False),
    ("a talk on a subject", "Let's talk about the migration.", False),
    ("a talk that happened", "I talked to them on January 15.", False),
]


@pytest.mark.parametrize(
    ("said", "proposes"),
    [case[1:] for case in FOLLOW_UPS],
    ids=[case[0] for case in FOLLOW_UPS],
)
def test_proposing_to_meet_on_a_day_counts_as_a_follow_up(
    said: str, proposes: bool
) -> None:
    assert read_reply(said, ("senior",), ()).agrees_follow_up is proposes


def test_the_day_of_a_proposed_meeting_does_not_name_the_cycle() -> None:
    reading = read_reply("Let's meet on January 15 to check.", ("senior",), ("Jan",))

    assert reading.agrees_follow_up
    assert not reading.names_cycle


# --- work across teams in a peer's words ------------------------------------------

# (case, what the peer did, whether it reads as cross-team work)
CROSS_TEAM_WORDS = [
    (
        "across a number of teams",
        "Led the migration to the new deploy pipeline across 4 teams; deploy "
        "failures halved",
        True,
    ),
    ("across teams", "Aligned on-call practice across teams", True),
    ("with other teams", "Shipped the SDK with three other teams", True),
    ("cross-team", "Ran the cross-team API review", True),
    ("multi-team", "Drove a multi-team rollout", True),
    ("inter-team", "Wrote the inter-team contract for events", True),
    ("across the org", "Standardised logging across the org", True),
    ("across engineering", "Rolled out code owners across engineering", True),
    ("across squads", "Unified alerts across four squads", True),
    ("own team only", "Led team retros", False),
    ("a word in inter-", "Fixed intermittent failures", False),
    ("a word in multi-", "Split multiple services", False),
]


@pytest.mark.parametrize(
    ("text", "crosses"),
    [case[1:] for case in CROSS_TEAM_WORDS],
    ids=[case[0] for case in CROSS_TEAM_WORDS],
)
def test_work_across_teams_is_suggested_as_cross_team(text: str, crosses: bool) -> None:
    assert (CROSS_TEAM in suggest_kinds(text)) is crosses
