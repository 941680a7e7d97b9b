"""A pitch argues for one level: once the target moves, the pitch screen and the
packet both say the saved version was written for the earlier target. In the
packet, the pitch keeps the user's line breaks and reads cleanly as plain text."""

from __future__ import annotations

import dataclasses

from textual.widgets import Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.pitch import PitchVersion, earlier_target
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import pitch_versions, save_pitch_version
from tests.helpers import make_app, type_text, wait_until

PITCH = "Deploys recover on their own; on-call pages fell from 9 to 3 a week."
PROMOTED = dataclasses.replace(
    DEMO_PROFILE, current_level="senior", target_level="staff"
)


def test_a_version_is_out_of_date_only_when_its_own_target_differs() -> None:
    assert earlier_target(PitchVersion(PITCH, target_level="senior"), "staff") == (
        "senior"
    )
    assert earlier_target(PitchVersion(PITCH, target_level="staff"), "staff") == ""
    # A version that never said what it argued for cannot be judged by it.
    assert earlier_target(PitchVersion(PITCH), "staff") == ""


async def test_saving_the_pitch_keeps_the_target_it_argues_for(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        assert isinstance(app.screen, PitchScreen)
        await pilot.press("enter")
        await type_text(pilot, "Pages fell.")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(pitch_versions(store)))

    assert pitch_versions(store)[-1].target_level == "senior"


async def test_the_pitch_says_it_was_written_for_the_earlier_target(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_pitch_version(store, PITCH, target_level="senior")
    store.save_profile(PROMOTED)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        note = app.screen.query_one("#pitch-stale", Static)
        shown = " ".join(str(note.render()).split())

        assert note.display
        assert "written for Senior engineer" in shown
        assert "target is now Staff engineer" in shown
        assert "Ctrl+R" in shown

        # Saved again, the same words now argue for Staff: the note goes.
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(pitch_versions(store)) == 2)
        assert not note.display


def test_the_packet_says_its_pitch_was_written_for_the_earlier_target(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(PROMOTED)
    save_pitch_version(store, PITCH, target_level="senior")
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None

    packet = packet_markdown(store, ladder, PROMOTED, clock.today())
    pitch = packet.split("## The pitch", 1)[1]

    assert "Written for Senior engineer, before the target became Staff" in pitch
    assert pitch.index("Written for") < pitch.index("Deploys recover")

    save_pitch_version(store, PITCH, target_level="staff")
    packet = packet_markdown(store, ladder, PROMOTED, clock.today())
    assert "Written for" not in packet


def test_the_pitch_in_the_packet_keeps_its_line_breaks_without_backslashes(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    pitch = (
        "Builds now finish in 12 minutes instead of 40.\n"
        "Three teams ship daily.\n\n"
        "Next I take on flaky tests."
    )
    save_pitch_version(store, pitch, target_level="senior")
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None

    packet = packet_markdown(store, ladder, DEMO_PROFILE, clock.today())
    section = packet.split("## The pitch\n\n", 1)[1].split("\n\n## ", 1)[0]

    assert section.splitlines() == [
        "Builds now finish in 12 minutes instead of 40.  ",
        "Three teams ship daily.",
        "",
        "Next I take on flaky tests.",
    ]
    assert not any(line.rstrip().endswith("\\") for line in section.splitlines())
