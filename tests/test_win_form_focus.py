"""Where typing goes in the win form, and how the user can tell.

Switching between the quick and the guided form leaves the focus on a field on
show; a focused field is scrolled into view with its label and marked by a bar
that shows without colour; the dimension list says which keys it takes; Enter in
"What did you do?" moves on, as in any one-line field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Label, SelectionList, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import run_app, told, type_text, wait_until

SMALL = (80, 24)
CHANGED = "Checkout team stopped re-running CI; merges unblocked"


def label_of(form: LogWinScreen, field: Widget) -> Label:
    """The label that asks for a field: the last one above it in the form."""
    above = None
    for node in form.query_one("#log-form").query("*"):
        if node is field:
            break
        if isinstance(node, Label):
            above = node
    assert above is not None
    return above


def in_view(form: LogWinScreen, field: Widget) -> bool:
    """True when the field and its label are both inside the visible form."""
    page = form.query_one("#log-form").region
    label = label_of(form, field).region
    return page.contains_region(field.region) and page.contains_region(label)


@asynccontextmanager
async def win_form(
    store: Store, clock: FixedClock, key: str = "w"
) -> AsyncIterator[tuple[App[None], Pilot[None], LogWinScreen]]:
    """Run the app at 80×24 for a user set up, and open the win form with ``key``
    (w the guided form, k the quick one).

    Yields:
        The running app, its pilot, and the form on screen.
    """
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock, SMALL) as (app, pilot):
        await pilot.press(key)
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        form = app.screen
        assert isinstance(form, LogWinScreen)
        yield app, pilot, form


def left_edge(form: LogWinScreen, field: Widget) -> str:
    """The kind of edge drawn on the left of a field or of what holds it."""
    page = form.query_one("#log-form")
    for node in field.ancestors_with_self:
        if node is page or not isinstance(node, Widget):
            break
        kind = node.styles.border_left[0]
        if kind not in ("", "none"):
            return kind
    return ""


async def test_switching_to_the_guided_form_types_into_what_changed(
    store: Store, clock: FixedClock
) -> None:
    async with win_form(store, clock, "k") as (app, pilot, form):
        await type_text(pilot, "Cut CI time")
        await pilot.press(*["tab"] * 5, *["backspace"] * 10)
        await type_text(pilot, "15/10/2026")
        assert app.focused is form.query_one("#date")

        await pilot.press("ctrl+t")
        await pilot.pause()
        changed = form.query_one("#changed", TextArea)
        assert app.focused is changed
        assert in_view(form, changed)

        await type_text(pilot, CHANGED)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

    [win] = store.wins()
    assert win.what_changed == CHANGED
    assert win.tags == ()
    assert win.date == dt.date(2026, 10, 15)


async def test_a_field_kept_through_the_switch_is_scrolled_into_view(
    store: Store, clock: FixedClock
) -> None:
    async with win_form(store, clock) as (app, pilot, form):
        for field, text in [
            ("#changed", "Merges unblocked"),
            ("#beneficiaries", "Checkout team"),
            ("#noticed", "Platform"),
            ("#tags", "ci"),
        ]:
            form.query_one(field, Widget).focus()
            await type_text(pilot, text)
        form.query_one("#dimensions", SelectionList).select("execution")
        date = form.query_one("#date", Input)
        date.focus()
        await pilot.pause()

        # Every question of the guided form is answered: the date keeps the
        # focus both ways, and is on screen with its label each time.
        await pilot.press("ctrl+t")
        assert app.focused is date
        await wait_until(pilot, lambda: in_view(form, date))
        await pilot.press("ctrl+t")
        assert app.focused is date
        await wait_until(pilot, lambda: in_view(form, date))

        await type_text(pilot, "ZZZ")
        assert date.value.endswith("ZZZ")


async def test_switching_to_the_quick_form_leaves_no_focus_on_a_hidden_field(
    store: Store, clock: FixedClock
) -> None:
    async with win_form(store, clock) as (app, pilot, form):
        await type_text(pilot, "Cut CI time\nMerges unblocked")
        assert app.focused is form.query_one("#changed")

        await pilot.press("ctrl+t")
        metric = form.query_one("#metric", Input)
        assert app.focused is metric, "the first empty field of the quick form"
        await wait_until(pilot, lambda: in_view(form, metric))


async def test_every_field_tabbed_to_is_shown_with_its_label(
    store: Store, clock: FixedClock
) -> None:
    async with win_form(store, clock) as (app, pilot, form):
        seen = []
        for key in ["tab"] * 10 + ["shift+tab"] * 10:
            await pilot.press(key)
            focused = app.focused
            assert focused is not None
            if focused.id in ("save", "cancel"):
                continue
            seen.append(focused.id)
            # The page scrolls to the field after the next refresh.
            await wait_until(pilot, lambda: in_view(form, focused))
        assert "tags" in seen and "title" in seen


async def test_the_focused_field_is_marked_by_a_bar_that_moves_nothing(
    store: Store, clock: FixedClock
) -> None:
    async with win_form(store, clock) as (app, pilot, form):
        title = form.query_one("#title")
        changed = form.query_one("#changed")
        left_before = changed.region.x

        def bar(field: Widget) -> str:
            return left_edge(form, field)

        assert (bar(title), bar(changed)) == ("outer", "blank")
        await pilot.press("enter")
        await pilot.pause()
        assert (bar(title), bar(changed)) == ("blank", "outer")
        assert changed.region.x == left_before


async def test_the_dimension_list_says_what_it_takes_and_keeps_letters(
    store: Store, clock: FixedClock
) -> None:
    async with win_form(store, clock) as (app, pilot, form):
        hint = form.query_one("#dimensions-hint")
        assert not hint.visible

        dimensions = form.query_one("#dimensions", SelectionList)
        dimensions.focus()
        # The hint shows on the focus; the page scrolls to it after the refresh.
        await wait_until(pilot, lambda: hint.visible and in_view(form, hint))

        await pilot.press(*"Scope")
        assert told(app, catalogue.LOG_DIMENSIONS_KEYS) == 1
        assert dimensions.selected == []
        assert app.focused is dimensions
        assert form.query_one("#title", TextArea).text == ""

        await pilot.press("tab")
        await pilot.pause()
        assert not hint.visible


async def test_enter_in_what_did_you_do_moves_on_to_what_changed(
    store: Store, clock: FixedClock
) -> None:
    async with win_form(store, clock) as (app, pilot, form):
        await type_text(pilot, "Cut CI time\nMerges unblocked")
        assert form.query_one("#title", TextArea).text == "Cut CI time"
        assert form.query_one("#changed", TextArea).text == "Merges unblocked"


async def test_several_lines_pasted_into_what_did_you_do_become_one(
    store: Store, clock: FixedClock
) -> None:
    async with win_form(store, clock) as (app, pilot, form):
        title = form.query_one("#title", TextArea)
        title.post_message(events.Paste("Cut CI time\n\n  for the checkout team\n"))
        await pilot.pause()
        assert title.text == "Cut CI time for the checkout team"
        assert told(app, catalogue.FIELD_PASTE_JOINED.format(count=2)) == 1


async def test_a_plan_is_called_a_plan_above_its_hint(
    store: Store, clock: FixedClock
) -> None:
    async with win_form(store, clock) as (app, pilot, form):
        await type_text(pilot, "We plan to cut build time in half")
        verdict = form.query_one("#coach-verdict")
        await wait_until(pilot, lambda: "plan" in str(verdict.render()))
        assert str(verdict.render()) == catalogue.COACH_PLAN
        assert "Nothing has changed yet" in str(form.query_one("#coach-hints").render())


async def test_enter_in_the_dimension_list_moves_on_and_keeps_the_tick(
    store: Store, clock: FixedClock
) -> None:
    async with win_form(store, clock) as (app, pilot, form):
        dimensions = form.query_one("#dimensions", SelectionList)
        dimensions.focus()
        await pilot.press("down", "space", "enter")
        await pilot.pause()
        assert len(dimensions.selected) == 1, "Enter did not untick"
        assert form.focused is not dimensions


async def test_a_field_stays_in_view_when_the_terminal_shrinks(
    store: Store, clock: FixedClock
) -> None:
    async with win_form(store, clock) as (app, pilot, form):
        beneficiaries = form.query_one("#beneficiaries")
        while app.focused is not beneficiaries:
            await pilot.press("tab")
        await pilot.pause()
        assert in_view(form, beneficiaries)

        await pilot.resize_terminal(40, 12)
        await wait_until(pilot, lambda: in_view(form, beneficiaries))

        assert app.focused is beneficiaries
