"""What the privacy screen says about the data folder itself.

Wiping removes the folder only when CareerClimb made it for itself; a folder the
user named stays, and the screen says how to remove it. A folder others may look
into is flagged with the doctor's words and the command that makes it private.
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

from textual.widgets import Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.records import Win
from careerclimb_tui.paths import DATA_FILE_NAME, default_data_dir
from careerclimb_tui.screens.privacy import PrivacyScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until


async def privacy_texts(store: Store, clock: FixedClock) -> dict[str, str]:
    """What the privacy screen shows about the folder, by part; "" when hidden."""
    app = make_app(store, clock)
    texts: dict[str, str] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await wait_until(pilot, lambda: isinstance(app.screen, PrivacyScreen))
        for part in ("privacy-wipe", "privacy-open"):
            shown = app.screen.query_one(f"#{part}", Static)
            text = str(shown.render()) if shown.display else ""
            texts[part] = " ".join(text.split())
    return texts


async def wipe_shown(store: Store, clock: FixedClock) -> tuple[str, str]:
    """The wipe text in one line, and the command in it ready for a shell."""
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await wait_until(pilot, lambda: isinstance(app.screen, PrivacyScreen))
        text = str(app.screen.query_one("#privacy-wipe", Static).render())
    command = "\n".join(line for line in text.splitlines() if line.startswith("  "))
    return " ".join(text.split()), command


def run_in_shell(command: str) -> None:
    done = subprocess.run(
        ["sh", "-c", command], capture_output=True, text=True, env=dict(os.environ)
    )
    assert done.returncode == 0, done.stderr


def saved_once(store: Store, clock: FixedClock) -> None:
    store.save_profile(DEMO_PROFILE)
    store.add_win(Win("Cut deploy time from 40 to 12 minutes", clock.today()))


async def test_wiping_a_folder_the_user_named_leaves_the_folder_and_says_so(
    isolated_home: Path, store: Store, clock: FixedClock
) -> None:
    saved_once(store, clock)
    (isolated_home / "careerclimb-debug.log").write_text("debug\n")

    said, command = await wipe_shown(store, clock)
    run_in_shell(command)

    assert isolated_home.is_dir()
    assert list(isolated_home.iterdir()) == []
    assert "removes only what CareerClimb keeps in the data folder" in said
    assert "The data folder itself stays: you chose it" in said
    remove = said.split("`", 2)[1]
    assert remove.startswith("rmdir ")
    run_in_shell(remove)
    assert not isolated_home.exists()


async def test_wiping_the_folder_careerclimb_made_says_the_folder_goes_too(
    clock: FixedClock,
) -> None:
    folder = default_data_dir()
    store = Store(folder / DATA_FILE_NAME, clock=clock)
    saved_once(store, clock)

    said, command = await wipe_shown(store, clock)
    run_in_shell(command)

    assert not folder.exists()
    assert "then the data folder itself, which CareerClimb made" in said
    assert "removes only" not in said
    assert "stays" not in said


async def test_privacy_warns_when_others_can_look_into_the_data_folder(
    tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "My CareerClimb"
    folder.mkdir()
    folder.chmod(0o755)
    store = Store(folder / DATA_FILE_NAME, clock=clock)
    saved_once(store, clock)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755

    warned = (await privacy_texts(store, clock))["privacy-open"]
    assert "Other users can look into the data folder" in warned
    assert "(mode 0755)" in warned
    command = warned.split("Run `", 1)[1].split("`", 1)[0]
    assert command.startswith("chmod 700 ")
    run_in_shell(command)

    assert (await privacy_texts(store, clock))["privacy-open"] == ""
