"""The notice shown on taking a problem names the step its page shows."""

from __future__ import annotations

from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives
from tests.helpers import make_app, notices, open_catalogue_check, wait_until


async def test_the_notice_and_the_page_name_the_same_next_step(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        check = await open_catalogue_check(pilot)
        await pilot.press("n", "y")
        check.query_one("#check-change", Input).value = "Lead time 2 days → 4 hours"
        check.query_one("#check-outside", Input).value = "Support"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        page = app.screen
        await wait_until(pilot, lambda: bool(notices(app)))
        await pilot.pause()
        told = notices(app)
        status = str(page.query_one("#tracker-status", Static).render())

    [kept] = initiatives(store)
    step = kept.next_step
    assert step and f"next step: {step}" in " ".join(status.split())
    assert told == [catalogue.PROBLEM_STARTED.format(step=step)]
    assert "proposal" not in told[0]
