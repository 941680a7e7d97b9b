"""The pitch is laid out for the terminal from its first frame: on a narrow one the
coach sits under the editor at once, and the editor's text is wrapped to its width
from the start, never cut mid-word at a half width and then reflowed."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.strip import Strip

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.pitch import PitchScreen, PitchTextArea
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.fields import LongTextArea
from tests.helpers import home_read, make_app, wait_until

PARAGRAPH = (
    "Deploy failures dropped from one in five to one in twelve once every config "
    "change shipped behind a flag and a ten-minute canary ran before the rollout. "
)


def drawn(strips: list[Strip]) -> list[str]:
    return [strip.text.rstrip() for strip in strips]


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (80, 16)])
async def test_the_pitch_draws_its_text_as_it_settles_from_the_first_frame(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
) -> None:
    seed_demo(store, clock.today())
    frames: list[list[str]] = []
    render_lines = PitchTextArea.render_lines

    def recorded(self: PitchTextArea, crop: Region) -> list[Strip]:
        strips = render_lines(self, crop)
        frames.append(drawn(strips))
        return strips

    monkeypatch.setattr(PitchTextArea, "render_lines", recorded)
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await home_read(pilot)
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        await wait_until(pilot, lambda: len(frames) > 0)
        await pilot.pause()
        editor = app.screen.query_one("#pitch-text", PitchTextArea)
        settled = drawn(render_lines(editor, Region(0, 0, *editor.size)))
        narrow = app.screen.has_class("narrow")

    assert frames[0] == settled
    assert narrow == (size[0] < 90)


class OneField(App[None]):
    CSS = "LongTextArea { width: 40; height: 6; border: none; padding: 0; }"

    def compose(self) -> ComposeResult:
        yield LongTextArea(PARAGRAPH * 3, soft_wrap=True)


async def test_a_long_field_is_wrapped_for_its_width_in_its_first_frame(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frames: list[list[str]] = []
    render_lines = LongTextArea.render_lines

    def recorded(self: LongTextArea, crop: Region) -> list[Strip]:
        strips = render_lines(self, crop)
        frames.append(drawn(strips))
        return strips

    monkeypatch.setattr(LongTextArea, "render_lines", recorded)
    app = OneField()
    async with app.run_test(size=(60, 12)) as pilot:
        await wait_until(pilot, lambda: len(frames) > 0)
        await pilot.pause()
        field = app.query_one(LongTextArea)
        settled = drawn(render_lines(field, Region(0, 0, *field.size)))

    assert frames[0] == settled
    assert all(len(line) <= 40 for line in settled)
