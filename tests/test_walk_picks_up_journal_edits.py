"""A win edited in the journal, opened over the review walk, is the win the walk
goes on with: its next save of that win keeps the edit and is not refused."""

from __future__ import annotations

from textual.widgets import Input, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, notices, seed_win, type_text, wait_until

EDITED = "Canary releases for every service"
CHANGE = "Bad deploys caught in minutes, not days"


async def test_the_walk_saves_a_win_edited_in_the_journal_over_it(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed="Fewer bad deploys")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewWalkScreen))
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        await pilot.press("n", "c")

        # The journal opened over the walk, and the walk's win retitled there.
        app.action_open("journal")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.press("ctrl+e")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        app.screen.query_one("#title", TextArea).text = EDITED
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is walk)

        card = str(walk.query_one("#win-card", Static).render())
        assert EDITED in card, "the walk shows the win as edited"

        # Question 3 answered with a new text: the walk writes it to the win.
        q3 = walk.query_one("#q3", Input)
        q3.focus()
        q3.value = ""
        await type_text(pilot, CHANGE)
        await pilot.press("enter")
        await wait_until(pilot, lambda: walk.wins[1].what_changed == CHANGE)
        refused = catalogue.RECORD_CHANGED_ELSEWHERE in notices(app)

    saved = Store(store.path, clock=clock).win(1)
    assert (saved.title, saved.what_changed) == (EDITED, CHANGE)
    assert not refused


async def test_typing_in_the_walk_stays_while_the_journal_edits_its_win(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed="Fewer bad deploys")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewWalkScreen))
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        await pilot.press("n", "c")
        q3 = walk.query_one("#q3", Input)
        q3.value = CHANGE

        app.action_open("journal")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.press("ctrl+e")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        app.screen.query_one("#title", TextArea).text = EDITED
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is walk)

        assert q3.value == CHANGE, "the typing is still there"
        assert EDITED in str(walk.query_one("#win-card", Static).render())
        q3.focus()
        await pilot.press("enter")
        await wait_until(pilot, lambda: walk.wins[1].what_changed == CHANGE)
        refused = catalogue.RECORD_CHANGED_ELSEWHERE in notices(app)

    saved = Store(store.path, clock=clock).win(1)
    assert (saved.title, saved.what_changed) == (EDITED, CHANGE)
    assert not refused
