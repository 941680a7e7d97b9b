"""Recording promoted peers and building the pitch, driven by keyboard as a user would.

Each flow ends by reading the store again, so what is asserted is what was saved.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static, TextArea

from careerclimb_tui import editor
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_case_demo, seed_demo, seed_full_demo
from careerclimb_tui.domain.criteria import Criterion
from careerclimb_tui.domain.peers import Peer, PeerItem, questions_for_copy
from careerclimb_tui.domain.pitch import build_pitch, short_pitch
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.peer_form import PeerFormScreen, PeerItemDialog
from careerclimb_tui.screens.peers import PeersScreen, QuestionsDialog
from careerclimb_tui.screens.pitch import (
    PitchScreen,
    PitchVersionsDialog,
    ShortPitchDialog,
)
from careerclimb_tui.store import Store
from careerclimb_tui.store.criteria_docs import save_criterion
from careerclimb_tui.store.peers_docs import (
    initiative_facts,
    peers,
    pitch_versions,
    save_peer,
    save_pitch_version,
)
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, seed_win, type_text, wait_until

EDITORS = Path(__file__).parent / "data" / "editor"


def run_cli(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def the_draft(store: Store, clock: FixedClock) -> str:
    """The pitch the records give today, as the screen drafts it."""
    return build_pitch(
        store.wins(), store.reviews(), initiative_facts(store), clock.today()
    ).text


@pytest.fixture
def no_suspend(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the editor run under the test driver, which cannot hand over a terminal."""

    @contextlib.contextmanager
    def suspended(self: object) -> Iterator[None]:
        yield

    from textual.app import App

    monkeypatch.setattr(App, "suspend", suspended)


def use_editor(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {EDITORS / f'{name}.py'}")


# --- promoted peers ---------------------------------------------------------------


async def test_a_peer_is_recorded_with_initials_and_a_tagged_item(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("open('peers')")
        await pilot.pause()
        assert isinstance(app.screen, PeersScreen)

        await pilot.press("n")
        form = app.screen
        assert isinstance(form, PeerFormScreen)
        await type_text(pilot, "Priya Raman")
        hint = form.query_one("#name-hint")
        assert hint.has_class("full-name"), "the initials hint stands out"
        await pilot.press("ctrl+t")
        assert form.query_one("#peer-name", Input).value == "PR"
        assert not hint.has_class("full-name")
        form.query_one("#promoted-in", Input).focus()
        await type_text(pilot, "2026-06")

        await pilot.press("ctrl+n")
        assert isinstance(app.screen, PeerItemDialog)
        dialog = app.screen
        dialog.query_one("#item-text", TextArea).insert(
            "Led the checkout work across three teams; p95 went from 900 to 350"
        )
        await pilot.press("tab", "tab", "space")  # signal, then the first dimension
        await pilot.press("tab", "space")  # the kind of work offered
        await pilot.press("ctrl+s")
        assert pilot.app.screen is form
        assert form.query_one("#items", DataTable).row_count == 1

        form.query_one("#advice", TextArea).insert("Measure it before you start.")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, PeersScreen))
        pattern = str(app.screen.query_one("#pattern", Static).render())
        assert "PR led work across teams" in pattern

    [peer] = peers(Store(store.path, clock=clock))
    assert (peer.name, peer.from_level, peer.to_level) == ("PR", "mid", "senior")
    assert peer.promoted_in == "2026-06"
    assert peer.advice == "Measure it before you start."
    [item] = peer.items
    assert item.is_next_level
    assert item.dimensions == ("scope_impact",)
    assert item.kinds == ("cross_team",), "the kind offered, ticked by the user"


