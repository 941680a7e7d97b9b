"""Criteria and the problems owned: linked as evidence, told in the packet, with
the manager's example in the user's words."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from textual.app import App
from textual.widgets import Input, SelectionList, TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.criteria import (
    STATUS_GROWING,
    Criterion,
    evidence_initiatives,
    link_evidence,
    with_example,
)
from careerclimb_tui.domain.initiative import (
    Initiative,
    Reading,
    Stage,
    add_reading,
    advance,
    start_initiative,
)
from careerclimb_tui.screens.manager_criteria import CriteriaScreen
from careerclimb_tui.screens.manager_dialogs import EvidencePickerDialog, LineDialog
from careerclimb_tui.screens.manager_record import RecordConversationScreen
from careerclimb_tui.store import Store, criteria_docs
from careerclimb_tui.store.initiative_docs import save_initiative
from tests.helpers import make_app, type_text, wait_until

FLAKY = "Flaky tests that everyone reruns"


def run_cli(clock: FixedClock, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), clock=clock, out=out)
    return code, out.getvalue()


def save_done_flaky(store: Store, clock: FixedClock) -> Initiative:
    """A problem carried to done, its reruns measured from 31 % down to 6 %."""
    now = clock.now()
    flaky = start_initiative(FLAKY, now - dt.timedelta(days=90))
    flaky = flaky.with_changes(
        metric="Reruns",
        better="lower",
        baseline=Reading(31, "%", clock.today() - dt.timedelta(days=80)),
    )
    for stage in (Stage.PROPOSED, Stage.BUY_IN, Stage.DRIVING, Stage.MEASURING):
        flaky = advance(flaky, stage, now - dt.timedelta(days=60))
    flaky = add_reading(flaky, Reading(6, "%", clock.today()), now)
    flaky = advance(flaky, Stage.DONE, now)
    return save_initiative(store, flaky)


def save_criterion(
    store: Store, clock: FixedClock, text: str, initiative: Initiative | None = None
) -> Criterion:
    criterion = Criterion(text, created_at=clock.now(), updated_at=clock.now())
    if initiative is not None:
        criterion = link_evidence(criterion, clock.now(), (), initiative.id)
    return criteria_docs.save_criterion(store, criterion)


# --- the packet names the problem linked as evidence -------------------------------


def criterion_section(packet: str, text: str) -> str:
    """The packet's lines about one criterion, from its heading to the next one."""
    return packet.split(f"### {text}\n", 1)[1].split("\n#", 1)[0]


