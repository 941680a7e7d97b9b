"""Home after unlocking, and the wording and fit of the journal, peers, gaps and ladder.

Each test drives the app at 80×24, as a person would, and reads what the screen
shows.
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual.app import App
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import DataTable, Footer, Input, Static

# Not exported by textual.widgets, but it is the widget the footer draws a key with.
from textual.widgets._footer import FooterKey

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_case_demo, seed_demo
from careerclimb_tui.domain.gaps import GapView, TrendPoint
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.peers import Peer, PeerItem, Signal, pattern_view
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import VerdictKind
from careerclimb_tui.domain.settings import Settings
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.gaps import trend_lines
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.screens.ladder_browser import LadderScreen
from careerclimb_tui.screens.passphrase import PassphraseScreen
from careerclimb_tui.screens.peers import PeersScreen
from careerclimb_tui.store import Store, crypto
from careerclimb_tui.store.settings_docs import save_settings
from careerclimb_tui.widgets.names import names_cell, short_names
from tests.helpers import make_app, type_text, wait_until

SIZE = (80, 24)
PASSPHRASE = "correct horse battery"


def screen_text(app: App[None]) -> list[str]:
    """The lines of the screen as drawn, without colours."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stretch passphrases cheaply: unlocking is tested here, not the KDF."""
    cheap = crypto.KdfSettings(crypto.ARGON2ID, cost=8, rounds=1, lanes=1)
    monkeypatch.setattr(crypto, "DEFAULT_KDF", cheap)


@pytest.mark.usefixtures("cheap_kdf")
async def test_home_lists_recent_wins_after_unlocking_at_80x24(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    # A saved theme can only be read once the file is unlocked, so it is applied
    # while home fills: the case where the rows used to stay hidden.
    save_settings(store, Settings(theme="nord"))
    titles = [win.title for win in store.wins()[:3]]
    store.encrypt(PASSPHRASE)
    locked = Store(store.path, clock=clock)

    app = make_app(locked, clock)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, PassphraseScreen)
        app.screen.query_one(Input).value = PASSPHRASE
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        home = app.screen
        await wait_until(pilot, lambda: home._recent is not None)
        await pilot.pause()

        shown = "\n".join(screen_text(app))
        for title in titles:
            assert title[:30] in shown


async def open_screen(pilot: Pilot[None], key: str, screen: type) -> None:
    await pilot.pause()
    await pilot.press(key)
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, screen))
    await pilot.pause()


async def test_the_journal_footer_fits_80_columns_while_a_search_is_on(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "j", JournalScreen)
        await type_text(pilot, "deploy")
        # On the list, Delete joins the footer and Esc still clears the search.
        await pilot.press("down")
        await pilot.pause()

        footer = app.screen.query_one(Footer)
        every = list(footer.query(FooterKey))
        palette = [key for key in every if key.has_class("-command-palette")]
        shown = [key for key in every if key not in palette]
        assert "Clear search" in [key.description for key in shown]
        assert len(shown) <= 6
        room = palette[0].region.x if palette else SIZE[0]
        for key in shown:
            assert key.region.right <= room, key.description


async def test_the_journal_says_how_many_wins_match_a_search(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    total = len(store.wins())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "j", JournalScreen)
        count = app.screen.query_one("#journal-count", Static)
        await type_text(pilot, "deploy")
        await pilot.pause()

        matches = app.screen.query_one("#wins", DataTable).row_count
        assert 0 < matches < total
        verb = "matches" if matches == 1 else "match"
        assert str(count.render()).startswith(f"{matches} of {total} wins {verb} ·")


def bundled_ladder() -> Ladder:
    found = load_shelf().get("software-engineer")
    assert found is not None
    return found


LADDER_NAMES = [dimension.name for dimension in bundled_ladder().dimensions]


