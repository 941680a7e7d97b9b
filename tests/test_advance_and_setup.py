"""Moving on by itself after an answer, a whole problem name, and the set-up form.

An answer picked with one key takes the focus to the next field; a Tab pressed
out of habit right after stays on that field once, and says why. The problem
check shows a long name from the catalogue in full. The set-up form keeps the
focused field, with its label, in view and marks it without relying on colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

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
from careerclimb_tui.widgets.fields import FormSelect
from tests.helpers import open_catalogue_check, run_app, told, wait_until
from tests.test_key_bursts import send_burst


def shown_lines(widget: Widget) -> list[str]:
    """The text a widget shows, line by line, without the blanks around it."""
    region = widget.region
    strips = widget.render_lines(Region(0, 0, region.width, region.height))
    return [strip.text.strip() for strip in strips]


def screen_text(app: App[None]) -> list[str]:
    """Every character on the screen, row by row: what is left without colour."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


@asynccontextmanager
async def walk_of_one_win(
    store: Store, clock: FixedClock
) -> AsyncIterator[tuple[App[None], Pilot[None], ReviewWalkScreen]]:
    """Log one win of 2026Q4 and open its review walk at 100×30, on question 1.

    Yields:
        The running app, its pilot, and the walk on screen.
    """
    store.save_profile(DEMO_PROFILE)
    store.add_win(
        framed(Win(title="Ran the incident review", date=dt.date(2026, 10, 5)))
    )
    async with run_app(store, clock, (100, 30)) as (app, pilot):
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        assert walk.focused is walk.query_one("#q1")
        yield app, pilot, walk


@asynccontextmanager
async def own_problem_check(
    store: Store, clock: FixedClock
) -> AsyncIterator[tuple[App[None], Pilot[None], CandidateCheckScreen]]:
    """Open the check for a problem of the user's own at 100×30, focused on
    question 1.

    Yields:
        The running app, its pilot, and the check on screen.
    """
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock, (100, 30)) as (app, pilot):
        await pilot.press("o", "w")
        check = app.screen
        assert isinstance(check, CandidateCheckScreen)
        check.query_one("#check-peer").focus()
        await pilot.pause()
        yield app, pilot, check


# --- a Tab right after an answer ------------------------------------------------------


async def test_a_tab_right_after_an_answer_stays_on_the_field_it_moved_to(
    store: Store, clock: FixedClock
) -> None:
    async with walk_of_one_win(store, clock) as (app, pilot, walk):
        q2 = walk.query_one("#q2")

        await pilot.press("n", "tab")
        assert walk.focused is q2
        assert told(app, catalogue.ANSWER_MOVED_ON) == 1

        await pilot.press("tab")
        assert walk.focused is walk.query_one("#q3")
        assert told(app, catalogue.ANSWER_MOVED_ON) == 1, "said once, not again"


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
    async with walk_of_one_win(store, clock) as (app, pilot, walk):
        await pilot.press("n", *detour)
        await wait_until(pilot, lambda: app.screen is walk)
        await pilot.press("tab")
        assert walk.focused is walk.query_one("#q3")
        assert told(app, catalogue.ANSWER_MOVED_ON) == 0


async def test_typing_after_an_answer_and_a_tab_in_one_burst_lands_where_it_moved(
    store: Store, clock: FixedClock
) -> None:
    async with walk_of_one_win(store, clock) as (app, pilot, walk):
        send_burst(app, "nc\tDeploys now take minutes")
        q3 = walk.query_one("#q3", Input)
        await wait_until(pilot, lambda: q3.value.endswith("minutes"))
        assert q3.value == "Deploys now take minutes"
        assert walk.focused is q3


async def test_shift_tab_after_an_answer_goes_back_at_once(
    store: Store, clock: FixedClock
) -> None:
    async with walk_of_one_win(store, clock) as (app, pilot, walk):
        await pilot.press("n", "shift+tab")
        assert walk.focused is walk.query_one("#q1")
        assert told(app, catalogue.ANSWER_MOVED_ON) == 0


async def test_doing_anything_on_the_field_first_lets_tab_move_on(
    store: Store, clock: FixedClock
) -> None:
    async with walk_of_one_win(store, clock) as (app, pilot, walk):
        # The arrows on the question the answer moved to.
        await pilot.press("n", "right", "tab")
        assert walk.focused is walk.query_one("#q3")

        # Typing in the text box an answer moved to.
        await pilot.press("shift+tab", "c")
        q3 = walk.query_one("#q3", Input)
        assert walk.focused is q3
        await pilot.press("x", "tab")
        assert walk.focused is walk.query_one("#q4")
        assert told(app, catalogue.ANSWER_MOVED_ON) == 0


