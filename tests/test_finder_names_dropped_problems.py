"""The finder says when a candidate is a problem the user dropped before, and
why it was dropped."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import OptionList, Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_full_demo
from careerclimb_tui.domain.initiative import (
    Initiative,
    Stage,
    StageChange,
    advance,
    dropped_before,
    similar_titles,
    start_initiative,
)
from careerclimb_tui.domain.problems import ProblemEntry
from careerclimb_tui.screens.problem_catalog import ProblemCatalogScreen
from careerclimb_tui.screens.problem_finder import ProblemFinderScreen
from careerclimb_tui.screens.problem_text import dropped_before_line
from careerclimb_tui.store import Store
from tests.helpers import make_app, type_text, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
FLAKY = ProblemEntry(
    id="flaky-tests",
    title="Flaky tests that everyone reruns",
    symptoms=("Tests fail and pass on retry.",),
    why_next_level="Nobody owns the test suite.",
    dimensions=(),
    first_steps=(),
    who_agrees=(),
    measures=(),
    keywords=(),
)


@pytest.mark.parametrize(
    ("first", "second", "similar"),
    [
        ("Flaky tests that everyone reruns", "flaky  TESTS that everyone reruns", True),
        ("Flaky integration tests everyone reruns", FLAKY.title, True),
        ("Slow CI", "CI is slow", True),
        ("CI takes too long", "Flaky tests", False),
        ("Flaky tests slow down releases", "Flaky tests", False),
        ("", "", False),
    ],
)
def test_titles_are_similar_when_they_share_most_of_their_words(
    first: str, second: str, similar: bool
) -> None:
    assert similar_titles(first, second) is similar
    assert similar_titles(second, first) is similar


def dropped(title: str, days_ago: int, problem_id: str | None = None) -> Initiative:
    """A problem dropped ``days_ago`` days before NOW, with a reason."""
    at = NOW - dt.timedelta(days=days_ago)
    started = start_initiative(title, at, problem_id=problem_id)
    return advance(started, Stage.DROPPED, at, f"Dropped {days_ago} days ago.")


@pytest.mark.parametrize(
    ("initiatives", "found"),
    [
        ((), None),
        # The same catalogue entry, whatever the user called it.
        ((dropped("Retries everywhere", 30, "flaky-tests"),), 0),
        ((dropped("Flaky integration tests everyone reruns", 30),), 0),
        ((dropped("CI takes too long", 30, "slow-ci"),), None),
        # The latest drop of the two is the one to name.
        (
            (dropped("Flaky tests", 90, "flaky-tests"), dropped(FLAKY.title, 10)),
            1,
        ),
        # A problem still being worked on was not dropped.
        ((start_initiative(FLAKY.title, NOW, problem_id="flaky-tests"),), None),
    ],
)
def test_a_candidate_is_a_dropped_problem_by_its_entry_or_its_title(
    initiatives: tuple[Initiative, ...], found: int | None
) -> None:
    expected = None if found is None else initiatives[found]
    assert dropped_before(FLAKY, initiatives) == expected


def test_the_line_gives_the_reason_when_one_was_recorded() -> None:
    with_reason = dropped("Flaky tests", 5)
    without = with_reason.with_changes(
        history=(*with_reason.history[:-1], StageChange(Stage.DROPPED, NOW))
    )

    assert dropped_before_line(with_reason) == (
        "You dropped a problem like this before, “Flaky tests”: Dropped 5 days ago."
    )
    assert dropped_before_line(without) == (
        catalogue.PROBLEM_DROPPED_BEFORE_NO_REASON.format(title="Flaky tests")
    )


async def test_the_finder_names_the_dropped_problem_beside_the_candidate(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "f")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemFinderScreen))
        await type_text(pilot, "flaky tests")
        listing = app.screen.query_one("#finder-matches", OptionList)
        await wait_until(pilot, lambda: listing.option_count > 0)
        prompts = {
            str(listing.get_option_at_index(index).id): str(
                listing.get_option_at_index(index).prompt
            )
            for index in range(listing.option_count)
        }

    said = (
        "You dropped a problem like this before, “Flaky integration tests everyone "
        "reruns”: The platform team made it their quarterly goal; I review their "
        "fixes instead."
    )
    assert prompts["flaky-tests"].endswith(said)
    others = [prompt for key, prompt in prompts.items() if key != "flaky-tests"]
    assert not any("You dropped" in prompt for prompt in others)


async def test_the_ranked_catalogue_marks_the_dropped_problem(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    app = make_app(store, clock)

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "f")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemFinderScreen))
        await type_text(pilot, "flaky tests")
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemCatalogScreen))
        listing = app.screen.query_one("#catalog-list", OptionList)
        await wait_until(pilot, lambda: listing.option_count > 0)
        prompts = {
            str(option.id): str(option.prompt)
            for option in (
                listing.get_option_at_index(index)
                for index in range(listing.option_count)
            )
            if option.id is not None
        }
        listing.highlighted = listing.get_option_index("flaky-tests")
        await pilot.pause()
        shown = str(app.screen.query_one("#entry-text", Static).render())

    mark = catalogue.PROBLEM_CATALOG_DROPPED_MARK
    assert prompts["flaky-tests"] == f"Flaky tests that everyone reruns{mark}"
    others = [prompt for key, prompt in prompts.items() if key != "flaky-tests"]
    assert not any(mark in prompt for prompt in others)
    assert "You dropped a problem like this before" in " ".join(shown.split())
