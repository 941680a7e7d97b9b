"""Details saved under an edited proposal reach every section the user left as
drafted, the evidence under its readings included, and the notice names the
sections that show them and those the user's own edits keep apart."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    add_reading,
    draft_proposal,
    start_initiative,
)
from careerclimb_tui.export.markdown import (
    details_left_out,
    refill_proposal,
    render_proposal_markdown,
)
from careerclimb_tui.screens.problem_dialogs import DetailsDialog
from careerclimb_tui.screens.problem_proposal import (
    ProposalScreen,
    details_kept_message,
)
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, notices, wait_until

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
EVIDENCE = catalogue.PROPOSAL_H_EVIDENCE
FIX = catalogue.PROPOSAL_H_FIX
PROBLEM = catalogue.PROPOSAL_H_PROBLEM
COST = catalogue.PROPOSAL_H_COST
FOUND = "3 weeks of CI data"
OWN_LINE = "Merges wait, as I put it myself."


def measured() -> Initiative:
    """A problem with a baseline reading and no details written yet."""
    problem = start_initiative("Merges wait for CI", NOW)
    reading = Reading(40.0, "minutes", dt.date(2026, 11, 2), "CI dashboard")
    return add_reading(problem, reading, NOW)


def detailed(problem: Initiative, **changes: str) -> Initiative:
    details = {
        "description": "Merges wait for CI.",
        "evidence": FOUND,
        "proposed_fix": "Cache the build.",
        "cost": "Two days.",
    }
    return problem.with_changes(**{**details, **changes})


def drafted(problem: Initiative) -> str:
    return render_proposal_markdown(draft_proposal(problem, None))


def section(text: str, heading: str) -> str:
    """The text of one section, from its heading to the next."""
    return text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def edited_title(problem: Initiative) -> str:
    """The drafted text with only its title line edited by the user."""
    return drafted(problem).replace("# ", "# Ours: ", 1)


def edited_problem(problem: Initiative) -> str:
    """The drafted text with the problem section written over by the user."""
    text = drafted(problem)
    return text.replace(section(text, PROBLEM), f"{OWN_LINE}\n\n", 1)


# the kept text, the records it was drafted from, the records now; the sections
# filled in, and those the user's edits keep apart
MERGES = [
    (
        edited_title,
        measured(),
        detailed(measured()),
        (PROBLEM, EVIDENCE, FIX, COST),
        (),
    ),
    (
        edited_problem,
        measured(),
        detailed(measured()),
        (EVIDENCE, FIX, COST),
        (PROBLEM,),
    ),
    (
        edited_title,
        detailed(measured()),
        detailed(measured(), evidence="Six weeks of CI data"),
        (EVIDENCE,),
        (),
    ),
    (
        edited_title,
        detailed(measured()),
        detailed(measured()),
        (),
        (),
    ),
]


@pytest.mark.parametrize(
    ("kept", "before", "after", "filled", "left_out"),
    MERGES,
    ids=[
        "every detail, the evidence beside its readings",
        "a section the user wrote is kept and named",
        "a detail changed again follows into an untouched section",
        "nothing changed, nothing filled",
    ],
)
def test_every_detail_reaches_the_sections_left_as_drafted(
    kept: object,
    before: Initiative,
    after: Initiative,
    filled: tuple[str, ...],
    left_out: tuple[str, ...],
) -> None:
    assert callable(kept)
    text = kept(before)
    was, now = draft_proposal(before, None), draft_proposal(after, None)

    merged, headings = refill_proposal(text, now, was)

    assert headings == filled
    assert details_left_out(merged, now, was) == left_out
    for heading in filled:
        assert section(merged, heading) == section(drafted(after), heading)
    assert merged.splitlines()[0] == text.splitlines()[0]


SAVED = catalogue.PROBLEM_DETAILS_SAVED
FILLED = catalogue.PROBLEM_DETAILS_FILLED_IN.format(sections=EVIDENCE)
LEFT_OUT = catalogue.PROBLEM_DETAILS_LEFT_OUT.format(sections=PROBLEM)


@pytest.mark.parametrize(
    ("filled", "left_out", "told"),
    [
        ((EVIDENCE,), (), f"{SAVED} {FILLED}"),
        ((), (PROBLEM,), f"{SAVED} {LEFT_OUT}"),
        ((EVIDENCE,), (PROBLEM,), f"{SAVED} {FILLED} {LEFT_OUT}"),
        ((), (), f"{SAVED} {catalogue.PROBLEM_DETAILS_TEXT_KEPT}"),
    ],
    ids=["filled in", "kept apart", "both", "neither"],
)
def test_the_notice_says_which_sections_show_the_details(
    filled: tuple[str, ...], left_out: tuple[str, ...], told: str
) -> None:
    assert details_kept_message(filled, left_out) == told


async def test_what_you_found_reaches_an_edited_proposal(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    saved = save_initiative(store, measured())
    assert saved.id is not None

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(ProposalScreen(saved.id))
        await wait_until(pilot, lambda: isinstance(app.screen, ProposalScreen))
        screen = app.screen
        await wait_until(pilot, lambda: bool(screen.query("#proposal-text")))
        area = screen.query_one("#proposal-text", TextArea)
        await wait_until(pilot, lambda: bool(area.text))
        area.insert("Read this first.\n\n", (0, 0))
        await pilot.press("ctrl+s")
        await wait_until(
            pilot, lambda: catalogue.PROBLEM_PROPOSAL_SAVED in notices(app)
        )

        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, DetailsDialog))
        dialog = app.screen
        for field, text in [
            ("description", "Merges wait for CI."),
            ("evidence", FOUND),
            ("proposed_fix", "Cache the build."),
            ("cost", "Two days."),
        ]:
            dialog.query_one(f"#field-{field}", TextArea).load_text(text)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is screen)
        await wait_until(pilot, lambda: FOUND in area.text)

        assert FOUND in section(area.text, EVIDENCE)
        assert area.text.startswith("Read this first.")
        filled = ", ".join((PROBLEM, EVIDENCE, FIX, COST))
        told = catalogue.PROBLEM_DETAILS_FILLED_IN.format(sections=filled)
        await wait_until(pilot, lambda: any(told in said for said in notices(app)))
