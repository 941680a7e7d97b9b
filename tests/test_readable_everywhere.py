"""Every field can be reached and every word read, whatever the terminal.

At the smallest size the app supports, the export and import tabs scroll so the
field in focus is always on screen and the preview can be read to its end. Titles,
banners and verdict words keep a contrast of at least 4.5:1 in light themes too,
and under NO_COLOR, where every colour is shown as a grey. A placeholder stays
apart from its field when a terminal of 16 colours rounds both to its nearest.
Notices raised before a yes/no question never cover its buttons.
"""

from __future__ import annotations

import pytest
from rich.color import ColorSystem
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Input, Static, TextArea
from textual.widgets._toast import Toast

from careerclimb_tui.app import contrast
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_export_demo, seed_full_demo
from careerclimb_tui.screens.export import ExportScreen
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, type_text, wait_until

SMALLEST = (40, 12)

# --- export and import at the smallest size ----------------------------------------


def shown_region(widget: Widget) -> Region:
    """The part of the screen where ``widget`` can be seen (empty when it is not)."""
    visible = widget.screen.find_widget(widget).visible_region
    return visible.intersection(widget.screen.region)


def fully_shown(widget: Widget) -> bool:
    """True when the whole of ``widget`` is on screen, none of it scrolled away."""
    region = widget.region
    return bool(region) and shown_region(widget) == region


async def open_export_with_preview(pilot: Pilot[None]) -> MarkdownPreview:
    await pilot.press("x")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ExportScreen))
    preview = pilot.app.screen.query_one("#export-preview", MarkdownPreview)
    await wait_until(pilot, lambda: bool(preview.text))
    return preview


async def focus_order(pilot: Pilot[None], first: Widget) -> list[Widget]:
    """Press Tab until focus comes back to ``first``, noting each field shown."""
    seen: list[Widget] = []
    focused = pilot.app.focused
    while focused is not None and focused not in seen:
        seen.append(focused)
        # Scrolling a field into view waits for the next layout.
        shown = focused
        await wait_until(pilot, lambda: fully_shown(shown))
        await pilot.press("tab")
        focused = pilot.app.focused
    assert seen and seen[0] is first
    return seen


async def test_every_export_field_scrolls_into_view_when_focused_at_40x12(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_export_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SMALLEST) as pilot:
        await open_export_with_preview(pilot)
        screen = app.screen
        order = await focus_order(pilot, screen.query_one("#export-kind"))

        ids = [widget.id for widget in order]
        for wanted in ("export-kind", "since", "quarter", "export-path"):
            assert wanted in ids
        assert "export-preview" in ids


async def test_the_export_preview_reads_to_its_end_at_40x12(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_export_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SMALLEST) as pilot:
        preview = await open_export_with_preview(pilot)
        # Reached as a user reaches it, by Tab: the page scrolls to what a key
        # focuses, while the screen itself opens on its title.
        for _ in range(12):
            if app.screen.focused is preview:
                break
            await pilot.press("tab")
        assert app.screen.focused is preview
        await wait_until(pilot, lambda: fully_shown(preview))
        assert preview.scrollable_content_region.height >= 3

        for _ in range(preview.text.count("\n") + 1):
            if preview.scroll_y == preview.max_scroll_y:
                break
            await pilot.press("pagedown")
        await wait_until(pilot, lambda: preview.scroll_y == preview.max_scroll_y)

        assert preview.max_scroll_y > 0
        assert fully_shown(preview)


async def test_every_import_field_and_the_report_show_at_40x12(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=SMALLEST) as pilot:
        await open_export_with_preview(pilot)
        await pilot.press("ctrl+t")
        first = app.screen.query_one("#import-path")
        await wait_until(pilot, lambda: app.focused is first)
        order = await focus_order(pilot, first)

        ids = [widget.id for widget in order]
        assert ids[:2] == ["import-path", "import-kind"]
        assert "import-preview" in ids
        report = app.screen.query_one("#import-preview", TextArea)
        assert report.scrollable_content_region.height >= 3


# --- coloured words in light and dark themes ---------------------------------------

LEGIBLE = 4.5


def word_contrast(widget: Widget) -> float:
    """The contrast of ``widget``'s text on the background it is drawn on."""
    _, _, background, colour = widget.colors
    return contrast(colour, background)


def grey_contrast(widget: Widget) -> float:
    """The contrast of ``widget``'s text once NO_COLOR has turned both into greys."""
    _, _, background, colour = widget.colors
    return contrast(colour.monochrome, background.monochrome)


