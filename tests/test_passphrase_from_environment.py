"""CAREERCLIMB_PASSPHRASE in the app: tried before the unlock dialog, never ignored.

Commands have always read the variable; the app tries it too, once, and says so
on the unlock dialog when it does not open the file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from careerclimb_tui import catalogue, cli
from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.passphrase import Mode, PassphraseScreen
from careerclimb_tui.store import Store, crypto
from tests.helpers import home_read, wait_until
from tests.test_passphrase_flow import (
    CHEAP,
    PASSPHRASE,
    locked_copy,
    status_of,
    submit,
)


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stretch passphrases cheaply: the flows are tested here, not the KDF."""
    monkeypatch.setattr(crypto, "DEFAULT_KDF", CHEAP)


@pytest.fixture
def locked(store: Store, clock: FixedClock) -> Store:
    """The demo career, encrypted, opened as at start-up: nothing read, no key."""
    seed_demo(store, clock.today())
    return locked_copy(store, clock)


def app_given(store: Store, clock: FixedClock, passphrase: str) -> CareerClimbApp:
    return CareerClimbApp(store, load_shelf(), clock=clock, passphrase=passphrase)


async def test_the_right_passphrase_in_the_environment_opens_home_without_asking(
    locked: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[PassphraseScreen] = []
    monkeypatch.setattr(PassphraseScreen, "on_mount", asked.append)
    app = app_given(locked, clock, PASSPHRASE)
    async with app.run_test(size=(100, 30)) as pilot:
        await home_read(pilot)
        assert asked == []
        assert not locked.needs_passphrase
        assert locked.wins()


async def test_a_wrong_passphrase_in_the_environment_is_named_on_the_unlock_dialog(
    locked: Store, clock: FixedClock
) -> None:
    app = app_given(locked, clock, "not it at all")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, PassphraseScreen))
        prompt = app.screen
        assert isinstance(prompt, PassphraseScreen) and prompt.mode is Mode.UNLOCK
        await wait_until(pilot, lambda: prompt.is_mounted and bool(status_of(prompt)))
        said = status_of(prompt)
        assert catalogue.PRIVACY_PASSPHRASE_ENV in said
        assert "does not open" in said
        assert locked.needs_passphrase

        await submit(pilot, current=PASSPHRASE)
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert not locked.needs_passphrase


@pytest.mark.parametrize("variable", [PASSPHRASE, None], ids=["set", "unset"])
def test_the_command_line_hands_the_variable_to_the_app_and_never_prompts(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    variable: str | None,
) -> None:
    from careerclimb_tui import app as app_module

    handed: list[object] = []

    class NotRun:
        def __init__(
            self, given: Callable[[], Store], *args: object, **kwargs: object
        ) -> None:
            handed.append(kwargs.get("passphrase"))
            self.return_code = 0

        def run(self) -> None:
            pass

    if variable is None:
        monkeypatch.delenv(catalogue.PRIVACY_PASSPHRASE_ENV, raising=False)
    else:
        monkeypatch.setenv(catalogue.PRIVACY_PASSPHRASE_ENV, variable)
    monkeypatch.setattr(app_module, "CareerClimbApp", NotRun)
    monkeypatch.setattr(cli, "_on_a_terminal", lambda: True)

    assert cli.main([], clock=clock) == 0
    assert handed == [variable]
