"""The manager conversation: prepared, rehearsed, recorded, and tracked as criteria."""

from __future__ import annotations

import datetime as dt
import io
import json
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import (
    DataTable,
    Input,
    Label,
    OptionList,
    SelectionList,
    Static,
    TextArea,
)

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.cli import main
from careerclimb_tui.cli_manager import render_prep_markdown
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_demo, seed_manager_demo
from careerclimb_tui.domain import prep
from careerclimb_tui.domain.conversation import (
    BEHAVIOURS,
    CYCLE,
    EVIDENCE,
    EXAMPLE,
    FOLLOW_UP,
    LEVEL,
    SPECIFICS,
    ReplyReading,
    build_prep_plan,
    cycle_words_for,
    level_names_for,
)
from careerclimb_tui.domain.criteria import (
    STATUS_GROWING,
    STATUS_MET,
    STATUS_OPEN,
    Conversation,
    Criterion,
    StatusChange,
)
from careerclimb_tui.domain.gaps import gap_view
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.rehearsal import (
    CLOSING_AGREED,
    EASY,
    MANAGER,
    REALISTIC,
    TOUGH,
    Rehearsal,
    respond,
    scorecard,
    start_rehearsal,
)
from careerclimb_tui.domain.review import Review, ReviewEntry, VerdictKind
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.help import describe_screen
from careerclimb_tui.screens.manager_criteria import CriteriaScreen
from careerclimb_tui.screens.manager_dialogs import (
    ChoiceDialog,
    EvidencePickerDialog,
    LineDialog,
)
from careerclimb_tui.screens.manager_hub import ManagerHubScreen
from careerclimb_tui.screens.manager_prep import PrepScreen
from careerclimb_tui.screens.manager_record import RecordConversationScreen
from careerclimb_tui.screens.manager_rehearsal import (
    ENDED,
    RehearsalScreen,
    reading_notes,
)
from careerclimb_tui.screens.problem_dialogs import ExportDialog
from careerclimb_tui.store import Store, criteria_docs
from careerclimb_tui.store.convert import UnreadableRecord
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, wait_until

LADDER = load_shelf().ladders["software-engineer"]
SEED = 11
SCRIPT = (
    "What would I need to demonstrate, specifically, for a promotion to senior in "
    "the March cycle?",
    "Can you give me an example of the kind of work that would count?",
    "Last quarter I cut deploy failures by 40%.",
    "Let's check in on this in two weeks.",
    # The manager calls time as they agree, and closes on the last word.
    "That's all from me, thanks.",
)


def run_cli(*argv: str, clock: FixedClock) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


async def say(pilot: Pilot[None], text: str) -> None:
    """Type a line into the rehearsal and send it."""
    pilot.app.screen.query_one("#say", Input).value = text
    await pilot.press("enter")
    await pilot.pause()


def plain(widget: Static) -> str:
    """What a static widget shows, as plain text on wide lines."""
    console = Console(width=200, file=io.StringIO(), record=True)
    console.print(widget.content)
    return console.export_text()


def chat_lines(screen: RehearsalScreen) -> list[str]:
    return [str(turn.content) for turn in screen.query(".turn").results(Static)]


def rehearsed(seed: int, difficulty: str, *lines: str) -> Rehearsal:
    """The demo user's rehearsal as the domain plays it, line by line."""
    rehearsal = start_rehearsal(
        load_manager_bank(),
        difficulty,
        seed,
        level_names=level_names_for(LADDER, "senior"),
        cycle_words=cycle_words_for(DEMO_PROFILE.cycle_closes),
    )
    for line in lines:
        rehearsal, _ = respond(rehearsal, line)
    return rehearsal


# --- Rehearsal ----------------------------------------------------------------------


