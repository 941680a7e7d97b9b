"""Text a data file holds with control characters in it (written before they were
kept out, or edited by hand) is read without them, so no screen can hand an
escape sequence to the terminal. Line breaks and tabs are kept: they reach no
terminal as they are, and a record saved again keeps its lines."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tinydb.table import Document

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import Stage
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.journal import JournalScreen, WinDetailScreen
from careerclimb_tui.screens.peers import PeersScreen
from careerclimb_tui.screens.problem_hub import ProblemHubScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.convert import plain_stored, profile_to_json
from careerclimb_tui.store.criteria_docs import (
    CONVERSATIONS,
    CRITERIA,
    conversations,
    criteria,
)
from careerclimb_tui.store.initiative_docs import INITIATIVES, initiatives
from careerclimb_tui.store.peers_docs import (
    PEERS,
    PITCHES,
    initiative_facts,
    peers,
    pitch_versions,
)
from careerclimb_tui.store.repository import PROFILE, REVIEWS, WINS
from tests.helpers import make_app, wait_until

ESC = "\x1b"
RED = f"{ESC}[31m"
RETITLE = f"{ESC}]0;PWNED\x07"
"""An escape sequence that retitles the terminal window."""
CONTROLS = [chr(code) for code in (*range(0x20), *range(0x7F, 0xA0))]
UNICODE = "Équipe 👩🏽‍💻 שלום \u200fmark\u200e"
"""Text that holds no control character: it reads back as it was stored."""
STAMP = "2026-11-02T09:00:00Z"


def has_controls(text: str, *, allowed: str = "") -> bool:
    return any(char in text for char in CONTROLS if char not in allowed)


def a_win(**fields: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "title": "Canary releases",
        "date": "2026-11-02",
        "what_changed": "",
        "tags": [],
        "dimensions": [],
        "framing": "impact",
        "created_at": STAMP,
        "updated_at": STAMP,
    }
    return {**doc, **fields}


def an_initiative(**fields: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "title": "Slow deploys",
        "stage": Stage.PROPOSED.value,
        "target": "",
        "created_at": STAMP,
        "updated_at": STAMP,
    }
    return {**doc, **fields}


def a_peer(**fields: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"name": "AB", "created_at": STAMP, "updated_at": STAMP}
    return {**doc, **fields}


def a_review(answers: dict[str, Any], **entry: Any) -> dict[str, Any]:
    return {
        "quarter": "2026Q4",
        "started_at": STAMP,
        "updated_at": STAMP,
        "win_ids": [1],
        "entries": {"1": {"answers": answers, **entry}},
    }


def insert(store: Store, table: str, doc: dict[str, Any], doc_id: int = 1) -> None:
    """Put a document in the file as it is, past every converter."""
    with store.transaction() as db:
        db.table(table).insert(Document(doc, doc_id=doc_id))


def first_review(store: Store) -> Any:
    return store.reviews()[0].entries[1]


Reader = Callable[[Store], Any]

STORED_TEXT: list[tuple[str, dict[str, Any], Reader, Any]] = [
    # (table, document, what is read of it, what it reads as)
    (
        WINS,
        a_win(title=f"Cut CI{RED} time\x07\x9b\nnow"),
        lambda store: store.wins()[0].title,
        "Cut CI time\nnow",
    ),
    (
        WINS,
        a_win(what_changed=f"Builds\tfaster{RETITLE}\r\nfor all\x85"),
        lambda store: store.wins()[0].what_changed,
        "Builds\tfaster\nfor all\n",
    ),
    (
        WINS,
        a_win(tags=[f"ci{ESC}[5m", "ok"], dimensions=["scope\x7f"]),
        lambda store: (store.wins()[0].tags, store.wins()[0].dimensions),
        (("ci", "ok"), ("scope",)),
    ),
    (
        WINS,
        a_win(
            beneficiaries=f"SRE{ESC}",
            noticed_by="the\tVP\x9b",
            measure={"before": 9, "after": 3, "unit": f"min{RED}", "label": "b\x07"},
        ),
        lambda store: (
            store.wins()[0].beneficiaries,
            store.wins()[0].noticed_by,
            store.wins()[0].measure.unit,
            store.wins()[0].measure.label,
        ),
        ("SRE", "the\tVP", "min", "b"),
    ),
    (
        WINS,
        a_win(title=UNICODE, what_changed=UNICODE, tags=[UNICODE]),
        lambda store: (
            store.wins()[0].title,
            store.wins()[0].what_changed,
            store.wins()[0].tags,
        ),
        (UNICODE, UNICODE, (UNICODE,)),
    ),
    (
        PROFILE,
        {**profile_to_json(DEMO_PROFILE), "name": f"Ada{RETITLE}"},
        lambda store: store.profile().name,
        "Ada",
    ),
    (
        INITIATIVES,
        an_initiative(
            title=f"Slow{RED} deploys\n",
            description=f"Deploys take\n{ESC}[2Jan hour",
            stakeholders={"agreed": [f"Kim{ESC}"]},
            notes=[{"stage": "proposed", "at": STAMP, "text": "no\x9b1mte"}],
        ),
        lambda store: (
            initiatives(store)[0].title,
            initiatives(store)[0].description,
            initiatives(store)[0].stakeholders.agreed,
            initiatives(store)[0].notes[0].text,
        ),
        ("Slow deploys\n", "Deploys take\nan hour", ("Kim",), "note"),
    ),
    (
        INITIATIVES,
        an_initiative(title=f"Slow{RED} deploys", description=f"D{ESC}"),
        lambda store: (
            initiative_facts(store)[0].title,
            initiative_facts(store)[0].problem,
        ),
        ("Slow deploys", "D"),
    ),
    (
        PEERS,
        a_peer(
            name=f"J{RED}D\x07",
            advice=f"Ask\n{RETITLE}early",
            items=[{"text": f"Led{ESC} it", "dimensions": ["scope\x9b"]}],
        ),
        lambda store: (
            peers(store)[0].name,
            peers(store)[0].advice,
            peers(store)[0].items[0].text,
            peers(store)[0].items[0].dimensions,
        ),
        ("JD", "Ask\nearly", "Led it", ("scope",)),
    ),
    (
        PITCHES,
        {"text": f"My pitch{RED}\n", "created_at": STAMP, "updated_at": STAMP},
        lambda store: pitch_versions(store)[0].text,
        "My pitch\n",
    ),
    (
        CRITERIA,
        {"text": f"Lead{ESC} a launch", "example": "x\x07", "cycle": "H1\n"},
        lambda store: (
            criteria(store)[0].text,
            criteria(store)[0].example,
            criteria(store)[0].cycle,
        ),
        ("Lead a launch", "x", "H1\n"),
    ),
    (
        CONVERSATIONS,
        {"date": "2026-11-02", "notes": f"Said{RED}\nmore"},
        lambda store: conversations(store)[0].notes,
        "Said\nmore",
    ),
    (
        REVIEWS,
        a_review(
            {
                "change": {"text": f"Faster{RED}", "measured": False},
                "noticed": {"outside": True, "who": [f"VP{ESC}"]},
            },
            override_note="because\x9b",
        ),
        lambda store: (
            first_review(store).answers.change.text,
            first_review(store).answers.noticed.who,
            first_review(store).override_note,
        ),
        ("Faster", ("VP",), "because"),
    ),
]


PLAIN_STORED = [
    # (as stored, as read)
    ("Cut CI time", "Cut CI time"),
    (f"two{RED}red{RETITLE}", "twored"),
    ("tab\tand\nlines", "tab\tand\nlines"),
    ("one\r\ntwo\x85three", "one\ntwo\nthree"),
    ("nul\x00del\x7fc1\x9b1mend", "nuldelc1end"),
    (UNICODE, UNICODE),
    ("", ""),
]


@pytest.mark.parametrize(("stored", "read"), PLAIN_STORED)
def test_a_stored_text_is_made_plain_keeping_its_lines(stored: str, read: str) -> None:
    assert plain_stored(stored) == read


@pytest.mark.parametrize(("table", "doc", "read", "expected"), STORED_TEXT)
def test_stored_text_is_read_without_control_characters(
    store: Store, table: str, doc: dict[str, Any], read: Reader, expected: Any
) -> None:
    if table != PROFILE:
        store.save_profile(DEMO_PROFILE)
    if table == REVIEWS:
        insert(store, WINS, a_win())
    insert(store, table, doc)

    assert read(store) == expected
    assert store.problems == []


def test_the_file_keeps_what_it_held_until_the_record_is_saved(store: Store) -> None:
    # Reading changes nothing on disk; a later save writes the plain text.
    store.save_profile(DEMO_PROFILE)
    insert(store, WINS, a_win(title=f"Old{RED} win"))
    before = store.path.read_bytes()

    [win] = store.wins()

    assert store.path.read_bytes() == before
    store.update_win(win)
    assert store.wins()[0].title == "Old win"
    assert "\\u001b" not in store.path.read_text()


# --- the app -----------------------------------------------------------------------


def seed_old_file(store: Store) -> None:
    """A data file written before control characters were kept out."""
    store.save_profile(DEMO_PROFILE)
    insert(
        store,
        WINS,
        a_win(
            title=f"Red{RED} win\x07 here\x9b",
            what_changed=f"Deploys{RETITLE} faster\nfor everyone",
            tags=[f"ci{ESC}[5m"],
            measure={"before": 9, "after": 3, "unit": f"min{RED}", "label": "t"},
        ),
    )
    insert(
        store,
        INITIATIVES,
        an_initiative(title=f"Flaky{RED} tests\x9b", description=f"Often{ESC}[2J"),
    )
    insert(store, PEERS, a_peer(name=f"Jo{RED}\x07"))


def screen_text(pilot: Any) -> str:
    strips = pilot.app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


async def test_no_screen_shows_a_control_character_from_an_old_file(
    store: Store, clock: FixedClock
) -> None:
    seed_old_file(store)
    app = make_app(store, clock)
    seen: dict[str, str] = {}

    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: "Flaky" in screen_text(pilot))
        seen["home"] = screen_text(pilot)

        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await wait_until(pilot, lambda: "Red" in screen_text(pilot))
        seen["journal"] = screen_text(pilot)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        await wait_until(pilot, lambda: "Deploys" in screen_text(pilot))
        seen["win"] = screen_text(pilot)

        await app.run_action("open('problem')")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemHubScreen))
        await wait_until(pilot, lambda: "Flaky" in screen_text(pilot))
        seen["problems"] = screen_text(pilot)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await wait_until(pilot, lambda: "Often" in screen_text(pilot))
        seen["problem page"] = screen_text(pilot)

        await app.run_action("open('peers')")
        await wait_until(pilot, lambda: isinstance(app.screen, PeersScreen))
        await wait_until(pilot, lambda: "Jo" in screen_text(pilot))
        seen["peers"] = screen_text(pilot)

    assert "Red win here (t 9 → 3 min)" in seen["journal"]
    assert "Deploys faster" in seen["win"]
    assert "ci" in seen["win"] and "[5m" not in seen["win"]
    assert "Flaky tests" in seen["problems"]
    assert "Often" in seen["problem page"]
    assert "What Jo did" in seen["peers"]
    for name, text in seen.items():
        assert not has_controls(text, allowed="\n"), name
