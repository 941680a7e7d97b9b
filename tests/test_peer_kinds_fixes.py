"""Kinds of work suggested for a promoted peer's items, and the peers table.

The suggestion reads what a peer did the way a reader would; the item dialog
offers it on a line under the kinds of work and ticks only what the user does. The
peers table says how many more dimensions a peer has in words, beside a count of
items that must not read as part of it.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, SelectionList, Static, TextArea

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.peers import Peer, PeerItem, suggest_kinds
from careerclimb_tui.screens.peer_form import PeerFormScreen, PeerItemDialog
from careerclimb_tui.screens.peers import PeersScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import peers, save_peer
from careerclimb_tui.widgets.names import names_cell
from tests.helpers import make_app, type_text, wait_until

SIZE = (80, 24)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Mentored three juniors to independent on-call; onboarding time fell "
            "from six weeks to two",
            ("mentoring",),
        ),
        ("Mentored two new joiners through their first on-call shifts", ("mentoring",)),
        ("Led the cross-team API versioning design", ("cross_team", "direction")),
        ("Led the cross‑team API versioning design", ("cross_team", "direction")),
        (
            "Designed the checkout API that three teams now call",
            ("cross_team", "direction"),
        ),
        ("Coordinated the rollout with partner teams", ("cross_team", "delivery")),
        (
            "Cut on-call pages by half for the payments and search teams",
            ("cross_team", "reliability"),
        ),
        ("Kept the on-call rotation healthy all year", ("reliability",)),
        ("Took on-call for the team every other week", ("reliability",)),
        (
            "Ran the postmortem for the March outage and fixed the root cause",
            ("reliability",),
        ),
        ("Paired with new hires until each shipped on their own", ("mentoring",)),
        ("Reviewed most of the team's pull requests", ()),
    ],
    ids=[
        "mentoring onto on-call",
        "new joiners on call",
        "cross-team design",
        "typographic hyphen",
        "designed an API",
        "partner teams",
        "named teams",
        "on-call rotation",
        "on-call alone",
        "outage root cause",
        "pairing",
        "activity",
    ],
)
def test_a_peers_item_is_suggested_the_kinds_a_reader_would_see(
    text: str, kinds: tuple[str, ...]
) -> None:
    assert suggest_kinds(text) == kinds


# --- the item dialog ---------------------------------------------------------------


async def open_item_dialog(pilot: Pilot[None]) -> PeerItemDialog:
    await pilot.app.run_action("open('peers')")
    await pilot.press("n")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, PeerFormScreen))
    await pilot.press("ctrl+n")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, PeerItemDialog))
    dialog = pilot.app.screen
    assert isinstance(dialog, PeerItemDialog)
    return dialog


def ticked(dialog: PeerItemDialog) -> set[str]:
    return set(dialog.query_one("#item-kinds", SelectionList).selected)


def guess_line(dialog: PeerItemDialog) -> str:
    """The line under the kinds of work, or empty while it is hidden."""
    line = dialog.query_one("#kinds-guess", Static)
    return str(line.render()) if line.display else ""


async def test_typed_words_tick_nothing_and_space_ticks_the_kind_offered(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_item_dialog(pilot)
        await type_text(pilot, "Mentored three juniors to independent on-call")
        await pilot.pause()
        assert ticked(dialog) == set()
        assert guess_line(dialog) == "Looks like: Growing others — space ticks it"

        await pilot.press("tab", "tab", "tab", "space")
        assert ticked(dialog) == {"mentoring"}
        assert guess_line(dialog) == ""

        await pilot.press("ctrl+s")
        form = app.screen
        assert isinstance(form, PeerFormScreen)
        form.query_one("#peer-name").focus()
        await type_text(pilot, "PR")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, PeersScreen))

    [peer] = peers(Store(store.path, clock=clock))
    assert [item.kinds for item in peer.items] == [("mentoring",)]


async def test_an_item_kept_at_once_keeps_only_the_kinds_the_user_ticked(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_item_dialog(pilot)
        area = dialog.query_one("#item-text", TextArea)
        # Words that arrive together with the key that keeps the item.
        area.load_text("Led the cross-team API versioning design")
        form = app.screen_stack[-2]
        assert isinstance(form, PeerFormScreen)
        dialog.action_save()
        await wait_until(pilot, lambda: bool(form._items))

        assert app.screen is form
        assert [item.kinds for item in form._items] == [()]


async def test_space_ticks_each_kind_offered_and_an_untick_is_final(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_item_dialog(pilot)
        await type_text(pilot, "Led the cross-team API versioning design")
        await pilot.pause()
        assert guess_line(dialog) == (
            "Looks like: Cross-team work, Design and RFCs — tick each with space"
        )

        dialog.query_one("#item-kinds", SelectionList).focus()
        await pilot.press("space", "down", "space")
        assert ticked(dialog) == {"cross_team", "direction"}
        await pilot.press("space")
        assert ticked(dialog) == {"cross_team"}
        assert guess_line(dialog) == "", "a kind the user took off is not offered"

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, PeerFormScreen))
        form = app.screen
        assert isinstance(form, PeerFormScreen)
        assert [item.kinds for item in form._items] == [("cross_team",)]


# --- the peers table ---------------------------------------------------------------


def test_more_dimensions_are_counted_in_words_where_all_do_not_fit() -> None:
    short = {"Scope and impact": "Scope…", "Technical direction": "Technical…"}
    names = ["Scope and impact", "Technical direction", "Ownership"]

    assert names_cell(names, short, 15) == "Scope… +2"
    assert names_cell(names[1:], short, 30) == "Technical direction, Ownership"
    assert names_cell(names[1:], short, 28) == "Technical direction +1"
    assert names_cell(names[:1], short, 26) == "Scope and impact"


async def test_the_peers_table_names_a_whole_dimension_beside_the_count_of_more(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    dims = ("scope_impact", "technical_direction", "ownership_initiative")
    save_peer(
        store,
        Peer(
            "PR", "mid", "senior", "2026-07", (PeerItem("Led it", dims), PeerItem("x"))
        ),
    )
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.app.run_action("open('peers')")
        await wait_until(pilot, lambda: isinstance(app.screen, PeersScreen))
        await pilot.pause()
        table = app.screen.query_one("#peers", DataTable)
        row = [str(cell) for cell in table.get_row_at(0)]

    assert row[3] == "2"
    assert row[4] == "Scope and impact +2"
