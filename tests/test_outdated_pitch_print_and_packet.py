"""A saved pitch the records have moved on from says so wherever it is shown: the
printed pitch warns as the pitch screen does, and the packet keeps the user's
words but marks them as older than the evidence it lists."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from collections.abc import Callable

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import save_pitch_version

PITCH = "Deploys recover on their own; on-call pages fell from 9 to 3 a week."
PAGES = Win(
    title="Cut on-call pages",
    date=dt.date(2026, 11, 2),
    measure=Measure(before=9, after=3, unit="pages/week", label="on-call pages"),
)
PROMOTED = dataclasses.replace(
    DEMO_PROFILE, current_level="senior", target_level="staff"
)


def edit_the_win(store: Store) -> None:
    [win] = store.wins()
    measure = Measure(before=9, after=2, unit="pages/week", label="on-call pages")
    store.update_win(win.with_changes(measure=measure))


def log_two_wins(store: Store) -> None:
    for title in ("Halved the build time", "Cut checkout errors"):
        store.add_win(framed(Win(title=title, date=dt.date(2026, 11, 9))))


def change_nothing(store: Store) -> None:
    return None


def saved_then(
    store: Store, clock: FixedClock, change: Callable[[Store], None]
) -> None:
    """A win and a saved pitch, then a change made an hour after the save."""
    store.save_profile(DEMO_PROFILE)
    store.add_win(framed(PAGES))
    clock.advance(minutes=5)
    save_pitch_version(store, PITCH, target_level=DEMO_PROFILE.target_level)
    clock.advance(hours=1)
    change(store)


def printed(clock: FixedClock, *args: str) -> str:
    out = io.StringIO()
    assert main(["pitch", *args], clock=clock, out=out) == 0
    return out.getvalue()


@pytest.mark.parametrize(
    ("change", "changes"),
    [(edit_the_win, "1 win edited"), (log_two_wins, "2 wins logged")],
    ids=["a win edited", "wins logged"],
)
def test_the_printed_pitch_warns_when_the_records_changed_since_it_was_saved(
    store: Store,
    clock: FixedClock,
    change: Callable[[Store], None],
    changes: str,
) -> None:
    saved_then(store, clock, change)

    text = " ".join(printed(clock, "--print").split())
    said = json.loads(printed(clock, "--json"))["changes_note"]

    note = catalogue.CLI_PITCH_STALE.format(changes=changes)
    assert f"▲ {note}" in text
    assert text.index(note) < text.index("Deploys recover"), "before the words"
    assert said == note


def test_the_printed_warning_reads_as_the_pitch_screens(
    store: Store, clock: FixedClock
) -> None:
    saved_then(store, clock, edit_the_win)

    text = " ".join(printed(clock, "--print").split())

    assert (
        "▲ Your records changed since this version was saved: 1 win edited. "
        "Check its numbers, or redraft it in the app (careerclimb pitch, then "
        "Ctrl+R)."
    ) in text


def test_the_printed_pitch_has_no_warning_while_the_records_stand(
    store: Store, clock: FixedClock
) -> None:
    saved_then(store, clock, change_nothing)

    assert "Your records changed" not in printed(clock, "--print")
    assert json.loads(printed(clock, "--json"))["changes_note"] == ""


def test_the_short_pitch_of_a_saved_version_carries_its_warning(
    store: Store, clock: FixedClock
) -> None:
    saved_then(store, clock, edit_the_win)

    text = " ".join(printed(clock, "--short").split())

    assert "Your records changed since this version was saved" in text
    assert "Deploys recover on their own" in text


def packet_pitch(store: Store, clock: FixedClock) -> str:
    profile = store.profile()
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None
    packet = packet_markdown(store, ladder, profile, clock.today())
    section = packet.split("## The pitch", 1)[1].split("\n## ", 1)[0]
    return " ".join(section.split())


def test_the_packet_marks_a_pitch_saved_before_the_records_changed(
    store: Store, clock: FixedClock
) -> None:
    saved_then(store, clock, edit_the_win)

    section = packet_pitch(store, clock)

    said = catalogue.PACKET_PITCH_CHANGED.format(changes="1 win edited")
    assert f"*{said}*" in section
    assert section.index(said) < section.index("Deploys recover"), "the words kept"


def test_the_packet_leaves_a_pitch_unmarked_while_the_records_stand(
    store: Store, clock: FixedClock
) -> None:
    saved_then(store, clock, change_nothing)

    section = packet_pitch(store, clock)

    assert section.startswith("Deploys recover")


def test_the_packet_tells_a_moved_target_first_and_changed_records_after(
    store: Store, clock: FixedClock
) -> None:
    saved_then(store, clock, log_two_wins)
    store.save_profile(PROMOTED)

    section = packet_pitch(store, clock)

    target = catalogue.PACKET_PITCH_OLD_TARGET.format(
        earlier="Senior engineer", target="Staff engineer"
    )
    changed = catalogue.PACKET_PITCH_CHANGED_TOO.format(changes="2 wins logged")
    assert f"*{target} {changed}*" in section
