"""Backups are the files in backups/; a damaged copy set aside is named apart.

The Privacy screen, ``careerclimb encrypt`` and the doctor count the same files as
backups, and say "damaged copy" for a file a restore put aside.
"""

from __future__ import annotations

import io
import json
import shutil

import pytest
from textual.widgets import DataTable

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.cli_privacy import copies_text
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.doctor import examine
from careerclimb_tui.paths import DATA_FILE_NAME
from careerclimb_tui.screens.privacy import PrivacyScreen
from careerclimb_tui.store import Store, crypto
from tests.helpers import home_read, run_app, wait_until
from tests.test_privacy import CHEAP, OLD, seeded_over_three_days


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stretch passphrases cheaply: these tests are about counting files."""
    monkeypatch.setattr(crypto, "DEFAULT_KDF", CHEAP)
    monkeypatch.delenv(catalogue.PRIVACY_PASSPHRASE_ENV, raising=False)


@pytest.fixture
def two_backups_and_a_damaged_copy(store: Store, clock: FixedClock) -> Store:
    """Two daily backups in backups/, and one damaged file put aside beside the
    data file, as a restore leaves it."""
    seeded_over_three_days(store, clock)
    aside = store.path.with_name(f"{DATA_FILE_NAME}.damaged-20261101-000000")
    shutil.copyfile(store.path, aside)
    assert len(store.all_backups()) == 2
    return store


@pytest.mark.parametrize(
    ("backups", "damaged", "said"),
    [
        (0, 0, " (there were no backups)"),
        (1, 0, " and its 1 backup"),
        (3, 0, " and its 3 backups"),
        (0, 1, " and its 1 damaged copy"),
        (0, 2, " and its 2 damaged copies"),
        (1, 1, ", its 1 backup and 1 damaged copy"),
        (2, 3, ", its 2 backups and 3 damaged copies"),
    ],
)
def test_the_copies_sentence_names_damaged_copies_apart_from_backups(
    backups: int, damaged: int, said: str
) -> None:
    assert copies_text(backups, damaged) == said


def test_encrypting_counts_backups_and_damaged_copies_apart(
    two_backups_and_a_damaged_copy: Store,
) -> None:
    store = two_backups_and_a_damaged_copy

    done = store.encrypt(OLD)

    assert (done.backups, done.damaged, done.copies) == (2, 1, 3)
    assert all(crypto.is_sealed(copy.read_bytes()) for copy in store.copies())


def test_the_command_line_says_how_many_backups_the_doctor_lists(
    two_backups_and_a_damaged_copy: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = two_backups_and_a_damaged_copy
    listed = len(examine(store.path, clock).backups)
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, OLD)

    out = io.StringIO()
    assert main(["encrypt"], clock=clock, out=out) == 0
    assert f", its {listed} backups and 1 damaged copy." in out.getvalue()

    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, OLD)
    out = io.StringIO()
    assert main(["decrypt", "--json"], clock=clock, out=out) == 0
    said = json.loads(out.getvalue())
    assert (said["backups"], said["damaged_copies"]) == (listed, 1)


async def test_the_privacy_screen_lists_backups_and_damaged_copies_apart(
    two_backups_and_a_damaged_copy: Store, clock: FixedClock
) -> None:
    store = two_backups_and_a_damaged_copy
    store.save_profile(DEMO_PROFILE)
    assert len(store.all_backups()) == 2
    async with run_app(store, clock, size=(100, 30)) as (app, pilot):
        await home_read(pilot)
        await pilot.press("v")
        await wait_until(pilot, lambda: isinstance(app.screen, PrivacyScreen))
        table = app.screen.query_one("#privacy-files", DataTable)
        await wait_until(pilot, lambda: table.row_count > 0)
        rows = [
            [str(cell) for cell in table.get_row_at(index)]
            for index in range(table.row_count)
        ]

    assert ["Backups (2)", "backups/", "no"] in rows
    assert ["Damaged copies (1)", f"{DATA_FILE_NAME}.damaged-…", "no"] in rows
