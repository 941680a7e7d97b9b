"""Ticked and unticked boxes differ in their glyph, not only in colour."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import OptionList, RadioSet, SelectionList

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.toggles import (
    MarkedCheckbox,
    MarkedRadioButton,
    MarkedSelectionList,
)
from tests.helpers import make_app, wait_until

TICKED_BOX, EMPTY_BOX = "▐X▌", "▐ ▌"
ON_RADIO = "▐●▌"


class Toggles(App[None]):
    """One of each toggle, with nothing ticked at first but the first radio."""

    def compose(self) -> ComposeResult:
        yield MarkedCheckbox("Remind me weekly", id="box")
        with RadioSet(id="signal"):
            yield MarkedRadioButton("Next level", value=True, id="next")
            yield MarkedRadioButton("Current level", id="current")
        yield MarkedSelectionList[str](
            ("Scope", "scope"), ("Mentoring", "mentoring"), id="dimensions"
        )


def glyph(widget: MarkedCheckbox | MarkedRadioButton) -> str:
    return str(widget.render())[:3]


def box_of_line(choices: SelectionList[str], line: int) -> str:
    return choices.render_line(line).text[:3]


async def test_a_check_box_is_empty_until_ticked() -> None:
    app = Toggles()
    async with app.run_test() as pilot:
        box = app.query_one("#box", MarkedCheckbox)
        assert glyph(box) == EMPTY_BOX

        box.focus()
        await pilot.press("space")
        assert box.value and glyph(box) == TICKED_BOX
        await pilot.press("space")
        assert glyph(box) == EMPTY_BOX


async def test_only_the_pressed_radio_shows_its_dot() -> None:
    app = Toggles()
    async with app.run_test() as pilot:
        first = app.query_one("#next", MarkedRadioButton)
        second = app.query_one("#current", MarkedRadioButton)
        assert (glyph(first), glyph(second)) == (ON_RADIO, EMPTY_BOX)

        second.value = True
        await pilot.pause()
        assert (glyph(first), glyph(second)) == (EMPTY_BOX, ON_RADIO)
        assert app.query_one(RadioSet).pressed_button is second


async def test_a_selection_lists_box_is_empty_until_its_option_is_chosen() -> None:
    app = Toggles()
    async with app.run_test() as pilot:
        choices = app.query_one("#dimensions", MarkedSelectionList)
        assert [box_of_line(choices, line) for line in (0, 1)] == [EMPTY_BOX] * 2

        choices.select("mentoring")
        await pilot.pause()
        assert [box_of_line(choices, line) for line in (0, 1)] == [
            EMPTY_BOX,
            TICKED_BOX,
        ]
        assert not box_of_line(choices, 5).strip()


@pytest.mark.parametrize("no_color", [True, False])
async def test_without_colour_the_highlighted_option_is_underlined(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    no_color: bool,
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        choices = app.screen.query_one("#dimensions", OptionList)
        style = choices.get_component_styles("option-list--option-highlighted")
        # In colour the shade is enough, and the look is Textual's own.
        assert ("underline" in str(style.text_style)) is no_color


async def test_the_log_win_form_marks_only_the_chosen_dimensions(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        choices = app.screen.query_one("#dimensions", SelectionList)
        assert isinstance(choices, MarkedSelectionList)
        choices.select("technical_direction")
        await pilot.pause()
        boxes = [box_of_line(choices, line) for line in range(3)]
    assert boxes == [EMPTY_BOX, TICKED_BOX, EMPTY_BOX]
