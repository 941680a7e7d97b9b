"""A round count from ten thousand up is written short wherever one amount is
said, as it is typed and as money is: a baseline of "40k" pages reads "40k
pages" on the problem page, not "40000 pages"."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Static

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import Reading, add_reading
from careerclimb_tui.domain.records import describe_amount
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, open_problem_page, save_driving, wait_until

AMOUNT_CASES = {
    "round count from ten thousand": (40_000, "pages", "40k pages"),
    "tenths of a thousand": (12_500, "pages", "12.5k pages"),
    "not round": (12_345, "pages", "12345 pages"),
    "below ten thousand": (9_000, "pages", "9000 pages"),
    "a million": (1_500_000, "requests/day", "1.5m requests/day"),
    "millions of seconds stay whole": (2_000_000, "seconds", "2000000 seconds"),
    "thousands of seconds": (40_000, "seconds", "40k seconds"),
    "below zero": (-40_000, "pages", "−40k pages"),
    "money as before": (40_000, "$", "$40k"),
    "percent as before": (40, "%", "40%"),
}


@pytest.mark.parametrize(
    ("value", "unit", "said"), AMOUNT_CASES.values(), ids=AMOUNT_CASES.keys()
)
def test_one_amount_is_written_as_a_before_and_after_writes_it(
    value: float, unit: str, said: str
) -> None:
    assert describe_amount(value, unit) == said


async def test_the_problem_page_writes_a_typed_40k_baseline_short(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    problem = save_driving(store, clock, "Docs nobody reads", "flaky-tests")
    earlier = clock.today() - dt.timedelta(days=30)
    problem = problem.with_changes(metric="Pages served")
    problem = add_reading(problem, Reading(40_000, "pages", earlier), clock.now())
    save_initiative(store, problem)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        page = await open_problem_page(pilot)
        bars = page.query_one("#tracker-bars", Static)
        await wait_until(pilot, lambda: "40k pages" in str(bars.render()))
        shown = str(bars.render())

    assert "40000" not in shown
