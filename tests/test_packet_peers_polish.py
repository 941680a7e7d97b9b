"""The packet says which verdicts are the user's own call and why; the peers'
pattern counts the wins a user would call cross-team; the prep plan's export asks
as the proposal's does."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import stat
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Footer, Input, Static
from textual.widgets._footer import FooterKey

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import seed_demo, seed_problem_demo
from careerclimb_tui.domain.ladder import Dimension, Ladder
from careerclimb_tui.domain.peers import (
    Peer,
    PeerItem,
    Signal,
    cross_team_dimensions,
    crosses_teams,
    pattern_view,
)
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Profile, Win
from careerclimb_tui.domain.review import (
    VerdictKind,
    finish,
    override,
    start_review,
)
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.manager_prep import PrepScreen
from careerclimb_tui.screens.problem_dialogs import ExportDialog
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, type_text, wait_until

DAY = dt.date(2026, 10, 5)
REASON = "Set up the review rota for three teams"
PREP_FILE = "careerclimb-prep-2026-11-18.md"
"""The name the prep export offers on the test clock's day."""


def software_ladder() -> Ladder:
    ladder = load_shelf().get("software-engineer")
    assert ladder is not None
    return ladder


# --- the packet tells the user's own calls ------------------------------------------


def reviewed(store: Store, clock: FixedClock, *calls: tuple[str, str, str]) -> None:
    """A profile, and one win per (title, call, reason) reviewed with that call
    in a finished run; an empty call leaves the four questions' verdict in force."""
    store.save_profile(Profile("software-engineer", "mid", "senior", name="Ana"))
    wins = [
        store.add_win(Win(title, DAY, dimensions=("mentoring",)))
        for title, _, _ in calls
    ]
    review = start_review(quarter_of(DAY, 1), store.wins(), clock.now())
    for win, (_, call, reason) in zip(wins, calls, strict=True):
        if call:
            assert win.id is not None
            review = override(review, win.id, call, reason, now=clock.now())
    store.save_review(finish(review, now=clock.now()))


def exported(clock: FixedClock) -> str:
    out = io.StringIO()
    assert main(["export"], clock=clock, out=out) == 0
    return out.getvalue()


def test_the_packet_gives_the_reason_for_a_verdict_that_is_the_users_own_call(
    store: Store, clock: FixedClock
) -> None:
    reviewed(store, clock, ("Reviewed 200 PRs", "next_level", REASON))

    packet = exported(clock)

    assert "- 2026-10-05 · next-level (my call) · Reviewed 200 PRs\n" in packet
    assert (
        "  - Why I call it next-level (the four questions said unclear): "
        f"{REASON}\n" in packet
    )
    assert "- 1 verdict is my own call rather than the four questions'" in packet


def test_a_call_without_a_reason_says_so_and_the_questions_verdict_has_no_mark(
    store: Store, clock: FixedClock
) -> None:
    reviewed(
        store,
        clock,
        ("Reviewed 200 PRs", "next_level", ""),
        ("Closed every ticket", "", ""),
    )

    packet = exported(clock)

    assert "I call it next-level; the four questions said unclear." in packet
    assert "No reason noted." in packet
    assert "· unclear · Closed every ticket\n" in packet
    assert packet.count("(my call)") == 1


def test_a_reason_full_of_markdown_stays_inside_its_win(
    store: Store, clock: FixedClock
) -> None:
    reviewed(store, clock, ("Reviewed 200 PRs", "next_level", "# rota\n- for QA"))

    packet = exported(clock)

    assert "(the four questions said unclear): \\# rota  \n    \\- for QA" in packet


# --- the peers' pattern counts cross-team wins ---------------------------------------


def win(**fields: str) -> Win:
    return Win(title=fields.pop("title", "Tidied the backlog"), date=DAY, **fields)


CROSS_TEAM_CASES = {
    "noticed by the CFO and Finance": (win(noticed_by="CFO, Finance"), True),
    "noticed by a VP": (win(noticed_by="VP Eng"), True),
    "the QA team benefited": (win(beneficiaries="QA team"), True),
    "support benefited": (win(beneficiaries="support engineers"), True),
    "another team named in the title": (
        win(title="Paired with the QA team on flaky tests"),
        True,
    ),
    "work done for Finance": (win(title="Built the cost dashboard for Finance"), True),
    "the other team in what changed": (
        win(what_changed="The other team now ships daily"),
        True,
    ),
    "across teams in words": (win(title="Drove the fix across three teams"), True),
    "no sign of another team": (win(title="Reviewed 200 PRs"), False),
    "own team work": (win(title="Led team retros", beneficiaries="my team"), False),
    "the team and our own team": (
        win(beneficiaries="the team, our platform team"),
        False,
    ),
    "customers are not a team": (win(beneficiaries="customers, users"), False),
    "nobody noticed": (win(noticed_by="nobody"), False),
    "only the manager noticed": (win(noticed_by="my manager"), False),
    "security as a topic": (win(title="Hardened login for security"), False),
    "support as a verb": (win(title="Wrote docs to support the launch"), False),
    "a collaboration tag alone": (
        dataclasses.replace(win(), dimensions=("collaboration_influence",)),
        False,
    ),
}


