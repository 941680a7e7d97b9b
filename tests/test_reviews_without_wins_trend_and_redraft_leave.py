"""With no wins, the review list says there is nothing to review and offers no
re-run, and the gap trend says "no wins yet"; leaving a redraft nobody edited
asks about the draft, not about edits."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.gaps import gap_view
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import start_review
from careerclimb_tui.screens.gaps import trend_lines
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, type_text, wait_until
from tests.test_gaps import make_ladder
from tests.test_redraft_leave_peer_names_and_reading_top import (
    pitch_saved_once,
    redrafted,
)

# --- The review list with no wins -----------------------------------------------


async def test_a_quarter_with_no_wins_says_so_and_offers_no_rerun(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        screen = app.screen
        state = screen.query_one("#quarter-state", Static)
        await wait_until(pilot, lambda: bool(str(state.render())))
        said = str(state.render())
        keys = str(screen.query_one("#reviews-keys", Static).render())
        bindings = screen.active_bindings

    assert said == catalogue.REVIEWS_STATE_NO_WINS.format(quarter="2026Q4")
    assert "Press s" not in said
    assert catalogue.REVIEWS_KEYS_NO_WINS in keys
    assert "r" not in bindings
    assert "s" in bindings


async def test_rerun_is_offered_once_the_quarter_has_a_run(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(Win(title="Cut CI reruns", date=clock.today()))
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
        screen = app.screen
        assert isinstance(screen, ReviewsScreen)
        state = screen.query_one("#quarter-state", Static)
        await wait_until(pilot, lambda: "Press s to start" in str(state.render()))
        before = "r" in screen.active_bindings

        store.save_review(start_review(Quarter(2026, 4), [win], clock.now()))
        screen.reload()
        await wait_until(pilot, lambda: "r" in screen.active_bindings)

    assert not before


# --- The gap trend with no wins ---------------------------------------------------

# (case, wins logged, the trend's first line)
TREND_HEAD = [
    ("no win logged at all", [], "2026Q1–2026Q3: no wins yet"),
    (
        "a first win in the current quarter",
        [Win(id=1, title="Cut CI reruns", date=dt.date(2026, 11, 2))],
        "2026Q1–2026Q3 before your first win",
    ),
]


@pytest.mark.parametrize(
    "wins, head", [c[1:] for c in TREND_HEAD], ids=[c[0] for c in TREND_HEAD]
)
def test_the_trend_says_no_wins_yet_only_while_there_are_none(
    wins: list[Win], head: str, clock: FixedClock
) -> None:
    view = gap_view(make_ladder(), "senior", wins, [], [], clock.today(), None)

    assert trend_lines(view)[0] == head


# --- Leaving a redraft --------------------------------------------------------------


async def test_leaving_a_redraft_edited_after_asks_about_the_edits(
    store: Store, clock: FixedClock
) -> None:
    pitch_saved_once(store, clock)
    app = make_app(store, clock)

    async with app.run_test(size=(100, 30)) as pilot:
        screen = await redrafted(pilot, app)
        area = screen.query_one("#pitch-text", TextArea)
        drafted = area.text
        await pilot.press("enter")  # the pitch opens for reading
        await wait_until(pilot, lambda: not area.read_only)
        await type_text(pilot, "x")
        await wait_until(pilot, lambda: area.text != drafted)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        asked = app.screen
        assert isinstance(asked, ConfirmDialog)

    assert asked.question == catalogue.PITCH_DISCARD
