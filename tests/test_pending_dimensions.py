"""Dimensions no review has judged a win with show in the gap view as pending
evidence, not counted: those of a win not reviewed yet, and those linked to a win
after its review; the win's detail says the same of the second."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.gaps import gap_view, with_linked_dimension
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    Review,
    answer,
    finish,
    start_review,
)
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.journal import JournalScreen, WinDetailScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

SCOPE = "scope_impact"
TECH = "technical_direction"
REVIEWED = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.timezone.utc)
AFTER = dt.datetime(2026, 11, 12, 9, 0, tzinfo=dt.timezone.utc)
BEFORE = dt.datetime(2026, 11, 5, 9, 0, tzinfo=dt.timezone.utc)
NEXT_LEVEL: dict[str, Any] = {
    "peer_could": "no",
    "choice": "chose",
    "change": ChangeAnswer("Failures fell from 12% to 1%", measured=True),
    "noticed": Noticed.by("platform team"),
}


def one_win(
    review: str, linked_at: dt.datetime | None
) -> tuple[list[Win], list[Review]]:
    """A win filed under scope, reviewed next-level ("finished", "going") or not
    ("none"); then linked to a technical-direction criterion at ``linked_at``."""
    win = Win(title="Win", date=dt.date(2026, 10, 1), id=1, dimensions=(SCOPE,))
    reviews = []
    if review != "none":
        run = start_review(quarter_of(win.date), [win], REVIEWED)
        run = answer(run, 1, now=REVIEWED, **NEXT_LEVEL)
        reviews = [finish(run, now=REVIEWED) if review == "finished" else run]
    if linked_at is not None:
        win = with_linked_dimension(win, TECH, linked_at)
    return [win], reviews


@pytest.mark.parametrize(
    ("review", "linked_at", "scope", "tech"),
    [
        ("none", None, (0, 1, 0), (0, 0, 0)),
        ("none", AFTER, (0, 1, 0), (0, 1, 0)),
        ("finished", None, (1, 0, 0), (0, 0, 0)),
        ("finished", AFTER, (1, 0, 0), (0, 0, 1)),
        ("finished", BEFORE, (1, 0, 0), (1, 0, 0)),
        ("going", None, (1, 0, 0), (0, 0, 0)),
        ("going", AFTER, (1, 0, 0), (0, 1, 0)),
    ],
    ids=[
        "ticked on a win not reviewed yet",
        "ticked and linked on a win not reviewed yet",
        "reviewed with its dimension",
        "linked after the review",
        "linked before the review finished",
        "judged in a run still going",
        "linked while the run is still going",
    ],
)
def test_dimensions_not_judged_yet_are_pending_and_counted_apart(
    clock: FixedClock,
    review: str,
    linked_at: dt.datetime | None,
    scope: tuple[int, int, int],
    tech: tuple[int, int, int],
) -> None:
    wins, reviews = one_win(review, linked_at)
    ladder = load_shelf().get("software-engineer")

    view = gap_view(ladder, "senior", wins, reviews, [], clock.today(), None)

    gaps = {gap.dimension_id: gap for gap in view.dimensions}
    for dimension, expected in ((SCOPE, scope), (TECH, tech)):
        gap = gaps[dimension]
        shown = (gap.next_level_wins, gap.awaiting_review, gap.added_after_review)
        assert shown == expected, dimension


async def test_the_gap_view_shows_a_win_not_reviewed_yet_as_pending(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        Win(title="Paired on on-call", date=dt.date(2026, 11, 2), dimensions=(TECH,))
    )

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        table = app.screen.query_one("#gap-table", DataTable)
        row = [str(cell) for cell in table.get_row(TECH)]
        note = str(app.screen.query_one("#gaps-awaiting", Static).render())
        added = app.screen.query("#gaps-added-after")

    assert row[1:3] == [catalogue.GAP_STATUS_MISSING, "0 +1◌"]
    assert note == catalogue.GAPS_PENDING_AWAITING
    assert not added, "no win was filed under a dimension after its review"


async def test_the_detail_marks_a_dimension_added_after_the_review(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    [win], [review] = one_win("finished", None)
    saved = store.add_win(win.with_changes(id=None))
    store.save_review(review)
    store.update_win(with_linked_dimension(saved, TECH, AFTER))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        values = [str(value.render()) for value in app.screen.query(".detail-value")]

    added = catalogue.DETAIL_DIMENSION_ADDED_AFTER.format(name="Technical direction")
    assert f"Scope and impact, {added}" in values
