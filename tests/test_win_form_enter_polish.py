"""Enter in "What changed" moves on to the measure, as in every field of the form.

Answers typed one after another with Enter between them each land in their own
field, instead of piling up as lines of "What changed".
"""

from __future__ import annotations

from textual.widgets import Input, TextArea

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import run_app, type_text, wait_until


async def test_answers_typed_with_enter_between_them_fill_their_own_fields(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen

        await type_text(pilot, "Cut CI time\nMerges unblocked\nBuild time\nmin\n")

        assert form.query_one("#title", TextArea).text == "Cut CI time"
        assert form.query_one("#changed", TextArea).text == "Merges unblocked"
        assert form.query_one("#metric", Input).value == "Build time"
        assert form.query_one("#unit", Input).value == "min"
        assert app.focused is form.query_one("#before", Input)

        await type_text(pilot, "40\n12")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

    (win,) = store.wins()
    assert win.what_changed == "Merges unblocked"
    assert win.measure is not None
    assert (win.measure.before, win.measure.after) == (40, 12)
