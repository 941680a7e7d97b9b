"""Command-line wording and key hints a new user tripped over."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets._footer import FooterKey

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.records import Win
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.help import HelpScreen, key_text
from careerclimb_tui.screens.ladder_browser import LadderScreen
from careerclimb_tui.store import Store, crypto
from careerclimb_tui.store.health import wins_before_damage
from tests.helpers import make_app

DATA = Path(__file__).parent / "data"
BUNDLED = Path(__file__).parents[1] / "careerclimb_tui/ladders/software-engineer.yaml"


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def _own_engineer_ladder(folder: Path) -> Path:
    """A user ladder with the bundled ladder's id, written to ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "engineer.yaml"
    path.write_text(BUNDLED.read_text(encoding="utf-8"), encoding="utf-8")
    return path


# --- a user ladder that replaces a bundled one ----------------------------------


def test_ladders_list_says_a_user_ladder_replaces_the_bundled_one(
    clock: FixedClock, isolated_home: Path
) -> None:
    own = _own_engineer_ladder(isolated_home / "ladders")

    code, output = run(clock, "ladders", "list")

    assert code == 0
    assert f"your ladder: {own}" in output
    assert "it replaces the bundled software-engineer ladder" in output
    assert str(BUNDLED.name) in output


def test_ladders_list_json_marks_the_user_ladder_and_what_it_replaces(
    clock: FixedClock, isolated_home: Path
) -> None:
    own = _own_engineer_ladder(isolated_home / "ladders")

    code, output = run(clock, "ladders", "list", "--json")

    assert code == 0
    [ladder] = json.loads(output)["ladders"]
    assert ladder["source"] == str(own)
    assert ladder["user"] is True
    assert ladder["replaces"].endswith("software-engineer.yaml")


def test_ladders_list_names_no_owner_for_the_bundled_ladder(
    clock: FixedClock,
) -> None:
    code, output = run(clock, "ladders", "list")

    assert code == 0
    assert "your ladder" not in output and "replaces" not in output


def test_ladders_validate_warns_a_file_will_replace_the_bundled_ladder(
    clock: FixedClock, tmp_path: Path
) -> None:
    own = _own_engineer_ladder(tmp_path / "drafts")

    code, output = run(clock, "ladders", "validate", str(own), str(BUNDLED))

    assert code == 0
    [mine, bundled] = [line for line in output.splitlines() if ": ok" in line]
    assert mine.startswith(str(own))
    assert "will replace the bundled software-engineer ladder" in output
    assert output.count("will replace") == 1


# --- doctor --restore does not trade a damaged file for a near-empty backup ------


def _wins(store: Store, count: int, prefix: str) -> None:
    for number in range(count):
        store.add_win(Win(f"{prefix} {number}", dt.date(2026, 11, 3)))