def test_the_packet_names_a_linked_problem_with_its_stage_and_result(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    flaky = save_done_flaky(store, clock)
    save_criterion(store, clock, "Fix something the whole team struggles with", flaky)
    save_criterion(store, clock, "Mentor a new joiner")

    code, packet = run_cli(clock, "export", "--format", "md")

    assert code == 0
    linked = criterion_section(packet, "Fix something the whole team struggles with")
    assert "none linked yet" not in linked
    assert (
        f"- Evidence:\n  - Problem I owned · Done · {FLAKY} · "
        "Reruns 31% → 6%, −25 points"
    ) in linked
    assert "none linked yet" in criterion_section(packet, "Mentor a new joiner")


def test_a_problem_not_measured_yet_is_named_without_a_result(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    spotted = save_initiative(store, start_initiative("Slow *deploys*", clock.now()))
    win = next(w for w in store.wins() if w.title.startswith("Cut CI"))
    criterion = save_criterion(store, clock, "Own a problem", spotted)
    criteria_docs.save_criterion(
        store, link_evidence(criterion, clock.now(), [win.id or 0])
    )

    _, packet = run_cli(clock, "export", "--format", "md")

    section = criterion_section(packet, "Own a problem")
    lines = section.strip().splitlines()
    assert lines[1:4] == [
        "- Evidence:",
        "  - Problem I own · Spotted · Slow \\*deploys\\*",
        f"  - {win.date.isoformat()} · not reviewed yet · {win.title}",
    ]
    assert criteria_docs.criteria(store)[0].status == STATUS_GROWING


# --- a finished problem can be linked as evidence ----------------------------------


def offered_lines(dialog: EvidencePickerDialog) -> list[str]:
    choices = dialog.query_one(SelectionList)
    return [
        str(choices.get_option_at_index(index).prompt)
        for index in range(choices.option_count)
    ]


async def test_a_finished_problem_is_offered_first_and_linked_as_evidence(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    save_initiative(store, start_initiative("Slow reviews", clock.now()))
    flaky = save_done_flaky(store, clock)
    dropped = advance(
        start_initiative("Noisy on-call", clock.now()),
        Stage.DROPPED,
        clock.now(),
        "Another team took it on.",
    )
    save_initiative(store, dropped)
    save_criterion(store, clock, "Fix something the whole team struggles with")

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "c", "l")
        dialog = app.screen
        assert isinstance(dialog, EvidencePickerDialog)
        lines = offered_lines(dialog)
        assert lines[:2] == [
            f"Problem: {FLAKY}: finished, with reruns 31% → 6% as the result",
            "Problem: Slow reviews (Spotted)",
        ]
        assert not any("Noisy on-call" in line for line in lines)

        await pilot.press("space", "ctrl+s")
        await wait_until(
            pilot, lambda: criteria_docs.criteria(store)[0].initiative_id == flaky.id
        )
        detail = app.screen.query_one("#criterion-detail")
        assert f"✓ Problem: {FLAKY}" in " ".join(str(detail.render()).split())


async def test_ticking_another_problem_replaces_the_linked_one(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    spotted = save_initiative(store, start_initiative("Slow reviews", clock.now()))
    flaky = save_done_flaky(store, clock)
    save_criterion(store, clock, "Fix something the whole team struggles with", spotted)

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "c", "l")
        dialog = app.screen
        assert isinstance(dialog, EvidencePickerDialog)
        choices = dialog.query_one(SelectionList)
        assert choices.selected == [f"initiative:{spotted.id}"]

        await pilot.press("space")
        assert choices.selected == [f"initiative:{flaky.id}"]
        await pilot.press("ctrl+s")
        await wait_until(
            pilot, lambda: criteria_docs.criteria(store)[0].initiative_id == flaky.id
        )


def test_a_dropped_problem_is_offered_only_while_it_is_linked(
    clock: FixedClock,
) -> None:
    now = clock.now()

    def problem(title: str, stage: Stage, problem_id: int) -> Initiative:
        return start_initiative(title, now).with_changes(id=problem_id, stage=stage)

    done = problem("Done", Stage.DONE, 1)
    driving = problem("Driving", Stage.DRIVING, 2)
    paused = problem("Paused", Stage.PAUSED, 3)
    dropped = problem("Dropped", Stage.DROPPED, 4)
    every = [dropped, paused, driving, done]

    assert [i.title for i in evidence_initiatives(every)] == [
        "Done",
        "Driving",
        "Paused",
    ]
    assert [i.title for i in evidence_initiatives(every, linked_id=4)] == [
        "Done",
        "Driving",
        "Paused",
        "Dropped",
    ]


# --- the example the manager gave, in the user's words -----------------------------


@pytest.mark.parametrize(
    ("typed", "example", "given"),
    [
        ("the payments outage review", "the payments outage review", True),
        ("  the   payments\toutage  ", "the payments outage", True),
        ("", "", False),
        ("   ", "", False),
    ],
    ids=["as typed", "blanks evened", "blank", "only spaces"],
)
def test_an_example_is_kept_on_one_line_and_marks_it_given(
    clock: FixedClock, typed: str, example: str, given: bool
) -> None:
    criterion = Criterion("Run an incident review", example="old", example_given=True)

    changed = with_example(criterion, typed, clock.now())

    assert (changed.example, changed.example_given) == (example, given)
    assert changed.updated_at == clock.now()


def detail_text(app: App[None]) -> str:
    return " ".join(str(app.screen.query_one("#criterion-detail").render()).split())


async def test_the_example_typed_while_recording_is_shown_and_exported(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "n")
        record = app.screen
        assert isinstance(record, RecordConversationScreen)
        notes = "Run the incident review for a cross-team outage"
        record.query_one("#talk-notes", TextArea).text = notes
        await pilot.press("ctrl+s", "x")
        assert isinstance(app.screen, LineDialog)
        await type_text(pilot, "the payments outage in October")
        await pilot.press("enter")
        assert app.screen is record
        assert record.drafts[0].criterion.example == "the payments outage in October"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, CriteriaScreen))

        assert "Example: the payments outage in October" in detail_text(app)

    [criterion] = criteria_docs.criteria(store)
    assert (criterion.example, criterion.example_given) == (
        "the payments outage in October",
        True,
    )
    _, packet = run_cli(clock, "export", "--format", "md")
    assert "- Example my manager gave: the payments outage in October" in packet


async def test_an_example_given_but_never_written_can_be_written_later(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    # Recorded when only "an example was given" could be marked.
    criteria_docs.save_criterion(
        store,
        Criterion(
            "Mentor a new joiner",
            example_given=True,
            created_at=clock.now(),
            updated_at=clock.now(),
        ),
    )
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "c")
        assert catalogue.MANAGER_EXAMPLE_UNWRITTEN in detail_text(app)

        await pilot.press("x")
        assert isinstance(app.screen, LineDialog)
        await type_text(pilot, "their first on-call week")
        await pilot.press("enter")
        await wait_until(
            pilot,
            lambda: (
                criteria_docs.criteria(store)[0].example == "their first on-call week"
            ),
        )
        assert "Example: their first on-call week" in detail_text(app)

        # Emptied, the example is gone and asking for one is suggested again.
        await pilot.press("x")
        app.screen.query_one(Input).value = ""
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: not criteria_docs.criteria(store)[0].example_given
        )
        assert catalogue.MANAGER_NO_EXAMPLE in detail_text(app)
