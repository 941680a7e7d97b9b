"""At 80×24 every screen's footer shows whole keys, six at most; help lists the rest."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.binding import Binding
from textual.pilot import Pilot
from textual.widgets import Footer

# Not exported by textual.widgets, but it is the widget the footer draws a key with.
from textual.widgets._footer import FooterKey

from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_problem_demo
from careerclimb_tui.routes import ROUTES
from careerclimb_tui.screens.help import screen_keys
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

MAX_FOOTER_KEYS = 6
WIDTH, HEIGHT = 80, 24

Opener = Callable[[CareerClimbApp, Pilot[None]], Awaitable[None]]


def keys(*pressed: str) -> Opener:
    """Open a screen by the keys a person would press from home."""

    async def press(app: CareerClimbApp, pilot: Pilot[None]) -> None:
        await pilot.press(*pressed)

    return press


def route(name: str) -> Opener:
    """Open a screen by its route, as the command palette does."""

    async def go(app: CareerClimbApp, pilot: Pilot[None]) -> None:
        app.action_open(name)

    return go


async def walk_the_quarter(app: CareerClimbApp, pilot: Pilot[None]) -> None:
    """Answer every win of the quarter, which ends on the review summary."""
    from tests.test_review_flow import QUARTER, answer_win

    await pilot.press("r", "s")
    for *_, answers in QUARTER:
        await answer_win(pilot, answers)


def career(store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())


def quarter(store: Store, clock: FixedClock) -> None:
    from tests.test_review_flow import seed_quarter

    seed_quarter(store, clock)


Seed = Callable[[Store, FixedClock], None]

# Every route, then the screens and forms reached from home or from a route.
SCREENS: list[tuple[str, Seed, Opener]] = [
    *((name, career, route(name)) for name in ROUTES),
    ("home", career, keys()),
    ("ladder", career, keys("l")),
    ("log_win", career, keys("w")),
    ("quick_win", career, keys("k")),
    ("profile", career, keys("e")),
    ("initiative", career, keys("o", "enter")),
    ("problem_finder", career, keys("o", "f")),
    ("problem_catalogue", career, keys("o", "c")),
    ("problem_of_your_own", career, keys("o", "w")),
    ("proposal", career, keys("o", "enter", "p")),
    ("record_a_talk", career, keys("m", "n")),
    ("rehearsal", career, keys("m", "r")),
    ("peer_form", career, keys("P", "n")),
    ("review_walk", quarter, keys("r", "s")),
    ("review_summary", quarter, walk_the_quarter),
]


@pytest.mark.parametrize(
    ("name", "seed", "opener"), SCREENS, ids=[screen[0] for screen in SCREENS]
)
async def test_the_footer_at_80_by_24_shows_every_key_it_offers_whole(
    store: Store, clock: FixedClock, name: str, seed: Seed, opener: Opener
) -> None:
    seed(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        await pilot.pause()
        await opener(app, pilot)
        await wait_until(pilot, lambda: bool(app.screen.query(FooterKey)))
        await pilot.pause()
        screen = app.screen
        footer = screen.query_one(Footer)

        every = list(footer.query(FooterKey))
        palette = [k for k in every if k.has_class("-command-palette")]
        shown = [k for k in every if k not in palette]
        assert 0 < len(shown) <= MAX_FOOTER_KEYS, [k.description for k in shown]

        # A key is cut off when it runs under the palette key docked on the right,
        # or past the edge of the terminal.
        room = palette[0].region.x if palette else footer.region.right
        assert room <= WIDTH
        for key in shown:
            assert key.region.width > 0, key.description
            assert key.region.right <= room, (key.description, key.region, room)

        # Every key of the screen is described; those left out of the footer are
        # listed by help (when they act on this screen right now).
        for binding in vars(type(screen)).get("BINDINGS", []):
            assert isinstance(binding, Binding), (name, binding)
            assert binding.description and binding.id, (name, binding.key)
        listed = {description for _, description in screen_keys(screen)}
        for active in screen.active_bindings.values():
            ours = active.node is screen and active.binding.id is not None
            if ours and not active.binding.show:
                assert active.binding.description in listed, (name, active.binding)