@pytest.fixture
def fifty_wins_cut_in_half(store: Store, clock: FixedClock) -> Store:
    """Yesterday's backup holds 1 win; today's file held 50 and was cut in half."""
    _wins(store, 1, "first")
    clock.advance(days=1)
    _wins(store, 49, "later")
    raw = store.path.read_bytes()
    store.path.write_bytes(raw[: len(raw) // 2])
    return store


def test_restore_refuses_a_backup_far_smaller_than_the_damaged_file(
    fifty_wins_cut_in_half: Store,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    damaged = fifty_wins_cut_in_half.path.read_bytes()

    code, output = run(clock, "doctor", "--restore")

    assert code == 1
    assert fifty_wins_cut_in_half.path.read_bytes() == damaged
    err = capsys.readouterr().err
    assert "Nothing was restored" in err and "holds 1 win," in err
    assert "the damaged data file still shows 2" in err
    [backup] = fifty_wins_cut_in_half.backups()
    assert f"careerclimb doctor --restore {backup.name}" in err


def test_doctor_report_warns_the_backup_holds_far_less_than_the_file(
    fifty_wins_cut_in_half: Store, clock: FixedClock
) -> None:
    code, output = run(clock, "doctor")

    assert code == 1
    assert "holds 1 win, but the damaged data file still shows" in output
    assert "puts back" not in output


def test_named_restore_says_how_many_wins_and_where_the_damaged_file_is(
    fifty_wins_cut_in_half: Store, clock: FixedClock
) -> None:
    [backup] = fifty_wins_cut_in_half.backups()

    code, output = run(clock, "doctor", "--restore", backup.name)

    assert code == 0
    kept = fifty_wins_cut_in_half.path.with_name(
        "careerclimb.json.damaged-20261119-093000"
    )
    assert kept.exists()
    assert f"Put back {backup.name} as the data file: it holds 1 win." in output
    assert f"kept as {kept}" in output


def test_restore_picks_the_backup_holding_the_most_wins(
    store: Store, clock: FixedClock
) -> None:
    _wins(store, 3, "kept")
    clock.advance(days=1)
    for win in store.wins()[:2]:
        store.delete_win(win.id)
    clock.advance(days=1)
    _wins(store, 1, "new")
    newest = max(store.backups())
    store.path.write_bytes(b'{"wins": {"1": {"title": "cut short')

    code, output = run(clock, "doctor", "--restore")

    assert code == 0
    assert "careerclimb-20261120.json  1 win, readable" in output
    fuller = "careerclimb-20261119.json"
    assert f"Put back {fuller} as the data file: it holds 3 wins." in output
    assert newest.exists()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"wins": {"1": {"title": "a"}, "2": {"title": "b"}, "3": {"ti', 2),
        (b'{"wins": {"1": {"title": "a"}}}', 1),
        (b'{"wins": {"1": {"title": "cut', 0),
        (b'{"profile": {"1": {"name": "x"}}, "wi', None),
        (b"\xff\xfe garbage", None),
    ],
)
def test_wins_before_damage_counts_whole_win_records(
    raw: bytes, expected: int | None
) -> None:
    assert wins_before_damage(raw) == expected


# --- encrypt and decrypt say plainly when there were no backups -----------------


@pytest.fixture
def quick_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep key derivation cheap and give the passphrase as a script would."""
    cheap = crypto.KdfSettings(crypto.ARGON2ID, cost=8, rounds=1, lanes=1)
    monkeypatch.setattr(crypto, "DEFAULT_KDF", cheap)
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, "correct horse battery")


def test_encrypt_and_decrypt_say_there_were_no_backups(
    clock: FixedClock, isolated_home: Path, quick_passphrase: None
) -> None:
    assert run(clock, "log", "Cut build time in half")[0] == 0
    path = isolated_home / "careerclimb.json"

    code, encrypted = run(clock, "encrypt")
    assert code == 0
    assert f"Encrypted {path} (there were no backups)." in encrypted

    code, decrypted = run(clock, "decrypt")
    assert code == 0
    assert (
        f"Decrypted {path} (there were no backups): the data is plain JSON again."
        in decrypted
    )


def test_encrypt_counts_the_backups_it_encrypted(
    clock: FixedClock, isolated_home: Path, quick_passphrase: None
) -> None:
    assert run(clock, "log", "Cut build time in half")[0] == 0
    clock.advance(days=1)
    assert run(clock, "log", "Halved the on-call pages")[0] == 0

    code, output = run(clock, "encrypt")

    assert code == 0
    assert "careerclimb.json and its 1 backup." in output


# --- the ladder browser's footer names what its bracket keys do -----------------


class LadderHost(App[None]):
    """An otherwise empty app showing the ladder browser."""

    def on_mount(self) -> None:
        ladder = load_shelf().get("software-engineer")
        assert ladder is not None
        self.push_screen(LadderScreen(ladder, "mid", "senior"))


async def test_ladder_footer_says_the_brackets_move_a_level() -> None:
    app = LadderHost()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = [
            (key.key_display, key.description) for key in app.screen.query(FooterKey)
        ]

    assert ("[", "Lower level") in shown
    assert ("]", "Higher level") in shown


# --- help writes keys as its prose does, and lists the palette everywhere -------


@pytest.mark.parametrize(
    ("shown", "written"),
    [
        ("f1", "F1"),
        ("f12", "F12"),
        ("^q", "Ctrl+Q"),
        ("esc", "Esc"),
        ("⏎", "Enter"),
        ("del", "Del"),
        ("pgup", "PgUp"),
        ("space", "Space"),
        ("home", "Home"),
        ("shift+tab", "Shift+Tab"),
        ("shift+^home", "Ctrl+Shift+Home"),
        ("PgUp PgDn", "PgUp PgDn"),
        ("Ctrl+P", "Ctrl+P"),
        ("q", "q"),
        ("P", "P"),
        ("?", "?"),
        ("[", "["),
        ("↑", "↑"),
        ("a–z", "a–z"),
    ],
)
def test_help_writes_function_and_control_keys_as_the_prose_does(
    shown: str, written: str
) -> None:
    assert key_text(shown) == written


@pytest.mark.parametrize(
    "opening", [(), ("j",), ("l",)], ids=["home", "journal", "ladder"]
)
async def test_help_lists_f1_and_the_command_palette_on_every_screen(
    store: Store, clock: FixedClock, opening: tuple[str, ...]
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*opening, "f1")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-keys")
        rows = [
            tuple(str(cell) for cell in table.get_row_at(i))
            for i in range(table.row_count)
        ]

    keys = [key for key, _ in rows]
    assert "F1" in keys and "f1" not in keys
    assert rows[-1] == ("Ctrl+P", catalogue.HELP_PALETTE_ACTION)
