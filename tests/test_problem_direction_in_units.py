"""Which way is better, read from the check's change with its units made one:
"3 days → 4 hours" is a drop, so lower is better everywhere it is used."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import improved
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_dialogs import ReadingDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives
from tests.helpers import make_app, open_catalogue_check, wait_until

SAID = "review wait: 3 days → 4 hours"


async def take_reading(
    pilot: Pilot[None], page: InitiativeScreen, **fields: str
) -> None:
    """Press m, fill the reading's fields by id, and save it."""
    app = pilot.app
    await pilot.press("m")
    await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
    await pilot.pause()
    for field, value in fields.items():
        app.screen.query_one(f"#field-{field}", Input).value = value
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: app.screen is page)


async def test_a_change_said_in_two_units_offers_and_keeps_lower_is_better(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        check = await open_catalogue_check(pilot)
        await pilot.press("n", "y")
        check.query_one("#check-change", Input).value = SAID
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        page = app.screen
        assert isinstance(page, InitiativeScreen)

        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        await pilot.pause()
        offered = app.screen.query_one("#field-better", Select).value
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is page)

        await take_reading(pilot, page, metric="Review wait", value="72", unit="hours")
        await wait_until(pilot, lambda: initiatives(store)[0].baseline is not None)
        await take_reading(pilot, page, value="10")
        await wait_until(pilot, lambda: bool(initiatives(store)[0].readings))
        await pilot.pause()
        measure = str(page.query_one("#tracker-measure", Static).render())

    [kept] = initiatives(store)
    assert offered == "lower"
    assert kept.better == "lower" and improved(kept) is True
    assert "not better yet" not in measure
