"""Moving on by itself after an answer, a whole problem name, and the set-up form.

An answer picked with one key takes the focus to the next field; a Tab pressed
out of habit right after stays on that field once, and says why. The problem
check shows a long name from the catalogue in full. The set-up form keeps the
focused field, with its label, in view and marks it without relying on colour.
"""

from __future__ import annotations

import datetime as dt

import pytest
from textual import events
from textual.app import App
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Label, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.problem_check import CandidateCheckScreen
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.screens.setup import SetupScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until
from tests.test_key_bursts import send_burst


def said(app: App[None], text: str) -> int:
    """How many notifications now on screen say ``text``."""
    return sum(1 for shown in app._notifications if shown.message == text)


def shown_lines(widget: Widget) -> list[str]:
    """The text a widget shows, line by line, without the blanks around it."""
    region = widget.region
    strips = widget.render_lines(Region(0, 0, region.width, region.height))
    return [strip.text.strip() for strip in strips]


def screen_text(app: App[None]) -> list[str]:
    """Every character on the screen, row by row: what is left without colour."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def one_win_to_review(store: Store) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        framed(Win(title="Ran the incident review", date=dt.date(2026, 10, 5)))
    )


async def open_walk(pilot: Pilot[None]) -> ReviewWalkScreen:
    await pilot.press("r", "s")
    walk = pilot.app.screen
    assert isinstance(walk, ReviewWalkScreen)
    assert walk.focused is walk.query_one("#q1")
    return walk


async def open_own_check(pilot: Pilot[None]) -> CandidateCheckScreen:
    """Open the check for a problem of the user's own, focused on question 1."""
    await pilot.press("o", "w")
    check = pilot.app.screen
    assert isinstance(check, CandidateCheckScreen)
    check.query_one("#check-peer").focus()
    await pilot.pause()
    return check


# --- a Tab right after an answer ------------------------------------------------------


