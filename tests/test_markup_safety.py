"""Brackets the user typed are shown as typed, on every screen and in every notice.

Textual reads ``[b]`` or ``[/]`` in a string as markup: unescaped, a name like
``Sam [/]`` would crash the app and ``Jo [PTO]`` would lose its brackets. Here a
whole sample career is stored with markup-like text in every field the user
writes, and every screen is opened at 80×24.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_full_demo
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

PREFIX = "[/] "
SUFFIX = " [b]x [/b] [link=x]l [@click=app.quit]q[/]"
"""Put around every stored text: unmatched, unopened, a link and an action."""
NAME = "Sam [/] [b]x"

USER_TEXT = {
    "name",
    "title",
    "what_changed",
    "beneficiaries",
    "noticed_by",
    "notes",
    "text",
    "example",
    "description",
    "advice",
    "visibility",
    "override_note",
    "source",
    "label",
    "tags",
    "who",
    "agreed",
    "helped",
    "other_teams",
    "to_agree",
    "proposed_fix",
    "evidence",
    "metric",
    "next_step",
    "note",
}
"""Stored fields that hold what the user typed (ids, dates and choices do not)."""

BOX = str.maketrans("", "", "│╭╮╰╯▊▎▔▁▂▃▄▅▆▇█▌▏")


def hostile(value: Any) -> Any:
    """A stored value with markup-like text around every piece of user text."""
    if isinstance(value, str):
        return f"{PREFIX}{value}{SUFFIX}" if value else value
    if isinstance(value, list):
        return [hostile(item) for item in value]
    return value


def rewrite(document: Any) -> Any:
    """The document with every user-text field made hostile, at any depth."""
    if isinstance(document, dict):
        return {
            key: hostile(value) if key in USER_TEXT else rewrite(value)
            for key, value in document.items()
        }
    if isinstance(document, list):
        return [rewrite(item) for item in document]
    return document


@pytest.fixture
def hostile_store(store: Store, clock: FixedClock) -> Store:
    """The full sample career, every text the user wrote full of brackets."""
    seed_full_demo(store, clock.today())
    with store.transaction() as db:
        for name in sorted(db.tables()):
            table = db.table(name)
            for document in table.all():
                changed = rewrite(dict(document))
                if name == "profile":
                    changed["name"] = NAME
                table.update(changed, doc_ids=[document.doc_id])
    return Store(store.path, clock=clock)


def shown(app: App[None]) -> str:
    """Everything on screen as one line: box edges gone, wrapped lines joined."""
    rows = [strip.text for strip in app.screen._compositor.render_strips()]
    return " ".join(" ".join(rows).translate(BOX).split())


def toasts(app: App[None]) -> str:
    """The text of every notification on screen, as drawn."""
    return " ".join(str(toast.render()) for toast in app.screen.query("Toast"))


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def go(pilot: Pilot[None], keys: tuple[str, ...]) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


# (keys from home, what the screen reached must show exactly as stored)
SCREENS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "home": ((), (NAME, "[/] Found the root cause")),
    "journal": (("j",), ("[/] Found the root cause",)),
    "win detail": (
        ("j", "enter"),
        ("[/] Found the root cause", "in the first month" + SUFFIX),
    ),
    "ladder": (("l",), ("Software engineer",)),
    "reviews": (("r",), ("2026Q4",)),
    "review summary": (("r", "s"), ("[/] Found the root cause",)),
    "review walk": (("r", "r", "y"), ("[/] Scoped the search migration", SUFFIX)),
    "gaps": (("g",), ("[/] Mentor one of the new joiners",)),
    "problem hub": (("o",), ("[/] Releases fail one time in five",)),
    "problem tracker": (
        ("o", "o"),
        ("watching them" + SUFFIX, "([/] deploy dashboard" + SUFFIX + ")"),
    ),
    "proposal": (("o", "o", "p"), ("[/] Releases fail one time in five",)),
    "manager hub": (("m",), ("[/] Found the root cause",)),
    "prep": (("m", "p"), ("[/] Found the root cause",)),
    # The table wraps a criterion to three lines; the rest is cut with "…".
    "criteria": (
        ("m", "c"),
        ("[/] Lead a technical change", "end to end" + SUFFIX[:20]),
    ),
    "record": (("m", "n"), ("What did your manager say?",)),
    "rehearsal": (("m", "r"), ()),
    "peers": (("P",), ("What [/] PR" + SUFFIX,)),
    "peer form": (("P", "e"), ("[/] Led the",)),
    "peer questions": (("P", "a"), ("Questions to ask",)),
    "pitch": (("p", "ctrl+home"), ("[/] The problem",)),
    "pitch versions": (("p", "ctrl+l"), ("[/] The problem",)),
    # Cut from the saved version, whose words came from the hostile records.
    "short pitch": (("p", "ctrl+t"), ("[/] The problem",)),
    "export": (("x",), (r"Sam \[/\] \[b\]x",)),
    "export preview": (("x", "ctrl+r"), (r"Sam \[/\] \[b\]x",)),
    "profile": (("e",), (NAME,)),
    "privacy": (("v",), ()),
    "help": (("f1",), ()),
}


@pytest.mark.parametrize("where", list(SCREENS))
async def test_typed_brackets_show_as_typed_on_every_screen(
    where: str, hostile_store: Store, clock: FixedClock
) -> None:
    keys, expected = SCREENS[where]
    app = make_app(hostile_store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await go(pilot, keys)
        text = shown(app)
        for literal in expected:
            assert literal in text, f"{where}: {literal!r} not shown in {text!r}"
        assert app._exception is None


async def test_settings_open_with_brackets_everywhere(
    hostile_store: Store, clock: FixedClock
) -> None:
    app = make_app(hostile_store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        app.action_open("settings")
        await settle(pilot)
        assert type(app.screen).__name__ == "SettingsScreen"
        assert app._exception is None


async def test_a_profile_name_with_a_closing_tag_is_kept_and_shown(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await go(pilot, ("e",))
        app.screen.query_one("#name", Input).value = NAME
        await go(pilot, ("ctrl+s",))
        assert NAME in shown(app)

    # Starting again reads the same name back, and shows it as typed.
    again = make_app(Store(store.path, clock=clock), clock)
    async with again.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        assert NAME in shown(again)
        assert "Jo [PTO]" not in shown(again)


async def test_saving_and_deleting_a_peer_named_with_brackets(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await go(pilot, ("P", "e"))
        app.screen.query_one("#peer-name", Input).value = "Ana [/]"
        await go(pilot, ("ctrl+s",))
        await wait_until(pilot, lambda: type(app.screen).__name__ == "PeersScreen")
        await wait_until(pilot, lambda: "Saved Ana [/]." in toasts(app))
        assert [n.message for n in app._notifications][-1] == "Saved Ana [/]."

        await go(pilot, ("d", "y"))
        assert app._exception is None
        assert "Ana [/]" in [n.message for n in app._notifications][-1]


@pytest.mark.parametrize("folder", ["nothere[/]", "[bold]x["])
async def test_an_export_to_a_missing_folder_quotes_the_path_as_typed(
    folder: str, hostile_store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    target = tmp_path / folder / "x.md"
    app = make_app(hostile_store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await go(pilot, ("x",))
        app.screen.query_one("#export-path", Input).value = str(target)
        await go(pilot, ("ctrl+r", "ctrl+s"))

        assert app._exception is None
        messages = [n.message for n in app._notifications]
        assert any(folder in message for message in messages), messages
        await wait_until(pilot, lambda: folder in toasts(app))
        assert not target.exists()