@pytest.mark.parametrize(
    ("names", "width", "shown"),
    [
        (["Scope and impact"], 16, "Scope…"),
        (["Scope and impact", "Execution and delivery"], 18, "Scope…, Execution…"),
        (
            ["Scope and impact", "Execution and delivery", "Technical direction"],
            16,
            "Scope… +2",
        ),
        (["Scope and impact"], 40, "Scope and impact"),
        (
            ["Scope and impact", "Technical direction"],
            40,
            "Scope and impact, Technical direction",
        ),
    ],
)
def test_the_dimensions_column_names_every_row_the_same_way(
    names: list[str], width: int, shown: str
) -> None:
    assert names_cell(names, short_names(LADDER_NAMES), width) == shown


def test_the_peer_pattern_says_how_many_of_your_wins_are_next_level() -> None:
    ladder = bundled_ladder()
    item = PeerItem(
        "Led work across teams",
        ("collaboration_influence",),
        Signal.NEXT_LEVEL,
        ("cross_team",),
    )
    peer = Peer(name="A", from_level="mid", to_level="senior", items=(item,), id=1)
    day = dt.date(2026, 11, 18)
    wins = [
        Win(title=title, date=day, id=number, dimensions=("collaboration_influence",))
        for number, title in ((1, "Chaired the guild"), (2, "Ran the forum"))
    ]

    view = pattern_view([peer], ladder, wins, {1: VerdictKind.NEXT_LEVEL})

    [row] = [row for row in view.dimensions if row.key == "collaboration_influence"]
    assert row.sentence.endswith(
        "you have 2 wins in Collaboration and influence logged, 1 of them next-level."
    )


def test_the_gap_trend_counts_wins_and_dimensions_in_words() -> None:
    points = (
        TrendPoint(
            Quarter(2026, 3), wins=1, next_level=1, dimensions_covered=0, reviewed=1
        ),
        TrendPoint(Quarter(2026, 4), wins=1, next_level=0, dimensions_covered=1),
    )
    view = GapView(
        today=dt.date(2026, 11, 18),
        dimensions=(),
        focus=None,
        focus_reason="",
        cycle_closes=None,
        weeks_remaining=None,
        trend=points,
    )

    reviewed, unreviewed = trend_lines(view)

    assert reviewed.endswith("100% next-level (1 of 1) · 0 covered by then")
    assert unreviewed.endswith("not reviewed yet (1 win) · 1 covered by then")


async def test_moving_along_the_ladder_opens_the_new_pair_at_its_top(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "l", LadderScreen)
        body = app.screen.query_one("#ladder-body", VerticalScroll)
        body.scroll_to(y=12, animate=False)
        await pilot.pause()
        assert body.scroll_y == 12

        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert body.scroll_y == 0

        body.scroll_to(y=12, animate=False)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert body.scroll_y == 0


async def test_the_ladder_text_keeps_a_column_off_the_scrollbar(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "l", LadderScreen)
        body = app.screen.query_one("#ladder-body", VerticalScroll)
        bar = body.vertical_scrollbar.region
        assert bar.width > 0
        lines = screen_text(app)

        for _ in range(4):
            for y in range(bar.y, bar.bottom):
                assert lines[y][bar.x - 1] == " ", lines[y]
            body.scroll_to(y=body.scroll_y + bar.height, animate=False)
            await pilot.pause()
            lines = screen_text(app)


async def test_the_peer_list_names_dimensions_in_one_short_form(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "P", PeersScreen)
        table = app.screen.query_one("#peers", DataTable)
        cells = [str(table.get_row_at(row)[-1]) for row in range(table.row_count)]

        names = {dimension.name for dimension in app.ladder.dimensions}
        assert cells
        for cell in cells:
            shown, _, more = cell.partition(" +")
            # Whole where the row has room, cut with "…" where it has not,
            # and the rest counted, as the journal counts them.
            assert all(
                name in names or name.endswith("…") for name in shown.split(", ")
            ), cell
            assert not more or more.isdigit(), cell
