"""The packet's preview wraps a long list item under its own text, not under its
dash, while the text it holds (and writes) stays the Markdown as rendered."""

from __future__ import annotations

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_export_demo
from careerclimb_tui.export.packet import collect_packet, render_packet
from careerclimb_tui.screens.export import ExportScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.hanging import HangingText
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview, markdown_entries
from tests.helpers import make_app, wait_until

# (case, line, lead, text)
LINES = [
    ("heading", "# Promotion packet: Sam", "", "# Promotion packet: Sam"),
    ("item", "- Prepared: 2026-11-18", "- ", "Prepared: 2026-11-18"),
    ("nested item", "  - Who benefited: on-call", "  - ", "Who benefited: on-call"),
    ("star item", "* A win", "* ", "A win"),
    ("numbered item", "12. Third step", "12. ", "Third step"),
    ("dash in a word", "-40% failures", "", "-40% failures"),
    ("emphasis", "*Wins of 2026Q4 only.*", "", "*Wins of 2026Q4 only.*"),
    ("indented line", "    kept as written", "    ", "kept as written"),
    ("blank", "", "", ""),
]


@pytest.mark.parametrize(
    ("line", "lead", "text"),
    [case[1:] for case in LINES],
    ids=[case[0] for case in LINES],
)
def test_a_markdown_line_hangs_under_the_text_after_its_marker(
    line: str, lead: str, text: str
) -> None:
    [entry] = markdown_entries(line)
    assert (entry.lead, entry.text) == (lead, text)


async def test_a_wrapped_packet_item_starts_under_its_text(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_export_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
        preview = app.screen.query_one("#export-preview", MarkdownPreview)
        await wait_until(pilot, lambda: bool(preview.text))
        lines = preview.query_one(HangingText)
        await wait_until(pilot, lambda: "\n  engineer" in str(lines.render()))

        shown = str(lines.render()).splitlines()
        packet = collect_packet(store, app.ladder, app.profile, clock.today())
        written = render_packet(packet)

    assert preview.text == written
    # Every line shown is one written, or the rest of a wrapped item under it.
    for row in shown:
        assert not row or row in written or row.startswith("  ")
    level = next(i for i, row in enumerate(shown) if row.startswith("- Level:"))
    assert shown[level + 1].startswith("  ") and shown[level + 1].strip()