async def test_a_full_rehearsal_with_a_fixed_seed_gives_its_transcript_and_scorecard(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    expected = start_rehearsal(
        load_manager_bank(),
        REALISTIC,
        SEED,
        level_names=level_names_for(LADDER, "senior"),
        cycle_words=cycle_words_for(DEMO_PROFILE.cycle_closes),
    )
    for line in SCRIPT:
        expected, _ = respond(expected, line)

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(RehearsalScreen(seed=SEED))
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        title = str(screen.query_one("#rehearsal-title", Static).content)
        assert expected.manager.name in title and f"seed {SEED}" in title
        for line in SCRIPT:
            await say(pilot, line)

        assert screen.phase == ENDED
        assert screen.rehearsal is not None
        assert screen.rehearsal.turns == expected.turns
        name = expected.manager.name
        assert chat_lines(screen) == [
            f"{name if t.speaker == MANAGER else 'You'}\n{t.text}"
            for t in expected.turns
        ]
        assert expected.kinds[-1] == CLOSING_AGREED, "the follow-up ends the meeting"

        card = screen.card
        assert card is not None and card == scorecard(expected)
        # The six behaviours, then the criteria the manager named.
        assert [shown for _, shown in card.shown] == [True] * (len(BEHAVIOURS) + 1)
        shown = "".join(
            plain(part) for part in screen.query("#scorecard Static").results(Static)
        )
        assert "Scorecard: 7 of 7" in shown
        assert catalogue.SCORE_TRY_ALL_DONE in shown
        assert catalogue.SCORE_WELL_FOLLOW_UP in shown

        notes = [str(n.content) for n in screen.query(".turn-notes").results(Static)]
        assert "named the level" in notes[0] and "asked for specifics" in notes[0]
        assert notes[-1] == "↳ agreed a follow-up"


async def test_a_tough_rehearsal_describes_the_manager_as_tough_and_ticks_every_note(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(RehearsalScreen(seed=SEED, difficulty=TOUGH))
        await pilot.pause()
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen) and screen.rehearsal is not None
        about = str(screen.query_one("#rehearsal-about", Static).content)
        assert about == screen.rehearsal.manager.about_at(TOUGH)
        assert about != screen.rehearsal.manager.about_at(REALISTIC)

        await say(pilot, "Where do I stand for senior?")
        await pilot.press("ctrl+f")
        notes = [str(n.content) for n in screen.query(".turn-notes").results(Static)]
        card = "".join(
            plain(part) for part in screen.query("#scorecard Static").results(Static)
        )

    assert notes == ["↳ named the level"]
    assert f"✓ {catalogue.SCORE_LEVEL_LABEL}" in card
    assert f"· {catalogue.SCORE_CYCLE_LABEL}" in card
    assert "Scorecard: 1 of 7" in card


async def test_another_rehearsal_meets_the_next_seed_at_the_difficulty_chosen(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(RehearsalScreen(seed=SEED))
        await pilot.pause()
        await pilot.press("s")
        await say(pilot, "ok thanks, sounds good")
        await pilot.press("ctrl+f")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen) and screen.phase == ENDED
        assert screen.card is not None
        assert screen.card.try_next_behaviour == "asked_for_specifics"

        await pilot.press("ctrl+n", "y")
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.rehearsal is not None
        assert (screen.rehearsal.seed, screen.rehearsal.difficulty) == (SEED + 1, TOUGH)


async def test_the_difficulty_list_starts_on_the_last_one_and_stops_at_its_ends(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(RehearsalScreen(seed=SEED, difficulty=EASY))
        await pilot.pause()
        await pilot.press("s", "ctrl+f", "ctrl+n", "y")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        assert screen.query_one("#difficulty", OptionList).highlighted == 0

        await pilot.press("up", "enter")
        assert screen.rehearsal is not None
        assert screen.rehearsal.difficulty == EASY

        await pilot.press("ctrl+f", "ctrl+n", "y", "down", "down", "down", "enter")
        assert screen.rehearsal is not None
        assert screen.rehearsal.difficulty == TOUGH


async def test_a_typed_seed_meets_the_same_manager_with_the_same_lines_again(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    lines = SCRIPT[:2]
    expected = rehearsed(907003, REALISTIC, *lines)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(RehearsalScreen(seed=SEED))
        await pilot.pause()
        await pilot.press("tab", *"907003", "enter")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen) and screen.rehearsal is not None
        title = str(screen.query_one("#rehearsal-title", Static).content)
        assert f"{expected.manager.name} · realistic · seed 907003" in title
        for line in lines:
            await say(pilot, line)
        assert screen.rehearsal.turns == expected.turns

        await pilot.press("ctrl+f", "ctrl+n", "y")
        label = str(screen.query_one("#seed-label", Label).content)
        assert label == catalogue.MANAGER_REHEARSE_SEED_LAST.format(seed=907003)
        assert screen.query_one("#seed", Input).value == ""
        await pilot.press("tab", *"907003", "enter")
        for line in lines:
            await say(pilot, line)
        assert screen.rehearsal.turns == expected.turns

        # Left blank, the seed is a new one: the first of the screen's own.
        await pilot.press("ctrl+f", "ctrl+n", "y", "enter")
        assert screen.rehearsal.seed == SEED


async def test_the_managers_reply_to_the_last_line_shows_above_the_scorecard(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RehearsalScreen(seed=SEED))
        await pilot.pause()
        await pilot.press("s")
        for line in SCRIPT:
            await say(pilot, line)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearsalScreen) and screen.phase == ENDED
        assert screen.rehearsal is not None
        assert screen.rehearsal.kinds[-1] == CLOSING_AGREED

        chat = screen.query_one("#chat").region
        last_line = screen.query(".turn.you").last().region
        reply = screen.query(".turn.manager").last().region
        card = screen.query_one("#scorecard").region

    assert chat.contains_region(last_line) and chat.contains_region(reply)
    assert last_line.bottom <= reply.y < reply.bottom <= card.y


def test_the_rehearsal_help_counts_and_names_what_the_scorecard_checks() -> None:
    purpose, method = describe_screen(RehearsalScreen())
    notes = [
        reading_notes(
            ReplyReading(
                asks_for_specifics=behaviour == SPECIFICS,
                asks_for_example=behaviour == EXAMPLE,
                names_level=behaviour == LEVEL,
                names_cycle=behaviour == CYCLE,
                offers_evidence=behaviour == EVIDENCE,
                agrees_follow_up=behaviour == FOLLOW_UP,
                is_vague_accepting=False,
                is_question=False,
            )
        )
        for behaviour in BEHAVIOURS
    ]

    # The six behaviours, then whether the manager named what would count.
    assert len(BEHAVIOURS) == 6 and "The scorecard checks seven things" in method
    assert method.rstrip().endswith("It names the one to try next time.")
    flat = " ".join(method.split())
    places = [flat.index(note) for [note] in notes]
    assert places == sorted(places), "named in the scorecard's order"
    assert "seed" in purpose


async def test_leaving_a_rehearsal_under_way_asks_first(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "r", "s")
        await say(pilot, SCRIPT[0])
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert isinstance(app.screen, RehearsalScreen)
        await pilot.press("escape", "y")
        assert isinstance(app.screen, ManagerHubScreen)


# --- Recording a conversation and its criteria --------------------------------------

NOTES = (
    "Lead a design review that another team builds on, e.g. the billing API\n"
    "Keep doing what you are doing\n"
    "Mentor two engineers through their first on-call incident\n"
    "Cut the flaky test rate for the web app below 2%\n"
)


def gap_cells(app: Any) -> dict[str, str]:
    """The gap view's criteria column, by dimension id."""
    table = app.screen.query_one("#gap-table", DataTable)
    return {
        str(row.key.value): str(table.get_row(row.key)[4]) for row in table.ordered_rows
    }


async def choose_dimension(pilot: Pilot[None], dimension_id: str) -> None:
    """Press d and pick the dimension in the dialog by keyboard."""
    await pilot.press("d")
    dialog = pilot.app.screen
    assert isinstance(dialog, ChoiceDialog)
    names = [d.name for d in LADDER.dimensions]
    index = names.index(LADDER.dimension_name(dimension_id))
    await pilot.press("home", *["down"] * index, "enter")
    await pilot.pause()


async def keep_dimensions(
    pilot: Pilot[None], linked: list[Win], dimension: str
) -> None:
    """Answer no when linking offers the criterion's dimension to the wins."""
    if all(dimension in win.dimensions for win in linked):
        return
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ConfirmDialog))
    await pilot.press("n")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, CriteriaScreen))


