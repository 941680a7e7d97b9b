"""The journal's first keys and narrow filters; the gap view's and home's words."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from rich.cells import cell_len
from textual.geometry import Region
from textual.widgets import DataTable, Input, Select, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.criteria import STALE_WEEKS
from careerclimb_tui.domain.gaps import (
    CoverageReach,
    TrendPoint,
    coverage_reach,
    gap_view,
)
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import Review, VerdictKind
from careerclimb_tui.screens.gaps import GapScreen, trend_lines
from careerclimb_tui.screens.journal import JournalScreen, WinDetailScreen
from careerclimb_tui.store import Store
from tests.helpers import (
    home_read,
    make_app,
    open_journal,
    run_app,
    type_text,
    wait_until,
)
from tests.test_gaps import SCOPE, TECH, judge, make_ladder

# --- Journal: Down from the search --------------------------------------------------


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
@pytest.mark.parametrize("typed", ["", "prs"])
async def test_the_first_down_from_the_search_lands_on_the_newest_win(
    store: Store, clock: FixedClock, size: tuple[int, int], typed: str
) -> None:
    seed_full_demo(store, clock.today())
    newest = max(store.wins(), key=lambda win: (win.date, win.id or 0))
    app = make_app(store, clock)

    async with app.run_test(size=size) as pilot:
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        journal = app.screen
        assert isinstance(journal, JournalScreen)
        await pilot.press("slash")
        # A search typed and rubbed out again leaves the journal as it opened.
        await type_text(pilot, typed)
        if typed:
            assert journal.selected_win() not in (None, newest)
        await pilot.press(*["backspace"] * len(typed))
        assert isinstance(app.focused, Input) and not app.focused.value

        await pilot.press("down")
        assert isinstance(app.focused, DataTable)
        assert journal.query_one("#wins", DataTable).cursor_row == 0
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        detail = app.screen
        assert isinstance(detail, WinDetailScreen)
        assert detail.win.id == newest.id


# --- Journal: a measure the title already states ---------------------------------


@pytest.mark.parametrize(
    ("title", "measure", "shown"),
    [
        # The title gives the numbers: the row does not say them twice.
        (
            "Cut builds from 40 to 12 minutes",
            Measure(before=40, after=12, unit="minutes", label="build time"),
            "Cut builds from 40 to 12 minutes",
        ),
        # The title does not: the measure follows it.
        (
            "Fixed the build cache",
            Measure(before=40, after=12, unit="minutes", label="build time"),
            "Fixed the build cache (build time 40 → 12 minutes",
        ),
    ],
)
async def test_a_journal_row_states_a_measure_once(
    store: Store, clock: FixedClock, title: str, measure: Measure, shown: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(Win(title=title, date=clock.today(), measure=measure))

    async with run_app(store, clock, size=(120, 24)) as (_, pilot):
        journal = await open_journal(pilot)
        table = journal.query_one("#wins", DataTable)
        row = " ".join(str(cell) for cell in table.get_row_at(0))
        assert shown in row
        assert row.count("40") == 1


# --- Journal: the filters on a narrow terminal --------------------------------------


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_search_box_keeps_room_beside_the_quarter_filter(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)

    async with app.run_test(size=size) as pilot:
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.pause()
        search = app.screen.query_one("#search", Input)
        quarter = app.screen.query_one("#quarter", Select)
        label = quarter.query_one("SelectCurrent #label", Static)
        screen = Region(0, 0, *size)

        # Side by side, both whole on screen, neither over the other.
        assert screen.contains_region(search.region)
        assert screen.contains_region(quarter.region)
        assert not search.region.overlaps(quarter.region)
        # The search gets at least the filter's room, and its hint is not cut.
        assert search.region.width >= quarter.region.width
        assert cell_len(search.placeholder) <= search.content_region.width
        # The filter still reads "All quarters" in full.
        assert label.content_region.width >= cell_len(str(label.render()).strip())


# --- Gap view: which wins the trend's dimension counts stand on ---------------------


@pytest.mark.parametrize(
    ("quarter", "today", "reach"),
    [
        (Quarter(2026, 4), dt.date(2026, 11, 18), CoverageReach.SO_FAR),
        (Quarter(2026, 4), dt.date(2026, 12, 31), CoverageReach.SO_FAR),
        (Quarter(2026, 4), dt.date(2027, 1, 1), CoverageReach.BY_THEN),
        (Quarter(2026, 3), dt.date(2026, 11, 18), CoverageReach.BY_THEN),
        (Quarter(2026, 3), dt.date(2026, 9, 30), CoverageReach.SO_FAR),
        # A fiscal year from April: its Q3 ends on the last day of December.
        (Quarter(2027, 3, start_month=4), dt.date(2026, 12, 31), CoverageReach.SO_FAR),
        (Quarter(2027, 3, start_month=4), dt.date(2027, 1, 2), CoverageReach.BY_THEN),
    ],
)
def test_a_quarter_counts_its_dimensions_so_far_until_it_ends(
    quarter: Quarter, today: dt.date, reach: CoverageReach
) -> None:
    assert coverage_reach(quarter, today) is reach


def test_the_trend_says_its_dimension_counts_include_earlier_quarters(
    clock: FixedClock,
) -> None:
    wins, reviews = judge(
        [
            (1, dt.date(2026, 8, 10), (SCOPE,), VerdictKind.NEXT_LEVEL),
            (2, dt.date(2026, 10, 5), (TECH,), VerdictKind.NEXT_LEVEL),
        ]
    )
    this_quarter_only = [r for r in reviews if r.quarter == "2026Q4"]

    def trend(judged: list[Review]) -> list[TrendPoint]:
        view = gap_view(make_ladder(), "senior", wins, judged, [], clock.today(), None)
        return list(view.trend)

    before, after = trend(this_quarter_only), trend(reviews)

    # Reviewing an earlier quarter adds to this quarter's count, not to its share.
    assert (before[-1].dimensions_thin, after[-1].dimensions_thin) == (1, 2)
    assert before[-1].next_level_share == after[-1].next_level_share
    # So the words say the counts take in every win up to then.
    view = gap_view(make_ladder(), "senior", wins, reviews, [], clock.today(), None)
    lines = trend_lines(view)
    assert lines[-1].endswith("100% next-level (1 of 1) · 0 covered so far, 2 thin")
    assert lines[-2].endswith("100% next-level (1 of 1) · 0 covered by then, 1 thin")


# --- Home and the gap view agree on a criterion's age -------------------------------


async def test_home_and_the_gap_view_agree_on_how_long_a_criterion_has_waited(
    store: Store,
) -> None:
    seed_day = dt.date(2026, 11, 18)
    seed_full_demo(store, seed_day)
    # A week after the demo's day: its oldest open criterion is now 7 weeks old.
    later = FixedClock(dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.timezone.utc))
    app = make_app(store, later)

    async with app.run_test(size=(100, 40)) as pilot:
        home_screen = await home_read(pilot)
        notes = str(home_screen.query_one("#home-notes", Static).render())
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        flagged = [str(s.render()) for s in app.screen.query(".gaps-flagged")]

    home = re.search(r"without evidence for (\d+) weeks( or more)?", notes)
    assert home is not None
    ages = [
        int(m.group(1))
        for m in map(re.compile(r"(\d+) weeks ago").search, flagged)
        if m
    ]
    assert ages and max(ages) > STALE_WEEKS
    # Home names the threshold; it must not read as an age the gap view denies.
    assert int(home.group(1)) == STALE_WEEKS and home.group(2)
