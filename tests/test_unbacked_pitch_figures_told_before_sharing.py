"""A pitch figure that none of the records holds is flagged wherever the pitch
goes: the packet's export says so to the user, before and after writing, without
putting it in the packet, and the 60-second check does not call a pitch clean
while the full one is flagged."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from textual.widgets import Input

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.domain.pitch import (
    build_pitch,
    numbers_on_record,
    unrecorded_figures,
)
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.export import ExportScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import initiative_facts, save_pitch_version
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview
from tests.helpers import make_app, wait_until

CLAIM = "This saved the company $2 million a year."
PAGES = Win(
    id=1,
    title="Cut on-call pages",
    date=dt.date(2026, 11, 2),
    measure=Measure(before=9, after=3, unit="pages/week", label="on-call pages"),
)
ON_RECORD = "On-call pages fell from 9 to 3 a week."

FIGURES = [
    # (pitch, the figures in none of the records)
    (ON_RECORD, ()),
    (f"{ON_RECORD} {CLAIM}", ("$2 million",)),
    (f"{ON_RECORD}\n\n{CLAIM}", ("$2 million",)),
    (f"{CLAIM} Again: {CLAIM}", ("$2 million",)),
    ("Pages fell from 9 to 3; 40 teams use it.", ("40",)),
    ("", ()),
]  # fmt: skip


@pytest.mark.parametrize("text, figures", FIGURES)
def test_the_figures_no_record_holds_are_named_once_each(
    text: str, figures: tuple[str, ...]
) -> None:
    recorded = numbers_on_record([PAGES], [])

    assert unrecorded_figures(text, recorded) == figures


def test_nothing_is_unrecorded_before_anything_is_logged() -> None:
    assert unrecorded_figures(CLAIM, numbers_on_record([], [])) == ()


def save_claiming_pitch(store: Store) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(framed(PAGES.with_changes(id=None)))
    text = f"{ON_RECORD}\n\n{CLAIM}"
    save_pitch_version(store, text, target_level=DEMO_PROFILE.target_level)


def test_the_export_command_names_the_unbacked_figure_outside_the_packet(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    save_claiming_pitch(store)
    out = io.StringIO()

    assert main(["export"], clock=clock, out=out) == 0

    said = " ".join(capsys.readouterr().err.split())
    note = catalogue.PACKET_PITCH_FIGURE_UNRECORDED.format(figure="$2 million")
    assert note in said
    assert CLAIM in out.getvalue(), "the pitch is printed as written"
    assert "none of your records" not in out.getvalue()


def test_a_pitch_whose_figures_are_all_on_record_exports_without_a_note(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(framed(PAGES.with_changes(id=None)))
    save_pitch_version(store, ON_RECORD, target_level=DEMO_PROFILE.target_level)

    assert main(["export"], clock=clock, out=io.StringIO()) == 0

    assert "none of your records" not in capsys.readouterr().err


async def test_the_export_screen_warns_before_and_after_writing(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    save_claiming_pitch(store)
    target = tmp_path / "packet.md"
    note = catalogue.PACKET_PITCH_FIGURE_UNRECORDED.format(figure="$2 million")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        preview = screen.query_one("#export-preview", MarkdownPreview)
        await wait_until(pilot, lambda: bool(preview.text))
        status = screen.query_one("#export-status")
        assert note in " ".join(str(status.render()).split())

        path = screen.query_one("#export-path", Input)
        path.value = str(target)
        path.focus()
        await pilot.press("ctrl+s")
        await wait_until(pilot, target.exists)

        warnings = [n.message for n in app._notifications if n.severity == "warning"]
        assert note in warnings
        assert note in " ".join(str(status.render()).split())
        written = target.read_text(encoding="utf-8")
        assert CLAIM in written
        assert "none of your records" not in written


def test_the_short_check_is_scoped_to_the_cut_and_tells_of_the_full_pitch(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_demo(store, clock.today())
    draft = build_pitch(
        store.wins(), store.reviews(), initiative_facts(store), clock.today()
    )
    # An "Also:" paragraph supports the story, so the 60-second cut leaves it out.
    text = f"{draft.text}\n\nAlso: {CLAIM.lower()}"
    save_pitch_version(store, text, target_level="senior")
    out = io.StringIO()

    assert main(["pitch", "--short"], clock=clock, out=out) == 0

    printed = " ".join(out.getvalue().split())
    assert "$2 million" not in printed, "the cut leaves the claim out"
    assert catalogue.PITCH_CHECK_CLEAN not in printed
    assert catalogue.CLI_PITCH_FULL_FLAGS_ONE in printed