@pytest.mark.parametrize(
    ("case", "crosses"), CROSS_TEAM_CASES.values(), ids=CROSS_TEAM_CASES.keys()
)
def test_a_win_counts_as_cross_team_work_only_with_a_sign_of_another_team(
    case: Win, crosses: bool
) -> None:
    assert crosses_teams(case, cross_team_dimensions(software_ladder())) is crosses


def test_a_win_under_a_cross_team_dimension_counts() -> None:
    ladder = dataclasses.replace(
        software_ladder(),
        dimensions=(
            *software_ladder().dimensions,
            Dimension("cross_team_impact", "Cross-team impact"),
        ),
    )
    tagged = dataclasses.replace(win(), dimensions=("cross_team_impact",))

    assert cross_team_dimensions(ladder) == ("cross_team_impact",)
    assert crosses_teams(tagged, cross_team_dimensions(ladder))
    assert not crosses_teams(tagged)


def test_the_pattern_counts_wins_noticed_or_benefiting_outside_the_team() -> None:
    led = PeerItem("Led checkout across three teams", (), Signal.NEXT_LEVEL, ())
    peers = [
        Peer("A", "mid", "senior", items=(dataclasses.replace(led, kinds=(k,)),))
        for k in ("cross_team", "cross_team", "mentoring")
    ]
    wins = [
        dataclasses.replace(win(noticed_by="CFO, Finance"), id=1),
        dataclasses.replace(win(beneficiaries="the QA team"), id=2),
        dataclasses.replace(win(title="Reviewed 200 PRs"), id=3),
    ]

    view = pattern_view(peers, software_ladder(), wins, {1: VerdictKind.NEXT_LEVEL})

    row = next(row for row in view.kinds if row.key == "cross_team")
    assert (row.logged, row.next_level) == (2, 1)
    assert row.sentence == (
        "2 of your 3 promoted peers led work across teams; you have 2 wins across "
        "teams logged, 1 of them next-level."
    )


# --- the two export dialogs ----------------------------------------------------------


def career(store: Store, clock: FixedClock) -> None:
    seed_demo(store, clock.today())
    seed_problem_demo(store, clock.today())


async def open_prep_export(pilot: Pilot[None]) -> ExportDialog:
    await pilot.press("m", "p", "f3")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ExportDialog))
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    return dialog


def looks(dialog: ExportDialog) -> tuple[object, ...]:
    """What a person sees of an export dialog, its title and intro aside."""
    footer = dialog.query_one(Footer)
    return (
        str(dialog.query_one(".dialog-keys", Static).content),
        [str(button.label) for button in dialog.query(Button)],
        [
            (key.key_display, key.description)
            for key in footer.query(FooterKey)
            if not key.has_class("-command-palette")
        ],
        dialog.query_one("#field-path", Input).region.height,
        dialog.query_one(".problem-dialog").region.width,
    )


async def test_the_prep_export_looks_and_answers_keys_as_the_proposal_export(
    store: Store, clock: FixedClock
) -> None:
    career(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "enter", "p", "f3")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        assert isinstance(app.screen, ExportDialog)
        proposal = looks(app.screen)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        prep = await open_prep_export(pilot)
        assert prep.title_text == catalogue.MANAGER_EXPORT_TITLE
        assert looks(prep) == proposal
        assert looks(prep)[0] == catalogue.FILE_DIALOG_KEYS
        assert prep.query_one("#field-path", Input).value == f"~/{PREP_FILE}"

        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, PrepScreen))


async def test_enter_writes_the_prep_plan_privately_and_ctrl_s_too(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    Path.home().mkdir(parents=True)
    written = Path.home() / PREP_FILE
    other = Path.home() / "plan.md"
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_prep_export(pilot)
        await pilot.press("enter")
        await wait_until(pilot, written.exists)
        await wait_until(pilot, lambda: isinstance(app.screen, PrepScreen))
        # The notice gives the path a line of its own, whole, to read or copy.
        await wait_until(
            pilot,
            lambda: any(
                f"~/{PREP_FILE}" in notice.message.splitlines()
                for notice in app._notifications
            ),
        )

        await open_prep_export(pilot)
        await pilot.press("ctrl+u")
        await type_text(pilot, "~/plan.md")
        await pilot.press("ctrl+s")
        await wait_until(pilot, other.exists)

    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert written.read_text(encoding="utf-8").startswith("# ")


async def test_an_empty_path_is_refused_in_the_dialog_and_no_brings_the_path_back(
    store: Store, clock: FixedClock
) -> None:
    seed_demo(store, clock.today())
    Path.home().mkdir(parents=True)
    there = Path.home() / PREP_FILE
    there.write_text("notes of my own\n", encoding="utf-8")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_prep_export(pilot)
        await pilot.press("ctrl+u", "enter")
        error = dialog.query_one("#dialog-error", Static)
        assert error.display
        assert str(error.content) == catalogue.PROBLEM_EXPORT_NO_PATH
        assert app.screen is dialog

        await type_text(pilot, f"~/{PREP_FILE}")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog))
        offered = app.screen.query_one("#field-path", Input).value
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, PrepScreen))

    assert offered == f"~/{PREP_FILE}"
    assert there.read_text(encoding="utf-8") == "notes of my own\n"
