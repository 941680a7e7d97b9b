"""Pictures of the focused field, at 80×24, in colour and with NO_COLOR set.

The focused question of the quarterly review, reminder switch of the settings and
field of the export screen each carry a bar in the accent colour on their left.
Without colour the bar is still drawn, so focus can be found either way. In a
list of choices only the ticked boxes hold a mark, and without colour the
highlighted row of a list is underlined as well as shaded. Update the pictures
after an intended change with ``pytest --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import SelectionList

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, wait_until

SIZE = (80, 24)
COLOURS = [pytest.param(False, id="colour"), pytest.param(True, id="no_color")]

Seed = Callable[[Store, FixedClock], None]
Before = Callable[[Pilot[None]], Awaitable[None]]


def demo_career(store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())


def review_quarter(store: Store, clock: FixedClock) -> None:
    from tests.test_review_flow import seed_quarter

    seed_quarter(store, clock)


async def second_question(pilot: Pilot[None]) -> None:
    """Answer the first question of the walk; focus moves to the second."""
    await pilot.press("r", "s", "n")
    await pilot.pause()


async def second_reminder(pilot: Pilot[None]) -> None:
    """Open the settings and move to the second reminder's switch."""
    pilot.app.action_open("settings")
    await pilot.pause()
    await pilot.press("tab", "tab")
    await pilot.pause()


async def since_field(pilot: Pilot[None]) -> None:
    """Open the export screen and move to its "since" date field."""
    await pilot.press("x")
    preview = pilot.app.screen.query_one("#export-preview", MarkdownPreview)
    await wait_until(pilot, lambda: bool(preview.text))
    await pilot.press("tab")
    await pilot.pause()


async def second_dimension_ticked(pilot: Pilot[None]) -> None:
    """Open the log-win form, move to its dimensions and tick the second one."""
    await pilot.press("w")
    await pilot.pause()
    pilot.app.screen.query_one("#dimensions", SelectionList).focus()
    await pilot.press("down", "space", "down")
    await pilot.pause()


async def journal_row(pilot: Pilot[None]) -> None:
    """Open the journal and move its cursor to the third win."""
    await pilot.press("j")
    await pilot.pause()
    await pilot.press("down", "down")
    await pilot.pause()


FOCUSED: list[tuple[str, Seed, Before]] = [
    ("review_question", review_quarter, second_question),
    ("settings_switch", demo_career, second_reminder),
    ("export_field", demo_career, since_field),
    ("dimension_choices", demo_career, second_dimension_ticked),
    ("journal_row", demo_career, journal_row),
]


@pytest.mark.parametrize("no_color", COLOURS)
@pytest.mark.parametrize(
    ("name", "seed", "before"), FOCUSED, ids=[case[0] for case in FOCUSED]
)
def test_the_focused_field_is_marked(
    snap_compare: Any,
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    seed: Seed,
    before: Before,
    no_color: bool,
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    seed(store, clock)
    app = make_app(store, clock)
    assert snap_compare(app, terminal_size=SIZE, run_before=before)
