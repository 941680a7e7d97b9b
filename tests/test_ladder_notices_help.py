"""What a newcomer reads first: the ladder's keys, hints beside notices, help tables."""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Footer, Static

# Not exported by textual.widgets: the widgets that draw a footer key and a notice.
from textual.widgets._footer import FooterKey
from textual.widgets._toast import Toast
from textual.widgets.data_table import ColumnKey

from careerclimb_tui import catalogue
from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_manager_demo, seed_problem_demo
from careerclimb_tui.domain.criteria import Criterion
from careerclimb_tui.screens.help import HelpScreen, key_text
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.screens.ladder_browser import LadderScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.manager_criteria import CriteriaScreen, _evidence_cell
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until
from tests.test_footer import DIALOGS, SCREENS, Opener, Seed, shown_keys

LADDER_KEYS = ["Lower level", "Higher level", "Your levels", "Compact", "Back"]


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (40, 12)], ids=str)
async def test_the_ladder_shows_its_keys_in_the_first_frame_it_draws(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    drawn: list[list[str]] = []
    draw = CareerClimbApp._display

    def record(app: CareerClimbApp, screen: Screen[object], update: object) -> None:
        # What the footer holds each time the ladder is put on the terminal.
        if isinstance(screen, LadderScreen):
            footer = screen.query_one(Footer)
            keys = footer.query(FooterKey).exclude(".-command-palette")
            drawn.append([key.description for key in keys])
        draw(app, screen, update)  # type: ignore[arg-type]

    monkeypatch.setattr(CareerClimbApp, "_display", record)
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("l")
        await wait_until(pilot, lambda: isinstance(app.screen, LadderScreen))
        await wait_until(pilot, lambda: bool(drawn))
        await pilot.pause()

    assert drawn
    assert drawn[0] == LADDER_KEYS, drawn[:5]
    assert all(keys == LADDER_KEYS for keys in drawn)


def toast_regions(screen: Screen[object]) -> list[Region]:
    return [toast.region for toast in screen.query(Toast)]


def covered(line: Region, toasts: list[Region]) -> list[Region]:
    return [toast for toast in toasts if toast.overlaps(line)]


async def test_a_saved_win_is_told_clear_of_the_hint_and_status_lines(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("k")
        assert isinstance(app.screen, LogWinScreen)
        await type_text(pilot, "Halved the on-call pages in a month")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await wait_until(pilot, lambda: bool(app.screen.query(Toast)))
        await pilot.pause()

        home = app.screen
        hints = home.query_one("#home-keys", Static).region
        assert hints.height
        assert not covered(hints, toast_regions(home))

        # Opening the journal takes home's notice down; deleting raises its own.
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        journal = app.screen
        await wait_until(pilot, lambda: not journal.query(Toast))
        await pilot.press("delete")
        await wait_until(pilot, lambda: bool(journal.query(Toast)))
        await pilot.pause()
        status = journal.query_one("#journal-count", Static).region
        assert status.height
        assert app._notifications
        assert not covered(status, toast_regions(journal))


@pytest.mark.parametrize(
    ("wins", "problem", "said"),
    [
        ((), False, "none"),
        ((3,), False, "1 win"),
        ((3, 4), False, "2 wins"),
        ((), True, "problem"),
        ((3,), True, "1 win + problem"),
        ((3, 4), True, "2 wins + problem"),
    ],
)
def test_a_criterions_evidence_is_said_in_words(
    wins: tuple[int, ...], problem: bool, said: str
) -> None:
    criterion = Criterion(
        text="Lead a change across teams",
        win_ids=wins,
        initiative_id=7 if problem else None,
    )
    assert _evidence_cell(criterion) == said


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=str)
async def test_evidence_with_a_problem_fits_its_column_whole(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        await pilot.pause()
        table = app.screen.query_one("#criteria-table", DataTable)
        evidence = [str(cell) for cell in table.get_column("ev")]
        width = table.columns[ColumnKey("ev")].width
        right = table.region.right

    assert evidence[0].splitlines()[0] == "1 win + problem"
    assert "+init" not in " ".join(evidence)
    assert all(len(line) <= width for cell in evidence for line in cell.splitlines())
    assert right <= size[0]


def help_rows(app: CareerClimbApp) -> list[tuple[str, str]]:
    table = app.screen.query_one("#help-keys", DataTable)
    return [
        (str(key), str(action))
        for key, action in (table.get_row_at(row) for row in range(table.row_count))
    ]


# Every screen and dialog but help itself, which explains the screen beneath it.
EXPLAINED = [opened for opened in [*SCREENS, *DIALOGS] if opened[0] != "HelpScreen"]


@pytest.mark.parametrize(
    ("name", "seed", "opener"), EXPLAINED, ids=[opened[0] for opened in EXPLAINED]
)
async def test_help_lists_every_key_the_footer_shows_and_the_palette(
    store: Store, clock: FixedClock, name: str, seed: Seed, opener: Opener
) -> None:
    seed(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await opener(app, pilot)
        shown = await shown_keys(app, pilot)
        footer = [(key_text(key.key_display), key.description) for key in shown]
        app.action_help()
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        rows = help_rows(app)

    # The help may word a key more fully than the footer has room for
    # ("Open in progress" for "In progress"), but never as another action.
    missing = [
        (key, does)
        for key, does in footer
        if not any(k == key and does.lower() in d.lower() for k, d in rows)
    ]
    assert not missing, (name, missing)
    assert (catalogue.HELP_PALETTE_KEY, catalogue.HELP_PALETTE_ACTION) in rows


async def test_the_journal_help_keeps_delete_while_typing_a_search(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await type_text(pilot, "dep")
        status = str(app.screen.query_one("#journal-count", Static).render())
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        rows = help_rows(app)

    assert "Del" in status
    assert ("Del", "Delete") in rows
    assert ("?", "Help") in rows


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=str)
@pytest.mark.parametrize("opening", [(), ("j",)], ids=["home", "journal"])
async def test_help_scrolls_as_one_region_down_to_its_last_key(
    store: Store, clock: FixedClock, size: tuple[int, int], opening: tuple[str, ...]
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press(*opening, "f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        dialog = app.screen
        scrolling = [
            widget
            for widget in dialog.walk_children(Widget)
            if widget.show_vertical_scrollbar
        ]
        table = dialog.query_one("#help-keys", DataTable)
        last = help_rows(app)[-1]
        await pilot.press("end")
        await pilot.pause()
        table_shows_all = table.region.height >= table.virtual_size.height
        bottom_seen = dialog.query_one("#help").scroll_offset.y > 0

    assert [widget.id for widget in scrolling] in (["help"], [])
    assert table_shows_all
    assert last == (catalogue.HELP_PALETTE_KEY, catalogue.HELP_PALETTE_ACTION)
    assert bottom_seen or not scrolling
