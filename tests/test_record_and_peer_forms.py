"""Typing through the conversation record and the promoted-peer form by keyboard.

Enter in a one-line field moves on, Tab stops only where typing shows, and leaving
with unsaved typing asks first. Each flow types as a person would.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.screens.manager_hub import ManagerHubScreen
from careerclimb_tui.screens.manager_record import RecordConversationScreen
from careerclimb_tui.screens.peer_form import PeerFormScreen
from careerclimb_tui.screens.peers import PeersScreen
from careerclimb_tui.store import Store, criteria_docs
from careerclimb_tui.store.peers_docs import peers
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.fields import FormSelect
from tests.helpers import make_app, type_text, wait_until

SIZE = (80, 24)

LINES = (
    "Lead a project that another team depends on",
    "Show a number that moved because of your work",
    "Mentor someone through their first incident",
)


# --- recording a conversation --------------------------------------------------------


async def open_record(pilot: Pilot[None]) -> RecordConversationScreen:
    await pilot.press("m", "n")
    await wait_until(
        pilot, lambda: isinstance(pilot.app.screen, RecordConversationScreen)
    )
    record = pilot.app.screen
    assert isinstance(record, RecordConversationScreen)
    return record


async def test_enter_in_the_date_and_cycle_moves_on_to_the_notes(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        record = await open_record(pilot)
        date = record.query_one("#talk-date", Input)
        date.focus()
        await pilot.pause()

        await pilot.press("enter")
        assert record.query_one("#talk-cycle", Input).has_focus
        await pilot.press("enter")
        assert record.query_one("#talk-notes", TextArea).has_focus
        await type_text(pilot, "\n".join(LINES))
        await pilot.press("ctrl+s")
        await pilot.pause()

        assert date.value == clock.today().isoformat()
        assert record.step == "criteria"
        assert [d.criterion.text for d in record.drafts] == list(LINES)


@pytest.mark.parametrize("back_to_date", [(), ("shift+tab", "shift+tab")])
async def test_enter_to_reach_the_notes_puts_no_blank_line_above_them(
    store: Store, clock: FixedClock, back_to_date: tuple[str, ...]
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        record = await open_record(pilot)
        await pilot.press(*back_to_date, "enter", "enter")
        notes = record.query_one("#talk-notes", TextArea)
        assert notes.has_focus
        await type_text(pilot, "\n".join(LINES))

        assert notes.text == "\n".join(LINES)


async def test_every_tab_stop_of_the_notes_step_is_a_field_that_takes_typing(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        record = await open_record(pilot)
        fields = {
            record.query_one("#talk-date", Input),
            record.query_one("#talk-cycle", Input),
            record.query_one("#talk-notes", TextArea),
        }
        stops = []
        for _ in range(4):
            await pilot.press("tab")
            stops.append(app.focused)
        assert all(stop in fields for stop in stops), stops

        await pilot.press("end", "A")
        date = record.query_one("#talk-date", Input)
        assert date.has_focus, "Tab from the notes comes round to the date"
        assert date.value.endswith("A"), "what is typed shows up in the field"


@pytest.mark.parametrize("field", ["#talk-date", "#talk-cycle"])
async def test_leaving_a_conversation_with_a_changed_date_or_cycle_asks_first(
    store: Store, clock: FixedClock, field: str
) -> None:
    seed_demo(store, clock.today())
    before = len(criteria_docs.conversations(store))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        record = await open_record(pilot)
        record.query_one(field, Input).focus()
        await pilot.press("end", "backspace")

        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert app.screen is record, "no keeps the typing"
        await pilot.press("escape", "y")
        assert isinstance(app.screen, ManagerHubScreen)
    assert len(criteria_docs.conversations(store)) == before


async def test_leaving_an_untouched_conversation_asks_nothing(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_record(pilot)
        await pilot.press("escape")
        assert isinstance(app.screen, ManagerHubScreen)


# --- recording a promoted peer -------------------------------------------------------


async def open_peer_form(pilot: Pilot[None]) -> PeerFormScreen:
    await pilot.app.run_action("open('peers')")
    await pilot.press("n")
    await wait_until(
        pilot,
        lambda: (
            isinstance(pilot.app.screen, PeerFormScreen)
            and bool(pilot.app.screen.query("#from-level"))
        ),
    )
    form = pilot.app.screen
    assert isinstance(form, PeerFormScreen)
    return form


async def test_a_shortened_name_stays_and_enter_walks_the_levels_to_the_month(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_peer_form(pilot)
        await type_text(pilot, "Priya Raman")
        # Each level: Enter opens its list, keeps the choice, moves on.
        await pilot.press("ctrl+t", "enter", *["enter"] * 6)
        await type_text(pilot, "2026-06")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, PeersScreen))
        assert form.is_attached is False

    [peer] = peers(Store(store.path, clock=clock))
    assert peer.name == "PR"
    assert peer.promoted_in == "2026-06"
    assert (peer.from_level, peer.to_level) == ("mid", "senior")


async def test_enter_in_the_name_moves_on_and_enter_opens_then_leaves_a_level(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_peer_form(pilot)
        await type_text(pilot, "JM")
        await pilot.press("enter")
        assert form.query_one("#from-level").has_focus
        from_level = form.query_one("#from-level", FormSelect)
        await pilot.press("enter")
        assert from_level.expanded, "Enter on a chosen level opens its list"
        await pilot.press("enter")
        assert not from_level.expanded and from_level.has_focus
        await pilot.press("enter")
        assert form.query_one("#to-level").has_focus
        await pilot.press("enter", "enter", "enter")
        when = form.query_one("#promoted-in", Input)
        assert when.has_focus
        await type_text(pilot, "2026-06")
        await pilot.press("enter")
        assert not when.has_focus

        assert form.query_one("#peer-name", Input).value == "JM"
        assert when.value == "2026-06"


async def test_ctrl_t_outside_the_name_shortens_it_and_leaves_the_focus_alone(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_peer_form(pilot)
        await type_text(pilot, "Priya Raman")
        advice = form.query_one("#advice", TextArea)
        advice.focus()
        await pilot.press("ctrl+t")
        assert form.query_one("#peer-name", Input).value == "PR"
        assert advice.has_focus


@pytest.mark.parametrize("what", ["month", "level"])
async def test_leaving_a_peer_with_only_a_month_or_a_level_changed_asks_first(
    store: Store, clock: FixedClock, what: str
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_peer_form(pilot)
        if what == "month":
            form.query_one("#promoted-in", Input).focus()
            await type_text(pilot, "2026-06")
        else:
            form.query_one("#to-level").focus()
            await pilot.press("space", "down", "enter")
            await pilot.pause()

        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is form)
        await pilot.press("escape", "y")
        await wait_until(pilot, lambda: isinstance(app.screen, PeersScreen))
    assert peers(store) == []


async def test_leaving_an_untouched_peer_form_asks_nothing(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_peer_form(pilot)
        await pilot.press("escape")
        assert isinstance(app.screen, PeersScreen)
