"""A passphrase variable set to nothing is named as empty, not as missing."""

from __future__ import annotations

import io

import pytest

from careerclimb_tui import catalogue, cli_privacy
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Win
from careerclimb_tui.store import Store, crypto

PASSPHRASE = "correct horse battery"


def run(clock: FixedClock, *argv: str) -> int:
    return main(list(argv), clock=clock, out=io.StringIO())


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_privacy, "_has_terminal", lambda: False)


def test_encrypt_says_the_passphrase_variable_is_empty_and_how_long_it_must_be(
    clock: FixedClock,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.add_win(Win(title="A win", date=clock.today()))
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, "")

    assert run(clock, "encrypt") == 2

    error = capsys.readouterr().err
    assert "CAREERCLIMB_PASSPHRASE is set but empty" in error
    assert f"at least {crypto.MIN_PASSPHRASE_CHARACTERS} characters" in error


def test_a_command_on_an_encrypted_file_says_the_variable_is_empty(
    clock: FixedClock,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.add_win(Win(title="A win", date=clock.today()))
    store.encrypt(PASSPHRASE)
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, "")

    assert run(clock, "wins") == 5

    assert "CAREERCLIMB_PASSPHRASE is set but empty" in capsys.readouterr().err


def test_a_new_passphrase_variable_set_to_nothing_is_named_as_empty(
    clock: FixedClock,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.add_win(Win(title="A win", date=clock.today()))
    store.encrypt(PASSPHRASE)
    monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(catalogue.PRIVACY_NEW_PASSPHRASE_ENV, "")

    assert run(clock, "passphrase") == 2

    error = capsys.readouterr().err
    assert "CAREERCLIMB_NEW_PASSPHRASE is set but empty" in error
    assert "careerclimb passphrase" in error


def test_an_unset_variable_is_still_asked_for(
    clock: FixedClock,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.add_win(Win(title="A win", date=clock.today()))
    monkeypatch.delenv(catalogue.PRIVACY_PASSPHRASE_ENV, raising=False)

    assert run(clock, "encrypt") == 2

    error = capsys.readouterr().err
    assert "empty" not in error
    assert "set CAREERCLIMB_PASSPHRASE to the new passphrase" in error
