"""In the demo the privacy screen offers no encryption of its throw-away data.

The demo's folder is removed when it quits, so the encrypt key is dimmed there,
pressing it says why and opens no passphrase dialog. Outside the demo the key
still opens the dialog.
"""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.home_lines import DEMO_ENV
from careerclimb_tui.screens.passphrase import PassphraseScreen
from careerclimb_tui.screens.privacy import PrivacyScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, notices, wait_until


@pytest.mark.parametrize(
    ("demo", "offered", "dialog"),
    [
        (True, None, False),
        (False, True, True),
    ],
    ids=["demo", "own data"],
)
async def test_encrypt_is_refused_with_a_reason_only_in_the_demo(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    demo: bool,
    offered: bool | None,
    dialog: bool,
) -> None:
    if demo:
        monkeypatch.setenv(DEMO_ENV, "1")
    else:
        monkeypatch.delenv(DEMO_ENV, raising=False)
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await wait_until(pilot, lambda: isinstance(app.screen, PrivacyScreen))
        privacy = app.screen
        assert privacy.check_action("encrypt", ()) is offered
        assert privacy.active_bindings["e"].enabled is bool(offered)

        await pilot.press("e")
        if dialog:
            await wait_until(pilot, lambda: isinstance(app.screen, PassphraseScreen))
        await pilot.pause()

        assert isinstance(app.screen, PassphraseScreen) is dialog
        said = catalogue.PRIVACY_ENCRYPT_DEMO in notices(app)
        assert said is demo
