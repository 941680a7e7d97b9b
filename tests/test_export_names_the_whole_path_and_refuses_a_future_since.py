"""A file exported under a bare name is named in full once written, and a packet
may not begin after today.

A name such as ``brag.md`` lands in the folder the app was started from, which
the user may not remember; the notice says the whole path. A packet whose Since
day or quarter begins after today could hold no win, so it is refused.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_problem_demo
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.export.packet import starts_after_today
from careerclimb_tui.screens.export import ExportScreen
from careerclimb_tui.screens.problem_dialogs import ExportDialog
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, wait_until

TODAY = dt.date(2026, 11, 18)
PERIODS = [
    # (since, quarter, whether the period begins after today)
    (None, None, False),
    (TODAY, None, False),
    (TODAY + dt.timedelta(days=1), None, True),
    (dt.date(2099, 1, 1), None, True),
    (None, Quarter(2026, 4), False),
    (None, Quarter(2027, 1), True),
    (None, Quarter(2027, 2, start_month=7), False),
    (None, Quarter(2027, 3, start_month=7), True),
    (dt.date(2026, 10, 1), Quarter(2026, 4), False),
]  # fmt: skip


@pytest.mark.parametrize("since, quarter, ahead", PERIODS)
def test_a_period_that_begins_after_today_is_told(
    since: dt.date | None, quarter: Quarter | None, ahead: bool
) -> None:
    assert starts_after_today(since, quarter, TODAY) is ahead


async def test_the_export_screen_refuses_a_since_after_today(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(store, clock.today())
    target = tmp_path / "packet.md"
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        preview = screen.query_one("#export-preview", MarkdownPreview)
        await wait_until(pilot, lambda: bool(preview.text))
        status = screen.query_one("#export-status", Static)
        screen.query_one("#export-path", Input).value = str(target)
        since = screen.query_one("#since", Input)
        since.value = "2026-11-19"
        since.focus()
        await pilot.press("enter")

        await wait_until(pilot, lambda: status.has_class("error"))
        assert str(status.render()) == catalogue.EXPORT_SINCE_AHEAD.format(
            since="2026-11-19", today="2026-11-18"
        )
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: status.has_class("error"))
        assert not target.exists()

        # Today itself is a day a win may have.
        since.value = "2026-11-18"
        await pilot.press("enter")
        await wait_until(pilot, lambda: not status.has_class("error"))
        await pilot.press("ctrl+s")
        await wait_until(pilot, target.exists)


# (case, the keys that open the export, the path field)
PLACES = [
    ("packet", ("x",), "#export-path"),
    ("proposal", ("o", "enter", "p", "f3"), "#field-path"),
    ("prep plan", ("m", "p", "f3"), "#field-path"),
]


@pytest.mark.parametrize(
    ("keys", "field_id"),
    [place[1:] for place in PLACES],
    ids=[place[0] for place in PLACES],
)
async def test_a_bare_file_name_is_written_and_named_with_its_whole_path(
    store: Store,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    keys: tuple[str, ...],
    field_id: str,
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    started_in = tmp_path / "started-here"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    whole = str(started_in / "brag.md")

    app = make_app(store, clock)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press(*keys)
        await wait_until(
            pilot, lambda: isinstance(app.screen, (ExportDialog, ExportScreen))
        )
        screen = app.screen
        if isinstance(screen, ExportScreen):
            preview = screen.query_one("#export-preview", MarkdownPreview)
            await wait_until(pilot, lambda: bool(preview.text))
        field = screen.query_one(field_id, Input)
        field.value = "brag.md"
        field.focus()
        await pilot.press("ctrl+s")
        await wait_until(pilot, (started_in / "brag.md").exists)

        # Laid out at this width, the path in the notice is on one line.
        await wait_until(
            pilot,
            lambda: any(whole in str(n.message) for n in app._notifications),
        )
        if isinstance(screen, ExportScreen):
            status = screen.query_one("#export-status", Static)
            assert whole in str(status.render())
