"""What a user reads stays whole at 80×24: an open drop-down hides what it covers,
notices keep clear of a page's title and fields, dialog hints and form fields show
their whole text, and the journal and home give a win's title the room."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.geometry import Region
from textual.screen import Screen
from textual.widgets import DataTable, Input, Select
from textual.widgets._select import SelectOverlay
from textual.widgets._toast import Toast

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo, seed_export_demo
from careerclimb_tui.domain.initiative import (
    Reading,
    Stage,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.journal import column_widths
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.problem_dialogs import DetailsDialog, PeopleDialog
from careerclimb_tui.screens.problem_proposal import ProposalScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import (
    make_app,
    notices,
    open_catalogue_check,
    open_journal,
    open_problem_page,
    run_app,
    save_driving,
    type_text,
    wait_until,
)


def line_at(app: object, y: int) -> str:
    """The text of one row of the screen as drawn."""
    strips = app.screen._compositor.render_strips()  # type: ignore[attr-defined]
    return "".join(segment.text for segment in strips[y])


async def test_the_open_format_list_hides_the_filters_beneath_it(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_export_demo(store, clock.today())
    async with run_app(store, clock) as (app, pilot):
        await pilot.press("x")
        kind = app.screen.query_one("#export-kind", Select)
        await wait_until(pilot, lambda: app.focused is kind)
        await pilot.press("enter")
        await wait_until(pilot, lambda: kind.expanded)
        await pilot.pause()

        overlay = kind.query_one(SelectOverlay)
        quarter = app.screen.query_one("#quarter", Select)
        # The list opens over the filters' row and reaches past its last field.
        assert overlay.region.y <= quarter.region.y < overlay.region.bottom
        assert overlay.region.right >= quarter.region.right

        # Nothing of the quarter's choice shows on the rows the list covers.
        for y in range(overlay.region.y, overlay.region.bottom):
            assert "quarters" not in line_at(app, y)
            assert "▼" not in line_at(app, y)


# --- notices keep clear of what the user reads ------------------------------------


def notice_regions(screen: Screen[object]) -> list[Region]:
    return [toast.region for toast in screen.query(Toast)]


def shown_part(screen: Screen[object], selector: str) -> Region:
    """What shows of the part of the page ``selector`` names (the page scrolls)."""
    part = screen.find_widget(screen.query_one(selector)).visible_region
    assert part.height
    return part


async def test_the_tracking_notice_leaves_the_title_and_next_step_readable(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_catalogue_check(pilot)
        # A strong peer would do this anyway: start tracking all the same.
        await pilot.press("y")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        page = app.screen
        await wait_until(pilot, lambda: bool(page.query(Toast)))
        await pilot.pause()

        said = notices(app)
        shown = notice_regions(page)
        title = shown_part(page, "#tracker-title")
        step = shown_part(page, "#tracker-status")

    assert said[0].startswith("Next step: ")
    assert shown
    assert not [toast for toast in shown if toast.overlaps(title)]
    assert not [toast for toast in shown if toast.overlaps(step)]


async def test_the_details_saved_notice_leaves_the_title_and_the_editor_in_place(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, "CI reruns eat the afternoon", "flaky-tests")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_problem_page(pilot)
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, DetailsDialog))
        await pilot.pause()
        await type_text(pilot, " daily")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        page = app.screen
        editor = page.query_one("#proposal-text")
        before = editor.region
        await wait_until(pilot, lambda: bool(page.query(Toast)))
        await pilot.pause()

        said = notices(app)
        shown = notice_regions(page)
        title = shown_part(page, "#proposal-title")
        while_told = editor.region

    assert said[0].startswith("Details saved")
    assert shown
    assert not [toast for toast in shown if toast.overlaps(title)]
    # The notice is drawn over the editor's foot: the editor neither shrinks nor
    # moves while it shows, so nothing jumps when it goes.
    assert while_told == before


# --- dialogs and forms show their whole text ---------------------------------------


async def test_the_people_dialog_shows_its_whole_key_hint(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_driving(store, clock, "CI reruns eat the afternoon", "flaky-tests")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("k")
        await wait_until(pilot, lambda: isinstance(app.screen, PeopleDialog))
        await pilot.pause()

        dialog = app.screen
        hint = dialog.find_widget(dialog.query_one(".dialog-keys"))
        shown = hint.visible_region
        drawn = " ".join(
            line_at(app, y)[shown.x : shown.right].strip()
            for y in range(shown.y, shown.bottom)
        )

    assert hint.visible_region == hint.region
    assert drawn.endswith("Ctrl+S or F2: save · Esc: cancel")


async def test_the_result_win_form_shows_the_whole_unit(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    problem = start_initiative("CI reruns eat the afternoon", now, "flaky-tests")
    problem = problem.with_changes(metric="CI reruns")
    earlier = now.date() - dt.timedelta(days=30)
    problem = add_reading(problem, Reading(60, "reruns/week", earlier), now)
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        problem = advance(problem, stage, now)
    save_initiative(
        store, add_reading(problem, Reading(12, "reruns/week", now.date()), now)
    )
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_problem_page(pilot)
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await pilot.pause()

        unit = app.screen.query_one("#unit", Input)
        box = unit.region
        drawn = line_at(app, box.y)[box.x : box.right].strip()
        before = app.screen.query_one("#before", Input).region

    assert unit.value == "reruns/week"
    assert drawn == "reruns/week"
    # The numbers keep room beside it.
    assert before.width >= 8


# --- the journal and home give a win's title the room --------------------------------

LONG_TITLE = "Moved the search service onto the new cluster live"


@pytest.mark.parametrize(
    ("widest", "expected"),
    [
        # No win has a dimension: the column is left out, the win has its room.
        ({"win": 80, "dimensions": 0}, {"date": 10, "framing": 8, "win": 51}),
        # One short name: the column is as wide as its heading.
        (
            {"win": 80, "dimensions": 9},
            {"date": 10, "framing": 8, "win": 39, "dimensions": 10},
        ),
        # Short titles: the names get the room the titles do not need.
        (
            {"win": 28, "dimensions": 40},
            {"date": 10, "framing": 8, "win": 28, "dimensions": 21},
        ),
    ],
)
def test_the_journal_columns_are_sized_to_their_text(
    widest: dict[str, int], expected: dict[str, int]
) -> None:
    assert column_widths(80, widest) == expected


async def test_a_journal_without_dimensions_shows_a_long_title_whole(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(Win(title=LONG_TITLE, date=clock.today()))
    async with run_app(store, clock) as (app, pilot):
        journal = await open_journal(pilot)
        table = journal.query_one("#wins", DataTable)
        await pilot.pause()
        keys = [str(key.value) for key in table.columns]
        title = str(table.get_row_at(0)[keys.index("win")])

    assert "dimensions" not in keys
    assert title == LONG_TITLE


async def test_home_does_not_repeat_a_measure_the_title_states(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    stated = "Cut p95 checkout latency from 800ms to 200ms"
    unstated = "Sped up checkout for every shopper"
    measure = Measure(before=800, after=200, unit="ms", label="p95")
    store.add_win(Win(title=stated, date=clock.today(), measure=measure))
    store.add_win(Win(title=unstated, date=clock.today(), measure=measure))
    async with run_app(store, clock) as (app, pilot):
        await wait_until(
            pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen._recent
        )
        await pilot.pause()
        table = app.screen.query_one("#recent", DataTable)
        titles = {str(table.get_row_at(row)[-1]) for row in range(table.row_count)}

    assert stated in titles
    # A title that does not state it still gets the measure after it.
    assert any(title.startswith(f"{unstated} (p95") for title in titles)
