"""The packet's recognition list heads each group by its whole name and keeps the
people named in it."""

from __future__ import annotations

import datetime as dt

import pytest

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.recognition import (
    NoticedBy,
    RecognitionGroup,
    group_recognition,
    noticed_by,
)
from careerclimb_tui.domain.records import Profile, Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.store import Store

PMS = "product managers (Ana, Tom)"
RELEASE = "release managers, product"
THANKED = "Release manager from Platform thanked us in the eng all-hands"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (PMS, NoticedBy("product managers", ("Ana", "Tom"))),
        ("Ana from design", NoticedBy("design", ("Ana",))),
        ("the SRE team", NoticedBy("the SRE team")),
        ("Priya (tech lead, platform)", NoticedBy("Priya (tech lead, platform)")),
        ("feedback from the CTO", NoticedBy("feedback from the CTO")),
        ("VP Eng", NoticedBy("VP Eng")),
        (THANKED, NoticedBy(THANKED)),
        (
            "Priya from Payments noticed the faster deploys",
            NoticedBy("Priya from Payments noticed the faster deploys"),
        ),
        (
            "Director from Infra mentioned it in the quarterly review",
            NoticedBy("Director from Infra mentioned it in the quarterly review"),
        ),
        (
            "Raj from the mobile team adopted the new pipeline",
            NoticedBy("Raj from the mobile team adopted the new pipeline"),
        ),
        (
            "Eng director from Core Services praised the dashboard",
            NoticedBy("Eng director from Core Services praised the dashboard"),
        ),
        ("Ana from Core Services", NoticedBy("Core Services", ("Ana",))),
    ],
    ids=[
        "people in brackets",
        "a person from a group",
        "a team by its name",
        "brackets that describe the person",
        "from without a person's name",
        "one person",
        "a person from a group who thanked, told whole",
        "a person from a group who noticed, told whole",
        "a person from a group who mentioned it, told whole",
        "a person from a team that adopted it, told whole",
        "a role from a group who praised it, told whole",
        "a person from a group of two words",
    ],
)
def test_who_noticed_is_read_as_a_group_and_its_people(
    text: str, read: NoticedBy
) -> None:
    assert noticed_by(text) == read


@pytest.mark.parametrize(
    ("noticed", "grouped"),
    [
        (
            [(1, [PMS]), (2, ["release managers", "product"])],
            (
                RecognitionGroup("product", ((2, ()),)),
                RecognitionGroup("product managers", ((1, ("Ana", "Tom")),)),
                RecognitionGroup("release managers", ((2, ()),)),
            ),
        ),
        (
            [(1, ["Ana from design"]), (2, ["design"]), (3, ["Raj from Design"])],
            (RecognitionGroup("design", ((1, ("Ana",)), (2, ()), (3, ("Raj",)))),),
        ),
        (
            [(1, ["the SRE team"]), (2, ["SRE"])],
            (RecognitionGroup("the SRE team", ((1, ()), (2, ()))),),
        ),
        (
            [(1, ["VP Eng mentioned it at the all-hands"]), (2, ["VP Eng"])],
            (RecognitionGroup("VP Eng", ((2, ()), (1, ()))),),
        ),
        (
            [(1, ["the product managers thanked us"]), (2, ["product"]), (3, [PMS])],
            (
                RecognitionGroup("product managers", ((3, ("Ana", "Tom")), (1, ()))),
                RecognitionGroup("product", ((2, ()),)),
            ),
        ),
        ([], ()),
    ],
    ids=[
        "a group name is never cut into words",
        "people of one group across wins",
        "a team with and without the word team",
        "an account joins the name it holds",
        "an account joins the whole name, not a word of it",
        "nobody",
    ],
)
def test_the_recognition_list_groups_by_whole_group_names(
    noticed: list[tuple[int, list[str]]],
    grouped: tuple[RecognitionGroup, ...],
) -> None:
    assert group_recognition(noticed) == grouped


def test_the_packet_names_the_people_of_each_group(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(Profile("software-engineer", "mid", "senior"))
    day = dt.date(2026, 11, 2)
    store.add_win(framed(Win("Cut payment retries", day, noticed_by=PMS)))
    store.add_win(framed(Win("Moved releases", day, noticed_by=RELEASE)))
    store.add_win(
        framed(Win("Fixed the design tokens", day, noticed_by="Ana from design"))
    )
    store.add_win(framed(Win("Quieter on-call", day, noticed_by="the SRE team")))
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None

    packet = packet_markdown(store, ladder, store.profile(), clock.today())

    section = packet.split("## Recognition from outside the team\n", 1)[1]
    assert section.splitlines()[1:] == [
        "- design",
        "  - 2026-11-02 · Fixed the design tokens — noticed by Ana",
        "- product",
        "  - 2026-11-02 · Moved releases",
        "- product managers",
        "  - 2026-11-02 · Cut payment retries — noticed by Ana, Tom",
        "- release managers",
        "  - 2026-11-02 · Moved releases",
        "- the SRE team",
        "  - 2026-11-02 · Quieter on-call",
    ]


def test_the_packet_keeps_a_sentence_of_who_noticed_whole(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(Profile("software-engineer", "mid", "senior"))
    title = "Cut CI build time by parallelising the test suite"
    store.add_win(framed(Win(title, dt.date(2026, 11, 2), noticed_by=THANKED)))
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None

    packet = packet_markdown(store, ladder, store.profile(), clock.today())

    section = packet.split("## Recognition from outside the team\n", 1)[1]
    assert section.splitlines()[1:3] == [f"- {THANKED}", f"  - 2026-11-02 · {title}"]