async def test_recording_three_criteria_and_linking_wins_changes_the_gap_view(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    wins = store.wins()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        assert isinstance(app.screen, GapScreen)
        assert set(gap_cells(app).values()) == {"—"}
        await pilot.press("escape")

        await pilot.press("m", "n")
        record = app.screen
        assert isinstance(record, RecordConversationScreen)
        record.query_one("#talk-notes", TextArea).text = NOTES
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [d.keep for d in record.drafts] == [True, False, True, True]
        assert record.drafts[0].criterion.example == "the billing API"

        for row, dimension in (
            (0, "technical_direction"),
            (2, "mentoring"),
            (3, "execution"),
        ):
            record.query_one("#drafts", DataTable).move_cursor(row=row)
            await choose_dimension(pilot, dimension)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))

        [talk] = criteria_docs.conversations(store)
        assert talk.date == clock.today() and talk.notes == NOTES.strip()
        found = criteria_docs.criteria(store)
        assert [c.id for c in found] == list(talk.criterion_ids)
        assert [(c.dimension, c.status) for c in found] == [
            ("technical_direction", STATUS_OPEN),
            ("mentoring", STATUS_OPEN),
            ("execution", STATUS_OPEN),
        ]
        assert [c.example_given for c in found] == [True, False, False]

        app.action_open("gaps")
        await pilot.pause()
        cells = gap_cells(app)
        assert [
            cells[d] for d in ("technical_direction", "mentoring", "execution")
        ] == ["0/1 met"] * 3
        focus = str(app.screen.query_one("#gaps-focus", Static).content)
        assert "Lead a design review" in focus
        # The gap view is a place of its own: back from it is home, not criteria.
        await pilot.press("escape")
        app.action_open("criteria")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))
        await pilot.pause()

        # Criterion 1: link the newest win, then mark it met.
        await pilot.press("l")
        assert isinstance(app.screen, EvidencePickerDialog)
        await pilot.press("space", "ctrl+s")
        await wait_until(
            pilot, lambda: criteria_docs.criteria(store)[0].status == STATUS_GROWING
        )
        await keep_dimensions(pilot, wins[:1], "technical_direction")
        await pilot.press("s")
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("down", "enter")
        await wait_until(
            pilot, lambda: criteria_docs.criteria(store)[0].status == STATUS_MET
        )

        # Criterion 2: link the two newest wins.
        await pilot.press("down", "l", "space", "down", "space", "ctrl+s")
        await wait_until(
            pilot, lambda: criteria_docs.criteria(store)[1].status == STATUS_GROWING
        )
        await keep_dimensions(pilot, wins[:2], "mentoring")

        app.action_open("gaps")
        await pilot.pause()
        cells = gap_cells(app)
        assert [
            cells[d] for d in ("technical_direction", "mentoring", "execution")
        ] == [
            "1/1 met",
            "0/1 met",
            "0/1 met",
        ]
        focus = str(app.screen.query_one("#gaps-focus", Static).content)
        assert "Cut the flaky test rate" in focus

    first, second, third = criteria_docs.criteria(Store(store.path, clock=clock))
    assert first.win_ids == (wins[0].id,)
    assert [s.status for s in first.status_history] == [
        STATUS_OPEN,
        STATUS_GROWING,
        STATUS_MET,
    ]
    assert second.win_ids == (wins[0].id, wins[1].id)
    assert third.status == STATUS_OPEN and not third.win_ids

    code, out = run_cli("criteria", "--json", clock=clock)
    assert code == 0
    listed = json.loads(out)
    assert [c["status"] for c in listed["criteria"]] == [
        STATUS_MET,
        STATUS_GROWING,
        STATUS_OPEN,
    ]
    assert listed["conversations"][0]["criterion_ids"] == [c.id for c in found]


