"""A criterion's dimension is suggested from its words, on any ladder; an example
inside a line of notes is kept apart however the manager put it."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.criteria import criteria_from_notes, suggest_dimension
from careerclimb_tui.domain.ladder import Dimension
from careerclimb_tui.domain.review import dimensions_for_level
from careerclimb_tui.ladders import load_shelf

BUNDLED = dimensions_for_level(
    load_shelf().ladders[DEMO_PROFILE.ladder_id], DEMO_PROFILE.target_level
)
# A ladder of another company, with ids and names of its own.
OTHER = (
    Dimension("craft", "Engineering craft"),
    Dimension("delivery", "Delivery"),
    Dimension("people", "People leadership"),
    Dimension("reach", "Influence beyond the team"),
)
NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("text", "bundled", "other"),
    [
        ("Mentor the two new hires until they own a service", "mentoring", "people"),
        ("Onboard the new joiners to the payments service", "mentoring", "people"),
        ("Coach a junior engineer through their first design", "mentoring", "people"),
        ("Run the interview loop for the new team", "mentoring", "people"),
        # On-call is what the person grown will do, not what the criterion is.
        ("Grow someone to run on-call alone", "mentoring", "people"),
        ("Grow a junior engineer into a reviewer", "mentoring", "people"),
        ("Teach the team to run incidents", "mentoring", "people"),
        ("Grow the share of traffic on the new stack", "", ""),
        (
            "Write a design another team builds on",
            "technical_direction",
            "craft",
        ),
        (
            "Get buy-in from stakeholders across two teams",
            "collaboration_influence",
            "reach",
        ),
        ("Ship the search migration on time", "execution", "delivery"),
        ("Have a director vouch for you", "collaboration_influence", "reach"),
        (
            "Get buy-in from the platform team",
            "collaboration_influence",
            "reach",
        ),
        (
            "Get a staff engineer to endorse the plan",
            "collaboration_influence",
            "reach",
        ),
        ("Find a champion in the product org", "collaboration_influence", "reach"),
        ("Own the on-call rota without being asked", "ownership_initiative", ""),
        # "Your own team" is no ownership.
        ("Show impact beyond your own team, org-wide", "scope_impact", ""),
        ("Timing is up to the calibration committee", "", ""),
    ],
)
def test_a_criterion_suggests_the_dimension_its_words_point_to(
    text: str, bundled: str, other: str
) -> None:
    assert suggest_dimension(text, BUNDLED) == bundled
    assert suggest_dimension(text, OTHER) == other


def test_no_dimension_is_suggested_from_a_ladder_without_one() -> None:
    assert suggest_dimension("Mentor the new hires", ()) == ""


@pytest.mark.parametrize(
    ("line", "text", "example"),
    [
        (
            "Lead a change across teams, e.g. the deploy fix",
            "Lead a change across teams",
            "the deploy fix",
        ),
        ("Run a design review e.g.the API one", "Run a design review", "the API one"),
        (
            "Write an RFC, for example the search migration",
            "Write an RFC",
            "the search migration",
        ),
        (
            "Drive a cross-team change like the payments migration",
            "Drive a cross-team change",
            "the payments migration",
        ),
        (
            "Own an incident review (such as the March outage)",
            "Own an incident review",
            "the March outage",
        ),
        # A wish or a likeness is not an example.
        (
            "I'd like the team to own its alerts",
            "I'd like the team to own its alerts",
            "",
        ),
        (
            "Work that looks like a staff engineer's",
            "Work that looks like a staff engineer's",
            "",
        ),
        (
            "We would like a design doc per quarter",
            "We would like a design doc per quarter",
            "",
        ),
    ],
)
def test_an_example_in_a_line_of_notes_is_kept_as_the_example(
    line: str, text: str, example: str
) -> None:
    [criterion] = criteria_from_notes([line], NOW)

    assert (criterion.text, criterion.example) == (text, example)
    assert criterion.example_given is bool(example)
