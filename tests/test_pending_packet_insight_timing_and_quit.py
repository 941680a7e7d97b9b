"""A linked dimension listed in the packet as pending, the root cause the user
writes counted as told, one timing figure, short import lines for pitches, tags
split at semicolons, a full sentence for who backed the fix, the shell's note
naming a command, and Ctrl+Q from a dialog."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json

import pytest
from textual.widgets import TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.domain.gaps import with_linked_dimension
from careerclimb_tui.domain.pitch import (
    Part,
    PitchDraft,
    still_missing,
    tells_insight,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import split_tags
from careerclimb_tui.export.dump import added_label
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import save_pitch_version
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, wait_until

OWNERSHIP = "ownership_initiative"
TECH = "technical_direction"
TITLE = "Cut the deploy pipeline from 40 to 12 minutes"
LINKED = dt.datetime(2026, 11, 12, 9, 0, tzinfo=dt.timezone.utc)


def section(packet: str, heading: str) -> str:
    """The packet's lines under one dimension heading, up to the next heading."""
    return packet.split(f"### {heading}\n", 1)[1].split("\n#", 1)[0]


# --- the packet -------------------------------------------------------------------


def test_an_unreviewed_win_is_listed_under_a_dimension_linking_added(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    ladder = load_shelf().get(DEMO_PROFILE.ladder_id)
    assert ladder is not None
    own = ladder.dimension(OWNERSHIP)
    assert own is not None, "the ladder files work under ownership"
    win = store.add_win(
        Win(title=TITLE, date=dt.date(2026, 10, 5), dimensions=(OWNERSHIP,))
    )
    store.update_win(with_linked_dimension(win, TECH, LINKED))

    packet = packet_markdown(store, ladder, DEMO_PROFILE, clock.today())

    tech = section(packet, ladder.dimension_name(TECH))
    owned = section(packet, ladder.dimension_name(OWNERSHIP))
    assert catalogue.PACKET_DIMENSION_EMPTY not in tech
    pending = catalogue.PACKET_PENDING_AWAITING
    assert f"2026-10-05 · {pending} · {TITLE}" in tech
    assert f"· {catalogue.PACKET_NOT_REVIEWED} · {TITLE}" in owned
    assert pending not in owned


# --- the pitch check --------------------------------------------------------------

ROOT_CAUSE = "I found the root cause: alert thresholds were copied from staging."


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (ROOT_CAUSE, True),
        ("The root cause of the noise — thresholds copied from staging.", True),
        ("I found that alert thresholds were copied from staging.", True),
        ("It turned out the thresholds were copied from staging.", True),
        ("I realised the thresholds were copied from staging.", True),
        ("We realized nobody owned the alert rules.", True),
        ("The real problem was that nobody owned the alert rules.", True),
        ("The actual issue is a shared staging config.", True),
        ("I figured out why pages fired at night.", True),
        ("Found the root cause of our deploy reliability problem.", False),
        ("Realized savings of $40k a year.", False),
        ("Pages fell from 30 to 8 a week.", False),
    ],
)
def test_the_root_cause_the_user_writes_counts_as_the_insight(
    text: str, told: bool
) -> None:
    assert tells_insight(text) is told


def test_a_part_the_text_tells_is_no_longer_missing() -> None:
    draft = PitchDraft((), (Part.PROBLEM, Part.INSIGHT))

    assert still_missing(draft, "Pages fell.") == (Part.PROBLEM, Part.INSIGHT)
    assert still_missing(draft, f"Pages fell. {ROOT_CAUSE}") == (Part.PROBLEM,)


def printed_json(clock: FixedClock) -> dict[str, object]:
    out = io.StringIO()
    assert main(["pitch", "--json"], clock=clock, out=out) == 0
    result: dict[str, object] = json.loads(out.getvalue())
    return result


def test_the_printed_pitch_reads_the_saved_root_cause_and_times_it_once(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(Win(title=TITLE, date=dt.date(2026, 10, 5)))
    text = " ".join(["Deploys were slow."] * 33) + f" {ROOT_CAUSE}"
    save_pitch_version(store, text, target_level=DEMO_PROFILE.target_level)

    said = printed_json(clock)

    assert said["words"] == 110
    assert said["seconds"] == 45
    assert "Runs 45 s" in str(said["unused_slot"])
    assert said["missing"] == ["problem", "result"], "the insight is told"
    assert "root cause" not in str(said["unused_slot"])


# --- import, tags, pitch words -----------------------------------------------------


def test_a_pitch_to_import_is_listed_in_one_short_line() -> None:
    doc = {
        "text": "The problem: deploys took forty minutes and failed twice a "
        "week.\n\nWhat I drove: " + "a long story " * 60,
        "created_at": "2026-11-02T14:05:00+00:00",
    }

    label = added_label("pitches", doc)

    assert label == (
        "pitch saved 2026-11-02, 194 words: The problem: deploys took forty "
        "minutes and failed…"
    )
    assert "\n" not in label


@pytest.mark.parametrize(
    ("typed", "tags"),
    [
        ("ci, speed; perf/#1", ("ci", "speed", "perf/#1")),
        ("ci;speed", ("ci", "speed")),
        ("  ;; ci ;", ("ci",)),
        ("ci speed, ci", ("ci", "speed")),
        ("", ()),
    ],
)
def test_tags_are_split_at_commas_semicolons_and_spaces(
    typed: str, tags: tuple[str, ...]
) -> None:
    assert split_tags(typed) == tags


def test_the_printed_note_on_the_level_names_the_command(
    store: Store, clock: FixedClock
) -> None:
    promoted = dataclasses.replace(
        DEMO_PROFILE, current_level="senior", target_level="staff"
    )
    store.save_profile(promoted)
    save_pitch_version(store, "Pages fell from 9 to 3 a week.", target_level="senior")

    note = str(printed_json(clock)["target_note"])

    assert "(careerclimb pitch, then Ctrl+R)." in note
    assert "(Ctrl+R)" not in note


# --- quitting from a dialog --------------------------------------------------------


async def test_ctrl_q_quits_from_a_dialog_asking_once_about_unsaved_typing(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PitchScreen))
        area = app.screen.query_one("#pitch-text", TextArea)
        area.insert("Rehearsed twice. ")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))

        await pilot.press("ctrl+q")
        await wait_until(
            pilot,
            lambda: getattr(app.screen, "question", "") == catalogue.QUIT_DISCARD,
        )
        await pilot.press("ctrl+q")
        await pilot.pause()
        quits = [s for s in app.screen_stack if isinstance(s, ConfirmDialog)]
        assert len(quits) == 2, "asked once, over the dialog"

        await pilot.press("y")
        await wait_until(pilot, lambda: not app.is_running)
