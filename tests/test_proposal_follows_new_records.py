"""A kept proposal whose sections still say "To fill in" is not counted as the
user's words, and the sections the records fill since it was kept are filled in
where they still read as drafted, the rest of the text left as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Static, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Stakeholders,
    draft_proposal,
    start_initiative,
)
from careerclimb_tui.export.markdown import (
    refill_proposal,
    render_proposal_markdown,
    sections_to_fill,
)
from careerclimb_tui.screens.problem_proposal import ProposalScreen, missing_text
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import (
    ProposalDraft,
    proposal_draft,
    save_initiative,
    save_proposal_draft,
)
from tests.helpers import make_app, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
WHO = catalogue.PROPOSAL_H_WHO
PLACEHOLDER = f"_{catalogue.PROPOSAL_FILL_WHO}_"
OWN_WORDS = "Merges wait 40 minutes, and I rewrote this line myself."


def described() -> Initiative:
    """A problem with every detail written and nobody recorded yet."""
    return start_initiative("Merges wait for CI", NOW).with_changes(
        description="Merges wait for CI.",
        evidence="Three weeks of CI data.",
        proposed_fix="Cache the build.",
        cost="Two days.",
        metric="CI duration",
        better="lower",
    )


def with_people(problem: Initiative) -> Initiative:
    return problem.with_changes(
        stakeholders=Stakeholders(to_agree=("Ana (tech lead)",))
    )


def kept_text() -> str:
    """The proposal as saved before the people were recorded, one line edited."""
    drafted = render_proposal_markdown(draft_proposal(described(), None))
    assert PLACEHOLDER in drafted
    return drafted.replace("Merges wait for CI.\n", f"{OWN_WORDS}\n", 1)


def around_placeholder(text: str) -> str:
    return text.replace(PLACEHOLDER, f"{PLACEHOLDER}\n\nAna, probably.")


# the kept text, the records now: the headings filled in, and the headings
# the text still holds to fill in afterwards
REFILLS = [
    (kept_text, with_people(described()), (WHO,), ()),
    (kept_text, described(), (), (WHO,)),
    (lambda: around_placeholder(kept_text()), with_people(described()), (), (WHO,)),
    (
        lambda: kept_text().split(f"## {WHO}")[0],
        with_people(described()),
        (),
        (),
    ),
]


@pytest.mark.parametrize(
    ("kept", "problem", "filled", "still"),
    REFILLS,
    ids=[
        "people recorded since",
        "nobody recorded yet",
        "the user wrote beside the placeholder",
        "the user removed the section",
    ],
)
def test_a_kept_proposal_is_filled_in_only_where_it_reads_as_drafted(
    kept: object,
    problem: Initiative,
    filled: tuple[str, ...],
    still: tuple[str, ...],
) -> None:
    assert callable(kept)
    text = kept()
    proposal = draft_proposal(problem, None)

    refilled, headings = refill_proposal(text, proposal)

    assert headings == filled
    assert sections_to_fill(refilled, proposal) == still
    if filled:
        assert "| Ana (tech lead) |" in refilled
        assert refilled.split(f"## {WHO}")[0] == text.split(f"## {WHO}")[0]
        assert refilled.endswith("\n")
    else:
        assert refilled == text


def test_a_placeholder_left_in_the_text_is_not_counted_as_the_users_words() -> None:
    proposal = draft_proposal(with_people(described()), None)
    text = around_placeholder(kept_text())

    stage = described().stage

    assert not proposal.missing
    assert missing_text(proposal, stage) == catalogue.PROBLEM_PROPOSAL_COMPLETE
    told = missing_text(proposal, stage, text)
    assert told == catalogue.PROBLEM_PROPOSAL_MISSING.format(
        places=catalogue.PROBLEM_PROPOSAL_MISSING_PLACE.format(
            sections=WHO, where=catalogue.PROPOSAL_FILL_IN_TEXT
        )
    )


async def test_reopening_the_proposal_fills_in_the_people_recorded_since(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    saved = save_initiative(store, described())
    assert saved.id is not None
    save_proposal_draft(store, ProposalDraft(initiative_id=saved.id, text=kept_text()))
    save_initiative(store, with_people(saved))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(ProposalScreen(saved.id))
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        screen = app.screen
        await wait_until(pilot, lambda: bool(screen.query("#proposal-text")))
        area = screen.query_one("#proposal-text", TextArea)
        await wait_until(pilot, lambda: "Ana (tech lead)" in area.text)
        status = screen.query_one("#proposal-missing", Static)
        assert str(status.render()) == catalogue.PROBLEM_PROPOSAL_COMPLETE
        assert OWN_WORDS in area.text
        assert PLACEHOLDER not in area.text
        assert isinstance(screen, ProposalScreen)
        assert not screen.is_dirty()

        # Typing the placeholder back makes the status line say so at once.
        area.insert(f"\n{PLACEHOLDER}\n", area.document.end)
        await wait_until(pilot, lambda: WHO in str(status.render()))

    # Nothing is written until the user saves.
    kept = proposal_draft(store, saved.id)
    assert kept is not None and kept.text == kept_text()
