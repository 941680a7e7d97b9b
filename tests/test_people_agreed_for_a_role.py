"""Someone who agreed counts for the role given with their name: once "Priya
(tech lead)" has agreed, "Tech lead" is no longer still to agree, on the page and
when buy-in is left.
"""

from __future__ import annotations

import datetime as dt

from textual.pilot import Pilot
from textual.widgets import Input, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Stage,
    advance,
    left_undone,
    start_initiative,
)
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.problem_dialogs import PeopleDialog, StageDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from tests.helpers import make_app, open_problem_page, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)


def at_buy_in() -> Initiative:
    initiative = start_initiative("Releases fail one time in five", NOW)
    for stage in (Stage.PROPOSED, Stage.BUY_IN):
        initiative = advance(initiative, stage, NOW)
    return initiative


async def record_people(
    pilot: Pilot[None], page: InitiativeScreen, **fields: str
) -> None:
    """Press k, fill in some of the People form, save and wait for the save."""
    before = page.initiative
    await pilot.press("k")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, PeopleDialog))
    for name, value in fields.items():
        pilot.app.screen.query_one(f"#field-{name}", Input).value = value
    await pilot.press("ctrl+s")
    await wait_until(
        pilot, lambda: pilot.app.screen is page and page.initiative != before
    )


def people_shown(page: InitiativeScreen) -> str:
    return " ".join(str(page.query_one("#tracker-people", Static).content).split())


async def test_a_role_agreed_for_by_name_is_no_longer_still_to_agree(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_initiative(store, at_buy_in())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        page = await open_problem_page(pilot)
        await record_people(
            pilot,
            page,
            to_agree="Tech lead, Engineering manager",
            agreed="Priya (tech lead)",
        )
        assert "Still to agree: Engineering manager" in people_shown(page)

        await record_people(pilot, page, agreed="Priya (tech lead), Sam - EM")
        assert "Still to agree" not in people_shown(page)
        await pilot.press("a")
        await wait_until(pilot, lambda: isinstance(app.screen, StageDialog))

    [kept] = initiatives(Store(store.path, clock=clock))
    assert kept.stakeholders.still_to_agree == ()
    assert left_undone(kept) == ()