async def test_leaving_a_typed_peer_asks_first_and_saves_nothing(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("open('peers')")
        await pilot.press("n")
        await type_text(pilot, "JM")
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert isinstance(app.screen, PeerFormScreen), "no keeps the form open"
        await pilot.press("escape", "y")
        assert isinstance(app.screen, PeersScreen)
    assert peers(store) == []


async def test_a_month_in_the_future_is_refused_and_the_form_stays(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("open('peers')")
        await pilot.press("n")
        await type_text(pilot, "JM")
        app.screen.query_one("#promoted-in", Input).value = "2031-01"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PeerFormScreen)
    assert peers(store) == []


async def test_an_item_is_edited_and_another_removed_by_keyboard(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_peer(
        store,
        Peer(
            "AK",
            "mid",
            "senior",
            items=(PeerItem("Ran the guild"), PeerItem("Wrote the scheduler RFC")),
        ),
    )
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("open('peers')")
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, PeerFormScreen)
        items = form.query_one("#items", DataTable)
        items.focus()
        await pilot.press("delete")
        assert items.row_count == 1
        await pilot.press("enter")
        assert isinstance(app.screen, PeerItemDialog)
        app.screen.query_one("#item-text", TextArea).insert(" for the event pipeline")
        await pilot.press("ctrl+s", "ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, PeersScreen))

    [peer] = peers(store)
    assert [item.text for item in peer.items] == [
        "Wrote the scheduler RFC for the event pipeline"
    ]


async def test_the_questions_are_shown_and_y_copies_them(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("open('peers')")
        await pilot.press("a")
        assert isinstance(app.screen, QuestionsDialog)
        await pilot.press("y")
        assert app.clipboard == questions_for_copy()
        await pilot.press("escape")
        app.copy_to_clipboard("")
        await pilot.press("y")
        assert isinstance(app.screen, PeersScreen)
        assert app.clipboard == questions_for_copy(), "y works on the list too"


async def test_the_peers_list_names_levels_by_their_titles(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("open('peers')")
        await pilot.pause()
        table = app.screen.query_one("#peers", DataTable)
        assert str(table.get_cell_at((0, 1))) == "Senior engineer"
        detail = str(app.screen.query_one("#peer-detail", Static).render())
        assert "Software engineer → Senior engineer" in detail
        assert "mid" not in detail


async def test_a_peer_is_deleted_only_once_confirmed(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("open('peers')")
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n", "d", "y")
        await wait_until(pilot, lambda: len(peers(store)) == 2)
        assert app.screen.query_one("#peers", DataTable).row_count == 2
    assert [p.name for p in peers(store)] == ["JM", "AK"]


async def test_brackets_typed_by_the_user_are_shown_as_typed(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    save_peer(
        store,
        Peer(
            "[bold]PR[/",
            "mid",
            "senior",
            items=(PeerItem("Fixed [link=x]the pager[/link]"),),
            advice="Use [red] sparingly",
        ),
    )
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("open('peers')")
        await pilot.pause()
        detail = str(app.screen.query_one("#peer-detail", Static).render())
        assert "What [bold]PR[/ did" in detail
        assert "Fixed [link=x]the pager[/link]" in detail
        assert "Use [red] sparingly" in detail
        await pilot.press("e")
        assert isinstance(app.screen, PeerFormScreen)


async def test_home_notes_what_most_promoted_peers_did(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await wait_until(
            pilot,
            lambda: (
                "Peers: 2 of 3 led work across teams"
                in str(app.screen.query_one("#home-notes", Static).render())
            ),
        )


async def test_the_home_peers_note_of_the_sample_career_fits_one_line_at_80(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        notes = app.screen.query_one("#home-notes", Static)
        await wait_until(pilot, lambda: "Peers: " in str(notes.render()))
        await pilot.pause()
        [note] = [n for n in str(notes.render()).split("\n") if "Peers: " in n]
        shown = [strip.text.strip() for strip in notes.render_lines(notes.size.region)]

    assert note in shown, "the note is on one line of its own, not wrapped"


# --- the pitch --------------------------------------------------------------------


async def test_the_pitch_opens_on_a_draft_and_each_save_is_a_new_version(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    draft = the_draft(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PitchScreen)
        area = screen.query_one("#pitch-text", TextArea)
        assert area.text == draft
        await pilot.press("enter")
        assert not screen.is_dirty()

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(pitch_versions(store)) == 1)

        clock.advance(minutes=10)
        area.move_cursor(area.document.end)
        area.insert(" Rehearsed twice")
        await type_text(pilot, ".")
        assert screen.is_dirty()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(pitch_versions(store)) == 2)
        assert not screen.is_dirty()

        await pilot.press("ctrl+l")
        assert isinstance(app.screen, PitchVersionsDialog)
        await pilot.press("down", "enter")
        assert pilot.app.screen is screen
        assert area.text == draft, "version 1 is back in the editor"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(pitch_versions(store)) == 3)

    first, second, third = pitch_versions(Store(store.path, clock=clock))
    assert first.text == third.text == draft
    assert second.text.endswith(" Rehearsed twice.")
    assert second.created_at is not None and first.created_at is not None
    assert (second.created_at - first.created_at).total_seconds() == 600


async def test_the_committee_panel_reads_the_text_as_it_is_typed(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PitchScreen)
        assert "Nothing to draft from yet" in str(
            screen.query_one("#pitch-flags", Static).render()
        )
        area = screen.query_one("#pitch-text", TextArea)
        area.insert("Reviewed 200 PRs this quarter")
        await type_text(pilot, ".")
        flags = str(screen.query_one("#pitch-flags", Static).render())
        assert "Reads as activity (Reviewed 200 PRs)" in flags
        assert "noticed outside your team" in flags
        timing = str(screen.query_one("#pitch-timing", Static).render())
        assert "5 words at 140 words a minute" in timing


async def test_leaving_an_edited_pitch_asks_first(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "enter")
        await type_text(pilot, "Draft: ")
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        assert isinstance(app.screen, HomeScreen)
    assert pitch_versions(store) == []


async def test_redrafting_asks_before_dropping_edits(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PitchScreen)
        await pilot.press("enter")
        await type_text(pilot, "Scratch that. ")
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        area = screen.query_one("#pitch-text", TextArea)
        assert area.text == the_draft(store, clock)


async def test_the_sixty_second_version_is_shown_and_copied(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    expected = short_pitch(
        build_pitch(store.wins(), store.reviews(), [], clock.today())
    ).text
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "ctrl+t")
        assert isinstance(app.screen, ShortPitchDialog)
        assert str(app.screen.query_one("#short-text", Static).render()) == expected
        await pilot.press("y")
        assert app.clipboard == expected


async def test_the_pitch_is_edited_in_the_users_own_editor_then_saved(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    no_suspend: None,
) -> None:
    seed_demo(store, clock.today())
    use_editor(monkeypatch, "append")
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "ctrl+o")
        area = app.screen.query_one("#pitch-text", TextArea)
        await wait_until(pilot, lambda: area.text.endswith("Edited in my own editor."))
        assert pitch_versions(store) == [], "it comes back as typing, unsaved"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(pitch_versions(store)) == 1)

    [version] = pitch_versions(store)
    assert version.text == the_draft(store, clock) + "\nEdited in my own editor."


async def test_an_editor_that_does_not_wait_leaves_the_text_and_says_why(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    no_suspend: None,
) -> None:
    seed_demo(store, clock.today())
    use_editor(monkeypatch, "untouched")
    # However slow this machine starts a process, the editor counts as "at once".
    monkeypatch.setattr(editor, "QUICK_RETURN_SECONDS", 3600.0)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "enter")
        await type_text(pilot, "Mine: ")
        await pilot.press("ctrl+o")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("did not wait" in message for message in messages)
        area = app.screen.query_one("#pitch-text", TextArea)
        assert area.text.startswith("Mine: ")
    assert pitch_versions(store) == []


async def test_without_an_editor_set_the_user_is_told_how(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seed_demo(store, clock.today())
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    # Nor is vi, the editor used when none is set, on the PATH.
    monkeypatch.setenv("PATH", str(tmp_path))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "ctrl+o")
        await pilot.pause()
        assert any("$EDITOR" in n.message for n in app._notifications)
        assert isinstance(app.screen, PitchScreen)


@pytest.mark.parametrize(
    "keys",
    [("p", "ctrl+l"), ("p", "ctrl+t"), ("peers", "a"), ("peers", "e", "ctrl+n")],
    ids=["pitch versions", "short pitch", "questions", "peer item"],
)
async def test_case_screens_open_at_40_by_12_and_survive_resizing(
    store: Store, clock: FixedClock, keys: tuple[str, ...]
) -> None:
    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        for key in keys:
            if key == "peers":
                await app.run_action("open('peers')")
            else:
                await pilot.press(key)
        # First with the dialog open, then the screen beneath it on its own.
        for size in ((120, 40), (20, 5), (40, 12)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await pilot.press("escape")
        for size in ((20, 5), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert app.is_running


def test_every_case_screen_and_dialog_has_help_text() -> None:
    from careerclimb_tui import catalogue

    for screen in (
        PeersScreen,
        PeerFormScreen,
        PeerItemDialog,
        QuestionsDialog,
        PitchScreen,
        ShortPitchDialog,
        PitchVersionsDialog,
    ):
        purpose, method = catalogue.HELP_SCREENS[screen.__name__]
        assert purpose and method


async def test_f1_explains_the_pitch_while_typing_in_it(
    store: Store, clock: FixedClock
) -> None:
    from careerclimb_tui.screens.help import HelpScreen

    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, PitchScreen)
        assert not app.screen.is_dirty()


# --- the command line -------------------------------------------------------------


def test_peers_questions_print_numbered_and_as_json(clock: FixedClock) -> None:
    code, text = run_cli(clock, "peers", "--questions")
    assert code == 0
    assert text.startswith("1. ")
    assert "8. " in text
    lines = text.splitlines()
    wrapped = [line for line in lines if not line[:1].isdigit()]
    assert wrapped, "a long question runs onto a second line"
    assert all(line.startswith("   ") and line[3] != " " for line in wrapped)

    code, raw = run_cli(clock, "peers", "--questions", "--json")
    assert code == 0
    assert json.loads(raw)["questions"][0].startswith("Looking back")


def test_peers_lists_what_was_recorded_and_the_pattern(
    store: Store, clock: FixedClock
) -> None:
    code, text = run_cli(clock, "peers")
    assert code == 0 and "No promoted peers recorded yet" in text

    seed_demo(store, clock.today())
    seed_case_demo(store, clock.today())
    code, text = run_cli(clock, "peers")
    assert code == 0
    assert text.startswith("PR  Software engineer → Senior engineer  2026-06")
    assert "▲ 2 of your 3 promoted peers led work across teams" in text

    code, raw = run_cli(clock, "peers", "--json")
    data = json.loads(raw)
    assert [p["name"] for p in data["peers"]] == ["PR", "JM", "AK"]
    assert data["pattern"]["kinds"][0]["id"] == "cross_team"
    assert data["pattern"]["kinds"][0]["gap"] is True


def test_the_short_pitch_asks_for_no_part_its_whole_version_tells(
    store: Store, clock: FixedClock
) -> None:
    seed_win(store, what_changed="Releases no longer need a babysitter")
    drove = " ".join(["Moved every service to canary releases, team by team."] * 16)
    # The root cause is told in a sentence the sixty-second cut leaves out.
    save_pitch_version(
        store,
        "Releases broke one time in five. Root cause: the deploy script "
        f"retried every failure.\n\nWhat I drove: {drove}",
    )

    full = json.loads(run_cli(clock, "pitch", "--json")[1])
    short = json.loads(run_cli(clock, "pitch", "--short", "--json")[1])
    printed = run_cli(clock, "pitch", "--print", "--short")[1]

    assert "Root cause" not in short["text"]
    assert "insight" not in full["missing"]
    assert short["missing"] == full["missing"]
    assert "root cause or insight" not in printed


def test_pitch_prints_the_draft_then_the_latest_version(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    draft = the_draft(store, clock)

    code, text = run_cli(clock, "pitch", "--print")
    assert code == 0
    assert text.startswith("Drafted from your records (not saved)")
    assert "words at 140 words a minute" in text
    assert "How a committee reads it:" in text
    code, raw = run_cli(clock, "pitch", "--short", "--json")
    assert json.loads(raw)["text"] in draft

    save_pitch_version(store, "My own words, across three teams: down 40%.")
    code, raw = run_cli(clock, "pitch", "--json")
    data = json.loads(raw)
    assert (data["source"], data["version"]) == ("version", 1)
    assert data["text"] == "My own words, across three teams: down 40%."
    assert data["words_per_minute"] == 140

    code, raw = run_cli(clock, "pitch", "--short", "--json")
    short = json.loads(raw)
    assert short["source"] == "short"
    assert short["seconds"] <= 60
    # Cut from the same saved version the long print shows, not a fresh draft.
    assert short["version"] == 1
    assert short["text"] == "My own words, across three teams: down 40%."


def test_pitch_with_nothing_recorded_fails_with_a_clear_message(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run_cli(clock, "pitch", "--print")
    assert code == 1
    assert "Nothing to pitch yet" in capsys.readouterr().err


def test_the_pitch_command_checks_numbers_against_the_same_records_as_the_screen(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    save_pitch_version(store, "Release checks now take 37 minutes across the org.")

    def unrecorded() -> list[str]:
        code, raw = run_cli(clock, "pitch", "--json")
        assert code == 0
        checks = json.loads(raw)["checks"]
        return [c["message"] for c in checks if c["kind"] == "unrecorded"]

    assert unrecorded() and "37 minutes" in unrecorded()[0]

    # A number the manager gave as an example is on record too.
    save_criterion(
        store,
        Criterion(
            text="Cut the release checks",
            example_given=True,
            example="release checks down to 37 minutes",
        ),
    )
    assert unrecorded() == []