async def test_going_back_to_the_notes_keeps_the_choices_and_a_future_date_is_refused(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "n")
        record = app.screen
        assert isinstance(record, RecordConversationScreen)
        record.query_one("#talk-notes", TextArea).text = NOTES
        record.query_one("#talk-date", Input).value = "2026-12-01"
        await pilot.press("ctrl+s")
        assert record.step == "notes", "a conversation cannot be in the future"

        record.query_one("#talk-date", Input).value = "2026-11-02"
        record.query_one("#talk-notes", TextArea).focus()
        await pilot.press("ctrl+s")
        assert record.step == "criteria"
        await pilot.press("space")
        assert not record.drafts[0].keep
        await pilot.press("escape")
        assert record.step == "notes"
        await pilot.press("ctrl+s")
        assert not record.drafts[0].keep, "a choice survives a trip to the notes"

        await pilot.press("escape", "escape")
        assert isinstance(app.screen, ConfirmDialog), "typed notes are not dropped"
        await pilot.press("y")
        assert isinstance(app.screen, ManagerHubScreen)
    assert criteria_docs.conversations(store) == []


async def test_a_criterion_without_evidence_cannot_be_met(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "c", "down", "down", "s", "end", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CriteriaScreen)
    assert criteria_docs.criteria(store)[2].status == STATUS_OPEN


