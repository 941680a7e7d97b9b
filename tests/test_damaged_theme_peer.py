"""The damaged-file screen restores as the doctor does; themes and peer
dimensions read as words."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from textual.widgets import DataTable, OptionList, Select

from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_case_demo, seed_demo
from careerclimb_tui.domain.records import Win
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.damaged import DamagedFileScreen
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.peer_form import PeerFormScreen
from careerclimb_tui.screens.settings import SettingsScreen, theme_title
from careerclimb_tui.store import DataFileDamaged, Store
from careerclimb_tui.store.settings_docs import load_settings
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, wait_until

# --- the damaged-file screen ------------------------------------------------------


def _add_wins(store: Store, count: int, prefix: str) -> None:
    if store.profile() is None:
        store.save_profile(DEMO_PROFILE)
    for number in range(count):
        store.add_win(Win(f"{prefix} {number}", dt.date(2026, 11, 3)))


def _cut_in_half(store: Store) -> bytes:
    raw = store.path.read_bytes()
    store.path.write_bytes(raw[: len(raw) // 2])
    return store.path.read_bytes()


def _app_on_damaged(store: Store, clock: FixedClock) -> CareerClimbApp:
    with pytest.raises(DataFileDamaged) as caught:
        Store(store.path, clock=clock).check()
    fresh = Store(store.path, clock=clock)
    return CareerClimbApp(fresh, load_shelf(), clock=clock, problem=caught.value)


def _screen_text(app: CareerClimbApp) -> str:
    text = " ".join(str(s.render()) for s in app.screen.query("Static"))
    return " ".join(text.split())


@pytest.fixture
def fuller_older_backup(store: Store, clock: FixedClock) -> Store:
    """Five wins backed up on 19 Nov; three deleted, so the 20 Nov backup holds
    two; then the data file was cut short on the 20th."""
    _add_wins(store, 5, "early")
    clock.advance(days=1)
    for win in store.wins()[:3]:
        store.delete_win(win.id)
    clock.advance(days=1)
    _add_wins(store, 1, "late")
    _cut_in_half(store)
    return store


async def test_the_damaged_screen_offers_the_backup_holding_the_most_wins(
    fuller_older_backup: Store, clock: FixedClock
) -> None:
    store = fuller_older_backup
    names = [path.name for path in store.backups()]
    assert "careerclimb-20261120.json" in names, "a newer backup holding fewer"
    app = _app_on_damaged(store, clock)

    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, DamagedFileScreen)
        text = _screen_text(app)
        assert "careerclimb-20261119.json (taken 2026-11-19); it holds 5 wins" in text
        assert "careerclimb-20261120.json" not in text
        assert "anyway" not in text

        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

    assert len(Store(store.path, clock=clock).wins()) == 5


@pytest.fixture
def fifty_wins_cut_in_half(store: Store, clock: FixedClock) -> bytes:
    """Yesterday's backup holds 1 win; today's file held 50 and was cut in half."""
    _add_wins(store, 1, "first")
    clock.advance(days=1)
    _add_wins(store, 49, "later")
    return _cut_in_half(store)


async def test_a_backup_far_smaller_than_the_damaged_file_is_not_restored_on_one_key(
    store: Store, clock: FixedClock, fifty_wins_cut_in_half: bytes
) -> None:
    app = _app_on_damaged(store, clock)

    async with app.run_test(size=(100, 30)) as pilot:
        text = _screen_text(app)
        assert "(taken 2026-11-19); it holds 1 win, but the damaged data file" in text
        assert "still shows" in text and "before the damage" in text
        assert "Putting it back would lose the wins it lacks" in text

        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        question = str(app.screen.query_one("Static").render())
        assert question.startswith("Put back careerclimb-20261119.json anyway?")
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, DamagedFileScreen))

    assert store.path.read_bytes() == fifty_wins_cut_in_half
    assert not list(store.path.parent.glob("careerclimb.json.damaged-*"))


async def test_a_confirmed_restore_puts_the_smaller_backup_back_and_keeps_the_file(
    store: Store, clock: FixedClock, fifty_wins_cut_in_half: bytes
) -> None:
    app = _app_on_damaged(store, clock)

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        said = [n.message for n in app._notifications]

    assert len(Store(store.path, clock=clock).wins()) == 1
    kept = list(store.path.parent.glob("careerclimb.json.damaged-*"))
    assert [path.read_bytes() for path in kept] == [fifty_wins_cut_in_half]
    assert any("careerclimb-20261119.json (1 win)" in message for message in said)


# --- theme names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("theme", "title"),
    [
        ("textual-dark", "Textual dark"),
        ("textual-light", "Textual light"),
        ("catppuccin-mocha", "Catppuccin Mocha"),
        ("atom-one-dark", "Atom One dark"),
        ("ansi-light", "ANSI light"),
        ("rose-pine-dawn", "Rose Pine Dawn"),
        ("tokyo-night", "Tokyo Night"),
        ("nord", "Nord"),
        ("dark", "Dark"),
        ("my_own-theme", "My Own Theme"),
    ],
)
def test_a_theme_is_named_in_words_not_by_its_id(theme: str, title: str) -> None:
    assert theme_title(theme) == title


async def test_settings_lists_themes_by_name_and_saves_the_id(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        app.action_open("settings")
        await wait_until(pilot, lambda: isinstance(app.focused, Select))
        picker = app.screen.query_one("#theme", Select)
        label = picker.query_one("SelectCurrent #label")
        assert str(label.render()) == "Textual dark"

        await pilot.press("enter")
        overlay = picker.query_one("SelectOverlay", OptionList)
        await wait_until(pilot, lambda: app.focused is overlay)
        count = overlay.option_count
        shown = [str(overlay.get_option_at_index(i).prompt) for i in range(count)]
        assert "catppuccin-mocha" not in shown
        steps = shown.index("Catppuccin Mocha") - shown.index("Textual dark")
        await pilot.press(*(["down"] * steps if steps > 0 else ["up"] * -steps))
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.theme == "catppuccin-mocha")
        await pilot.press("f2")
        await wait_until(pilot, lambda: not isinstance(app.screen, SettingsScreen))

    assert load_settings(store).theme == "catppuccin-mocha"


# --- the peer form's items --------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "first_row"),
    [((80, 24), "Scope…\nCollaboration…"), ((100, 30), "Scope…\nCollaboration…")],
)
async def test_the_peer_form_names_an_items_dimensions_never_a_bare_count(
    store: Store, clock: FixedClock, size: tuple[int, int], first_row: str
) -> None:
    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())
    app = make_app(store, clock)

    async with app.run_test(size=size) as pilot:
        await app.run_action("open('peers')")
        await pilot.pause()
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, PeerFormScreen))
        await pilot.pause()
        table = app.screen.query_one("#items", DataTable)
        rows = [
            [str(cell) for cell in table.get_row_at(row)]
            for row in range(table.row_count)
        ]

    assert rows[0][2] == first_row
    tags = [cell for row in rows for cell in row[2:]]
    assert not any(re.search(r"\+\d", cell) for cell in tags), tags
