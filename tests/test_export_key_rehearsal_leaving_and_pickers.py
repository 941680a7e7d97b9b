"""One key exports everywhere, a rehearsal is left the way it is started again,
and pickers say which answer holds now and hang their wrapped lines.

1. F3 exports on every screen that writes a file, and means nothing else.
2. Esc over a meeting under way asks as Ctrl+N does, Ctrl+Q asks about the
   rehearsal rather than a form, and the seed field names the last seed on every
   visit.
3. The status picker marks the status that holds now and starts on it.
4. At 40x12 the manager menu and the difficulty list wrap under their words.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

from textual.binding import Binding
from textual.pilot import Pilot
from textual.widgets import Input, Label, OptionList

from careerclimb_tui import catalogue, screens
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_manager_demo
from careerclimb_tui.domain.criteria import STATUSES
from careerclimb_tui.screens.manager_criteria import CriteriaScreen
from careerclimb_tui.screens.manager_dialogs import ChoiceDialog
from careerclimb_tui.screens.manager_prep import PrepScreen
from careerclimb_tui.screens.manager_rehearsal import (
    ENDED,
    SETUP,
    TALKING,
    RehearsalScreen,
)
from careerclimb_tui.screens.peer_form import PeerFormScreen
from careerclimb_tui.screens.problem_dialogs import ExportDialog
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, wait_until

ASK = (
    "I want to get to Senior engineer in the next cycle. What would I need to "
    "demonstrate, specifically?"
)

# --- 1. F3 exports ------------------------------------------------------------------

EXPORTING = {"export", "write"}
"""The actions that write a file."""


def every_screen_binding() -> Iterator[tuple[str, Binding]]:
    """(class name, binding) for every binding of every screen and dialog."""
    for module_info in pkgutil.iter_modules(screens.__path__):
        module = importlib.import_module(f"{screens.__name__}.{module_info.name}")
        for name, value in vars(module).items():
            if not isinstance(value, type) or value.__module__ != module.__name__:
                continue
            for binding in vars(value).get("BINDINGS", []):
                if isinstance(binding, Binding):
                    yield name, binding


def test_f3_exports_on_every_screen_that_exports_and_means_nothing_else() -> None:
    bindings = list(every_screen_binding())
    exporting = [(name, b) for name, b in bindings if b.action in EXPORTING]
    on_f3 = [(name, b.action) for name, b in bindings if "f3" in b.key.split(",")]

    assert {name for name, _ in exporting} >= {
        "PrepScreen",
        "ProposalScreen",
        "ExportScreen",
    }
    assert all("f3" in b.key.split(",") for _, b in exporting), exporting
    assert all(action in EXPORTING for _, action in on_f3), on_f3


async def test_f3_on_the_prep_offers_to_export_it(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "p")
        await wait_until(pilot, lambda: isinstance(app.screen, PrepScreen))
        await pilot.press("x")
        await pilot.pause()
        x_exports = isinstance(app.screen, ExportDialog)
        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))

    assert not x_exports


async def test_ctrl_t_turns_a_peers_name_into_initials(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("P", "n")
        await wait_until(pilot, lambda: isinstance(app.screen, PeerFormScreen))
        name = app.screen.query("Input").first(Input)
        name.focus()
        name.value = "Priya Raman"
        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: name.value == "PR")

    assert "Ctrl+T" in catalogue.PEER_NAME_HINT and "F3" not in catalogue.PEER_NAME_HINT


# --- 2. Leaving a rehearsal ---------------------------------------------------------


async def open_rehearsal(pilot: Pilot[None], seed: int = 725402) -> RehearsalScreen:
    pilot.app.push_screen(RehearsalScreen(seed=seed))
    await pilot.pause()
    await pilot.press("s")
    screen = pilot.app.screen
    assert isinstance(screen, RehearsalScreen)
    await wait_until(pilot, lambda: screen.phase == TALKING)
    return screen


async def say(pilot: Pilot[None], screen: RehearsalScreen, line: str) -> None:
    said = screen.rehearsal.user_turns if screen.rehearsal else 0
    screen.query_one("#say", Input).value = line
    await pilot.press("enter")
    await wait_until(
        pilot,
        lambda: screen.rehearsal is not None and screen.rehearsal.user_turns > said,
    )


async def question_after(pilot: Pilot[None], key: str) -> str | None:
    """The question ``key`` asks, or None when it asks nothing."""
    await pilot.press(key)
    await pilot.pause()
    await pilot.pause()
    dialog = pilot.app.screen
    return dialog.question if isinstance(dialog, ConfirmDialog) else None


async def test_esc_asks_once_something_was_said_and_not_before(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_rehearsal(pilot)
        await say(pilot, screen, ASK)
        talking = await question_after(pilot, "escape")
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is screen)

        await pilot.press("ctrl+f")
        await wait_until(pilot, lambda: screen.phase == ENDED)
        ended = await question_after(pilot, "escape")
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is screen)
        new = await question_after(pilot, "ctrl+n")
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is screen)
        app.pop_screen()

        quiet = await open_rehearsal(pilot)
        silent = await question_after(pilot, "escape")
        left = quiet not in app.screen_stack

    assert talking == catalogue.MANAGER_REHEARSE_DISCARD
    assert ended == catalogue.MANAGER_REHEARSE_LEAVE_NOTES
    assert new == catalogue.MANAGER_REHEARSE_NEW
    # The same kind of question: what goes, and that rehearsals are not saved.
    for question in (talking, ended, new):
        assert question is not None and question.endswith("rehearsals are not saved.")
    assert silent is None and left


async def test_ctrl_q_asks_about_the_rehearsal_not_a_form(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_rehearsal(pilot)
        await say(pilot, screen, ASK)
        talking = await question_after(pilot, "ctrl+q")
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is screen)
        await pilot.press("ctrl+f")
        await wait_until(pilot, lambda: screen.phase == ENDED)
        ended = await question_after(pilot, "ctrl+q")
        await pilot.press("n")

    assert talking == catalogue.MANAGER_REHEARSE_QUIT
    assert ended == catalogue.MANAGER_REHEARSE_QUIT_ENDED
    assert "form" not in f"{talking} {ended}"


async def test_the_seed_field_names_the_last_seed_after_leaving_and_coming_back(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        first = RehearsalScreen()
        app.push_screen(first)
        await pilot.pause()
        before = str(first.query_one("#seed-label", Label).content)
        first.query_one("#seed", Input).value = "659191"
        await pilot.press("s")
        await wait_until(pilot, lambda: first.phase == TALKING)
        await pilot.press("escape")
        await wait_until(pilot, lambda: first not in app.screen_stack)

        again = RehearsalScreen()
        app.push_screen(again)
        await wait_until(pilot, lambda: again.is_mounted and again.phase == SETUP)
        after = str(again.query_one("#seed-label", Label).content)

    assert before == catalogue.MANAGER_REHEARSE_SEED
    assert after == catalogue.MANAGER_REHEARSE_SEED_LAST.format(seed=659191)


# --- 3. The status picker -----------------------------------------------------------


async def test_the_status_picker_marks_the_status_now_and_starts_on_it(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        criteria = app.screen
        assert isinstance(criteria, CriteriaScreen)
        current = criteria._current()
        assert current is not None
        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        choices = app.screen.query_one("#choices", OptionList)
        prompts = [
            str(choices.get_option_at_index(i).prompt)
            for i in range(choices.option_count)
        ]
        highlighted = choices.highlighted

    now = STATUSES.index(current.status)
    assert prompts[now] == catalogue.MANAGER_CHOICE_NOW.format(label=current.status)
    assert [p for i, p in enumerate(prompts) if i != now] == [
        s for s in STATUSES if s != current.status
    ]
    assert highlighted == now


# --- 4. Wrapped options hang under their words --------------------------------------


def rows_of(pilot: Pilot[None]) -> list[str]:
    return [strip.text for strip in pilot.app.screen._compositor.render_strips()]


def hangs(rows: list[str], first: str, wrapped: str) -> bool:
    """True when the row with ``wrapped`` starts it under ``first``'s column."""
    starts = [r.index(first) for r in rows if first in r]
    under = [r.index(wrapped) for r in rows if wrapped in r]
    return bool(starts) and starts == under


async def test_wrapped_menu_lines_hang_under_the_words_at_40_by_12(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("m")
        # The hub opens on its title; the first arrow key brings the menu in.
        await wait_until(pilot, lambda: type(app.screen).__name__ == "ManagerHubScreen")
        await pilot.press("down", "up")
        await wait_until(
            pilot, lambda: hangs(rows_of(pilot), "Prepare:", "from your own"), 1000
        )
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, RehearsalScreen))
        # The first key brings the list in; up to its first level, Easy.
        await pilot.press("up", "up", "up")
        await wait_until(
            pilot, lambda: hangs(rows_of(pilot), "Easy:", "you ask for"), 1000
        )
