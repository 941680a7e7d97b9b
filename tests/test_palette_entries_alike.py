"""Every entry of the command palette reads alike: a category before its title, and
its key named the one way ("· key: F1 or ?", "Ctrl+Q"), as the help names keys."""

from __future__ import annotations

from textual.command import CommandList, CommandPalette

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.store import Store
from tests.helpers import make_app, open_journal, wait_until


def listed(palette: CommandPalette) -> dict[str, str]:
    """Each entry the palette lists, title → the line under it."""
    options = palette.query_one(CommandList)
    hits = [
        options.get_option_at_index(i).hit  # type: ignore[attr-defined]
        for i in range(options.option_count)
    ]
    return {str(hit.text): str(hit.help or "") for hit in hits}


async def test_every_palette_entry_has_a_category_and_names_its_key_alike(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_journal(pilot)
        await pilot.press("ctrl+p")
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        await wait_until(pilot, lambda: catalogue.COMMAND_QUIT in listed(palette))
        entries = listed(palette)

    assert all(": " in title for title in entries), list(entries)
    assert list(entries)[-1] == catalogue.COMMAND_QUIT
    assert catalogue.COMMAND_CHANGE_THEME in entries
    assert entries[catalogue.COMMAND_HELP] == catalogue.COMMAND_GO_KEY_HELP.format(
        purpose=catalogue.COMMAND_HELP_PURPOSE, key="F1 or ?"
    )
    assert entries[catalogue.COMMAND_QUIT] == catalogue.COMMAND_GO_KEY_HELP.format(
        purpose=catalogue.COMMAND_QUIT_PURPOSE, key="Ctrl+Q"
    )
    # The journal's own keys say what they are for and are named as the help
    # names them, never "^e".
    assert entries["Journal: Edit"] == catalogue.COMMAND_GO_KEY_HELP.format(
        purpose=catalogue.ACTION_PURPOSES["journal.edit"], key="Ctrl+E"
    )
    assert not any("^" in line for line in entries.values())
