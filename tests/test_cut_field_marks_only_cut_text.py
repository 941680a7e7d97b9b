"""A form line left by the focus ends in "…" only when its text was cut: a
sentence that fits, with or without spaces after it, is shown whole."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Button

from careerclimb_tui.widgets.fields import FormLine

SENTENCE = "Deploys take 8 minutes, down from 40."


class OneField(App[None]):
    """A form line exactly as wide as the sentence, and a button to leave it."""

    CSS = f"FormLine {{ width: {len(SENTENCE)}; border: none; padding: 0; }}"

    def compose(self) -> ComposeResult:
        yield FormLine(id="field")
        yield Button("Next", id="next")


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (SENTENCE, SENTENCE),
        (SENTENCE + "  ", SENTENCE),
        (SENTENCE + " More.", SENTENCE[:-1] + "…"),
    ],
    ids=["fits exactly", "fits without its trailing spaces", "cut"],
)
async def test_a_left_field_ends_in_an_ellipsis_only_when_cut(
    value: str, shown: str
) -> None:
    app = OneField()
    async with app.run_test(size=(80, 24)) as pilot:
        field = app.query_one("#field", FormLine)
        field.value = value
        app.query_one("#next", Button).focus()
        await pilot.pause()
        width = field.scrollable_content_region.width
        line = field.render_line(0).text[:width]

    assert width == len(SENTENCE)
    assert line == shown
