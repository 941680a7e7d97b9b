"""Keys that arrive together reach the field that has focus by the time each is due.

A burst (fast typing, keys sent through tmux, typing on while the screen catches
up) is posted to the app in one go here, as a terminal delivers it, and only then
does the test let the app run.
"""

from __future__ import annotations

import datetime as dt

from textual import events
from textual.app import App
from textual.widgets import Input

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

NAMED_KEYS = {" ": "space", "\t": "tab", "\n": "enter"}


def send_burst(app: App[None], text: str) -> None:
    """Post every key of ``text`` to the app before it handles any of them."""
    for char in text:
        app.post_message(events.Key(NAMED_KEYS.get(char, char), char))


async def test_typing_after_tab_in_one_burst_goes_to_the_next_field(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        metric = form.query_one("#metric", Input)
        metric.focus()
        await pilot.pause()

        send_burst(app, "p95 latency\tms\t20\t12")
        unit, before, after = (
            form.query_one(f"#{name}", Input) for name in ("unit", "before", "after")
        )
        await wait_until(pilot, lambda: after.value == "12")
        assert (metric.value, unit.value, before.value) == ("p95 latency", "ms", "20")


async def test_names_typed_right_after_answering_yes_land_in_the_names_box(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        framed(Win(title="Ran the incident review", date=dt.date(2026, 10, 5)))
    )
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s", "n", "c", "enter")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        assert app.focused is walk.query_one("#q4")

        # "n" and "y" are answers to the question itself: arriving before the
        # focus moved, they would change the answer instead of being typed.
        send_burst(app, "yAnya, Payments team")
        who = walk.query_one("#q4-who", Input)
        await wait_until(pilot, lambda: who.value == "Anya, Payments team")
        [entry] = walk.review.entries_in_order()
        noticed = entry.answers.noticed
        assert noticed is None or noticed.outside, "the answer stays yes"


async def test_enter_in_a_one_line_field_of_the_win_form_moves_on(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        form.query_one("#metric", Input).focus()
        await pilot.pause()
        send_burst(app, "Deploy wait\nhours\n24\n2")
        after = form.query_one("#after", Input)
        await wait_until(pilot, lambda: after.value == "2")
        assert form.query_one("#unit", Input).value == "hours"
        assert form.query_one("#before", Input).value == "24"
        assert isinstance(app.screen, LogWinScreen), "Enter does not save the form"


async def test_a_name_typed_after_a_filled_in_list_starts_a_new_name(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        noticed = form.query_one("#noticed", Input)
        noticed.value = "SRE, support"
        noticed.focus()
        await pilot.pause()
        send_burst(app, "SRE director")
        await wait_until(pilot, lambda: noticed.value.endswith("director"))
        assert noticed.value == "SRE, support, SRE director"

        # Only on arriving: a word typed on after that is the same name.
        form.query_one("#unit", Input).focus()
        noticed.value = "Platform"
        noticed.focus()
        await pilot.pause()
        send_burst(app, " team")
        await wait_until(pilot, lambda: noticed.value.endswith("team"))
        assert noticed.value == "Platform team"


async def test_enter_on_a_chosen_drop_down_of_the_set_up_moves_on(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.screens.setup import SetupScreen
    from careerclimb_tui.widgets.fields import FormSelect

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        ladder = app.screen.query_one("#ladder", FormSelect)
        ladder.focus()
        await pilot.pause()
        await pilot.press("enter")
        assert not ladder.expanded
        assert app.focused is not ladder
