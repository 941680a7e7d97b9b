"""The passphrase in the app: asked before home, and set, changed or removed.

Each flow is driven by keys, as a person would, and checked against what ended up
on disk.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Footer, Input, Static

# Not exported by textual.widgets, but it is the widget the footer draws a key with.
from textual.widgets._footer import FooterKey

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.passphrase import Mode, PassphraseScreen
from careerclimb_tui.screens.privacy import PrivacyScreen
from careerclimb_tui.store import Store, crypto
from tests.helpers import make_app, type_text, wait_until

CHEAP = crypto.KdfSettings(crypto.ARGON2ID, cost=8, rounds=1, lanes=1)
PASSPHRASE = "correct horse battery"
NEW = "staple gun 2026"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stretch passphrases cheaply: the flows are tested here, not the KDF."""
    monkeypatch.setattr(crypto, "DEFAULT_KDF", CHEAP)


@pytest.fixture
def demo(store: Store, clock: FixedClock) -> Store:
    seed_demo(store, clock.today())
    return store


def locked_copy(store: Store, clock: FixedClock) -> Store:
    """The encrypted file, opened as at start-up: nothing read, no key."""
    store.encrypt(PASSPHRASE)
    return Store(store.path, clock=clock)


def status_of(screen: object) -> str:
    assert isinstance(screen, PassphraseScreen)
    return str(screen.query_one("#passphrase-status", Static).render())


async def settled(pilot: Pilot[None], screen: PassphraseScreen) -> None:
    await wait_until(pilot, lambda: not screen.busy)


async def submit(pilot: Pilot[None], **values: str) -> None:
    """Fill the dialog's fields, then press Enter in the last one.

    Typing is tested key by key once; elsewhere the fields are filled at once,
    which keeps the flows fast.
    """
    screen = pilot.app.screen
    fields = list(screen.query(Input))
    for field in fields:
        field.value = values[str(field.id)]
    fields[-1].focus()
    await pilot.press("enter")


