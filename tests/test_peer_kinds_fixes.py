"""Kinds of work suggested for a promoted peer's items, and the peers table.

The suggestion reads what a peer did the way a reader would; the item dialog
ticks what it suggests as the user types and keeps only ticks the user saw. The
peers table says how many more dimensions a peer has in words, beside a count of
items that must not read as part of it.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, SelectionList, TextArea

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


async def test_typed_words_tick_their_kinds_and_the_item_keeps_just_those(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_item_dialog(pilot)
        await type_text(pilot, "Mentored three juniors to independent on-call")
        await pilot.pause()
        assert ticked(dialog) == {"mentoring"}

        await pilot.press("ctrl+s")
        form = app.screen
        assert isinstance(form, PeerFormScreen)
        form.query_one("#peer-name").focus()
        await type_text(pilot, "PR")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, PeersScreen))

    [peer] = peers(Store(store.path, clock=clock))
    assert [item.kinds for item in peer.items] == [("mentoring",)]


async def test_kinds_not_yet_ticked_for_the_last_words_are_shown_before_keeping(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_item_dialog(pilot)
        area = dialog.query_one("#item-text", TextArea)
        # Words that arrive together with the key that keeps the item.
        area.load_text("Led the cross-team API versioning design")
        dialog.action_save()
        await pilot.pause()

        assert app.screen is dialog
        assert ticked(dialog) == {"cross_team", "direction"}
        assert any(
            "Cross-team work, Design and RFCs" in str(n.message)
            for n in app._notifications
        )

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, PeerFormScreen))
        form = app.screen
        assert isinstance(form, PeerFormScreen)
        assert [item.kinds for item in form._items] == [("cross_team", "direction")]


async def test_kinds_the_user_unticked_stay_unticked_when_kept(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_item_dialog(pilot)
        await type_text(pilot, "Kept the on-call rotation healthy all year")
        await pilot.pause()
        dialog.query_one("#item-kinds", SelectionList).focus()
        await pilot.press("down", "down", "space")
        assert ticked(dialog) == set()

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, PeerFormScreen))
        form = app.screen
        assert isinstance(form, PeerFormScreen)
        assert [item.kinds for item in form._items] == [()]


# --- the peers table ---------------------------------------------------------------


def test_more_dimensions_are_counted_in_words_where_all_do_not_fit() -> None:
    short = {"Scope and impact": "Scope…", "Technical direction": "Technical…"}
    names = ["Scope and impact", "Technical direction", "Ownership"]

    assert names_cell(names, short, 15) == "Scope… & 2 more"
    assert names_cell(names[1:], short, 30) == "Technical direction, Ownership"
    assert names_cell(names[1:], short, 28) == "Technical direction & 1 more"
    assert names_cell(names, short, 12) == "3 dimensions"
    assert names_cell(names[:1], short, 26) == "Scope and impact"


async def test_the_peers_table_never_shows_a_plus_count_beside_next_level_items(
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
    assert "+" not in row[4]
    assert row[4].endswith("& 2 more")