async def test_the_initiative_being_driven_is_linked_as_evidence_and_brought_to_prep(
    store: Store, clock: FixedClock
) -> None:
    initiative_docs = pytest.importorskip("careerclimb_tui.store.initiative_docs")
    from careerclimb_tui.domain.initiative import start_initiative

    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    flaky = initiative_docs.save_initiative(
        store, start_initiative("Flaky integration tests block merges", clock.now())
    )
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "c", "down", "l")
        dialog = app.screen
        assert isinstance(dialog, EvidencePickerDialog)
        assert dialog.initiative is not None and dialog.initiative.id == flaky.id
        await pilot.press("space", "ctrl+s")
        await wait_until(
            pilot, lambda: criteria_docs.criteria(store)[1].initiative_id == flaky.id
        )
        await pilot.press("escape", "p")
        prep = app.screen
        assert isinstance(prep, PrepScreen) and prep.plan is not None
        assert prep.plan.initiative is not None
        assert prep.plan.initiative.startswith("Flaky integration tests block merges")


# --- Prepare ------------------------------------------------------------------------


async def test_the_prep_plan_keeps_a_reworded_ask_and_chosen_wins_and_exports_privately(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(store, clock.today())
    ask = "What would *I* need to show [concretely] to reach senior by March?"
    target = tmp_path / "plan.md"
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "p")
        prep = app.screen
        assert isinstance(prep, PrepScreen) and prep.plan is not None
        assert len(prep.plan.evidence) == 3

        await pilot.press("a")
        assert isinstance(app.screen, LineDialog)
        app.screen.query_one(Input).value = ask
        await pilot.press("enter")
        await wait_until(pilot, lambda: criteria_docs.prep_choices(store).ask == ask)
        await wait_until(pilot, lambda: str(prep.query_one("#prep-ask").content) == ask)

        await pilot.press("c")
        dialog = app.screen
        assert isinstance(dialog, EvidencePickerDialog)
        choices = dialog.query_one(SelectionList)
        choices.deselect_all()
        rfc = next(w for w in store.wins() if w.title.startswith("Scoped the search"))
        choices.select(f"win:{rfc.id}")
        await pilot.press("ctrl+s")
        await wait_until(
            pilot, lambda: prep.plan is not None and len(prep.plan.evidence) == 1
        )
        assert prep.plan is not None
        assert prep.plan.evidence[0].win_id == rfc.id
        # One picked of several logged: the hint says to pick another, not to log.
        others = len(store.wins()) - 1
        assert prep.plan.evidence_hint == (
            catalogue.PREP_EVIDENCE_PICK_ANOTHER.format(others=others)
        )
        assert catalogue.PREP_EVIDENCE_PICK_ANOTHER.format(others=others) in plain(
            prep.query_one("#prep-evidence", Static)
        ).replace("\n", " ")

        await pilot.press("f3")
        assert isinstance(app.screen, ExportDialog)
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await wait_until(pilot, target.exists)

    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    assert "> What would \\*I\\* need to show \\[concretely\\] to reach senior" in text
    # Its title tells of work done, so the line leads with what changed.
    assert "1. The team agreed a plan in one review" in text
    assert "logged as: scoped the search migration" in text

    code, out = run_cli("prep", "--print", clock=clock)
    assert code == 0
    assert "What would *I* need to show" in out
    assert "scoped the search migration" in out


def ticks(dialog: EvidencePickerDialog) -> list[bool]:
    """Which lines of the evidence picker draw a mark in their box, read as text."""
    choices = dialog.query_one(SelectionList)
    boxes = [choices.render_line(line).text[:3] for line in range(choices.option_count)]
    assert set(boxes) <= {"▐X▌", "▐ ▌"}
    return [box == "▐X▌" for box in boxes]


