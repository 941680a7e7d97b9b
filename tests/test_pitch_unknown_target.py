"""A saved pitch knows the level it was written for, the sample career's too; a
version saved before versions kept it says plainly that its level is not known,
and the printed pitch shows the same note as the pitch screen."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.pitch import PitchVersion, stale_target_note
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import pitch_versions, save_pitch_version
from tests.helpers import make_app, wait_until

PITCH = "Deploys recover on their own; on-call pages fell from 9 to 3 a week."
PROMOTED = dataclasses.replace(
    DEMO_PROFILE, current_level="senior", target_level="staff"
)
TITLES = {"senior": "Senior engineer", "staff": "Staff engineer"}


@pytest.mark.parametrize(
    ("written_for", "target", "note"),
    [
        ("staff", "staff", ""),
        (
            "senior",
            "staff",
            "This version was written for Senior engineer; your "
            "target is now Staff engineer. Redraft it for Staff engineer (Ctrl+R).",
        ),
        (
            "",
            "staff",
            "The level this version was written for is not known: check that it "
            "argues for Staff engineer, or redraft it (Ctrl+R).",
        ),
        ("senior", "", ""),
        ("", "", ""),
    ],
    ids=["its own target", "an earlier target", "not known", "no target", "neither"],
)
def test_a_version_says_when_it_may_argue_for_another_level(
    written_for: str, target: str, note: str
) -> None:
    version = PitchVersion(PITCH, target_level=written_for)

    assert stale_target_note(version, target, TITLES.__getitem__) == note


def test_the_sample_careers_pitch_knows_the_level_it_was_written_for(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())

    [version] = pitch_versions(store)

    assert version.target_level == DEMO_PROFILE.target_level


async def test_the_pitch_screen_says_an_old_versions_level_is_not_known(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_pitch_version(store, PITCH)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        note = app.screen.query_one("#pitch-stale", Static)
        shown = " ".join(str(note.render()).split())

        assert note.display
        assert "The level this version was written for is not known" in shown
        assert "check that it argues for Senior engineer" in shown

        # Saved again, the same words now say they argue for Senior: the note goes.
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(pitch_versions(store)) == 2)
        assert not note.display
    assert pitch_versions(store)[-1].target_level == "senior"


@pytest.mark.parametrize(
    ("written_for", "said"),
    [
        (
            "senior",
            "This version was written for Senior engineer; your target is "
            "now Staff engineer.",
        ),
        ("", "The level this version was written for is not known"),
    ],
    ids=["an earlier target", "not known"],
)
def test_the_printed_pitch_shows_the_screens_note_on_its_level(
    store: Store, clock: FixedClock, written_for: str, said: str
) -> None:
    store.save_profile(PROMOTED)
    save_pitch_version(store, PITCH, target_level=written_for)

    printed = io.StringIO()
    assert main(["pitch", "--print"], clock=clock, out=printed) == 0
    text = " ".join(printed.getvalue().split())
    out = io.StringIO()
    assert main(["pitch", "--json"], clock=clock, out=out) == 0

    assert said in text
    assert text.index(said) < text.index("Deploys recover")
    assert said in json.loads(out.getvalue())["target_note"]


def test_the_printed_sample_pitch_has_no_note_on_its_level(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())

    printed = io.StringIO()
    assert main(["pitch", "--print"], clock=clock, out=printed) == 0

    text = printed.getvalue()
    assert "written for" not in text
    assert "The problem:" in text


def test_the_packet_says_when_its_pitchs_level_is_not_known(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(PROMOTED)
    save_pitch_version(store, PITCH)
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None

    packet = packet_markdown(store, ladder, PROMOTED, clock.today())
    pitch = " ".join(packet.split("## The pitch", 1)[1].split())

    said = catalogue.PACKET_PITCH_UNKNOWN_TARGET.format(target="Staff engineer")
    assert f"*{said}*" in pitch
    assert pitch.index(said) < pitch.index("Deploys recover")
