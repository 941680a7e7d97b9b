"""Small layout matters at 80 columns: a linked win wraps under its own title,
the journal's Dimensions column holds every short name whole, the answers of the
one-problem dialog stand evenly apart, and the rows of the gap view open what
they show."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Button

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.domain.initiative import link_win
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.journal import column_widths
from careerclimb_tui.screens.problem_dialogs import ActiveInitiativeDialog
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, open_journal, run_app, save_driving, wait_until

LONG_TITLE = (
    "Moved every service of the payments team onto canary releases, with a "
    "rollback that needs nobody watching it"
)


def drawn_lines(widget: Widget) -> list[str]:
    """The lines a widget draws, trailing blanks dropped."""
    region = widget.region
    strips = widget.render_lines(Region(0, 0, region.width, region.height))
    return [strip.text.rstrip() for strip in strips]


async def test_a_long_linked_win_wraps_under_its_title(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(framed(Win(title=LONG_TITLE, date=dt.date(2026, 10, 5))))
    assert win.id is not None
    problem = save_driving(store, clock, "Releases need someone watching them")
    saved = save_initiative(store, link_win(problem, win.id, clock.now()))
    assert saved.id is not None

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(InitiativeScreen(saved.id))
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await wait_until(pilot, lambda: bool(app.screen.query("#tracker-wins")))
        wins = app.screen.query_one("#tracker-wins")
        await wait_until(pilot, lambda: len(drawn_lines(wins)) > 1)
        lines = drawn_lines(wins)

    first, *rest = lines
    assert first.lstrip().startswith(f"#{win.id}  5 Oct 2026  Moved every service")
    text_column = first.index("Moved")
    for line in rest:
        assert line[:text_column].strip() == "", "wrapped lines hang under the text"
        assert line[text_column] != " "
    assert " ".join(line.strip() for line in lines).endswith(LONG_TITLE)


@pytest.mark.parametrize(
    ("widest", "expected"),
    [
        (
            {"win": 80, "dimensions": 40, "short_dimension": 14},
            {"date": 10, "framing": 8, "win": 35, "dimensions": 14},
        ),
        (
            {"win": 80, "dimensions": 40, "short_dimension": 10},
            {"date": 10, "framing": 8, "win": 37, "dimensions": 12},
        ),
        (
            {"win": 80, "dimensions": 13, "short_dimension": 16},
            {"date": 10, "framing": 8, "win": 36, "dimensions": 13},
        ),
    ],
    ids=["a long short name", "short names fit the least", "full names fit"],
)
def test_the_dimensions_column_holds_its_widest_short_name(
    widest: dict[str, int], expected: dict[str, int]
) -> None:
    assert column_widths(80, widest) == expected


async def test_the_journal_never_cuts_a_short_dimension_name(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())

    async with run_app(store, clock) as (_app, pilot):
        journal = await open_journal(pilot)
        table = journal.query_one("#wins")
        await wait_until(
            pilot, lambda: any("Collaboration…" in x for x in drawn_lines(table))
        )
        lines = drawn_lines(table)

    assert not any("Collaborati…" in line for line in lines)


async def test_the_one_problem_dialog_spaces_its_answers_evenly(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    driving = save_driving(store, clock, "Releases need someone watching them")

    async with run_app(store, clock) as (app, pilot):
        await pilot.pause()
        app.push_screen(ActiveInitiativeDialog(driving))
        await wait_until(pilot, lambda: isinstance(app.screen, ActiveInitiativeDialog))
        await pilot.pause()
        buttons = list(app.screen.query(Button))
        regions = [button.region for button in buttons]

    assert len(buttons) == 3, "pause, drop or cancel: a driven problem is not done"
    gaps = {right.x - left.right for left, right in zip(regions, regions[1:])}
    assert gaps == {1}, "the same gap between every two answers"
    for button, region in zip(buttons, regions):
        # Each as wide as its words and the padding around them.
        assert region.width == len(str(button.label)) + 2
