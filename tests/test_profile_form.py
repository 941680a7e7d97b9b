"""Editing the profile from home: the form opens on what is saved, and asks
before a change is thrown away."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import Input, OptionList, Select, Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.setup import SetupScreen, level_options
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, wait_until

SIZE = (80, 24)
SHORT = (80, 16)


async def test_the_profile_opens_on_the_levels_that_are_saved(
    store: Store, clock: FixedClock
) -> None:
    # Neither level is the one the form would offer by default.
    store.save_profile(
        replace(DEMO_PROFILE, current_level="senior", target_level="principal")
    )
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        await pilot.pause()
        form = app.screen
        assert form.query_one("#current", Select).value == "senior"
        assert form.query_one("#target", Select).value == "principal"

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
    saved = store.profile()
    assert saved is not None
    assert (saved.current_level, saved.target_level) == ("senior", "principal")


async def test_leaving_the_profile_with_a_change_asks_first(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        form = app.screen

        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        form = app.screen
        await pilot.press("end", "X", "escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen is form)
        assert form.query_one("#name", Input).value == "SamX"

        await pilot.press("escape", "y")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
    saved = store.profile()
    assert saved is not None and saved.name == "Sam"


async def test_a_cycle_date_that_cannot_be_read_is_said_at_the_field(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SHORT) as pilot:
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        form = app.screen
        cycle = form.query_one("#cycle", Input)
        cycle.focus()
        cycle.value = "2026-13-40"
        await pilot.press("enter")
        await pilot.pause()
        assert form.focused is cycle, "the focus stays on the date to mend"
        shown = form.query_one("#cycle-error", Static)
        assert "2026-13-40" in str(shown.render())
        await pilot.pause()
        page = form.query_one("#setup-form")
        assert shown.region.height > 0, "the reason is on screen"
        assert page.region.contains_region(shown.region), "the reason is in view"

        cycle.value = ""
        await pilot.pause()
        assert str(form.query_one("#cycle-error", Static).render()) == ""
        await pilot.press("enter")
        await pilot.pause()
        assert form.focused is not cycle


async def test_raising_the_current_level_past_the_target_says_where_it_went(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        form = app.screen
        form.query_one("#current", Select).value = "senior"
        await wait_until(
            pilot, lambda: form.query_one("#target", Select).value == "staff"
        )
        await pilot.pause()
        messages = [notice.message for notice in app._notifications]
        assert any(m.startswith("Target moved to Staff") for m in messages)


def offered_targets(form: SetupScreen) -> list[str]:
    """The level ids the target drop-down lists, in order."""
    ladder = form.careerclimb.shelf.get("software-engineer")
    assert ladder is not None
    ids_by_label = {label: level_id for label, level_id in level_options(ladder)}
    overlay = form.query_one("#target", Select).query_one("SelectOverlay", OptionList)
    prompts = [
        str(overlay.get_option_at_index(index).prompt)
        for index in range(overlay.option_count)
    ]
    return [ids_by_label[prompt] for prompt in prompts]


async def test_the_first_run_offers_as_targets_only_the_levels_above(
    store: Store, clock: FixedClock
) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        form = app.screen
        assert isinstance(form, SetupScreen)
        assert form.query_one("#current", Select).value == "mid"
        assert offered_targets(form) == ["senior", "staff", "senior_staff", "principal"]


async def test_lowering_the_current_level_keeps_the_target_and_says_nothing(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(
        replace(DEMO_PROFILE, current_level="senior", target_level="staff")
    )
    app = make_app(store, clock)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        form = app.screen
        assert isinstance(form, SetupScreen)
        assert offered_targets(form) == ["staff", "senior_staff", "principal"]

        form.query_one("#current", Select).value = "junior"
        await wait_until(pilot, lambda: "mid" in offered_targets(form))
        await pilot.pause()
        assert offered_targets(form) == [
            "mid",
            "senior",
            "staff",
            "senior_staff",
            "principal",
        ]
        assert form.query_one("#target", Select).value == "staff"
        assert list(app._notifications) == []

        form.query_one("#current", Select).value = "principal"
        await wait_until(pilot, lambda: offered_targets(form) == ["principal"])
        assert form.query_one("#target", Select).value == "principal"


async def test_a_bad_date_reached_by_enter_shows_its_reason_in_view(
    store: Store, clock: FixedClock
) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        form = app.screen
        # Each drop-down on the way: Enter opens it, keeps the choice, moves on.
        await pilot.press("S", "a", "m", "enter", *["enter"] * 9)
        assert form.focused is form.query_one("#cycle", Input)
        await pilot.press(*"2026-13-40", "enter")
        await pilot.pause()
        await pilot.pause()
        shown = form.query_one("#cycle-error", Static)
        page = form.query_one("#setup-form")
        assert shown.region.height > 0, "the reason is on screen"
        assert page.region.contains_region(shown.region), "the reason is in view"


async def test_saving_with_an_unreadable_date_says_why_at_the_field(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=SHORT) as pilot:
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        form = app.screen
        cycle = form.query_one("#cycle", Input)
        cycle.value = "2026-13-45"
        form.query_one("#name", Input).focus()
        await pilot.press("ctrl+s")
        await pilot.pause()

        assert form.focused is cycle, "the focus goes to the date to mend"
        assert "2026-13-45" in str(form.query_one("#cycle-error", Static).render())
        assert app.screen is form, "nothing saved"