async def test_a_tab_right_after_an_answer_stays_on_the_field_it_moved_to(
    store: Store, clock: FixedClock
) -> None:
    one_win_to_review(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        walk = await open_walk(pilot)
        q2 = walk.query_one("#q2")

        await pilot.press("n", "tab")
        assert walk.focused is q2
        assert said(app, catalogue.ANSWER_MOVED_ON) == 1

        await pilot.press("tab")
        assert walk.focused is walk.query_one("#q3")
        assert said(app, catalogue.ANSWER_MOVED_ON) == 1, "said once, not again"


@pytest.mark.parametrize(
    "detour",
    [
        pytest.param(("f1", "escape"), id="help-and-back"),
        pytest.param(("ctrl+p", "escape"), id="palette-and-back"),
        pytest.param(("right",), id="an-arrow"),
    ],
)
async def test_a_tab_after_any_other_key_is_meant_and_moves_on(
    store: Store, clock: FixedClock, detour: tuple[str, ...]
) -> None:
    one_win_to_review(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        walk = await open_walk(pilot)
        await pilot.press("n", *detour)
        await wait_until(pilot, lambda: app.screen is walk)
        await pilot.press("tab")
        assert walk.focused is walk.query_one("#q3")
        assert said(app, catalogue.ANSWER_MOVED_ON) == 0


async def test_typing_after_an_answer_and_a_tab_in_one_burst_lands_where_it_moved(
    store: Store, clock: FixedClock
) -> None:
    one_win_to_review(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        walk = await open_walk(pilot)
        send_burst(app, "nc\tDeploys now take minutes")
        q3 = walk.query_one("#q3", Input)
        await wait_until(pilot, lambda: q3.value.endswith("minutes"))
        assert q3.value == "Deploys now take minutes"
        assert walk.focused is q3


async def test_shift_tab_after_an_answer_goes_back_at_once(
    store: Store, clock: FixedClock
) -> None:
    one_win_to_review(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        walk = await open_walk(pilot)
        await pilot.press("n", "shift+tab")
        assert walk.focused is walk.query_one("#q1")
        assert said(app, catalogue.ANSWER_MOVED_ON) == 0


async def test_doing_anything_on_the_field_first_lets_tab_move_on(
    store: Store, clock: FixedClock
) -> None:
    one_win_to_review(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        walk = await open_walk(pilot)

        # The arrows on the question the answer moved to.
        await pilot.press("n", "right", "tab")
        assert walk.focused is walk.query_one("#q3")

        # Typing in the text box an answer moved to.
        await pilot.press("shift+tab", "c")
        q3 = walk.query_one("#q3", Input)
        assert walk.focused is q3
        await pilot.press("x", "tab")
        assert walk.focused is walk.query_one("#q4")
        assert said(app, catalogue.ANSWER_MOVED_ON) == 0


async def test_a_letter_that_answers_nothing_also_counts_as_work_on_the_field(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        check = await open_own_check(pilot)
        await pilot.press("n", "q", "tab")
        assert check.focused is check.query_one("#check-change")
        assert said(app, catalogue.ANSWER_MOVED_ON) == 0


async def test_the_problem_check_holds_a_habitual_tab_too(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        check = await open_own_check(pilot)
        send_burst(app, "ny\tPages a week from 40 to 10")
        change = check.query_one("#check-change", Input)
        await wait_until(pilot, lambda: change.value.endswith("10"))
        assert change.value == "Pages a week from 40 to 10"
        assert check.query_one("#check-outside", Input).value == ""
        assert said(app, catalogue.ANSWER_MOVED_ON) == 1


async def test_answering_nobody_noticed_then_tab_stays_on_the_next_button(
    store: Store, clock: FixedClock
) -> None:
    one_win_to_review(store)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        walk = await open_walk(pilot)
        await pilot.press("n", "c", "enter", "n", "tab")
        assert walk.focused is walk.query_one("#next")
        assert said(app, catalogue.ANSWER_MOVED_ON) == 1


# --- a long problem name from the catalogue ---------------------------------------


async def open_catalogue_check(pilot: Pilot[None]) -> CandidateCheckScreen:
    """Take the catalogue's first problem to the four questions."""
    await pilot.press("o", "c", "t")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, CandidateCheckScreen))
    check = pilot.app.screen
    assert isinstance(check, CandidateCheckScreen)
    await pilot.pause()
    return check


async def test_a_long_name_from_the_catalogue_is_shown_whole_at_80_columns(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        check = await open_catalogue_check(pilot)
        assert check.entry is not None
        title = check.entry.title
        name = check.query_one("#check-name")
        assert len(title) > name.region.width, "a name wider than its column"

        assert check.focused is check.query_one("#check-peer")
        assert check.can_view_entire(name)
        assert " ".join(line for line in shown_lines(name) if line) == title


async def test_the_whole_name_still_fits_a_40_by_12_screen(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        check = await open_catalogue_check(pilot)
        assert check.entry is not None
        await pilot.press("shift+tab")
        description = check.query_one("#check-description")
        assert check.focused is description
        assert check.can_view_entire(description)

        await pilot.press("shift+tab")
        name = check.query_one("#check-name")
        assert check.focused is name
        assert check.can_view_entire(name)
        assert " ".join(line for line in shown_lines(name) if line) == (
            check.entry.title
        )
        panel = check.query_one("#check-panel")
        assert panel.region.height > 0 and panel.region.bottom <= 11


async def test_enter_in_the_name_moves_on_and_a_pasted_block_becomes_one_line(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "w")
        check = app.screen
        assert isinstance(check, CandidateCheckScreen)
        name = check.query_one("#check-name", TextArea)
        assert check.focused is name

        app.post_message(events.Paste("Releases wait\nfor one person\n"))
        await pilot.pause()
        await pilot.press("enter")
        assert name.text == "Releases wait for one person"
        assert check.focused is check.query_one("#check-description")
        assert said(app, catalogue.FIELD_PASTE_JOINED.format(count=2)) == 1


# --- the set-up form ----------------------------------------------------------------


def label_above(screen: SetupScreen, field: Widget) -> Label:
    """The label shown just above a field of the set-up form."""
    label = None
    for node in screen.query("Label, Input, FormSelect"):
        if node is field:
            break
        if isinstance(node, Label):
            label = node
    assert label is not None
    return label


@pytest.mark.parametrize("size", [(80, 24), (80, 16)], ids=["80x24", "80x16"])
async def test_the_focused_set_up_field_is_always_in_view_with_its_label(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> None:
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        setup = app.screen
        assert isinstance(setup, SetupScreen)
        fields = list(setup.query("#setup-form Input, #setup-form FormSelect"))

        # Down the form with Enter, then back up with Shift+Tab.
        for key, expected in [
            *(("enter", field) for field in fields[1:]),
            *(("shift+tab", field) for field in reversed(fields[:-1])),
        ]:
            await pilot.press(key)
            await pilot.pause()
            assert setup.focused is expected
            assert setup.can_view_entire(expected), expected.id
            assert setup.can_view_entire(label_above(setup, expected)), expected.id


async def test_the_focused_set_up_field_is_marked_without_colour(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        setup = app.screen
        assert isinstance(setup, SetupScreen)
        assert app.no_color

        def beside(field: Widget) -> list[str]:
            """The rows of a field, from the screen's left edge to its right."""
            region = field.region
            rows = screen_text(app)[region.y : region.bottom]
            return [row[: region.right] for row in rows]

        for field in (setup.query_one("#name"), setup.query_one("#ladder")):
            await wait_until(pilot, lambda: setup.focused is field)
            await pilot.pause()
            focused = beside(field)
            await pilot.press("enter")
            await pilot.pause()
            assert setup.focused is not field
            assert beside(field) != focused, f"#{field.id} looks the same unfocused"
