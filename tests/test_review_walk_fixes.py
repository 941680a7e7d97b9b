"""The review walk keeps its word, shows where it is, and starts predictably."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import replace

import pytest
from textual import events
from textual.widget import Widget
from textual.widgets import Input, Static

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Noticed,
    ReviewEntry,
    WinAnswers,
    keep_taken_off,
    noticed_to_give_back,
    start_review,
    taken_off_after,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.review_docs import review_from_json, review_to_json
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.question import QuestionRow
from tests.helpers import make_app, wait_until

ALL_HANDS = "Platform lead mentioned it in the eng all-hands"


# --- what a "no" to question 4 takes off the win, and gives back -------------------


@pytest.mark.parametrize(
    ("held", "before", "after", "kept"),
    [
        ("", ALL_HANDS, "", ALL_HANDS),
        (ALL_HANDS, "", "", ALL_HANDS),
        (ALL_HANDS, "", ALL_HANDS, ""),
        (ALL_HANDS, "", "QA guild", ""),
        ("SRE", "CTO", "", "CTO"),
        ("", "", "", ""),
    ],
    ids=[
        "a no takes the names off: they are held",
        "a second no, nothing left to take: still held",
        "a yes gives them back: nothing held",
        "a yes with other names: nothing held",
        "a later no holds what it took",
        "nothing taken, nothing held",
    ],
)
def test_the_review_holds_what_a_no_took_off_the_win(
    held: str, before: str, after: str, kept: str
) -> None:
    assert taken_off_after(held, before, after) == kept


@pytest.mark.parametrize(
    ("answer", "field", "given_back"),
    [
        (Noticed.nobody(), "", ALL_HANDS),
        (None, "", ALL_HANDS),
        (Noticed.by(ALL_HANDS), ALL_HANDS, ""),
        (Noticed(outside=True), "", ALL_HANDS),
        (Noticed.nobody(), "QA guild", ""),
    ],
    ids=[
        "answered no, the win names nobody",
        "unanswered, the win names nobody",
        "answered yes",
        "a yes without names is no answer yet",
        "the win names someone again",
    ],
)
def test_a_yes_gives_back_what_the_no_took_while_nothing_replaced_it(
    answer: Noticed | None, field: str, given_back: str
) -> None:
    entry = ReviewEntry(
        win_id=1, answers=WinAnswers(noticed=answer), noticed_taken_off=ALL_HANDS
    )
    assert noticed_to_give_back(entry, field) == given_back


@pytest.mark.parametrize(
    ("field", "carried"),
    [("", ALL_HANDS), ("QA guild", "")],
    ids=["the win still names nobody", "the win names someone again"],
)
def test_a_rerun_carries_what_an_earlier_run_took_off(field: str, carried: str) -> None:
    moment = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
    win = Win(id=1, title="Cut CI time", date=dt.date(2026, 11, 2))
    first = start_review(parse_quarter("2026Q4"), [win], moment)
    first = keep_taken_off(first, 1, ALL_HANDS, "", now=moment)

    again = start_review(
        parse_quarter("2026Q4"), [replace(win, noticed_by=field)], moment, [first]
    )

    assert again.run == 2
    assert again.entry(1).noticed_taken_off == carried


def test_a_review_saved_before_names_were_held_still_reads() -> None:
    doc = {
        "quarter": "2026Q4",
        "run": 1,
        "started_at": "2026-11-18T09:30:00+00:00",
        "updated_at": "2026-11-18T09:30:00+00:00",
        "win_ids": [1],
        "entries": {"1": {"answers": {"noticed": {"outside": False, "who": []}}}},
    }
    review = review_from_json(doc, 1)
    assert review.entry(1).noticed_taken_off == ""

    held = review_to_json(
        type(review)(
            quarter="2026Q4",
            started_at=review.started_at,
            updated_at=review.updated_at,
            win_ids=(1,),
            entries={1: ReviewEntry(win_id=1, noticed_taken_off=ALL_HANDS)},
        )
    )
    assert review_from_json(held, 2).entry(1).noticed_taken_off == ALL_HANDS


def seed_noticed_win(store: Store) -> Win:
    store.save_profile(DEMO_PROFILE)
    day = dt.date(2026, 11, 2)
    win = store.add_win(
        framed(Win(title="Cut deploy failures from 9% to 2%", date=day))
    ).with_changes(noticed_by=ALL_HANDS)
    store.update_win(win)
    store.add_win(framed(Win(title="Cut flaky runs from 20% to 3%", date=day)))
    return win


def noticed_by_json(clock: FixedClock) -> dict[str, str]:
    out = io.StringIO()
    assert main(["wins", "--json"], clock=clock, out=out) == 0
    return {win["title"]: win["noticed_by"] for win in json.loads(out.getvalue())}


async def test_yes_after_leaving_gives_back_the_names_a_no_took_off(
    store: Store, clock: FixedClock
) -> None:
    win = seed_noticed_win(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        # The no takes the names off the win once the dialog is answered yes.
        await pilot.press("y", "a", "enter", "n", "y")
        await wait_until(pilot, lambda: walk.wins[win.id or 0].noticed_by == "")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))
    assert noticed_by_json(clock)[win.title] == ""

    # After a restart: resume, back to the win, and answer yes this time.
    app = make_app(Store(store.path, clock=clock), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        await pilot.press("pageup")
        q4 = walk.query_one("#q4", QuestionRow)
        q4.focus()
        await pilot.pause()
        hint = str(walk.query_one("#q4-suggested", Static).render())
        assert ALL_HANDS in hint, "what was taken off is named under question 4"

        await pilot.press("y")
        who = walk.query_one("#q4-who", Input)
        assert who.display and who.value == ALL_HANDS
        await pilot.press("enter")
        await wait_until(pilot, lambda: walk.wins[win.id or 0].noticed_by != "")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))

    assert noticed_by_json(clock)[win.title] == ALL_HANDS
    [review] = Store(store.path, clock=clock).reviews()
    assert review.entry(win.id or 0).answers.noticed == Noticed.by(ALL_HANDS)


# --- moving to another win shows it from the top ----------------------------------


def seed_three_wins(store: Store) -> None:
    store.save_profile(DEMO_PROFILE)
    for day, title, noticed in [
        (2, "Cut deploy failures from 9% to 2%", ALL_HANDS),
        (9, "Scoped the search migration and wrote the RFC", "search PM"),
        (16, "Cut flaky runs from 20% to 3%", ""),
    ]:
        win = Win(title=title, date=dt.date(2026, 11, day), noticed_by=noticed)
        store.add_win(framed(win))


async def test_the_next_win_is_shown_from_its_header(
    store: Store, clock: FixedClock
) -> None:
    seed_three_wins(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        page = walk.query_one("#walk")
        header = walk.query_one("#walk-header", Static)
        for number in (2, 3):
            # Answered in one go, as a quick typist does: the page is scrolled
            # down to the button when the next win comes.
            for key in ("y", "a", "enter", "n"):
                app.post_message(events.Key(key, key if len(key) == 1 else None))
            # The win names who noticed it: the no asks before taking them off.
            await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
            await pilot.press("y")
            await wait_until(pilot, lambda: app.screen is walk)
            app.post_message(events.Key("pagedown", None))
            await wait_until(pilot, lambda: f"{number} of 3" in str(header.render()))
            await pilot.pause()
            assert page.scroll_y == 0, "the header and the card's top are in view"
            assert not walk.query_one("#win-pinned").display
            assert app.focused is walk.query_one("#q1")

        # Back to a win answered in full: its top, not the button at the bottom.
        await pilot.press("pageup")
        await pilot.pause()
        assert page.scroll_y == 0
        assert app.focused is page, "no focus hidden out of view"


def left_edge(widget: Widget) -> list[str]:
    """The first cell of each row the widget draws: blank, or the focus bar."""
    strips = widget.render_lines(widget.region.reset_offset)
    return [strip.text[:1] for strip in strips]


async def test_back_to_an_answered_win_no_bar_runs_down_the_whole_page(
    store: Store, clock: FixedClock
) -> None:
    seed_three_wins(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        header = walk.query_one("#walk-header", Static)
        page = walk.query_one("#walk")
        await pilot.press("y", "a", "enter", "n")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: app.screen is walk)
        await pilot.press("pagedown")
        await wait_until(pilot, lambda: "2 of 3" in str(header.render()))
        assert app.focused is walk.query_one("#q1")
        assert left_edge(page).count(" ") == len(left_edge(page))

        await pilot.press("pageup")
        await wait_until(pilot, lambda: "1 of 3" in str(header.render()))
        await pilot.pause()

        assert app.focused is page, "Enter on the page keeps the answers"
        assert set(left_edge(page)) == {" "}, "no bar beside the whole page"
        # The win card shows where the focus is instead, without colour too.
        assert walk.query_one("#win-card").styles.border_top[0] == "heavy"
