"""The promoted peers' common ground reads cleanly, and the kinds list moves as keyed.

A win named under a finding is cut after a whole word, never inside a number,
and a finding that wraps goes on under its own words. In a peer item's dialog,
ticking a kind of work leaves the highlight where it was, so Down moves one row.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from textual.widgets import SelectionList, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.gaps import latest_verdicts
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.screens.peer_form import PeerFormScreen, PeerItemDialog
from careerclimb_tui.screens.peers import PeersScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.names import cut_name
from tests.helpers import run_app, type_text, wait_until

FLAKY = "Cut flaky reruns from 31% to 2% across the web suite"


@pytest.mark.parametrize(
    ("title", "width", "shown"),
    [
        (FLAKY, 24, "Cut flaky reruns from…"),
        ("Cut p95 checkout latency by half", 24, "Cut p95 checkout…"),
        ("Checkout p95 — from 900 ms to 350 ms", 24, "Checkout p95 — from 900…"),
        ("Cut builds: 1,250 to 300 seconds", 16, "Cut builds…"),
        ("Build-time-down-from-1250s-to-300s", 24, "Build-time-down-from…"),
        ("1250000-requests-a-day", 6, "1250000…"),
        ("Short title", 24, "Short title"),
    ],
    ids=[
        "before a number",
        "after a word with digits",
        "a whole number fits",
        "no dangling colon",
        "one long word",
        "a long number first",
        "fits",
    ],
)
def test_a_cut_title_never_ends_inside_a_number(
    title: str, width: int, shown: str
) -> None:
    assert cut_name(title, width) == shown


def pattern_rows(screen: PeersScreen) -> list[str]:
    """The lines of the common ground as the user reads them."""
    return str(screen.query_one("#pattern", Static).render()).split("\n")


async def test_the_common_ground_cuts_titles_at_words_and_wraps_under_the_text(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    verdicts = latest_verdicts(store.reviews())
    [first, *_] = [
        win
        for win in store.wins()
        if verdicts.get(win.id or 0) is VerdictKind.NEXT_LEVEL
    ]
    store.update_win(replace(first, title=FLAKY))

    async with run_app(store, clock) as (app, pilot):
        await app.run_action("open('peers')")
        await wait_until(pilot, lambda: isinstance(app.screen, PeersScreen))
        screen = app.screen
        assert isinstance(screen, PeersScreen)
        await pilot.pause()
        rows = pattern_rows(screen)

    shown = "\n".join(rows)
    assert "“Cut flaky reruns from 31% to 2% across the…”" in shown
    assert not re.search(r"\d…", shown), "no number is cut in two"

    # Every line that goes on from a finding starts under the finding's words.
    continued = [
        (above, row)
        for above, row in zip(rows, rows[1:])
        if above.startswith(("· ", "▲ "))
        and row
        and row[0] == " "
        and not row.lstrip().startswith("↳")
    ]
    assert continued, "at 80 columns some finding wraps"
    for _, row in continued:
        assert row.startswith("  ") and row[2] != " ", row


async def test_down_after_ticking_a_kind_moves_one_row_from_there(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
        await app.run_action("open('peers')")
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, PeerFormScreen))
        await pilot.press("ctrl+n")
        await wait_until(pilot, lambda: isinstance(app.screen, PeerItemDialog))
        dialog = app.screen
        await type_text(pilot, "Led the cross-team API versioning design")
        await pilot.pause()

        await pilot.press("tab", "tab", "tab")
        kinds = dialog.query_one("#item-kinds", SelectionList)
        assert app.focused is kinds
        start = kinds.highlighted
        assert start is not None
        await pilot.press("space", "down")
        assert kinds.highlighted == start + 1
        await pilot.press("space")
        ticked = set(kinds.selected)

    assert ticked == {"cross_team", "direction"}
