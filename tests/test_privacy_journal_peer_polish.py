"""Advice that is safe to follow, keys that do what help says, forms that keep focus.

Wiping as the privacy screen says removes CareerClimb's files and nothing else; the
doctor tells how to make a folder the user made private; ``?`` in the journal opens
help unless it is typed into a search; "Use initials" in the peer form keeps the
focus where it was and does not shorten initials again.
"""

from __future__ import annotations

import io
import os
import stat
import subprocess
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo
from careerclimb_tui.domain.records import Win
from careerclimb_tui.paths import DATA_FILE_NAME, default_data_dir, shown_path
from careerclimb_tui.screens.help import HelpScreen
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.screens.peer_form import PeerFormScreen
from careerclimb_tui.screens.peers import PeersScreen
from careerclimb_tui.screens.privacy import PrivacyScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import peers
from tests.helpers import make_app, type_text, wait_until


def seeded_over_two_days(store: Store, clock: FixedClock) -> None:
    """The demo career and a win saved a day later, so that there is a backup."""
    seed_demo(store, clock.today())
    clock.advance(days=1)
    store.add_win(Win("Ran the payments incident review", clock.today()))


async def wipe_command_shown(store: Store, clock: FixedClock) -> str:
    """The command the privacy screen gives for wiping, as the user would paste it."""
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await wait_until(pilot, lambda: isinstance(app.screen, PrivacyScreen))
        text = str(app.screen.query_one("#privacy-wipe", Static).render())
    assert "rm -r" not in text
    return "\n".join(line for line in text.splitlines() if line.startswith("  "))


def run_in_shell(command: str) -> None:
    done = subprocess.run(
        ["sh", "-c", command], capture_output=True, text=True, env=dict(os.environ)
    )
    assert done.returncode == 0, done.stderr


async def test_wiping_as_privacy_says_leaves_other_files_in_the_data_folder(
    isolated_home: Path, store: Store, clock: FixedClock
) -> None:
    seeded_over_two_days(store, clock)
    folder = isolated_home
    (folder / f"{DATA_FILE_NAME}.damaged-20261117-093000").write_text("{}")
    (folder / "careerclimb-debug.log").write_text("debug\n")
    others = [
        folder / "notes.txt",
        folder / "careerclimb-notes.md",
        folder / "backups" / "photos.tar",
        folder / "backups" / "careerclimb-notes.json",
        folder / "projects" / "plan.md",
    ]
    for other in others:
        other.parent.mkdir(exist_ok=True)
        other.write_text("not CareerClimb's")
    assert store.backups()

    run_in_shell(await wipe_command_shown(store, clock))

    left = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))
    assert left == [
        "backups",
        "backups/careerclimb-notes.json",
        "backups/photos.tar",
        "careerclimb-notes.md",
        "notes.txt",
        "projects",
        "projects/plan.md",
    ]


async def test_wiping_a_folder_only_careerclimb_uses_removes_the_folder_too(
    clock: FixedClock,
) -> None:
    folder = default_data_dir()
    store = Store(folder / DATA_FILE_NAME, clock=clock)
    seeded_over_two_days(store, clock)

    run_in_shell(await wipe_command_shown(store, clock))

    assert not folder.exists()
    assert folder.parent.is_dir()


def doctor(clock: FixedClock, folder: Path) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(folder), "doctor"], clock=clock, out=out)
    return code, " ".join(out.getvalue().split())


def test_the_doctor_says_how_to_make_a_folder_the_user_made_private(
    tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "My CareerClimb"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    Store(folder / DATA_FILE_NAME, clock=clock).add_win(
        Win("Cut deploy time from 40 to 12 minutes", clock.today())
    )
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755

    code, said = doctor(clock, folder)
    assert code == 1
    assert "leaves a folder it did not make as it is" in said
    command = said.split("Run `", 1)[1].split("`", 1)[0]
    assert command.startswith("chmod 700 ")
    run_in_shell(command)

    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert doctor(clock, folder)[0] == 0


async def test_question_mark_on_the_journal_list_opens_help_as_help_says(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, JournalScreen))
        journal = app.screen
        search = journal.query_one("#search", Input)

        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert search.value == ""
        told = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "? outside a text field" in told
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is journal)

        await type_text(pilot, "deploy?")
        assert search.value == "deploy?"
        assert app.screen is journal

        await pilot.press("backspace", "down", "question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert search.value == "deploy"


async def open_peer_form(pilot: Pilot[None]) -> PeerFormScreen:
    await pilot.press("P", "n")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, PeerFormScreen))
    form = pilot.app.screen
    assert isinstance(form, PeerFormScreen)
    return form


async def test_initials_keep_the_focus_so_tabs_reach_the_month(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_peer_form(pilot)
        name = form.query_one("#peer-name", Input)
        await type_text(pilot, "Priya Raman")
        await pilot.press("ctrl+t")
        assert name.value == "PR"
        assert name.has_focus

        await pilot.press("tab", "tab", "tab")
        await type_text(pilot, "2026-03")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, PeersScreen))

    [peer] = peers(Store(store.path, clock=clock))
    assert (peer.name, peer.promoted_in, peer.visibility) == ("PR", "2026-03", "")


async def test_ctrl_t_never_shortens_initials_and_gives_back_the_name_it_shortened(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_peer_form(pilot)
        name = form.query_one("#peer-name", Input)
        await type_text(pilot, "Jean-Luc Martin")
        await pilot.press("ctrl+t")
        assert name.value == "JLM"
        await pilot.press("ctrl+t")
        assert name.value == "Jean-Luc Martin"
        await pilot.press("ctrl+t")
        assert name.value == "JLM"

        for typed in ("PR", "JLM", "P.R."):
            name.value = ""
            await type_text(pilot, typed)
            await pilot.press("ctrl+t", "ctrl+t")
            assert name.value == typed
            assert name.has_focus


@pytest.mark.parametrize(
    ("inside", "shown"),
    [("", "~"), ("notes", "~/notes"), ("a b/c.md", "~/a b/c.md")],
)
def test_a_path_in_the_home_folder_is_shown_from_tilde(inside: str, shown: str) -> None:
    assert shown_path(Path.home() / inside) == shown


def test_a_path_elsewhere_is_shown_as_it_is() -> None:
    assert shown_path(Path("/srv/careerclimb")) == "/srv/careerclimb"