def tick_count(dialog: EvidencePickerDialog) -> str:
    return str(dialog.query_one("#evidence-count", Static).content)


async def test_the_evidence_picker_says_in_words_what_is_ticked_and_space_changes_one(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "p")
        prep = app.screen
        assert isinstance(prep, PrepScreen) and prep.plan is not None
        evidence = prep.query_one("#prep-evidence", Static)
        assert catalogue.MANAGER_EVIDENCE_BY_APP in plain(evidence)
        apps = [line.win_id for line in prep.plan.evidence]

        await pilot.press("c")
        dialog = app.screen
        assert isinstance(dialog, EvidencePickerDialog)
        choices = dialog.query_one(SelectionList)
        intro = str(dialog.query_one("#evidence-intro", Static).content)
        assert intro == catalogue.MANAGER_PICK_PREP_BY_APP.format(count=3)
        assert ticks(dialog) == [True] * 3 + [False] * (choices.option_count - 3)
        assert tick_count(dialog) == "Ticked: 3 of at most 3."

        # The first Space unticks only the win under the cursor, and says so.
        await pilot.press("space")
        assert ticks(dialog)[:4] == [False, True, True, False]
        assert choices.selected == [f"win:{i}" for i in apps[1:]]
        assert tick_count(dialog) == "Ticked: 2 of at most 3."

        # A fourth tick is taken back at once.
        await pilot.press("down", "down", "down", "space", "down", "space")
        assert ticks(dialog)[:5] == [False, True, True, True, False]
        assert tick_count(dialog) == "Ticked: 3 of at most 3."
        fourth = int(choices.get_option_at_index(3).value.removeprefix("win:"))

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: prep.own_pick)
        assert prep.plan is not None
        assert [line.win_id for line in prep.plan.evidence] == [*apps[1:], fourth]
        assert catalogue.MANAGER_EVIDENCE_BY_YOU in plain(evidence)

        await pilot.press("c")
        dialog = app.screen
        assert isinstance(dialog, EvidencePickerDialog)
        intro = str(dialog.query_one("#evidence-intro", Static).content)
        assert intro == catalogue.MANAGER_PICK_PREP_BY_YOU
        dialog.query_one(SelectionList).deselect_all()
        await pilot.pause()
        assert tick_count(dialog) == catalogue.MANAGER_PICK_PREP_NONE_TICKED


async def test_ticking_more_than_three_wins_is_refused(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "p", "c")
        dialog = app.screen
        assert isinstance(dialog, EvidencePickerDialog)
        dialog.query_one(SelectionList).select_all()
        await pilot.press("ctrl+s")
        assert app.screen is dialog
    assert criteria_docs.prep_choices(store).win_ids == ()


# --- Every screen at awkward sizes --------------------------------------------------


