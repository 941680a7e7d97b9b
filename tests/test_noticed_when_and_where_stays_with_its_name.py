"""A piece of "who noticed" that says when, where or how is no person of its own:
it stays with the name before it in the field, the pitch and the packet."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.evidence import noticed_after_answer
from careerclimb_tui.domain.pitch import build_pitch
from careerclimb_tui.domain.records import Measure, Profile, Win
from careerclimb_tui.domain.review import Noticed
from careerclimb_tui.domain.wins import framed, split_names
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store

SUPPORT = "Head of Support, in the quarterly review"


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        (SUPPORT, (SUPPORT,)),
        ("Head of Support; in the review", ("Head of Support; in the review",)),
        ("Dana, at the all-hands", ("Dana, at the all-hands",)),
        ("Dana, During the demo", ("Dana, During the demo",)),
        ("the CTO, by email, and Sam Lee", ("the CTO, by email", "Sam Lee")),
        ("Ana, via Slack, Raj", ("Ana, via Slack", "Raj")),
        ("Dana, on-call team", ("Dana", "on-call team")),
        ("VP Eng, the CTO", ("VP Eng", "the CTO")),
        ("in the review, Sam", ("in the review", "Sam")),
        ("Priya (tech lead, in platform)", ("Priya (tech lead, in platform)",)),
    ],
    ids=[
        "a place after a comma",
        "a place after a semicolon",
        "at an event",
        "a capital on the preposition",
        "how it was sent, between two people",
        "via a channel, then a person",
        "a word that only begins like one",
        "two people",
        "nothing before it to stay with",
        "inside brackets",
    ],
)
def test_a_piece_saying_when_or_where_stays_with_the_name_before_it(
    typed: str, names: tuple[str, ...]
) -> None:
    assert split_names(typed) == names


def test_an_answer_naming_where_keeps_it_with_the_name() -> None:
    answer = Noticed.by(*split_names(SUPPORT))

    assert noticed_after_answer("", answer) == SUPPORT


def test_the_pitch_names_who_noticed_with_where_they_did() -> None:
    win = Win(
        id=1,
        title="Cut support tickets about failed exports",
        date=dt.date(2026, 11, 10),
        measure=Measure(before=120, after=30, unit="a month", label="tickets"),
        noticed_by=SUPPORT,
    )

    text = build_pitch([framed(win)], [], [], dt.date(2026, 11, 18)).text

    assert f"Noticed outside my team: {SUPPORT}." in text
    assert "the in the" not in text


def test_the_packet_lists_no_place_as_a_person(store: Store, clock: FixedClock) -> None:
    store.save_profile(Profile("software-engineer", "mid", "senior"))
    title = "Cut support tickets about failed exports"
    store.add_win(framed(Win(title, dt.date(2026, 11, 2), noticed_by=SUPPORT)))
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None

    packet = packet_markdown(store, ladder, store.profile(), clock.today())

    section = packet.split("## Recognition from outside the team\n", 1)[1]
    assert section.splitlines()[1:3] == [f"- {SUPPORT}", f"  - 2026-11-02 · {title}"]
