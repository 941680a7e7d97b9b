"""The problem dialogs mark the field in focus and frame an open drop-down; a
window too small to use shows its message with no notice over it."""

from __future__ import annotations

from textual.widgets import Select, TextArea
from textual.widgets._select import SelectOverlay

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.domain.initiative import Stage, advance, start_initiative
from careerclimb_tui.screens.problem_dialogs import DetailsDialog, ReadingDialog
from careerclimb_tui.screens.too_small import TooSmallScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, wait_until

BAR = "▌"


def line_at(app: object, y: int) -> str:
    """The text of one row of the screen as drawn."""
    strips = app.screen._compositor.render_strips()  # type: ignore[attr-defined]
    return "".join(segment.text for segment in strips[y])


def driving(store: Store, clock: FixedClock) -> None:
    """A problem being driven, with no baseline measured yet; stored."""
    store.save_profile(DEMO_PROFILE)
    now = clock.now()
    initiative = start_initiative("CI fails on flaky tests", now, "flaky-tests")
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING):
        initiative = advance(initiative, stage, now)
    save_initiative(store, initiative)


async def test_the_focused_text_box_of_the_details_dialog_shows_a_bar(
    store: Store, clock: FixedClock
) -> None:
    driving(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "e")
        await wait_until(pilot, lambda: isinstance(app.screen, DetailsDialog))
        await pilot.press("tab")
        await pilot.pause()
        box = app.focused
        assert isinstance(box, TextArea)

        y, x = box.region.y, box.region.x
        assert line_at(app, y)[x] == BAR

        # Moving on takes the bar along: the box left behind is blank again.
        await pilot.press("tab")
        await pilot.pause()
        assert line_at(app, y)[x] == " "


async def test_the_open_better_list_of_the_baseline_dialog_has_a_frame(
    store: Store, clock: FixedClock
) -> None:
    driving(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "m")
        await wait_until(pilot, lambda: isinstance(app.screen, ReadingDialog))
        await pilot.press("tab", "enter")
        await pilot.pause()
        select = app.screen.query_one("#field-better", Select)
        assert select.expanded

        overlay = select.query_one(SelectOverlay)
        region = overlay.region
        top = line_at(app, region.y)[region.x : region.right]
        bottom = line_at(app, region.bottom - 1)[region.x : region.right]
        # A tall frame: a line of blocks above the choices and below them.
        assert set(top[1:-1]) == {"▔"}
        assert set(bottom[1:-1]) == {"▁"}


async def test_a_notice_does_not_cover_the_too_small_message(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.notify("Saved. The 2026Q4 review resumes where you left it.")
        await pilot.pause()
        await pilot.resize_terminal(30, 10)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)

        shown = "".join(line_at(app, y) for y in range(10))
        assert "Saved" not in shown
        assert "Make the window larger" in shown

        # Given room again, the notice is back where it was raised.
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        shown = "".join(line_at(app, y) for y in range(24))
        assert "Saved" in shown
