"""Small things a user meets on the prep, journal, finder, peer and proposal screens.

The prep plan asks before it replaces a file, as every export does; a search that
finds nothing says so instead of pointing at an empty list; the boxes to type in
look like boxes; and the proposal asks about unsaved edits only when there are some.
"""

from __future__ import annotations

import stat
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Footer, Input, Static, TextArea

# Not exported by textual.widgets, but it is the widget the footer draws a key with.
from textual.widgets._footer import FooterKey

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo, seed_problem_demo
from careerclimb_tui.screens.help import screen_keys
from careerclimb_tui.screens.initiative import InitiativeScreen
from careerclimb_tui.screens.manager_prep import PrepScreen
from careerclimb_tui.screens.peer_form import PeerFormScreen
from careerclimb_tui.screens.problem_dialogs import DetailsDialog, ExportDialog
from careerclimb_tui.screens.problem_finder import ProblemFinderScreen
from careerclimb_tui.screens.problem_proposal import ProposalScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.initiative_docs import (
    initiatives,
    proposal_draft,
    save_initiative,
)
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import (
    journal_opened,
    journal_status_line,
    open_problem_page,
    run_app,
    type_text,
    wait_until,
)

SIZE = (80, 24)
PREP_FILE = "careerclimb-prep-2026-11-18.md"
"""The name the prep export offers on the test clock's day."""

# --- the prep plan's export ---------------------------------------------------------


def plan_file_already_there(store: Store, clock: FixedClock) -> Path:
    """The sample career, and a file where the plan is offered to be saved."""
    seed_demo(store, clock.today())
    Path.home().mkdir(parents=True)
    there = Path.home() / PREP_FILE
    there.write_text("notes of my own\n", encoding="utf-8")
    return there


async def export_the_plan(pilot: Pilot[None]) -> None:
    """Open the prep plan, press F3 and accept the path offered."""
    pilot.app.push_screen(PrepScreen())
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, PrepScreen))
    await pilot.press("f3")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ExportDialog))
    await pilot.press("enter")


async def export_the_plan_over_a_file(pilot: Pilot[None]) -> ConfirmDialog:
    """Export the plan to a path already taken; return the question asked."""
    await export_the_plan(pilot)
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ConfirmDialog))
    question = pilot.app.screen
    assert isinstance(question, ConfirmDialog)
    return question


async def test_the_prep_export_asks_before_replacing_and_no_keeps_the_file(
    store: Store, clock: FixedClock
) -> None:
    there = plan_file_already_there(store, clock)
    async with run_app(store, clock, SIZE) as (app, pilot):
        question = await export_the_plan_over_a_file(pilot)
        assert question.question == catalogue.EXPORT_OVERWRITE.format(
            path=f"~/{PREP_FILE}"
        )

        # No: the path comes back, to be changed; Esc then leaves it all be.
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        offered = app.screen.query_one("#field-path", Input).value
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, PrepScreen))

    assert offered == f"~/{PREP_FILE}"
    assert there.read_text(encoding="utf-8") == "notes of my own\n"


async def test_the_prep_export_replaces_the_file_once_the_user_says_yes(
    store: Store, clock: FixedClock
) -> None:
    there = plan_file_already_there(store, clock)
    async with run_app(store, clock, SIZE) as (app, pilot):
        await export_the_plan_over_a_file(pilot)
        await pilot.press("y")
        await wait_until(pilot, lambda: "notes of my own" not in there.read_text())

    assert there.read_text(encoding="utf-8").startswith("# ")
    assert stat.S_IMODE(there.stat().st_mode) == 0o600


