"""``careerclimb demo``: a large data set on request, a sample career to try."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli import Context, main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import generate_wins
from careerclimb_tui.domain.records import FRAMING_IMPACT
from careerclimb_tui.home_lines import DEMO_ENV
from careerclimb_tui.paths import DATA_FILE_NAME
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until


def run(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def test_demo_writes_the_wins_asked_for_with_a_review_of_every_quarter(
    clock: FixedClock, tmp_path: Path
) -> None:
    folder = tmp_path / "large"
    code, output = run(clock, "demo", "--wins", "300", "--data-dir", str(folder))
    assert code == 0
    assert str(folder / DATA_FILE_NAME) in output

    store = Store(folder / DATA_FILE_NAME, clock=clock)
    wins = store.wins()
    assert len(wins) == 300
    assert sorted(win.id or 0 for win in wins) == list(range(1, 301))
    assert max(win.date for win in wins) <= clock.today()
    assert store.profile() is not None
    reviews = store.reviews()
    reviewed = sorted(win_id for review in reviews for win_id in review.win_ids)
    assert reviewed == list(range(1, 301))
    assert all(review.is_finished for review in reviews)
    assert not store.problems


def test_a_win_logged_after_the_demo_data_gets_the_next_id(
    clock: FixedClock, tmp_path: Path
) -> None:
    folder = str(tmp_path / "large")
    run(clock, "demo", "--wins", "40", "--data-dir", folder)
    code, _ = run(clock, "--data-dir", folder, "log", "Halved the build time")
    assert code == 0
    newest = max(Store(Path(folder) / DATA_FILE_NAME).wins(), key=lambda w: w.id or 0)
    assert (newest.id, newest.title) == (41, "Halved the build time")


def test_the_same_seed_writes_the_same_wins(clock: FixedClock, tmp_path: Path) -> None:
    seen = []
    for name in ("one", "two"):
        folder = tmp_path / name
        run(clock, "demo", "--wins", "50", "--seed", "3", "--data-dir", str(folder))
        wins = Store(folder / DATA_FILE_NAME).wins()
        seen.append([(w.id, w.title, w.date, w.measure) for w in wins])
    assert seen[0] == seen[1]


# Sentences the generated wins must never contain, each with why it reads wrong.
ODD_SENTENCES = [
    # A word said twice running, as in "worked on on-call alerts".
    (re.compile(r"\b(\w+) \1\b", re.IGNORECASE), "a doubled word"),
    # One of something is never counted in the plural.
    (re.compile(r"\b1 (?:minutes|PRs|bugs|sections|sessions)\b"), "one, plural"),
    # A process, guide or set of rules has no outages to recover from.
    (
        re.compile(r"(?:recover|[Oo]utages of) the [\w' ]*(?:process|guide|rules)"),
        "recovering what does not run",
    ),
    # Only what runs has "a run of" it, and a process or a guide has no bugs.
    (
        re.compile(r"run of the [\w' ]*(?:process|guide|service|index|rules)"),
        "a run of what does not run",
    ),
    (re.compile(r"bugs in the [\w' ]*(?:process|guide)"), "bugs in prose"),
    # "a dashboard for CI for the web app": two "for"s trip the reader.
    (re.compile(r"\bfor\b.*\bfor\b"), "two fors"),
]


@pytest.mark.parametrize("seed", [1, 7, 11, 23, 42])
def test_generated_wins_read_as_natural_sentences(seed: int) -> None:
    wins = generate_wins(400, dt.date(2026, 12, 6), seed)

    for win in wins:
        for text in filter(None, (win.title, win.what_changed)):
            assert text[0].isupper(), text
            for pattern, why in ODD_SENTENCES:
                assert not pattern.search(text), f"{why}: {text}"
        # A measured change is impact, whatever the title's verb.
        assert (win.framing == FRAMING_IMPACT) is (win.measure is not None), win


def test_demo_data_needs_a_folder_named_on_the_command_line(
    clock: FixedClock, isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(clock, "demo", "--wins", "10")
    assert code == 2
    assert "--data-dir" in capsys.readouterr().err
    assert not (isolated_home / DATA_FILE_NAME).exists()


def test_demo_data_never_goes_into_a_folder_that_holds_data(
    clock: FixedClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mine"
    run(clock, "--data-dir", str(folder), "log", "My own win")
    before = (folder / DATA_FILE_NAME).read_bytes()

    code, _ = run(clock, "demo", "--wins", "10", "--data-dir", str(folder))
    assert code == 1
    assert "already exists" in capsys.readouterr().err
    assert (folder / DATA_FILE_NAME).read_bytes() == before


@pytest.mark.parametrize("count", ["0", "-3", "many"])
def test_demo_refuses_a_number_of_wins_that_is_not_positive(
    clock: FixedClock, tmp_path: Path, count: str
) -> None:
    with pytest.raises(SystemExit):
        run(clock, "demo", "--wins", count, "--data-dir", str(tmp_path / "d"))
    assert not (tmp_path / "d").exists()


def test_demo_opens_the_sample_career_in_a_folder_removed_afterwards(
    clock: FixedClock, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def fake_app(ctx: Context, start: str | None = None) -> int:
        seen["folder"] = ctx.data_dir
        seen["wins"] = len(ctx.store.wins())
        seen["profile"] = ctx.store.profile()
        seen["marked"] = os.environ.get(DEMO_ENV)
        return 0

    monkeypatch.delenv(DEMO_ENV, raising=False)
    monkeypatch.setattr("careerclimb_tui.cli.run_tui", fake_app)
    code, _ = run(clock, "--data-dir", str(isolated_home), "demo")

    assert code == 0
    folder = seen["folder"]
    assert isinstance(folder, Path) and folder != isolated_home
    assert seen["wins"] == 7 and seen["profile"] is not None
    assert seen["marked"] == "1"
    assert not folder.exists()
    assert DEMO_ENV not in os.environ
    assert not (isolated_home / DATA_FILE_NAME).exists()


async def test_home_says_it_is_a_demo_only_while_the_demo_is_open(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerclimb_tui.demo import seed_demo

    seed_demo(store, clock.today())
    for marked in (True, False):
        if marked:
            monkeypatch.setenv(DEMO_ENV, "1")
        else:
            monkeypatch.delenv(DEMO_ENV)
        app = make_app(store, clock)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
            notes = app.screen.query_one("#home-notes", Static)
            await wait_until(pilot, lambda: "dimensions" in str(notes.render()))
            banner = app.screen.query_one("#home-banner", Static)
            shown = " ".join(str(banner.render()).split()) if banner.display else ""
            assert ("DEMO" in shown) is marked
            assert (" ".join(catalogue.HOME_DEMO.split()) in shown) is marked


def test_writing_demo_data_never_loads_the_user_interface(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from careerclimb_tui.cli import main\n"
        f"assert main(['demo', '--wins', '20', '--data-dir', {str(tmp_path)!r}]) == 0\n"
        "assert not any(m.startswith('textual') for m in sys.modules), 'textual'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert len(Store(tmp_path / DATA_FILE_NAME).wins()) == 20


@pytest.mark.parametrize("ending", ["SIGHUP", "SIGTERM"])
def test_a_demo_ended_by_a_signal_still_removes_its_folder(
    tmp_path: Path, ending: str
) -> None:
    folder = tmp_path / "careerclimb-demo-x"
    folder.mkdir()
    (folder / "careerclimb.json").write_text("{}")
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from careerclimb_tui.cli_demo import removed_when_killed\n"
        "with removed_when_killed(Path(sys.argv[1])):\n"
        f"    os.kill(os.getpid(), signal.{ending})\n"
        "    signal.pause()\n"
    )
    ended = subprocess.run(
        [sys.executable, "-c", script, str(folder)], timeout=60, check=False
    )

    assert ended.returncode == -getattr(signal, ending)
    assert not folder.exists()


@pytest.mark.parametrize("ending", ["SIGHUP", "SIGTERM"])
def test_a_demo_ended_by_a_signal_while_starting_still_removes_its_folder(
    tmp_path: Path, ending: str
) -> None:
    # The sample career is written, then start-up is held there until the signal.
    script = (
        "import signal, sys\n"
        "import careerclimb_tui.demo as demo\n"
        "written = demo.seed_full_demo\n"
        "def held(store, today):\n"
        "    written(store, today)\n"
        "    print('written', flush=True)\n"
        "    signal.pause()\n"
        "demo.seed_full_demo = held\n"
        "from careerclimb_tui.cli import main\n"
        "sys.exit(main(['demo']))\n"
    )
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = os.environ | {
        "TMPDIR": str(temporary),
        "CAREERCLIMB_HOME": str(tmp_path / "home"),
    }
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env
    ) as demo:
        assert demo.stdout is not None
        assert demo.stdout.readline() == "written\n"
        folders = list(temporary.glob("careerclimb-demo-*"))
        assert len(folders) == 1
        assert (folders[0] / DATA_FILE_NAME).exists()

        demo.send_signal(getattr(signal, ending))
        code = demo.wait(timeout=60)

    assert code == 128 + getattr(signal, ending)
    assert not list(temporary.iterdir())
    assert not (tmp_path / "home" / DATA_FILE_NAME).exists()
