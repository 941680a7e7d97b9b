"""Recording a talk: the notes come first, and the field being filled is marked.

A user who pressed Tab twice from the empty notes typed the first criterion into
the cycle unseen: the notes now sit above the date and the cycle, where Tab goes
next, and a bar down the left edge marks the field that has the focus.
"""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Input, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.manager_record import RecordConversationScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until


def _barred(field: Widget) -> bool:
    """True when the field's box shows the focus bar down its left edge."""
    box = next(a for a in field.ancestors if a.has_class("record-field"))
    return box.styles.border_left[0] == "outer"


async def test_the_notes_come_first_and_the_focused_field_has_a_bar(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "n")
        await wait_until(
            pilot, lambda: isinstance(app.screen, RecordConversationScreen)
        )
        await pilot.pause()
        record = app.screen
        notes = record.query_one("#talk-notes", TextArea)
        date = record.query_one("#talk-date", Input)
        cycle = record.query_one("#talk-cycle", Input)
        notes_first = notes.region.y < date.region.y
        at_start = [_barred(f) for f in (notes, date, cycle)]

        await pilot.press("tab")
        await pilot.pause()
        after_tab = [_barred(f) for f in (notes, date, cycle)]

    assert notes_first
    assert at_start == [True, False, False]
    assert after_tab == [False, True, False]


def test_the_notes_hint_says_where_tab_goes() -> None:
    hint = catalogue.MANAGER_RECORD_NOTES_KEYS

    assert "Tab" in hint and "Shift+Tab" in hint