async def test_the_prep_export_writes_a_new_file_without_asking(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    Path.home().mkdir(parents=True)
    written = Path.home() / PREP_FILE
    async with run_app(store, clock, SIZE) as (app, pilot):
        await export_the_plan(pilot)
        await wait_until(pilot, written.exists)
        await pilot.pause()
        assert isinstance(app.screen, PrepScreen)

    assert stat.S_IMODE(written.stat().st_mode) == 0o600


# --- the journal's status line ------------------------------------------------------


async def test_a_search_that_finds_nothing_says_so_and_offers_escape(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with journal_opened(store, clock) as (_app, pilot, journal):
        await type_text(pilot, "zzz")
        await pilot.pause()
        nothing_found = journal_status_line(journal)

        await pilot.press("escape")
        await pilot.pause()
        cleared = journal_status_line(journal)

    assert "↓" not in nothing_found and "Enter opens" not in nothing_found
    assert catalogue.JOURNAL_KEYS_NO_MATCH in nothing_found
    assert "Esc clears the search" in nothing_found
    assert catalogue.JOURNAL_KEYS_NO_MATCH not in cleared
    assert "Enter opens" in cleared


async def test_an_empty_journal_points_at_logging_a_win_not_at_the_list(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    async with journal_opened(store, clock) as (_app, pilot, journal):
        line = journal_status_line(journal)

    assert "Del deletes" not in line and "Enter opens" not in line
    assert catalogue.JOURNAL_KEYS_NO_WINS in line


# --- boxes to type in ---------------------------------------------------------------


def assert_framed_with_example(field: Input, placeholder: str) -> None:
    """The field has Textual's frame round it and shows the placeholder given."""
    assert field.styles.border_top[0] == "tall"
    assert field.outer_size.height == 3
    assert field.placeholder == placeholder


async def test_the_finder_answer_box_is_framed_and_says_what_to_type(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    async with run_app(store, clock, SIZE) as (app, pilot):
        await pilot.press("o", "f")
        await wait_until(pilot, lambda: isinstance(app.screen, ProblemFinderScreen))
        await pilot.pause()
        answer = app.screen.query_one("#finder-answer", Input)

        assert answer.has_focus
        assert_framed_with_example(answer, catalogue.PROBLEM_FINDER_ANSWER_PLACEHOLDER)


async def test_the_peer_name_box_is_framed_and_shows_an_example(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    async with run_app(store, clock, SIZE) as (app, pilot):
        await pilot.press("P", "n")
        await wait_until(pilot, lambda: isinstance(app.screen, PeerFormScreen))
        await pilot.pause()
        name = app.screen.query_one("#peer-name", Input)
        when = app.screen.query_one("#promoted-in", Input)

        assert name.has_focus
        assert_framed_with_example(name, catalogue.PEER_NAME_PLACEHOLDER)
        assert_framed_with_example(when, catalogue.PEER_WHEN_PLACEHOLDER)
    assert catalogue.PEER_NAME_PLACEHOLDER.startswith("e.g. ")
    assert catalogue.PEER_WHEN_PLACEHOLDER.startswith("e.g. ")


# --- the proposal's unsaved edits ---------------------------------------------------


def problem_being_measured(store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())
    Path.home().mkdir(parents=True)


async def open_proposal(pilot: Pilot[None]) -> ProposalScreen:
    """From home, open the active problem's tracker, then its proposal."""
    await pilot.press("o", "enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, InitiativeScreen))
    await pilot.press("p")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ProposalScreen))
    proposal = pilot.app.screen
    assert isinstance(proposal, ProposalScreen)
    return proposal


@asynccontextmanager
async def proposal_opened(
    store: Store, clock: FixedClock
) -> AsyncIterator[tuple[App[None], Pilot[None], ProposalScreen]]:
    """Run the app at 80×24 and open the active problem's proposal.

    Yields:
        The running app, its pilot, and the proposal on screen.
    """
    async with run_app(store, clock, SIZE) as (app, pilot):
        yield app, pilot, await open_proposal(pilot)


async def rename_in_details(pilot: Pilot[None], words: str) -> None:
    """Ctrl+T, add words to the problem's name, and save the details."""
    await pilot.press("ctrl+t")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, DetailsDialog))
    await pilot.press("end")
    await type_text(pilot, words)
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ProposalScreen))
    await pilot.pause()


async def export_and_leave(pilot: Pilot[None]) -> None:
    """F3, accept the path offered, then Esc."""
    await pilot.press("f3")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ExportDialog))
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ProposalScreen))
    await pilot.pause()
    await pilot.press("escape")
    await pilot.pause()


async def test_new_details_then_an_export_leave_the_proposal_without_asking(
    store: Store, clock: FixedClock
) -> None:
    problem_being_measured(store, clock)
    async with proposal_opened(store, clock) as (app, pilot, proposal):
        await rename_in_details(pilot, " by hand")
        assert "watching them by hand" in proposal.text
        await export_and_leave(pilot)

        assert isinstance(app.screen, InitiativeScreen)
        # Opened again, it is drafted from the details as they were saved.
        again = await open_proposal(pilot)
        assert "watching them by hand" in again.text


async def write_fix_and_cost(pilot: Pilot[None]) -> None:
    """Ctrl+T, Tab down to the fix and the cost, add to both, and save."""
    await pilot.press("ctrl+t")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, DetailsDialog))
    await pilot.press("tab", "tab", "tab", "ctrl+end")
    await type_text(pilot, " Cache the build.")
    await pilot.press("tab", "ctrl+end")
    await type_text(pilot, " Two weeks.")
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ProposalScreen))
    await pilot.pause()


async def export_with_enter(pilot: Pilot[None], *keys: str) -> None:
    """F3, then Enter in the path field, then ``keys`` back on the proposal."""
    await pilot.press("f3")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ExportDialog))
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ProposalScreen))
    await wait_until(pilot, lambda: any(Path.home().glob("*.md")))
    await pilot.press(*keys)
    await pilot.pause()


