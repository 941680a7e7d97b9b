"""Small helpers shared by the Pilot-driven tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, Static

from careerclimb_tui.app import CareerClimbApp
from careerclimb_tui.clock import Clock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Stage,
    advance,
    start_initiative,
)
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.screens.problem_check import CandidateCheckScreen
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.store import Store


def make_app(store: Store, clock: Clock) -> CareerClimbApp:
    """The app as the CLI builds it, on a test store and clock."""
    return CareerClimbApp(store, load_shelf(), clock=clock)


@asynccontextmanager
async def run_app(
    store: Store, clock: Clock, size: tuple[int, int] = (80, 24)
) -> AsyncIterator[tuple[CareerClimbApp, Pilot[None]]]:
    """Run the app on a test store and clock in a terminal of ``size``.

    Yields:
        The running app and the pilot that presses its keys.
    """
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        yield app, pilot


async def wait_until(
    pilot: Pilot, condition: Callable[[], bool], tries: int = 1000
) -> None:
    """Let the app run until ``condition`` holds (saves run off the event loop).

    The number of tries is generous: a condition that holds returns at once,
    and one slow step on a busy machine should not fail a test.
    """
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("the app never reached the expected state")


async def home_read(pilot: Pilot[None]) -> HomeScreen:
    """Wait until home is on top with the data file read into it; return home.

    Home draws its frame first and fills it once the file is read, so what it
    says is only worth checking after that.
    """
    await wait_until(
        pilot,
        lambda: (
            isinstance(pilot.app.screen, HomeScreen)
            and pilot.app.screen._recent is not None
        ),
    )
    home = pilot.app.screen
    assert isinstance(home, HomeScreen)
    return home


async def type_text(pilot: Pilot, text: str) -> None:
    """Type text key by key, as a person would."""
    keys = {" ": "space", "\n": "enter"}
    await pilot.press(*[keys.get(char, char) for char in text])


def save_driving(
    store: Store, clock: Clock, title: str, problem_id: str = "slow-ci"
) -> Initiative:
    """A problem taken through proposal and buy-in, now being driven; stored."""
    from careerclimb_tui.store.initiative_docs import save_initiative

    now = clock.now()
    initiative = start_initiative(title, now, problem_id=problem_id)
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING):
        initiative = advance(initiative, stage, now)
    return save_initiative(store, initiative)


def told(app: App[None], text: str) -> int:
    """How many notifications now on screen say ``text``."""
    return sum(1 for shown in app._notifications if shown.message == text)


def notices(app: App[None]) -> list[str]:
    """The messages of the notifications on screen."""
    return [str(shown.message) for shown in app._notifications]


def seed_win(store: Store, **fields: str) -> Win:
    """One win of 2026Q4 titled "Canary releases" with the given text fields, on a
    demo profile; stored, so it has an id."""
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(
        framed(Win(title="Canary releases", date=dt.date(2026, 10, 5), **fields))
    )
    assert win.id is not None
    return win


async def walk_after(pilot: Pilot[None], *keys: str) -> ReviewWalkScreen:
    """Press ``keys`` from home into the review walk and return the walk."""
    await pilot.press(*keys)
    walk = pilot.app.screen
    assert isinstance(walk, ReviewWalkScreen)
    return walk


async def walk_field(pilot: Pilot[None], keys: tuple[str, ...], field: str) -> Input:
    """Press ``keys`` from home into the review walk; return the walk's ``field``
    once it has the focus."""
    walk = await walk_after(pilot, *keys)
    found = walk.query_one(field, Input)
    await wait_until(pilot, lambda: pilot.app.focused is found)
    return found


async def answer_up_to_the_change(pilot: Pilot[None]) -> Input:
    """Open the review walk, answer questions 1 and 2, and return question 3's
    field once it has the focus."""
    return await walk_field(pilot, ("r", "s", "n", "c"), "#q3")


async def answer_up_to_the_names(pilot: Pilot[None]) -> Input:
    """Open the review walk, take the suggested change, answer yes to question 4,
    and return the field of the names who noticed once it has the focus."""
    keys = ("r", "s", "n", "c", "enter", "y")
    return await walk_field(pilot, keys, "#q4-who")


async def open_problem_page(pilot: Pilot[None]) -> InitiativeScreen:
    """Press o then Enter on the home screen and return the problem's page."""
    await pilot.press("o", "enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, InitiativeScreen))
    page = pilot.app.screen
    assert isinstance(page, InitiativeScreen)
    return page


async def open_journal(pilot: Pilot[None]) -> JournalScreen:
    """Press j on the home screen and return the journal once it shows."""
    await pilot.press("j")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, JournalScreen))
    journal = pilot.app.screen
    assert isinstance(journal, JournalScreen)
    return journal


@asynccontextmanager
async def journal_opened(
    store: Store, clock: Clock
) -> AsyncIterator[tuple[CareerClimbApp, Pilot[None], JournalScreen]]:
    """Run the app at 80×24 and open the journal from the home screen.

    Yields:
        The running app, its pilot, and the journal on screen.
    """
    async with run_app(store, clock) as (app, pilot):
        yield app, pilot, await open_journal(pilot)


def journal_status_line(journal: JournalScreen) -> str:
    """The journal's status line: the count and the keys that work from the focus."""
    return str(journal.query_one("#journal-count", Static).render())


async def open_catalogue_check(pilot: Pilot[None]) -> CandidateCheckScreen:
    """Take the catalogue's first problem to the four questions."""
    await pilot.press("o", "c", "t")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, CandidateCheckScreen))
    check = pilot.app.screen
    assert isinstance(check, CandidateCheckScreen)
    await pilot.pause()
    return check
