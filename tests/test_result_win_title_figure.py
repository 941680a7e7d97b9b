"""A result win brought up to a later reading keeps its title, so a title that
still states the older change is pointed out: by the coach, and by the notice
after the update."""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_problem_demo
from careerclimb_tui.domain.framing import read_win, stale_title_figure
from careerclimb_tui.domain.initiative import Reading, Stage, add_reading
from careerclimb_tui.domain.records import Measure
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import initiatives, save_initiative
from tests.helpers import make_app, notices, wait_until

DROPPED = "Drove the fix; deploy failures dropped 40% in the first month"
STALE = catalogue.FRAMING_TITLE_FIGURE_STALE.format(figure="40%")

# the title, the measure, and the figure the measure does not show
FIGURES = [
    (DROPPED, Measure(20, 12, "%", "change failure rate"), ""),
    (DROPPED, Measure(20, 9, "%", "change failure rate"), "40%"),
    (DROPPED, Measure(50, 30, "minutes", "MTTR"), ""),
    (DROPPED, Measure(50, 20, "minutes", "MTTR"), "40%"),
    ("Cut the failure rate from 20% to 9%", Measure(20, 9, "%"), ""),
    ("Cut the failure rate by 11 points to 9 %", Measure(20, 9, "%"), ""),
    ("Failures dropped about 33%", Measure(30, 20, "per week"), ""),
    (DROPPED, Measure(change_pct=-40), ""),
    (DROPPED, Measure(after=9, unit="%"), ""),
    (DROPPED, None, ""),
    ("Drove the fix across three teams", Measure(20, 9, "%"), ""),
    ("Up 15% then 80% more", Measure(100, 180, "users"), "15%"),
    ("Cut latency 40% for 30% of users", Measure(200, 120, "ms"), ""),
]


@pytest.mark.parametrize(("title", "measure", "stale"), FIGURES)
def test_a_title_figure_the_measure_does_not_show_is_found(
    title: str, measure: Measure | None, stale: str
) -> None:
    assert stale_title_figure(title, measure) == stale


def test_the_coach_notes_a_title_figure_that_contradicts_the_measure() -> None:
    now = read_win(DROPPED, "Releases no longer need a babysitter.")
    typed = Measure(20, 9, "%", "change failure rate")
    stale = read_win(DROPPED, "Releases no longer need a babysitter.", typed)
    agreeing = Measure(20, 12, "%", "change failure rate")
    kept = read_win(DROPPED, "Releases no longer need a babysitter.", agreeing)

    assert STALE not in now.hints
    assert stale.hints[0] == STALE
    assert STALE not in kept.hints


async def test_updating_the_result_win_names_a_title_that_kept_its_old_figure(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    measuring = next(i for i in initiatives(store) if i.stage is Stage.MEASURING)
    assert measuring.id is not None
    newer = Reading(9, "%", clock.today(), "deploy dashboard")
    save_initiative(store, add_reading(measuring, newer, clock.now()))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(InitiativeScreen(measuring.id))
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))
        told = catalogue.PROBLEM_WIN_TITLE_STALE.format(figure="40%")
        await wait_until(pilot, lambda: any(told in n for n in notices(app)))