async def test_enter_pressed_twice_to_export_leaves_the_proposal_untouched(
    store: Store, clock: FixedClock
) -> None:
    problem_being_measured(store, clock)
    async with proposal_opened(store, clock) as (app, pilot, proposal):
        await write_fix_and_cost(pilot)
        assert "Cache the build." in proposal.text
        before = proposal.text
        await export_with_enter(pilot, "enter")

        assert proposal.text == before
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, InitiativeScreen)
    (written,) = Path.home().glob("*.md")
    assert "Two weeks." in written.read_text(encoding="utf-8")


async def test_both_export_dialogs_say_one_enter_writes_the_file(
    store: Store, clock: FixedClock
) -> None:
    problem_being_measured(store, clock)
    async with proposal_opened(store, clock) as (app, pilot, _proposal):
        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        proposal_keys = str(app.screen.query_one(".dialog-keys", Static).content)
        assert isinstance(app.focused, Input)
        await pilot.press("escape", "escape")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativeScreen))

        app.push_screen(PrepScreen())
        await wait_until(pilot, lambda: isinstance(app.screen, PrepScreen))
        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        prep_keys = str(app.screen.query_one(".dialog-keys", Static).content)

    assert proposal_keys == catalogue.FILE_DIALOG_KEYS
    assert proposal_keys == prep_keys
    assert "Enter writes the file" in proposal_keys


async def test_enter_after_another_key_past_an_export_still_edits(
    store: Store, clock: FixedClock
) -> None:
    problem_being_measured(store, clock)
    async with proposal_opened(store, clock) as (app, pilot, proposal):
        before = proposal.text
        await export_with_enter(pilot, "down", "enter")

        assert proposal.text != before
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))


async def test_a_saved_draft_nobody_edited_follows_the_new_details(
    store: Store, clock: FixedClock
) -> None:
    problem_being_measured(store, clock)
    async with proposal_opened(store, clock) as (app, pilot, proposal):
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: proposal.draft is not None)
        await rename_in_details(pilot, " by hand")
        await export_and_leave(pilot)

        assert isinstance(app.screen, InitiativeScreen)

    active = next(i for i in initiatives(store) if i.is_active)
    draft = proposal_draft(store, active.id or 0)
    assert draft is not None and "watching them by hand" in draft.text


async def test_details_written_with_other_line_breaks_are_not_an_edit(
    store: Store, clock: FixedClock
) -> None:
    problem_being_measured(store, clock)
    active = next(i for i in initiatives(store) if i.is_active)
    # Pasted from a word processor: a line separator, which the editor holds as
    # a plain new line.
    evidence = "Rolled back twice.\u2028Once more, the week after."
    save_initiative(store, active.with_changes(evidence=evidence))
    async with proposal_opened(store, clock) as (app, pilot, proposal):
        assert not proposal.is_dirty()
        await export_and_leave(pilot)

        assert isinstance(app.screen, InitiativeScreen)


async def test_a_proposal_the_user_edited_still_asks_before_losing_it(
    store: Store, clock: FixedClock
) -> None:
    problem_being_measured(store, clock)
    async with proposal_opened(store, clock) as (app, pilot, proposal):
        proposal.query_one("#proposal-text", TextArea).insert("My own words. ")
        await rename_in_details(pilot, " by hand")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))

        assert "My own words." in proposal.text
        assert "watching them by hand" not in proposal.text


# --- the problem tracker's footer ---------------------------------------------------


async def test_the_tracker_footer_while_measuring_offers_that_stage_s_keys(
    store: Store, clock: FixedClock
) -> None:
    problem_being_measured(store, clock)
    async with run_app(store, clock, SIZE) as (app, pilot):
        await open_problem_page(pilot)
        await wait_until(pilot, lambda: bool(app.screen.query(FooterKey)))
        await pilot.pause()
        tracker = app.screen
        footer = tracker.query_one(Footer)
        shown = [
            key.key
            for key in footer.query(FooterKey)
            if not key.has_class("-command-palette")
        ]
        listed = {description for _, description in screen_keys(tracker)}

    # Measuring asks for readings, their fixes and the result win; the
    # details, the proposal, the people and linking wins are off the footer
    # but still listed by help.
    assert shown == ["a", "m", "r", "w", "escape"]
    assert "Result win" in listed
    assert {"Details", "Proposal", "People", "Link wins"} <= listed


# --- questions that quote the user's own words ----------------------------------------


async def test_a_question_shows_brackets_the_user_typed_as_they_are(
    store: Store, clock: FixedClock
) -> None:
    # "[the]" would be read as a style and vanish, "[/x]" would stop the dialog.
    question = "Drop 'Own [the] roadmap [/x]'?"
    store.save_profile(DEMO_PROFILE)
    async with run_app(store, clock, SIZE) as (app, pilot):
        await pilot.pause()
        app.push_screen(ConfirmDialog(question))
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, ConfirmDialog) and bool(app.screen.query(Static))
            ),
        )
        shown = app.screen.query_one(Static)
        assert str(shown.render()) == question
