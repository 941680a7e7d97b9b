"""Saving an override in the review walk says which call is now kept.

The walk looks much the same once the dialog closes, so a short notice confirms
that the user's own call was saved.
"""

from __future__ import annotations

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.screens.review_walk import OverrideDialog, ReviewWalkScreen
from careerclimb_tui.store import Store
from tests.helpers import notices, run_app, seed_win, type_text, wait_until

CURRENT_LEVEL_ANSWERS = ("y", "a", "enter", "n")
"""Answers to the four questions that make the win current-level."""


async def test_saving_an_override_names_the_call_kept(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("r", "s", *CURRENT_LEVEL_ANSWERS)
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)

        await pilot.press("o")
        assert isinstance(app.screen, OverrideDialog)
        # From "use the four questions' verdict" up to unclear, current, next.
        await pilot.press("up", "up", "up", "enter")
        await type_text(pilot, "Adopted by two other teams")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is walk)

        kept = catalogue.WALK_OVERRIDE_KEPT.format(kind="next-level")
        await wait_until(pilot, lambda: kept in notices(app))
        assert kept == "Override kept: next-level."
        assert catalogue.WALK_OVERRIDE_AGREES not in notices(app)
        entry = walk.review.entry(win.id or 0)
        assert entry.override_kind is VerdictKind.NEXT_LEVEL