@pytest.mark.parametrize(
    "keys",
    [("m",), ("m", "p"), ("m", "r"), ("m", "r", "s"), ("m", "n"), ("m", "c")],
    ids=["hub", "prep", "rehearsal", "talking", "record", "criteria"],
)
async def test_every_manager_screen_opens_small_and_survives_resizing(
    store: Store, clock: FixedClock, keys: tuple[str, ...]
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press(*keys)
        for size in ((80, 24), (20, 5), (40, 12), (100, 30)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert app.is_running


async def test_the_palette_routes_open_the_manager_screens(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        for route, screen in (
            ("manager", ManagerHubScreen),
            ("prep", PrepScreen),
            ("criteria", CriteriaScreen),
        ):
            app.action_open(route)
            await pilot.pause()
            assert isinstance(app.screen, screen)
            assert type(app.screen).__name__ in catalogue.HELP_SCREENS
            app.action_go_home()
            await pilot.pause()


# --- The home note and the command line ---------------------------------------------


def test_home_says_nothing_before_any_criterion(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    assert criteria_docs.criteria_home_line(store, LADDER, None, clock.today()) is None


def test_home_names_flagged_criteria_or_else_the_next_check_in(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    line = criteria_docs.criteria_home_line(store, LADDER, None, clock.today())
    assert line == (
        "Criteria: 3 of 3 still to meet · 1 without evidence for 6 weeks or more"
    )

    later = clock.today() - dt.timedelta(days=14)
    line = criteria_docs.criteria_home_line(store, LADDER, None, later)
    assert line is not None and "next check-in: Bring" in line


def test_criteria_are_printed_with_status_evidence_and_the_next_check_in(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    code, out = run_cli("criteria", clock=clock)
    assert code == 0
    assert "  1. Lead a technical change across teams end to end" in out
    assert "open ⚑ · Mentoring and growing others · evidence: none" in out
    assert "Next check-in:" in out
    assert all(len(line) <= 78 for line in out.splitlines())

    code, out = run_cli("criteria", "--json", clock=clock)
    listed = json.loads(out)
    assert [c["needs_evidence"] for c in listed["criteria"]] == [False, False, True]
    assert len(listed["conversations"]) == 2


def test_prep_without_a_profile_fails_cleanly(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_cli("prep", "--print", clock=clock)
    assert code != 0 and out == ""
    assert "No profile yet" in capsys.readouterr().err


def test_prep_markdown_file_is_private_and_the_plan_is_in_json(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    seed_demo(store, clock.today())
    target = tmp_path / "prep.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)

    code, out = run_cli("prep", "--markdown", str(target), "--force", clock=clock)
    assert code == 0 and str(target) in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8").startswith("# Before the promotion")

    code, out = run_cli("prep", "--json", clock=clock)
    plan = json.loads(out)
    assert plan["target_level"] == "senior" and len(plan["evidence"]) == 3

    code, _ = run_cli("prep", "--markdown", str(tmp_path / "no" / "x.md"), clock=clock)
    assert code != 0


def test_the_cli_imports_no_textual() -> None:
    import subprocess

    script = (
        "import sys\nimport careerclimb_tui.cli_manager\n"
        "print(sorted(m for m in sys.modules if m.startswith('textual')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# --- The prep plan's choices --------------------------------------------------------

NOW = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.timezone.utc)


def entry(win_id: int, kind: VerdictKind, measured: bool = False) -> ReviewEntry:
    return ReviewEntry(win_id=win_id, override_kind=kind, win_has_metric=measured)


def test_strongest_evidence_puts_next_level_first_and_leaves_out_current_level() -> (
    None
):
    def win(win_id: int, day: int, *, impact: bool, measured: bool = False) -> Win:
        measure = Measure(before=10, after=2, unit="min") if measured else None
        return Win(
            title=f"win {win_id}",
            date=dt.date(2026, 10, day),
            framing="impact" if impact else "activity",
            measure=measure,
            id=win_id,
        )

    # (win, verdict in the latest review or None, expected place or None)
    table: list[tuple[Win, VerdictKind | None, int | None]] = [
        (win(1, 1, impact=True), VerdictKind.NEXT_LEVEL, 1),
        (win(2, 2, impact=True, measured=True), VerdictKind.NEXT_LEVEL, 0),
        (win(3, 3, impact=True, measured=True), VerdictKind.CURRENT_LEVEL, None),
        (win(4, 4, impact=True), None, 3),
        (win(5, 5, impact=True, measured=True), None, 2),
        (win(6, 6, impact=False), None, None),
        # Judged unclear while others are next-level: held back.
        (win(7, 7, impact=True), VerdictKind.UNCLEAR, None),
    ]
    reviewed = {
        w.id: entry(w.id or 0, k, w.measure is not None) for w, k, _ in table if k
    }
    review = Review(
        quarter="2026Q4",
        started_at=NOW,
        updated_at=NOW,
        win_ids=tuple(reviewed),
        entries=reviewed,
    )
    ranked = prep.strongest_evidence([w for w, _, _ in table], [review], 10)
    expected = sorted((p, w.id) for w, _, p in table if p is not None)
    assert [w.id for w in ranked] == [win_id for _, win_id in expected]
    assert len(prep.strongest_evidence([w for w, _, _ in table], [review])) == 3


def test_gap_questions_ask_for_a_missing_example_then_follow_the_focus() -> None:
    view = gap_view(LADDER, "senior", [], [], [], dt.date(2026, 11, 18), None)
    asked = Criterion(text="Own the on-call clean-up", dimension="mentoring")
    questions = prep.gap_questions(view, [asked])
    assert questions[0] == catalogue.MANAGER_QUESTION_EXAMPLE.format(
        text="Own the on-call clean-up"
    )
    assert view.focus is not None and view.focus.name in questions[1]
    assert len(questions) == prep.MAX_GAP_QUESTIONS

    plan = build_prep_plan(DEMO_PROFILE, LADDER, [], None, questions, NOW.date())
    markdown = render_prep_markdown(plan)
    assert "- Can you give me an example of work that would show" in markdown
    assert "## If the answer is vague" in markdown


# --- The documents ------------------------------------------------------------------


def test_a_criterion_survives_the_data_file_with_fields_it_does_not_know(
    store: Store,
) -> None:
    criterion = Criterion(
        text="Lead a design another team builds on",
        dimension="technical_direction",
        example_given=True,
        example="the search RFC",
        cycle="H1 2027",
        status=STATUS_GROWING,
        win_ids=(3, 1),
        initiative_id=2,
        status_history=(
            StatusChange(STATUS_OPEN, NOW),
            StatusChange(STATUS_GROWING, NOW),
        ),
        created_at=NOW,
        extra={"confidence": "high"},
    )
    # The linked wins are on record: links to deleted wins are read as gone.
    for day in (1, 2, 3):
        store.add_win(Win(title=f"win {day}", date=dt.date(2026, 10, day)))
    saved = criteria_docs.save_criterion(store, criterion)
    [read] = criteria_docs.criteria(Store(store.path))
    assert read == saved
    assert read.extra == {"confidence": "high"}
    assert read.id is not None and read.updated_at is not None


@pytest.mark.parametrize(
    "doc",
    [
        {"text": ""},
        {"text": "x", "status": "done"},
        {"text": "x", "win_ids": ["1"]},
        {"text": "x", "example_given": "yes"},
        {"text": "x", "status_history": [{"status": "open"}]},
    ],
    ids=["no-text", "unknown-status", "text-ids", "text-flag", "history-no-moment"],
)
def test_an_unreadable_criterion_is_kept_and_reported(
    store: Store, doc: dict[str, Any]
) -> None:
    with pytest.raises(UnreadableRecord):
        criteria_docs.criterion_from_json(doc, 1)
    with store.transaction() as db:
        db.table(criteria_docs.CRITERIA).insert(doc)
    assert criteria_docs.criteria(store) == []
    assert [p.table for p in store.problems] == [criteria_docs.CRITERIA]


def test_a_conversation_is_saved_with_its_criteria_and_listed_newest_first(
    store: Store,
) -> None:
    older, _ = criteria_docs.record_conversation(
        store, Conversation(dt.date(2026, 9, 1), "first"), []
    )
    drafts = [Criterion(text="Run the incident review"), Criterion(text="Mentor one")]
    newer, saved = criteria_docs.record_conversation(
        store, Conversation(dt.date(2026, 10, 1), "second"), drafts
    )
    assert newer.criterion_ids == tuple(c.id for c in saved)
    assert [t.notes for t in criteria_docs.conversations(store)] == ["second", "first"]
    assert older.id != newer.id


def test_prep_choices_start_empty_and_keep_what_was_saved(store: Store) -> None:
    assert criteria_docs.prep_choices(store) == criteria_docs.PrepChoices()
    saved = criteria_docs.save_prep_choices(
        store, criteria_docs.PrepChoices(ask="Mine", win_ids=(2,))
    )
    assert criteria_docs.prep_choices(store) == saved


def test_without_the_initiative_module_there_is_no_initiative(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "careerclimb_tui.store.initiative_docs", None)
    assert criteria_docs.stored_active_initiative(store) is None


def test_the_demo_flags_one_criterion_and_links_wins_to_two(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    seed_manager_demo(store, clock.today())
    found = criteria_docs.criteria(store)
    assert [c.status for c in found] == [STATUS_GROWING, STATUS_GROWING, STATUS_OPEN]
    assert all(c.win_ids for c in found[:2])
    assert len(criteria_docs.conversations(store)) == 2
    # The demo is built from framed wins; nothing else in the store changes.
    assert all(framed(w).framing == w.framing for w in store.wins())
