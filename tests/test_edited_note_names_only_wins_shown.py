"""The note on wins edited after their review names only wins the packet shows:
a win of another quarter, linked to nothing in the packet, is left out of it."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from textual.widgets import Select

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Noticed,
    answer,
    finish,
    mark_judged,
    read_change,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.export import ExportScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, wait_until

NOW = dt.datetime(2026, 12, 6, 9, 30, tzinfo=dt.timezone.utc)
MENTORED = "Mentored two juniors through their first on-call rotation"
SHIPPED = "Shipped the billing export in Q3"


def _reviewed_in_q4_then_edited(store: Store) -> None:
    """A Q3 win never reviewed, and a Q4 win reviewed, then given a new title."""
    store.save_profile(DEMO_PROFILE)
    store.add_win(framed(Win(title=SHIPPED, date=dt.date(2026, 8, 12))))
    win = store.add_win(framed(Win(title=MENTORED, date=dt.date(2026, 12, 6))))
    assert win.id is not None
    review = start_review(quarter_of(win.date), [win], NOW)
    review = answer(
        review,
        win.id,
        now=NOW,
        peer_could="yes",
        choice="chose",
        change=read_change(""),
        noticed=Noticed.nobody(),
    )
    store.save_review(finish(mark_judged(review, win, now=NOW), now=NOW))
    store.update_win(win.with_changes(title=f"{MENTORED} and wrote it up"))


@pytest.mark.parametrize(
    ("quarter", "told"), [("2026Q3", False), ("2026Q4", True)], ids=["Q3", "Q4"]
)
def test_the_command_tells_of_an_edit_only_in_the_packet_that_shows_it(
    store: Store,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    quarter: str,
    told: bool,
) -> None:
    _reviewed_in_q4_then_edited(store)
    path = tmp_path / "packet.md"

    argv = ["export", "--format", "md", "--quarter", quarter, "--output", str(path)]
    assert main(argv, clock=clock, out=io.StringIO()) == 0

    said = " ".join(capsys.readouterr().err.split())
    assert ("edited after its review" in said) is told
    assert (MENTORED in path.read_text(encoding="utf-8")) is told


@pytest.mark.parametrize(
    ("quarter", "told"), [("2026Q3", False), ("2026Q4", True)], ids=["Q3", "Q4"]
)
async def test_the_export_screen_tells_of_an_edit_only_in_the_packet_that_shows_it(
    store: Store, clock: FixedClock, quarter: str, told: bool
) -> None:
    _reviewed_in_q4_then_edited(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        preview = screen.query_one("#export-preview", MarkdownPreview)
        screen.query_one("#quarter", Select).value = quarter
        await wait_until(pilot, lambda: f"of {quarter}" in preview.text)

        status = " ".join(str(screen.query_one("#export-status").render()).split())
        assert ("edited after its review" in status) is told
        assert (MENTORED in preview.text) is told
