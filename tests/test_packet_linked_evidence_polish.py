"""The packet counts a win under a dimension by the same rule as the gap view: a
dimension given to a win by linking it to a criterion after its last finished
review is not counted as evidence for that dimension, only listed as pending."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.gaps import gap_view, with_linked_dimension
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    answer,
    finish,
    start_review,
)
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store

SCOPE = "scope_impact"
TECH = "technical_direction"
TITLE = "Cut the deploy pipeline from 40 to 12 minutes"
REVIEWED = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.timezone.utc)
BEFORE_REVIEW = dt.datetime(2026, 11, 5, 9, 0, tzinfo=dt.timezone.utc)
AFTER_REVIEW = dt.datetime(2026, 11, 12, 9, 0, tzinfo=dt.timezone.utc)
NEXT_LEVEL_ANSWERS: dict[str, Any] = {
    "peer_could": "no",
    "choice": "chose",
    "change": ChangeAnswer("Deploys fell from 40 to 12 minutes", measured=True),
    "noticed": Noticed.by("platform team"),
}


def section(packet: str, heading: str) -> str:
    """The packet's lines under one dimension heading, up to the next heading."""
    return packet.split(f"### {heading}\n", 1)[1].split("\n#", 1)[0]


@pytest.mark.parametrize(
    ("linked_at", "finished", "under_tech"),
    [
        (None, True, None),
        (AFTER_REVIEW, True, catalogue.PACKET_PENDING_ADDED_AFTER),
        (BEFORE_REVIEW, True, "next-level"),
        (BEFORE_REVIEW, False, catalogue.PACKET_PENDING_AWAITING),
    ],
    ids=[
        "never linked",
        "linked after the review",
        "linked before the review finished",
        "the review is not finished",
    ],
)
def test_a_dimension_only_linked_is_listed_as_pending_not_as_its_evidence(
    store: Store,
    clock: FixedClock,
    linked_at: dt.datetime | None,
    finished: bool,
    under_tech: str | None,
) -> None:
    store.save_profile(DEMO_PROFILE)
    ladder = load_shelf().get(DEMO_PROFILE.ladder_id)
    win = store.add_win(
        Win(title=TITLE, date=dt.date(2026, 10, 5), dimensions=(SCOPE,))
    )
    review = start_review(quarter_of(win.date), [win], REVIEWED)
    review = answer(review, win.id or 0, now=REVIEWED, **NEXT_LEVEL_ANSWERS)
    if finished:
        review = finish(review, now=REVIEWED)
    store.save_review(review)
    if linked_at is not None:
        store.update_win(with_linked_dimension(win, TECH, linked_at))

    packet = packet_markdown(store, ladder, DEMO_PROFILE, clock.today())

    scope = section(packet, ladder.dimension_name(SCOPE))
    tech = section(packet, ladder.dimension_name(TECH))
    assert TITLE in scope
    if under_tech is None:
        assert TITLE not in tech
    else:
        assert f"· {under_tech} · {TITLE}" in tech

    # Every next-level win the packet lists under a dimension is one the gap
    # view counts for it, and the other way round.
    view = gap_view(
        ladder,
        DEMO_PROFILE.target_level,
        store.wins(),
        store.reviews(),
        [],
        clock.today(),
        None,
    )
    for gap in view.dimensions:
        listed = section(packet, gap.name)
        assert listed.count("· next-level ·") == gap.next_level_wins, gap.name
