"""A redraft not saved asks before the pitch is left; the peers list keeps room
for its widest short dimension name, as the journal does; and the reading dialog
opens at its title on a small terminal, its first field in view."""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import DataTable, Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.domain.peers import Peer, PeerItem
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.peers import PeersScreen
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.screens.problem_dialogs import ReadingDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import (
    pitch_versions,
    save_peer,
    save_pitch_version,
)
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.names import short_names, widest_lead_name
from tests.helpers import make_app, wait_until
from tests.test_dialog_focus_and_small_notices import driving

OWN_PITCH = "Deploy failures fell from one in five to one in forty after my fix."


def pitch_saved_once(store: Store, clock: FixedClock) -> None:
    """The sample career, with one pitch of the user's own words saved."""
    seed_demo(store, clock.today())
    save_pitch_version(store, OWN_PITCH, target_level=DEMO_PROFILE.target_level)


async def redrafted(pilot: Pilot[None], app: CareerClimbApp) -> PitchScreen:
    """Open the pitch on its saved version and redraft it from the records."""
    await pilot.press("p")
    await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
    screen = app.screen
    assert isinstance(screen, PitchScreen)
    area = screen.query_one("#pitch-text", TextArea)
    await wait_until(pilot, lambda: area.text == OWN_PITCH)
    await pilot.press("ctrl+r")
    await wait_until(pilot, lambda: area.text != OWN_PITCH)
    return screen


async def test_leaving_a_redraft_not_saved_asks_first(
    store: Store, clock: FixedClock
) -> None:
    pitch_saved_once(store, clock)
    app = make_app(store, clock)

    async with app.run_test(size=(100, 30)) as pilot:
        screen = await redrafted(pilot, app)
        title = str(screen.query_one("#pitch-title", Static).render())
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        asked = app.screen
        assert isinstance(asked, ConfirmDialog)
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is screen)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

    assert asked.question == catalogue.PITCH_DISCARD_DRAFT
    assert catalogue.PITCH_TITLE_EDITED not in title, "a redraft is not an edit"
    assert [v.text for v in pitch_versions(store)] == [OWN_PITCH]


async def test_a_redraft_saved_leaves_without_asking(
    store: Store, clock: FixedClock
) -> None:
    pitch_saved_once(store, clock)
    app = make_app(store, clock)

    async with app.run_test(size=(100, 30)) as pilot:
        await redrafted(pilot, app)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(pitch_versions(store)) == 2)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([["Collaboration and influence"], ["Scope and impact"]], 14),
        ([["Scope and impact", "Collaboration and influence"]], 6),
        ([[], ["Mentoring"]], 9),
        ([[]], 0),
    ],
    ids=["widest first name", "only the first name counts", "one word", "none"],
)
def test_the_widest_lead_name_is_measured_in_its_short_form(
    rows: list[list[str]], expected: int
) -> None:
    short = short_names(
        ["Scope and impact", "Collaboration and influence", "Mentoring", "Sc x"]
    )

    assert widest_lead_name(rows, short) == expected


async def test_the_peers_list_never_cuts_a_short_dimension_name(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    item = PeerItem("Ran the cross-team design reviews", ("collaboration_influence",))
    save_peer(store, Peer("Dana Whitfield-Okonkwo", "mid", "senior", items=(item,)))
    app = make_app(store, clock)

    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("P")
        await wait_until(pilot, lambda: isinstance(app.screen, PeersScreen))
        table = app.screen.query_one("#peers", DataTable)
        await wait_until(pilot, lambda: table.row_count == 1)
        cells = [str(cell) for cell in table.get_row_at(0)]

    assert cells[-1] == "Collaboration…"


async def test_the_reading_dialog_opens_at_its_title_on_a_small_terminal(
    store: Store, clock: FixedClock
) -> None:
    driving(store, clock)
    app = make_app(store, clock)

    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("o", "enter", "m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        dialog = app.screen
        page = dialog.query_one(".problem-dialog", VerticalScroll)
        first = dialog.query_one("#field-metric")
        title = dialog.query_one(".dialog-title")
        await wait_until(pilot, lambda: first.has_focus)
        await pilot.pause()
        await pilot.pause()
        view = page.content_region
        scrolled = page.scroll_y
        shown = [title.region, first.region]

    assert scrolled == 0
    assert all(view.contains_region(region) for region in shown), (
        "the title and the first field are in view"
    )
