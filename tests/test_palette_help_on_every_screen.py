"""Every screen's command palette offers the help, forms such as the rehearsal
chat too, which offer no other place to go."""

from __future__ import annotations

from textual.command import CommandList, CommandPalette
from textual.screen import Screen

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.help import HelpScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.manager_rehearsal import RehearsalScreen
from careerclimb_tui.store import Store
from tests.helpers import home_read, make_app, wait_until


def listed(palette: CommandPalette) -> list[str]:
    """The titles of the entries the palette lists, in order; none before the
    palette has drawn its list."""
    found = palette.query(CommandList)
    if not found:
        return []
    options = found.first()
    return [
        str(options.get_option_at_index(i).hit.text)  # type: ignore[attr-defined]
        for i in range(options.option_count)
    ]


async def test_a_forms_palette_offers_the_help_and_no_other_place(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    forms: list[Screen[object]] = [RehearsalScreen(seed=11), LogWinScreen()]
    async with app.run_test(size=(100, 30)) as pilot:
        await home_read(pilot)
        for form in forms:
            app.push_screen(form)
            await wait_until(pilot, lambda: app.screen is form)
            await pilot.press("ctrl+p")
            await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
            palette = app.screen
            assert isinstance(palette, CommandPalette)
            await wait_until(pilot, lambda: catalogue.COMMAND_QUIT in listed(palette))
            titles = listed(palette)
            assert catalogue.COMMAND_HELP in titles, titles
            assert catalogue.COMMAND_GO_HOME not in titles, titles

            help_index = titles.index(catalogue.COMMAND_HELP)
            await pilot.press(*["down"] * help_index, "enter")
            await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
            assert app.screen.about is form  # type: ignore[attr-defined]
            await pilot.press("escape")
            await wait_until(pilot, lambda: app.screen is form)
            form.dismiss()
            await wait_until(pilot, lambda: app.screen is not form)