@pytest.mark.parametrize("theme", ["textual-light", "textual-dark", "solarized-light"])
async def test_titles_banners_and_verdicts_read_well_in_theme(
    store: Store, clock: FixedClock, theme: str
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.theme = theme
        verdicts = [
            Static("impact", classes="framing-impact"),
            Static("activity", classes="framing-activity"),
            Static("title", classes="section-title"),
        ]
        await app.screen.mount_all(verdicts)
        await pilot.pause()

        words = [
            app.screen.query_one("#home-banner"),
            app.screen.query_one("#quarter-line"),
        ]
        for word in [*words, *verdicts]:
            ratio = word_contrast(word)
            assert ratio >= LEGIBLE, f"{word!r} has contrast {ratio:.2f} in {theme}"


async def test_the_gap_view_reads_well_without_colour(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        banner = app.screen.query_one("#home-banner")
        assert grey_contrast(banner) >= LEGIBLE

        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        words = [
            app.screen.query_one("#gaps-title"),
            *app.screen.query(".gaps-flagged"),
        ]
        assert len(words) == 2
        for word in words:
            ratio = grey_contrast(word)
            assert ratio >= LEGIBLE, f"{word!r} has contrast {ratio:.2f} in grey"


# --- placeholders in 16 colours ----------------------------------------------------


def placeholder_in_16_colours(field: Input) -> list[tuple[int | None, int | None]]:
    """The 16-colour (text, background) pairs the empty field's placeholder uses."""
    pairs = []
    for segment in field.render_line(0):
        style = segment.style
        if not segment.text.strip() or style is None:
            continue
        colour = style.color.downgrade(ColorSystem.STANDARD) if style.color else None
        ground = (
            style.bgcolor.downgrade(ColorSystem.STANDARD) if style.bgcolor else None
        )
        pairs.append(
            (colour.number if colour else None, ground.number if ground else None)
        )
    return pairs


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_measure_placeholders_stand_out_in_16_colours(
    store: Store, clock: FixedClock, theme: str
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.theme = theme
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await pilot.pause()

        for name in ("metric", "unit", "before", "after"):
            field = app.screen.query_one(f"#{name}", Input)
            assert not field.value and field.placeholder
            pairs = placeholder_in_16_colours(field)
            assert pairs, f"#{name} shows no placeholder"
            for colour, ground in pairs:
                assert colour != ground, f"#{name}'s placeholder is lost in {theme}"


# --- notices and questions ---------------------------------------------------------


async def test_failed_saves_do_not_cover_the_question_about_leaving(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("k")
        form = app.screen
        assert isinstance(form, LogWinScreen)
        await type_text(pilot, "Cut deploy time for the web app")
        form.query_one("#before", Input).focus()
        await type_text(pilot, "8")
        # A half measure is refused under its fields, not in a notice.
        await pilot.press("ctrl+s")
        error = form.query_one("#measure-error")
        await wait_until(pilot, lambda: bool(str(error.render()).strip()))
        assert app.screen is form
        # Notices of other failures, as a save that cannot reach the disk gives.
        for _ in range(2):
            app.notify("The data file could not be written.", severity="error")
        await pilot.pause()

        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.pause()

        no = app.screen.query_one("#no", Button)
        yes = app.screen.query_one("#yes", Button)
        toasts = list(app.screen.query(Toast))
        assert toasts
        for toast in toasts:
            assert not toast.region.overlaps(no.region)
            assert not toast.region.overlaps(yes.region)
        assert len(app._notifications) >= 2


@pytest.mark.parametrize("no_color", [False, True], ids=["colour", "no_color"])
@pytest.mark.parametrize("theme", ["textual-light", "textual-dark"])
async def test_the_gap_tables_status_words_read_well(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    theme: str,
    no_color: bool,
) -> None:
    from rich.style import Style
    from textual.color import Color
    from textual.widgets import DataTable

    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = theme
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        await pilot.pause()
        table = app.screen.query_one("#gap-table", DataTable)
        background = table.styles.background
        statuses = [table.get_row_at(row)[1] for row in range(table.row_count)]
        ratios = []
        for status in statuses:
            colour = Color.from_rich_color(Style.parse(str(status.style)).color)
            if no_color:
                colour, ground = colour.monochrome, background.monochrome
            else:
                ground = background
            ratios.append((str(status), contrast(colour, ground)))

    assert {word for word, _ in ratios} >= {"missing"}
    for word, ratio in ratios:
        assert ratio >= LEGIBLE, f"{word!r} has contrast {ratio:.2f}"
