"""In the demo the privacy screen offers no encryption of its throw-away data.

The demo's folder is removed when it quits, so the encrypt key is not offered
there at all: it is in neither the footer nor the palette, the screen says why,
and pressing it opens no passphrase dialog. Outside the demo the key still opens
the dialog.
"""

from __future__ import annotations

import pytest

from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.commands import CareerClimbCommands
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.home_lines import DEMO_ENV
from careerclimb_tui.screens.passphrase import PassphraseScreen
from careerclimb_tui.screens.privacy import PrivacyScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, notices, wait_until


@pytest.mark.parametrize(
    ("demo", "offered"),
    [(True, False), (False, True)],
    ids=["demo", "own data"],
)
async def test_encrypt_is_offered_only_outside_the_demo_which_says_why(
    store: Store,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    demo: bool,
    offered: bool,
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
        await pilot.pause()
        assert privacy.check_action("encrypt", ()) is offered
        # A key the screen does not offer is left out of the footer altogether.
        shown = privacy.active_bindings.get("e")
        assert (shown is not None and shown.enabled) is offered
        palette = [c.title for c in CareerClimbCommands(privacy)._commands()]
        assert (f"Privacy: {catalogue.PRIVACY_KEY_ENCRYPT}" in palette) is offered
        state = str(privacy.query_one("#privacy-state", Static).render())
        assert (catalogue.PRIVACY_ENCRYPT_DEMO in " ".join(state.split())) is demo

        await pilot.press("e")
        if offered:
            await wait_until(pilot, lambda: isinstance(app.screen, PassphraseScreen))
        await pilot.pause()

        assert isinstance(app.screen, PassphraseScreen) is offered
        assert not notices(app)