async def test_a_letter_that_answers_nothing_also_counts_as_work_on_the_field(
    store: Store, clock: FixedClock
) -> None:
    async with own_problem_check(store, clock) as (app, pilot, check):
        await pilot.press("n", "q", "tab")
        assert check.focused is check.query_one("#check-change")
        assert told(app, catalogue.ANSWER_MOVED_ON) == 0


async def test_the_problem_check_holds_a_habitual_tab_too(
    store: Store, clock: FixedClock
) -> None:
    async with own_problem_check(store, clock) as (app, pilot, check):
        send_burst(app, "ny\tPages a week from 40 to 10")
        change = check.query_one("#check-change", Input)
        await wait_until(pilot, lambda: change.value.endswith("10"))
        assert change.value == "Pages a week from 40 to 10"
        assert check.query_one("#check-outside", Input).value == ""
        assert told(app, catalogue.ANSWER_MOVED_ON) == 1


async def test_answering_nobody_noticed_then_tab_stays_on_the_next_button(
    store: Store, clock: FixedClock
) -> None:
    async with walk_of_one_win(store, clock) as (app, pilot, walk):
        await pilot.press("n", "c", "enter", "n", "tab")
        assert walk.focused is walk.query_one("#next")
        assert told(app, catalogue.ANSWER_MOVED_ON) == 1


# --- a long problem name from the catalogue ---------------------------------------


@asynccontextmanager
async def catalogue_problem_check(
    store: Store, clock: FixedClock, size: tuple[int, int]
) -> AsyncIterator[tuple[Pilot[None], CandidateCheckScreen]]:
    """Run the app at ``size`` for a user set up, and take the catalogue's first
    problem to the four questions.

    Yields:
        The pilot, and the check on screen.
    """
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock, size) as (_app, pilot):
        yield pilot, await open_catalogue_check(pilot)


async def test_a_long_name_from_the_catalogue_is_shown_whole_at_80_columns(
    store: Store, clock: FixedClock
) -> None:
    async with catalogue_problem_check(store, clock, (80, 24)) as (pilot, check):
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
    async with catalogue_problem_check(store, clock, (40, 12)) as (pilot, check):
        assert check.entry is not None
        await pilot.press("shift+tab")
        description = check.query_one("#check-description")
        assert check.focused is description
        assert check.can_view_entire(description)

        await pilot.press("shift+tab")
        name = check.query_one("#check-name")
        assert check.focused is name
        assert check.can_view_entire(name)
        # The focused field's bar runs down its left edge, beside each line.
        shown = (line.removeprefix("▌").strip() for line in shown_lines(name))
        assert " ".join(line for line in shown if line) == check.entry.title
        panel = check.query_one("#check-panel")
        assert panel.region.height > 0 and panel.region.bottom <= 11


async def test_enter_in_the_name_moves_on_and_a_pasted_block_becomes_one_line(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock) as (app, pilot):
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
        assert told(app, catalogue.FIELD_PASTE_JOINED.format(count=2)) == 1


# --- the set-up form ----------------------------------------------------------------


@asynccontextmanager
async def first_run_set_up(
    store: Store, clock: FixedClock, size: tuple[int, int] = (80, 24)
) -> AsyncIterator[tuple[App[None], Pilot[None], SetupScreen]]:
    """Run the app on an empty store, where it opens on the set-up form.

    Yields:
        The running app, its pilot, and the set-up form on screen.
    """
    async with run_app(store, clock, size) as (app, pilot):
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen))
        setup = app.screen
        assert isinstance(setup, SetupScreen)
        yield app, pilot, setup


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
    async with first_run_set_up(store, clock, size) as (_app, pilot, setup):
        fields = list(setup.query("#setup-form Input, #setup-form FormSelect"))

        # Down the form with Enter, then back up with Shift+Tab. A drop-down
        # takes Enter to open its list and Enter to keep its choice first.
        for keys, expected in [
            *(
                (("enter", "enter", "enter") if is_list else ("enter",), field)
                for is_list, field in zip(
                    (isinstance(f, FormSelect) for f in fields), fields[1:]
                )
            ),
            *((("shift+tab",), field) for field in reversed(fields[:-1])),
        ]:
            await pilot.press(*keys)
            assert setup.focused is expected
            # The page scrolls to the field after the next refresh.
            label = label_above(setup, expected)
            await wait_until(
                pilot,
                lambda: (
                    setup.can_view_entire(expected) and setup.can_view_entire(label)
                ),
            )


async def test_the_focused_set_up_field_is_marked_without_colour(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    async with first_run_set_up(store, clock) as (app, pilot, setup):
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
