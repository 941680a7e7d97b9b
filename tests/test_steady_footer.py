"""The footer follows every change of the keys it shows, and only those."""

from __future__ import annotations

from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import journal_opened, run_app, type_text, wait_until


def footer_keys(footer: Footer) -> list[FooterKey]:
    return list(footer.query(FooterKey))


def described(footer: Footer) -> dict[str, tuple[str, bool]]:
    """Each key the footer shows: its description and whether it is dimmed."""
    return {
        key.key: (key.description, key.has_class("-disabled"))
        for key in footer_keys(footer)
    }


async def test_moving_through_a_form_keeps_the_footer_as_it_is(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        footer = app.screen.query_one(Footer)
        await wait_until(pilot, lambda: bool(footer_keys(footer)))
        await pilot.pause()
        before = footer_keys(footer)
        shown = described(footer)

        first = app.focused
        await pilot.press("tab", "tab")
        await wait_until(pilot, lambda: app.focused is not first)
        await pilot.pause()
        after = footer_keys(footer)
        still = described(footer)

    # The same keys, not built again: the footer stays still as the focus moves.
    assert still == shown
    assert all(kept is was for kept, was in zip(after, before, strict=True))


async def test_the_footer_follows_a_key_that_changes_what_it_does(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with journal_opened(store, clock) as (app, pilot, journal):
        footer = journal.query_one(Footer)
        await wait_until(pilot, lambda: "escape" in described(footer))
        leaving = described(footer)["escape"]

        await type_text(pilot, "zzzq")
        await wait_until(pilot, lambda: described(footer)["escape"] != leaving)
        searching = described(footer)

        await pilot.press("escape")
        await wait_until(pilot, lambda: described(footer)["escape"] == leaving)
        cleared = described(footer)

    assert leaving == ("Back", False)
    assert searching["escape"] == ("Clear search", False)
    # Nothing matches: no win to edit, so its key is shown dimmed.
    assert searching["ctrl+e"] == ("Edit", True)
    assert cleared["ctrl+e"] == ("Edit", False)