async def test_the_app_asks_for_the_passphrase_before_showing_home(
    demo: Store, clock: FixedClock
) -> None:
    store = locked_copy(demo, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        prompt = app.screen
        assert isinstance(prompt, PassphraseScreen) and prompt.mode is Mode.UNLOCK
        assert not any(isinstance(s, HomeScreen) for s in app.screen_stack)

        await type_text(pilot, "not it at all")
        await pilot.press("enter")
        await settled(pilot, prompt)
        assert "does not open" in status_of(prompt)
        assert app.screen is prompt and store.needs_passphrase

        await submit(pilot, current=PASSPHRASE)
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert not store.needs_passphrase
        assert len(store.wins()) == len(demo.wins())


async def test_escape_on_the_passphrase_prompt_quits_without_reading(
    demo: Store, clock: FixedClock
) -> None:
    store = locked_copy(demo, clock)
    before = store.path.read_bytes()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("escape")
        await pilot.pause()
        assert app.return_code == 0
    assert store.needs_passphrase
    assert store.path.read_bytes() == before


async def test_home_keys_typed_at_the_prompt_stay_in_the_passphrase(
    demo: Store, clock: FixedClock
) -> None:
    store = locked_copy(demo, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "w", "v", "question_mark")
        assert isinstance(app.screen, PassphraseScreen)
        assert app.screen.query_one("#current", Input).value == "jwv?"


async def test_encrypting_from_the_privacy_screen_seals_the_file(
    demo: Store, clock: FixedClock
) -> None:
    app = make_app(demo, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("v")
        privacy = app.screen
        assert isinstance(privacy, PrivacyScreen)
        assert privacy.check_action("encrypt", ()) is True
        assert privacy.check_action("decrypt", ()) is False

        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, PassphraseScreen) and dialog.mode is Mode.ENCRYPT
        await type_text(pilot, "short\nshort\n")
        assert "at least 8" in status_of(dialog)
        await submit(pilot, new=PASSPHRASE, again=PASSPHRASE + "x")
        assert "differ" in status_of(dialog)
        assert not demo.encrypted

        await submit(pilot, new=PASSPHRASE, again=PASSPHRASE)
        await wait_until(pilot, lambda: app.screen is privacy)

        assert demo.encrypted
        assert privacy.check_action("encrypt", ()) is False
        assert privacy.check_action("change", ()) is True
    reopened = Store(demo.path, clock=clock)
    reopened.unlock(PASSPHRASE)
    assert len(reopened.wins()) == len(demo.wins())


async def test_changing_the_passphrase_needs_the_current_one(
    demo: Store, clock: FixedClock
) -> None:
    demo.encrypt(PASSPHRASE)
    app = make_app(demo, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("v", "c")
        dialog = app.screen
        assert isinstance(dialog, PassphraseScreen) and dialog.mode is Mode.CHANGE
        await submit(pilot, current="a wrong guess", new=NEW, again=NEW)
        await settled(pilot, dialog)
        assert "does not open" in status_of(dialog)
        assert app.screen is dialog

        await submit(pilot, current=PASSPHRASE, new=NEW, again=NEW)
        await wait_until(pilot, lambda: isinstance(app.screen, PrivacyScreen))

    reopened = Store(demo.path, clock=clock)
    with pytest.raises(Exception, match="does not open"):
        reopened.unlock(PASSPHRASE)
    reopened.unlock(NEW)
    assert len(reopened.wins()) == len(demo.wins())


async def test_decrypting_from_the_privacy_screen_leaves_plain_json(
    demo: Store, clock: FixedClock
) -> None:
    demo.encrypt(PASSPHRASE)
    app = make_app(demo, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("v", "d")
        assert isinstance(app.screen, PassphraseScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, PrivacyScreen)
        assert demo.encrypted

        await pilot.press("d")
        await submit(pilot, current=PASSPHRASE)
        await wait_until(pilot, lambda: isinstance(app.screen, PrivacyScreen))
        assert not demo.encrypted
        assert app.screen.check_action("encrypt", ()) is True
    assert demo.path.read_bytes().startswith(b"{")


def footer_keys(screen: object) -> list[tuple[str, str]]:
    """(key, description) of every key the dialog's own footer shows."""
    assert isinstance(screen, PassphraseScreen)
    return [
        (key.key, key.description)
        for key in screen.query_one(Footer).query(FooterKey)
        if not key.has_class("-command-palette")
    ]


@pytest.mark.parametrize("key", ["ctrl+s", "f2"])
async def test_the_save_keys_encrypt_once_both_fields_are_filled(
    demo: Store, clock: FixedClock, key: str
) -> None:
    app = make_app(demo, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v", "e")
        dialog = app.screen
        assert isinstance(dialog, PassphraseScreen)
        await pilot.pause()
        assert footer_keys(dialog) == [("ctrl+s", "Encrypt"), ("escape", "Cancel")]

        await type_text(pilot, PASSPHRASE + "\n" + PASSPHRASE)
        await pilot.press(key)
        await wait_until(pilot, lambda: isinstance(app.screen, PrivacyScreen))
    assert demo.encrypted


async def test_the_save_key_changes_the_passphrase(
    demo: Store, clock: FixedClock
) -> None:
    demo.encrypt(PASSPHRASE)
    app = make_app(demo, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v", "c")
        dialog = app.screen
        assert isinstance(dialog, PassphraseScreen)
        await pilot.pause()
        assert footer_keys(dialog) == [("ctrl+s", "Change"), ("escape", "Cancel")]

        await type_text(pilot, f"{PASSPHRASE}\n{NEW}\n{NEW}")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, PrivacyScreen))
    Store(demo.path, clock=clock).unlock(NEW)


async def test_the_unlock_prompt_shows_enter_to_unlock_and_escape_to_quit(
    demo: Store, clock: FixedClock
) -> None:
    store = locked_copy(demo, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, PassphraseScreen))
        # Enter is offered once the field has the focus, and the footer redrawn.
        await wait_until(pilot, lambda: ("enter", "Unlock") in footer_keys(app.screen))
        assert footer_keys(app.screen) == [("enter", "Unlock"), ("escape", "Quit")]

        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))


@pytest.mark.parametrize("keys", [(), ("v",), ("v", "e")])
async def test_privacy_screens_survive_tiny_terminals(
    demo: Store, clock: FixedClock, keys: tuple[str, ...]
) -> None:
    store = locked_copy(demo, clock) if not keys else demo
    app = make_app(store, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press(*keys)
        for size in ((20, 5), (40, 12), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert app.is_running


async def test_an_open_app_survives_its_data_being_encrypted_elsewhere(
    demo: Store, clock: FixedClock
) -> None:
    app = make_app(Store(demo.path, clock=clock), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        home = app.screen
        assert isinstance(home, HomeScreen)
        await wait_until(pilot, lambda: home._recent is not None)
        Store(demo.path, clock=clock).encrypt(PASSPHRASE)

        # What home's timer does when another window changed the file.
        home._check_for_outside_changes()
        await pilot.press("k")
        await type_text(pilot, "Saved after the lock")
        await pilot.press("ctrl+s")
        await wait_until(
            pilot,
            lambda: any("another window" in n.message for n in app._notifications),
        )

        assert app.is_running
    reopened = Store(demo.path, clock=clock)
    reopened.unlock(PASSPHRASE)
    assert "Saved after the lock" not in {w.title for w in reopened.wins()}
