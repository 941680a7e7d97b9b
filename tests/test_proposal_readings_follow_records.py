"""A kept proposal quotes the readings the records hold: one removed or put
right since it was saved is replaced where it reads as drafted, the user's own
words kept; where it cannot be, the proposal says its readings are out of date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from textual.widgets import Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    draft_proposal,
    start_initiative,
)
from careerclimb_tui.export.markdown import (
    readings_out_of_date,
    refresh_readings,
    render_proposal_markdown,
)
from careerclimb_tui.screens.problem_proposal import ProposalScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import (
    ProposalDraft,
    proposal_draft,
    save_initiative,
    save_proposal_draft,
)
from tests.helpers import make_app, wait_until

NOW = dt.datetime(2026, 12, 6, 9, 30, tzinfo=dt.timezone.utc)
OWN_WORDS = "EXTRA LINE I wrote myself."
BASE = Reading(20, "%", dt.date(2026, 10, 1), "deploy log")
LATER = Reading(12, "%", dt.date(2026, 11, 1), "deploy log")
SLIP = Reading(9, "%", dt.date(2026, 12, 5))


def measured(*readings: Reading) -> Initiative:
    return start_initiative("Deploys fail", NOW).with_changes(
        description="Deploys fail often.",
        evidence="Two months of deploy logs.",
        proposed_fix="Canary deploys.",
        cost="A week.",
        metric="change failure rate",
        better="lower",
        baseline=readings[0] if readings else None,
        readings=readings[1:],
    )


def kept(problem: Initiative) -> str:
    """The proposal as saved from ``problem``, with a line of the user's own."""
    text = render_proposal_markdown(draft_proposal(problem, None))
    return f"{text}\n{OWN_WORDS}\n"


def reworded(text: str) -> str:
    """The text with a row of its readings table written by hand."""
    return text.replace("| 2026-12-05 |", "| early Dec |", 1)


def without_latest_line(text: str) -> str:
    return "\n".join(
        line for line in text.split("\n") if not line.startswith("Latest reading:")
    )


# the kept text, the records now, and whether it still quotes other readings
CASES: list[tuple[Callable[[], str], Initiative, bool]] = [
    (lambda: kept(measured(BASE, LATER, SLIP)), measured(BASE, LATER), False),
    (lambda: kept(measured(BASE, LATER)), measured(BASE, LATER, SLIP), False),
    (lambda: kept(measured(BASE, SLIP)), measured(BASE), False),
    (lambda: kept(measured(BASE, LATER)), measured(BASE, LATER), False),
    (lambda: reworded(kept(measured(BASE, SLIP))), measured(BASE), True),
    (
        lambda: without_latest_line(kept(measured(BASE, LATER, SLIP))),
        measured(BASE, LATER),
        False,
    ),
]


@pytest.mark.parametrize(("text", "now", "stale"), CASES)
def test_a_kept_proposal_quotes_the_readings_the_records_hold(
    text: Callable[[], str], now: Initiative, stale: bool
) -> None:
    proposal = draft_proposal(now, None)
    refreshed, still_stale = refresh_readings(text(), proposal)

    assert still_stale is stale
    assert readings_out_of_date(refreshed, proposal) is stale
    assert OWN_WORDS in refreshed
    if not stale:
        assert ("2026-12-05" in refreshed) is (SLIP in now.readings)
        assert ("9%" in refreshed) is (SLIP in now.readings)
        assert refresh_readings(refreshed, proposal) == (refreshed, False)


def test_a_proposal_whose_readings_are_all_gone_drops_their_table() -> None:
    proposal = draft_proposal(measured(), None)
    refreshed, stale = refresh_readings(kept(measured(BASE, SLIP)), proposal)

    assert not stale
    assert "| Date |" not in refreshed
    assert "Baseline:" not in refreshed and "Latest reading:" not in refreshed
    assert "Two months of deploy logs." in refreshed


async def test_reopening_a_saved_proposal_drops_a_removed_reading(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    saved = save_initiative(store, measured(BASE, LATER, SLIP))
    assert saved.id is not None
    text = kept(saved)
    save_proposal_draft(store, ProposalDraft(initiative_id=saved.id, text=text))
    save_initiative(store, saved.with_changes(readings=(LATER,)))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(ProposalScreen(saved.id))
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        screen = app.screen
        await wait_until(pilot, lambda: bool(screen.query("#proposal-text")))
        area = screen.query_one("#proposal-text", TextArea)
        await wait_until(pilot, lambda: OWN_WORDS in area.text)
        assert "9%" not in area.text
        assert "Latest reading: 12%" in area.text
        status = screen.query_one("#proposal-missing", Static)
        stale = catalogue.PROBLEM_PROPOSAL_READINGS_STALE
        assert stale not in str(status.render())

        # A row reworded by hand is not overwritten; the status line says so.
        area.load_text(area.text.replace("| 2026-11-01 |", "| early Nov |"))
        await wait_until(pilot, lambda: stale in str(status.render()))

    # Nothing is written until the user saves.
    draft = proposal_draft(store, saved.id)
    assert draft is not None and draft.text == text
