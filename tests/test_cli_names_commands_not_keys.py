"""What a command prints names a command, or says "in the app", where the app's
own text names a key; and asking for a new passphrase with nobody to ask is a
usage problem (exit code 2), not a wrong passphrase (exit code 5)."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from careerclimb_tui import catalogue, cli_privacy
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.criteria import STATUS_MET, Criterion
from careerclimb_tui.domain.gaps import DimensionGap, GapStatus, GapView
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Noticed,
    answer,
    finish,
    mark_judged,
    read_change,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.gap_text import met_unreviewed_lines, pending_lines
from careerclimb_tui.store import Store

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)

# "(r)", "(press o on home)", "(c on the Privacy screen)", "(Ctrl+P)".
KEY_HINT = re.compile(r"\((?:press )?(?:[A-Za-z]|Ctrl\+\w|Esc|Enter)(?: on [^)]*)?\)")
# Said after one of these, a key is one of the app's, and the reader knows it.
WAY_INTO_THE_APP = re.compile(r"in the app|`careerclimb[^`]*`")


def command_line_texts() -> list[tuple[str, str]]:
    """Every catalogue text written for the command line, by its name."""
    texts = []
    for name, value in vars(catalogue).items():
        if not (name.startswith("CLI_") or "_CLI" in name):
            continue
        values = value.values() if isinstance(value, dict) else [value]
        texts += [(name, text) for text in values if isinstance(text, str)]
    return texts


def test_command_line_texts_are_found() -> None:
    names = {name for name, _ in command_line_texts()}

    assert {"CLI_NO_REVIEW", "PACKET_EDITED_ONE_CLI", "PROBLEM_CLI_CATALOG"} <= names


@pytest.mark.parametrize(
    "name, text", command_line_texts(), ids=[n for n, _ in command_line_texts()]
)
def test_a_command_names_a_key_only_once_it_has_said_how_to_open_the_app(
    name: str, text: str
) -> None:
    for hint in KEY_HINT.finditer(text):
        assert " screen)" not in hint.group(), name
        assert WAY_INTO_THE_APP.search(text, 0, hint.start()), (name, hint.group())


def reviewed_then_edited(store: Store, *days: dt.date) -> list[Win]:
    """Wins reviewed in their quarters' finished runs, each then edited."""
    store.save_profile(DEMO_PROFILE)
    edited = []
    for number, day in enumerate(days, start=1):
        title = f"Helped with incident {number}"
        win = store.add_win(framed(Win(title=title, date=day)))
        assert win.id is not None
        review = start_review(quarter_of(day), [win], NOW)
        review = answer(
            review,
            win.id,
            now=NOW,
            peer_could="yes",
            choice="chose",
            change=read_change(""),
            noticed=Noticed.nobody(),
        )
        store.save_review(finish(mark_judged(review, win, now=NOW), now=NOW))
        edited.append(
            store.update_win(framed(win.with_changes(what_changed="Pages halved")))
        )
    return edited


EXPORT_NOTES = [
    # (the days of the edited wins, what the note asks for)
    ((dt.date(2026, 10, 9),),
     "run the review of 2026Q4 again before sharing the packet (in the app: "
     "`careerclimb review`, choose 2026Q4 in the quarter list and press r)."),
    ((dt.date(2026, 8, 3), dt.date(2026, 10, 9)),
     "run the reviews of 2026Q3 and 2026Q4 again before sharing the packet (in "
     "the app: `careerclimb review`, choose each quarter in the quarter list and "
     "press r)."),
]  # fmt: skip


@pytest.mark.parametrize("days, asked", EXPORT_NOTES, ids=["one win", "two quarters"])
def test_export_names_the_quarters_to_review_again_and_the_command(
    store: Store,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    days: tuple[dt.date, ...],
    asked: str,
) -> None:
    reviewed_then_edited(store, *days)

    assert main(["export", "--format", "md"], clock=clock, out=io.StringIO()) == 0

    told = " ".join(capsys.readouterr().err.split())
    assert asked in told
    assert "reviews screen" not in told


def test_review_print_says_how_to_include_a_win_added_after_the_run_started(
    store: Store, clock: FixedClock
) -> None:
    reviewed_then_edited(store, dt.date(2026, 10, 9))
    store.add_win(framed(Win(title="Cut pages in half", date=dt.date(2026, 11, 2))))
    out = io.StringIO()

    assert main(["review", "--print"], clock=clock, out=out) == 0

    text = " ".join(out.getvalue().split())
    assert (
        "To include it, start a new run (in the app: `careerclimb review`, choose "
        "2026Q4 in the quarter list and press r); run 1 is kept as it is."
    ) in text
    assert "reviews screen" not in text


def test_the_gaps_command_explains_its_marks_without_the_apps_keys() -> None:
    met = Criterion(text="Mentor a joiner", dimension="mentoring", status=STATUS_MET)
    row = DimensionGap(
        dimension_id="mentoring",
        name="Mentoring",
        next_level_wins=1,
        latest_next_level=dt.date(2026, 11, 2),
        current_level_wins=0,
        criteria=(met,),
        status=GapStatus.THIN,
        added_after_review=1,
        met_unreviewed=(met,),
    )
    view = GapView(
        today=dt.date(2026, 11, 18),
        dimensions=(row,),
        focus=None,
        focus_reason="",
        cycle_closes=None,
        weeks_remaining=None,
        trend=(),
    )

    printed = [line for _, line in pending_lines(view, command_line=True)]
    printed += met_unreviewed_lines(view, command_line=True)
    shown = [line for _, line in pending_lines(view)] + met_unreviewed_lines(view)

    assert all("`careerclimb review`" in line for line in printed), printed
    assert not any(KEY_HINT.search(line) for line in printed), printed
    assert all(KEY_HINT.search(line) for line in shown), shown


# --- a new passphrase with nobody to ask ------------------------------------------


@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_privacy, "_has_terminal", lambda: False)
    monkeypatch.delenv(catalogue.PRIVACY_PASSPHRASE_ENV, raising=False)
    monkeypatch.delenv(catalogue.PRIVACY_NEW_PASSPHRASE_ENV, raising=False)


def test_encrypt_without_a_terminal_or_a_passphrase_is_a_usage_problem(
    store: Store,
    clock: FixedClock,
    no_terminal: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.add_win(Win(title="Cut pages in half", date=dt.date(2026, 11, 2)))
    before = store.path.read_bytes()

    code = main(["encrypt"], clock=clock, out=io.StringIO())

    assert code == 2
    said = " ".join(capsys.readouterr().err.split())
    assert "run `careerclimb encrypt` in a terminal" in said
    assert "set CAREERCLIMB_PASSPHRASE to the new passphrase" in said
    assert store.path.read_bytes() == before


def test_a_new_passphrase_without_a_terminal_names_its_own_variable(
    store: Store,
    clock: FixedClock,
    no_terminal: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.add_win(Win(title="Cut pages in half", date=dt.date(2026, 11, 2)))
    store.encrypt("old passphrase")
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, "old passphrase")

    code = main(["passphrase"], clock=clock, out=io.StringIO())

    assert code == 2
    assert "set CAREERCLIMB_NEW_PASSPHRASE" in capsys.readouterr().err


def test_encrypting_twice_names_the_command_that_changes_the_passphrase(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.add_win(Win(title="Cut pages in half", date=dt.date(2026, 11, 2)))
    store.encrypt("old passphrase")
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, "old passphrase")

    assert main(["encrypt"], clock=clock, out=io.StringIO()) == 1

    said = " ".join(capsys.readouterr().err.split())
    assert said.endswith("To choose another passphrase, run `careerclimb passphrase`.")
